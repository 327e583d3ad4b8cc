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

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

/// The columns a gold file must have.
pub const GOLD_COLUMNS: [&str; 6] = [
    "case",
    "source_key",
    "target_doc",
    "target_key",
    "grade",
    "kinds",
];
/// The columns an aligned CSV must have for scoring.
pub const ALIGNED_COLUMNS: [&str; 5] = [
    "source_text",
    "target_doc",
    "target_text",
    "divergence",
    "flags",
];
/// Characters after which a writer's leading `'` is a spreadsheet guard.
const GUARD_CHARS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];
/// Width of the texts in the verbose lists.
const SHORT: usize = 80;
/// Python's default `csv.field_size_limit()`.
const FIELD_LIMIT: usize = 131_072;

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

// ---------------------------------------------------------------- data

/// One row of a gold file, read and normalised as score.py reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldRow {
    /// The gold file's path as given to [`parse_gold`]: the case errors of
    /// [`score_one`] and [`select_cases`] name it, as score.py does.
    #[serde(skip)]
    pub origin: String,
    /// Line of the row in the file (where the record ends, as Python counts).
    pub line: u64,
    /// The case name, trimmed.
    pub case: String,
    /// NFC, whitespace collapsed; never empty.
    pub source_key: String,
    /// Basename of the report; empty when there is no counterpart.
    pub target_doc: String,
    /// NFC, whitespace collapsed; empty exactly when `target_doc` is.
    pub target_key: String,
    /// 0 to 3; 3 exactly when `target_doc` is empty.
    pub grade: u8,
    /// Lowercase kinds of divergence (`number`, `name`, ...).
    pub kinds: Vec<String>,
}

impl GoldRow {
    /// True when the row names a counterpart (a gold link).
    pub fn is_link(&self) -> bool {
        !self.target_doc.is_empty()
    }
}

/// One row of an aligned CSV, unguarded and normalised as score.py reads it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlignedRow {
    /// Line of the row in the file (where the record ends, as Python counts).
    pub line: u64,
    /// `source_sent`, trimmed ("" when the column is absent).
    pub source_sent: String,
    /// NFC, whitespace collapsed.
    pub source_text: String,
    /// Basename; empty for an unmatched row.
    pub target_doc: String,
    /// `target_sent`, trimmed ("" when the column is absent).
    pub target_sent: String,
    /// NFC, whitespace collapsed.
    pub target_text: String,
    /// `divergence` when it is a finite number.
    pub divergence: Option<f64>,
    /// Lowercase flags.
    pub flags: Vec<String>,
}

/// What score.py counts for a case (its `new_counts()`), summed over cases
/// for the micro-average.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Gold rows of the case.
    pub gold_rows: usize,
    /// Gold rows with a `target_doc`.
    pub gold_links: usize,
    /// Gold rows of grade 3.
    pub gold_no_counterpart: usize,
    /// Rows of the aligned file.
    pub output_rows: usize,
    /// Rows with a `target_doc`.
    pub predicted_links: usize,
    /// Predicted links credited with a gold link.
    pub correct_links: usize,
    /// Predicted links not credited (no gold link, or a duplicate).
    pub false_positives: usize,
    /// Gold links that some row fits.
    pub found_links: usize,
    /// Gold links that no row fits.
    pub missed_links: usize,
    /// Grade-3 rows whose source sentence the output leaves unmatched.
    pub none_correct: usize,
    /// Grade-3 rows whose source sentence the output links.
    pub none_linked: usize,
    /// Grade-3 rows whose source sentence is not in the output.
    pub none_missing_source: usize,
    /// Distinct gold source keys.
    pub source_keys: usize,
    /// Distinct gold source keys in no `source_text`.
    pub source_keys_missing: usize,
    /// Found links with gold kind `number` and a `number_mismatch` flag.
    pub num_tp: usize,
    /// Found links with a `number_mismatch` flag.
    pub num_pred: usize,
    /// Found links with gold kind `number`.
    pub num_gold: usize,
    /// Found links with gold kind `name` and a `name_*` flag.
    pub name_tp: usize,
    /// Found links with a `name_*` flag.
    pub name_pred: usize,
    /// Found links with gold kind `name`.
    pub name_gold: usize,
    /// Found links whose row has no numeric divergence.
    pub divergence_unreadable: usize,
}

impl Counts {
    /// Adds every count of `other` to `self`.
    pub fn add(&mut self, other: &Counts) {
        self.gold_rows += other.gold_rows;
        self.gold_links += other.gold_links;
        self.gold_no_counterpart += other.gold_no_counterpart;
        self.output_rows += other.output_rows;
        self.predicted_links += other.predicted_links;
        self.correct_links += other.correct_links;
        self.false_positives += other.false_positives;
        self.found_links += other.found_links;
        self.missed_links += other.missed_links;
        self.none_correct += other.none_correct;
        self.none_linked += other.none_linked;
        self.none_missing_source += other.none_missing_source;
        self.source_keys += other.source_keys;
        self.source_keys_missing += other.source_keys_missing;
        self.num_tp += other.num_tp;
        self.num_pred += other.num_pred;
        self.num_gold += other.num_gold;
        self.name_tp += other.name_tp;
        self.name_pred += other.name_pred;
        self.name_gold += other.name_gold;
        self.divergence_unreadable += other.divergence_unreadable;
    }
}

/// The scores computed from [`Counts`] (`None` where score.py has `None`,
/// printed as "n/a").
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Link F1; `None` when there are neither predicted nor gold links.
    pub f1: Option<f64>,
    /// Correct links / predicted links.
    pub precision: Option<f64>,
    /// Found links / gold links.
    pub recall: Option<f64>,
    /// No-counterpart accuracy.
    pub none_acc: Option<f64>,
    /// Spearman's rho between divergence and grade over the matched links.
    pub spearman: Option<f64>,
    /// Links that entered the Spearman.
    pub spearman_n: usize,
    /// Number-mismatch precision.
    pub num_precision: Option<f64>,
    /// Number-mismatch recall.
    pub num_recall: Option<f64>,
    /// Name-variant precision.
    pub name_precision: Option<f64>,
    /// Name-variant recall.
    pub name_recall: Option<f64>,
    /// Share of distinct gold source keys found in some `source_text`.
    pub coverage: Option<f64>,
}

/// A predicted link that is not credited with a gold link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FalsePositive {
    /// Line in the aligned file.
    pub line: u64,
    /// The row's `source_sent`.
    pub source_sent: String,
    /// The row's `source_text`.
    pub source_text: String,
    /// The row's `target_doc`.
    pub target_doc: String,
    /// The row's `target_sent`.
    pub target_sent: String,
    /// The row's `target_text`.
    pub target_text: String,
    /// `duplicate` (it fits a gold link credited to another row) or `no gold link`.
    pub reason: String,
}

/// A gold link that no row fits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissedLink {
    /// Line in the gold file.
    pub gold_line: u64,
    /// The gold `source_key`.
    pub source_key: String,
    /// The gold `target_doc`.
    pub target_doc: String,
    /// The gold `target_key`.
    pub target_key: String,
    /// The gold grade.
    pub grade: u8,
    /// The gold kinds.
    pub kinds: Vec<String>,
    /// Why, e.g. `not linked to ap.txt`.
    pub reason: String,
}

/// A row wrongly linked where the gold says there is no counterpart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkedRow {
    /// Line in the aligned file.
    pub line: u64,
    /// The row's `target_doc`.
    pub target_doc: String,
    /// The row's `target_text`.
    pub target_text: String,
}

/// A grade-3 gold row that the output does not leave unmatched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoCounterpartError {
    /// Line in the gold file.
    pub gold_line: u64,
    /// The gold `source_key`.
    pub source_key: String,
    /// `missing source sentence` or `linked to DOC: TEXT, ...`.
    pub error: String,
    /// The rows that link the sentence.
    pub links: Vec<LinkedRow>,
}

/// A gold source key found in no `source_text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingSourceKey {
    /// Line in the gold file (its first row with this key).
    pub gold_line: u64,
    /// The key.
    pub source_key: String,
}

/// The lists behind `--verbose`, as in score.py's `details`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Details {
    /// Predicted links not credited, in file order.
    pub false_positives: Vec<FalsePositive>,
    /// Gold links not found, in gold order.
    pub missed_links: Vec<MissedLink>,
    /// Grade-3 rows linked or missing, in gold order.
    pub no_counterpart_errors: Vec<NoCounterpartError>,
    /// Gold source keys not found, in gold order.
    pub missing_source_keys: Vec<MissingSourceKey>,
}

/// The result for one case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseResult {
    /// The case name.
    pub case: String,
    /// Its counts.
    pub counts: Counts,
    /// Its scores.
    pub scores: Scores,
    /// Its error lists.
    pub details: Details,
    /// `(divergence, grade)` of the correctly matched links with a numeric
    /// divergence, in gold order: the Spearman's input (pooled for the total).
    #[serde(skip)]
    pub pairs: Vec<(f64, u8)>,
}

/// All cases scored, with the counts summed and the scores micro-averaged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// One result per case, in gold order.
    pub cases: Vec<CaseResult>,
    /// Counts summed over the cases.
    pub total: Counts,
    /// Scores of the summed counts, Spearman over the pooled pairs.
    pub overall: Scores,
}

// ---------------------------------------------------------------- Python helpers

/// Python's `str.isspace()`.
fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\u{0b}'
            | '\u{0c}'
            | '\r'
            | '\u{1c}'..='\u{1f}'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Python's `str.strip()`.
fn py_strip(s: &str) -> &str {
    s.trim_matches(is_py_space)
}

/// Unicode NFC, whitespace runs collapsed to one space, ends stripped.
fn norm(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    nfc.split(is_py_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Drops the `'` a writer puts before = + - @ tab CR for spreadsheet safety.
fn unguard(field: &str) -> &str {
    let mut chars = field.chars();
    match (chars.next(), chars.next()) {
        (Some('\''), Some(c)) if GUARD_CHARS.contains(&c) => &field[1..],
        _ => field,
    }
}

fn basename(doc: &str) -> String {
    let doc = norm(doc).replace('\\', "/");
    doc.rsplit('/').next().unwrap_or("").to_owned()
}

fn tokens(field: &str) -> Vec<String> {
    field
        .split(';')
        .map(py_strip)
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= SHORT {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(SHORT - 1).collect();
        s.push('\u{2026}');
        s
    }
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den != 0).then(|| num as f64 / den as f64)
}

/// score.py's `fmt`: "n/a" for `None`, else fixed with `places` decimals.
/// Rust rounds the exact binary value half-to-even, as Python does.
fn fmt_score(value: Option<f64>, places: usize) -> String {
    match value {
        None => "n/a".to_owned(),
        Some(v) => format!("{v:.places$}"),
    }
}

/// Code points where Python's `str.isprintable()` is false, except the
/// unassigned ones (Unicode 14, as in Python 3.11).
const NON_PRINTABLE: [(u32, u32); 28] = [
    (0x0, 0x1f),
    (0x7f, 0xa0),
    (0xad, 0xad),
    (0x600, 0x605),
    (0x61c, 0x61c),
    (0x6dd, 0x6dd),
    (0x70f, 0x70f),
    (0x890, 0x891),
    (0x8e2, 0x8e2),
    (0x1680, 0x1680),
    (0x180e, 0x180e),
    (0x2000, 0x200f),
    (0x2028, 0x202f),
    (0x205f, 0x2064),
    (0x2066, 0x206f),
    (0x3000, 0x3000),
    (0xd800, 0xf8ff),
    (0xfeff, 0xfeff),
    (0xfff9, 0xfffb),
    (0x110bd, 0x110bd),
    (0x110cd, 0x110cd),
    (0x13430, 0x13438),
    (0x1bca0, 0x1bca3),
    (0x1d173, 0x1d17a),
    (0xe0001, 0xe0001),
    (0xe0020, 0xe007f),
    (0xf0000, 0xffffd),
    (0x100000, 0x10fffd),
];

fn is_py_printable(c: char) -> bool {
    let v = c as u32;
    !NON_PRINTABLE.iter().any(|&(lo, hi)| lo <= v && v <= hi)
}

/// Python's `repr()` of a string.
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_py_printable(c) => {
                let v = c as u32;
                if v < 0x100 {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v < 0x10000 {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The zero of every run of Unicode decimal digits (Python's
/// `unicodedata.decimal(c) == 0`, Unicode 14).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Python's `float(text)` when it is finite, else `None` (`text` is stripped).
fn parse_float(text: &str) -> Option<f64> {
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else {
            let v = c as u32;
            let zero = DECIMAL_ZEROS.iter().find(|&&z| z <= v && v < z + 10)?;
            ascii.push(char::from(b'0' + (v - zero) as u8));
        }
    }
    // Python allows single underscores between digits.
    let mut plain = String::with_capacity(ascii.len());
    let mut prev = '\0';
    for c in ascii.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            plain.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn average_ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    // stable, like Python's sorted(); values are finite
    order.sort_by(|&a, &b| {
        values[a]
            .partial_cmp(&values[b])
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            ranks[k] = rank;
        }
        i = j + 1;
    }
    ranks
}

/// Python's `sum()` of floats (3.11: plain left-to-right addition from 0).
fn py_sum(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(0.0, |acc, v| acc + v)
}

/// Spearman's rho (Pearson on average ranks); `None` if n < 3 or no variance.
fn spearman(xs: &[f64], ys: &[f64]) -> Option<f64> {
    debug_assert_eq!(xs.len(), ys.len());
    let n = xs.len();
    if n < 3 {
        return None;
    }
    let (rx, ry) = (average_ranks(xs), average_ranks(ys));
    let mx = py_sum(rx.iter().copied()) / n as f64;
    let my = py_sum(ry.iter().copied()) / n as f64;
    let cov = py_sum(rx.iter().zip(&ry).map(|(a, b)| (a - mx) * (b - my)));
    let vx = py_sum(rx.iter().map(|a| (a - mx) * (a - mx)));
    let vy = py_sum(ry.iter().map(|b| (b - my) * (b - my)));
    if vx <= 1e-12 || vy <= 1e-12 {
        return None;
    }
    let rho = cov / (vx * vy).sqrt();
    // max(-1.0, min(1.0, rho))
    let rho = if rho < 1.0 { rho } else { 1.0 };
    Some(if rho > -1.0 { rho } else { -1.0 })
}

fn f1_score(correct: usize, predicted: usize, found: usize, gold: usize) -> Option<f64> {
    if predicted == 0 && gold == 0 {
        return None;
    }
    let p = ratio(correct, predicted).unwrap_or(0.0);
    let r = ratio(found, gold).unwrap_or(0.0);
    Some(if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    })
}

// ---------------------------------------------------------------- reading

/// Checks bytes read from a file as score.py does: UTF-8, with or without a
/// byte-order mark. The text is returned whole (the mark included: the
/// parsers drop it); the error's offset counts from after the mark.
pub fn decode(data: &[u8], kind: FileKind, origin: &str) -> Result<String, EvalError> {
    let body = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
    match std::str::from_utf8(body) {
        Ok(_) => Ok(String::from_utf8_lossy(data).into_owned()), // valid: no loss
        Err(e) => Err(EvalError::NotUtf8 {
            kind,
            path: origin.to_owned(),
            byte: e.valid_up_to(),
        }),
    }
}

/// Python's csv line numbers: the number of lines read when a record ends
/// (`\r\n`, `\r` and `\n` each end a line).
struct LineCounter<'a> {
    bytes: &'a [u8],
    pos: usize,
    breaks: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            bytes: text.as_bytes(),
            pos: 0,
            breaks: 0,
        }
    }

    /// Line breaks begun before `end`; `end` never moves back.
    fn advance(&mut self, end: usize) -> u64 {
        while self.pos < end {
            match self.bytes[self.pos] {
                b'\r' => self.breaks += 1,
                b'\n' if self.pos == 0 || self.bytes[self.pos - 1] != b'\r' => self.breaks += 1,
                _ => {}
            }
            self.pos += 1;
        }
        self.breaks
    }

    /// `reader.line_num` after a record that ends at byte `end`.
    fn line_at_end(&mut self, end: usize) -> u64 {
        let breaks = self.advance(end);
        let partial = end > 0 && !matches!(self.bytes[end - 1], b'\r' | b'\n');
        breaks + u64::from(partial)
    }

    /// The line holding byte `at` (at or after the counter's position).
    fn line_of(&mut self, at: usize) -> u64 {
        let mut breaks = self.advance(at);
        if at > 0 && self.bytes[at - 1] == b'\r' && self.bytes.get(at) == Some(&b'\n') {
            breaks -= 1; // `at` is inside that CRLF's line
        }
        breaks + 1
    }
}

/// Where Python's csv parser (excel dialect, not strict) adds the character
/// that takes a field past the size limit, scanning one record from `start`.
fn overflow_at(text: &str, start: usize) -> Option<usize> {
    enum State {
        StartRecord,
        StartField,
        InField,
        InQuoted,
        QuoteInQuoted,
    }
    let mut state = State::StartRecord;
    let mut len = 0usize;
    for (i, c) in text[start..].char_indices() {
        let at = start + i;
        let newline = c == '\r' || c == '\n';
        let add = match state {
            State::StartRecord if newline => false,
            State::StartRecord | State::StartField => {
                if c == '"' {
                    state = State::InQuoted;
                    false
                } else if c == ',' {
                    len = 0;
                    state = State::StartField;
                    false
                } else if newline {
                    return None;
                } else {
                    state = State::InField;
                    true
                }
            }
            State::InField => {
                if c == ',' {
                    len = 0;
                    state = State::StartField;
                    false
                } else if newline {
                    return None;
                } else {
                    true
                }
            }
            State::InQuoted => {
                if c == '"' {
                    state = State::QuoteInQuoted;
                    false
                } else {
                    true
                }
            }
            State::QuoteInQuoted => {
                if c == '"' {
                    state = State::InQuoted;
                    true
                } else if c == ',' {
                    len = 0;
                    state = State::StartField;
                    false
                } else if newline {
                    return None;
                } else {
                    state = State::InField;
                    true
                }
            }
        };
        if add {
            if len >= FIELD_LIMIT {
                return Some(at);
            }
            len += 1;
        }
    }
    None
}

fn too_long(record: &csv::StringRecord) -> bool {
    record
        .iter()
        .any(|f| f.len() > FIELD_LIMIT && f.chars().count() > FIELD_LIMIT)
}

/// A CSV read as score.py's `read_csv` reads it.
struct Table {
    index: HashMap<String, usize>,
    rows: Vec<(u64, csv::StringRecord)>,
}

impl Table {
    fn get<'r>(&self, record: &'r csv::StringRecord, name: &str) -> &'r str {
        self.index
            .get(name)
            .and_then(|&i| record.get(i))
            .unwrap_or("")
    }
}

fn read_csv(
    text: &str,
    kind: FileKind,
    origin: &str,
    required: &[&str],
) -> Result<Table, EvalError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if py_strip(text).is_empty() {
        return Err(EvalError::Empty {
            kind,
            path: origin.to_owned(),
        });
    }
    let mut lines = LineCounter::new(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let bad_csv = |lines: &mut LineCounter, start: usize| {
        let at = overflow_at(text, start).unwrap_or(start);
        EvalError::BadCsv {
            kind,
            path: origin.to_owned(),
            line: lines.line_of(at),
            problem: format!("field larger than field limit ({FIELD_LIMIT})"),
        }
    };
    // Python's reader gives an empty header when the first line is blank;
    // the csv crate skips blank lines.
    let header: Vec<String> = if text.starts_with(['\r', '\n']) {
        Vec::new()
    } else {
        // the csv crate reports no errors on a &str with flexible(true)
        if reader.read_record(&mut record).unwrap_or(false) {
            if too_long(&record) {
                return Err(bad_csv(&mut lines, 0));
            }
            record.iter().map(str::to_owned).collect()
        } else {
            Vec::new()
        }
    };
    let mut index = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = py_strip(py_strip(name).trim_start_matches('\u{feff}'));
        index.entry(name.to_owned()).or_insert(i);
    }
    let missing: Vec<String> = required
        .iter()
        .filter(|c| !index.contains_key(**c))
        .map(|c| (*c).to_owned())
        .collect();
    if !missing.is_empty() {
        return Err(EvalError::MissingColumns {
            kind,
            path: origin.to_owned(),
            missing,
            header: header.iter().map(|h| py_strip(h).to_owned()).collect(),
        });
    }
    let mut rows = Vec::new();
    let mut start = reader.position().byte() as usize;
    while reader.read_record(&mut record).unwrap_or(false) {
        let end = reader.position().byte() as usize;
        if too_long(&record) {
            lines.advance(start);
            return Err(bad_csv(&mut lines, start));
        }
        let line = lines.line_at_end(end);
        start = end;
        if record.iter().all(|f| py_strip(f).is_empty()) {
            continue;
        }
        rows.push((line, record.clone()));
    }
    Ok(Table { index, rows })
}

/// Reads a gold file's text (`origin` is its path, for messages) and checks
/// every row as score.py does.
pub fn parse_gold(text: &str, origin: &str) -> Result<Vec<GoldRow>, EvalError> {
    let table = read_csv(text, FileKind::Gold, origin, &GOLD_COLUMNS)?;
    let mut gold = Vec::with_capacity(table.rows.len());
    for (line, record) in &table.rows {
        let line = *line;
        let bad = |problem: String| EvalError::BadGoldRow {
            path: origin.to_owned(),
            line,
            problem,
        };
        let grade_text = py_strip(table.get(record, "grade"));
        let source_key = norm(table.get(record, "source_key"));
        let target_doc = basename(table.get(record, "target_doc"));
        let target_key = norm(table.get(record, "target_key"));
        let grade: u8 = match grade_text {
            "0" => 0,
            "1" => 1,
            "2" => 2,
            "3" => 3,
            _ => {
                return Err(bad(format!(
                    "grade must be 0, 1, 2 or 3, not {}",
                    py_repr(grade_text)
                )))
            }
        };
        if source_key.is_empty() {
            return Err(bad("empty source_key".to_owned()));
        }
        if !target_doc.is_empty() && target_key.is_empty() {
            return Err(bad(format!(
                "target_doc {} but empty target_key",
                py_repr(&target_doc)
            )));
        }
        if !target_key.is_empty() && target_doc.is_empty() {
            return Err(bad("target_key given but target_doc is empty".to_owned()));
        }
        if grade == 3 && !target_doc.is_empty() {
            return Err(bad(format!(
                "grade 3 (no counterpart) but target_doc is {}",
                py_repr(&target_doc)
            )));
        }
        if grade != 3 && target_doc.is_empty() {
            return Err(bad(format!(
                "empty target_doc (no counterpart) needs grade 3, not {grade}"
            )));
        }
        gold.push(GoldRow {
            origin: origin.to_owned(),
            line,
            case: py_strip(table.get(record, "case")).to_owned(),
            source_key,
            target_doc,
            target_key,
            grade,
            kinds: tokens(table.get(record, "kinds")),
        });
    }
    if gold.is_empty() {
        return Err(EvalError::NoGoldRows {
            path: origin.to_owned(),
        });
    }
    Ok(gold)
}

/// Reads an aligned CSV's text (`origin` is its path, for messages): the
/// spreadsheet guard `'` is dropped, texts normalised, blank rows skipped,
/// short rows padded. A file with a header and no rows is valid.
pub fn parse_aligned(text: &str, origin: &str) -> Result<Vec<AlignedRow>, EvalError> {
    let table = read_csv(text, FileKind::Aligned, origin, &ALIGNED_COLUMNS)?;
    Ok(table
        .rows
        .iter()
        .map(|(line, r)| AlignedRow {
            line: *line,
            source_sent: py_strip(unguard(table.get(r, "source_sent"))).to_owned(),
            source_text: norm(unguard(table.get(r, "source_text"))),
            target_doc: basename(unguard(table.get(r, "target_doc"))),
            target_sent: py_strip(unguard(table.get(r, "target_sent"))).to_owned(),
            target_text: norm(unguard(table.get(r, "target_text"))),
            divergence: parse_float(py_strip(unguard(table.get(r, "divergence")))),
            flags: tokens(unguard(table.get(r, "flags"))),
        })
        .collect())
}

// ---------------------------------------------------------------- scoring

/// Looks for an augmenting path from an unmatched row (score.py's iterative
/// DFS `_augment`, gold links tried in `adj` order).
fn augment(
    root: usize,
    adj: &[Vec<usize>],
    match_row: &mut [Option<usize>],
    match_gold: &mut [Option<usize>],
) -> bool {
    let mut seen = vec![false; match_gold.len()];
    // (row, index of the next gold link of adj[row] to try)
    let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
    let mut via: Vec<usize> = Vec::new();
    while let Some(top) = stack.len().checked_sub(1) {
        let row = stack[top].0;
        let mut next_owner = None;
        while stack[top].1 < adj[row].len() {
            let g = adj[row][stack[top].1];
            stack[top].1 += 1;
            if seen[g] {
                continue;
            }
            seen[g] = true;
            match match_gold[g] {
                None => {
                    via.push(g);
                    for (&(r, _), &gg) in stack.iter().zip(&via) {
                        match_gold[gg] = Some(r);
                        match_row[r] = Some(gg);
                    }
                    return true;
                }
                Some(owner) => {
                    next_owner = Some((owner, g));
                    break;
                }
            }
        }
        match next_owner {
            Some((owner, g)) => {
                stack.push((owner, 0));
                via.push(g);
            }
            None => {
                stack.pop();
                via.pop();
            }
        }
    }
    false
}

/// Maximum bipartite matching (Kuhn), rows tried in order; `adj[row]` lists
/// the gold links the row fits. Returns row → gold and gold → row.
fn max_matching(adj: &[Vec<usize>], n_gold: usize) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let mut match_row = vec![None; adj.len()];
    let mut match_gold = vec![None; n_gold];
    for root in 0..adj.len() {
        if !adj[root].is_empty() {
            augment(root, adj, &mut match_row, &mut match_gold);
        }
    }
    (match_row, match_gold)
}

fn is_number_flag(flag: &str) -> bool {
    flag == "number_mismatch" || flag.starts_with("number_mismatch:")
}

fn is_name_flag(flag: &str) -> bool {
    flag.starts_with("name_")
}

/// Scores one case: `gold` holds the gold rows (rows of other cases are
/// ignored), `aligned` the output rows (`None`: no output file, scored as
/// empty output).
pub fn score_case(case: &str, gold: &[GoldRow], aligned: Option<&[AlignedRow]>) -> CaseResult {
    let gold: Vec<&GoldRow> = gold.iter().filter(|g| g.case == case).collect();
    let rows: &[AlignedRow] = aligned.unwrap_or(&[]);
    let mut c = Counts::default();
    let mut details = Details::default();
    let mut pairs = Vec::new();
    let links: Vec<&GoldRow> = gold.iter().copied().filter(|g| g.is_link()).collect();
    let preds: Vec<&AlignedRow> = rows.iter().filter(|o| !o.target_doc.is_empty()).collect();
    c.gold_rows = gold.len();
    c.gold_links = links.len();
    c.gold_no_counterpart = gold.iter().filter(|g| g.grade == 3).count();
    c.output_rows = rows.len();
    c.predicted_links = preds.len();

    // which gold links each predicted row fits
    let adj: Vec<Vec<usize>> = preds
        .iter()
        .map(|o| {
            links
                .iter()
                .enumerate()
                .filter(|(_, g)| {
                    g.target_doc == o.target_doc
                        && o.source_text.contains(g.source_key.as_str())
                        && o.target_text.contains(g.target_key.as_str())
                })
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    let (match_row, match_gold) = max_matching(&adj, links.len());
    let mut fitting: Vec<Vec<usize>> = vec![Vec::new(); links.len()];
    for (r, gs) in adj.iter().enumerate() {
        for &gi in gs {
            fitting[gi].push(r);
        }
    }

    c.correct_links = match_row.iter().filter(|m| m.is_some()).count();
    c.false_positives = c.predicted_links - c.correct_links;
    for (r, o) in preds.iter().enumerate() {
        if match_row[r].is_none() {
            details.false_positives.push(FalsePositive {
                line: o.line,
                source_sent: o.source_sent.clone(),
                source_text: o.source_text.clone(),
                target_doc: o.target_doc.clone(),
                target_sent: o.target_sent.clone(),
                target_text: o.target_text.clone(),
                reason: if adj[r].is_empty() {
                    "no gold link"
                } else {
                    "duplicate"
                }
                .to_owned(),
            });
        }
    }

    let has_source = |g: &GoldRow, o: &AlignedRow| o.source_text.contains(g.source_key.as_str());
    for (gi, g) in links.iter().enumerate() {
        let row = match (match_gold[gi], fitting[gi].first()) {
            (Some(r), _) => Some(preds[r]),
            (None, Some(&r)) => Some(preds[r]),
            (None, None) => None,
        };
        let Some(row) = row else {
            let with_src: Vec<&AlignedRow> = rows.iter().filter(|o| has_source(g, o)).collect();
            let reason = if with_src.is_empty() {
                "source sentence missing".to_owned()
            } else if with_src.iter().any(|o| o.target_doc == g.target_doc) {
                format!("linked to another sentence of {}", g.target_doc)
            } else {
                format!("not linked to {}", g.target_doc)
            };
            details.missed_links.push(MissedLink {
                gold_line: g.line,
                source_key: g.source_key.clone(),
                target_doc: g.target_doc.clone(),
                target_key: g.target_key.clone(),
                grade: g.grade,
                kinds: g.kinds.clone(),
                reason,
            });
            continue;
        };
        c.found_links += 1;
        match row.divergence {
            None => c.divergence_unreadable += 1,
            Some(d) => pairs.push((d, g.grade)),
        }
        let gold_num = g.kinds.iter().any(|k| k == "number");
        let pred_num = row.flags.iter().any(|f| is_number_flag(f));
        let gold_name = g.kinds.iter().any(|k| k == "name");
        let pred_name = row.flags.iter().any(|f| is_name_flag(f));
        c.num_gold += usize::from(gold_num);
        c.num_pred += usize::from(pred_num);
        c.num_tp += usize::from(gold_num && pred_num);
        c.name_gold += usize::from(gold_name);
        c.name_pred += usize::from(pred_name);
        c.name_tp += usize::from(gold_name && pred_name);
    }
    c.missed_links = c.gold_links - c.found_links;

    for g in gold.iter().filter(|g| g.grade == 3) {
        let with_src: Vec<&AlignedRow> = rows.iter().filter(|o| has_source(g, o)).collect();
        let linked: Vec<&AlignedRow> = with_src
            .iter()
            .copied()
            .filter(|o| !o.target_doc.is_empty())
            .collect();
        let error = if with_src.is_empty() {
            c.none_missing_source += 1;
            "missing source sentence".to_owned()
        } else if !linked.is_empty() {
            c.none_linked += 1;
            let list: Vec<String> = linked
                .iter()
                .map(|o| format!("{}: {}", o.target_doc, o.target_text))
                .collect();
            format!("linked to {}", list.join(", "))
        } else {
            c.none_correct += 1;
            continue;
        };
        details.no_counterpart_errors.push(NoCounterpartError {
            gold_line: g.line,
            source_key: g.source_key.clone(),
            error,
            links: linked
                .iter()
                .map(|o| LinkedRow {
                    line: o.line,
                    target_doc: o.target_doc.clone(),
                    target_text: o.target_text.clone(),
                })
                .collect(),
        });
    }

    let mut seen_keys = std::collections::HashSet::new();
    for g in &gold {
        if !seen_keys.insert(g.source_key.as_str()) {
            continue;
        }
        c.source_keys += 1;
        if !rows.iter().any(|o| has_source(g, o)) {
            c.source_keys_missing += 1;
            details.missing_source_keys.push(MissingSourceKey {
                gold_line: g.line,
                source_key: g.source_key.clone(),
            });
        }
    }

    let scores = scores(&c, &pairs);
    CaseResult {
        case: case.to_owned(),
        counts: c,
        scores,
        details,
        pairs,
    }
}

/// The scores of `counts`, Spearman over `pairs` of (divergence, grade).
pub fn scores(counts: &Counts, pairs: &[(f64, u8)]) -> Scores {
    let c = counts;
    let xs: Vec<f64> = pairs.iter().map(|p| p.0).collect();
    let ys: Vec<f64> = pairs.iter().map(|p| f64::from(p.1)).collect();
    Scores {
        f1: f1_score(
            c.correct_links,
            c.predicted_links,
            c.found_links,
            c.gold_links,
        ),
        precision: ratio(c.correct_links, c.predicted_links),
        recall: ratio(c.found_links, c.gold_links),
        none_acc: ratio(c.none_correct, c.gold_no_counterpart),
        spearman: spearman(&xs, &ys),
        spearman_n: pairs.len(),
        num_precision: ratio(c.num_tp, c.num_pred),
        num_recall: ratio(c.num_tp, c.num_gold),
        name_precision: ratio(c.name_tp, c.name_pred),
        name_recall: ratio(c.name_tp, c.name_gold),
        coverage: ratio(c.source_keys - c.source_keys_missing, c.source_keys),
    }
}

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

// ---------------------------------------------------------------- report

/// score.py's summary line (`F1 0.812 P 0.850 R 0.778 none-acc 0.900
/// spearman 0.61 num-P 1.00 num-R 0.50`, "n/a" where undefined).
pub fn summary_line(s: &Scores) -> String {
    format!(
        "F1 {} P {} R {} none-acc {} spearman {} num-P {} num-R {}",
        fmt_score(s.f1, 3),
        fmt_score(s.precision, 3),
        fmt_score(s.recall, 3),
        fmt_score(s.none_acc, 3),
        fmt_score(s.spearman, 2),
        fmt_score(s.num_precision, 2),
        fmt_score(s.num_recall, 2),
    )
}

fn block_lines(c: &Counts, s: &Scores) -> Vec<String> {
    let unreadable = if c.divergence_unreadable > 0 {
        format!(
            "; {} link(s) without a numeric divergence left out",
            c.divergence_unreadable
        )
    } else {
        String::new()
    };
    vec![
        format!(
            "links: predicted {}, correct {}, false positives {}; gold {}, found {}, missed {}",
            c.predicted_links,
            c.correct_links,
            c.false_positives,
            c.gold_links,
            c.found_links,
            c.missed_links
        ),
        format!(
            "  precision {}  recall {}  F1 {}",
            fmt_score(s.precision, 3),
            fmt_score(s.recall, 3),
            fmt_score(s.f1, 3)
        ),
        format!(
            "no-counterpart: {}/{} left unmatched ({} linked, {} missing source sentence)  \
             accuracy {}",
            c.none_correct,
            c.gold_no_counterpart,
            c.none_linked,
            c.none_missing_source,
            fmt_score(s.none_acc, 3)
        ),
        format!(
            "coverage: {}/{} gold source keys found in source_text, {} missing",
            c.source_keys - c.source_keys_missing,
            c.source_keys,
            c.source_keys_missing
        ),
        format!(
            "divergence spearman: {} (n={}{unreadable})",
            fmt_score(s.spearman, 2),
            s.spearman_n
        ),
        format!(
            "number mismatch: precision {} ({}/{})  recall {} ({}/{})",
            fmt_score(s.num_precision, 2),
            c.num_tp,
            c.num_pred,
            fmt_score(s.num_recall, 2),
            c.num_tp,
            c.num_gold
        ),
        format!(
            "name variant: precision {} ({}/{})  recall {} ({}/{})",
            fmt_score(s.name_precision, 2),
            c.name_tp,
            c.name_pred,
            fmt_score(s.name_recall, 2),
            c.name_tp,
            c.name_gold
        ),
    ]
}

fn verbose_lines(d: &Details, prefix: &str) -> Vec<String> {
    let mut lines = vec![format!(
        "{prefix}false positives ({}):",
        d.false_positives.len()
    )];
    for fp in &d.false_positives {
        lines.push(format!(
            "  line {}: {} / {} / {}  [{}]",
            fp.line,
            shorten(&fp.source_text),
            shorten(&fp.target_doc),
            shorten(&fp.target_text),
            fp.reason
        ));
    }
    lines.push(format!(
        "{prefix}missed gold links ({}):",
        d.missed_links.len()
    ));
    for m in &d.missed_links {
        lines.push(format!(
            "  gold line {}: {} / {} / {}  [{}]",
            m.gold_line,
            shorten(&m.source_key),
            shorten(&m.target_doc),
            shorten(&m.target_key),
            m.reason
        ));
    }
    lines.push(format!(
        "{prefix}no-counterpart errors ({}):",
        d.no_counterpart_errors.len()
    ));
    for e in &d.no_counterpart_errors {
        lines.push(format!(
            "  gold line {}: {}  [{}]",
            e.gold_line,
            shorten(&e.source_key),
            shorten(&e.error)
        ));
    }
    lines.push(format!(
        "{prefix}missing source keys ({}):",
        d.missing_source_keys.len()
    ));
    for k in &d.missing_source_keys {
        lines.push(format!(
            "  gold line {}: {}",
            k.gold_line,
            shorten(&k.source_key)
        ));
    }
    lines
}

fn join_lines(lines: Vec<String>) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// What score.py prints on standard output for `--aligned` (a report from
/// [`score_one`]): `gold_path` and `aligned_label` as given on the command
/// line. Ends with the summary line and a newline.
pub fn render_text(report: &Report, gold_path: &str, aligned_label: &str, verbose: bool) -> String {
    let c = &report.total;
    let case = report.cases.first().map(|r| r.case.as_str()).unwrap_or("");
    let mut lines = vec![
        format!("gold: {gold_path}"),
        format!(
            "case {}: {} gold rows ({} links, {} no-counterpart)",
            py_repr(case),
            c.gold_rows,
            c.gold_links,
            c.gold_no_counterpart
        ),
        format!(
            "aligned: {aligned_label} ({} rows, {} links)",
            c.output_rows, c.predicted_links
        ),
    ];
    lines.extend(block_lines(c, &report.overall));
    if verbose {
        for res in &report.cases {
            lines.extend(verbose_lines(&res.details, ""));
        }
    }
    lines.push(summary_line(&report.overall));
    join_lines(lines)
}

/// What score.py prints on standard output for `--aligned-dir` (a report
/// from [`score_many`]); `warnings` as made by [`missing_output_warning`] and
/// [`extra_output_warning`] (score.py also prints each on standard error as
/// `score.py: warning: ...`). Ends with the summary line and a newline.
pub fn render_dir_text(
    report: &Report,
    gold_path: &str,
    dir_label: &str,
    warnings: &[String],
    verbose: bool,
) -> String {
    let mut lines = vec![
        format!("gold: {gold_path}"),
        format!("aligned dir: {dir_label} ({} case(s))", report.cases.len()),
    ];
    lines.extend(warnings.iter().map(|w| format!("warning: {w}")));
    for res in &report.cases {
        let c = &res.counts;
        lines.push(format!(
            "case {}: {}  (pred {}, gold {}, no-counterpart {})",
            res.case,
            summary_line(&res.scores),
            c.predicted_links,
            c.gold_links,
            c.gold_no_counterpart
        ));
    }
    lines.push(format!(
        "all {} case(s), micro-averaged:",
        report.cases.len()
    ));
    lines.extend(block_lines(&report.total, &report.overall));
    if verbose {
        for res in &report.cases {
            lines.extend(verbose_lines(&res.details, &format!("[{}] ", res.case)));
        }
    }
    lines.push(summary_line(&report.overall));
    join_lines(lines)
}

/// score.py's warning for a case without `CASE.csv` in the folder.
pub fn missing_output_warning(case: &str, dir_label: &str) -> String {
    format!("case {case}: no {case}.csv in {dir_label}; scored as empty output")
}

/// score.py's warning for a `.csv` file of the folder that names no gold case
/// (score.py lists them sorted by name, and only when no `--case` is given).
pub fn extra_output_warning(file_name: &str) -> String {
    let case = file_name.strip_suffix(".csv").unwrap_or(file_name);
    format!(
        "{file_name}: no gold rows for case {}; ignored",
        py_repr(case)
    )
}

/// score.py's `--json` object, to print with `serde_json` (the fields and
/// their order are score.py's; Python writes `", "` and `": "` between items
/// and its own float notation, so equal as JSON values, not byte for byte).
#[derive(Debug, Clone, Serialize)]
pub struct JsonReport<'a> {
    /// The gold path as given.
    pub gold: &'a str,
    /// `--aligned` as given (absent with `--aligned-dir`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aligned: Option<&'a str>,
    /// `--aligned-dir` as given (absent with `--aligned`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aligned_dir: Option<&'a str>,
    /// The micro-averaged scores.
    pub scores: &'a Scores,
    /// The summed counts.
    pub counts: &'a Counts,
    /// The summary line of the overall scores.
    pub summary: String,
    /// The warnings (see [`render_dir_text`]).
    pub warnings: &'a [String],
    /// One entry per case.
    pub cases: Vec<JsonCase<'a>>,
}

/// One case in score.py's `--json` object.
#[derive(Debug, Clone, Serialize)]
pub struct JsonCase<'a> {
    /// The case name.
    pub case: &'a str,
    /// The aligned file scored (`null` when the case had none).
    pub aligned: Option<&'a str>,
    /// The case's scores.
    pub scores: &'a Scores,
    /// The case's counts.
    pub counts: &'a Counts,
    /// The case's summary line.
    pub summary: String,
    /// The case's error lists.
    pub details: &'a Details,
}

impl<'a> JsonReport<'a> {
    fn new(report: &'a Report, gold: &'a str, files: &[Option<&'a str>]) -> Self {
        JsonReport {
            gold,
            aligned: None,
            aligned_dir: None,
            scores: &report.overall,
            counts: &report.total,
            summary: summary_line(&report.overall),
            warnings: &[],
            cases: report
                .cases
                .iter()
                .enumerate()
                .map(|(i, res)| JsonCase {
                    case: &res.case,
                    aligned: files.get(i).copied().flatten(),
                    scores: &res.scores,
                    counts: &res.counts,
                    summary: summary_line(&res.scores),
                    details: &res.details,
                })
                .collect(),
        }
    }

    /// The object for `--aligned` (a report from [`score_one`]).
    pub fn single(report: &'a Report, gold_path: &'a str, aligned_label: &'a str) -> Self {
        let mut json = JsonReport::new(report, gold_path, &[Some(aligned_label)]);
        json.aligned = Some(aligned_label);
        json
    }

    /// The object for `--aligned-dir` (a report from [`score_many`]);
    /// `case_files[i]` is the file scored for case i (`DIR/CASE.csv` joined
    /// as Python's `os.path.join` does), `None` when it was absent.
    pub fn dir(
        report: &'a Report,
        gold_path: &'a str,
        dir_label: &'a str,
        case_files: &'a [Option<String>],
        warnings: &'a [String],
    ) -> Self {
        let files: Vec<Option<&'a str>> = case_files.iter().map(Option::as_deref).collect();
        let mut json = JsonReport::new(report, gold_path, &files);
        json.aligned_dir = Some(dir_label);
        json.warnings = warnings;
        json
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // ------------------------------------------------------------ helpers

    const AH: [&str; 12] = [
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
    ];

    const GOLD: [[&str; 6]; 4] = [
        [
            "t",
            "Peskov mengatakan",
            "ap.txt",
            "Peskov told reporters",
            "1",
            "name",
        ],
        [
            "t",
            "137 orang tewas",
            "ap.txt",
            "144 people died",
            "2",
            "number",
        ],
        [
            "t",
            "Taliban dari daftar",
            "fox.txt",
            "Taliban from its list",
            "0",
            "",
        ],
        ["t", "Dengarkan artikel", "", "", "3", ""],
    ];

    /// An aligned row in the column order of `AH`, like test_score.py's `row()`.
    fn row(
        sent: &str,
        text: &str,
        doc: &str,
        tsent: &str,
        ttext: &str,
        div: &str,
        flags: &str,
    ) -> Vec<String> {
        let score = if doc.is_empty() { "" } else { "0.8" };
        [
            "src.txt", sent, text, doc, tsent, ttext, score, div, "", "", "", flags,
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect()
    }

    fn unlinked(sent: &str, text: &str, flags: &str) -> Vec<String> {
        row(sent, text, "", "", "", "1", flags)
    }

    fn with(mut r: Vec<String>, column: &str, value: &str) -> Vec<String> {
        let i = AH.iter().position(|c| *c == column).unwrap();
        r[i] = value.to_owned();
        r
    }

    fn taliban() -> Vec<String> {
        row(
            "1",
            "Rusia akan menghapus Taliban dari daftar teroris.",
            "fox.txt",
            "2",
            "Russia may remove the Taliban from its list of terrorist groups.",
            "0.1",
            "",
        )
    }

    fn listen() -> Vec<String> {
        unlinked(
            "2",
            "Anda sekarang dapat Dengarkan artikel ini.",
            "unmatched",
        )
    }

    fn peskov() -> Vec<String> {
        row(
            "3",
            "Dmitri Peskov mengatakan kepada wartawan.",
            "ap.txt",
            "4",
            "Dmitry Peskov told reporters on Tuesday.",
            "0.3",
            "name_variant:Dmitri|Dmitry",
        )
    }

    fn deaths() -> Vec<String> {
        row(
            "4",
            "Sebanyak 137 orang tewas.",
            "ap.txt",
            "7",
            "At least 144 people died.",
            "0.6",
            "number_mismatch:137|144",
        )
    }

    fn perfect() -> Vec<Vec<String>> {
        vec![taliban(), listen(), peskov(), deaths()]
    }

    /// CSV text as Python's csv.writer(lineterminator="\r\n") writes it.
    fn csv_text<S: AsRef<str>>(header: &[&str], rows: &[Vec<S>]) -> String {
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        w.write_record(header).unwrap();
        for r in rows {
            w.write_record(r.iter().map(|f| f.as_ref())).unwrap();
        }
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    fn gold_text(rows: &[[&str; 6]]) -> String {
        let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
        csv_text(&GOLD_COLUMNS, &rows)
    }

    fn aligned_text(rows: &[Vec<String>]) -> String {
        csv_text(&AH, rows)
    }

    fn gold(rows: &[[&str; 6]]) -> Vec<GoldRow> {
        parse_gold(&gold_text(rows), "gold.csv").unwrap()
    }

    fn aligned(rows: &[Vec<String>]) -> Vec<AlignedRow> {
        parse_aligned(&aligned_text(rows), "aligned.csv").unwrap()
    }

    fn score(gold_rows: &[[&str; 6]], rows: &[Vec<String>]) -> Report {
        score_one(&gold(gold_rows), None, &aligned(rows)).unwrap()
    }

    fn text(report: &Report, verbose: bool) -> String {
        render_text(report, "gold.csv", "aligned.csv", verbose)
    }

    /// The summary line split into its seven values, checked against
    /// test_score.py's SUMMARY_RE shape.
    fn summary(report: &Report) -> Vec<String> {
        let out = text(report, false);
        let last = out.trim_end_matches('\n').rsplit('\n').next().unwrap();
        let parts: Vec<&str> = last.split(' ').collect();
        let keys = ["F1", "P", "R", "none-acc", "spearman", "num-P", "num-R"];
        assert_eq!(parts.len(), 14, "not a summary line: {last:?}");
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(parts[2 * i], *key, "not a summary line: {last:?}");
            let places = if i < 4 { 3 } else { 2 };
            let v = parts[2 * i + 1];
            let digits = v.trim_start_matches('-');
            let ok = v == "n/a"
                || (digits.len() == places + 2 && digits.as_bytes()[1] == b'.')
                    && (i == 4 || !v.starts_with('-'));
            assert!(ok, "bad value {v:?} in {last:?}");
        }
        parts
            .iter()
            .skip(1)
            .step_by(2)
            .map(|s| s.to_string())
            .collect()
    }

    fn ends_with_summary(out: &str, report: &Report) {
        assert!(out.ends_with('\n'));
        let last = out.trim_end_matches('\n').rsplit('\n').next().unwrap();
        assert_eq!(last, summary_line(&report.overall));
    }

    // ------------------------------------------------------------ test_score.py

    #[test]
    fn perfect_output() {
        let r = score(&GOLD, &perfect());
        assert_eq!(
            summary(&r),
            ["1.000", "1.000", "1.000", "1.000", "1.00", "1.00", "1.00"]
        );
        let out = text(&r, false);
        assert!(out.contains("coverage: 4/4 gold source keys found"));
        assert!(out.contains("name variant: precision 1.00 (1/1)  recall 1.00 (1/1)"));
    }

    #[test]
    fn false_positive() {
        let wrong = row(
            "4",
            "Sebanyak 137 orang tewas.",
            "fox.txt",
            "9",
            "Officials gave no figure.",
            "0.8",
            "",
        );
        let mut rows = perfect();
        rows.push(wrong);
        let r = score(&GOLD, &rows);
        assert_eq!(summary(&r)[..3], ["0.857", "0.750", "1.000"]);
        let out = text(&r, true);
        assert!(out.contains("\nfalse positives (1):\n"));
        assert!(out.contains(
            "\n  line 6: Sebanyak 137 orang tewas. / fox.txt / Officials gave no figure.  \
             [no gold link]\n"
        ));
        ends_with_summary(&out, &r);
    }

    #[test]
    fn wrong_target_sentence_is_false_positive_and_miss() {
        let off = with(deaths(), "target_text", "The toll is expected to rise.");
        let r = score(&GOLD, &[taliban(), listen(), peskov(), off]);
        assert_eq!(summary(&r)[1..3], ["0.667", "0.667"]);
        assert!(text(&r, true).contains("[linked to another sentence of ap.txt]"));
    }

    #[test]
    fn missed_link() {
        let unl = unlinked("4", "Sebanyak 137 orang tewas.", "unmatched");
        let r = score(&GOLD, &[taliban(), listen(), peskov(), unl]);
        let s = summary(&r);
        assert_eq!(s[..3], ["0.800", "1.000", "0.667"]);
        // number P/R only look at correctly matched links: the number link was missed
        assert_eq!(s[5..], ["n/a", "n/a"]);
        let out = text(&r, true);
        assert!(out.contains("missed gold links (1):"));
        assert!(out.contains(
            "gold line 3: 137 orang tewas / ap.txt / 144 people died  [not linked to ap.txt]"
        ));
    }

    #[test]
    fn missing_source_sentence() {
        let r = score(&GOLD, &[taliban(), peskov()]);
        let c = &r.total;
        assert_eq!((c.found_links, c.missed_links), (2, 1));
        assert_eq!((c.source_keys, c.source_keys_missing), (4, 2));
        assert_eq!((c.none_correct, c.none_missing_source), (0, 1));
        assert_eq!(r.overall.none_acc, Some(0.0));
        let d = &r.cases[0].details;
        assert_eq!(d.no_counterpart_errors[0].error, "missing source sentence");
        assert_eq!(d.missed_links[0].reason, "source sentence missing");
        let out = text(&r, false);
        assert!(out.contains("1 missing source sentence"));
        assert!(out.contains("coverage: 2/4 gold source keys found in source_text, 2 missing"));
    }

    #[test]
    fn duplicates_are_false_positives() {
        let mut rows = perfect();
        rows.push(peskov());
        rows.push(with(peskov(), "divergence", "0.9"));
        let r = score(&GOLD, &rows);
        let c = &r.total;
        assert_eq!(
            (c.predicted_links, c.correct_links, c.false_positives),
            (5, 3, 2)
        );
        assert_eq!((c.found_links, c.gold_links), (3, 3));
        assert_eq!(r.overall.precision, Some(0.6));
        assert_eq!(r.overall.recall, Some(1.0));
        // the first of the duplicates is the one credited: Spearman still sees 0.3 for grade 1
        assert_eq!(r.overall.spearman, Some(1.0));
        let fps = &r.cases[0].details.false_positives;
        let reasons: Vec<&str> = fps.iter().map(|f| f.reason.as_str()).collect();
        assert_eq!(reasons, ["duplicate", "duplicate"]);
        let lines: Vec<u64> = fps.iter().map(|f| f.line).collect();
        assert_eq!(lines, [6, 7]);
    }

    #[test]
    fn bom() {
        let plain = score(&GOLD, &perfect());
        let bom_aligned = format!("\u{feff}{}", aligned_text(&perfect()));
        assert!(bom_aligned
            .as_bytes()
            .starts_with(b"\xef\xbb\xbfsource_doc,"));
        let bom_gold = format!("\u{feff}{}", gold_text(&GOLD));
        let g = parse_gold(&bom_gold, "g").unwrap();
        let a = parse_aligned(&bom_aligned, "a").unwrap();
        let r = score_one(&g, None, &a).unwrap();
        assert_eq!(summary(&r), summary(&plain));
        assert_eq!(summary(&r)[0], "1.000");
    }

    #[test]
    fn quote_prefixed_fields() {
        let g = [
            [
                "t",
                "- Reuters melaporkan",
                "-wire.txt",
                "= Reuters reported",
                "0",
                "",
            ],
            [
                "t",
                "Taliban dari daftar",
                "'tis.txt",
                "Taliban from its list",
                "0",
                "",
            ],
            ["t", "+62 korban", "ap.txt", "+62 victims", "2", "number"],
        ];
        let rows = [
            row(
                "1",
                "'- Reuters melaporkan hal itu.",
                "'-wire.txt",
                "1",
                "'= Reuters reported it.",
                "0.2",
                "",
            ),
            // a leading ' before anything else is data and stays
            row(
                "2",
                "Taliban dari daftar itu.",
                "'tis.txt",
                "3",
                "Taliban from its list.",
                "0.1",
                "",
            ),
            row(
                "3",
                "'+62 korban",
                "ap.txt",
                "2",
                "'+62 victims and more",
                "'-0.5",
                "number_mismatch:62|60",
            ),
            unlinked("4", "'\tBaris tambahan", "unmatched"),
        ];
        let r = score(&g, &rows);
        let c = &r.total;
        assert_eq!(
            (c.predicted_links, c.correct_links, c.found_links),
            (3, 3, 3)
        );
        assert_eq!(c.divergence_unreadable, 0); // '-0.5 read as -0.5
        assert_eq!((c.num_tp, c.num_pred, c.num_gold), (1, 1, 1));
        assert!(r.cases[0].details.false_positives.is_empty());
        let out = aligned(&rows);
        assert_eq!(out[0].source_text, "- Reuters melaporkan hal itu.");
        assert_eq!(out[0].target_doc, "-wire.txt");
        assert_eq!(out[0].target_text, "= Reuters reported it.");
        assert_eq!(out[1].target_doc, "'tis.txt");
        assert_eq!(out[2].divergence, Some(-0.5));
        // the tab after the quote is whitespace and collapses away
        assert_eq!(out[3].source_text, "Baris tambahan");
    }

    #[test]
    fn unguard_drops_only_a_guarding_quote() {
        assert_eq!(unguard("'=SUM(A1)"), "=SUM(A1)");
        for ch in ['=', '+', '-', '@', '\t', '\r'] {
            assert_eq!(unguard(&format!("'{ch}x")), format!("{ch}x"));
        }
        assert_eq!(unguard("''=x"), "''=x"); // second char is no guard char
        assert_eq!(unguard("'-'=x"), "-'=x"); // only the first quote goes
        assert_eq!(unguard("'tis"), "'tis");
        assert_eq!(unguard("'"), "'");
        assert_eq!(unguard(""), "");
        assert_eq!(unguard("'é"), "'é");
    }

    #[test]
    fn missing_column() {
        let header: Vec<&str> = AH.iter().copied().filter(|h| *h != "divergence").collect();
        let rows: Vec<Vec<String>> = perfect()
            .into_iter()
            .map(|mut r| {
                r.remove(7);
                r
            })
            .collect();
        let err = parse_aligned(&csv_text(&header, &rows), "a.csv").unwrap_err();
        assert!(err
            .to_string()
            .contains("missing required column(s): divergence"));
        assert!(matches!(err, EvalError::MissingColumns { .. }));
        let rows: Vec<Vec<&str>> = GOLD.iter().map(|r| r[..5].to_vec()).collect();
        let err = parse_gold(&csv_text(&GOLD_COLUMNS[..5], &rows), "g.csv").unwrap_err();
        assert_eq!(
            err.to_string(),
            "gold g.csv: missing required column(s): kinds \
             (header has: case, source_key, target_doc, target_key, grade)"
        );
    }

    #[test]
    fn grade3_row_wrongly_linked() {
        let mut g = GOLD.to_vec();
        g.push(["t", "Baca juga", "", "", "3", ""]);
        let linked = row(
            "2",
            "Anda sekarang dapat Dengarkan artikel ini.",
            "fox.txt",
            "1",
            "Listen to this article.",
            "0.2",
            "",
        );
        let read_also = unlinked("5", "Baca juga: berita lain.", "boilerplate");
        let r = score(&g, &[taliban(), linked, peskov(), deaths(), read_also]);
        let s = summary(&r);
        assert_eq!(s[3], "0.500");
        assert_eq!(s[1], "0.750"); // the wrong link is also a false positive
        assert_eq!(s[2], "1.000");
        let out = text(&r, true);
        assert!(out
            .contains("no-counterpart: 1/2 left unmatched (1 linked, 0 missing source sentence)"));
        assert!(out.contains(
            "gold line 5: Dengarkan artikel  [linked to fox.txt: Listen to this article.]"
        ));
    }

    #[test]
    fn grade3_sentence_with_two_rows_one_linked() {
        // a no-counterpart sentence is wrong as soon as any of its rows is linked
        let mut rows = perfect();
        rows.push(row(
            "2",
            "Anda sekarang dapat Dengarkan artikel ini.",
            "ap.txt",
            "1",
            "Listen now.",
            "0.5",
            "",
        ));
        assert_eq!(summary(&score(&GOLD, &rows))[3], "0.000");
    }

    #[test]
    fn spearman_ties_unit() {
        assert_eq!(average_ranks(&[0.1, 0.1, 0.5, 0.9]), [1.5, 1.5, 3.0, 4.0]);
        assert_eq!(average_ranks(&[2.0, 0.0, 1.0, 1.0]), [4.0, 1.0, 2.5, 2.5]);
        assert_eq!(average_ranks(&[3.0, 3.0, 3.0]), [2.0, 2.0, 2.0]);
        // hand-worked: rank x = 1.5 1.5 3 4, rank y = 1 2.5 2.5 4 -> 3.75 / 4.5
        let rho = spearman(&[0.1, 0.1, 0.5, 0.9], &[0.0, 1.0, 1.0, 2.0]).unwrap();
        assert!((rho - 3.75 / 4.5).abs() < 1e-12);
        let rho = spearman(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]).unwrap();
        assert!((rho + 1.0).abs() < 1e-12);
        assert_eq!(spearman(&[0.1, 0.2], &[0.0, 1.0]), None); // n < 3
        assert_eq!(spearman(&[0.5, 0.5, 0.5], &[0.0, 1.0, 2.0]), None); // no variance in x
        assert_eq!(spearman(&[0.1, 0.5, 0.9], &[2.0, 2.0, 2.0]), None); // no variance in y
                                                                        // -0.0 and 0.0 tie, as in Python
        assert_eq!(average_ranks(&[0.0, -0.0, 1.0]), [1.5, 1.5, 3.0]);
    }

    #[test]
    fn spearman_ties_end_to_end() {
        let g = [
            ["t", "kalimat satu", "a.txt", "sentence one", "0", ""],
            ["t", "kalimat dua", "a.txt", "sentence two", "1", "name"],
            ["t", "kalimat tiga", "a.txt", "sentence three", "1", ""],
            [
                "t",
                "kalimat empat",
                "a.txt",
                "sentence four",
                "2",
                "number",
            ],
        ];
        let rows = vec![
            row(
                "1",
                "Ini kalimat satu.",
                "a.txt",
                "1",
                "This is sentence one.",
                "0.1",
                "",
            ),
            row(
                "2",
                "Ini kalimat dua.",
                "a.txt",
                "2",
                "This is sentence two.",
                "0.1",
                "",
            ),
            row(
                "3",
                "Ini kalimat tiga.",
                "a.txt",
                "3",
                "This is sentence three.",
                "0.5",
                "",
            ),
            row(
                "4",
                "Ini kalimat empat.",
                "a.txt",
                "4",
                "This is sentence four.",
                "0.9",
                "",
            ),
        ];
        let r = score(&g, &rows);
        assert_eq!(summary(&r)[4], "0.83");
        assert!(text(&r, false).contains("divergence spearman: 0.83 (n=4)"));
        assert_eq!(summary(&r)[3], "n/a"); // no grade-3 rows in this gold
        let same: Vec<_> = rows
            .iter()
            .map(|r| with(r.clone(), "divergence", "0.4"))
            .collect();
        assert_eq!(summary(&score(&g, &same))[4], "n/a");
        let few: Vec<_> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                if i < 2 {
                    r.clone()
                } else {
                    let r = with(r.clone(), "target_doc", "");
                    let r = with(r, "target_text", "");
                    with(r, "target_sent", "")
                }
            })
            .collect();
        let r = score(&g, &few);
        assert_eq!(summary(&r)[4], "n/a");
        assert!(text(&r, false).contains("divergence spearman: n/a (n=2)"));
    }

    #[test]
    fn number_and_name_precision_recall() {
        let g = [
            ["t", "satu", "a.txt", "one", "2", "number"],
            ["t", "dua", "a.txt", "two", "2", "number;name"],
            ["t", "tiga", "a.txt", "three", "1", "name"],
            ["t", "empat", "a.txt", "four", "0", ""],
            ["t", "lima", "a.txt", "five", "2", "number"],
        ];
        let rows = [
            row(
                "1",
                "satu",
                "a.txt",
                "1",
                "one",
                "0.5",
                "number_mismatch:1|2",
            ),
            row("2", "dua", "a.txt", "2", "two", "0.5", "name_spelling:A|B"),
            row(
                "3",
                "tiga",
                "a.txt",
                "3",
                "three",
                "0.2",
                "name_variant:X|Y; quote_missing",
            ),
            row(
                "4",
                "empat",
                "a.txt",
                "4",
                "four",
                "0.1",
                "number_mismatch; name_missing",
            ),
            // a false positive's flags do not count
            row(
                "5",
                "lima",
                "a.txt",
                "9",
                "nine",
                "0.8",
                "number_mismatch:5|9",
            ),
        ];
        let r = score(&g, &rows);
        let (c, s) = (&r.total, &r.overall);
        assert_eq!((c.num_tp, c.num_pred, c.num_gold), (1, 2, 2));
        assert_eq!((c.name_tp, c.name_pred, c.name_gold), (2, 3, 2));
        assert_eq!((s.num_precision, s.num_recall), (Some(0.5), Some(0.5)));
        assert_eq!(s.name_precision, Some(2.0 / 3.0));
        assert_eq!(s.name_recall, Some(1.0));
        assert!(summary_line(s).ends_with("num-P 0.50 num-R 0.50"));
        // flags and kinds are lowercased; number_mismatchX is not a number flag
        assert!(is_number_flag("number_mismatch"));
        assert!(!is_number_flag("number_mismatch_extra"));
        assert_eq!(
            tokens(" Number_Mismatch:1|2 ;; NAME "),
            ["number_mismatch:1|2", "name"]
        );
    }

    #[test]
    fn merged_unit_finds_both_links() {
        let g = [
            ["t", "kalimat empat", "a.txt", "joint sentence", "1", ""],
            [
                "t",
                "kalimat lima",
                "a.txt",
                "joint sentence",
                "2",
                "addition",
            ],
        ];
        let rows = [row(
            "4+5",
            "Ini kalimat empat. Dan kalimat lima.",
            "a.txt",
            "3",
            "This is the joint sentence.",
            "0.4",
            "",
        )];
        let r = score(&g, &rows);
        let c = &r.total;
        assert_eq!(
            (c.predicted_links, c.correct_links, c.found_links),
            (1, 1, 2)
        );
        assert_eq!(
            (r.overall.precision, r.overall.recall),
            (Some(1.0), Some(1.0))
        );
    }

    #[test]
    fn matching_is_not_greedy() {
        let (s0, s1, s2) = (Some(0), Some(1), Some(2));
        // row 1 fits both gold links, row 2 only the first: both rows are credited
        assert_eq!(
            max_matching(&[vec![0, 1], vec![0]], 2),
            (vec![s1, s0], vec![s1, s0])
        );
        assert_eq!(
            max_matching(&[vec![0], vec![0]], 1),
            (vec![s0, None], vec![s0])
        );
        assert_eq!(
            max_matching(&[vec![], vec![1], vec![0, 1]], 2),
            (vec![None, s1, s0], vec![s2, s1])
        );
        // a longer augmenting path: row 2 displaces row 1, which displaces row 0
        assert_eq!(
            max_matching(&[vec![0, 1], vec![0, 2], vec![0]], 3),
            (vec![s1, s2, s0], vec![s2, s0, s1])
        );
    }

    #[test]
    fn nfc_whitespace_basename_extra_columns() {
        let g = [[
            "t",
            "Kremlin  menyatakan café",
            "ap.txt",
            "Kremlin said",
            "0",
            "",
        ]];
        let decomposed: String = "Juru bicara Kremlin\n menyatakan\u{a0}café."
            .nfd()
            .collect();
        assert_ne!(decomposed, "Juru bicara Kremlin\n menyatakan\u{a0}café.");
        let mut header = vec!["extra", "flags", "divergence"];
        header.extend(AH.iter().filter(|h| **h != "flags" && **h != "divergence"));
        header.push("note");
        let r = row(
            "1",
            &decomposed,
            "reports/ap.txt",
            "1",
            "The  Kremlin said.",
            "0.0",
            "",
        );
        let fields: Vec<String> = header
            .iter()
            .map(|h| match *h {
                "extra" => "x".to_owned(),
                "note" => "y".to_owned(),
                h => r[AH.iter().position(|c| *c == h).unwrap()].clone(),
            })
            .collect();
        let a = parse_aligned(&csv_text(&header, &[fields]), "a").unwrap();
        assert_eq!(a[0].target_doc, "ap.txt");
        let rep = score_one(&gold(&g), None, &a).unwrap();
        assert_eq!(summary(&rep)[1..3], ["1.000", "1.000"]);
        assert_eq!(basename("C:\\reports\\fox.txt"), "fox.txt");
        assert_eq!(norm("  a\u{1c}b\u{3000}c\r\n"), "a b c");
    }

    #[test]
    fn short_rows_and_bad_divergence() {
        let text = format!(
            "{}\ns.txt,1,Ini kalimat satu.,a.txt,1,This is sentence one.,0.9,high,,,,\n\
             s.txt,2,Ini kalimat dua.\n",
            AH.join(",")
        );
        let g = gold(&[
            ["t", "kalimat satu", "a.txt", "sentence one", "0", ""],
            ["t", "kalimat dua", "", "", "3", ""],
        ]);
        let a = parse_aligned(&text, "short.csv").unwrap();
        assert_eq!(a[1].target_doc, "");
        assert_eq!(a[1].flags, Vec::<String>::new());
        let r = score_one(&g, None, &a).unwrap();
        assert_eq!(r.total.divergence_unreadable, 1);
        assert_eq!(r.overall.spearman_n, 0);
        assert_eq!(
            (r.overall.recall, r.overall.none_acc),
            (Some(1.0), Some(1.0))
        );
        assert!(text_contains(
            &r,
            "divergence spearman: n/a (n=0; 1 link(s) without a numeric divergence left out)"
        ));
    }

    fn text_contains(r: &Report, needle: &str) -> bool {
        text(r, false).contains(needle)
    }

    #[test]
    fn verbose_shortens_to_80() {
        let long_src = format!("Taliban dari daftar {}", "sangat panjang ".repeat(20));
        let long_tgt = "Something unrelated ".repeat(10);
        let mut rows = perfect();
        rows.push(row("9", &long_src, "ap.txt", "9", &long_tgt, "0.9", ""));
        let out = text(&score(&GOLD, &rows), true);
        let fp_line = out.lines().find(|l| l.starts_with("  line 6:")).unwrap();
        let parts: Vec<&str> = fp_line["  line 6: ".len()..].split(" / ").collect();
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].chars().count(), 80);
        assert!(parts[0].ends_with('\u{2026}'));
        assert_eq!(parts[1], "ap.txt");
        let tgt = parts[2].split("  [").next().unwrap();
        assert_eq!(tgt.chars().count(), 80);
        assert_eq!(shorten(&"x".repeat(80)), "x".repeat(80));
    }

    #[test]
    fn aligned_dir_micro_average() {
        let g = gold(&[
            ["a", "satu", "x.txt", "one", "0", ""],
            ["a", "dua", "x.txt", "two", "1", ""],
            ["a", "tiga", "", "", "3", ""],
            ["b", "empat", "y.txt", "four", "2", "number"],
            ["b", "lima", "y.txt", "five", "0", ""],
            ["b", "enam", "", "", "3", ""],
        ]);
        let a = aligned(&[
            row("1", "satu", "x.txt", "1", "one", "0.0", ""),
            row("2", "dua", "x.txt", "2", "two", "0.3", ""),
            unlinked("3", "tiga", "unmatched"),
        ]);
        let b = aligned(&[
            row(
                "1",
                "empat",
                "y.txt",
                "1",
                "four",
                "0.7",
                "number_mismatch:4|5",
            ),
            row("2", "lima", "y.txt", "9", "nine", "0.5", ""),
            row("3", "enam", "y.txt", "3", "six", "0.5", ""),
        ]);
        assert_eq!(select_cases(&g, None, false).unwrap(), ["a", "b"]);
        let outputs = vec![("a".to_owned(), Some(a.clone())), ("b".to_owned(), Some(b))];
        let r = score_many(&g, &outputs);
        let warnings = vec![extra_output_warning("zzz.csv")];
        assert_eq!(warnings[0], "zzz.csv: no gold rows for case 'zzz'; ignored");
        let out = render_dir_text(&r, "g", "out", &warnings, false);
        let lines: Vec<&str> = out.trim_end().split('\n').collect();
        assert_eq!(
            *lines.last().unwrap(),
            "F1 0.667 P 0.600 R 0.750 none-acc 0.500 spearman 1.00 num-P 1.00 num-R 1.00"
        );
        assert!(lines.contains(
            &"case a: F1 1.000 P 1.000 R 1.000 none-acc 1.000 spearman n/a num-P n/a num-R n/a  \
              (pred 2, gold 2, no-counterpart 1)"
        ));
        assert!(lines.contains(
            &"case b: F1 0.400 P 0.333 R 0.500 none-acc 0.000 spearman n/a num-P 1.00 num-R 1.00  \
              (pred 3, gold 2, no-counterpart 1)"
        ));
        assert!(lines.contains(&"warning: zzz.csv: no gold rows for case 'zzz'; ignored"));
        // one case only
        assert_eq!(select_cases(&g, Some("a"), false).unwrap(), ["a"]);
        let r = score_many(&g, &outputs[..1]);
        assert_eq!(summary_line(&r.overall)[..8], *"F1 1.000");
        // a case without an output file is scored as empty output
        let r = score_many(&g, &[("a".to_owned(), Some(a)), ("b".to_owned(), None)]);
        assert_eq!(r.total.found_links, 2);
        assert_eq!(r.total.gold_links, 4);
        assert_eq!(r.total.none_missing_source, 1);
        assert!(missing_output_warning("b", "out").contains("no b.csv"));
    }

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
    fn bad_input() {
        let err = decode(b"source_doc\ns.txt,1,caf\xe9\n", FileKind::Aligned, "l.csv");
        assert_eq!(
            err.unwrap_err().to_string(),
            "aligned l.csv: not UTF-8 (byte 22)"
        );
        // the offset counts from after a byte-order mark, as Python's utf-8-sig
        let err = decode(b"\xef\xbb\xbfab\xff", FileKind::Gold, "g.csv").unwrap_err();
        assert_eq!(err.to_string(), "gold g.csv: not UTF-8 (byte 2)");
        assert_eq!(
            decode(b"\xef\xbb\xbfab", FileKind::Gold, "g").unwrap(),
            "\u{feff}ab"
        );
        for empty in ["", " \r\n\t", "\u{feff}", "\u{1c}\n"] {
            let err = parse_aligned(empty, "e.csv").unwrap_err();
            assert_eq!(err.to_string(), "aligned e.csv: empty file (no header row)");
        }
        let cases: [([&str; 6], &str); 7] = [
            (
                ["t", "x", "a.txt", "y", "5", ""],
                "grade must be 0, 1, 2 or 3, not '5'",
            ),
            (
                ["t", "x", "a.txt", "y", "", ""],
                "grade must be 0, 1, 2 or 3, not ''",
            ),
            (
                ["t", "x", "a.txt", "y", "1.0", ""],
                "grade must be 0, 1, 2 or 3, not '1.0'",
            ),
            (["t", "", "a.txt", "y", "0", ""], "empty source_key"),
            (
                ["t", "x", "d/a.txt", "", "0", ""],
                "target_doc 'a.txt' but empty target_key",
            ),
            (
                ["t", "x", "a.txt", "y", "3", ""],
                "grade 3 (no counterpart) but target_doc is 'a.txt'",
            ),
            (
                ["t", "x", "", "", "1", ""],
                "empty target_doc (no counterpart) needs grade 3, not 1",
            ),
        ];
        for (bad, msg) in cases {
            let mut rows = GOLD.to_vec();
            rows.push(bad);
            let err = parse_gold(&gold_text(&rows), "bad.csv").unwrap_err();
            assert_eq!(err.to_string(), format!("gold bad.csv line 6: {msg}"));
        }
        let mut rows = GOLD.to_vec();
        rows.push(["t", "x", "", "y", "3", ""]);
        let err = parse_gold(&gold_text(&rows), "bad.csv").unwrap_err();
        assert_eq!(
            err.to_string(),
            "gold bad.csv line 6: target_key given but target_doc is empty"
        );
        // grade is trimmed; a blank row is skipped but still counts as a line
        let text = format!(
            "{}\r\n,,,,,\r\n\r\nt,x,a.txt,y, 2 ,\r\n",
            GOLD_COLUMNS.join(",")
        );
        let g = parse_gold(&text, "g").unwrap();
        assert_eq!((g.len(), g[0].line, g[0].grade), (1, 4, 2));
        let err = parse_gold(&format!("{}\n,,,,,\n", GOLD_COLUMNS.join(",")), "g.csv");
        assert_eq!(err.unwrap_err().to_string(), "gold g.csv: no rows");
        let err = EvalError::unreadable(
            FileKind::Gold,
            "nope.csv",
            &std::io::Error::from_raw_os_error(2),
        );
        assert_eq!(
            err.to_string(),
            "gold nope.csv: cannot read: No such file or directory"
        );
    }

    #[test]
    fn no_predictions() {
        let rows: Vec<_> = perfect()
            .iter()
            .enumerate()
            .map(|(i, r)| unlinked(&i.to_string(), &r[2], "unmatched"))
            .collect();
        let s = summary(&score(&GOLD, &rows));
        assert_eq!(s[..4], ["0.000", "n/a", "0.000", "1.000"]);
    }

    // ------------------------------------------------------------ Python details

    #[test]
    fn header_names_trimmed_bom_stripped_first_wins() {
        let text = "\u{feff} \u{feff}source_text ,target_doc,target_text,divergence,flags,\
                    source_text\nKalimat satu.,a.txt,One.,0.5,,other\n";
        let a = parse_aligned(text, "a").unwrap();
        assert_eq!(a[0].source_text, "Kalimat satu.");
        assert_eq!(a[0].source_sent, "");
        // a blank first line is an empty header, as Python's csv reads it
        let err = parse_aligned("\nsource_text,target_doc\n", "a.csv").unwrap_err();
        assert_eq!(
            err.to_string(),
            "aligned a.csv: missing required column(s): source_text, target_doc, \
             target_text, divergence, flags (header has: nothing)"
        );
    }

    #[test]
    fn line_numbers_follow_python() {
        let head = "source_text,target_doc,target_text,divergence,flags";
        // CR alone ends a line; a quoted field spans lines; blank lines count
        let text = format!(
            "{head}\ra,x.txt,b,1,\r\n\"multi\r\nline\nfield\",x.txt,c,1,\n\n\rd,x.txt,e,1,"
        );
        let a = parse_aligned(&text, "a").unwrap();
        let lines: Vec<u64> = a.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 5, 8]);
        assert_eq!(a[1].source_text, "multi line field");
        // Python's csv keeps text after a closing quote
        let a = parse_aligned(&format!("{head}\n\"ab\"c,x.txt,\"d\"\"e\",0,\n"), "a").unwrap();
        assert_eq!(
            (a[0].source_text.as_str(), a[0].target_text.as_str()),
            ("abc", "d\"e")
        );
    }

    #[test]
    fn field_over_python_limit() {
        let head = "source_text,target_doc,target_text,divergence,flags";
        let ok = format!("{head}\n{},b\n", "a".repeat(FIELD_LIMIT));
        assert_eq!(parse_aligned(&ok, "a").unwrap().len(), 1);
        let bad = format!("{head}\n{},b\n", "a".repeat(FIELD_LIMIT + 1));
        assert_eq!(
            parse_aligned(&bad, "a.csv").unwrap_err().to_string(),
            "aligned a.csv: bad CSV near line 2: field larger than field limit (131072)"
        );
        // the character over the limit is the line end inside the quotes
        let bad = format!("{head}\n\"{}\nbbb\",x\n", "a".repeat(FIELD_LIMIT));
        assert_eq!(
            parse_aligned(&bad, "a.csv").unwrap_err().to_string(),
            "aligned a.csv: bad CSV near line 2: field larger than field limit (131072)"
        );
        // an unclosed quote swallows the rest: the error names the line where
        // the field outgrows the limit
        let bad = format!("{head}\r\nx,\"{}tail\r\n", "ab\r\n".repeat(FIELD_LIMIT / 4));
        assert_eq!(
            parse_aligned(&bad, "a.csv").unwrap_err().to_string(),
            "aligned a.csv: bad CSV near line 32770: field larger than field limit (131072)"
        );
    }

    #[test]
    fn floats_parse_like_python() {
        assert_eq!(parse_float("0.5"), Some(0.5));
        assert_eq!(parse_float("+.5"), Some(0.5));
        assert_eq!(parse_float("1.e-1"), Some(0.1));
        assert_eq!(parse_float("1_0.2_5"), Some(10.25));
        assert_eq!(parse_float("\u{661}.\u{665}"), Some(1.5)); // Arabic-Indic digits
        assert_eq!(parse_float("\u{ff10}.\u{ff15}"), Some(0.5)); // full-width digits
        assert!(parse_float("-0").unwrap().is_sign_negative());
        for bad in [
            "",
            "_1",
            "1_",
            "1__0",
            "1_.5",
            "0x10",
            "1e",
            ".",
            "inf",
            "-Infinity",
            "nan",
            "1e400",
            "1,5",
            "0.5x",
            "½",
        ] {
            assert_eq!(parse_float(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn python_whitespace_and_repr() {
        assert_eq!(py_strip("\u{1c}\u{85} x \u{205f}"), "x");
        assert!(!'\u{1c}'.is_whitespace() && is_py_space('\u{1c}'));
        assert!(!is_py_space('\u{200b}'));
        assert_eq!(py_repr("7"), "'7'");
        assert_eq!(py_repr(""), "''");
        assert_eq!(py_repr("o'brien"), "\"o'brien\"");
        assert_eq!(py_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(py_repr("\"q\""), "'\"q\"'");
        assert_eq!(py_repr("t\tn\nr\r\\"), "'t\\tn\\nr\\r\\\\'");
        assert_eq!(py_repr("\u{7}\u{a0}\u{ad}é"), "'\\x07\\xa0\\xadé'");
        assert_eq!(
            py_repr("\u{200b}\u{feff}\u{e000}"),
            "'\\u200b\\ufeff\\ue000'"
        );
        assert_eq!(py_repr("\u{e0001}\u{1f600}"), "'\\U000e0001\u{1f600}'");
    }

    #[test]
    fn fmt_rounds_like_python() {
        // exact binary ties round half to even, as Python's format does
        assert_eq!(fmt_score(Some(0.8125), 3), "0.812");
        assert_eq!(fmt_score(Some(0.0625), 3), "0.062");
        assert_eq!(fmt_score(Some(0.125), 2), "0.12");
        assert_eq!(fmt_score(Some(0.375), 2), "0.38");
        assert_eq!(fmt_score(Some(2.0 / 3.0), 3), "0.667");
        assert_eq!(fmt_score(Some(1.0), 3), "1.000");
        assert_eq!(fmt_score(Some(-0.0), 2), "-0.00");
        // 0.005 is stored just above 0.005, 0.015 just below 0.015
        assert_eq!(fmt_score(Some(0.005), 2), "0.01");
        assert_eq!(fmt_score(Some(0.015), 2), "0.01");
        assert_eq!(fmt_score(None, 2), "n/a");
        // and a/b for every b up to 40, as Python printed them
        let table = include_str!("../tests/fixtures/eval/fmt.expected");
        let mut n = 0;
        for line in table.lines() {
            let p: Vec<&str> = line.split(' ').collect();
            let (a, b): (u32, u32) = (p[0].parse().unwrap(), p[1].parse().unwrap());
            let v = f64::from(a) / f64::from(b);
            assert_eq!(fmt_score(Some(v), 3), p[2], "{a}/{b}");
            assert_eq!(fmt_score(Some(v), 2), p[3], "{a}/{b}");
            // Python's -a/b negates the integer: -0/1 is 0.0, not -0.0
            let neg = f64::from(-(a as i32)) / f64::from(b);
            assert_eq!(fmt_score(Some(neg), 2), p[4], "-{a}/{b}");
            n += 1;
        }
        assert_eq!(n, 860);
    }

    // ------------------------------------------------------------ fixtures vs score.py

    const D: &str = "tests/fixtures/eval";

    fn fixture_gold(name: &str, text: &str) -> Vec<GoldRow> {
        parse_gold(text, &format!("{D}/{name}")).unwrap()
    }

    fn fixture_aligned(name: &str, text: &str) -> Vec<AlignedRow> {
        parse_aligned(text, &format!("{D}/{name}")).unwrap()
    }

    /// JSON values equal, numbers within an ulp or two (serde_json's default
    /// float parser is not always correctly rounded).
    fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
                x == y || (x - y).abs() <= 1e-15 * x.abs().max(y.abs())
            }
            (Value::Array(x), Value::Array(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
            }
            (Value::Object(x), Value::Object(y)) => {
                x.len() == y.len()
                    && x.iter()
                        .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
            }
            _ => a == b,
        }
    }

    fn assert_json(ours: impl Serialize, python: &str) {
        let ours = serde_json::to_value(ours).unwrap();
        let python: serde_json::Value = serde_json::from_str(python).unwrap();
        assert!(
            same_json(&ours, &python),
            "ours:\n{ours}\nscore.py:\n{python}"
        );
        // the same keys in the same order
        assert_eq!(
            serde_json::to_string(&ours).unwrap().len() > 2,
            python.is_object()
        );
    }

    fn single_fixture(
        gold: &str,
        gold_text: &str,
        al: &str,
        al_text: &str,
    ) -> (Report, String, String) {
        let g = fixture_gold(gold, gold_text);
        let a = fixture_aligned(al, al_text);
        let (gp, ap) = (format!("{D}/{gold}"), format!("{D}/{al}"));
        let report = score_one(&g, None, &a).unwrap();
        (report, gp, ap)
    }

    #[test]
    fn fixture_basic_matches_score_py() {
        let (report, gp, ap) = single_fixture(
            "basic.gold.csv",
            include_str!("../tests/fixtures/eval/basic.gold.csv"),
            "basic.aligned.csv",
            include_str!("../tests/fixtures/eval/basic.aligned.csv"),
        );
        assert_eq!(
            render_text(&report, &gp, &ap, true),
            include_str!("../tests/fixtures/eval/basic.expected")
        );
        assert_json(
            JsonReport::single(&report, &gp, &ap),
            include_str!("../tests/fixtures/eval/basic.json.expected"),
        );
    }

    #[test]
    fn fixture_ranks_matches_score_py() {
        let (report, gp, ap) = single_fixture(
            "ranks.gold.csv",
            include_str!("../tests/fixtures/eval/ranks.gold.csv"),
            "ranks.aligned.csv",
            include_str!("../tests/fixtures/eval/ranks.aligned.csv"),
        );
        assert!(report.overall.spearman.unwrap() < 0.0);
        assert_eq!(
            render_text(&report, &gp, &ap, true),
            include_str!("../tests/fixtures/eval/ranks.expected")
        );
        assert_json(
            JsonReport::single(&report, &gp, &ap),
            include_str!("../tests/fixtures/eval/ranks.json.expected"),
        );
    }

    fn cases_gold() -> (Vec<GoldRow>, String) {
        let g = fixture_gold(
            "cases.gold.csv",
            include_str!("../tests/fixtures/eval/cases.gold.csv"),
        );
        (g, format!("{D}/cases.gold.csv"))
    }

    #[test]
    fn fixture_aligned_dir_matches_score_py() {
        let (g, gp) = cases_gold();
        let dir = format!("{D}/cases");
        // the folder holds a.csv, o'brien.csv and zzz.csv
        let files = [
            ("a", include_str!("../tests/fixtures/eval/cases/a.csv")),
            (
                "o'brien",
                include_str!("../tests/fixtures/eval/cases/o'brien.csv"),
            ),
            ("zzz", include_str!("../tests/fixtures/eval/cases/zzz.csv")),
        ];
        let cases = select_cases(&g, None, false).unwrap();
        assert_eq!(cases, ["a", "o'brien", "b"]);
        let (mut outputs, mut warnings, mut case_files) = (Vec::new(), Vec::new(), Vec::new());
        for case in &cases {
            check_case_name(case, &gp).unwrap();
            let path = format!("{dir}/{case}.csv");
            match files.iter().find(|(name, _)| name == case) {
                Some((_, text)) => {
                    outputs.push((case.clone(), Some(parse_aligned(text, &path).unwrap())));
                    case_files.push(Some(path));
                }
                None => {
                    outputs.push((case.clone(), None));
                    warnings.push(missing_output_warning(case, &dir));
                    case_files.push(None);
                }
            }
        }
        for (name, _) in files.iter().filter(|(n, _)| !cases.iter().any(|c| c == n)) {
            warnings.push(extra_output_warning(&format!("{name}.csv")));
        }
        let report = score_many(&g, &outputs);
        assert_eq!(
            render_dir_text(&report, &gp, &dir, &warnings, true),
            include_str!("../tests/fixtures/eval/cases.dir.expected")
        );
        let stderr: String = warnings
            .iter()
            .map(|w| format!("score.py: warning: {w}\n"))
            .collect();
        assert_eq!(
            stderr,
            include_str!("../tests/fixtures/eval/cases.dir.stderr.expected")
        );
        assert_json(
            JsonReport::dir(&report, &gp, &dir, &case_files, &warnings),
            include_str!("../tests/fixtures/eval/cases.dir.json.expected"),
        );
    }

    #[test]
    fn fixture_case_selection_matches_score_py() {
        let (g, gp) = cases_gold();
        let ap = format!("{D}/cases/o'brien.csv");
        let a = parse_aligned(
            include_str!("../tests/fixtures/eval/cases/o'brien.csv"),
            &ap,
        )
        .unwrap();
        let report = score_one(&g, Some("o'brien"), &a).unwrap();
        assert_eq!(
            render_text(&report, &gp, &ap, true),
            include_str!("../tests/fixtures/eval/cases.obrien.expected")
        );
        let stderr = |e: EvalError| format!("score.py: error: {e}\n");
        assert_eq!(
            stderr(score_one(&g, None, &a).unwrap_err()),
            include_str!("../tests/fixtures/eval/cases.several.expected")
        );
        assert_eq!(
            stderr(select_cases(&g, Some("nope"), true).unwrap_err()),
            include_str!("../tests/fixtures/eval/cases.nope.expected")
        );
    }

    #[test]
    fn fixture_errors_match_score_py() {
        let stderr = |e: EvalError| format!("score.py: error: {e}\n");
        let err = parse_aligned(
            include_str!("../tests/fixtures/eval/nodiv.aligned.csv"),
            &format!("{D}/nodiv.aligned.csv"),
        )
        .unwrap_err();
        assert_eq!(
            stderr(err),
            include_str!("../tests/fixtures/eval/nodiv.expected")
        );
        let err = parse_gold(
            include_str!("../tests/fixtures/eval/badgrade.gold.csv"),
            &format!("{D}/badgrade.gold.csv"),
        )
        .unwrap_err();
        assert_eq!(
            stderr(err),
            include_str!("../tests/fixtures/eval/badgrade.expected")
        );
    }
}
