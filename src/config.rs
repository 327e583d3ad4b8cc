//! Validated settings for each command (ripgrep's "HiArgs").
//!
//! The binary parses the command line with clap and builds these; everything
//! that can be checked before reading a file is checked here, so a run either
//! starts with a consistent configuration or stops with one clear line.

use std::path::{Path, PathBuf};

use crate::doc::Lang;
use crate::error::{Error, Result};

/// Output formats of `align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// The contract's CSV.
    #[default]
    Csv,
    /// One JSON object per row, with the anchors of both sides.
    Jsonl,
}

/// Settings of `selaras align`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignConfig {
    /// The rendering under review.
    pub source: PathBuf,
    /// The reports, in the order given.
    pub targets: Vec<PathBuf>,
    /// Where to write (`-` for standard output).
    pub out: PathBuf,
    /// The language of the source.
    pub source_lang: Lang,
    /// The language of the reports.
    pub target_lang: Lang,
    /// A user's extra lexicon entries.
    pub lexicon: Option<PathBuf>,
    /// Refuse input files larger than this.
    pub max_bytes: u64,
    /// Output format.
    pub format: Format,
}

impl AlignConfig {
    /// Checks the settings that need no file contents: at least one report,
    /// no file given twice, and no output over an input.
    pub fn validate(self) -> Result<AlignConfig> {
        if self.targets.is_empty() {
            return Err(Error::Usage(
                "at least one --target report is needed".into(),
            ));
        }
        let inputs: Vec<&PathBuf> = std::iter::once(&self.source).chain(&self.targets).collect();
        for (i, a) in inputs.iter().enumerate() {
            for b in &inputs[i + 1..] {
                if same_file(a, b) {
                    return Err(Error::bad_input(
                        *b,
                        format!(
                            "given twice (also as {}); each input must be a different file",
                            a.display()
                        ),
                    ));
                }
            }
        }
        if self.out.as_os_str() != "-" {
            if let Some(input) = inputs.iter().find(|i| same_file(i, &self.out)) {
                return Err(Error::bad_input(
                    &self.out,
                    format!(
                        "--out names an input file ({}); refusing to overwrite it",
                        input.display()
                    ),
                ));
            }
            // Checked before any input is read, so a typo in --out fails at
            // once with a plain message, not after a long alignment with the
            // name of a temporary file in it.
            if self.out.is_dir() {
                return Err(Error::bad_input(
                    &self.out,
                    "cannot write output: is a directory",
                ));
            }
            let dir = match self.out.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            if !dir.is_dir() {
                return Err(Error::bad_input(
                    &self.out,
                    format!(
                        "cannot write output: folder {} does not exist",
                        dir.display()
                    ),
                ));
            }
        }
        Ok(self)
    }
}

/// True when two paths name the same existing file, or are spelled the same.
pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// What `selaras eval` scores.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalInput {
    /// An aligned CSV of one case.
    Aligned(PathBuf),
    /// A folder with one `<case>.csv` per gold case.
    AlignedDir(PathBuf),
    /// Align these texts first, then score the result.
    Align(AlignConfig),
}

/// Settings of `selaras eval`.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalConfig {
    /// The gold file.
    pub gold: PathBuf,
    /// What to score.
    pub input: EvalInput,
    /// Score only this case of the gold file.
    pub case: Option<String>,
    /// Fail when link F1 falls below this.
    pub min_f1: Option<f64>,
    /// List false positives, misses and errors.
    pub verbose: bool,
    /// Print JSON instead of text.
    pub json: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(source: &str, targets: &[&str], out: &str) -> AlignConfig {
        AlignConfig {
            source: source.into(),
            targets: targets.iter().map(PathBuf::from).collect(),
            out: out.into(),
            source_lang: Lang::Id,
            target_lang: Lang::En,
            lexicon: None,
            max_bytes: 10,
            format: Format::Csv,
        }
    }

    #[test]
    fn refuses_repeated_inputs_and_output_over_input() {
        let err = config("a.txt", &["b.txt", "a.txt"], "-")
            .validate()
            .unwrap_err();
        assert!(err.to_string().starts_with("a.txt: given twice"), "{err}");
        let err = config("a.txt", &["b.txt"], "b.txt").validate().unwrap_err();
        assert!(err.to_string().contains("--out names an input"), "{err}");
        assert!(config("a.txt", &["b.txt"], "out.csv").validate().is_ok());
        assert!(config("a.txt", &[], "-").validate().is_err());
    }

    #[test]
    fn refuses_an_out_in_a_missing_folder_or_on_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("no/such/out.csv");
        let err = config("a.txt", &["b.txt"], out.to_str().unwrap())
            .validate()
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("such/out.csv: cannot write output: folder")
                && err.ends_with("no/such does not exist"),
            "{err}"
        );
        let err = config("a.txt", &["b.txt"], dir.path().to_str().unwrap())
            .validate()
            .unwrap_err()
            .to_string();
        assert!(
            err.ends_with(": cannot write output: is a directory"),
            "{err}"
        );
        let ok = dir.path().join("out.csv");
        assert!(config("a.txt", &["b.txt"], ok.to_str().unwrap())
            .validate()
            .is_ok());
    }
}
