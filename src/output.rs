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

use crate::divergence;
use crate::error::{Error, Result};
use crate::pipeline::Row;

/// One row of `aligned.csv` as printed. Field order is the contract's column
/// order, with `notes` (a plain-language summary for reviewers) after it.
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
            notes: divergence::notes(&row.flags, &row.names_only_in_source),
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
pub fn write_csv<'a, W: Write>(
    out: W,
    rows: impl IntoIterator<Item = &'a Row>,
    path: &Path,
) -> Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let csv_err = |source| Error::Csv {
        path: path.to_owned(),
        source,
    };
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
pub const COLUMNS: [&str; 13] = [
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
    if path.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut lock = std::io::BufWriter::new(stdout.lock());
        write(&mut lock)?;
        return lock.flush().map_err(|source| Error::Write {
            path: path.to_owned(),
            source,
        });
    }
    let werr = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    // One `stat` answers both questions (a batch asks once per case).
    let existing = std::fs::metadata(path).ok();
    if existing.as_ref().is_some_and(|m| m.is_dir()) {
        return Err(Error::bad_input(path, "--out names a directory"));
    }
    // A device or a pipe (`--out /dev/null`, a FIFO) is written in place:
    // renaming a file over it would replace the device itself.
    if existing.is_some_and(|m| !m.is_file()) {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(werr)?;
        let mut buf = std::io::BufWriter::new(file);
        write(&mut buf)?;
        return buf.flush().map_err(werr);
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".selaras-").suffix(".tmp");
    // A temporary file is private (0600) by default, and the rename would
    // hand that mode to the output, which colleagues then cannot open. Ask
    // for 0666 like any new file; the umask still applies.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).map_err(werr)?;
    {
        let mut buf = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut buf)?;
        buf.flush().map_err(werr)?;
    }
    if durability == Durability::Now {
        tmp.as_file().sync_all().map_err(werr)?;
    }
    // On any error above, dropping `tmp` deletes the temporary file.
    tmp.persist(path).map_err(|e| werr(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::divergence::Flag;
    use crate::doc::{DocId, SentId};

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
        assert!(err.ends_with("--out names a directory"), "{err}");
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
