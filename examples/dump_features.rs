//! Dumps the pair features of a set of cases with gold labels, for
//! calibrating the match score (see scripts/calibrate.py).
//!
//! Usage: cargo run --release --example dump_features -- GOLD MANIFEST CASES.txt [--all] [--text] > features.tsv
//! (CASES.txt lists case names; the seed texts use data/seeds.manifest.csv).
//!
//! `--all` writes every candidate of a (source, report) pair instead of the
//! top 5, so that links lexical scoring ranks low can be studied; `--text`
//! adds four columns: the two sentences' texts and their content terms as
//! `surface:weight` lists joined by `|` (what scripts/measure-embeddings.py
//! builds sentence vectors from).

mod common;

use selaras::internals::matching::score::compare;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let all_candidates = args[4..].iter().any(|a| a == "--all");
    let with_text = args[4..].iter().any(|a| a == "--text");
    let top = if all_candidates { usize::MAX } else { 5 };
    println!("case\tsrc\tsrc_kind\treport\ttgt\ttgt_kind\tlabel\trank\tscore\tmargin\tcov_s\tcov_t\tmatched\tnames_shared\tnames_unshared\tnum_rel\tnum_mis\tboth_quote\tspk_conflict\tsrc_terms\ttgt_terms{}",
        if with_text { "\tsrc_text\ttgt_text\tsrc_words\ttgt_words" } else { "" }
    );
    for common::GoldCase {
        name: case,
        source,
        reports,
        source_profiles: sp,
        report_profiles: tp,
        links: case_gold,
    } in common::gold_cases(&args)
    {
        for (i, s) in source.sentences.iter().enumerate() {
            for (r, rep) in reports.iter().enumerate() {
                let mut scored: Vec<(
                    usize,
                    selaras::internals::matching::score::PairFeatures,
                    f32,
                )> = rep
                    .sentences
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| {
                        t.kind != selaras::internals::text::doc::SentenceKind::Boilerplate
                    })
                    .map(|(j, _)| {
                        let f = compare(&sp[i], &tp[r][j]).features;
                        let sc = f.similarity();
                        (j, f, sc)
                    })
                    .collect();
                scored.sort_by(|a, b| b.2.total_cmp(&a.2));
                let second = scored.get(1).map_or(0.0, |x| x.2);
                for (rank, (j, f, sc)) in scored.iter().enumerate().take(top) {
                    let t = &rep.sentences[*j];
                    let label = case_gold.iter().any(|g| {
                        g.target_doc == rep.id.0
                            && s.text.contains(&g.source_key)
                            && t.text.contains(&g.target_key)
                    });
                    let margin = if rank == 0 {
                        sc - second
                    } else {
                        sc - scored[0].2
                    };
                    print!(
                        "{case}\t{}\t{:?}\t{r}\t{}\t{:?}\t{}\t{rank}\t{sc}\t{margin}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        i + 1, s.kind, j + 1, t.kind, label as u8,
                        f.cov_source, f.cov_target, f.matched_weight, f.names_shared, f.names_unshared,
                        f.numbers_related, f.numbers_mismatched, f.both_quote as u8, f.speaker_conflict as u8,
                        sp[i].terms.len(), tp[r][*j].terms.len()
                    );
                    if with_text {
                        print!(
                            "\t{}\t{}\t{}\t{}",
                            one_line(&s.text),
                            one_line(&t.text),
                            words(&sp[i]),
                            words(&tp[r][*j])
                        );
                    }
                    println!();
                }
            }
        }
    }
}

/// A sentence's text on one TSV line.
fn one_line(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

/// A profile's content terms as `surface:weight` joined by `|`.
fn words(p: &selaras::internals::matching::profile::Profile) -> String {
    p.terms
        .iter()
        .map(|t| format!("{}:{:.4}", one_line(&t.surface), t.weight))
        .collect::<Vec<_>>()
        .join("|")
}
