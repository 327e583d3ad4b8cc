//! What the eval tests share: test_score.py's gold and rows, CSV written as Python writes
//! it, and the fixtures score.py was run on (`tests/fixtures/eval`).

use serde::Serialize;

use super::*;

pub(super) const AH: [&str; 12] = [
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

pub(super) const GOLD: [[&str; 6]; 4] = [
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
pub(super) fn row(
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

pub(super) fn unlinked(sent: &str, text: &str, flags: &str) -> Vec<String> {
    row(sent, text, "", "", "", "1", flags)
}

pub(super) fn with(mut r: Vec<String>, column: &str, value: &str) -> Vec<String> {
    let i = AH.iter().position(|c| *c == column).unwrap();
    r[i] = value.to_owned();
    r
}

pub(super) fn taliban() -> Vec<String> {
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

pub(super) fn listen() -> Vec<String> {
    unlinked(
        "2",
        "Anda sekarang dapat Dengarkan artikel ini.",
        "unmatched",
    )
}

pub(super) fn peskov() -> Vec<String> {
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

pub(super) fn deaths() -> Vec<String> {
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

pub(super) fn perfect() -> Vec<Vec<String>> {
    vec![taliban(), listen(), peskov(), deaths()]
}

/// CSV text as Python's csv.writer(lineterminator="\r\n") writes it.
pub(super) fn csv_text<S: AsRef<str>>(header: &[&str], rows: &[Vec<S>]) -> String {
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

pub(super) fn gold_text(rows: &[[&str; 6]]) -> String {
    let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
    csv_text(&GOLD_COLUMNS, &rows)
}

pub(super) fn aligned_text(rows: &[Vec<String>]) -> String {
    csv_text(&AH, rows)
}

pub(super) fn gold(rows: &[[&str; 6]]) -> Vec<GoldRow> {
    parse_gold(&gold_text(rows), "gold.csv").unwrap()
}

pub(super) fn aligned(rows: &[Vec<String>]) -> Vec<AlignedRow> {
    parse_aligned(&aligned_text(rows), "aligned.csv").unwrap()
}

pub(super) fn score(gold_rows: &[[&str; 6]], rows: &[Vec<String>]) -> Report {
    score_one(&gold(gold_rows), None, &aligned(rows)).unwrap()
}

pub(super) fn text(report: &Report, verbose: bool) -> String {
    render_text(report, "gold.csv", "aligned.csv", verbose)
}

/// The summary line split into its seven values, checked against
/// test_score.py's SUMMARY_RE shape.
pub(super) fn summary(report: &Report) -> Vec<String> {
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

pub(super) fn ends_with_summary(out: &str, report: &Report) {
    assert!(out.ends_with('\n'));
    let last = out.trim_end_matches('\n').rsplit('\n').next().unwrap();
    assert_eq!(last, summary_line(&report.overall));
}

pub(super) fn text_contains(r: &Report, needle: &str) -> bool {
    text(r, false).contains(needle)
}

pub(super) const D: &str = "tests/fixtures/eval";

pub(super) fn fixture_gold(name: &str, text: &str) -> Vec<GoldRow> {
    parse_gold(text, &format!("{D}/{name}")).unwrap()
}

pub(super) fn fixture_aligned(name: &str, text: &str) -> Vec<AlignedRow> {
    parse_aligned(text, &format!("{D}/{name}")).unwrap()
}

/// JSON values equal, numbers within an ulp or two (serde_json's default
/// float parser is not always correctly rounded).
pub(super) fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
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

pub(super) fn assert_json(ours: impl Serialize, python: &str) {
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

pub(super) fn single_fixture(
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

pub(super) fn cases_gold() -> (Vec<GoldRow>, String) {
    let g = fixture_gold(
        "cases.gold.csv",
        include_str!("../../tests/fixtures/eval/cases.gold.csv"),
    );
    (g, format!("{D}/cases.gold.csv"))
}
