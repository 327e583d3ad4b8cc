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
    /// A one-sentence English report that aligns with nothing in particular.
    pub fn report(&self) -> PathBuf {
        self.write("report.txt", "The attack killed 144 people in Moscow.\n")
    }

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
        self.command(args).output().unwrap()
    }

    /// The command [`Workdir::run`] runs, to adjust before running.
    pub fn command(&self, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Command {
        let mut cmd = Command::new(binary());
        cmd.current_dir(self.dir.path());
        for a in args {
            cmd.arg(a);
        }
        cmd
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

/// The binary under test: this build's, or `SELARAS_TEST_BIN` (to show
/// that a regression test fails on an older build).
pub fn binary() -> std::ffi::OsString {
    std::env::var_os("SELARAS_TEST_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_selaras").into())
}

/// Waits at most `limit` for `child`; kills it if it is still running then
/// and returns `None`.
pub fn wait_at_most(
    child: &mut std::process::Child,
    limit: std::time::Duration,
) -> Option<std::process::ExitStatus> {
    let started = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// What a run printed on standard error.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Aligns `source` against one report through the binary (each text written
/// as given, one sentence a line) and reads `aligned.csv` back: its header
/// and its rows.
pub fn align_texts(source: &str, report: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let w = Workdir::new();
    w.write("source.txt", format!("{source}\n"));
    w.write("report.txt", format!("{report}\n"));
    let out = w.run(&[
        &"align",
        &"--source",
        &"source.txt",
        &"--target",
        &"report.txt",
        &"--out",
        &"aligned.csv",
        &"--quiet",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(w.path("aligned.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    let rows = reader.records().map(Result::unwrap).collect();
    (headers, rows)
}
