//! Anchors: the facts in a sentence that survive translation.
//!
//! In: one sentence's original text and its language. Out: its names,
//! numbers (with dates) and quotations, each with a byte span into that text,
//! so a flag can quote what the sentence actually says. Each kind has its own
//! module; this one only gathers them.

pub mod names;
pub mod numbers;
pub mod portfolios;
pub mod quotes;

use serde::Serialize;

use crate::text::doc::Lang;

pub use names::{NameAnchor, NameRelation};
pub use numbers::{Bound, NumberAnchor, NumberKind, NumberRelation};
pub use portfolios::PortfolioAnchor;
pub use quotes::QuoteAnchor;

/// At most this many anchors of each kind are kept from one sentence (the
/// first ones, in text order). Comparing two sentences' anchors costs the
/// product of their numbers, so a hostile sentence of 10,000 names took
/// minutes; a news sentence names a few dozen at most, so the cap only ever
/// applies to such input, and a row whose sentence reached it says so in its
/// notes ([`Anchors::reached_cap`]).
pub const MAX_ANCHORS_PER_KIND: usize = 256;

/// Everything anchored in one sentence.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Anchors {
    /// People, places and organisations.
    pub names: Vec<NameAnchor>,
    /// Numbers, quantities and dates.
    pub numbers: Vec<NumberAnchor>,
    /// Quoted speech with its speaker.
    pub quotes: Vec<QuoteAnchor>,
    /// Ministries and ministers named by their portfolio.
    pub portfolios: Vec<PortfolioAnchor>,
}

impl Anchors {
    /// Extracts every kind of anchor from `text`.
    /// At most [`MAX_ANCHORS_PER_KIND`] of each kind.
    pub fn extract(text: &str, lang: Lang) -> Anchors {
        fn capped<T>(mut v: Vec<T>) -> Vec<T> {
            v.truncate(MAX_ANCHORS_PER_KIND);
            v
        }
        let numbers = capped(numbers::extract(text, lang));
        // A currency code written with its figure ("Rp 5,3 triliun", "US$7.5
        // million") is part of the amount, not a name; nor is a capitalised
        // unit a figure is measured in ("40 derajat Celsius").
        let mut names = names::extract(text, lang);
        names.retain(|n| {
            let unit = n.text.to_lowercase();
            !numbers.iter().any(|m| {
                (m.span.start <= n.span.start && n.span.end <= m.span.end)
                    || m.unit.as_deref() == Some(unit.as_str())
            })
        });
        Anchors {
            names: capped(names),
            numbers,
            quotes: capped(quotes::extract(text, lang)),
            portfolios: capped(portfolios::extract(text, lang)),
        }
    }

    /// True when a kind holds [`MAX_ANCHORS_PER_KIND`] anchors, so any
    /// beyond them were left out.
    pub fn reached_cap(&self) -> bool {
        [
            self.names.len(),
            self.numbers.len(),
            self.quotes.len(),
            self.portfolios.len(),
        ]
        .iter()
        .any(|&n| n >= MAX_ANCHORS_PER_KIND)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_temperature_scale_with_its_figure_is_no_name() {
        for (text, lang) in [
            ("Suhu mencapai 40 derajat Celsius.", Lang::Id),
            ("Temperatures reached 104 degrees Fahrenheit.", Lang::En),
        ] {
            let a = Anchors::extract(text, lang);
            assert!(
                !a.names
                    .iter()
                    .any(|n| n.text.ends_with("heit") || n.text == "Celsius"),
                "{text}: {:?}",
                a.names
            );
        }
    }

    #[test]
    fn a_currency_code_with_its_figure_is_no_name() {
        let a = Anchors::extract("Laba perusahaan itu Rp 5,3 triliun.", Lang::Id);
        assert!(
            !a.names.iter().any(|n| n.text.contains("Rp")),
            "{:?}",
            a.names
        );
        assert!(a.numbers.iter().any(|n| n.value == 5.3e12));
        let a = Anchors::extract("Bank Indonesia menahan suku bunga.", Lang::Id);
        assert!(a.names.iter().any(|n| n.text == "Bank Indonesia"));
    }

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

    #[test]
    fn each_kind_is_capped_and_says_so() {
        let numbers: Vec<String> = (0..1000).map(|i| (i * 7 + 3).to_string()).collect();
        let a = Anchors::extract(&format!("Angka {} orang.", numbers.join(", ")), Lang::Id);
        assert_eq!(a.numbers.len(), MAX_ANCHORS_PER_KIND);
        assert!(a.reached_cap());
        assert!(!Anchors::extract("Dmitri Peskov pada 2021.", Lang::Id).reached_cap());
        let ministries = "Kementerian Keuangan, ".repeat(300);
        let a = Anchors::extract(&ministries, Lang::Id);
        assert_eq!(a.portfolios.len(), MAX_ANCHORS_PER_KIND);
        assert!(a.reached_cap());
    }
}
