//! Finding the names in a sentence.
//!
//! In: one sentence and its [`Lang`]. Out: its names as [`NameAnchor`]s, in
//! order, each with its byte span. The sentence is read word by word
//! (initialisms, hyphens, apostrophes and camel case handled where the word
//! is read), each word classed as part of a name, a joiner inside one ("bin",
//! "of") or a break (titles, common words, weekdays and months: the lists in
//! `word_lists`), and each run of name words is trimmed and split around
//! `names.tsv` entries.
//!
//! Why: a capital marks a name only where nothing else explains it; see
//! [`extract`] for the rules.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use super::fold::JOINERS;
use super::known::{acronym_capitals, canonical, is_acronym, place_of_demonym, LEXICON};
use super::word_lists::{
    sorted_contains, Listed, COMMON_ACRONYMS, EN_COMMON, ID_COMMON, INITIAL_WEAK, MULTIWORD_TITLES,
    TIME_ZONES,
};
use super::NameAnchor;
use crate::text::chars::{is_apostrophe_or_look_alike, is_hyphen, is_word_char};
use crate::text::doc::Lang;

/// Finds the names in one sentence, in order of appearance (every occurrence).
///
/// A name is a run of capitalised words (any cased script) separated by
/// single spaces, possibly with a lowercase joiner inside (`bin`, `al`, `de`,
/// `van`, `von`, `of`: "Islamic State of Khorasan", "Osama bin Laden").
/// Kept as names: acronyms (FSB, U.S., AS, TASS), hyphenated names
/// (IS-Khorasan, ISIS-K, al-Qaeda), initials (J.), "St." before a name.
/// Left out:
/// - words in the language's common-word list, in any position (a capital
///   there only marks a sentence start, a quote start or a Title Case line):
///   The, He, In, Let's; Ini, Para, Sebuah, Juru, Pemerintah, Klik, ...;
/// - titles (President, Presiden, spokesman, Mr., Tn., Menteri Luar Negeri)
///   and weekday and month names (date anchors belong elsewhere);
/// - single letters ("I", "A") unless written as an initial ("J.");
/// - a lowercase tail of a hyphenated word ("Taliban-led" gives "Taliban");
/// - at a sentence start (also after `:` `;`, an opening quote or bracket, or
///   a line break), a single word in a short list of name heads that are
///   ordinary nouns when alone (Negara, Badan, State, ...) and, for Indonesian,
///   a single word shaped like a derived word (prefix me-/di-/ber-/ter-/se-/
///   ke-/pe- with suffix -kan/-nya, seven letters or more: "Dikatakan").
///
/// Any other sentence-initial capitalised word is kept. This deliberately
/// keeps more than "only if followed by a capital, all caps or listed": the
/// seed reports open sentences with lone names ("Taliban mengambil ...",
/// "Peskov said ...", "Volchinkov also announced ..."), and the lists above
/// catch the common words a capital puts in the way.
///
/// A run is split at a title or common word, and also around a
/// `names.tsv` entry that is followed by two or more further name words
/// ("Kremlin Dmitri Peskov" gives "Kremlin" and "Dmitri Peskov", as does
/// "Rusia Vladimir Putin"), because Indonesian puts the organisation or
/// country between the title and the person. A word glued from a common
/// word and another, with an inner capital after four or more letters
/// ("BaruAnda"), is split there; other camel-case words are brand names and
/// stay whole ("KazanForum", "AppleTalk"). "No." before a figure is an
/// abbreviation, not a name. A listed place right before an acronym is split off ("Rusia
/// TASS" gives "Rusia" and "TASS"). Names in parenthetical photo credits are
/// extracted like any other.
pub fn extract(text: &str, lang: Lang) -> Vec<NameAnchor> {
    let pieces = tokenize(text, lang);
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        let continues = !run.is_empty() && piece.joined_to_prev;
        match piece.class {
            Class::Name if continues || run.is_empty() => run.push(i),
            Class::Name => {
                flush_run(text, &pieces, &mut run, lang, &mut out);
                run.push(i);
            }
            Class::Joiner if continues => run.push(i),
            _ => flush_run(text, &pieces, &mut run, lang, &mut out),
        }
    }
    flush_run(text, &pieces, &mut run, lang, &mut out);
    if lang == Lang::Id {
        out.iter_mut().for_each(drop_possessive_of_place);
    }
    names_past_ministers_titles(text, out, lang)
}

/// A minister's title names the portfolio in capitals ("Menteri
/// Perekonomian Ana Lopez", "Menteri Pemuda dan Olahraga Dito Ariotedjo",
/// "Secretary of Defense Ash Carter"): its words are the title's, not the
/// name's. A name that starts inside such a title keeps what follows it;
/// one wholly inside is dropped. A ministry's own name ("Kementerian
/// Perekonomian") is a body and stays.
fn names_past_ministers_titles(text: &str, names: Vec<NameAnchor>, lang: Lang) -> Vec<NameAnchor> {
    const HEADS: [&str; 3] = ["menteri", "minister", "secretary"];
    // Most sentences hold no such title: skip them before reading portfolios.
    let cue = ["enteri", "inister", "ecretary"]
        .iter()
        .any(|c| text.contains(c));
    if names.is_empty() || !cue {
        return names;
    }
    let portfolios = crate::anchors::portfolios::extract(text, lang);
    let titles: Vec<_> = portfolios
        .iter()
        .filter(|p| {
            p.text
                .split_whitespace()
                .any(|w| HEADS.contains(&w.to_lowercase().as_str()))
        })
        .collect();
    if titles.is_empty() {
        return names;
    }
    names
        .into_iter()
        .filter_map(|n| {
            // English puts the portfolio before the title, after the name
            // of a country or body ("PNG Mining Minister Henry Aipe"): the
            // name ends where the title starts.
            if let Some(title) = titles
                .iter()
                .find(|t| n.span.start < t.span.start && t.span.start < n.span.end)
            {
                let kept = text[n.span.start..title.span.start].trim_end();
                return Some(n.part(0, kept.len(), n.initial));
            }
            let Some(title) = titles
                .iter()
                .find(|t| t.span.start <= n.span.start && n.span.start < t.span.end)
            else {
                return Some(n);
            };
            let rest = text[title.span.end.min(n.span.end)..n.span.end].trim_start();
            if rest.is_empty() {
                return None;
            }
            let from = n.span.end - rest.len() - n.span.start;
            Some(n.part(from, n.text.len(), false))
        })
        .collect()
}

/// "sekutu Rusianya" (its Russian allies): a listed place with the
/// possessive "-nya" glued on is the place.
fn drop_possessive_of_place(name: &mut NameAnchor) {
    let Some(stem) = name.text.strip_suffix("nya") else {
        return;
    };
    if canonical(stem).is_some() {
        *name = name.part(0, stem.len(), name.initial);
    }
}

// ---------------------------------------------------------------------------
// Reading the sentence word by word

/// What a word is to the name finder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A capitalised word that may be (part of) a name.
    Name,
    /// A lowercase word allowed inside a name ("of", "bin").
    Joiner,
    /// Anything else: ends a name.
    Break,
}

/// One word of the sentence as the name finder sees it.
#[derive(Debug, Clone)]
struct Piece<'a> {
    start: usize,
    end: usize,
    /// Lowercase, apostrophes normalised, for list look-ups (the sentence's
    /// own text when it is that already).
    lower: Cow<'a, str>,
    class: Class,
    /// Sentence-initial (or after `:`, `;`, an opening quote or bracket, a
    /// line break).
    initial: bool,
    /// Only plain spaces separate it from the previous piece.
    joined_to_prev: bool,
}

/// The char at byte `i` of `text` (a char boundary) and its length, without
/// a UTF-8 decode for ASCII.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// Whether the first letter or digit is a capital: upper case, or title
/// case ("ǅ"), which is neither upper nor lower but has a lower form.
fn is_cap(s: &str) -> bool {
    // An ASCII letter or digit first, as in nearly every word: no Unicode
    // tables needed.
    if let Some(&b) = s.as_bytes().first().filter(|b| b.is_ascii_alphanumeric()) {
        return b.is_ascii_uppercase();
    }
    is_cap_general(s)
}

fn is_cap_general(s: &str) -> bool {
    s.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| {
        c.is_uppercase()
            || (c.is_alphabetic() && !c.is_lowercase() && c.to_lowercase().next() != Some(c))
    })
}

fn is_all_caps(s: &str) -> bool {
    let mut upper = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        upper += 1;
    }
    upper >= 2
}

/// Reads one written word starting at `start` (a word char): letters and
/// digits, with apostrophes and hyphens inside, and dots inside or after an
/// initialism ("U.S.") or an abbreviation that keeps a name going ("St.").
/// Returns its end.
fn read_word(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut seg_len = 0usize; // letters since the last dot, for initialisms
    let mut dotted = false;
    let mut pos = start;
    let mut cur = char_at(text, pos);
    while let Some(c) = cur {
        let next_pos = pos + c.len_utf8();
        let next = char_at(text, next_pos);
        if is_word_char(c) {
            end = next_pos;
            seg_len += 1;
        } else if (is_apostrophe_or_look_alike(c) || is_hyphen(c)) && next.is_some_and(is_word_char)
        {
            seg_len = 0;
        } else if c == '.' && seg_len == 1 && next.is_some_and(|n| n.is_alphabetic()) {
            dotted = true;
            seg_len = 0;
        } else {
            break;
        }
        pos = next_pos;
        cur = next;
    }
    let word = &text[start..end];
    if text[end..].starts_with('.') {
        let initialism = dotted || (word.chars().count() == 1 && is_cap(word));
        // No abbreviation is longer than four letters; only ASCII keeps its
        // length when lowercased.
        let abbrev = !(word.is_ascii() && word.len() > 4)
            && DOT_ABBREVS.contains(&word.to_lowercase().as_str());
        if initialism || abbrev {
            end += 1;
        }
    }
    end
}

/// Abbreviations whose dot is not a sentence end: name parts ("St.
/// Petersburg") and titles, honorifics and ranks ("Mr.", "Tn.", "Ny.",
/// "Cpl."). Sorted, no duplicates.
const DOT_ABBREVS: &[&str] = &[
    "adm", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "ft", "gen", "gov", "insp", "jr",
    "lt", "maj", "mr", "mrs", "ms", "mt", "nn", "ny", "pfc", "pres", "prof", "pvt", "rep", "rev",
    "sdr", "sen", "sgt", "spc", "sr", "st", "supt", "tn",
];

/// Whether a word (lowercase, without its dot) is an abbreviation whose
/// dot goes on with the name after it ("Cpl. Rob King", "St. Petersburg").
pub fn is_dot_abbreviation(lower: &str) -> bool {
    DOT_ABBREVS.contains(&lower)
}

/// Splits a hyphenated word into the part that can be a name: leading
/// capitalised segments ("IS-Khorasan", "ISIS-K"; "Taliban-led" → "Taliban"),
/// or a lowercase Arabic particle before a capital ("al-Qaeda"). Returns the
/// byte length kept, 0 if none.
fn name_part(word: &str) -> usize {
    // Without a hyphen (every hyphen char is '-' or starts with 0xE2) the
    // word is one segment, kept whole if capitalised: a particle alone is
    // not a name.
    if !word.bytes().any(|b| b == b'-' || b == 0xE2) {
        return if is_cap(word) { word.len() } else { 0 };
    }
    name_part_hyphenated(word)
}

/// An English word prefix hyphened to a lowercase word of four letters or
/// more ("Co-operation", "non-proliferation"), as the word written without
/// its hyphen, lowercase ("cooperation"); `None` for any other word.
pub fn prefixed_word_joined(word: &str) -> Option<String> {
    let (head, tail) = word.split_once(is_hyphen)?;
    let prefix = head.to_lowercase();
    (tail.chars().all(char::is_lowercase)
        && tail.chars().count() >= 4
        && WORD_PREFIXES.binary_search(&prefix.as_str()).is_ok())
    .then(|| prefix + tail)
}

fn name_part_hyphenated(word: &str) -> usize {
    // An Indonesian reduplication ("Masing-masing", "Negara-negara"),
    // capitalised where the sentence starts, is an ordinary word.
    let mut segs = word.split(is_hyphen);
    if let (Some(head), Some(tail), None) = (segs.next(), segs.next(), segs.next()) {
        if tail.chars().next().is_some_and(char::is_lowercase) && head.to_lowercase() == tail {
            return 0;
        }
        // One with affixes ("Kehati-hatian": prudence) is one word, kept
        // whole where its capital makes it a name's word ("Otoritas
        // Kehati-hatian"), not cut to its first half.
        if is_cap(head) && affixed_reduplication(&head.to_lowercase(), tail) {
            return word.len();
        }
    }
    // "Co-operation": a word prefix and its word, capitalised as a title's
    // word, are one word of the name.
    if word.split(is_hyphen).next().is_some_and(is_cap) && prefixed_word_joined(word).is_some() {
        return word.len();
    }
    let mut kept = 0;
    let mut first = true;
    let mut offset = 0;
    let mut prev = "";
    let mut segs = word.split(is_hyphen).peekable();
    while let Some(seg) = segs.next() {
        let seg_end = offset + seg.len();
        // A lowercase joiner between two capitalised parts ("Port-au-Prince",
        // "Aix-en-Provence", "Stratford-upon-Avon") is a word of the name.
        let joins =
            !first && HYPHEN_JOINERS.contains(&seg) && segs.peek().is_some_and(|next| is_cap(next));
        let ok = if first {
            is_cap(seg) || (PARTICLES.contains(&seg) && word.len() > seg_end)
        } else {
            is_cap(seg) || joins || (seg_end == word.len() && is_given_name_syllable(prev, seg))
        };
        if !ok {
            break;
        }
        // A particle alone is not a name: require a capital after it.
        if (!first || is_cap(seg)) && !joins {
            kept = seg_end;
        }
        first = false;
        prev = seg;
        offset = seg_end + word[seg_end..].chars().next().map_or(0, char::len_utf8);
    }
    kept
}

/// Lowercase words hyphened between two capitalised parts of a place's
/// name ("Port-au-Prince", "Aix-en-Provence", "Ras-al-Khaimah").
const HYPHEN_JOINERS: &[&str] = &[
    "al", "au", "aux", "de", "del", "des", "du", "el", "en", "la", "le", "les", "on", "sur", "upon",
];

/// Whether `head-tail` is an Indonesian reduplication with affixes: the
/// root, prefixed before the hyphen or suffixed after it ("kehati-hatian",
/// "berhati-hati", "sebaik-baiknya"). Lowercase `head`.
fn affixed_reduplication(head: &str, tail: &str) -> bool {
    const PREFIXES: &[&str] = &["ber", "di", "ke", "me", "se", "ter"];
    let root = PREFIXES
        .iter()
        .find_map(|p| head.strip_prefix(p))
        .filter(|root| root.chars().count() >= 3)
        .unwrap_or(head);
    let suffixed = root != tail && tail.starts_with(root);
    let prefixed = root != head && root == tail;
    tail.chars().all(char::is_lowercase) && (suffixed || prefixed)
}

/// English prefixes written with a hyphen before a lowercase word ("Co-operation",
/// "Non-proliferation"). Sorted, no duplicates.
const WORD_PREFIXES: &[&str] = &[
    "anti", "co", "counter", "inter", "multi", "non", "pre", "re", "self", "semi", "sub",
];

/// Longest syllable, in letters, on either side of the hyphen of a Korean
/// given name ("Tae-yong", "Geun-hye", "Ki-moon").
const GIVEN_NAME_SYLLABLE_MAX: usize = 4;

/// Lowercase words written after a hyphen that end a name rather than
/// continue it ("Bush-era", "Kim-led"). Sorted, no duplicates.
const NAME_ENDING_TAILS: &[&str] = &[
    "age", "born", "bred", "day", "era", "free", "held", "led", "like", "made", "old", "only",
    "run", "size", "type", "wide",
];

/// Whether a lowercase `tail` after the capitalised syllable `head` is the
/// second syllable of a given name, as Korean names are romanised
/// ("Shin Tae-yong", "Park Hang-seo", "Ban Ki-moon"), not an English
/// suffix word ("Bush-era") nor an Indonesian reduplication ("Anak-anak").
fn is_given_name_syllable(head: &str, tail: &str) -> bool {
    let short = |s: &str, min: usize| (min..=GIVEN_NAME_SYLLABLE_MAX).contains(&s.chars().count());
    // One letter more for a syllable closed by "ng" ("young", "seung",
    // "jeong") or ending in a Wade-Giles or Korean final ("chieh", "hsien",
    // "chuan", "hyeon"), as Taiwanese and Korean given names are romanised.
    let syllable = |s: &str| {
        short(s, 2)
            || (s.chars().count() == 5
                && ["ng", "ieh", "ien", "uan", "iao", "eon"]
                    .iter()
                    .any(|end| s.ends_with(end)))
    };
    is_cap(head)
        && syllable(head)
        && syllable(tail)
        && tail.chars().all(|c| c.is_ascii_lowercase())
        && !head.eq_ignore_ascii_case(tail)
        && NAME_ENDING_TAILS.binary_search(&tail).is_err()
}

/// Arabic particles written lowercase and hyphenated before a name.
/// Sorted, no duplicates.
const PARTICLES: &[&str] = &["ad", "al", "an", "ar", "as", "ash", "at", "az", "el"];

/// Splits a word glued from ordinary words at an inner lowercase→uppercase
/// change after four or more letters ("BaruAnda": a page label glued to the
/// sentence after it); shorter heads are name prefixes (McDonald, MacArthur,
/// DeSantis, YouTube). A camel-case word is split only when one of its parts
/// is a common word of the language: otherwise it is one brand or product
/// name written in camel case ("KazanForum", "AppleTalk", "NetworkManager",
/// "AirAsia", "LaTeX") and stays whole, so that a respelled part
/// ("AppleTalc") is seen as a respelled name. Returns byte offsets of splits.
fn camel_splits(word: &str, lang: Lang) -> Vec<usize> {
    let joints = camel_joints(word);
    if joints.is_empty() {
        return joints;
    }
    let common = match lang {
        Lang::Id => ID_COMMON,
        Lang::En => EN_COMMON,
    };
    let mut from = 0;
    let glued = joints.iter().chain([&word.len()]).any(|&to| {
        let part = word[from..to].to_lowercase();
        from = to;
        sorted_contains(common, &part)
    });
    if glued {
        joints
    } else {
        Vec::new()
    }
}

/// Inner lowercase→uppercase changes after four or more letters.
fn camel_joints(word: &str) -> Vec<usize> {
    let mut splits = Vec::new();
    let mut run = 0usize;
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower && run >= 4 {
            splits.push(i);
            run = 0;
        }
        if c.is_alphabetic() {
            run += 1;
        } else {
            run = 0;
        }
        prev_lower = c.is_lowercase();
    }
    splits
}

/// Lowercase with every apostrophe written `'`: the text itself when it is
/// that already (an ASCII word without capitals or backquotes).
fn normalise_apostrophes(s: &str) -> Cow<'_, str> {
    // Most words are that already: one pass to find out.
    if !s
        .bytes()
        .any(|b| !b.is_ascii() || b.is_ascii_uppercase() || b == b'`')
    {
        return Cow::Borrowed(s);
    }
    if s.is_ascii() {
        let bytes = s
            .bytes()
            .map(|b| {
                if b == b'`' {
                    b'\''
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect();
        // Only ASCII bytes went in, so only ASCII bytes came out.
        return Cow::Owned(String::from_utf8(bytes).unwrap_or_default());
    }
    Cow::Owned(normalise_apostrophes_general(s))
}

fn normalise_apostrophes_general(s: &str) -> String {
    s.chars()
        .map(|c| {
            if is_apostrophe_or_look_alike(c) {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a word is a possessive ("Lagos's") that ends the name it
/// closes: not one of the nouns whose possessive stands inside names, nor a
/// saint's name after "St" ("St George's Chapel"). `previous` is the word
/// before it.
fn ends_a_name_by_possessive(word: &str, previous: &str) -> bool {
    let Some(stem) = word
        .strip_suffix('s')
        .and_then(|w| w.strip_suffix(is_apostrophe_or_look_alike))
    else {
        return false;
    };
    let saint = matches!(previous, "St" | "St." | "Saint" | "Ste" | "Santo" | "Santa");
    !saint && !POSSESSIVES_IN_NAMES.contains(&stem.to_lowercase().as_str())
}

/// Nouns whose possessive is part of a name ("Women's World Cup", "King's
/// College", "People's Republic of China"). Sorted.
const POSSESSIVES_IN_NAMES: &[&str] = &[
    "children", "king", "lord", "men", "people", "queen", "saint", "st", "women",
];

/// Drops a possessive "'s" or a trailing apostrophe from a name piece.
fn strip_possessive(text: &str, start: usize, end: usize) -> usize {
    let piece = &text[start..end];
    let mut cut = piece.len();
    if let Some(stem) = piece.strip_suffix('s') {
        if stem.ends_with(is_apostrophe_or_look_alike) {
            cut = stem.len() - stem.chars().next_back().map_or(0, char::len_utf8);
        }
    } else if piece.ends_with(is_apostrophe_or_look_alike) {
        cut = piece.len() - piece.chars().next_back().map_or(0, char::len_utf8);
    }
    if cut == 0 {
        end
    } else {
        start + cut
    }
}

/// Characters after which the next word starts a sentence or clause of its
/// own (its capital says nothing about being a name).
fn opens_clause(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '\u{2026}'
            | ':'
            | ';'
            | '('
            | '['
            | '{'
            | '"'
            | '\''
            | '\u{201c}'
            | '\u{201e}'
            | '\u{2018}'
            | '\u{201a}'
            | '\u{00ab}'
            | '\u{2039}'
            | '\u{300c}'
            | '\u{300e}'
            | '\u{00bf}'
            | '\u{00a1}'
            | '\u{2022}'
            | '*'
    )
}

fn tokenize(text: &str, lang: Lang) -> Vec<Piece<'_>> {
    let mut pieces = tokenize_words(text, lang);
    mark_titles(&mut pieces);
    mark_titles_that_are_names(text, &mut pieces, lang);
    mark_titles_that_name_organisations(text, &mut pieces);
    mark_titles_that_begin_listed_names(text, &mut pieces);
    mark_time_zones(text, &mut pieces);
    mark_currency_countries(text, &mut pieces);
    mark_dollar_prefixes(text, &mut pieces);
    mark_months_that_are_surnames(text, &mut pieces);
    mark_words_that_end_listed_names(text, &mut pieces);
    mark_conjunctions_inside_listed_names(text, &mut pieces);
    mark_compass_words_before_names(text, &mut pieces);
    mark_common_words_that_end_names(text, &mut pieces, lang);
    mark_phrase_ends_inside_names(text, &mut pieces);
    mark_words_after_name_particles(text, &mut pieces);
    pieces
}

/// A capitalised word right after a lowercase particle that follows a
/// name word ("Pieter van Dan", "Maria de Sol") is the name's, though it
/// is a common or function word of its own ("dan": and): the particle
/// says a surname follows.
fn mark_words_after_name_particles(text: &str, pieces: &mut [Piece<'_>]) {
    for i in 2..pieces.len() {
        let (name, particle, p) = (&pieces[i - 2], &pieces[i - 1], &pieces[i]);
        let raw = &text[p.start..p.end];
        let follows = name.class == Class::Name
            && particle.class == Class::Joiner
            && particle.lower.as_ref() != "of"
            && particle.joined_to_prev
            && p.joined_to_prev
            && text[particle.start..particle.end].starts_with(char::is_lowercase);
        if follows && p.class == Class::Break && is_cap(raw) && !is_all_caps(raw) {
            pieces[i].class = Class::Name;
        }
    }
}

/// Indonesian phrases whose last word alone is a common word, which an
/// institution's name writes capitalised ("Badan Kerja Sama Keamanan
/// Pertahanan", "Organisasi Kerja Sama Islam"): (first word, last word).
const PHRASES_INSIDE_NAMES: &[(&str, &str)] = &[("kerja", "sama")];

/// The last word of such a phrase, capitalised after its first word in a
/// name, is a word of the name, not a break in it.
fn mark_phrase_ends_inside_names(text: &str, pieces: &mut [Piece<'_>]) {
    for i in 1..pieces.len() {
        let (prev, p) = (&pieces[i - 1], &pieces[i]);
        let phrase = PHRASES_INSIDE_NAMES
            .iter()
            .any(|&(a, b)| prev.lower.as_ref() == a && p.lower.as_ref() == b);
        if phrase
            && prev.class == Class::Name
            && p.class == Class::Break
            && p.joined_to_prev
            && is_cap(&text[p.start..p.end])
        {
            pieces[i].class = Class::Name;
        }
    }
}

/// A capitalised common word right after a name word in mid-sentence, and
/// before a lowercase word, is the name's last word: running text
/// writes common words in lowercase, so the capital marks a surname
/// ("Mohammed Salah mencetak": Salah, not "salah", wrong; "Bill Young
/// said"). Title-case lines capitalise every word; the profile trims their
/// common words afterwards.
fn mark_common_words_that_end_names(text: &str, pieces: &mut [Piece<'_>], lang: Lang) {
    for i in 1..pieces.len() {
        let (prev, p) = (&pieces[i - 1], &pieces[i]);
        if p.class != Class::Break || !p.joined_to_prev || p.initial || prev.class != Class::Name {
            continue;
        }
        let raw = &text[p.start..p.end];
        let listed = Listed::of(p.lower.trim_end_matches('.'));
        // A lowercase word must follow: in a title-case line ("Putin Says
        // 'Taliban Are Our Allies'") the next word is capitalised too, or
        // set off by a quotation mark.
        let word_after = pieces
            .get(i + 1)
            .is_some_and(|n| n.joined_to_prev && !is_name_cap(&text[n.start..n.end]));
        if word_after
            && !numero(&p.lower, &text[p.end..])
            && is_cap(raw)
            && !is_all_caps(raw)
            && !raw.ends_with('.')
            && listed.any(Listed::common(lang))
            && !listed.any(Listed::TITLE | Listed::TIME_WORD)
        {
            pieces[i].class = Class::Name;
        }
    }
}

/// English compass adjectives, which are common words alone ("western
/// allies") but part of a place's name before it ("Northern Ireland",
/// "Western Europe": not Ireland nor Europe). Sorted.
const COMPASS_ADJECTIVES: &[&str] = &["central", "eastern", "northern", "southern", "western"];

/// Marks a capitalised compass adjective written right before a name as a
/// name word ("Eastern Europe", "Northern Ireland").
fn mark_compass_words_before_names(text: &str, pieces: &mut [Piece<'_>]) {
    for i in 0..pieces.len().saturating_sub(1) {
        let (p, next) = (&pieces[i], &pieces[i + 1]);
        if p.class == Class::Break
            && next.class == Class::Name
            && next.joined_to_prev
            && is_name_cap(&text[p.start..p.end])
            && sorted_contains(COMPASS_ADJECTIVES, &p.lower)
        {
            pieces[i].class = Class::Name;
        }
    }
}

/// A capitalised common word that ends a name `names.tsv` lists with the
/// name words before it ("Selandia Baru": New Zealand, "baru" new) is part
/// of that name, not a break after "Selandia".
fn mark_words_that_end_listed_names(text: &str, pieces: &mut [Piece<'_>]) {
    for i in 1..pieces.len() {
        let p = &pieces[i];
        if p.class != Class::Break || !p.joined_to_prev || !is_cap(&text[p.start..p.end]) {
            continue;
        }
        let listed = (1..=i.min(3)).any(|k| {
            let run = &pieces[i - k..i];
            run.iter().all(|q| q.class == Class::Name)
                && run.iter().skip(1).all(|q| q.joined_to_prev)
                && canonical(&text[run[0].start..p.end]).is_some()
        });
        if listed {
            pieces[i].class = Class::Name;
        }
    }
}

/// "dan", "and", "&", "the", "for" or "on" inside a name `names.tsv` lists
/// ("Badan Pengawas Obat dan Makanan", "Food and Drug Administration",
/// "Save the Children", "Court of Arbitration for Sport") joins the name's
/// two halves, as "of" does, rather than listing two names.
fn mark_conjunctions_inside_listed_names(text: &str, pieces: &mut [Piece<'_>]) {
    let conjunction =
        |p: &Piece<'_>| matches!(p.lower.as_ref(), "dan" | "and" | "&" | "the" | "for" | "on");
    // Name words from `from` to `to`, joined, starting and ending on a
    // name word; "of" or another conjunction may stand between ("United
    // Nations Office on Drugs and Crime").
    let names = |pieces: &[Piece<'_>], from: usize, to: usize| {
        let inner = |k: usize| {
            pieces[k].class == Class::Name
                || (k + 1 < to && (pieces[k].class == Class::Joiner || conjunction(&pieces[k])))
        };
        (from..to).all(|k| k == from || pieces[k].joined_to_prev && inner(k))
            && pieces[from].class == Class::Name
            && pieces[to - 1].class == Class::Name
    };
    for i in 1..pieces.len().saturating_sub(1) {
        let p = &pieces[i];
        if p.class != Class::Break || !p.joined_to_prev || !conjunction(p) {
            continue;
        }
        let listed = (1..=i.min(6)).rev().any(|back| {
            (1..=6).rev().any(|ahead| {
                let (from, to) = (i - back, i + 1 + ahead);
                to <= pieces.len()
                    && names(pieces, from, i)
                    && pieces[i + 1].joined_to_prev
                    && names(pieces, i + 1, to)
                    && canonical(&text[pieces[from].start..pieces[to - 1].end]).is_some()
            })
        });
        if listed {
            pieces[i].class = Class::Joiner;
        }
    }
}

/// English month names that are also surnames ("Theresa May", "Brian
/// June"). Sorted, no duplicates.
const SURNAME_MONTHS: &[&str] = &["april", "august", "june", "may"];

/// A month name right after a name word, with no figure after it, is the
/// surname of the name before it ("Perdana Menteri Theresa May bertemu"),
/// not a date ("pada 5 Mei", "on Tuesday, May 5", "in May").
fn mark_months_that_are_surnames(text: &str, pieces: &mut [Piece<'_>]) {
    for i in 1..pieces.len() {
        let (prev, p) = (&pieces[i - 1], &pieces[i]);
        let figure_after = || {
            pieces.get(i + 1).is_some_and(|n| {
                n.joined_to_prev && text[n.start..].starts_with(|c: char| c.is_ascii_digit())
            })
        };
        if p.class == Class::Break
            && p.joined_to_prev
            && prev.class == Class::Name
            && is_cap(&text[p.start..p.end])
            && sorted_contains(SURNAME_MONTHS, &p.lower)
            && !figure_after()
        {
            pieces[i].class = Class::Name;
        }
    }
}

/// Markers of the half of the day written after an English clock time
/// ("1 p.m. EST"). Sorted, no duplicates.
const DAY_HALVES: &[&str] = &["a.m.", "am", "p.m.", "pm"];

/// A time-zone abbreviation right after a clock time ("pukul 08.38 WIB",
/// "at 0138 GMT", "1 p.m. EST") is the time's unit, which the number
/// anchors read; as a name it would stand against the other side's zone
/// ("WIB" / "GMT") as two names that differ.
fn mark_time_zones(text: &str, pieces: &mut [Piece<'_>]) {
    for i in 1..pieces.len() {
        let (prev, p) = (&pieces[i - 1], &pieces[i]);
        // The piece's own class first: most pieces are no name, and the
        // look-up of the word before is then not needed.
        if p.class != Class::Name || !p.joined_to_prev {
            continue;
        }
        let after_time = prev.lower.ends_with(|c: char| c.is_ascii_digit())
            || sorted_contains(DAY_HALVES, &prev.lower);
        if after_time && is_all_caps(&text[p.start..p.end]) && sorted_contains(TIME_ZONES, &p.lower)
        {
            pieces[i].class = Class::Break;
        }
    }
}

/// Letters glued to a dollar sign ("US$410", "HK$5", "A$2") name the
/// currency, not a place: in a title-case headline they would otherwise
/// join the capitalised word before them ("Raup US$410 Juta").
fn mark_dollar_prefixes(text: &str, pieces: &mut [Piece<'_>]) {
    for p in pieces.iter_mut() {
        if p.class == Class::Name && text[p.end..].starts_with('$') {
            p.class = Class::Break;
        }
    }
}

/// The country of a currency ("dolar AS", "dolar Singapura", "Hong Kong
/// dollars") names the money, not a place the statement is about: the
/// other side writes "$" or "US$" as often, which has no name to meet.
fn mark_currency_countries(text: &str, pieces: &mut [Piece<'_>]) {
    // Pieces `from..to` make one listed place, or its demonym ("Canadian
    // dollars").
    fn is_place(text: &str, pieces: &[Piece<'_>], from: usize, to: usize) -> bool {
        let name = || &text[pieces[from].start..pieces[to - 1].end];
        to <= pieces.len()
            && (from..to)
                .all(|k| pieces[k].class == Class::Name && (k == from || pieces[k].joined_to_prev))
            && (canonical(name()).is_some() || place_of_demonym(name()).is_some())
    }
    for i in 0..pieces.len() {
        // Indonesian writes the country after "dolar", English before
        // "dollars".
        let after = match pieces[i].lower.as_ref() {
            "dolar" => true,
            "dollar" | "dollars" => false,
            _ => continue,
        };
        let place = (1..=3).rev().find_map(|len| {
            let (from, to) = if after {
                (i + 1, i + 1 + len)
            } else {
                (i.checked_sub(len)?, i)
            };
            let joined = if after {
                pieces.get(from)?.joined_to_prev
            } else {
                pieces[i].joined_to_prev
            };
            (joined && is_place(text, pieces, from, to)).then_some(from..to)
        });
        if let Some(span) = place {
            for p in &mut pieces[span] {
                p.class = Class::Break;
            }
        }
    }
}

/// A title word is written before a name ("King Charles", "Presiden
/// Widodo"); one in the middle of a sentence that no name follows is a name
/// itself, a surname most often ("Menyusul sebuah bola defleksi, King
/// menjebol gawang": King is a player).
fn mark_titles_that_are_names(text: &str, pieces: &mut [Piece<'_>], lang: Lang) {
    for i in 0..pieces.len() {
        let p = &pieces[i];
        if p.class != Class::Break || p.initial {
            continue;
        }
        let raw = &text[p.start..p.end];
        let bare = p.lower.trim_end_matches('.');
        if raw.ends_with('.') || !is_name_cap(raw) || !is_single_title(bare, lang) {
            continue;
        }
        let before_name = pieces
            .get(i + 1)
            .is_some_and(|n| n.joined_to_prev && n.class != Class::Break);
        let after_name = i > 0 && pieces[i].joined_to_prev && pieces[i - 1].class != Class::Break;
        // After a lowercase word or a comma, before a lowercase word.
        let followed_by_word = pieces
            .get(i + 1)
            .is_some_and(|n| n.joined_to_prev && !is_name_cap(&text[n.start..n.end]));
        // After a given name, a title that is a common surname too ends
        // the name ("said Cpl. Rob King in", "Julie Bishop said").
        let ends_run = pieces.get(i + 1).is_none_or(|n| !n.joined_to_prev);
        let surname = after_name
            && pieces[i - 1].class == Class::Name
            && sorted_contains(SURNAME_TITLES, bare)
            && (followed_by_word || ends_run);
        if !before_name && ((!after_name && followed_by_word) || surname) {
            pieces[i].class = Class::Name;
        }
    }
}

/// Titles that are common English surnames as well (King, Bishop, Judge,
/// Pope, Prince): after a given name, the surname. Sorted.
const SURNAME_TITLES: &[&str] = &["bishop", "judge", "king", "marshal", "pope", "prince"];

/// A title word before the head noun of an organisation's name is a word
/// of that name ("Premier League", "General Assembly", "General Motors",
/// "President Cup", "Ibu Kota Nusantara"), not a person's title.
fn mark_titles_that_name_organisations(text: &str, pieces: &mut [Piece<'_>]) {
    for i in 0..pieces.len().saturating_sub(1) {
        let (p, next) = (&pieces[i], &pieces[i + 1]);
        let raw = &text[p.start..p.end];
        // "Ibu Kota" is the capital, no "Mrs Kota".
        let capital = p.lower.as_ref() == "ibu" && next.lower.as_ref() == "kota";
        let heads = next.joined_to_prev
            && is_name_cap(&text[next.start..next.end])
            && (sorted_contains(ORGANISATION_HEADS, next.lower.as_ref()) || capital);
        if p.class == Class::Break
            && heads
            && !raw.ends_with('.')
            && is_name_cap(raw)
            && Listed::of(p.lower.as_ref()).any(Listed::TITLE)
        {
            pieces[i].class = Class::Name;
        }
    }
}

/// A capitalised title word (or words) that begins a name `names.tsv` lists
/// with the name words after it is a word of that name ("Dokter Lintas
/// Batas", "Attorney General's Chambers"), not a person's title before the
/// rest; so is a weekday or month that begins one ("Jumat Agung": Good
/// Friday, no Friday and a name "Agung").
fn mark_titles_that_begin_listed_names(text: &str, pieces: &mut [Piece<'_>]) {
    // The longest listed name looked for, in words.
    const MAX_WORDS: usize = 6;
    let mut i = 0;
    while i < pieces.len() {
        let p = &pieces[i];
        let raw = &text[p.start..p.end];
        let title = p.class == Class::Break
            && is_name_cap(raw)
            && !raw.ends_with('.')
            && Listed::of(p.lower.as_ref()).any(Listed::TITLE | Listed::TIME_WORD);
        if !title {
            i += 1;
            continue;
        }
        // The capitalised words joined to the title, or after its
        // possessive ("General's Chambers"), longest first.
        let possessive = |k: usize| {
            let gap = &text[pieces[k - 1].end..pieces[k].start];
            let mut chars = gap.chars();
            chars.next().is_some_and(is_apostrophe_or_look_alike)
                && chars.as_str().trim_end() == "s"
                && gap.ends_with(' ')
        };
        let mut end = i + 1;
        while end < pieces.len()
            && end - i < MAX_WORDS
            && (pieces[end].joined_to_prev || possessive(end))
            && is_name_cap(&text[pieces[end].start..pieces[end].end])
        {
            end += 1;
        }
        // ... or inside one, after the name words joined before it ("Liga
        // Premier Skotlandia": the Scottish Premiership, no Premier
        // Skotlandia).
        let mut begin = i;
        while begin > 0
            && i - begin < 2
            && pieces[begin].joined_to_prev
            && is_name_cap(&text[pieces[begin - 1].start..pieces[begin - 1].end])
        {
            begin -= 1;
        }
        let listed = (begin..=i).find_map(|from| {
            (i + 2..=end)
                .rev()
                .find(|&to| canonical(&text[pieces[from].start..pieces[to - 1].end]).is_some())
                .map(|to| (from, to))
        });
        if let Some((from, to)) = listed {
            for (k, piece) in pieces[from..to].iter_mut().enumerate() {
                piece.class = Class::Name;
                piece.joined_to_prev |= k > 0;
            }
            i = to;
        } else {
            i += 1;
        }
    }
}

/// Head nouns of organisations' names that an English title word may
/// precede (lowercase; sorted, no duplicates).
const ORGANISATION_HEADS: &[&str] = &[
    "assembly",
    "association",
    "bank",
    "club",
    "commission",
    "committee",
    "council",
    "court",
    "cup",
    "electric",
    "foundation",
    "fund",
    "league",
    "motors",
    "office",
    "party",
    "trust",
    "union",
];

/// A one-word title that is no common word of `lang` (nor a weekday or
/// month).
fn is_single_title(bare: &str, lang: Lang) -> bool {
    let listed = Listed::of(bare);
    listed.any(Listed::TITLE) && !listed.any(Listed::TIME_WORD | Listed::common(lang))
}

/// [`tokenize`] before multiword titles are marked.
fn tokenize_words(text: &str, lang: Lang) -> Vec<Piece<'_>> {
    // About one piece per six bytes of running text: one allocation.
    let mut pieces: Vec<Piece> = Vec::with_capacity(text.len() / 6 + 1);
    let mut initial = true;
    let mut clean_gap = false;
    let mut previous = "";
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if !is_word_char(c) {
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                initial = true;
                clean_gap = false;
            } else if c == ' ' || c == '\t' || c == '\u{a0}' {
                // Plain spacing keeps a name going.
            } else {
                if opens_clause(c) {
                    initial = true;
                }
                clean_gap = false;
            }
            i += c.len_utf8();
            continue;
        }
        let end = read_word(text, i);
        let end = end.max(i + c.len_utf8());
        push_word(text, i, end, initial, clean_gap, lang, &mut pieces);
        // A word's own closing dot (St., U.S.) is consumed; only a real
        // sentence mark after it makes the next word initial.
        initial = false;
        // A possessive ends a name ("Lagos's Balogun market", "Tusk's Civic
        // Coalition"), but for the common nouns names hold ("Women's World
        // Cup", "People's Bank of China").
        clean_gap = lang != Lang::En || !ends_a_name_by_possessive(&text[i..end], previous);
        previous = &text[i..end];
        i = end;
    }
    pieces
}

fn push_word<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    initial: bool,
    clean_gap: bool,
    lang: Lang,
    pieces: &mut Vec<Piece<'a>>,
) {
    let word = &text[start..end];
    let mut whole_lower = normalise_apostrophes(word);
    let kept = if numero(&whole_lower, &text[end..]) {
        0
    } else {
        name_part(word)
    };
    if kept == 0 {
        let class = if JOINERS.contains(&whole_lower.as_ref()) {
            Class::Joiner
        } else {
            Class::Break
        };
        pieces.push(Piece {
            start,
            end,
            lower: whole_lower,
            class,
            initial,
            joined_to_prev: clean_gap,
        });
        return;
    }
    let kept_end = start + kept;
    let mut from = start;
    let cuts = camel_splits(&text[start..kept_end], lang)
        .into_iter()
        .map(|o| start + o)
        .chain([kept_end]);
    for (k, to) in cuts.enumerate() {
        let (s, e) = (from, strip_possessive(text, from, to));
        from = to;
        let raw = &text[s..e];
        let (lower, class) = if (s, e) == (start, end) {
            // Most often the piece is the whole word, and then the only
            // one: it takes the word's lowercase.
            let class = classify(raw, &whole_lower, &whole_lower, lang);
            (std::mem::take(&mut whole_lower), class)
        } else {
            let lower = normalise_apostrophes(raw);
            let class = classify(raw, &lower, &whole_lower, lang);
            (lower, class)
        };
        pieces.push(Piece {
            start: s,
            end: e,
            lower,
            class,
            initial: initial || k > 0,
            joined_to_prev: clean_gap && k == 0,
        });
    }
    if kept_end < end {
        // The lowercase tail ("-led") ends the name.
        pieces.push(Piece {
            start: kept_end,
            end,
            lower: Cow::Borrowed(""),
            class: Class::Break,
            initial: false,
            joined_to_prev: false,
        });
    }
}

/// Abbreviations of "number" written before a figure ("No. 1", "Nomor 5",
/// "Nr. 3"). Sorted, no duplicates.
const NUMERO: &[&str] = &["no", "nomor", "nos", "nr"];

/// Whether a word is an abbreviation of "number" before a figure ("Rule No.
/// 1", "aturan No. 1"): a capital there marks the abbreviation, not a name.
fn numero(lower: &str, after: &str) -> bool {
    // The figure first: it rules out nearly every word at once.
    after
        .strip_prefix('.')
        .unwrap_or(after)
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(|c: char| c.is_ascii_digit())
        && lower.len() <= 5
        && sorted_contains(NUMERO, lower)
}

/// Capitalised, or a lowercase Arabic particle hyphened to a capital
/// ("al-Qaeda").
fn is_name_cap(raw: &str) -> bool {
    if is_cap(raw) {
        return true;
    }
    match raw.split_once(is_hyphen) {
        Some((head, rest)) => PARTICLES.contains(&head) && is_cap(rest),
        None => false,
    }
}

fn classify(raw: &str, lower: &str, whole_lower: &str, lang: Lang) -> Class {
    if !is_name_cap(raw) {
        return Class::Break;
    }
    let bare = lower.trim_end_matches('.');
    let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
    if letters <= 1 && !raw.ends_with('.') && !raw.chars().any(|c| c.is_ascii_digit()) {
        return Class::Break; // "I", "A"
    }
    let listed = Listed::of(bare);
    if listed.any(Listed::TITLE | Listed::TIME_WORD) {
        return Class::Break;
    }
    let singular = bare.strip_suffix('s').unwrap_or(bare);
    if sorted_contains(COMMON_ACRONYMS, bare) || sorted_contains(COMMON_ACRONYMS, singular) {
        return Class::Break;
    }
    // A span of months or days ("Juli-September", "Monday-Friday") is a
    // date, as each month is.
    if bare.contains(is_hyphen)
        && bare
            .split(is_hyphen)
            .all(|part| Listed::of(part).any(Listed::TIME_WORD))
    {
        return Class::Break;
    }
    if !is_all_caps(raw) {
        let common = Listed::common(lang);
        if listed.any(common) || (whole_lower != bare && Listed::of(whole_lower).any(common)) {
            return Class::Break;
        }
    }
    Class::Name
}

/// Marks capitalised multiword titles ("Menteri Luar Negeri", "Perdana
/// Menteri", "Prime Minister") as breaks.
fn mark_titles(pieces: &mut [Piece]) {
    // Split once per process, not once per word of every sentence, and
    // grouped by first word so that most pieces cost one look-up.
    static TITLE_WORDS: LazyLock<HashMap<&'static str, Vec<Vec<&'static str>>>> =
        LazyLock::new(|| {
            let mut by_first: HashMap<&'static str, Vec<Vec<&'static str>>> = HashMap::default();
            for t in MULTIWORD_TITLES {
                let words: Vec<&str> = t.split(' ').collect();
                by_first.entry(words[0]).or_default().push(words);
            }
            by_first
        });
    let mut i = 0;
    while i < pieces.len() {
        let mut matched = 0;
        let first = pieces[i].lower.trim_end_matches('.');
        let titles = TITLE_WORDS.get(first).map_or(&[][..], Vec::as_slice);
        for words in titles {
            if i + words.len() <= pieces.len()
                && words.iter().enumerate().all(|(k, w)| {
                    let p = &pieces[i + k];
                    p.lower.trim_end_matches('.') == *w && (k == 0 || p.joined_to_prev)
                })
            {
                matched = matched.max(words.len());
            }
        }
        for p in pieces.iter_mut().skip(i).take(matched) {
            p.class = Class::Break;
        }
        i += matched.max(1);
    }
}

/// Ends a run: trims joiners, applies the lone-initial-word rules, splits
/// around lexicon entries and emits the anchors.
fn flush_run(
    text: &str,
    pieces: &[Piece],
    run: &mut Vec<usize>,
    lang: Lang,
    out: &mut Vec<NameAnchor>,
) {
    let is_joiner = |i: &usize| pieces[*i].class == Class::Joiner;
    let end = run
        .iter()
        .rposition(|i| !is_joiner(i))
        .map_or(0, |last| last + 1);
    let lead = run[..end].iter().take_while(|i| is_joiner(i)).count();
    if lead < end {
        emit_run(text, pieces, &run[lead..end], lang, out);
    }
    run.clear();
}

/// [`flush_run`] for a run without joiners at either end.
fn emit_run(text: &str, pieces: &[Piece], idx: &[usize], lang: Lang, out: &mut Vec<NameAnchor>) {
    if idx.len() == 1 {
        let p = &pieces[idx[0]];
        // Kept before a capitalised common word and another name word
        // ("Kementerian Dalam Negeri"): the profile reads the three as
        // one name when the lexicon has the last two as a phrase.
        let capitalised_word_then_name = || {
            let (Some(gap), Some(next)) = (pieces.get(idx[0] + 1), pieces.get(idx[0] + 2)) else {
                return false;
            };
            gap.class == Class::Break
                && gap.joined_to_prev
                && is_name_cap(&text[gap.start..gap.end])
                && next.class == Class::Name
                && next.joined_to_prev
        };
        if p.initial
            && weak_alone(&p.lower, lang)
            && canonical(&text[p.start..p.end]).is_none()
            && !capitalised_word_then_name()
        {
            return;
        }
    }
    for part in split_at_lexicon(text, pieces, idx, lang) {
        let (Some(&first), Some(&last)) = (part.first(), part.last()) else {
            continue;
        };
        let span = pieces[first].start..pieces[last].end;
        let initial = part.len() == 1 && pieces[first].initial && !is_all_caps(&text[span.clone()]);
        out.push(NameAnchor::at(text, span, initial));
    }
}

/// Whether a lone sentence-initial word is an ordinary word rather than a
/// name (see [`extract`]).
fn weak_alone(lower: &str, lang: Lang) -> bool {
    if sorted_contains(INITIAL_WEAK, lower) {
        return true;
    }
    if lang == Lang::Id && lower.chars().count() >= 7 {
        let prefixed = ["me", "di", "ber", "ter", "se", "ke", "pe"]
            .iter()
            .any(|p| lower.starts_with(p));
        let suffixed = ["kan", "nya"].iter().any(|s| lower.ends_with(s));
        return prefixed && suffixed;
    }
    false
}

/// The longest run (in words) [`split_at_lexicon`] looks into.
const MAX_SPLIT_RUN: usize = 12;

/// Splits a run around a lexicon entry followed by two or more name words
/// ("Kremlin" | "Dmitri Peskov"), unless the whole run is itself listed.
fn split_at_lexicon(text: &str, pieces: &[Piece], idx: &[usize], lang: Lang) -> Vec<Vec<usize>> {
    let surface = |a: usize, b: usize| &text[pieces[idx[a]].start..pieces[idx[b - 1]].end];
    let n = idx.len();
    let whole_listed = canonical(surface(0, n)).is_some();
    // "Rusia TASS", "Amerika Serikat FBI": a listed place before an acronym
    // is the acronym's country, not part of its name.
    if n >= 2
        && is_acronym(surface(n - 1, n))
        && !whole_listed
        && canonical(surface(0, n - 1)).is_some()
    {
        return vec![idx[..n - 1].to_vec(), idx[n - 1..].to_vec()];
    }
    // "ahli BRIN Rahmat Hidajat", "juru bicara KWS Paul Kiprono": in
    // Indonesian, which puts the role first, an acronym of three letters or
    // more before two name words is the body the person after it belongs
    // to, as English writes it apart ("BRIN paleontologist Rahmat
    // Hidayat"). English runs it into a place's name ("RAAF Base Tindal").
    let opening_acronym = surface(0, 1);
    if lang == Lang::Id
        && n >= 3
        && !whole_listed
        && acronym_capitals(opening_acronym).is_some_and(|n| n >= 3)
        && (1..n).all(|k| pieces[idx[k]].class != Class::Joiner)
        && !is_acronym(surface(1, 2))
    {
        return vec![idx[..1].to_vec(), idx[1..].to_vec()];
    }
    // "Pasifik Tonga" (two listed names side by side: the region and the
    // country in it), "British National Health Service" (a demonym before
    // a listed name: the entity's country, as the place is in "Rusia
    // TASS"): the run, not listed itself, is two names.
    let first = surface(0, 1);
    let first_is_place = if canonical(first).is_some() {
        n == 2
    } else {
        place_of_demonym(first).is_some()
    };
    if n >= 2 && !whole_listed && first_is_place && canonical(surface(1, n)).is_some() {
        return vec![idx[..1].to_vec(), idx[1..].to_vec()];
    }
    // Runs longer than any plausible name (a Title Case line, junk) are
    // left whole: splitting them costs a lexicon look-up per word window.
    if !(3..=MAX_SPLIT_RUN).contains(&n) || whole_listed {
        return vec![idx.to_vec()];
    }
    let is_joiner = |k: usize| pieces[idx[k]].class == Class::Joiner;
    let max_words = LEXICON.max_words;
    // Name words from position k to the end, so the two-word test is O(1).
    let mut words_after = vec![0usize; n + 1];
    for k in (0..n).rev() {
        words_after[k] = words_after[k + 1] + usize::from(!is_joiner(k));
    }
    let mut parts = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < n {
        let mut hit = None;
        if !is_joiner(i) && (i == 0 || !is_joiner(i - 1)) {
            // Up to the run's end, so that an entry ending the run keeps
            // a shorter one inside it from splitting the run ("Afrika
            // Bagian Selatan").
            for j in (i + 1..=n.min(i + max_words)).rev() {
                if canonical(surface(i, j)).is_some() {
                    // The longest listed entry decides: "Oklahoma City
                    // Thunder" is no "Oklahoma" before "City Thunder".
                    if words_after[j] >= 2 && !is_joiner(j) {
                        hit = Some(j);
                    }
                    break;
                }
            }
        }
        if let Some(j) = hit {
            if from < i {
                parts.push(idx[from..i].to_vec());
            }
            parts.push(idx[i..j].to_vec());
            from = j;
            i = j;
        } else {
            i += 1;
        }
    }
    if from < n {
        parts.push(idx[from..].to_vec());
    }
    parts
        .into_iter()
        .map(|mut p| {
            while p.last().is_some_and(|&k| pieces[k].class == Class::Joiner) {
                p.pop();
            }
            while p.first().is_some_and(|&k| pieces[k].class == Class::Joiner) {
                p.remove(0);
            }
            p
        })
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchors::names::fold;
    use crate::anchors::names::testutil::{assert_sorted_unique, pooled_text};

    fn texts(s: &str, lang: Lang) -> Vec<String> {
        let found = extract(s, lang);
        for a in &found {
            assert_eq!(&s[a.span.clone()], a.text, "span of {a:?}");
            assert_eq!(a.key, fold(&a.text));
        }
        found.into_iter().map(|a| a.text).collect()
    }

    #[test]
    fn a_possessive_ends_a_name_but_inside_names_that_hold_one() {
        check(
            Lang::En,
            &[
                (
                    "The traders at Lagos's Balogun market worried.",
                    &["Lagos", "Balogun"],
                ),
                (
                    "They married at St George's Chapel in Windsor.",
                    &["St George's Chapel", "Windsor"],
                ),
                (
                    "The US won the FIFA Women's World Cup.",
                    &["US", "FIFA", "Women's World Cup"],
                ),
            ],
        );
        assert!(POSSESSIVES_IN_NAMES.is_sorted());
    }

    #[test]
    fn a_currency_s_demonym_is_no_name() {
        check(
            Lang::En,
            &[(
                "The average rent was 2,800 Canadian dollars a month in Vancouver.",
                &["Vancouver"],
            )],
        );
    }

    fn check(lang: Lang, cases: &[(&str, &[&str])]) {
        for (sentence, want) in cases {
            assert_eq!(texts(sentence, lang), *want, "{sentence}");
        }
    }

    /// After a surname particle, a capitalised word is the surname, even
    /// one that is a function word ("Dan": and).
    #[test]
    fn a_capitalised_word_after_a_name_particle_is_the_surname() {
        check(
            Lang::Id,
            &[
                (
                    "Menteri Pendidikan Pieter van Dan mengatakan hal itu.",
                    &["Pieter van Dan"],
                ),
                // A lowercase "dan" still joins two names.
                (
                    "Pieter van Dam dan Anna Smit datang.",
                    &["Pieter van Dam", "Anna Smit"],
                ),
            ],
        );
    }

    #[test]
    fn a_lowercase_joiner_between_capitalised_parts_is_a_word_of_the_name() {
        check(
            Lang::En,
            &[
                (
                    "schools closed in Port-au-Prince and Artibonite.",
                    &["Port-au-Prince", "Artibonite"],
                ),
                ("a hotel in Aix-en-Provence was hit.", &["Aix-en-Provence"]),
            ],
        );
        check(
            Lang::Id,
            &[("sekolah di Port-au-Prince ditutup.", &["Port-au-Prince"])],
        );
    }

    #[test]
    fn an_indonesian_acronym_before_a_persons_name_is_the_persons_body() {
        check(
            Lang::Id,
            &[
                (
                    "kata ahli paleontologi BRIN Rahmat Hidajat kemarin.",
                    &["BRIN", "Rahmat Hidajat"],
                ),
                (
                    "kata juru bicara KWS Paul Kiprono.",
                    &["KWS", "Paul Kiprono"],
                ),
                // Two letters are a form or title ("PT", "KH"), kept.
                ("saham PT Bank Central turun.", &["PT Bank Central"]),
            ],
        );
        // English runs an acronym into a place's name.
        check(
            Lang::En,
            &[(
                "to upgrade RAAF Base Tindal near Katherine.",
                &["RAAF Base Tindal", "Katherine"],
            )],
        );
    }

    /// "Ibu" is a title but "Ibu Kota" the capital, and "Sama" a common
    /// word but "Kerja Sama" one inside an institution's name.
    #[test]
    fn capital_and_cooperation_inside_names_are_name_words() {
        check(
            Lang::Id,
            &[
                (
                    "Mereka bertemu di Ibu Kota Administratif Baru.",
                    &["Ibu Kota Administratif"],
                ),
                (
                    "Hal itu dikatakan Badan Kerja Sama Keamanan Pertahanan Pentagon.",
                    &["Badan Kerja Sama Keamanan Pertahanan Pentagon"],
                ),
                ("Ibu Sri Mulyani hadir.", &["Sri Mulyani"]),
            ],
        );
    }

    #[test]
    fn a_month_after_a_name_word_is_a_surname() {
        check(
            Lang::Id,
            &[
                (
                    "Perdana Menteri Theresa May bertemu dengan Kanselir Angela Merkel.",
                    &["Theresa May", "Angela Merkel"],
                ),
                ("Para pemilih datang pada bulan Mei.", &[]),
                ("Para hakim bersidang di Jakarta May 5.", &["Jakarta"]),
            ],
        );
        check(
            Lang::En,
            &[
                (
                    "Prime Minister Theresa May arrived in Brussels.",
                    &["Theresa May", "Brussels"],
                ),
                ("The vote is on Tuesday, May 5, in Paris.", &["Paris"]),
                ("The talks resumed in May.", &[]),
            ],
        );
    }

    #[test]
    fn a_common_word_that_ends_a_listed_name_belongs_to_it() {
        check(
            Lang::Id,
            &[(
                "Para delegasi dari Belanda, Selandia Baru dan Arab Saudi tiba.",
                &["Belanda", "Selandia Baru", "Arab Saudi"],
            )],
        );
    }

    #[test]
    fn portfolios_and_roles_belong_to_the_title() {
        check(
            Lang::Id,
            &[
                (
                    "Menurut Menteri Kesehatan Budi Gunadi Sadikin, vaksin itu aman.",
                    &["Budi Gunadi Sadikin"],
                ),
                (
                    "Menteri Energi Taner Yildiz mengatakan dua jenazah ditemukan.",
                    &["Taner Yildiz"],
                ),
                (
                    "Dokter Budi Santoso merawat para korban.",
                    &["Budi Santoso"],
                ),
            ],
        );
        check(
            Lang::En,
            &[
                (
                    "According to Health Minister Terawan Agus Putranto, the vaccine is safe.",
                    &["Terawan Agus Putranto"],
                ),
                (
                    "Energy Minister Taner Yildiz said two bodies were found.",
                    &["Taner Yildiz"],
                ),
            ],
        );
    }

    #[test]
    fn acting_and_chief_executive_titles_and_month_spans_are_no_names() {
        check(
            Lang::Id,
            &[
                (
                    "Pelaksana Tugas Direktur ICE Matthew Albence membela penggerebekan itu.",
                    &["ICE", "Matthew Albence"],
                ),
                (
                    "Direktur Utama Christian Sewing menyebut rencana itu sebagai awal baru.",
                    &["Christian Sewing"],
                ),
                (
                    "Samsung melaporkan laba kuartal Juli-September.",
                    &["Samsung"],
                ),
                // A common noun's acronym is no name.
                (
                    "Sebuah mesin ATM dicongkel dari dinding toko di Reading.",
                    &["Reading"],
                ),
            ],
        );
        check(
            Lang::En,
            &[
                (
                    "Acting ICE Director Matthew Albence defended the raids.",
                    &["ICE", "Matthew Albence"],
                ),
                (
                    "Former Brazilian president Dilma Rousseff was released.",
                    &["Brazilian", "Dilma Rousseff"],
                ),
                (
                    "Apple's revenue fell in the April-June quarter.",
                    &["Apple"],
                ),
                ("Some MPs and the CEO of Tesla objected.", &["Tesla"]),
            ],
        );
    }

    #[test]
    fn a_title_that_is_a_surname_ends_a_given_name() {
        check(
            Lang::En,
            &[
                (
                    "\"It was fast,\" said Cpl. Rob King in a statement.",
                    &["Rob King"],
                ),
                (
                    "Julie Bishop said the talks would go on.",
                    &["Julie Bishop"],
                ),
                // Before a name, still a title.
                ("King Charles met Rishi Sunak.", &["Charles", "Rishi Sunak"]),
            ],
        );
    }

    #[test]
    fn a_currencys_country_is_no_name() {
        check(
            Lang::Id,
            &[
                (
                    "Jakarta menerima pinjaman 1,1 miliar dolar AS dari Jepang.",
                    &["Jakarta", "Jepang"],
                ),
                ("Di AS tiket itu seharga 5 dolar Hong Kong.", &["AS"]),
            ],
        );
        check(
            Lang::En,
            &[("It cost 5 Hong Kong dollars in the US.", &["US"])],
        );
        // Letters glued to "$" are the currency's, even in a title-case
        // headline.
        let names = texts(
            "Perusahaan Tiongkok Raup US$410 Juta di Hong Kong",
            Lang::Id,
        );
        assert!(
            !names.iter().any(|n| n.split(' ').any(|w| w == "US")),
            "{names:?}"
        );
        assert!(names.contains(&"Hong Kong".to_string()), "{names:?}");
    }

    #[test]
    fn a_listed_entry_that_ends_the_run_keeps_a_shorter_one_from_splitting_it() {
        check(
            Lang::Id,
            &[(
                "Komunitas Pembangunan Afrika Bagian Selatan mendukung sistem itu.",
                &["Komunitas Pembangunan Afrika Bagian Selatan"],
            )],
        );
    }

    #[test]
    fn a_conjunction_inside_a_listed_name_joins_it() {
        check(
            Lang::Id,
            &[(
                "Badan Pengawas Obat dan Makanan AS menyetujui terapi itu.",
                &["Badan Pengawas Obat dan Makanan AS"],
            )],
        );
        check(
            Lang::En,
            &[
                (
                    "The US Food and Drug Administration approved it.",
                    &["US Food and Drug Administration"],
                ),
                (
                    "A coordinator for Save the Children said so.",
                    &["Save the Children"],
                ),
                (
                    "They appealed to the Court of Arbitration for Sport, the United Nations Office on Drugs and Crime said.",
                    &["Court of Arbitration for Sport", "United Nations Office on Drugs and Crime"],
                ),
                // Two names listed with "and": two names.
                (
                    "Georgia, Ohio and Kentucky passed it.",
                    &["Georgia", "Ohio", "Kentucky"],
                ),
            ],
        );
    }

    #[test]
    fn extracts_names_from_indonesian_seed() {
        check(
            Lang::Id,
            &[
                ("Rusia dapat mengambil Taliban dari daftar organisasi teroris: juru bicara Kremlin", &["Rusia", "Taliban", "Kremlin"]),
                ("BaruAnda sekarang dapat mendengarkan artikel Fox News!", &["Fox News"]),
                ("Pemerintah Rusia sedang mempertimbangkan untuk menghapus Taliban dari daftar organisasi terorisnya.", &["Rusia", "Taliban"]),
                ("Juru bicara Kremlin Dmitri Peskov mengatakan kepada wartawan pada hari Selasa bahwa pihak berwenang Rusia sedang mempertimbangkan keputusan untuk memfasilitasi komunikasi yang lebih besar.", &["Kremlin", "Dmitri Peskov", "Rusia"]),
                ("\u{201c}Ini adalah negara yang berada di sebelah kami, dan entah bagaimana kami berkomunikasi dengan mereka,\u{201d} kata Peskov kepada pers menurut Reuters.", &["Peskov", "Reuters"]),
                ("Taliban berjanji untuk bangkit perempuan di depan umum menjadi mati dalam pesan langsung ke demokrasi barat", &["Taliban"]),
                ("Sekretaris Person Kremlin Dmitri Peskov di St. Petersburg, Rusia. (Gambar Getty)", &["Person", "Kremlin", "Dmitri Peskov", "St. Petersburg", "Rusia", "Getty"]),
                ("Pakar komunikasi veteran Kremlin mengatakan kepada wartawan bahwa karena Taliban mempertahankan cengkeraman tetap pada Afghanistan, mereka harus dianggap legal untuk dialog internasional.", &["Kremlin", "Taliban", "Afghanistan"]),
                ("\u{201c}Kita perlu memecahkan masalah mendesak, itu juga membutuhkan dialog, jadi dalam hal ini kita berkomunikasi dengan mereka seperti hampir semua orang \u{2013} ini adalah otoritas de facto di Afghanistan,\u{201d} kata Peskov.", &["Afghanistan", "Peskov"]),
                ("\u{2018}Masalah mendesak\u{2019} yang dirujuk ke Peskov mungkin merujuk pada serangan teror baru -baru ini yang menewaskan lebih dari seratus orang di ibukota nasional.", &["Peskov"]),
                ("Rusia telah menahan tersangka di Kaukasus terkait dengan serangan teror di Moskow, kata Badan Keamanan, kata agen keamanan", &["Rusia", "Kaukasus", "Moskow", "Badan Keamanan"]),
                ("Sebuah mobil dari Federal Security Service (FSB) diparkir di luar ruang konser Balai Kota Crocus, tempat serangan senapan di Krasnogorsk, di luar Moskow.", &["Federal Security Service", "FSB", "Balai Kota Crocus", "Krasnogorsk", "Moskow"]),
                ("Anak perusahaan Afghanistan dari kelompok Negara Islam menerima tanggung jawab. (Olga Maltseva/AFP via Getty Images)", &["Afghanistan", "Negara Islam", "Olga Maltseva", "AFP", "Getty Images"]),
                ("Rusia menderita serangan teror terburuk dalam dua dekade bulan lalu ketika Tajik Nationals diduga membakar Crocus City Concert Hall of Moscow.", &["Rusia", "Tajik Nationals", "Crocus City Concert Hall of Moscow"]),
                ("Seorang anak perusahaan yang berbasis di Afghanistan dari negara Islam dari kelompok teroris itu bertanggung jawab atas serangan yang menewaskan 137 orang dan melukai 180 lainnya.", &["Afghanistan", "Islam"]),
                ("Negara Islam di Provinsi Khorasan (ISIS-K) adalah salah satu dari sedikit cabang ISIS yang tersisa yang masih merupakan ancaman keamanan internasional yang aktif.", &["Negara Islam", "Provinsi Khorasan", "ISIS-K", "ISIS"]),
                ("Klik di sini untuk mendapatkan aplikasi Fox News", &["Fox News"]),
                ("Staf keamanan Taliban berdiri di pasar di distrik Baharak di provinsi Badakhshan. (Wakil Kohsar/AFP via Getty Images)", &["Taliban", "Baharak", "Badakhshan", "Wakil Kohsar", "AFP", "Getty Images"]),
                ("Taliban mengambil kendali atas Afghanistan setelah penarikan tentara AS pada tahun 2021.", &["Taliban", "Afghanistan", "AS"]),
                ("Meskipun kedua kelompok itu Islam dalam ideologi dan secara luas diklasifikasikan sebagai kelompok teroris, Taliban dan cabang -cabang ISIS telah bertentangan selama beberapa dekade.", &["Islam", "Taliban", "ISIS"]),
                ("Para pemimpin ISIS berusaha untuk melemahkan dan menaklukkan Taliban dalam pelayanan kekhalifahan global, sementara kepentingan Taliban tetap fokus pada kontrol regional Afghanistan.", &["ISIS", "Taliban", "Taliban", "Afghanistan"]),
            ],
        );
    }

    #[test]
    fn a_time_zone_after_a_clock_time_is_no_name() {
        check(
            Lang::Id,
            &[
                (
                    "Menurut BMKG, gempa terjadi pukul 08.38 WIB di Padang.",
                    &["BMKG", "Padang"],
                ),
                (
                    "Di Makassar, sidang dimulai pukul 10.00 WITA.",
                    &["Makassar"],
                ),
                // Not after a time: an acronym like any other.
                ("WIB adalah zona waktu Jakarta.", &["WIB", "Jakarta"]),
            ],
        );
        check(
            Lang::En,
            &[
                ("The quake struck at 0138 GMT.", &[]),
                ("In New York, polls close at 8 p.m. EST.", &["New York"]),
                ("The market in Tokyo opened at 13:00 UTC.", &["Tokyo"]),
            ],
        );
    }

    #[test]
    fn extracts_names_from_english_seeds() {
        check(
            Lang::En,
            &[
                ("Russia: Taliban could be removed from terror blacklist", &["Russia", "Taliban"]),
                ("ISLAMABAD \u{2014} Russia said Tuesday that it is engaged in an \u{201c}active dialogue\u{201d} with Afghanistan\u{2019}s ruling Taliban and is working toward removing them from Moscow\u{2019}s list of terrorist organizations.", &["ISLAMABAD", "Russia", "Afghanistan", "Taliban", "Moscow"]),
                ("\u{201c}The fact is that this is our neighboring country. In one form or another, we maintain communication with them,\u{201d} Kremlin spokesman Dmitry Peskov told reporters, according to Russian news agency TASS.", &["Kremlin", "Dmitry Peskov", "Russian", "TASS"]),
                ("\u{201c}We have to resolve pressing issues, which also requires dialogue. In fact, we are in contact with them just like everyone else,\u{201d} Peskov stated. \u{201c}They are actually the ones who are in power in Afghanistan.\u{201d}", &["Peskov", "Afghanistan"]),
                ("He did not elaborate, but his statement came just days after gunmen stormed a concert hall outside the Russian capital and killed at least 144 people, making it the deadliest terrorist attack in the country in two decades.", &["Russian"]),
                ("Islamic State militants claimed responsibility for the bloodshed, with U.S. intelligence officials saying the terror group\u{2019}s Afghan branch, IS-Khorasan, was behind it.", &["Islamic State", "U.S.", "Afghan", "IS-Khorasan"]),
                ("Russian President Vladimir Putin quickly tied the attack to Ukraine \u{2014} claims the neighboring country and the United States strongly rejected.", &["Russian", "Vladimir Putin", "Ukraine", "United States"]),
                ("\u{201c}You have said yourself that the option is under consideration. Let\u{2019}s wait until this process ends,\u{201d} Peskov said when asked for his response to a Russian Foreign Ministry statement on Monday about possibly removing the Taliban from the terrorist blacklist.", &["Peskov", "Russian", "Foreign Ministry", "Taliban"]),
                ("The Taliban condemned the Moscow attack as \u{201c}a blatant violation of all human standards\u{201d} and urged regional countries to take \u{201c}a coordinated, clear and resolute position\u{201d} against such incidents.", &["Taliban", "Moscow"]),
                ("\u{201c}Daesh, which has targeted civilians in Afghanistan and other regions of the world as well, again clearly demonstrated through this incident that it is a group in the hands of intelligence agencies aimed at defaming Islam and posing a threat to the entire region,\u{201d} stated the Taliban Foreign Ministry, using a local acronym for IS-Khorasan.", &["Daesh", "Afghanistan", "Islam", "Taliban Foreign Ministry", "IS-Khorasan"]),
                ("The Taliban reclaimed power in 2021 after the U.S.-led foreign troops withdrew from Afghanistan, but they remain on a list of organizations Russia designates as terrorists.", &["Taliban", "U.S.", "Afghanistan", "Russia"]),
                ("No foreign country has formally recognized the government in Kabul, citing a lack of political inclusiveness and sweeping restrictions on Afghan women\u{2019}s access to education and work.", &["Kabul", "Afghan"]),
                ("Zamir Kabulov, the Russian special presidential envoy for Afghanistan, told TASS earlier this week that Moscow had invited a Taliban delegation to take part in an international economic forum, called \u{201c}Russia \u{2013} Islamic World: KazanForum,\u{201d} in the city of Kazan from May 14 to 19.", &["Zamir Kabulov", "Russian", "Afghanistan", "TASS", "Moscow", "Taliban", "Russia", "Islamic World", "KazanForum", "Kazan"]),
                ("The U.S. and Western countries at large have since moved their Afghan diplomatic missions to Qatar.", &["U.S.", "Afghan", "Qatar"]),
                ("Russia plans to remove the Taliban from its list of terrorist organizations, Zamir Kabulov, the Russian president's special envoy to Afghanistan, said on Friday.", &["Russia", "Taliban", "Zamir Kabulov", "Russian", "Afghanistan"]),
                ("Alexander Bortnikov, head of the Federal Security Service (FSB), which is responsible for fighting terrorism, also confirmed the change.", &["Alexander Bortnikov", "Federal Security Service", "FSB"]),
                ("\"The Russian leadership has already made a fundamental decision on this issue,\" Kabulov told reporters, adding that  extensive work needs to be done by a team of lawyers, parliament and other government agencies so that a decision can be made in the near future.", &["Russian", "Kabulov"]),
                ("Volchinkov also announced that the Russian government is completing the procedure to remove the group from the terrorist list, noting that this step could pave the way for more \"practical cooperation,\" including in fighting organized crime and ISIS-K, an offshoot of IS in the region.", &["Volchinkov", "Russian", "ISIS-K", "IS"]),
                ("The Taliban have been on Russia's blacklist since 2003, when the Russian government accused them of being responsible for the 1995 hijacking of a Russian civilian plane, due to their ties to a militant insurgency in the North Caucasus.", &["Taliban", "Russia", "Russian", "Russian", "North Caucasus"]),
                ("In July, President Vladimir Putin reaffirmed the Taliban's role as an ally in the fight against terrorism.", &["Vladimir Putin", "Taliban"]),
                ("Putin Says \u{2018}Taliban Are Our Allies\u{2019}", &["Putin", "Taliban", "Allies"]),
                ("July 6, 2024 3:25 am", &[]),
                ("The Russian President made this comment while participating in a conference in Astana, the capital of Kazakhstan.", &["Russian", "Astana", "Kazakhstan"]),
                ("The Russian president said, \u{201c}We must accept that the Taliban is controlling the power in Afghanistan.\u{201d}", &["Russian", "Taliban", "Afghanistan"]),
                ("The Taliban have long been fighting a rival militant group in Afghanistan, the Islamic State of Khorasan (ISK).", &["Taliban", "Afghanistan", "Islamic State of Khorasan", "ISK"]),
                ("Last March, ISIS fighters killed more than 140 people in a terrorist attack at a concert hall in Moscow.", &["ISIS", "Moscow"]),
                ("He said, I am sure that the Taliban is interested in stabilizing everything in Afghanistan.", &["Taliban", "Afghanistan"]),
                ("In addition, Russia has refrained from officially recognizing the Taliban-led government.", &["Russia", "Taliban"]),
            ],
        );
    }

    #[test]
    fn a_title_before_an_organisations_head_noun_is_a_word_of_its_name() {
        let texts =
            |s: &str| -> Vec<String> { extract(s, Lang::En).into_iter().map(|a| a.text).collect() };
        assert_eq!(texts("The Premier League will start."), ["Premier League"]);
        assert_eq!(
            texts("The OAS General Assembly voted."),
            ["OAS General Assembly"]
        );
        // A name `names.tsv` lists is one name.
        assert_eq!(
            texts("The UN General Assembly voted."),
            ["UN General Assembly"]
        );
        assert_eq!(texts("General Motors cut jobs."), ["General Motors"]);
        // Before a person's name it stays a title.
        assert_eq!(texts("Premier Li Keqiang spoke."), ["Li Keqiang"]);
        assert_eq!(texts("They met General Mark Milley."), ["Mark Milley"]);
        // A title that begins a listed name is a word of it, past a
        // possessive too.
        assert_eq!(
            texts("It will study the judgment with the Attorney General's Chambers."),
            ["Attorney General's Chambers"]
        );
        check(
            Lang::Id,
            &[(
                "bentrokan antara militer, sekutu Rusianya, dan kelompok bersenjata",
                &["Rusia"],
            )],
        );
        check(
            Lang::Id,
            &[(
                "Ia bekerja untuk lembaga amal Dokter Lintas Batas di Larkana.",
                &["Dokter Lintas Batas", "Larkana"],
            )],
        );
        // ... and so is one inside a listed name
        check(
            Lang::Id,
            &[(
                "Hearts naik ke peringkat ketiga Liga Premier Skotlandia.",
                &["Hearts", "Liga Premier Skotlandia"],
            )],
        );
    }

    #[test]
    fn listed_names_side_by_side_are_two_names() {
        // a demonym before a listed name is the entity's country, and two
        // listed names whose run is not listed are two names
        check(
            Lang::En,
            &[(
                "trials run in the British National Health Service.",
                &["British", "National Health Service"],
            )],
        );
        check(
            Lang::Id,
            &[(
                "perusahaan itu didukung negara kepulauan Pasifik Tonga.",
                &["Pasifik", "Tonga"],
            )],
        );
        // a run that is listed whole stays whole
        check(Lang::Id, &[("Ia tiba di Papua Nugini.", &["Papua Nugini"])]);
    }

    #[test]
    fn a_ministers_portfolio_is_the_titles_not_the_names() {
        let texts = |s: &str, lang| -> Vec<String> {
            extract(s, lang).into_iter().map(|a| a.text).collect()
        };
        assert_eq!(
            texts("Menteri Ekonomi Chou Shih-chieh mengatakan.", Lang::Id),
            ["Chou Shih-chieh"]
        );
        assert_eq!(
            texts(
                "Menteri Pemuda dan Olahraga Dito Ariotedjo hadir.",
                Lang::Id
            ),
            ["Dito Ariotedjo"]
        );
        assert_eq!(
            texts("Youth and Sports Minister Dito Ariotedjo came.", Lang::En),
            ["Dito Ariotedjo"]
        );
        assert_eq!(
            texts(
                "\"We are proud,\" Secretary of Defense Ash Carter said.",
                Lang::En
            ),
            ["Ash Carter"]
        );
        assert_eq!(
            texts("He met Interior Secretary Raul Cantu.", Lang::En),
            ["Raul Cantu"]
        );
        // A name before an English portfolio ends where the title starts.
        assert_eq!(
            texts("PNG Mining Minister Henry Aipe said.", Lang::En),
            ["PNG", "Henry Aipe"]
        );
        assert_eq!(
            texts(
                "Kenya's Transport Cabinet Secretary Francis Kariuki said.",
                Lang::En
            ),
            ["Kenya", "Francis Kariuki"]
        );
        // A ministry is a body: its name stays.
        assert_eq!(
            texts("Kementerian Perekonomian Jepang menyatakan.", Lang::Id),
            ["Kementerian Perekonomian Jepang"]
        );
    }

    #[test]
    fn a_korean_given_name_keeps_its_lowercase_syllable() {
        let texts = |s: &str, lang| -> Vec<String> {
            extract(s, lang).into_iter().map(|a| a.text).collect()
        };
        assert_eq!(
            texts("They thanked Shin Tae-yong there.", Lang::En),
            ["Shin Tae-yong"]
        );
        assert_eq!(
            texts("Presiden Park Geun-hye tiba.", Lang::Id),
            ["Park Geun-hye"]
        );
        assert_eq!(
            texts("He met Ban Ki-moon there.", Lang::En),
            ["Ban Ki-moon"]
        );
        // Taiwanese given names romanised in Wade-Giles.
        assert_eq!(
            texts("Minister Chou Shih-chieh said so.", Lang::En),
            ["Chou Shih-chieh"]
        );
        assert_eq!(
            texts("Kata Lee Kuo-hsien kemudian.", Lang::Id),
            ["Lee Kuo-hsien"]
        );
        // Suffix words, long heads and reduplications end the name.
        assert_eq!(texts("The Bush-era rules stay.", Lang::En), ["Bush"]);
        assert_eq!(
            texts("The Taliban-led government fell.", Lang::En),
            ["Taliban"]
        );
        // A reduplication is an ordinary word, capitalised or not.
        assert_eq!(texts("Warga Kota-kota itu.", Lang::Id), ["Warga"]);
        assert!(texts("Masing-masing pihak menyerahkan 103 personel.", Lang::Id).is_empty());
        assert_eq!(texts("Negara-negara Eropa sepakat.", Lang::Id), ["Eropa"]);
        // One with affixes is one word, kept whole inside a name.
        assert_eq!(
            texts("Kata Otoritas Kehati-hatian Afrika Selatan.", Lang::Id),
            ["Otoritas Kehati-hatian Afrika Selatan"]
        );
        // A syllable closed by "ng" may have five letters; other five-letter
        // tails are words ("US-based").
        assert_eq!(
            texts("Pelatih Shin Tae-young tiba.", Lang::Id),
            ["Shin Tae-young"]
        );
        assert_eq!(texts("The US-based firm grew.", Lang::En), ["US"]);
        // A word prefix hyphened to its word is one word of the name.
        assert_eq!(
            texts(
                "the Organization for Security and Co-operation in Europe said",
                Lang::En
            ),
            ["Organization", "Security", "Co-operation", "Europe"]
        );
        assert_eq!(
            prefixed_word_joined("co-operation").as_deref(),
            Some("cooperation")
        );
        assert_eq!(prefixed_word_joined("Bush-era"), None);
        assert_eq!(prefixed_word_joined("re-run"), None);
    }

    #[test]
    fn a_capitalised_common_word_after_a_name_word_is_its_surname() {
        check(
            Lang::Id,
            &[
                (
                    "Mohammed Salah mencetak dua gol untuk Liverpool.",
                    &["Mohammed Salah", "Liverpool"],
                ),
                ("Salah satu pemain itu cedera.", &[]),
            ],
        );
        check(
            Lang::En,
            &[
                ("Senator Bill Young said so.", &["Bill Young"]),
                // A title-case line: the next word is capitalised too.
                (
                    "Putin Says Taliban Are Allies",
                    &["Putin", "Taliban", "Allies"],
                ),
                ("This is Rule No. 1 of Debian.", &["Rule", "Debian"]),
            ],
        );
    }

    #[test]
    fn a_compass_adjective_before_a_name_is_part_of_it() {
        let texts =
            |s: &str| -> Vec<String> { extract(s, Lang::En).into_iter().map(|a| a.text).collect() };
        assert_eq!(
            texts("A bomb exploded in Northern Ireland."),
            ["Northern Ireland"]
        );
        assert_eq!(
            texts("They went to Eastern Europe and South Asia."),
            ["Eastern Europe", "South Asia"]
        );
        // Alone, or before a lowercase word, it is a common word.
        assert!(texts("The Western allies met.").is_empty());
        assert!(texts("Western leaders met.").is_empty());
    }

    #[test]
    fn lone_words_where_a_sentence_starts_are_marked_initial() {
        let initial = |s: &str, lang: Lang| -> Vec<(String, bool)> {
            extract(s, lang)
                .into_iter()
                .map(|a| (a.text, a.initial))
                .collect()
        };
        let own = |v: &[(&str, bool)]| -> Vec<(String, bool)> {
            v.iter().map(|(t, i)| (t.to_string(), *i)).collect()
        };
        assert_eq!(
            initial("Paradigmanya menuntun ke Linux. Fedora juga.", Lang::Id),
            own(&[("Paradigmanya", true), ("Linux", false), ("Fedora", true)])
        );
        assert_eq!(
            initial(
                "Dmitry Peskov said: \u{201c}Putin agrees.\u{201d}",
                Lang::En
            ),
            own(&[("Dmitry Peskov", false), ("Putin", true)])
        );
        assert_eq!(
            initial("It follows the Guidelines (DFSG).", Lang::En),
            own(&[("Guidelines", false), ("DFSG", false)])
        );
    }

    #[test]
    fn camel_case_names_stay_whole_and_glued_words_split() {
        check(
            Lang::En,
            &[
                // Brand and product names written in camel case are one name.
                (
                    "Netatalk provides the AppleTalk protocol.",
                    &["Netatalk", "AppleTalk"],
                ),
                (
                    "It configures the NetworkManager server.",
                    &["NetworkManager"],
                ),
                (
                    "Many flew AirAsia and WhatsApp was down.",
                    &["AirAsia", "WhatsApp"],
                ),
                // A one-letter tail is not a word glued on ("LaTe" + "X").
                ("We convert DocBook into LaTeX.", &["DocBook", "LaTeX"]),
                // A common word glued on is page furniture: split there.
                ("HomeThe Kremlin said so.", &["Home", "Kremlin"]),
            ],
        );
        check(
            Lang::Id,
            &[
                (
                    "Jaringan lama memakai AppleTalk.",
                    &["Jaringan", "AppleTalk"],
                ),
                (
                    "BaruAnda sekarang dapat mendengarkan Fox News!",
                    &["Fox News"],
                ),
            ],
        );
    }

    #[test]
    fn extraction_rules() {
        check(
            Lang::En,
            &[
                (
                    "Mr. Putin met Osama bin Laden and al-Qaeda in The Hague.",
                    &["Putin", "Osama bin Laden", "al-Qaeda", "Hague"],
                ),
                (
                    "Prime Minister Anwar Ibrahim spoke on Monday.",
                    &["Anwar Ibrahim"],
                ),
                ("J. K. Rowling wrote it.", &["J. K. Rowling"]),
                // "No." before a figure abbreviates "number".
                ("This is Rule No. 1 of Debian.", &["Rule", "Debian"]),
                ("Nos. 3 and No. 10 won.", &[]),
                ("However, the Kremlin-backed group left.", &["Kremlin"]),
            ],
        );
        check(
            Lang::Id,
            &[
                (
                    "Presiden Rusia Vladimir Putin bertemu Tn. Widodo.",
                    &["Rusia", "Vladimir Putin", "Widodo"],
                ),
                (
                    "Menteri Luar Negeri Retno Marsudi tiba di Jakarta.",
                    &["Retno Marsudi", "Jakarta"],
                ),
                // a role before the employer's name
                (
                    "Ekonom Westpac, Hamish Gallagher, mengatakan hal itu.",
                    &["Westpac", "Hamish Gallagher"],
                ),
                ("Negara itu kuat. Dikatakan demikian.", &[]),
                (
                    "Ini merupakan aturan No. 1 dan Nomor 2 di Jakarta.",
                    &["Jakarta"],
                ),
                ("Dia mengatakan Negara Islam kuat.", &["Negara Islam"]),
                (
                    "Kementerian Luar Negeri menyatakan hal itu.",
                    &["Kementerian Luar Negeri"],
                ),
            ],
        );
    }

    /// Tokenizer fast paths (ASCII, no hyphen, titles by first word)
    /// against the general code they short-cut.
    mod reference_tokens {
        use super::super::*;
        use crate::text::chars::is_combining_mark;

        /// `read_word` as it was, on a char iterator.
        pub fn read_word(text: &str, start: usize) -> usize {
            let mut end = start;
            let mut seg_len = 0usize;
            let mut dotted = false;
            let mut chars = text[start..].char_indices().peekable();
            while let Some((off, c)) = chars.next() {
                let next = chars.peek().map(|p| p.1);
                if is_word_char(c) {
                    end = start + off + c.len_utf8();
                    seg_len += 1;
                } else if (is_apostrophe_or_look_alike(c) || is_hyphen(c))
                    && next.is_some_and(is_word_char)
                {
                    seg_len = 0;
                } else if c == '.' && seg_len == 1 && next.is_some_and(|n| n.is_alphabetic()) {
                    dotted = true;
                    seg_len = 0;
                } else {
                    break;
                }
            }
            let word = &text[start..end];
            if text[end..].starts_with('.') {
                let initialism = dotted || (word.chars().count() == 1 && is_cap(word));
                let lower = word.to_lowercase();
                if initialism || DOT_ABBREVS.contains(&lower.as_str()) {
                    end += 1;
                }
            }
            end
        }

        pub fn is_word_char(c: char) -> bool {
            c.is_alphanumeric() || is_combining_mark(c)
        }

        /// `mark_titles` as it was: every title tried at every piece.
        pub fn mark_titles(pieces: &mut [Piece]) {
            let title_words: Vec<Vec<&str>> = MULTIWORD_TITLES
                .iter()
                .map(|t| t.split(' ').collect())
                .collect();
            let mut i = 0;
            while i < pieces.len() {
                let mut matched = 0;
                for words in &title_words {
                    if i + words.len() <= pieces.len()
                        && words.iter().enumerate().all(|(k, w)| {
                            let p = &pieces[i + k];
                            p.lower.trim_end_matches('.') == *w && (k == 0 || p.joined_to_prev)
                        })
                    {
                        matched = matched.max(words.len());
                    }
                }
                for p in pieces.iter_mut().skip(i).take(matched) {
                    p.class = Class::Break;
                }
                i += matched.max(1);
            }
        }
    }

    #[test]
    fn a_title_no_name_follows_mid_sentence_is_a_name() {
        check(
            Lang::Id,
            &[
                (
                    "Menyusul sebuah bola defleksi, King menjebol gawang.",
                    &["Menyusul", "King"],
                ),
                (
                    "Raja Charles tiba, lalu King Charles pergi.",
                    &["Charles", "Charles"],
                ),
            ],
        );
        check(
            Lang::En,
            &[
                ("The ball went wide, and King scored later.", &["King"]),
                ("Pfc. Samuel Orozco broke free.", &["Samuel Orozco"]),
            ],
        );
    }

    #[test]
    fn titles_are_marked_by_their_first_word() {
        for text in [
            "Menteri Luar Negeri Rusia Sergei Lavrov",
            "Juru bicara Kremlin Dmitri Peskov",
            "the Secretary of State Antony Blinken and Prime Minister",
            "Perdana Menteri. Luar Negeri",
        ] {
            let mut fast = tokenize_words(text, Lang::Id);
            let mut slow = fast.clone();
            mark_titles(&mut fast);
            reference_tokens::mark_titles(&mut slow);
            let classes = |p: &[Piece]| p.iter().map(|p| p.class).collect::<Vec<_>>();
            assert_eq!(classes(&fast), classes(&slow), "{text}");
        }
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn tokenizer_fast_paths_agree_with_the_general_code(text in pooled_text(), en in any::<bool>()) {
            let lang = if en { Lang::En } else { Lang::Id };
            for (i, c) in text.char_indices() {
                prop_assert_eq!(char_at(&text, i), Some(c));
                prop_assert_eq!(is_word_char(c), reference_tokens::is_word_char(c));
                if is_word_char(c) {
                    prop_assert_eq!(read_word(&text, i), reference_tokens::read_word(&text, i));
                }
            }
            prop_assert_eq!(char_at(&text, text.len()), None);
            for word in text.split([' ', '\n', '(', '"', '.']) {
                prop_assert_eq!(name_part(word), name_part_hyphenated(word), "{:?}", word);
                prop_assert_eq!(is_cap(word), is_cap_general(word), "{:?}", word);
                let (fast, general) = (normalise_apostrophes(word), normalise_apostrophes_general(word));
                prop_assert_eq!(fast.as_ref(), general.as_str());
            }
            let mut fast = tokenize_words(&text, lang);
            let mut slow = fast.clone();
            mark_titles(&mut fast);
            reference_tokens::mark_titles(&mut slow);
            let classes = |p: &[Piece]| p.iter().map(|p| p.class).collect::<Vec<_>>();
            prop_assert_eq!(classes(&fast), classes(&slow));
        }
    }

    #[test]
    fn word_lists_are_sorted_and_unique() {
        assert_sorted_unique("DOT_ABBREVS", DOT_ABBREVS);
        assert_sorted_unique("SURNAME_TITLES", SURNAME_TITLES);
        assert_sorted_unique("COMMON_ACRONYMS", COMMON_ACRONYMS);
        assert_sorted_unique("PARTICLES", PARTICLES);
        assert_sorted_unique("ORGANISATION_HEADS", ORGANISATION_HEADS);
        assert_sorted_unique("NUMERO", NUMERO);
        assert_sorted_unique("DAY_HALVES", DAY_HALVES);
        assert_sorted_unique("COMPASS_ADJECTIVES", COMPASS_ADJECTIVES);
        assert_sorted_unique("NAME_ENDING_TAILS", NAME_ENDING_TAILS);
    }
}
