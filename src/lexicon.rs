//! The bilingual lexicon: Indonesian words and phrases to English stems.
//!
//! In: the tables shipped in `data/lexicon/` (compiled in with
//! `include_str!`, so the binary runs offline) and, optionally, a user's own
//! file in the same format. Out: a [`Lexicon`] that answers "which English
//! stems can this Indonesian word mean?" and "is this a function word?".
//!
//! Table format (`id-en.*.tsv`): `#` comment lines, then
//! `indonesian<TAB>english`, one pair a line, either side possibly several
//! words. The English side is kept as stems (see [`crate::morph`]), without
//! English function words, so lookups compare like with like.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
use std::sync::LazyLock;

use crate::doc::Lang;
use crate::error::{Error, Result};
use crate::morph;

const FREEDICT: &str = include_str!("../data/lexicon/id-en.freedict.tsv");
const NEWS: &str = include_str!("../data/lexicon/id-en.news.tsv");
const PIVOT: &str = include_str!("../data/lexicon/id-en.pivot.tsv");
const COMMON: &str = include_str!("../data/lexicon/id-en.common.tsv");
const WORDNET: &str = include_str!("../data/lexicon/id-en.wordnet.tsv");
const STOP_ID: &str = include_str!("../data/lexicon/stopwords.id.txt");
const STOP_EN: &str = include_str!("../data/lexicon/stopwords.en.txt");

/// Gives every lexicon its own number, so memos keyed by it never mix two
/// lexicons (a user's `--lexicon` adds entries to a copy of the built-in one).
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Words whose root a thread remembers per lexicon; past this the memo
/// starts over, so memory stays bounded.
const ROOT_MEMO_LIMIT: usize = 1 << 16;

thread_local! {
    /// Affix stripping tries dozens of candidate roots per unknown word, and
    /// a document repeats its words: remember which root (if any) was found.
    static ROOT_MEMO: std::cell::RefCell<HashMap<(u64, String), Option<String>>> =
        std::cell::RefCell::new(HashMap::default());
}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon {
        id: next_id(),
        entries: HashMap::default(),
        max_phrase_words: 1,
        phrase_words_by_first: HashMap::default(),
        stop_id: word_set(STOP_ID),
        stop_en: word_set(STOP_EN),
        en_words: HashSet::default(),
        en_stems: HashSet::default(),
    };
    // The shipped tables are checked by tests, so a parse error here is a
    // programmer error.
    lex.add_table(FREEDICT)
        .expect("id-en.freedict.tsv is well-formed");
    lex.add_table(NEWS).expect("id-en.news.tsv is well-formed");
    lex.add_table(PIVOT)
        .expect("id-en.pivot.tsv is well-formed");
    lex.add_table(COMMON)
        .expect("id-en.common.tsv is well-formed");
    // Synonyms of the translations above, for the reports' paraphrases.
    lex.add_table(WORDNET)
        .expect("id-en.wordnet.tsv is well-formed");
    lex
});

/// Indonesian → English stems, and the function words of both languages.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Identifies this lexicon's entries in the per-thread root memo.
    id: u64,
    entries: HashMap<String, Vec<String>>,
    max_phrase_words: usize,
    /// For each first word of a phrase entry (words separated by single
    /// spaces), the most words such an entry has, so phrase lookup skips the
    /// tokens no phrase starts with.
    phrase_words_by_first: HashMap<String, usize>,
    stop_id: HashSet<String>,
    stop_en: HashSet<String>,
    /// Every English word written in the tables, unstemmed: a vocabulary
    /// of common English words (names are rare in a dictionary's glosses).
    en_words: HashSet<String>,
    /// The stems of `en_words`, so inflected and derived forms count too
    /// ("Hopefully", "Amendments").
    en_stems: HashSet<String>,
}

fn word_set(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

impl Lexicon {
    /// The lexicon shipped with selaras (parsed once per process).
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// The shipped lexicon plus the entries of a user's file (same format as
    /// the shipped tables); `origin` names the file in errors.
    pub fn with_user_entries(text: &str, origin: &Path) -> Result<Lexicon> {
        let mut lex = BUILTIN.clone();
        lex.id = next_id();
        lex.add_table(text).map_err(|(line, problem)| {
            Error::bad_input(origin, format!("line {line}: {problem}"))
        })?;
        Ok(lex)
    }

    /// Adds the pairs of a table; on error, the 1-based line and the problem.
    fn add_table(&mut self, text: &str) -> std::result::Result<(), (usize, String)> {
        // English words repeat across thousands of rows; stem each once.
        let mut stem_of: HashMap<String, String> = HashMap::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((id, en)) = line.split_once('\t') else {
                return Err((n + 1, "expected two columns separated by a tab".to_owned()));
            };
            let id = id.trim().to_lowercase();
            let en = en.trim().to_lowercase();
            if id.is_empty() || en.is_empty() {
                return Err((n + 1, "empty column".to_owned()));
            }
            let words: Vec<&str> = en
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '.')
                .filter(|w| !w.is_empty() && !self.stop_en.contains(*w))
                .collect();
            let mut stems: Vec<String> = Vec::with_capacity(words.len());
            for w in words {
                if let Some(stem) = stem_of.get(w) {
                    stems.push(stem.clone());
                    continue;
                }
                let stem = morph::english_stem(w);
                self.en_words.insert(w.to_owned());
                self.en_stems.insert(stem.clone());
                stem_of.insert(w.to_owned(), stem.clone());
                stems.push(stem);
            }
            if stems.is_empty() {
                continue;
            }
            let words = id.split_whitespace().count();
            self.max_phrase_words = self.max_phrase_words.max(words);
            // Lookups join tokens with single spaces, so only an entry made
            // of single-space-separated words can be found as a phrase.
            let mut parts = id.split(' ');
            let first = parts.next().unwrap_or_default();
            let n = 1 + parts.count();
            if n >= 2 {
                let max = self
                    .phrase_words_by_first
                    .entry(first.to_owned())
                    .or_default();
                *max = (*max).max(n);
            }
            let slot = self.entries.entry(id).or_default();
            for s in stems {
                if !slot.contains(&s) {
                    slot.push(s);
                }
            }
        }
        Ok(())
    }

    /// The English stems an Indonesian word or phrase (lowercase, single
    /// spaces) is listed with.
    pub fn lookup(&self, indonesian: &str) -> Option<&[String]> {
        self.entries.get(indonesian).map(Vec::as_slice)
    }

    /// The English stems of an Indonesian word, trying its affix-stripped
    /// roots when the word itself is not listed; `None` when no form is.
    pub fn translate_word(&self, word: &str) -> Option<&[String]> {
        if let Some(stems) = self.lookup(word) {
            return Some(stems);
        }
        let memo_key = (self.id, word.to_owned());
        let root = ROOT_MEMO.with(|memo| memo.borrow().get(&memo_key).cloned());
        let root = root.unwrap_or_else(|| {
            let found = morph::indonesian_roots(word)
                .into_iter()
                .skip(1)
                .find(|root| self.entries.contains_key(root));
            ROOT_MEMO.with(|memo| {
                let mut memo = memo.borrow_mut();
                if memo.len() >= ROOT_MEMO_LIMIT {
                    memo.clear();
                }
                memo.insert(memo_key, found.clone());
            });
            found
        });
        root.and_then(|r| self.lookup(&r))
    }

    /// True when a lowercase word is a common word of `lang`: a function
    /// word, or (Indonesian) a lexicon entry or an affixed form of one, or
    /// (English) a word of the lexicon's glosses.
    pub fn is_common_word(&self, lang: Lang, word: &str) -> bool {
        self.is_stopword(lang, word)
            || match lang {
                Lang::Id => self.translate_word(word).is_some(),
                Lang::En => {
                    self.en_words.contains(word)
                        || self.en_stems.contains(&morph::english_stem(word))
                }
            }
    }

    /// The most words an Indonesian entry has, for phrase lookup.
    pub fn max_phrase_words(&self) -> usize {
        self.max_phrase_words
    }

    /// The most words of an entry of two or more words whose first word is
    /// `first` (0 when none starts with it): a phrase of more words starting
    /// with `first`, joined by single spaces, is not listed.
    pub fn phrase_words_starting(&self, first: &str) -> usize {
        self.phrase_words_by_first.get(first).copied().unwrap_or(0)
    }

    /// This lexicon's number, distinct for every lexicon built in the
    /// process, so per-thread memos of its answers never mix two lexicons.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// True for a function word of `lang` ("yang", "the").
    pub fn is_stopword(&self, lang: Lang, word: &str) -> bool {
        match lang {
            Lang::Id => self.stop_id.contains(word),
            Lang::En => self.stop_en.contains(word),
        }
    }

    /// Number of Indonesian entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_table(name: &str, text: &str) {
        let mut seen = HashSet::default();
        let mut prev: Option<(String, String)> = None;
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 2, "{name} line {}: {line:?}", n + 1);
            assert!(!cols[0].trim().is_empty() && !cols[1].trim().is_empty());
            let pair = (cols[0].to_owned(), cols[1].to_owned());
            assert!(seen.insert(pair.clone()), "{name}: duplicate {pair:?}");
            if let Some(p) = &prev {
                assert!(p <= &pair, "{name} not sorted at line {}: {line:?}", n + 1);
            }
            prev = Some(pair);
        }
    }

    #[test]
    fn shipped_tables_are_sorted_two_column_and_unique() {
        check_table("id-en.freedict.tsv", FREEDICT);
        check_table("id-en.news.tsv", NEWS);
        check_table("id-en.pivot.tsv", PIVOT);
        check_table("id-en.common.tsv", COMMON);
        check_table("id-en.wordnet.tsv", WORDNET);
        for (name, text) in [("stopwords.id.txt", STOP_ID), ("stopwords.en.txt", STOP_EN)] {
            let words: Vec<&str> = text
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .collect();
            assert!(
                words.windows(2).all(|w| w[0] < w[1]),
                "{name} not sorted/unique"
            );
        }
    }

    #[test]
    fn news_words_translate() {
        let lex = Lexicon::builtin();
        let cases = [
            ("serangan", "attack"),
            ("menewaskan", "kill"),
            ("pemerintah", "govern"),
            ("daftar", "list"),
            ("menghapus", "remov"),
        ];
        for (id, en_stem) in cases {
            let stems = lex.translate_word(id).unwrap_or_default();
            assert!(stems.iter().any(|s| s == en_stem), "{id}: {stems:?}");
        }
        assert!(lex.lookup("juru bicara").is_some());
        assert!(lex.max_phrase_words() >= 2);
    }

    #[test]
    fn wordnet_synonyms_widen_the_translations() {
        // "penarikan" is a withdrawal or departure; WordNet's synset of
        // "departure" also holds "leaving", the word a report may use.
        let lex = Lexicon::builtin();
        let stems = lex.translate_word("penarikan").unwrap_or_default();
        assert!(stems.iter().any(|s| s == "departur"), "{stems:?}");
        assert!(stems.iter().any(|s| s == "leav"), "{stems:?}");
    }

    #[test]
    fn stopwords_by_language() {
        let lex = Lexicon::builtin();
        assert!(lex.is_stopword(Lang::Id, "yang"));
        assert!(lex.is_stopword(Lang::En, "the"));
        assert!(!lex.is_stopword(Lang::En, "attack"));
    }

    #[test]
    fn user_entries_add_and_errors_name_the_line() {
        let lex =
            Lexicon::with_user_entries("# mine\nzzkata\tfrobnicate\n", Path::new("u.tsv")).unwrap();
        assert_eq!(lex.lookup("zzkata"), Some(&["frobnic".to_owned()][..]));
        let err = Lexicon::with_user_entries("ok\tfine\nbroken line\n", Path::new("u.tsv"))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "u.tsv: line 2: expected two columns separated by a tab"
        );
    }
}
