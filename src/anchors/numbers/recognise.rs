//! Reading anchors from the tokens: the dispatch, digits, and what stands around a count.
//!
//! **In:** a sentence's tokens in a [`Ctx`]. **Out:** [`Raw`] anchors in token indices,
//! which `extract` turns into [`NumberAnchor`]s. Here: the dispatch from each token to the
//! readers, digits with their separators, currency, percent and unit words, the hedge
//! before a count, and the passes over the whole sentence (ranges and scores, "others",
//! events). Calendar words and clock times are read in `dates.rs`, numbers and ordinals
//! written in words in `number_words.rs`; both add methods to the same [`Ctx`].
//!
//! **Why:** each reader tries one reading at one token and says where to go on (a
//! [`Step`]), so the readers stay small and never read a token twice; what only the whole
//! sentence tells (a range, whose people "180 others" are, which verb a count belongs to)
//! is settled once every anchor is read.

use std::ops::Range;

use crate::text::doc::Lang;

use super::tables::{
    contains, currency_sign, lookup, AGE_WORDS, BOUNDS_EN, BOUNDS_ID, COMPOUND_DURATIONS,
    CURRENCY_CODES, CURRENCY_WORDS, DIRECTIONS, DOLLAR_COUNTRIES, DOLLAR_PREFIXES, EN_DECADE_WORDS,
    EN_FOLD_WORDS, EN_NUMBER_WORDS, EN_ORDINALS, EN_TWO_IN_PASSING, EN_VAGUE_AMOUNTS, EVENTS,
    GLUED_UNITS, GROUP_LEADS, HOME_GAME_NOUNS, ID_NUMBER_WORDS, ID_VAGUE_AMOUNTS, MAGNITUDES,
    MEASURE_UNITS, MONTHS, MONTH_ABBREVIATIONS, OTHERS, PERIOD_PREFIXES, POSSESSIVES,
    POUND_COUNTRIES, RANGE_WORDS, SCORE_WORDS, TIME_UNITS, UNITS, UNIT_PHRASES, WEEKDAYS,
    YEAR_MARKS, YEAR_WORDS,
};
use super::tokenize::{Tok, TokKind};
use super::{Bound, NumberAnchor, NumberKind, YearMark};

/// How many words either side of a number may stand between it and its event verb
/// ("killed at least 144 people", "144 people were killed").
const EVENT_WINDOW: usize = 3;

/// How many words before or after a rate may stand between it and the verb saying
/// which way it moved: a rate is often named between them ("increased at an annual
/// rate of 4.6 percent", "menyusut dengan laju lebih dari tiga persen").
const DIRECTION_WINDOW: usize = 6;

/// How many tokens, punctuation included, a look-around may pass in all for each word of
/// its window: bounds the work on runs of symbols.
const SCAN_TOKENS_PER_WORD: usize = 4;

/// Words a look-around for the event passes without counting them (sorted).
const EVENT_FILLERS: &[&str] = &[
    "antaranya",
    "are",
    "been",
    "currently",
    "di",
    "had",
    "has",
    "have",
    "is",
    "kini",
    "lainnya",
    "masih",
    "menderita",
    "mengalami",
    "now",
    "others",
    "stands",
    "stood",
    "sudah",
    "suffered",
    "telah",
    "was",
    "were",
];

/// How many words before a count a toll may be named when a verb of reaching stands
/// between them ("Jumlah korban tewas akibat gempa bumi di Indonesia telah mencapai 57
/// orang", "the death toll from Wednesday's quake has risen to 57").
const TOLL_WINDOW: usize = 10;

/// The words right before a count that say a tally reached it ("rose to", "stands
/// at", "mencapai", "menjadi") (sorted).
const REACH_WORDS: &[&str] = &[
    "at", "hit", "mencapai", "menjadi", "reached", "to", "topped",
];

/// Conjunctions that start another clause: a look-around for the event stops there
/// (sorted).
const CLAUSE_JOINERS: &[&str] = &[
    "after",
    "and",
    "before",
    "but",
    "dan",
    "namun",
    "sebelum",
    "sedangkan",
    "sesudah",
    "setelah",
    "tetapi",
    "while",
];

/// Whether a currency word is a dollar or a pound that names no country
/// ("dollars", "dolar", "pounds"): read as the US dollar or the pound
/// sterling, though the story may mean another country's.
fn names_no_country(word: &str) -> bool {
    matches!(word, "dolar" | "dollar" | "dollars" | "pound" | "pounds")
}

/// An anchor being built, in token indices.
#[derive(Debug, Clone)]
pub(super) struct Raw {
    pub(super) value: f64,
    pub(super) kind: NumberKind,
    pub(super) bound: Bound,
    pub(super) unit: Option<&'static str>,
    pub(super) event: Option<&'static str>,
    /// First token of the value as written.
    pub(super) first: usize,
    /// One past its last token.
    pub(super) end: usize,
    /// First token including hedge words.
    pub(super) ctx_start: usize,
    /// One past the last token including unit words.
    pub(super) ctx_end: usize,
    /// Counted "lainnya"/"others": the unit is settled once the sentence is read.
    pub(super) others: bool,
    /// Low end of a range whose high end is the next anchor.
    pub(super) range_next: bool,
    /// What a year or decade dates, by the word before it.
    pub(super) marks: Option<YearMark>,
    /// See [`NumberAnchor::optional`].
    pub(super) optional: bool,
    /// See [`NumberAnchor::context_currency`].
    pub(super) context_currency: bool,
}

impl Raw {
    pub(super) fn new(value: f64, kind: NumberKind, first: usize, end: usize) -> Raw {
        Raw {
            value,
            kind,
            bound: Bound::Exact,
            unit: None,
            event: None,
            first,
            end,
            ctx_start: first,
            ctx_end: end,
            others: false,
            range_next: false,
            marks: None,
            optional: false,
            context_currency: false,
        }
    }

    /// The words that say what happened to this figure (an event for a
    /// count, a direction for a rate), and how many words away one may be.
    fn event_words(&self) -> Option<(EventTable, usize)> {
        match self.kind {
            NumberKind::Cardinal if !self.unit.is_some_and(|u| contains(TIME_UNITS, u)) => {
                Some((EVENTS, EVENT_WINDOW))
            }
            NumberKind::Percent => Some((DIRECTIONS, DIRECTION_WINDOW)),
            _ => None,
        }
    }
}

/// A table of event words and the event each names.
type EventTable = &'static [(&'static str, &'static str)];

/// What one recogniser made of the tokens from some index: anchors, and where to go on.
pub(super) struct Step {
    pub(super) found: Vec<Raw>,
    pub(super) next: usize,
}

impl Step {
    pub(super) fn skip(next: usize) -> Step {
        Step {
            found: Vec::new(),
            next,
        }
    }

    pub(super) fn one(raw: Raw) -> Step {
        let next = raw.ctx_end;
        Step {
            found: vec![raw],
            next,
        }
    }

    /// Marks every figure found as one the other side may leave unsaid
    /// ([`NumberAnchor::optional`]).
    pub(super) fn make_optional(&mut self) {
        self.found.iter_mut().for_each(|r| r.optional = true);
    }
}

/// A run of digits and separators, read by the conventions of the language.
pub(super) struct DigitNum {
    pub(super) value: f64,
    /// Token after the run.
    pub(super) end: usize,
    /// No separators.
    pub(super) plain: bool,
    /// Digits in the first group.
    pub(super) len: usize,
}

/// What stands before digits and changes how they read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Lead {
    Plain,
    Currency(&'static str),
    /// `ke-3`, `ke3`, or `ke 3` (`spaced`), which may also mean "to 3".
    Ordinal {
        spaced: bool,
    },
    /// `mid-`, `early-` ... before a year or decade.
    Period,
}

/// What is glued after digits, or a magnitude word after them.
enum Tail {
    Plain,
    Decade(usize),
    Ordinal(usize),
    Magnitude(f64, usize),
    /// `5 millionth`: an ordinal magnitude word after the digits.
    OrdinalMagnitude(f64, usize),
    Unit(&'static str, usize),
    /// `75-basis-point`: hundredths of a percentage point.
    BasisPoints(usize),
    Name,
}

/// How two neighbouring anchors are joined.
enum Link {
    Range,
    Score,
}

pub(super) struct Ctx<'a> {
    pub(super) text: &'a str,
    pub(super) lang: Lang,
    pub(super) toks: Vec<Tok>,
    /// The tokens' lower-case forms; see [`Tok::lower`].
    pub(super) lowered: String,
}

impl Ctx<'_> {
    // --- token access ------------------------------------------------------------------

    pub(super) fn tok(&self, j: usize) -> Option<&Tok> {
        self.toks.get(j)
    }

    pub(super) fn lower(&self, t: &Tok) -> &str {
        &self.lowered[t.lower.clone()]
    }

    /// The lower-cased word at `j`, if that token is a word.
    pub(super) fn word(&self, j: usize) -> Option<&str> {
        self.tok(j)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| self.lower(t))
    }

    pub(super) fn prev_word(&self, j: usize) -> Option<&str> {
        self.word(j.checked_sub(1)?)
    }

    pub(super) fn is_glued(&self, j: usize) -> bool {
        self.tok(j).is_some_and(|t| t.glued)
    }

    pub(super) fn glued_word(&self, j: usize) -> Option<&str> {
        self.word(j).filter(|_| self.is_glued(j))
    }

    pub(super) fn sym(&self, j: usize) -> Option<char> {
        match self.tok(j)?.kind {
            TokKind::Sym(c) => Some(c),
            _ => None,
        }
    }

    pub(super) fn glued_sym(&self, j: usize, c: char) -> bool {
        self.sym(j) == Some(c) && self.is_glued(j)
    }

    /// The digits at `j`, if that token is a run of digits.
    pub(super) fn digits(&self, j: usize) -> Option<&str> {
        let t = self.tok(j).filter(|t| t.kind == TokKind::Digits)?;
        self.text.get(t.start..t.end)
    }

    fn glued_digits(&self, j: usize) -> bool {
        self.digits(j).is_some() && self.is_glued(j)
    }

    /// A day number 1..=31 written in one or two digits at `j`.
    pub(super) fn day_digits(&self, j: usize) -> Option<f64> {
        let d = self.digits(j).filter(|d| d.len() <= 2)?;
        let v: f64 = d.parse().ok()?;
        (1.0..=31.0).contains(&v).then_some(v)
    }

    /// Whether `j` starts a separator joined to digits on both sides (`1.000`, `3:25`).
    pub(super) fn joins_digits(&self, j: usize, seps: &[char]) -> bool {
        self.sym(j).is_some_and(|c| seps.contains(&c))
            && self.is_glued(j)
            && self.glued_digits(j + 1)
    }

    /// One past the letters and digits glued to the token at `i` (`COVID-19`, `5G`).
    fn glued_run_end(&self, i: usize) -> usize {
        let mut j = i + 1;
        loop {
            let alnum = |k: usize| self.glued_word(k).is_some() || self.glued_digits(k);
            if alnum(j) {
                j += 1;
            } else if self.joins_any(j) && alnum(j + 1) {
                j += 2;
            } else {
                return j;
            }
        }
    }

    fn joins_any(&self, j: usize) -> bool {
        matches!(self.sym(j), Some('.' | ',' | '-' | '/' | ':')) && self.is_glued(j)
    }

    fn span(&self, raw: &Raw) -> Option<Range<usize>> {
        let first = self.tok(raw.first)?;
        let last = self.tok(raw.end.checked_sub(1)?)?;
        (first.start < last.end).then_some(first.start..last.end)
    }

    pub(super) fn anchor(&self, raw: Raw) -> Option<NumberAnchor> {
        let span = self.span(&raw)?;
        Some(NumberAnchor {
            value: raw.value,
            kind: raw.kind,
            bound: raw.bound,
            unit: raw.unit.map(str::to_string),
            event: raw.event.map(str::to_string),
            marks: raw.marks,
            optional: raw.optional,
            context_currency: raw.context_currency,
            text: self.text.get(span.clone())?.to_string(),
            span,
        })
    }

    // --- dispatch ----------------------------------------------------------------------

    pub(super) fn recognise(&self, i: usize) -> Step {
        if self.names_a_series(i) {
            return Step::skip(i + 1);
        }
        match self.toks[i].kind {
            TokKind::Digits => self.at_digits(i),
            TokKind::Word => self.at_word(i),
            TokKind::Sym(_) => Step::skip(i + 1),
        }
    }

    /// Whether the token at `i` is the number of a name ("Formula One",
    /// "Formula Satu", "Formula 1", "Group of 20"): the series or the
    /// group, no figure of the story.
    fn names_a_series(&self, i: usize) -> bool {
        let capital = |k: usize| self.tok(k).is_some_and(|t| t.capital);
        let formula = i >= 1 && self.word(i - 1) == Some("formula") && capital(i - 1);
        let group = self.lang == Lang::En
            && i >= 2
            && self.word(i - 1) == Some("of")
            && self.word(i - 2) == Some("group")
            && capital(i - 2);
        formula || group
    }

    fn at_word(&self, i: usize) -> Step {
        match self.word(i) {
            Some(w) if may_open_reading(self.lang, w) => self.read_word(i),
            _ => Step::skip(i + 1),
        }
    }

    /// The readers that start at a word, in turn.
    fn read_word(&self, i: usize) -> Step {
        self.month_at(i)
            .or_else(|| self.fixed_holiday_at(i))
            .or_else(|| self.weekday_at(i))
            .or_else(|| self.clock_word_at(i))
            .or_else(|| self.fraction_at(i))
            .or_else(|| self.ordinal_word_at(i))
            .or_else(|| self.period_number_at(i))
            .or_else(|| self.decade_word_at(i))
            .or_else(|| self.times_word_at(i))
            .or_else(|| self.vague_amount_at(i))
            .or_else(|| self.word_number_at(i))
            .unwrap_or_else(|| Step::skip(i + 1))
    }

    fn at_digits(&self, i: usize) -> Step {
        if let Some(step) = self.time_at(i) {
            return step;
        }
        if let Some(step) = self.mixed_number_at(i) {
            return step;
        }
        if let Some(step) = self.slash_at(i) {
            return step;
        }
        if let Some(step) = self.hyphen_year_at(i) {
            return step;
        }
        if let Some(step) = self.iso_date_at(i) {
            return step;
        }
        let (Some((lead, first)), Some(num)) = (self.lead(i), self.read_digits(i)) else {
            return Step::skip(self.glued_run_end(i));
        };
        if let Some(decade) = self.decade_after_an_apostrophe(i, &num) {
            return self.finish(decade);
        }
        if let Some(next) = self.age_decade_at(first, &num) {
            // "berusia 60-an" / "in her 60s": a decade of life, valued by
            // its first year of age.
            return self.finish(Raw::new(num.value, NumberKind::Decade, first, next));
        }
        let tail = match self.tail(&num, lead) {
            Tail::Plain if self.short_decade_at(first, &num) => Tail::Decade(num.end + 2),
            // "Indonesia's Under-23s", "the U-21s": the age group's team
            // ("Timnas U-23"), the "s" a plural
            Tail::Name
                if self.glued_word(num.end) == Some("s")
                    && i >= 2
                    && self.glued_sym(i - 1, '-')
                    && matches!(self.word(i - 2), Some("under" | "u")) =>
            {
                Tail::Plain
            }
            tail => tail,
        };
        match tail {
            Tail::Name => Step::skip(self.glued_run_end(i)),
            Tail::Decade(next) => {
                // "tahun 90-an" is the 1990s.
                let value = if num.len == 2 {
                    1900.0 + num.value
                } else {
                    num.value
                };
                self.finish(Raw::new(value, NumberKind::Decade, first, next))
            }
            Tail::Ordinal(next) => self.ordinal_step(num.value, first, next),
            // "ke-5 juta", "5 millionth": the rank of a magnitude.
            Tail::Magnitude(m, next) if matches!(lead, Lead::Ordinal { .. }) => {
                self.ordinal_step(num.value * m, first, next)
            }
            Tail::OrdinalMagnitude(m, next) => self.ordinal_step(num.value * m, first, next),
            Tail::Magnitude(m, next) => {
                let mut raw = Raw::new(num.value * m, NumberKind::Cardinal, first, next);
                self.read_measure(&mut raw, lead);
                self.finish(raw)
            }
            Tail::Unit(unit, next) => {
                let mut raw = Raw::new(num.value, NumberKind::Cardinal, first, next);
                let (unit, after) = self.speed_at(unit, next).unwrap_or((unit, next));
                raw.unit = Some(unit);
                raw.ctx_end = raw.ctx_end.max(after);
                if unit == "foot" {
                    self.add_inches(&mut raw, next);
                }
                self.finish(raw)
            }
            Tail::BasisPoints(next) => {
                let mut raw = Raw::new(num.value / 100.0, NumberKind::Percent, first, next);
                raw.unit = Some("percent");
                self.finish(raw)
            }
            Tail::Plain => self.plain_digits(i, &num, lead, first),
        }
    }

    // --- digits ------------------------------------------------------------------------

    /// A whole number and a fraction (`3-1/2 percent`, `2 1/2 years`, `5 1/3
    /// inning`): one amount, 3.5, rather than a 3 and a skipped slash form.
    /// Indonesian, whose dates are written with a slash too ("Selasa
    /// (1/3)"), only as a number, a space, and a half, third or quarter.
    fn mixed_number_at(&self, i: usize) -> Option<Step> {
        if self.joins_digits(i + 1, &['.', ',', '/', ':']) {
            return None;
        }
        if self.lang == Lang::Id {
            let simple = self.digits(i + 1).is_some()
                && !self.is_glued(i + 1)
                && self.joins_digits(i + 2, &['/'])
                && matches!(self.digits(i + 3), Some("2" | "3" | "4"))
                && !self.joins_digits(i + 4, &['/', '.', ',']);
            if !simple {
                return None;
            }
        }
        let whole: f64 = self.digits(i)?.parse().ok()?;
        // "67 and a half", as "67,5" and "dua setengah" read
        if (self.word(i + 1), self.word(i + 2), self.word(i + 3))
            == (Some("and"), Some("a"), Some("half"))
        {
            let (lead, first) = self.lead(i)?;
            let mut raw = Raw::new(whole + 0.5, NumberKind::Cardinal, first, i + 4);
            self.read_measure(&mut raw, lead);
            return Some(self.finish(raw));
        }
        let f = if self.glued_sym(i + 1, '-') {
            i + 2
        } else {
            i + 1
        };
        if !self.is_glued(f) && f == i + 2 || self.is_glued(f) && f == i + 1 {
            return None;
        }
        let num: f64 = self.digits(f)?.parse().ok()?;
        if !self.joins_digits(f + 1, &['/']) || self.joins_digits(f + 3, &['/', '.', ',']) {
            return None;
        }
        let den: f64 = self.digits(f + 2)?.parse().ok()?;
        if !(1.0..den).contains(&num) || !(2.0..=16.0).contains(&den) {
            return None;
        }
        let (lead, first) = self.lead(i)?;
        let mut raw = Raw::new(whole + num / den, NumberKind::Cardinal, first, f + 3);
        self.read_measure(&mut raw, lead);
        Some(self.finish(raw))
    }

    /// Reads the digits at `i` with their separators. Indonesian groups thousands with `.`
    /// and marks decimals with `,`; English the other way round.
    fn read_digits(&self, i: usize) -> Option<DigitNum> {
        let head = self.digits(i)?;
        let mut groups = Vec::new();
        let mut j = i + 1;
        while self.joins_digits(j, &['.', ',']) {
            groups.push((self.sym(j)?, self.digits(j + 1)?));
            j += 2;
        }
        Some(DigitNum {
            value: digit_value(head, &groups, self.lang)?,
            end: j,
            plain: groups.is_empty(),
            len: head.len(),
        })
    }

    /// What stands before the digits at `i`, and the first token of the span. None when
    /// letters glued before them make a name (`G7`, `COVID-19`).
    fn lead(&self, i: usize) -> Option<(Lead, usize)> {
        let Some(p) = i.checked_sub(1) else {
            return Some((Lead::Plain, i));
        };
        if self.is_glued(i) {
            if let Some(w) = self.word(p) {
                return glued_word_lead(w).map(|lead| (lead, p));
            }
            let hyphened = p.checked_sub(1).filter(|_| self.glued_sym(p, '-'));
            if let Some(w) = hyphened.and_then(|q| self.word(q)) {
                // The second side of a ratio ("a 10-for-1 split", "3-to-1").
                if self.ratio_word_at(p - 1) {
                    return Some((Lead::Plain, i));
                }
                return hyphen_lead(w).map(|lead| (lead, p - 1));
            }
        }
        Some(self.spaced_lead(i, p))
    }

    /// A lead that need not be glued: a currency sign or code, or Indonesian `ke 3`.
    fn spaced_lead(&self, i: usize, p: usize) -> (Lead, usize) {
        if let Some(code) = self.sym(p).and_then(currency_sign) {
            return self.dollar_lead(p, code);
        }
        // `Rp.1000`, `Rp. 1.000`
        if self.sym(p) == Some('.') && self.is_glued(p) {
            if let Some(q) = p.checked_sub(1).filter(|&q| self.word(q) == Some("rp")) {
                return (Lead::Currency("IDR"), q);
            }
        }
        let word = self.word(p);
        if let Some(code) = word.and_then(|w| lookup(CURRENCY_CODES, w)) {
            (Lead::Currency(code), p)
        } else if word == Some("ke") && self.lang == Lang::Id {
            (Lead::Ordinal { spaced: true }, p)
        } else if word.is_some_and(numbers_a_place) && self.lang == Lang::Id {
            // "lantai 4" is the fourth floor ("gedung 24 lantai" counts them).
            (Lead::Ordinal { spaced: true }, i)
        } else {
            (Lead::Plain, i)
        }
    }

    /// A dollar or a pound named by its country at `e`: "dolar Australia",
    /// "dolar Hong Kong", "Australian dollars", "pound Suriah", "Egyptian
    /// pounds". The currency and the token after the phrase.
    fn currency_of_a_country(&self, e: usize) -> Option<(&'static str, usize)> {
        // "U.S. dollars": the country written with its dots.
        let us_dotted = self.word(e) == Some("u")
            && self.sym(e + 1) == Some('.')
            && self.word(e + 2) == Some("s")
            && self.sym(e + 3) == Some('.')
            && matches!(self.word(e + 4), Some("dollar" | "dollars"));
        if us_dotted {
            return Some(("USD", e + 5));
        }
        self.named_by_its_country(e, DOLLAR_COUNTRIES, &["dolar"], &["dollar", "dollars"])
            .or_else(|| {
                self.named_by_its_country(
                    e,
                    POUND_COUNTRIES,
                    &["pon", "pound"],
                    &["pound", "pounds"],
                )
            })
    }

    /// A currency of `countries` at `e`: one of `before` and then the
    /// country (Indonesian), or the country and then one of `after`.
    fn named_by_its_country(
        &self,
        e: usize,
        countries: &[(&str, &str, &'static str)],
        before: &[&str],
        after: &[&str],
    ) -> Option<(&'static str, usize)> {
        // The country (one word or two) at `j`: its currency and the token after it.
        // A country of two words before one of its first ("pound Sudan
        // Selatan" is South Sudan's, not Sudan's).
        let country = |j: usize| {
            let first = self.word(j)?;
            countries
                .iter()
                .filter(|(w, _, _)| *w == first)
                .filter_map(|&(_, second, code)| match second {
                    "" => Some((code, j + 1)),
                    s if self.word(j + 1) == Some(s) => Some((code, j + 2)),
                    _ => None,
                })
                .max_by_key(|&(_, end)| end)
        };
        if self.word(e).is_some_and(|w| before.contains(&w)) {
            return country(e + 1);
        }
        let (code, next) = country(e)?;
        self.word(next)
            .is_some_and(|w| after.contains(&w))
            .then_some((code, next + 1))
    }

    /// `$` with the letters glued before it (`US$`, `A$`).
    fn dollar_lead(&self, p: usize, code: &'static str) -> (Lead, usize) {
        let prefix = p
            .checked_sub(1)
            .filter(|_| code == "USD" && self.is_glued(p))
            .and_then(|q| Some((lookup(DOLLAR_PREFIXES, self.word(q)?)?, q)));
        match prefix {
            Some((code, q)) => (Lead::Currency(code), q),
            None => (Lead::Currency(code), p),
        }
    }

    /// A decade of the last century written with two digits after "tahun" or
    /// "era" ("tahun 90-an": the 1990s); elsewhere "60-an" is an age ("usia
    /// 60-an").
    fn short_decade_at(&self, first: usize, num: &DigitNum) -> bool {
        num.value >= 20.0
            && self.round_ten_joined_to_an(num)
            && matches!(self.prev_word(first), Some("tahun" | "era"))
    }

    /// Two digits of a round ten joined to "-an" ("90-an", "60-an"): a
    /// decade, of the calendar or of someone's age.
    fn round_ten_joined_to_an(&self, num: &DigitNum) -> bool {
        is_round_ten(num)
            && self.glued_sym(num.end, '-')
            && self.glued_word(num.end + 1) == Some("an")
    }

    /// Where a decade of someone's age ends: two digits of a round ten after
    /// an age word and joined to "-an" ("berusia 60-an"), or after a
    /// possessive and glued to "s" ("in her 60s"). An era is read apart
    /// ("tahun 90-an", "the '90s").
    fn age_decade_at(&self, first: usize, num: &DigitNum) -> Option<usize> {
        if !is_round_ten(num) {
            return None;
        }
        let prev = self.prev_word(first)?;
        if self.round_ten_joined_to_an(num) && contains(AGE_WORDS, prev) {
            return Some(num.end + 2);
        }
        let possessive = contains(POSSESSIVES, prev);
        if possessive && self.glued_word(num.end) == Some("s") {
            return Some(num.end + 1);
        }
        // "berusia 20-an dan 30-an", "in their 20s and 30s": the second
        // decade joined to an age decade is one too.
        let joined = matches!(
            prev,
            "and" | "dan" | "or" | "atau" | "to" | "hingga" | "sampai"
        );
        let round_ten = |j: usize| {
            self.digits(j)
                .is_some_and(|d| d.len() == 2 && d.ends_with('0'))
        };
        let word_is = |j: Option<usize>, list: &[&str]| {
            j.and_then(|j| self.word(j))
                .is_some_and(|w| contains(list, w))
        };
        let p = first - 1;
        let an_before = p >= 3
            && round_ten(p - 3)
            && self.glued_sym(p - 2, '-')
            && self.glued_word(p - 1) == Some("an")
            && word_is(p.checked_sub(4), AGE_WORDS);
        let s_before = p >= 2
            && round_ten(p - 2)
            && self.glued_word(p - 1) == Some("s")
            && word_is(p.checked_sub(3), POSSESSIVES);
        if joined && an_before && self.round_ten_joined_to_an(num) {
            return Some(num.end + 2);
        }
        (joined && s_before && self.glued_word(num.end) == Some("s")).then_some(num.end + 1)
    }

    /// What follows the digit run: glued letters, or a magnitude word.
    fn tail(&self, num: &DigitNum, lead: Lead) -> Tail {
        let e = num.end;
        if let Some(w) = self.glued_word(e) {
            return self.glued_tail(num, lead, w);
        }
        let apostrophe = matches!(self.sym(e), Some('\'' | '’')) && self.is_glued(e);
        if apostrophe && self.glued_word(e + 1) == Some("s") && is_decade(num) {
            return Tail::Decade(e + 2);
        }
        if self.glued_sym(e, '-') {
            if let Some(w) = self.glued_word(e + 1) {
                return hyphen_tail(num, w, e + 2);
            }
        }
        match self.word(e).filter(|w| w.len() > 1) {
            Some("thousandth") => Tail::OrdinalMagnitude(1e3, e + 1),
            Some("millionth") => Tail::OrdinalMagnitude(1e6, e + 1),
            Some("billionth") => Tail::OrdinalMagnitude(1e9, e + 1),
            Some(w) => lookup(MAGNITUDES, w).map_or(Tail::Plain, |m| Tail::Magnitude(m, e + 1)),
            None => Tail::Plain,
        }
    }

    fn glued_tail(&self, num: &DigitNum, lead: Lead, w: &str) -> Tail {
        let e = num.end;
        match w {
            "s" | "an" if is_decade(num) => Tail::Decade(e + 1),
            "st" | "nd" | "rd" | "th" if num.plain => Tail::Ordinal(e + 1),
            // An ordinal compounded with its noun: "an 89th-minute goal",
            // "the 21st-century town".
            _ if num.plain && matches!(w.split_once('-'), Some(("st" | "nd" | "rd" | "th", _))) => {
                Tail::Ordinal(e + 1)
            }
            // `$5m`, `19m people` are millions; `100m` alone is metres.
            "m" if matches!(lead, Lead::Currency(_)) || self.unit_at(e + 1).is_some() => {
                Tail::Magnitude(1e6, e + 1)
            }
            "m" => Tail::Unit("metre", e + 1),
            // "10p": pence, as British prices write them ("1080p", a screen's
            // lines, is no price).
            "p" if num.plain && num.value < 100.0 => Tail::Unit("pence", e + 1),
            // `minus 10C`, `50F`: a capital scale letter glued to the
            // count (a lowercase `5c` is cents).
            "c" | "f" if self.tok(e).is_some_and(|t| t.capital) => {
                Tail::Unit(if w == "c" { "celsius" } else { "fahrenheit" }, e + 1)
            }
            _ => match (lookup(MAGNITUDES, w), lookup(GLUED_UNITS, w)) {
                (Some(m), _) => Tail::Magnitude(m, e + 1),
                (None, Some(u)) => Tail::Unit(u, e + 1),
                (None, None) => Tail::Name,
            },
        }
    }

    /// Digits without a glued suffix: an ordinal after `ke`, a day before a month, a year,
    /// or a quantity.
    fn plain_digits(&self, i: usize, num: &DigitNum, lead: Lead, first: usize) -> Step {
        if let Lead::Ordinal { spaced } = lead {
            // `ke 3 negara` is "to three countries", `naik ke 2,3 persen`
            // "rose to 2.3 percent": a rank is a whole number, and nothing
            // measures it.
            // Nor does money ("naik ke 98 euro").
            let money = self.word(num.end).is_some_and(|w| {
                lookup(CURRENCY_WORDS, w).is_some() || lookup(CURRENCY_CODES, w).is_some()
            });
            let measured =
                self.unit_at(num.end).is_some() || self.percent_at(num.end).is_some() || money;
            if !spaced || (!measured && num.value.fract() == 0.0) {
                return self.ordinal_step(num.value, first, num.end);
            }
        }
        if lead == Lead::Plain && self.is_day_of_month(i, num) {
            return Step::one(Raw::new(num.value, NumberKind::DayOfMonth, i, num.end));
        }
        let first = if matches!(lead, Lead::Ordinal { .. }) {
            i
        } else {
            first
        };
        let mut raw = Raw::new(num.value, NumberKind::Cardinal, first, num.end);
        self.read_measure(&mut raw, lead);
        let bare = raw.kind == NumberKind::Cardinal && raw.unit.is_none() && !raw.others;
        if bare && self.is_year(num, first) {
            raw.kind = NumberKind::Year;
        }
        self.finish(raw)
    }

    // --- what follows and precedes a count ----------------------------------------------

    /// Reads a percent sign, currency or unit after the count, or a currency before it.
    pub(super) fn read_measure(&self, raw: &mut Raw, lead: Lead) {
        let e = raw.end;
        let points = matches!(self.word(e + 1), Some("point" | "points" | "poin"));
        if self.word(e) == Some("basis") && points {
            // 75 basis points are 0.75 percentage point, which reads as a percent
            raw.value /= 100.0;
            raw.kind = NumberKind::Percent;
            raw.unit = Some("percent");
            raw.ctx_end = e + 2;
        } else if let Some(next) = self.percent_at(e) {
            raw.kind = NumberKind::Percent;
            raw.unit = Some("percent");
            raw.ctx_end = next;
            if self.is_glued(e) {
                raw.end = next;
            }
        } else if let Lead::Currency(code) = lead {
            raw.kind = NumberKind::Money;
            raw.unit = Some(code);
            // "$5": no letters glued before the sign name its dollar.
            raw.context_currency = code == "USD" && self.sym(raw.first) == Some('$');
        } else if let Some((code, next)) = self.currency_of_a_country(e) {
            raw.kind = NumberKind::Money;
            raw.unit = Some(code);
            raw.ctx_end = next;
        } else if self.pounds_of_a_commodity(e) {
            // "1.7 billion pounds of copper": a weight, as "1,7 miliar pon
            // tembaga" reads
            raw.unit = Some("pound");
            raw.ctx_end = e + 1;
        } else if let Some(code) = self.word(e).and_then(|w| lookup(CURRENCY_WORDS, w)) {
            raw.kind = NumberKind::Money;
            raw.unit = Some(code);
            raw.ctx_end = e + 1;
            raw.context_currency = self.word(e).is_some_and(names_no_country);
        } else if let Some(code) = self.hyphened_currency(e) {
            // "a 95,000-euro grant", as "hibah sebesar 95.000 euro"
            raw.kind = NumberKind::Money;
            raw.unit = Some(code);
            raw.ctx_end = e + 2;
            raw.context_currency = self.word(e + 1).is_some_and(names_no_country);
        } else if let Some((unit, next)) = self.temperature_at(e) {
            raw.unit = Some(unit);
            raw.ctx_end = next;
        } else if let Some(next) = self.feet_at(e) {
            raw.unit = Some("foot");
            raw.ctx_end = next;
            self.add_inches(raw, next);
        } else if let Some((unit, next)) = self.unit_at(e) {
            let (unit, next) = self.speed_at(unit, next).unwrap_or((unit, next));
            raw.unit = Some(unit);
            raw.ctx_end = next;
            if unit == "time" {
                if let Some(after) = self.ratio_after(next) {
                    raw.unit = Some("fold");
                    raw.ctx_end = after;
                }
            }
        } else if self.word(e).is_some_and(|w| contains(OTHERS, w)) {
            raw.others = true;
            raw.ctx_end = e + 1;
        } else if self.is_age(raw.first) || self.names_an_age_group(e) {
            raw.unit = Some("year");
        }
    }

    /// "pounds of copper", "pounds of cocaine": a weight, not money
    /// ("pounds of taxpayers' money" is money).
    fn pounds_of_a_commodity(&self, e: usize) -> bool {
        self.lang == Lang::En
            && matches!(self.word(e), Some("pounds" | "pound"))
            && self.word(e + 1) == Some("of")
            && !self.word(e + 2).is_some_and(|w| {
                matches!(
                    w,
                    "taxpayers"
                        | "taxpayers'"
                        | "public"
                        | "funding"
                        | "investment"
                        | "sterling"
                        | "aid"
                        | "money"
                        | "cash"
                        | "savings"
                        | "debt"
                        | "damages"
                        | "government"
                )
            })
    }

    /// "the men's 70-74 age group": ages, as "kelompok usia 70-74 tahun".
    fn names_an_age_group(&self, e: usize) -> bool {
        self.word(e) == Some("age")
            && matches!(
                self.word(e + 1),
                Some("group" | "groups" | "category" | "bracket")
            )
    }

    /// The currency of a word joined by a hyphen to the figure before `e`
    /// ("95,000-euro", "10-million-dollar" aside).
    fn hyphened_currency(&self, e: usize) -> Option<&'static str> {
        let joined = self.sym(e) == Some('-') && self.is_glued(e) && self.is_glued(e + 1);
        joined
            .then(|| self.word(e + 1))
            .flatten()
            .and_then(|w| lookup(CURRENCY_WORDS, w))
    }

    /// The token after a percent sign or word at `e`. A percentage point is read as a
    /// percent: a rendering writes "turun 0,4 persen" for "fell 0.4 percentage point".
    pub(super) fn percent_at(&self, e: usize) -> Option<usize> {
        if self.sym(e) == Some('%') {
            return Some(e + 1);
        }
        let then = |w: &[&str]| self.word(e + 1).is_some_and(|n| w.contains(&n));
        match self.word(e)? {
            "persen" | "percent" | "pct" => Some(e + 1),
            "per" if self.word(e + 1) == Some("cent") => Some(e + 2),
            "percentage" if then(&["point", "points"]) => Some(e + 2),
            "poin" if then(&["persentase"]) => Some(e + 2),
            _ => None,
        }
    }

    /// The token after a feet word written after the count (`6 feet`,
    /// `6 ft`); glued forms (`6-foot`) are read as a unit by `tail`.
    fn feet_at(&self, e: usize) -> Option<usize> {
        matches!(self.word(e)?, "foot" | "feet" | "ft").then_some(e + 1)
    }

    /// Adds the inches written after a height in feet (`6-foot-8`, `6 feet 8
    /// inches`): one height, 6 feet 8 inches, not a 6 and an 8.
    fn add_inches(&self, raw: &mut Raw, after_feet: usize) {
        let k = if self.sym(after_feet) == Some('-') {
            after_feet + 1
        } else {
            after_feet
        };
        let Some(inches) = self.digits(k).and_then(|d| d.parse::<u8>().ok()) else {
            return;
        };
        if inches >= 12 {
            return;
        }
        let mut next = k + 1;
        if matches!(self.word(next), Some("inch" | "inches" | "in")) {
            next += 1;
        }
        raw.value += f64::from(inches) / 12.0;
        raw.end = next;
        raw.ctx_end = next;
    }

    /// A distance unit read per hour or per second (`240 km/jam`, `240
    /// kilometer per jam`, `150 miles per hour`, `14 kilometers per second`):
    /// a speed, and the token after it. A speed converts
    /// ([`relation`](super::relation)), so it must not read as a distance.
    fn speed_at(&self, unit: &str, next: usize) -> Option<(&'static str, usize)> {
        let slash = self.sym(next) == Some('/');
        if !slash && !matches!(self.word(next), Some("per" | "an" | "a")) {
            return None;
        }
        let per = next + 1;
        let hourly = match self.word(per)? {
            "jam" | "hour" | "h" | "hr" => true,
            "detik" | "second" | "s" | "sec" => false,
            _ => return None,
        };
        // "a" and "an" only say "per hour" ("miles an hour").
        if !hourly && !slash && self.word(next) != Some("per") {
            return None;
        }
        let speed = match (unit, hourly) {
            ("km", true) => "km/h",
            ("km", false) => "km/s",
            ("mile", true) => "mph",
            ("mile", false) => "mi/s",
            _ => return None,
        };
        Some((speed, per + 1))
    }

    /// A temperature scale after the count (`40 derajat Celsius`, `104
    /// degrees Fahrenheit`, `40°C`): the scale, and the token after it.
    fn temperature_at(&self, e: usize) -> Option<(&'static str, usize)> {
        let degree_sign = self.sym(e) == Some('°');
        if !degree_sign && !matches!(self.word(e)?, "derajat" | "degree" | "degrees") {
            return None;
        }
        let scale = e + 1;
        let unit = match self.word(scale)? {
            "celsius" | "c" | "celcius" => "celsius",
            "fahrenheit" | "f" => "fahrenheit",
            _ => return None,
        };
        Some((unit, scale + 1))
    }

    fn unit_at(&self, e: usize) -> Option<(&'static str, usize)> {
        let word = self.word(e)?;
        let phrase = UNIT_PHRASES
            .iter()
            .find(|(first, second, _)| *first == word && self.word(e + 1) == Some(*second));
        if let Some((_, _, unit)) = phrase {
            return Some((unit, e + 2));
        }
        // "one home match", "two home runs": "home" describes the noun
        // after it ("satu laga kandang"), no house is counted
        let describes_a_game = word == "home"
            && self
                .word(e + 1)
                .is_some_and(|next| contains(HOME_GAME_NOUNS, next));
        if let Some(unit) = lookup(UNITS, word).filter(|_| !describes_a_game) {
            return Some((unit, e + 1));
        }
        // "seven board members", "five police officers": English puts a
        // noun before the people it counts, which Indonesian puts after
        // ("tujuh anggota dewan").
        // Not a word of grammar between ("In 2009 many people", "2021 to
        // people").
        const GRAMMAR: &[&str] = &[
            "a", "an", "and", "as", "at", "by", "few", "fewer", "for", "from", "in", "many",
            "more", "most", "much", "of", "on", "or", "other", "such", "than", "the", "these",
            "those", "to", "with",
        ];
        let people = self.lang == Lang::En
            && !self.tok(e).is_some_and(|t| t.capital)
            && !GRAMMAR.contains(&word)
            && self.word(e + 1).and_then(|w| lookup(UNITS, w)) == Some("people");
        people.then_some(("people", e + 2))
    }

    /// "the '80s": a decade written with two digits after an apostrophe (the
    /// 1980s; "'00s" and "'10s" are this century's).
    fn decade_after_an_apostrophe(&self, i: usize, num: &DigitNum) -> Option<Raw> {
        let apostrophe = i > 0 && matches!(self.sym(i - 1), Some('\'' | '’')) && self.is_glued(i);
        let decade = apostrophe
            && num.plain
            && num.len == 2
            && num.value % 10.0 == 0.0
            && self.glued_word(num.end) == Some("s");
        let century = if num.value < 20.0 { 2000.0 } else { 1900.0 };
        decade.then(|| Raw::new(century + num.value, NumberKind::Decade, i, num.end + 1))
    }

    /// `usia13` (the age word is the first token) or `usia 13` (it stands before);
    /// or an age one turns ("he will turn 30", "turned 18 last year").
    fn is_age(&self, first: usize) -> bool {
        let age = |j: Option<usize>| {
            j.and_then(|j| self.word(j))
                .is_some_and(|w| contains(AGE_WORDS, w))
        };
        // ... but "at turn 10", "into Turn 3" is a bend of a race track.
        let turn_noun = first.checked_sub(2).is_some_and(|j| {
            matches!(
                self.word(j),
                Some("at" | "in" | "into" | "the" | "a" | "through" | "of" | "from" | "on" | "out")
            )
        });
        let turns = self.lang == Lang::En
            && matches!(
                first.checked_sub(1).and_then(|j| self.word(j)),
                Some("turn" | "turns" | "turned" | "turning")
            )
            && !turn_noun;
        // "aged between 24 and 45", "berusia antara 24 dan 45 tahun"
        let range_opener = first
            .checked_sub(1)
            .and_then(|j| self.word(j))
            .is_some_and(|w| matches!(w, "between" | "from" | "antara"));
        age(Some(first))
            || age(first.checked_sub(1))
            || (range_opener && age(first.checked_sub(2)))
            || turns
    }

    /// The hedge before `first` and its first token; the longest phrase wins.
    pub(super) fn hedge_before(&self, first: usize) -> Option<(Bound, usize)> {
        let table = match self.lang {
            Lang::Id => BOUNDS_ID,
            Lang::En => BOUNDS_EN,
        };
        // Every hedge ends with the word right before `first`: a cheap test of that spares
        // the walk over the phrases that do not.
        let last = self.prev_word(first)?;
        table
            .iter()
            .filter(|(phrase, _)| phrase.ends_with(last))
            .filter_map(|&(phrase, bound)| Some((self.phrase_before(first, phrase)?, bound)))
            .max_by_key(|&(start, _)| std::cmp::Reverse(start))
            .map(|(start, bound)| (bound, start))
    }

    /// Where `phrase` starts when its words stand right before `first`.
    fn phrase_before(&self, first: usize, phrase: &str) -> Option<usize> {
        // From the last word back: most phrases fail on it, before the rest is split.
        let mut start = first;
        for w in phrase.rsplit(' ') {
            start = start.checked_sub(1)?;
            if self.word(start) != Some(w) {
                return None;
            }
        }
        Some(start)
    }

    /// Adds the hedge that fits the kind and ends the step after the anchor's unit.
    pub(super) fn finish(&self, mut raw: Raw) -> Step {
        if self.lang == Lang::Id && self.said_in_passing(&raw) {
            raw.optional = true;
        }
        if let Some((bound, start)) = self.hedge_before(raw.first) {
            if bound_fits(raw.kind, bound) {
                raw.bound = self.bound_in_clause(bound, start, raw.end);
                raw.ctx_start = start;
            }
        }
        Step::one(raw)
    }

    /// An Indonesian hedge as its clause reads it. "tidak" a few words
    /// before turns it ("tidak memakan waktu lebih dari delapan minggu":
    /// at most eight weeks), as "tidak lebih dari" does; "kurang dari 231
    /// kursi yang dibutuhkan" is short of the 231 seats needed, the figure
    /// itself, not less than it.
    fn bound_in_clause(&self, bound: Bound, start: usize, end: usize) -> Bound {
        if self.lang != Lang::Id {
            return bound;
        }
        let needed = (end..end + 4)
            .take_while(|&k| self.word(k).is_some())
            .any(|k| {
                self.word(k) == Some("yang")
                    && matches!(self.word(k + 1), Some("dibutuhkan" | "diperlukan"))
            });
        if bound == Bound::LessThan && needed {
            return Bound::Exact;
        }
        // Between the negation and the hedge only a modal or a verb of
        // taking or reaching ("tidak boleh", "tak akan", "tidak memakan
        // waktu"): "tidak berlaku bagi lebih dari 200.000 warga" negates
        // the verb, not the figure, and "tidak turun di bawah 25 derajat"
        // is English's "does not fall below 25" word for word.
        const BETWEEN: &[&str] = &[
            "akan",
            "bisa",
            "boleh",
            "butuh",
            "dapat",
            "harus",
            "makan",
            "memakan",
            "membutuhkan",
            "mencapai",
            "perlu",
            "waktu",
        ];
        let negated = (start.saturating_sub(3)..start).rev().any(|k| {
            matches!(self.word(k), Some("tidak" | "tak"))
                && (k + 1..start).all(|j| self.word(j).is_some_and(|w| BETWEEN.contains(&w)))
        });
        match bound {
            Bound::MoreThan if negated => Bound::AtMost,
            Bound::LessThan if negated => Bound::AtLeast,
            other => other,
        }
    }

    /// Whether an Indonesian figure is one English often leaves unsaid, so
    /// that it is optional ([`NumberAnchor::optional`]).
    fn said_in_passing(&self, raw: &Raw) -> bool {
        if raw.value == 1.0 && self.word(raw.first) == Some("satu") {
            // "satu kali" is "once", which English may say as "one-off"
            // ("pembayaran satu kali" / "a one-off payment") or not at all,
            // as "sekali" and "once" are.
            let once = raw.unit == Some("time");
            // "satu meter per jam", "satu ton bijih pun": one unit of a
            // measure, which English writes "a meter an hour", "a single
            // tonne", with no figure the reader takes.
            let measure = raw.unit.is_some_and(|u| contains(MEASURE_UNITS, u));
            // "satu rumah sakit, satu sekolah": one of a thing, which English
            // writes "a hospital, a school"; a toll ("satu orang tewas") and
            // a count of people stay firm.
            let thing = raw.event.is_none() && raw.unit.is_some_and(|u| u != "people");
            // "dari satu rumah ke rumah lain": from one to another, which
            // English says with no figure ("between safe houses").
            let to_another = || {
                (raw.end..raw.end + 4).any(|k| {
                    self.word(k) == Some("ke")
                        && (k + 1..k + 4).any(|j| matches!(self.word(j), Some("lain" | "lainnya")))
                })
            };
            if once || measure || thing || to_another() {
                return true;
            }
        }
        // "kapal feri bertingkat dua", "gedung berlantai tiga": a
        // double-decker, a three-storey building, often said with no
        // figure.
        let storeys = matches!(
            raw.first.checked_sub(1).and_then(|p| self.word(p)),
            Some("bertingkat" | "berlantai")
        );
        // "dipantau selama 24 jam": around the clock, as often as "24
        // hours".
        let around_the_clock = raw.value == 24.0 && raw.unit == Some("hour");
        // "menang dua set langsung": in straight sets, with no figure
        let straight_sets = (raw.end..raw.end + 2)
            .any(|k| self.word(k) == Some("set") && self.word(k + 1) == Some("langsung"));
        storeys || around_the_clock || straight_sets
    }

    // --- sentence-level passes ------------------------------------------------------------

    /// Gives the end of a span of years written with two digits ("the
    /// 1950-53 Korean War") its century, as the other side may write it
    /// whole ("Perang Korea 1950-1953").
    pub(super) fn complete_abbreviated_years(&self, raws: &mut [Raw]) {
        for k in 1..raws.len() {
            let (a, b) = (&raws[k - 1], &raws[k]);
            let dash = b.first == a.end + 1
                && (self.glued_sym(a.end, '-') || self.glued_sym(a.end, '–'))
                && self.is_glued(b.first);
            let two_digits = self.digits(b.first).is_some_and(|d| d.len() == 2);
            if !(dash && two_digits && a.kind == NumberKind::Year && b.kind == NumberKind::Cardinal)
            {
                continue;
            }
            let century = (a.value / 100.0).floor() * 100.0;
            let mut year = century + b.value;
            if year <= a.value {
                year += 100.0;
            }
            let b = &mut raws[k];
            b.kind = NumberKind::Year;
            b.value = year;
            b.unit = None;
        }
    }

    /// Joins a duration written in two units, the larger first ("empat tahun
    /// enam bulan", "two hours and 30 minutes", "1 jam 45 menit"), into one
    /// figure in the larger unit (4.5 years, 2.5 hours): the other side may
    /// state it so ("four and a half years").
    pub(super) fn join_compound_durations(&self, raws: &mut Vec<Raw>) {
        let mut k = 0;
        while k + 1 < raws.len() {
            let (a, b) = (&raws[k], &raws[k + 1]);
            let smaller = a
                .unit
                .and_then(|u| COMPOUND_DURATIONS.iter().find(|(big, _, _)| *big == u));
            let joined = match smaller {
                Some((_, small, per)) if b.unit == Some(*small) => {
                    let gap = b.ctx_start.saturating_sub(a.ctx_end);
                    let tight = gap == 0
                        || (gap == 1
                            && (matches!(self.word(a.ctx_end), Some("and" | "dan"))
                                || self.sym(a.ctx_end) == Some(',')));
                    let plain = |r: &Raw| {
                        r.kind == NumberKind::Cardinal
                            && r.bound == Bound::Exact
                            && !r.range_next
                            && !r.optional
                    };
                    (tight && plain(a) && plain(b) && b.value < *per).then_some(*per)
                }
                _ => None,
            };
            if let Some(per) = joined {
                let b = raws.remove(k + 1);
                let a = &mut raws[k];
                a.value += b.value / per;
                a.end = b.end;
                a.ctx_end = b.ctx_end;
            }
            k += 1;
        }
    }

    /// Joins neighbours written as a range or a score (module doc).
    pub(super) fn link_ranges(&self, raws: &mut [Raw]) {
        for k in 1..raws.len() {
            let (head, rest) = raws.split_at_mut(k);
            // A set of a score line after another, set off by a comma ("6-4,
            // 3-6, 7-5"), is a score however it runs.
            let after_a_score = k >= 2
                && head[k - 2].unit == Some("score")
                && self.sym(head[k - 2].ctx_end) == Some(',')
                && head[k - 2].ctx_end + 1 == head[k - 1].first;
            let (a, b) = (&mut head[k - 1], &mut rest[0]);
            let tight = b.first == a.ctx_end + 1
                && self.glued_sym(a.ctx_end, '-')
                && self.is_glued(b.first);
            let link = match self.link(a, b) {
                Some(Link::Range) if after_a_score && tight => Some(Link::Score),
                link => link,
            };
            match link {
                Some(Link::Score) => {
                    for r in [a, b] {
                        r.unit = Some("score");
                        r.bound = Bound::Exact;
                    }
                }
                Some(Link::Range) => {
                    self.share_the_high_ends_scale(a, b);
                    link_range(a, b);
                }
                None => self.list_days(a, b),
            }
        }
    }

    /// Two days of one month listed with "and" ("17 dan 18 September",
    /// "September 17 and 18"): the bare one is a day too, as a range's end
    /// is.
    fn list_days(&self, a: &mut Raw, b: &mut Raw) {
        let listed = b.ctx_start == a.ctx_end + 1
            && matches!(self.word(a.ctx_end), Some("and" | "dan" | "&"));
        let is_day = |r: &Raw| could_be_a_day(r) && r.bound == Bound::Exact;
        if !listed {
            return;
        }
        if a.kind == NumberKind::DayOfMonth && is_day(b) {
            b.kind = NumberKind::DayOfMonth;
        } else if b.kind == NumberKind::DayOfMonth && is_day(a) {
            a.kind = NumberKind::DayOfMonth;
        }
    }

    /// A range whose scale word stands only after its high end ("10-20
    /// miliar dolar", "10 hingga 20 miliar", "$10-20 billion") is in that
    /// scale at both ends: the low end, written smaller than the high end's
    /// digits, takes their multiplier.
    fn share_the_high_ends_scale(&self, a: &mut Raw, b: &mut Raw) {
        // The digits with their separators ("1,6 hingga 2,2 miliar"), so a
        // decimal low end is read whole.
        let written = |r: &Raw| -> Option<f64> {
            let at = (r.first..r.end).find(|&j| self.digits(j).is_some())?;
            Some(self.read_digits(at)?.value).filter(|&d| d > 0.0)
        };
        let (Some(low), Some(high)) = (written(a), written(b)) else {
            return;
        };
        let scale = b.value / high;
        let big = [1e3, 1e6, 1e9, 1e12]
            .iter()
            .any(|m| (scale - m).abs() <= 1e-9 * m);
        let unscaled = (a.value - low).abs() < 1e-9;
        let bare = |r: &Raw| r.kind == NumberKind::Cardinal && r.unit.is_none();
        // "$10-20 billion": the currency before the low end, the scale after
        // the high end.
        let money_first = a.kind == NumberKind::Money && bare(b);
        let alike = bare(a) || money_first || (a.kind == b.kind && a.unit == b.unit);
        if big && unscaled && alike && low < high {
            a.value *= scale;
            if money_first {
                b.kind = a.kind;
                b.unit = a.unit;
            } else {
                a.kind = b.kind;
                a.unit = b.unit;
            }
        }
    }

    /// How the anchors `a` and `b` are joined, if they form a range or a score.
    fn link(&self, a: &Raw, b: &Raw) -> Option<Link> {
        let gap = a.ctx_end..b.first;
        let word_before = a.ctx_start.checked_sub(1).and_then(|p| self.word(p));
        let between = matches!(word_before, Some("between" | "antara"));
        match (
            gap.len(),
            self.tok(gap.start).map(|t| (t.kind, self.lower(t))),
        ) {
            (1, Some((TokKind::Sym('-' | '–' | '—'), _))) => {
                // A range runs upwards, so "88-79" written tight is a score
                // line (88 to 79), as is any tight pair beside a score word;
                // so is "2-2", which spans nothing.
                let descending = a.kind == NumberKind::Cardinal
                    && b.kind == NumberKind::Cardinal
                    && a.value >= b.value
                    && a.value < 1000.0
                    && a.value.fract() == 0.0
                    && b.value.fract() == 0.0;
                let score = self.glued_sym(gap.start, '-')
                    && self.is_glued(b.first)
                    && (descending || self.near_score_word(a, b));
                Some(if score { Link::Score } else { Link::Range })
            }
            // A change in points and the level it reaches ("rose two
            // percentage points to 36 percent") is no range.
            (1, Some((TokKind::Word, w))) if contains(RANGE_WORDS, w) => {
                let points = gap
                    .start
                    .checked_sub(1)
                    .and_then(|p| self.word(p))
                    .is_some_and(|w| matches!(w, "point" | "points" | "poin" | "pts"));
                (!points).then_some(Link::Range)
            }
            (1, Some((TokKind::Word, "and" | "dan"))) if between => Some(Link::Range),
            // "putusan enam banding satu": a split of votes or a ratio, a
            // score line as "6-1" is.
            (1, Some((TokKind::Word, "banding"))) => Some(Link::Score),
            (3, _) if self.ratio_word_at(gap.start + 1) => Some(Link::Score),
            // "naik dari 3.000 menjadi 6.000 pound", as "from 3,000 to 8,000
            // pounds" is read.
            (1, Some((TokKind::Word, "menjadi"))) if word_before == Some("dari") => {
                Some(Link::Range)
            }
            (2, Some((TokKind::Word, "sampai"))) if self.word(gap.start + 1) == Some("dengan") => {
                Some(Link::Range)
            }
            _ => None,
        }
    }

    /// Whether the token at `w` is "for" or "to" hyphened between two
    /// figures, as a ratio writes them ("a 10-for-1 split", "3-to-1").
    fn ratio_word_at(&self, w: usize) -> bool {
        matches!(self.word(w), Some("for" | "to"))
            && self.is_glued(w)
            && w.checked_sub(2)
                .is_some_and(|d| self.glued_sym(w - 1, '-') && self.digits(d).is_some())
            && self.glued_sym(w + 1, '-')
            && self.digits(w + 2).is_some()
    }

    fn near_score_word(&self, a: &Raw, b: &Raw) -> bool {
        let score = |w: &str| contains(SCORE_WORDS, w).then_some("score");
        self.scan((0..a.ctx_start).rev(), score).is_some()
            || self.scan(b.ctx_end..self.toks.len(), score).is_some()
    }

    /// Sets each count's event from the nearest event word on either side, never reaching
    /// past a neighbouring anchor; a tie goes to the word before, since in both languages
    /// the verb usually precedes its object ("menewaskan 137 orang dan melukai 180").
    pub(super) fn assign_events(&self, raws: &mut [Raw]) {
        for k in 0..raws.len() {
            let Some((words, window)) = raws[k].event_words() else {
                continue;
            };
            let lo = k.checked_sub(1).map_or(0, |p| raws[p].ctx_end);
            let hi = raws.get(k + 1).map_or(self.toks.len(), |r| r.ctx_start);
            let r = &raws[k];
            let event = |w: &str| lookup(words, w);
            let start = r.ctx_start;
            let before = self.scan_within(window, (lo..start).rev(), event);
            let after = self.scan_within(window, r.ctx_end..hi.max(r.ctx_end), event);
            raws[k].event = match (before, after) {
                (Some((db, eb)), Some((da, ea))) => Some(if da < db { ea } else { eb }),
                (b, a) => b.or(a).map(|(_, e)| e),
            };
            // A tally named further back, which a verb of reaching carries
            // to the count ("korban tewas akibat gempa ... mencapai 57
            // orang", "the death toll from the quake rose to 57"); it is what
            // the count counts, whatever follows ("has reached 57 with
            // scores injured").
            let reached = self
                .prev_word(start)
                .is_some_and(|w| contains(REACH_WORDS, w));
            if before.is_none() && words == EVENTS && reached {
                // Past a date between ("from Wednesday's quake"), not past
                // another count.
                let lo = raws[..k]
                    .iter()
                    .rev()
                    .find(|p| p.event_words().is_some())
                    .map_or(0, |p| p.ctx_end);
                let further = self.scan_within(TOLL_WINDOW, (lo..start).rev(), event);
                if let Some((_, e)) = further {
                    raws[k].event = Some(e);
                }
            }
        }
        for k in 1..raws.len() {
            if raws[k - 1].range_next {
                let shared = raws[k - 1].event.or(raws[k].event);
                raws[k - 1].event = shared;
                raws[k].event = shared;
            }
        }
    }

    /// Marks each year and decade with what the word before it says it dates
    /// ([`YearMark`]): the word before the date it ends ("sejak 14 Mei 2002", "in August
    /// 2021"), past `tahun`/`year`/`the` ("pada tahun 1995", "in the 1980s").
    pub(super) fn mark_years(&self, raws: &mut [Raw]) {
        for k in 0..raws.len() {
            if !matches!(raws[k].kind, NumberKind::Year | NumberKind::Decade) {
                continue;
            }
            // The day and month written before the year belong to its date.
            let mut start = raws[k].ctx_start;
            for p in (0..k).rev() {
                let r = &raws[p];
                let joined = r.ctx_end == start
                    || (r.ctx_end + 1 == start && self.sym(r.ctx_end) == Some(','));
                if !joined || !matches!(r.kind, NumberKind::Month | NumberKind::DayOfMonth) {
                    break;
                }
                start = r.ctx_start;
            }
            while start > 0
                && self
                    .prev_word(start)
                    .is_some_and(|w| contains(YEAR_WORDS, w))
            {
                start -= 1;
            }
            raws[k].marks = self.prev_word(start).and_then(|w| lookup(YEAR_MARKS, w));
        }
    }

    /// Looks through up to [`EVENT_WINDOW`] words in the order given, stopping at the end
    /// of a clause: the first word `hit` accepts, with its distance in words.
    fn scan<T>(
        &self,
        order: impl Iterator<Item = usize>,
        hit: impl Fn(&str) -> Option<T>,
    ) -> Option<(usize, T)> {
        self.scan_within(EVENT_WINDOW, order, hit)
    }

    /// [`Self::scan`] through up to `window` words.
    fn scan_within<T>(
        &self,
        window: usize,
        order: impl Iterator<Item = usize>,
        hit: impl Fn(&str) -> Option<T>,
    ) -> Option<(usize, T)> {
        let mut words = 0;
        for j in order.take(SCAN_TOKENS_PER_WORD * window) {
            let t = self.tok(j)?;
            match t.kind {
                TokKind::Sym('.' | ';' | ':' | '!' | '?') => return None,
                TokKind::Sym(_) => continue,
                _ => {}
            }
            let word = self.lower(t);
            // Auxiliaries and the count's own words say nothing of the event
            // ("179 others had been rescued", "288 penumpang lainnya masih
            // hilang"): they do not use up the window.
            if !contains(EVENT_FILLERS, word) {
                words += 1;
            }
            if words > window {
                return None;
            }
            if let Some(found) = hit(word) {
                return Some((words, found));
            }
            // A conjunction starts another clause, with an event of its own
            // ("9 orang tewas, sedangkan 288 ...", "dead, and 179 others").
            if contains(CLAUSE_JOINERS, word) {
                return None;
            }
        }
        None
    }
}

// ---------------------------------------------------------------------------------------
// Helpers without context
// ---------------------------------------------------------------------------------------

/// The value of `head` followed by `(separator, digits)` groups. A lone separator before
/// other than three digits is a decimal point whichever it is (`2.5` in an Indonesian
/// text), and a run grouped with the other language's thousands separator still reads
/// as thousands. Other mixtures (`1.2.3`, version numbers, IP addresses) are not numbers.
fn digit_value(head: &str, groups: &[(char, &str)], lang: Lang) -> Option<f64> {
    let (thousands, decimal) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let grouped = |sep: char, body: &[(char, &str)]| {
        !body.is_empty() && head.len() <= 3 && body.iter().all(|&(s, g)| s == sep && g.len() == 3)
    };
    let (int, frac) = match groups {
        [] => (groups, None),
        [_] if grouped(thousands, groups) => (groups, None),
        [(_, g)] => (&groups[..0], Some(*g)),
        [body @ .., (s, g)] if *s == decimal && grouped(thousands, body) => (body, Some(*g)),
        _ if grouped(thousands, groups) || grouped(decimal, groups) => (groups, None),
        _ => return None,
    };
    let mut s = String::with_capacity(head.len() + 4 * groups.len());
    s.push_str(head);
    for (_, g) in int {
        s.push_str(g);
    }
    if let Some(f) = frac {
        s.push('.');
        s.push_str(f);
    }
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Two plain digits of a round ten: "60", "90".
fn is_round_ten(num: &DigitNum) -> bool {
    num.plain && num.len == 2 && num.value % 10.0 == 0.0
}

fn is_decade(num: &DigitNum) -> bool {
    num.plain && num.len == 4 && num.value % 10.0 == 0.0
}

fn glued_word_lead(w: &str) -> Option<Lead> {
    if let Some(code) = lookup(CURRENCY_CODES, w) {
        Some(Lead::Currency(code))
    } else if contains(AGE_WORDS, w) {
        Some(Lead::Plain)
    } else if w == "ke" {
        Some(Lead::Ordinal { spaced: false })
    } else {
        None
    }
}

fn hyphen_lead(w: &str) -> Option<Lead> {
    if w == "ke" {
        Some(Lead::Ordinal { spaced: false })
    } else if contains(PERIOD_PREFIXES, w) {
        Some(Lead::Period)
    } else if contains(GROUP_LEADS, w) || matches!(w, "par" | "under" | "u") {
        // "the round-of-16 tie", "the last-16 game", "a top-50 player":
        // "babak 16 besar", "50 besar"; "the par-5 18th": "par 5"; "the
        // under-14 title": "kelompok umur di bawah 14 tahun"; "the U-23
        // team", as "the under-23 team"
        Some(Lead::Plain)
    } else {
        None
    }
}

/// A word joined by a hyphen after digits: `1980-an`, `15-year-old`; other words are
/// left alone (`5-star`).
fn hyphen_tail(num: &DigitNum, w: &str, next: usize) -> Tail {
    if w == "an" && is_decade(num) {
        return Tail::Decade(next);
    }
    if matches!(w, "basis-point" | "basis-points") {
        return Tail::BasisPoints(next);
    }
    let head = w.split('-').next().unwrap_or(w);
    // "a 100-million-degree plasma", "a 5-billion-dollar deal": the
    // magnitude compounded with the noun it measures
    if let Some(m) = lookup(MAGNITUDES, head).filter(|_| head.len() > 2) {
        return Tail::Magnitude(m, next);
    }
    lookup(UNITS, head).map_or(Tail::Plain, |u| Tail::Unit(u, next))
}

/// Only hedges of approximation apply to dates ("sekitar tahun 2000"); "hingga 2021" and
/// "since 2003" are about time, not amounts. Ordinals take none.
fn bound_fits(kind: NumberKind, bound: Bound) -> bool {
    match kind {
        NumberKind::Ordinal => false,
        k if k.is_calendar() => matches!(bound, Bound::About | Bound::Nearly),
        _ => true,
    }
}

/// Punctuation after which a capitalised word may just be the first of a sentence.
/// An Indonesian noun after which a number names a place in a row, as
/// an ordinal does: "lantai empat" is the fourth floor.
pub(super) fn numbers_a_place(w: &str) -> bool {
    // "divisi dua" is the second division ("second-division side")
    matches!(w, "lantai" | "divisi")
}

pub(super) fn is_sentence_opener(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ':' | '"' | '“' | '”' | '‘' | '\'' | '(' | '[' | '–' | '—' | '-'
    )
}

/// A bare whole count from 1 to 31: a day of the month beside a day's
/// other end or list.
fn could_be_a_day(r: &Raw) -> bool {
    r.kind == NumberKind::Cardinal
        && r.unit.is_none()
        && r.value.fract() == 0.0
        && (1.0..=31.0).contains(&r.value)
}

/// Joins a range's ends: days of a month (`May 14 to 19`), or a low and high amount.
fn link_range(a: &mut Raw, b: &mut Raw) {
    let is_day = could_be_a_day;
    match (a.kind, b.kind) {
        (NumberKind::DayOfMonth, NumberKind::Cardinal) if is_day(b) => {
            b.kind = NumberKind::DayOfMonth;
            b.bound = Bound::Exact;
        }
        (NumberKind::Cardinal, NumberKind::DayOfMonth) if is_day(a) => {
            a.kind = NumberKind::DayOfMonth;
        }
        (x, y) if x.is_quantity() && y.is_quantity() => {
            if a.kind == NumberKind::Cardinal && a.unit.is_none() && !a.others {
                a.kind = b.kind;
                a.unit = b.unit;
                a.others = b.others;
            } else if a.kind == NumberKind::Cardinal
                && a.ctx_end == a.end
                && b.kind == NumberKind::Cardinal
                && b.unit.is_none()
                && !b.others
            {
                // A unit read before the low end ("aged 10 to 14") is the
                // high end's too; one written after it ("24 aircraft to 31
                // destinations", "322 votes to 266") counts only the low end.
                b.unit = a.unit;
            }
            if a.kind != b.kind || a.unit != b.unit {
                return;
            }
            if a.bound == Bound::Exact {
                a.bound = Bound::AtLeast;
            }
            if b.bound == Bound::Exact {
                b.bound = Bound::AtMost;
            }
            a.range_next = true;
        }
        _ => {}
    }
}

/// "180 lainnya" counts people when the sentence counts people (module doc).
pub(super) fn resolve_others(raws: &mut [Raw]) {
    let people = raws.iter().any(|r| r.unit == Some("people"));
    for r in raws.iter_mut().filter(|r| r.others) {
        r.unit = people.then_some("people");
    }
}

// ---------------------------------------------------------------------------------------
// Words that may open a reading
// ---------------------------------------------------------------------------------------

/// Whether the word `w` (lower case) can open any reading of [`Ctx::read_word`] in
/// `lang`: a month, month abbreviation or weekday name, a number word, in English an
/// ordinal, `a` (`a hundred`) or any word with a hyphen, in Indonesian `pertama` or `ke`
/// before a number word (`and` only continues a number). Most words are none of these:
/// one look-up spares them the readers, which would each look the word up in their own
/// tables (a test checks that the readers give nothing for them).
fn may_open_reading(lang: Lang, w: &str) -> bool {
    static OPENERS: std::sync::LazyLock<[Openers; 2]> = std::sync::LazyLock::new(|| {
        fn keys<T>(table: &'static [(&str, T)]) -> impl Iterator<Item = String> + Clone {
            table.iter().map(|(k, _)| k.to_string())
        }
        // A weekday or month opens a reading in the possessive too
        // ("Saturday's", "last May's").
        let calendar = keys(MONTHS)
            .chain(keys(MONTHS).map(|k| format!("{k}'s")))
            .chain(keys(MONTH_ABBREVIATIONS))
            .chain(keys(WEEKDAYS))
            .chain(keys(WEEKDAYS).map(|k| format!("{k}'s")))
            .chain(keys(WEEKDAYS).map(|k| format!("{k}s")));
        let id = calendar
            .clone()
            .chain(keys(ID_NUMBER_WORDS))
            .chain(keys(ID_NUMBER_WORDS).map(|k| format!("ke{k}")))
            .chain(keys(ID_NUMBER_WORDS).map(|k| format!("ke{k}nya")))
            .chain(keys(ID_VAGUE_AMOUNTS))
            .chain(keys(super::tables::ID_ONE_UNIT_OF_TIME))
            .chain(
                [
                    "pertama",
                    "pertamanya",
                    "perdana",
                    "perdananya",
                    "seorang",
                    "berlipat",
                    "melipatgandakan",
                    "dilipatgandakan",
                    "lipatgandakan",
                    "lipat",
                    "sekali",
                    "menggandakan",
                    "digandakan",
                    "gandakan",
                    "penggandaan",
                    "pelipatgandaan",
                    // "dibagi dua": halved
                    "dibagi",
                    "terbagi",
                    // "siang tadi", "anak balita"
                    "siang",
                    "balita",
                    // holidays: "Hari Tahun Baru", "Malam Natal", and the
                    // English names Indonesian keeps ("Boxing Day")
                    "hari",
                    "malam",
                    "boxing",
                    "christmas",
                    "new",
                ]
                .map(String::from),
            )
            .chain(["i", "ii", "iii", "iv", "v"].map(String::from));
        let en = calendar
            .chain(keys(EN_NUMBER_WORDS))
            .chain(keys(EN_ORDINALS))
            .chain(keys(EN_FOLD_WORDS))
            .chain(keys(EN_VAGUE_AMOUNTS))
            .chain([
                "tens".to_string(),
                "decade".to_string(),
                "century".to_string(),
            ])
            .chain(
                [
                    "a", "an", "both", "once", "twice", "thrice", "halve", "halved", "halves",
                    "halving",
                ]
                .map(String::from),
            )
            .chain(
                [
                    "double",
                    "doubles",
                    "quadruple",
                    "quadruples",
                    "triple",
                    "triples",
                ]
                .map(String::from),
            )
            .chain(keys(EN_TWO_IN_PASSING))
            .chain(["quarter", "twins", "triplets", "quadruplets", "maiden"].map(String::from))
            // "a dual carriageway", "twin blasts": two of the noun after
            .chain(["dual", "twin"].map(String::from))
            // holidays: "Boxing Day", "Christmas Eve", "New Year's Day"
            .chain(["boxing", "christmas", "new"].map(String::from))
            .chain(["q", "h", "i", "ii", "iii", "iv", "v"].map(String::from))
            .chain(
                [
                    "quarter-century",
                    "quarter-century-old",
                    "half-century",
                    "half-century-old",
                ]
                .map(String::from),
            )
            .chain(keys(EN_DECADE_WORDS));
        [Openers::new(id), Openers::new(en)]
    });
    match lang {
        // fractions (`sepertiga`, `separuh`) and noon or midnight (`tengah hari`)
        Lang::Id => {
            OPENERS[0].contains(w)
                || w.starts_with("seper")
                // a month with a particle ("Agustus-lah") or a range of months
                // ("Maret-Mei")
                || w.split_once('-').is_some_and(|(a, b)| {
                    OPENERS[0].contains(a)
                        && (super::tables::is_id_particle(b) || lookup(MONTHS, b).is_some())
                })
                || matches!(w, "separuh" | "separuhnya" | "setengahnya" | "tengah")
                // "melipattigakan": to triple
                || (w.contains("lipat") && w.ends_with("kan"))
        }
        Lang::En => {
            w.contains('-') || OPENERS[1].contains(w) || matches!(w, "noon" | "midday" | "midnight")
        }
    }
}

/// The words that open a reading, with a cheap first test on their first byte and length.
struct Openers {
    words: rustc_hash::FxHashSet<String>,
    /// For each first byte, bit `n` set when some word of `n` bytes (n < 32) starts with it.
    lengths_by_first: [u32; 256],
}

impl Openers {
    pub(super) fn new(words: impl Iterator<Item = String>) -> Openers {
        let words: rustc_hash::FxHashSet<String> = words.collect();
        let mut lengths_by_first = [0; 256];
        for w in &words {
            assert!((1..32).contains(&w.len()), "{w}");
            lengths_by_first[usize::from(w.as_bytes()[0])] |= 1 << w.len();
        }
        Openers {
            words,
            lengths_by_first,
        }
    }

    /// Most words fail the first test, sparing them the hashing.
    fn contains(&self, w: &str) -> bool {
        let fits = match w.as_bytes().first() {
            Some(&b) => w.len() < 32 && self.lengths_by_first[usize::from(b)] & (1 << w.len()) != 0,
            None => false,
        };
        fits && self.words.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchors::numbers::testing::*;
    use crate::anchors::numbers::tokenize::{tokenize, Tokens};
    use crate::anchors::numbers::Bound::*;
    use crate::anchors::numbers::NumberKind::*;
    use crate::text::doc::Lang::{En, Id};

    #[test]
    fn digits_follow_the_conventions_of_each_language() {
        check(&[
            ("1.000", Id, &[n(1000.0)]),
            ("1.250", Id, &[n(1250.0)]),
            ("2,5", Id, &[n(2.5)]),
            ("1.500.000", Id, &[n(1_500_000.0)]),
            ("1.500,75", Id, &[n(1500.75)]),
            ("1,000", En, &[n(1000.0)]),
            ("2.5", En, &[n(2.5)]),
            ("1,250,000", En, &[n(1_250_000.0)]),
            ("1,500.75", En, &[n(1500.75)]),
            ("1.000", En, &[n(1.0)]),
            // a lone separator before other than three digits is a decimal point
            ("2.5", Id, &[n(2.5)]),
            // grouped in the other language's style, still thousands
            ("1.500.000", En, &[n(1_500_000.0)]),
            ("1,500,000", Id, &[n(1_500_000.0)]),
            ("Sebanyak 137.", Id, &[n(137.0)]),
            ("He counted 5, 6 and 7.", En, &[n(5.0), n(6.0), n(7.0)]),
            // version numbers and addresses are not numbers
            ("192.168.0.1", En, &[]),
            ("1.2.3", Id, &[]),
        ]);
    }

    #[test]
    fn money_and_percentages() {
        check(&[
            ("£2.1bn", En, &[(2.1e9, Money, Exact, Some("GBP"))]),
            ("$5m", En, &[(5e6, Money, Exact, Some("USD"))]),
            ("US$1,5 miliar", Id, &[(1.5e9, Money, Exact, Some("USD"))]),
            ("US$ 20", En, &[(20.0, Money, Exact, Some("USD"))]),
            (
                "12,4 juta dolar Australia",
                Id,
                &[(12.4e6, Money, Exact, Some("AUD"))],
            ),
            ("5 dolar Hong Kong", Id, &[(5.0, Money, Exact, Some("HKD"))]),
            (
                "2,1 miliar pound Sudan Selatan",
                Id,
                &[(2.1e9, Money, Exact, Some("SSP"))],
            ),
            (
                "1.2 billion South Sudanese pounds",
                En,
                &[(1.2e9, Money, Exact, Some("SSP"))],
            ),
            ("5 pound Sudan", Id, &[(5.0, Money, Exact, Some("SDG"))]),
            ("5 dolar AS", Id, &[(5.0, Money, Exact, Some("USD"))]),
            (
                "5 million U.S. dollars",
                En,
                &[(5e6, Money, Exact, Some("USD"))],
            ),
            ("a Formula One seat", En, &[]),
            ("kursi Formula Satu", Id, &[]),
            ("the Formula 1 season", En, &[]),
            ("the Group of 20's framework", En, &[]),
            ("26 dolar NZ", Id, &[(26.0, Money, Exact, Some("NZD"))]),
            (
                "5 million US dollars",
                En,
                &[(5e6, Money, Exact, Some("USD"))],
            ),
            (
                "60 million Australian dollars",
                En,
                &[(60e6, Money, Exact, Some("AUD"))],
            ),
            ("A$12.4 million", En, &[(12.4e6, Money, Exact, Some("AUD"))]),
            (
                "30 million New Taiwan dollars",
                En,
                &[(30e6, Money, Exact, Some("TWD"))],
            ),
            (
                "20 juta dolar Taiwan Baru",
                Id,
                &[(20e6, Money, Exact, Some("TWD"))],
            ),
            // a pound named by its country is no British pound
            (
                "8,000 Syrian pounds",
                En,
                &[(8000.0, Money, Exact, Some("SYP"))],
            ),
            (
                "6.000 pound Suriah",
                Id,
                &[(6000.0, Money, Exact, Some("SYP"))],
            ),
            (
                "50 Egyptian pounds",
                En,
                &[(50.0, Money, Exact, Some("EGP"))],
            ),
            ("200 pound", Id, &[(200.0, Money, Exact, Some("GBP"))]),
            // "dari ... menjadi ..." is a change's range, as "from ... to"
            (
                "naik dari 3.000 menjadi 6.000 pound Suriah",
                Id,
                &[
                    (3000.0, Money, AtLeast, Some("SYP")),
                    (6000.0, Money, AtMost, Some("SYP")),
                ],
            ),
            (
                "rose from 3,000 to 6,000 Syrian pounds",
                En,
                &[
                    (3000.0, Money, AtLeast, Some("SYP")),
                    (6000.0, Money, AtMost, Some("SYP")),
                ],
            ),
            ("Rp 1.000", Id, &[(1000.0, Money, Exact, Some("IDR"))]),
            ("Rp1.000", Id, &[(1000.0, Money, Exact, Some("IDR"))]),
            (
                "Rp. 2,5 triliun",
                Id,
                &[(2.5e12, Money, Exact, Some("IDR"))],
            ),
            ("1,5 juta rupiah", Id, &[(1.5e6, Money, Exact, Some("IDR"))]),
            ("5 dolar", Id, &[(5.0, Money, Exact, Some("USD"))]),
            ("10 dollars", En, &[(10.0, Money, Exact, Some("USD"))]),
            ("20 pounds", En, &[(20.0, Money, Exact, Some("GBP"))]),
            (
                "89 juta poundsterling",
                Id,
                &[(89e6, Money, Exact, Some("GBP"))],
            ),
            ("€5", En, &[(5.0, Money, Exact, Some("EUR"))]),
            ("50 euro", Id, &[(50.0, Money, Exact, Some("EUR"))]),
            ("USD 5", En, &[(5.0, Money, Exact, Some("USD"))]),
            ("more than $5m", En, &[(5e6, Money, MoreThan, Some("USD"))]),
            ("tiga juta dolar", Id, &[(3e6, Money, Exact, Some("USD"))]),
            ("15%", En, &[(15.0, Percent, Exact, Some("percent"))]),
            ("15 persen", Id, &[(15.0, Percent, Exact, Some("percent"))]),
            ("15 percent", En, &[(15.0, Percent, Exact, Some("percent"))]),
            (
                "15 per cent",
                En,
                &[(15.0, Percent, Exact, Some("percent"))],
            ),
            (
                "lebih dari 2,5%",
                Id,
                &[(2.5, Percent, MoreThan, Some("percent"))],
            ),
        ]);
    }

    #[test]
    fn indonesian_hedges() {
        let b = |bound| -> Want { (100.0, Cardinal, bound, Some("people")) };
        check(&[
            ("lebih dari 100 orang", Id, &[b(MoreThan)]),
            ("sedikitnya 100 orang", Id, &[b(AtLeast)]),
            ("setidaknya 100 orang", Id, &[b(AtLeast)]),
            ("paling sedikit 100 orang", Id, &[b(AtLeast)]),
            ("minimal 100 orang", Id, &[b(AtLeast)]),
            ("hampir 100 orang", Id, &[b(Nearly)]),
            ("hampir mencapai 100 orang", Id, &[b(Nearly)]),
            ("sekitar 100 orang", Id, &[b(About)]),
            ("kira-kira 100 orang", Id, &[b(About)]),
            ("kurang dari 100 orang", Id, &[b(LessThan)]),
            ("hingga 100 orang", Id, &[b(AtMost)]),
            ("sampai 100 orang", Id, &[b(AtMost)]),
            ("maksimal 100 orang", Id, &[b(AtMost)]),
            ("hampir semua orang", Id, &[]),
            // A negation a few words before turns the hedge; a comma ends
            // its clause.
            ("tidak boleh lebih dari 100 orang", Id, &[b(AtMost)]),
            ("tidak memakan waktu lebih dari 100 orang", Id, &[b(AtMost)]),
            // The verb negated, not the figure.
            (
                "tidak berlaku bagi lebih dari 100 orang",
                Id,
                &[b(MoreThan)],
            ),
            ("tak butuh kurang dari 100 orang", Id, &[b(AtLeast)]),
            ("tidak, lebih dari 100 orang", Id, &[b(MoreThan)]),
            // Short of the figure needed is the figure itself.
            ("kurang dari 100 orang yang dibutuhkan", Id, &[b(Exact)]),
        ]);
    }

    #[test]
    fn english_hedges() {
        let b = |bound| -> Want { (100.0, Cardinal, bound, Some("people")) };
        check(&[
            ("more than 100 people", En, &[b(MoreThan)]),
            ("over 100 people", En, &[b(MoreThan)]),
            ("at least 100 people", En, &[b(AtLeast)]),
            ("nearly 100 people", En, &[b(Nearly)]),
            ("almost 100 people", En, &[b(Nearly)]),
            ("about 100 people", En, &[b(About)]),
            ("around 100 people", En, &[b(About)]),
            ("roughly 100 people", En, &[b(About)]),
            ("some 100 people", En, &[b(About)]),
            ("up to 100 people", En, &[b(AtMost)]),
            ("less than 100 people", En, &[b(LessThan)]),
            ("fewer than 100 people", En, &[b(LessThan)]),
            ("under 100 people", En, &[b(LessThan)]),
            ("no more than 100 people", En, &[b(AtMost)]),
            ("not more than 100 people", En, &[b(AtMost)]),
            ("not less than 100 people", En, &[b(AtLeast)]),
            ("more than a hundred people", En, &[b(MoreThan)]),
            ("some responsibility", En, &[]),
            ("over the years", En, &[]),
        ]);
    }

    #[test]
    fn units_and_counted_nouns() {
        check(&[
            ("137 orang", Id, &[u(137.0, "people")]),
            ("50 warga", Id, &[u(50.0, "people")]),
            ("3 people", En, &[u(3.0, "people")]),
            ("2 persons", En, &[u(2.0, "people")]),
            ("15 tahun", Id, &[u(15.0, "year")]),
            ("5 years", En, &[u(5.0, "year")]),
            ("3 bulan", Id, &[u(3.0, "month")]),
            ("7 hari", Id, &[u(7.0, "day")]),
            ("dua minggu", Id, &[u(2.0, "week")]),
            ("10 km", Id, &[u(10.0, "km")]),
            ("10km", En, &[u(10.0, "km")]),
            ("100m sprint", En, &[u(100.0, "metre")]),
            // pence as British prices write them, and no screen's lines
            ("rose by 10p", En, &[u(10.0, "pence")]),
            ("naik 10 pence", Id, &[u(10.0, "pence")]),
            ("in 1080p", En, &[]),
            // speeds, weights and temperatures, to be converted
            ("240 km/jam", Id, &[u(240.0, "km/h")]),
            ("240km/jam", Id, &[u(240.0, "km/h")]),
            ("240 kilometer per jam", Id, &[u(240.0, "km/h")]),
            ("14 kilometers per second", En, &[u(14.0, "km/s")]),
            ("150 mph", En, &[u(150.0, "mph")]),
            ("150 miles per hour", En, &[u(150.0, "mph")]),
            ("150 miles an hour", En, &[u(150.0, "mph")]),
            ("240 kph", En, &[u(240.0, "km/h")]),
            ("240 km/h", En, &[u(240.0, "km/h")]),
            ("100 pon", Id, &[u(100.0, "pound")]),
            ("40 derajat Celsius", Id, &[u(40.0, "celsius")]),
            ("104 degrees Fahrenheit", En, &[u(104.0, "fahrenheit")]),
            ("40°C", Id, &[u(40.0, "celsius")]),
            ("highs of 30C", En, &[u(30.0, "celsius")]),
            ("a balmy 86F", En, &[u(86.0, "fahrenheit")]),
            ("70mph", En, &[u(70.0, "mph")]),
            // a distance that is no speed
            ("10 km a day", En, &[u(10.0, "km")]),
            ("19m people", En, &[u(19e6, "people")]),
            ("2.5 million people", En, &[u(2.5e6, "people")]),
            ("2021 orang", Id, &[u(2021.0, "people")]),
            // People counted by what they are, and things counted.
            ("155 penumpang", Id, &[u(155.0, "people")]),
            ("seven crew", En, &[u(7.0, "people")]),
            ("30 kapal", Id, &[u(30.0, "ship")]),
            ("30 ships", En, &[u(30.0, "ship")]),
            ("2.000 rumah", Id, &[u(2000.0, "house")]),
            ("dua rumah sakit", Id, &[u(2.0, "hospital")]),
            ("120 seats", En, &[u(120.0, "seat")]),
        ]);
    }

    #[test]
    fn others_count_people_when_the_sentence_does() {
        check(&[
            (
                "menewaskan 137 orang dan melukai 180 lainnya",
                Id,
                &[u(137.0, "people"), u(180.0, "people")],
            ),
            (
                "killed 12 people and injured 40 others",
                En,
                &[u(12.0, "people"), u(40.0, "people")],
            ),
            ("melukai 180 lainnya", Id, &[n(180.0)]),
        ]);
    }

    #[test]
    fn counts_of_times_have_the_unit_time() {
        check(&[
            ("seven-time champion Egypt", En, &[u(7.0, "time")]),
            ("won it three times", En, &[u(3.0, "time")]),
            ("juara sembilan kali Mesir", Id, &[u(9.0, "time")]),
        ]);
    }

    #[test]
    fn ages_are_years() {
        check(&[
            ("a 15-year-old boy", En, &[u(15.0, "year")]),
            ("a two-year-old", En, &[u(2.0, "year")]),
            ("anak usia13", Id, &[u(13.0, "year")]),
            ("anak usia 13", Id, &[u(13.0, "year")]),
            ("berusia 13 tahun", Id, &[u(13.0, "year")]),
            ("aged 13", En, &[u(13.0, "year")]),
            ("he will turn 30 next month", En, &[u(30.0, "year")]),
            ("before running wide at turn 10.", En, &[n(10.0)]),
            ("a 5-star hotel", En, &[n(5.0)]),
        ]);
        let a = first("anak usia13", Id);
        assert_eq!(a.text, "usia13");
    }

    #[test]
    fn scores_and_ranges() {
        let score = |v| -> Want { (v, Cardinal, Exact, Some("score")) };
        check(&[
            ("a 2-0 score", En, &[score(2.0), score(0.0)]),
            ("menang 3-1", Id, &[score(3.0), score(1.0)]),
            // A ratio hyphened through "for" or "to", as "banding" joins one.
            ("a 10-for-1 stock split", En, &[score(10.0), score(1.0)]),
            (
                "pemecahan saham 10 banding 1",
                Id,
                &[score(10.0), score(1.0)],
            ),
            ("odds of 3-to-1", En, &[score(3.0), score(1.0)]),
            // A tight pair that runs downwards is a score line, not a range.
            (
                "defeating the Marine Corps 88-79",
                En,
                &[score(88.0), score(79.0)],
            ),
            (
                "10-15 orang",
                Id,
                &[
                    (10.0, Cardinal, AtLeast, Some("people")),
                    (15.0, Cardinal, AtMost, Some("people")),
                ],
            ),
            (
                "10 hingga 15 orang",
                Id,
                &[
                    (10.0, Cardinal, AtLeast, Some("people")),
                    (15.0, Cardinal, AtMost, Some("people")),
                ],
            ),
            // A unit read before the low end is the high end's too, not one
            // written after it.
            (
                "by 322 votes to 266",
                En,
                &[
                    (322.0, Cardinal, Exact, Some("vote")),
                    (266.0, Cardinal, Exact, None),
                ],
            ),
            (
                "children aged 10 to 14 in",
                En,
                &[
                    (10.0, Cardinal, AtLeast, Some("year")),
                    (14.0, Cardinal, AtMost, Some("year")),
                ],
            ),
            (
                "between 10 and 15 people",
                En,
                &[
                    (10.0, Cardinal, AtLeast, Some("people")),
                    (15.0, Cardinal, AtMost, Some("people")),
                ],
            ),
            (
                "from 10 to 15 percent",
                En,
                &[
                    (10.0, Percent, AtLeast, Some("percent")),
                    (15.0, Percent, AtMost, Some("percent")),
                ],
            ),
            // A scale word after the high end scales both ends.
            (
                "10-20 miliar dolar",
                Id,
                &[
                    (10e9, Money, AtLeast, Some("USD")),
                    (20e9, Money, AtMost, Some("USD")),
                ],
            ),
            (
                "$10-20 billion",
                En,
                &[
                    (10e9, Money, AtLeast, Some("USD")),
                    (20e9, Money, AtMost, Some("USD")),
                ],
            ),
            (
                "dari 1,6 hingga 2,2 miliar euro",
                Id,
                &[
                    (1.6e9, Money, AtLeast, Some("EUR")),
                    (2.2e9, Money, AtMost, Some("EUR")),
                ],
            ),
            // A whole number and a fraction, in either language.
            (
                "over 5 1/3 innings",
                En,
                &[(5.0 + 1.0 / 3.0, Cardinal, MoreThan, None)],
            ),
            (
                "dalam 5 1/3 inning",
                Id,
                &[(5.0 + 1.0 / 3.0, Cardinal, Exact, None)],
            ),
            // ... only where the low end is written smaller than the high.
            (
                "from 3 to 2 million",
                En,
                &[
                    (3.0, Cardinal, AtLeast, None),
                    (2e6, Cardinal, AtMost, None),
                ],
            ),
            // A change in points and the level it reaches: two figures.
            (
                "rose two percentage points to 36 percent",
                En,
                &[
                    (2.0, Percent, Exact, Some("percent")),
                    (36.0, Percent, Exact, Some("percent")),
                ],
            ),
            (
                "14-19 Mei",
                Id,
                &[k(14.0, DayOfMonth), k(19.0, DayOfMonth), k(5.0, Month)],
            ),
            (
                "May 14 to 19",
                En,
                &[k(5.0, Month), k(14.0, DayOfMonth), k(19.0, DayOfMonth)],
            ),
            ("1995-2000", En, &[k(1995.0, Year), k(2000.0, Year)]),
            // Two days listed with "and".
            (
                "17 dan 18 September",
                Id,
                &[k(17.0, DayOfMonth), k(18.0, DayOfMonth), k(9.0, Month)],
            ),
            (
                "September 17 and 18",
                En,
                &[k(9.0, Month), k(17.0, DayOfMonth), k(18.0, DayOfMonth)],
            ),
            // A year of the next century after the horizon's word.
            ("rise by 2100", En, &[k(2100.0, Year)]),
            ("naik pada 2100", Id, &[k(2100.0, Year)]),
        ]);
        check_events(&[("10-15 people were killed", En, 10.0, Some("killed"))]);
    }

    #[test]
    fn rates_read_which_way_they_moved() {
        check_events(&[
            (
                "menyusut dengan laju lebih dari tiga persen",
                Id,
                3.0,
                Some("fell"),
            ),
            (
                "increased at an annual rate of 4.6 percent in the second quarter, after decreasing 2.1 percent",
                En,
                4.6,
                Some("rose"),
            ),
            (
                "increased at an annual rate of 4.6 percent in the second quarter, after decreasing 2.1 percent",
                En,
                2.1,
                Some("fell"),
            ),
            ("ekonomi tumbuh 4,9 persen", Id, 4.9, Some("rose")),
            // A count takes no direction: a toll that rose is still a toll.
            ("korban tewas naik menjadi 57 orang", Id, 57.0, Some("killed")),
            ("the toll rose to 57", En, 57.0, Some("killed")),
            // Nor does a rate with no verb beside it.
            ("a rate of 5 percent", En, 5.0, None),
        ]);
    }

    #[test]
    fn events_from_adjacent_words() {
        check_events(&[
            ("menewaskan 137 orang", Id, 137.0, Some("killed")),
            ("137 orang tewas", Id, 137.0, Some("killed")),
            ("137 orang meninggal dunia", Id, 137.0, Some("killed")),
            ("melukai 180 lainnya", Id, 180.0, Some("injured")),
            ("180 orang luka-luka", Id, 180.0, Some("injured")),
            ("180 orang terluka", Id, 180.0, Some("injured")),
            (
                "menewaskan 137 orang dan melukai 180 lainnya",
                Id,
                137.0,
                Some("killed"),
            ),
            (
                "menewaskan 137 orang dan melukai 180 lainnya",
                Id,
                180.0,
                Some("injured"),
            ),
            ("137 orang tewas dan 180 luka", Id, 180.0, Some("injured")),
            ("killed at least 144 people", En, 144.0, Some("killed")),
            ("144 people were killed", En, 144.0, Some("killed")),
            (
                "ISIS fighters killed more than 140 people",
                En,
                140.0,
                Some("killed"),
            ),
            ("144 dead", En, 144.0, Some("killed")),
            // Rescued, missing and aboard are other quantities than the dead.
            ("179 others had been rescued", En, 179.0, Some("rescued")),
            (
                "266 others remain unaccounted for",
                En,
                266.0,
                Some("missing"),
            ),
            ("feri mengangkut 475 orang", Id, 475.0, Some("aboard")),
            // Auxiliaries do not use up the window; a conjunction ends it.
            (
                "9 orang tewas, sedangkan 288 penumpang lainnya masih hilang",
                Id,
                288.0,
                Some("missing"),
            ),
            (
                "dengan lebih dari 300 di antaranya mengalami luka-luka",
                Id,
                300.0,
                Some("injured"),
            ),
            (
                "25 people were confirmed dead, and that 179 others had been rescued",
                En,
                179.0,
                Some("rescued"),
            ),
            (
                "the jet that went missing on Sunday carrying 162 people",
                En,
                162.0,
                Some("aboard"),
            ),
            ("the death toll rose to 143", En, 143.0, Some("killed")),
            // A tally named further back, carried to the count by a verb
            // of reaching.
            (
                "Jumlah korban tewas akibat gempa bumi di Indonesia telah mencapai 57 orang.",
                Id,
                57.0,
                Some("killed"),
            ),
            (
                "The death toll from Wednesday's earthquake in western Indonesia has risen to 57.",
                En,
                57.0,
                Some("killed"),
            ),
            ("the number of injured from the blast rose to 80", En, 80.0, Some("injured")),
            (
                "The death toll from an earthquake in Indonesia has reached 57 with scores injured.",
                En,
                57.0,
                Some("killed"),
            ),
            // Not past another clause, nor without the verb.
            ("five people died and the crowd grew to 300", En, 300.0, None),
            ("killed in the clashes in the north of the country were 40 police", En, 40.0, None),
            // "now" and "stands" pass as "has" does: the toll is the event.
            (
                "The death toll now stands at 1,234.",
                En,
                1234.0,
                Some("killed"),
            ),
            (
                "Korban tewas kini mencapai 1.234 orang.",
                Id,
                1234.0,
                Some("killed"),
            ),
            ("wounded 20 people", En, 20.0, Some("injured")),
            ("20 people were injured", En, 20.0, Some("injured")),
            ("police arrested 5 people", En, 5.0, Some("arrested")),
            ("137 orang", Id, 137.0, None),
            // a duration is not a toll
            ("killed in two decades of war", En, 2.0, None),
            // too far away, or across a sentence end
            (
                "killed the men who had come to the city with 40 people",
                En,
                40.0,
                None,
            ),
            ("Many were killed. 40 people fled", En, 40.0, None),
        ]);
    }

    #[test]
    fn things_that_are_not_numbers() {
        check(&[
            // a clock figure that reads as no time
            ("a 2:1 majority", En, &[]),
            ("at 25:00", En, &[]),
            // a duration in two units, one figure (no clock time)
            ("2 jam 30 menit", Id, &[u(2.5, "hour")]),
            ("dua jam 21 menit", Id, &[u(2.35, "hour")]),
            ("someone", En, &[]),
            ("seseorang", Id, &[]),
            ("satu-satunya", Id, &[]),
            ("sekali", Id, &[]),
            ("sebuah mobil", Id, &[]),
            ("seorang diri", Id, &[]),
            ("ISIS-K", En, &[]),
            ("G7", En, &[]),
            ("COVID-19", En, &[]),
            ("MH17", En, &[]),
            ("5G", En, &[]),
            ("salah satu dari sedikit", Id, &[]),
            ("satu sama lain", Id, &[]),
            // `pukul` is also "to hit"
            ("Ia memukul dan pukul lagi", Id, &[]),
            ("no one", En, &[]),
            ("In one form or another", En, &[]),
            ("one of the first", En, &[]),
            ("salah satu negara", Id, &[]),
            ("satu negara", Id, &[u(1.0, "country")]),
            ("24/7", En, &[]),
            ("9/11", En, &[]),
        ]);
    }

    #[test]
    fn words_that_open_no_reading_are_skipped_by_the_readers_too() {
        let mut pieces: Vec<String> = [
            "kira-kira",
            "ke",
            "kemudian",
            "kedua",
            "ketiga-",
            "keseratus",
            "pertama",
            "a",
            "and",
            "an",
            "the",
            "twenty-first",
            "forty-four",
            "two-year-old",
            "satu-satunya",
            "one-",
            "-",
            "'",
            "’",
            "\u{2011}",
            "hari",
            "Hari",
            "of",
            "in",
            "second",
            "per",
            "orang",
            "people",
            "tahun",
            "(",
            ")",
            ".",
            ",",
            "Jum'at",
            "ISIS-K",
            "yang",
            "dan",
        ]
        .map(String::from)
        .to_vec();
        let tables = [
            MONTHS,
            MONTH_ABBREVIATIONS,
            WEEKDAYS,
            EN_ORDINALS,
            &ID_NUMBER_WORDS
                .iter()
                .map(|&(k, _)| (k, 0.0))
                .collect::<Vec<_>>(),
            &EN_NUMBER_WORDS
                .iter()
                .map(|&(k, _)| (k, 0.0))
                .collect::<Vec<_>>(),
        ];
        for table in tables {
            for &(k, _) in table {
                let capital = k[..1].to_uppercase() + &k[1..];
                let cut = &k[..k.len() - 1];
                pieces.extend([k.to_string(), capital, format!("ke{k}"), cut.to_string()]);
                pieces.extend([format!("{k}s"), format!("{k}-"), k.to_uppercase()]);
            }
        }
        let seps = [" ", " ", " ", "-", "", " 5 ", " 2021 ", ". ", " 14/4 "];
        let mut seed: u64 = 0x5DEE_CE66_D1CE_4E5B;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut skipped = 0;
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..8 {
                text.push_str(&pieces[next(pieces.len())]);
                text.push_str(seps[next(seps.len())]);
            }
            for lang in [Id, En] {
                let Tokens { toks, lowered } = tokenize(&text);
                let cx = Ctx {
                    text: &text,
                    lang,
                    toks,
                    lowered,
                };
                for i in 0..cx.toks.len() {
                    let Some(w) = cx.word(i) else { continue };
                    if may_open_reading(lang, w) {
                        continue;
                    }
                    let step = cx.read_word(i);
                    assert!(
                        step.found.is_empty() && step.next == i + 1,
                        "{w:?} in {text:?} ({lang:?})"
                    );
                    skipped += 1;
                }
            }
        }
        assert!(skipped > 10_000, "{skipped}");
    }
}
