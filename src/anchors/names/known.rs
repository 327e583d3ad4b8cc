//! Known names: the `names.tsv` and `names.aliases.tsv` tables, demonyms
//! and acronyms.
//!
//! In: a name. Out: its canonical name when `data/lexicon/names.tsv` lists
//! it ([`canonical`]), the person a listed short form stands for
//! (`full_name_of_alias`: Jokowi → Joko Widodo), whether it is a demonym of a listed place
//! ([`is_demonym`], and which place for two names), and whether it is an
//! acronym ([`is_acronym`], also of another name's initials).
//!
//! Why: some equivalences no spelling rule reaches (AS = United States,
//! Tiongkok = China, FSB = Federal Security Service), and some pairs that
//! spelling calls alike are different places (Niger/Nigeria): a reviewed
//! table decides those, and its facts are kept here in one place.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use super::fold::{fold_plain_word, fold_words};
use super::relation::{name_info, NameInfo};
use super::word_lists::sorted_contains;

/// Whether a word is an acronym: no lowercase letter, at least two capital
/// letters (or one capital and a digit: G20), and otherwise only digits and
/// the dots, hyphens and ampersands acronyms are written with ("U.S.",
/// "ISIS-K", "AS", "TASS", "AT&T"). Any script with letter case counts.
pub fn is_acronym(s: &str) -> bool {
    let s = s.trim();
    let (mut upper, mut digits) = (0usize, 0usize);
    for c in s.chars() {
        if c.is_alphabetic() {
            if c.is_uppercase() {
                upper += 1;
            } else {
                return false;
            }
        } else if c.is_ascii_digit() {
            digits += 1;
        } else if !matches!(c, '.' | '-' | '&' | '\u{2010}' | '\u{2011}') {
            return false;
        }
    }
    upper >= 2 || (upper == 1 && digits > 0)
}

/// How many ASCII capitals an acronym ([`is_acronym`]) has, `None` for a
/// word that is none: a body's code has three or more ("TNI", "PSSI"), a
/// country's two ("AS", "U.S.").
pub(super) fn acronym_capitals(s: &str) -> Option<usize> {
    is_acronym(s).then(|| s.chars().filter(char::is_ascii_uppercase).count())
}

/// English inflections written in lowercase after an acronym ("NGOs",
/// "NATing", "DDoSed" aside). Sorted, no duplicates.
const ACRONYM_INFLECTIONS: &[&str] = &["ed", "es", "ing", "s"];

/// An acronym without the lowercase inflection written after it ("NGOs" →
/// "NGO", "NATing" → "NAT"); any other word unchanged.
pub fn strip_acronym_inflection(word: &str) -> &str {
    let head = word.trim_end_matches(|c: char| c.is_lowercase());
    let tail = &word[head.len()..];
    if !tail.is_empty() && sorted_contains(ACRONYM_INFLECTIONS, tail) && is_acronym(head) {
        head
    } else {
        word
    }
}

/// The canonical name `names.tsv` gives for a name, if any ("AS" →
/// "United States", "Moskow" → "Moscow"). The lookup is on [`fold`](super::fold()), so
/// spelling variants of a listed form are found too.
pub fn canonical(name: &str) -> Option<&'static str> {
    // The profile asks this of every content word once per thread: a plain
    // lowercase word is one folded word, looked up without the name's other
    // facts (which would fill the per-name cache with ordinary words).
    if is_plain_word(name) {
        return lookup_plain(name);
    }
    name_info(name).canon
}

/// Whether a word is only ASCII lowercase letters ("egyptian"): then it is
/// its own base word, not an acronym, and its fold is `FOLD_STEPS` applied
/// to it, so [`Words::of`](super::fold::Words::of) can be skipped.
fn is_plain_word(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// `lookup(&fold_words(word))` for a word of [`is_plain_word`].
fn lookup_plain(word: &str) -> Option<&'static str> {
    LEXICON.by_key.get(fold_plain_word(word).as_str()).copied()
}

/// A name that can be a person's: not a place, country or organisation
/// `names.tsv` lists, not an acronym (FSB, TASS) nor a demonym.
pub fn is_person(name: &str) -> bool {
    canonical(name).is_none() && !is_acronym(name) && !is_demonym(name)
}

/// "Russian", "Indonesian", "Chinese": an adjective of a listed place, not a
/// name that can stand in for a person's or an organisation's.
pub fn is_demonym(name: &str) -> bool {
    if name.contains(' ') {
        return false;
    }
    *name_info(name)
        .is_demonym
        .get_or_init(|| is_demonym_uncached(name))
}

fn is_demonym_uncached(name: &str) -> bool {
    // The people of a place are its adjective too ("Iranians").
    if demonym_singular(name).is_some_and(is_demonym_uncached) {
        return true;
    }
    // A word that names the place itself is none of its demonyms
    // ("Lisbon", the place "Lisboa" names, is no "Lisbo" + "n").
    let own = canonical(name);
    ["n", "an", "ian", "ean", "ese", "ish", "i"]
        .iter()
        .any(|suffix| {
            name.strip_suffix(suffix).is_some_and(|stem| {
                let place = canonical(stem).or_else(|| canonical(&format!("{stem}a")));
                place.is_some() && place != own
            })
        })
}

/// The place a one-word English demonym belongs to, as `names.tsv` names
/// it ("Egyptian" → "Egypt", "Afghan" → "Afghanistan", "Scottish" →
/// "Scotland"): the suffix rules of `DemonymForms` first, then
/// `IRREGULAR_DEMONYMS` for the forms no suffix rule reaches. A word that
/// is itself a listed name is no demonym ("Sudan", "Swiss" aside).
pub fn place_of_demonym(word: &str) -> Option<&'static str> {
    if is_plain_word(word) {
        return place_of_plain_demonym(word);
    }
    place_of_demonym_general(word)
}

/// [`place_of_demonym`] of any word, on the word's [`NameInfo`].
fn place_of_demonym_general(word: &str) -> Option<&'static str> {
    place_of_demonym_form(word)
        .or_else(|| demonym_singular(word).and_then(place_of_demonym_form))
        .or_else(|| place_of_stan_plural(word))
}

/// The endings a place in "-stan" adds to its people's noun ("Tajik":
/// Tajikistan, "Kazakh": Kazakhstan), the longer first.
pub(super) const STAN_TAILS: [&str; 2] = ["istan", "stan"];

/// The place in "-stan" or "-istan" of a people's noun in the plural
/// ("Tajiks", "Uzbeks", "Kazakhs": Tajikistan, Uzbekistan, Kazakhstan),
/// read only where the stem with the ending is a listed place, so that no
/// other plural reaches one.
fn place_of_stan_plural(word: &str) -> Option<&'static str> {
    let stem = word.strip_suffix('s').filter(|s| s.chars().count() >= 3)?;
    let lower = stem.to_lowercase();
    STAN_TAILS
        .iter()
        .find_map(|tail| lookup_plain(&format!("{lower}{tail}")))
}

/// [`place_of_demonym_general`] of the word as written.
fn place_of_demonym_form(word: &str) -> Option<&'static str> {
    let info = name_info(word);
    if info.canon.is_some() && !word.eq_ignore_ascii_case("swiss") {
        return None;
    }
    if let Some(forms) = info.demonym_forms() {
        let found = forms
            .stan
            .iter()
            .chain(std::iter::once(&forms.y))
            .chain(forms.suffixed.iter().flatten())
            .find_map(|form| form.canon);
        if found.is_some() {
            return found;
        }
    }
    irregular_place(&word.to_lowercase())
}

/// [`place_of_demonym`] of a word of [`is_plain_word`], the profile's
/// case (every English content word): the candidate places of
/// [`DemonymForms::of`] in the same order, each folded and looked up as it
/// is made, stopping at the first listed one, with no per-name facts, form
/// lists or fold memo entries built for the many words that are no demonym.
fn place_of_plain_demonym(word: &str) -> Option<&'static str> {
    place_of_plain_demonym_form(word)
        .or_else(|| demonym_singular(word).and_then(place_of_plain_demonym_form))
}

/// The singular of a demonym in "-an" written as a plural ("Cubans",
/// "Egyptians"): the word less its final "s". Other plurals are read by
/// [`DEMONYM_PLURAL_I`] ("Iraqis") and, for the irregular ones ("Thais",
/// "Britons"), by [`irregular_place`]; a general "-s" would make "Francis"
/// French.
pub(super) fn demonym_singular(word: &str) -> Option<&str> {
    let stem = word.strip_suffix('s')?;
    (stem.chars().count() >= 5 && stem.ends_with("an")).then_some(stem)
}

/// The plural ending of demonyms in "-i" ("Iraqis", "Yemenis"), read only
/// where the stem is itself the listed place (Iraq, Yemen): with the other
/// endings put back, "Francis" would reach France.
pub(super) const DEMONYM_PLURAL_I: &str = "is";

/// [`place_of_plain_demonym`] of the word as written.
fn place_of_plain_demonym_form(word: &str) -> Option<&'static str> {
    if word != "swiss" && lookup_plain(word).is_some() {
        return None;
    }
    let mut cand = String::with_capacity(word.len() + 5);
    let mut listed = |stem: &str, tail: &str| {
        cand.clear();
        cand.push_str(stem);
        cand.push_str(tail);
        lookup_plain(&cand)
    };
    // ASCII: bytes are chars. A people's noun in the plural too
    // ([`place_of_stan_plural`]: "tajiks").
    let plural = word.strip_suffix('s').filter(|stem| stem.len() >= 3);
    for stem in std::iter::once(word).chain(plural) {
        if stem.len() >= 3 {
            for tail in STAN_TAILS {
                if let Some(place) = listed(stem, tail) {
                    return Some(place);
                }
            }
        }
    }
    if let Some(place) = listed(word, "y") {
        return Some(place);
    }
    for suffix in DEMONYM_SUFFIXES {
        let Some(stem) = word.strip_suffix(suffix).filter(|stem| stem.len() >= 3) else {
            continue;
        };
        for tail in DEMONYM_TAILS {
            if let Some(place) = listed(stem, tail) {
                return Some(place);
            }
        }
    }
    if let Some(stem) = word
        .strip_suffix(DEMONYM_PLURAL_I)
        .filter(|stem| stem.len() >= 3)
    {
        if let Some(place) = listed(stem, "") {
            return Some(place);
        }
    }
    irregular_place(word)
}

/// The canonical place of a lowercase demonym of [`IRREGULAR_DEMONYMS`].
pub(super) fn irregular_place(lower: &str) -> Option<&'static str> {
    irregular_place_form(lower).or_else(|| {
        lower
            .strip_suffix('s')
            .filter(|singular| !singular.ends_with('s'))
            .and_then(irregular_place_form)
    })
}

/// [`irregular_place`] of the word as written.
fn irregular_place_form(lower: &str) -> Option<&'static str> {
    IRREGULAR_DEMONYMS
        .binary_search_by(|(adj, _)| (*adj).cmp(lower))
        .ok()
        .map(|i| {
            let place = IRREGULAR_DEMONYMS[i].1;
            canonical(place).unwrap_or(place)
        })
}

/// English demonyms that no suffix rule leads back to their place, lowercase,
/// sorted by demonym (a test checks), and the adherents of a religion, which
/// `names.tsv` lists as the places are ("umat Islam" / "Muslims"). A
/// demonym whose singular is also a common word or a given name ("pole",
/// "Dane", "Finn") is listed in the plural alone. Written from general
/// knowledge.
const IRREGULAR_DEMONYMS: &[(&str, &str)] = &[
    ("alpine", "Alps"),
    ("andean", "Andes"),
    ("anglican", "Anglicanism"),
    ("anglicans", "Anglicanism"),
    ("argentine", "Argentina"),
    ("azeri", "Azerbaijan"),
    ("balinese", "Bali"),
    ("belgian", "Belgium"),
    ("bornean", "Kalimantan"),
    ("breton", "Brittany"),
    ("british", "United Kingdom"),
    ("briton", "United Kingdom"),
    ("burkinabe", "Burkina Faso"),
    ("burmese", "Myanmar"),
    ("catalan", "Catalonia"),
    ("catholic", "Catholicism"),
    ("catholics", "Catholicism"),
    ("christian", "Christianity"),
    ("christians", "Christianity"),
    ("congolese", "Congo"),
    ("croat", "Croatia"),
    ("cypriot", "Cyprus"),
    ("czech", "Czech Republic"),
    ("danes", "Denmark"),
    ("danish", "Denmark"),
    ("dutch", "Netherlands"),
    ("dutchman", "Netherlands"),
    ("dutchmen", "Netherlands"),
    ("dutchwoman", "Netherlands"),
    ("emirati", "United Arab Emirates"),
    ("english", "England"),
    ("englishman", "England"),
    ("englishmen", "England"),
    ("englishwoman", "England"),
    ("faroese", "Faroe Islands"),
    ("filipino", "Philippines"),
    ("finnish", "Finland"),
    ("finns", "Finland"),
    ("flemish", "Flanders"),
    ("french", "France"),
    ("frenchman", "France"),
    ("frenchmen", "France"),
    ("frenchwoman", "France"),
    ("ghanaian", "Ghana"),
    ("greek", "Greece"),
    ("hindus", "Hinduism"),
    ("honduran", "Honduras"),
    ("icelander", "Iceland"),
    ("irish", "Ireland"),
    ("irishman", "Ireland"),
    ("irishmen", "Ireland"),
    ("irishwoman", "Ireland"),
    ("ivorian", "Ivory Coast"),
    ("javanese", "Java"),
    ("jew", "Judaism"),
    ("jewish", "Judaism"),
    ("jews", "Judaism"),
    ("kosovar", "Kosovo"),
    ("laotian", "Laos"),
    ("lebanese", "Lebanon"),
    ("malagasy", "Madagascar"),
    ("maldivian", "Maldives"),
    ("maltese", "Malta"),
    ("martian", "Mars"),
    ("mauritian", "Mauritius"),
    ("mexican", "Mexico"),
    ("monegasque", "Monaco"),
    ("montenegrin", "Montenegro"),
    ("moroccan", "Morocco"),
    ("mozambican", "Mozambique"),
    ("muslim", "Islam"),
    ("muslims", "Islam"),
    ("nigerien", "Niger"),
    ("norwegian", "Norway"),
    ("panamanian", "Panama"),
    ("peruvian", "Peru"),
    ("poles", "Poland"),
    ("polish", "Poland"),
    ("portugis", "Portugal"),
    ("portuguese", "Portugal"),
    ("salvadoran", "El Salvador"),
    ("saudi", "Saudi Arabia"),
    ("scots", "Scotland"),
    ("scotsman", "Scotland"),
    ("scotsmen", "Scotland"),
    ("scotswoman", "Scotland"),
    ("scottish", "Scotland"),
    ("serb", "Serbia"),
    ("shi'ite", "Shia Islam"),
    ("shiite", "Shia Islam"),
    ("slovak", "Slovakia"),
    ("slovene", "Slovenia"),
    ("somali", "Somalia"),
    ("spaniard", "Spain"),
    ("spanish", "Spain"),
    ("swede", "Sweden"),
    ("swedish", "Sweden"),
    ("swiss", "Switzerland"),
    ("thai", "Thailand"),
    ("timorese", "Timor-Leste"),
    ("togolese", "Togo"),
    ("turk", "Turkey"),
    ("turkish", "Turkey"),
    ("victorian", "Victoria"),
    ("welsh", "Wales"),
    ("welshman", "Wales"),
    ("welshmen", "Wales"),
    ("welshwoman", "Wales"),
];

// ---------------------------------------------------------------------------
// Lexicon (names.tsv)

const NAMES_TSV: &str = include_str!("../../../data/lexicon/names.tsv");

/// names.tsv parsed: folded form → canonical name.
pub(super) struct Lexicon {
    by_key: HashMap<String, &'static str>,
    /// The most words any form has, to bound the search inside runs.
    pub(super) max_words: usize,
}

pub(super) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| parse_lexicon(NAMES_TSV));

/// Parses `form<TAB>canonical` rows; comments, blank and malformed lines are
/// skipped rather than trusted (the tests check the file itself). The first
/// row wins if two forms fold alike.
fn parse_lexicon(src: &'static str) -> Lexicon {
    let mut by_key = HashMap::default();
    let mut max_words = 1;
    for line in src.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(form), Some(canon), None) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let words = fold_words(form);
        if words.is_empty() || canon.trim().is_empty() {
            continue;
        }
        max_words = max_words.max(words.len());
        by_key.entry(words.join(" ")).or_insert(canon.trim());
    }
    Lexicon { by_key, max_words }
}

pub(super) fn lookup(folded: &[String]) -> Option<&'static str> {
    if folded.is_empty() {
        return None;
    }
    LEXICON.by_key.get(&folded.join(" ")).copied()
}

// ---------------------------------------------------------------------------
// Short forms of people's names (names.aliases.tsv)

const ALIASES_TSV: &str = include_str!("../../../data/lexicon/names.aliases.tsv");

/// names.aliases.tsv parsed: folded short form → full name.
static ALIASES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut by_key = HashMap::default();
    for line in ALIASES_TSV.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((short, full)) = line.split_once('\t') {
            let words = fold_words(short);
            if !words.is_empty() && !full.trim().is_empty() {
                by_key.entry(words.join(" ")).or_insert(full.trim());
            }
        }
    }
    by_key
});

/// The full name of a person a listed short form stands for ("Jokowi" →
/// "Joko Widodo", "Gus Dur" → "Abdurrahman Wahid"), looked up on the
/// folded words so that respellings are found too.
pub(super) fn full_name_of_alias(folded: &[String]) -> Option<&'static str> {
    if folded.is_empty() {
        return None;
    }
    ALIASES.get(&folded.join(" ")).copied()
}

/// The full name of a one-word short form whose full name is one word too,
/// as written ("Maria" → "Mary", "Paulus" → "Paul"): a word, not a whole
/// name, so that it meets its English form inside a longer name ("Perawan
/// Maria" / "Virgin Mary", "Paus Paulus VI" / "Pope Paul VI").
pub fn one_word_alias(word: &str) -> Option<&'static str> {
    if word.contains(' ') {
        return None;
    }
    full_name_of_alias(&fold_words(word)).filter(|full| !full.contains(' '))
}

/// Suffixes that make an English demonym from a place name, shortest first
/// (the first that leads to a listed place decides). Not sorted
/// alphabetically on purpose: the order is the search order.
pub(super) const DEMONYM_SUFFIXES: &[&str] = &["n", "i", "an", "ian", "ean", "ese", "ish"];

/// The place names a one-word name would be the demonym of, built once
/// per name: each candidate spelling's fold and `names.tsv` entry, in the
/// order [`demonym`] tries them.
pub(super) struct DemonymForms {
    /// `{adj}istan`, `{adj}stan` (Afghan/Afghanistan); empty for a word of
    /// fewer than three letters.
    stan: Vec<PlaceForm>,
    /// `{adj}y` (German/Germany).
    y: PlaceForm,
    /// Per suffix of [`DEMONYM_SUFFIXES`] the word ends in (leaving a stem
    /// of three or more letters), the stem with each of [`DEMONYM_TAILS`].
    suffixed: Vec<Vec<PlaceForm>>,
}

/// One candidate place name of [`DemonymForms`].
struct PlaceForm {
    fold: Vec<String>,
    canon: Option<&'static str>,
}

/// Endings put back on a demonym's stem to find its place, in search order.
const DEMONYM_TAILS: &[&str] = &["", "a", "e", "y", "ia", "o"];

impl PlaceForm {
    fn of(cand: &str) -> PlaceForm {
        let fold = fold_words(cand);
        PlaceForm {
            canon: lookup(&fold),
            fold,
        }
    }

    /// Whether this candidate is `place` (`Some(true)`), another listed
    /// place (`Some(false)`), or neither (`None`).
    fn matches(&self, place_fold: &[String], place_canon: Option<&str>) -> Option<bool> {
        match (self.canon, place_canon) {
            (Some(c), Some(p)) => Some(c == p),
            (Some(_), None) => Some(false),
            _ if self.fold == place_fold => Some(true),
            _ => None,
        }
    }
}

impl DemonymForms {
    /// The forms of the word, or of its singular when the word is a plural
    /// no form of which is listed ("iraqis": those of "iraqi").
    pub(super) fn of(adj_word: &str) -> DemonymForms {
        DemonymForms::of_last(&[], adj_word)
    }

    /// The forms of a name of several words whose last word is the
    /// demonym's ("Sri Lankan": "Sri Lanka", "South African"): each
    /// candidate is the words before it and a candidate of the last.
    pub(super) fn of_words(words: &[String]) -> Option<DemonymForms> {
        let (last, before) = words.split_last()?;
        Some(DemonymForms::of_last(before, last))
    }

    fn of_last(before: &[String], adj_word: &str) -> DemonymForms {
        let forms = DemonymForms::of_form(before, adj_word);
        match demonym_singular(adj_word) {
            Some(singular) if !forms.any_listed() => DemonymForms::of_form(before, singular),
            _ => forms,
        }
    }

    /// Whether any candidate place is listed.
    fn any_listed(&self) -> bool {
        self.stan
            .iter()
            .chain(std::iter::once(&self.y))
            .chain(self.suffixed.iter().flatten())
            .any(|form| form.canon.is_some())
    }

    fn of_form(before: &[String], adj_word: &str) -> DemonymForms {
        let mut head: String = before.iter().map(|w| format!("{w} ")).collect();
        let at = head.len();
        let mut place = |stem: &str, tail: &str| {
            head.truncate(at);
            head.push_str(stem);
            head.push_str(tail);
            PlaceForm::of(&head)
        };
        let stan = if adj_word.chars().count() >= 3 {
            STAN_TAILS
                .iter()
                .map(|tail| place(adj_word, tail))
                .collect()
        } else {
            Vec::new()
        };
        let mut suffixed: Vec<Vec<PlaceForm>> = DEMONYM_SUFFIXES
            .iter()
            .filter_map(|suffix| adj_word.strip_suffix(suffix))
            .filter(|stem| stem.chars().count() >= 3)
            .map(|stem| DEMONYM_TAILS.iter().map(|tail| place(stem, tail)).collect())
            .collect();
        if let Some(stem) = adj_word
            .strip_suffix(DEMONYM_PLURAL_I)
            .filter(|stem| stem.chars().count() >= 3)
        {
            suffixed.push(vec![place(stem, "")]);
        }
        DemonymForms {
            stan,
            y: place(adj_word, "y"),
            suffixed,
        }
    }
}

/// `Some(true)` if `adj` is a demonym of `place`, `Some(false)` if it is a
/// demonym of another listed place, `None` if it does not look like one.
pub(super) fn demonym(adj: &NameInfo, place: &NameInfo) -> Option<bool> {
    let forms = adj.demonym_forms()?;
    let place_fold = place.words.fold.as_slice();
    // An irregular demonym of a listed place of more words ("Emirati" /
    // "Uni Emirat Arab"): the table names the place, so no word count is
    // needed to tell it. Only the match is decided here; any other place
    // of another length is left to the word comparison.
    if let ([adj_word], Some(canon)) = (adj.words.base.as_slice(), place.canon) {
        if place_fold.len() > 1 && irregular_place(adj_word) == Some(canon) {
            return Some(true);
        }
    }
    // A place of as many words as the demonym ("Sri Lanka" / "Sri Lankan").
    if place_fold.len() != adj.words.base.len()
        || place_fold.last().is_none_or(|w| w.chars().count() < 3)
    {
        return None;
    }
    let place_canon = place.canon;
    // Scottish/Skotlandia, Dutch/Belanda: no suffix rule reaches these.
    if let [adj_word] = adj.words.base.as_slice() {
        if let Some(irregular) = irregular_place(adj_word) {
            let same = match place_canon {
                Some(c) => c == irregular,
                None => fold_words(irregular) == place_fold,
            };
            return Some(same);
        }
    }
    // Afghan/Afghanistan, Kazakh/Kazakhstan, Tajik/Tajikistan.
    if place_fold[0].ends_with("stan") {
        for form in &forms.stan {
            if form.matches(place_fold, place_canon) == Some(true) {
                return Some(true);
            }
        }
    }
    // German/Germany.
    if forms.y.matches(place_fold, place_canon) == Some(true) {
        return Some(true);
    }
    for group in &forms.suffixed {
        let mut verdict = None;
        for form in group {
            match form.matches(place_fold, place_canon) {
                Some(true) => return Some(true),
                Some(false) => verdict = Some(false),
                None => {}
            }
        }
        if verdict.is_some() {
            return verdict;
        }
    }
    None
}

/// Whether `acr` is an acronym whose letters, two or more, are the
/// initials of `name` ("MK": Mahkamah Konstitusi). Only for an acronym
/// written in brackets right after the name, where two letters are enough.
pub fn spells(acr: &str, name: &str) -> bool {
    letters_of_acronym(acr).is_some_and(|letters| {
        letters.chars().count() >= 2
            && name_info(name).initials.as_deref() == Some(letters.as_str())
    })
}

/// The lowercase letters of an acronym ([`is_acronym`]): "U.S." → "us".
pub(super) fn letters_of_acronym(acr: &str) -> Option<String> {
    is_acronym(acr).then(|| {
        acr.chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect()
    })
}

/// Whether `acr` is an acronym of three or more letters equal to the initials
/// of the folded name `other` (joiners skipped).
pub(super) fn acronym_of(acr: &NameInfo, other: &NameInfo) -> bool {
    match (&acr.acronym_letters, &other.initials) {
        (Some(letters), Some(initials)) => initials == letters,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchors::names::relation::{relation, similarity};
    use crate::anchors::names::testutil::assert_sorted_unique;
    use crate::anchors::names::{fold, NameRelation, VARIANT_MIN};

    #[test]
    fn demonyms_of_listed_places() {
        assert!(is_demonym("Russian") && is_demonym("Indonesian"));
        assert_eq!(place_of_demonym("Egyptian"), Some("Egypt"));
        assert_eq!(place_of_demonym("Afghan"), Some("Afghanistan"));
        assert_eq!(place_of_demonym("Scottish"), Some("Scotland"));
        assert_eq!(place_of_demonym("Martian"), Some("Mars"));
        assert_eq!(place_of_demonym("Catalan"), Some("Catalonia"));
        assert_eq!(place_of_demonym("Cameroonian"), Some("Cameroon"));
        // A stem whose place ends in "o", an irregular one.
        assert_eq!(place_of_demonym("Puerto Rican"), Some("Puerto Rico"));
        assert_eq!(place_of_demonym("Togolese"), Some("Togo"));
        assert_eq!(place_of_demonym("Nigerien"), Some("Niger"));
        assert_eq!(place_of_demonym("Shi'ite"), Some("Shia Islam"));
        assert_eq!(place_of_demonym("Faroese"), Some("Faroe Islands"));
        assert_eq!(place_of_demonym("Andean"), Some("Andes"));
        assert_eq!(place_of_demonym("Balinese"), Some("Bali"));
        assert_eq!(place_of_demonym("Javanese"), Some("Java"));
        assert_eq!(place_of_demonym("Portugis"), Some("Portugal"));
        // A one-word short form of a one-word name is a word's meaning.
        assert_eq!(one_word_alias("Maria"), Some("Mary"));
        assert_eq!(one_word_alias("Jokowi"), None);
        assert_eq!(place_of_demonym("Egypt"), None);
        assert_eq!(place_of_demonym("Peskov"), None);
        // Plurals: "-ans", "-is" on a listed stem, irregular ones.
        assert_eq!(place_of_demonym("Cubans"), Some("Cuba"));
        assert_eq!(place_of_demonym("Iraqis"), Some("Iraq"));
        assert_eq!(place_of_demonym("Thais"), Some("Thailand"));
        assert_eq!(place_of_demonym("Britons"), Some("United Kingdom"));
        // A people's noun in the plural; where the singular is a common
        // word or a given name ("pole", "Dane"), the plural alone.
        assert_eq!(place_of_demonym("Sri Lankan"), Some("Sri Lanka"));
        assert_eq!(place_of_demonym("Serbs"), Some("Serbia"));
        assert_eq!(place_of_demonym("Tajiks"), Some("Tajikistan"));
        assert_eq!(place_of_demonym("Uzbeks"), Some("Uzbekistan"));
        assert_eq!(place_of_demonym("Croats"), Some("Croatia"));
        assert_eq!(place_of_demonym("Poles"), Some("Poland"));
        assert_eq!(place_of_demonym("Danes"), Some("Denmark"));
        assert_eq!(place_of_demonym("Pole"), None);
        assert_eq!(place_of_demonym("Dane"), None);
        assert_eq!(place_of_demonym("Francis"), None);
        assert_eq!(place_of_demonym("francis"), None);
        assert_eq!(place_of_demonym("plans"), None);
        assert!(!is_demonym("Peskov") && !is_demonym("Debian Project"));
        // A people is its place's adjective too; a place's own name
        // ("Lisbon" for "Lisboa") is none.
        assert!(is_demonym("Iranians") && is_demonym("Americans"));
        assert_eq!(place_of_demonym("Ecuadorean"), Some("Ecuador"));
        assert!(!is_demonym("Lisbon") && !is_demonym("Lisboa"));
        // Places of several words: the demonym's last word carries the
        // ending ("Sri Lankan", "Costa Rican", "South Korean").
        assert_eq!(place_of_demonym("Sri Lankan"), Some("Sri Lanka"));
        assert_eq!(place_of_demonym("Costa Rican"), Some("Costa Rica"));
        assert_eq!(place_of_demonym("South Korean"), Some("South Korea"));
        assert_eq!(place_of_demonym("Burkinabe"), Some("Burkina Faso"));
        assert_eq!(place_of_demonym("Sri Lanka"), None);
        assert_eq!(place_of_demonym("Dmitry Peskovian"), None);
    }

    /// Lowercase words to try the plain-word paths on: the seeds' words,
    /// the lexicon's forms and the irregular demonyms, with demonym
    /// endings put on and taken off.
    fn plain_sample_words() -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        let texts = [
            include_str!("../../../data/seeds/000_31f64dc309fd023f.txt"),
            include_str!("../../../data/seeds/001_3e425f8097483d0b.txt"),
            NAMES_TSV,
        ];
        for text in texts {
            for w in text.split(|c: char| !c.is_alphanumeric()) {
                words.push(w.to_lowercase());
            }
        }
        words.extend(IRREGULAR_DEMONYMS.iter().map(|(a, _)| a.to_string()));
        let mut more = Vec::new();
        for w in &words {
            for tail in ["n", "an", "ian", "ese", "ish", "i", "ic", "stan", "y"] {
                more.push(format!("{w}{tail}"));
                if let Some(stem) = w.strip_suffix(tail) {
                    more.push(stem.to_string());
                }
            }
        }
        words.extend(more);
        words.extend(["swiss", "a", "ab", "abc", "é", "x-ray", "covid19"].map(String::from));
        words.sort();
        words.dedup();
        words
    }

    #[test]
    fn plain_word_paths_are_the_general_code() {
        let words = plain_sample_words();
        assert!(words.len() > 10_000, "{}", words.len());
        let (mut plain, mut places) = (0, 0);
        for w in &words {
            plain += usize::from(is_plain_word(w));
            assert_eq!(canonical(w), name_info(w).canon, "canonical {w:?}");
            let place = place_of_demonym(w);
            places += usize::from(place.is_some());
            assert_eq!(place, place_of_demonym_general(w), "place_of_demonym {w:?}");
        }
        assert!(
            plain > 10_000 && places > 100,
            "{plain} plain, {places} places"
        );
    }

    #[test]
    fn lexicon_decides_what_spelling_cannot() {
        // Nigeria is Niger plus the -ia ending the fold drops (Rusia/Russia):
        // spelling calls them alike, the lexicon keeps them apart.
        assert!(similarity("Niger", "Nigeria") >= VARIANT_MIN);
        assert_eq!(relation("Niger", "Nigeria"), NameRelation::Different);
        assert!(similarity("Oman", "Amman") < 1.0);
        assert_eq!(relation("Oman", "Amman"), NameRelation::Different);
        assert_eq!(canonical("AS"), Some("United States"));
        assert_eq!(canonical("Moskow"), Some("Moscow"));
        assert_eq!(canonical("Moskov"), Some("Moscow"));
        assert_eq!(canonical("Perancis"), Some("France"));
        assert_eq!(canonical("Peskov"), None);
    }

    #[test]
    fn acronyms() {
        for yes in [
            "FSB", "U.S.", "AS", "TASS", "ISIS-K", "IS", "G20", "AT&T", "ФСБ",
        ] {
            assert!(is_acronym(yes), "{yes}");
        }
        for no in [
            "",
            "A",
            "Kremlin",
            "IS-Khorasan",
            "Us",
            "usa",
            "U.S. Army",
            "K",
            "2021",
            "-",
        ] {
            assert!(!is_acronym(no), "{no}");
        }
    }

    /// A shipped name table's `#` header lines and its rows, each asserted
    /// to be two non-empty columns without surrounding spaces.
    fn two_column_rows(
        text: &'static str,
    ) -> (Vec<&'static str>, Vec<(&'static str, &'static str)>) {
        let (header, body): (Vec<&str>, Vec<&str>) = text.lines().partition(|l| l.starts_with('#'));
        let rows = body
            .into_iter()
            .map(|line| {
                let cols: Vec<&str> = line.split('\t').collect();
                assert_eq!(cols.len(), 2, "two columns: {line:?}");
                assert!(
                    cols.iter().all(|c| !c.is_empty() && c.trim() == *c),
                    "{line:?}"
                );
                (cols[0], cols[1])
            })
            .collect();
        (header, rows)
    }

    #[test]
    fn lexicon_file_is_sorted_two_columns_and_consistent() {
        let (header, rows) = two_column_rows(NAMES_TSV);
        assert!(
            header
                .iter()
                .any(|l| l.contains("licence") && l.contains("project")),
            "header names source and licence"
        );
        let canonicals: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.1).collect();
        assert!(rows.len() >= 300, "{} rows", rows.len());
        for w in rows.windows(2) {
            assert!(
                w[0].0 < w[1].0,
                "sorted, no duplicate forms: {:?} {:?}",
                w[0],
                w[1]
            );
        }
        for c in &canonicals {
            assert!(
                rows.iter().any(|(f, k)| f == c && k == c),
                "{c} lists itself"
            );
        }
        // No two entities may fold to the same key.
        let mut seen: HashMap<String, &str> = HashMap::default();
        for (form, canon) in &rows {
            let key = fold(form);
            if let Some(other) = seen.insert(key.clone(), canon) {
                assert_eq!(
                    other, *canon,
                    "{form:?} folds to {key:?} like a form of {other}"
                );
            }
        }
    }

    #[test]
    fn a_listed_short_form_is_the_person_it_stands_for() {
        for (short, full) in [
            ("Jokowi", "Joko Widodo"),
            ("Jokowi", "Widodo"),
            ("Jokowi", "Presiden Joko Widodo"),
            ("Gus Dur", "Abdurrahman Wahid"),
            ("MBS", "Mohammed bin Salman"),
            // A pope's name as Indonesian writes it.
            ("Fransiskus", "Francis"),
        ] {
            assert_eq!(relation(short, full), NameRelation::Same, "{short}/{full}");
            assert_eq!(relation(full, short), NameRelation::Same, "{full}/{short}");
        }
        // The short form is one person's, not a key to anyone else's.
        assert_eq!(relation("Jokowi", "Prabowo"), NameRelation::Different);
        assert_eq!(relation("Jokowi", "Joko Anwar"), NameRelation::Different);
        assert_eq!(relation("Ahok", "Anies"), NameRelation::Different);
    }

    #[test]
    fn alias_file_is_sorted_two_columns_and_consistent() {
        let (header, rows) = two_column_rows(ALIASES_TSV);
        assert!(
            header
                .iter()
                .any(|l| l.contains("Source") && l.contains("Licence")),
            "header names source and licence"
        );
        for (short, full) in &rows {
            // A short form that is a word of the full name as written is
            // not needed ("Maria" / "Mary", alike once folded, are), and
            // neither side may be a place or organisation of names.tsv.
            let full_words = super::super::fold::Words::of(full).base;
            assert!(
                super::super::fold::Words::of(short)
                    .base
                    .iter()
                    .any(|w| !full_words.contains(w)),
                "{short}\t{full}"
            );
            assert!(canonical(short).is_none() && canonical(full).is_none());
        }
        let shorts: Vec<&str> = rows.iter().map(|r| r.0).collect();
        let fulls: Vec<&str> = rows.iter().map(|r| r.1).collect();
        assert!(shorts.windows(2).all(|w| w[0] < w[1]), "sorted, unique");
        // A full name that folds as its own short form ("Mary" as "Maria")
        // finds itself.
        for full in &fulls {
            assert!(
                full_name_of_alias(&fold_words(full)).is_none_or(|f| f == *full),
                "{full}"
            );
        }
    }

    #[test]
    fn inflected_acronyms_are_the_acronym() {
        for (word, want) in [
            ("NGOs", "NGO"),
            ("NATing", "NAT"),
            ("TCOs", "TCO"),
            ("NGO", "NGO"),
            ("Dogs", "Dogs"),
            ("Ss", "Ss"),
            ("ISIS", "ISIS"),
            ("USAID", "USAID"),
        ] {
            assert_eq!(strip_acronym_inflection(word), want, "{word}");
        }
        assert_eq!(relation("NGOs", "NGO"), NameRelation::Same);
        assert_eq!(relation("NAT", "NATing"), NameRelation::Same);
        assert_eq!(relation("TCI", "TCOs"), NameRelation::Different);
    }

    #[test]
    fn word_lists_are_sorted_and_unique() {
        assert_sorted_unique("ACRONYM_INFLECTIONS", ACRONYM_INFLECTIONS);
        let adjs: Vec<&str> = IRREGULAR_DEMONYMS.iter().map(|(a, _)| *a).collect();
        assert!(
            adjs.windows(2).all(|w| w[0] < w[1]),
            "IRREGULAR_DEMONYMS unsorted"
        );
        assert!(IRREGULAR_DEMONYMS
            .iter()
            .all(|(a, _)| a.to_lowercase() == *a));
        // DEMONYM_SUFFIXES is a search order (shortest first), not sorted,
        // but must still be duplicate-free.
        let mut d = DEMONYM_SUFFIXES.to_vec();
        d.sort_unstable();
        d.dedup();
        assert_eq!(d.len(), DEMONYM_SUFFIXES.len());
    }
}
