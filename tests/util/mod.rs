//! Shared by the tests that run the binary: a temporary working folder
//! (xsv's `Workdir`) and small readers of what a run printed.

use std::path::PathBuf;
use std::process::{Command, Output};

/// A temporary working folder and the binary under test.
pub struct Workdir {
    /// The folder; removed when the `Workdir` is dropped.
    pub dir: tempfile::TempDir,
}

impl Workdir {
    /// A new empty folder.
    pub fn new() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A path inside the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file into the folder and returns its path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Runs `selaras` with `args`, in the folder.
    pub fn run(&self, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_selaras"));
        cmd.current_dir(self.dir.path());
        for a in args {
            cmd.arg(a);
        }
        cmd.output().unwrap()
    }

    /// The names in the folder, sorted.
    pub fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

/// What a run printed on standard error.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
