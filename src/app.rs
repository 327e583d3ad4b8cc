//! The commands, end to end: read inputs, run the pipeline, write output.
//!
//! The binary calls these with a validated configuration and prints what
//! they return; they never print and never exit.

use std::path::Path;

use crate::config::{AlignConfig, EvalConfig, EvalInput, Format};
use crate::error::{Error, Result};
use crate::eval;
use crate::judge::divergence::Flag;
use crate::lexicon::Lexicon;
use crate::pipeline::{self, Input, Row, RowDetail};
use crate::report::detail;
use crate::report::html::{Stamp, StampedFile};
use crate::report::output;
use crate::text::doc::Document;
use crate::text::input;

/// What an alignment run produced, for the summary on standard error.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignSummary {
    /// The rows written, each with both sides' anchors (for JSONL and HTML;
    /// [`AlignSummary::rows`] gives the rows alone).
    pub details: Vec<RowDetail>,
    /// Number of source sentences.
    pub source_sentences: usize,
    /// Report names and how many source sentences each carries.
    pub per_report: Vec<(String, usize)>,
    /// Source sentences no report carries (furniture excluded).
    pub unmatched: usize,
    /// The input files as the case loader read them, with their sizes and
    /// SHA-256 (for the review page's stamp).
    pub inputs: Vec<StampedFile>,
}

impl AlignSummary {
    /// The rows written, in order.
    pub fn rows(&self) -> impl Iterator<Item = &Row> + '_ {
        self.details.iter().map(|d| &d.row)
    }
}

/// The inputs of an alignment, read and segmented.
#[derive(Debug, Clone)]
pub struct LoadedCase {
    /// The source, segmented.
    pub source: Document,
    /// The reports, segmented, in order.
    pub reports: Vec<Document>,
    /// The lexicon of the run.
    pub lexicon: std::borrow::Cow<'static, Lexicon>,
    /// Every file read (source, reports, the `--lexicon` file), with what
    /// it held.
    pub inputs: Vec<StampedFile>,
}

/// Reads and segments the inputs of an alignment, through the one case
/// loader ([`input::read_case`]). The lexicon is borrowed when no
/// `--lexicon` adds to it, so a run does not copy the built-in tables.
pub fn load_documents(cfg: &AlignConfig) -> Result<LoadedCase> {
    let (lexicon, lexicon_digest) = input::read_lexicon(cfg.lexicon.as_deref(), cfg.max_bytes)?;
    let (source, reports) = input::read_case(
        &cfg.source,
        &cfg.targets,
        cfg.max_bytes,
        (cfg.source_lang, cfg.target_lang),
    )?;
    let stamped = |role, path: &Path, digest| StampedFile {
        role,
        path: path.display().to_string(),
        digest,
    };
    let mut inputs = vec![stamped("source", &cfg.source, source.digest)];
    inputs.extend(
        cfg.targets
            .iter()
            .zip(&reports)
            .map(|(path, r)| stamped("report", path, r.digest)),
    );
    if let (Some(path), Some(digest)) = (&cfg.lexicon, lexicon_digest) {
        inputs.push(stamped("lexicon", path, digest));
    }
    let build = |t: &input::NamedText, lang| {
        pipeline::build_document(Input {
            name: &t.name,
            text: &t.text,
            lang,
        })
    };
    Ok(LoadedCase {
        source: build(&source, cfg.source_lang),
        reports: reports.iter().map(|r| build(r, cfg.target_lang)).collect(),
        lexicon,
        inputs,
    })
}

/// Aligns without writing anything: the rows and their summary.
pub fn align_rows(cfg: &AlignConfig) -> Result<AlignSummary> {
    let LoadedCase {
        source,
        reports,
        lexicon,
        inputs,
    } = load_documents(cfg)?;
    let details = pipeline::align_detailed(&source, &reports, &lexicon);
    let rows = || details.iter().map(|d| &d.row);
    let per_report = reports
        .iter()
        .map(|r| {
            let mut sents: Vec<_> = rows()
                .filter(|row| row.target.as_ref().is_some_and(|t| t.doc == r.id))
                .map(|row| row.source_sent)
                .collect();
            sents.dedup();
            (r.id.0.clone(), sents.len())
        })
        .collect();
    let unmatched = rows().filter(|r| r.has(&Flag::Unmatched)).count();
    Ok(AlignSummary {
        source_sentences: source.sentences.len(),
        per_report,
        unmatched,
        details,
        inputs,
    })
}

/// `selaras align`: aligns and writes the output file and, with `--html`,
/// the review page (see `report::html`), stamped with `stamp` (the run's
/// version, time and command line; the input files are added here, as the
/// loader read them). Both are written as one ([`output::write_together`]):
/// either every destination gets its new content, or none changes.
pub fn align(cfg: &AlignConfig, stamp: &Stamp) -> Result<AlignSummary> {
    let summary = align_rows(cfg)?;
    let page = cfg.html.as_ref().map(|_| {
        let reports: Vec<String> = summary.per_report.iter().map(|(n, _)| n.clone()).collect();
        let stamp = Stamp {
            inputs: summary.inputs.clone(),
            ..stamp.clone()
        };
        crate::report::html::render(
            &input::base_name(&cfg.source),
            &reports,
            &summary.details,
            &stamp,
        )
    });
    let mut files: Vec<(&Path, output::WriteFn<'_>)> = vec![(
        &cfg.out,
        Box::new(|w: &mut dyn std::io::Write| match cfg.format {
            Format::Csv => output::write_csv_file(w, summary.rows(), &cfg.out, cfg.bom),
            Format::Jsonl => detail::write_jsonl(w, &summary.details, &cfg.out),
        }),
    )];
    if let (Some(path), Some(page)) = (&cfg.html, &page) {
        files.push((
            path,
            Box::new(move |w: &mut dyn std::io::Write| {
                w.write_all(page.as_bytes()).map_err(|source| Error::Write {
                    path: path.clone(),
                    source,
                })
            }),
        ));
    }
    output::write_together(files)?;
    Ok(summary)
}

/// What `selaras eval` found.
#[derive(Debug, Clone)]
pub struct EvalOutcome {
    /// The text (or JSON) to print on standard output.
    pub text: String,
    /// Warnings for standard error (cases without output, stray files).
    pub warnings: Vec<String>,
    /// The overall link F1, if defined.
    pub f1: Option<f64>,
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Usage(format!("cannot print JSON: {e}")))
}

/// Reads a gold or aligned file the way score.py does (UTF-8, a BOM
/// allowed), so both tools accept and refuse the same files.
/// Through [`input::read_bounded`], so `--max-bytes` and the refusal of
/// pipes and devices hold for eval's files too.
fn read_eval_file(path: &Path, kind: eval::FileKind, max_bytes: u64) -> Result<String> {
    let label = path.display().to_string();
    let bytes = input::read_bounded(path, max_bytes).map_err(|p| match p {
        input::ReadProblem::Io(e) => eval::EvalError::unreadable(kind, &label, &e).into(),
        refused => refused.into_error(path),
    })?;
    Ok(eval::decode(&bytes, kind, &label)?)
}

/// `selaras eval`: scores aligned output against a gold file, with the same
/// definitions and the same report as the reference scorer score.py (docs/contract.md).
pub fn evaluate(cfg: &EvalConfig) -> Result<EvalOutcome> {
    let gold_label = cfg.gold.display().to_string();
    let gold = eval::parse_gold(
        &read_eval_file(&cfg.gold, eval::FileKind::Gold, cfg.max_bytes)?,
        &gold_label,
    )?;
    match &cfg.input {
        EvalInput::Aligned(path) => {
            eval::select_cases(&gold, cfg.case.as_deref(), true)?;
            let label = path.display().to_string();
            let rows = eval::parse_aligned(
                &read_eval_file(path, eval::FileKind::Aligned, cfg.max_bytes)?,
                &label,
            )?;
            let report = eval::score_one(&gold, cfg.case.as_deref(), &rows)?;
            let text = if cfg.json {
                to_json(&eval::JsonReport::single(&report, &gold_label, &label))?
            } else {
                eval::render_text(&report, &gold_label, &label, cfg.verbose)
            };
            Ok(EvalOutcome {
                text,
                warnings: Vec::new(),
                f1: report.overall.f1,
            })
        }
        EvalInput::Align(align_cfg) => {
            eval::select_cases(&gold, cfg.case.as_deref(), true)?;
            let summary = align_rows(align_cfg)?;
            let mut buf = Vec::new();
            output::write_csv(&mut buf, summary.rows(), Path::new("-"))?;
            let label = "(aligned in memory)";
            let text = String::from_utf8_lossy(&buf);
            let rows = eval::parse_aligned(&text, label)?;
            let report = eval::score_one(&gold, cfg.case.as_deref(), &rows)?;
            let text = if cfg.json {
                to_json(&eval::JsonReport::single(&report, &gold_label, label))?
            } else {
                eval::render_text(&report, &gold_label, label, cfg.verbose)
            };
            Ok(EvalOutcome {
                text,
                warnings: Vec::new(),
                f1: report.overall.f1,
            })
        }
        EvalInput::AlignedDir(dir) => {
            let dir_label = dir.display().to_string();
            if !dir.is_dir() {
                return Err(Error::bad_input(dir, "not a folder"));
            }
            let cases = eval::select_cases(&gold, cfg.case.as_deref(), false)?;
            let mut warnings = Vec::new();
            let mut outputs = Vec::new();
            let mut files = Vec::new();
            for case in cases {
                eval::check_case_name(&case, &gold_label)?;
                let path = dir.join(format!("{case}.csv"));
                let rows = if path.exists() {
                    let label = path.display().to_string();
                    let text = read_eval_file(&path, eval::FileKind::Aligned, cfg.max_bytes)?;
                    files.push(Some(label.clone()));
                    Some(eval::parse_aligned(&text, &label)?)
                } else {
                    files.push(None);
                    warnings.push(eval::missing_output_warning(&case, &dir_label));
                    None
                };
                outputs.push((case, rows));
            }
            if cfg.case.is_none() {
                let mut extra: Vec<String> = std::fs::read_dir(dir)
                    .map_err(|e| Error::Io {
                        path: dir.clone(),
                        source: e,
                    })?
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    // `selaras batch --out-dir` writes index.csv beside the
                    // cases; it is a summary, not a stray case.
                    .filter(|f| f != "index.csv")
                    .filter(|f| {
                        f.strip_suffix(".csv")
                            .is_some_and(|c| !outputs.iter().any(|(case, _)| case == c))
                    })
                    .collect();
                extra.sort();
                warnings.extend(extra.iter().map(|f| eval::extra_output_warning(f)));
            }
            let report = eval::score_many(&gold, &outputs);
            let text = if cfg.json {
                to_json(&eval::JsonReport::dir(
                    &report,
                    &gold_label,
                    &dir_label,
                    &files,
                    &warnings,
                ))?
            } else {
                eval::render_dir_text(&report, &gold_label, &dir_label, &warnings, cfg.verbose)
            };
            Ok(EvalOutcome {
                text,
                warnings,
                f1: report.overall.f1,
            })
        }
    }
}
