//! Reading gold files and aligned CSVs as score.py reads them.
//!
//! **In:** the bytes of a file ([`decode`]), then its text and the name it was read
//! from. **Out:** [`GoldRow`]s and [`AlignedRow`]s, normalised (NFC, white space
//! collapsed, spreadsheet guards dropped), or an [`EvalError`] worded and numbered as
//! score.py words it (Python's line numbers, its field size limit, its checks of columns
//! and values).
//!
//! **Why:** the figures match score.py's only when both read the same rows from the same
//! file, and the errors too. The caller opens the files (`app.rs`); everything done with
//! their contents starts here.

use std::collections::HashMap;

use serde::Serialize;

use super::pyfmt::{norm, parse_float, py_repr, py_strip};
use super::{EvalError, FileKind};

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
/// Python's default `csv.field_size_limit()`.
const FIELD_LIMIT: usize = 131_072;

/// One row of a gold file, read and normalised as score.py reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldRow {
    /// The gold file's path as given to [`parse_gold`]: the case errors of
    /// [`score_one`](super::score_one) and [`select_cases`](super::select_cases) name
    /// it, as score.py does.
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

pub(super) fn tokens(field: &str) -> Vec<String> {
    field
        .split(';')
        .map(py_strip)
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::testing::*;
    use crate::eval::*;
    use unicode_normalization::UnicodeNormalization;

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
    fn fixture_errors_match_score_py() {
        let stderr = |e: EvalError| format!("score.py: error: {e}\n");
        let err = parse_aligned(
            include_str!("../../tests/fixtures/eval/nodiv.aligned.csv"),
            &format!("{D}/nodiv.aligned.csv"),
        )
        .unwrap_err();
        assert_eq!(
            stderr(err),
            include_str!("../../tests/fixtures/eval/nodiv.expected")
        );
        let err = parse_gold(
            include_str!("../../tests/fixtures/eval/badgrade.gold.csv"),
            &format!("{D}/badgrade.gold.csv"),
        )
        .unwrap_err();
        assert_eq!(
            stderr(err),
            include_str!("../../tests/fixtures/eval/badgrade.expected")
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
}
