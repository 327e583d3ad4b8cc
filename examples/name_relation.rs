//! Prints how two names relate and what they fold to (a debugging aid).
//!
//! Usage: cargo run --release --example name_relation -- "NAME A" "NAME B"

use selaras::internals::anchors::names;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (a, b) = (&args[1], &args[2]);
    println!("fold: {:?} / {:?}", names::fold(a), names::fold(b));
    println!("relation: {:?}", names::relation(a, b));
    println!("similarity: {:.3}", names::similarity(a, b));
    println!("respelled words: {:?}", names::respelled_words(a, b));
    println!(
        "canonical / demonym of: {:?} {:?} / {:?} {:?}",
        names::canonical(a),
        names::place_of_demonym(a),
        names::canonical(b),
        names::place_of_demonym(b)
    );
}
