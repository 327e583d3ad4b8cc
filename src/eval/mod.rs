//! Scoring an aligned CSV against a gold file: a faithful port of
//! `shared/eval/score.py`, so that `selaras eval` prints the same numbers and
//! the same text.
//!
//! In: the text of a gold file and of one or more aligned CSVs (the caller
//! reads the files; see [`decode`] for score.py's UTF-8 check). Out: a
//! [`Report`] with per-case and micro-averaged [`Counts`] and [`Scores`], and
//! the report as score.py's human-readable text ([`render_text`],
//! [`render_dir_text`]) or as serde data for `--json` ([`JsonReport`]).
//! Nothing here touches the file system or prints.
//!
//! Matching, as in score.py: after Unicode NFC and whitespace collapsing on
//! both sides, a predicted link (an output row with a `target_doc`) fits a gold
//! link when the gold `source_key` is a substring of `source_text`, the
//! `target_doc` basenames are equal and the gold `target_key` is a substring of
//! `target_text`. Precision credits each gold link to at most one row (a
//! maximum bipartite matching, rows in file order); recall counts a gold link
//! as found when any row fits it.
//!
//! Python details that the port keeps: whitespace is what Python's
//! `str.isspace` accepts (it includes U+001C..U+001F, which Rust's
//! `char::is_whitespace` does not); floats are parsed like Python's `float()`
//! (underscores between digits, non-ASCII decimal digits); line numbers are
//! those of Python's `csv` reader (the line where a record ends, a lone CR
//! counting as a line end); a field longer than 131072 characters is an error,
//! as with Python's default `csv.field_size_limit`; strings in messages are
//! quoted like Python's `repr`.
//!
//! The parts, one concern each: `read.rs` reads gold and aligned text into rows;
//! `score.rs` matches rows to gold links, counts and computes the figures; `report.rs`
//! prints score.py's text and builds the JSON; `pyfmt.rs` holds the Python behaviours
//! the port copies (white space, `repr`, `float()`, rounding, sums and ranks). This file
//! holds the errors and the entry points ([`select_cases`], [`score_one`],
//! [`score_many`]).

mod pyfmt;
mod read;
mod report;
mod score;
#[cfg(test)]
mod testing;

pub use read::{
    decode, parse_aligned, parse_gold, AlignedRow, GoldRow, ALIGNED_COLUMNS, GOLD_COLUMNS,
};
pub use report::{
    extra_output_warning, missing_output_warning, render_dir_text, render_text, summary_line,
    JsonCase, JsonReport,
};
pub use score::{
    score_case, scores, CaseResult, Counts, Details, FalsePositive, LinkedRow, MissedLink,
    MissingSourceKey, NoCounterpartError, Report, Scores,
};

use std::fmt;

use pyfmt::py_repr;

// ---------------------------------------------------------------- errors

/// Which of score.py's two inputs a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// The gold file (`--gold`).
    Gold,
    /// An aligned CSV (`--aligned`, or a file in `--aligned-dir`).
    Aligned,
}

impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileKind::Gold => "gold",
            FileKind::Aligned => "aligned",
        })
    }
}

/// Bad input for scoring, worded as score.py words it (its message after
/// `score.py: error: `).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    /// The file could not be read; `reason` is the system's text without the
    /// `(os error N)` suffix, like Python's `strerror`.
    #[error("{kind} {path}: cannot read: {reason}")]
    Unreadable {
        /// Gold or aligned.
        kind: FileKind,
        /// The path as given.
        path: String,
        /// What went wrong.
        reason: String,
    },
    /// The bytes are not UTF-8; `byte` counts from after a byte-order mark.
    #[error("{kind} {path}: not UTF-8 (byte {byte})")]
    NotUtf8 {
        /// Gold or aligned.
        kind: FileKind,
        /// The path as given.
        path: String,
        /// Offset of the first bad byte.
        byte: usize,
    },
    /// Nothing but whitespace.
    #[error("{kind} {path}: empty file (no header row)")]
    Empty {
        /// Gold or aligned.
        kind: FileKind,
        /// The path as given.
        path: String,
    },
    /// The header lacks required columns.
    #[error(
        "{kind} {path}: missing required column(s): {} (header has: {})",
        missing.join(", "),
        header_list(header)
    )]
    MissingColumns {
        /// Gold or aligned.
        kind: FileKind,
        /// The path as given.
        path: String,
        /// The required columns not found, in the required order.
        missing: Vec<String>,
        /// The header's names, whitespace-trimmed.
        header: Vec<String>,
    },
    /// The CSV cannot be read (a field over Python's size limit).
    #[error("{kind} {path}: bad CSV near line {line}: {problem}")]
    BadCsv {
        /// Gold or aligned.
        kind: FileKind,
        /// The path as given.
        path: String,
        /// The line (1-based) where reading stopped.
        line: u64,
        /// What Python's csv module says.
        problem: String,
    },
    /// A gold row breaks the contract (grade, keys, target_doc).
    #[error("gold {path} line {line}: {problem}")]
    BadGoldRow {
        /// The gold path as given.
        path: String,
        /// The row's line.
        line: u64,
        /// What is wrong, e.g. `grade must be 0, 1, 2 or 3, not '7'`.
        problem: String,
    },
    /// The gold file has a header but no rows.
    #[error("gold {path}: no rows")]
    NoGoldRows {
        /// The gold path as given.
        path: String,
    },
    /// `--case` names a case the gold file does not have.
    #[error(
        "gold {path}: no rows with case {} (cases: {})",
        py_repr(case),
        repr_list(cases)
    )]
    UnknownCase {
        /// The gold path as given.
        path: String,
        /// The case asked for.
        case: String,
        /// The cases the gold file has, in order of first appearance.
        cases: Vec<String>,
    },
    /// One aligned file for a gold file with several cases and no `--case`.
    #[error(
        "gold {path} holds {} cases ({}); pick one with --case or use --aligned-dir",
        cases.len(),
        repr_list(cases)
    )]
    SeveralCases {
        /// The gold path as given.
        path: String,
        /// The cases, in order of first appearance.
        cases: Vec<String>,
    },
    /// With `--aligned-dir`, a case name that cannot be a file name.
    #[error("gold {path}: case name {} cannot name a file", py_repr(case))]
    BadCaseName {
        /// The gold path as given.
        path: String,
        /// The case.
        case: String,
    },
}

impl EvalError {
    /// The error for a file that could not be read, worded like Python's
    /// `OSError.strerror` ("No such file or directory").
    pub fn unreadable(kind: FileKind, path: &str, err: &std::io::Error) -> EvalError {
        let text = err.to_string();
        let reason = match text.rfind(" (os error ") {
            Some(at) if text.ends_with(')') => text[..at].to_owned(),
            _ => text,
        };
        EvalError::Unreadable {
            kind,
            path: path.to_owned(),
            reason,
        }
    }
}

fn header_list(header: &[String]) -> String {
    let joined = header.join(", ");
    if joined.is_empty() {
        "nothing".to_owned()
    } else {
        joined
    }
}

fn repr_list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| py_repr(s))
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------- entry points

/// The cases of a gold file in order of first appearance.
pub fn cases(gold: &[GoldRow]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for g in gold {
        if !out.contains(&g.case) {
            out.push(g.case.clone());
        }
    }
    out
}

/// The cases to score, as score.py picks them: the one named by `case` (an
/// error if the gold file lacks it), else all of them, which must be one when
/// `single` (the `--aligned` mode). Errors name the gold file the rows came
/// from. score.py checks this before it reads the aligned file.
pub fn select_cases(
    gold: &[GoldRow],
    case: Option<&str>,
    single: bool,
) -> Result<Vec<String>, EvalError> {
    let all = cases(gold);
    let path = || gold.first().map(|g| g.origin.clone()).unwrap_or_default();
    match case {
        Some(name) if !all.iter().any(|c| c == name) => Err(EvalError::UnknownCase {
            path: path(),
            case: name.to_owned(),
            cases: all,
        }),
        Some(name) => Ok(vec![name.to_owned()]),
        None if single && all.len() > 1 => Err(EvalError::SeveralCases {
            path: path(),
            cases: all,
        }),
        None => Ok(all),
    }
}

/// With `--aligned-dir`: checks that `case` can name the file `CASE.csv`
/// (score.py checks each case, in order, before reading its file).
pub fn check_case_name(case: &str, gold_origin: &str) -> Result<(), EvalError> {
    if case.is_empty() || case.contains(['/', '\\']) || case == "." || case == ".." {
        return Err(EvalError::BadCaseName {
            path: gold_origin.to_owned(),
            case: case.to_owned(),
        });
    }
    Ok(())
}

fn report(cases: Vec<CaseResult>) -> Report {
    let mut total = Counts::default();
    let mut pairs = Vec::new();
    for res in &cases {
        total.add(&res.counts);
        pairs.extend_from_slice(&res.pairs);
    }
    let overall = scores(&total, &pairs);
    Report {
        cases,
        total,
        overall,
    }
}

/// The `--aligned` mode: scores one aligned file against the single case of
/// the gold file, or the one named by `case` (errors as [`select_cases`];
/// call that before parsing the aligned file to keep score.py's order of
/// errors when both files are bad).
pub fn score_one(
    gold: &[GoldRow],
    case: Option<&str>,
    aligned: &[AlignedRow],
) -> Result<Report, EvalError> {
    let cases = select_cases(gold, case, true)?;
    let case = cases.first().map(String::as_str).unwrap_or("");
    Ok(report(vec![score_case(case, gold, Some(aligned))]))
}

/// The `--aligned-dir` mode: scores each `(case, output)` (`None`: no
/// `CASE.csv`, scored as empty output) and micro-averages: counts summed,
/// Spearman over the pooled links.
pub fn score_many(gold: &[GoldRow], outputs: &[(String, Option<Vec<AlignedRow>>)]) -> Report {
    report(
        outputs
            .iter()
            .map(|(case, out)| score_case(case, gold, out.as_deref()))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::testing::*;

    #[test]
    fn case_selection() {
        let mut rows = GOLD.to_vec();
        rows.push(["other", "satu", "x.txt", "one", "0", ""]);
        let g = gold(&rows);
        let a = aligned(&perfect());
        let err = score_one(&g, None, &a).unwrap_err();
        assert_eq!(
            err.to_string(),
            "gold gold.csv holds 2 cases ('t', 'other'); pick one with --case or use --aligned-dir"
        );
        let r = score_one(&g, Some("t"), &a).unwrap();
        assert_eq!(summary(&r)[0], "1.000");
        assert_eq!(r.total.gold_rows, 4);
        let err = score_one(&g, Some("nope"), &a).unwrap_err();
        assert_eq!(
            err.to_string(),
            "gold gold.csv: no rows with case 'nope' (cases: 't', 'other')"
        );
        for bad in ["", "a/b", "a\\b", ".", ".."] {
            assert!(matches!(
                check_case_name(bad, "g"),
                Err(EvalError::BadCaseName { .. })
            ));
        }
        assert_eq!(
            check_case_name("..", "g").unwrap_err().to_string(),
            "gold g: case name '..' cannot name a file"
        );
        assert!(check_case_name("o'brien", "g").is_ok());
    }

    #[test]
    fn fixture_case_selection_matches_score_py() {
        let (g, gp) = cases_gold();
        let ap = format!("{D}/cases/o'brien.csv");
        let a = parse_aligned(
            include_str!("../../tests/fixtures/eval/cases/o'brien.csv"),
            &ap,
        )
        .unwrap();
        let report = score_one(&g, Some("o'brien"), &a).unwrap();
        assert_eq!(
            render_text(&report, &gp, &ap, true),
            include_str!("../../tests/fixtures/eval/cases.obrien.expected")
        );
        let stderr = |e: EvalError| format!("score.py: error: {e}\n");
        assert_eq!(
            stderr(score_one(&g, None, &a).unwrap_err()),
            include_str!("../../tests/fixtures/eval/cases.several.expected")
        );
        assert_eq!(
            stderr(select_cases(&g, Some("nope"), true).unwrap_err()),
            include_str!("../../tests/fixtures/eval/cases.nope.expected")
        );
    }
}
