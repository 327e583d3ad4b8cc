//! Golden outputs: the CSV, JSON Lines and review page of the seeds, and the
//! CSV of a few generated cases and of a few real-news cases, byte for byte.
//! A change to any score, flag, note or to the page shows up here as a diff
//! a reviewer can read in the commit.
//!
//! After a deliberate change, rewrite the expected files with
//!
//!     SELARAS_UPDATE_GOLDEN=1 cargo test --release --test cli golden::
//!
//! and commit them with the change (as `insta` and `bat` do it).

use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// One golden case: a name, the source, its reports and the output format.
struct Case {
    name: &'static str,
    source: &'static str,
    reports: &'static [&'static str],
    format: &'static str,
}

const SEEDS: &[&str] = &[
    "data/seeds/001_3e425f8097483d0b.txt",
    "data/seeds/002_45c968010e991f99.txt",
    "data/seeds/003_61f1ce00a828e056.txt",
];

const CASES: &[Case] = &[
    Case {
        name: "seeds.csv",
        source: "data/seeds/000_31f64dc309fd023f.txt",
        reports: SEEDS,
        format: "csv",
    },
    Case {
        name: "seeds.jsonl",
        source: "data/seeds/000_31f64dc309fd023f.txt",
        reports: SEEDS,
        format: "jsonl",
    },
    Case {
        name: "gen-001.csv",
        source: "data/generated/cases/gen-001/source.txt",
        reports: &[
            "data/generated/cases/gen-001/report1.txt",
            "data/generated/cases/gen-001/report2.txt",
            "data/generated/cases/gen-001/report3.txt",
        ],
        format: "csv",
    },
    Case {
        name: "gen-002.csv",
        source: "data/generated/cases/gen-002/source.txt",
        reports: &[
            "data/generated/cases/gen-002/report1.txt",
            "data/generated/cases/gen-002/report2.txt",
        ],
        format: "csv",
    },
    Case {
        name: "news-soma-mine.csv",
        source: "data/news/cases/voa-soma-mine-2014/source.id.txt",
        reports: &[
            "data/news/cases/voa-soma-mine-2014/report1.txt",
            "data/news/cases/voa-soma-mine-2014/report2.txt",
        ],
        format: "csv",
    },
    Case {
        name: "news-basketball.csv",
        source: "data/news/cases/dod-armed-forces-basketball-2024/source.id.txt",
        reports: &[
            "data/news/cases/dod-armed-forces-basketball-2024/report1.txt",
            "data/news/cases/dod-armed-forces-basketball-2024/report2.txt",
        ],
        format: "csv",
    },
];

fn golden_dir() -> PathBuf {
    Path::new(ROOT).join("tests/golden")
}

/// The output of `selaras align` on a case, as bytes on standard output.
fn run(case: &Case) -> Vec<u8> {
    let root = Path::new(ROOT);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_selaras"));
    // Relative paths, so that the file names in the output do not depend on
    // where the repository is.
    cmd.current_dir(root)
        .args(["align", "--quiet", "--format", case.format])
        .args(["--source", case.source, "--target"])
        .args(case.reports);
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}: {}",
        case.name,
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The first line that differs, for a readable failure.
fn first_difference(expected: &str, actual: &str) -> String {
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {}:\n  expected: {e}\n  actual:   {a}", i + 1);
        }
    }
    format!(
        "lengths differ: {} expected lines, {} actual",
        expected.lines().count(),
        actual.lines().count()
    )
}

#[test]
fn outputs_match_the_golden_files() {
    let update = std::env::var_os("SELARAS_UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for case in CASES {
        let actual = run(case);
        let path = golden_dir().join(case.name);
        if update {
            std::fs::create_dir_all(golden_dir()).unwrap();
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; create it with SELARAS_UPDATE_GOLDEN=1",
                path.display()
            )
        });
        if expected != actual {
            failures.push(format!(
                "{}: {}",
                case.name,
                first_difference(
                    &String::from_utf8_lossy(&expected),
                    &String::from_utf8_lossy(&actual)
                )
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "outputs differ from tests/golden (rerun with SELARAS_UPDATE_GOLDEN=1 if the change is meant):\n{}",
        failures.join("\n")
    );
}

/// The golden check itself must be able to fail: a changed byte is caught.
#[test]
fn a_changed_output_is_reported() {
    let diff = first_difference("a\nb\nc\n", "a\nB\nc\n");
    assert!(diff.starts_with("line 2:"), "{diff}");
}

/// The review page of the seeds, byte for byte: `SOURCE_DATE_EPOCH` pins
/// its date and relative paths its stamp, so the page is the same on every
/// run and machine (of one version). Written to standard output through
/// `/dev/stdout`, so nothing lands in the repository.
#[cfg(unix)]
#[test]
fn the_review_page_matches_its_golden_file() {
    let out = Command::new(env!("CARGO_BIN_EXE_selaras"))
        .current_dir(ROOT)
        .env("SOURCE_DATE_EPOCH", "1764892800")
        .args(["align", "--quiet", "--source", CASES[0].source, "--target"])
        .args(SEEDS)
        .args(["--out", "/dev/null", "--html", "/dev/stdout"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = golden_dir().join("seeds.html");
    if std::env::var_os("SELARAS_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &out.stdout).unwrap();
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; create it with SELARAS_UPDATE_GOLDEN=1",
            path.display()
        )
    });
    assert!(
        expected == out.stdout,
        "seeds.html differs from tests/golden (rerun with SELARAS_UPDATE_GOLDEN=1 if the change is meant):\n{}",
        first_difference(
            &String::from_utf8_lossy(&expected),
            &String::from_utf8_lossy(&out.stdout)
        )
    );
}
