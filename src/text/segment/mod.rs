//! Sentence segmentation: splits a decoded text into paragraphs and the
//! paragraphs into sentence units.
//!
//! In: the whole text of one input file as a `&str` (BOM dropped, line ends
//! already turned into `\n` by the reader) and its language. Out: the units in
//! order, each with its text (whitespace runs, including U+00A0, collapsed to
//! one space), its byte span in the input, its paragraph number and whether
//! it is the whole of its paragraph.
//!
//! Why these rules: the units are what reviewers see in the CSV and what the
//! aligner pairs, so a unit should hold one statement with its attribution
//! and never cut a name, a number or a quotation in half. The rules are
//! deliberately plain (no model, no lexicon beyond short abbreviation lists)
//! so that the split is predictable and the same on both sides of a pair.
//!
//! Paragraphs: every non-empty line is a paragraph (the contract separates
//! paragraphs by blank lines *or* newlines); whitespace-only lines are
//! skipped and do not take a number.
//!
//! Sentences inside a paragraph end after `.`, `!`, `?`, `…` (or a run of
//! them, such as `...` or `?!`), plus any closing quotes or brackets right
//! after them, when whitespace follows and the next character starts a
//! sentence (an uppercase letter, a digit, or an opening quote or bracket).
//! Exceptions, in the order they are checked:
//!
//! - Quotations: no split inside a quotation that closes within the same
//!   paragraph, so a quoted statement of several sentences stays one unit
//!   with its attribution. A quote mark that never closes protects nothing.
//! - Photo credits: a parenthetical without an end mark of its own right
//!   after a sentence end (`… tanggung jawab. (Getty Images)`) stays with the
//!   sentence before it; the next split, if any, comes after the `)`.
//! - Abbreviations (only for a single `.` with nothing after it but
//!   whitespace): a title or prefix such as `Mr.`, `Dr.`, `St.`, `No.`,
//!   `Jl.`, `e.g.` never ends a sentence, and neither does a single capital
//!   letter (an initial: `George W. Bush`). Abbreviations that can also close
//!   a sentence (`U.S.`, `a.m.`, `Inc.`, `Jr.`, month names, and any dotted
//!   acronym such as `D.C.`) end one only when the next word is a typical
//!   sentence opener (`The`, `He`, `But`, `Namun`, …) or an opening quote:
//!   `the U.S. The talks` splits, `the U.S. President` does not. After
//!   `a.m.` and `p.m.` any capitalised word splits too (`at 7 a.m. Police
//!   closed ...`) unless it still dates the time: a day, a month, a zone
//!   (`8 p.m. EST`, `9 p.m. Jakarta time`). Indonesian text keeps ranks
//!   (`Letjen.`, `Kol.`) and titles (`KH.`) before names, and month
//!   abbreviations (`3 Agt. 2024`) that end a sentence only before an
//!   opener, as in English. `etc.`,
//!   `dll.`, `dsb.`, `dst.` and `tsb.` are ordinary words: mid-sentence they
//!   are followed by lowercase text and do not split; before a capital they
//!   close the sentence, as they do in practice.
//! - A number at the very start of a paragraph (`1. First point`) is a list
//!   enumerator, not a sentence.
//! - Attribution after a quote ending in `!` or `?` or `.`: when the closing
//!   quote is followed within four words by a speech verb (`“Stop!” Putin
//!   said.`), the quote and its attribution stay together.
//!
//! - Two sentences a page glued with no space after the full stop
//!   (`the beginning.Texas officials`): a lowercase word of three letters or
//!   more before the stop and a capitalised word after it part them.
//! - A read-also link glued to the sentence after it (`BACA JUGA: Presiden
//!   Kunjungi Korban Gempa di Cianjur Banjir besar melanda ...`) is parted
//!   from it before the sentence's first word (the furniture module says
//!   where), so that the link is furniture and the sentence content.
//!
//! Numbers such as `1.000` or `2.5` contain no whitespace after the point and
//! so never split; `’` between letters is an apostrophe, not a quote.
//!
//! Cost: one pass over each paragraph to pair quote marks and one pass to find
//! the ends; every look-ahead is bounded (a few words or 200 bytes), so the
//! time is linear in the input and the memory proportional to the number of
//! quote marks and units.

use crate::text::chars::{is_closing_quote, is_dash, is_opening_quote, is_quote_mark};
use crate::text::doc::Lang;
use crate::text::furniture;
use crate::text::normalize::collapse_whitespace;
use std::ops::Range;

/// One segmentation unit (a sentence, or several kept together).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The original text of the unit with every run of whitespace (including
    /// U+00A0, tabs and newlines) collapsed to one ASCII space, trimmed.
    pub text: String,
    /// The byte span of the unit in the input (first to last non-whitespace
    /// character), so callers can point back into the file.
    pub span: Range<usize>,
    /// The 0-based number of its paragraph, counting non-empty lines only.
    pub paragraph: u32,
    /// Whether the unit is the whole of its paragraph (title lines and
    /// furniture usually are).
    pub whole_paragraph: bool,
}

/// Splits `text` into paragraphs (non-empty lines) and sentence units.
///
/// Never panics; the units' non-whitespace characters, concatenated, are
/// exactly those of the input.
pub fn segment(text: &str, lang: Lang) -> Vec<Segment> {
    let rules = Rules::for_lang(lang);
    let mut out = Vec::new();
    let mut paragraph: u32 = 0;
    let mut line_start = 0usize;
    for line in text.split('\n') {
        let offset = line_start;
        line_start += line.len() + 1;
        if line.trim_start().is_empty() {
            continue;
        }
        let mut units = split_paragraph(line, &rules);
        part_glued_read_also_links(line, &mut units);
        let whole = units.len() == 1;
        for r in units {
            out.push(Segment {
                text: unit_text(&line[r.clone()]),
                span: offset + r.start..offset + r.end,
                paragraph,
                whole_paragraph: whole,
            });
        }
        // Saturating: more than 4 billion lines would not fit in memory
        // anyway, but the function must not panic.
        paragraph = paragraph.saturating_add(1);
    }
    out
}

/// Parts a read-also link from the sentence a page glued it to ("BACA
/// JUGA: Presiden Kunjungi Korban Gempa di Cianjur Banjir besar melanda
/// ..."; [`furniture::glued_read_also_start`]): the link becomes a unit of
/// its own, which is furniture, and the sentence another.
fn part_glued_read_also_links(line: &str, units: &mut Vec<Range<usize>>) {
    let mut k = 0;
    while k < units.len() {
        let r = units[k].clone();
        if let Some(at) = furniture::glued_read_also_start(&line[r.clone()]) {
            let cut = r.start + at;
            let link_end = r.start + line[r.start..cut].trim_end().len();
            units[k] = r.start..link_end;
            units.insert(k + 1, cut..r.end);
            k += 1;
        }
        k += 1;
    }
}

/// A unit's text, its whitespace collapsed: most units are collapsed
/// already, and are copied whole.
fn unit_text(s: &str) -> String {
    if is_collapsed(s) {
        s.to_owned()
    } else {
        collapse_whitespace(s)
    }
}

/// Whether `s` has no whitespace but single ASCII spaces between other
/// characters, so collapsing leaves it as it is.
fn is_collapsed(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Counted rather than searched for, so that the compiler vectorises the
    // loops over the bytes.
    let controls = b.iter().filter(|c| (b'\t'..=b'\r').contains(*c)).count();
    let double_spaces = b.windows(2).filter(|w| *w == b"  ").count();
    controls == 0
        && double_spaces == 0
        && (s.is_ascii() || !s.chars().any(|c| !c.is_ascii() && c.is_whitespace()))
}

// ---------------------------------------------------------------------------
// Word lists. All are sorted (byte order) and duplicate-free so that lookups
// can use binary search; a test checks it.

/// Titles and prefixes that precede a name or number and never end a
/// sentence, in any language (Indonesian renderings keep `Dr.`, `St.`, `Mr.`).
const NEVER_END_COMMON: &[&str] = &["Dr", "Mr", "Mrs", "Ms", "No", "Prof", "St", "Sta", "Sto"];

/// English abbreviations that never end a sentence: titles, and the
/// military ranks written before a name ("the team's youngest player, Pfc.
/// Erick Munoz-Velasco").
const NEVER_END_EN: &[&str] = &[
    "Adm", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Ens", "Gen", "Gov", "Lt", "Maj", "Mt", "Nos",
    "Pfc", "Pvt", "Rep", "Rev", "Sen", "Sfc", "Sgt", "Spc", "approx", "cf", "e.g", "i.e", "vs",
];

/// Indonesian abbreviations that never end a sentence (titles, military and
/// police ranks written before a name as in `Letjen. Budi` or `Kol. Yani`,
/// religious titles, address and region prefixes, letter formulas).
const NEVER_END_ID: &[&str] = &[
    "Bpk", "Brigjen", "Dra", "Drs", "H", "Hj", "Ir", "Irjen", "Jend", "Jl", "KH", "Kab", "Kapt",
    "Kec", "Kel", "Kol", "Kombes", "Komjen", "Laksda", "Laksdya", "Letjen", "Letkol", "Marsda",
    "Marsdya", "Mayjen", "Nn", "Ny", "Pdt", "Prov", "Sdr", "Sdri", "Tn", "Ust", "a.n", "dr", "u.p",
    "yth",
];

/// English abbreviations that may also end a sentence: they split only before
/// a sentence opener.
const MAY_END_EN: &[&str] = &[
    "Apr", "Aug", "Co", "Corp", "Dec", "E.U", "Feb", "Inc", "Jan", "Jr", "Jul", "Jun", "Ltd",
    "Mar", "Nov", "Oct", "Sep", "Sept", "Sr", "U.K", "U.N", "U.S", "a.m", "p.m",
];

/// Indonesian abbreviations that may also end a sentence: company suffixes,
/// `dkk.`, and the month abbreviations (`3 Agt. 2024`, `pada Okt. 2023`, and the
/// English forms Indonesian text keeps), which a year or day usually follows.
const MAY_END_ID: &[&str] = &[
    "Agt", "Agu", "Agus", "Apr", "Des", "Feb", "Jan", "Jul", "Jun", "Mar", "Nov", "Okt", "Sep",
    "Sept", "Tbk", "dkk",
];

/// English words that typically open a sentence; after an ambiguous
/// abbreviation (`U.S.`) only these allow a split.
const OPENERS_EN: &[&str] = &[
    "A",
    "According",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "But",
    "By",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "On",
    "One",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "With",
    "Yet",
    "You",
];

/// Indonesian words that typically open a sentence.
const OPENERS_ID: &[&str] = &[
    "Akan",
    "Bahkan",
    "Banyak",
    "Berdasarkan",
    "Dalam",
    "Dan",
    "Di",
    "Dia",
    "Hal",
    "Ia",
    "Ini",
    "Itu",
    "Jika",
    "Kami",
    "Kemudian",
    "Ketika",
    "Menurut",
    "Mereka",
    "Meski",
    "Meskipun",
    "Namun",
    "Oleh",
    "Pada",
    "Para",
    "Saat",
    "Sebelumnya",
    "Sebuah",
    "Sejak",
    "Selain",
    "Sementara",
    "Seorang",
    "Setelah",
    "Tetapi",
    "Untuk",
    "Yang",
];

/// English speech verbs: a quote followed by one of these within a few words
/// is still being attributed.
const SPEECH_EN: &[&str] = &[
    "according",
    "added",
    "adds",
    "announced",
    "answered",
    "asked",
    "asks",
    "claimed",
    "cried",
    "declared",
    "exclaimed",
    "explained",
    "insisted",
    "noted",
    "replied",
    "said",
    "say",
    "says",
    "screamed",
    "shouted",
    "stated",
    "states",
    "tells",
    "told",
    "warned",
    "writes",
    "wrote",
    "yelled",
];

/// Indonesian speech verbs.
const SPEECH_ID: &[&str] = &[
    "berkata",
    "berseru",
    "berteriak",
    "imbuh",
    "imbuhnya",
    "jawab",
    "jawabnya",
    "jelas",
    "jelasnya",
    "kata",
    "katanya",
    "menambahkan",
    "menegaskan",
    "mengatakan",
    "menjelaskan",
    "menurut",
    "seru",
    "serunya",
    "tanya",
    "tanyanya",
    "tegas",
    "tegasnya",
    "teriak",
    "teriaknya",
    "tutur",
    "ucap",
    "ujar",
    "ujarnya",
];

/// The lists that apply to one language.
struct Rules {
    never_end: &'static [&'static str],
    may_end: &'static [&'static str],
    openers: &'static [&'static str],
    speech: &'static [&'static str],
}

impl Rules {
    fn for_lang(lang: Lang) -> Rules {
        match lang {
            Lang::En => Rules {
                never_end: NEVER_END_EN,
                may_end: MAY_END_EN,
                openers: OPENERS_EN,
                speech: SPEECH_EN,
            },
            Lang::Id => Rules {
                never_end: NEVER_END_ID,
                may_end: MAY_END_ID,
                openers: OPENERS_ID,
                speech: SPEECH_ID,
            },
        }
    }
}

/// The longest entry of any word list, in bytes (a test checks it).
const MAX_LISTED_BYTES: usize = 12;

/// Looks `word` up in a sorted list; an all-lowercase entry also matches its
/// capitalised form (`yth` / `Yth`, `e.g` / `E.g`), as at a sentence start.
fn listed(list: &[&str], word: &str) -> bool {
    // Every entry is short; skipping long words keeps the lookup cheap.
    if word.len() > MAX_LISTED_BYTES {
        return false;
    }
    if list.binary_search(&word).is_ok() {
        return true;
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() => {
            let decap: String = first.to_lowercase().chain(chars).collect();
            !decap.chars().any(char::is_uppercase) && list.binary_search(&decap.as_str()).is_ok()
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Character classes.

/// Marks that can end a sentence.
fn is_end_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Characters that close a quotation or bracket and stay with the sentence
/// they follow.
fn is_closer(c: char) -> bool {
    is_closing_quote(c) || matches!(c, ')' | ']' | '}')
}

/// Characters that open a quotation or bracket (or a Spanish question or
/// exclamation).
fn is_opener(c: char) -> bool {
    is_opening_quote(c) || matches!(c, '(' | '[' | '{' | '¿' | '¡')
}

/// Whether `c` can start a new sentence.
fn starts_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_numeric() || is_opener(c)
}

/// Length in bytes of the leading run of `s` whose characters satisfy `pred`.
fn run_len(s: &str, pred: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !pred(c))
        .map_or(s.len(), |(i, _)| i)
}

/// The first character of `s`, or a space for an empty string (a space
/// starts nothing, so callers need no special case).
fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

// ---------------------------------------------------------------------------
// Quotations.

/// The spans of the quotations of one paragraph that close within it, as
/// byte offsets of the opening and closing marks. Double and single quotes are
/// paired separately; within each family the spans are disjoint and sorted,
/// so monotone queries can walk them with a cursor.
struct Quotations {
    double: Vec<(usize, usize)>,
    single: Vec<(usize, usize)>,
    double_at: usize,
    single_at: usize,
}

/// What a quote mark does at its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteRole {
    Open,
    Close,
    /// `"` with no flanking evidence: closes an open quotation, else opens.
    Toggle,
    /// An apostrophe or a mark that pairs with nothing.
    None,
}

impl Quotations {
    /// Pairs the quote marks of `line` in one pass.
    fn scan(line: &str) -> Quotations {
        let mut q = Quotations {
            double: Vec::new(),
            single: Vec::new(),
            double_at: 0,
            single_at: 0,
        };
        let mut open_double: Option<usize> = None;
        let mut open_single: Option<usize> = None;
        // Every quote mark is `"`, `'` or outside ASCII: jump from one such
        // character to the next, taking the characters around it from the
        // line.
        let bytes = line.as_bytes();
        let mut from = 0;
        while let Some(k) = bytes[from..]
            .iter()
            .position(|&b| b == b'"' || b == b'\'' || b >= 0xC0)
        {
            let i = from + k;
            let Some(c) = line[i..].chars().next() else {
                break;
            };
            from = i + c.len_utf8();
            if !is_quote_mark(c) {
                continue;
            }
            let prev = line[..i].chars().next_back();
            let next = line[from..].chars().next();
            let (double, role) = quote_role(c, prev, next, open_single.is_some());
            let (open, spans) = if double {
                (&mut open_double, &mut q.double)
            } else {
                (&mut open_single, &mut q.single)
            };
            let role = match role {
                QuoteRole::Toggle if open.is_some() => QuoteRole::Close,
                QuoteRole::Toggle => QuoteRole::Open,
                r => r,
            };
            match role {
                // A second opener while one is open means the first was a
                // stray mark; the newer one is the likelier partner.
                QuoteRole::Open => *open = Some(i),
                QuoteRole::Close => {
                    if let Some(o) = open.take() {
                        spans.push((o, i));
                    }
                }
                QuoteRole::Toggle | QuoteRole::None => {}
            }
        }
        q
    }

    /// Whether byte offset `pos` lies strictly inside a closed quotation.
    /// Successive calls must pass non-decreasing offsets.
    fn protects(&mut self, pos: usize) -> bool {
        inside(&self.double, &mut self.double_at, pos)
            || inside(&self.single, &mut self.single_at, pos)
    }
}

/// Cursor walk over disjoint sorted spans: is `pos` strictly inside one?
fn inside(spans: &[(usize, usize)], at: &mut usize, pos: usize) -> bool {
    while *at < spans.len() && spans[*at].1 <= pos {
        *at += 1;
    }
    spans
        .get(*at)
        .is_some_and(|&(open, close)| open < pos && pos < close)
}

/// Classifies a quote mark: whether it is of the double family, and its role.
/// Flanking decides where the glyph is ambiguous or misused: a mark with
/// whitespace (or nothing) before and text after opens, one with text before
/// and whitespace or punctuation after closes.
fn quote_role(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    single_open: bool,
) -> (bool, QuoteRole) {
    // Not a quote mark (nearly every character): skip the flanking tests.
    if !is_quote_mark(c) {
        return (true, QuoteRole::None);
    }
    let left = prev.is_none_or(|p| p.is_whitespace() || is_opener(p) || is_dash_or_colon(p))
        && next.is_some_and(|n| !n.is_whitespace());
    let right = prev.is_some_and(|p| !p.is_whitespace() && !is_opener(p))
        && next.is_none_or(|n| !n.is_alphanumeric());
    let between_letters =
        prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
    match c {
        '“' | '„' | '«' | '「' | '『' => (
            true,
            if right && !left {
                QuoteRole::Close
            } else {
                QuoteRole::Open
            },
        ),
        '”' | '»' | '」' | '』' => (
            true,
            if left && !right {
                QuoteRole::Open
            } else {
                QuoteRole::Close
            },
        ),
        '"' => (
            true,
            match (left, right) {
                (true, false) => QuoteRole::Open,
                (false, true) => QuoteRole::Close,
                _ => QuoteRole::Toggle,
            },
        ),
        '‘' | '‚' | '‹' => (
            false,
            if right && !left {
                QuoteRole::Close
            } else {
                QuoteRole::Open
            },
        ),
        // ’ and ' between letters are apostrophes (Afghanistan’s, don't); a
        // trailing one closes only an open single quotation, otherwise it is
        // a plural possessive (members’).
        '’' | '›' | '\'' => {
            let role = if between_letters {
                QuoteRole::None
            } else if c == '\'' && left && !right {
                QuoteRole::Open
            } else if single_open && (right || !left) {
                QuoteRole::Close
            } else {
                QuoteRole::None
            };
            (false, role)
        }
        _ => (true, QuoteRole::None),
    }
}

/// What can stand before an opening quote in place of a space: a dash or a
/// colon.
fn is_dash_or_colon(c: char) -> bool {
    is_dash(c) || c == ':'
}

// ---------------------------------------------------------------------------
// The splitter.

/// The longest parenthetical (in bytes) still taken for a photo credit.
const MAX_CREDIT_BYTES: usize = 200;

/// How far (in words) after a closing quote a speech verb still attributes it.
const ATTRIBUTION_WORDS: usize = 4;

/// Splits one paragraph (a line with some non-whitespace) into unit ranges,
/// trimmed, relative to the line.
fn split_paragraph(line: &str, rules: &Rules) -> Vec<Range<usize>> {
    let mut quotes = Quotations::scan(line);
    let para_start = line.len() - line.trim_start().len();
    let mut cuts: Vec<usize> = Vec::new();
    // Where the search for the next end mark resumes, and the lowest offset
    // the word before an end mark can start at.
    let mut from = 0usize;
    let mut word_floor = 0usize;
    while let Some(i) = next_end_mark(line, from) {
        let after_marks = i + run_len(&line[i..], is_end_mark);
        let after_closers = after_marks + run_len(&line[after_marks..], is_closer);
        let gap = run_len(&line[after_closers..], char::is_whitespace);
        from = after_closers + gap;
        if gap == 0 {
            // No whitespace: inside a token (U.S.-led, 2.5, example.com),
            // unless two sentences were glued where a page lost the space
            // between its paragraphs ("only the beginning.Texas officials").
            if &line[i..after_closers] == "."
                && glued_sentence_start(
                    &line[word_start(line, word_floor, i)..i],
                    &line[after_closers..],
                )
                && !quotes.protects(after_closers)
            {
                cuts.push(after_closers);
                word_floor = after_closers;
            }
            continue;
        }
        let next = after_closers + gap;
        let token_start = word_start(line, word_floor, i);
        word_floor = next;
        if next >= line.len() {
            break;
        }
        if quotes.protects(after_closers) {
            continue;
        }
        let rest = &line[next..];
        let nc = first_char(rest);
        if nc == '(' {
            if let Some(len) = credit_len(rest) {
                // The credit stays with this sentence; look for an end after it.
                let after = next + len;
                let gap2 = run_len(&line[after..], char::is_whitespace);
                let next2 = after + gap2;
                from = next2;
                word_floor = next2;
                if gap2 > 0 && next2 < line.len() {
                    let nc2 = first_char(&line[next2..]);
                    if nc2 != '(' && starts_sentence(nc2) && !quotes.protects(after) {
                        cuts.push(next2);
                    }
                }
                continue;
            }
        }
        if !starts_sentence(nc) {
            continue;
        }
        let bare_period = &line[i..after_marks] == "." && after_closers == after_marks;
        if bare_period
            && !period_ends_sentence(
                &line[token_start..i],
                rest,
                rules,
                token_start == para_start,
            )
        {
            continue;
        }
        let closed_quote = line[after_marks..after_closers]
            .chars()
            .any(is_closing_quote);
        if closed_quote && attribution_follows(rest, rules) {
            continue;
        }
        cuts.push(next);
    }
    let mut units = Vec::with_capacity(cuts.len() + 1);
    let mut start = para_start;
    for cut in cuts.into_iter().chain(std::iter::once(line.len())) {
        let end = start + line[start..cut].trim_end().len();
        if end > start {
            units.push(start..end);
        }
        start = cut;
    }
    units
}

/// Shortest lowercase word that may end a sentence glued to the next one: a
/// shorter one is more likely a part of a token ("e.g", "vs").
const GLUED_MIN_WORD_CHARS: usize = 3;

/// Whether a full stop with no space after it ends the sentence of `word`
/// and `rest` starts the next: a lowercase word of a few letters before it,
/// a capitalised word after it ("beginning.Texas officials"). A domain name
/// ("voanews.com"), a file name or a decimal has no capital after the dot;
/// a dotted short form ("U.S.Army") no lowercase word before it.
fn glued_sentence_start(word: &str, rest: &str) -> bool {
    let letters = word.chars().count();
    let before = letters >= GLUED_MIN_WORD_CHARS
        && word.chars().all(|c| c.is_alphabetic() && c.is_lowercase());
    let mut next = rest.chars();
    let after = next.next().is_some_and(char::is_uppercase) && {
        let tail: String = next.take_while(|c| c.is_alphabetic()).collect();
        tail.chars().count() >= 2 && tail.chars().all(char::is_lowercase)
    };
    before && after
}

/// The offset of the first end mark ([`is_end_mark`]) at or after `from`,
/// a character boundary. A byte search: the marks are ASCII but for `…`,
/// whose first byte no other byte of UTF-8 text can be mistaken for.
fn next_end_mark(line: &str, from: usize) -> Option<usize> {
    const ELLIPSIS: &[u8] = "…".as_bytes();
    let bytes = line.as_bytes();
    let mut at = from;
    loop {
        at += bytes[at..]
            .iter()
            .position(|&b| matches!(b, b'.' | b'!' | b'?') || b == ELLIPSIS[0])?;
        if bytes[at] != ELLIPSIS[0] || bytes[at..].starts_with(ELLIPSIS) {
            return Some(at);
        }
        at += 1;
    }
}

/// Where the word ending at `end` starts: after the last whitespace of
/// `line[floor..end]`, or at `floor` when there is none. Searching back from
/// each sentence end instead of noting every whitespace on the way keeps the
/// forward scan to a byte search; each search stops at the floor, which then
/// moves past `end`, so the text is searched back once at most.
fn word_start(line: &str, floor: usize, end: usize) -> usize {
    line[floor..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(floor, |(j, c)| floor + j + c.len_utf8())
}

/// Whether a single `.` after `token` (the word it ends, leading brackets
/// included) ends a sentence, given the text after the whitespace.
fn period_ends_sentence(token: &str, rest: &str, rules: &Rules, paragraph_start: bool) -> bool {
    let word = token.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut chars = word.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return true;
    };
    // An initial: George W. Bush, J. K. Rowling.
    if second.is_none() && first.is_uppercase() {
        return false;
    }
    if listed(NEVER_END_COMMON, word) || listed(rules.never_end, word) {
        return false;
    }
    // An ordinal before a rank abbreviation is part of the rank ("2nd. Lt.
    // Brandon Cobb", a common slip for "2nd Lt.").
    if is_ordinal(word) {
        let next = rest.split_whitespace().next().unwrap_or_default();
        if let Some(rank) = next.strip_suffix('.') {
            if listed(rules.never_end, rank) {
                return false;
            }
        }
    }
    // A list enumerator: "1. The first point".
    if paragraph_start && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    if matches!(word, "a.m" | "p.m") {
        return next_is_opener(rest, rules) || clause_follows_clock_time(rest);
    }
    if listed(rules.may_end, word) || is_dotted_acronym(word) {
        return next_is_opener(rest, rules);
    }
    true
}

/// `1st`, `22nd`, `3rd`, `4th`: digits and an English ordinal ending.
fn is_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// Words that go on a clock time's sentence: days, months and the words of
/// zones (`7 a.m. Monday`, `9 p.m. Eastern`), sorted.
const CLOCK_TIME_FOLLOWERS: &[&str] = &[
    "April",
    "August",
    "Central",
    "December",
    "Eastern",
    "February",
    "Friday",
    "January",
    "July",
    "June",
    "March",
    "May",
    "Monday",
    "Mountain",
    "November",
    "October",
    "Pacific",
    "Saturday",
    "September",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

/// After `a.m.` or `p.m.`, a capitalised word starts a new sentence (`at 7
/// a.m. Police closed the road`) unless it still dates the time: a day, a
/// month, a zone word or abbreviation (`GMT`), or a place before `time`
/// (`9 p.m. Jakarta time`).
fn clause_follows_clock_time(rest: &str) -> bool {
    let mut words = rest
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let Some(next) = words.next() else {
        return false;
    };
    let capitalised = next.chars().next().is_some_and(char::is_uppercase);
    let all_caps = next.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    let zone_before_time = words.any(|w| w.eq_ignore_ascii_case("time"));
    capitalised
        && !all_caps
        && !zone_before_time
        && CLOCK_TIME_FOLLOWERS.binary_search(&next).is_err()
}

/// `U.S`, `a.m`, `D.C`: single letters joined by dots (the final dot is the
/// candidate end mark and not part of `word`).
fn is_dotted_acronym(word: &str) -> bool {
    word.len() <= MAX_LISTED_BYTES
        && word.contains('.')
        && word.split('.').all(|part| {
            let mut cs = part.chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic())
        })
}

/// Whether `rest` starts with an opening quote or a typical sentence opener.
fn next_is_opener(rest: &str, rules: &Rules) -> bool {
    let first = first_char(rest);
    if is_opener(first) && first != '(' && first != '[' {
        return true;
    }
    let word_len = run_len(rest, char::is_alphabetic);
    // Openers are short words; a long run is not one (and stays cheap).
    word_len <= 24 && rules.openers.binary_search(&&rest[..word_len]).is_ok()
}

/// Whether a speech verb follows within a few words, before any sentence end
/// (`“Why not?” Putin asked.`).
fn attribution_follows(rest: &str, rules: &Rules) -> bool {
    for word in rest.split_whitespace().take(ATTRIBUTION_WORDS) {
        let bare = word.trim_matches(|c: char| !c.is_alphabetic());
        if bare.len() <= 24
            && rules
                .speech
                .binary_search(&bare.to_lowercase().as_str())
                .is_ok()
        {
            return true;
        }
        if word.chars().any(is_end_mark) {
            break;
        }
    }
    false
}

/// If `rest` starts (with its `(`) with a short parenthetical that does not
/// end with a sentence mark of its own, its length in bytes up to and including the
/// closing `)`. `(Getty Images)` qualifies; `(He later denied it.)` is a
/// sentence and does not.
fn credit_len(rest: &str) -> Option<usize> {
    // Credits hold no nested parentheses; stopping at the next `(` means
    // each scan covers text no other scan covers, which keeps the splitter
    // linear on inputs such as "A. (A. (A. (".
    for (i, c) in rest.char_indices().skip(1) {
        if i > MAX_CREDIT_BYTES {
            return None;
        }
        match c {
            '(' => return None,
            ')' => {
                let inner = rest[1..i].trim_end();
                let last = inner.chars().next_back()?;
                return (!is_end_mark(last)).then_some(i + 1);
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod reference_tests;

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_ID: &str = include_str!("../../../data/seeds/000_31f64dc309fd023f.txt");
    const SEED_VOA: &str = include_str!("../../../data/seeds/001_3e425f8097483d0b.txt");
    const SEED_002: &str = include_str!("../../../data/seeds/002_45c968010e991f99.txt");
    const SEED_003: &str = include_str!("../../../data/seeds/003_61f1ce00a828e056.txt");

    fn texts(s: &str, lang: Lang) -> Vec<String> {
        segment(s, lang).into_iter().map(|u| u.text).collect()
    }

    fn en(s: &str) -> Vec<String> {
        texts(s, Lang::En)
    }

    fn non_ws(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    /// Nothing lost, spans in order and consistent with the texts.
    fn check_invariants(input: &str, lang: Lang) {
        let segs = segment(input, lang);
        let joined: String = segs.iter().map(|s| non_ws(&s.text)).collect();
        assert_eq!(joined, non_ws(input), "characters lost or added");
        let mut last_end = 0;
        let mut last_para = None;
        for s in &segs {
            assert!(s.span.start >= last_end && s.span.start < s.span.end);
            assert_eq!(collapse_whitespace(&input[s.span.clone()]), s.text);
            assert!(!s.text.is_empty());
            assert!(last_para.is_none_or(|p| s.paragraph == p || s.paragraph == p + 1));
            last_para = Some(s.paragraph);
            last_end = s.span.end;
        }
    }

    #[test]
    fn a_read_also_link_glued_to_a_sentence_is_parted_from_it() {
        let glued = "BACA JUGA: Presiden Kunjungi Korban Gempa di Cianjur Banjir besar melanda kota Semarang pada hari Senin.";
        assert_eq!(
            texts(glued, Lang::Id),
            [
                "BACA JUGA: Presiden Kunjungi Korban Gempa di Cianjur",
                "Banjir besar melanda kota Semarang pada hari Senin."
            ]
        );
        check_invariants(glued, Lang::Id);
        // The link alone, a short one, and ordinary sentences stay whole.
        for whole in [
            "BACA JUGA: Presiden Kunjungi Korban Gempa di Cianjur",
            "Baca juga: Banjir melanda Semarang.",
            "Banjir besar melanda kota Semarang pada hari Senin.",
            "Bacaan itu dibacakan oleh Presiden di depan para anggota dewan pada hari Senin.",
        ] {
            assert_eq!(texts(whole, Lang::Id), [whole], "{whole}");
        }
    }

    #[test]
    fn an_ordinal_before_a_rank_is_part_of_the_rank() {
        // "2nd. Lt." is a slip for "2nd Lt.": the attribution stays with
        // its quotation.
        assert_eq!(
            en("\"They gave us a battle,\" Air Force midfielder, 2nd. Lt. Brandon Cobb said. \"But we kept the ball.\""),
            [
                "\"They gave us a battle,\" Air Force midfielder, 2nd. Lt. Brandon Cobb said.",
                "\"But we kept the ball.\"",
            ]
        );
        // An ordinal that ends a sentence still ends it.
        assert_eq!(
            en("She finished 2nd. Officials said the race was close."),
            ["She finished 2nd.", "Officials said the race was close."]
        );
    }

    #[test]
    fn sentences_glued_without_a_space_are_parted() {
        let glued = "Many feared that toll was only the beginning.Texas officials say they expect more victims.";
        assert_eq!(
            en(glued),
            [
                "Many feared that toll was only the beginning.",
                "Texas officials say they expect more victims."
            ]
        );
        check_invariants(glued, Lang::En);
        // Tokens with a dot inside stay whole.
        for whole in [
            "Read it at voanews.com today.",
            "The U.S.-led force left.",
            "Growth was 2.5 percent.",
            "He joined the U.S.Army in 2001.",
            "See e.g.The Times for more.",
            "Send it to report.PDF now.",
        ] {
            assert_eq!(en(whole), [whole], "{whole}");
        }
    }

    #[test]
    fn word_lists_are_sorted_and_unique() {
        for list in [
            NEVER_END_COMMON,
            NEVER_END_EN,
            NEVER_END_ID,
            MAY_END_EN,
            MAY_END_ID,
            OPENERS_EN,
            OPENERS_ID,
            SPEECH_EN,
            SPEECH_ID,
            CLOCK_TIME_FOLLOWERS,
        ] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "not sorted/unique: {list:?}"
            );
            assert!(
                list.iter().all(|w| w.len() <= MAX_LISTED_BYTES),
                "too long: {list:?}"
            );
        }
    }

    #[test]
    fn seed_000_gives_the_21_units_of_the_notes() {
        let segs = segment(SEED_ID, Lang::Id);
        let t: Vec<&str> = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(t.len(), 21, "{t:#?}");
        assert!(t[0].starts_with("Rusia dapat mengambil Taliban"));
        assert!(t[1].starts_with("BaruAnda sekarang"));
        assert!(t[6].starts_with("Sekretaris Person Kremlin"));
        assert!(t[6].ends_with("Rusia. (Gambar Getty)"));
        assert!(t[11].starts_with("Sebuah mobil dari Federal Security Service"));
        assert!(t[11].ends_with("di luar Moskow."));
        assert!(t[12].starts_with("Anak perusahaan Afghanistan"));
        assert!(t[12].ends_with("tanggung jawab. (Olga Maltseva/AFP via Getty Images)"));
        assert!(t[13].starts_with("Rusia menderita serangan teror terburuk"));
        assert!(t[16].starts_with("Klik di sini"));
        assert!(t[17].ends_with("(Wakil Kohsar/AFP via Getty Images)"));
        assert!(t[20].starts_with("Para pemimpin ISIS"));
        assert!(t[20].ends_with("kontrol regional Afghanistan."));
        // Quotations with attribution stay whole.
        assert!(t[4].starts_with("“Ini adalah") && t[4].ends_with("menurut Reuters."));
        assert!(t[8].ends_with("kata Peskov."));
        assert!(t[9].contains("baru -baru ini"));
        assert!(t[19].contains("cabang -cabang"));
        // Paragraphs: line 12 is one paragraph of two units; the blank line
        // takes no number.
        assert_eq!(segs[11].paragraph, segs[12].paragraph);
        assert!(!segs[11].whole_paragraph && !segs[12].whole_paragraph);
        assert_eq!(segs[20].paragraph, 19);
        assert_eq!(segs.iter().filter(|s| s.whole_paragraph).count(), 19);
        check_invariants(SEED_ID, Lang::Id);
    }

    #[test]
    fn seed_001_units() {
        let t = en(SEED_VOA);
        assert_eq!(t.len(), 18, "{t:#?}");
        assert_eq!(
            t[0],
            "Russia: Taliban could be removed from terror blacklist"
        );
        assert!(t[1].starts_with("ISLAMABAD — Russia said Tuesday"));
        assert!(t[2].starts_with("“The fact is") && t[2].ends_with("news agency TASS."));
        assert_eq!(
            t[3],
            "“We have to resolve pressing issues, which also requires dialogue. In fact, we \
             are in contact with them just like everyone else,” Peskov stated."
        );
        assert_eq!(
            t[4],
            "“They are actually the ones who are in power in Afghanistan.”"
        );
        assert!(t[6].contains("with U.S. intelligence officials"));
        assert!(t[8].starts_with("“You have said yourself") && t[8].contains("Let’s wait"));
        assert!(t[11].contains("after the U.S.-led foreign troops"));
        assert!(t[12].starts_with("No foreign country"));
        assert!(t[13].ends_with("from May 14 to 19."));
        assert!(t[14].ends_with("after the Taliban takeover."));
        assert!(t[15].starts_with("The U.S. and Western countries"));
        assert_eq!(t[16], "your ad here");
        assert_eq!(t[17], "leave a reply:");
        check_invariants(SEED_VOA, Lang::En);
    }

    #[test]
    fn seed_002_units() {
        let t = en(SEED_002);
        assert_eq!(t.len(), 16, "{t:#?}");
        assert!(t[1].ends_with("said on Friday."));
        assert!(t[2].starts_with("Alexander Bortnikov, head of the Federal Security Service (FSB)"));
        assert!(
            t[4].starts_with("\"The Russian leadership") && t[4].contains("adding that extensive")
        );
        assert_eq!(t[6], "Putin affirms Taliban as allies against terrorism");
        assert!(t[9].starts_with("In July,") && t[9].ends_with("against terrorism."));
        assert!(
            t[11].starts_with("\"The Taliban movement has made certain promises... but in general")
        );
        assert!(t[11].ends_with("counterterrorism efforts."));
        assert_eq!(t[12], "Post a Comment");
        assert_eq!(t[13], "0 Comments");
        assert_eq!(t[14], "* Please Don't Spam Here.");
        assert_eq!(t[15], "All the Comments are Reviewed by Admin.");
        check_invariants(SEED_002, Lang::En);
    }

    #[test]
    fn seed_003_units() {
        let t = en(SEED_003);
        assert_eq!(t.len(), 26, "{t:#?}");
        assert_eq!(t[0], "AfghanistanGeo-politicsHighlights news");
        assert_eq!(t[1], "Putin Says ‘Taliban Are Our Allies’");
        assert_eq!(t[2], "July 6, 2024 3:25 am");
        assert_eq!(t[3], "Putin Says 'Taliban Are Our Allies'");
        assert_eq!(t[6], "Because they are controlling Afghanistan.");
        assert!(t[9].ends_with("“build relations” with the Taliban government."));
        assert_eq!(
            t[10],
            "The Russian president said, “We must accept that the Taliban is controlling the \
             power in Afghanistan.”"
        );
        assert!(t[11].starts_with("And in this sense"));
        assert!(t[13].ends_with("the Islamic State of Khorasan (ISK)."));
        assert!(t[14].starts_with("Last March"));
        assert!(t[19].contains("many problems; The solution"));
        assert_eq!(t[24], "Related Articles");
        assert_eq!(t[25], "Back to top button");
        check_invariants(SEED_003, Lang::En);
    }

    #[test]
    fn paragraphs_are_lines_and_blank_lines_are_skipped() {
        let segs = segment("One.\nTwo. Three.\n\n \u{a0}\t\nFour", Lang::En);
        let got: Vec<(&str, u32, bool)> = segs
            .iter()
            .map(|s| (s.text.as_str(), s.paragraph, s.whole_paragraph))
            .collect();
        assert_eq!(
            got,
            [
                ("One.", 0, true),
                ("Two.", 1, false),
                ("Three.", 1, false),
                ("Four", 2, true)
            ]
        );
        assert_eq!(segs[1].span, 5..9);
        assert_eq!(segs[3].span, 23..27);
        assert!(segment("", Lang::En).is_empty());
        assert!(segment("\n\n \u{a0}\n", Lang::Id).is_empty());
    }

    #[test]
    fn whitespace_is_collapsed_and_spans_point_into_the_input() {
        let input = "  A\u{a0}\u{a0}cat\tsat.\u{a0} The  dog ran.  ";
        let segs = segment(input, Lang::En);
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[0].text, "A cat sat.");
        assert_eq!(segs[1].text, "The dog ran.");
        assert_eq!(&input[segs[0].span.clone()], "A\u{a0}\u{a0}cat\tsat.");
        assert_eq!(&input[segs[1].span.clone()], "The  dog ran.");
    }

    /// Runs table cases: each input and its expected units joined by " | ".
    fn check(lang: Lang, cases: &[(&str, &str)]) {
        for (input, want) in cases {
            assert_eq!(texts(input, lang).join(" | "), *want, "input: {input}");
            check_invariants(input, lang);
        }
    }

    #[test]
    fn basic_end_marks() {
        check(
            Lang::En,
            &[
                (
                    "He left. She stayed! Why? 12 stayed.",
                    "He left. | She stayed! | Why? | 12 stayed.",
                ),
                ("Wait… Then it came.", "Wait… | Then it came."),
                ("Wait... Then it came.", "Wait... | Then it came."),
                ("Really?! Yes.", "Really?! | Yes."),
                // Lowercase after the mark: no split.
                ("It fell to 3 p. and rose.", "It fell to 3 p. and rose."),
                ("He said no. then left", "He said no. then left"),
                // An opening quote or bracket starts a sentence.
                (
                    "He left. “We won,” she said.",
                    "He left. | “We won,” she said.",
                ),
                ("He left. [Editor] Fine.", "He left. | [Editor] Fine."),
            ],
        );
    }

    #[test]
    fn english_abbreviations() {
        check(
            Lang::En,
            &[
                (
                    "Mr. Smith met Dr. Jones and Gen. Lee.",
                    "Mr. Smith met Dr. Jones and Gen. Lee.",
                ),
                (
                    "Sen. Rep. Gov. Col. Lt. Sgt. Capt. Rev. Prof. Mrs. Ms. Kay",
                    "Sen. Rep. Gov. Col. Lt. Sgt. Capt. Rev. Prof. Mrs. Ms. Kay",
                ),
                // A military rank before a name.
                (
                    "The best chance came when the youngest player, Pfc. Erick Munoz-Velasco, broke free.",
                    "The best chance came when the youngest player, Pfc. Erick Munoz-Velasco, broke free.",
                ),
                (
                    "Spc. Ana Ruiz and Cpl. Tom Lee met Pvt. Kim and Cmdr. Jo.",
                    "Spc. Ana Ruiz and Cpl. Tom Lee met Pvt. Kim and Cmdr. Jo.",
                ),
                (
                    "He lives on St. James Street.",
                    "He lives on St. James Street.",
                ),
                (
                    "It is No. 5 on the list. Nos. 6 and 7 follow.",
                    "It is No. 5 on the list. | Nos. 6 and 7 follow.",
                ),
                (
                    "Fruit, e.g. Apples, i.e. Red ones, approx. Ten, vs. Pears.",
                    "Fruit, e.g. Apples, i.e. Red ones, approx. Ten, vs. Pears.",
                ),
                (
                    "On Sept. 11 and Jan. 6 it rained.",
                    "On Sept. 11 and Jan. 6 it rained.",
                ),
                (
                    "Acme Inc. Chief Jones and Bob Jr. Spoke.",
                    "Acme Inc. Chief Jones and Bob Jr. Spoke.",
                ),
                // Ambiguous abbreviations end a sentence before a typical opener.
                (
                    "He flew to the U.S. The talks began.",
                    "He flew to the U.S. | The talks began.",
                ),
                ("The U.S. President spoke.", "The U.S. President spoke."),
                ("The U.K. But not France.", "The U.K. | But not France."),
                (
                    "It began at 9 a.m. Monday and ended at 5 p.m. They left.",
                    "It began at 9 a.m. Monday and ended at 5 p.m. | They left.",
                ),
                (
                    "He moved to Washington, D.C. In 2020 he left.",
                    "He moved to Washington, D.C. | In 2020 he left.",
                ),
                (
                    "He joined Acme Inc. “It was fun,” he said.",
                    "He joined Acme Inc. | “It was fun,” he said.",
                ),
                ("the U.S.-led troops left.", "the U.S.-led troops left."),
                // etc. mid-sentence does not split; before a capital it ends one.
                (
                    "Apples, pears, etc. were sold.",
                    "Apples, pears, etc. were sold.",
                ),
                (
                    "Apples, pears, etc. Prices rose.",
                    "Apples, pears, etc. | Prices rose.",
                ),
                // Case matters: "no." is a word, "No." an abbreviation.
                ("He said no. The end.", "He said no. | The end."),
                // A lowercase entry, capitalised at a sentence start.
                ("E.g. Apples. Fine.", "E.g. Apples. | Fine."),
                // Closers after the period: the sentence ends even after an abbreviation.
                (
                    "“He lives in the U.S.” Then he left.",
                    "“He lives in the U.S.” | Then he left.",
                ),
            ],
        );
    }

    #[test]
    fn indonesian_abbreviations() {
        check(
            Lang::Id,
            &[
                (
                    "Tn. Budi dan Ny. Sari tiba. Mereka lelah.",
                    "Tn. Budi dan Ny. Sari tiba. | Mereka lelah.",
                ),
                (
                    "Rumahnya di Jl. Sudirman No. 5, Kab. Bogor, Kec. Cibinong, Prov. Jawa Barat.",
                    "Rumahnya di Jl. Sudirman No. 5, Kab. Bogor, Kec. Cibinong, Prov. Jawa Barat.",
                ),
                (
                    "Bpk. Ahmad, Sdr. Budi, Nn. Ani, H. Umar, Hj. Siti, Dr. Lia, Prof. Ali hadir.",
                    "Bpk. Ahmad, Sdr. Budi, Nn. Ani, H. Umar, Hj. Siti, Dr. Lia, Prof. Ali hadir.",
                ),
                (
                    "Yth. Bapak Menteri. Dengan hormat.",
                    "Yth. Bapak Menteri. | Dengan hormat.",
                ),
                (
                    "Surat a.n. Kepala Dinas u.p. Bagian Umum dikirim.",
                    "Surat a.n. Kepala Dinas u.p. Bagian Umum dikirim.",
                ),
                (
                    "Buah, sayur, dll. dijual. Harga naik.",
                    "Buah, sayur, dll. dijual. | Harga naik.",
                ),
                (
                    "Kasus tsb. Polisi menyelidiki.",
                    "Kasus tsb. | Polisi menyelidiki.",
                ),
                (
                    "Ia bertemu di St. Petersburg, Rusia. Kemudian pulang.",
                    "Ia bertemu di St. Petersburg, Rusia. | Kemudian pulang.",
                ),
                // Santa, Santo: a Spanish or Filipino saint's name
                (
                    "Pemiliknya, Sta. Rosa Shipping Lines, diperiksa. Kapal ditahan.",
                    "Pemiliknya, Sta. Rosa Shipping Lines, diperiksa. | Kapal ditahan.",
                ),
                (
                    "PT Bank Rakyat Tbk. Namun sahamnya turun.",
                    "PT Bank Rakyat Tbk. | Namun sahamnya turun.",
                ),
                // ranks and religious titles before a name
                (
                    "Letjen. Budi tiba. Kol. Yani, Brigjen. Ahmad dan KH. Ma'ruf hadir.",
                    "Letjen. Budi tiba. | Kol. Yani, Brigjen. Ahmad dan KH. Ma'ruf hadir.",
                ),
                // month abbreviations before a day or year; before an opener they end
                (
                    "Gempa terjadi pada 3 Agt. 2024 di Lombok. Banjir pada Okt. 2023.",
                    "Gempa terjadi pada 3 Agt. 2024 di Lombok. | Banjir pada Okt. 2023.",
                ),
                (
                    "Sidang ditunda hingga Sept. Namun terdakwa ditahan.",
                    "Sidang ditunda hingga Sept. | Namun terdakwa ditahan.",
                ),
            ],
        );
    }

    #[test]
    fn a_clock_time_ends_a_sentence_before_a_new_clause() {
        check(
            Lang::En,
            &[
                (
                    "The blast happened at 7 a.m. Police closed the road.",
                    "The blast happened at 7 a.m. | Police closed the road.",
                ),
                (
                    "The vote opens at 7 a.m. Monday and closes at 8 p.m. EST.",
                    "The vote opens at 7 a.m. Monday and closes at 8 p.m. EST.",
                ),
                (
                    "It ended at 9 p.m. Jakarta time. It was late.",
                    "It ended at 9 p.m. Jakarta time. | It was late.",
                ),
                (
                    "Polls close at 8 p.m. Eastern Standard Time.",
                    "Polls close at 8 p.m. Eastern Standard Time.",
                ),
            ],
        );
    }

    #[test]
    fn initials_do_not_end_sentences() {
        check(
            Lang::En,
            &[(
                "George W. Bush met J. K. Rowling. They talked.",
                "George W. Bush met J. K. Rowling. | They talked.",
            )],
        );
        check(
            Lang::Id,
            &[(
                "Presiden B. J. Habibie datang.",
                "Presiden B. J. Habibie datang.",
            )],
        );
    }

    #[test]
    fn numbers_never_split() {
        check(
            Lang::Id,
            &[(
                "Harganya Rp 1.000 dan 2.5 persen, atau 3.25 kali.",
                "Harganya Rp 1.000 dan 2.5 persen, atau 3.25 kali.",
            )],
        );
        check(
            Lang::En,
            &[
                (
                    "It killed 137 people. 180 were hurt.",
                    "It killed 137 people. | 180 were hurt.",
                ),
                // A number opening the paragraph is a list enumerator.
                (
                    "1. The first point. 2. The second.",
                    "1. The first point. | 2. | The second.",
                ),
            ],
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        check(
            Lang::Id,
            &[(
                "“Kami berkomunikasi dengan mereka,” kata Peskov. Dia pergi.",
                "“Kami berkomunikasi dengan mereka,” kata Peskov. | Dia pergi.",
            )],
        );
        check(
            Lang::En,
            &[
                ("He said “no.” Then left.", "He said “no.” | Then left."),
                ("He said ‘no.’ Then left.", "He said ‘no.’ | Then left."),
                (
                    "It ended (finally.) Then more.",
                    "It ended (finally.) | Then more.",
                ),
            ],
        );
    }

    #[test]
    fn quotations_of_several_sentences_stay_whole() {
        check(Lang::En, &[
            (
                "“We have to resolve pressing issues, which also requires dialogue. In fact, we \
                 are in contact with them just like everyone else,” Peskov stated. “They are \
                 actually the ones who are in power in Afghanistan.”",
                "“We have to resolve pressing issues, which also requires dialogue. In fact, we \
                 are in contact with them just like everyone else,” Peskov stated. | “They are \
                 actually the ones who are in power in Afghanistan.”",
            ),
            ("\"One. Two. Three,\" he said. Next.", "\"One. Two. Three,\" he said. | Next."),
            ("He said, 'One. Two.' Then left.", "He said, 'One. Two.' | Then left."),
            ("«Un. Deux.» Fin.", "«Un. Deux.» | Fin."),
            // A quote that never closes protects nothing.
            ("He said “One. Two. Three.", "He said “One. | Two. | Three."),
            ("A stray ” mark. Then more. End.", "A stray ” mark. | Then more. | End."),
            // A stray opener before a real quotation does not swallow the text between.
            ("One “stray. Then “Two. Three,” he said.", "One “stray. | Then “Two. Three,” he said."),
            // Apostrophes are not quotes.
            (
                "Afghanistan’s rulers left. Let’s wait. Members’ votes count. Don't go.",
                "Afghanistan’s rulers left. | Let’s wait. | Members’ votes count. | Don't go.",
            ),
            // Ellipsis inside a quote followed by lowercase.
            (
                "\"They made promises... but in general, fine,\" he said.",
                "\"They made promises... but in general, fine,\" he said.",
            ),
        ]);
    }

    #[test]
    fn attribution_after_a_quoted_exclamation_stays() {
        check(
            Lang::En,
            &[
                (
                    "“Stop!” Putin said. He left.",
                    "“Stop!” Putin said. | He left.",
                ),
                (
                    "“Why not?” the minister asked.",
                    "“Why not?” the minister asked.",
                ),
                (
                    "“We won.” And then we lost.",
                    "“We won.” | And then we lost.",
                ),
            ],
        );
        check(
            Lang::En,
            &[(
                "“We won!” Messi shouted. Fans cheered.",
                "“We won!” Messi shouted. | Fans cheered.",
            )],
        );
        check(
            Lang::Id,
            &[
                (
                    "“Berhenti!” Peskov mengatakan itu.",
                    "“Berhenti!” Peskov mengatakan itu.",
                ),
                (
                    "“Mengapa kami dibiarkan?” tanya Maria. Tidak ada jawaban.",
                    "“Mengapa kami dibiarkan?” tanya Maria. | Tidak ada jawaban.",
                ),
                (
                    "“Kami menang!” seru Messi. Para pendukung bersorak.",
                    "“Kami menang!” seru Messi. | Para pendukung bersorak.",
                ),
            ],
        );
    }

    #[test]
    fn photo_credit_stays_with_the_sentence_before() {
        check(
            Lang::Id,
            &[
                (
                    "Anak perusahaan menerima tanggung jawab. (Olga Maltseva/AFP via Getty Images)",
                    "Anak perusahaan menerima tanggung jawab. (Olga Maltseva/AFP via Getty Images)",
                ),
                (
                    "Peskov di St. Petersburg, Rusia. (Gambar Getty)",
                    "Peskov di St. Petersburg, Rusia. (Gambar Getty)",
                ),
            ],
        );
        check(
            Lang::En,
            &[
                (
                    "A car. Police stand. (AP Photo/John Doe) The next day came.",
                    "A car. | Police stand. (AP Photo/John Doe) | The next day came.",
                ),
                (
                    "He left. (Getty Images). Then more.",
                    "He left. (Getty Images). | Then more.",
                ),
                // A parenthetical sentence is a sentence.
                (
                    "He left. (He later denied it.) Then more.",
                    "He left. | (He later denied it.) | Then more.",
                ),
                // An unclosed parenthesis is not a credit.
                ("He left. (Open ended", "He left. | (Open ended"),
            ],
        );
        // Neither is an overlong one.
        let long = format!("He left. ({})", "word ".repeat(60));
        assert_eq!(en(&long).len(), 2);
    }

    #[test]
    fn spaced_hyphens_are_left_alone() {
        let s = "Serangan teror baru -baru ini dan cabang -cabang ISIS. -Tidak ada.";
        check(Lang::Id, &[(s, s)]);
    }

    #[test]
    fn odd_inputs_lose_nothing_and_do_not_panic() {
        let long_line = "kata ".repeat(40_000) + "akhir";
        let periods = ".".repeat(10_000);
        let spaced_periods = ". ".repeat(10_000);
        let quotes = "“ ”".repeat(1000) + "\"'‘’" + &"A. “B. ".repeat(1000);
        let parens = "A. (".repeat(2000) + &")".repeat(2000);
        let odd: Vec<&str> = vec![
            "",
            " ",
            "\u{a0}",
            "e\u{301}t\u{e9}. A\u{308}rger. \u{301}. \u{301}",
            "مرحبا بالعالم. שלום עולם. Hello. عربي",
            "👍🏽 Great. 👨\u{200d}👩\u{200d}👧 Family. 🇮🇩. Done",
            "a\u{200d}b. C\u{200b}. D\u{feff}e.",
            "\u{0}\u{1}. \u{7f}\u{1b}[0m. \u{85}X.\u{2028}Y.\u{2029}Z. \u{b}W.\u{c}V.",
            "!!! ??? ... … .!? ‼",
            "“”‘’\"\"''«»()[]{}",
            "” “ ’ ‘ \" ' ) (",
            ". . . A. . .",
            "Mr.",
            "(",
            "A. (",
            "A. (b",
            "A. ()",
            "A. ( ) B.",
            "U.S. ",
            "x. \u{10ffff}. \u{fffd}. Ǆ. ǅ.",
            "Ａ。Ｂ．Ｃ. Ｄ",
            "\t\t\n\n\r\r",
            "\r\nA.\r\nB.",
            &long_line,
            &periods,
            &spaced_periods,
            &quotes,
            &parens,
        ];
        for s in odd {
            check_invariants(s, Lang::En);
            check_invariants(s, Lang::Id);
        }
        assert_eq!(en(&long_line).len(), 1);
        assert_eq!(en(&periods), std::slice::from_ref(&periods));
        assert_eq!(en(&spaced_periods).len(), 1);
    }
}
