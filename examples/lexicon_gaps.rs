//! Lists, for every linked gold pair of a set of cases, the content terms
//! of each side that the other side does not meet: where the bilingual
//! lexicon lacks a word pair. `scripts/lexicon-gaps` lists each unmet
//! Indonesian term beside the English terms left unmet in the same pairs,
//! for a person to review before any pair goes into
//! `data/lexicon/id-en.news.tsv`.
//!
//! Usage: cargo run --release --example lexicon_gaps -- GOLD MANIFEST CASES.txt > gaps.tsv

mod common;

use selaras::internals::eval;
use selaras::internals::matching::score::compare;
use selaras::internals::pipeline;
use selaras::Lexicon;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (gold_path, manifest, cases) = (&args[1], &args[2], &args[3]);
    let gold = eval::parse_gold(&std::fs::read_to_string(gold_path).unwrap(), gold_path).unwrap();
    println!("case\tsrc\treport\ttgt\tcov_s\tcov_t\tsrc_unmet\ttgt_unmet");
    for common::Case {
        name: case,
        source,
        reports,
    } in common::cases(manifest, cases)
    {
        let (sp, tp) = pipeline::profile_case(&source, &reports, Lexicon::builtin());
        for g in gold
            .iter()
            .filter(|g| g.case == case.as_str() && g.is_link())
        {
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
