//! Prints what a source sentence and a report sentence share, term by term:
//! the features, the similarity and the match score, for finding out why a
//! pair links or not.
//!
//! Usage: cargo run --release --example explain_pair -- "SOURCE (id)" "REPORT (en)"
//! (each side is weighed alone, so term weights are those of a one-sentence
//! document; a whole case weighs terms by their rarity in the story.)

use selaras::internals::matching::profile::{profile, weigh, Interner};
use selaras::internals::matching::score::{compare, match_score};
use selaras::internals::text::doc::SentenceKind;
use selaras::{Lang, Lexicon};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (source, report) = (&args[1], &args[2]);
    let lex = Lexicon::builtin();
    let mut interner = Interner::default();
    let mut s = profile(source, Lang::Id, lex, &mut interner);
    let mut t = profile(report, Lang::En, lex, &mut interner);
    weigh(&mut [&mut s]);
    weigh(&mut [&mut t]);
    let c = compare(&s, &t);
    for (side, p, hits) in [
        ("source", &s, &c.source_hits),
        ("report", &t, &c.target_hits),
    ] {
        println!("{side} anchors: {:?}", p.anchors);
        for (term, hit) in p.terms.iter().zip(hits) {
            println!(
                "  {:<20} w {:.2} {}",
                term.surface,
                term.weight,
                if *hit { "shared" } else { "-" }
            );
        }
    }
    println!("{:?}", c.features);
    let sim = c.features.similarity();
    println!(
        "similarity {sim:.3}  match score (margin = similarity) {:.3}",
        match_score(
            &c.features,
            sim,
            (SentenceKind::Content, SentenceKind::Content),
            false,
        )
    );
}
