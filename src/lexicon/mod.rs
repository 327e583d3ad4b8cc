//! The bilingual lexicon: Indonesian words and phrases to English stems.
//!
//! In: the tables shipped in `data/lexicon/` (read and stemmed at build
//! time by build.rs and compiled in, so the binary runs offline and start-up
//! does not parse them) and, optionally, a user's own file in the same
//! format, read at run time (src/lexicon/table.rs). Out: a [`Lexicon`] that answers "which English
//! stems can this Indonesian word mean?" and "is this a function word?".
//!
//! Table format (`id-en.*.tsv`): `#` comment lines, then
//! `indonesian<TAB>english`, one pair a line, either side possibly several
//! words. The English side is kept as stems (see [`morph`]), without
//! English function words, so lookups compare like with like.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::path::Path;
use std::sync::LazyLock;

pub mod morph;
mod table;

use crate::error::{Error, Result};
use crate::text::doc::Lang;

use table::{word_set, Entries};

/// The shipped tables, read and stemmed by build.rs: `STEMS`,
/// `PHRASE_WORDS_BY_FIRST`, `EN_WORDS`, `EN_STEMS` and `MAX_PHRASE_WORDS`.
mod compiled {
    include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));
}

const STOP_ID: &str = include_str!("../../data/lexicon/stopwords.id.txt");
const STOP_EN: &str = include_str!("../../data/lexicon/stopwords.en.txt");

/// Gives every lexicon its own number, so memos keyed by it never mix two
/// lexicons (a user's `--lexicon` adds entries to a copy of the built-in one).
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Words whose root a thread remembers per lexicon; past this the memo
/// starts over, so memory stays bounded.
const ROOT_MEMO_LIMIT: usize = 1 << 16;

/// Per thread: the lexicon the memo was filled with, and the root (if any)
/// found for each word not listed itself.
#[derive(Default)]
struct RootMemo {
    lexicon: Option<u64>,
    roots: HashMap<String, Option<String>>,
}

thread_local! {
    /// Affix stripping tries dozens of candidate roots per unknown word, and
    /// a document repeats its words: remember which root (if any) was found.
    /// Keyed by the word alone, so a look-up copies nothing; the memo starts
    /// over when another lexicon asks.
    static ROOT_MEMO: std::cell::RefCell<RootMemo> = std::cell::RefCell::new(RootMemo::default());
}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    id: next_id(),
    entries: compiled_entries(),
    stop_id: StopWords::new(word_set(STOP_ID)),
    stop_en: StopWords::new(word_set(STOP_EN)),
});

/// A language's function words, with the shapes (first and last byte,
/// length) they come in: most words of a text have a shape no function word
/// has, and are answered without hashing them.
#[derive(Debug, Clone)]
struct StopWords {
    words: HashSet<String>,
    /// For each shape slot ([`StopWords::slot`]), a bit per length in bytes
    /// (lengths of 63 and more share the last bit) that some function word
    /// of that slot has.
    shapes: Box<[u64; 1024]>,
}

impl StopWords {
    fn new(words: HashSet<String>) -> StopWords {
        let mut shapes = Box::new([0u64; 1024]);
        for w in &words {
            if let Some(slot) = Self::slot(w) {
                shapes[slot] |= Self::length_bit(w.len());
            }
        }
        StopWords { words, shapes }
    }

    /// The low five bits of the first and last bytes (distinct for each
    /// ASCII letter), `None` for the empty word.
    fn slot(word: &str) -> Option<usize> {
        let b = word.as_bytes();
        let (first, last) = (b.first()?, b.last()?);
        Some(usize::from(first & 31) << 5 | usize::from(last & 31))
    }

    fn length_bit(len: usize) -> u64 {
        1 << len.min(63)
    }

    fn contains(&self, word: &str) -> bool {
        match Self::slot(word) {
            Some(slot) if self.shapes[slot] & Self::length_bit(word.len()) == 0 => false,
            _ => self.words.contains(word),
        }
    }
}

/// The shipped tables' entries from the data build.rs compiled in: the
/// strings stay borrowed, only the stem lists are built.
fn compiled_entries() -> Entries {
    fn borrowed_set(words: &'static [&'static str]) -> HashSet<table::Text> {
        let mut set = HashSet::with_capacity_and_hasher(words.len(), Default::default());
        set.extend(words.iter().map(|w| Cow::Borrowed(*w)));
        set
    }
    let mut stems = HashMap::with_capacity_and_hasher(compiled::STEMS.len(), Default::default());
    stems.extend(compiled::STEMS.iter().map(|(id, en)| {
        (
            Cow::Borrowed(*id),
            en.iter().map(|s| (*s).to_owned()).collect(),
        )
    }));
    Entries {
        stems,
        max_phrase_words: compiled::MAX_PHRASE_WORDS,
        phrase_words_by_first: compiled::PHRASE_WORDS_BY_FIRST
            .iter()
            .map(|(first, n)| (Cow::Borrowed(*first), *n))
            .collect(),
        en_words: borrowed_set(compiled::EN_WORDS),
        en_stems: borrowed_set(compiled::EN_STEMS),
    }
}

/// Indonesian → English stems, and the function words of both languages.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Identifies this lexicon's entries in the per-thread root memo.
    id: u64,
    /// The entries, the English words of their glosses (a vocabulary of
    /// common English words: names are rare in a dictionary's glosses) and
    /// those words' stems, so inflected and derived forms count too
    /// ("Hopefully", "Amendments").
    entries: Entries,
    stop_id: StopWords,
    stop_en: StopWords,
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
        let stop_en = &lex.stop_en.words;
        lex.entries
            .add_table(text, stop_en)
            .map_err(|(line, problem)| {
                Error::bad_input(origin, format!("line {line}: {problem}"))
            })?;
        Ok(lex)
    }

    /// The English stems an Indonesian word or phrase (lowercase, single
    /// spaces) is listed with.
    pub fn lookup(&self, indonesian: &str) -> Option<&[String]> {
        self.entries.stems.get(indonesian).map(Vec::as_slice)
    }

    /// The English stems of an Indonesian word, trying its affix-stripped
    /// roots when the word itself is not listed; `None` when no form is.
    pub fn translate_word(&self, word: &str) -> Option<&[String]> {
        if let Some(stems) = self.lookup(word) {
            return Some(stems);
        }
        let known = ROOT_MEMO.with(|memo| {
            let memo = memo.borrow();
            if memo.lexicon != Some(self.id) {
                return None;
            }
            let root = memo.roots.get(word)?;
            Some(root.as_deref().and_then(|r| self.lookup(r)))
        });
        if let Some(stems) = known {
            return stems;
        }
        let found = morph::indonesian_roots(word)
            .into_iter()
            .skip(1)
            .find(|root| self.entries.stems.contains_key(root.as_str()));
        let stems = found.as_deref().and_then(|r| self.lookup(r));
        ROOT_MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            if memo.lexicon != Some(self.id) || memo.roots.len() >= ROOT_MEMO_LIMIT {
                memo.lexicon = Some(self.id);
                memo.roots.clear();
            }
            memo.roots.insert(word.to_owned(), found);
        });
        stems
    }

    /// True when a lowercase word is a common word of `lang`: a function
    /// word, or (Indonesian) a lexicon entry or an affixed form of one, or
    /// (English) a word of the lexicon's glosses.
    pub fn is_common_word(&self, lang: Lang, word: &str) -> bool {
        self.is_stopword(lang, word)
            || match lang {
                Lang::Id => self.translate_word(word).is_some(),
                Lang::En => {
                    let listed = |w: &str| {
                        self.entries.en_words.contains(w)
                            || self
                                .entries
                                .en_stems
                                .contains(morph::english_stem(w).as_str())
                    };
                    // A compound of common words is one ("long-haul",
                    // "well-known"); a hyphenated name keeps a word no
                    // dictionary lists ("Grande-Marlaska"). One who holds
                    // to a common word is one ("conservationists",
                    // "environmentalist").
                    let follower = || {
                        let base = word.strip_suffix('s').unwrap_or(word);
                        base.strip_suffix("ist")
                            .is_some_and(|root| root.len() >= 5 && listed(root))
                    };
                    listed(word)
                        || follower()
                        || (word.contains('-')
                            && word.split('-').all(|part| !part.is_empty() && listed(part)))
                }
            }
    }

    /// The most words an Indonesian entry has, for phrase lookup.
    pub fn max_phrase_words(&self) -> usize {
        self.entries.max_phrase_words
    }

    /// The most words of an entry of two or more words whose first word is
    /// `first` (0 when none starts with it): a phrase of more words starting
    /// with `first`, joined by single spaces, is not listed.
    pub fn phrase_words_starting(&self, first: &str) -> usize {
        self.entries
            .phrase_words_by_first
            .get(first)
            .copied()
            .unwrap_or(0)
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
        self.entries.stems.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.stems.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped tables in build.rs's order.
    const TABLES: [(&str, &str); 5] = [
        (
            "id-en.freedict.tsv",
            include_str!("../../data/lexicon/id-en.freedict.tsv"),
        ),
        (
            "id-en.news.tsv",
            include_str!("../../data/lexicon/id-en.news.tsv"),
        ),
        (
            "id-en.pivot.tsv",
            include_str!("../../data/lexicon/id-en.pivot.tsv"),
        ),
        (
            "id-en.common.tsv",
            include_str!("../../data/lexicon/id-en.common.tsv"),
        ),
        (
            "id-en.wordnet.tsv",
            include_str!("../../data/lexicon/id-en.wordnet.tsv"),
        ),
    ];

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
        for (name, text) in TABLES {
            check_table(name, text);
        }
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
    fn the_shape_filter_answers_as_the_set_does() {
        // Every function word, and words one byte longer or shorter or with
        // another first byte, in both languages.
        let lex = Lexicon::builtin();
        for (set, text) in [(&lex.stop_id, STOP_ID), (&lex.stop_en, STOP_EN)] {
            for w in text.lines().chain(["", "x", "é", "yangg", "ya"]) {
                let mut probes = vec![w.to_owned(), format!("{w}s"), format!("z{w}")];
                if let Some((i, _)) = w.char_indices().last() {
                    probes.push(w[..i].to_owned());
                }
                for p in probes {
                    assert_eq!(set.contains(&p), set.words.contains(&p), "{p:?}");
                }
            }
            assert!(set.words.iter().all(|w| set.contains(w)));
        }
    }

    #[test]
    fn compiled_entries_are_the_tables_read_at_run_time() {
        let stop_en = word_set(STOP_EN);
        let mut read = Entries::default();
        for (name, text) in TABLES {
            read.add_table(text, &stop_en)
                .unwrap_or_else(|(line, problem)| panic!("{name} line {line}: {problem}"));
        }
        let compiled = &Lexicon::builtin().entries;
        assert_eq!(compiled.stems.len(), read.stems.len());
        assert!(read
            .stems
            .iter()
            .all(|(id, stems)| compiled.stems.get(id) == Some(stems)));
        assert_eq!(compiled.max_phrase_words, read.max_phrase_words);
        assert_eq!(compiled.phrase_words_by_first, read.phrase_words_by_first);
        assert_eq!(compiled.en_words, read.en_words);
        assert_eq!(compiled.en_stems, read.en_stems);
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
    fn an_english_compound_of_common_words_is_a_common_word() {
        let lex = Lexicon::builtin();
        assert!(lex.is_common_word(Lang::En, "long-haul"));
        assert!(lex.is_common_word(Lang::En, "well-known"));
        // A hyphenated name keeps a word no dictionary lists.
        assert!(!lex.is_common_word(Lang::En, "grande-marlaska"));
        assert!(!lex.is_common_word(Lang::En, "long-"));
    }

    /// "Conservationists warn ...": one who holds to a common word is a
    /// common word, not a name opening the sentence.
    #[test]
    fn a_follower_of_a_common_word_is_a_common_word() {
        let lex = Lexicon::builtin();
        assert!(lex.is_common_word(Lang::En, "conservationists"));
        assert!(lex.is_common_word(Lang::En, "environmentalist"));
        assert!(!lex.is_common_word(Lang::En, "marlaskist"));
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

    /// A word the tables give only as its own translation is a borrowed
    /// name, so a sentence that opens with it ("Putin said ...") keeps it as
    /// a name; a word that also translates another headword stays English.
    #[test]
    fn a_word_given_only_as_its_own_translation_is_no_english_word() {
        let mut entries = table::Entries::default();
        let none = HashSet::default();
        entries
            .add_table(
                "putin\tputin\nradio\tradio\nsiaran\tradio broadcast\n",
                &none,
            )
            .unwrap();
        assert!(!entries.en_words.contains("putin"));
        assert!(!entries.en_stems.contains("putin"));
        assert!(entries.en_words.contains("radio"));
        assert!(entries.en_words.contains("broadcast"));
        // The self-translation still translates.
        assert_eq!(entries.stems["putin"], vec!["putin".to_owned()]);
        let lexicon = Lexicon::builtin();
        assert!(!lexicon.is_common_word(Lang::En, "putin"));
        assert!(lexicon.is_common_word(Lang::En, "weather"));
    }

    /// A name of several words given as its own translation ("los
    /// angeles" / "los angeles") is borrowed whole: none of its words is
    /// an English word through it, while a gloss of other words is. ("angeles"
    /// still stems to "angel", an English word.)
    #[test]
    fn a_phrase_given_as_its_own_translation_is_no_english_word() {
        let mut entries = table::Entries::default();
        let none = HashSet::default();
        entries
            .add_table("los angeles\tlos angeles\nbank dunia\tworld bank\n", &none)
            .unwrap();
        assert!(!entries.en_words.contains("los"));
        assert!(!entries.en_words.contains("angeles"));
        assert!(entries.en_words.contains("world"));
        assert!(entries.en_words.contains("bank"));
        assert_eq!(entries.stems["los angeles"].len(), 2);
        let lexicon = Lexicon::builtin();
        assert!(!lexicon.is_common_word(Lang::En, "kuala"));
        assert!(!lexicon.is_common_word(Lang::En, "lumpur"));
    }
}
