//! Telling whether a text reads as the language it was declared in.
//!
//! In: a text and the language the command line says it is in. Out: the
//! other language when the text clearly reads as that one instead, else
//! nothing. Why: an English report given as `--source` (or the Indonesian
//! source as a report) aligns to nothing and exits 0, which looks like a
//! result; counting function words catches the swap before anything runs.
//! The test only refuses on clear evidence, so short and mixed texts pass.

use crate::lexicon::Lexicon;
use crate::text::doc::Lang;

/// The fewest words a text needs before its language is judged: a headline
/// or a one-line test file says too little.
pub const MIN_WORDS: usize = 20;

/// How many times the other language's function words must outnumber the
/// declared language's before the text is judged to be in the other one.
/// A quoted English sentence in an Indonesian article stays well under it.
pub const CLEAR_RATIO: usize = 2;

/// The other language when `text`, declared as `declared`, clearly reads
/// as that one: at least [`MIN_WORDS`] words, and more than
/// [`CLEAR_RATIO`] times as many of the other language's stopwords as of
/// the declared one's. Short or mixed texts give `None`.
pub fn misdeclared_language(text: &str, declared: Lang, lexicon: &Lexicon) -> Option<Lang> {
    let other = other_language(declared);
    let (words, declared_stops, other_stops) = stop_counts(text, declared, lexicon);
    let clear = words >= MIN_WORDS && other_stops > CLEAR_RATIO * declared_stops;
    clear.then_some(other)
}

fn other_language(lang: Lang) -> Lang {
    match lang {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    }
}

/// The words of `text` (runs of letters), and how many of them are function
/// words of `declared` only and of the other language only.
fn stop_counts(text: &str, declared: Lang, lexicon: &Lexicon) -> (usize, usize, usize) {
    let other = other_language(declared);
    let (mut words, mut declared_stops, mut other_stops) = (0usize, 0usize, 0usize);
    let mut count = |word: &str| {
        words += 1;
        // A word on both lists ("per", "via") is evidence for neither.
        let (is_declared, is_other) = (
            lexicon.is_stopword(declared, word),
            lexicon.is_stopword(other, word),
        );
        match (is_declared, is_other) {
            (true, false) => declared_stops += 1,
            (false, true) => other_stops += 1,
            _ => {}
        }
    };
    if text.is_ascii() {
        // The usual case, by bytes: the words are the runs of ASCII
        // letters, lowercased in one reused buffer.
        let mut lower = String::new();
        for word in text
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
        {
            if word.bytes().any(|b| b.is_ascii_uppercase()) {
                lower.clear();
                lower.push_str(word);
                lower.make_ascii_lowercase();
                count(&lower);
            } else {
                count(word);
            }
        }
    } else {
        for word in text.split(|c: char| !c.is_alphabetic()) {
            if !word.is_empty() {
                count(&crate::text::normalize::lowercase(word));
            }
        }
    }
    (words, declared_stops, other_stops)
}

/// The language's name in an error message.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Indonesian",
        Lang::En => "English",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDONESIAN: &str = "Presiden mengatakan bahwa pemerintah akan terus \
        mendukung upaya dialog yang aktif dengan semua pihak di wilayah itu. \
        Ia juga menyebutkan bahwa bantuan untuk para korban banjir sudah \
        dikirim sejak hari Senin dan akan ditambah pada pekan ini.";

    const ENGLISH: &str = "The president said that the government would \
        continue to support an active dialogue with all parties in the region. \
        He also said that aid for the flood victims had been sent since Monday \
        and would be increased this week.";

    fn check(text: &str, declared: Lang) -> Option<Lang> {
        misdeclared_language(text, declared, Lexicon::builtin())
    }

    /// [`stop_counts`] without its shortcuts: the reference they must agree
    /// with.
    fn slow_stop_counts(text: &str, declared: Lang) -> (usize, usize, usize) {
        let lexicon = Lexicon::builtin();
        let other = other_language(declared);
        let (mut words, mut declared_stops, mut other_stops) = (0, 0, 0);
        for word in text.split(|c: char| !c.is_alphabetic()) {
            if word.is_empty() {
                continue;
            }
            words += 1;
            let word = word.to_lowercase();
            match (
                lexicon.is_stopword(declared, &word),
                lexicon.is_stopword(other, &word),
            ) {
                (true, false) => declared_stops += 1,
                (false, true) => other_stops += 1,
                _ => {}
            }
        }
        (words, declared_stops, other_stops)
    }

    #[test]
    fn stop_counts_agree_with_the_plain_count() {
        let texts = [
            INDONESIAN,
            ENGLISH,
            "THE President And HIS Ministers Said That Yang Di",
            "Über die Brücke, sagte DAS Kind — and the Ömer YANG",
            "",
            "123 -- ...",
            include_str!("../../data/seeds/000_31f64dc309fd023f.txt"),
            include_str!("../../data/seeds/002_45c968010e991f99.txt"),
        ];
        for text in texts {
            for lang in [Lang::Id, Lang::En] {
                assert_eq!(
                    stop_counts(text, lang, Lexicon::builtin()),
                    slow_stop_counts(text, lang),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn indonesian_passes_as_indonesian_and_is_caught_as_english() {
        assert_eq!(check(INDONESIAN, Lang::Id), None);
        assert_eq!(check(INDONESIAN, Lang::En), Some(Lang::Id));
    }

    #[test]
    fn english_passes_as_english_and_is_caught_as_indonesian() {
        assert_eq!(check(ENGLISH, Lang::En), None);
        assert_eq!(check(ENGLISH, Lang::Id), Some(Lang::En));
    }

    #[test]
    fn a_short_text_passes_either_way() {
        let short = "The president said that the government would help.";
        assert_eq!(check(short, Lang::Id), None);
        assert_eq!(check("", Lang::Id), None);
    }

    #[test]
    fn a_mixed_text_passes_either_way() {
        let mixed = format!("{INDONESIAN} {ENGLISH}");
        assert_eq!(check(&mixed, Lang::Id), None);
        assert_eq!(check(&mixed, Lang::En), None);
    }

    #[test]
    fn an_indonesian_text_quoting_english_passes() {
        let quoting = format!("{INDONESIAN} \"We will not give up,\" katanya.");
        assert_eq!(check(&quoting, Lang::Id), None);
    }

    #[test]
    fn names_and_numbers_alone_are_no_evidence() {
        let names = "Jakarta Surabaya Bandung Medan 2024 Joko Widodo Prabowo \
            Subianto Anies Baswedan Ganjar Pranowo Makassar Denpasar Semarang \
            Yogyakarta Palembang Pontianak Manado Ambon Jayapura Kupang";
        assert_eq!(check(names, Lang::Id), None);
        assert_eq!(check(names, Lang::En), None);
    }
}
