//! Name anchors: the person, place and organisation names of one sentence, and
//! a transliteration-aware comparison of two names.
//!
//! In: a sentence (any UTF-8, any length) and its
//! [`Lang`](crate::text::doc::Lang). Out: the names it mentions as [`NameAnchor`]s
//! (surface text, folded key, byte span), and for two names a
//! [`NameRelation`] (`Same`, `Variant`, `Different`) and a 0..1
//! [`similarity`].
//!
//! Why: the Indonesian rendering and the English reports spell the same people
//! and places differently (Dmitri/Dmitry, Rusia/Russia, Moskow/Moscow,
//! AS/U.S.), and a fact checker wants those told apart from real drift
//! (Bortnikov vs Volchinkov). Three layers do it, cheapest first:
//!
//! 1. [`fold()`]: lowercase, strip diacritics, then an ordered table of spelling
//!    rewrites (`FOLD_STEPS`) that survive transliteration between
//!    Indonesian, English, Russian and Arabic names;
//! 2. `data/lexicon/names.tsv`: equivalences no spelling rule reaches
//!    (AS = United States, Tiongkok = China, FSB = Federal Security Service),
//!    and `data/lexicon/names.aliases.tsv`, people's short forms (Jokowi =
//!    Joko Widodo);
//! 3. a fuzzy token score ([`similarity`]) for spellings neither covers
//!    (Mohammed/Muhammad, Gaddafi/Qaddafi).
//!
//! Everything here is pure: no I/O, no printing, and no input makes it panic.
//!
//! One file per concern: `extract` finds names in a sentence (with the word
//! lists of `word_lists`), `credit` tells whether a sentence credits a
//! statement to a name, `fold` gives the matching key, `known` holds the
//! `names.tsv` and `names.aliases.tsv` tables, demonyms and acronyms, `relation` compares two names,
//! and `pairing` pairs the names of a source sentence with those of a target
//! sentence ([`pair_names`]); this file is the public face and re-exports
//! what other modules use.

mod credit;
mod extract;
mod fold;
mod known;
mod pairing;
mod relation;
#[cfg(test)]
mod testutil;
mod word_lists;

use std::ops::Range;

use serde::Serialize;

pub use credit::credited_with_statement;
pub use extract::{extract, is_dot_abbreviation, prefixed_word_joined};
pub use fold::fold;
pub use known::{
    canonical, is_acronym, is_demonym, is_person, one_word_alias, place_of_demonym, spells,
    strip_acronym_inflection,
};
pub use pairing::{
    one_entity, pair_names, NamePairing, NameWords, SentenceNames, SUBSTITUTION_MIN_SIMILARITY,
};
pub use relation::{relation, respelled_words, similarity, FUZZY_MIN_CHARS, VARIANT_MIN};
pub use word_lists::{is_title_word, opens_with_multiword_title};

/// One name found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NameAnchor {
    /// The name as written, e.g. "Dmitri Peskov" (titles and a possessive
    /// "’s" left out).
    pub text: String,
    /// [`fold()`] of `text`: the form names are matched on.
    pub key: String,
    /// Byte span of `text` in the sentence (`&sentence[span] == text`).
    pub span: Range<usize>,
    /// A single word, not all capitals, where a sentence or clause starts
    /// (after `.`, `:`, an opening quote or bracket, a line break): its
    /// capital says nothing, so it is weaker evidence of a proper name than
    /// a capital elsewhere ("(DFSG)" is not: an acronym's capitals count).
    #[serde(skip)]
    pub initial: bool,
    /// Written right after an opening bracket: an acronym or a short form
    /// given for the name before it ("... Arbitrase (Acas)").
    #[serde(skip)]
    pub bracketed: bool,
}

impl NameAnchor {
    /// The name written at `span` of `sentence`, with its key.
    pub fn at(sentence: &str, span: Range<usize>, initial: bool) -> NameAnchor {
        let text = sentence[span.clone()].to_string();
        let bracketed = sentence[..span.start].trim_end().ends_with('(');
        NameAnchor {
            key: fold(&text),
            text,
            span,
            initial,
            bracketed,
        }
    }

    /// The part of this name from byte `from` to byte `to` of its text, as
    /// a name of its own.
    pub fn part(&self, from: usize, to: usize, initial: bool) -> NameAnchor {
        let start = self.span.start;
        let mut part = NameAnchor::at(&self.text, from..to, initial).shifted(start);
        part.bracketed = self.bracketed && from == 0;
        part
    }

    /// This name with its span moved `by` bytes on.
    fn shifted(mut self, by: usize) -> NameAnchor {
        self.span = self.span.start + by..self.span.end + by;
        self
    }
}

/// How two names relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum NameRelation {
    /// The same name: identical after case and diacritic folding, an
    /// equivalence in `names.tsv` (AS/US), a listed short form of the other
    /// (Jokowi / Joko Widodo), an acronym of the other, or one
    /// name's words a subset of the other's (Peskov / Dmitry Peskov).
    Same,
    /// The same entity spelled differently: equal after [`fold()`]
    /// (Dmitri/Dmitry, Rusia/Russia), close enough by [`similarity`]
    /// (Mohammed/Muhammad), or a demonym of the place (Russian/Russia).
    Variant,
    /// Not the same name (Peskov/Putin, Iran/Iraq, Bortnikov/Volchinkov).
    Different,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::doc::Lang;

    #[test]
    fn never_panics_on_odd_input() {
        let long_caps = "Aa ".repeat(30_000);
        let inputs = [
            String::new(),
            " ".to_string(),
            "e\u{301}\u{301}\u{301} A\u{300}B\u{301} \u{301}Kremlin".to_string(),
            "\u{202e}Peskov \u{5e9}\u{5dc}\u{5d5}\u{5dd} Putin\u{202c}".to_string(),
            "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} Moskow \u{1f1f7}\u{1f1fa}".to_string(),
            "\u{0}\u{1}\u{7f} Putin\u{8}\u{1b}[31m TASS".to_string(),
            "U.S.-U.K.-E.U. St. St. St. Mr. Mr. .-.-' '’ ’s ’".to_string(),
            "al- al-- -al bin bin of of Of".to_string(),
            "\u{201c}".repeat(100_000 / 3),
            long_caps,
            "İSTANBUL ǅemal ΣΊΣΥΦΟΣ Ǆ".to_string(),
        ];
        for input in &inputs {
            for lang in [Lang::Id, Lang::En] {
                for a in extract(input, lang) {
                    assert_eq!(&input[a.span.clone()], a.text);
                }
            }
            let _ = fold(input);
            let _ = relation(input, "Putin");
            let _ = similarity(input, input);
            let _ = is_acronym(input);
            let _ = canonical(input);
        }
    }

    #[test]
    fn types_serialize() {
        fn is_serialize<T: Serialize>() {}
        is_serialize::<NameAnchor>();
        is_serialize::<NameRelation>();
    }
}
