//! Lists, for every linked gold pair of a set of cases, the content terms
//! of each side that the other side does not meet: where the bilingual
//! lexicon lacks a word pair. `scripts/lexicon-gaps` lists each unmet
//! Indonesian term beside the English terms left unmet in the same pairs,
//! for a person to review before any pair goes into
//! `data/lexicon/id-en.news.tsv`.
//!
//! Usage: cargo run --release --example lexicon_gaps -- GOLD MANIFEST CASES.txt > gaps.tsv

mod common;

use selaras::internals::matching::score::compare;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    println!("case\tsrc\treport\ttgt\tcov_s\tcov_t\tsrc_unmet\ttgt_unmet");
    for common::GoldCase {
        name: case,
        source,
        reports,
        source_profiles: sp,
        report_profiles: tp,
        links,
    } in common::gold_cases(&args)
    {
        for g in &links {
            let Some(i) = source
                .sentences
                .iter()
                .position(|s| s.text.contains(&g.source_key))
            else {
                continue;
            };
            let Some(r) = reports.iter().position(|d| d.id.0 == g.target_doc) else {
                continue;
            };
            let Some(j) = reports[r]
                .sentences
                .iter()
                .position(|t| t.text.contains(&g.target_key))
            else {
                continue;
            };
            let c = compare(&sp[i], &tp[r][j]);
            let unmet = |terms: &[selaras::internals::matching::profile::Term], hits: &[bool]| {
                terms
                    .iter()
                    .zip(hits)
                    .filter(|(t, &hit)| !hit && !t.is_name)
                    .map(|(t, _)| t.surface.replace(['\t', '|'], " "))
                    .collect::<Vec<_>>()
                    .join("|")
            };
            println!(
                "{case}\t{}\t{}\t{}\t{:.2}\t{:.2}\t{}\t{}",
                i + 1,
                g.target_doc,
                j + 1,
                c.features.cov_source,
                c.features.cov_target,
                unmet(&sp[i].terms, &c.source_hits),
                unmet(&tp[r][j].terms, &c.target_hits)
            );
        }
    }
}
