//! Reading input files: the only place the library reads from disk.
//!
//! In: a path and a size limit. Out: the file's text as a `String` with a
//! byte-order mark dropped and every line end turned into `\n`, or an
//! [`Error`] that names the file and says in one line what is wrong with it.
//! The checks run before anything is aligned, so a bad file never produces
//! half an output.

use std::fs;
use std::io::{ErrorKind, Read};
use std::path::Path;

use crate::error::{Error, Result};
use crate::text::doc::Lang;
use crate::text::language;

/// The default for `--max-bytes`: large enough for any news archive file,
/// small enough that a stray disk image is refused before it is read.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The largest `--max-bytes` the program can honour: every input is held in
/// memory whole (and several times over while it is aligned), and a limit
/// must leave room for the one byte more that proves a file too large.
pub const MAX_MAX_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// Reads a text file for alignment.
///
/// Accepts UTF-8 with or without a byte-order mark, and UTF-16 (little or big
/// endian) when it starts with a byte-order mark; CRLF and CR line ends become
/// LF. Refuses a missing or unreadable file, a directory, a pipe, socket or
/// device other than standard input, a file larger than `max_bytes`, binary
/// data (a NUL byte), text that is not UTF-8, and a file with no text.
pub fn read_text(path: &Path, max_bytes: u64) -> Result<String> {
    let bytes = read_bytes(path, max_bytes)?;
    decode(&bytes).map_err(|problem| Error::bad_input(path, problem))
}

/// [`read_text`], with the size and SHA-256 of the bytes as read (before
/// decoding), so a review page can say exactly what was aligned.
pub fn read_text_digested(path: &Path, max_bytes: u64) -> Result<(String, FileDigest)> {
    let bytes = read_bytes(path, max_bytes)?;
    let digest = FileDigest::of(&bytes);
    let text = decode(&bytes).map_err(|problem| Error::bad_input(path, problem))?;
    Ok((text, digest))
}

/// What a file held when it was read: its size and SHA-256, for the review
/// page's evidence stamp (`report::html::Stamp`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileDigest {
    /// The file's size in bytes.
    pub bytes: u64,
    /// The SHA-256 of those bytes.
    pub sha256: [u8; 32],
}

impl FileDigest {
    /// The size and SHA-256 of `bytes`.
    pub fn of(bytes: &[u8]) -> FileDigest {
        use sha2::Digest as _;
        FileDigest {
            bytes: bytes.len() as u64,
            sha256: sha2::Sha256::digest(bytes).into(),
        }
    }

    /// The SHA-256 as 64 lower-case hex digits, as `sha256sum` prints it.
    pub fn sha256_hex(&self) -> String {
        use std::fmt::Write as _;
        self.sha256
            .iter()
            .fold(String::with_capacity(64), |mut s, b| {
                let _ = write!(s, "{b:02x}");
                s
            })
    }
}

/// Reads a file's bytes with the checks of [`read_text`] that need no
/// decoding: a regular file (or standard input) of at most `max_bytes`.
pub fn read_bytes(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    read_bounded(path, max_bytes).map_err(|p| p.into_error(path))
}

/// Why [`read_bounded`] refused a file: the system's error kept apart, so
/// a caller with its own wording for it (eval's score.py messages) can use it.
#[derive(Debug)]
pub enum ReadProblem {
    /// Opening or reading failed.
    Io(std::io::Error),
    /// Anything else, in words.
    Refused(String),
}

impl ReadProblem {
    /// The one-line [`Error`] for `path`.
    pub fn into_error(self, path: &Path) -> Error {
        match self {
            ReadProblem::Io(e) => io_problem(path, &e),
            ReadProblem::Refused(problem) => Error::bad_input(path, problem),
        }
    }
}

/// Reads at most `max_bytes` from `path`, refusing more. A FIFO, socket or
/// device is refused unless it is this process's standard input (`/dev/stdin`
/// given on purpose): opening a FIFO with no writer would wait forever and a
/// device like `/dev/zero` never ends. On Linux the file is opened without
/// blocking and its type taken from the open file, so nothing can swap it
/// between the check and the read.
pub fn read_bounded(path: &Path, max_bytes: u64) -> std::result::Result<Vec<u8>, ReadProblem> {
    let file = open_without_blocking(path).map_err(ReadProblem::Io)?;
    let meta = file.metadata().map_err(ReadProblem::Io)?;
    if meta.is_dir() {
        return Err(ReadProblem::Refused(
            "is a directory, not a text file".into(),
        ));
    }
    let mut bytes = Vec::new();
    // `take` one byte more than allowed: a file that grew after the size
    // check, or a stream, is refused without being held whole.
    let cap = max_bytes.saturating_add(1);
    if meta.is_file() {
        if meta.len() > max_bytes {
            return Err(ReadProblem::Refused(format!(
                "file is {} bytes, over the limit of {max_bytes} (raise it with --max-bytes)",
                meta.len()
            )));
        }
        bytes.reserve(meta.len() as usize);
        file.take(cap)
            .read_to_end(&mut bytes)
            .map_err(ReadProblem::Io)?;
    } else if is_standard_input(&meta) {
        std::io::stdin()
            .lock()
            .take(cap)
            .read_to_end(&mut bytes)
            .map_err(ReadProblem::Io)?;
    } else {
        return Err(ReadProblem::Refused(
            "not a regular file (a pipe, socket or device); only standard input may be one".into(),
        ));
    }
    if bytes.len() as u64 > max_bytes {
        return Err(ReadProblem::Refused(format!(
            "file is over the limit of {max_bytes} bytes (raise it with --max-bytes)"
        )));
    }
    Ok(bytes)
}

#[cfg(target_os = "linux")]
fn open_without_blocking(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
}

/// Elsewhere the type is checked before opening (a FIFO swapped in between
/// would still block, which only a hostile local user can arrange).
#[cfg(not(target_os = "linux"))]
fn open_without_blocking(path: &Path) -> std::io::Result<fs::File> {
    let meta = fs::metadata(path)?;
    if !meta.is_file() && !meta.is_dir() && !is_standard_input(&meta) {
        // Opened only to report the type from the metadata above.
        return Err(std::io::Error::other("not a regular file"));
    }
    fs::File::open(path)
}

/// True when `meta` is the file this process reads as standard input.
fn is_standard_input(meta: &fs::Metadata) -> bool {
    let stdin = FileId::of_standard_input();
    stdin.is_some() && stdin == FileId::of_metadata(meta)
}

/// A file's identity: device and inode on Unix, so that two spellings, a
/// symbolic link and a hard link of one file all compare equal (elsewhere,
/// the canonical path).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileId(FileKey);

#[cfg(unix)]
type FileKey = (u64, u64);
#[cfg(not(unix))]
type FileKey = std::path::PathBuf;

impl FileId {
    /// The identity of the existing file `path` names (after symbolic
    /// links); `None` when there is none.
    pub fn of(path: &Path) -> Option<FileId> {
        #[cfg(unix)]
        {
            fs::metadata(path)
                .ok()
                .and_then(|m| FileId::of_metadata(&m))
        }
        #[cfg(not(unix))]
        {
            path.canonicalize().ok().map(FileId)
        }
    }

    #[cfg(unix)]
    fn of_metadata(meta: &fs::Metadata) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        Some(FileId((meta.dev(), meta.ino())))
    }

    #[cfg(not(unix))]
    fn of_metadata(_: &fs::Metadata) -> Option<FileId> {
        None
    }

    #[cfg(unix)]
    fn of_standard_input() -> Option<FileId> {
        use std::os::fd::AsFd;
        let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
        FileId::of_metadata(&fs::File::from(fd).metadata().ok()?)
    }

    #[cfg(not(unix))]
    fn of_standard_input() -> Option<FileId> {
        None
    }
}

/// Reads one line (up to and including `\n`) into `line`, holding at most
/// `max_bytes` of it: the rest of a longer line is read and dropped. Returns
/// the bytes the line had in all (0 at the end of input), so the caller can
/// refuse a line longer than `max_bytes` without ever holding it. The line
/// is gathered in pieces of at most [`LINE_PIECE`] bytes and joined only
/// once it is known to fit, so a refused line never costs more than
/// `max_bytes` of memory (a growing vector would copy itself, briefly
/// holding up to twice that).
pub fn read_line_bounded(
    input: &mut impl std::io::BufRead,
    line: &mut Vec<u8>,
    max_bytes: u64,
) -> std::io::Result<u64> {
    let mut pieces: Vec<Vec<u8>> = Vec::new();
    let mut held = 0u64;
    let mut total = 0u64;
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        let (piece, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(at) => (&chunk[..=at], true),
            None => (chunk, false),
        };
        let room = max_bytes.saturating_sub(held);
        let mut keep = &piece[..piece.len().min(usize::try_from(room).unwrap_or(usize::MAX))];
        held += keep.len() as u64;
        while !keep.is_empty() {
            if pieces.last().is_none_or(|p| p.len() == p.capacity()) {
                pieces.push(Vec::with_capacity(LINE_PIECE));
            }
            let last = pieces.last_mut().expect("just pushed");
            let n = keep.len().min(last.capacity() - last.len());
            last.extend_from_slice(&keep[..n]);
            keep = &keep[n..];
        }
        let used = piece.len();
        total += used as u64;
        input.consume(used);
        if done {
            break;
        }
    }
    if total <= max_bytes {
        line.reserve_exact(held as usize);
        for p in pieces {
            line.extend_from_slice(&p);
        }
    }
    Ok(total)
}

/// The size of the pieces [`read_line_bounded`] gathers a line in.
pub const LINE_PIECE: usize = 1 << 20;

/// One text of a case: the name its rows print (the file's base name), the
/// text itself, and what the file held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedText {
    /// The file's base name.
    pub name: String,
    /// Its text, decoded as [`read_text`] does.
    pub text: String,
    /// The size and SHA-256 of the file's bytes as read.
    pub digest: FileDigest,
}

/// The one case loader, for `align`, `eval --source` and every `batch`
/// manifest case: reads the source and the reports, in order, each through
/// [`read_text_digested`], and refuses a text that clearly reads as the other
/// language ([`check_language`]).
pub fn read_case(
    source: &Path,
    targets: &[std::path::PathBuf],
    max_bytes: u64,
    languages: (Lang, Lang),
) -> Result<(NamedText, Vec<NamedText>)> {
    let (source_lang, target_lang) = languages;
    let read = |path: &Path, side: Side, lang: Lang| -> Result<NamedText> {
        let (text, digest) = read_text_digested(path, max_bytes)?;
        check_language(&text, side, lang).map_err(|problem| Error::bad_input(path, problem))?;
        Ok(NamedText {
            name: base_name(path),
            text,
            digest,
        })
    };
    let source = read(source, Side::Source, source_lang)?;
    let reports = targets
        .iter()
        .map(|t| read(t, Side::Target, target_lang))
        .collect::<Result<Vec<_>>>()?;
    Ok((source, reports))
}

/// Which side of a case a text is on, for the flag an error suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The Indonesian rendering, `--source`.
    Source,
    /// A report, `--target`.
    Target,
}

/// Refuses a text declared as `lang` that clearly reads as the other
/// language (by the stopword count of `text::language`); the error is the
/// problem in words, naming the flag that declared it and the likely swap.
pub fn check_language(text: &str, side: Side, lang: Lang) -> std::result::Result<(), String> {
    let Some(actual) =
        language::misdeclared_language(text, lang, crate::lexicon::Lexicon::builtin())
    else {
        return Ok(());
    };
    let (flag, hint) = match side {
        Side::Source => ("--source-lang", "is it a report given as --source?"),
        Side::Target => ("--target-lang", "is it the source given as --target?"),
    };
    Err(format!(
        "reads as {}, not {} ({flag} {}); {hint}",
        language::language_name(actual),
        language::language_name(lang),
        lang.code(),
    ))
}

/// The lexicon of a run: the built-in one, borrowed (copying its tables
/// costs more than aligning a short case), or with the entries of a
/// `--lexicon` file read through [`read_text_digested`] added (and then that
/// file's digest).
pub fn read_lexicon(
    path: Option<&Path>,
    max_bytes: u64,
) -> Result<(
    std::borrow::Cow<'static, crate::lexicon::Lexicon>,
    Option<FileDigest>,
)> {
    use crate::lexicon::Lexicon;
    match path {
        Some(path) => {
            let (text, digest) = read_text_digested(path, max_bytes)?;
            let lexicon = Lexicon::with_user_entries(&text, path)?;
            Ok((std::borrow::Cow::Owned(lexicon), Some(digest)))
        }
        None => Ok((std::borrow::Cow::Borrowed(Lexicon::builtin()), None)),
    }
}

/// The name rows print for a file: its base name.
pub fn base_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Decodes file bytes into text with LF line ends; the error is the problem
/// in words.
pub fn decode(bytes: &[u8]) -> std::result::Result<String, String> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(rest, u16::from_be_bytes)?
    } else {
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if let Some(at) = body.iter().position(|&b| b == 0) {
            let offset = at + (bytes.len() - body.len());
            return Err(format!(
                "binary data, not text (NUL byte at offset {offset})"
            ));
        }
        match std::str::from_utf8(body) {
            Ok(s) => s.to_owned(),
            Err(e) => {
                let offset = e.valid_up_to() + (bytes.len() - body.len());
                return Err(format!("not UTF-8 (invalid byte at offset {offset})"));
            }
        }
    };
    if text.contains('\0') {
        return Err("binary data, not text (NUL character)".to_owned());
    }
    let text = unify_line_ends(&text);
    if text.trim().is_empty() {
        return Err("empty file (no text to align)".to_owned());
    }
    Ok(text)
}

fn decode_utf16(body: &[u8], unit: fn([u8; 2]) -> u16) -> std::result::Result<String, String> {
    if body.len() % 2 != 0 {
        return Err("not valid UTF-16 (odd number of bytes)".to_owned());
    }
    let units: Vec<u16> = body.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16(&units).map_err(|_| "not valid UTF-16 (unpaired surrogate)".to_owned())
}

/// CRLF and lone CR become LF, so paragraphs split the same whatever system
/// wrote the file.
fn unify_line_ends(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn io_problem(path: &Path, e: &std::io::Error) -> Error {
    let problem = match e.kind() {
        ErrorKind::NotFound => "no such file".to_owned(),
        ErrorKind::PermissionDenied => "cannot read: permission denied".to_owned(),
        ErrorKind::IsADirectory => "is a directory, not a text file".to_owned(),
        _ => format!("cannot read: {e}"),
    };
    Error::bad_input(path, problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_is_the_size_and_sha256_of_the_bytes_as_read() {
        // FIPS 180-2's "abc" and the empty input.
        let d = FileDigest::of(b"abc");
        assert_eq!(d.bytes, 3);
        assert_eq!(
            d.sha256_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            FileDigest::of(b"").sha256_hex(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        // Of the file's bytes, byte-order mark and CRLF included, not of the
        // decoded text.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.txt");
        std::fs::write(&path, b"\xEF\xBB\xBFHalo.\r\n").unwrap();
        let (text, digest) = read_text_digested(&path, 100).unwrap();
        assert_eq!(text, "Halo.\n");
        assert_eq!(digest, FileDigest::of(b"\xEF\xBB\xBFHalo.\r\n"));
    }

    #[test]
    fn accepts_text_in_the_usual_encodings() {
        let cases: &[(&[u8], &str)] = &[
            (b"Halo dunia.", "Halo dunia."),
            (b"\xEF\xBB\xBFHalo.", "Halo."),
            (b"a\r\nb\rc\n", "a\nb\nc\n"),
            (b"\xFF\xFEH\0i\0", "Hi"),
            (b"\xFE\xFF\0H\0i", "Hi"),
        ];
        for (bytes, want) in cases {
            assert_eq!(decode(bytes).as_deref(), Ok(*want), "{bytes:?}");
        }
    }

    #[test]
    fn refuses_bad_bytes_with_the_offset() {
        assert_eq!(
            decode(b"abc\xFFdef").unwrap_err(),
            "not UTF-8 (invalid byte at offset 3)"
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFab\0").unwrap_err(),
            "binary data, not text (NUL byte at offset 5)"
        );
        assert!(decode(b"\xFF\xFEa").unwrap_err().contains("UTF-16"));
    }

    #[test]
    fn refuses_empty_and_blank_files() {
        for bytes in [&b""[..], b"   \n\r\n\t", b"\xEF\xBB\xBF"] {
            assert_eq!(decode(bytes).unwrap_err(), "empty file (no text to align)");
        }
    }

    #[test]
    fn read_text_names_missing_files_and_directories() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.txt");
        let err = read_text(&missing, DEFAULT_MAX_BYTES)
            .unwrap_err()
            .to_string();
        assert!(err.ends_with("nope.txt: no such file"), "{err}");
        let err = read_text(dir.path(), DEFAULT_MAX_BYTES)
            .unwrap_err()
            .to_string();
        assert!(err.contains("is a directory"), "{err}");
    }

    #[test]
    fn read_text_refuses_files_over_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        fs::write(&path, "x".repeat(100)).unwrap();
        let err = read_text(&path, 10).unwrap_err().to_string();
        assert!(err.contains("over the limit of 10"), "{err}");
        assert_eq!(read_text(&path, 100).unwrap().len(), 100);
    }

    #[test]
    fn a_long_line_is_measured_but_not_held() {
        let text = format!("{}\nshort\n", "x".repeat(100));
        let mut input = std::io::BufReader::with_capacity(8, text.as_bytes());
        let mut line = Vec::new();
        assert_eq!(read_line_bounded(&mut input, &mut line, 10).unwrap(), 101);
        assert!(line.is_empty(), "a line over the limit is not handed on");
        line.clear();
        assert_eq!(read_line_bounded(&mut input, &mut line, 10).unwrap(), 6);
        assert_eq!(line, b"short\n");
        line.clear();
        assert_eq!(read_line_bounded(&mut input, &mut line, 10).unwrap(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_device_is_refused_at_once() {
        // Not /dev/null: under `cargo test` that is standard input, which
        // may be a device.
        for path in ["/dev/zero"] {
            if Path::new(path).exists() {
                let err = read_text(Path::new(path), 10).unwrap_err().to_string();
                assert!(err.contains("not a regular file"), "{err}");
            }
        }
    }
}
