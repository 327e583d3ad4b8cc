//! Validated settings for each command (ripgrep's "HiArgs"), and the one
//! place that checks a run's paths and limits.
//!
//! The binary parses the command line with clap and builds these; everything
//! that can be checked before reading a file is checked here, so a run either
//! starts with a consistent configuration or stops with one clear line.
//! [`PathGuard`] holds every path a run reads, compared by file identity
//! (device and inode), and refuses any output that would replace one of them;
//! `batch` fills it from the manifest's cases as soon as it has read them.

use std::path::{Path, PathBuf};

use crate::batch::{BatchOut, ManifestCase};
use crate::error::{Error, Result};
use crate::text::doc::Lang;
use crate::text::input::{FileId, MAX_MAX_BYTES};

/// Output formats of `align`, and of the case files of `batch --out-dir`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// The contract's CSV.
    #[default]
    Csv,
    /// One JSON object per row, with the anchors of both sides.
    Jsonl,
}

impl Format {
    /// The file name extension of a file in this format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
        }
    }
}

/// The file `batch --out-dir` writes a case to: `DIR/CASE.csv`, or
/// `DIR/CASE.jsonl` with `--format jsonl`.
pub fn case_file(dir: &Path, case: &str, format: Format) -> PathBuf {
    dir.join(format!("{case}.{}", format.extension()))
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
    /// Also write the HTML review page here.
    pub html: Option<PathBuf>,
    /// Start a CSV written to a file with a UTF-8 byte-order mark (never on
    /// standard output).
    pub bom: bool,
}

impl AlignConfig {
    /// Checks the settings that need no file contents: at least one report,
    /// no file given twice, a limit the program can honour, destinations
    /// that can be written, and no output over an input (the lexicon
    /// included) or over the other output.
    pub fn validate(self) -> Result<AlignConfig> {
        if self.targets.is_empty() {
            return Err(Error::Usage(
                "at least one --target report is needed".into(),
            ));
        }
        check_max_bytes(self.max_bytes)?;
        let inputs: Vec<&Path> = std::iter::once(self.source.as_path())
            .chain(self.targets.iter().map(PathBuf::as_path))
            .collect();
        check_distinct_inputs(&inputs)?;
        let mut guard = PathGuard::default();
        guard.protect_all(inputs.iter().copied().chain(self.lexicon.as_deref()));
        if self.out.as_os_str() != "-" {
            guard.check_output("--out", &self.out)?;
            check_destination(&self.out)?;
        }
        if let Some(html) = &self.html {
            if html.as_os_str() == "-" {
                return Err(Error::Usage("--html needs a file name, not -".into()));
            }
            if self.out.as_os_str() != "-" && same_destination(html, &self.out) {
                return Err(Error::Usage("--html and --out name the same file".into()));
            }
            guard.check_output("--html", html)?;
            check_destination(html)?;
        }
        Ok(self)
    }
}

/// Refuses a `--max-bytes` of 0 (every file refused) or past
/// [`MAX_MAX_BYTES`].
pub fn check_max_bytes(max_bytes: u64) -> Result<()> {
    if max_bytes == 0 || max_bytes > MAX_MAX_BYTES {
        return Err(Error::Usage(format!(
            "--max-bytes: {max_bytes} is outside 1..={MAX_MAX_BYTES} (4G)"
        )));
    }
    Ok(())
}

/// Parses `--max-bytes`: a number of bytes with an optional binary suffix
/// (`K`, `M`, `G`, also as `KiB`, `MiB`, `GiB`), within 1 byte and
/// [`MAX_MAX_BYTES`]. The error is the problem in words.
pub fn parse_max_bytes(text: &str) -> std::result::Result<u64, String> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, suffix) = t.split_at(digits);
    let unit: u64 = match suffix.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "`{text}` is not a size (use bytes, or 64K, 64M, 1G)"
            ))
        }
    };
    let value = number
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(unit))
        .ok_or_else(|| format!("`{text}` is not a size (use bytes, or 64K, 64M, 1G)"))?;
    check_max_bytes(value).map_err(|_| {
        format!("{value} bytes is outside the limits the program can honour (1 to 4G)")
    })?;
    Ok(value)
}

/// Refuses a file named twice among `inputs` (also through a symbolic or
/// hard link, or a different spelling): `align` and every `batch` case.
pub fn check_distinct_inputs(inputs: &[&Path]) -> Result<()> {
    let ids: Vec<Option<FileId>> = inputs.iter().map(|p| FileId::of(p)).collect();
    for (i, a) in inputs.iter().enumerate() {
        for (j, b) in inputs.iter().enumerate().skip(i + 1) {
            let same = match (&ids[i], &ids[j]) {
                (Some(x), Some(y)) => x == y,
                _ => a == b,
            };
            if same {
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
    Ok(())
}

/// Every file a run reads, by identity, so no output can replace one of
/// them whatever its spelling (`./x`, `d/../x`, a symbolic or hard link).
/// Hashed, so a batch of many cases checks each output at once.
#[derive(Debug, Default, Clone)]
pub struct PathGuard {
    /// The inputs that exist, by identity (the first spelling given).
    by_id: std::collections::HashMap<FileId, PathBuf>,
    /// The inputs that do not exist (yet), by spelling: reading them will
    /// fail anyway, but an output spelled the same must not create them.
    missing: std::collections::HashSet<PathBuf>,
}

impl PathGuard {
    /// Protects `path`.
    pub fn protect(&mut self, path: &Path) {
        match FileId::of(path) {
            Some(id) => {
                self.by_id.entry(id).or_insert_with(|| path.to_owned());
            }
            None => {
                self.missing.insert(path.to_owned());
            }
        }
    }

    /// Protects every path of `paths`.
    pub fn protect_all<'a>(&mut self, paths: impl IntoIterator<Item = &'a Path>) {
        for p in paths {
            self.protect(p);
        }
    }

    /// The protected input `path` would replace, if any.
    pub fn input_at(&self, path: &Path) -> Option<&Path> {
        match FileId::of(path) {
            Some(id) => self.by_id.get(&id).map(PathBuf::as_path),
            None => self.missing.get(path).map(PathBuf::as_path),
        }
    }

    /// Refuses `path` as the destination of `flag` when it is a protected
    /// input.
    pub fn check_output(&self, flag: &str, path: &Path) -> Result<()> {
        match self.input_at(path) {
            Some(input) => Err(Error::bad_input(
                path,
                format!(
                    "{flag} names an input file ({}); refusing to overwrite it",
                    input.display()
                ),
            )),
            None => Ok(()),
        }
    }
}

/// Where `batch --manifest` writes, checked before the manifest is read: a
/// combined `--out` as `align` checks `--out`; an `--out-dir` that exists
/// must be a folder (it is created otherwise).
pub fn check_batch_out(out: &BatchOut) -> Result<()> {
    match out {
        BatchOut::Combined(file) if file.as_os_str() != "-" => check_destination(file),
        BatchOut::Combined(_) => Ok(()),
        BatchOut::Dir(dir) if dir.exists() && !dir.is_dir() => Err(Error::bad_input(
            dir,
            "cannot write output: --out-dir is not a folder",
        )),
        BatchOut::Dir(_) => Ok(()),
    }
}

/// Where `batch --html-dir` writes its pages, checked before the manifest
/// is read: a folder, or nothing yet (it is created).
pub fn check_pages_dir(dir: &Path) -> Result<()> {
    if dir.exists() && !dir.is_dir() {
        return Err(Error::bad_input(
            dir,
            "cannot write output: --html-dir is not a folder",
        ));
    }
    Ok(())
}

/// The path protection of a batch run, once its manifest is read: every
/// file the run reads (the manifest, the lexicon, every case's inputs)
/// against every file it writes. The run's own files (the combined CSV,
/// `index.csv`) over an input stop the run with an error; for each case,
/// the problem when its case file (`<case>.csv` or `<case>.jsonl`, by
/// `format`) or, with `--html-dir` (`pages`), its `<case>.html` would
/// replace an input or the combined CSV (that case then fails alone, as any
/// bad case does).
pub fn check_batch_paths(
    manifest: &Path,
    lexicon: Option<&Path>,
    cases: &[ManifestCase],
    out: &BatchOut,
    format: Format,
    pages: Option<&Path>,
) -> Result<Vec<Option<String>>> {
    let mut guard = PathGuard::default();
    guard.protect(manifest);
    guard.protect_all(lexicon);
    for case in cases {
        guard.protect_all(
            std::iter::once(case.source.as_path())
                .filter(|p| !p.as_os_str().is_empty())
                .chain(case.targets.iter().map(PathBuf::as_path)),
        );
    }
    let check =
        |flag: &str, path: &Path| guard.check_output(flag, path).err().map(|e| e.to_string());
    let mut problems = match out {
        BatchOut::Combined(path) => {
            if path.as_os_str() != "-" {
                guard.check_output("--out", path)?;
            }
            vec![None; cases.len()]
        }
        BatchOut::Dir(dir) => {
            guard.check_output("--out-dir", &dir.join("index.csv"))?;
            cases
                .iter()
                .map(|c| check("--out-dir", &case_file(dir, &c.case, format)))
                .collect()
        }
    };
    if let Some(dir) = pages {
        for (case, problem) in cases.iter().zip(&mut problems) {
            let page = dir.join(format!("{}.html", case.case));
            let over_combined = match out {
                BatchOut::Combined(file) => {
                    file.as_os_str() != "-" && same_destination(file, &page)
                }
                BatchOut::Dir(_) => false,
            };
            if problem.is_none() && over_combined {
                *problem = Some(format!(
                    "{}: --html-dir page would replace the --out file",
                    page.display()
                ));
            }
            if problem.is_none() {
                *problem = check("--html-dir", &page);
            }
        }
    }
    Ok(problems)
}

/// The folder a file `path` would be created in.
pub fn parent_folder(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// True when two output paths would write the same file: the same existing
/// file, or the same name in the same folder.
fn same_destination(a: &Path, b: &Path) -> bool {
    let key = |p: &Path| {
        FileId::of(p).map(|id| (Some(id), None)).unwrap_or_else(|| {
            (
                FileId::of(parent_folder(p)),
                p.file_name().map(|n| n.to_owned()),
            )
        })
    };
    a == b || key(a) == key(b) && key(a).0.is_some()
}

/// Checks that a file can be written at `path` before any input is read, so
/// a typo fails at once with a plain message, not after a long alignment
/// with the name of a temporary file in it: not a folder, in a folder that
/// exists.
pub fn check_destination(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(Error::bad_input(
            path,
            "cannot write output: is a directory",
        ));
    }
    let dir = parent_folder(path);
    if !dir.is_dir() {
        return Err(Error::bad_input(
            path,
            format!(
                "cannot write output: folder {} does not exist",
                dir.display()
            ),
        ));
    }
    Ok(())
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
    /// Fail when link F1 falls below this (0..=1, see [`parse_min_f1`]).
    pub min_f1: Option<f64>,
    /// Refuse a gold or aligned file larger than this.
    pub max_bytes: u64,
    /// List false positives, misses and errors.
    pub verbose: bool,
    /// Print JSON instead of text.
    pub json: bool,
}

/// Parses `--min-f1`: a number from 0 to 1. NaN or a value outside would
/// make a gate that can never fail (or never pass).
pub fn parse_min_f1(text: &str) -> std::result::Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("`{text}` is not a number from 0 to 1")),
    }
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
            html: None,
            bom: false,
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

    #[test]
    fn max_bytes_takes_binary_suffixes_within_what_can_be_honoured() {
        let cases: &[(&str, Option<u64>)] = &[
            ("100", Some(100)),
            ("64M", Some(64 << 20)),
            ("64MiB", Some(64 << 20)),
            ("1k", Some(1024)),
            ("4G", Some(MAX_MAX_BYTES)),
            ("0", None),
            ("4097M", None),
            ("18446744073709551615", None),
            ("99999999999999999999", None),
            ("1.5M", None),
            ("5T", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(parse_max_bytes(text).ok(), *want, "{text:?}");
        }
    }

    #[test]
    fn min_f1_is_a_number_from_0_to_1() {
        assert_eq!(parse_min_f1("0.8"), Ok(0.8));
        assert_eq!(parse_min_f1("1"), Ok(1.0));
        for bad in ["NaN", "-0.1", "1.01", "inf", "x"] {
            assert!(parse_min_f1(bad).is_err(), "{bad}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_hard_link_or_symbolic_link_is_the_same_input() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        std::fs::write(&a, "x").unwrap();
        let hard = dir.path().join("hard.txt");
        std::fs::hard_link(&a, &hard).unwrap();
        let sym = dir.path().join("sym.txt");
        std::os::unix::fs::symlink(&a, &sym).unwrap();
        std::fs::create_dir(dir.path().join("x")).unwrap();
        let mut guard = PathGuard::default();
        guard.protect(&a);
        for p in [&hard, &sym, &dir.path().join("x/../a.txt")] {
            assert_eq!(guard.input_at(p), Some(a.as_path()), "{}", p.display());
        }
        assert_eq!(guard.input_at(&dir.path().join("b.txt")), None);
        assert!(check_distinct_inputs(&[&a, &hard]).is_err());
        assert!(check_distinct_inputs(&[&a, &dir.path().join("b.txt")]).is_ok());
        let html = dir.path().join("page.html");
        assert!(same_destination(&html, &dir.path().join("./page.html")));
        assert!(!same_destination(&html, &dir.path().join("other.html")));
    }
}
