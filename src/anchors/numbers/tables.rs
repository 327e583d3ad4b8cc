//! The words both languages write numbers with, in sorted tables.
//!
//! **In:** nothing; these are constants. **Out:** number words (each with its [`Lex`] part
//! in a compound number), ordinals, magnitudes, units and counted nouns, currencies,
//! hedges, event verbs, score and range words, month and weekday names, and the look-ups
//! over them.
//!
//! **Why:** one home for every word the recognisers know, so a new word is one line and
//! one test checks every table. Every table is sorted by its key (byte order) for binary
//! search; a test checks the order. Keys are lower case; the tokeniser turns ’ into ' and
//! ‑ into -.

use crate::text::doc::Lang;

use super::{Bound, YearMark};

/// English names for weekday values 1..=7 and month values 1..=12, as flags print them.
pub(super) const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
pub(super) const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A number word's part in a compound number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Lex {
    /// 1..=9 (satu, one).
    Unit(f64),
    /// A whole 10..=19 (sepuluh, sebelas, ten, eleven ... nineteen).
    Teen(f64),
    /// English twenty..ninety.
    Tens(f64),
    /// Indonesian `belas`: the unit before it plus ten.
    Belas,
    /// Indonesian `puluh`: the unit before it times ten.
    Puluh,
    /// `ratus`, `hundred`: what is before it times a hundred.
    Hundred,
    /// `seratus`: one hundred.
    HundredOne,
    /// `ribu`, `juta`, `thousand`, `million` ...: what is before it times this.
    Big(f64),
    /// `seribu`, `sejuta` ...: one of these.
    BigOne(f64),
    /// `setengah`, `half`.
    Half,
    /// `dozen`, `lusin`: what is before it times twelve.
    Dozen,
}

/// Indonesian cardinal number words.
pub(super) const ID_NUMBER_WORDS: &[(&str, Lex)] = &[
    ("belas", Lex::Belas),
    ("delapan", Lex::Unit(8.0)),
    ("dua", Lex::Unit(2.0)),
    ("empat", Lex::Unit(4.0)),
    ("enam", Lex::Unit(6.0)),
    ("juta", Lex::Big(1e6)),
    ("lima", Lex::Unit(5.0)),
    ("lusin", Lex::Dozen),
    ("miliar", Lex::Big(1e9)),
    ("milyar", Lex::Big(1e9)),
    ("puluh", Lex::Puluh),
    ("ratus", Lex::Hundred),
    ("ribu", Lex::Big(1e3)),
    ("satu", Lex::Unit(1.0)),
    ("sebelas", Lex::Teen(11.0)),
    ("sejuta", Lex::BigOne(1e6)),
    ("selusin", Lex::Teen(12.0)),
    ("sembilan", Lex::Unit(9.0)),
    ("semiliar", Lex::BigOne(1e9)),
    ("sepuluh", Lex::Teen(10.0)),
    ("seratus", Lex::HundredOne),
    ("seribu", Lex::BigOne(1e3)),
    ("setengah", Lex::Half),
    ("tiga", Lex::Unit(3.0)),
    ("triliun", Lex::Big(1e12)),
    ("tujuh", Lex::Unit(7.0)),
];

/// English cardinal number words; `forty-four` is read part by part.
pub(super) const EN_NUMBER_WORDS: &[(&str, Lex)] = &[
    ("billion", Lex::Big(1e9)),
    ("dozen", Lex::Dozen),
    ("eight", Lex::Unit(8.0)),
    ("eighteen", Lex::Teen(18.0)),
    ("eighty", Lex::Tens(80.0)),
    ("eleven", Lex::Teen(11.0)),
    ("fifteen", Lex::Teen(15.0)),
    ("fifty", Lex::Tens(50.0)),
    ("five", Lex::Unit(5.0)),
    ("forty", Lex::Tens(40.0)),
    ("four", Lex::Unit(4.0)),
    ("fourteen", Lex::Teen(14.0)),
    ("half", Lex::Half),
    ("hundred", Lex::Hundred),
    ("million", Lex::Big(1e6)),
    ("nine", Lex::Unit(9.0)),
    ("nineteen", Lex::Teen(19.0)),
    ("ninety", Lex::Tens(90.0)),
    ("one", Lex::Unit(1.0)),
    ("seven", Lex::Unit(7.0)),
    ("seventeen", Lex::Teen(17.0)),
    ("seventy", Lex::Tens(70.0)),
    ("six", Lex::Unit(6.0)),
    ("sixteen", Lex::Teen(16.0)),
    ("sixty", Lex::Tens(60.0)),
    ("ten", Lex::Teen(10.0)),
    ("thirteen", Lex::Teen(13.0)),
    ("thirty", Lex::Tens(30.0)),
    ("thousand", Lex::Big(1e3)),
    ("three", Lex::Unit(3.0)),
    ("trillion", Lex::Big(1e12)),
    ("twelve", Lex::Teen(12.0)),
    ("twenty", Lex::Tens(20.0)),
    ("two", Lex::Unit(2.0)),
];

/// English ordinal words; `twenty-first` is a tens word plus one of these.
pub(super) const EN_ORDINALS: &[(&str, f64)] = &[
    ("eighteenth", 18.0),
    ("eighth", 8.0),
    ("eightieth", 80.0),
    ("eleventh", 11.0),
    ("fifteenth", 15.0),
    ("fifth", 5.0),
    ("fiftieth", 50.0),
    ("first", 1.0),
    ("fortieth", 40.0),
    ("fourteenth", 14.0),
    ("fourth", 4.0),
    ("hundredth", 100.0),
    ("millionth", 1e6),
    ("nineteenth", 19.0),
    ("ninetieth", 90.0),
    ("ninth", 9.0),
    ("second", 2.0),
    ("seventeenth", 17.0),
    ("seventh", 7.0),
    ("seventieth", 70.0),
    ("sixteenth", 16.0),
    ("sixth", 6.0),
    ("sixtieth", 60.0),
    ("tenth", 10.0),
    ("third", 3.0),
    ("thirteenth", 13.0),
    ("thirtieth", 30.0),
    ("thousandth", 1000.0),
    ("twelfth", 12.0),
    ("twentieth", 20.0),
];

/// English words that say two of a unit in passing: "a fortnight" (two
/// weeks, "setiap dua minggu"), "back-to-back" titles (two in a row, "dua
/// kali berturut-turut"). Optional, as "kedua" is. Sorted.
pub(super) const EN_TWO_IN_PASSING: &[(&str, &str)] = &[
    ("back-to-back", "time"),
    ("fortnight", "week"),
    ("fortnightly", "week"),
];

/// English words of a ratio: "doubled", "tripled", "twofold" (`dua kali lipat`, `tiga
/// kali lipat`).
pub(super) const EN_FOLD_WORDS: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("fivefold", 5.0),
    ("fourfold", 4.0),
    ("quadrupled", 4.0),
    ("quadrupling", 4.0),
    ("tenfold", 10.0),
    ("threefold", 3.0),
    ("tripled", 3.0),
    ("tripling", 3.0),
    ("twofold", 2.0),
];

/// Indonesian particles joined to a word by a hyphen ("Agustus-lah"):
/// the word is still itself.
pub(super) fn is_id_particle(w: &str) -> bool {
    matches!(w, "lah" | "nya" | "pun" | "kah")
}

/// Words before an English verb's base form that make it one: "must double",
/// "to triple". Sorted.
pub(super) const EN_MODALS_AND_TO: &[&str] = &[
    "can", "could", "may", "might", "must", "should", "to", "will", "would",
];

/// Auxiliary verbs: after "a fourth" they make the ordinal a pronoun ("a
/// fourth had resigned"), not a rank before its noun. Sorted.
pub(super) const EN_AUXILIARIES: &[&str] = &[
    "could", "did", "had", "has", "is", "was", "were", "will", "would",
];

/// Words joined by a hyphen after an English ordinal that make a manner or grade rather
/// than a rank: "first-hand", "second-class", "third-rate", "first-person", "first-aid".
pub(super) const EN_ORDINAL_IDIOMS: &[&str] = &[
    "aid", "class", "guess", "hand", "handed", "person", "rate", "rater", "string",
];

/// Multipliers after digits: `2,5 juta`, `2.5 million`, `19million`, `£2.1bn`. One-letter
/// forms count only when glued (`$5m`; "5 m" is more likely metres).
pub(super) const MAGNITUDES: &[(&str, f64)] = &[
    ("b", 1e9),
    ("billion", 1e9),
    ("bn", 1e9),
    ("jt", 1e6),
    ("juta", 1e6),
    ("k", 1e3),
    ("m", 1e6),
    ("miliar", 1e9),
    ("million", 1e6),
    ("milyar", 1e9),
    ("mln", 1e6),
    ("mn", 1e6),
    ("rb", 1e3),
    ("ribu", 1e3),
    ("thousand", 1e3),
    ("tn", 1e12),
    ("triliun", 1e12),
    ("trillion", 1e12),
];

/// Two-word counted nouns whose first word alone is another unit of
/// [`UNITS`] ("rumah sakit" is a hospital, "rumah" a house): looked up
/// before the single word.
/// English medals by their metal ("two gold medals") are medals, as
/// "dua medali emas" reads.
pub(super) const UNIT_PHRASES: &[(&str, &str, &str)] = &[
    ("bronze", "medal", "medal"),
    ("bronze", "medals", "medal"),
    ("gold", "medal", "medal"),
    ("gold", "medals", "medal"),
    ("rumah", "sakit", "hospital"),
    ("silver", "medal", "medal"),
    ("silver", "medals", "medal"),
];

/// Counted nouns and units after a number, to their canonical English unit.
pub(super) const UNITS: &[(&str, &str)] = &[
    ("abad", "century"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("aircraft", "aircraft"),
    ("airplanes", "aircraft"),
    ("anggota", "people"),
    ("assist", "assist"),
    ("assists", "assist"),
    ("awak", "people"),
    ("bangunan", "building"),
    ("boat", "ship"),
    ("boats", "ship"),
    ("building", "building"),
    ("buildings", "building"),
    ("bulan", "month"),
    ("buruh", "people"),
    ("car", "vehicle"),
    ("cars", "vehicle"),
    ("case", "case"),
    ("cases", "case"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("centimetre", "cm"),
    ("centimetres", "cm"),
    ("centuries", "century"),
    ("century", "century"),
    ("children", "people"),
    ("civilians", "people"),
    ("cm", "cm"),
    ("countries", "country"),
    ("country", "country"),
    ("crew", "people"),
    ("day", "day"),
    ("days", "day"),
    ("decade", "decade"),
    ("decades", "decade"),
    ("dekade", "decade"),
    ("demonstran", "people"),
    ("demonstrators", "people"),
    ("desa", "village"),
    ("detainees", "people"),
    ("detik", "second"),
    ("employees", "people"),
    ("feet", "foot"),
    ("fishermen", "people"),
    ("fold", "fold"),
    ("foot", "foot"),
    ("ft", "foot"),
    ("gedung", "building"),
    ("goal", "goal"),
    ("goals", "goal"),
    ("gol", "goal"),
    ("group", "group"),
    ("groups", "group"),
    ("ha", "hectare"),
    ("hari", "day"),
    ("hectare", "hectare"),
    ("hectares", "hectare"),
    ("hektar", "hectare"),
    ("hektare", "hectare"),
    ("helicopter", "helicopter"),
    ("helicopters", "helicopter"),
    ("helikopter", "helicopter"),
    ("home", "house"),
    ("homes", "house"),
    ("hospital", "hospital"),
    ("hospitals", "hospital"),
    ("hostages", "people"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("house", "house"),
    ("houses", "house"),
    ("inch", "inch"),
    ("inches", "inch"),
    ("inci", "inch"),
    ("individuals", "people"),
    ("inmates", "people"),
    ("island", "island"),
    ("islands", "island"),
    ("jam", "hour"),
    ("jet", "aircraft"),
    ("jets", "aircraft"),
    ("jiwa", "people"),
    ("journalists", "people"),
    ("jurnalis", "people"),
    ("kaki", "foot"),
    ("kali", "time"),
    ("kapal", "ship"),
    ("karyawan", "people"),
    ("kasus", "case"),
    ("kelompok", "group"),
    ("kendaraan", "vehicle"),
    ("kg", "kg"),
    ("kids", "people"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("km", "km"),
    ("korban", "people"),
    ("kph", "km/h"),
    ("kru", "people"),
    ("kursi", "seat"),
    ("lb", "pound"),
    ("lbs", "pound"),
    ("mahasiswa", "people"),
    ("medal", "medal"),
    ("medali", "medal"),
    ("medals", "medal"),
    ("members", "people"),
    ("menit", "minute"),
    ("meter", "metre"),
    ("meters", "metre"),
    ("metre", "metre"),
    ("metres", "metre"),
    ("migran", "people"),
    ("migrants", "people"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("milimeter", "mm"),
    ("militan", "people"),
    ("militants", "people"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("millimetre", "mm"),
    ("millimetres", "mm"),
    ("minggu", "week"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("missile", "missile"),
    ("missiles", "missile"),
    ("mm", "mm"),
    ("mobil", "vehicle"),
    ("month", "month"),
    ("months", "month"),
    ("mph", "mph"),
    ("murid", "people"),
    ("narapidana", "people"),
    ("negara", "country"),
    ("nelayan", "people"),
    ("officials", "people"),
    ("orang", "people"),
    ("pasien", "people"),
    ("passenger", "people"),
    ("passengers", "people"),
    ("pasukan", "soldier"),
    ("patient", "people"),
    ("patients", "people"),
    ("pejabat", "people"),
    ("pekan", "week"),
    ("pekerja", "people"),
    ("pelajar", "people"),
    ("pemberontak", "people"),
    ("pence", "pence"),
    ("penduduk", "people"),
    ("pengungsi", "people"),
    ("peni", "pence"),
    ("penny", "pence"),
    ("penumpang", "people"),
    ("people", "people"),
    ("perahu", "ship"),
    ("person", "people"),
    ("persons", "people"),
    ("pesawat", "aircraft"),
    ("plane", "aircraft"),
    ("planes", "aircraft"),
    ("poin", "point"),
    ("point", "point"),
    ("points", "point"),
    ("pon", "pound"),
    ("prajurit", "soldier"),
    ("prisoners", "people"),
    ("protesters", "people"),
    ("province", "province"),
    ("provinces", "province"),
    ("provinsi", "province"),
    ("pulau", "island"),
    ("pupils", "people"),
    ("rebels", "people"),
    ("rebound", "rebound"),
    ("rebounds", "rebound"),
    ("refugees", "people"),
    ("reporters", "people"),
    ("residents", "people"),
    ("rudal", "missile"),
    ("rumah", "house"),
    ("run", "run"),
    ("runs", "run"),
    ("sandera", "people"),
    ("school", "school"),
    ("schools", "school"),
    ("seat", "seat"),
    ("seats", "seat"),
    ("second", "second"),
    ("seconds", "second"),
    ("sekolah", "school"),
    ("sentimeter", "cm"),
    ("ship", "ship"),
    ("ships", "ship"),
    ("siswa", "people"),
    ("soldiers", "soldier"),
    ("student", "people"),
    ("students", "people"),
    ("suara", "vote"),
    ("suspects", "people"),
    ("tahanan", "people"),
    ("tahun", "year"),
    ("tentara", "soldier"),
    ("tersangka", "people"),
    ("time", "time"),
    ("times", "time"),
    ("ton", "tonne"),
    ("tonne", "tonne"),
    ("tonnes", "tonne"),
    ("tons", "tonne"),
    ("tourists", "people"),
    ("troops", "soldier"),
    ("turis", "people"),
    ("vehicle", "vehicle"),
    ("vehicles", "vehicle"),
    ("vessel", "ship"),
    ("vessels", "ship"),
    ("victims", "people"),
    ("village", "village"),
    ("villages", "village"),
    ("vote", "vote"),
    ("votes", "vote"),
    ("warga", "people"),
    ("wartawan", "people"),
    ("week", "week"),
    ("weeks", "week"),
    ("wisatawan", "people"),
    ("worker", "people"),
    ("workers", "people"),
    ("year", "year"),
    ("years", "year"),
];

/// Indonesian words naming an amount by its order of magnitude, to the least
/// amount each covers and the amount it stays below (`belasan`: eleven to
/// nineteen; `ratusan`: hundreds).
pub(super) const ID_VAGUE_AMOUNTS: &[(&str, (f64, f64))] = &[
    ("belasan", (11.0, 20.0)),
    ("jutaan", (1e6, 1e7)),
    ("lusinan", (24.0, 100.0)),
    ("miliaran", (1e9, 1e10)),
    ("puluhan", (10.0, 100.0)),
    ("ratusan", (100.0, 1000.0)),
    ("ribuan", (1e3, 1e4)),
];

/// English plurals naming an amount by its order of magnitude, as
/// [`ID_VAGUE_AMOUNTS`] ("dozens": two dozen up to a hundred, as news uses it); `tens` only
/// before `of` and a magnitude ("tens of thousands").
pub(super) const EN_VAGUE_AMOUNTS: &[(&str, (f64, f64))] = &[
    ("billions", (1e9, 1e10)),
    ("dozens", (24.0, 100.0)),
    ("hundreds", (100.0, 1000.0)),
    ("millions", (1e6, 1e7)),
    ("tens", (10.0, 100.0)),
    ("thousands", (1e3, 1e4)),
];

/// Units that measure time: a number of these is a duration, not a toll, so it takes no
/// event.
pub(super) const TIME_UNITS: &[&str] = &[
    "century", "day", "decade", "hour", "minute", "month", "second", "week", "year",
];

/// A unit of time, the next smaller one, and how many of those make one:
/// the two units of a duration written in both ("empat tahun enam bulan").
pub(super) const COMPOUND_DURATIONS: &[(&str, &str, f64)] = &[
    ("day", "hour", 24.0),
    ("hour", "minute", 60.0),
    ("minute", "second", 60.0),
    ("week", "day", 7.0),
    ("year", "month", 12.0),
];

/// Indonesian words for one unit of time (`setahun`, "a year"), read as a
/// duration of one only after `selama` ("for"), sorted by word.
pub(super) const ID_ONE_UNIT_OF_TIME: &[(&str, &str)] = &[
    ("sebulan", "month"),
    ("sehari", "day"),
    ("sejam", "hour"),
    ("seminggu", "week"),
    ("sepekan", "week"),
    ("setahun", "year"),
];

/// Unit symbols glued to digits (`10km`).
pub(super) const GLUED_UNITS: &[(&str, &str)] = &[
    ("cm", "cm"),
    ("ha", "hectare"),
    ("kg", "kg"),
    ("km", "km"),
    ("mm", "mm"),
    ("mph", "mph"),
];

/// "The rest" after a number: people when the sentence counts people (see module doc).
pub(super) const OTHERS: &[&str] = &["lainnya", "other", "others"];

/// Currency words after a number (`5 dolar`, `5 pounds`, `5 USD`).
pub(super) const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dolar", "USD"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("eur", "EUR"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("gbp", "GBP"),
    ("idr", "IDR"),
    ("jpy", "JPY"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("poundsterling", "GBP"),
    ("rupiah", "IDR"),
    ("sterling", "GBP"),
    ("usd", "USD"),
    ("yen", "JPY"),
];

/// Currency codes written before a number, glued or not (`Rp1.000`, `Rp 1.000`, `USD 5`).
pub(super) const CURRENCY_CODES: &[(&str, &str)] = &[
    ("aud", "AUD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("idr", "IDR"),
    ("jpy", "JPY"),
    ("rp", "IDR"),
    ("sgd", "SGD"),
    ("usd", "USD"),
];

/// The country that names a dollar, after "dolar" in Indonesian ("dolar
/// Australia") or before "dollars" in English ("Australian dollars"): its
/// first word, the word after it for a country of two ("" for none), the
/// currency. Sorted by first word, then second.
pub(super) const DOLLAR_COUNTRIES: &[(&str, &str, &str)] = &[
    ("as", "", "USD"),
    ("australia", "", "AUD"),
    ("australian", "", "AUD"),
    ("canadian", "", "CAD"),
    ("hk", "", "HKD"),
    ("hong", "kong", "HKD"),
    ("kanada", "", "CAD"),
    ("new", "taiwan", "TWD"),
    ("new", "zealand", "NZD"),
    ("nz", "", "NZD"),
    ("selandia", "baru", "NZD"),
    ("singapore", "", "SGD"),
    ("singapura", "", "SGD"),
    ("taiwan", "", "TWD"),
    ("us", "", "USD"),
];

/// The country that names a pound other than the British one, after "pound"
/// in Indonesian ("pound Suriah") or before "pounds" in English ("Syrian
/// pounds"), as [`DOLLAR_COUNTRIES`]. Sorted by first word, then second.
pub(super) const POUND_COUNTRIES: &[(&str, &str, &str)] = &[
    ("egyptian", "", "EGP"),
    ("lebanese", "", "LBP"),
    ("lebanon", "", "LBP"),
    ("libanon", "", "LBP"),
    ("mesir", "", "EGP"),
    ("south", "sudanese", "SSP"),
    ("sudan", "", "SDG"),
    ("sudan", "selatan", "SSP"),
    ("sudanese", "", "SDG"),
    ("suriah", "", "SYP"),
    ("syrian", "", "SYP"),
];

/// Letters glued before `$` that name the dollar (`US$`, `A$`, `S$`).
pub(super) const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("a", "AUD"),
    ("au", "AUD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("hk", "HKD"),
    ("nt", "TWD"),
    ("nz", "NZD"),
    ("r", "BRL"),
    ("s", "SGD"),
    ("sg", "SGD"),
    ("t", "TWD"),
    ("us", "USD"),
];

/// Words before a number that make it an age in years (`usia 13`, `usia13`, `aged 13`).
pub(super) const AGE_WORDS: &[&str] = &[
    "age", "aged", "berumur", "berusia", "umur", "umurnya", "usia", "usianya",
];

/// English words joined by a hyphen before the size of a group they name
/// ("the round-of-16 tie", "the last-eight tie", "a top-50 player", "a
/// top-five opponent"): the count, as "babak 16 besar" and "lima besar"
/// read. Sorted.
pub(super) const GROUP_LEADS: &[&str] = &["last", "round-of", "top"];

/// English nouns joined by a hyphen before the number word that labels
/// them ("a grade-two charge", "their round-four matches", "a
/// category-five storm"): the number, as "grade two" and "tingkat dua"
/// read. Sorted.
pub(super) const LABEL_LEADS: &[&str] = &[
    "category", "day", "game", "grade", "group", "level", "phase", "round", "stage", "tier", "week",
];

/// English possessive pronouns, before a decade of someone's age ("in her
/// 60s", "in his seventies"). Sorted.
pub(super) const POSSESSIVES: &[&str] = &["her", "his", "its", "my", "our", "their", "your"];

/// English words for a decade ("in his seventies", "the eighties"), with
/// the tens they start at. Sorted by word.
pub(super) const EN_DECADE_WORDS: &[(&str, f64)] = &[
    ("eighties", 80.0),
    ("fifties", 50.0),
    ("forties", 40.0),
    ("nineties", 90.0),
    ("seventies", 70.0),
    ("sixties", 60.0),
    ("thirties", 30.0),
    ("twenties", 20.0),
];

/// Prefixes joined by a hyphen to a year or decade (`mid-2010s`); other letters so joined
/// make a name (`COVID-19`).
pub(super) const PERIOD_PREFIXES: &[&str] = &["early", "late", "mid", "post", "pre"];

/// Indonesian hedges before a number. Longest match wins.
pub(super) const BOUNDS_ID: &[(&str, Bound)] = &[
    ("di atas", Bound::MoreThan),
    ("di bawah", Bound::LessThan),
    ("hampir", Bound::Nearly),
    // "hampir mencapai 139.000": nearly reaching, nearly 139,000.
    ("hampir mencapai", Bound::Nearly),
    ("hingga", Bound::AtMost),
    ("kira-kira", Bound::About),
    ("kisaran", Bound::About),
    ("kurang dari", Bound::LessThan),
    ("kurang lebih", Bound::About),
    ("lebih dari", Bound::MoreThan),
    ("lebih daripada", Bound::MoreThan),
    ("lebih kurang", Bound::About),
    ("maksimal", Bound::AtMost),
    ("minimal", Bound::AtLeast),
    ("nyaris", Bound::Nearly),
    ("nyaris mencapai", Bound::Nearly),
    ("paling banyak", Bound::AtMost),
    ("paling sedikit", Bound::AtLeast),
    ("sampai", Bound::AtMost),
    ("sampai dengan", Bound::AtMost),
    ("sedikitnya", Bound::AtLeast),
    ("sekira", Bound::About),
    ("sekitar", Bound::About),
    ("sekurang-kurangnya", Bound::AtLeast),
    ("setidak-tidaknya", Bound::AtLeast),
    ("setidaknya", Bound::AtLeast),
    // "tidak lebih dari 576.000 ton": no more than, at most
    ("tak kurang dari", Bound::AtLeast),
    ("tak lebih dari", Bound::AtMost),
    ("tidak kurang dari", Bound::AtLeast),
    ("tidak lebih dari", Bound::AtMost),
];

/// English hedges before a number. Longest match wins (`no more than` over `more than`).
pub(super) const BOUNDS_EN: &[(&str, Bound)] = &[
    ("about", Bound::About),
    ("above", Bound::MoreThan),
    ("almost", Bound::Nearly),
    ("an estimated", Bound::About),
    ("approximately", Bound::About),
    ("around", Bound::About),
    ("at least", Bound::AtLeast),
    ("at most", Bound::AtMost),
    ("below", Bound::LessThan),
    ("beyond", Bound::MoreThan),
    ("close to", Bound::Nearly),
    ("fewer than", Bound::LessThan),
    ("just over", Bound::MoreThan),
    ("just under", Bound::LessThan),
    ("less than", Bound::LessThan),
    ("more than", Bound::MoreThan),
    ("nearly", Bound::Nearly),
    ("no fewer than", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("no more than", Bound::AtMost),
    ("not less than", Bound::AtLeast),
    ("not more than", Bound::AtMost),
    ("over", Bound::MoreThan),
    ("roughly", Bound::About),
    ("some", Bound::About),
    ("under", Bound::LessThan),
    ("up to", Bound::AtMost),
    ("upwards of", Bound::MoreThan),
    ("well over", Bound::MoreThan),
];

/// Words near a count that say what happened to what it counts.
pub(super) const EVENTS: &[(&str, &str)] = &[
    ("aboard", "aboard"),
    ("arrested", "arrested"),
    ("berpenumpang", "aboard"),
    ("carried", "aboard"),
    ("carrying", "aboard"),
    ("cedera", "injured"),
    ("dead", "killed"),
    ("death", "killed"),
    ("deaths", "killed"),
    ("detained", "arrested"),
    ("died", "killed"),
    ("dies", "killed"),
    ("dievakuasi", "displaced"),
    ("diselamatkan", "rescued"),
    ("displaced", "displaced"),
    ("ditahan", "arrested"),
    ("ditangkap", "arrested"),
    ("evacuated", "displaced"),
    ("fatalities", "killed"),
    ("hilang", "missing"),
    ("hurt", "injured"),
    ("injured", "injured"),
    ("injuries", "injured"),
    ("injuring", "injured"),
    ("kematian", "killed"),
    ("kill", "killed"),
    ("killed", "killed"),
    ("killing", "killed"),
    ("kills", "killed"),
    ("luka", "injured"),
    ("luka-luka", "injured"),
    ("melukai", "injured"),
    ("membunuh", "killed"),
    ("menangkap", "arrested"),
    ("mencederai", "injured"),
    ("menewaskan", "killed"),
    ("mengangkut", "aboard"),
    ("mengungsi", "displaced"),
    ("meninggal", "killed"),
    ("missing", "missing"),
    ("pengungsi", "displaced"),
    ("rescued", "rescued"),
    ("selamat", "rescued"),
    ("survived", "rescued"),
    ("survivor", "rescued"),
    ("survivors", "rescued"),
    ("terbunuh", "killed"),
    ("terluka", "injured"),
    ("tewas", "killed"),
    ("toll", "killed"),
    ("unaccounted", "missing"),
    ("wounded", "injured"),
    ("wounding", "injured"),
];

/// Words near a percentage that say which way a rate moved ("tumbuh 4,6
/// persen" / "grew 4.6 percent", "menyusut lebih dari tiga persen" /
/// "decreasing 2.1 percent"): a rise and a fall are two facts, not one
/// figure changed. Percentages only: a toll that "rose to 57" is still a
/// toll.
pub(super) const DIRECTIONS: &[(&str, &str)] = &[
    ("anjlok", "fell"),
    ("berkurang", "fell"),
    ("bertambah", "rose"),
    ("climbed", "rose"),
    ("contracted", "fell"),
    ("contraction", "fell"),
    ("decline", "fell"),
    ("declined", "fell"),
    ("declines", "fell"),
    ("decrease", "fell"),
    ("decreased", "fell"),
    ("decreases", "fell"),
    ("decreasing", "fell"),
    ("dropped", "fell"),
    ("fall", "fell"),
    ("falling", "fell"),
    ("falls", "fell"),
    ("fell", "fell"),
    ("gained", "rose"),
    ("grew", "rose"),
    ("grow", "rose"),
    ("grows", "rose"),
    ("growth", "rose"),
    ("increase", "rose"),
    ("increased", "rose"),
    ("increases", "rose"),
    ("jumped", "rose"),
    ("kenaikan", "rose"),
    ("kontraksi", "fell"),
    ("melemah", "fell"),
    ("melonjak", "rose"),
    ("meningkat", "rose"),
    ("menurun", "fell"),
    ("menyusut", "fell"),
    ("merosot", "fell"),
    ("naik", "rose"),
    ("peningkatan", "rose"),
    ("penurunan", "fell"),
    ("pertumbuhan", "rose"),
    ("plunged", "fell"),
    ("rise", "rose"),
    ("rises", "rose"),
    ("rising", "rose"),
    ("rose", "rose"),
    ("shrank", "fell"),
    ("slid", "fell"),
    ("slipped", "fell"),
    ("surged", "rose"),
    ("terkontraksi", "fell"),
    ("tumbuh", "rose"),
    ("turun", "fell"),
];

/// Words before a year or decade that say what it dates: the start of a state ("sejak
/// 2002", "since 2003") or a point ("pada tahun 1995", "in 2021").
pub(super) const YEAR_MARKS: &[(&str, YearMark)] = &[
    ("di", YearMark::In),
    ("in", YearMark::In),
    ("on", YearMark::In),
    ("pada", YearMark::In),
    ("sejak", YearMark::Since),
    ("semenjak", YearMark::Since),
    ("since", YearMark::Since),
];

/// Words between a year's marking word and the year (`pada tahun 1995`, `in the 1980s`).
pub(super) const YEAR_WORDS: &[&str] = &["bulan", "tahun", "tanggal", "the", "year"];

/// Words after `setengah`/`separuh`/`half` that make it a degree of a state rather than
/// a share of a whole: "setengah hati" (half-hearted), "setengah baya" (middle-aged),
/// "setengah mati" (desperately), "separuh jalan" (halfway), "half asleep"; or the name
/// of a race ("setengah maraton", "lomba setengah jarak": a half-marathon, a
/// half-distance race, which English writes as one word).
pub(super) const HALF_DEGREES: &[&str] = &[
    "asleep",
    "awake",
    "baya",
    "dead",
    "distance",
    "gila",
    "hati",
    "hidup",
    "jadi",
    "jalan",
    "jarak",
    "jokingly",
    "kosong",
    "mampus",
    "marathon",
    "marathons",
    "maraton",
    "matang",
    "mati",
    "naked",
    "penuh",
    "resmi",
    "sadar",
    "telanjang",
    "tiang",
    "tua",
    "way",
];

/// Words that make `2-0` a score rather than a range.
pub(super) const SCORE_WORDS: &[&str] = &[
    "beat",
    "defeat",
    "defeated",
    "draw",
    "drew",
    "final",
    "imbang",
    "kalah",
    "lost",
    "match",
    "menang",
    "mengalahkan",
    "score",
    "skor",
    "unggul",
    "victory",
    "win",
    "won",
];

/// Words between two numbers that make them a range (`10 to 15`, `10 hingga 15`).
pub(super) const RANGE_WORDS: &[&str] = &["hingga", "sampai", "through", "till", "to", "until"];

/// Month names in both languages (and the Indonesian spelling `Nopember`).
pub(super) const MONTHS: &[(&str, f64)] = &[
    ("agustus", 8.0),
    ("april", 4.0),
    ("august", 8.0),
    ("december", 12.0),
    ("desember", 12.0),
    ("februari", 2.0),
    ("february", 2.0),
    ("januari", 1.0),
    ("january", 1.0),
    ("juli", 7.0),
    ("july", 7.0),
    ("june", 6.0),
    ("juni", 6.0),
    ("march", 3.0),
    ("maret", 3.0),
    ("may", 5.0),
    ("mei", 5.0),
    ("nopember", 11.0),
    ("november", 11.0),
    ("october", 10.0),
    ("oktober", 10.0),
    ("september", 9.0),
];

/// Month abbreviations; they count only beside a day or year number (`Jan. 5`, `5 Jan`) or
/// after a month cue (`in Jan.`).
pub(super) const MONTH_ABBREVIATIONS: &[(&str, f64)] = &[
    ("agt", 8.0),
    ("agu", 8.0),
    ("apr", 4.0),
    ("aug", 8.0),
    ("dec", 12.0),
    ("des", 12.0),
    ("feb", 2.0),
    ("jan", 1.0),
    ("jul", 7.0),
    ("jun", 6.0),
    ("mar", 3.0),
    ("nov", 11.0),
    ("oct", 10.0),
    ("okt", 10.0),
    ("sep", 9.0),
    ("sept", 9.0),
];

/// Words before `May` or an abbreviation that make it the month ("in May", "since Feb.")
/// rather than the verb or a name ("Jan said").
pub(super) const MONTH_CUES: &[&str] = &[
    "after", "akhir", "awal", "before", "bulan", "by", "during", "early", "from", "in", "last",
    "late", "mid", "next", "of", "on", "pada", "sejak", "since", "this", "through", "until",
];

/// Weekday names, Monday = 1.
pub(super) const WEEKDAYS: &[(&str, f64)] = &[
    ("ahad", 7.0),
    ("friday", 5.0),
    ("jum'at", 5.0),
    ("jumat", 5.0),
    ("kamis", 4.0),
    ("minggu", 7.0),
    ("monday", 1.0),
    ("rabu", 3.0),
    ("sabtu", 6.0),
    ("saturday", 6.0),
    ("selasa", 2.0),
    ("senin", 1.0),
    ("sunday", 7.0),
    ("thursday", 4.0),
    ("tuesday", 2.0),
    ("wednesday", 3.0),
];

/// Parts of the day after `Minggu` that make it Sunday even at a sentence start.
pub(super) const DAY_PARTS: &[&str] = &["dini", "malam", "pagi", "siang", "sore"];

/// Quantity words before `Minggu` that make it "week" (`beberapa Minggu`).
pub(super) const QUANTIFIERS: &[&str] = &["banyak", "beberapa", "berapa", "sekian"];

/// Nouns of a game that "home" describes before them ("one home match",
/// "two home runs": "satu laga kandang"), where it counts no houses.
/// Sorted.
pub(super) const HOME_GAME_NOUNS: &[&str] = &[
    "defeat", "defeats", "draw", "draws", "fixture", "fixtures", "game", "games", "goal", "goals",
    "leg", "loss", "losses", "match", "matches", "run", "runs", "test", "tests", "tie", "ties",
    "win", "wins",
];

/// Words before `kedua`/`ketiga` ... that open a phrase, where the word means "both" / "the
/// three" rather than "second" / "third".
pub(super) const COLLECTIVE_CUES: &[&str] = &[
    "agar",
    "antara",
    "atas",
    "bagi",
    "bahwa",
    "bila",
    "dalam",
    "dan",
    "dari",
    "dengan",
    "di",
    "jika",
    "karena",
    "kata",
    "ke",
    "kepada",
    "ketika",
    "menurut",
    "meski",
    "meskipun",
    "namun",
    "oleh",
    "pada",
    "para",
    "saat",
    "sebelum",
    "sedangkan",
    "sehingga",
    "sejak",
    "sementara",
    "sesudah",
    "setelah",
    "seusai",
    "tentang",
    "terhadap",
    "tetapi",
    "ujar",
    "untuk",
    "walaupun",
];

/// Nouns of what binds two or more parties: after them "kedua", "ketiga"
/// are "both", "the three" ("hubungan kedua negara": relations between the
/// two countries), where after another noun they rank it ("kemenangan
/// kedua": the second win). Sorted.
pub(super) const RELATIONAL_HEADS: &[&str] = &[
    "hubungan",
    "kerjasama",
    "ketegangan",
    "perbatasan",
    "perdagangan",
    "persaingan",
    "perselisihan",
    "perseteruan",
    "perundingan",
    "sengketa",
];

/// Words after `kedua`/`ketiga` ... that keep it an ordinal (`untuk kedua kalinya`).
pub(super) const ORDINAL_FOLLOWERS: &[&str] = &[
    "adalah",
    "akan",
    "atau",
    "berturut-turut",
    "dalam",
    "dan",
    "dari",
    "dengan",
    "di",
    "ini",
    "itu",
    "juga",
    "kali",
    "kalinya",
    "ke",
    "pada",
    "sebelum",
    "setelah",
    "sudah",
    "telah",
    "terbanyak",
    "terbesar",
    "tersebut",
    "untuk",
    "yang",
];

/// Units of measure a fraction can be an amount of (`half a mile`, `setengah hektare`,
/// `setengah poin`), besides the units of time; a count noun after a fraction is what it
/// is a share of.
pub(super) const MEASURE_UNITS: &[&str] = &[
    "acre", "cm", "foot", "hectare", "inch", "kg", "km", "metre", "mile", "mm", "point", "tonne",
];

/// English words for the parts of a whole, singular and plural: the denominator of
/// `two-thirds`, `a quarter of`, `three fifths`.
pub(super) const EN_DENOMINATORS: &[(&str, f64)] = &[
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("half", 2.0),
    ("halves", 2.0),
    ("ninth", 9.0),
    ("ninths", 9.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("seventh", 7.0),
    ("sevenths", 7.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("third", 3.0),
    ("thirds", 3.0),
];

/// Clock-time words after digits (`3 pm`, `15.30 WIB`).
/// `ET` and `PT` are also words ("et al."), so they mark a time only after a
/// clock figure read otherwise (`3:55 p.m. ET`).
pub(super) const TIME_WORDS: &[&str] = &[
    "am", "edt", "est", "gmt", "jst", "pdt", "pm", "pst", "utc", "wib", "wit", "wita",
];

pub(super) fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table
        .binary_search_by(|(k, _)| crate::text::normalize::short_cmp(k, key))
        .ok()
        .map(|i| table[i].1)
}

/// `lookup` in the number words of `lang`, through a hash map: it runs for
/// nearly every word of every sentence (twice for English), where a binary
/// search cost several string comparisons. Same answers (the tables hold
/// each word once).
pub(super) fn number_word_lex(lang: Lang, w: &str) -> Option<Lex> {
    type Map = rustc_hash::FxHashMap<&'static str, Lex>;
    static MAPS: std::sync::LazyLock<[Map; 2]> = std::sync::LazyLock::new(|| {
        [ID_NUMBER_WORDS, EN_NUMBER_WORDS].map(|table| table.iter().copied().collect())
    });
    let map = match lang {
        Lang::Id => &MAPS[0],
        Lang::En => &MAPS[1],
    };
    map.get(w).copied()
}
pub(super) fn contains(table: &[&str], key: &str) -> bool {
    table
        .binary_search_by(|k| crate::text::normalize::short_cmp(k, key))
        .is_ok()
}

pub(super) fn currency_sign(c: char) -> Option<&'static str> {
    match c {
        '$' => Some("USD"),
        '£' => Some("GBP"),
        '€' => Some("EUR"),
        '¥' => Some("JPY"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tables_are_sorted_and_unique() {
        fn sorted(name: &str, keys: &[&str]) {
            assert!(
                keys.windows(2).all(|w| w[0] < w[1]),
                "{name} is not sorted: {keys:?}"
            );
        }
        fn keys<T>(table: &[(&'static str, T)]) -> Vec<&'static str> {
            table.iter().map(|(k, _)| *k).collect()
        }
        sorted("ID_NUMBER_WORDS", &keys(ID_NUMBER_WORDS));
        sorted("EN_NUMBER_WORDS", &keys(EN_NUMBER_WORDS));
        sorted("EN_ORDINALS", &keys(EN_ORDINALS));
        sorted("MAGNITUDES", &keys(MAGNITUDES));
        sorted("UNITS", &keys(UNITS));
        sorted("HOME_GAME_NOUNS", HOME_GAME_NOUNS);
        sorted("GLUED_UNITS", &keys(GLUED_UNITS));
        sorted("CURRENCY_WORDS", &keys(CURRENCY_WORDS));
        sorted("CURRENCY_CODES", &keys(CURRENCY_CODES));
        sorted("DOLLAR_PREFIXES", &keys(DOLLAR_PREFIXES));
        // by first word, then second ("new taiwan" before "new zealand")
        let countries: Vec<String> = DOLLAR_COUNTRIES
            .iter()
            .map(|c| format!("{} {}", c.0, c.1))
            .collect();
        let countries: Vec<&str> = countries.iter().map(String::as_str).collect();
        sorted("DOLLAR_COUNTRIES", &countries);
        let pounds: Vec<String> = POUND_COUNTRIES
            .iter()
            .map(|c| format!("{} {}", c.0, c.1))
            .collect();
        let pounds: Vec<&str> = pounds.iter().map(String::as_str).collect();
        sorted("POUND_COUNTRIES", &pounds);
        sorted("BOUNDS_ID", &keys(BOUNDS_ID));
        sorted("BOUNDS_EN", &keys(BOUNDS_EN));
        sorted("EVENTS", &keys(EVENTS));
        sorted("DIRECTIONS", &keys(DIRECTIONS));
        sorted("YEAR_MARKS", &keys(YEAR_MARKS));
        sorted("MONTHS", &keys(MONTHS));
        sorted("MONTH_ABBREVIATIONS", &keys(MONTH_ABBREVIATIONS));
        sorted("WEEKDAYS", &keys(WEEKDAYS));
        sorted("EN_DENOMINATORS", &keys(EN_DENOMINATORS));
        sorted("EN_FOLD_WORDS", &keys(EN_FOLD_WORDS));
        sorted("EN_TWO_IN_PASSING", &keys(EN_TWO_IN_PASSING));
        sorted("ID_VAGUE_AMOUNTS", &keys(ID_VAGUE_AMOUNTS));
        sorted("EN_VAGUE_AMOUNTS", &keys(EN_VAGUE_AMOUNTS));
        sorted("ID_ONE_UNIT_OF_TIME", &keys(ID_ONE_UNIT_OF_TIME));
        sorted("EN_DECADE_WORDS", &keys(EN_DECADE_WORDS));
        for (name, table) in [
            ("TIME_UNITS", TIME_UNITS),
            ("OTHERS", OTHERS),
            ("AGE_WORDS", AGE_WORDS),
            ("GROUP_LEADS", GROUP_LEADS),
            ("LABEL_LEADS", LABEL_LEADS),
            ("POSSESSIVES", POSSESSIVES),
            ("PERIOD_PREFIXES", PERIOD_PREFIXES),
            ("SCORE_WORDS", SCORE_WORDS),
            ("RANGE_WORDS", RANGE_WORDS),
            ("MONTH_CUES", MONTH_CUES),
            ("YEAR_WORDS", YEAR_WORDS),
            ("HALF_DEGREES", HALF_DEGREES),
            ("DAY_PARTS", DAY_PARTS),
            ("QUANTIFIERS", QUANTIFIERS),
            ("COLLECTIVE_CUES", COLLECTIVE_CUES),
            ("ORDINAL_FOLLOWERS", ORDINAL_FOLLOWERS),
            ("TIME_WORDS", TIME_WORDS),
            ("EN_ORDINAL_IDIOMS", EN_ORDINAL_IDIOMS),
            ("MEASURE_UNITS", MEASURE_UNITS),
            ("EN_MODALS_AND_TO", EN_MODALS_AND_TO),
            ("EN_AUXILIARIES", EN_AUXILIARIES),
            ("RELATIONAL_HEADS", RELATIONAL_HEADS),
        ] {
            sorted(name, table);
        }
    }

    #[test]
    fn time_units_are_units_the_tables_produce() {
        for unit in TIME_UNITS {
            assert!(
                UNITS.iter().any(|(_, u)| u == unit),
                "{unit} is never produced"
            );
        }
    }
}
