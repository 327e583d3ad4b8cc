//! Prints the names each side of a sentence pair gives and how the
//! pairing reads them (variants, the mismatch, leftovers, the name score),
//! one pair a line from standard input as `SOURCE (id)|REPORT (en)`, each
//! sentence profiled alone and the pair read as a close rendering.
//! A debugging aid for the name rules.
//!
//! Usage: echo 'Kalimat.|Sentence.' | cargo run --release --example dbg_names

use selaras::internals::anchors::names::pair_names;
use selaras::internals::matching::profile::{profile, Interner};
use selaras::{Lang, Lexicon};
use std::io::BufRead;
fn main() {
    let lex = Lexicon::builtin();
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let parts: Vec<&str> = line.split('|').collect();
        if parts.len() < 2 {
            continue;
        }
        let mut interner = Interner::default();
        let s = profile(parts[0], Lang::Id, lex, &mut interner);
        let t = profile(parts[1], Lang::En, lex, &mut interner);
        let p = pair_names(s.names(), t.names(), true);
        let sn: Vec<_> = s.names().names.iter().map(|n| n.text.clone()).collect();
        let tn: Vec<_> = t.names().names.iter().map(|n| n.text.clone()).collect();
        println!("SRC {:?}\nTGT {:?}\n  variants {:?} mismatch {:?} lone {:?} unpaired {:?} only_src {:?} score {:?}\n", sn, tn, p.variants, p.mismatch, p.lone_pair, p.unpaired, p.only_in_source, p.score);
    }
}
