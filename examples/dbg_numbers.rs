//! Prints the number anchors of each line of standard input, read as
//! English (`--id` for Indonesian). A debugging aid for the number readers.
//!
//! Usage: echo 'a two-hour meeting' | cargo run --release --example dbg_numbers
use selaras::internals::anchors::numbers::extract;
use selaras::Lang;
use std::io::BufRead;
fn main() {
    let lang = if std::env::args().any(|a| a == "--id") {
        Lang::Id
    } else {
        Lang::En
    };
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let found: Vec<String> = extract(&line, lang)
            .iter()
            .map(|n| {
                format!(
                    "{}={} {:?} {:?} {:?}{}",
                    n.text,
                    n.value,
                    n.kind,
                    n.unit,
                    n.event,
                    if n.optional { " optional" } else { "" }
                )
            })
            .collect();
        println!("{line}\n  {found:?}");
    }
}
