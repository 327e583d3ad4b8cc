//! Many cases in one run: `selaras batch`.
//!
//! In: either a manifest CSV (`case,source,targets`, the targets
//! `;`-separated, paths relative to the manifest) or a stream of JSON Lines,
//! one case per line. Out: for a manifest, one aligned CSV per case in a
//! folder plus `index.csv` (or, with `--format jsonl`, one JSON Lines file
//! per case with the rows of `align --format jsonl`; or one combined CSV
//! with a leading `case` column), and with `--html-dir` a review page per
//! case; for JSON Lines, one result line per case, in input order.
//!
//! A bad case never stops the others: its error is reported through the
//! caller's observer (the binary prints one line on standard error) and, in
//! the index or the result line, in-band. Cases run in parallel on a local
//! rayon pool with at most a chunk of them (`--chunk`) started and not yet
//! written (a manifest's cases as a sliding window, a stream's lines chunk by
//! chunk), so memory is bounded by a chunk of cases rather than by the input,
//! and results are written in input order, so the output is byte-identical
//! whatever the number of threads.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::config::{self, Format};
use crate::error::{Error, Result};
use crate::judge::divergence::Flag;
use crate::lexicon::Lexicon;
use crate::matching::align::Search;
use crate::pipeline::{self, Input, Row};
use crate::report::html::{self, Stamp, StampedFile};
use crate::report::{detail, output};
use crate::text::doc::{Document, Lang};
use crate::text::input::{self, FileDigest};

/// Cases in flight per thread (started, not yet written): enough to keep
/// every thread busy when case sizes differ, few enough that the results held
/// before writing stay small.
pub const CASES_PER_THREAD: usize = 4;

/// Where `batch` writes a manifest's results.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchOut {
    /// One `<case>.csv` per case and `index.csv`, in this folder.
    Dir(PathBuf),
    /// One CSV with a leading `case` column (`-` for standard output).
    Combined(PathBuf),
}

/// Settings shared by both kinds of batch run.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchOptions {
    /// The language of every source.
    pub source_lang: Lang,
    /// The language of every report.
    pub target_lang: Lang,
    /// A user's extra lexicon entries.
    pub lexicon: Option<PathBuf>,
    /// Refuse any input (file or JSON text) larger than this many bytes.
    pub max_bytes: u64,
    /// Worker threads; `None` uses one per CPU.
    pub threads: Option<usize>,
    /// How the pairs to score are chosen.
    pub search: Search,
    /// Cases processed together; `None` means [`CASES_PER_THREAD`] per thread.
    pub chunk: Option<usize>,
    /// Start each case file and a combined file (not index.csv) with a
    /// UTF-8 byte-order mark, as `align --out` does (never on standard output).
    pub bom: bool,
    /// The format of the case files of an `--out-dir` run: the contract's
    /// CSV, or the JSON Lines of `align --format jsonl` (rows with their
    /// anchors; no byte-order mark). A combined `--out` is CSV only.
    pub format: Format,
    /// Also write a review page per case (manifest runs only).
    pub pages: Option<ReviewPages>,
}

/// `batch --html-dir`: one review page per manifest case, `<case>.html`,
/// as `align --html` writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewPages {
    /// The folder of the pages (created if missing).
    pub dir: PathBuf,
    /// The run's part of every page's stamp (version, time, command line);
    /// each page adds its case's input files and the run's lexicon and
    /// manifest.
    pub stamp: Stamp,
}

/// One line of a manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestCase {
    /// The case name (also the output file's stem).
    pub case: String,
    /// The source file, resolved against the manifest's folder.
    pub source: PathBuf,
    /// The report files, likewise.
    pub targets: Vec<PathBuf>,
}

/// What became of one case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseReport {
    /// The case name (for JSON Lines, the `id`).
    pub case: String,
    /// `None` when the case was aligned; otherwise the problem in one line.
    pub error: Option<String>,
    /// Number of source sentences.
    pub source_sentences: usize,
    /// Rows written.
    pub rows: usize,
    /// Rows with a counterpart.
    pub links: usize,
    /// Rows flagged `unmatched`.
    pub unmatched: usize,
}

impl CaseReport {
    fn ok(case: &str, source_sentences: usize, rows: &[Row]) -> CaseReport {
        CaseReport {
            case: case.to_owned(),
            error: None,
            source_sentences,
            rows: rows.len(),
            links: rows.iter().filter(|r| r.target.is_some()).count(),
            unmatched: rows.iter().filter(|r| r.has(&Flag::Unmatched)).count(),
        }
    }

    fn failed(case: &str, error: String) -> CaseReport {
        CaseReport {
            case: case.to_owned(),
            error: Some(error),
            source_sentences: 0,
            rows: 0,
            links: 0,
            unmatched: 0,
        }
    }
}

/// Totals of a batch run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchSummary {
    /// Cases read.
    pub cases: usize,
    /// Of those, cases that failed.
    pub failed: usize,
    /// Source sentences aligned, over the cases that succeeded.
    pub source_sentences: usize,
}

impl BatchSummary {
    fn add(&mut self, r: &CaseReport) {
        self.cases += 1;
        self.source_sentences += r.source_sentences;
        if r.error.is_some() {
            self.failed += 1;
        }
    }
}

/// What the caller hears while a batch runs.
#[derive(Debug)]
pub enum Event<'a> {
    /// The number of cases, once known (manifest runs only).
    Total(usize),
    /// A case finished (in input order).
    Done(&'a CaseReport),
}

/// Reads a manifest: `case,source,targets` with a header row; the targets
/// `;`-separated; relative paths resolved against the manifest's folder.
/// Read as every input is, refused past `max_bytes`.
pub fn read_manifest(path: &Path, max_bytes: u64) -> Result<Vec<ManifestCase>> {
    Ok(read_manifest_digested(path, max_bytes)?.0)
}

/// [`read_manifest`], with the size and SHA-256 of the manifest as read.
fn read_manifest_digested(path: &Path, max_bytes: u64) -> Result<(Vec<ManifestCase>, FileDigest)> {
    let (text, digest) = input::read_text_digested(path, max_bytes)?;
    let base = path.parent().unwrap_or(Path::new(""));
    let cases = parse_manifest(&text, base).map_err(|p| Error::bad_input(path, p))?;
    Ok((cases, digest))
}

/// Parses manifest text; the error is the problem in words.
pub fn parse_manifest(text: &str, base: &Path) -> std::result::Result<Vec<ManifestCase>, String> {
    // Flexible: a short row is one bad case (reported when it runs), not a
    // reason to refuse the whole manifest.
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("manifest has no `{name}` column (need case,source,targets)"))
    };
    let (c_case, c_source, c_targets) = (col("case")?, col("source")?, col("targets")?);
    let mut cases = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("bad manifest row: {e}"))?;
        let field = |i: usize| record.get(i).unwrap_or("").to_owned();
        let resolve = |p: &str| base.join(p);
        let source = field(c_source);
        cases.push(ManifestCase {
            case: field(c_case),
            // Empty stays empty, so the case can say so instead of trying to
            // read the manifest's folder.
            source: if source.is_empty() {
                PathBuf::new()
            } else {
                resolve(&source)
            },
            targets: field(c_targets)
                .split(';')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(resolve)
                .collect(),
        });
    }
    Ok(cases)
}

/// A case name must make a safe, distinct file name in the output folder.
fn check_case_name(case: &str) -> std::result::Result<(), String> {
    if case.is_empty() {
        return Err("empty case name".into());
    }
    if case == "index" {
        return Err("the case name `index` is reserved for index.csv".into());
    }
    if case == "." || case == ".." || case.contains(['/', '\\', '\0']) {
        return Err(format!("case name `{case}` is not a plain file name"));
    }
    Ok(())
}

/// The lexicon of the run, through [`input::read_lexicon`] (with the
/// `--lexicon` file's digest, if one was given).
fn load_lexicon(
    opts: &BatchOptions,
) -> Result<(std::borrow::Cow<'static, Lexicon>, Option<FileDigest>)> {
    input::read_lexicon(opts.lexicon.as_deref(), opts.max_bytes)
}

fn pool(opts: &BatchOptions) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.unwrap_or(0))
        .build()
        .map_err(|e| Error::Usage(format!("cannot start worker threads: {e}")))
}

fn chunk_size(opts: &BatchOptions, pool: &rayon::ThreadPool) -> usize {
    opts.chunk
        .unwrap_or(pool.current_num_threads() * CASES_PER_THREAD)
        .max(1)
}

/// Runs `work` on every item on `pool` and hands the results to `consume`
/// in input order, with at most `window` items started but not yet consumed
/// (so memory holds at most `window` results, as the chunks did before).
///
/// Unlike aligning chunk after chunk, no thread waits for the slowest case
/// of a chunk before the next chunk starts: the calling thread (which is not
/// one of the pool's) tops the window up whenever a result is consumed, so
/// every worker stays busy until the last `window` items. `consume` runs on
/// the calling thread; its first error stops new items from starting and is
/// returned once the started ones have finished. A panic in `work` is
/// re-raised here, as a parallel iterator would.
fn in_order<T, R>(
    pool: &rayon::ThreadPool,
    items: impl IntoIterator<Item = T>,
    window: usize,
    work: &(dyn Fn(T) -> R + Sync),
    consume: &mut dyn FnMut(R) -> Result<()>,
) -> Result<()>
where
    T: Send,
    R: Send,
{
    let window = window.max(1);
    let (tx, rx) = std::sync::mpsc::channel::<(usize, std::thread::Result<R>)>();
    pool.in_place_scope(|scope| {
        let mut items = items.into_iter();
        let mut waiting = std::collections::BTreeMap::new();
        let (mut started, mut next) = (0usize, 0usize);
        loop {
            while started - next < window {
                let Some(item) = items.next() else { break };
                let (tx, i) = (tx.clone(), started);
                scope.spawn(move |_| {
                    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(item)));
                    // The receiver outlives the scope, so this cannot fail.
                    let _ = tx.send((i, r));
                });
                started += 1;
            }
            if next == started {
                return Ok(());
            }
            // `tx` is alive here, so `recv` cannot report a hang-up.
            let (i, r) = rx.recv().expect("the sender is held");
            match r {
                Ok(r) => waiting.insert(i, r),
                Err(panic) => std::panic::resume_unwind(panic),
            };
            while let Some(r) = waiting.remove(&next) {
                next += 1;
                consume(r)?;
            }
        }
    })
}

/// Aligns one case held in memory: `(name, text)` of the source and reports.
fn align_case(
    source: (&str, &str),
    reports: &[(String, String)],
    opts: &BatchOptions,
    lexicon: &Lexicon,
) -> (usize, Vec<Row>) {
    let (source, reports) = build_case(source, reports, opts);
    let rows = pipeline::align_documents_with(&source, &reports, lexicon, opts.search);
    (source.sentences.len(), rows)
}

/// The documents of a case: `(name, text)` of the source and reports,
/// segmented.
fn build_case(
    source: (&str, &str),
    reports: &[(String, String)],
    opts: &BatchOptions,
) -> (Document, Vec<Document>) {
    let source = pipeline::build_document(Input {
        name: source.0,
        text: source.1,
        lang: opts.source_lang,
    });
    let reports: Vec<_> = reports
        .iter()
        .map(|(name, text)| {
            pipeline::build_document(Input {
                name,
                text,
                lang: opts.target_lang,
            })
        })
        .collect();
    (source, reports)
}

/// What the run read besides each case's own files, for the pages' stamps.
struct RunInputs<'a> {
    lexicon: &'a Lexicon,
    /// The `--lexicon` file and the manifest, as the stamp lists them.
    shared: Vec<StampedFile>,
}

/// One aligned manifest case.
struct CaseOutput {
    /// Its source sentences.
    sentences: usize,
    rows: Vec<Row>,
    /// With `--html-dir`, its review page.
    page: Option<String>,
    /// With `--format jsonl`, its case file's bytes (the rows with their
    /// anchors, which only the detailed alignment keeps).
    jsonl: Option<Vec<u8>>,
}

/// Reads and aligns one manifest case (and renders its page when `opts`
/// asks for pages).
fn run_manifest_case(
    case: &ManifestCase,
    opts: &BatchOptions,
    run: &RunInputs<'_>,
) -> Result<CaseOutput> {
    if case.source.as_os_str().is_empty() {
        return Err(Error::Usage("no source file".into()));
    }
    if case.targets.is_empty() {
        return Err(Error::Usage("no target reports".into()));
    }
    // The rules of `align`: no file twice, not even through a link.
    let inputs: Vec<&Path> = std::iter::once(case.source.as_path())
        .chain(case.targets.iter().map(PathBuf::as_path))
        .collect();
    config::check_distinct_inputs(&inputs)?;
    let (source, reports) = input::read_case(
        &case.source,
        &case.targets,
        opts.max_bytes,
        (opts.source_lang, opts.target_lang),
    )?;
    let detailed = opts.pages.is_some() || opts.format == Format::Jsonl;
    if !detailed {
        let reports: Vec<(String, String)> =
            reports.into_iter().map(|r| (r.name, r.text)).collect();
        let (sentences, rows) =
            align_case((&source.name, &source.text), &reports, opts, run.lexicon);
        return Ok(CaseOutput {
            sentences,
            rows,
            page: None,
            jsonl: None,
        });
    }
    // With a page: the rows with their anchors, as `align --html` has them.
    let stamped = |role, path: &Path, digest| StampedFile {
        role,
        path: path.display().to_string(),
        digest,
    };
    let mut inputs = vec![stamped("source", &case.source, source.digest)];
    inputs.extend(
        case.targets
            .iter()
            .zip(&reports)
            .map(|(path, r)| stamped("report", path, r.digest)),
    );
    inputs.extend(run.shared.iter().cloned());
    let stamp = opts.pages.as_ref().map(|pages| Stamp {
        inputs,
        ..pages.stamp.clone()
    });
    let names: Vec<String> = reports.iter().map(|r| r.name.clone()).collect();
    let reports: Vec<(String, String)> = reports.into_iter().map(|r| (r.name, r.text)).collect();
    let (source_doc, report_docs) = build_case((&source.name, &source.text), &reports, opts);
    let details =
        pipeline::align_detailed_with(&source_doc, &report_docs, run.lexicon, opts.search);
    let page = stamp.map(|stamp| html::render(&source.name, &names, &details, &stamp));
    let jsonl = match opts.format {
        Format::Csv => None,
        Format::Jsonl => {
            let mut bytes = Vec::new();
            detail::write_jsonl(&mut bytes, &details, &case.source)?;
            Some(bytes)
        }
    };
    let rows = details.into_iter().map(|d| d.row).collect();
    Ok(CaseOutput {
        sentences: source_doc.sentences.len(),
        rows,
        page,
        jsonl,
    })
}

/// The combined CSV's header: `case`, then the per-case columns.
fn combined_header() -> Vec<&'static str> {
    std::iter::once("case").chain(output::COLUMNS).collect()
}

/// Writes rows with a leading `case` field. Each row goes through the same
/// serializer as `aligned.csv` (so numbers print identically) and is then
/// prefixed with the case.
fn write_combined_rows<W: Write>(
    out: &mut csv::Writer<W>,
    case: &str,
    rows: &[Row],
    path: &Path,
) -> Result<()> {
    let csv_err = |source| Error::csv(path, source);
    let mut buf = Vec::new();
    output::write_csv(&mut buf, rows, path)?;
    let mut reader = csv::Reader::from_reader(&buf[..]);
    let case = output::escape_formula(case);
    for record in reader.records() {
        let record = record.map_err(csv_err)?;
        out.write_record(std::iter::once(case.as_ref()).chain(record.iter()))
            .map_err(csv_err)?;
    }
    Ok(())
}

/// `selaras batch --manifest`: aligns every case of the manifest and writes
/// the results to `out`. Returns the totals; a failed case is counted, told
/// to `observe`, recorded in `index.csv`, and skipped. Errors are only
/// returned for problems that stop the whole run (unreadable manifest or
/// lexicon, an output that cannot be written).
pub fn run_manifest(
    manifest: &Path,
    out: &BatchOut,
    opts: &BatchOptions,
    observe: &mut dyn FnMut(Event<'_>),
) -> Result<BatchSummary> {
    config::check_max_bytes(opts.max_bytes)?;
    config::check_batch_out(out)?;
    if matches!(out, BatchOut::Combined(_)) && opts.format != Format::Csv {
        return Err(Error::Usage(
            "--format jsonl writes one file per case: give --out-dir DIR, not --out".into(),
        ));
    }
    let pages_dir = opts.pages.as_ref().map(|p| p.dir.as_path());
    if let Some(dir) = pages_dir {
        config::check_pages_dir(dir)?;
    }
    let (cases, manifest_digest) = read_manifest_digested(manifest, opts.max_bytes)?;
    let (lexicon, lexicon_digest) = load_lexicon(opts)?;
    // Every file the run reads, protected from every file it writes: the
    // run's own files stop it here; a case whose output would replace an
    // input fails alone.
    let over_input = config::check_batch_paths(
        manifest,
        opts.lexicon.as_deref(),
        &cases,
        out,
        opts.format,
        pages_dir,
    )?;
    let pool = pool(opts)?;
    let chunk = chunk_size(opts, &pool);
    observe(Event::Total(cases.len()));
    // A name seen earlier in the manifest would overwrite that case's output.
    let mut names = std::collections::HashSet::new();
    let duplicate: Vec<bool> = cases.iter().map(|c| !names.insert(&c.case)).collect();
    let mut shared = Vec::new();
    if let (Some(path), Some(digest)) = (&opts.lexicon, lexicon_digest) {
        shared.push(StampedFile {
            role: "lexicon",
            path: path.display().to_string(),
            digest,
        });
    }
    shared.push(StampedFile {
        role: "manifest",
        path: manifest.display().to_string(),
        digest: manifest_digest,
    });
    let run = RunInputs {
        lexicon: &lexicon,
        shared,
    };
    if let Some(dir) = pages_dir {
        std::fs::create_dir_all(dir).map_err(|source| Error::Write {
            path: dir.to_owned(),
            source,
        })?;
    }

    let mut summary = BatchSummary::default();
    let mut index: Vec<CaseReport> = Vec::with_capacity(cases.len());
    // The pages the run wrote, to make durable at the end.
    let mut pages_written = Vec::new();
    // One case's rows: aligned in a worker; written there (folder output) or
    // handed back for the single combined file, which must be written in
    // order. A case's page is written in the worker, together with its CSV
    // file when there is one (both or neither).
    let work = |i: usize, case: &ManifestCase| -> (CaseReport, Option<Vec<Row>>) {
        let checked = check_case_name(&case.case).and_then(|()| {
            if let Some(e) = &over_input[i] {
                Err(e.clone())
            } else if duplicate[i] {
                Err(format!(
                    "case `{}` appears twice in the manifest",
                    case.case
                ))
            } else {
                Ok(())
            }
        });
        if let Err(e) = checked {
            return (CaseReport::failed(&case.case, e), None);
        }
        let CaseOutput {
            sentences,
            rows,
            page,
            jsonl,
        } = match run_manifest_case(case, opts, &run) {
            Err(e) => return (CaseReport::failed(&case.case, e.to_string()), None),
            Ok(aligned) => aligned,
        };
        let report = CaseReport::ok(&case.case, sentences, &rows);
        let case_path = match out {
            BatchOut::Dir(dir) => Some(config::case_file(dir, &case.case, opts.format)),
            BatchOut::Combined(_) => None,
        };
        let page_path = pages_dir.map(|dir| dir.join(format!("{}.html", case.case)));
        let mut files: Vec<(&Path, output::WriteFn<'_>)> = Vec::new();
        match (&case_path, &jsonl) {
            (Some(path), None) => files.push((
                path,
                Box::new(|w: &mut dyn Write| output::write_csv_file(w, &rows, path, opts.bom)),
            )),
            (Some(path), Some(bytes)) => files.push((
                path,
                Box::new(move |w: &mut dyn Write| {
                    w.write_all(bytes).map_err(|source| Error::Write {
                        path: path.clone(),
                        source,
                    })
                }),
            )),
            (None, _) => {}
        }
        if let (Some(path), Some(page)) = (&page_path, &page) {
            files.push((
                path,
                Box::new(move |w: &mut dyn Write| {
                    w.write_all(page.as_bytes()).map_err(|source| Error::Write {
                        path: path.clone(),
                        source,
                    })
                }),
            ));
        }
        // Synced all at once before index.csv (or the combined file) is
        // written.
        match output::write_together_replacing(files, output::Durability::Deferred) {
            Ok(()) => match out {
                BatchOut::Dir(_) => (report, None),
                BatchOut::Combined(_) => (report, Some(rows)),
            },
            Err(e) => (CaseReport::failed(&case.case, e.to_string()), None),
        }
    };
    let page_of = |report: &CaseReport| {
        pages_dir
            .filter(|_| report.error.is_none())
            .map(|dir| dir.join(format!("{}.html", report.case)))
    };

    match out {
        BatchOut::Dir(dir) => {
            std::fs::create_dir_all(dir).map_err(|source| Error::Write {
                path: dir.clone(),
                source,
            })?;
            let mut written = Vec::new();
            in_order(
                &pool,
                cases.iter().enumerate(),
                chunk,
                &|(i, c)| work(i, c),
                &mut |(report, _)| {
                    if report.error.is_none() {
                        written.push(config::case_file(dir, &report.case, opts.format));
                    }
                    pages_written.extend(page_of(&report));
                    summary.add(&report);
                    observe(Event::Done(&report));
                    index.push(report);
                    Ok(())
                },
            )?;
            // The case files were written without an fsync each; make them
            // durable before the index vouches for them.
            output::sync_written(dir, &written)?;
            if let Some(pages) = pages_dir {
                output::sync_written(pages, &pages_written)?;
            }
            let path = dir.join("index.csv");
            output::write_atomically(&path, |w| write_index(w, &index, &path))?;
        }
        BatchOut::Combined(path) => {
            output::write_atomically(path, |mut w| {
                output::write_bom(&mut w, path, opts.bom)?;
                let mut writer = csv::Writer::from_writer(w);
                writer
                    .write_record(combined_header())
                    .map_err(|source| Error::csv(path, source))?;
                in_order(
                    &pool,
                    cases.iter().enumerate(),
                    chunk,
                    &|(i, c)| work(i, c),
                    &mut |(report, rows)| {
                        if let Some(rows) = rows {
                            write_combined_rows(&mut writer, &report.case, &rows, path)?;
                        }
                        pages_written.extend(page_of(&report));
                        summary.add(&report);
                        observe(Event::Done(&report));
                        Ok(())
                    },
                )?;
                if let Some(pages) = pages_dir {
                    output::sync_written(pages, &pages_written)?;
                }
                writer.flush().map_err(|source| Error::Write {
                    path: path.clone(),
                    source,
                })
            })?;
        }
    }
    Ok(summary)
}

/// Writes `index.csv`: case, status, error, source_sentences, rows, links,
/// unmatched.
fn write_index<W: Write>(out: W, index: &[CaseReport], path: &Path) -> Result<()> {
    let csv_err = |source| Error::csv(path, source);
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "case",
        "status",
        "error",
        "source_sentences",
        "rows",
        "links",
        "unmatched",
    ])
    .map_err(csv_err)?;
    for r in index {
        let status = if r.error.is_some() { "error" } else { "ok" };
        w.write_record([
            output::escape_formula(&r.case).as_ref(),
            status,
            output::escape_formula(r.error.as_deref().unwrap_or("")).as_ref(),
            &r.source_sentences.to_string(),
            &r.rows.to_string(),
            &r.links.to_string(),
            &r.unmatched.to_string(),
        ])
        .map_err(csv_err)?;
    }
    w.flush().map_err(|source| Error::Write {
        path: path.to_owned(),
        source,
    })
}

/// One document of a JSON Lines case.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonDoc {
    /// The name printed in `source_doc` / `target_doc`; defaults to
    /// `source` for the source and `report1`, `report2`, … for the reports.
    #[serde(default)]
    pub name: Option<String>,
    /// The text itself.
    pub text: String,
}

/// One input line of `selaras batch --jsonl`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonCase {
    /// The caller's identifier, echoed in the result line (any JSON value).
    pub id: serde_json::Value,
    /// The rendering under review.
    pub source: JsonDoc,
    /// The reports, at least one.
    pub targets: Vec<JsonDoc>,
}

/// One output line of `selaras batch --jsonl`.
#[derive(Debug, Clone, Serialize)]
pub struct JsonResult {
    /// The input's `id`; `null` when the line was not valid JSON.
    pub id: serde_json::Value,
    /// `ok` or `error`.
    pub status: &'static str,
    /// The aligned rows (fields as the CSV columns), when `ok`.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "as_records")]
    pub rows: Option<Vec<Row>>,
    /// The problem in one line, when `error`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Rows as JSON prints them: their CSV fields ([`output::Record`]), with no
/// spreadsheet guard (JSON is read by programs).
fn as_records<S: serde::Serializer>(
    rows: &Option<Vec<Row>>,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.collect_seq(rows.iter().flatten().map(output::Record::new))
}

impl JsonResult {
    fn error(id: serde_json::Value, error: String) -> JsonResult {
        JsonResult {
            id,
            status: "error",
            rows: None,
            error: Some(error),
        }
    }
}

/// Checks one JSON text as a file would be checked, and unifies line ends.
fn json_text(label: &str, text: &str, max_bytes: u64) -> std::result::Result<String, String> {
    if text.len() as u64 > max_bytes {
        return Err(format!(
            "{label}: text is {} bytes, over the limit of {max_bytes} (raise it with --max-bytes)",
            text.len()
        ));
    }
    input::decode(text.as_bytes()).map_err(|p| format!("{label}: {p}"))
}

/// Parses and aligns one input line.
/// Also returns the number of source sentences, for the totals.
fn run_json_line(
    line_no: usize,
    line: &str,
    opts: &BatchOptions,
    lexicon: &Lexicon,
) -> (JsonResult, usize) {
    let case: JsonCase = match serde_json::from_str(line) {
        Ok(c) => c,
        Err(e) => {
            // Salvage the id when the line is JSON but not a valid case, so
            // the caller can still join the error to its record.
            let id = serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("id").cloned())
                .unwrap_or(serde_json::Value::Null);
            let error = Some(format!("line {line_no}: not a valid case: {e}"));
            let result = JsonResult {
                id,
                status: "error",
                rows: None,
                error,
            };
            return (result, 0);
        }
    };
    let result = (|| -> std::result::Result<(usize, Vec<Row>), String> {
        if case.targets.is_empty() {
            return Err("no targets".into());
        }
        let source_name = case.source.name.clone().unwrap_or_else(|| "source".into());
        let source_text = json_text(&source_name, &case.source.text, opts.max_bytes)?;
        input::check_language(&source_text, input::Side::Source, opts.source_lang)
            .map_err(|p| format!("{source_name}: {p}"))?;
        let reports = case
            .targets
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let name = t.name.clone().unwrap_or_else(|| format!("report{}", i + 1));
                let text = json_text(&name, &t.text, opts.max_bytes)?;
                input::check_language(&text, input::Side::Target, opts.target_lang)
                    .map_err(|p| format!("{name}: {p}"))?;
                Ok((name, text))
            })
            .collect::<std::result::Result<Vec<_>, String>>()?;
        Ok(align_case(
            (&source_name, &source_text),
            &reports,
            opts,
            lexicon,
        ))
    })();
    match result {
        Ok((n, rows)) => {
            let result = JsonResult {
                id: case.id,
                status: "ok",
                rows: Some(rows),
                error: None,
            };
            (result, n)
        }
        Err(e) => {
            let result = JsonResult {
                id: case.id,
                status: "error",
                rows: None,
                error: Some(e),
            };
            (result, 0)
        }
    }
}

/// `selaras batch --jsonl`: reads one case per line from `input` and writes
/// one result line per case to `output`, in input order. Lines are read in
/// chunks; each chunk is aligned in parallel, written and flushed before the
/// next is read, so memory holds one chunk and a downstream reader sees
/// results as they are ready. Blank lines are skipped. A bad line gives an
/// `error` result, never an `Err`: only failing I/O stops the run.
pub fn run_jsonl(
    mut input: impl BufRead,
    mut output: impl Write,
    opts: &BatchOptions,
    observe: &mut dyn FnMut(Event<'_>),
) -> Result<BatchSummary> {
    let (lexicon, _) = load_lexicon(opts)?;
    let pool = pool(opts)?;
    let chunk = chunk_size(opts, &pool);
    let stdin = PathBuf::from("-");
    let werr = |source| Error::Write {
        path: stdin.clone(),
        source,
    };
    let mut summary = BatchSummary::default();
    let mut line_no = 0usize;
    let mut eof = false;
    while !eof {
        let mut lines: Vec<(usize, std::result::Result<String, String>)> =
            Vec::with_capacity(chunk);
        while lines.len() < chunk {
            // Bytes, not read_line: one line that is not UTF-8 must become an
            // error result for that line, not end the stream.
            // At most --max-bytes of a line is held; a longer one is read
            // to its end, dropped, and answered with an error.
            let mut bytes = Vec::new();
            let n = input::read_line_bounded(&mut input, &mut bytes, opts.max_bytes).map_err(
                |source| Error::Io {
                    path: stdin.clone(),
                    source,
                },
            )?;
            if n == 0 {
                eof = true;
                break;
            }
            line_no += 1;
            if n > opts.max_bytes {
                let e = format!(
                    "line {line_no}: line is {n} bytes, over the limit of {} (raise it with --max-bytes)",
                    opts.max_bytes
                );
                lines.push((line_no, Err(e)));
                continue;
            }
            let line = String::from_utf8(bytes).map_err(|e| {
                let at = e.utf8_error().valid_up_to();
                format!("line {line_no}: not UTF-8 (invalid byte at offset {at})")
            });
            if line.as_ref().map_or(true, |l| !l.trim().is_empty()) {
                lines.push((line_no, line));
            }
        }
        let done: Vec<(JsonResult, usize)> = pool.install(|| {
            lines
                .par_iter()
                .map(|(no, line)| match line {
                    Ok(line) => run_json_line(*no, line, opts, &lexicon),
                    Err(e) => (JsonResult::error(serde_json::Value::Null, e.clone()), 0),
                })
                .collect()
        });
        for (result, n) in done {
            serde_json::to_writer(&mut output, &result).map_err(|e| werr(e.into()))?;
            output.write_all(b"\n").map_err(werr)?;
            let case = match &result.id {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let report = match (&result.rows, &result.error) {
                (Some(rows), _) => CaseReport::ok(&case, n, rows),
                (None, e) => CaseReport::failed(&case, e.clone().unwrap_or_default()),
            };
            summary.add(&report);
            observe(Event::Done(&report));
        }
        output.flush().map_err(werr)?;
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> BatchOptions {
        BatchOptions {
            source_lang: Lang::Id,
            target_lang: Lang::En,
            lexicon: None,
            max_bytes: input::DEFAULT_MAX_BYTES,
            threads: Some(2),
            search: Search::Candidates,
            chunk: Some(2),
            bom: true,
            format: Format::Csv,
            pages: None,
        }
    }

    #[test]
    fn manifest_paths_are_relative_to_the_manifest() {
        let cases = parse_manifest(
            "case,source,targets\na,s.txt,r1.txt; r2.txt\nb,x/s.txt,\nc\n",
            Path::new("base"),
        )
        .unwrap();
        assert_eq!(cases.len(), 3);
        assert_eq!(cases[2].source, PathBuf::new(), "a short row is a bad case");
        assert_eq!(cases[0].source, Path::new("base/s.txt"));
        assert_eq!(
            cases[0].targets,
            [PathBuf::from("base/r1.txt"), PathBuf::from("base/r2.txt")]
        );
        assert!(cases[1].targets.is_empty());
        let err = parse_manifest("name,source\n", Path::new("")).unwrap_err();
        assert!(err.contains("`case`"), "{err}");
    }

    #[test]
    fn in_order_consumes_in_input_order_within_the_window() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let (running, most) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let work = |i: usize| {
            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(now, Ordering::SeqCst);
            // Later items finish first, so order has to be restored.
            std::thread::sleep(std::time::Duration::from_micros(
                ((50 - i % 50) * 20) as u64,
            ));
            running.fetch_sub(1, Ordering::SeqCst);
            i * 2
        };
        let mut seen = Vec::new();
        in_order(&pool, 0..200, 4, &work, &mut |r| {
            seen.push(r);
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, (0..200).map(|i| i * 2).collect::<Vec<_>>());
        assert!(most.load(Ordering::SeqCst) <= 3);

        // The first error of `consume` stops the run and is returned.
        let mut consumed = 0;
        let err = in_order(&pool, 0..1000, 4, &|i: usize| i, &mut |i| {
            consumed += 1;
            if i == 10 {
                Err(Error::Usage("stop".into()))
            } else {
                Ok(())
            }
        });
        assert!(err.is_err());
        assert_eq!(consumed, 11);
    }

    #[test]
    #[should_panic(expected = "case 7")]
    fn in_order_passes_a_panic_on() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let work = |i: usize| {
            assert!(i != 7, "case 7");
            i
        };
        let _ = in_order(&pool, 0..20, 4, &work, &mut |_| Ok(()));
    }

    #[test]
    fn case_names_must_be_plain_file_names() {
        for bad in ["", "index", "../x", "a/b", ".."] {
            assert!(check_case_name(bad).is_err(), "{bad}");
        }
        assert!(check_case_name("gen-001").is_ok());
    }

    #[test]
    fn jsonl_answers_every_line_in_order_bad_ones_in_band() {
        let good = r#"{"id": "a", "source": {"name": "s.txt", "text": "Serangan itu menewaskan 137 orang di gedung konser."}, "targets": [{"name": "r.txt", "text": "The attack killed 144 people at a concert hall."}]}"#;
        let input = format!(
            "{good}\nnot json\n\n{}\n{}\n",
            r#"{"id": 7, "source": {"text": ""}, "targets": [{"text": "x"}]}"#,
            good.replace("\"a\"", "\"b\"")
        );
        let mut input = input.into_bytes();
        input.extend_from_slice(b"{\"id\": \"c\", \xFF}\n");
        let mut out = Vec::new();
        let mut events = 0;
        let summary = run_jsonl(&input[..], &mut out, &opts(), &mut |_| events += 1).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 5, "blank line skipped, every other answered");
        assert!(lines[4]["id"].is_null());
        assert_eq!(
            lines[4]["error"],
            "line 6: not UTF-8 (invalid byte at offset 12)"
        );
        assert_eq!(lines[0]["id"], "a");
        assert_eq!(lines[0]["status"], "ok");
        assert_eq!(lines[0]["rows"][0]["target_doc"], "r.txt");
        assert!(lines[1]["id"].is_null());
        assert!(lines[1]["error"].as_str().unwrap().starts_with("line 2:"));
        assert_eq!(lines[2]["id"], 7);
        assert_eq!(lines[2]["status"], "error");
        assert!(lines[2]["error"].as_str().unwrap().contains("empty"));
        assert_eq!(lines[3]["id"], "b");
        assert_eq!(summary.cases, 5);
        assert_eq!(summary.failed, 3);
        assert_eq!(events, 5);
    }
}
