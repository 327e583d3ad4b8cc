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

/// The default for `--max-bytes`: large enough for any news archive file,
/// small enough that a stray disk image is refused before it is read.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a text file for alignment.
///
/// Accepts UTF-8 with or without a byte-order mark, and UTF-16 (little or big
/// endian) when it starts with a byte-order mark; CRLF and CR line ends become
/// LF. Refuses a missing or unreadable file, a directory, a file larger than
/// `max_bytes`, binary data (a NUL byte), text that is not UTF-8, and a file
/// with no text.
pub fn read_text(path: &Path, max_bytes: u64) -> Result<String> {
    let meta = fs::metadata(path).map_err(|e| io_problem(path, &e))?;
    if meta.is_dir() {
        return Err(Error::bad_input(path, "is a directory, not a text file"));
    }
    if meta.len() > max_bytes {
        return Err(Error::bad_input(
            path,
            format!(
                "file is {} bytes, over the limit of {max_bytes} (raise it with --max-bytes)",
                meta.len()
            ),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        // `take` guards against a file that grows after the size check.
        .and_then(|f| f.take(max_bytes + 1).read_to_end(&mut bytes))
        .map_err(|e| io_problem(path, &e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(Error::bad_input(
            path,
            format!("file is over the limit of {max_bytes} bytes (raise it with --max-bytes)"),
        ));
    }
    decode(&bytes).map_err(|problem| Error::bad_input(path, problem))
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
}
