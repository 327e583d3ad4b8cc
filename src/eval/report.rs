//! Printing a [`Report`] as score.py prints it, and as JSON.
//!
//! **In:** a [`Report`], the labels of the files scored and any warnings. **Out:**
//! score.py's text ([`render_text`], [`render_dir_text`], [`summary_line`]) and the serde
//! data of `--json` ([`JsonReport`]).
//!
//! **Why:** `selaras eval` must print what score.py prints, byte for byte (the tests
//! compare both on `tests/fixtures/eval`); each line here follows one of its `print`s.

use serde::Serialize;

use super::pyfmt::{fmt_score, py_repr};
use super::score::{Counts, Details, Report, Scores};

/// Width of the texts in the verbose lists.
const SHORT: usize = 80;

fn shorten(text: &str) -> String {
    if text.chars().count() <= SHORT {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(SHORT - 1).collect();
        s.push('\u{2026}');
        s
    }
}

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
/// [`score_one`](super::score_one)): `gold_path` and `aligned_label` as given on the
/// command line. Ends with the summary line and a newline.
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
/// from [`score_many`](super::score_many)); `warnings` as made by
/// [`missing_output_warning`] and [`extra_output_warning`] (score.py also prints each on
/// standard error as `score.py: warning: ...`). Ends with the summary line and a newline.
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

    /// The object for `--aligned` (a report from [`score_one`](super::score_one)).
    pub fn single(report: &'a Report, gold_path: &'a str, aligned_label: &'a str) -> Self {
        let mut json = JsonReport::new(report, gold_path, &[Some(aligned_label)]);
        json.aligned = Some(aligned_label);
        json
    }

    /// The object for `--aligned-dir` (a report from [`score_many`](super::score_many));
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
    use crate::eval::testing::*;
    use crate::eval::*;

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
    fn fixture_basic_matches_score_py() {
        let (report, gp, ap) = single_fixture(
            "basic.gold.csv",
            include_str!("../../tests/fixtures/eval/basic.gold.csv"),
            "basic.aligned.csv",
            include_str!("../../tests/fixtures/eval/basic.aligned.csv"),
        );
        assert_eq!(
            render_text(&report, &gp, &ap, true),
            include_str!("../../tests/fixtures/eval/basic.expected")
        );
        assert_json(
            JsonReport::single(&report, &gp, &ap),
            include_str!("../../tests/fixtures/eval/basic.json.expected"),
        );
    }

    #[test]
    fn fixture_ranks_matches_score_py() {
        let (report, gp, ap) = single_fixture(
            "ranks.gold.csv",
            include_str!("../../tests/fixtures/eval/ranks.gold.csv"),
            "ranks.aligned.csv",
            include_str!("../../tests/fixtures/eval/ranks.aligned.csv"),
        );
        assert!(report.overall.spearman.unwrap() < 0.0);
        assert_eq!(
            render_text(&report, &gp, &ap, true),
            include_str!("../../tests/fixtures/eval/ranks.expected")
        );
        assert_json(
            JsonReport::single(&report, &gp, &ap),
            include_str!("../../tests/fixtures/eval/ranks.json.expected"),
        );
    }

    #[test]
    fn fixture_aligned_dir_matches_score_py() {
        let (g, gp) = cases_gold();
        let dir = format!("{D}/cases");
        // the folder holds a.csv, o'brien.csv and zzz.csv
        let files = [
            ("a", include_str!("../../tests/fixtures/eval/cases/a.csv")),
            (
                "o'brien",
                include_str!("../../tests/fixtures/eval/cases/o'brien.csv"),
            ),
            (
                "zzz",
                include_str!("../../tests/fixtures/eval/cases/zzz.csv"),
            ),
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
            include_str!("../../tests/fixtures/eval/cases.dir.expected")
        );
        let stderr: String = warnings
            .iter()
            .map(|w| format!("score.py: warning: {w}\n"))
            .collect();
        assert_eq!(
            stderr,
            include_str!("../../tests/fixtures/eval/cases.dir.stderr.expected")
        );
        assert_json(
            JsonReport::dir(&report, &gp, &dir, &case_files, &warnings),
            include_str!("../../tests/fixtures/eval/cases.dir.json.expected"),
        );
    }
}
