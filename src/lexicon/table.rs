//! Reading `id-en.*.tsv` tables into merged entries.
//!
//! Shared by the build script, which reads the shipped tables once and
//! compiles the result into the binary, and by [`super::Lexicon`], which adds
//! a user's `--lexicon` file at run time: both read a table with this one
//! function, so a compiled entry is exactly what reading the table gives.
//! Depends only on `super::morph` and `rustc_hash`, which the build script
//! has too (it mounts `morph` beside this module).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

/// A string of the lexicon: borrowed from the compiled-in tables, or owned
/// when it comes from a user's file.
pub type Text = Cow<'static, str>;

/// The merged entries of the tables read so far.
#[derive(Debug, Clone)]
pub struct Entries {
    /// Indonesian word or phrase → English stems, in the order the tables
    /// first give them.
    pub stems: HashMap<Text, Vec<String>>,
    /// The most words an Indonesian entry has (at least 1).
    pub max_phrase_words: usize,
    /// For each first word of a phrase entry (words separated by single
    /// spaces), the most words such an entry has.
    pub phrase_words_by_first: HashMap<Text, usize>,
    /// Every English word written in the tables as the translation of
    /// another headword (not only of itself), unstemmed.
    pub en_words: HashSet<Text>,
    /// The stems of `en_words`.
    pub en_stems: HashSet<Text>,
}

impl Default for Entries {
    fn default() -> Entries {
        Entries {
            stems: HashMap::default(),
            max_phrase_words: 1,
            phrase_words_by_first: HashMap::default(),
            en_words: HashSet::default(),
            en_stems: HashSet::default(),
        }
    }
}

/// The words of a stopword list, lowercase.
pub fn word_set(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

impl Entries {
    /// Adds the pairs of a table, leaving out the English function words
    /// `stop_en`; on error, the 1-based line and the problem.
    pub fn add_table(
        &mut self,
        text: &str,
        stop_en: &HashSet<String>,
    ) -> std::result::Result<(), (usize, String)> {
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
                .filter(|w| !w.is_empty() && !stop_en.contains(*w))
                .collect();
            let borrowed = en.split_whitespace().eq(id.split_whitespace());
            let mut stems: Vec<String> = Vec::with_capacity(words.len());
            for w in words {
                let stem = match stem_of.get(w) {
                    Some(stem) => stem.clone(),
                    None => {
                        let stem = super::morph::english_stem(w);
                        stem_of.insert(w.to_owned(), stem.clone());
                        stem
                    }
                };
                // A word given only as its own translation ("putin" /
                // "putin", "los angeles" / "los angeles") is a borrowed
                // name, not an English word: it is a word of English only
                // where it translates another headword.
                if w != id && !borrowed && !self.en_words.contains(w) {
                    self.en_words.insert(Cow::Owned(w.to_owned()));
                    self.en_stems.insert(Cow::Owned(stem.clone()));
                }
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
                    .entry(Cow::Owned(first.to_owned()))
                    .or_default();
                *max = (*max).max(n);
            }
            let slot = self.stems.entry(Cow::Owned(id)).or_default();
            for s in stems {
                if !slot.contains(&s) {
                    slot.push(s);
                }
            }
        }
        Ok(())
    }
}
