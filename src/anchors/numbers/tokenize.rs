//! The tokeniser the number recognisers walk.
//!
//! **In:** one sentence. **Out:** its [`Tokens`]: words, runs of ASCII digits and single
//! other characters, each with its byte span, whether it is glued to the token before, and
//! a lower-case form for table look-ups.
//!
//! **Why:** the text is tokenised once and every recogniser works on token indices, so
//! spans stay on char boundaries and no reader scans the text again. A tokeniser written
//! the slow, obvious way in the tests pins the fast one down.

use std::ops::Range;

use crate::text::chars::{is_letter_mark, is_letter_or_non_ascii_digit, is_word_joiner};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TokKind {
    /// Letters, with inner hyphens and apostrophes (`kira-kira`, `Jum'at`, `ISIS-K`).
    Word,
    /// A run of ASCII digits; separators are tokens of their own.
    Digits,
    /// Any other single character.
    Sym(char),
}

#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: TokKind,
    /// Where the token's lower-case form lies in [`Tokens::lowered`]: lower case, with
    /// typographic apostrophe and hyphen made plain, for table look-ups.
    pub(super) lower: Range<usize>,
    /// No white space between this token and the one before.
    pub(super) glued: bool,
    /// Starts with an upper-case letter (month and weekday names are capitalised).
    pub(super) capital: bool,
}

/// The tokens of a sentence and their lower-case forms, which share one buffer rather
/// than a `String` each: tokenising runs on every sentence, and most tokens are short.
pub(super) struct Tokens {
    pub(super) toks: Vec<Tok>,
    pub(super) lowered: String,
}

pub(super) fn tokenize(text: &str) -> Tokens {
    // About one token per four bytes of text: growing the vector token by token cost more.
    let mut toks = Vec::with_capacity(text.len() / 4 + 1);
    // In an ASCII text each token's lower-case form is its own span of the text lowered
    // byte-wise; otherwise the forms are appended one by one.
    let ascii = text.is_ascii();
    let mut lowered = if ascii {
        text.to_ascii_lowercase()
    } else {
        String::with_capacity(text.len())
    };
    let mut glued = false;
    let mut start = 0;
    while let Some(c) = char_at(text, start) {
        if c.is_whitespace() {
            glued = false;
            start += c.len_utf8();
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            let digits = text[start..].bytes().take_while(u8::is_ascii_digit).count();
            (TokKind::Digits, start + digits)
        } else if is_letter_or_non_ascii_digit(c) {
            (TokKind::Word, word_end(text, start + c.len_utf8()))
        } else {
            (TokKind::Sym(c), start + c.len_utf8())
        };
        let lower = if ascii {
            start..end
        } else {
            let lower_start = lowered.len();
            push_lower(&mut lowered, &text[start..end]);
            lower_start..lowered.len()
        };
        toks.push(Tok {
            start,
            end,
            kind,
            lower,
            glued,
            capital: c.is_uppercase(),
        });
        glued = true;
        start = end;
    }
    Tokens { toks, lowered }
}

/// The char at byte `b` of `text`, if any.
fn char_at(text: &str, b: usize) -> Option<char> {
    text.get(b..)?.chars().next()
}

/// Appends `surface.to_lowercase()` with `’` made `'` and `‑` made `-`.
fn push_lower(out: &mut String, surface: &str) {
    let start = out.len();
    if surface.is_ascii() {
        // Neither mark is ASCII; byte-wise lower case is what `to_lowercase` gives.
        out.push_str(surface);
        out[start..].make_ascii_lowercase();
        return;
    }
    let plain = |c: char| match c {
        '’' => '\'',
        '\u{2011}' => '-',
        c => c,
    };
    if surface.contains('Σ') {
        // Only capital sigma lowers by its context (final ς); leave that to std.
        out.extend(surface.to_lowercase().chars().map(plain));
    } else {
        out.extend(surface.chars().flat_map(char::to_lowercase).map(plain));
    }
}

/// One past the word whose first letter ends before byte `b`: letters and marks, and
/// joiners with a letter after them.
fn word_end(text: &str, mut b: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters, most of most words, are letters without decoding a char.
        while bytes.get(b).is_some_and(u8::is_ascii_alphabetic) {
            b += 1;
        }
        let Some(c) = char_at(text, b) else {
            break;
        };
        let after = b + c.len_utf8();
        if is_letter_or_non_ascii_digit(c) || is_letter_mark(c) {
            b = after;
            continue;
        }
        let joined = is_word_joiner(c)
            .then(|| char_at(text, after))
            .flatten()
            .filter(|&n| is_letter_or_non_ascii_digit(n));
        match joined {
            Some(n) => b = after + n.len_utf8(),
            None => break,
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokeniser as first written: a vector of chars and a `to_lowercase` per token.
    /// `tokenize` must give the same tokens and lower-case forms.
    fn simple_tokens(text: &str) -> Vec<(usize, usize, TokKind, String, bool, bool)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let letter_at = |i: usize| {
            chars
                .get(i)
                .is_some_and(|&(_, c)| is_letter_or_non_ascii_digit(c))
        };
        let mut toks = Vec::new();
        let mut glued = false;
        let mut i = 0;
        while let Some(&(start, c)) = chars.get(i) {
            if c.is_whitespace() {
                glued = false;
                i += 1;
                continue;
            }
            let mut next = i + 1;
            let kind = if c.is_ascii_digit() {
                while chars.get(next).is_some_and(|&(_, c)| c.is_ascii_digit()) {
                    next += 1;
                }
                TokKind::Digits
            } else if is_letter_or_non_ascii_digit(c) {
                while let Some(&(_, c)) = chars.get(next) {
                    if is_letter_or_non_ascii_digit(c) || is_letter_mark(c) {
                        next += 1;
                    } else if is_word_joiner(c) && letter_at(next + 1) {
                        next += 2;
                    } else {
                        break;
                    }
                }
                TokKind::Word
            } else {
                TokKind::Sym(c)
            };
            let end = chars.get(next).map_or(text.len(), |&(b, _)| b);
            let surface = &text[start..end];
            let lower = surface
                .to_lowercase()
                .replace('’', "'")
                .replace('\u{2011}', "-");
            let capital = surface.chars().next().is_some_and(char::is_uppercase);
            toks.push((start, end, kind, lower, glued, capital));
            glued = true;
            i = next;
        }
        toks
    }

    #[test]
    fn tokenize_matches_the_simple_tokeniser() {
        let pieces = [
            "1",
            "2021",
            ".",
            ",",
            "-",
            "\u{2011}",
            "'",
            "’",
            " ",
            "\n",
            "\u{3000}",
            "Mei",
            "MAY",
            "dua",
            "kira",
            "Jum",
            "ISIS",
            "K",
            "\u{301}",
            "\u{200D}",
            "\u{FE0F}",
            "é",
            "É",
            "Σ",
            "ΟΔΟΣ",
            "σ",
            "İ",
            "ẞ",
            "ǅ",
            "ﬀ",
            "Ⅻ",
            "\u{661}",
            "\u{1F600}",
            "$",
            "“",
            "\u{645}",
        ];
        let check = |text: &str| {
            let Tokens { toks, lowered } = tokenize(text);
            let got: Vec<_> = toks
                .iter()
                .map(|t| {
                    let lower = lowered[t.lower.clone()].to_string();
                    (t.start, t.end, t.kind, lower, t.glued, t.capital)
                })
                .collect();
            assert_eq!(got, simple_tokens(text), "{text:?}");
        };
        let fixed = [
            "",
            "ΑΣ.Β ΑΣ",
            "Jum’at kira\u{2011}kira 2-0",
            "ΟΔΟΣ-Σ'Σ",
            "Jum'at, 14 MAY 2021: kira-kira 2-0 (ISIS-K)\t",
        ];
        for text in fixed {
            check(text);
        }
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..10 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            check(&text);
        }
    }
}
