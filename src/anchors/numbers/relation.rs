//! Comparing two number anchors, and printing one for a flag.
//!
//! **In:** two [`NumberAnchor`]s, from either language. **Out:** their [`NumberRelation`]
//! (Same, Compatible, Mismatch or Unrelated), [`format_value`]'s short plain form, and
//! [`format_hedged`], that form with its hedge.
//!
//! **Why:** a hedge makes a value an interval ("at least 144" is 144 or more), so two
//! numbers contradict each other only when their intervals cannot overlap; a reviewer is
//! shown a mismatch only when both cannot be true.

use std::borrow::Cow;

use super::tables::{
    lookup, DOLLAR_COUNTRIES, DOLLAR_PREFIXES, EN_VAGUE_AMOUNTS, ID_VAGUE_AMOUNTS, MONTH_NAMES,
    POUND_COUNTRIES, WEEKDAY_NAMES,
};
use super::{Bound, NumberAnchor, NumberKind, NumberRelation, APPROX_TOLERANCE, CALENDAR_SLACK};

/// How far "about" reaches on a time of day, in minutes: "sekitar pukul 13.00" covers
/// 12:30..=13:30.
const TIME_SLACK: f64 = 30.0;

/// Relative tolerance under which two values are equal.
const VALUE_EPSILON: f64 = 1e-9;

/// Whether two numbers, from either language, state the same thing.
///
/// Unrelated when the kinds differ, when both have units and they differ, or when both
/// have events and they differ (killed and injured are different quantities). When only
/// one side has a unit, the two are compared only when both name the same event ("killed
/// 137" against "137 people were killed"); a bare number against a counted one is
/// otherwise a different quantity, and a false mismatch costs more than a missed one.
/// Same when the values are equal and so are the hedges; Compatible when the values are
/// equal under different hedges or the value ranges the hedges imply overlap; Mismatch
/// otherwise. An [optional](NumberAnchor::optional) figure ("keduanya", "once") is
/// Unrelated to every other: the word may state no figure at all, so it is no evidence
/// that two sentences share or contradict one. The judge, which knows which figure the
/// other side leaves unsaid, reads it with [`relation_if_stated`].
pub fn relation(a: &NumberAnchor, b: &NumberAnchor) -> NumberRelation {
    // A date bracketed after its weekday ("Selasa (22/11)") states its figure
    // when it is there; it is optional only in being left out.
    let may_state_none = |n: &NumberAnchor| n.optional && !n.kind.is_calendar();
    if may_state_none(a) || may_state_none(b) {
        return NumberRelation::Unrelated;
    }
    // A converted figure agrees only to its rounding: the judge checks it
    // (`relation_if_stated`), but it is no evidence that two sentences
    // state one fact. A duration is, where it agrees: weeks, days and
    // hours convert exactly ("dua minggu" / "14 days").
    if converts(a, b) {
        return match converted_relation(a, b) {
            Some((Dimension::Duration, NumberRelation::Compatible)) => NumberRelation::Compatible,
            _ => NumberRelation::Unrelated,
        };
    }
    relation_if_stated(a, b)
}

/// [`relation`] as if both figures were stated outright, optional ones too: "keduanya"
/// against "the two" is the same figure, "sekali" against "three times" another value.
pub fn relation_if_stated(a: &NumberAnchor, b: &NumberAnchor) -> NumberRelation {
    if let Some(pairs) = in_one_zone(a, b) {
        // "ET" is EST or EDT: the reading that agrees best is the one meant.
        return pairs
            .iter()
            .map(|(a, b)| relation_of_values(a, b))
            .min_by_key(|r| r.rank())
            .unwrap_or(NumberRelation::Unrelated);
    }
    if let Some((_, r)) = converted_relation(a, b) {
        return r;
    }
    if !comparable(a, b) {
        return NumberRelation::Unrelated;
    }
    // "1,000" in Indonesian text reads 1 (a decimal comma), yet renderings
    // keep the English thousands separator ("lebih dari 1,000 orang"): a
    // figure written so is compared under both readings, the better kept.
    match (thousands_reading(a), thousands_reading(b)) {
        (None, None) => relation_of_values(a, b),
        (alt_a, alt_b) => {
            let a2 = alt_a.as_ref().unwrap_or(a);
            let b2 = alt_b.as_ref().unwrap_or(b);
            [
                relation_of_values(a, b),
                relation_of_values(a2, b),
                relation_of_values(a, b2),
            ]
            .into_iter()
            .min_by_key(|r| r.rank())
            .unwrap_or(NumberRelation::Unrelated)
        }
    }
}

/// Two clock times read in one zone: both in UTC when each names a zone ("0138 GMT" /
/// "pukul 08.38 WIB"), as written when only one does (a report that leaves out "WIB"
/// states the same local time); one pair for each reading of a zone that has two
/// ("ET": EST or EDT). None when either is not a time.
fn in_one_zone(a: &NumberAnchor, b: &NumberAnchor) -> Option<Vec<(NumberAnchor, NumberAnchor)>> {
    if a.kind != NumberKind::Time || b.kind != NumberKind::Time {
        return None;
    }
    let local = |n: &NumberAnchor, offset: f64| NumberAnchor {
        value: (n.value - offset * 60.0).rem_euclid(MINUTES_A_DAY),
        unit: None,
        event: None,
        ..n.clone()
    };
    Some(match (zone_offsets(a), zone_offsets(b)) {
        // Two zones that each have two readings ("ET" / "PT") are read in
        // one season: standard time with standard time, summer with summer.
        (Some(xs), Some(ys)) if xs.len() == ys.len() => xs
            .iter()
            .zip(ys)
            .map(|(&x, &y)| (local(a, x), local(b, y)))
            .collect(),
        (Some(xs), Some(ys)) => xs
            .iter()
            .flat_map(|&x| ys.iter().map(move |&y| (x, y)))
            .map(|(x, y)| (local(a, x), local(b, y)))
            .collect(),
        _ => vec![(local(a, 0.0), local(b, 0.0))],
    })
}

const MINUTES_A_DAY: f64 = 24.0 * 60.0;

/// Hours ahead of UTC of the zone a time is written in: one offset, or two
/// (standard, then summer time) for a zone named without its season ("ET"
/// is EST in winter, EDT in summer).
fn zone_offsets(a: &NumberAnchor) -> Option<&'static [f64]> {
    match a.unit.as_deref()? {
        "UTC" => Some(&[0.0]),
        "WIB" => Some(&[7.0]),
        "WITA" => Some(&[8.0]),
        "WIT" => Some(&[9.0]),
        "JST" => Some(&[9.0]),
        "EST" => Some(&[-5.0]),
        "EDT" => Some(&[-4.0]),
        "ET" => Some(&[-5.0, -4.0]),
        "PST" => Some(&[-8.0]),
        "PDT" => Some(&[-7.0]),
        "PT" => Some(&[-8.0, -7.0]),
        _ => None,
    }
}

/// What a unit of measure measures; two units of one dimension convert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dimension {
    Length,
    Speed,
    Mass,
    Temperature,
    Duration,
    Area,
}

/// Share of a converted figure within which it is the same figure rounded
/// ("240 km/jam" / "150 mph" is 149.1 mph; "5 miliar kilometer" / "three
/// billion miles" is 3.1 billion).
const CONVERSION_ROUNDING: f64 = 0.05;

/// Share of a converted figure beyond which it is another figure ("240
/// km/jam" / "300 mph"); between this and [`CONVERSION_ROUNDING`] ("240
/// km/jam" / "160 mph", 7 % apart) the two are left unrelated, since a false
/// flag costs more than a missed one.
const CONVERSION_CHANGED: f64 = 0.15;

/// A figure's dimension and its value in that dimension's base unit (metre,
/// km/h, kg, degree Celsius, day, square metre); None when its unit
/// converts to no other.
/// Durations convert as reports convert them ("lebih dari lima tahun
/// penjara" / "70 months in prison"), a month and a year at their mean
/// length.
fn in_base_unit(n: &NumberAnchor) -> Option<(Dimension, f64)> {
    use Dimension::*;
    let unit = n.unit.as_deref()?;
    // "100 pounds" reads as money; beside a weight it is the weight, unless
    // a sign or code says money ("£100", "GBP 100").
    let weight_in_pounds = n.kind == NumberKind::Money
        && unit == "GBP"
        && n.text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    if n.kind != NumberKind::Cardinal && !weight_in_pounds {
        return None;
    }
    let v = n.value;
    Some(match unit {
        "km" => (Length, v * 1000.0),
        "mile" => (Length, v * 1609.344),
        "metre" => (Length, v),
        "foot" => (Length, v * 0.3048),
        "km/h" => (Speed, v),
        "mph" => (Speed, v * 1.609_344),
        "km/s" => (Speed, v * 3600.0),
        "mi/s" => (Speed, v * 1.609_344 * 3600.0),
        "kg" => (Mass, v),
        "pound" | "GBP" => (Mass, v * 0.453_592_37),
        "celsius" => (Temperature, v),
        "fahrenheit" => (Temperature, (v - 32.0) * 5.0 / 9.0),
        "hectare" => (Area, v * 10_000.0),
        "acre" => (Area, v * 4_046.856_422_4),
        "second" => (Duration, v / 86_400.0),
        "minute" => (Duration, v / 1440.0),
        "hour" => (Duration, v / 24.0),
        "day" => (Duration, v),
        "week" => (Duration, v * 7.0),
        "month" => (Duration, v * 30.436_875),
        "year" => (Duration, v * 365.2425),
        "decade" => (Duration, v * 3652.425),
        "century" => (Duration, v * 36_524.25),
        _ => return None,
    })
}

/// Whether two figures are in different units that convert to each other
/// ("240 km/jam" / "150 mph"): their values differ by the conversion, so a
/// hedge kept on both sides is no sign of a changed value.
pub fn converts(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    a.unit != b.unit
        && matches!((in_base_unit(a), in_base_unit(b)), (Some((x, _)), Some((y, _))) if x == y)
}

/// Whether two figures measure one kind of quantity in other units: a
/// duration in other units of time ("tiga bulan" / "three weeks") or money
/// in another currency ("5 dolar" / "5 pounds"). The same value in such
/// another unit is another figure, not the same count under another noun
/// ("tujuh orang pekerja" / "seven workers"). Durations convert, and agree
/// when converted ([`relation_if_stated`]); far apart, they may be two facts
/// (an age of 72 years, a rule of 20 months), which only a close rendering
/// reads as one figure changed.
pub fn measures_otherwise(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    let (Some(x), Some(y)) = (a.unit.as_deref(), b.unit.as_deref()) else {
        return false;
    };
    if x == y {
        return false;
    }
    let money = |n: &NumberAnchor| n.kind == NumberKind::Money && in_base_unit(n).is_none();
    let duration = |n: &NumberAnchor| matches!(in_base_unit(n), Some((Dimension::Duration, _)));
    (money(a) && money(b)) || (duration(a) && duration(b))
}

/// Two figures in convertible units ("240 km/jam" / "150 mph", "40 derajat
/// Celsius" / "104 degrees Fahrenheit"), compared in one unit: Compatible
/// when they agree within [`CONVERSION_ROUNDING`] (a converted figure is
/// rounded, so never Same), Mismatch when they differ beyond
/// [`CONVERSION_CHANGED`] even so, Unrelated in between; with the dimension
/// they share. None when the units are the same or do not convert to each
/// other.
fn converted_relation(a: &NumberAnchor, b: &NumberAnchor) -> Option<(Dimension, NumberRelation)> {
    // `converts`, with each figure's base unit read once.
    if a.unit == b.unit {
        return None;
    }
    let ((dim_a, base_a), (dim_b, base_b)) = (in_base_unit(a)?, in_base_unit(b)?);
    if dim_a != dim_b || !a.value.is_finite() || !b.value.is_finite() {
        return None;
    }
    if let (Some(x), Some(y)) = (&a.event, &b.event) {
        if x != y {
            return Some((dim_a, NumberRelation::Unrelated));
        }
    }
    let as_base = |n: &NumberAnchor, v: f64| NumberAnchor {
        value: v,
        kind: NumberKind::Cardinal,
        unit: None,
        ..n.clone()
    };
    let (a, b) = (
        Interval::of(&as_base(a, base_a)),
        Interval::of(&as_base(b, base_b)),
    );
    // A temperature near zero still rounds by a degree or so.
    let floor = if dim_a == Dimension::Temperature {
        1.0
    } else {
        0.0
    };
    let agree = |share: f64| a.widened(share, floor).overlaps(&b.widened(share, floor));
    let relation = if agree(CONVERSION_ROUNDING) {
        NumberRelation::Compatible
    } else if agree(CONVERSION_CHANGED) || dim_a == Dimension::Duration {
        // Durations far apart may be two facts ([`measures_otherwise`]).
        NumberRelation::Unrelated
    } else {
        NumberRelation::Mismatch
    };
    Some((dim_a, relation))
}

/// The figure as thousands when it is written `d,ddd` (one to three digits,
/// a comma, exactly three digits; more `,ddd` groups allowed) and was read
/// with a decimal comma: "1,000" read as 1 also reads 1000.
fn thousands_reading(a: &NumberAnchor) -> Option<NumberAnchor> {
    // Most figures have no comma: no work for them (this runs per pair).
    if !a.text.contains(',') || a.value >= 1000.0 {
        return None;
    }
    let text = a.text.trim();
    let mut groups = text.split(',');
    let head = groups.next()?;
    let tail: Vec<&str> = groups.collect();
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|c| c.is_ascii_digit());
    let shaped = (1..=3).contains(&head.len())
        && digits(head)
        && !tail.is_empty()
        && tail.iter().all(|g| g.len() == 3 && digits(g));
    let whole: f64 = text.replace(',', "").parse().ok()?;
    (shaped && !same_value(a.value, whole)).then(|| NumberAnchor {
        value: whole,
        ..a.clone()
    })
}

/// How many steps of its last written digit a hedge ("about", "nearly")
/// reaches on a figure written with a fraction.
const HEDGED_FRACTION_STEPS: f64 = 2.0;

/// The value of one step of the last digit of a figure written with a
/// fraction of one or two digits ("6.5": 0.1; "4,2 juta": 100,000; "2.75":
/// 0.01); `None` for whole numbers and for a separator before three digits,
/// which may group thousands ("1,127").
fn fraction_step(a: &NumberAnchor) -> Option<f64> {
    let start = a.text.find(|c: char| c.is_ascii_digit())?;
    let run: &str = a.text[start..]
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .next()?;
    let (whole, fraction) = run.rsplit_once(['.', ','])?;
    if !(1..=2).contains(&fraction.len()) || !fraction.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let digits: String = whole
        .chars()
        .filter(char::is_ascii_digit)
        .chain(fraction.chars())
        .collect();
    let mantissa: f64 = digits.parse().ok()?;
    (mantissa > 0.0).then(|| a.value.abs() / mantissa)
}

/// [`relation`] of two comparable figures as read.
fn relation_of_values(a: &NumberAnchor, b: &NumberAnchor) -> NumberRelation {
    if same_value(a.value, b.value) && a.bound == b.bound || same_height(a, b) {
        NumberRelation::Same
    } else if hedge_dropped(a, b) || Interval::of(a).overlaps(&Interval::of(b)) {
        // The same figure with a hedge on one side only ("more than $7.5
        // million" / "US$7,5 juta"): the hedge is dropped, the figure kept,
        // as news rounds; not a changed value.
        NumberRelation::Compatible
    } else {
        NumberRelation::Mismatch
    }
}

/// The same value, hedged on one side only ("more than 100" / "100"): one
/// side dropped the hedge. Opposite hedges ("less than 100" / "more than
/// 100") still contradict each other.
fn hedge_dropped(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    same_value(a.value, b.value) && (a.bound == Bound::Exact || b.bound == Bound::Exact)
}

/// A height in feet and inches ("6-foot-8", 6 + 8/12 feet) and the same
/// height rendered literally as a decimal ("6,8 kaki"): a rendering that
/// turns the inches into tenths is the same figure, not a changed one.
fn same_height(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    let feet = |n: &NumberAnchor| n.unit.as_deref() == Some("foot");
    if !feet(a) || !feet(b) || a.bound != b.bound {
        return false;
    }
    // 6 feet 8 inches read as 6.8; 6 feet 11 inches as 6.11.
    let as_decimal = |v: f64| {
        let whole = v.floor();
        let inches = ((v - whole) * 12.0).round();
        let places = if inches >= 10.0 { 100.0 } else { 10.0 };
        whole + inches / places
    };
    same_value(as_decimal(a.value), b.value) || same_value(a.value, as_decimal(b.value))
}

/// A short plain form of the value for flags: "137", "2.5", "1500000" (money too: the
/// amount without its currency), "15%", "1980s"; weekdays and months by their English
/// names ("Tuesday", "July") so that both languages read alike.
pub fn format_value(a: &NumberAnchor) -> String {
    let name = |names: &[&str]| {
        let k = a.value.round();
        let fits = same_value(a.value, k) && k >= 1.0 && k <= names.len() as f64;
        fits.then(|| names[k as usize - 1].to_string())
    };
    let named = match a.kind {
        NumberKind::Weekday => name(&WEEKDAY_NAMES),
        NumberKind::Month => name(&MONTH_NAMES),
        _ => None,
    };
    // "belasan", "hundreds of thousands": the amount as the word names it
    if vague_ceiling(a).is_some() {
        return a.text.to_lowercase();
    }
    // A race time ("2:07:35", "1:54.61") as it was written, not in
    // fractions of an hour.
    if a.kind == NumberKind::Cardinal
        && matches!(a.unit.as_deref(), Some("hour" | "minute"))
        && a.text.contains(':')
    {
        return a.text.clone();
    }
    named.unwrap_or_else(|| match a.kind {
        NumberKind::Percent => format!("{}%", plain(a.value)),
        NumberKind::Decade => format!("{}s", plain(a.value)),
        NumberKind::Fraction => fraction(a.value),
        NumberKind::Time => clock(a),
        // Feet and whole inches (what `6-foot-8` reads as) as a reviewer
        // writes them: 6'8". A decimal such as "6,8 kaki" stays 6.8.
        _ if a.unit.as_deref() == Some("foot") && is_feet_and_inches(a.value) => {
            let inches = (a.value.fract() * 12.0).round();
            format!("{}'{}\"", plain(a.value.trunc()), plain(inches))
        }
        _ => plain(a.value),
    })
}

/// [`format_value`] with the hedge before it in English words: "more than 1/2",
/// "nearly 1/2", "at least 144"; an exact figure as [`format_value`] prints it. A flag
/// prints values so when they would otherwise read the same ("lebih dari separuh" /
/// "nearly half": `more than 1/2|nearly 1/2`).
pub fn format_hedged(a: &NumberAnchor) -> String {
    let hedge = match a.bound {
        Bound::Exact => return format_value(a),
        Bound::AtLeast => "at least",
        Bound::MoreThan => "more than",
        Bound::AtMost => "up to",
        Bound::LessThan => "less than",
        Bound::About => "about",
        Bound::Nearly => "nearly",
    };
    format!("{hedge} {}", format_value(a))
}

/// A share as a reviewer writes it: "2/3", "1/2"; one of no small denominator as a
/// decimal.
fn fraction(v: f64) -> String {
    (2..=10u32)
        .find_map(|d| {
            let n = (v * f64::from(d)).round();
            same_value(n / f64::from(d), v).then(|| format!("{}/{d}", plain(n)))
        })
        .unwrap_or_else(|| plain(v))
}

/// A time of day on the 24-hour clock with its zone: "13:00", "01:38 UTC".
fn clock(a: &NumberAnchor) -> String {
    let minutes = a.value.round().rem_euclid(MINUTES_A_DAY) as u32;
    let hhmm = format!("{:02}:{:02}", minutes / 60, minutes % 60);
    match a.unit.as_deref() {
        Some(zone) => format!("{hhmm} {zone}"),
        None => hhmm,
    }
}

fn is_feet_and_inches(v: f64) -> bool {
    let inches = v.fract() * 12.0;
    v.fract() != 0.0 && (inches - inches.round()).abs() < 1e-6
}

fn plain(v: f64) -> String {
    // `+ 0.0` turns -0 into 0; Display never uses exponents. A value worked
    // out rather than written (4 years 8 months: 4.666...) is shown to six
    // places.
    let shown = format!("{}", v + 0.0);
    match shown.split_once('.') {
        Some((_, places)) if places.len() > 6 => {
            let rounded = format!("{:.6}", v + 0.0);
            rounded
                .trim_end_matches('0')
                .trim_end_matches('.')
                .to_string()
        }
        _ => shown,
    }
}

fn same_value(x: f64, y: f64) -> bool {
    x == y
        || (x.is_finite() && y.is_finite() && (x - y).abs() <= VALUE_EPSILON * x.abs().max(y.abs()))
}

fn comparable(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    if a.kind != b.kind || !a.value.is_finite() || !b.value.is_finite() {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.event, &b.event) {
        if x != y {
            return false;
        }
    }
    match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => x == y,
        (None, None) => true,
        _ => a.event.is_some() && a.event == b.event,
    }
}

/// Counts a scorer's times stand for: "scored twice" is two goals ("mencetak
/// dua gol"), "scored three times" three.
const SCORED_UNITS: &[&str] = &["assist", "goal", "point", "rebound"];

/// The same value of one kind where one side leaves what it counts to the
/// context ("kedua anaknya" / "his two children", "47.615 orang" /
/// "attendance was 47,615"): one figure, whatever the judge or the scorer
/// then asks of it. So is an amount of a million or more whose currency one
/// side leaves to an earlier figure ("10 hingga 11 miliar euro" / "9.5
/// billion euros, down from 10 to 11 billion").
pub fn same_value_unit_unsaid(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    let bare_cardinal =
        |n: &NumberAnchor| n.kind == NumberKind::Cardinal && n.unit.is_none() && n.event.is_none();
    let currency_unsaid = |money: &NumberAnchor, bare: &NumberAnchor| {
        money.kind == NumberKind::Money && bare_cardinal(bare) && money.value.abs() >= 1e6
    };
    a.value == b.value
        && ((a.kind == b.kind && a.unit.is_none() != b.unit.is_none())
            || currency_unsaid(a, b)
            || currency_unsaid(b, a))
}

/// A count of times against a count of what a scorer scores ("mencetak tiga
/// gol" / "scored twice"), or against a multiple ("dua kali rata-rata" /
/// "three times the average": Indonesian counts both with "kali"): one
/// figure, counted two ways.
pub fn times_scored(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    let scored = |n: &NumberAnchor| {
        n.unit
            .as_deref()
            .is_some_and(|u| SCORED_UNITS.contains(&u) || u == "fold")
    };
    let times = |n: &NumberAnchor| n.unit.as_deref() == Some("time");
    (times(a) && scored(b)) || (scored(a) && times(b))
}

/// The values a hedged number admits.
#[derive(Debug, Clone, Copy)]
struct Interval {
    lo: f64,
    lo_open: bool,
    hi: f64,
    hi_open: bool,
}

impl Interval {
    fn of(a: &NumberAnchor) -> Interval {
        let v = a.value;
        let slack = if a.kind == NumberKind::Time {
            TIME_SLACK
        } else if a.kind.is_calendar() {
            CALENDAR_SLACK
        } else {
            // A figure written with a fraction states its precision: "about
            // 6.5 metres" reaches a couple of tenths, not 6.5 ± 15 %.
            let share = v.abs() * APPROX_TOLERANCE;
            fraction_step(a).map_or(share, |step| share.min(HEDGED_FRACTION_STEPS * step))
        };
        let (lo, lo_open, hi, hi_open) = match a.bound {
            Bound::Exact => (v, false, v, false),
            Bound::AtLeast => match vague_ceiling(a) {
                Some(ceiling) => (v, false, ceiling, true),
                None => (v, false, f64::INFINITY, false),
            },
            Bound::MoreThan => (v, true, f64::INFINITY, false),
            Bound::AtMost => (f64::NEG_INFINITY, false, v, false),
            Bound::LessThan => (f64::NEG_INFINITY, false, v, true),
            Bound::About => (v - slack, false, v + slack, false),
            Bound::Nearly => (v - slack, false, v, false),
        };
        Interval {
            lo,
            lo_open,
            hi,
            hi_open,
        }
    }

    /// The interval with each finite end moved out by half of `share` of its
    /// value (at least `floor`): two figures so widened meet when they lie
    /// within about `share` of each other.
    fn widened(&self, share: f64, floor: f64) -> Interval {
        let pad = |v: f64| (v.abs() * share / 2.0).max(floor);
        Interval {
            lo: if self.lo.is_finite() {
                self.lo - pad(self.lo)
            } else {
                self.lo
            },
            hi: if self.hi.is_finite() {
                self.hi + pad(self.hi)
            } else {
                self.hi
            },
            ..*self
        }
    }

    fn overlaps(&self, other: &Interval) -> bool {
        let (lo, lo_open) = tighter(self.lo, self.lo_open, other.lo, other.lo_open, f64::max);
        let (hi, hi_open) = tighter(self.hi, self.hi_open, other.hi, other.hi_open, f64::min);
        if same_value(lo, hi) {
            !lo_open && !hi_open
        } else {
            lo < hi
        }
    }
}

/// Whether the figure is an amount named by its order of magnitude
/// ("ratusan", "belasan", "tens of thousands"): at least the least amount
/// the word covers, below the next order.
pub fn is_vague(a: &NumberAnchor) -> bool {
    vague_ceiling(a).is_some()
}

/// Two amounts each named by its order of magnitude whose ranges do not
/// meet ("jutaan" / "thousands", "puluhan miliar" / "hundreds of
/// billions"): another amount, where the two stand in one place.
pub fn vague_amounts_differ(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    let (Some(x), Some(y)) = (vague_ceiling(a), vague_ceiling(b)) else {
        return false;
    };
    let units_agree = a.unit.is_none() || b.unit.is_none() || a.unit == b.unit;
    units_agree && (x <= b.value || y <= a.value)
}

/// Two amounts each named by its order of magnitude whose ranges meet
/// ("ratusan" / "hundreds").
pub fn vague_amounts_meet(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    match (vague_ceiling(a), vague_ceiling(b)) {
        (Some(x), Some(y)) => x > b.value && y > a.value,
        _ => false,
    }
}

/// The amount an amount named by its order of magnitude stays below
/// ("ratusan": 1000, "puluhan ribu": 100,000, "belasan": 20); None for any
/// other figure.
pub(super) fn vague_ceiling(a: &NumberAnchor) -> Option<f64> {
    if !a.optional || a.bound != Bound::AtLeast || a.kind != NumberKind::Cardinal {
        return None;
    }
    let word = a.text.split_whitespace().next()?.to_lowercase();
    let (lo, hi) = lookup(ID_VAGUE_AMOUNTS, &word).or_else(|| lookup(EN_VAGUE_AMOUNTS, &word))?;
    Some(a.value / lo * hi)
}

/// The tighter of two interval ends (`pick` is max for lower ends, min for upper ends); an
/// end open on either side stays open when both sit at the same value.
fn tighter(x: f64, x_open: bool, y: f64, y_open: bool, pick: fn(f64, f64) -> f64) -> (f64, bool) {
    if same_value(x, y) {
        (x, x_open || y_open)
    } else if pick(x, y) == x {
        (x, x_open)
    } else {
        (y, y_open)
    }
}

/// Whether `code` is a currency a dollar (`usd`) or pound (`gbp`) that names
/// no country may stand for in a story: one the tables name by a country or a
/// prefix of the same sign or word.
fn of_the_same_family(context: &str, code: &str) -> bool {
    match context {
        "USD" => DOLLAR_COUNTRIES
            .iter()
            .map(|&(_, _, c)| c)
            .chain(DOLLAR_PREFIXES.iter().map(|&(_, c)| c))
            .any(|c| c == code),
        "GBP" => POUND_COUNTRIES.iter().any(|&(_, _, c)| c == code),
        _ => false,
    }
}

/// `side`'s money in a dollar or pound that names no country ("76.4 billion
/// dollars", [`NumberAnchor::context_currency`]) read as the one dollar or
/// pound `other` names by its country ("76,4 miliar dolar Kanada"), when it
/// names one and only one: the story's currency, which one side left to the
/// context. Borrowed as it is when nothing is read otherwise.
pub fn with_context_currency<'a>(
    side: &'a [NumberAnchor],
    other: &[NumberAnchor],
) -> Cow<'a, [NumberAnchor]> {
    let named = |context: &str| {
        let mut codes = other
            .iter()
            .filter(|n| n.kind == NumberKind::Money && !n.context_currency)
            .filter_map(|n| n.unit.as_deref())
            .filter(|code| *code == context || of_the_same_family(context, code));
        // One currency of the family, and not the one it is read as: the
        // other side naming both ("dolar Taiwan (US$9,7 miliar)") leaves it
        // as written.
        let first = codes.next().filter(|&c| c != context)?;
        codes.all(|c| c == first).then(|| first.to_owned())
    };
    let mut out = Cow::Borrowed(side);
    for (k, n) in side.iter().enumerate() {
        if !n.context_currency || n.kind != NumberKind::Money {
            continue;
        }
        if let Some(code) = n.unit.as_deref().and_then(named) {
            out.to_mut()[k].unit = Some(code);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchors::numbers::testing::*;
    use crate::anchors::numbers::Bound::*;
    use crate::anchors::numbers::NumberRelation::*;
    use crate::text::doc::Lang::{En, Id};

    #[test]
    fn an_amount_whose_currency_an_earlier_figure_gives_is_that_amount() {
        let euros = first("11 miliar euro", Id);
        let bare = first("11 billion", En);
        assert!(same_value_unit_unsaid(&euros, &bare));
        assert!(same_value_unit_unsaid(&bare, &euros));
        // Not another value, nor a count of something said.
        assert!(!same_value_unit_unsaid(&euros, &first("12 billion", En)));
        assert!(!same_value_unit_unsaid(
            &euros,
            &first("11 billion people", En)
        ));
        // A small figure is too likely another.
        assert!(!same_value_unit_unsaid(
            &first("11 euro", Id),
            &first("11", En)
        ));
    }

    #[test]
    fn a_hedge_on_a_figure_with_a_fraction_reaches_two_steps_of_its_last_digit() {
        let step = |text: &str, lang| fraction_step(&first(text, lang));
        assert_eq!(step("around 6.5 metres", En), Some(0.1));
        assert_eq!(step("4,2 juta warga", Id).map(f64::round), Some(100_000.0));
        assert_eq!(step("1,127 people", En), None);
        assert_eq!(step("140 people", En), None);
        let about = first("around 6.5 metres", En);
        assert_eq!(relation(&about, &first("5,6 meter", Id)), Mismatch);
        assert_eq!(relation(&about, &first("6,6 meter", Id)), Compatible);
        // A whole figure keeps the share: "about 140" admits 144.
        assert_eq!(
            relation(&first("about 140 people", En), &first("144 orang", Id)),
            Compatible
        );
    }

    #[test]
    fn an_optional_figure_is_no_evidence_unless_read_as_stated() {
        let both = first("Keduanya ditangkap", Id);
        let two = first("the two were arrested", En);
        let three = first("three were arrested", En);
        assert!(both.optional);
        assert_eq!(relation(&both, &two), Unrelated);
        assert_eq!(relation_if_stated(&both, &two), Same);
        assert_eq!(relation_if_stated(&both, &three), Mismatch);
        // A date bracketed after its weekday may be left out, but where the
        // report gives a day it is that day.
        let bracket = read("pada Selasa (22/11)", Id);
        let day = bracket.iter().find(|a| a.kind == NumberKind::DayOfMonth);
        let day = day.expect("a day of the month");
        assert!(day.optional);
        let nov_22 = read("on Nov. 22", En);
        assert_eq!(relation(day, &nov_22[1]), Same);
        let nov_23 = read("on Nov. 23", En);
        assert_eq!(relation(day, &nov_23[1]), Mismatch);
    }

    #[test]
    fn a_duration_or_money_in_another_unit_measures_otherwise() {
        let other = |x: &str, y: &str| measures_otherwise(&first(x, Id), &first(y, En));
        assert!(other("50 dolar", "£50"));
        assert!(other("50 euro", "$50"));
        // The same unit, a count under another noun, units that convert,
        // and a weight in bare pounds measure alike or not as money.
        assert!(!other("tiga minggu", "three weeks"));
        assert!(!other("tujuh orang pekerja", "seven workers"));
        assert!(!other("240 km/jam", "150 mph"));
        assert!(!other("45 kilogram", "100 pounds"));
        // Durations in other units measure otherwise, and convert.
        assert!(other("tiga bulan", "three weeks"));
        assert!(converts(
            &first("tiga bulan", Id),
            &first("three weeks", En)
        ));
    }

    #[test]
    fn durations_in_other_units_compare_converted() {
        let rel = |x: &str, y: &str| relation_if_stated(&first(x, Id), &first(y, En));
        assert_eq!(rel("lebih dari lima tahun", "70 months"), Compatible);
        assert_eq!(rel("dua tahun", "24 months"), Compatible);
        assert_eq!(rel("tiga hari", "72 hours"), Compatible);
        // Far apart they may be two facts (an age, a term): left to the
        // judge, which reads them as one figure changed only in a close
        // rendering.
        assert_eq!(rel("tiga bulan", "three weeks"), Unrelated);
        assert_eq!(rel("72 tahun", "20 months"), Unrelated);
        // An agreeing duration is evidence that two sentences share a
        // fact; a converted figure of another dimension is not.
        let evidence = |x: &str, y: &str| relation(&first(x, Id), &first(y, En));
        assert_eq!(evidence("dua tahun", "24 months"), Compatible);
        assert_eq!(evidence("tiga bulan", "three weeks"), Unrelated);
        assert_eq!(evidence("240 km/jam", "150 mph"), Unrelated);
    }

    #[test]
    fn figures_in_units_that_convert_compare_to_their_rounding() {
        let rel = |x: &str, y: &str| relation_if_stated(&first(x, Id), &first(y, En));
        let cases = [
            ("240 km/jam", "150 mph", Compatible),
            ("240 kilometer per jam", "150 miles per hour", Compatible),
            ("240 km/jam", "300 mph", Mismatch),
            // 160 mph is 257 km/h: 7 % off, left unsaid either way
            ("240 km/jam", "160 mph", Unrelated),
            (
                "lebih dari 5 miliar kilometer",
                "more than three billion miles",
                Compatible,
            ),
            (
                "50 ribu kilometer per jam",
                "14 kilometers per second",
                Compatible,
            ),
            ("12.472 kilometer", "7,750 miles", Compatible),
            ("100.000 hektar", "250,000 acres", Compatible),
            ("100.000 hektar", "100,000 acres", Mismatch),
            ("45 kilogram", "100 pounds", Compatible),
            ("45 kilogram", "200 pounds", Mismatch),
            ("100 pon", "100 lbs", Same),
            ("300 meter", "nearly 1,000 feet", Compatible),
            ("300 meter", "2,000 feet", Mismatch),
            ("40 derajat Celsius", "104 degrees Fahrenheit", Compatible),
            ("40 derajat Celsius", "80 degrees Fahrenheit", Mismatch),
            ("0 derajat Celsius", "32 degrees Fahrenheit", Compatible),
            // units of other dimensions, and money, never convert
            ("240 km", "150 mph", Unrelated),
            ("45 kilogram", "£100", Unrelated),
            ("45 kilogram", "100 kilometers", Unrelated),
        ];
        for (x, y, want) in cases {
            assert_eq!(rel(x, y), want, "{x:?} vs {y:?}");
            assert_eq!(
                relation_if_stated(&first(y, En), &first(x, Id)),
                want,
                "{y:?} vs {x:?}"
            );
        }
        // No evidence of one fact: only the judge checks a conversion.
        assert_eq!(
            relation(&first("240 km/jam", Id), &first("150 mph", En)),
            Unrelated
        );
        assert!(converts(&first("240 km/jam", Id), &first("150 mph", En)));
        assert!(!converts(&first("240 km/jam", Id), &first("240 km/h", En)));
    }

    #[test]
    fn an_amount_named_by_its_order_of_magnitude_spans_that_order() {
        let rel = |x: &str, y: &str| relation_if_stated(&first(x, Id), &first(y, En));
        let cases = [
            ("belasan orang", "more than a dozen people", Compatible),
            ("belasan orang", "fifteen people", Compatible),
            ("belasan orang", "fifty people", Mismatch),
            ("belasan orang", "five people", Mismatch),
            ("puluhan orang", "dozens of people", Compatible),
            // "dozens" stays below a hundred, as news uses it
            ("ratusan orang", "dozens of people", Mismatch),
            ("ratusan orang", "hundreds of people", Same),
            ("ratusan orang", "at least 300 people", Compatible),
            ("ratusan orang", "five people", Mismatch),
            ("ratusan orang", "more than 1,000 people", Mismatch),
            ("ribuan orang", "thousands of people", Same),
            ("ribuan orang", "twelve people", Mismatch),
            ("puluhan ribu orang", "tens of thousands of people", Same),
            (
                "ratusan ribu orang",
                "tens of thousands of people",
                Mismatch,
            ),
        ];
        for (x, y, want) in cases {
            assert_eq!(rel(x, y), want, "{x:?} vs {y:?}");
        }
        // Optional: no evidence of one fact by itself.
        let hundreds = first("ratusan orang", Id);
        assert!(is_vague(&hundreds) && hundreds.optional);
        assert_eq!(
            relation(&hundreds, &first("hundreds of people", En)),
            Unrelated
        );
        assert!(!is_vague(&first("sedikitnya 100 orang", Id)));
    }

    #[test]
    fn a_height_in_feet_and_inches_prints_as_written() {
        let a = first("the 6-foot-8 forward", En);
        assert_eq!(
            (a.text.as_str(), a.unit.as_deref()),
            ("6-foot-8", Some("foot"))
        );
        assert_eq!(format_value(&a), "6'8\"");
        assert_eq!(format_value(&first("6,8 kaki", Id)), "6.8");
    }

    #[test]
    fn fractions_and_times_compare_and_print() {
        let rel = |x: &str, y: &str| relation(&first(x, Id), &first(y, En));
        assert_eq!(
            rel("dua pertiga warga", "two-thirds of the villagers"),
            Same
        );
        assert_eq!(
            rel("dua pertiga warga", "one-third of the villagers"),
            Mismatch
        );
        assert_eq!(rel("separuh warga", "half of the villagers"), Same);
        assert_eq!(
            rel("lebih dari separuh penumpang", "nearly half of them"),
            Mismatch
        );
        assert_eq!(rel("lebih dari separuh penumpang", "more than half"), Same);
        assert_eq!(rel("pukul 13.00", "at 1 p.m."), Same);
        assert_eq!(rel("pukul 13.00", "at 3 p.m."), Mismatch);
        assert_eq!(rel("pukul 08.38 WIB", "at 0138 GMT"), Same);
        assert_eq!(rel("pukul 01.38 WIB", "at 0138 GMT"), Mismatch);
        assert_eq!(rel("pukul 07.30 WIB", "at 7:30 a.m."), Same);
        assert_eq!(rel("sekitar pukul 13.00", "at 1:15 p.m."), Compatible);
        assert_eq!(rel("pukul 13.00", "1300 people"), Unrelated);
        // US zones, ET read in one season with the other side
        assert_eq!(rel("pukul 20.55 WIB", "at 8:55 a.m. EST"), Same);
        assert_eq!(rel("pukul 19.55 WIB", "at 8:55 a.m. EDT"), Same);
        assert_eq!(rel("pukul 20.55 WIB", "at 8:55 a.m. ET"), Same);
        assert_eq!(rel("pukul 19.55 WIB", "at 8:55 a.m. ET"), Same);
        assert_eq!(rel("pukul 18.55 WIB", "at 8:55 a.m. ET"), Mismatch);
        assert_eq!(
            rel("pukul 3:55 sore waktu Amerika Timur", "at 3:55 p.m. EST"),
            Same
        );
        assert_eq!(
            rel("pukul 3:55 sore waktu Amerika Timur", "at 4:55 p.m. ET"),
            Mismatch
        );
        assert_eq!(rel("pukul 20.00 WIB", "at 8 p.m. Jakarta time"), Same);
        assert_eq!(rel("pukul 20.00 WIB", "at 9 p.m. Jakarta time"), Mismatch);
        assert_eq!(
            rel("pukul 20.00 waktu Indonesia Barat", "at 1300 GMT"),
            Same
        );
        assert_eq!(format_value(&first("dua pertiga", Id)), "2/3");
        assert_eq!(format_value(&first("separuh", Id)), "1/2");
        assert_eq!(format_value(&first("pukul 07.30", Id)), "07:30");
        assert_eq!(format_value(&first("0138 GMT", En)), "01:38 UTC");
        assert_eq!(format_value(&first("3-1/2 percent", En)), "3.5%");
        assert_eq!(format_value(&first("75 basis points", En)), "0.75%");
        assert_eq!(format_value(&first("a 75-basis-point cut", En)), "0.75%");
    }

    #[test]
    fn relations_across_languages() {
        let cases = [
            (
                "menewaskan lebih dari seratus orang",
                Id,
                "killed at least 144 people",
                Compatible,
            ),
            ("dalam dua dekade", Id, "in nearly two decades", Compatible),
            ("dua dekade", Id, "two decades", Same),
            (
                "menewaskan 137 orang",
                Id,
                "killed at least 144 people",
                Mismatch,
            ),
            (
                "menewaskan 137 orang",
                Id,
                "killed more than 140 people",
                Mismatch,
            ),
            ("137", Id, "137", Same),
            ("137", Id, "about 140", Compatible),
            ("pada tahun 2021", Id, "in 2021", Same),
            ("pada tahun 2021", Id, "in 2022", Mismatch),
            ("pada hari Selasa", Id, "on Friday", Mismatch),
            ("pada hari Selasa", Id, "on Tuesday", Same),
            ("bulan Juli", Id, "in July", Same),
            ("tahun 1980-an", Id, "the 1980s", Same),
            ("15 persen", Id, "15%", Same),
            // A height: feet and inches, and the inches rendered as tenths.
            ("6,8 kaki", Id, "the 6-foot-8 forward", Same),
            ("6,8 kaki", Id, "6 feet 8 inches tall", Same),
            ("6,9 kaki", Id, "the 6-foot-8 forward", Mismatch),
            ("7 kaki", Id, "a 7-foot center", Same),
            ("sedikitnya 100 orang", Id, "at least 100 people", Same),
            ("hingga 100 orang", Id, "at least 100 people", Compatible),
            // A hedge dropped on one side is no changed figure.
            ("100 orang", Id, "more than 100 people", Compatible),
            ("US$7,5 juta", Id, "more than $7.5 million", Compatible),
            // The English thousands separator kept in Indonesian text.
            ("lebih dari 1,000 orang", Id, "over 1,000 people", Same),
            ("1,127 anggota", Id, "1,127 members", Same),
            ("1,127 anggota", Id, "1,200 members", Mismatch),
            (
                "kurang dari 100 orang",
                Id,
                "more than 100 people",
                Mismatch,
            ),
            ("sekitar 100 orang", Id, "nearly 110 people", Compatible),
            ("menewaskan 137", Id, "137 people were killed", Same),
            // different quantities
            ("137 orang tewas", Id, "137 people were injured", Unrelated),
            ("137 orang", Id, "137 countries", Unrelated),
            ("137", Id, "137 people", Unrelated),
            ("pada tahun 2021", Id, "2021 people", Unrelated),
            ("Rp 1.000", Id, "$1,000", Unrelated),
            ("yang ketiga", Id, "the third", Same),
        ];
        for (x, lx, y, want) in cases {
            let (a, b) = (first(x, lx), first(y, En));
            assert_eq!(relation(&a, &b), want, "{x:?} vs {y:?}");
            assert_eq!(relation(&b, &a), want, "{y:?} vs {x:?}");
        }
    }

    #[test]
    fn relation_edge_values() {
        let mut a = first("137", En);
        let b = a.clone();
        a.value = f64::NAN;
        assert_eq!(relation(&a, &b), Unrelated);
        let (mut x, mut y) = (first("0", En), first("0", En));
        assert_eq!(relation(&x, &y), Same);
        x.bound = About;
        y.value = 1e-12;
        assert_eq!(relation(&x, &y), Mismatch);
        let year = first("sekitar 2000", Id);
        assert_eq!(relation(&year, &first("in 2001", En)), Compatible);
        assert_eq!(relation(&year, &first("in 2003", En)), Mismatch);
    }

    #[test]
    fn values_format_for_flags() {
        let cases = [
            ("137", En, "137"),
            ("2.5", En, "2.5"),
            ("in 2021", En, "2021"),
            ("on Tuesday", En, "Tuesday"),
            ("pada hari Selasa", Id, "Tuesday"),
            ("bulan Juli", Id, "July"),
            ("1.500.000", Id, "1500000"),
            ("15 persen", Id, "15%"),
            ("the 1980s", En, "1980s"),
            ("£2.1bn", En, "2100000000"),
        ];
        for (text, lang, want) in cases {
            assert_eq!(format_value(&first(text, lang)), want, "{text:?}");
        }
        let mut odd = first("on Tuesday", En);
        odd.value = 9.0;
        assert_eq!(format_value(&odd), "9");
    }

    #[test]
    fn hedged_values_format_with_their_hedge() {
        let cases = [
            ("lebih dari separuh penumpang", Id, "more than 1/2"),
            ("nearly half of them", En, "nearly 1/2"),
            ("sedikitnya 662 orang", Id, "at least 662"),
            ("about 900,000", En, "about 900000"),
            ("kurang dari 15 persen", Id, "less than 15%"),
            ("up to 20 people", En, "up to 20"),
            ("137", En, "137"),
        ];
        for (text, lang, want) in cases {
            assert_eq!(format_hedged(&first(text, lang)), want, "{text:?}");
        }
    }
}
