//! The library's error type.
//!
//! Every variant that concerns a file names it, so the binary can print one
//! line (`selaras: data/x.txt: not UTF-8 (invalid byte at offset 17)`) and a
//! reviewer knows which input to fix. Messages are lowercase without a final
//! period (api-guidelines C-GOOD-ERR).

use std::path::PathBuf;

/// Errors from reading input, writing output and scoring.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be opened or read (`-`: standard input).
    #[error("{}: cannot read: {source}", shown_input(path))]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The input is not usable text; `problem` says why.
    #[error("{path}: {problem}")]
    BadInput {
        /// The file.
        path: PathBuf,
        /// What is wrong, e.g. "not UTF-8 (invalid byte at offset 17)".
        problem: String,
    },
    /// The command line asks for something impossible.
    #[error("{0}")]
    Usage(String),
    /// The output could not be written.
    #[error("{}: cannot write output: {source}", shown(path))]
    Write {
        /// The output file (`-` for standard output).
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// A CSV could not be produced.
    #[error("{path}: {source}")]
    Csv {
        /// The file being written.
        path: PathBuf,
        /// What the csv crate said.
        source: csv::Error,
    },
    /// A gold file or aligned CSV given to `eval` is malformed.
    #[error(transparent)]
    Eval(#[from] crate::eval::EvalError),
}

impl Error {
    /// The error of the csv crate on `path`: a failure to write (a full
    /// disk, a closed pipe) is an [`Error::Write`], worded as every other
    /// write failure.
    pub fn csv(path: impl Into<PathBuf>, source: csv::Error) -> Error {
        let path = path.into();
        if source.is_io_error() {
            if let csv::ErrorKind::Io(source) = source.into_kind() {
                return Error::Write { path, source };
            }
            unreachable!("is_io_error said so");
        }
        Error::Csv { path, source }
    }

    /// A [`Error::BadInput`] for `path`.
    pub fn bad_input(path: impl Into<PathBuf>, problem: impl Into<String>) -> Error {
        Error::BadInput {
            path: path.into(),
            problem: problem.into(),
        }
    }

    /// True when the error is a closed pipe on output (`selaras … | head`),
    /// which a command-line tool treats as a normal end, not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        let io = match self {
            Error::Write { source, .. } => Some(source),
            Error::Csv { source, .. } => match source.kind() {
                csv::ErrorKind::Io(e) => Some(e),
                _ => None,
            },
            _ => None,
        };
        io.is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// A destination as a message names it: `-` is standard output.
fn shown(path: &std::path::Path) -> std::borrow::Cow<'_, str> {
    if path.as_os_str() == "-" {
        "standard output".into()
    } else {
        path.to_string_lossy()
    }
}

/// An input as a message names it: `-` is standard input.
fn shown_input(path: &std::path::Path) -> std::borrow::Cow<'_, str> {
    if path.as_os_str() == "-" {
        "standard input".into()
    } else {
        path.to_string_lossy()
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_file_on_one_line() {
        let e = Error::bad_input("data/x.txt", "empty file");
        assert_eq!(e.to_string(), "data/x.txt: empty file");
        assert!(!e.to_string().contains('\n'));
    }

    #[test]
    fn broken_pipe_is_recognised() {
        let e = Error::Write {
            path: "-".into(),
            source: std::io::Error::from(std::io::ErrorKind::BrokenPipe),
        };
        assert!(e.is_broken_pipe());
        assert!(!Error::Usage("x".into()).is_broken_pipe());
    }
}
