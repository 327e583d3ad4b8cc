//! Quote anchors: the quotations in one sentence, who said them and through
//! which outlet they are reported.
//!
//! In: a sentence (any UTF-8, any length) and its [`Lang`]. Out: one
//! [`QuoteAnchor`] per quotation, in order: the text inside the marks, its
//! byte span, the speaker ("Peskov") and the outlet it is credited through
//! ("Reuters", "TASS"), each `None` when the sentence does not say.
//!
//! Why: a rendering can keep a quote's words and still change who said it or
//! who reported it ("kata Peskov ... menurut Reuters" against "Peskov told
//! reporters, according to ... TASS"). The aligner compares quote texts and
//! the speakers and outlets, so both must be pulled out of the attribution
//! around the marks.
//!
//! Quote marks: “…”, "…", ‘…’, '…', «…», ‹…›, „…“ (or „…”), ‚…‘, 「…」,
//! 『…』. A curly or straight single mark is also an apostrophe
//! ("Afghanistan’s", "Let’s", "Don't"), so a single quote opens only where a
//! word does not continue before it and closes only where no letter or digit
//! follows. A double-style mark that opens and never closes runs to the end
//! of the sentence (the sentence is the first part of a longer quotation); a
//! closing ” or » (or an odd straight ") before any opening mark ends a quote
//! that began in an earlier sentence, so it runs from the sentence start.
//! Unclosed single marks are left alone: too often they are apostrophes.
//! Scare quotes ("active dialogue") are quotes too, usually with no speaker.
//!
//! Speakers are read from the words around the marks, after the quote first:
//! `kata/ujar/ucap/ungkap/tutur/jelas/... X`, `X mengatakan`, `said/stated/
//! added X`, `X said/says/told/stated/added ...`, and before the quote
//! `X said, “…”`, `X mengatakan bahwa “…”`, `Menurut X, “…”`, `According to
//! X, “…”`. Titles and descriptions are dropped by taking the name at the end
//! of the speaker phrase ("Kremlin spokesman Dmitry Peskov" → "Dmitry
//! Peskov", "the Taliban Foreign Ministry" → "Taliban Foreign Ministry"); a
//! phrase with no name at its end but a capitalised word in it is returned
//! without its article ("The Russian president said" → "Russian
//! president"); pronouns ("He said", "katanya") give `None`. A quote with no
//! attribution of its own that follows a quote attributed right after it
//! ("“…,” Peskov stated. “…”") takes the same speaker.
//!
//! `via`: `according to X`, `menurut X`, `told X` and `kepada X` (when X is a
//! name, not "reporters" or "pers"); the outlet is the last name in the
//! phrase ("Russian news agency TASS" → "TASS"). With no other speaker, the
//! `according to` / `menurut` name is the speaker instead.
//!
//! Pure: no I/O, no printing, never panics; every span lies on char
//! boundaries and `&sentence[q.span.clone()] == q.text`.

use std::ops::Range;

use serde::Serialize;

use super::names;
use crate::text::chars::{is_apostrophe, is_combining_mark, is_opening_quote};
use crate::text::doc::Lang;

/// One quotation in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteAnchor {
    /// The quoted words, inside the marks, trimmed of surrounding white
    /// space and of a trailing comma (which belongs to the attribution).
    pub text: String,
    /// Byte span of `text` in the sentence.
    pub span: Range<usize>,
    /// Who said it ("Peskov", "Taliban Foreign Ministry"), if the sentence
    /// says.
    pub speaker: Option<String>,
    /// The outlet the quote is credited through ("Reuters", "TASS").
    pub via: Option<String>,
    /// The attribution names the speaker by a third-person pronoun alone
    /// ("she said", "katanya", "dia menambahkan") or by "the" and a role
    /// ("the judge said"), so `speaker` is `None` and an earlier sentence
    /// says who.
    #[serde(skip)]
    pub refers_back: bool,
    /// Who that pronoun or role most likely is, read from the sentences before
    /// (`crate::matching::antecedents`); `None` until the document is read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antecedent: Option<String>,
}

/// Whether a quotation's words are negated: any word of either language's
/// negation list ("tidak", "bukan", "not", "never", "don't"). A rendering
/// that drops or adds the one word that turns a statement around keeps
/// every other word, so only this tells "Kami akan menyerah" from "We will
/// not surrender".
pub fn negates(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && !is_apostrophe(c))
        .any(is_negation_word)
}

/// The words of a quotation, lowercase, without the single quote marks
/// beside them ("'Jangan" → "jangan"; "don't" keeps its apostrophe).
pub fn quote_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && !is_apostrophe(c))
        .map(|w| w.trim_matches(is_apostrophe).to_lowercase())
        .filter(|w| !w.is_empty())
}

/// Whether one word (any case) negates: a listed negation word, or an
/// English contraction ending in "n't" ("don't", "won’t").
pub fn is_negation_word(word: &str) -> bool {
    // A single quote mark beside the word ("'Jangan") is no part of it.
    let lower = word.trim_matches(is_apostrophe).to_lowercase();
    sorted_contains(NEGATIONS, &lower) || lower.ends_with("n't") || lower.ends_with("n\u{2019}t")
}

/// Whether a speaker can be compared with another side's speaker as a
/// person: not a description ("Kremlin spokesman", with a lowercase word),
/// and not a name the other sentence carries outside its speakers ("kata
/// juru bicara Kremlin" against "Kremlin spokesman Dmitry Peskov said": the
/// Kremlin's spokesman is the person named there). The latter holds only
/// for a speaker that is the last name of its own sentence (`own_names`):
/// a name after it may be the person the attribution goes on to name.
pub fn comparable_speaker(
    speaker: &str,
    own_names: &[String],
    other: &[QuoteAnchor],
    other_names: &[String],
) -> bool {
    let description = speaker
        .split_whitespace()
        .any(|w| w.chars().next().is_some_and(char::is_lowercase));
    let last_named = own_names
        .last()
        .is_some_and(|n| names::relation(speaker, n) != names::NameRelation::Different);
    // The whole speaker, not a longer name holding it ("Air Force Coach
    // Ernest Darnell" against "Ernest Darnell").
    let words = speaker.split_whitespace().count();
    let institution = last_named
        && other_names.iter().any(|n| {
            words <= n.split_whitespace().count()
                && names::relation(speaker, n) != names::NameRelation::Different
                && !other
                    .iter()
                    .filter_map(|q| q.speaker.as_deref())
                    .any(|s| names::relation(s, n) != names::NameRelation::Different)
        });
    !description && !institution
}

/// Finds the quotations in one sentence with their speaker and outlet; see
/// the module documentation for the rules.
pub fn extract(text: &str, lang: Lang) -> Vec<QuoteAnchor> {
    let raws = find_quotes(text);
    let mut out: Vec<QuoteAnchor> = Vec::with_capacity(raws.len());
    let mut prev_after: Option<(usize, Attribution)> = None;
    for (k, q) in raws.iter().enumerate() {
        let next_open = raws.get(k + 1).map_or(text.len(), |n| n.open);
        let prev_close = if k == 0 { 0 } else { raws[k - 1].close_end };
        let after = if q.close_end < next_open {
            attribution_after(text, q.close_end, next_open, lang)
        } else {
            Attribution::default()
        };
        let mut attr = after.clone();
        if attr.speaker.is_none() {
            let before = attribution_before(text, prev_close, q.open, lang);
            if before.speaker.is_some() {
                attr.speaker = before.speaker;
                if attr.via.is_none() {
                    attr.via = before.via;
                }
            } else if !attr.refers_back {
                attr.refers_back = before.refers_back;
            }
        }
        // "“…,” Peskov stated. “…”": the second part is the same speaker's.
        if attr.speaker.is_none() && attr.via.is_none() && !attr.refers_back {
            if let Some((end, inherited)) = &prev_after {
                let gap = text.get(*end..q.open).unwrap_or("");
                if gap.split_whitespace().count() <= INHERIT_MAX_WORDS {
                    attr = inherited.clone();
                }
            }
        }
        prev_after = after.speaker.is_some().then_some((q.close_end, after));
        let inner = &text[q.inner.clone()];
        out.push(QuoteAnchor {
            text: inner.to_string(),
            span: q.inner.clone(),
            refers_back: attr.refers_back && attr.speaker.is_none(),
            speaker: attr.speaker,
            via: attr.via,
            antecedent: None,
        });
    }
    out
}

/// At most this many words between a quote attributed after it and the next
/// quote for the next one to inherit the speaker.
const INHERIT_MAX_WORDS: usize = 12;

/// How far (in bytes) around a quote the attribution is looked for; bounds
/// the work on pathological input.
const ATTRIBUTION_REACH: usize = 400;

/// How many words after a quote the speech verb may come ("Kremlin
/// spokesman Dmitry Peskov told" is five).
const VERB_WINDOW: usize = 10;

// ---------------------------------------------------------------------------
// Finding the marks

/// A quotation as found: where its opening mark is, its trimmed inner text
/// and where the closing mark ends.
#[derive(Debug, Clone)]
struct RawQuote {
    /// Byte offset of the opening mark (the sentence start for a quote that
    /// began earlier).
    open: usize,
    /// The trimmed inner text.
    inner: Range<usize>,
    /// Byte offset just after the closing mark (text end if unclosed).
    close_end: usize,
}

/// Kinds of quotation, by their opening mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// “…”
    Curly,
    /// "…"
    Straight,
    /// ‘…’
    CurlySingle,
    /// '…'
    StraightSingle,
    /// «…»
    Guillemet,
    /// ‹…›
    SingleGuillemet,
    /// „…“ or „…”
    LowDouble,
    /// ‚…‘ or ‚…’
    LowSingle,
    /// 「…」
    Corner,
    /// 『…』
    WhiteCorner,
}

const KINDS: usize = 10;

impl Kind {
    fn index(self) -> usize {
        self as usize
    }

    /// Whether an unclosed quote of this kind runs to the sentence end.
    fn runs_on(self) -> bool {
        !matches!(
            self,
            Kind::CurlySingle | Kind::StraightSingle | Kind::LowSingle
        )
    }

    /// Whether `c` closes this kind, given the chars around it.
    fn closes(self, c: char, prev: Option<char>, next: Option<char>) -> bool {
        let apostrophe_safe =
            || !next.is_some_and(char::is_alphanumeric) && !prev.is_some_and(char::is_whitespace);
        match self {
            Kind::Curly => c == '\u{201d}',
            Kind::Straight => c == '"',
            Kind::CurlySingle => c == '\u{2019}' && apostrophe_safe(),
            Kind::StraightSingle => c == '\'' && apostrophe_safe(),
            Kind::Guillemet => c == '\u{bb}',
            Kind::SingleGuillemet => c == '\u{203a}',
            Kind::LowDouble => c == '\u{201c}' || c == '\u{201d}',
            Kind::LowSingle => (c == '\u{2018}' || c == '\u{2019}') && apostrophe_safe(),
            Kind::Corner => c == '\u{300d}',
            Kind::WhiteCorner => c == '\u{300f}',
        }
    }
}

/// Whether a quote may open after `prev`: at the start, after white space,
/// an opening bracket, a dash, a slash or another opening mark.
fn open_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '['
                        | '{'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '-'
                        | '/'
                        | ':'
                        | '\u{201c}'
                        | '\u{ab}'
                )
        }
    }
}

/// The kind of quotation `c` opens here, if any.
fn opens(c: char, prev: Option<char>, next: Option<char>) -> Option<Kind> {
    let word_follows = next.is_some_and(|n| !n.is_whitespace());
    let kind = match c {
        '\u{201c}' => Kind::Curly,
        '\u{ab}' => Kind::Guillemet,
        '\u{2039}' => Kind::SingleGuillemet,
        '\u{201e}' => Kind::LowDouble,
        '\u{300c}' => Kind::Corner,
        '\u{300e}' => Kind::WhiteCorner,
        '"' if open_context(prev) && word_follows => Kind::Straight,
        '\u{2018}' if !prev.is_some_and(char::is_alphanumeric) && word_follows => Kind::CurlySingle,
        '\u{201a}' if !prev.is_some_and(char::is_alphanumeric) && word_follows => Kind::LowSingle,
        '\'' if open_context(prev) && next.is_some_and(char::is_alphanumeric) => {
            Kind::StraightSingle
        }
        _ => return None,
    };
    Some(kind)
}

/// Trims white space and a trailing comma; `None` if nothing with a letter or
/// digit is left.
fn trim_inner(text: &str, start: usize, end: usize) -> Option<Range<usize>> {
    let s = text.get(start..end)?;
    let lead = s.len() - s.trim_start().len();
    let body = s.trim_start();
    let body = body.trim_end();
    let body = body.strip_suffix(',').unwrap_or(body).trim_end();
    if !body.chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(start + lead..start + lead + body.len())
}

/// Where a quote that began in an earlier sentence closes: the first quote
/// mark of the sentence is a closing ” or », or a straight " in closing
/// position when the sentence has an odd number of them.
fn fragment_close(chars: &[(usize, char)]) -> Option<usize> {
    let straight = chars.iter().filter(|(_, c)| *c == '"').count();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        match c {
            '\u{201d}' | '\u{bb}' => return Some(i),
            '"' => {
                let closing = prev.is_some_and(|p| !p.is_whitespace())
                    && !next.is_some_and(char::is_alphanumeric);
                return (closing && straight % 2 == 1 && i > 0).then_some(i);
            }
            '\u{201c}' | '\u{ab}' | '\u{201e}' | '\u{2039}' | '\u{300c}' | '\u{300e}' => {
                return None
            }
            '\u{2018}' | '\u{201a}' if !prev.is_some_and(char::is_alphanumeric) => return None,
            _ => {}
        }
    }
    None
}

/// Every character that can open a quotation ([`opens`]) or close a
/// leading fragment ([`fragment_close`]): a text with none of them holds no
/// quotation, and most sentences have none.
fn can_open_or_close_fragment(c: char) -> bool {
    is_opening_quote(c) || matches!(c, '\u{201d}' | '\u{bb}')
}

fn find_quotes(text: &str) -> Vec<RawQuote> {
    if !text.contains(can_open_or_close_fragment) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    if let Some(close) = fragment_close(&chars) {
        let close_len = text[close..].chars().next().map_or(1, char::len_utf8);
        if let Some(inner) = trim_inner(text, 0, close) {
            out.push(RawQuote {
                open: 0,
                inner,
                close_end: close + close_len,
            });
        }
        k = chars.partition_point(|(i, _)| *i <= close);
    }
    // Position from which a search for a closer of each kind already failed:
    // any later search of that kind fails too, which keeps this linear.
    let mut no_closer_from: [Option<usize>; KINDS] = [None; KINDS];
    while k < chars.len() {
        let (i, c) = chars[k];
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        let Some(kind) = opens(c, prev, next) else {
            k += 1;
            continue;
        };
        let inner_start = i + c.len_utf8();
        let mut close = None;
        if !matches!(no_closer_from[kind.index()], Some(f) if f <= k + 1) {
            for m in k + 1..chars.len() {
                let (j, d) = chars[m];
                let p = Some(chars[m - 1].1);
                let n = chars.get(m + 1).map(|x| x.1);
                if kind.closes(d, p, n) {
                    close = Some((m, j, d));
                    break;
                }
            }
            if close.is_none() {
                no_closer_from[kind.index()] = Some(k + 1);
            }
        }
        match close {
            Some((m, j, d)) => {
                if let Some(inner) = trim_inner(text, inner_start, j) {
                    out.push(RawQuote {
                        open: i,
                        inner,
                        close_end: j + d.len_utf8(),
                    });
                }
                k = m + 1;
            }
            None if kind.runs_on() => {
                if let Some(inner) = trim_inner(text, inner_start, text.len()) {
                    out.push(RawQuote {
                        open: i,
                        inner,
                        close_end: text.len(),
                    });
                }
                break;
            }
            None => k += 1,
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Attribution

/// Speaker and outlet found around one quote.
#[derive(Debug, Clone, Default)]
struct Attribution {
    speaker: Option<String>,
    via: Option<String>,
    /// The speaker is a third-person pronoun ([`PERSON_PRONOUNS`]) or
    /// "the" and a role ([`DEFINITE_ROLES`]).
    refers_back: bool,
}

/// A word or punctuation mark of an attribution phrase.
#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    end: usize,
    /// Lowercase word with ’ as ', or the punctuation char itself.
    lower: String,
    word: bool,
    /// A mark that ends a sentence: `!`, `?`, `;`, `…`, or a `.` not followed
    /// by a lowercase word ("a U.S. official said" goes on).
    ends_sentence: bool,
}

/// Splits `text[from..to]` into words (with inner apostrophes, hyphens and
/// dots) and single punctuation marks.
fn toks(text: &str, from: usize, to: usize) -> Vec<Tok> {
    let Some(s) = text.get(from..to) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut m = k + 1;
            while m < chars.len() {
                let d = chars[m].1;
                let joins = (is_apostrophe(d) || matches!(d, '-' | '.'))
                    && chars.get(m + 1).is_some_and(|n| n.1.is_alphanumeric());
                if d.is_alphanumeric() || is_combining_mark(d) || joins {
                    m += 1;
                } else {
                    break;
                }
            }
            // An initialism keeps its last dot ("U.S."), and so does an
            // honorific ("kata Tn. Smith") or a name's initial before the
            // rest of the name ("kata R. Meenakshi"): it ends no sentence.
            let word_end = chars.get(m).map_or(s.len(), |x| x.0);
            let initial = m == k + 1
                && c.is_uppercase()
                && s[word_end..]
                    .strip_prefix('.')
                    .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase));
            if chars.get(m).is_some_and(|x| x.1 == '.')
                && (s[i..word_end].contains('.')
                    || initial
                    || names::is_dot_abbreviation(&s[i..word_end].to_lowercase()))
            {
                m += 1;
            }
            let end = chars.get(m).map_or(s.len(), |x| x.0);
            let lower = s[i..end]
                .chars()
                .map(|c| if is_apostrophe(c) { '\'' } else { c })
                .flat_map(char::to_lowercase)
                .collect();
            out.push(Tok {
                start: from + i,
                end: from + end,
                lower,
                word: true,
                ends_sentence: false,
            });
            k = m;
        } else {
            let ends_sentence = match c {
                '!' | '?' | ';' | '\u{2026}' => true,
                '.' => !s[i + 1..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase),
                _ => false,
            };
            out.push(Tok {
                start: from + i,
                end: from + i + c.len_utf8(),
                lower: c.to_string(),
                word: false,
                ends_sentence,
            });
            k += 1;
        }
    }
    out
}

/// Largest char boundary ≤ `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Smallest char boundary ≥ `i`.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

fn is_sentence_end(t: &Tok) -> bool {
    t.ends_sentence
}

/// Whether a speaker phrase names a person an earlier sentence names: a
/// third-person pronoun alone, or "the" and a role.
fn refers_back(np: &[Tok]) -> bool {
    is_person_pronoun(np) || is_definite_role(np)
}

/// Whether a speaker phrase is one third-person pronoun alone ("she",
/// "dia"): a person an earlier sentence names.
fn is_person_pronoun(np: &[Tok]) -> bool {
    let mut words = np.iter().filter(|t| t.word);
    words
        .next()
        .is_some_and(|t| sorted_contains(PERSON_PRONOUNS, &t.lower))
        && words.next().is_none()
}

/// Whether a speaker phrase is "the" and one role noun ("the judge", "the
/// official"): English names a speaker once, then goes on with the role,
/// so the person is one an earlier sentence names, as for a pronoun.
fn is_definite_role(np: &[Tok]) -> bool {
    let words: Vec<&str> = np
        .iter()
        .filter(|t| t.word)
        .map(|t| t.lower.as_str())
        .collect();
    matches!(words.as_slice(), ["the", role] if sorted_contains(DEFINITE_ROLES, role))
}

fn is_clause_mark(t: &Tok) -> bool {
    !t.word && !matches!(t.lower.as_str(), "-" | "'" | "\u{2019}")
}

fn is_verb(lower: &str) -> bool {
    sorted_contains(SPEECH_VERBS, lower) || sorted_contains(VERBS_FIRST, lower)
}

/// "katanya", "ujarnya": a verb with the pronoun attached (speaker unknown).
fn is_verb_nya(lower: &str) -> bool {
    lower
        .strip_suffix("nya")
        .is_some_and(|v| sorted_contains(VERBS_FIRST, v))
}

fn sorted_contains(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// The attribution in the words after a quote (up to the next quote or the
/// sentence end).
fn attribution_after(text: &str, from: usize, to: usize, lang: Lang) -> Attribution {
    let to = floor_boundary(text, to.min(from.saturating_add(ATTRIBUTION_REACH)));
    let mut ts = toks(text, from, to);
    if let Some(end) = ts.iter().position(is_sentence_end) {
        ts.truncate(end);
    }
    // Skip the comma or dash between the quote and its attribution.
    let lead = ts.iter().take_while(|t| !t.word).count();
    let ts = &ts[lead..];
    let mut attr = Attribution::default();
    // A capitalised verb is a word of a name ("the United States"): after
    // a quotation the verb that credits it is written in lowercase.
    let Some(v) = ts.iter().take(VERB_WINDOW * 2).position(|t| {
        t.word && (is_verb(&t.lower) || is_verb_nya(&t.lower)) && !capitalised(text, t)
    }) else {
        attr.speaker = according_to(text, ts, lang);
        return attr;
    };
    let np = &ts[..v];
    if np.iter().filter(|t| t.word).count() > VERB_WINDOW
        || np
            .iter()
            .any(|t| t.word && sorted_contains(NP_STOPS, &t.lower))
        || np.iter().any(|t| !t.word && t.lower != ",")
    {
        return attr;
    }
    let mut rest_from = v + 1;
    // "katanya": the speaker is a pronoun, so a name after "menurut" is the
    // outlet, not the speaker.
    let pronoun = is_verb_nya(&ts[v].lower);
    attr.refers_back = pronoun || refers_back(np);
    if np.is_empty() && !pronoun {
        let span_end = phrase_end(text, ts, v + 1);
        attr.speaker = speaker_from(text, &ts[v + 1..span_end], lang);
        rest_from = span_end;
        // "kata pelatih tim putri Angkatan Udara, James Lewis" / "said the
        // team's coach, James Lewis": a description, then the person's name
        // after a comma. (A name first, "said Zamir Kabulov, the envoy",
        // keeps its name.)
        if let Some(name) = name_after_description(text, ts, v + 1, span_end, lang) {
            attr.speaker = Some(name);
            rest_from = phrase_end(text, ts, span_end + 1);
        }
    } else if !pronoun {
        attr.speaker = speaker_from(text, np, lang);
    }
    // "told TASS", "kepada TASS": an outlet named as the listener.
    let told = if ts[v].lower == "told" || ts[v].lower == "tells" {
        Some(v + 1)
    } else {
        ts.get(rest_from)
            .filter(|t| t.lower == "kepada")
            .map(|_| rest_from + 1)
    };
    if let Some(obj) = told {
        let end = phrase_end(text, ts, obj);
        // A listener described, then named after a comma, is that name
        // ("kepada parlemen Irlandia, Dail": the Dail).
        attr.via = name_after_description(text, ts, obj, end, lang)
            .or_else(|| outlet(text, ts.get(obj..end).unwrap_or(&[]), lang));
    }
    let by = according_to(text, ts.get(v + 1..).unwrap_or(&[]), lang);
    if by.is_some() {
        if attr.speaker.is_some() || pronoun {
            attr.via = by;
        } else if attr.via.is_none() {
            attr.speaker = by;
        }
    }
    attr
}

/// The attribution in the words before a quote, within its sentence:
/// "X said, “…”", "X mengatakan bahwa “…”", "Menurut X, “…”".
fn attribution_before(text: &str, from: usize, to: usize, lang: Lang) -> Attribution {
    let from = ceil_boundary(text, from.max(to.saturating_sub(ATTRIBUTION_REACH)));
    let mut ts = toks(text, from, to);
    if let Some(end) = ts.iter().rposition(is_sentence_end) {
        ts.drain(..=end);
    }
    let mut attr = Attribution::default();
    // Trailing ",", ":", "that", "bahwa" between the verb and the quote.
    while ts
        .last()
        .is_some_and(|t| (!t.word && t.lower != "'") || t.lower == "that" || t.lower == "bahwa")
    {
        ts.pop();
    }
    let Some(last) = ts.last() else {
        return attr;
    };
    if last.word && is_verb(&last.lower) {
        let v = ts.len() - 1;
        attr.speaker = speaker_before(text, &ts, v, lang);
        attr.refers_back = refers_back(&ts[phrase_start_before(&ts, v)..v]);
        return attr;
    }
    // "Biden called the attack “a cowardly act”": a naming verb, its object
    // and then the quoted phrase.
    let object_from = ts.len().saturating_sub(NAMED_OBJECT_WORDS + 1);
    if let Some(v) = ts[object_from..]
        .iter()
        .rposition(|t| t.word && sorted_contains(NAMING_VERBS, &t.lower))
        .map(|k| object_from + k)
    {
        if ts[v + 1..].iter().all(|t| t.word) {
            attr.speaker = speaker_before(text, &ts, v, lang);
            return attr;
        }
    }
    // "Menurut Peskov, “…”" / "According to Peskov: “…”".
    let clause = ts
        .iter()
        .rposition(|t| !t.word && t.lower != "," && t.lower != "-")
        .map_or(0, |p| p + 1);
    attr.speaker = according_to(text, &ts[clause..], lang);
    attr
}

/// The name after "according to" / "menurut" in `ts`, if any.
fn according_to(text: &str, ts: &[Tok], lang: Lang) -> Option<String> {
    let k = ts.iter().enumerate().find_map(|(k, t)| {
        if t.lower == "menurut" {
            Some(k + 1)
        } else if t.lower == "according" && ts.get(k + 1).is_some_and(|n| n.lower == "to") {
            Some(k + 2)
        } else {
            None
        }
    })?;
    let end = phrase_end(text, ts, k);
    outlet(text, ts.get(k..end).unwrap_or(&[]), lang)
}

/// Where a phrase starting at `k` ends: at punctuation or a word that starts
/// another phrase ("kepada", "menurut", "when", "to", ...).
fn phrase_end(text: &str, ts: &[Tok], k: usize) -> usize {
    // A stop word written with a capital between capitalised words is part
    // of a name ("Menteri Dalam Negeri", the interior minister).
    let in_name = |e: usize| {
        let capital = |i: usize| ts.get(i).is_some_and(|t| t.word && capitalised(text, t));
        e > k && capital(e - 1) && capital(e) && capital(e + 1)
    };
    let mut e = k;
    while let Some(t) = ts.get(e) {
        if !t.word && t.lower != "-" {
            break;
        }
        if t.word && sorted_contains(PHRASE_STOPS, &t.lower) && !in_name(e) {
            break;
        }
        e += 1;
    }
    e
}

fn span_of(ts: &[Tok]) -> Option<Range<usize>> {
    Some(ts.first()?.start..ts.last()?.end)
}

/// The last name in a phrase ("Russian news agency TASS" → "TASS").
fn outlet(text: &str, ts: &[Tok], lang: Lang) -> Option<String> {
    let span = span_of(ts)?;
    let phrase = text.get(span)?;
    names::extract(phrase, lang).pop().map(|a| a.text)
}

/// Whether the token's word starts with a capital letter.
fn capitalised(text: &str, t: &Tok) -> bool {
    text[t.start..t.end]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// The name after the comma that closes a description of the speaker
/// (`ts[from..to]`, with a lowercase word), when the words after the comma
/// are capitalised, up to the phrase's end, and end with a name (a title
/// before it allowed).
fn name_after_description(
    text: &str,
    ts: &[Tok],
    from: usize,
    to: usize,
    lang: Lang,
) -> Option<String> {
    // A description has a lowercase word, or opens with a title written
    // with its capital ("kata Presiden Xiaomi India, Raghu Menon", "kata
    // Wali Kota Kinn, Solveig Haugland").
    let described = ts[from..to].iter().any(|t| t.word && !capitalised(text, t))
        || ts.get(from).is_some_and(|t| names::is_title_word(&t.lower))
        || names::opens_with_multiword_title(ts[from..to].iter().map(|t| t.lower.as_str()));
    if !described || ts.get(to).is_none_or(|t| t.lower != ",") {
        return None;
    }
    let end = phrase_end(text, ts, to + 1);
    let words = &ts[to + 1..end];
    let all_name = !words.is_empty()
        && words.len() <= VERB_WINDOW
        && words.iter().all(|t| t.word && capitalised(text, t));
    if !all_name {
        return None;
    }
    name_at_end(text, words, lang)
}

/// The name a phrase ends with (a possessive "'s" after it allowed), if any.
fn name_at_end(text: &str, np: &[Tok], lang: Lang) -> Option<String> {
    let span = span_of(np)?;
    let last = names::extract(text.get(span.clone())?, lang).pop()?;
    let rest = text.get(span.start + last.span.end..span.end)?;
    let possessive = matches!(rest, "" | "'s" | "\u{2019}s" | "'" | "\u{2019}");
    possessive.then_some(last.text)
}

/// The speaker a phrase names: the name it ends with, else the name before
/// an appositive ("Zamir Kabulov, the envoy,"), else the phrase itself
/// without its article if it has a capitalised word ("Russian president");
/// `None` for pronouns and lowercase phrases.
/// Where the noun phrase before the verb at `v` starts: after the last
/// clause mark or phrase stop.
fn phrase_start_before(ts: &[Tok], v: usize) -> usize {
    ts[..v]
        .iter()
        .rposition(|t| is_clause_mark(t) || (t.word && sorted_contains(NP_STOPS, &t.lower)))
        .map_or(0, |p| p + 1)
}

/// The speaker named by the short noun phrase just before the verb at `v`
/// ("Kremlin spokesman Dmitry Peskov said", "Biden called"): back to the
/// last clause mark or phrase stop, at most [`VERB_WINDOW`] words.
fn speaker_before(text: &str, ts: &[Tok], v: usize, lang: Lang) -> Option<String> {
    let np = &ts[phrase_start_before(ts, v)..v];
    if np.iter().filter(|t| t.word).count() <= VERB_WINDOW {
        speaker_from(text, np, lang)
    } else {
        None
    }
}

fn speaker_from(text: &str, np: &[Tok], lang: Lang) -> Option<String> {
    let mut np = np;
    while np
        .last()
        .is_some_and(|t| !t.word || sorted_contains(SPEAKER_TRAILERS, &t.lower))
    {
        np = &np[..np.len() - 1];
    }
    // A name, then a description set off by commas ("Wang Xinyi, an
    // 18-year-old student in Chengdu, told"): the name is the speaker, not
    // the place that ends the description.
    if let Some(comma) = np.iter().position(|t| t.lower == ",") {
        let described = np[comma + 1..]
            .iter()
            .any(|t| t.word && !capitalised(text, t));
        if let Some(name) = described
            .then(|| name_at_end(text, &np[..comma], lang))
            .flatten()
        {
            return Some(name);
        }
    }
    if let Some(name) = name_at_end(text, np, lang) {
        return Some(name);
    }
    // Appositive: "Zamir Kabulov, the Russian envoy," names him before the
    // first comma.
    if let Some(comma) = np.iter().position(|t| t.lower == ",") {
        if let Some(name) = name_at_end(text, &np[..comma], lang) {
            return Some(name);
        }
    }
    let words: Vec<&Tok> = np.iter().filter(|t| t.word).collect();
    let lead = words
        .iter()
        .take_while(|t| sorted_contains(ARTICLES, &t.lower))
        .count();
    let content = &words[lead..];
    if content.is_empty()
        || content.len() > 4
        || content
            .iter()
            .any(|t| t.word && sorted_contains(PRONOUNS, &t.lower))
    {
        return None;
    }
    if !content.iter().any(|t| capitalised(text, t)) {
        return None;
    }
    let (first, last) = (content.first()?, content.last()?);
    text.get(first.start..last.end).map(str::to_string)
}

// ---------------------------------------------------------------------------
// Word lists (lowercase; sorted bytewise and duplicate-free, tested)
/// Speech verbs (English, and Indonesian verbs that follow the speaker).
const SPEECH_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "affirmed",
    "announced",
    "argued",
    "asked",
    "berkata",
    "bertanya",
    "claimed",
    "commented",
    "concluded",
    "confirmed",
    "continued",
    "declared",
    "emphasised",
    "emphasized",
    "explained",
    "insisted",
    "maintained",
    "menambahkan",
    "menegaskan",
    "menekankan",
    "mengatakan",
    "mengklaim",
    "mengumumkan",
    "mengungkapkan",
    "menjawab",
    "menjelaskan",
    "menulis",
    "menuturkan",
    "menyatakan",
    "menyebutkan",
    "noted",
    "observed",
    "recalled",
    "remarked",
    "replied",
    "responded",
    "said",
    "say",
    "says",
    "stated",
    "states",
    "stressed",
    "suggested",
    "tells",
    "told",
    "urged",
    "warned",
    "writes",
    "wrote",
];

/// Indonesian verbs that come before the speaker ("kata Peskov"); with
/// "-nya" they carry a pronoun instead ("katanya").
const VERBS_FIRST: &[&str] = &[
    "imbuh", "jelas", "kata", "kilah", "lanjut", "papar", "sebut", "tambah", "tanya", "tegas",
    "terang", "tukas", "tutur", "ucap", "ujar", "ungkap",
];

/// Negation words of both languages (lowercase): a quotation holding one
/// says the opposite of one without ("unable", "impossible" and "mustahil"
/// carry it inside the word).
const NEGATIONS: &[&str] = &[
    "belum",
    "bukan",
    "cannot",
    "devoid",
    "enggak",
    "gak",
    "impossible",
    "jangan",
    "mustahil",
    "neither",
    "never",
    "no",
    "nobody",
    "none",
    "nor",
    "not",
    "nothing",
    "tak",
    "takkan",
    "tanpa",
    "tiada",
    "tidak",
    "unable",
    "unlikely",
    "without",
];

/// Verbs that name something with a quoted phrase after their object
/// ("called the attack “…”", "menyebut serangan itu “…”").
const NAMING_VERBS: &[&str] = &[
    "branded",
    "called",
    "calls",
    "described",
    "describes",
    "dubbed",
    "labeled",
    "labelled",
    "menggambarkan",
    "menjuluki",
    "menyebut",
    "menyebutnya",
    "termed",
];

/// How many words may stand between a naming verb and the quoted phrase
/// ("called the deal" is two).
const NAMED_OBJECT_WORDS: usize = 4;

/// Words that cannot be inside a speaker phrase before a verb: a phrase
/// holding one is a clause of its own ("and urged", "yang dirujuk").
const NP_STOPS: &[&str] = &[
    "and", "atau", "bahwa", "but", "dan", "if", "namun", "or", "tetapi", "that", "when", "which",
    "while", "who", "with", "yang",
];

/// Words that end a speaker or outlet phrase after a verb ("kata Peskov
/// kepada pers", "said Peskov when asked").
const PHRASE_STOPS: &[&str] = &[
    "according",
    "adding",
    "after",
    "as",
    "at",
    "before",
    "dalam",
    "dengan",
    "di",
    "during",
    "earlier",
    "for",
    "in",
    "kepada",
    "ketika",
    "later",
    "menurut",
    "noting",
    "on",
    "pada",
    "saat",
    "sambil",
    "sebelum",
    "sementara",
    "seraya",
    "setelah",
    "to",
    "usai",
    "using",
    "when",
    "while",
    "yang",
];

/// Adverbs and objects that may stand between a speaker and the verb
/// ("Volchinkov also announced") or trail a speaker phrase.
const SPEAKER_TRAILERS: &[&str] = &[
    "again", "also", "earlier", "further", "had", "has", "have", "juga", "later", "pun", "quickly",
    "then",
];

/// Articles and quantifiers dropped from a descriptive speaker phrase.
const ARTICLES: &[&str] = &["a", "an", "para", "sang", "sebuah", "seorang", "the"];

/// Pronouns: a speaker phrase made of one says nothing about who spoke.
const PRONOUNS: &[&str] = &[
    "beliau", "dia", "he", "i", "ia", "it", "kami", "kita", "mereka", "saya", "she", "they", "we",
    "you",
];

/// Roles that stand for one person an earlier sentence names after "the"
/// (not a body: "the army", "the ministry").
const DEFINITE_ROLES: &[&str] = &[
    "ambassador",
    "analyst",
    "chairman",
    "chairwoman",
    "coach",
    "commander",
    "director",
    "doctor",
    "economist",
    "governor",
    "judge",
    "lawyer",
    "manager",
    "mayor",
    "minister",
    "official",
    "president",
    "prosecutor",
    "researcher",
    "scientist",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Pronouns that stand for one person an earlier sentence names (not
/// "they", "we": a group, nor "I": the quotation's own voice).
const PERSON_PRONOUNS: &[&str] = &["beliau", "dia", "he", "ia", "she"];

#[cfg(test)]
mod tests {
    use super::*;

    /// (sentence, [(quote text, speaker, via)]).
    type Case<'a> = (&'a str, &'a [(&'a str, Option<&'a str>, Option<&'a str>)]);

    fn check(lang: Lang, cases: &[Case]) {
        for (sentence, want) in cases {
            let got = extract(sentence, lang);
            for q in &got {
                assert_eq!(&sentence[q.span.clone()], q.text, "span in {sentence}");
            }
            let got: Vec<(&str, Option<&str>, Option<&str>)> = got
                .iter()
                .map(|q| (q.text.as_str(), q.speaker.as_deref(), q.via.as_deref()))
                .collect();
            assert_eq!(got, *want, "{sentence}");
        }
    }

    #[test]
    fn a_capitalised_stop_word_inside_a_title_and_a_described_name() {
        check(
            Lang::Id,
            &[(
                "\"Kami siap,\" kata Menteri Dalam Negeri Tito Karnavian di Jakarta.",
                &[("Kami siap", Some("Tito Karnavian"), None)],
            )],
        );
        check(
            Lang::En,
            &[(
                "\"I feel calm,\" Wang Xinyi, an 18-year-old student in Chengdu, told the newspaper China Daily.",
                &[("I feel calm", Some("Wang Xinyi"), Some("China Daily"))],
            )],
        );
    }

    #[test]
    fn indonesian_seed_quotes() {
        check(
            Lang::Id,
            &[
                (
                    "\u{201c}Ini adalah negara yang berada di sebelah kami, dan entah bagaimana kami berkomunikasi dengan mereka,\u{201d} kata Peskov kepada pers menurut Reuters.",
                    &[(
                        "Ini adalah negara yang berada di sebelah kami, dan entah bagaimana kami berkomunikasi dengan mereka",
                        Some("Peskov"),
                        Some("Reuters"),
                    )],
                ),
                (
                    "\u{201c}Kita perlu memecahkan masalah mendesak, itu juga membutuhkan dialog, jadi dalam hal ini kita berkomunikasi dengan mereka seperti hampir semua orang \u{2013} ini adalah otoritas de facto di Afghanistan,\u{201d} kata Peskov.",
                    &[(
                        "Kita perlu memecahkan masalah mendesak, itu juga membutuhkan dialog, jadi dalam hal ini kita berkomunikasi dengan mereka seperti hampir semua orang \u{2013} ini adalah otoritas de facto di Afghanistan",
                        Some("Peskov"),
                        None,
                    )],
                ),
                (
                    "\u{2018}Masalah mendesak\u{2019} yang dirujuk ke Peskov mungkin merujuk pada serangan teror baru -baru ini yang menewaskan lebih dari seratus orang di ibukota nasional.",
                    &[("Masalah mendesak", None, None)],
                ),
                (
                    "Juru bicara Kremlin Dmitri Peskov mengatakan kepada wartawan pada hari Selasa bahwa pihak berwenang Rusia sedang mempertimbangkan keputusan untuk memfasilitasi komunikasi yang lebih besar.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn english_seed_quotes() {
        check(
            Lang::En,
            &[
                (
                    "ISLAMABAD \u{2014} Russia said Tuesday that it is engaged in an \u{201c}active dialogue\u{201d} with Afghanistan\u{2019}s ruling Taliban and is working toward removing them from Moscow\u{2019}s list of terrorist organizations.",
                    &[("active dialogue", None, None)],
                ),
                (
                    "\u{201c}The fact is that this is our neighboring country. In one form or another, we maintain communication with them,\u{201d} Kremlin spokesman Dmitry Peskov told reporters, according to Russian news agency TASS.",
                    &[(
                        "The fact is that this is our neighboring country. In one form or another, we maintain communication with them",
                        Some("Dmitry Peskov"),
                        Some("TASS"),
                    )],
                ),
                (
                    "\u{201c}We have to resolve pressing issues, which also requires dialogue. In fact, we are in contact with them just like everyone else,\u{201d} Peskov stated. \u{201c}They are actually the ones who are in power in Afghanistan.\u{201d}",
                    &[
                        (
                            "We have to resolve pressing issues, which also requires dialogue. In fact, we are in contact with them just like everyone else",
                            Some("Peskov"),
                            None,
                        ),
                        ("They are actually the ones who are in power in Afghanistan.", Some("Peskov"), None),
                    ],
                ),
                (
                    "\u{201c}You have said yourself that the option is under consideration. Let\u{2019}s wait until this process ends,\u{201d} Peskov said when asked for his response to a Russian Foreign Ministry statement on Monday about possibly removing the Taliban from the terrorist blacklist.",
                    &[(
                        "You have said yourself that the option is under consideration. Let\u{2019}s wait until this process ends",
                        Some("Peskov"),
                        None,
                    )],
                ),
                (
                    "The Taliban condemned the Moscow attack as \u{201c}a blatant violation of all human standards\u{201d} and urged regional countries to take \u{201c}a coordinated, clear and resolute position\u{201d} against such incidents.",
                    &[
                        ("a blatant violation of all human standards", None, None),
                        ("a coordinated, clear and resolute position", None, None),
                    ],
                ),
                (
                    "\u{201c}Daesh, which has targeted civilians in Afghanistan and other regions of the world as well, again clearly demonstrated through this incident that it is a group in the hands of intelligence agencies aimed at defaming Islam and posing a threat to the entire region,\u{201d} stated the Taliban Foreign Ministry, using a local acronym for IS-Khorasan.",
                    &[(
                        "Daesh, which has targeted civilians in Afghanistan and other regions of the world as well, again clearly demonstrated through this incident that it is a group in the hands of intelligence agencies aimed at defaming Islam and posing a threat to the entire region",
                        Some("Taliban Foreign Ministry"),
                        None,
                    )],
                ),
                (
                    "Zamir Kabulov, the Russian special presidential envoy for Afghanistan, told TASS earlier this week that Moscow had invited a Taliban delegation to take part in an international economic forum, called \u{201c}Russia \u{2013} Islamic World: KazanForum,\u{201d} in the city of Kazan from May 14 to 19.",
                    &[("Russia \u{2013} Islamic World: KazanForum", None, None)],
                ),
                (
                    "\"The Russian leadership has already made a fundamental decision on this issue,\" Kabulov told reporters, adding that  extensive work needs to be done by a team of lawyers, parliament and other government agencies so that a decision can be made in the near future.",
                    &[(
                        "The Russian leadership has already made a fundamental decision on this issue",
                        Some("Kabulov"),
                        None,
                    )],
                ),
                (
                    "Volchinkov also announced that the Russian government is completing the procedure to remove the group from the terrorist list, noting that this step could pave the way for more \"practical cooperation,\" including in fighting organized crime and ISIS-K, an offshoot of IS in the region.",
                    &[("practical cooperation", None, None)],
                ),
                (
                    "\"The Taliban movement has made certain promises... but in general, we have to assume that the Taliban controls power in the country. In this sense, the Taliban are certainly our ally in the fight against terrorism,\" Putin said, pointing to continuing signs of Taliban cooperation in counterterrorism efforts.",
                    &[(
                        "The Taliban movement has made certain promises... but in general, we have to assume that the Taliban controls power in the country. In this sense, the Taliban are certainly our ally in the fight against terrorism",
                        Some("Putin"),
                        None,
                    )],
                ),
                ("Putin Says \u{2018}Taliban Are Our Allies\u{2019}", &[("Taliban Are Our Allies", Some("Putin"), None)]),
                ("Putin Says 'Taliban Are Our Allies'", &[("Taliban Are Our Allies", Some("Putin"), None)]),
                (
                    "Last month, Putin ordered Moscow to \u{201c}build relations\u{201d} with the Taliban government.",
                    &[("build relations", None, None)],
                ),
                (
                    "The Russian president said, \u{201c}We must accept that the Taliban is controlling the power in Afghanistan.\u{201d}",
                    &[(
                        "We must accept that the Taliban is controlling the power in Afghanistan.",
                        Some("Russian president"),
                        None,
                    )],
                ),
                ("He said, I am sure that the Taliban is interested in stabilizing everything in Afghanistan.", &[]),
                ("* Please Don't Spam Here. All the Comments are Reviewed by Admin.", &[]),
            ],
        );
    }

    #[test]
    fn split_quotations() {
        check(
            Lang::En,
            &[
                (
                    "In fact, we are in contact with them just like everyone else,\u{201d} Peskov stated.",
                    &[("In fact, we are in contact with them just like everyone else", Some("Peskov"), None)],
                ),
                (
                    "\u{201c}The fact is that this is our neighboring country.",
                    &[("The fact is that this is our neighboring country.", None, None)],
                ),
                ("we agree,\" Putin said.", &[("we agree", Some("Putin"), None)]),
                ("\u{201c}", &[]),
                ("\u{201c}\u{201d} said Putin", &[]),
            ],
        );
    }

    #[test]
    fn attribution_patterns() {
        check(
            Lang::En,
            &[
                (
                    "\u{201c}We talk,\u{201d} said Kremlin spokesman Dmitry Peskov on Monday.",
                    &[("We talk", Some("Dmitry Peskov"), None)],
                ),
                (
                    "\u{201c}We talk,\u{201d} Zamir Kabulov, the Russian envoy, told TASS.",
                    &[("We talk", Some("Zamir Kabulov"), Some("TASS"))],
                ),
                (
                    "\u{201c}We talk,\u{201d} according to Reuters.",
                    &[("We talk", Some("Reuters"), None)],
                ),
                (
                    "\u{201c}We talk,\u{201d} Lavrov added, according to the Associated Press.",
                    &[("We talk", Some("Lavrov"), Some("Associated Press"))],
                ),
                (
                    "According to Peskov, \u{201c}we talk.\u{201d}",
                    &[("we talk.", Some("Peskov"), None)],
                ),
                (
                    "He said, \u{201c}we talk.\u{201d}",
                    &[("we talk.", None, None)],
                ),
                (
                    "\u{201c}We talk,\u{201d} the official said.",
                    &[("We talk", None, None)],
                ),
                (
                    "\u{201c}We talk,\u{201d} a U.S. official said.",
                    &[("We talk", Some("U.S. official"), None)],
                ),
                (
                    "\u{201c}We talk,\u{201d} Putin says.",
                    &[("We talk", Some("Putin"), None)],
                ),
                (
                    "\u{201c}We talk,\u{201d} said the team's coach, James Lewis.",
                    &[("We talk", Some("James Lewis"), None)],
                ),
                (
                    "\u{201c}We talk,\u{201d} said the coach, who asked not to be named.",
                    &[("We talk", None, None)],
                ),
                (
                    "\u{201c}We talk,\u{201d} stated Putin.",
                    &[("We talk", Some("Putin"), None)],
                ),
                (
                    "\u{ab}Nous parlons\u{bb}, said Macron.",
                    &[("Nous parlons", Some("Macron"), None)],
                ),
                (
                    "\u{201e}Wir reden\u{201c}, said Scholz.",
                    &[("Wir reden", Some("Scholz"), None)],
                ),
                (
                    "It's the Taliban's and Afghanistan\u{2019}s call, don't you think?",
                    &[],
                ),
                (
                    "He said \u{201c}she said \u{2018}no\u{2019} twice\u{201d} then left.",
                    &[("she said \u{2018}no\u{2019} twice", None, None)],
                ),
            ],
        );
        check(
            Lang::Id,
            &[
                ("\u{201c}Kami berbicara,\u{201d} katanya menurut Reuters.", &[("Kami berbicara", None, Some("Reuters"))]),
                ("\u{201c}Kami berbicara,\u{201d} ujar juru bicara Kremlin Dmitri Peskov kepada TASS.", &[("Kami berbicara", Some("Dmitri Peskov"), Some("TASS"))]),
                ("\u{201c}Kami membangun rumah,\u{201d} kata O'Brien kepada parlemen Irlandia, Dail.", &[("Kami membangun rumah", Some("O'Brien"), Some("Dail"))]),
                ("Peskov mengatakan bahwa \u{201c}kami berbicara\u{201d}.", &[("kami berbicara", Some("Peskov"), None)]),
                ("Menurut Peskov, \u{201c}kami berbicara.\u{201d}", &[("kami berbicara.", Some("Peskov"), None)]),
                ("\u{201c}Kami berbicara,\u{201d} tutur Menteri Luar Negeri Retno Marsudi.", &[("Kami berbicara", Some("Retno Marsudi"), None)]),
                ("\u{201c}Kami berbicara,\u{201d} ungkap Putin, menurut kantor berita Rusia TASS.", &[("Kami berbicara", Some("Putin"), Some("TASS"))]),
                ("\u{201c}Kami bertahan,\u{201d} kata pelatih tim putri Angkatan Udara, James Lewis.", &[("Kami bertahan", Some("James Lewis"), None)]),
                ("\u{201c}Kami bertahan,\u{201d} kata Retno Marsudi, Menteri Luar Negeri.", &[("Kami bertahan", Some("Retno Marsudi"), None)]),
                ("\u{201c}Kami bertahan,\u{201d} kata seorang pejabat, Senin.", &[("Kami bertahan", None, None)]),
                // what the speaker did while speaking holds no speaker
                ("\u{201c}Mimpi itu terwujud,\u{201d} kata Dwipayana sambil memegang bendera Merah Putih.", &[("Mimpi itu terwujud", Some("Dwipayana"), None)]),
                ("\u{201c}Kami terkejut,\u{201d} kata Tn. Smith kepada BBC.", &[("Kami terkejut", Some("Smith"), Some("BBC"))]),
                ("\u{201c}Kami terkejut,\u{201d} ujar Ny. Ardern.", &[("Kami terkejut", Some("Ardern"), None)]),
                // a question is credited as a statement is
                ("\u{201c}Siapa yang akan menanggung utangnya?\u{201d} tanya Kittipong.", &[("Siapa yang akan menanggung utangnya?", Some("Kittipong"), None)]),
                // a name's initial keeps its dot
                ("\u{201c}Kami meminta warga berhemat,\u{201d} kata Wali Kota Chennai R. Meenakshi.", &[("Kami meminta warga berhemat", Some("R. Meenakshi"), None)]),
            ],
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        let inputs = [
            String::new(),
            "\u{201c}\u{301}\u{301}x\u{301}\u{201d} kata \u{301}Peskov".to_string(),
            "\u{202e}\u{201c}\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{201d} \u{5d0}\u{5de}\u{5e8} Putin\u{202c}".to_string(),
            "\u{201c}\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} ok\u{201d} said \u{1f1f7}\u{1f1fa} Putin".to_string(),
            "\u{0}\u{201c}\u{1}a\u{7f}\u{201d}\u{8} said\u{1b}[31m Putin\"".to_string(),
            "\u{201d}\u{201c}\u{2019}\u{2018}\u{bb}\u{ab}\"'\u{201e}\u{201a}\u{2039}\u{203a}\u{300c}\u{300e}".to_string(),
            "' ' ' \u{2018} \u{2018}a \" \"a a\" said X, according to".to_string(),
            "\u{201c}".repeat(100_000 / 3),
            "\u{2018}".repeat(100_000 / 3),
            "\"".repeat(100_000),
            "'".repeat(100_000),
            "\u{2018}a ".repeat(100_000 / 5),
            "\u{201c}a\u{201d} said X, ".repeat(100_000 / 15),
            "said according to menurut kata \u{201c}".repeat(3_000),
        ];
        for input in &inputs {
            for lang in [Lang::Id, Lang::En] {
                for q in extract(input, lang) {
                    assert_eq!(&input[q.span.clone()], q.text);
                    assert!(!q.text.is_empty());
                }
            }
        }
    }

    #[test]
    fn type_serializes() {
        fn is_serialize<T: Serialize>() {}
        is_serialize::<QuoteAnchor>();
    }

    fn assert_sorted_unique(name: &str, list: &[&str]) {
        for w in list.windows(2) {
            assert!(w[0] < w[1], "{name}: {:?} before {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn a_capitalised_verb_after_a_quote_is_a_word_of_a_name() {
        // "States" in "the United States" credits nothing.
        check(
            Lang::En,
            &[(
                "US ambassador Rahm Emanuel called it \"a historic step\" towards cooperation between the United States, Japan and South Korea.",
                &[("a historic step", Some("Rahm Emanuel"), None)],
            )],
        );
    }

    #[test]
    fn a_title_and_its_organisation_before_a_comma_describe_the_name_after_it() {
        check(
            Lang::Id,
            &[(
                "\"Kami yakin,\" kata Presiden Xiaomi India, Raghu Menon, kepada wartawan di Bengaluru.",
                &[("Kami yakin", Some("Raghu Menon"), None)],
            )],
        );
        // A title of two words and its place.
        check(
            Lang::Id,
            &[(
                "\"Kami belum pernah melihat angin seperti ini,\" kata Wali Kota Kinn, Solveig Haugland.",
                &[(
                    "Kami belum pernah melihat angin seperti ini",
                    Some("Solveig Haugland"),
                    None,
                )],
            )],
        );
    }

    #[test]
    fn a_third_person_pronoun_or_the_role_alone_marks_the_speaker_as_named_before() {
        let marked = |lang, text: &str| -> Vec<bool> {
            extract(text, lang).iter().map(|q| q.refers_back).collect()
        };
        for (lang, text) in [
            (
                Lang::En,
                "\"The war economy is hitting its limits,\" she said.",
            ),
            (Lang::En, "\"Customers are rushing to buy,\" he added."),
            (Lang::En, "He said: \"We will not stop.\""),
            (
                Lang::Id,
                "\"Ekonomi perang sedang mencapai batasnya,\" katanya.",
            ),
            (
                Lang::Id,
                "\"Kami tidak akan berhenti,\" ujarnya kepada wartawan.",
            ),
            (Lang::Id, "\"Kami tidak akan berhenti,\" dia menambahkan."),
            (Lang::En, "\"We will not stop,\" the judge said."),
            (Lang::En, "The official said: \"We will not stop.\""),
        ] {
            assert_eq!(marked(lang, text), vec![true], "{text}");
        }
        for (lang, text) in [
            (Lang::En, "\"We will not stop,\" they said."),
            (Lang::En, "\"We will not stop,\" I said."),
            (Lang::En, "\"We will not stop,\" Markova said."),
            (Lang::En, "\"We will not stop,\" the army said."),
            (Lang::En, "\"We will not stop,\" a judge said."),
            (Lang::En, "Workers called the plan \"a disgrace\"."),
            (Lang::Id, "\"Kami tidak akan berhenti,\" kata Markova."),
            (Lang::Id, "\"Kami tidak akan berhenti,\" kata mereka."),
        ] {
            assert_eq!(marked(lang, text), vec![false], "{text}");
        }
    }

    #[test]
    fn a_naming_verb_before_a_partial_quote_gives_its_speaker() {
        check(
            Lang::En,
            &[(
                "Trudeau called the attack \"a cowardly act\".",
                &[("a cowardly act", Some("Trudeau"), None)],
            )],
        );
        check(
            Lang::Id,
            &[(
                "Biden menyebut serangan itu \"tindakan pengecut\".",
                &[("tindakan pengecut", Some("Biden"), None)],
            )],
        );
    }

    #[test]
    fn negation_words_of_both_languages_negate() {
        for text in [
            "Kami tidak akan menyerah",
            "'Jangan khawatir'",
            "We will not surrender",
            "Don't worry",
            "We won\u{2019}t go",
            "There are no such plans",
        ] {
            assert!(negates(text), "{text}");
        }
        for text in ["Kami akan menyerah", "We will win", "Nothingness"] {
            assert!(!negates(text), "{text}");
        }
    }

    #[test]
    fn descriptions_and_the_other_sides_institution_are_no_person() {
        let none: Vec<QuoteAnchor> = Vec::new();
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(!comparable_speaker("Kremlin spokesman", &[], &none, &[]));
        // "kata juru bicara Kremlin" / "Kremlin spokesman Dmitry Peskov".
        let other = extract(
            "\"There are no such plans,\" Kremlin spokesman Dmitry Peskov said.",
            Lang::En,
        );
        let other_names = names(&["Kremlin", "Dmitry Peskov"]);
        assert!(!comparable_speaker(
            "Kremlin",
            &names(&["Kremlin"]),
            &other,
            &other_names
        ));
        // A name after the speaker in its own sentence: may be the person.
        assert!(comparable_speaker(
            "Kremlin",
            &names(&["Kremlin", "Maria Zakharova"]),
            &other,
            &other_names
        ));
        assert!(comparable_speaker(
            "Putin",
            &names(&["Putin"]),
            &other,
            &other_names
        ));
    }

    #[test]
    fn word_lists_are_sorted_and_unique() {
        assert_sorted_unique("SPEECH_VERBS", SPEECH_VERBS);
        assert_sorted_unique("VERBS_FIRST", VERBS_FIRST);
        assert_sorted_unique("NP_STOPS", NP_STOPS);
        assert_sorted_unique("PHRASE_STOPS", PHRASE_STOPS);
        assert_sorted_unique("SPEAKER_TRAILERS", SPEAKER_TRAILERS);
        assert_sorted_unique("ARTICLES", ARTICLES);
        assert_sorted_unique("PRONOUNS", PRONOUNS);
        assert_sorted_unique("PERSON_PRONOUNS", PERSON_PRONOUNS);
        assert_sorted_unique("DEFINITE_ROLES", DEFINITE_ROLES);
        assert_sorted_unique("NEGATIONS", NEGATIONS);
        assert_sorted_unique("NAMING_VERBS", NAMING_VERBS);
    }
}
