//! Candidate generation: which target sentences are worth scoring at all.
//!
//! In: the [`Profile`]s and kinds of one report's sentences (to build a
//! [`CandidateIndex`]), then one source sentence's profile. Out: the indices
//! of the report sentences that share at least one rare-enough key with it,
//! at most [`MAX_CANDIDATES`] of them, in ascending sentence order.
//!
//! Scoring every source sentence against every report sentence costs
//! `n × m` calls to [`crate::matching::score::compare`]; on a long case (thousands of
//! sentences a side) that dominates the run. A pair can only reach the link
//! threshold when some source term finds a counterpart (without any term
//! coverage the anchors alone top out below the threshold; see
//! `score::WEIGHTS`), so an inverted index over the keys a term can match on
//! finds every pair that could link. The keys are:
//!
//! - the term keys of [`Profile::key_set`] (interned English stems);
//! - each term's cognate spelling ([`crate::matching::similarity::cognate_key`]), for
//!   loanwords the lexicon lacks, and its first [`COGNATE_PREFIX`] letters for
//!   the respelled ones that only match fuzzily;
//! - numbers by value and kind, and names by their folded key.
//!
//! The rule: a key counts when it occurs in at most [`MAX_POSTING`] report
//! sentences (a key in a large share of a long report, such as "say",
//! separates nothing and would make every lookup walk the whole report, so
//! the cost per source sentence stays bounded); each report sentence that shares a
//! counting key gets the summed IDF (`ln(1 + n / df)`) of the keys it shares,
//! and the [`MAX_CANDIDATES`] best (ties to the earlier sentence) are scored.
//! On the seed texts and the generated set this finds every pair that wins
//! exhaustively: `tests/batch.rs` checks both outputs are byte-identical. On
//! long documents full of near-duplicate sentences it can miss a better pair
//! (about 1.5% of rows on the synthetic 500-sentence case; BENCHMARKS.md),
//! which is what `Search::Exhaustive` is kept for.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::anchors::NumberKind;
use crate::matching::profile::Profile;
use crate::matching::similarity;
use crate::text::doc::SentenceKind;

/// At most this many report sentences are scored per source sentence and
/// report. On the seed texts and the 60 generated cases the pair that wins
/// exhaustively is always among the best five by summed IDF (checked by
/// setting this to 5: output unchanged); eight leaves a margin while scoring
/// a long case's sentence against eight pairs per report, not thousands.
pub const MAX_CANDIDATES: usize = 8;

/// A key held by more report sentences than this is not looked up. A fixed
/// cap (not a share of the report) keeps the work per source sentence
/// constant, so a long case costs linear time; a report shorter than this
/// (every news story, and every case of the generated set) loses no key.
pub const MAX_POSTING: usize = 500;

/// Fuzzy cognates (Jaro-Winkler, see [`crate::matching::similarity`]) almost always
/// share their first letters, since the measure rewards a common prefix; this
/// many letters are indexed for them.
pub const COGNATE_PREFIX: usize = 4;

/// What a sentence can be found by. Keys borrow from the profiles, so
/// building the index and looking a sentence up allocate no strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key<'a> {
    /// An interned term key (English stem).
    Term(u32),
    /// A folded loanword spelling.
    Cognate(&'a str),
    /// The first [`COGNATE_PREFIX`] letters of a folded spelling long enough
    /// for fuzzy cognate matching (`montpeller` ~ `montpelier`).
    CognatePrefix(&'a str),
    /// A number: its kind and the bits of its value.
    Number(NumberKind, u64),
    /// A name's folded key.
    Name(&'a str),
}

/// The first `n` characters of `s`.
fn prefix(s: &str, n: usize) -> &str {
    &s[..s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)]
}

/// The distinct keys of one sentence.
fn keys_of(p: &Profile) -> Vec<Key<'_>> {
    let mut keys = all_keys(p);
    // The term keys are distinct already (and differ from every other
    // kind); the rest are few in most sentences, where comparing each with
    // those kept costs less than hashing them. Either way the first of equal
    // keys is kept, in order.
    let terms = p.key_set.len();
    if keys.len() - terms <= SMALL_DEDUP {
        let mut kept = terms;
        for i in terms..keys.len() {
            if !keys[terms..kept].contains(&keys[i]) {
                keys[kept] = keys[i];
                kept += 1;
            }
        }
        keys.truncate(kept);
    } else {
        let mut seen = HashSet::with_capacity_and_hasher(keys.len(), Default::default());
        keys.retain(|k| seen.insert(*k));
    }
    keys
}

/// Up to this many keys besides the term keys, [`keys_of`] removes repeats
/// by comparison rather than with a hash set.
const SMALL_DEDUP: usize = 48;

/// Every key of one sentence, repeats included: its term keys first.
fn all_keys(p: &Profile) -> Vec<Key<'_>> {
    let mut keys: Vec<Key<'_>> = p.key_set.iter().map(|&k| Key::Term(k)).collect();
    keys.extend(
        p.terms
            .iter()
            .filter(|t| t.cognate.len() >= similarity::COGNATE_MIN_LEN)
            .map(|t| Key::Cognate(&t.cognate)),
    );
    keys.extend(
        p.terms
            .iter()
            .filter(|t| t.cognate_sketch.chars() >= similarity::FUZZY_COGNATE_MIN_LEN)
            .map(|t| Key::CognatePrefix(prefix(&t.cognate, COGNATE_PREFIX))),
    );
    keys.extend(p.anchors.numbers.iter().map(|n| {
        // `+ 0.0` makes -0 and 0 one key.
        Key::Number(n.kind, (n.value + 0.0).to_bits())
    }));
    keys.extend(p.anchors.names.iter().map(|n| Key::Name(&n.key)));
    keys
}

/// An inverted index over one report's sentences.
#[derive(Debug, Clone)]
pub struct CandidateIndex<'a> {
    /// For each rare-enough key, its number in the lists below.
    ids: HashMap<Key<'a>, u32>,
    /// Key `k`'s sentences (ascending) are `sentences[starts[k]..starts[k + 1]]`:
    /// one list for all keys rather than one allocation per key.
    starts: Vec<u32>,
    sentences: Vec<u32>,
    /// Per key, its IDF weight.
    idf: Vec<f32>,
    /// Number of report sentences (boilerplate included, for indexing).
    len: usize,
}

impl<'a> CandidateIndex<'a> {
    /// Indexes a report's sentences; boilerplate is never a candidate.
    pub fn new(profiles: &'a [Profile], kinds: &[SentenceKind]) -> CandidateIndex<'a> {
        // Every (key, sentence) pair in sentence order.
        let mut keyed: Vec<(Key<'a>, u32)> = Vec::new();
        let mut indexed = 0usize;
        for (j, (p, kind)) in profiles.iter().zip(kinds).enumerate() {
            if *kind == SentenceKind::Boilerplate {
                continue;
            }
            indexed += 1;
            keyed.extend(keys_of(p).into_iter().map(|key| (key, j as u32)));
        }
        // Numbered keys, sized for the pairs so that the table never grows.
        let mut ids: HashMap<Key<'a>, u32> =
            HashMap::with_capacity_and_hasher(keyed.len(), Default::default());
        let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(keyed.len());
        // Per key, how many sentences hold it.
        let mut counts: Vec<u32> = Vec::new();
        for (key, j) in keyed {
            let next = counts.len() as u32;
            let id = *ids.entry(key).or_insert(next);
            if id == next {
                counts.push(0);
            }
            counts[id as usize] += 1;
            pairs.push((id, j));
        }
        // Each key's sentences in one slice of `sentences`, ascending since
        // the pairs are in sentence order.
        let mut starts = Vec::with_capacity(counts.len() + 1);
        let mut total = 0u32;
        starts.push(0);
        for &c in &counts {
            total += c;
            starts.push(total);
        }
        let mut fill: Vec<u32> = starts[..counts.len()].to_vec();
        let mut sentences = vec![0u32; pairs.len()];
        for (id, j) in pairs {
            sentences[fill[id as usize] as usize] = j;
            fill[id as usize] += 1;
        }
        let n = indexed.max(1) as f32;
        ids.retain(|_, id| counts[*id as usize] as usize <= MAX_POSTING);
        let idf = counts.iter().map(|&c| (1.0 + n / c as f32).ln()).collect();
        CandidateIndex {
            ids,
            starts,
            sentences,
            idf,
            len: profiles.len(),
        }
    }

    /// The report sentences worth scoring against `source`: those sharing a
    /// rare-enough key, the best [`MAX_CANDIDATES`] by summed IDF of the
    /// shared keys, in ascending order. `scratch` is reused between calls to
    /// avoid allocating a score table per source sentence.
    pub fn candidates(&self, source: &Profile, scratch: &mut Scratch) -> Vec<usize> {
        self.candidates_by(&SourceKeys::of(source), scratch)
    }

    /// [`Self::candidates`] with the source sentence's keys worked out once
    /// for all reports.
    pub fn candidates_by(&self, source: &SourceKeys<'_>, scratch: &mut Scratch) -> Vec<usize> {
        // Only the touched slots are reset afterwards: clearing the whole
        // table per call would make a long case quadratic again.
        scratch.sums.resize(self.len, 0.0);
        scratch.touched.clear();
        for key in &source.0 {
            if let Some(&id) = self.ids.get(key) {
                let id = id as usize;
                let list = &self.sentences[self.starts[id] as usize..self.starts[id + 1] as usize];
                let idf = self.idf[id];
                for &j in list {
                    let slot = &mut scratch.sums[j as usize];
                    if *slot == 0.0 {
                        scratch.touched.push(j);
                    }
                    *slot += idf;
                }
            }
        }
        let mut best: Vec<(f32, u32)> = scratch
            .touched
            .iter()
            .map(|&j| (std::mem::take(&mut scratch.sums[j as usize]), j))
            .collect();
        if best.len() > MAX_CANDIDATES {
            // Highest sum first; on a tie the earlier sentence, so the choice
            // never depends on hash order.
            let by_rank = |a: &(f32, u32), b: &(f32, u32)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
            best.select_nth_unstable_by(MAX_CANDIDATES - 1, by_rank);
            best.truncate(MAX_CANDIDATES);
        }
        let mut out: Vec<usize> = best.into_iter().map(|(_, j)| j as usize).collect();
        out.sort_unstable();
        out
    }
}

/// The keys a source sentence is looked up by, in the order their weights
/// are summed.
#[derive(Debug, Clone)]
pub struct SourceKeys<'a>(Vec<Key<'a>>);

impl<'a> SourceKeys<'a> {
    /// The keys of `source`.
    pub fn of(source: &'a Profile) -> SourceKeys<'a> {
        SourceKeys(keys_of(source))
    }
}

/// Reusable buffers for [`CandidateIndex::candidates`].
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    sums: Vec<f32>,
    touched: Vec<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::matching::profile::{profile, weigh, Interner};
    use crate::text::doc::Lang;

    fn profiles(texts: &[String], lang: Lang, interner: &mut Interner) -> Vec<Profile> {
        let mut ps: Vec<Profile> = texts
            .iter()
            .map(|t| profile(t, lang, Lexicon::builtin(), interner))
            .collect();
        weigh(&mut ps.iter_mut().collect::<Vec<_>>());
        ps
    }

    #[test]
    fn finds_the_translation_and_skips_unrelated_and_boilerplate() {
        let mut interner = Interner::default();
        let tgt = profiles(
            &[
                "Officials met to discuss trade tariffs.".into(),
                "The attack killed 144 people at a concert hall.".into(),
                "The attack killed 144 people at a concert hall.".into(),
                "The weather was cold.".into(),
            ],
            Lang::En,
            &mut interner,
        );
        let kinds = [
            SentenceKind::Content,
            SentenceKind::Content,
            SentenceKind::Boilerplate,
            SentenceKind::Content,
        ];
        let src = profiles(
            &["Serangan itu menewaskan 137 orang di gedung konser.".into()],
            Lang::Id,
            &mut interner,
        );
        let index = CandidateIndex::new(&tgt, &kinds);
        let got = index.candidates(&src[0], &mut Scratch::default());
        assert_eq!(got, [1]);
    }

    #[test]
    fn keeps_at_most_the_best_k_in_order() {
        let mut interner = Interner::default();
        // Every sentence shares "minister"; only sentence 40 also shares the
        // rarer "Jokowi" and the number, so it must survive the cut.
        let mut texts: Vec<String> = (0..60)
            .map(|i| format!("The minister spoke about topic{i}."))
            .collect();
        texts[40] = "The minister Jokowi spoke about 137 villages.".into();
        let tgt = profiles(&texts, Lang::En, &mut interner);
        let kinds = vec![SentenceKind::Content; texts.len()];
        let src = profiles(
            &["Menteri Jokowi berbicara tentang 137 desa.".into()],
            Lang::Id,
            &mut interner,
        );
        let index = CandidateIndex::new(&tgt, &kinds);
        let got = index.candidates(&src[0], &mut Scratch::default());
        assert_eq!(got.len(), MAX_CANDIDATES);
        assert!(got.contains(&40), "{got:?}");
        assert!(got.windows(2).all(|w| w[0] < w[1]), "ascending: {got:?}");
        // Ties among the rest go to the earliest sentences.
        assert_eq!(got[0], 0);
    }

    #[test]
    fn keys_of_keeps_the_first_of_equal_keys_in_order() {
        let mut interner = Interner::default();
        let long: String = (0..2 * SMALL_DEDUP)
            .map(|i| format!("Jakarta presiden presidential {} ", i % 7))
            .collect();
        let texts = [
            "Presiden Jokowi bertemu presiden Prancis di Jakarta, Jakarta Pusat, 3 Mei 3 Mei."
                .to_string(),
            "The president met the presidents; presidential talks, presidency.".to_string(),
            long,
        ];
        for p in profiles(&texts, Lang::Id, &mut interner) {
            let mut want = all_keys(&p);
            let mut seen = HashSet::default();
            want.retain(|k| seen.insert(*k));
            assert_eq!(keys_of(&p), want);
        }
    }

    #[test]
    fn keys_in_most_sentences_of_a_long_report_do_not_count() {
        let mut interner = Interner::default();
        let n = MAX_POSTING + 1;
        let texts: Vec<String> = (0..n).map(|_| "The minister said.".to_string()).collect();
        let tgt = profiles(&texts, Lang::En, &mut interner);
        let kinds = vec![SentenceKind::Content; n];
        let index = CandidateIndex::new(&tgt, &kinds);
        let src = profiles(&["Menteri berkata.".into()], Lang::Id, &mut interner);
        assert!(index
            .candidates(&src[0], &mut Scratch::default())
            .is_empty());
    }
}
