//! Character classes shared by the text stages and the anchors: one
//! definition of each, named for what it is.
//!
//! In: a `char`. Out: whether it belongs to a class (apostrophe, hyphen,
//! dash, quote mark, word joiner, combining mark, word character). Why:
//! these were defined once per module, with sets that drifted apart; where
//! two modules want different sets on purpose, both live here side by side,
//! each saying why it differs.
//!
//! The tokenisers stay apart, each built on these classes:
//! [`crate::text::normalize::tokens`] splits folded text for comparison
//! (numbers keep their `.` and `,`); `anchors::names::extract`'s `tokenize`
//! splits raw text into classed pieces (words, titles, joiners) with spans,
//! hyphen-aware; `anchors::numbers::tokenize` splits raw text into numbers
//! and letter words, sharing one lower-case buffer; `anchors::quotes`'s
//! `toks` reads attribution phrases (inner `.` joins, initialisms); and
//! `eval::read`'s `tokens` is no word splitter but a `;`-list split that
//! mirrors the external `score.py`. They differ in input (raw or folded),
//! in what joins a word and in what they return; merging them would change
//! output.

/// The apostrophes of running text: `'` and `’` (U+2019). Quotation
/// attribution reads words with these inside ("don't", "Let’s").
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// [`is_apostrophe`] and its look-alikes in names: the modifier letters ʼ
/// (U+02BC) and ʻokina (U+02BB), a backtick and a left single quote typed for
/// an apostrophe ("O`Brien", "O‘Neill"). Wider than [`is_apostrophe`]
/// because a name keeps its apostrophe whatever it was typed as, while in
/// running text `‘` and `` ` `` open quotations.
pub fn is_apostrophe_or_look_alike(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02bc}' | '\u{02bb}' | '`' | '\u{2018}'
    )
}

/// Hyphens that join the parts of a word: `-`, ‐ (U+2010) and the
/// non-breaking ‑ (U+2011); not the dashes between phrases.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Dashes that can stand between phrases: `-`, en, em, figure and
/// horizontal-bar dashes.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―')
}

/// Quote marks that can open a quotation, in any convention: straight,
/// curly, low-9, guillemets, corner brackets. The straight marks also close.
pub fn is_opening_quote(c: char) -> bool {
    matches!(
        c,
        '“' | '‘' | '"' | '\'' | '„' | '‚' | '«' | '‹' | '「' | '『'
    )
}

/// Quote marks that can close a quotation. `’` is also an apostrophe; the
/// straight marks also open.
pub fn is_closing_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '»' | '›' | '」' | '』')
}

/// Any quote mark: [`is_opening_quote`] or [`is_closing_quote`].
pub fn is_quote_mark(c: char) -> bool {
    is_opening_quote(c) || is_closing_quote(c)
}

/// What joins two letter runs into one word of raw text when a letter
/// follows: [`is_apostrophe`], `-` and the non-breaking hyphen (U+2011) —
/// not ‐ (U+2010), which numbers have always split at, unlike names'
/// [`is_hyphen`].
pub fn is_word_joiner(c: char) -> bool {
    is_apostrophe(c) || matches!(c, '-' | '\u{2011}')
}

/// What joins two alphanumeric runs into one token of folded text
/// ([`crate::text::normalize`]), where every apostrophe is already `'` and
/// every hyphen `-`: also `.` and `,` (numbers: "1.000") and `&` ("AT&T").
pub fn is_folded_token_joiner(c: char) -> bool {
    matches!(c, '\'' | '-' | '.' | ',' | '&')
}

/// Any Unicode combining mark (a diacritic written apart from its letter).
pub fn is_combining_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// What stays with the letter before it in a number's neighbour word: the
/// common combining-diacritic blocks, the zero-width (non-)joiners and the
/// variation selectors. Narrower than [`is_combining_mark`] in scripts (no
/// Indic vowel signs) yet wider in holding ZWJ/ZWNJ and the selectors; kept
/// apart because the numbers tokeniser has always used exactly this set.
pub fn is_letter_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Letters in any script, and digits other than ASCII, which the numbers
/// tokeniser reads as letters so that they never read as numbers.
pub fn is_letter_or_non_ascii_digit(c: char) -> bool {
    c.is_alphanumeric() && !c.is_ascii_digit()
}

/// A character of a word: a letter or digit in any script, or a combining
/// mark.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        // ASCII needs no Unicode tables.
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_and_their_look_alikes() {
        for c in ['\'', '’'] {
            assert!(is_apostrophe(c) && is_apostrophe_or_look_alike(c));
        }
        for c in ['ʼ', 'ʻ', '`', '‘'] {
            assert!(!is_apostrophe(c) && is_apostrophe_or_look_alike(c));
        }
        assert!(!is_apostrophe_or_look_alike('"'));
    }

    #[test]
    fn hyphens_are_not_dashes_between_phrases() {
        assert!(is_hyphen('-') && is_hyphen('\u{2011}') && is_hyphen('\u{2010}'));
        assert!(!is_hyphen('–') && !is_hyphen('—'));
        assert!(is_dash('-') && is_dash('–') && is_dash('—') && !is_dash(':'));
    }

    #[test]
    fn quote_marks_open_close_or_both() {
        assert!(is_opening_quote('“') && !is_closing_quote('“'));
        assert!(is_closing_quote('”') && !is_opening_quote('”'));
        assert!(is_opening_quote('"') && is_closing_quote('"'));
        assert!(is_closing_quote('’') && is_apostrophe('’'));
        let all = "“„«「『”»」』\"‘‚‹’›'";
        assert!(all.chars().all(is_quote_mark));
        assert_eq!(all.chars().count(), 16);
        assert!(!is_quote_mark('(') && !is_quote_mark('`'));
    }

    #[test]
    fn joiners() {
        assert!(is_word_joiner('’') && is_word_joiner('\u{2011}'));
        assert!(!is_word_joiner('\u{2010}') && !is_word_joiner('.'));
        assert!(is_folded_token_joiner('.') && is_folded_token_joiner('&'));
        assert!(!is_folded_token_joiner('’'));
    }

    #[test]
    fn marks_and_word_chars() {
        assert!(is_combining_mark('\u{0301}') && is_letter_mark('\u{0301}'));
        assert!(is_letter_mark('\u{200D}') && !is_combining_mark('\u{200D}'));
        assert!(is_word_char('a') && is_word_char('é') && is_word_char('\u{0301}'));
        assert!(!is_word_char('-') && !is_word_char(' '));
        assert!(is_letter_or_non_ascii_digit('٣') && !is_letter_or_non_ascii_digit('3'));
    }
}
