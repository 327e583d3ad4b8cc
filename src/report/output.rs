//! The CSV writer: the only place the library writes files.
//!
//! In: the pipeline's typed [`Row`]s. Out: each as a [`Record`], the printed
//! form of a row in contract column order (ids and scores as text, flags
//! joined, notes phrased), written as RFC 4180 CSV through the csv crate with
//! every text field made spreadsheet-safe ([`escape_formula`]), to a
//! temporary file beside `--out` that is renamed into place, so a failure
//! never leaves half a file or truncates an earlier good one. JSON Lines and
//! the review page print the same [`Record`], so every view agrees.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::judge::divergence;
use crate::pipeline::{Row, RowKind};

/// One row of `aligned.csv` as printed. Field order is the contract's column
/// order, with `notes` (a plain-language summary for reviewers) and `kind`
/// (what the row is, for sorting) after it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record<'a> {
    /// Basename of the source file.
    pub source_doc: Cow<'a, str>,
    /// Source sentence number (`4` or `4+5`).
    pub source_sent: String,
    /// Source sentence text.
    pub source_text: Cow<'a, str>,
    /// Basename of the target file; empty when unmatched.
    pub target_doc: Cow<'a, str>,
    /// Target sentence number; empty when unmatched.
    pub target_sent: String,
    /// Target sentence text; empty when unmatched.
    pub target_text: Cow<'a, str>,
    /// 0..1 confidence that both sides report the same statement or fact.
    pub match_score: Option<f64>,
    /// 0..1 how much the pair differs in facts; 1 when unmatched.
    pub divergence: Option<f64>,
    /// 0..1 agreement of names; empty when neither side has one.
    pub name_score: Option<f64>,
    /// 0..1 agreement of numbers and dates; empty when neither side has one.
    pub number_score: Option<f64>,
    /// 0..1 agreement of quoted speech; empty when neither side quotes.
    pub quote_score: Option<f64>,
    /// `;`-separated machine-readable findings.
    pub flags: String,
    /// One plain sentence for a reviewer.
    pub notes: String,
    /// `drift`, `aligned`, `unmatched` or `furniture` ([`Row::kind`]), so a
    /// reviewer can put the drift of aligned pairs before the noise.
    pub kind: RowKind,
}

impl<'a> Record<'a> {
    /// The printed form of `row`, texts borrowed from it.
    pub fn new(row: &'a Row) -> Record<'a> {
        let target = row.target.as_ref();
        let text = |s: Option<&'a String>| Cow::Borrowed(s.map_or("", String::as_str));
        Record {
            source_doc: Cow::Borrowed(&row.source_doc.0),
            source_sent: row.source_sent.to_string(),
            source_text: Cow::Borrowed(&row.source_text),
            target_doc: text(target.map(|t| &t.doc.0)),
            target_sent: target.map_or_else(String::new, |t| t.sent.to_string()),
            target_text: text(target.map(|t| &t.text)),
            match_score: Some(score(row.match_score)),
            divergence: Some(score(row.divergence)),
            name_score: row.name_score.map(score),
            number_score: row.number_score.map(score),
            quote_score: row.quote_score.map(score),
            flags: divergence::join_flags(&row.flags),
            notes: cap_note(
                divergence::notes(&row.flags, &row.names_only_in_source),
                row.anchors_capped,
            ),
            kind: row.kind(),
        }
    }

    /// The record with every text field passed through [`escape_formula`].
    pub fn escaped(self) -> Self {
        let cow = |s: Cow<'a, str>| match escape_formula(&s) {
            Cow::Owned(e) => Cow::Owned(e),
            Cow::Borrowed(_) => s,
        };
        let string = |s: String| match escape_formula(&s) {
            Cow::Owned(e) => e,
            Cow::Borrowed(_) => s,
        };
        Record {
            source_doc: cow(self.source_doc),
            source_sent: string(self.source_sent),
            source_text: cow(self.source_text),
            target_doc: cow(self.target_doc),
            target_sent: string(self.target_sent),
            target_text: cow(self.target_text),
            flags: string(self.flags),
            notes: string(self.notes),
            ..self
        }
    }
}

/// A score as printed: three decimals are all a reviewer can use, and a
/// fixed precision keeps outputs comparable across runs and machines.
pub fn score(x: f32) -> f64 {
    (f64::from(x.clamp(0.0, 1.0)) * 1000.0).round() / 1000.0
}

/// OWASP CSV-injection guard: a field starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return gets a leading `'`, so a spreadsheet shows it as text
/// and never evaluates it.
pub fn escape_formula(field: &str) -> std::borrow::Cow<'_, str> {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}").into()
    } else {
        field.into()
    }
}

/// Writes rows as CSV to `out`, escaped for spreadsheets.
/// The UTF-8 byte-order mark. A CSV file starts with it so that
/// spreadsheets (LibreOffice's default import, Excel on a double-click) read
/// it as UTF-8 instead of showing `CafÃ©`; the contract lets readers expect it.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes [`UTF8_BOM`] when `bom` is asked for and `path` is a file:
/// standard output (`-`) and the pipes behind it never get one.
pub fn write_bom<W: Write>(out: &mut W, path: &Path, bom: bool) -> Result<()> {
    if !bom || path.as_os_str() == "-" {
        return Ok(());
    }
    out.write_all(UTF8_BOM).map_err(|source| Error::Write {
        path: path.to_owned(),
        source,
    })
}

/// [`write_csv`] for a file a person may open: with `bom`, the bytes start
/// with [`UTF8_BOM`] ([`write_bom`]).
pub fn write_csv_file<'a, W: Write>(
    mut out: W,
    rows: impl IntoIterator<Item = &'a Row>,
    path: &Path,
    bom: bool,
) -> Result<()> {
    write_bom(&mut out, path, bom)?;
    write_csv(out, rows, path)
}

/// Writes rows as CSV, header first.
pub fn write_csv<'a, W: Write>(
    out: W,
    rows: impl IntoIterator<Item = &'a Row>,
    path: &Path,
) -> Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let csv_err = |source| Error::csv(path, source);
    let mut written = 0usize;
    for row in rows {
        writer
            .serialize(Record::new(row).escaped())
            .map_err(csv_err)?;
        written += 1;
    }
    if written == 0 {
        // serialize() writes the header with the first row; keep the header
        // even for an empty result so readers always see the columns.
        writer.write_record(COLUMNS).map_err(csv_err)?;
    }
    writer.flush().map_err(|source| Error::Write {
        path: path.to_owned(),
        source,
    })
}

/// The column names, in order.
pub const COLUMNS: [&str; 14] = [
    "source_doc",
    "source_sent",
    "source_text",
    "target_doc",
    "target_sent",
    "target_text",
    "match_score",
    "divergence",
    "name_score",
    "number_score",
    "quote_score",
    "flags",
    "notes",
    "kind",
];

/// Writes `bytes` to `path` atomically: into a temporary file in the same
/// folder, flushed to disk, then renamed over `path`. `-` means standard
/// output.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    write_replacing(path, Durability::Now, write)
}

/// When a file written by [`write_replacing`] reaches the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// `fsync` before the rename: even after a power cut the file is either
    /// the complete new one or the previous one (or absent).
    Now,
    /// No `fsync`; the caller makes the files durable later with
    /// [`sync_written`]. Still never half-written for a reader or after the
    /// process dies at any point (killed, out of memory, a panic): the data
    /// is written in full to the temporary file before the rename, and the
    /// rename is atomic. What is given up is only the power-cut case before
    /// the caller's sync: a file renamed into place shortly before the
    /// machine went down can come back empty or short (ext4 and XFS may
    /// commit the rename before the data of a new file; ext4 does flush the
    /// data first when the rename replaces an existing file). Batch runs use
    /// this for their case files (one `fsync` per case cost about a tenth of
    /// the run's time) and sync them all before writing `index.csv`, so a
    /// finished run's folder is as durable as with [`Durability::Now`].
    Deferred,
}

/// Makes durable the files written into `dir` with [`Durability::Deferred`]
/// (`files`), and their renames: on Linux with one `syncfs` of the folder's
/// file system, elsewhere with one `fsync` per file; then an `fsync` of the
/// folder itself.
pub fn sync_written(dir: &Path, files: &[std::path::PathBuf]) -> Result<()> {
    let werr = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Write { path, source }
    };
    let folder = std::fs::File::open(dir).map_err(werr(dir))?;
    #[cfg(target_os = "linux")]
    {
        let _ = files;
        rustix::fs::syncfs(&folder).map_err(|e| werr(dir)(e.into()))?;
    }
    #[cfg(not(target_os = "linux"))]
    for file in files {
        std::fs::OpenOptions::new()
            .write(true)
            .open(file)
            .and_then(|f| f.sync_all())
            .map_err(werr(file))?;
    }
    // A folder cannot be opened for writing on every system; where its fsync
    // is refused (Windows), the renames are the file system's to keep.
    match folder.sync_all() {
        Err(e) if cfg!(unix) => Err(werr(dir)(e)),
        _ => Ok(()),
    }
}

/// [`write_atomically`], with the `fsync` before the rename as `durability`
/// says.
pub fn write_replacing(
    path: &Path,
    durability: Durability,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match destination(path)? {
        Destination::Stream => write_in_place(path, write),
        Destination::File => stage(path, durability, write)?.commit(),
    }
}

/// A writer of one output's bytes, for [`write_together`].
pub type WriteFn<'a> = Box<dyn FnOnce(&mut dyn Write) -> Result<()> + 'a>;

/// Writes several outputs as one: each into a temporary file beside its
/// destination (standard output and devices into memory), and only when all
/// of them were written in full are the streams written and the temporaries
/// renamed into place. A failure on any of them (a missing folder, a full
/// disk, `/dev/full`) leaves every destination as it was.
pub fn write_together(files: Vec<(&Path, WriteFn<'_>)>) -> Result<()> {
    write_together_replacing(files, Durability::Now)
}

/// [`write_together`], with the `fsync` before each rename as `durability`
/// says (a batch case's CSV and review page: [`Durability::Deferred`]).
pub fn write_together_replacing(
    files: Vec<(&Path, WriteFn<'_>)>,
    durability: Durability,
) -> Result<()> {
    let mut staged = Vec::new();
    let mut streams = Vec::new();
    for (path, write) in files {
        match destination(path)? {
            Destination::Stream => {
                let mut buf = Vec::new();
                write(&mut buf)?;
                streams.push((path, buf));
            }
            Destination::File => staged.push(stage(path, durability, write)?),
        }
    }
    for (path, buf) in streams {
        write_in_place(path, |w| {
            w.write_all(&buf).map_err(|source| Error::Write {
                path: path.to_owned(),
                source,
            })
        })?;
    }
    staged.into_iter().try_for_each(Staged::commit)
}

/// How an output path is written.
enum Destination {
    /// Standard output, a device or a pipe: written in place (renaming a
    /// file over `/dev/null` would replace the device itself).
    Stream,
    /// A regular file, new or replaced: through a temporary and a rename.
    File,
}

fn destination(path: &Path) -> Result<Destination> {
    if path.as_os_str() == "-" {
        return Ok(Destination::Stream);
    }
    // One `stat` answers both questions (a batch asks once per case).
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(Error::bad_input(
            path,
            "cannot write output: is a directory",
        )),
        Ok(m) if !m.is_file() => Ok(Destination::Stream),
        _ => Ok(Destination::File),
    }
}

/// Standard output as a file of its own. Rust's `stdout()` takes a closed
/// descriptor (`>&-`) for a sink that accepts everything, so a run would
/// report success with nothing written; a duplicate of descriptor 1 fails
/// instead.
pub fn standard_output() -> Result<Box<dyn Write + Send>> {
    let closed = |source| Error::Write {
        path: "-".into(),
        source,
    };
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = std::io::stdout()
            .as_fd()
            .try_clone_to_owned()
            .map_err(closed)?;
        let file = std::fs::File::from(fd);
        if closed_at_start(&file) {
            return Err(closed(std::io::Error::from_raw_os_error(9)));
        }
        Ok(Box::new(file))
    }
    #[cfg(not(unix))]
    {
        let _ = closed;
        Ok(Box::new(std::io::stdout()))
    }
}

/// True when standard output was closed when the program started (`>&-`):
/// Rust's runtime then puts `/dev/null`, opened read-write, on descriptor 1,
/// where a shell's `>/dev/null` opens it write-only.
#[cfg(target_os = "linux")]
fn closed_at_start(stdout: &std::fs::File) -> bool {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let Ok(meta) = stdout.metadata() else {
        return true;
    };
    let dev_null = meta.file_type().is_char_device()
        && rustix::fs::major(meta.rdev()) == 1
        && rustix::fs::minor(meta.rdev()) == 3;
    dev_null && rustix::fs::fcntl_getfl(stdout).is_ok_and(|f| f.contains(rustix::fs::OFlags::RDWR))
}

#[cfg(all(unix, not(target_os = "linux")))]
fn closed_at_start(_: &std::fs::File) -> bool {
    false
}

fn write_in_place(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let werr = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let sink: Box<dyn Write> = if path.as_os_str() == "-" {
        standard_output()?
    } else {
        Box::new(
            std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(werr)?,
        )
    };
    let mut buf = std::io::BufWriter::new(sink);
    write(&mut buf)?;
    buf.flush().map_err(werr)
}

/// The temporary files this process has open, so a signal handler can
/// remove them ([`remove_temporaries`]). Held while a temporary is created
/// or renamed, so a signal never races a rename.
static TEMPORARIES: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());

fn temporaries() -> std::sync::MutexGuard<'static, Vec<std::path::PathBuf>> {
    TEMPORARIES.lock().unwrap_or_else(|e| e.into_inner())
}

/// Removes every temporary file this process has not yet renamed into
/// place, and keeps any more from being created or renamed: for a signal
/// handler in the binary, just before the process ends (SIGTERM, SIGINT).
/// A destination is then either its old self or complete.
pub fn remove_temporaries() {
    let guard = temporaries();
    for path in guard.iter() {
        let _ = std::fs::remove_file(path);
    }
    // Never released: the process is about to end, and no other thread may
    // create or rename a temporary meanwhile.
    std::mem::forget(guard);
}

/// An output written in full to a temporary file beside its destination,
/// not yet renamed into place; dropped, it removes the temporary.
struct Staged {
    tmp: Option<tempfile::NamedTempFile>,
    path: std::path::PathBuf,
}

impl Staged {
    /// Renames the temporary over the destination.
    fn commit(mut self) -> Result<()> {
        let tmp = self.tmp.take().expect("committed once");
        let mut list = temporaries();
        let tmp_path = tmp.path().to_owned();
        list.retain(|p| *p != tmp_path);
        tmp.persist(&self.path).map_err(|e| Error::Write {
            path: self.path.clone(),
            source: without_path(e.error),
        })?;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let mut list = temporaries();
            let tmp_path = tmp.path().to_owned();
            list.retain(|p| *p != tmp_path);
            drop(tmp);
        }
    }
}

/// The system's error without the temporary file's name that tempfile adds:
/// a message names the destination the user gave, never an internal path.
fn without_path(e: std::io::Error) -> std::io::Error {
    match e.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::from(e.kind()),
    }
}

fn stage(
    path: &Path,
    durability: Durability,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<Staged> {
    let werr = |source| Error::Write {
        path: path.to_owned(),
        source: without_path(source),
    };
    let dir = crate::config::parent_folder(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".selaras-").suffix(".tmp");
    // A temporary file is private (0600) by default, and the rename would
    // hand that mode to the output, which colleagues then cannot open. Ask
    // for 0666 like any new file; the umask still applies.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut staged = {
        let mut list = temporaries();
        let tmp = builder.tempfile_in(dir).map_err(werr)?;
        list.push(tmp.path().to_owned());
        Staged {
            tmp: Some(tmp),
            path: path.to_owned(),
        }
    };
    let tmp = staged.tmp.as_mut().expect("just made");
    {
        let mut buf = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut buf)?;
        buf.flush().map_err(werr)?;
    }
    if durability == Durability::Now {
        tmp.as_file().sync_all().map_err(werr)?;
    }
    // On any error above, dropping `staged` deletes the temporary file.
    Ok(staged)
}

/// `notes`, saying so when a side's anchors were capped
/// ([`crate::anchors::MAX_ANCHORS_PER_KIND`]): the comparison then saw only
/// the first of them.
fn cap_note(notes: String, capped: bool) -> String {
    if !capped {
        return notes;
    }
    let note = format!(
        "a sentence too full to compare whole: only its first {} names, numbers and quotes of each kind compared",
        crate::anchors::MAX_ANCHORS_PER_KIND
    );
    if notes.is_empty() {
        note
    } else {
        format!("{notes}; {note}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::judge::divergence::Flag;
    use crate::text::doc::{DocId, SentId};

    #[test]
    fn a_csv_file_can_start_with_the_utf8_byte_order_mark() {
        let rows: Vec<Row> = Vec::new();
        let mut with = Vec::new();
        write_csv_file(&mut with, &rows, Path::new("x.csv"), true).unwrap();
        let mut without = Vec::new();
        write_csv_file(&mut without, &rows, Path::new("x.csv"), false).unwrap();
        assert_eq!(&with[..3], [0xEF, 0xBB, 0xBF]);
        assert_eq!(&with[3..], &without[..]);
        assert!(without.starts_with(b"source_doc,"));
    }

    fn row(text: &str) -> Row {
        Row {
            source_doc: DocId("a.txt".into()),
            source_sent: SentId::single(1),
            source_text: text.into(),
            target: None,
            match_score: 0.0,
            divergence: 1.0,
            name_score: None,
            number_score: Some(0.12345),
            quote_score: None,
            flags: vec![Flag::Unmatched],
            names_only_in_source: Vec::new(),
            anchors_capped: false,
        }
    }

    #[test]
    fn hostile_fields_are_guarded() {
        for s in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "-2+3",
            "\tx",
            "\rx",
        ] {
            assert_eq!(escape_formula(s), format!("'{s}"));
        }
        for s in ["safe", "", "'=already", " =x", "1+1"] {
            assert_eq!(escape_formula(s), s);
        }
    }

    #[test]
    fn csv_has_the_contract_header_and_round_trips() {
        let mut buf = Vec::new();
        let tricky = "He said \"no\", then\nleft; =1+1";
        write_csv(&mut buf, &[row(tricky), row("=2")], Path::new("-")).unwrap();
        let mut reader = csv::Reader::from_reader(&buf[..]);
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, COLUMNS);
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(&records[0][2], tricky);
        assert_eq!(&records[1][2], "'=2");
        assert_eq!(&records[0][8], "", "empty score stays empty");
        assert_eq!(&records[0][9], "0.123");
        assert_eq!(&records[0][11], "unmatched");
        assert_eq!(&records[0][12], "no report carries this sentence");
        assert_eq!(&records[0][13], "unmatched");
    }

    #[test]
    fn an_empty_result_still_has_a_header() {
        let mut buf = Vec::new();
        write_csv(&mut buf, &[] as &[Row], Path::new("-")).unwrap();
        assert!(String::from_utf8(buf)
            .unwrap()
            .starts_with("source_doc,source_sent"));
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("aligned.csv");
        std::fs::write(&out, "good old output").unwrap();
        let err = write_atomically(&out, |w| {
            w.write_all(b"half").unwrap();
            Err(Error::Usage("boom".into()))
        });
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "good old output");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
        write_atomically(&out, |w| {
            w.write_all(b"new").map_err(|e| Error::Write {
                path: out.clone(),
                source: e,
            })
        })
        .unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
    }

    #[test]
    fn deferred_files_are_complete_and_synced_together() {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<_> = (0..3)
            .map(|i| dir.path().join(format!("{i}.csv")))
            .collect();
        std::fs::write(&files[0], "old").unwrap();
        for (i, f) in files.iter().enumerate() {
            write_replacing(f, Durability::Deferred, |w| {
                write!(w, "case {i}").map_err(|e| Error::Usage(e.to_string()))
            })
            .unwrap();
        }
        sync_written(dir.path(), &files).unwrap();
        for (i, f) in files.iter().enumerate() {
            assert_eq!(std::fs::read_to_string(f).unwrap(), format!("case {i}"));
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 3);
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_in_place_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let null = Path::new("/dev/null");
        write_atomically(null, |w| {
            w.write_all(b"x").map_err(|e| Error::Usage(e.to_string()))
        })
        .unwrap();
        assert!(std::fs::metadata(null)
            .unwrap()
            .file_type()
            .is_char_device());
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomically(dir.path(), |_| Ok(()))
            .unwrap_err()
            .to_string();
        assert!(
            err.ends_with("cannot write output: is a directory"),
            "{err}"
        );
    }

    /// The rename must not carry the temporary file's private mode over to
    /// the output: it gets the mode of any file created under this umask.
    #[cfg(unix)]
    #[test]
    fn the_output_gets_the_mode_of_a_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain.txt");
        std::fs::write(&plain, "x").unwrap();
        let out = dir.path().join("aligned.csv");
        write_atomically(&out, |w| {
            w.write_all(b"x").map_err(|e| Error::Write {
                path: out.clone(),
                source: e,
            })
        })
        .unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&out), mode(&plain));
    }
}
