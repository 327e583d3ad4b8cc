//! Normalisation for matching, and word tokens.
//!
//! In: a sentence's original text. Out: a folded copy for comparison
//! (Unicode NFKC, typographic quotes, apostrophes and dashes made ASCII,
//! lowercase where asked) and its word tokens. The original text is never
//! changed: output and flags quote it, and anchors keep spans into it.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use super::chars::is_folded_token_joiner;

/// Collapses every run of whitespace (including no-break spaces) to one ASCII
/// space and trims the ends. This is the form the CSV prints.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        // The usual case, by bytes: the ASCII characters `char::is_whitespace`
        // accepts are the space and tab to carriage return (U+0009..U+000D).
        let is_space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
        let bytes = text.as_bytes();
        let mut i = 0;
        loop {
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            if i == bytes.len() {
                return out;
            }
            let start = i;
            while i < bytes.len() && !is_space(bytes[i]) {
                i += 1;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&text[start..i]);
        }
    }
    for word in text.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Folds a character that only differs typographically to its ASCII form.
fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{00A0}' | '\u{2007}' | '\u{202F}' => ' ',
        // Zero-width characters carry no letters; dropping them lets a name
        // with a stray joiner still match.
        _ => c,
    }
}

/// Typographic quotes and dashes that NFKC leaves unchanged.
fn is_nfkc_stable_mark(c: char) -> bool {
    matches!(
        c,
        '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{2013}' | '\u{2014}'
    )
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The matching form of a text: NFKC, typographic marks folded to ASCII,
/// invisible characters dropped, whitespace collapsed, and the rendering's
/// stray space before a reduplication hyphen closed ("baru -baru" becomes
/// "baru-baru"). Case is kept: names need it.
pub fn fold(text: &str) -> String {
    // The usual case first: an ASCII text without a backtick is its own NFKC
    // form and has no typographic mark or invisible character to fold, which
    // leaves collapsing whitespace and, only when a space precedes a hyphen,
    // closing reduplication gaps.
    if text.is_ascii() && !text.contains('`') {
        let collapsed = collapse_whitespace(text);
        return if collapsed.contains(" -") {
            close_reduplication_gaps(&collapsed)
        } else {
            collapsed
        };
    }
    // NFKC changes no ASCII character and none of the common typographic
    // quotes and dashes below (none has a decomposition, and none combines
    // with a neighbour), so a text made of only these skips the NFKC pass,
    // which cost most of the folding. Nor are any of them invisible.
    let folded: String = if text.chars().all(|c| c.is_ascii() || is_nfkc_stable_mark(c)) {
        text.chars().map(fold_char).collect()
    } else {
        text.nfkc()
            .filter(|&c| !is_invisible(c))
            .map(fold_char)
            .collect()
    };
    close_reduplication_gaps(&collapse_whitespace(&folded))
}

/// "cabang -cabang" → "cabang-cabang": machine renderings put a space before
/// the hyphen of reduplicated words; a word, a space, then a hyphen glued to
/// the next word is never a dash between clauses.
fn close_reduplication_gaps(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((_, c)) = chars.next() {
        if c == ' ' && prev.is_some_and(char::is_alphanumeric) {
            let next_two: Vec<char> = chars.clone().take(2).map(|(_, c)| c).collect();
            if next_two.len() == 2 && next_two[0] == '-' && next_two[1].is_alphanumeric() {
                prev = Some(c);
                continue;
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// `word.to_lowercase()`, borrowed when the word is ASCII without an
/// uppercase letter (most words of running text), so that a test made on
/// every word allocates only for the capitalised ones.
pub fn lowercase(word: &str) -> Cow<'_, str> {
    if !word.is_ascii() {
        Cow::Owned(word.to_lowercase())
    } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// A word of a folded text, borrowed from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written (after folding), e.g. "Peskov", "serangan-serangan".
    pub text: &'a str,
    /// Lowercase form: borrowed when the word has no uppercase letter.
    pub lower: Cow<'a, str>,
    /// Index of the token in its sentence.
    pub index: usize,
    /// Starts with an uppercase letter.
    pub capitalised: bool,
    /// Holds a digit.
    pub has_digit: bool,
}

/// Splits folded text into word tokens: runs of letters, digits, and the
/// apostrophes, hyphens, periods and commas that sit between two of them
/// ("1.000", "don't", "serangan-serangan"); an abbreviation keeps its final
/// period and ends there ("U.S.-led" gives "U.S." and "led").
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    // The character at byte `pos`, decoded only when it is not ASCII.
    let char_at = |pos: usize| match *bytes.get(pos)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[pos..].chars().next(),
    };
    // About one word in six bytes: a guess that spares most regrowing.
    let mut out = Vec::with_capacity(bytes.len() / 6 + 1);
    let mut pos = 0;
    while let Some(c) = char_at(pos) {
        if !c.is_alphanumeric() {
            pos += c.len_utf8();
            continue;
        }
        let (start, first) = (pos, c);
        // What the word holds, noted while reading it.
        let (mut ascii, mut upper, mut digit, mut period) = (true, false, false, false);
        let mut c = c;
        loop {
            if c.is_ascii() {
                upper |= c.is_ascii_uppercase();
                digit |= c.is_ascii_digit();
            } else {
                ascii = false;
            }
            pos += c.len_utf8();
            let Some(next) = char_at(pos) else { break };
            c = next;
            // A joiner counts only between two alphanumeric characters;
            // every joiner is one byte.
            if !c.is_alphanumeric() {
                if !(is_folded_token_joiner(c)
                    && char_at(pos + 1).is_some_and(char::is_alphanumeric))
                {
                    break;
                }
                period |= c == '.';
                pos += 1;
                c = char_at(pos).unwrap_or(c);
            }
        }
        // Keep the final period of an abbreviation such as "U.S." or "St.".
        if period && bytes.get(pos) == Some(&b'.') {
            pos += 1;
        }
        let word = &text[start..pos];
        // Most words are ASCII and already lowercase: borrow those.
        let lower = if !ascii {
            Cow::Owned(word.to_lowercase())
        } else if upper {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
        out.push(Token {
            text: word,
            lower,
            index: out.len(),
            capitalised: first.is_uppercase(),
            has_digit: digit,
        });
    }
    out
}

/// `a.cmp(b)` (byte order, as `str::cmp`) without a call to `memcmp`: for
/// binary search in the sorted word tables, whose words are short and whose
/// comparisons mostly differ in the first byte, where the call cost more
/// than the comparison.
pub(crate) fn short_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_is_to_lowercase() {
        for w in [
            "",
            "kata",
            "Kata",
            "KATA",
            "iPhone",
            "Ökonomie",
            "İstanbul",
            "ΣΟΦΟΣ",
            "a1-B",
        ] {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lowercase("kata"), Cow::Borrowed(_)));
    }

    /// [`fold`] without its shortcuts: the reference they must agree with.
    fn slow_fold(text: &str) -> String {
        let folded: String = text
            .nfkc()
            .filter(|&c| !is_invisible(c))
            .map(fold_char)
            .collect();
        close_reduplication_gaps(&collapse_whitespace(&folded))
    }

    #[test]
    fn the_fast_fold_is_the_nfkc_fold() {
        let slow = slow_fold;
        for text in [
            "“Kami tidak tahu,” katanya — dan ‘itu’ saja – cabang -cabang.",
            "plain ASCII  text\twith `ticks` and -dashes",
            "",
            "A\u{2019}s “quoted”\u{2014}end",
        ] {
            assert!(text.chars().all(|c| c.is_ascii() || is_nfkc_stable_mark(c)));
            assert_eq!(fold(text), slow(text), "{text:?}");
        }
        // Every mark on its own and beside every ASCII character.
        for mark in [
            '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2013}', '\u{2014}',
        ] {
            for b in 0u8..128 {
                let (a, b) = (format!("{}{mark}{}", b as char, b as char), b as char);
                assert_eq!(a.nfkc().collect::<String>(), a, "{b:?} {mark:?}");
            }
        }
    }

    /// Every string of one to four characters over `alphabet`, for checking
    /// a fast path against its reference exhaustively on short input.
    fn strings_up_to_four(alphabet: &[char]) -> Vec<String> {
        let mut all = Vec::new();
        let mut frontier = vec![String::new()];
        for _ in 0..4 {
            let mut next = Vec::new();
            for s in &frontier {
                for c in alphabet {
                    next.push(format!("{s}{c}"));
                }
            }
            all.extend(next.iter().cloned());
            frontier = next;
        }
        all
    }

    #[test]
    fn the_ascii_shortcut_is_the_nfkc_fold() {
        let mut texts: Vec<String> = [
            "",
            " ",
            "a",
            "baru -baru ini",
            "cabang -cabang ISIS",
            "2 - 0",
            "a -",
            " -a",
            "x`y",
            "Ini \"kata\" Peskov's  \t\n dua",
            "  lead  trail  ",
            "a\u{0B}b",
            "\u{201C}Ini\u{201D}",
            "ﬁne",
            "a - -b",
            "a -- b",
            "a-b -c",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.extend(strings_up_to_four(&[
            'a', 'B', ' ', '-', '\t', '`', '1', '.',
        ]));
        for t in &texts {
            assert_eq!(fold(t), slow_fold(t), "{t:?}");
        }
    }

    /// [`tokens`] as first written, over a `Vec<char>`: the reference the
    /// borrowing version must agree with (text, lowercase, flags).
    fn slow_tokens(text: &str) -> Vec<(String, String, usize, bool, bool)> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() {
                let c = chars[i];
                let joins = matches!(c, '\'' | '-' | '.' | ',' | '&')
                    && i + 1 < chars.len()
                    && chars[i + 1].is_alphanumeric()
                    && i > start;
                if c.is_alphanumeric() || joins {
                    i += 1;
                } else {
                    break;
                }
            }
            let mut word: String = chars[start..i].iter().collect();
            if i < chars.len() && chars[i] == '.' && word.contains('.') {
                word.push('.');
                i += 1;
            }
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            out.push((
                word.clone(),
                word.to_lowercase(),
                out.len(),
                capitalised,
                word.chars().any(|c| c.is_ascii_digit()),
            ));
        }
        out
    }

    #[test]
    fn tokens_agree_with_the_char_vector_reference() {
        let mut texts: Vec<String> = [
            "The U.S.-led troops, 1.000 orang; serangan-serangan don't!",
            "ΟΔΥΣΣΕΥΣ: Σ. İstanbul Ǆemal ß-ẞ é.é. 👍🏽x",
            "St. Petersburg's A&M -a a- .a a. ,a a,, 'a a'' &&",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.extend(strings_up_to_four(&[
            'a', 'B', ' ', '-', '.', ',', '\'', '&', '1', 'Σ', 'é', '\u{301}',
        ]));
        for t in &texts {
            let fast: Vec<_> = tokens(t)
                .into_iter()
                .map(|k| {
                    let lower = k.lower.into_owned();
                    (
                        k.text.to_owned(),
                        lower,
                        k.index,
                        k.capitalised,
                        k.has_digit,
                    )
                })
                .collect();
            assert_eq!(fast, slow_tokens(t), "{t:?}");
        }
    }

    #[test]
    fn short_cmp_is_str_order() {
        let words = [
            "", "a", "ab", "abc", "b", "ba", "é", "e", "zz", "z", "ab\u{0}",
        ];
        for a in words {
            for b in words {
                assert_eq!(short_cmp(a, b), a.cmp(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn collapses_all_kinds_of_space() {
        assert_eq!(collapse_whitespace("  a\u{00A0}\tb\n\nc  "), "a b c");
        assert_eq!(collapse_whitespace(""), "");
        // The ASCII path splits where `char::is_whitespace` does.
        for b in 0u8..128 {
            let text = format!(" a{}b{} c\u{0B}\u{0C}d ", b as char, b as char);
            let words: Vec<&str> = text
                .split(char::is_whitespace)
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(collapse_whitespace(&text), words.join(" "), "{b}");
        }
    }

    #[test]
    fn folds_typography_and_keeps_case() {
        let cases = [
            ("\u{201C}Ini\u{201D} kata Peskov", "\"Ini\" kata Peskov"),
            ("Afghanistan\u{2019}s", "Afghanistan's"),
            ("a \u{2014} b", "a - b"),
            ("baru -baru ini", "baru-baru ini"),
            ("cabang -cabang ISIS", "cabang-cabang ISIS"),
            ("2 - 0", "2 - 0"),
            ("ﬁne\u{200B}ly", "finely"),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "{input}");
        }
    }

    #[test]
    fn tokens_keep_inner_joiners() {
        let words: Vec<&str> = tokens("The U.S.-led troops, 1.000 orang; serangan-serangan don't!")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            [
                "The",
                "U.S.",
                "led",
                "troops",
                "1.000",
                "orang",
                "serangan-serangan",
                "don't"
            ]
        );
        let t = &tokens("Kremlin 2021")[..];
        assert!(t[0].capitalised && !t[0].has_digit);
        assert!(t[1].has_digit && t[1].index == 1);
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in [
            "",
            "-",
            " -a",
            "a -",
            "\u{0301}\u{200D}",
            "مرحبا بالعالم",
            "👍🏽 x -y",
        ] {
            let _ = tokens(&fold(s));
        }
    }
}
