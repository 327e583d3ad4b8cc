//! Anchors: the facts in a sentence that survive translation.
//!
//! In: one sentence's original text and its language. Out: its names,
//! numbers (with dates) and quotations, each with a byte span into that text,
//! so a flag can quote what the sentence actually says. Each kind has its own
//! module; this one only gathers them.

pub mod names;
pub mod numbers;
pub mod quotes;

use serde::Serialize;

use crate::doc::Lang;

pub use names::{NameAnchor, NameRelation};
pub use numbers::{Bound, NumberAnchor, NumberKind, NumberRelation};
pub use quotes::QuoteAnchor;

/// Everything anchored in one sentence.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Anchors {
    /// People, places and organisations.
    pub names: Vec<NameAnchor>,
    /// Numbers, quantities and dates.
    pub numbers: Vec<NumberAnchor>,
    /// Quoted speech with its speaker.
    pub quotes: Vec<QuoteAnchor>,
}

impl Anchors {
    /// Extracts every kind of anchor from `text`.
    pub fn extract(text: &str, lang: Lang) -> Anchors {
        Anchors {
            names: names::extract(text, lang),
            numbers: numbers::extract(text, lang),
            quotes: quotes::extract(text, lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gathers_all_three_kinds() {
        let a = Anchors::extract(
            "\u{201C}Kami berbicara,\u{201D} kata Dmitri Peskov pada 2021.",
            Lang::Id,
        );
        assert!(a.names.iter().any(|n| n.text.contains("Peskov")));
        assert!(a.numbers.iter().any(|n| n.value == 2021.0));
        assert_eq!(a.quotes.len(), 1);
    }
}
