//! Sentence profiles: what scoring compares.
//!
//! In: a sentence's text and language, the lexicon, and a shared
//! [`Interner`]. Out: a [`Profile`]: its anchors and its content terms, each
//! term carrying the English stems it may mean (as interned keys), so that an
//! Indonesian and an English sentence are compared in one vocabulary.
//! Function words are dropped; each term gets an IDF weight computed over the
//! sentences of its own language ([`weigh`]), so the story's ever-present
//! words ("Taliban", "Russia") count for less than the facts that set one
//! sentence apart.

use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::anchors::names::{self, NameWords, SentenceNames};
use crate::anchors::{numbers, Anchors, NameAnchor, NameRelation};
use crate::lexicon::morph;
use crate::lexicon::Lexicon;
use crate::matching::similarity::{cognate_key, is_cognate, CognateSketch, COGNATE_MIN_LEN};
use crate::text::doc::Lang;
use crate::text::normalize;

/// The most words a quotation has that may be a label rather than speech
/// ("Pilihan tingkat lanjut", a menu item the handbook quotes), whose
/// capitals say nothing.
const QUOTED_LABEL_WORDS: usize = 4;

/// Interned English stems and source words: terms compare `u32`s, not strings.
#[derive(Debug)]
pub struct Interner {
    ids: HashMap<Arc<str>, u32>,
    /// Distinct for every interner of the process (a clone gets its own),
    /// so that keys remembered for one interner are never replayed into
    /// another ([`WordInfo::interned`]).
    id: u64,
}

/// The number of the next interner made.
static NEXT_INTERNER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn next_interner_id() -> u64 {
    NEXT_INTERNER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Clone for Interner {
    fn clone(&self) -> Interner {
        Interner {
            ids: self.ids.clone(),
            id: next_interner_id(),
        }
    }
}

/// Strings an interner has room for from the start: about what one news
/// case interns, so that its table seldom grows (growing rehashes every
/// string).
const INTERNER_CAPACITY: usize = 1024;

impl Default for Interner {
    fn default() -> Interner {
        Interner {
            ids: HashMap::with_capacity_and_hasher(INTERNER_CAPACITY, Default::default()),
            id: next_interner_id(),
        }
    }
}

impl Interner {
    /// The key of `s`, adding it if new.
    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(Arc::from(s), id);
        id
    }

    /// [`Self::intern`] for a shared string, which is kept without a copy
    /// when new: the strings a thread's word memo hands every case.
    pub fn intern_shared(&mut self, s: &Arc<str>) -> u32 {
        if let Some(&id) = self.ids.get(&**s) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(s.clone(), id);
        id
    }

    /// Number of interned strings.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when nothing is interned.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The interned strings with their keys, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> {
        self.ids.iter().map(|(s, &id)| (&**s, id))
    }

    /// The key of `s` if it was interned.
    pub fn get(&self, s: &str) -> Option<u32> {
        self.ids.get(s).copied()
    }

    /// Every interned string, in key order (the string of key `k` is at
    /// index `k`), so that profiles built with a private interner (one per
    /// thread) can be renumbered into a shared one.
    pub fn strings(&self) -> Vec<&str> {
        let mut out = vec![""; self.ids.len()];
        for (s, &id) in &self.ids {
            out[id as usize] = s;
        }
        out
    }
}

/// Base weight of a name term relative to a common word: names are the
/// anchors most likely to survive translation.
pub const NAME_WEIGHT: f32 = 1.5;

/// A content word (or lexicon phrase) of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The word as written, lowercase (for a phrase, its words). Shared with
    /// every other occurrence of the word a thread profiles.
    pub surface: Arc<str>,
    /// English stems it may mean (interned); for an English term, its stem.
    pub keys: Vec<u32>,
    /// Spelling-folded form for loanword matching ([`cognate_key`]); shared
    /// like `surface`.
    pub cognate: Arc<str>,
    /// Length and letter counts of `cognate`, for fast cognate tests.
    pub cognate_sketch: CognateSketch,
    /// Key for document frequency within its language.
    pub df_key: u32,
    /// Weight (base weight × IDF) once [`weigh`] has run.
    pub weight: f32,
    /// Part of a name (capitalised, inside a name anchor).
    pub is_name: bool,
    /// Inside a quotation.
    pub in_quote: bool,
}

impl Term {
    /// The term of one word with its keys, before weighing: not a name, not
    /// quoted (`profile` marks those afterwards).
    fn of_word(info: &WordInfo, keys: Vec<u32>, df_key: u32) -> Term {
        Term {
            surface: info.word.clone(),
            keys,
            cognate: info.cognate.clone(),
            cognate_sketch: info.sketch,
            df_key,
            weight: 1.0,
            is_name: false,
            in_quote: false,
        }
    }
}

/// A sentence as scoring sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// Its language.
    pub lang: Lang,
    /// Names, numbers and quotes.
    pub anchors: Anchors,
    /// Content terms in order.
    pub terms: Vec<Term>,
    /// Every key of every term, sorted and deduplicated, for fast lookup.
    pub key_set: Vec<u32>,
    /// The terms whose cognate key is long enough for a loanword match
    /// ([`crate::matching::similarity::COGNATE_MIN_LEN`] characters), as indices into
    /// `terms`, by the key's length in characters (then index), so that
    /// scoring finds the terms of a length that could match in one search.
    pub cognate_terms: Vec<u32>,
    /// For each name anchor (same order), the words of the name as
    /// lexicon keys and cognate keys, so that a translated name ("Proyek
    /// Debian" / "Debian Project", "Inggris" / "English") is recognised as
    /// the same entity.
    pub name_words: Vec<NameWords>,
    /// Whether the line is set in title case, as headlines are: nearly
    /// every word but function words capitalised, and no full stop at the
    /// end unless every one is.
    pub title_case: bool,
}

/// Whether the lexicon gives a lowercase Indonesian word as its own
/// translation, as it does for borrowed names ("taliban", "toronto").
fn renders_as_itself(lexicon: &Lexicon, word: &str) -> bool {
    lexicon
        .lookup(word)
        .is_some_and(|stems| stems.contains(&morph::english_stem(word)))
}

/// The keys of a name's word made of ordinary words joined by hyphens
/// ("buruh-hijau" / "labour-green", which no table lists whole): each
/// part's translations and stem, so the compound meets its translation.
/// None where a part is a place or a people ("Jepang-Tiongkok" /
/// "Thai-Chinese": one place put in another's place is compared as the
/// compound), or no common word of three letters or more ("El-Sayed",
/// "Soo-yeon").
fn hyphened_word_keys(
    word: &str,
    lang: Lang,
    lexicon: &Lexicon,
    interner: &mut Interner,
) -> Vec<u32> {
    // Most words of a name hold no hyphen: spare them the split.
    if !word.contains('-') {
        return Vec::new();
    }
    let parts: Vec<&str> = word.split('-').collect();
    let ordinary = |p: &&str| {
        p.chars().count() >= 3
            && lexicon.is_common_word(lang, p)
            && names::canonical(p).is_none()
            && !names::is_demonym(p)
    };
    if parts.len() < 2 || !parts.iter().all(ordinary) {
        return Vec::new();
    }
    let mut keys = Vec::new();
    for part in parts {
        let info = word_info(part, lang, lexicon);
        keys.extend(info.stems.iter().map(|s| interner.intern_shared(s)));
        keys.push(interner.intern_shared(&info.stem));
    }
    keys
}

/// The [`NameWords`] of a name, given the tokens of its folded text.
fn words_of_name(
    tokens: &[normalize::Token<'_>],
    lang: Lang,
    lexicon: &Lexicon,
    interner: &mut Interner,
) -> NameWords {
    let mut out = NameWords {
        common: true,
        ..NameWords::default()
    };
    // Two-word lexicon phrases inside a name ("Perangkat Lunak Bebas": the
    // phrase "perangkat lunak" means software): their meaning goes to both
    // words.
    let mut phrase_stems: Vec<Vec<&str>> = vec![Vec::new(); tokens.len()];
    if lang == Lang::Id {
        let mut phrase = String::new();
        for i in 0..tokens.len().saturating_sub(1) {
            phrase.clear();
            phrase.push_str(&tokens[i].lower);
            phrase.push(' ');
            phrase.push_str(&tokens[i + 1].lower);
            // "Mahkamah Agungnya": the possessive glued to a phrase's end.
            let glued = |phrase: &str| {
                let stem = phrase.strip_suffix("nya")?;
                (!stem.ends_with(' '))
                    .then(|| lexicon.lookup(stem))
                    .flatten()
            };
            if let Some(stems) = lexicon.lookup(&phrase).or_else(|| glued(&phrase)) {
                phrase_stems[i].extend(stems.iter().map(String::as_str));
                phrase_stems[i + 1].extend(stems.iter().map(String::as_str));
            }
        }
    }
    for (token, phrase) in tokens.iter().zip(phrase_stems) {
        let mut word = token.lower.trim_end_matches('.').to_owned();
        if lang == Lang::En {
            // "Co-operation" is the lexicon's "cooperation"; "co-leader",
            // which no table lists whole, is a "leader".
            if let Some(joined) = crate::anchors::names::prefixed_word_joined(&word) {
                let tail = word
                    .split_once(crate::text::chars::is_hyphen)
                    .map(|(_, t)| t);
                word = match tail {
                    Some(tail)
                        if !lexicon.is_common_word(lang, &joined)
                            && lexicon.is_common_word(lang, tail) =>
                    {
                        tail.to_owned()
                    }
                    _ => joined,
                };
            }
        }
        // An acronym is a name's word whatever its letters spell as a word
        // ("US Open": "us" is a stopword, the country is not).
        if lexicon.is_stopword(lang, &word) && !names::is_acronym(token.text) {
            continue;
        }
        // A word the lexicon renders as itself, and English does not know
        // as a word, is a borrowed name ("toronto", "taliban"; not "bank").
        let borrowed = lang == Lang::Id
            && renders_as_itself(lexicon, &word)
            && !lexicon.is_common_word(Lang::En, &word);
        out.common &= !borrowed && lexicon.is_common_word(lang, &word);
        // "VGs": an acronym's plural.
        if token.text.len() > 2
            && token.text.ends_with('s')
            && token.text[..token.text.len() - 1]
                .chars()
                .all(|c| c.is_ascii_uppercase())
        {
            word.pop();
        }
        let mut keys: Vec<u32> = phrase.iter().map(|s| interner.intern(s)).collect();
        out.phrase_keys.push(keys.len());
        let mut known = !keys.is_empty();
        if lang == Lang::Id {
            // "DVD-ROMnya": the possessive glued to a name; not in a word
            // the lexicon has whole ("Nyonya": madam, lady).
            if let Some(stem) = word
                .strip_suffix("nya")
                .filter(|s| s.len() >= 2 && lexicon.lookup(&word).is_none())
            {
                word = stem.to_owned();
            }
        }
        // A content word's translations, stem and cognate key are in the
        // thread's memo (the same lexicon calls, made once); others are
        // worked out here.
        let info = word_info(&word, lang, lexicon);
        if lang == Lang::Id {
            // "Maria" is "Mary", as the lexicon would give a word.
            if let Some(full) = names::one_word_alias(&word) {
                keys.push(interner.intern(&morph::english_stem(&full.to_lowercase())));
            }
            if info.content {
                known |= !info.stems.is_empty();
                keys.extend(info.stems.iter().map(|s| interner.intern_shared(s)));
            } else {
                let translations = lexicon.translate_word(&word).unwrap_or_default();
                known |= !translations.is_empty();
                keys.extend(translations.iter().map(|s| interner.intern(s)));
            }
        }
        if lang == Lang::En {
            known = lexicon.is_common_word(Lang::En, &word);
        }
        // A listed place the lexicon only borrows ("reykjavik" / "reykjavik")
        // is a proper word of the name, not a word of the language.
        out.known
            .push(known && !(borrowed && names::canonical(&word).is_some()));
        out.texts.push(token.text.trim_end_matches('.').to_string());
        if info.content {
            keys.push(interner.intern_shared(&info.stem));
            out.cognates.push(info.cognate.to_string());
        } else {
            keys.push(interner.intern(&morph::english_stem(&word)));
            out.cognates.push(cognate_key(&word));
        }
        for key in hyphened_word_keys(&word, lang, lexicon, interner) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        out.keys.push(keys);
    }
    // A one-word name `names.tsv` lists under a name of several words
    // ("Inggris": United Kingdom) takes each word of that name as a key,
    // since the lexicon keeps a translation's words apart; but one of
    // them alone is no mention of it ("United" of "United States"). A
    // word that is the name's own, respelled, stays ("Saudi" of "Saudi
    // Arabia").
    if lang == Lang::Id && out.keys.len() == 1 {
        if let Some(listed) = names::canonical(&out.texts[0]).filter(|c| c.contains(' ')) {
            let cognate = &out.cognates[0];
            let pieces: Vec<u32> = listed
                .split_whitespace()
                .map(str::to_lowercase)
                .filter(|w| !is_cognate(cognate, &cognate_key(w)))
                .filter_map(|w| interner.get(&morph::english_stem(&w)))
                .collect();
            // The word's own stem, pushed last, always stays.
            if let Some(&own) = out.keys[0].last() {
                out.keys[0].retain(|key| *key == own || !pieces.contains(key));
            }
        }
    }
    out
}

impl Profile {
    /// Its names with their words, as name pairing takes them.
    pub fn names(&self) -> SentenceNames<'_> {
        SentenceNames {
            names: &self.anchors.names,
            words: &self.name_words,
            key_set: &self.key_set,
        }
    }

    /// True when some term of this profile may mean `key`.
    pub fn has_key(&self, key: u32) -> bool {
        self.key_set.binary_search(&key).is_ok()
    }

    /// Renumbers every interned key through `map` (old key → new key), for
    /// profiles built with a private interner and then merged into a
    /// shared one. Keep this in step with every field that holds a key.
    pub fn remap_keys(&mut self, map: &[u32]) {
        for t in &mut self.terms {
            for k in &mut t.keys {
                *k = map[*k as usize];
            }
            t.df_key = map[t.df_key as usize];
        }
        for k in &mut self.key_set {
            *k = map[*k as usize];
        }
        self.key_set.sort_unstable();
        for name in &mut self.name_words {
            for k in name.keys.iter_mut().flatten() {
                *k = map[*k as usize];
            }
        }
    }

    /// Sum of the term weights.
    pub fn total_weight(&self) -> f32 {
        self.terms.iter().map(|t| t.weight).sum()
    }
}

/// Builds the profile of one sentence.
pub fn profile(text: &str, lang: Lang, lexicon: &Lexicon, interner: &mut Interner) -> Profile {
    profile_in_document(text, lang, lexicon, interner, None)
}

/// The folded words of the names a document's running text gives (its
/// lines that are not set in title case): what tells a name in the
/// document's headline from a word capitalised only by the headline's
/// style. See [`reprofile_title_lines`].
pub type BodyNameWords = HashSet<String>;

/// Builds the profile of one sentence of a document whose running text
/// names `body_names` (`None`: nothing known of the document).
fn profile_in_document(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    interner: &mut Interner,
    body_names: Option<&BodyNameWords>,
) -> Profile {
    let mut anchors = Anchors::extract(text, lang);
    join_names_across_a_phrase_word(text, lexicon, &mut anchors);
    let start = body_start(text);
    let first = start.map(|s| s.at);
    let title_case =
        drop_capitalised_common_words(text, first, lang, lexicon, body_names, &mut anchors);
    // A dateline says where and when the report was filed, not a fact of
    // the sentence: every lede of one story opens with the same place, so
    // its words would make ledes of different reports look alike
    // ("MARINE CORPS BASE CAMP PENDLETON, Calif. -- Service members ...").
    // They are no terms; its names and date stay anchors, for the judge.
    let dateline = start.filter(|s| s.after_dateline).map_or(0, |s| s.at);
    let folded = normalize::fold(text);
    let all_tokens = normalize::tokens(&folded);
    let in_dateline = if dateline > 0 {
        normalize::tokens(&normalize::fold(&text[..dateline])).len()
    } else {
        0
    };
    let tokens = &all_tokens[in_dateline.min(all_tokens.len())..];
    // Each name is folded and split once, for the set below and its words.
    let folded_names: Vec<String> = anchors
        .names
        .iter()
        .map(|n| normalize::fold(&n.text))
        .collect();
    let name_tokens: Vec<Vec<normalize::Token<'_>>> =
        folded_names.iter().map(|f| normalize::tokens(f)).collect();
    let folded_quotes: Vec<String> = anchors
        .quotes
        .iter()
        .map(|q| normalize::fold(&q.text))
        .collect();
    // Sets, not lists: a sentence can hold thousands of names.
    let name_words: HashSet<&str> = name_tokens.iter().flatten().map(|t| &*t.lower).collect();
    let quote_words: HashSet<std::borrow::Cow<'_, str>> = folded_quotes
        .iter()
        .flat_map(|f| normalize::tokens(f))
        .map(|t| t.lower)
        .collect();
    let mut terms = match lang {
        Lang::Id => indonesian_terms(tokens, lexicon, interner),
        Lang::En => english_terms(tokens, lexicon, interner),
    };
    for term in &mut terms {
        let first = term.surface.split(' ').next().unwrap_or_default();
        term.is_name = name_words.contains(first);
        term.in_quote = quote_words.contains(first);
    }
    let mut key_set: Vec<u32> = terms.iter().flat_map(|t| t.keys.iter().copied()).collect();
    key_set.sort_unstable();
    key_set.dedup();
    let mut cognate_terms: Vec<u32> = (0..terms.len() as u32)
        .filter(|&i| terms[i as usize].cognate_sketch.chars() >= COGNATE_MIN_LEN)
        .collect();
    cognate_terms.sort_by_key(|&i| (terms[i as usize].cognate_sketch.chars(), i));
    let name_words = anchors
        .names
        .iter()
        .zip(&name_tokens)
        .map(|(n, tokens)| {
            let mut words = words_of_name(tokens, lang, lexicon, interner);
            // Capitals at a sentence start or in a quoted label ("Pilihan
            // tingkat lanjut") say nothing; mid-sentence they mark a proper
            // name even when the word is also common ("Mint", "Windows"),
            // and so does the second capital of a name opening its
            // sentence ("Sungai Mekong"; title-case lines are trimmed
            // before this). Quoted speech is sentences again: there a
            // capital says nothing only where the quotation opens ("kami
            // datang ke Sepang", sepang being sappanwood, is the circuit).
            let quote = anchors
                .quotes
                .iter()
                .find(|q| q.span.start <= n.span.start && n.span.end <= q.span.end);
            let capital_says_nothing = (Some(n.span.start) == first && !n.text.contains(' '))
                || quote.is_some_and(|q| {
                    q.span.start == n.span.start
                        || q.text.split_whitespace().count() <= QUOTED_LABEL_WORDS
                });
            words.quoted = quote.is_some();
            words.common &= capital_says_nothing;
            // The speaker of a quotation is credited with it, however far
            // the attribution puts the name from its verb ("kata pelatih
            // tim putri Angkatan Udara, James Lewis").
            words.credited = names::credited_with_statement(text, n.span.clone())
                || anchors.quotes.iter().any(|q| {
                    q.speaker
                        .as_deref()
                        .is_some_and(|s| names::relation(s, &n.text) == NameRelation::Same)
                });
            words
        })
        .collect();
    Profile {
        lang,
        anchors,
        terms,
        key_set,
        cognate_terms,
        name_words,
        title_case,
    }
}

/// Profiles again, in place, the title-case lines (headlines) of a
/// document whose `profiles` were built from `texts` one by one: a
/// headline capitalises every word, so only the names its document's
/// running text also gives, or listed ones, stay names there. A document
/// of headlines alone, or whose running text names nothing, has nothing to
/// ask, and keeps its profiles.
pub fn reprofile_title_lines(
    texts: &[&str],
    profiles: &mut [Profile],
    lang: Lang,
    lexicon: &Lexicon,
    interner: &mut Interner,
) {
    // Only lines capitalising every word but function words: a long photo
    // caption full of names reaches the title-case share with a few
    // lowercase words, and its names need no support from elsewhere.
    let every_word_capitalised = |text: &str| {
        lettered_words(text)
            .filter(|(w, _)| !lexicon.is_stopword(lang, &normalize::lowercase(w)))
            .all(|(_, c)| c.is_uppercase())
    };
    let titles: Vec<usize> = (0..texts.len())
        .filter(|&i| profiles[i].title_case && every_word_capitalised(texts[i]))
        .collect();
    if titles.is_empty() || titles.len() == texts.len() {
        return;
    }
    let mut body_names = BodyNameWords::default();
    for (i, p) in profiles.iter().enumerate() {
        if titles.binary_search(&i).is_ok() {
            continue;
        }
        // A lone word opening its sentence is capitalised there whatever it
        // is: it tells of a name only when the lexicon knows no such word
        // ("Barcelona beat ...", not "Juri yang ...", "Maskapai itu ...").
        let first = body_start(texts[i]).map(|s| s.at);
        for n in &p.anchors.names {
            let opening_word = Some(n.span.start) == first && !n.text.contains(' ');
            if !opening_word || !lexicon.is_common_word(lang, &normalize::lowercase(&n.text)) {
                body_names.extend(n.text.split(' ').map(crate::anchors::names::fold));
            }
        }
    }
    // Running text that names nothing cannot tell a name from a word.
    if body_names.is_empty() {
        return;
    }
    for i in titles {
        profiles[i] = profile_in_document(texts[i], lang, lexicon, interner, Some(&body_names));
    }
}

/// Two names one capitalised common word apart, where that word begins a
/// lexicon phrase with the next name's first word, are one name: "Kementerian
/// Dalam Negeri" (the Interior Ministry) is no "Kementerian" and "Negeri",
/// which the name finder reads because "dalam" alone is a common word.
fn join_names_across_a_phrase_word(text: &str, lexicon: &Lexicon, anchors: &mut Anchors) {
    let names = &mut anchors.names;
    let mut i = 1;
    while i < names.len() {
        let (a, b) = (&names[i - 1], &names[i]);
        let joined = text
            .get(a.span.end..b.span.start)
            .and_then(|gap| gap.strip_prefix(' ')?.strip_suffix(' '))
            .filter(|word| {
                !word.is_empty()
                    && !word.contains(' ')
                    && word.chars().next().is_some_and(char::is_uppercase)
            })
            .is_some_and(|word| {
                let next = b.text.split(' ').next().unwrap_or_default();
                lexicon
                    .lookup(&format!("{} {}", word.to_lowercase(), next.to_lowercase()))
                    .is_some()
            });
        if joined {
            names[i - 1] = NameAnchor::at(text, a.span.start..b.span.end, false);
            names.remove(i);
        } else {
            i += 1;
        }
    }
}

/// A sentence's first word is capitalised whatever it is, so a lone first
/// word that the lexicon knows as a common word ("Cuaca", "Weather") is not
/// taken for a name, unless it is a listed entity ("Rusia") or the lexicon
/// gives it as its own translation, as it does for borrowed names
/// ("Taliban"), or a demonym ("French President ..."). A common word that
/// opens the sentence before a listed name is trimmed from it ("Tentara
/// Indonesia" gives "Indonesia"). In a title-case line (a headline: "Badai dan Banjir
/// Menghancurkan Sebuah Kota") every capital says nothing, so there a name
/// keeps only what is not a common word: names made of common words go, and
/// common words at either end of a name are trimmed ("Putin Tegaskan" →
/// "Putin").
/// `first` is where the sentence's first word starts ([`body_start`]).
/// Returns whether the line is set in title case.
fn drop_capitalised_common_words(
    text: &str,
    first: Option<usize>,
    lang: Lang,
    lexicon: &Lexicon,
    body_names: Option<&BodyNameWords>,
    anchors: &mut Anchors,
) -> bool {
    let common = |word: &str| {
        let lower = word.to_lowercase();
        // "Anti-refugee": a prefixed word is as common as the word.
        if let Some(joined) = crate::anchors::names::prefixed_word_joined(&lower) {
            let tail = lower
                .split_once(crate::text::chars::is_hyphen)
                .map_or("", |(_, tail)| tail);
            return lexicon.is_common_word(lang, &joined) || lexicon.is_common_word(lang, tail);
        }
        let borrowed = lang == Lang::Id && renders_as_itself(lexicon, &lower);
        // "Heavier", "Earliest": an adjective's degree is as common as it.
        let degree = |suffix: &str| {
            lang == Lang::En
                && lower.strip_suffix(suffix).is_some_and(|base| {
                    base.len() >= 3 && lexicon.is_common_word(lang, &format!("{base}y"))
                })
        };
        !borrowed && (lexicon.is_common_word(lang, &lower) || degree("ier") || degree("iest"))
    };
    // "Curah hujan ...": a first word that begins a lexicon phrase with the
    // word after it is that phrase's, not a name.
    let opens_phrase = |n: &NameAnchor| {
        lang == Lang::Id
            && !n.text.contains(' ')
            && text[n.span.end..]
                .split_whitespace()
                .next()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .is_some_and(|next| {
                    lexicon
                        .lookup(&format!("{} {next}", n.text.to_lowercase()))
                        .is_some()
                })
    };
    let title_case = is_title_case(text, lang, lexicon);
    // Where the document's running text is known, a headline word is a
    // name only when that text names it too, or it names a listed place or
    // entity ("Tunggakan", "Hiatus" and "Steady" are capitalised by the
    // headline's style alone).
    let unnamed = |word: &str| {
        body_names.is_some_and(|body| {
            !body.contains(&crate::anchors::names::fold(word))
                && crate::anchors::names::canonical(word).is_none()
                && crate::anchors::names::place_of_demonym(word).is_none()
        })
    };
    anchors.names.retain_mut(|n| {
        // A demonym opening the sentence ("French President ...") is kept
        // as it is in mid-sentence ("the French president").
        if crate::anchors::names::canonical(&n.text).is_some()
            || (!title_case && crate::anchors::names::place_of_demonym(&n.text).is_some())
        {
            return true;
        }
        if title_case {
            let phrase = |a: &str, b: &str| {
                lang == Lang::Id
                    && lexicon
                        .lookup(&format!("{} {}", a.to_lowercase(), b.to_lowercase()))
                        .is_some()
            };
            return trim_common_words(n, &|word: &str| common(word) || unnamed(word), &phrase);
        }
        let at_first = Some(n.span.start) == first;
        // A common word opening the sentence before a listed name is no
        // part of it ("Tentara Indonesia mengusung ...": Indonesian
        // soldiers).
        if let Some((head, rest)) = n.text.split_once(' ') {
            // A demonym stays: "Chinese Foreign Ministry" names China's.
            let demonym = crate::anchors::names::place_of_demonym(head).is_some();
            // "Millions of Shi'ite pilgrims": the common word and its "of"
            // before a demonym (not before a place: "University of Tokyo"
            // is no Tokyo).
            let of_demonym = rest
                .strip_prefix("of ")
                .filter(|r| crate::anchors::names::place_of_demonym(r).is_some());
            let rest = of_demonym.unwrap_or(rest);
            if at_first
                && common(head)
                && !demonym
                && (crate::anchors::names::canonical(rest).is_some() || of_demonym.is_some())
            {
                *n = n.part(n.text.len() - rest.len(), n.text.len(), false);
            }
            return true;
        }
        !at_first || !(common(&n.text) || opens_phrase(n))
    });
    // Such a word inside a headline's run parts the names around it
    // ("Barcelona Beat Liverpool").
    if title_case && body_names.is_some() {
        for n in std::mem::take(&mut anchors.names) {
            if crate::anchors::names::canonical(&n.text).is_some()
                || crate::anchors::names::place_of_demonym(&n.text).is_some()
            {
                anchors.names.push(n);
            } else {
                split_at_words(n, &unnamed, &mut anchors.names);
            }
        }
    }
    title_case
}

/// Pushes to `out` the runs of `name`'s words that `parts` does not hold
/// for a word between names, each as a name of its own.
fn split_at_words(name: NameAnchor, parts: &impl Fn(&str) -> bool, out: &mut Vec<NameAnchor>) {
    let mut run: Option<(usize, usize)> = None;
    let push = |(from, to): (usize, usize), out: &mut Vec<NameAnchor>| {
        let whole = (from, to) == (0, name.text.len());
        out.push(name.part(from, to, name.initial && whole));
    };
    let mut at = 0;
    for word in name.text.split(' ') {
        let (start, end) = (at, at + word.len());
        at = end + 1;
        if parts(word.trim_end_matches('.')) {
            if let Some(r) = run.take() {
                push(r, out);
            }
        } else {
            run = Some((run.map_or(start, |(from, _)| from), end));
        }
    }
    if let Some(r) = run {
        push(r, out);
    }
}

/// Longest dateline a sentence may open with, in bytes ("CAMP PENDLETON,
/// Calif. (Feb. 6, 2012) --").
const MAX_DATELINE_BYTES: usize = 60;

/// Where a sentence's first word starts: [`BodyStart::at`].
#[derive(Debug, Clone, Copy, PartialEq)]
struct BodyStart {
    /// Byte offset of the first word, past a dateline when the sentence
    /// opens with one ("FORT HOOD, Texas – Heading into ...": "Heading" is
    /// capitalised as a first word is, not as a name is).
    at: usize,
    /// Whether a dateline comes before it: a run that starts with a word in
    /// capitals and ends at a spaced dash.
    after_dateline: bool,
}

/// Where the sentence's first word starts; `None` for a text with no word.
fn body_start(text: &str) -> Option<BodyStart> {
    let first = text
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(i, _)| i)?;
    Some(match dateline_end(text, first) {
        Some(at) => BodyStart {
            at,
            after_dateline: true,
        },
        None => BodyStart {
            at: first,
            after_dateline: false,
        },
    })
}

/// Byte offset of the first word after the sentence's dateline, when it
/// opens with one; `first` is where its first word starts.
fn dateline_end(text: &str, first: usize) -> Option<usize> {
    let head = &text[first..];
    let capitals = head.bytes().take_while(u8::is_ascii_uppercase).count();
    let word_ends = head
        .as_bytes()
        .get(capitals)
        .is_none_or(|b| !b.is_ascii_alphanumeric());
    if capitals < 2 || !word_ends {
        return None;
    }
    let mut cut = MAX_DATELINE_BYTES.min(head.len());
    while !head.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &head[..cut];
    let dash = [" – ", " — ", " -- ", " - "]
        .iter()
        .filter_map(|d| window.find(d).map(|at| at + d.len()))
        .min()?;
    head[dash..]
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(i, _)| first + dash + i)
}

/// Trims the common words at either end of a name in place; false when no
/// word is left. A word that makes a lexicon phrase with its neighbour in
/// the name ("Sepak Bola", "Bola Voli": football, volleyball) is common too,
/// though neither word alone is listed.
fn trim_common_words(
    name: &mut NameAnchor,
    common: &impl Fn(&str) -> bool,
    phrase: &impl Fn(&str, &str) -> bool,
) -> bool {
    let words: Vec<(usize, &str)> = name
        .text
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let bare = |k: usize| words[k].1.trim_end_matches('.');
    let in_phrase = |k: usize| {
        (k > 0 && phrase(bare(k - 1), bare(k)))
            || (k + 1 < words.len() && phrase(bare(k), bare(k + 1)))
    };
    let uncommon = |k: usize| !common(bare(k)) && !in_phrase(k);
    // "Sri Lankan Court Jails ...", "Costa Rican": a kept word keeps the
    // words it names a listed place or its people with, though "sri" and
    // "costa" alone are common words of listed phrases. Words all common
    // stay common ("Southeast Asian Games", "Jawa Tengah").
    let listed_from = |k: usize, len: usize| {
        k + len <= words.len() && (k..k + len).any(uncommon) && {
            let joined = (k..k + len).map(bare).collect::<Vec<_>>().join(" ");
            crate::anchors::names::canonical(&joined).is_some()
                || crate::anchors::names::place_of_demonym(&joined).is_some()
        }
    };
    let in_listed = |k: usize| {
        (2..=3).any(|len| (k.saturating_sub(len - 1)..=k).any(|from| listed_from(from, len)))
    };
    let keep = |k: &usize| uncommon(*k) || in_listed(*k);
    let indices: Vec<usize> = (0..words.len()).collect();
    let (Some(a), Some(b)) = (
        indices.iter().position(keep),
        indices.iter().rposition(keep),
    ) else {
        return false;
    };
    if (a, b) != (0, words.len() - 1) {
        let (from, last) = (words[a].0, words[b]);
        let to = last.0 + last.1.len();
        *name = name.part(from, to, name.initial && a == 0);
    }
    true
}

/// The words of a line that start with a letter, trimmed of punctuation,
/// each with its first letter: the words whose capitals a title case is
/// read from.
fn lettered_words(text: &str) -> impl Iterator<Item = (&str, char)> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter_map(|w| Some((w, w.chars().next().filter(|c| c.is_alphabetic())?)))
}

/// Whether a line is set in title case, as headlines are: at least three
/// words that are not function words, and at least seven in eight of them
/// capitalised, so that a sentence full of names with one verb in lower
/// case ("Angkatan Udara mengalahkan Korps Marinir") is not one. All-caps
/// lines are not either: acronyms and shouting say more.
fn is_title_case(text: &str, lang: Lang, lexicon: &Lexicon) -> bool {
    // The words counted are those starting with a letter; of those,
    // function words are left out.
    let words_of = || lettered_words(text);
    // The capitalised words counted are at most those with a capital:
    // with fewer than three, or once seven times the uncapitalised content
    // words outnumber them, the line is no title, whatever the rest; most
    // sentences are told so after a word or two, without a look-up for
    // every word.
    let capitals = if text.is_ascii() {
        // A bound from above, counted by bytes: each such word's first
        // letter or digit is a capital after a byte that is neither.
        let b = text.as_bytes();
        usize::from(b.first().is_some_and(u8::is_ascii_uppercase))
            + b.windows(2)
                .filter(|w| w[1].is_ascii_uppercase() && !w[0].is_ascii_alphanumeric())
                .count()
    } else {
        words_of().filter(|(_, c)| c.is_uppercase()).count()
    };
    if capitals < 3 {
        return false;
    }
    let (mut words, mut capitalised, mut all_caps) = (0usize, 0usize, 0usize);
    for (word, c) in words_of() {
        if lexicon.is_stopword(lang, &normalize::lowercase(word)) {
            continue;
        }
        words += 1;
        all_caps += usize::from(word.chars().count() > 1 && !word.chars().any(char::is_lowercase));
        capitalised += usize::from(c.is_uppercase());
        if (words - capitalised) * 7 > capitals {
            return false;
        }
    }
    words >= 3
        && capitalised * 8 >= words * 7
        && all_caps < words
        && (capitalised == words || !ends_with_full_stop(text))
}

/// Whether a line ends with a full stop, as running text does and
/// headlines do not: a sentence crowded with names and titles ("Prime
/// Minister Theresa May will meet French President Angela Merkel in
/// Berlin on Tuesday.") can reach the title-case share with one
/// lowercase verb, and is still a sentence.
fn ends_with_full_stop(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')'))
        .ends_with('.')
}

fn is_content(word: &str, lang: Lang, lexicon: &Lexicon) -> bool {
    word.chars().any(char::is_alphabetic)
        && !word.chars().any(|c| c.is_ascii_digit())
        && !lexicon.is_stopword(lang, word)
}

/// What a profile needs to know of one word, whatever sentence it is in: the
/// same for every occurrence, so each thread works it out once per word
/// ([`WORD_MEMO`]) and profiles replay it. Strings, not keys: keys belong to
/// the interner of the profile being built, and interning the strings in the
/// same order hands out the same keys as working the word out afresh.
/// Shared strings (`Arc`), which terms and interners hold without copying.
#[derive(Debug)]
struct WordInfo {
    /// A content word ([`is_content`]); the rest is empty when not.
    content: bool,
    /// The word itself.
    word: Arc<str>,
    /// Indonesian: the English stems of its translations, in lexicon order.
    stems: Vec<Arc<str>>,
    /// The word's own English stem (for Indonesian, names and loanwords).
    stem: Arc<str>,
    /// Indonesian: the document-frequency key, `id:` and its listed root.
    df: Arc<str>,
    /// Its [`cognate_key`].
    cognate: Arc<str>,
    /// The sketch of `cognate`.
    sketch: CognateSketch,
    /// The English stem of the one-word place or entity the word names or,
    /// in English, is the demonym of ("mesir", "egyptian" → "egypt"), so
    /// that an exonym and a demonym meet their name in the other language.
    entity: Option<Arc<str>>,
    /// The keys and document-frequency key of the word's one-word term, as
    /// the interner numbered `.0` handed them out: a word met again in the
    /// same case reuses them instead of interning its strings again (which
    /// would hand out the same keys and add nothing).
    interned: std::cell::RefCell<Option<(u64, Vec<u32>, u32)>>,
}

/// Fewest letters after "anti" for a closed compound ("antiteror"): fewer
/// are a word of its own ("antik", antique; "antara").
const ANTI_REST_MIN_CHARS: usize = 4;

/// What follows "anti" in an Indonesian closed compound ("korupsi" in
/// "antikorupsi").
fn anti_compound_rest(word: &str) -> Option<&str> {
    word.strip_prefix("anti")
        .filter(|rest| rest.chars().count() >= ANTI_REST_MIN_CHARS)
}

impl WordInfo {
    fn new(word: &str, lang: Lang, lexicon: &Lexicon) -> WordInfo {
        if !is_content(word, lang, lexicon) {
            let empty: Arc<str> = Arc::from("");
            return WordInfo {
                content: false,
                word: Arc::from(word),
                stems: Vec::new(),
                stem: empty.clone(),
                df: empty.clone(),
                cognate: empty,
                sketch: CognateSketch::of(""),
                entity: None,
                interned: Default::default(),
            };
        }
        let (stems, df) = match lang {
            Lang::Id => {
                let mut stems: Vec<Arc<str>> = lexicon
                    .translate_word(word)
                    .unwrap_or_default()
                    .iter()
                    .map(|s| Arc::from(s.as_str()))
                    .collect();
                // A full reduplication is the plural of its half even where
                // the lexicon lists it with an idiom of its own
                // ("saudara-saudara": ladies and gentlemen, and brothers).
                if let Some((half, again)) = word.split_once('-') {
                    if half == again && lexicon.lookup(word).is_some() {
                        for s in lexicon.translate_word(half).unwrap_or_default() {
                            if !stems.iter().any(|t| **t == **s) {
                                stems.push(Arc::from(s.as_str()));
                            }
                        }
                    }
                }
                // "antikorupsi", "antidumping": Indonesian writes "anti" closed
                // up where English hyphenates it ("anti-corruption"), so a
                // word the lexicon lacks means "anti" and what follows: its
                // translations, or a loanword kept as written.
                if stems.is_empty() {
                    if let Some(rest) = anti_compound_rest(word) {
                        stems.push(Arc::from("anti"));
                        match lexicon.translate_word(rest) {
                            Some(t) if !t.is_empty() => {
                                stems.extend(t.iter().map(|s| Arc::from(s.as_str())));
                            }
                            _ => stems.push(Arc::from(morph::english_stem(rest))),
                        }
                    }
                }
                let root = morph::indonesian_roots(word)
                    .into_iter()
                    .find(|r| lexicon.lookup(r).is_some())
                    .unwrap_or_else(|| word.to_owned());
                (stems, Arc::from(format!("id:{root}")))
            }
            Lang::En => (Vec::new(), Arc::from("")),
        };
        let cognate = cognate_key(word);
        let place = crate::anchors::names::canonical(word).or_else(|| match lang {
            Lang::En => crate::anchors::names::place_of_demonym(word),
            Lang::Id => None,
        });
        // A short form the lexicon lacks but `names.tsv` spells out in
        // several words ("korsel": South Korea, "deplu": State Department)
        // means those words, as a lexicon entry would. Not an acronym
        // (four letters or fewer: "ISK", "UEA"): English prints those as
        // they are, and one beside its name ("Negara Islam Khorasan (ISK)")
        // would count the name twice.
        let stems = match place {
            Some(p)
                if lang == Lang::Id
                    && stems.is_empty()
                    && p.contains(' ')
                    && word.chars().count() >= MIN_SPELLED_OUT_FORM_CHARS =>
            {
                p.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '.')
                    .map(str::to_lowercase)
                    .filter(|w| !w.is_empty() && !lexicon.is_stopword(Lang::En, w))
                    .map(|w| Arc::from(morph::english_stem(&w)))
                    .collect()
            }
            _ => stems,
        };
        let entity = place
            .filter(|p| !p.contains(' '))
            .map(|p| Arc::from(morph::english_stem(&p.to_lowercase())));
        WordInfo {
            entity,
            content: true,
            word: Arc::from(word),
            stems,
            stem: Arc::from(morph::english_stem(word)),
            df,
            sketch: CognateSketch::of(&cognate),
            cognate: Arc::from(cognate),
            interned: Default::default(),
        }
    }

    /// The keys and document-frequency key of the word's one-word term in
    /// `interner`: worked out by `intern` the first time, then remembered
    /// for that interner.
    fn term_keys(
        &self,
        interner: &mut Interner,
        intern: impl FnOnce(&WordInfo, &mut Interner) -> (Vec<u32>, u32),
    ) -> (Vec<u32>, u32) {
        if let Some((id, keys, df)) = &*self.interned.borrow() {
            if *id == interner.id {
                return (keys.clone(), *df);
            }
        }
        let (keys, df) = intern(self, interner);
        *self.interned.borrow_mut() = Some((interner.id, keys.clone(), df));
        (keys, df)
    }
}

/// Fewest letters of a short form whose `names.tsv` name stands in for its
/// missing lexicon entry: shorter ones are acronyms, printed alike in both
/// languages.
const MIN_SPELLED_OUT_FORM_CHARS: usize = 5;

/// Words a thread remembers per language; past this the memo starts over.
const WORD_MEMO_LIMIT: usize = 1 << 16;

/// Per thread: the lexicon the memo was filled with, and per language the
/// [`WordInfo`] of each word seen.
#[derive(Default)]
struct WordMemo {
    lexicon: Option<u64>,
    words: [HashMap<String, std::rc::Rc<WordInfo>>; 2],
}

thread_local! {
    static WORD_MEMO: std::cell::RefCell<WordMemo> = std::cell::RefCell::new(WordMemo::default());
}

/// The [`WordInfo`] of a lowercase word, from the thread's memo.
fn word_info(word: &str, lang: Lang, lexicon: &Lexicon) -> std::rc::Rc<WordInfo> {
    let slot = match lang {
        Lang::Id => 0,
        Lang::En => 1,
    };
    WORD_MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.lexicon != Some(lexicon.id()) {
            memo.lexicon = Some(lexicon.id());
            memo.words = Default::default();
        }
        if let Some(info) = memo.words[slot].get(word) {
            return info.clone();
        }
        // Working a word out never profiles, so the memo is not re-entered.
        let info = std::rc::Rc::new(WordInfo::new(word, lang, lexicon));
        let words = &mut memo.words[slot];
        if words.len() >= WORD_MEMO_LIMIT {
            words.clear();
        }
        words.insert(word.to_owned(), info.clone());
        info
    })
}

fn indonesian_terms(
    tokens: &[normalize::Token<'_>],
    lexicon: &Lexicon,
    interner: &mut Interner,
) -> Vec<Term> {
    let mut terms = Vec::new();
    let mut joined = String::new();
    let mut ends: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // Longest lexicon phrase first ("juru bicara", "bertanggung jawab").
        // Only entries starting with this word can match, so the longest
        // tried is the longest of those; the phrases are the words joined by
        // single spaces, built once and cut back one word at a time.
        let longest = lexicon
            .max_phrase_words()
            .min(lexicon.phrase_words_starting(&tokens[i].lower))
            .min(tokens.len() - i);
        let mut phrase = None;
        if longest >= 2 {
            joined.clear();
            ends.clear();
            for (n, t) in tokens[i..i + longest].iter().enumerate() {
                if n > 0 {
                    joined.push(' ');
                }
                joined.push_str(&t.lower);
                ends.push(joined.len());
            }
            phrase = (2..=longest).rev().find_map(|k| {
                lexicon
                    .lookup(&joined[..ends[k - 1]])
                    .map(|stems| (k, stems))
            });
        }
        if let Some((k, stems)) = phrase {
            let joined = &joined[..ends[k - 1]];
            let mut keys: Vec<u32> = stems.iter().map(|s| interner.intern(s)).collect();
            // A word and its preposition ("terjadi pada", "mengatakan
            // kepada"): the phrase also means what its one content word
            // means, which the other language says without the preposition
            // ("happened", "said").
            let infos: Vec<_> = tokens[i..i + k]
                .iter()
                .map(|t| word_info(&t.lower, Lang::Id, lexicon))
                .collect();
            if let [head] = infos.iter().filter(|w| w.content).collect::<Vec<_>>()[..] {
                for key in head.stems.iter().map(|s| interner.intern_shared(s)) {
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
            let cognate = cognate_key(joined);
            terms.push(Term {
                cognate_sketch: CognateSketch::of(&cognate),
                cognate: Arc::from(cognate),
                df_key: interner.intern(&format!("id:{joined}")),
                surface: Arc::from(joined),
                keys,
                weight: 1.0,
                is_name: false,
                in_quote: false,
            });
            i += k;
            continue;
        }
        let word: &str = &tokens[i].lower;
        i += 1;
        if labels_a_date(tokens, i - 1) {
            continue;
        }
        // A hyphenated word the lexicon does not know and that repeats no
        // half ("en-nesyri", "pro-rusia") is its parts, as English reads
        // it ("En-Nesyri" / "en", "nesyri"); a reduplication
        // ("rumah-rumah") or a listed compound stays one word.
        let whole = word_info(word, Lang::Id, lexicon);
        let parts: Vec<std::rc::Rc<WordInfo>> = match word.split_once('-') {
            Some((half, again)) if whole.stems.is_empty() && half != again => word
                .split('-')
                .filter(|p| !p.is_empty())
                .map(|p| word_info(p, Lang::Id, lexicon))
                .collect(),
            _ => vec![whole],
        };
        // "paling lemah" / "weakest", "lebih kuat" / "stronger": English
        // marks the degree on the adjective, Indonesian with a word before it.
        let degree = i
            .checked_sub(2)
            .and_then(|k| degree_suffix(&tokens[k].lower));
        for info in parts {
            if !info.content {
                continue;
            }
            let (mut keys, df_key) = info.term_keys(interner, |info, interner| {
                let mut keys: Vec<u32> = Vec::with_capacity(info.stems.len() + 1);
                keys.extend(info.stems.iter().map(|s| interner.intern_shared(s)));
                // Names and loanwords are often spelled alike in both languages.
                let identity = interner.intern_shared(&info.stem);
                if !keys.contains(&identity) {
                    keys.push(identity);
                }
                push_entity_key(&mut keys, info, interner);
                (keys, interner.intern_shared(&info.df))
            });
            if let Some(suffix) = degree {
                for stem in info.stems.iter() {
                    for form in degree_forms(stem, suffix) {
                        let key = interner.intern(&morph::english_stem(&form));
                        if !keys.contains(&key) {
                            keys.push(key);
                        }
                    }
                }
            }
            terms.push(Term::of_word(&info, keys, df_key));
        }
    }
    terms
}

/// The English ending of the degree an Indonesian word before an adjective
/// marks: "paling" the superlative ("-est"), "lebih", "makin" and
/// "semakin" the comparative ("-er").
fn degree_suffix(word: &str) -> Option<&'static str> {
    match word {
        "paling" => Some("est"),
        "lebih" | "makin" | "semakin" => Some("er"),
        _ => None,
    }
}

/// An English stem with a degree ending, as English spells it: "weak" →
/// "weakest", "larg" (large) → "largest", "easi" (easy) → "easiest", and
/// with the last consonant doubled after a single vowel ("big" →
/// "biggest"). A form English does not have matches nothing.
fn degree_forms(stem: &str, suffix: &str) -> Vec<String> {
    let mut forms = vec![format!("{stem}{suffix}")];
    let chars: Vec<char> = stem.chars().collect();
    let vowel = |c: char| "aeiou".contains(c);
    if let [.., a, b, c] = chars[..] {
        if !vowel(a) && vowel(b) && !vowel(c) && !"wxy".contains(c) {
            forms.push(format!("{stem}{c}{suffix}"));
        }
    }
    forms
}

/// Whether the Indonesian word at `i` only labels the date or time beside
/// it, which English writes bare: "tahun 2021" / "in 2021", "bulan Juli" /
/// "in July", "tanggal 5" / "on the 5th", "pukul 19.30" / "at 7:30 p.m.".
/// The number anchor carries the date; as a term the label would stand
/// unmet in every faithful pair. "Mei" in a date goes too, because its
/// English partner "May" is a stopword (a modal verb) and never a term.
fn labels_a_date(tokens: &[normalize::Token<'_>], i: usize) -> bool {
    let next = tokens.get(i + 1);
    let next_is_year = || {
        next.is_some_and(|t| {
            let digits = t.lower.split('-').next().unwrap_or_default();
            digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let next_has_digit = || next.is_some_and(|t| t.has_digit);
    match &*tokens[i].lower {
        "tahun" => next_is_year(),
        "bulan" => next.is_some_and(|t| numbers::is_month_name(&t.lower)),
        "tanggal" | "pukul" => next_has_digit(),
        "mei" => next_has_digit() || i > 0 && tokens[i - 1].has_digit,
        _ => false,
    }
}

/// English clock words after a time ("7:30 p.m."): the time anchor
/// carries them, and Indonesian writes none ("pukul 19.30").
fn labels_a_time(tokens: &[normalize::Token<'_>], i: usize) -> bool {
    matches!(&*tokens[i].lower, "p.m." | "a.m.") && i > 0 && tokens[i - 1].has_digit
}

fn english_terms(
    tokens: &[normalize::Token<'_>],
    lexicon: &Lexicon,
    interner: &mut Interner,
) -> Vec<Term> {
    let mut terms = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if labels_a_time(tokens, i) {
            continue;
        }
        // "U.S.-led" carries two words; "Afghanistan's" one.
        for part in token.lower.split('-').filter(|p| !p.is_empty()) {
            let info = word_info(part, Lang::En, lexicon);
            if !info.content {
                continue;
            }
            let (keys, df_key) = info.term_keys(interner, |info, interner| {
                let key = interner.intern_shared(&info.stem);
                let mut keys = vec![key];
                push_entity_key(&mut keys, info, interner);
                (keys, key)
            });
            terms.push(Term::of_word(&info, keys, df_key));
        }
    }
    terms
}

/// Adds the key of the place or entity a word names or is the demonym of,
/// when it has one and the key is not there yet.
fn push_entity_key(keys: &mut Vec<u32>, info: &WordInfo, interner: &mut Interner) {
    if let Some(entity) = &info.entity {
        let key = interner.intern_shared(entity);
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
}

/// The fewest sentences a text is weighed as: a text of one sentence (a
/// single pair, a short notice) is weighed as if it were one of ten, where a
/// word met once is as distinctive as in an article. Counted from the text
/// alone, every word of a one-sentence text would weigh ln 2 instead of
/// ln 11, so that two short sentences saying the same thing ("Ratusan orang
/// berunjuk rasa di depan gedung parlemen." / "Hundreds of people protested
/// outside parliament.") fell below the link threshold, which was
/// calibrated on articles. Every document of the development sets has at
/// least ten sentences, so their figures are unchanged.
pub const MIN_WEIGHED_SENTENCES: usize = 10;

/// Sets every term's weight to its base weight times its inverse document
/// frequency among `profiles` (the sentences of one language, counted as at
/// least [`MIN_WEIGHED_SENTENCES`]).
pub fn weigh(profiles: &mut [&mut Profile]) {
    // At most one entry per term: sized so that the table never grows.
    let terms = profiles.iter().map(|p| p.terms.len()).sum();
    let mut df: HashMap<u32, u32> = HashMap::with_capacity_and_hasher(terms, Default::default());
    for p in profiles.iter() {
        let mut seen: Vec<u32> = p.terms.iter().map(|t| t.df_key).collect();
        seen.sort_unstable();
        seen.dedup();
        for k in seen {
            *df.entry(k).or_default() += 1;
        }
    }
    let n = profiles.len().max(MIN_WEIGHED_SENTENCES) as f32;
    for p in profiles.iter_mut() {
        for t in &mut p.terms {
            let d = df.get(&t.df_key).copied().unwrap_or(1) as f32;
            let base = if t.is_name { NAME_WEIGHT } else { 1.0 };
            t.weight = base * (1.0 + n / d).ln();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surfaces(p: &Profile) -> Vec<&str> {
        p.terms.iter().map(|t| &*t.surface).collect()
    }

    /// The names of each line of a document, its headlines re-profiled.
    fn document_names(lines: &[&str], lang: Lang) -> Vec<Vec<String>> {
        let (lex, mut interner) = (Lexicon::builtin(), Interner::default());
        let mut ps: Vec<Profile> = lines
            .iter()
            .map(|l| profile(l, lang, lex, &mut interner))
            .collect();
        reprofile_title_lines(lines, &mut ps, lang, lex, &mut interner);
        ps.iter()
            .map(|p| p.anchors.names.iter().map(|n| n.text.clone()).collect())
            .collect()
    }

    #[test]
    fn a_headline_keeps_the_names_its_running_text_gives() {
        let names = document_names(
            &[
                "Aktris Tiongkok Wang Xiaoyu Didenda 46 Juta Yuan karena Tunggakan Pajak",
                "Otoritas pajak Shanghai mendenda aktris Wang Xiaoyu pada Selasa.",
            ],
            Lang::Id,
        );
        assert_eq!(names[0], ["Tiongkok", "Wang Xiaoyu"]);
        // A word inside the run that the text never names parts it; a
        // listed place needs no support.
        let names = document_names(
            &[
                "Barcelona Beat Liverpool 3-1 in Madrid Final",
                "Barcelona beat Liverpool 3-1 on Saturday to win a third straight title.",
            ],
            Lang::En,
        );
        assert_eq!(names[0], ["Barcelona", "Liverpool", "Madrid"]);
        // A lone word opening a sentence supports a headline word only
        // when the lexicon knows no such word.
        let names = document_names(
            &[
                "Juri Nyatakan Trump Bersalah",
                "Juri yang beranggotakan 12 orang itu memvonis Trump pada Kamis.",
            ],
            Lang::Id,
        );
        assert_eq!(names[0], ["Trump"]);
    }

    #[test]
    fn a_degree_word_before_an_adjective_meets_the_english_ending() {
        assert_eq!(degree_forms("weak", "est"), ["weakest"]);
        assert_eq!(degree_forms("big", "est"), ["bigest", "biggest"]);
        assert_eq!(degree_forms("low", "er"), ["lower"]);
        let lex = Lexicon::builtin();
        let mut interner = Interner::default();
        for (id, en, shared) in [
            (
                "Terowongan yang paling lemah akan ditutup.",
                "The weakest shafts will be closed.",
                true,
            ),
            (
                "Ekonomi tumbuh lebih kuat dari perkiraan.",
                "The economy grew stronger than expected.",
                true,
            ),
            ("Soal ini lebih mudah.", "This question is easier.", true),
            // Without the degree word, no degree is read.
            (
                "Terowongan yang lemah akan ditutup.",
                "The weakest shafts will be closed.",
                false,
            ),
        ] {
            let s = profile(id, Lang::Id, lex, &mut interner);
            let t = profile(en, Lang::En, lex, &mut interner);
            let adjective = t
                .terms
                .iter()
                .find(|term| term.surface.ends_with("est") || term.surface.ends_with("er"))
                .unwrap();
            let met = s
                .terms
                .iter()
                .any(|term| adjective.keys.iter().any(|k| term.keys.contains(k)));
            assert_eq!(met, shared, "{id} / {en}");
        }
    }

    #[test]
    fn a_capitalised_phrase_word_between_two_names_joins_them() {
        let names = document_names(
            &[
                "Kementerian Dalam Negeri menyatakan rencana itu.",
                "Menurut Kementerian Dalam Negeri Jerman, rencana itu disampaikan.",
                // "tidak kemarin" is no phrase: two names stay two.
                "Jokowi Tidak Kemarin datang.",
            ],
            Lang::Id,
        );
        assert_eq!(names[0], ["Kementerian Dalam Negeri"]);
        assert_eq!(names[1], ["Kementerian Dalam Negeri Jerman"]);
        assert!(names[2].len() != 1 || names[2][0] != "Jokowi Tidak Kemarin");
    }

    #[test]
    fn a_headline_keeps_a_place_whose_words_are_each_common() {
        // "sri" is a word of a listed phrase, so alone it is trimmed as
        // common; with "Lankan" it names a place's people.
        let names = document_names(
            &[
                "Sri Lankan Court Jails Former Minister Over Fertiliser Deal",
                "Vietnam Tops Medal Table as Southeast Asian Games Close",
                "A Sri Lankan court in Colombo jailed the former minister.",
            ],
            Lang::En,
        );
        assert!(names[0].iter().any(|n| n == "Sri Lankan"), "{:?}", names[0]);
        // Words all common are no name a headline's style alone gives.
        assert!(
            !names[1].iter().any(|n| n.contains("Southeast")),
            "{:?}",
            names[1]
        );
    }

    #[test]
    fn without_running_text_that_names_something_a_headline_is_left_alone() {
        let alone = document_names(
            &["Wall Street Rallies as Powell Holds Rates Steady"],
            Lang::En,
        );
        let nameless = document_names(
            &[
                "Wall Street Rallies as Powell Holds Rates Steady",
                "Stocks rose on the news.",
            ],
            Lang::En,
        );
        assert_eq!(alone[0], nameless[0]);
        assert!(!alone[0].is_empty());
        // A long caption with a few lowercase words is no headline here.
        let caption = "Menteri Luar Negeri AS John Kerry berbicara dengan Catherine Ashton, saudara laki-laki Presiden Iran Hassan Rouhani, di Wina, Austria, 14 Juli 2015. (Foto: Reuters)";
        let names = document_names(&[caption, "Kerry tiba di Wina pada Senin."], Lang::Id);
        assert!(
            names[0].iter().any(|n| n == "Catherine Ashton"),
            "{:?}",
            names[0]
        );
    }

    #[test]
    fn indonesian_terms_drop_function_words_and_join_phrases() {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        let p = profile(
            "Juru bicara Kremlin mengatakan kepada wartawan bahwa serangan itu terjadi.",
            Lang::Id,
            lex,
            &mut interner,
        );
        let s = surfaces(&p);
        assert!(s.contains(&"juru bicara"), "{s:?}");
        assert!(s.contains(&"serangan"), "{s:?}");
        assert!(!s.contains(&"itu") && !s.contains(&"bahwa"), "{s:?}");
    }

    #[test]
    fn an_unknown_hyphenated_word_is_its_parts_as_english_reads_it() {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        let id = profile(
            "Penyerang Youssef En-Nesyri mencetak gol, dan rumah-rumah rusak.",
            Lang::Id,
            lex,
            &mut interner,
        );
        let en = profile(
            "Striker Yusuf En-Nesyri scored.",
            Lang::En,
            lex,
            &mut interner,
        );
        let s = surfaces(&id);
        assert!(s.contains(&"nesyri") && !s.contains(&"en-nesyri"), "{s:?}");
        assert!(surfaces(&en).contains(&"nesyri"));
        // A reduplication stays one word (the plural of its half).
        assert!(s.contains(&"rumah-rumah"), "{s:?}");
    }

    #[test]
    fn translations_meet_english_stems() {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        let id = profile(
            "Serangan itu menewaskan banyak orang.",
            Lang::Id,
            lex,
            &mut interner,
        );
        let en = profile(
            "The attack killed many people.",
            Lang::En,
            lex,
            &mut interner,
        );
        for word in ["attack", "kill"] {
            let key = interner.get(&morph::english_stem(word)).unwrap();
            assert!(id.has_key(key) && en.has_key(key), "{word}");
        }
    }

    #[test]
    fn a_short_form_means_the_words_of_its_listed_name_but_an_acronym_does_not() {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        let id = profile(
            "Kapal Korsel dan Deplu, dan ISK.",
            Lang::Id,
            lex,
            &mut interner,
        );
        let en = profile(
            "A South Korean ship and the State Department.",
            Lang::En,
            lex,
            &mut interner,
        );
        for word in ["south", "department"] {
            let key = interner.get(&morph::english_stem(word)).unwrap();
            assert!(id.has_key(key) && en.has_key(key), "{word}");
        }
        // "ISK" (Islamic State Khorasan Province) stays an acronym.
        let islamic = interner.intern(&morph::english_stem("islamic"));
        assert!(!id.has_key(islamic));
    }

    /// A prefixed word no table lists whole ("co-leader") is the word
    /// after its prefix, a common word, so a name run it opens starts with
    /// a role ("Co-leader Emily Carter of Griffith University"); one the
    /// tables list joined stays joined ("co-operation").
    #[test]
    fn a_prefixed_word_not_listed_whole_is_the_word_after_its_prefix() {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        let en = profile(
            "Co-leader Emily Carter of Griffith University said so.",
            Lang::En,
            lex,
            &mut interner,
        );
        let run = &en.name_words[0];
        assert_eq!(run.texts[0], "Co-leader");
        assert!(run.known[0]);
        let leader = interner.get(&morph::english_stem("leader")).unwrap();
        assert!(run.keys[0].contains(&leader));
        let en = profile(
            "Co-operation Council members met.",
            Lang::En,
            lex,
            &mut interner,
        );
        let cooperation = interner.get(&morph::english_stem("cooperation")).unwrap();
        assert!(en.name_words[0].keys[0].contains(&cooperation));
    }

    #[test]
    fn a_reduplicated_plural_also_means_its_half_and_saya_is_a_pronoun() {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        // "saudara-saudara" is listed as "ladies and gentlemen"; it is
        // also the plural of "saudara" (brother).
        let id = profile(
            "Saya bermain bersama saudara-saudara.",
            Lang::Id,
            lex,
            &mut interner,
        );
        let en = profile("I played with my brothers.", Lang::En, lex, &mut interner);
        let key = interner.get(&morph::english_stem("brother")).unwrap();
        assert!(id.has_key(key) && en.has_key(key));
        assert!(!surfaces(&id).contains(&"saya"), "{:?}", surfaces(&id));
    }

    #[test]
    fn a_closed_anti_compound_means_anti_and_what_follows() {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        // A loanword after "anti", and a word the lexicon translates.
        let id = profile(
            "Bea antidumping dan komisi antikejahatan diumumkan.",
            Lang::Id,
            lex,
            &mut interner,
        );
        let en = profile(
            "Anti-dumping duties and an anti-crime commission were announced.",
            Lang::En,
            lex,
            &mut interner,
        );
        for word in ["anti", "dumping", "crime"] {
            let key = interner.get(&morph::english_stem(word)).unwrap();
            assert!(id.has_key(key) && en.has_key(key), "{word}");
        }
        // Not a word of its own that begins so ("antik": antique).
        assert_eq!(anti_compound_rest("antik"), None);
        assert_eq!(anti_compound_rest("antikorupsi"), Some("korupsi"));
    }

    /// The names a sentence's profile keeps, as written.
    fn names(text: &str, lang: Lang) -> Vec<String> {
        let p = profile(text, lang, Lexicon::builtin(), &mut Interner::default());
        p.anchors.names.iter().map(|n| n.text.clone()).collect()
    }

    #[test]
    fn a_first_word_is_a_name_only_when_it_is_not_a_common_word() {
        let lex = Lexicon::builtin();
        assert!(names("Cuaca di Jakarta dingin.", Lang::Id) == ["Jakarta"]);
        assert!(names("Taliban berjanji akan menang.", Lang::Id).contains(&"Taliban".into()));
        assert!(names("Rusia menyerang.", Lang::Id).contains(&"Rusia".into()));
        assert!(names("Hopefully the talks succeed.", Lang::En).is_empty());
        // An adjective's degree, a prefixed word and the first word of a
        // lexicon phrase are as common as their words.
        assert!(names("Heavier rain fell in Manila.", Lang::En) == ["Manila"]);
        assert!(names("Anti-refugee sentiment grew in Beirut.", Lang::En) == ["Beirut"]);
        assert_eq!(names("Curah hujan tinggi di Bogor.", Lang::Id), ["Bogor"]);
        // A demonym opening the sentence stays, as it does mid-sentence.
        assert_eq!(
            names("French President Emmanuel Macron arrived.", Lang::En),
            ["French", "Emmanuel Macron"]
        );
        // A common word opening the sentence before a listed name is no
        // part of the name.
        let trimmed = profile(
            "Tentara Indonesia mengusung jenazah itu.",
            Lang::Id,
            lex,
            &mut Interner::default(),
        );
        let n = &trimmed.anchors.names[0];
        assert_eq!((n.text.as_str(), n.span.clone()), ("Indonesia", 8..17));
        assert_eq!(names("Donald Trump tiba.", Lang::Id), ["Donald Trump"]);
    }

    #[test]
    fn a_first_word_after_a_dateline_is_a_first_word() {
        let lex = Lexicon::builtin();
        let en =
            "FORT HOOD, Texas – Heading into the championship, the team boasted a deep roster.";
        let at = |text: &str| body_start(text).map(|s| s.at);
        assert_eq!(at(en), en.find("Heading"));
        assert!(body_start(en).is_some_and(|s| s.after_dateline));
        assert_eq!(names(en, Lang::En), ["FORT HOOD", "Texas"]);
        let id = "JAKARTA — Pemerintah mengumumkan hasil pemilu di Bandung.";
        assert_eq!(names(id, Lang::Id), ["JAKARTA", "Bandung"]);
        // A dateline's words are no terms; its names stay anchors.
        let p = profile(en, Lang::En, lex, &mut Interner::default());
        let terms: Vec<&str> = p.terms.iter().map(|t| &*t.surface).collect();
        assert!(
            !terms.contains(&"hood") && !terms.contains(&"texas"),
            "{terms:?}"
        );
        assert!(terms.contains(&"championship"), "{terms:?}");
        // No dateline: the sentence starts where its first word does.
        let no_dateline = |at| {
            Some(BodyStart {
                at,
                after_dateline: false,
            })
        };
        assert_eq!(body_start("  \"Heading home,\" he said."), no_dateline(3));
        assert_eq!(
            body_start("Menjelang pemilu - kata mereka - semua sibuk."),
            no_dateline(0)
        );
    }

    #[test]
    fn words_that_only_label_a_date_or_time_are_no_terms() {
        let lex = Lexicon::builtin();
        let terms = |text: &str, lang| -> Vec<String> {
            let p = profile(text, lang, lex, &mut Interner::default());
            p.terms.iter().map(|t| t.surface.to_string()).collect()
        };
        let id = terms(
            "Pada tahun 2021, bulan Juli, tanggal 5 Mei pukul 19.30 ia dihukum 15 tahun.",
            Lang::Id,
        );
        // The years of a sentence stay a term; the labels go, and so does
        // "Mei", whose English "May" is a stopword.
        assert_eq!(id.iter().filter(|t| *t == "tahun").count(), 1, "{id:?}");
        for gone in ["bulan", "tanggal", "pukul", "mei"] {
            assert!(!id.iter().any(|t| t == gone), "{gone}: {id:?}");
        }
        assert!(id.iter().any(|t| t == "juli"), "{id:?}");
        // Without the figure the word is a word.
        assert!(terms("Ia pulang setelah tiga bulan.", Lang::Id).contains(&"bulan".to_string()));
        let en = terms("The match kicked off at 7:30 p.m. local time.", Lang::En);
        assert!(!en.iter().any(|t| t == "p.m."), "{en:?}");
    }

    /// [`is_title_case`] without its shortcuts: the reference they must
    /// agree with.
    fn slow_is_title_case(text: &str, lang: Lang, lexicon: &Lexicon) -> bool {
        let (mut words, mut capitalised, mut all_caps) = (0usize, 0usize, 0usize);
        for word in text.split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            let Some(c) = word.chars().next() else {
                continue;
            };
            if !c.is_alphabetic() || lexicon.is_stopword(lang, &word.to_lowercase()) {
                continue;
            }
            words += 1;
            all_caps +=
                usize::from(word.chars().count() > 1 && !word.chars().any(char::is_lowercase));
            capitalised += usize::from(c.is_uppercase());
        }
        words >= 3
            && capitalised * 8 >= words * 7
            && all_caps < words
            && (capitalised == words || !ends_with_full_stop(text))
    }

    #[test]
    fn title_case_shortcuts_agree_with_the_plain_count() {
        let lex = Lexicon::builtin();
        let mut lines: Vec<&str> = vec![
            "Badai dan Banjir Menghancurkan Sebuah Kota",
            "Angkatan Udara mengalahkan Korps Marinir",
            "Storm And Floods Destroy A Town In The North",
            "The Storm Destroys Seven Towns In The North of the Country",
            "NATO AND THE EU MEET",
            "NATO Meets EU In Brussels",
            "Ö Ä Ü Élan Über Straße",
            "",
            "1 2 3 Jakarta Bandung Surabaya",
            "Prime Minister Theresa May Will Meet French President Angela Merkel.",
            "Prime Minister Theresa May will meet French President Angela Merkel in Berlin.",
        ];
        for text in [
            include_str!("../../data/seeds/000_31f64dc309fd023f.txt"),
            include_str!("../../data/seeds/001_3e425f8097483d0b.txt"),
        ] {
            lines.extend(text.lines());
        }
        let mut titles = 0;
        for line in lines {
            for lang in [Lang::Id, Lang::En] {
                let expected = slow_is_title_case(line, lang, lex);
                assert_eq!(is_title_case(line, lang, lex), expected, "{line:?}");
                titles += usize::from(expected);
            }
        }
        assert!(titles >= 4, "{titles}");
    }

    #[test]
    fn a_sentence_ending_in_a_full_stop_is_title_case_only_when_every_word_is() {
        let lex = Lexicon::builtin();
        let crowded = "Prime Minister Theresa May will meet French President Angela Merkel in Berlin on Tuesday.";
        assert!(!is_title_case(crowded, Lang::En, lex));
        assert!(is_title_case(crowded.trim_end_matches('.'), Lang::En, lex));
        assert!(is_title_case(
            "Storm And Floods Destroy A Town.",
            Lang::En,
            lex
        ));
    }

    #[test]
    fn weights_fall_with_document_frequency() {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        let mut ps: Vec<Profile> = ["Taliban attack.", "Taliban talks.", "Taliban vote."]
            .iter()
            .map(|s| profile(s, Lang::En, lex, &mut interner))
            .collect();
        weigh(&mut ps.iter_mut().collect::<Vec<_>>());
        let w = |p: &Profile, s: &str| p.terms.iter().find(|t| &*t.surface == s).unwrap().weight;
        assert!(w(&ps[0], "taliban") < w(&ps[0], "attack"));
    }

    #[test]
    fn a_short_text_is_weighed_as_ten_sentences() {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        let mut one = profile("Parliament voted.", Lang::En, lex, &mut interner);
        weigh(&mut [&mut one]);
        let w = one
            .terms
            .iter()
            .find(|t| &*t.surface == "parliament")
            .unwrap()
            .weight;
        // A word met once among ten sentences: ln(1 + 10/1).
        assert!((w - 11f32.ln()).abs() < 1e-5, "{w}");
    }

    #[test]
    fn a_word_with_its_preposition_also_means_the_word() {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        let id = profile(
            "Kecelakaan itu terjadi pada malam hari.",
            Lang::Id,
            lex,
            &mut interner,
        );
        let en = profile(
            "The accident happened at night.",
            Lang::En,
            lex,
            &mut interner,
        );
        let phrase = id.terms.iter().find(|t| &*t.surface == "terjadi pada");
        let happened = en.terms.iter().find(|t| &*t.surface == "happened").unwrap();
        let phrase = phrase.expect("\"terjadi pada\" is a lexicon phrase");
        assert!(
            phrase.keys.iter().any(|k| happened.keys.contains(k)),
            "{:?} / {:?}",
            phrase.keys,
            happened.keys
        );
    }
}
