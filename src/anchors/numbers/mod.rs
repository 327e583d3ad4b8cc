//! Number, quantity and date anchors.
//!
//! **In:** one sentence and its [`Lang`]. **Out:** a [`NumberAnchor`] for every number the
//! sentence states, in digits or in words: counts, money, percentages, fractions,
//! ordinals, years, decades, months, weekdays, days of the month and times of day. Each carries its canonical value, its
//! hedge ([`Bound`]), the canonical English unit it counts, what happened to what it counts
//! (`event`, when a verb beside it says so) and the byte span it was read from.
//! [`relation()`] says whether two anchors, from either language, agree; [`format_value`]
//! prints one for a flag.
//!
//! **Why:** a rendering drifts most visibly in its figures ("menewaskan 137 orang" against
//! "killed at least 144 people"). Reading both sides into one canonical form lets the
//! aligner tell a contradiction from a hedge without translating either sentence.
//!
//! The module is pure and total: any input yields a (possibly empty) list without
//! panicking, and every span lies on char boundaries. The text is tokenised once and the
//! recognisers walk the tokens with their byte offsets.
//!
//! The parts, one concern each: `tables.rs` holds the words of both languages (number
//! words, units, currencies, hedges, events, months, weekdays); `tokenize.rs` cuts a
//! sentence into tokens; `recognise.rs` reads anchors from them (digits, measures, hedges,
//! ranges and events), with `dates.rs` for the calendar and clock times and
//! `number_words.rs` for numbers and ordinals written in words; `relation.rs` compares
//! two anchors and prints one for a flag. This file holds the types other modules use.
//!
//! Decisions the tests pin down:
//! - **Minggu** is Sunday only when capitalised and then: after `hari`; mid-sentence when
//!   not after a number or quantity word (`dua Minggu` is two weeks); at a sentence start
//!   only when a part of the day (`pagi`, `malam`, ...) or a parenthesised date follows
//!   (`Minggu lalu, ...` opens "last week"). Otherwise it is the unit "week".
//! - **`180 lainnya` / `180 others`** count people when another number in the sentence
//!   counts people ("menewaskan 137 orang dan melukai 180 lainnya"); otherwise no unit.
//! - **`2-0`** next to a score word (`score`, `won`, `skor`, `menang`, ...), and any
//!   tight pair that runs downwards (`88-79`: a range runs upwards), gives two
//!   Cardinals with unit "score". Any other `10-15`, `10 to 15`, `10 hingga 15` or
//!   `between 10 and 15` is a range: the low end becomes AtLeast, the high end AtMost, and
//!   they share unit and event. `May 14 to 19` and `14-19 Mei` are two days of the month.
//! - **Times** (`3:25 am`, `1pm`, `1:30 p.m.`, `pukul 13.00`, `pukul 1 siang`, `jam 8
//!   pagi`, `07.30 WIB`, `0138 GMT`, `noon`, `tengah malam`) are Time anchors valued in
//!   minutes after midnight, the zone (`UTC` for GMT, `WIB`, `WITA`, `WIT`, `JST`, `EST`,
//!   `EDT`, `ET`, `PST`, `PDT`, `PT`; `Jakarta time` and `waktu Indonesia Barat` are
//!   WIB, `waktu Amerika Timur` / `waktu Pantai Timur` ET) as unit. `ET` and `PT`
//!   (English text only: Indonesian `PT` opens a company's name) name no season:
//!   against a seasoned zone either reading may agree, against each other both are
//!   read in one season. A figure is a time after `pukul`/`jam`, with a colon, before
//!   am/pm, a part of the day or a zone, or in Indonesian as `HH.MM` (two-digit hours, or
//!   minutes on the quarter: Indonesian writes decimals with a comma), so `13.00` is
//!   never the number 13. Four
//!   digits are a time only before a zone. `pukul` alone (the verb "to hit") and a game
//!   clock (`2:44 left`, `2:44 tersisa`) are nothing.
//!   Two times compare in UTC when both name a zone, as written otherwise; a changed time
//!   is a `number_mismatch` (a figure, like a changed day of the month; only named
//!   weekdays and months are `date_` flags).
//! - **Units that convert:** a distance per hour or second is a speed (`240 km/jam`,
//!   `240 kilometer per jam`, `150 mph`, `150 miles per hour`, `kph`, `14 kilometers per
//!   second`); `pon`, `lb` are pounds of weight, `derajat Celsius`, `degrees
//!   Fahrenheit`, `40°C` temperatures. Two figures in units of one dimension (km and
//!   mile, km/h and mph, kg and pound, metre and foot, Celsius and Fahrenheit; English
//!   `100 pounds` without a sign is money or weight) compare in one unit: within 5 %
//!   they are Compatible, more than 15 % apart a Mismatch, in between Unrelated (a
//!   converted figure is rounded, and a false flag costs more than a missed one).
//!   Only [`relation_if_stated`] converts: a converted figure is checked by the judge
//!   but is no evidence for linking two sentences.
//! - **Fractions** (`dua pertiga`, `sepertiga`, `tiga perempat`, `separuh`, `setengah`,
//!   `two-thirds`, `three quarters`, `a third of`, `half`) are Fraction anchors, a share of
//!   a whole; hedges apply (`lebih dari separuh` against `nearly half` is a mismatch).
//!   Before a measure they are amounts of it (`setengah jam`, `half an hour`, `tiga
//!   perempat persen`, `three-quarters of a percent`); inside a number they are part of it
//!   (`dua setengah juta`, `half a million`); `the second half`, `at the half` and
//!   `perempat final` are no share. English singular forms need `of` (`a third of`), so
//!   `a third time` stays an ordinal. `3-1/2 percent` is 3.5%; percentage points and
//!   basis points (hundredths) read as percent. A half before a state it qualifies
//!   (`setengah hati`, `setengah baya`, `separuh jalan`, `half asleep`) is no share.
//! - **Years and decades** carry what the word before their date marks ([`YearMark`]):
//!   `sejak 2002` / `since 2003` a start, `pada tahun 1995` / `in August 2021` a point;
//!   the judge reads a since-year against an in-year as two facts outside a close
//!   rendering.
//! - **A lone `one` / `satu`** with no unit after it is skipped: "one of", "no one",
//!   "salah satu", "satu sama lain" are not counts. `one person`, `satu orang` are kept;
//!   `salah satu` ("one of") is never a count, even before a noun (`salah satu negara`).
//! - **An ordinal ranking among others** ("one of the first countries", "among the
//!   first", "salah satu negara pertama") gives no anchor: it states no figure.
//! - **`kedua` + noun** at a phrase start ("Meskipun kedua kelompok itu") means "both":
//!   an optional two (below); `ketiga negara` ("the three countries") is a Cardinal; after
//!   a noun (`hari kedua`) or before `kali` these words are ordinals. With `-nya`,
//!   `pertamanya` is an ordinal ("its first"); `keduanya` after a noun is an optional
//!   ordinal ("putri keduanya": his second daughter), and standing for a noun phrase or
//!   after a verb or joined nouns an optional two ("both of them"); `ketiganya` is three.
//! - **Optional figures** ([`NumberAnchor::optional`]): "keduanya", "kedua X", "both X",
//!   and "once" / "sekali" where they count ("met only once", "hanya sekali") may state
//!   no figure at all; [`relation()`] treats them as unrelated to anything, and the judge
//!   reads them with [`relation_if_stated`]. A day, month and year bracketed right after
//!   a weekday ("pada Selasa (22/11)", "Selasa pagi (14/7/2020)") restate that weekday:
//!   they are optional too (a report's "on Tuesday" leaves them out without dropping a
//!   fact), but a date the report gives is compared with them ("Nov. 23" is a changed
//!   day).
//! - **Amounts named by their order of magnitude** (`belasan`, `puluhan`, `ratusan`,
//!   `ribuan`, `puluhan ribu`, `dozens`, `hundreds of`, `tens of thousands`) are optional
//!   Cardinals, AtLeast the least amount the word covers and below the next order
//!   (`belasan` 11..20, `ratusan` 100..1000): a report that leaves them out drops no
//!   figure; an exact count outside the order is another figure ("belasan" / "fifty"),
//!   one inside or a hedge ("at least 300") the same amount. A flag prints the word. The
//!   judge lets them take no partner before the firm figures of their sentence have
//!   theirs ("68 orang, dengan puluhan orang terluka" / "57 with scores injured" is 68
//!   changed, not 57 among the dozens).
//! - **Times and ratios:** `twice`, `thrice`, `dua kali`, `three times` count times (unit
//!   "time"); before `lipat`, `lebih`, `as`, `more`, `the` ... and `doubled`, `tripled`,
//!   `threefold`, `five-fold` they are a ratio (unit "fold": "dua kali lipat" is
//!   "doubled", "twice as many" is "dua kali lebih banyak").
//! - **An ordinal opening the sentence and set off** ("First, ...", "First off,",
//!   "Pertama, ...") lists a point, no figure; "first-ever", "second-largest" are ranks,
//!   "first-hand", "second-class" are not.
//! - **Slash forms:** `14/4/2024` is a date (day first in Indonesian, month first in
//!   English); `(14/4)` in Indonesian is day and month; other slash forms (`24/7`, `9/11`,
//!   `1/2`) are skipped.
//! - **Letters glued before digits** make a name (`G7`, `COVID-19`, `MH17`), except
//!   currency codes (`Rp1.000`, `US$5`), age words (`usia13`), `ke-3` and
//!   `mid-`/`early-`/`late-`/`pre-`/`post-` before a year or decade.
//! - **Events** are read only for plain counts (Cardinals whose unit is not a span of
//!   time): "killed ... in two decades" does not make the decades a death toll.

mod dates;
mod number_words;
mod recognise;
mod relation;
mod tables;
mod tokenize;

pub use relation::{
    converts, format_hedged, format_value, is_vague, measures_otherwise, relation,
    relation_if_stated, same_value_unit_unsaid, times_scored, vague_amounts_differ,
    vague_amounts_meet, with_context_currency,
};

use recognise::{resolve_others, Ctx};

/// Whether a lowercase word names a month, in either language ("juli",
/// "may", "nopember").
pub fn is_month_name(word: &str) -> bool {
    tables::lookup(tables::MONTHS, word).is_some()
}
use tokenize::{tokenize, Tokens};

use std::ops::Range;

use serde::Serialize;

use crate::text::doc::Lang;

/// One number, quantity or date read from a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NumberAnchor {
    /// Canonical value: 137, 1_500_000, 2.5, 2021; a month 1..=12, a weekday 1..=7
    /// (Monday = 1), a decade its first year (1980 for "the 1980s").
    pub value: f64,
    /// What sort of number it is.
    pub kind: NumberKind,
    /// The hedge written before it ("at least", "hampir").
    pub bound: Bound,
    /// Canonical English unit or counted noun ("people", "year", "decade", "percent"), or a
    /// currency code ("USD", "IDR") for money.
    pub unit: Option<String>,
    /// Canonical English predicate the number counts ("killed", "injured"), when a word
    /// beside it says so.
    pub event: Option<String>,
    /// What the word before a year or decade says it dates ("sejak 2002": the start of
    /// a state that lasts; "pada tahun 1995": a point); `None` when no such word stands
    /// there, and on every other kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marks: Option<YearMark>,
    /// Said by a word that often states no figure at all ("keduanya": both of them, or
    /// his second; "once": one time, or as soon as; "both"): the figure may meet or
    /// contradict a figure of the other side, but the other side leaving it unsaid is no
    /// finding.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// Money in a dollar or pound that names no country ("$5", "5 dollars", "5
    /// pounds"): read as USD or GBP, it may be the dollar or pound of the story's
    /// country, so another country's dollar on the other side ("5 dolar Kanada") is
    /// no other currency (`with_context_currency`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub context_currency: bool,
    /// Byte span of the number expression in the input: the value as written, with a
    /// currency sign or code before it and anything glued to it, without hedge or unit words.
    pub span: Range<usize>,
    /// The input text of `span`.
    pub text: String,
}

/// What sort of number an anchor is; two anchors of different kinds never compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A count or amount: "137", "seratus", "two decades".
    Cardinal,
    /// A rank: "ketiga", "3rd", "first".
    Ordinal,
    /// A calendar year: "2021", "pada tahun 2021".
    Year,
    /// A month name, valued 1..=12.
    Month,
    /// A weekday name, valued 1..=7 from Monday.
    Weekday,
    /// The day in a date: "14 Mei", "May 14".
    DayOfMonth,
    /// A percentage: "15%", "15 persen".
    Percent,
    /// An amount of money; the unit holds the currency code.
    Money,
    /// A decade: "the 1980s", "tahun 1980-an", "mid-2010s" (value 1980, 2010); a decade of
    /// someone's age, "berusia 60-an", "in her 60s" (value 60).
    Decade,
    /// A share of a whole: "dua pertiga", "two-thirds", "separuh", "half" (value 2/3,
    /// 0.5).
    Fraction,
    /// A time of day in minutes after midnight: "pukul 13.00", "1 p.m." (780); the unit
    /// holds the time zone when one is written ("UTC" for GMT and UTC, "WIB", ...).
    Time,
}

impl NumberKind {
    /// Whether the kind names a point or stretch of the calendar rather than an amount.
    pub fn is_calendar(self) -> bool {
        matches!(
            self,
            NumberKind::Year
                | NumberKind::Month
                | NumberKind::Weekday
                | NumberKind::DayOfMonth
                | NumberKind::Decade
                | NumberKind::Time
        )
    }

    /// Whether the kind is an amount that hedges and ranges apply to.
    fn is_quantity(self) -> bool {
        matches!(
            self,
            NumberKind::Cardinal | NumberKind::Percent | NumberKind::Money | NumberKind::Fraction
        )
    }
}

/// The hedge on a number, read from the words before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// No hedge.
    Exact,
    /// "at least", "sedikitnya": the value or more.
    AtLeast,
    /// "more than", "lebih dari": above the value.
    MoreThan,
    /// "up to", "hingga": the value or less.
    AtMost,
    /// "less than", "kurang dari": below the value.
    LessThan,
    /// "about", "sekitar": within [`APPROX_TOLERANCE`] either side.
    About,
    /// "nearly", "hampir": within [`APPROX_TOLERANCE`] below, up to the value.
    Nearly,
}

/// What a year or decade dates, read from the word before it (through the day and
/// month of a full date and `tahun`/`year`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum YearMark {
    /// "sejak 2002", "since 2003": when a state began, which still holds.
    Since,
    /// "pada tahun 1995", "in 2021", "on 14 October 2004": when something happened.
    In,
}

impl YearMark {
    /// Whether two marked years date different sorts of fact: one when a state began,
    /// the other when something happened ("sejak 2002" / "in 2021").
    pub fn differs(a: Option<YearMark>, b: Option<YearMark>) -> bool {
        matches!((a, b), (Some(x), Some(y)) if x != y)
    }
}

/// How two number anchors relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberRelation {
    /// The same value with the same hedge.
    Same,
    /// Different wording whose values can both be true ("more than 100" and "at least 144").
    Compatible,
    /// The same quantity with values that cannot both be true (137 and "at least 144").
    Mismatch,
    /// Not the same quantity: different kinds, units or events.
    Unrelated,
}

impl NumberRelation {
    /// Rank, best first (Same 0 .. Unrelated 3): of several relations a
    /// number has, the best one stands ("agrees with any" counts as agreeing).
    pub fn rank(self) -> u8 {
        match self {
            NumberRelation::Same => 0,
            NumberRelation::Compatible => 1,
            NumberRelation::Mismatch => 2,
            NumberRelation::Unrelated => 3,
        }
    }
}

/// How far "about" and "nearly" reach, as a fraction of the value: "nearly two decades"
/// covers 1.7..=2 decades, "about 140" covers 119..=161.
pub const APPROX_TOLERANCE: f64 = 0.15;

/// How far "about" and "nearly" reach on calendar kinds, in their own units: "sekitar
/// tahun 2000" covers 1999..=2001. A fraction of 2000 would be centuries.
pub const CALENDAR_SLACK: f64 = 1.0;

/// Whether a lowercase word is read as part of one of `figures`: the counted noun or unit
/// of a figure that counts it ("7 orang" counts people), the currency of an amount, the
/// clock word or zone of a time ("pukul", "WIB", "GMT"), "persen" of a percentage, and
/// "nomor" / "number" beside any of them (the word introduces a figure: "nomor satu" /
/// "No. 1"). The anchors compare these with the figure, so the judge does not count them
/// again as content one side lacks; the same word elsewhere ("tentara AS" beside "2021")
/// still is.
pub fn measures_a_figure(word: &str, figures: &[NumberAnchor]) -> bool {
    if matches!(word, "nomor" | "number") && !figures.is_empty() {
        return true;
    }
    let unit_of = |table: &[(&'static str, &'static str)]| {
        table.iter().find(|(w, _)| *w == word).map(|(_, u)| *u)
    };
    let any = |pred: &dyn Fn(&NumberAnchor) -> bool| figures.iter().any(pred);
    if let Some(unit) = unit_of(tables::UNITS) {
        return any(&|f| f.unit.as_deref() == Some(unit));
    }
    if let Some(code) = unit_of(tables::CURRENCY_WORDS).or_else(|| unit_of(tables::CURRENCY_CODES))
    {
        return any(&|f| f.kind == NumberKind::Money && f.unit.as_deref() == Some(code));
    }
    if tables::TIME_WORDS.contains(&word) || matches!(word, "pukul" | "pkl") {
        return any(&|f| f.kind == NumberKind::Time);
    }
    matches!(word, "persen" | "percent") && any(&|f| f.kind == NumberKind::Percent)
}

/// Finds the numbers, quantities and dates in one sentence.
pub fn extract(text: &str, lang: Lang) -> Vec<NumberAnchor> {
    let Tokens { toks, lowered } = tokenize(text);
    let cx = Ctx {
        text,
        lang,
        toks,
        lowered,
    };
    let mut raws = Vec::new();
    let mut i = 0;
    while i < cx.toks.len() {
        let step = cx.recognise(i);
        raws.extend(step.found);
        i = step.next.max(i + 1);
    }
    cx.join_compound_durations(&mut raws);
    cx.complete_abbreviated_years(&mut raws);
    cx.list_days_of_a_month(&mut raws);
    cx.link_ranges(&mut raws);
    resolve_others(&mut raws);
    cx.assign_events(&mut raws);
    cx.mark_years(&mut raws);
    raws.into_iter()
        .filter_map(|raw| cx.anchor(raw))
        .map(|mut a| {
            a.optional |= is_designation(text, &a);
            a
        })
        .collect()
}

/// Words after which a bare number names a thing rather than counting one:
/// "Flight 8501", "Boeing 737", "Resolusi 2334", "Pasal 33".
const DESIGNATORS: &[&str] = &[
    "airbus",
    "apollo",
    "article",
    "boeing",
    // "Densus 88", Indonesia's counter-terrorism police unit
    "densus",
    "flight",
    "interstate",
    "pasal",
    "penerbangan",
    // "27 pesawat 737": Indonesian counts before the noun, so a number
    // after "pesawat" is the model ("737s")
    "pesawat",
    "resolusi",
    "resolution",
    "route",
    "rute",
];

/// Whether a figure is part of a designation, not a quantity: a bare whole
/// number right after a designator word ("Boeing 737"), or after one and an
/// airline code of two or three capitals ("Penerbangan QZ 8501"). Such a
/// figure is optional ([`NumberAnchor::optional`]): "8501" beside "162
/// people" is no evidence that two sentences share a figure, and a report
/// that leaves the flight number out says nothing different; changed in a
/// close rendering, it is still a changed figure.
fn is_designation(text: &str, a: &NumberAnchor) -> bool {
    // "Boeing 787 aircraft": the thing the model number names may follow it.
    if a.kind != NumberKind::Cardinal
        || a.bound != Bound::Exact
        || a.unit.as_deref().is_some_and(|u| u != "aircraft")
        || !a.text.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    // A score line ("PSG 10-0 Lyon") counts goals.
    if text[a.span.end..].trim_start().starts_with('-') {
        return false;
    }
    let Some(before) = text[..a.span.start].strip_suffix(' ') else {
        return false;
    };
    let mut words = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let designator = |w: &str| DESIGNATORS.contains(&w.to_lowercase().as_str());
    match words.next() {
        Some(w) if designator(w) => true,
        // "Penerbangan QZ 8501", "Flight MH 17": a code between.
        Some(w) if (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()) => {
            words.next().is_some_and(designator)
        }
        _ => false,
    }
}

/// What the tests of every part share: extracting with a check of the spans, and lists
/// of expected anchors.
#[cfg(test)]
mod testing {
    use super::*;
    use Bound::Exact;
    use NumberKind::Cardinal;

    /// One expected anchor: (value, kind, bound, unit).
    pub(super) type Want = (f64, NumberKind, Bound, Option<&'static str>);

    pub(super) const fn n(v: f64) -> Want {
        (v, Cardinal, Exact, None)
    }

    pub(super) const fn u(v: f64, unit: &'static str) -> Want {
        (v, Cardinal, Exact, Some(unit))
    }

    pub(super) const fn k(v: f64, kind: NumberKind) -> Want {
        (v, kind, Exact, None)
    }

    /// Extracts, checking that every span is the anchor's text on char boundaries.
    pub(super) fn read(text: &str, lang: Lang) -> Vec<NumberAnchor> {
        let found = extract(text, lang);
        for a in &found {
            assert_eq!(
                text.get(a.span.clone()),
                Some(a.text.as_str()),
                "{text:?}: {a:?}"
            );
        }
        found
    }

    /// Each text reads exactly the anchors listed, in order.
    pub(super) fn check(cases: &[(&str, Lang, &[Want])]) {
        for &(text, lang, want) in cases {
            let got: Vec<Want> = read(text, lang)
                .iter()
                .map(|a| (a.value, a.kind, a.bound, a.unit.clone().map(leak)))
                .collect();
            assert_eq!(got, want, "{text:?} ({lang})");
        }
    }

    fn leak(s: String) -> &'static str {
        Box::leak(s.into_boxed_str())
    }

    /// Each text reads, among others, an anchor of this value with this event.
    pub(super) fn check_events(cases: &[(&str, Lang, f64, Option<&str>)]) {
        for &(text, lang, value, event) in cases {
            let found = read(text, lang);
            let a = found.iter().find(|a| a.value == value);
            let a = a.unwrap_or_else(|| panic!("{text:?}: no {value} in {found:?}"));
            assert_eq!(a.event.as_deref(), event, "{text:?}");
        }
    }

    pub(super) fn first(text: &str, lang: Lang) -> NumberAnchor {
        read(text, lang)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no number in {text:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    #[test]
    fn a_dollar_or_pound_that_names_no_country_is_left_to_the_context() {
        for (text, lang, context) in [
            ("$5m", Lang::En, true),
            ("5 dollars", Lang::En, true),
            ("5 pounds", Lang::En, true),
            ("5 dolar", Lang::Id, true),
            ("a 10-dollar fee", Lang::En, true),
            ("US$5", Lang::En, false),
            ("C$5", Lang::En, false),
            ("5 Canadian dollars", Lang::En, false),
            ("5 dolar AS", Lang::Id, false),
            ("5 dolar Kanada", Lang::Id, false),
            ("USD 5", Lang::En, false),
            ("€5", Lang::En, false),
            ("Rp 5.000", Lang::Id, false),
        ] {
            let a = first(text, lang);
            assert_eq!(a.kind, NumberKind::Money, "{text}");
            assert_eq!(a.context_currency, context, "{text}");
        }
    }

    #[test]
    fn decades_of_age_and_of_the_century_in_every_form() {
        use NumberKind::Decade;
        check(&[
            ("usianya 80-an", Lang::Id, &[k(80.0, Decade)]),
            ("in his seventies", Lang::En, &[k(70.0, Decade)]),
            ("in the '80s", Lang::En, &[k(1980.0, Decade)]),
            ("in the ’00s", Lang::En, &[k(2000.0, Decade)]),
            ("the early nineties", Lang::En, &[k(1990.0, Decade)]),
            // a second decade joined to a decade of age is one too
            (
                "berusia 20-an dan 30-an tahun",
                Lang::Id,
                &[k(20.0, Decade), k(30.0, Decade)],
            ),
            (
                "in their 20s and 30s",
                Lang::En,
                &[k(20.0, Decade), k(30.0, Decade)],
            ),
            // a decade word after anything else is no figure
            ("roaring twenties", Lang::En, &[]),
        ]);
    }

    #[test]
    fn a_quarter_by_its_number_is_its_ordinal() {
        use NumberKind::{Ordinal, Year};
        check(&[
            (
                "pada kuartal I 2020",
                Lang::Id,
                &[k(1.0, Ordinal), k(2020.0, Year)],
            ),
            ("triwulan III", Lang::Id, &[k(3.0, Ordinal)]),
            ("semester II tahun ini", Lang::Id, &[k(2.0, Ordinal)]),
            ("in Q3 2020", Lang::En, &[k(3.0, Ordinal), k(2020.0, Year)]),
            ("profit in H1", Lang::En, &[k(1.0, Ordinal)]),
            // a Roman numeral elsewhere, a code, is no quarter
            ("Paus Yohanes Paulus II", Lang::Id, &[]),
            ("Q5 and H3", Lang::En, &[]),
        ]);
    }

    #[test]
    fn a_duration_in_two_units_is_one_figure() {
        check(&[
            (
                "divonis empat tahun enam bulan penjara",
                Lang::Id,
                &[u(4.5, "year")],
            ),
            (
                "four years and six months in prison",
                Lang::En,
                &[u(4.5, "year")],
            ),
            ("berlangsung 2 jam 30 menit", Lang::Id, &[u(2.5, "hour")]),
            ("two hours, 30 minutes", Lang::En, &[u(2.5, "hour")]),
            // the smaller unit in the other order, or apart, is two figures
            (
                "enam bulan dan empat tahun",
                Lang::Id,
                &[u(6.0, "month"), u(4.0, "year")],
            ),
            (
                "ditahan tiga tahun dan dibebaskan enam bulan lalu",
                Lang::Id,
                &[u(3.0, "year"), u(6.0, "month")],
            ),
            // as many of the smaller unit as make the larger is no part of it
            (
                "2 jam 90 menit",
                Lang::Id,
                &[u(2.0, "hour"), u(90.0, "minute")],
            ),
        ]);
    }

    /// Each figure's value and whether it is optional.
    fn values_and_optional(text: &str, lang: Lang) -> Vec<(f64, bool)> {
        extract(text, lang)
            .iter()
            .map(|a| (a.value, a.optional))
            .collect()
    }

    #[test]
    fn a_number_that_designates_a_thing_is_optional() {
        let optional = values_and_optional;
        assert_eq!(
            optional("Penerbangan QZ 8501 membawa 162 penumpang.", Lang::Id),
            [(8501.0, true), (162.0, false)]
        );
        assert_eq!(
            optional("A Boeing 737 carried 189 people.", Lang::En),
            [(737.0, true), (189.0, false)]
        );
        assert_eq!(
            optional("sensor pada seluruh 27 pesawat 737 miliknya", Lang::Id),
            [(27.0, false), (737.0, true)]
        );
        assert_eq!(
            optional("Flights will use Boeing 787 aircraft.", Lang::En),
            [(787.0, true)]
        );
        // A code alone is no designation ("UDP 4500" is a port; "PSG 10-0"
        // a score), nor is a counted figure after a capital.
        assert_eq!(optional("on UDP port 4500", Lang::En), [(4500.0, false)]);
        assert_eq!(
            optional("Flight 17 - 3", Lang::En).first().map(|a| a.1),
            Some(false)
        );
    }

    /// "double", "dual" or "twin" before a noun counts two of it, which a
    /// rendering may say ("dua sif") or not; as a verb or a multiple it is
    /// a ratio, and "the men's doubles" is an event.
    #[test]
    fn double_before_a_noun_is_an_optional_two() {
        let optional = |text: &str| -> Vec<(f64, bool)> {
            extract(text, Lang::En)
                .iter()
                .map(|a| (a.value, a.optional))
                .collect()
        };
        assert_eq!(optional("Staff have worked double shifts."), [(2.0, true)]);
        assert_eq!(optional("The keeper made a double save."), [(2.0, true)]);
        assert_eq!(
            optional("Prices could double the next year."),
            [(2.0, false)]
        );
        assert_eq!(optional("She won the men's doubles."), []);
        assert_eq!(optional("He hit a double to left field."), []);
        assert_eq!(optional("The double-track system ends."), [(2.0, true)]);
        assert_eq!(optional("They built a dual carriageway."), [(2.0, true)]);
        assert_eq!(optional("The twin blasts shook the city."), [(2.0, true)]);
        assert_eq!(optional("It sold a dual-tranche bond."), [(2.0, true)]);
        assert_eq!(optional("It was a triple suicide bombing."), [(3.0, true)]);
        assert_eq!(optional("It faces triple-digit inflation."), []);
        assert_eq!(optional("He double-checked it."), []);
        assert_eq!(optional("Output could triple next year."), [(3.0, false)]);
    }

    /// Counts English folds into a compound or an idiom, which a rendering
    /// may spell out or leave unsaid: optional. And Indonesian phrases
    /// that say a share or "both" without a figure of their own.
    #[test]
    fn counts_in_compounds_and_idioms_are_optional() {
        let read = values_and_optional;
        assert_eq!(
            read("the best-of-three league final", Lang::En),
            [(3.0, true)]
        );
        assert_eq!(read("a one-time gene therapy", Lang::En), [(1.0, true)]);
        // "home" describes the match: a lone "one", no count of houses
        assert_eq!(read("to play one home match", Lang::En), []);
        assert_eq!(read("memainkan satu laga kandang", Lang::Id), []);
        assert_eq!(read("10 homes were destroyed", Lang::En), [(10.0, false)]);
        // "dibagi dua" before what ends the phrase is halved, as "halved"
        // reads; before a noun it counts two of it
        assert_eq!(
            read("poin dibagi dua sebelum play-off", Lang::Id),
            [(0.5, false)]
        );
        assert_eq!(read("points are halved", Lang::En), [(0.5, false)]);
        assert_eq!(read("dibagi dua kelompok", Lang::Id), [(2.0, false)]);
        // "kedua" opening a phrase after a conjunction is "both"
        assert_eq!(
            read("sebelum kedua reaktor itu beroperasi", Lang::Id),
            [(2.0, true)]
        );
    }

    #[test]
    fn words_measure_a_figure_only_beside_one_of_their_kind() {
        let id = extract(
            "Tujuh orang tewas pukul 08.38 WIB, naik 5 persen.",
            Lang::Id,
        );
        for w in ["orang", "pukul", "wib", "persen"] {
            assert!(measures_a_figure(w, &id), "{w}");
        }
        // "tentara" is a unit of soldiers, but 2021 counts none.
        let year = extract("Penarikan tentara AS pada tahun 2021.", Lang::Id);
        assert!(!measures_a_figure("tentara", &year));
        assert!(!measures_a_figure("persen", &year));
        assert!(!measures_a_figure("gempa", &id));
    }
    use Bound::*;
    use Lang::{En, Id};
    use NumberKind::*;

    #[test]
    fn the_two_tolls() {
        check(&[
            ("137", Id, &[n(137.0)]),
            ("144", En, &[n(144.0)]),
            ("137", En, &[n(137.0)]),
            ("seratus tiga puluh tujuh", Id, &[n(137.0)]),
            (
                "lebih dari seratus orang",
                Id,
                &[(100.0, Cardinal, MoreThan, Some("people"))],
            ),
            (
                "setidaknya 144 orang",
                Id,
                &[(144.0, Cardinal, AtLeast, Some("people"))],
            ),
            (
                "at least 144 people",
                En,
                &[(144.0, Cardinal, AtLeast, Some("people"))],
            ),
        ]);
    }

    #[test]
    fn indonesian_seed_sentences() {
        let killed = (100.0, Cardinal, MoreThan, Some("people"));
        check(&[
            (
                "Juru bicara Kremlin Dmitri Peskov mengatakan kepada wartawan pada hari Selasa \
                 bahwa pihak berwenang Rusia sedang mempertimbangkan keputusan untuk \
                 memfasilitasi komunikasi yang lebih besar.",
                Id,
                &[k(2.0, Weekday)],
            ),
            (
                "\u{2018}Masalah mendesak\u{2019} yang dirujuk ke Peskov mungkin merujuk pada \
                 serangan teror baru -baru ini yang menewaskan lebih dari seratus orang di \
                 ibukota nasional.",
                Id,
                &[killed],
            ),
            (
                "Rusia menderita serangan teror terburuk dalam dua dekade bulan lalu ketika \
                 Tajik Nationals diduga membakar Crocus City Concert Hall of Moscow.",
                Id,
                &[u(2.0, "decade")],
            ),
            (
                "Seorang anak perusahaan yang berbasis di Afghanistan dari negara Islam dari \
                 kelompok teroris itu bertanggung jawab atas serangan yang menewaskan 137 orang \
                 dan melukai 180 lainnya.",
                Id,
                &[u(137.0, "people"), u(180.0, "people")],
            ),
            (
                "Taliban mengambil kendali atas Afghanistan setelah penarikan tentara AS pada \
                 tahun 2021.",
                Id,
                &[k(2021.0, Year)],
            ),
            (
                "Negara Islam di Provinsi Khorasan (ISIS-K) adalah salah satu dari sedikit cabang \
                 ISIS yang tersisa yang masih merupakan ancaman keamanan internasional yang aktif.",
                Id,
                &[],
            ),
            (
                "Meskipun kedua kelompok itu Islam dalam ideologi dan secara luas diklasifikasikan \
                 sebagai kelompok teroris, Taliban dan cabang -cabang ISIS telah bertentangan \
                 selama beberapa dekade.",
                Id,
                // "kedua kelompok": both groups, an optional two
                &[u(2.0, "group")],
            ),
            (
                "\u{201C}Kita perlu memecahkan masalah mendesak, itu juga membutuhkan dialog, jadi \
                 dalam hal ini kita berkomunikasi dengan mereka seperti hampir semua orang \u{2013} \
                 ini adalah otoritas de facto di Afghanistan,\u{201D} kata Peskov.",
                Id,
                &[],
            ),
        ]);
        check_events(&[
            (
                "Seorang anak perusahaan yang berbasis di Afghanistan dari negara Islam dari \
                 kelompok teroris itu bertanggung jawab atas serangan yang menewaskan 137 orang \
                 dan melukai 180 lainnya.",
                Id,
                137.0,
                Some("killed"),
            ),
            (
                "Seorang anak perusahaan yang berbasis di Afghanistan dari negara Islam dari \
                 kelompok teroris itu bertanggung jawab atas serangan yang menewaskan 137 orang \
                 dan melukai 180 lainnya.",
                Id,
                180.0,
                Some("injured"),
            ),
            (
                "\u{2018}Masalah mendesak\u{2019} yang dirujuk ke Peskov mungkin merujuk pada \
                 serangan teror baru -baru ini yang menewaskan lebih dari seratus orang di \
                 ibukota nasional.",
                Id,
                100.0,
                Some("killed"),
            ),
        ]);
    }

    #[test]
    fn english_seed_sentences() {
        let toll_001 = "He did not elaborate, but his statement came just days after gunmen \
                        stormed a concert hall outside the Russian capital and killed at least \
                        144 people, making it the deadliest terrorist attack in the country in \
                        two decades.";
        let toll_003 = "Last March, ISIS fighters killed more than 140 people in a terrorist \
                        attack at a concert hall in Moscow.";
        check(&[
            (
                "ISLAMABAD \u{2014} Russia said Tuesday that it is engaged in an \u{201C}active \
                 dialogue\u{201D} with Afghanistan\u{2019}s ruling Taliban and is working toward \
                 removing them from Moscow\u{2019}s list of terrorist organizations.",
                En,
                &[k(2.0, Weekday)],
            ),
            (
                toll_001,
                En,
                &[(144.0, Cardinal, AtLeast, Some("people")), u(2.0, "decade")],
            ),
            (
                "\u{201C}The fact is that this is our neighboring country. In one form or \
                 another, we maintain communication with them,\u{201D} Kremlin spokesman Dmitry \
                 Peskov told reporters, according to Russian news agency TASS.",
                En,
                &[],
            ),
            (
                "Peskov said when asked for his response to a Russian Foreign Ministry statement \
                 on Monday about possibly removing the Taliban from the terrorist blacklist.",
                En,
                &[k(1.0, Weekday)],
            ),
            (
                "The Taliban reclaimed power in 2021 after the U.S.-led foreign troops withdrew \
                 from Afghanistan, but they remain on a list of organizations Russia designates \
                 as terrorists.",
                En,
                &[k(2021.0, Year)],
            ),
            (
                "Zamir Kabulov, the Russian special presidential envoy for Afghanistan, told \
                 TASS earlier this week that Moscow had invited a Taliban delegation to take part \
                 in an international economic forum, called \u{201C}Russia \u{2013} Islamic World: \
                 KazanForum,\u{201D} in the city of Kazan from May 14 to 19.",
                En,
                &[k(5.0, Month), k(14.0, DayOfMonth), k(19.0, DayOfMonth)],
            ),
            (
                "Russia plans to remove the Taliban from its list of terrorist organizations, \
                 Zamir Kabulov, the Russian president's special envoy to Afghanistan, said on \
                 Friday.",
                En,
                &[k(5.0, Weekday)],
            ),
            (
                "Russia does not officially recognize the Taliban as the ruling force in Kabul, \
                 but it was one of the first countries to establish diplomatic ties with Moscow \
                 after the Western-backed Afghan government was forced to leave the country in \
                 August 2021, ending two decades of Taliban rule and the ongoing Western \
                 occupation of the country.",
                En,
                &[k(8.0, Month), k(2021.0, Year), u(2.0, "decade")],
            ),
            (
                "The Taliban have been on Russia's blacklist since 2003, when the Russian \
                 government accused them of being responsible for the 1995 hijacking of a \
                 Russian civilian plane, due to their ties to a militant insurgency in the North \
                 Caucasus.",
                En,
                &[k(2003.0, Year), k(1995.0, Year)],
            ),
            (
                "Moscow's attitude towards the group began to change after the insurgency was \
                 largely defeated at home, and was then further strengthened by the emergence of \
                 IS in the mid-2010s.",
                En,
                &[k(2010.0, Decade)],
            ),
            (
                "In July, President Vladimir Putin reaffirmed the Taliban's role as an ally in \
                 the fight against terrorism.",
                En,
                &[k(7.0, Month)],
            ),
            (
                "July 6, 2024 3:25 am",
                En,
                &[
                    k(7.0, Month),
                    k(6.0, DayOfMonth),
                    k(2024.0, Year),
                    k(205.0, Time),
                ],
            ),
            (
                "Although the Taliban has been listed as a banned organization in Russia since \
                 2003, Moscow has developed relations with the Taliban over the years.",
                En,
                &[k(2003.0, Year)],
            ),
            (
                toll_003,
                En,
                &[k(3.0, Month), (140.0, Cardinal, MoreThan, Some("people"))],
            ),
            (
                "It was the deadliest terrorist attack in Russia in nearly two decades.",
                En,
                &[(2.0, Cardinal, Nearly, Some("decade"))],
            ),
            (
                "The Taliban seized power in Afghanistan in 2021 after the departure of Western \
                 military forces.",
                En,
                &[k(2021.0, Year)],
            ),
            (
                "However, relations between the two countries have had a history of \
                 complications since the Soviet invasion in the 1980s.",
                En,
                &[u(2.0, "country"), k(1980.0, Decade)],
            ),
            (
                "Putin said that while the Taliban had accepted some responsibility, there were \
                 still many problems; The solution of which requires continuous attention of the \
                 country and the international community.",
                En,
                &[],
            ),
        ]);
        check_events(&[
            (toll_001, En, 144.0, Some("killed")),
            (toll_001, En, 2.0, None),
            (toll_003, En, 140.0, Some("killed")),
        ]);
    }

    #[test]
    fn spans_cover_the_value_as_written() {
        let cases = [
            ("Harga Rp 1.000 per kg", Id, "Rp 1.000"),
            ("costs $5m now", En, "$5m"),
            ("up 15% today", En, "15%"),
            ("up 15 percent", En, "15"),
            ("a 15-year-old", En, "15-year-old"),
            ("more than a hundred people", En, "a hundred"),
            ("US$1,5 miliar", Id, "US$1,5 miliar"),
        ];
        for (text, lang, want) in cases {
            assert_eq!(first(text, lang).text, want, "{text:?}");
        }
    }

    #[test]
    fn odd_input_never_panics_and_spans_stay_on_char_boundaries() {
        let odd = [
            "",
            " ",
            "\u{301}",
            "1\u{301}2",
            "e\u{301}1 dua\u{301} 3",
            "\u{661}\u{662}\u{663}",
            "\u{645}\u{631}\u{62D}\u{628}\u{627} 137 \u{639}\u{627}\u{644}\u{645}",
            "\u{202E}137\u{202C} orang",
            "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} 5 \u{1F44D}\u{1F3FD}",
            "\u{200D}12\u{200D}",
            "\0\x01\x1b[31m 5\x7f",
            "12.",
            "12,",
            "12-",
            "-12",
            "Rp",
            "US$",
            "$",
            "ke-",
            "mid-",
            "May",
            "tahun",
            "lebih dari",
            "a",
            "a hundred and",
            "half a",
            "17th",
            "5 Jan.",
            "(14/",
            "14/4/",
            "3:",
            ":3",
            "1980-",
            "'s",
            "Jum'",
            "kedua",
            "ke",
            "Minggu",
            "9",
            "between 1 and",
            "1 -",
            "1\u{2013}",
            "\u{FEFF}7",
        ];
        for text in odd {
            for lang in [Id, En] {
                read(text, lang);
            }
        }
        let long = [
            "1.".repeat(50_000),
            "9".repeat(100_000),
            format!("1{}", ".000".repeat(25_000)),
            "1-".repeat(50_000),
            "- 1 ".repeat(25_000),
            "1/".repeat(50_000),
        ];
        for text in &long {
            for lang in [Id, En] {
                read(text, lang);
            }
        }
    }

    #[test]
    fn random_token_soup_never_panics() {
        let pieces = [
            "1",
            "12",
            "2021",
            "1.000",
            "2,5",
            " ",
            " ",
            "-",
            "/",
            ":",
            ".",
            ",",
            "%",
            "$",
            "£",
            "Rp",
            "US",
            "ke",
            "mid",
            "s",
            "an",
            "th",
            "m",
            "bn",
            "juta",
            "dua",
            "puluh",
            "belas",
            "a",
            "hundred",
            "and",
            "May",
            "Mei",
            "Minggu",
            "hari",
            "lebih",
            "dari",
            "at",
            "least",
            "orang",
            "people",
            "lainnya",
            "tewas",
            "killed",
            "(",
            ")",
            "\u{301}",
            "\u{200D}",
            "\u{1F600}",
            "\u{645}",
            "é",
            "\n",
            "'",
            "\u{2019}",
            "usia",
            "kedua",
            "one",
            "half",
            "to",
            "score",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            for lang in [Id, En] {
                read(&text, lang);
            }
        }
    }

    #[test]
    fn anchors_serialize() {
        fn serializable<T: Serialize>() {}
        serializable::<NumberAnchor>();
        serializable::<NumberKind>();
        serializable::<Bound>();
        serializable::<NumberRelation>();
    }
    #[test]
    fn years_carry_what_the_word_before_them_marks() {
        use YearMark::{In as At, Since};
        let cases: [(&str, Lang, Option<YearMark>); 12] = [
            ("sejak 2002", Id, Some(Since)),
            ("semenjak tahun 2002", Id, Some(Since)),
            ("since 2003", En, Some(Since)),
            ("pada tahun 1995", Id, Some(At)),
            ("in 2021", En, Some(At)),
            ("in August 2021", En, Some(At)),
            ("on July 6, 2024", En, Some(At)),
            ("pada 14 Oktober 2004", Id, Some(At)),
            ("in the 1980s", En, Some(At)),
            // a year with no such word, or another one, is not marked
            ("dari Juli hingga September 2015", Id, None),
            ("the 1995 hijacking", En, None),
            ("until 2030", En, None),
        ];
        for (text, lang, want) in cases {
            let found = read(text, lang);
            let year = found
                .iter()
                .find(|a| matches!(a.kind, Year | Decade))
                .unwrap_or_else(|| panic!("{text:?}: no year in {found:?}"));
            assert_eq!(year.marks, want, "{text:?}");
        }
        // Only years and decades are marked.
        assert_eq!(first("sejak 14 orang", Id).marks, None);
        assert!(YearMark::differs(Some(Since), Some(At)));
        assert!(!YearMark::differs(Some(Since), None));
        assert!(!YearMark::differs(Some(At), Some(At)));
    }
}
