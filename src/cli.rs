//! The command line as clap sees it (ripgrep's "LowArgs"): raw flags, their
//! help text, and the conversion into validated `selaras::config` values.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use selaras::internals::batch::{BatchOptions, BatchOut};
use selaras::internals::config::{self, AlignConfig, EvalConfig, EvalInput, Format};
use selaras::internals::matching::align::Search;
use selaras::internals::text::input::DEFAULT_MAX_BYTES;
use selaras::{Error, Lang};

/// Line up a translated news article with the original-language reports of
/// the same story, sentence by sentence, and show where the facts drift.
#[derive(Debug, Parser)]
#[command(name = "selaras", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Align a source text with one or more reports and write aligned.csv.
    Align(AlignArgs),
    /// Score aligned output against a gold file of known pairs.
    Eval(EvalArgs),
    /// Align many cases: a manifest CSV, or JSON Lines on standard input.
    Batch(BatchArgs),
    /// Print a completion script for SHELL on standard output.
    Completions(CompletionsArgs),
    /// Print the manual page (roff) on standard output.
    Man,
}

/// Arguments of `selaras completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// The texts to align and how to read them.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// The rendering under review (plain UTF-8 text).
    #[arg(long, value_name = "SOURCE.txt")]
    pub source: Option<PathBuf>,
    /// One or more reports of the same story (plain UTF-8 text).
    #[arg(long, value_name = "REPORT.txt", num_args = 1..)]
    pub target: Vec<PathBuf>,
    /// Language of the source (ISO 639-1).
    #[arg(long, value_name = "LANG", default_value = "id")]
    pub source_lang: LangArg,
    /// Language of the reports (ISO 639-1).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub target_lang: LangArg,
    /// Extra lexicon entries: a TSV of `indonesian<TAB>english` lines.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Refuse input files larger than this (bytes, or with a suffix: 64K,
    /// 64M, 1G; at most 4G).
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES,
          value_parser = config::parse_max_bytes, allow_negative_numbers = true)]
    pub max_bytes: u64,
}

/// Arguments of `selaras align`.
#[derive(Debug, Args)]
pub struct AlignArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output file; `-` (the default) writes to standard output.
    #[arg(long, short, value_name = "FILE", default_value = "-")]
    pub out: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: FormatArg,
    /// Also write a self-contained HTML review page to this file.
    #[arg(long, value_name = "PAGE.html")]
    pub html: Option<PathBuf>,
    /// Write no UTF-8 byte-order mark at the start of a CSV file (by default
    /// a file gets one, so spreadsheets read it as UTF-8; standard output
    /// never does).
    #[arg(long)]
    pub no_bom: bool,
    /// Print no summary on standard error.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Arguments of `selaras eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold file: case,source_key,target_doc,target_key,grade,kinds.
    #[arg(long, value_name = "GOLD.csv")]
    pub gold: PathBuf,
    /// An aligned CSV to score.
    #[arg(long, value_name = "ALIGNED.csv", conflicts_with_all = ["aligned_dir", "source"])]
    pub aligned: Option<PathBuf>,
    /// A folder of aligned CSVs, one `<case>.csv` per gold case.
    #[arg(long, value_name = "DIR", conflicts_with = "source")]
    pub aligned_dir: Option<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    /// Score only this case of the gold file.
    #[arg(long)]
    pub case: Option<String>,
    /// Exit with status 1 when link F1 is below this (0 to 1).
    #[arg(long, value_name = "X", value_parser = config::parse_min_f1,
          allow_negative_numbers = true)]
    pub min_f1: Option<f64>,
    /// List false positives, missed links and no-counterpart errors.
    #[arg(long, short)]
    pub verbose: bool,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `selaras batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Cases to align: a CSV with columns case,source,targets (targets
    /// `;`-separated, paths relative to the manifest).
    #[arg(long, value_name = "CASES.csv", required_unless_present = "jsonl")]
    pub manifest: Option<PathBuf>,
    /// Write `<case>.csv` for every case and `index.csv` into this folder.
    #[arg(
        long,
        value_name = "DIR",
        conflicts_with_all = ["out", "jsonl"],
        requires = "manifest"
    )]
    pub out_dir: Option<PathBuf>,
    /// Write one combined CSV with a leading `case` column (`-`: standard output).
    // `requires` alone lets `--jsonl --out X` through (the manifest is
    // optional with --jsonl), so the conflict is spelled out.
    #[arg(
        long,
        short,
        value_name = "FILE",
        requires = "manifest",
        conflicts_with = "jsonl"
    )]
    pub out: Option<PathBuf>,
    /// Format of the case files of --out-dir: `csv`, or `jsonl` for the
    /// JSON Lines of `align --format jsonl` (each row with its anchors).
    #[arg(long, value_enum, default_value = "csv", conflicts_with = "jsonl")]
    pub format: FormatArg,
    /// Also write a review page per case, `<case>.html`, into this folder
    /// (as `align --html` writes one).
    #[arg(
        long,
        value_name = "DIR",
        requires = "manifest",
        conflicts_with = "jsonl"
    )]
    pub html_dir: Option<PathBuf>,
    /// Read one JSON case per line on standard input, write one JSON result
    /// per line on standard output, in input order.
    #[arg(long, conflicts_with = "manifest")]
    pub jsonl: bool,
    /// Language of the sources (ISO 639-1).
    #[arg(long, value_name = "LANG", default_value = "id")]
    pub source_lang: LangArg,
    /// Language of the reports (ISO 639-1).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub target_lang: LangArg,
    /// Extra lexicon entries: a TSV of `indonesian<TAB>english` lines.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Refuse input files, JSON lines or texts larger than this (bytes, or
    /// with a suffix: 64K, 64M, 1G; at most 4G).
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES,
          value_parser = config::parse_max_bytes, allow_negative_numbers = true)]
    pub max_bytes: u64,
    /// Worker threads (default: one per CPU). Output is the same for any number.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// Cases in flight at once, started but not yet written (default: 4 per
    /// thread); bounds memory and, with --jsonl (read chunk by chunk), the
    /// output's latency.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub chunk: Option<u32>,
    /// Score every sentence pair instead of the inverted index's candidates
    /// (slower; for checking that candidate search loses nothing).
    #[arg(long)]
    pub exhaustive: bool,
    /// No progress bar and no summary on standard error.
    #[arg(long, short)]
    pub quiet: bool,
    /// Write no UTF-8 byte-order mark at the start of the CSV files.
    #[arg(long)]
    pub no_bom: bool,
}

impl BatchArgs {
    /// The shared options of a batch run.
    pub fn options(&self) -> BatchOptions {
        BatchOptions {
            source_lang: self.source_lang.into(),
            target_lang: self.target_lang.into(),
            lexicon: self.lexicon.clone(),
            max_bytes: self.max_bytes,
            threads: self.threads.map(usize::from),
            search: if self.exhaustive {
                Search::Exhaustive
            } else {
                Search::Candidates
            },
            chunk: self.chunk.map(|c| c as usize),
            bom: !self.no_bom,
            format: self.format.into(),
            // Filled by the binary, which knows the run's stamp.
            pages: None,
        }
    }

    /// Where a manifest run writes, checked by [`config::check_batch_out`];
    /// `None` for a JSON Lines run.
    pub fn batch_out(&self) -> Result<Option<BatchOut>, Error> {
        config::check_max_bytes(self.max_bytes)?;
        if self.jsonl {
            return Ok(None);
        }
        match (&self.out_dir, &self.out) {
            (Some(dir), None) => {
                let out = BatchOut::Dir(dir.clone());
                config::check_batch_out(&out)?;
                Ok(Some(out))
            }
            (None, Some(file)) => {
                let out = BatchOut::Combined(file.clone());
                config::check_batch_out(&out)?;
                Ok(Some(out))
            }
            _ => Err(Error::Usage(
                "batch --manifest needs --out-dir DIR or --out FILE".into(),
            )),
        }
    }
}

/// A language code on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    /// Indonesian.
    Id,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Id => Lang::Id,
            LangArg::En => Lang::En,
        }
    }
}

/// An output format on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// CSV as in docs/contract.md, for spreadsheets.
    Csv,
    /// JSON Lines, one object per row, for programs.
    Jsonl,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Csv => Format::Csv,
            FormatArg::Jsonl => Format::Jsonl,
        }
    }
}

impl InputArgs {
    fn into_config(
        self,
        out: PathBuf,
        format: Format,
        html: Option<PathBuf>,
        bom: bool,
    ) -> Result<AlignConfig, Error> {
        let source = self
            .source
            .ok_or_else(|| Error::Usage("--source is required".into()))?;
        AlignConfig {
            source,
            targets: self.target,
            out,
            source_lang: self.source_lang.into(),
            target_lang: self.target_lang.into(),
            lexicon: self.lexicon,
            max_bytes: self.max_bytes,
            format,
            html,
            bom,
        }
        .validate()
    }
}

impl AlignArgs {
    /// The validated configuration.
    pub fn into_config(self) -> Result<AlignConfig, Error> {
        self.input
            .into_config(self.out, self.format.into(), self.html, !self.no_bom)
    }
}

impl EvalArgs {
    /// The validated configuration.
    pub fn into_config(self) -> Result<EvalConfig, Error> {
        let max_bytes = self.input.max_bytes;
        let input = match (self.aligned, self.aligned_dir) {
            (Some(a), _) => EvalInput::Aligned(a),
            (None, Some(d)) => EvalInput::AlignedDir(d),
            (None, None) if self.input.source.is_some() => EvalInput::Align(
                self.input
                    .into_config(PathBuf::from("-"), Format::Csv, None, false)?,
            ),
            (None, None) => {
                return Err(Error::Usage(
                    "eval needs --aligned FILE, --aligned-dir DIR, or --source and --target".into(),
                ))
            }
        };
        Ok(EvalConfig {
            gold: self.gold,
            input,
            case: self.case,
            min_f1: self.min_f1,
            max_bytes,
            verbose: self.verbose,
            json: self.json,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn align_takes_several_targets() {
        let cli = Cli::parse_from([
            "selaras", "align", "--source", "s.txt", "--target", "a.txt", "b.txt", "--out", "o.csv",
        ]);
        let Command::Align(args) = cli.command else {
            panic!("not align")
        };
        let cfg = args.into_config().unwrap();
        assert_eq!(cfg.targets.len(), 2);
        assert_eq!(cfg.out, PathBuf::from("o.csv"));
    }

    #[test]
    fn batch_needs_a_manifest_and_a_destination_or_jsonl() {
        let parse = |args: &[&str]| {
            let full = ["selaras", "batch"].iter().chain(args).copied();
            Cli::try_parse_from(full).map(|cli| match cli.command {
                Command::Batch(b) => b,
                _ => panic!("not batch"),
            })
        };
        assert!(parse(&[]).is_err(), "neither --manifest nor --jsonl");
        assert!(parse(&["--jsonl", "--manifest", "m.csv"]).is_err());
        assert!(parse(&["--manifest", "m.csv", "--out", "a", "--out-dir", "d"]).is_err());
        assert!(parse(&["--manifest", "m.csv"])
            .unwrap()
            .batch_out()
            .is_err());
        let b = parse(&["--manifest", "m.csv", "--out-dir", "d", "--threads", "3"]).unwrap();
        assert_eq!(b.batch_out().unwrap(), Some(BatchOut::Dir("d".into())));
        assert_eq!(b.options().threads, Some(3));
        assert_eq!(b.options().search, Search::Candidates);
        assert!(parse(&["--jsonl", "--threads", "0"]).is_err());
        let b = parse(&["--jsonl", "--exhaustive"]).unwrap();
        assert_eq!(b.batch_out().unwrap(), None);
        assert_eq!(b.options().search, Search::Exhaustive);
    }

    #[test]
    fn eval_needs_something_to_score() {
        let cli = Cli::parse_from(["selaras", "eval", "--gold", "g.csv"]);
        let Command::Eval(args) = cli.command else {
            panic!("not eval")
        };
        assert!(args.into_config().is_err());
    }
}
