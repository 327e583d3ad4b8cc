//! Prints how selaras sees two sentences: their terms, keys and weights, the
//! pair's features and scores. For debugging the lexicon and the scorer.
//!
//! Usage: cargo run --example explain -- "kalimat sumber" "target sentence"

use selaras::internals::matching::profile::{profile, Interner};
use selaras::internals::matching::score::compare;
use selaras::{Lang, Lexicon};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let lex = Lexicon::builtin();
    let mut interner = Interner::default();
    let s = profile(&args[1], Lang::Id, lex, &mut interner);
    let t = profile(&args[2], Lang::En, lex, &mut interner);
    let names = interner_names(&interner);
    for (label, p) in [("source", &s), ("target", &t)] {
        println!("{label}:");
        for term in &p.terms {
            let keys: Vec<&str> = term
                .keys
                .iter()
                .map(|k| names[*k as usize].as_str())
                .collect();
            println!(
                "  {:<20} name={} quote={} keys={keys:?}",
                term.surface, term.is_name, term.in_quote
            );
        }
        println!("  anchors: {:?}", p.anchors);
        for (n, w) in p.anchors.names.iter().zip(&p.name_words) {
            println!(
                "  name {:?}: cognates {:?} known {:?} common {}",
                n.text, w.cognates, w.known, w.common
            );
        }
    }
    let cmp = compare(&s, &t);
    println!("hits: {:?} / {:?}", cmp.source_hits, cmp.target_hits);
    println!(
        "{:?}\nsimilarity {}",
        cmp.features,
        cmp.features.similarity()
    );
    let judgement =
        selaras::internals::judge::divergence::judge(&s, &t, &cmp, cmp.features.similarity());
    println!("{judgement:?}");
}

fn interner_names(interner: &Interner) -> Vec<String> {
    let mut v = vec![String::new(); interner.len()];
    for (s, id) in interner.iter() {
        v[id as usize] = s.to_owned();
    }
    v
}
