//! Matching predicted links to gold links, counting, and the figures.
//!
//! **In:** one case's gold rows and the aligned rows scored against them. **Out:** a
//! [`CaseResult`]: [`Counts`] as score.py counts, the [`Scores`] computed from them, and
//! the [`Details`] the verbose report lists.
//!
//! **Why:** precision credits each gold link to at most one row (a maximum bipartite
//! matching, rows in file order) and recall counts a gold link as found when any row fits
//! it; the counts follow score.py's `new_counts()` field by field, so that summing them
//! over cases gives its micro-average.

use serde::Serialize;

use super::pyfmt::{f1_score, ratio, spearman};
use super::read::{AlignedRow, GoldRow};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::read::tokens;
    use crate::eval::testing::*;
    use crate::eval::*;

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
    fn no_predictions() {
        let rows: Vec<_> = perfect()
            .iter()
            .enumerate()
            .map(|(i, r)| unlinked(&i.to_string(), &r[2], "unmatched"))
            .collect();
        let s = summary(&score(&GOLD, &rows));
        assert_eq!(s[..4], ["0.000", "n/a", "0.000", "1.000"]);
    }
}
