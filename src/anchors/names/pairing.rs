//! Pairing the names of a source sentence with the names of a target
//! sentence it is linked to.
//!
//! In: both sentences' names, each with its [`NameWords`] (the name's words
//! as lexicon keys and cognate keys, built with the sentence's profile).
//! Out: a [`NamePairing`]: how far the names agree, the names spelled
//! differently, the name put in another's place, and the source's names the
//! target does not mention.
//!
//! Why: a name may come back respelled (Dmitri/Dmitry), translated ("Proyek
//! Debian" / "Debian Project"), in each language's own form (Rusia/Russia),
//! abbreviated in each language (KTP / ID), or replaced (Marilyne Brun /
//! Marilyne Schneier); a reviewer should see only the respellings and the
//! replacements. Every rule of that lives here; `divergence` only turns the
//! result into flags.

use super::known::acronym_capitals;
use super::word_lists::{heads_a_name, sorted_contains, PLACE_HEADS};
use super::{
    canonical, fold, is_acronym, is_demonym, one_word_alias, place_of_demonym, relation,
    respelled_words, similarity, spells, strip_acronym_inflection, NameAnchor, NameRelation,
};
use crate::matching::similarity::{
    cognate_key, is_cognate, is_loan_spelling, is_suffixed_loan_spelling, single_letters,
};

/// The [`similarity`] at or above which two lone names left over in a pair
/// that is not parallel are read as one put in place of the other: Reuters /
/// TASS (0.39) and Bortnikov / Volchinkov (0.50) are; Indonesia / Java
/// (0.06), Bush / Washington (0.18) and Peskov / Putin (0.21) are not. Set on
/// the real-news development cases (data/news, dev split).
pub const SUBSTITUTION_MIN_SIMILARITY: f32 = 0.35;

/// The names of one sentence, each with its words: `words[k]` belongs to
/// `names[k]` (a profile holds them so).
#[derive(Debug, Clone, Copy)]
pub struct SentenceNames<'a> {
    /// The names, in order of appearance.
    pub names: &'a [NameAnchor],
    /// The words of each name.
    pub words: &'a [NameWords],
    /// Every key the sentence's terms may mean (sorted): a source name
    /// whose words all stand in the target sentence, capitalised or not
    /// ("Arsenal 2 - 1 Chelsea", where the headline's first word is not
    /// read as a name), is mentioned there.
    pub key_set: &'a [u32],
}

/// How the names of a source sentence meet the names of a target sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NamePairing {
    /// Agreement of the names, 0..1; `None` when neither side has one.
    pub score: Option<f32>,
    /// The same entity spelled differently (source name, target name), in
    /// the order of the source's names.
    pub variants: Vec<(String, String)>,
    /// A different name where a similar one stands (source name, target
    /// name). At most one: a substitution is read only when exactly one
    /// proper name is left on each side.
    pub mismatch: Option<(String, String)>,
    /// Which names `mismatch` read (index of the source name, index of the
    /// target name).
    pub mismatch_at: Option<(usize, usize)>,
    /// `score` were `mismatch` one name after all, which the story may tell
    /// (two parts of one person's full name: `judge::story`); `None` when
    /// there is no mismatch.
    pub agreed_score: Option<f32>,
    /// The one proper name left on each side (source index, target index)
    /// when the pair alone is too unlike a close rendering to read it as a
    /// substitution (Bush / Washington); the story may still tell
    /// (`judge::story`).
    pub lone_pair: Option<(usize, usize)>,
    /// The proper names left over when each side has the same number of
    /// them (one or two) and none was read as a substitution, paired in
    /// order (source index, target index), each pair names of one kind
    /// (`may_stand_for`): names put in each other's place when the rest
    /// of the pair is a close rendering, which the judge, seeing the
    /// sentence's other words, decides ("Lionel Messi mencetak dua gol" /
    /// "Kylian Mbappe scored two goals").
    pub unpaired: Vec<(usize, usize)>,
    /// `score` were the `unpaired` names substitutions (`None` when there
    /// are none).
    pub unpaired_score: Option<f32>,
    /// Source names the target does not mention, in order: material the
    /// target lacks, not a name that differs.
    pub only_in_source: Vec<String>,
}

/// The words of one name, as [`pair_names`] compares them across languages
/// (built with the sentence's profile, which holds the lexicon).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NameWords {
    /// Per word: interned English stems it may mean (translations and the
    /// word itself).
    pub keys: Vec<Vec<u32>>,
    /// Per word: how many of its first `keys` are the meaning of a
    /// two-word lexicon phrase it makes with its neighbour, which both
    /// words carry ("Kementerian Pertahanan": defence ministry); empty
    /// when none is.
    pub phrase_keys: Vec<usize>,
    /// Per word: its spelling-folded form ([`cognate_key`]).
    pub cognates: Vec<String>,
    /// Per word: as written (case kept), for flags that name the words
    /// that differ.
    pub texts: Vec<String>,
    /// Per word: the lexicon lists it (alone or in a phrase of the name),
    /// so it is a word of the language, not only a name.
    pub known: Vec<bool>,
    /// Every word is a common word of its language and the name stands where
    /// a capital says nothing (a sentence start, a quoted menu label:
    /// "Pilihan", "Hopefully"), so it is not taken for a proper name.
    pub common: bool,
    /// The sentence credits a statement to the name
    /// ([`credited_with_statement`](super::credited_with_statement):
    /// "Sean Snaith berbicara", "kata Peskov").
    pub credited: bool,
    /// The name stands inside quoted speech.
    pub quoted: bool,
}

impl NameWords {
    fn word_meets(&self, i: usize, other: &NameWords) -> bool {
        (0..other.cognates.len()).any(|j| self.word_meets_word(i, other, j))
    }

    fn word_meets_word(&self, i: usize, other: &NameWords, j: usize) -> bool {
        self.keys[i].iter().any(|k| other.keys[j].contains(k))
            || is_cognate(&self.cognates[i], &other.cognates[j])
            || self.same_listed_word(i, other, j)
    }

    /// How many words of this name meet a word of `other` each a word of
    /// its own (a maximum matching): the two words of a phrase both carry
    /// its meaning ("Kementerian Pertahanan": defence ministry), so both
    /// meet "Ministry", yet they stand for two words of the other name.
    fn words_met_apart(&self, other: &NameWords) -> usize {
        // Names are short: which words of `other` each word meets, as bits
        // (a word past the 64th meets nothing here, which no name reaches).
        let adjacent: Vec<u64> = (0..self.cognates.len())
            .map(|i| {
                (0..other.cognates.len().min(64))
                    .filter(|&j| self.word_meets_word(i, other, j))
                    .fold(0u64, |bits, j| bits | 1 << j)
            })
            .collect();
        fn augment(adjacent: &[u64], i: usize, seen: &mut u64, owner: &mut [usize; 64]) -> bool {
            let mut bits = adjacent[i] & !*seen;
            while bits != 0 {
                let j = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                *seen |= 1 << j;
                if owner[j] == usize::MAX || augment(adjacent, owner[j], seen, owner) {
                    owner[j] = i;
                    return true;
                }
            }
            false
        }
        let mut owner = [usize::MAX; 64];
        (0..adjacent.len())
            .filter(|&i| augment(&adjacent, i, &mut 0, &mut owner))
            .count()
    }

    /// True when word `i` and `other`'s word `j` are each language's name
    /// of one entity `names.tsv` lists, inside a longer name: "AS" of
    /// "Angkatan Laut AS" and "U.S." of "U.S. Army" (AS = Amerika Serikat
    /// = United States), or a place and its demonym ("Angkatan Laut India"
    /// / "Indian Navy", "Angkatan Darat Thailand" / "Thai Army").
    fn same_listed_word(&self, i: usize, other: &NameWords, j: usize) -> bool {
        match (self.texts.get(i), other.texts.get(j)) {
            (Some(x), Some(y)) => place_named(x).is_some_and(|c| place_named(y) == Some(c)),
            _ => false,
        }
    }

    /// True when the name shares a word with `other` by translation and
    /// each other word of either is an ordinary word of its language that
    /// no word of the other sentence (`other_keys`, `own_keys`: the
    /// sentences' key sets) translates, on one side only: an
    /// organisation's name translated word by word where the lexicon lacks
    /// a word of one side, not another entity put in its place ("Angkatan
    /// Darat" / "Air Force" beside an "Angkatan Udara": "air" translates
    /// "udara"; "Partai Demokrat" / "Republican Party": each keeps a
    /// word).
    fn translates_past_a_gap(
        &self,
        other: &NameWords,
        own_keys: &[u32],
        other_keys: &[u32],
    ) -> bool {
        // A compass word names no entity: "Sulawesi Utara" / "North Maluku"
        // share a direction, not a name.
        let (_, is_compass) = compass(self);
        let shared = (0..self.cognates.len())
            .any(|k| !is_compass.get(k).copied().unwrap_or(false) && self.word_meets(k, other));
        // A listed place is a name, never a word the lexicon lacks.
        let gaps_only = |x: &NameWords, y: &NameWords, keys_across: &[u32]| {
            (0..x.cognates.len()).all(|k| {
                x.word_meets(k, y)
                    || (x.known[k]
                        && x.texts.get(k).is_none_or(|t| canonical(t).is_none())
                        && !x.keys[k]
                            .iter()
                            .any(|key| keys_across.binary_search(key).is_ok()))
            })
        };
        // Where each side keeps a word the other lacks, one word was put in
        // another's place ("Partai Demokrat" / "Republican Party", "Bank
        // Sentral Eropa" / "Bank of Japan"): a lexicon gap leaves one side's
        // word unmet, a substitution both.
        let all_met = |x: &NameWords, y: &NameWords| x.words_met_apart(y) == x.cognates.len();
        shared
            && gaps_only(self, other, other_keys)
            && gaps_only(other, self, own_keys)
            && (all_met(self, other) || all_met(other, self))
    }

    /// True when more than half of the words of the shorter name have a
    /// counterpart in the other, by translation, spelling or as a loanword:
    /// the same name, translated ("Proyek Debian" / "Debian Project",
    /// "Buku Pegangan Administrator Debian" / "Debian Administrator's
    /// Handbook"). "Marilyne Brun" / "Marilyne Schneier" is not: one name
    /// word of two was replaced.
    fn translates(&self, other: &NameWords) -> bool {
        let (short, long) = if self.cognates.len() <= other.cognates.len() {
            (self, other)
        } else {
            (other, self)
        };
        let met = short.words_met_apart(long);
        // "Penumpang Bill Jaynes" / "Passenger Bill Whitaker": two words of
        // three meet, but each side keeps a proper word the other lacks: a
        // surname was replaced, not translated.
        let replaced = short.unmet_proper_word(long) && long.unmet_proper_word(short);
        met * 2 > short.cognates.len() && !replaced && !self.place_replaced(other)
    }

    /// The listed place a word of the name names ("Norwegia", "Danish")
    /// that meets no word of `other`.
    fn unmet_place(&self, other: &NameWords) -> Option<&'static str> {
        (0..self.texts.len())
            .filter(|&k| !self.word_meets(k, other))
            .find_map(|k| place_named(&self.texts[k]))
    }

    /// True when each name keeps a place word the other lacks, and the two
    /// name different places: a body of another country or city, its
    /// ordinary words translated alike ("Institut Meteorologi Norwegia" /
    /// "Danish Meteorological Institute", "Korea Open" / "Japan Open").
    fn place_replaced(&self, other: &NameWords) -> bool {
        self.unmet_place(other)
            .zip(other.unmet_place(self))
            .is_some_and(|(x, y)| x != y)
    }

    /// True when every word of the name has a key among `key_set` (a
    /// sentence's sorted keys): the sentence mentions the name. A word
    /// met only through the meaning of the phrase it makes with a
    /// neighbour is not, where that neighbour is met by its own meaning
    /// ("Kementerian Pertahanan" in a sentence of the "Health Ministry":
    /// "ministry" is Kementerian's, and Pertahanan's own "defence" is
    /// absent).
    pub fn mentioned_in(&self, key_set: &[u32]) -> bool {
        let shared = |k: usize| self.phrase_keys.get(k).copied().unwrap_or(0);
        let met = |key: &u32| key_set.binary_search(key).is_ok();
        let hit = |keys: &[u32]| keys.iter().any(met);
        let own_hit = |k: usize| hit(&self.keys[k][shared(k)..]);
        // Every word of the phrase's meanings met: the phrase is there
        // whole ("Angkatan Darat" / "Army"), not one word of it.
        let whole_phrase = |k: usize| shared(k) > 0 && self.keys[k][..shared(k)].iter().all(met);
        let n = self.keys.len();
        n > 0
            && (0..n).all(|k| {
                own_hit(k)
                    || whole_phrase(k)
                    || (hit(&self.keys[k][..shared(k)])
                        && !(k > 0 && shared(k - 1) > 0 && own_hit(k - 1))
                        && !(k + 1 < n && shared(k + 1) > 0 && own_hit(k + 1)))
            })
    }

    /// True when a word of this name that the lexicon does not know (a
    /// proper word) meets no word of `other`.
    fn unmet_proper_word(&self, other: &NameWords) -> bool {
        (0..self.cognates.len()).any(|i| !self.known[i] && !self.word_meets(i, other))
    }

    /// The name's words less those at either end that meet a word of
    /// `other`: what differs between two names that share some words
    /// ("Bill Jaynes" / "Bill Whitaker" differ in "Jaynes" / "Whitaker").
    /// `None` when the words cannot be told apart (all meet, or none were
    /// read).
    fn differing_words(&self, other: &NameWords) -> Option<String> {
        let n = self.texts.len();
        if n != self.cognates.len() {
            return None;
        }
        let first = (0..n).find(|&i| !self.word_meets(i, other))?;
        let last = (0..n).rev().find(|&i| !self.word_meets(i, other))?;
        Some(self.texts[first..=last].join(" "))
    }

    /// True when the lexicon knows the name's word `word` (as written).
    fn knows(&self, word: &str) -> bool {
        self.texts
            .iter()
            .zip(&self.known)
            .any(|(t, &known)| known && t == word)
    }

    /// True when a word of the name other than `word` (as written) is a
    /// proper word, one the lexicon does not know: the name is a person's
    /// or a place's ("Todd" of "Todd Blanche"), not a phrase of ordinary
    /// words ("Artistic").
    fn has_proper_word_besides(&self, word: &str) -> bool {
        self.texts
            .iter()
            .zip(&self.known)
            .any(|(t, &known)| !known && t != word)
    }

    /// True when both names are made of ordinary words of their languages
    /// that meet word for word: a capitalised common word, translated
    /// ("Artistik" / "Artistic"), not a respelled proper name ("Dmitri" /
    /// "Dmitry", "Debian" / "Debbian", whose respelling is no English word).
    fn translates_by_lexicon(&self, other: &NameWords) -> bool {
        let all_known = |n: &NameWords| !n.known.is_empty() && n.known.iter().all(|&k| k);
        all_known(self)
            && all_known(other)
            && (0..self.cognates.len()).all(|i| self.word_meets(i, other))
    }
}

/// Whether `name`, a place `names.tsv` lists, is written as a word of
/// a name of `others` that is not listed as another entity ("AS" in
/// "Departemen Pertanian AS"; not "Sudan" in "South Sudan").
fn place_inside_other(name: &str, others: &[NameAnchor]) -> bool {
    canonical(name).is_some_and(|place| {
        others.iter().any(|b| {
            canonical(&b.text).is_none_or(|c| c == place)
                && b.text.split(' ').any(|w| canonical(w) == Some(place))
        })
    })
}

/// Whether every word of a name (its text and words) is a word of a name
/// of `others` that `names.tsv` lists as another entity ("Sudan" in
/// "Sudan Selatan"): the name is not mentioned there, though its words
/// are.
fn inside_another_listed(name: (&str, &NameWords), others: SentenceNames<'_>) -> bool {
    let (text, words) = name;
    (0..others.names.len()).any(|k| {
        let other = &others.words[k];
        listed_apart((text, words), (&others.names[k].text, other))
            && (0..words.cognates.len()).all(|m| words.word_meets(m, other))
    })
}

/// Pairs each name of `source` with a name of `target` and says what the
/// pairs disagree on.
///
/// A source name takes, in this order: the same name whole up to spelling;
/// the closest spelling among the target names not yet taken; a
/// translation among those; then the same two among names already taken,
/// which a repeated or shorter mention may share. A pair is a variant when
/// a word of the name is respelled, not when only ordinary words are
/// translated and not for each language's own form of a listed name; a
/// substitution when the two names differ only in their compass words
/// ("Sumatra Barat" / "North Sumatra"). One
/// proper name left on each side, whose capitals count, is a substitution
/// unless both are acronyms that may abbreviate each language's own words.
/// Names left over that the pair alone cannot call substitutions are
/// handed on (`lone_pair`, `unpaired`) for the judge, who sees the story
/// and the sentence's other words. Each pair adds its agreement (1 the same, 0.8 a variant, 0 a
/// substitution, 0.5 a source name left over) to the mean in `score`.
pub fn pair_names(
    source: SentenceNames<'_>,
    target: SentenceNames<'_>,
    parallel: bool,
) -> NamePairing {
    if source.names.is_empty() && target.names.is_empty() {
        return NamePairing::default();
    }
    let mut pairer = Pairer::new(source, target, parallel);
    // 1. The same name whole first, for every source name.
    pairer.pair_whole_names();
    // 2. Each source name's partner; 3. what the pair of the two is.
    for i in 0..source.names.len() {
        let Some((j, by_translation)) = pairer.choose_partner(i) else {
            pairer.src_left.push(i);
            continue;
        };
        pairer.tgt_used[j] = true;
        pairer.paired_with[i] = Some(j);
        pairer.classify_pair(i, j, by_translation);
    }
    // 4. The names left over on each side.
    pairer.pair_respelled_run_tails();
    let mut left = pairer.proper_leftovers();
    // One capitalised run of the source can hold two names the report
    // writes apart ("Gubernur California Gavin Newsom" / "Texas Governor
    // Gavin Newsom", "Kepala BMKG Dwikorita Karnawati" / "BMKG chief
    // Daryono"): the run paired with the name it contains, and its other
    // words stand against the report's one name left over.
    pairer.drop_rests_of_runs_named(&mut left);
    pairer.run_rest_against_target_name(&mut left);
    pairer.target_run_rest_against_source_name(&left);
    pairer.country_against_demonym(&left);
    pairer.institution_places_swapped();
    pairer.place_against_demonym();
    pairer.listed_acronyms_swapped();
    pairer.same_place_other_compass(&left);
    pairer.one_name_left_on_each_side(&left);
    pairer.name_in_the_same_slot(&left);
    pairer.parts_of_one_body_split_at_and();
    pairer.unpaired_leftovers();
    // 5. The source names no one took, and the score.
    pairer.score()
}

/// A name `names.tsv` lists is a proper name even where its capital
/// says nothing ("France's national team", at a sentence start, though
/// the lexicon knows "france").
/// So is an acronym it lists, which a lexicon may also give as a
/// borrowed word ("FBI": fbi).
fn is_proper(p: SentenceNames<'_>, k: usize) -> bool {
    let text = &p.names[k].text;
    (!p.words[k].common || canonical(text).is_some()) && !is_demonym(text)
}

/// A body whose name the finder split at its commas and "and", with its
/// acronym in brackets after it on both sides ("Layanan Penasihat,
/// Konsiliasi, dan Arbitrase (Acas)" / "Advisory, Conciliation and
/// Arbitration Service (Acas)"): the acronym names it, so no part of it
/// is a name left over.
fn listed_body_of_shared_acronym(own: &[NameAnchor], other: &[NameAnchor], k: usize) -> bool {
    acronym_after_list(own, k).is_some_and(|a| {
        other
            .iter()
            .any(|o| is_acronym(&o.text) && fold(&o.text) == fold(&own[a].text))
    })
}

/// Whether name `k` is an acronym `names.tsv` does not list.
fn unlisted_acronym(p: SentenceNames<'_>, k: usize) -> bool {
    is_acronym(&p.names[k].text) && listed_acronym(&p.names[k].text).is_none()
}

/// The names of `left` that are not weak (see [`Pairer::proper_leftovers`]),
/// and whether any were set aside.
fn set_weak_aside(
    p: SentenceNames<'_>,
    left: Vec<usize>,
    set_aside_acronyms: bool,
) -> (Vec<usize>, bool) {
    let firm: Vec<usize> = left
        .iter()
        .copied()
        .filter(|&k| !p.names[k].initial)
        .collect();
    let named: Vec<usize> = left
        .iter()
        .copied()
        .filter(|&k| !unlisted_acronym(p, k))
        .collect();
    if left.len() > 1 && firm.len() == 1 {
        (firm, true)
    } else if set_aside_acronyms
        && left.len() > 1
        && named.len() == 1
        && !is_acronym(&p.names[named[0]].text)
    {
        (named, true)
    } else {
        (left, false)
    }
}

/// The proper names left over on each side once every source name has
/// chosen its partner, which may stand in each other's place.
struct Leftovers {
    /// Source names (indices) left over.
    src_proper: Vec<usize>,
    /// Target names (indices) left over.
    tgt_left: Vec<usize>,
    /// Weak source names were set aside.
    src_weak: bool,
    /// Weak target names were set aside.
    tgt_weak: bool,
}

/// The state of [`pair_names`] as it goes through its stages.
struct Pairer<'a> {
    source: SentenceNames<'a>,
    target: SentenceNames<'a>,
    parallel: bool,
    /// `rels[i][j]`: how source name `i` relates to target name `j`.
    rels: Vec<Vec<NameRelation>>,
    /// Target names already taken.
    tgt_used: Vec<bool>,
    /// Source names no target name was paired with, in order.
    src_left: Vec<usize>,
    /// The target name each source name was paired with as the same name
    /// whole.
    partner: Vec<Option<usize>>,
    /// The target name each source name was paired with, however.
    paired_with: Vec<Option<usize>>,
    /// Each pair's agreement, in the order they were read.
    agreement: Vec<f32>,
    /// Which of `agreement` is the mismatch's (see [`Pairer::mismatched`]).
    mismatch_agreement: Option<usize>,
    pairing: NamePairing,
}

impl<'a> Pairer<'a> {
    fn new(source: SentenceNames<'a>, target: SentenceNames<'a>, parallel: bool) -> Self {
        let (src, tgt) = (source.names, target.names);
        let rels: Vec<Vec<NameRelation>> = src
            .iter()
            .map(|a| tgt.iter().map(|b| relation(&a.text, &b.text)).collect())
            .collect();
        Pairer {
            source,
            target,
            parallel,
            rels,
            tgt_used: vec![false; tgt.len()],
            src_left: Vec::new(),
            partner: vec![None; src.len()],
            paired_with: vec![None; src.len()],
            agreement: Vec::new(),
            mismatch_agreement: None,
            pairing: NamePairing::default(),
        }
    }

    /// The same name whole, up to spelling, first, for every source name:
    /// "Debian" takes the report's "Debian" before "Planet Debian" can take
    /// it as a name it contains, so that "Planet Debian" meets the "AbiWord
    /// Debian" put in its place.
    fn pair_whole_names(&mut self) {
        let (src, tgt) = (self.source.names, self.target.names);
        for (i, a) in src.iter().enumerate() {
            // A place and the other side's demonym of it are one place
            // ("Penyanyi asal Inggris" / "The British singer").
            let demonym_of = |j: usize| place_and_its_demonym(&a.text, &tgt[j].text);
            let whole = (0..tgt.len()).find(|&j| {
                !self.tgt_used[j]
                    && (self.rels[i][j] != NameRelation::Different
                        && fold(&a.text) == fold(&tgt[j].text)
                        || demonym_of(j))
            });
            if let Some(j) = whole {
                self.tgt_used[j] = true;
                self.partner[i] = Some(j);
            }
        }
    }

    /// The target name source name `i` pairs with, and whether by
    /// translation; `None` when it has none.
    fn choose_partner(&self, i: usize) -> Option<(usize, bool)> {
        let (source, target) = (self.source, self.target);
        let tgt = target.names;
        let a = &source.names[i];
        let (rels, tgt_used) = (&self.rels[i], &self.tgt_used);
        // A partner not yet taken before one already taken (a repeated
        // mention may share one); the closest spelling wins ("Planet
        // Debian" pairs with "Plannet Debian", a variant, not with the
        // "Debian" it contains); a translation ("Proyek Debian" / "Debian
        // Project") only when no name relates by spelling.
        // A partner already taken may be shared by a repeated or shorter
        // mention ("Peskov" after "Dmitry Peskov"), not by a longer name it
        // only contains: "Planet Debian" does not fall back on a "Debian"
        // that another mention took.
        let words = |name: &str| fold(name).split(' ').count();
        let may_share = |j: usize| words(&a.text) <= words(&tgt[j].text);
        let closest = |free: bool| {
            (0..tgt.len())
                .filter(|&j| {
                    rels[j] != NameRelation::Different
                        && if free { !tgt_used[j] } else { may_share(j) }
                })
                .max_by(|&x, &y| {
                    let (sx, sy) = (
                        similarity(&a.text, &tgt[x].text),
                        similarity(&a.text, &tgt[y].text),
                    );
                    sx.total_cmp(&sy).then(
                        (rels[y] == NameRelation::Variant).cmp(&(rels[x] == NameRelation::Variant)),
                    )
                })
        };
        let listed_apart = |j: usize| {
            listed_apart(
                (&a.text, &source.words[i]),
                (&tgt[j].text, &target.words[j]),
            )
        };
        let translated = |free: bool| {
            (0..tgt.len()).find(|&j| {
                (if free { !tgt_used[j] } else { may_share(j) })
                    && !listed_apart(j)
                    && (source.words[i].translates(&target.words[j])
                        // Not where each keeps a place of its own ("Bursa
                        // Singapura" / "Bursa Malaysia"): a place replaced.
                        || (same_core(&source.words[i], &target.words[j])
                            && !source.words[i].place_replaced(&target.words[j]))
                        || source.words[i].translates_past_a_gap(
                            &target.words[j],
                            source.key_set,
                            target.key_set,
                        ))
            })
        };
        if let Some(j) = self.partner[i] {
            Some((j, false))
        } else if let Some(j) = closest(true) {
            Some((j, false))
        } else if let Some(j) = translated(true) {
            Some((j, true))
        } else if let Some(j) = closest(false) {
            Some((j, false))
        } else {
            translated(false).map(|j| (j, true))
        }
    }

    /// Reads the pair of source name `i` and target name `j` (`by_translation`
    /// when chosen so): another region, a variant, a kept name with a word
    /// replaced, or the same name.
    fn classify_pair(&mut self, i: usize, j: usize, by_translation: bool) {
        let (source, target, parallel) = (self.source, self.target, self.parallel);
        let (a, b) = (&source.names[i], &target.names[j]);
        let rel = self.rels[i][j];
        // The same place with another compass word ("Sumatra Barat" /
        // "North Sumatra"): another region, however alike the rest.
        if rel != NameRelation::Same
            && self.pairing.mismatch.is_none()
            && compass_differs(&source.words[i], &target.words[j])
        {
            self.mismatched(i, j, (a.text.clone(), b.text.clone()));
            return;
        }
        // A variant when a word of the name is respelled, also in a name
        // that is otherwise translated ("Manajemen BitLocker" / "BitLoker
        // Management"), but not when only ordinary words differ, translated
        // by their cognates ("Kontrak Sosial Debian" / "Debian Social
        // Contract").
        // One name each language writes by its own rule.
        let same_by_rule = written_by_rule(source, i, target, j)
            || plural_inside_institution(&a.text, &b.text, &source.words[i], &target.words[j])
            || place_moved_to_its_demonym(&a.text, &b.text);
        let variant = match (rel, respelling(source, i, target, j, parallel)) {
            (NameRelation::Same, _) | (_, Respelling::Translated) => false,
            _ if same_by_rule => false,
            // A word the lexicon knows, alone where the sentence starts, is
            // that word ("Bank asal Spanyol" / "Banco"), no respelled name.
            _ if a.initial && source.words[i].known.as_slice() == [true] => false,
            (_, Respelling::Respelled) => true,
            // One word of a person's name written otherwise, past the
            // spelling bar: a name word, no word of either lexicon.
            _ if one_word_respelled(&a.text, &b.text)
                .is_some_and(|(x, y)| !source.words[i].knows(&x) && !target.words[j].knows(&y)) =>
            {
                true
            }
            _ if by_translation => false,
            _ => {
                !is_standard_spelling(&a.text, &b.text)
                    && !source.words[i].translates_by_lexicon(&target.words[j])
            }
        };
        if variant {
            self.agreement.push(0.8);
            // The flag names the respelled words ("Harington|Harrington"),
            // not the titles and given names both sides share.
            let mut respelled = respelled_words(&a.text, &b.text);
            if respelled.is_empty() {
                respelled.extend(cognate_respelling(&source.words[i], &target.words[j]));
            }
            if respelled.is_empty() {
                respelled.extend(one_word_respelled(&a.text, &b.text));
            }
            self.pairing.variants.push(if respelled.is_empty() {
                (a.text.clone(), b.text.clone())
            } else {
                joined_sides(respelled)
            });
        } else if let (true, None, Some(words)) = (
            parallel && rel != NameRelation::Same && !same_by_rule,
            &self.pairing.mismatch,
            kept_name_word_replaced(&source.words[i], &target.words[j]),
        ) {
            // In a close rendering, a name kept as written with a word of
            // its own on each side had that word put in another's place.
            self.mismatched(i, j, words);
        } else {
            self.agreement.push(1.0);
        }
    }

    /// One capitalised run on one side can hold two names the other side
    /// writes apart ("Juru bicara World Vision Laora Blank" / "World Vision
    /// spokeswoman Laura Blank"): the run pairs with the name it contains, and
    /// a target name of two words or more left over that is a respelling of
    /// the run's last words is that respelling.
    fn pair_respelled_run_tails(&mut self) {
        let (src, tgt, target) = (self.source.names, self.target.names, self.target);
        for (j, b) in tgt.iter().enumerate() {
            if self.tgt_used[j] {
                continue;
            }
            // A person's full name (two words or more), or one proper word (a
            // single name, as many Indonesians have: "Kepala BNPB Suharyonto"
            // / "BNPB chief Suharyanto"); not a listed place inside an
            // organisation's ("Air Algerie" / "Algeria").
            let n = b.text.split(' ').count();
            let proper_word = target.words[j].known.as_slice() == [false];
            if (n < 2 && !proper_word) || canonical(&b.text).is_some() {
                continue;
            }
            let respelled = src.iter().find_map(|a| {
                let words: Vec<&str> = a.text.split(' ').collect();
                let tail = words.len().checked_sub(n).filter(|&k| k > 0)?;
                let tail = words[tail..].join(" ");
                // A listed place's name and its demonym are no respelling
                // ("Pound Lebanon" / "Lebanese"). A name with one word written
                // otherwise, a little past the spelling bar, is one ("Anna
                // Michalewska" / "Anna Michalska").
                let one_word = one_word_respelled(&tail, &b.text);
                ((relation(&tail, &b.text) == NameRelation::Variant || one_word.is_some())
                    && !is_standard_spelling(&tail, &b.text))
                .then(|| {
                    // Words too short for the spelling bar of
                    // `respelled_words` ("Dyche" / "Dyce") are named alone when
                    // they are the only ones that differ, else the names whole.
                    let pairs = respelled_words(&tail, &b.text);
                    if !pairs.is_empty() {
                        pairs
                    } else if let Some(words) = one_word {
                        vec![words]
                    } else {
                        vec![(tail.clone(), b.text.clone())]
                    }
                })
            });
            // A portfolio's word in each language ("Menteri Negara Urusan
            // Transportasi" / "Minister of State for Transport Daniel
            // Koh") is translated, not respelled.
            let translated = |pairs: &[(String, String)]| {
                pairs
                    .iter()
                    .all(|(x, y)| crate::anchors::portfolios::one_portfolio(x, y))
            };
            if let Some(pairs) = respelled {
                self.tgt_used[j] = true;
                if translated(&pairs) {
                    self.agreement.push(1.0);
                } else {
                    self.agreement.push(0.8);
                    self.pairing.variants.push(joined_sides(pairs));
                }
            }
        }
    }

    /// The proper names left over on each side, with the weak ones set
    /// aside where that leaves one name to pair.
    fn proper_leftovers(&self) -> Leftovers {
        let (source, target, parallel) = (self.source, self.target, self.parallel);
        let tgt = target.names;
        let tgt_left = self.target_leftovers();
        let src_proper = self.source_leftovers();
        // In a linked pair, one proper name left on each side stands in the same
        // place in the statement: another name was put there (a substitution).
        // A lone word where a sentence starts is weak evidence of a name
        // ("Paradigmanya", a noun with its possessive): when a side has more
        // than one name left, those are set aside if that leaves exactly one,
        // and then only two names that are not such words are paired.
        // In a close rendering an acronym of the source `names.tsv` does not
        // list, left over beside one other name, is mostly one the translator
        // added or kept ("CIDE", "DNCD", "SPBU"), which the report spells out or
        // leaves out: the other name is the one to pair, unless the report has
        // an acronym left too. (A report's acronym is its own, often of a name
        // in the same sentence: "DFSG".)
        let set_aside_acronyms = parallel && !tgt_left.iter().any(|&j| is_acronym(&tgt[j].text));
        let ((src_proper, src_weak), (tgt_left, tgt_weak)) = (
            set_weak_aside(source, src_proper, set_aside_acronyms),
            set_weak_aside(target, tgt_left, false),
        );
        let (src_proper, tgt_left) = self.people_or_places_left(src_proper, tgt_left);
        Leftovers {
            src_proper,
            tgt_left,
            src_weak,
            tgt_weak,
        }
    }

    /// The proper names of the target no source name took and the source
    /// does not mention.
    fn target_leftovers(&self) -> Vec<usize> {
        let (source, target, parallel) = (self.source, self.target, self.parallel);
        let (src, tgt, tgt_used) = (source.names, target.names, &self.tgt_used);
        // A report name whose words the source has (a place inside the
        // source's name of an institution: "Pengadilan Banding Kenya" /
        // "Kenya's Court of Appeal") is mentioned there, not left over.
        // So is one the source writes as a word of another name ("AS" in
        // "Departemen Pertanian AS" / "US Department of Agriculture").
        // Not so a second mention of a name the source gives once ("Air
        // Force won, then Air Force won again"), nor one whose words are inside
        // a name `names.tsv` lists as another entity ("Sudan" / "Sudan
        // Selatan").
        let repeated = |j: usize| {
            (0..tgt.len())
                .any(|k| k != j && tgt_used[k] && fold(&tgt[k].text) == fold(&tgt[j].text))
        };
        // Only a close rendering (`parallel`) gives every report name its
        // counterpart among the source's words; reports that are no
        // translation keep their leftovers.
        let mentioned = |j: usize| {
            parallel
                && ((target.words[j].mentioned_in(source.key_set)
                    && !repeated(j)
                    && !inside_another_listed((&tgt[j].text, &target.words[j]), source))
                    || place_inside_other(&tgt[j].text, src))
        };
        (0..tgt.len())
            .filter(|&j| {
                !tgt_used[j]
                    && is_proper(target, j)
                    && !mentioned(j)
                    && !spells_name_before(tgt, j)
                    && !listed_body_of_shared_acronym(tgt, src, j)
            })
            .collect()
    }

    /// The proper names of the source with no partner that the target does
    /// not mention.
    fn source_leftovers(&self) -> Vec<usize> {
        let (source, target) = (self.source, self.target);
        let (src, tgt, src_left) = (source.names, target.names, &self.src_left);
        // A source name whose words the target has, though not as a name
        // ("Angkatan Darat" / "Army's", which opens the sentence), is
        // mentioned there, not left over for a substitution. Not so where the
        // words are inside a name `names.tsv` lists as another entity ("Sudan"
        // in "South Sudan").
        // A listed place the target writes as a word of another name ("DPR
        // AS" / "US House") is mentioned there, unless that name is listed as
        // another entity ("Sudan" / "South Sudan").
        let place_inside_target = |i: usize| place_inside_other(&src[i].text, tgt);
        // A name whose acronym follows it in brackets ("Badan Pemberantasan
        // Narkoba AS (DEA)") is the entity that acronym names: when the report
        // names it, the name is no leftover, though its words are translated
        // past the lexicon.
        let acronym_met = |i: usize| acronym_after(src, i).is_some_and(|k| !src_left.contains(&k));
        // The short form in brackets after a name the report names ("Mahkamah
        // Agung (MA)" / "Indonesia's Supreme Court") is that name again, and
        // so is every later mention of it ("juru bicara MA").
        let bracketed_after_met = |k: usize| {
            src[k].bracketed
                && k.checked_sub(1)
                    .is_some_and(|p| self.paired_with[p].is_some())
        };
        let short_form_of_met =
            |i: usize| (0..=i).any(|k| bracketed_after_met(k) && src[k].key == src[i].key);
        // Not where a report name left over is the same place with another
        // compass word: "Jakarta Pusat" against "South Jakarta" is left
        // over though "pusat" meets the report's "headquarters".
        let other_compass = |i: usize| {
            (0..tgt.len())
                .any(|j| !self.tgt_used[j] && compass_differs(&source.words[i], &target.words[j]))
        };
        src_left
            .iter()
            .copied()
            .filter(|&i| {
                !short_form_of_met(i)
                    && is_proper(source, i)
                    && (!source.words[i].mentioned_in(target.key_set)
                        || other_compass(i)
                        || inside_another_listed((&src[i].text, &source.words[i]), target))
                    && !place_inside_target(i)
                    && !acronym_met(i)
                    && !listed_body_of_shared_acronym(src, tgt, i)
                    && !spells_name_before(src, i)
            })
            .collect()
    }

    /// In a close rendering, a person's full name left on each side among
    /// other leftovers (a photo credit, a place only one side names) is one
    /// person put in another's place ("Ahmed Hegazi" / "Vincent Aboubakar"
    /// beside "AP" and "Egypt").
    fn people_or_places_left(
        &self,
        src_proper: Vec<usize>,
        tgt_left: Vec<usize>,
    ) -> (Vec<usize>, Vec<usize>) {
        let (source, target, parallel) = (self.source, self.target, self.parallel);
        let (src, tgt, paired_with) = (source.names, target.names, &self.paired_with);
        match (src_proper.as_slice(), tgt_left.as_slice()) {
            ([_], [_]) => (src_proper, tgt_left),
            _ if parallel => {
                let people = |p: SentenceNames<'_>, left: &[usize]| -> Vec<usize> {
                    left.iter()
                        .copied()
                        .filter(|&k| is_full_person_name(p, k))
                        .collect()
                };
                let (sp, tp) = (people(source, &src_proper), people(target, &tgt_left));
                // Two people's names share no word: names that do are one
                // name translated ("Buku Pegangan Admin" / "Admin's Handbook").
                let apart = |i: usize, j: usize| {
                    let (a, b) = (&source.words[i], &target.words[j]);
                    (0..a.cognates.len()).all(|k| !a.word_meets(k, b))
                };
                // So are two that share a word where the rendering kept the
                // name as written but for its own word ("Mark Hurst" / "Mike
                // Hurst").
                let one_word_replaced = |i: usize, j: usize| {
                    kept_name_word_replaced(&source.words[i], &target.words[j]).is_some()
                };
                // Likewise one listed place of one word on each side among
                // names the lexicon does not reach ("Amos Kibet dari Uganda ...
                // Istana Kekaisaran" / "Kenya's Amos Kibet ... Imperial
                // Palace"): a place put in another's place, where the names
                // beside the two are a pair, so the two stand in one slot
                // ("Jerman, Italia, dan Belanda" / "Germany, Spain and the
                // Netherlands"). A place one side names elsewhere in the
                // sentence ("Presiden Amerika Donald Trump" / "... in
                // Washington") is another fact.
                let beside_a_pair = |i: usize, j: usize| {
                    let around = |k: usize| [k.checked_sub(1), k.checked_add(1)];
                    around(i)
                        .into_iter()
                        .flatten()
                        .filter_map(|a| paired_with.get(a).copied().flatten())
                        .any(|b| around(j).contains(&Some(b)))
                };
                let places = |p: SentenceNames<'_>, left: &[usize]| -> Vec<usize> {
                    left.iter()
                        .copied()
                        .filter(|&k| is_one_word_listed_place(&p.names[k].text))
                        .collect()
                };
                let (sq, tq) = (places(source, &src_proper), places(target, &tgt_left));
                // Or the report's one name left is a listed place and the
                // source's one listed place stands beside names no list
                // knows, which the report gives by a pronoun ("Liu di
                // turnamen Ningbo" / "her participation in next week's
                // tournament in Wuhan").
                let lone_place_beside_unlisted = || {
                    tgt_left.len() == 1
                        && src_proper
                            .iter()
                            .all(|&i| i == sq[0] || canonical(&src[i].text).is_none())
                };
                if sp.len() == 1
                    && tp.len() == 1
                    && (apart(sp[0], tp[0]) || one_word_replaced(sp[0], tp[0]))
                {
                    (sp, tp)
                } else if sq.len() == 1
                    && tq.len() == 1
                    && canonical(&src[sq[0]].text) != canonical(&tgt[tq[0]].text)
                    && (beside_a_pair(sq[0], tq[0]) || lone_place_beside_unlisted())
                {
                    (sq, tq)
                } else {
                    (src_proper, tgt_left)
                }
            }
            _ => (src_proper, tgt_left),
        }
    }

    /// A report name that is the rest of such a run, the same name, is
    /// mentioned there and no name left over for another source name to
    /// stand against ("Marinir Tommy Roque" / "Marine Corps ... Tommy
    /// Roque", beside "Kejuaraan" / "championship").
    fn drop_rests_of_runs_named(&self, left: &mut Leftovers) {
        let (source, target) = (self.source, self.target);
        let (src, tgt, paired_with) = (source.names, target.names, &self.paired_with);
        if self.parallel && !left.src_proper.is_empty() {
            left.tgt_left.retain(|&j| {
                !(0..src.len()).any(|i| {
                    paired_with[i]
                        .filter(|&p| p != j)
                        .and_then(|p| run_rest(&source.words[i], &target.words[p], false))
                        .is_some_and(|rest| {
                            let text = rest.texts.join(" ");
                            same_name((&rest, &text), (&target.words[j], &tgt[j].text))
                                && !compass_differs(&rest, &target.words[j])
                        })
                })
            });
        }
    }

    /// No source name left and one report name: the other words of a source
    /// run, paired with the name it contains, stand against it.
    fn run_rest_against_target_name(&mut self, left: &mut Leftovers) {
        let (source, target, parallel) = (self.source, self.target, self.parallel);
        let (src, tgt) = (source.names, target.names);
        if let ([], [j], None) = (
            left.src_proper.as_slice(),
            left.tgt_left.as_slice(),
            &self.pairing.mismatch,
        ) {
            let j = *j;
            let b = &tgt[j];
            let firm = !b.initial || is_listed(&b.text) || parallel;
            // Not a rest the report names apart, as another of its names
            // ("JAXA Hiroshi Yamakawa" / "JAXA President Hiroshi Yamakawa").
            let named_apart = |rest: &NameWords| {
                let text = rest.texts.join(" ");
                (0..tgt.len())
                    .any(|k| k != j && same_name((rest, &text), (&target.words[k], &tgt[k].text)))
            };
            // Nor half of a body split at "and" against the other half of
            // the report's ("Eksportir Garmen Bangladesh" / "Exporters
            // Association").
            let found = (0..src.len()).find_map(|i| {
                let p = self.paired_with[i].filter(|&p| p != j)?;
                run_remainder(&source.words[i], &target.words[p], true)
                    .filter(|rest| {
                        !named_apart(rest) && !one_body_split_at_and(source, i, target, j)
                    })
                    .map(|rest| (i, rest))
            });
            if let (true, Some((i, rest))) = (firm, found) {
                let text = rest.texts.join(" ");
                left.tgt_left.clear();
                if another_name((&rest, &text), (&target.words[j], &b.text), parallel) {
                    self.mismatched(i, j, (text, b.text.clone()));
                }
            }
        }
    }

    /// The mirror: one capitalised run of the report holds two names the
    /// source writes apart ("Jeff Flake dari Nevada" / "Jeff Flake of
    /// Arizona"): the report's run paired with the source's person, and its
    /// other words stand against the source's one name left over.
    fn target_run_rest_against_source_name(&mut self, left: &Leftovers) {
        let (source, target, parallel) = (self.source, self.target, self.parallel);
        let src = source.names;
        if let ([i], [], None) = (
            left.src_proper.as_slice(),
            left.tgt_left.as_slice(),
            &self.pairing.mismatch,
        ) {
            let i = *i;
            let a = &src[i];
            let firm = !a.initial || is_listed(&a.text) || parallel;
            // Not a rest the source names apart, as another of its names
            // ("House Minority Leader Hakeem Jeffries" against "Pemimpin
            // Minoritas" and "Hakeem Jeffries").
            let named_apart = |rest: &NameWords| {
                let text = rest.texts.join(" ");
                (0..src.len())
                    .any(|k| k != i && relation(&text, &src[k].text) == NameRelation::Same)
            };
            let found = (0..src.len()).find_map(|q| {
                let j = self.paired_with[q].filter(|_| q != i)?;
                run_remainder(&target.words[j], &source.words[q], false)
                    .filter(|rest| !named_apart(rest))
                    .map(|rest| (j, rest))
            });
            if let (true, Some((j, rest))) = (firm, found) {
                let text = rest.texts.join(" ");
                if another_name((&source.words[i], &a.text), (&rest, &text), parallel) {
                    self.mismatched(i, j, (a.text.clone(), text));
                }
            }
        }
    }

    /// In a close rendering, a country the source names where the report
    /// gives another country's demonym is one put in the other's place
    /// ("Presiden Italia Emmanuel Macron" / "French President Emmanuel
    /// Macron", "Kedutaan Besar Swedia" / "the Norwegian embassy"): the
    /// demonym is no name of its own, so it is sought apart.
    fn country_against_demonym(&mut self, left: &Leftovers) {
        let (source, target) = (self.source, self.target);
        let (src, tgt) = (source.names, target.names);
        if let ([i], [], None, true) = (
            left.src_proper.as_slice(),
            left.tgt_left.as_slice(),
            &self.pairing.mismatch,
            self.parallel,
        ) {
            let demonyms: Vec<(usize, &str)> = (0..tgt.len())
                .filter(|&j| !self.tgt_used[j])
                .filter_map(|j| place_of_demonym(&tgt[j].text).map(|place| (j, place)))
                .collect();
            // The place may end an institution's name whose other words are
            // ordinary ones ("Kedutaan Besar Swedia" / "the Norwegian embassy").
            let words = &source.words[*i];
            let ending_place = || {
                let texts = &words.texts;
                places_ending(texts)
                    .find(|&(k, _)| {
                        words.known.len() == texts.len() && words.known[..k].iter().all(|&w| w)
                    })
                    .map(|(k, c)| (c, texts[k..].join(" ")))
            };
            // A listed body's acronym ("TNI" / "Indonesian navy") is no
            // place its people's adjective could replace (a country's
            // has two letters: "AS", "UK").
            let place = canonical(&src[*i].text)
                .filter(|_| !long_acronym(&src[*i].text))
                .map(|c| (c, src[*i].text.clone()))
                .or_else(ending_place);
            if let (Some((place, shown)), [(j, other)]) = (place, demonyms.as_slice()) {
                if place != *other {
                    self.mismatched(*i, *j, (shown, tgt[*j].text.clone()));
                    self.src_left.retain(|k| k != i);
                }
            }
        }
    }

    /// The words source name `i` and target name `j` differ in, or the two
    /// names whole where neither is the other with words replaced.
    fn differing_words(&self, i: usize, j: usize) -> (String, String) {
        let (wa, wb) = (&self.source.words[i], &self.target.words[j]);
        match (wa.differing_words(wb), wb.differing_words(wa)) {
            (Some(x), Some(y)) => (x, y),
            _ => (
                self.source.names[i].text.clone(),
                self.target.names[j].text.clone(),
            ),
        }
    }

    /// Source name `i` stands where the report names `j`, another entity
    /// (`shown` is what the flag names): both are taken, and the pair
    /// disagrees.
    /// Reads source name `i` and target name `j` as one name put in the
    /// other's place, the pair agreeing in nothing; `shown` are the words
    /// the flag names.
    fn mismatched(&mut self, i: usize, j: usize, shown: (String, String)) {
        self.mismatch_agreement = Some(self.agreement.len());
        self.agreement.push(0.0);
        self.pairing.mismatch = Some(shown);
        self.pairing.mismatch_at = Some((i, j));
    }

    fn substituted(&mut self, i: usize, j: usize, shown: (String, String)) {
        self.mismatched(i, j, shown);
        self.tgt_used[j] = true;
        self.src_left.retain(|&k| k != i);
    }

    /// In a close rendering, an institution named after a place put where
    /// the report names one of another place ("Bank Indonesia" / "Bank
    /// Negara Malaysia"): the two names share a word, and each holds a
    /// listed place the other does not.
    fn institution_places_swapped(&mut self) {
        let (source, target) = (self.source, self.target);
        let tgt = target.names;
        if let (None, true) = (&self.pairing.mismatch, self.parallel) {
            let found = self.src_left.iter().find_map(|&i| {
                (0..tgt.len())
                    .filter(|&j| !self.tgt_used[j])
                    .find(|&j| places_swapped(&source.words[i], &target.words[j]))
                    .map(|j| (i, j))
            });
            if let Some((i, j)) = found {
                let shown = self.differing_words(i, j);
                self.substituted(i, j, shown);
            }
        }
    }

    /// In a close rendering, a listed place left over against the one
    /// demonym of another place the report adds ("dana pensiun Swedia" /
    /// "the Danish pension fund"): the place was changed. A demonym is no
    /// leftover of its own, so the lone pair
    /// (`one_name_left_on_each_side`) does not see it.
    fn place_against_demonym(&mut self) {
        let (source, target) = (self.source, self.target);
        let (src, tgt) = (source.names, target.names);
        if let (None, true) = (&self.pairing.mismatch, self.parallel) {
            // Each with the place it names.
            let places: Vec<(usize, &str)> = self
                .src_left
                .iter()
                .copied()
                .filter(|&i| !src[i].text.contains(' ') && !is_acronym(&src[i].text))
                .filter(|&i| !source.words[i].mentioned_in(target.key_set))
                .filter_map(|i| canonical(&src[i].text).map(|p| (i, p)))
                .collect();
            let demonyms: Vec<(usize, &str)> = (0..tgt.len())
                .filter(|&j| !self.tgt_used[j] && !tgt[j].text.contains(' '))
                .filter_map(|j| place_of_demonym(&tgt[j].text).map(|q| (j, q)))
                .collect();
            if let ([(i, p)], [(j, q)]) = (places.as_slice(), demonyms.as_slice()) {
                let (i, j) = (*i, *j);
                // Not a place the source names elsewhere, in a name or alone
                // ("Kurdistan Irak" / "Iraqi Kurdistan").
                let named_in_source = (0..src.len()).any(|k| {
                    place_named(&src[k].text) == Some(*q)
                        || source.words[k]
                            .texts
                            .iter()
                            .any(|t| place_named(t) == Some(*q))
                });
                if p != q && !named_in_source {
                    self.substituted(i, j, (src[i].text.clone(), tgt[j].text.clone()));
                }
            }
        }
    }

    /// In a close rendering, an organisation and its acronym put in the
    /// place of another's ("Badan Meteorologi ... (BMKG)" / "The National
    /// Disaster Mitigation Agency (BNPB)"): two names left on each side, no
    /// lone pair, but one acronym `names.tsv` lists on each, of two
    /// different entities, is the name replaced.
    fn listed_acronyms_swapped(&mut self) {
        let (src, tgt) = (self.source.names, self.target.names);
        if let (None, true) = (&self.pairing.mismatch, self.parallel) {
            let src_acronyms: Vec<(usize, &str)> = self
                .src_left
                .iter()
                .filter_map(|&i| listed_acronym(&src[i].text).map(|c| (i, c)))
                .collect();
            let tgt_acronyms: Vec<(usize, &str)> = (0..tgt.len())
                .filter(|&j| !self.tgt_used[j])
                .filter_map(|j| listed_acronym(&tgt[j].text).map(|c| (j, c)))
                .collect();
            if let ([(i, x)], [(j, y)]) = (src_acronyms.as_slice(), tgt_acronyms.as_slice()) {
                // Not a body of the other ("UNHCR" / "UN").
                if x != y && !abbreviated(&src[*i].text, &tgt[*j].text) {
                    self.substituted(*i, *j, (src[*i].text.clone(), tgt[*j].text.clone()));
                }
            }
        }
    }

    /// One proper name left on each side: one name by rule, a respelling, a
    /// substitution, or a `lone_pair` for the judge.
    fn one_name_left_on_each_side(&mut self, left: &Leftovers) {
        let (source, target, parallel) = (self.source, self.target, self.parallel);
        let (src, tgt) = (source.names, target.names);
        let (src_weak, tgt_weak) = (left.src_weak, left.tgt_weak);
        if let (([i], [j]), None) = (
            (left.src_proper.as_slice(), left.tgt_left.as_slice()),
            &self.pairing.mismatch,
        ) {
            let (a, b) = (&src[*i].text, &tgt[*j].text);
            let (wa, wb) = (&source.words[*i], &target.words[*j]);
            // The speaker a sentence credits and a name inside the other's
            // quoted words fill two slots, the speech's credit and its
            // content ("kata John Kerry" / "... verify that the Islamic
            // Republic of Iran ...", the quote's credit left to the
            // sentence before): neither stands in for the other.
            let credit_against_content = (wa.credited && wb.quoted && !wa.quoted)
                || (wb.credited && wa.quoted && !wb.quoted);
            // Having set weak names aside, pair only names whose capitals count.
            let firm = (!(src_weak || tgt_weak) || !(src[*i].initial || tgt[*j].initial))
                && !credit_against_content;
            // Name only the words that differ when both names share some.
            let (differ_a, differ_b) = match (wa.differing_words(wb), wb.differing_words(wa)) {
                (Some(x), Some(y)) if x != *a || y != *b => (Some(x), Some(y)),
                _ => (None, None),
            };
            // Reports of one story that are not translations of each other name
            // other people and places in sentences that only share a fact
            // ("Indonesia" / "Java", "Bush" / "Washington"): a substitution is
            // read there only when the names look alike or share a word; in a
            // parallel pair (a close rendering) any lone name put in place of
            // another is one.
            // Two acronyms `names.tsv` lists of different entities stand for
            // organisations by name, not for other parts of the statement
            // ("WHO" / "UNICEF").
            let listed_acronyms = listed_acronym(a)
                .zip(listed_acronym(b))
                .is_some_and(|(x, y)| x != y);
            let plausible = parallel
                || differ_a.is_some()
                || listed_acronyms
                || similarity(a, b) >= SUBSTITUTION_MIN_SIMILARITY;
            // Two names that differ only in words that are one respelled ("Pelatih
            // Jurgen Klopp" / "Coach Jurgen Kloop", the role word read into the
            // name): the same person, spelled differently.
            let respelled = match (&differ_a, &differ_b) {
                (Some(x), Some(y)) => (relation(x, y) == NameRelation::Variant
                    && !is_standard_spelling(x, y)
                    && !spelled_by_rule(x, y)
                    && (wa.unmet_proper_word(wb) || wb.unmet_proper_word(wa)))
                .then(|| respelled_words(x, y))
                .map(|pairs| {
                    if pairs.is_empty() {
                        (x.clone(), y.clone())
                    } else {
                        joined_sides(pairs)
                    }
                }),
                _ => None,
            };
            // Or one name, each language writing it by its own rule ("Muslim
            // Syiah" / "Shia Muslims"), or a body named by its country that the
            // report names by the country's adjective ("Angkatan Laut Sri
            // Lanka" / "Sri Lankan", "navy" in lowercase).
            let same_by_rule = match (&differ_a, &differ_b) {
                // "Liga Super" / "SuperLiga": one compound, closed
                (Some(x), Some(y)) => spelled_by_rule(x, y) || relation(x, y) == NameRelation::Same,
                _ => spelled_by_rule(a, b) || plural_of(a, b),
            } || demonym_of_run_place(a, b)
                || place_and_its_demonym(a, b)
                || differ_a
                    .as_deref()
                    .is_some_and(|x| country_left_out(x, wa, wb))
                || body_named_by_demonym(source, *i, target, *j)
                || same_compass_place(wa, wb)
                || one_body_split_at_and(source, *i, target, *j);
            if same_by_rule {
                self.agreement.push(1.0);
                self.src_left.retain(|k| k != i);
            } else if let (true, Some(pair)) = (firm, respelled) {
                self.agreement.push(0.8);
                self.pairing.variants.push(pair);
                self.src_left.retain(|k| k != i);
            } else if firm
                && plausible
                && !translated_acronym(a, b)
                && !abbreviated(a, b)
                && !demonym_against_no_place(a, b)
                && !country_code_against_words((a, wa), (b, wb))
                && !matches!((&differ_a, &differ_b), (Some(x), Some(y))
                    if country_code_against_words((x, wa), (y, wb)))
            {
                let shown = match (differ_a, differ_b) {
                    (Some(x), Some(y)) => (x, y),
                    _ => (a.clone(), b.clone()),
                };
                self.mismatched(*i, *j, shown);
                self.src_left.retain(|k| k != i);
            } else if firm && !translated_acronym(a, b) && !abbreviated(a, b) {
                self.pairing.lone_pair = Some((*i, *j));
            }
        }
    }

    /// In a close rendering, a source name and a report name left over
    /// beside the same pair of names, in the same order and a joiner or a
    /// word or two from it on each side ([`MAX_SLOT_GAP`]), stand in one
    /// slot, so one was put in the other's place, however many other names
    /// are left: "di Eropa dan Kanada" / "in Europe and the United States"
    /// (an added "Meksiko" left over too), "Westpac, Hamish Gallagher" /
    /// "ASB economist Hamish Gallagher". Only where exactly one such pair
    /// is found, of names of one kind that are not one name.
    fn name_in_the_same_slot(&mut self, left: &Leftovers) {
        if !self.parallel || self.pairing.mismatch.is_some() {
            return;
        }
        let (source, target) = (self.source, self.target);
        let (src, tgt) = (source.names, target.names);
        let (n, m) = (src.len(), tgt.len());
        let close = |names: &[NameAnchor], x: usize, y: usize| {
            gap(&names[x], &names[y]).is_some_and(|g| g <= MAX_SLOT_GAP)
        };
        let neighbours_paired = |i: usize, j: usize| {
            let before = i > 0
                && j > 0
                && self.partner_of(i - 1) == Some(j - 1)
                && close(src, i - 1, i)
                && close(tgt, j - 1, j);
            let after = i + 1 < n
                && j + 1 < m
                && self.partner_of(i + 1) == Some(j + 1)
                && close(src, i, i + 1)
                && close(tgt, j, j + 1);
            before || after
        };
        let mut found = None;
        for &i in &left.src_proper {
            for &j in &left.tgt_left {
                let (a, b) = (&source.names[i].text, &target.names[j].text);
                let (wa, wb) = (&source.words[i], &target.words[j]);
                // A word derived from the other ("Sikh" / "Sikhism").
                let (la, lb) = (a.to_lowercase(), b.to_lowercase());
                let derived = la.starts_with(&lb) || lb.starts_with(&la);
                let one_name = same_name((wa, a), (wb, b))
                    || derived
                    || translated_acronym(a, b)
                    || abbreviated(a, b)
                    || written_by_rule(source, i, target, j)
                    || same_compass_place(wa, wb);
                // A listed place stands for a listed place, a body or a
                // person for one of them ("Indeks Harga Saham Gabungan" is
                // no "Jakarta").
                let kinds_agree = canonical(a).is_some() == canonical(b).is_some();
                // Names that share a proper word are one name written two
                // ways ("Maria La Vang" / "La Vang Marian"; a shared
                // "County" or "Kementerian" / "Ministry" says nothing),
                // and a lone word the lexicon knows, no list giving it as
                // a place, is a word of a longer name the finder split
                // ("the Feast of the Assumption").
                let shares_a_word =
                    (0..wa.cognates.len()).any(|k| !wa.known[k] && wa.word_meets(k, wb));
                let lone_word = |w: &NameWords, text: &str| {
                    w.known.as_slice() == [true] && canonical(text).is_none()
                };
                let firm = !shares_a_word && !lone_word(wa, a) && !lone_word(wb, b);
                if neighbours_paired(i, j)
                    && kinds_agree
                    && firm
                    && may_stand_for(source, i, target, j)
                    && !one_name
                {
                    if found.is_some() {
                        return;
                    }
                    found = Some((i, j));
                }
            }
        }
        if let Some((i, j)) = found {
            let shown = (source.names[i].text.clone(), target.names[j].text.clone());
            self.substituted(i, j, shown);
        }
    }

    /// The target name source name `i` was paired with as the same name
    /// (not one read as put in another's place).
    fn partner_of(&self, i: usize) -> Option<usize> {
        let j = self.paired_with[i]?;
        (self.pairing.mismatch_at != Some((i, j))).then_some(j)
    }

    /// A source name and a report name left over that are one place with
    /// another compass word ("Jawa Barat" / "East Java", beside "Jawa
    /// Tengah" / "Central Java" paired): another region, however many
    /// other names are left ("Indonesia" / "the country's").
    fn same_place_other_compass(&mut self, left: &Leftovers) {
        // One name left on each side is the next stage's.
        let lone = left.src_proper.len() == 1 && left.tgt_left.len() == 1;
        if self.pairing.mismatch.is_some() || lone {
            return;
        }
        let (source, target) = (self.source, self.target);
        for &i in &left.src_proper {
            let wa = &source.words[i];
            let other_region = left
                .tgt_left
                .iter()
                .copied()
                .find(|&j| !self.tgt_used[j] && compass_differs(wa, &target.words[j]));
            if let Some(j) = other_region {
                // The words that differ, as the next stage names them.
                let shown = self.differing_words(i, j);
                self.substituted(i, j, shown);
                return;
            }
        }
    }

    /// A source name left over that is part of one body the name finder
    /// split at "and" on both sides, each language ordering the body's
    /// words ("Federasi Bobsled dan Skeleton Internasional" /
    /// "International Bobsleigh and Skeleton Federation"), is that body:
    /// the same name, neither left over nor standing for another.
    fn parts_of_one_body_split_at_and(&mut self) {
        let (source, target) = (self.source, self.target);
        let left = self.src_left.clone();
        for i in left {
            let Some(j) = (0..target.names.len())
                .find(|&j| !self.tgt_used[j] && one_body_split_at_and(source, i, target, j))
            else {
                continue;
            };
            self.tgt_used[j] = true;
            self.agreement.push(1.0);
            self.src_left.retain(|&k| k != i);
        }
    }

    /// The names left with no partner, for the judge to read as replaced
    /// when the rest of the pair meets. A name of two words or more counts
    /// wherever it stands ("Gunung Merapi" opening the sentence, its second
    /// capital saying it is a name); a Title Case line read as one name
    /// leaves no other words to meet.
    fn unpaired_leftovers(&mut self) {
        let (source, target) = (self.source, self.target);
        let (src, tgt) = (source.names, target.names);
        let (src_left, tgt_used) = (&self.src_left, &self.tgt_used);
        if self.pairing.mismatch.is_none() {
            let candidate = |p: SentenceNames<'_>, k: usize| {
                (is_proper(p, k) || p.words[k].cognates.len() >= 2) && !is_demonym(&p.names[k].text)
            };
            // Nor is a name whose acronym after it in brackets the other side
            // has ("Keselamatan Kerja (HSE)" / "Safety Executive (HSE)").
            let src_cand: Vec<usize> = src_left
                .iter()
                .copied()
                .filter(|&i| {
                    candidate(source, i)
                        && !source.words[i].mentioned_in(target.key_set)
                        && acronym_after(src, i).is_none_or(|k| src_left.contains(&k))
                        && !listed_body_of_shared_acronym(src, tgt, i)
                })
                .collect();
            let tgt_cand: Vec<usize> = (0..tgt.len())
                .filter(|&j| {
                    !tgt_used[j]
                        && candidate(target, j)
                        && !acronym_after(tgt, j).is_some_and(|k| tgt_used[k])
                        && !listed_body_of_shared_acronym(tgt, src, j)
                })
                .collect();
            if (1..=2).contains(&src_cand.len()) && src_cand.len() == tgt_cand.len() {
                let pairs: Vec<(usize, usize)> = src_cand.into_iter().zip(tgt_cand).collect();
                if pairs
                    .iter()
                    .all(|&(i, j)| may_stand_for(source, i, target, j))
                {
                    self.pairing.unpaired = pairs;
                }
            }
        }
    }

    /// The source names left with no partner (each mentioned in the
    /// target's words, or only in the source), then the score: the mean
    /// agreement, and the mean were the `unpaired` names substitutions.
    fn score(self) -> NamePairing {
        let Pairer {
            source,
            target,
            src_left,
            mut agreement,
            mismatch_agreement,
            mut pairing,
            ..
        } = self;
        let src = source.names;
        let mut unpaired_at = Vec::new();
        for i in src_left {
            if source.words[i].mentioned_in(target.key_set) {
                // The target has the name's words, though not as a name.
                agreement.push(1.0);
                continue;
            }
            // Material the report lacks, not a name that differs: see
            // `Judgement::names_only_in_source`.
            agreement.push(0.5);
            pairing.only_in_source.push(src[i].text.clone());
            if pairing.unpaired.iter().any(|&(k, _)| k == i) {
                unpaired_at.push(agreement.len() - 1);
            }
        }
        pairing.score = mean(&agreement);
        if let Some(k) = mismatch_agreement {
            let mut agreed = agreement.clone();
            agreed[k] = 1.0;
            pairing.agreed_score = mean(&agreed);
        }
        if !pairing.unpaired.is_empty() {
            for k in unpaired_at {
                agreement[k] = 0.0;
            }
            pairing.unpaired_score = mean(&agreement);
        }
        pairing
    }
}

/// The words put in another's place in a name the rendering kept as
/// written: the two names open or end with the same words, spelled alike,
/// and differ in the words between, each side's own ("Ark Elvin Academy" /
/// "Ark Globe Academy", "Mark Hurst" / "Mike Hurst", "Royal College of
/// Emergency Medicine" / "Royal College of Nursing"). A source word there
/// must be one its lexicon does not know and meet no target word, so a
/// name translated word by word ("Gunung Merapi" / "Mount Merapi") is
/// none; (source words, target words) as written.
fn kept_name_word_replaced(source: &NameWords, target: &NameWords) -> Option<(String, String)> {
    let (a, b) = (&source.texts, &target.texts);
    if a.len() != source.cognates.len() || b.len() != target.cognates.len() {
        return None;
    }
    let same = |x: &String, y: &String| x.to_lowercase() == y.to_lowercase();
    let prefix = a.iter().zip(b).take_while(|(x, y)| same(x, y)).count();
    let rest = a.len().min(b.len()) - prefix;
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(rest)
        .take_while(|(x, y)| same(x, y))
        .count();
    // A joiner at either edge ("of") is no word of the name's own.
    let trim = |words: &[String], mut r: std::ops::Range<usize>| {
        let joiner = |w: &String| w.starts_with(char::is_lowercase);
        while r.start < r.end && joiner(&words[r.start]) {
            r.start += 1;
        }
        while r.start < r.end && joiner(&words[r.end - 1]) {
            r.end -= 1;
        }
        r
    };
    let mid_a = trim(a, prefix..a.len() - suffix);
    let mid_b = trim(b, prefix..b.len() - suffix);
    if prefix + suffix == 0 || mid_a.is_empty() || mid_b.is_empty() {
        return None;
    }
    let own = mid_a
        .clone()
        .all(|k| !source.known[k] && !source.word_meets(k, target))
        && mid_b.clone().all(|k| !target.word_meets(k, source));
    own.then(|| (a[mid_a].join(" "), b[mid_b].join(" ")))
}

/// Whether source name `i` and target name `j` are one name, each language
/// writing it by its own rule: a place's adjective or an Arabic word
/// transliterated (`spelled_by_rule`), a plural, a place and its demonym,
/// or a body named by its country on one side and by the demonym on the
/// other.
fn written_by_rule(
    source: SentenceNames<'_>,
    i: usize,
    target: SentenceNames<'_>,
    j: usize,
) -> bool {
    let (a, b) = (&source.names[i].text, &target.names[j].text);
    spelled_by_rule(a, b)
        || plural_of(a, b)
        || demonym_of_run_place(a, b)
        || place_and_its_demonym(a, b)
        || body_named_by_demonym(source, i, target, j)
}

/// The most bytes between two names of one slot and the pair beside them
/// (see `Pairer::name_in_the_same_slot`): a joiner or a word or two
/// (" dan ", ", ", " economist ", " and the ").
const MAX_SLOT_GAP: usize = 16;

/// Whether a source name and a target name (each its words and text), left
/// over where a capitalised run held two names, are another name put in
/// the place of the other: not the same name, respelled, translated or
/// abbreviated (unless a compass word differs), and, outside a close
/// rendering (`parallel`), alike enough to be a substitution.
fn another_name(source: (&NameWords, &str), target: (&NameWords, &str), parallel: bool) -> bool {
    let ((ws, a), (wt, b)) = (source, target);
    (!same_name(source, target) || compass_differs(ws, wt))
        && (parallel || similarity(a, b) >= SUBSTITUTION_MIN_SIMILARITY)
}

/// Whether two names (each its words and text) name one entity: one name
/// respelled, translated or abbreviated, with the same compass words
/// ("Komisi Pemilihan Umum Australia" / "Australian Electoral
/// Commission"; not "Sulawesi Utara" / "South Sulawesi").
pub fn one_entity(source: (&NameWords, &str), target: (&NameWords, &str)) -> bool {
    same_name(source, target) && !compass_differs(source.0, target.0)
}

/// Whether two names (each its words and text) are one name, respelled,
/// translated or abbreviated, its compass words aside.
fn same_name(source: (&NameWords, &str), target: (&NameWords, &str)) -> bool {
    let ((ws, a), (wt, b)) = (source, target);
    // A place and its demonym, in either language ("Tiongkok" / "Chinese").
    let one_place = place_named(a).is_some() && place_named(a) == place_named(b);
    one_place
        || compound_of_places(a, b)
        || relation(a, b) != NameRelation::Different
        || ws.translates(wt)
        || same_core(ws, wt)
        || translated_acronym(a, b)
}

/// The words of `run` (a source name) that do not meet `partner` (the
/// target name it was paired with), as a name of their own, when they make
/// one block at the start or the end of the run: the run holds `partner`
/// and more ("California" of "California Gavin Newsom" against "Gavin
/// Newsom", "Dwikorita Karnawati" of "BMKG Dwikorita Karnawati" against
/// "BMKG", "Marinir" of "Marinir Tommy Roque"). Either the partner or the
/// block must be a name of two words or more: "Joko" of "Joko Widodo"
/// against "Widodo" is a given name the report left out (a one-word place
/// against one proper word aside, see `place_first`).
fn run_rest(run: &NameWords, partner: &NameWords, place_first: bool) -> Option<NameWords> {
    let n = run.cognates.len();
    if n < 2 || run.texts.len() != n || run.known.len() != n {
        return None;
    }
    let met: Vec<bool> = (0..n).map(|k| run.word_meets(k, partner)).collect();
    // Every word of the partner is in the run: the run contains it.
    if !(0..partner.cognates.len()).all(|k| partner.word_meets(k, run)) {
        return None;
    }
    // The words that meet nothing, when they make one block at the start or
    // the end of `met` (whose first word is word `offset` of the run).
    let block_of = |met: &[bool], offset: usize| {
        let n = met.len();
        let unmet = met.iter().filter(|&&m| !m).count();
        if unmet == 0 || unmet == n {
            None
        } else if met[unmet..].iter().all(|&m| m) && met[..unmet].iter().all(|&m| !m) {
            Some(offset..offset + unmet)
        } else if met[..n - unmet].iter().all(|&m| m) && met[n - unmet..].iter().all(|&m| !m) {
            Some(offset + n - unmet..offset + n)
        } else {
            None
        }
    };
    // Failing that, common words opening the run before the partner are a
    // title or role the sentence starts with ("Pemimpin DUP Arlene Foster":
    // leader), not part of either name.
    let title = || {
        let first_met = met.iter().position(|&m| m)?;
        let title = (0..first_met).take_while(|&k| run.known[k]).count();
        (title > 0 && title == first_met)
            .then(|| block_of(&met[title..], title))
            .flatten()
    };
    let block = block_of(&met, 0).or_else(title)?;
    // One word against one is too little to part a run, unless the partner
    // is a listed place or its demonym and `place_first` (an Indonesian run,
    // where a place before a name is no adjective of it, as English
    // "Asian Filmmaker" is): the run is that place's body or person
    // ("Israel B'Tselem" / "Israeli"), where the rest is a proper word.
    let one_place = place_first
        && partner.texts.len() == 1
        && (is_one_word_listed_place(&partner.texts[0])
            || place_of_demonym(&partner.texts[0]).is_some());
    let proper_rest = block.clone().all(|k| !run.known[k]);
    if partner.cognates.len() < 2 && block.len() < 2 && !(one_place && proper_rest) {
        return None;
    }
    Some(NameWords {
        keys: run.keys[block.clone()].to_vec(),
        phrase_keys: run
            .phrase_keys
            .get(block.clone())
            .map(<[usize]>::to_vec)
            .unwrap_or_default(),
        cognates: run.cognates[block.clone()].to_vec(),
        texts: run.texts[block.clone()].to_vec(),
        known: run.known[block].to_vec(),
        common: false,
        credited: run.credited,
        quoted: run.quoted,
    })
}

/// [`run_rest`] when it is a name by itself: the run holds `partner` and
/// another name.
fn run_remainder(run: &NameWords, partner: &NameWords, place_first: bool) -> Option<NameWords> {
    let rest = run_rest(run, partner, place_first)?;
    // A name of its own: a proper word, or a listed name ("Jawa Barat"), or
    // a word the lexicon gives only as itself, a borrowed name ("Chicago"
    // of "Wali Kota Chicago Rahm Emanuel" against "Rahm Emanuel").
    // (Its keys are its translations and then itself: two or more, all
    // one; an English word carries its own stem alone.)
    let borrowed = |k: usize| {
        let keys = &rest.keys[k];
        keys.len() >= 2 && keys.iter().all(|&key| key == keys[0])
    };
    // A demonym is a place's name too ("Chinese" of "Chinese Foreign
    // Ministry" against "Kementerian Luar Negeri").
    let text = rest.texts.join(" ");
    // An English article the source keeps in a title ("The Salt House" /
    // "Salt House") is no name.
    let article = rest
        .texts
        .iter()
        .all(|t| matches!(t.to_lowercase().as_str(), "the" | "a" | "an"));
    let named = rest.known.iter().any(|&k| !k)
        || (0..rest.keys.len()).any(borrowed)
        || canonical(&text).is_some()
        || place_of_demonym(&text).is_some();
    (named && !article).then_some(rest)
}

/// Whether two names share a word and each holds a listed place (or its
/// demonym) the other does not name: one place's institution put where the
/// other's stands ("Bank Indonesia" / "Bank Negara Malaysia", "Kedutaan
/// Besar Prancis" / "German Embassy").
fn places_swapped(a: &NameWords, b: &NameWords) -> bool {
    let places = |w: &NameWords| -> Vec<&'static str> {
        w.texts.iter().filter_map(|t| place_named(t)).collect()
    };
    let (pa, pb) = (places(a), places(b));
    let is_place = |w: &NameWords, k: usize| place_named(&w.texts[k]).is_some();
    let shares_other_word = (0..a.cognates.len()).any(|k| !is_place(a, k) && a.word_meets(k, b));
    a.texts.len() == a.cognates.len()
        && b.texts.len() == b.cognates.len()
        && !pa.is_empty()
        && !pb.is_empty()
        && pa.iter().all(|p| !pb.contains(p))
        && shares_other_word
}

/// A name `names.tsv` lists that is no acronym: a country, city or
/// organisation written out ("France", "Beijing", "Associated Press").
fn is_listed(name: &str) -> bool {
    canonical(name).is_some() && !is_acronym(name)
}

/// The entity of an acronym `names.tsv` lists ("WHO": World Health
/// Organization); None for any other name.
fn listed_acronym(name: &str) -> Option<&'static str> {
    is_acronym(name).then(|| canonical(name)).flatten()
}

/// Whether source name `i` and target name `j`, each left over with no
/// partner, may be one put in the other's place: neither an acronym (each
/// language abbreviates its own words) unless both are codes with digits,
/// neither a lone word where a
/// sentence starts unless `names.tsv` lists it (its capital may say
/// nothing), both or neither credited with a statement, and a person's
/// full name only against another person's name, a full name or a lone
/// surname ("Menteri Luar Negeri John Kerry" is no "Islamic Republic of
/// Iran": another part of the statement, put in other words).
fn may_stand_for(source: SentenceNames<'_>, i: usize, target: SentenceNames<'_>, j: usize) -> bool {
    let (a, b) = (&source.names[i], &target.names[j]);
    let firm = |n: &NameAnchor| !n.initial || is_listed(&n.text);
    let person = |p: SentenceNames<'_>, k: usize| is_full_person_name(p, k);
    let surname = |p: SentenceNames<'_>, k: usize| {
        p.words[k].known.as_slice() == [false] && !is_listed(&p.names[k].text)
    };
    let personlike = |p: SentenceNames<'_>, k: usize| person(p, k) || surname(p, k);
    let kinds_agree = (!person(source, i) || personlike(target, j))
        && (!person(target, j) || personlike(source, i));
    // A code with digits (a road, a flight, a group: "A38", "MH17", "G7")
    // is written alike in both languages, unlike an acronym.
    let code = |n: &NameAnchor| n.text.bytes().any(|c| c.is_ascii_digit());
    ((!is_acronym(&a.text) && !is_acronym(&b.text)) || (code(a) && code(b)))
        && firm(a)
        && firm(b)
        && source.words[i].credited == target.words[j].credited
        && kinds_agree
}

/// Compass words in names, lowercase, with the direction each gives
/// (Indonesian and English; "middle" as in "Middle East" / "Timur
/// Tengah"; a river's "Lower" and "Upper", downstream and upstream:
/// "Juba Hilir" / "Lower Juba"). Sorted by word, no duplicates.
const COMPASS_WORDS: &[(&str, &str)] = &[
    ("atas", "up"),
    ("barat", "w"),
    ("bawah", "lo"),
    ("central", "c"),
    ("east", "e"),
    ("eastern", "e"),
    ("hilir", "lo"),
    ("hulu", "up"),
    ("lower", "lo"),
    ("middle", "c"),
    ("north", "n"),
    ("north-east", "ne"),
    ("north-eastern", "ne"),
    ("north-west", "nw"),
    ("north-western", "nw"),
    ("northeast", "ne"),
    ("northeastern", "ne"),
    ("northern", "n"),
    ("northwest", "nw"),
    ("northwestern", "nw"),
    ("pusat", "c"),
    ("selatan", "s"),
    ("south", "s"),
    ("south-east", "se"),
    ("south-eastern", "se"),
    ("south-west", "sw"),
    ("south-western", "sw"),
    ("southeast", "se"),
    ("southeastern", "se"),
    ("southern", "s"),
    ("southwest", "sw"),
    ("southwestern", "sw"),
    ("tengah", "c"),
    ("tenggara", "se"),
    ("timur", "e"),
    ("upper", "up"),
    ("utara", "n"),
    ("west", "w"),
    ("western", "w"),
];

/// Compass words of two words, each a direction of its own alone
/// ("barat" west) but together another ("barat laut" north-west), in
/// Indonesian and in English written apart ("North West" province).
const COMPASS_PAIRS: &[(&str, &str, &str)] = &[
    ("barat", "daya", "sw"),
    ("barat", "laut", "nw"),
    ("north", "east", "ne"),
    ("north", "west", "nw"),
    ("south", "east", "se"),
    ("south", "west", "sw"),
    ("timur", "laut", "ne"),
];

/// The directions the compass words of a name give, sorted ("Nusa
/// Tenggara Timur" gives e and se), and which of its words are compass
/// words.
fn compass(words: &NameWords) -> (Vec<&'static str>, Vec<bool>) {
    let lower: Vec<String> = words.texts.iter().map(|t| t.to_lowercase()).collect();
    let mut dirs = Vec::new();
    let mut is_compass = vec![false; lower.len()];
    let mut k = 0;
    while k < lower.len() {
        let pair = lower.get(k + 1).and_then(|next| {
            COMPASS_PAIRS
                .iter()
                .find(|(x, y, _)| *x == lower[k] && y == next)
        });
        if let Some((_, _, dir)) = pair {
            dirs.push(*dir);
            is_compass[k] = true;
            is_compass[k + 1] = true;
            k += 2;
            continue;
        }
        if let Ok(at) = COMPASS_WORDS.binary_search_by(|(w, _)| (*w).cmp(lower[k].as_str())) {
            dirs.push(COMPASS_WORDS[at].1);
            is_compass[k] = true;
        }
        k += 1;
    }
    dirs.sort_unstable();
    dirs.dedup();
    (dirs, is_compass)
}

/// Whether two names are one name with other compass words: the same
/// words but for those ("Sumatra Barat" / "North Sumatra" are two
/// provinces, "Jawa Timur" / "East Java" one). "North Carolina" /
/// "University of South Carolina" is not: a university is no region.
fn compass_differs(a: &NameWords, b: &NameWords) -> bool {
    let ((da, ca), (db, cb)) = (compass(a), compass(b));
    if da.is_empty() || db.is_empty() || da == db {
        return false;
    }
    if a.texts.len() != a.cognates.len() || b.texts.len() != b.cognates.len() {
        return false;
    }
    // A word that heads a place's name, which one side may write apart
    // ("Provinsi Kivu Utara" / "South Kivu province"), is no part of what
    // the two must share.
    let rest = |w: &NameWords, compass: &[bool]| -> Vec<usize> {
        (0..compass.len())
            .filter(|&k| !compass[k] && !heads_a_place(&w.texts[k]))
            .collect()
    };
    let (ra, rb) = (rest(a, &ca), rest(b, &cb));
    let meets = |x: &NameWords, k: usize, y: &NameWords, m: usize| {
        x.keys[k].iter().any(|key| y.keys[m].contains(key))
            || is_cognate(&x.cognates[k], &y.cognates[m])
    };
    !ra.is_empty()
        && ra.len() == rb.len()
        && ra.iter().all(|&k| rb.iter().any(|&m| meets(a, k, b, m)))
        && rb.iter().all(|&m| ra.iter().any(|&k| meets(a, k, b, m)))
}

/// Whether a word heads the name of a place or a body ([`PLACE_HEADS`]:
/// "Provinsi", "Mount", "Partai").
fn heads_a_place(word: &str) -> bool {
    sorted_contains(PLACE_HEADS, &word.to_lowercase())
}

/// Whether two names are one region told by the same compass direction,
/// each language writing the direction its own way ("Provinsi Barat
/// Laut" / "North-Western Province"): their directions agree, and each
/// other word meets the other name or heads a place's name.
fn same_compass_place(a: &NameWords, b: &NameWords) -> bool {
    let ((da, ca), (db, cb)) = (compass(a), compass(b));
    let rest_meets = |x: &NameWords, cx: &[bool], y: &NameWords| {
        (0..cx.len()).all(|k| cx[k] || heads_a_place(&x.texts[k]) || x.word_meets(k, y))
    };
    !da.is_empty()
        && da == db
        && a.texts.len() == ca.len()
        && b.texts.len() == cb.len()
        && rest_meets(a, &ca, b)
        && rest_meets(b, &cb, a)
}

/// Two places `names.tsv` lists as two entities that differ in a compass
/// word, however many other words they share ("Sudan Selatan" / "Sudan",
/// "North Korea" / "Korea Selatan"). Not an exonym that names two listed
/// entities ("Inggris": Britain, and England).
fn listed_apart(a: (&str, &NameWords), b: (&str, &NameWords)) -> bool {
    canonical(a.0)
        .zip(canonical(b.0))
        .is_some_and(|(x, y)| x != y)
        && compass(a.1).0 != compass(b.1).0
}

/// Whether name `k` of a sentence reads as a person's full name: two words
/// or more, most of them proper words the lexicon does not know, and not a
/// listed place or organisation nor an acronym ("Vincent Aboubakar", not
/// "AP", "Egypt", "Piala Afrika" or "Buku Pegangan Admin").
fn is_full_person_name(p: SentenceNames<'_>, k: usize) -> bool {
    let (name, words) = (&p.names[k], &p.words[k]);
    let proper = words.known.iter().filter(|&&known| !known).count();
    // Half the words will do: given names and surnames are often ordinary
    // words too ("Andika Perkasa", "Moon Jae-in", "Dele Alli"), but not
    // after a word that heads a place's name ("Mount Semeru"), nor beside a
    // compass word ("East Java").
    let heads_a_place = words.texts.first().is_some_and(|w| heads_a_place(w));
    let enough = proper * 2 > words.known.len()
        || (proper * 2 == words.known.len() && !heads_a_place && compass(words).0.is_empty());
    words.cognates.len() >= 2
        && enough
        && !words.common
        && canonical(&name.text).is_none()
        && !is_acronym(&name.text)
}

/// Whether two names share a proper word (one the lexicon does not know)
/// and every other word of either is an ordinary word of its language:
/// the same entity with its descriptor put in other words ("Keluarga
/// Calligra" / "Calligra Suite"). "Marilyne Brun" / "Marilyne Schneier"
/// is not: the words that differ are names.
fn same_core(a: &NameWords, b: &NameWords) -> bool {
    let meets = |x: &NameWords, k: usize, y: &NameWords, m: usize| {
        x.keys[k].iter().any(|key| y.keys[m].contains(key))
            || is_cognate(&x.cognates[k], &y.cognates[m])
    };
    let mut core = false;
    for (x, y) in [(a, b), (b, a)] {
        for k in 0..x.cognates.len() {
            let met = (0..y.cognates.len()).any(|m| meets(x, k, y, m));
            if met && !x.known[k] {
                core = true;
            } else if !met && !x.known[k] {
                return false;
            }
        }
    }
    core
}

/// Two acronyms, at least one of them not in `names.tsv`: most likely the
/// same thing abbreviated in each language (KTP / ID, TCI / TCOs, and the
/// listed PBB / UN, UE / EU), not a substitution. Two listed acronyms of
/// different entities (FSB / CIA) are a substitution.
fn translated_acronym(a: &str, b: &str) -> bool {
    let acronym = |s: &str| is_acronym(strip_acronym_inflection(s));
    acronym(a)
        && acronym(b)
        && (canonical(a).is_none() || canonical(b).is_none())
        && !one_letter_apart(a, b)
}

/// Whether one name is an acronym of the other, a name of two words or
/// more that one side writes in part: the initials of its capitalised words
/// are letters of the acronym in a row ("PFA" / "Professional Footballers",
/// split from its "Association"; "UNEP" / "United Nations"; "JCF" /
/// "Constabulary Force", split from its "Jamaica"; not "NYSEG" /
/// "National Grid").
fn abbreviated(a: &str, b: &str) -> bool {
    abbreviates(a, b) || abbreviates(b, a)
}

/// Whether `acronym` abbreviates `name` (see [`abbreviated`]).
fn abbreviates(acronym: &str, name: &str) -> bool {
    let acronym = strip_acronym_inflection(acronym);
    if !is_acronym(acronym) {
        return false;
    }
    let initials: Vec<char> = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let initials: String = initials.into_iter().collect();
    // An acronym whose first letters are the other acronym's ("UNHCR" /
    // "the UN refugee agency", whose other words English writes in
    // lowercase): a body of that organisation.
    let body_of = name.chars().count() >= 2
        && name.chars().all(|c| c.is_ascii_uppercase())
        && acronym.len() > name.len()
        && acronym.starts_with(name);
    body_of || initials.chars().count() >= 2 && acronym.contains(&initials)
}

/// Two acronyms of three letters or more that differ in one letter in its
/// place (WBC / WBO, CBS / NBC): one organisation put in another's place,
/// not one abbreviated in each language, whose letters differ more (KTP /
/// ID, PBB / UN).
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    a.len() == b.len() && a.len() >= 3 && a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1
}

/// What a name pair's words that are spelled differently say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Respelling {
    /// No word pairs up as a respelling.
    None,
    /// Every differing word is an ordinary word translated by its cognate:
    /// both words are lexicon words ("Kontrak Sosial" / "Social
    /// Contract"), or the report's word is an English word and the source's
    /// its loanword spelling ("Artistik" / "Artistic"); or a listed name in
    /// each language's own spelling (Rusia).
    Translated,
    /// Some word of the name is spelled differently ("Dmitri" / "Dmitry",
    /// "BitLocker" / "BitLoker").
    Respelled,
}

/// Judges the words [`respelled_words`] pairs in source name `i` and
/// target name `j`.
fn respelling(
    source: SentenceNames<'_>,
    i: usize,
    target: SentenceNames<'_>,
    j: usize,
    parallel: bool,
) -> Respelling {
    let (a, b) = (&source.names[i].text, &target.names[j].text);
    let known = |p: SentenceNames<'_>, k: usize, key: &str| {
        let words = &p.words[k];
        words
            .cognates
            .iter()
            .zip(&words.known)
            .any(|(c, &known)| c == key && known)
    };
    // A word that stands elsewhere in the other name: Indonesian puts a
    // name's head first ("Kastel Windsor" / "Windsor Castle", "Departemen
    // Kepolisian Houston" / "Houston Police Department"), so an English
    // word there is translated by its loanword, however the spelling was
    // adapted; a respelled person's name keeps its order, counted from its
    // end where a word opens one side only ("Andrés Moralez" / "Colombian
    // Andrés Morales").
    let moved = |x: &str, y: &str| {
        let at = |words: &NameWords, w: &str| words.texts.iter().position(|t| t == w);
        let (wa, wb) = (&source.words[i], &target.words[j]);
        let (la, lb) = (wa.texts.len(), wb.texts.len());
        match (at(wa, x), at(wb, y)) {
            (Some(p), Some(q)) => (p != q || la != lb) && la - p != lb - q,
            _ => false,
        }
    };
    // A proper word beside `x` or `y` makes the name a person's, where a
    // spelling is the person's own, not a loan's; not where a head noun
    // makes it a body's ("Korporasi Munisipal Brihanmumbai").
    let names_a_body = |w: &NameWords| w.texts.iter().any(|t| heads_a_name(&t.to_lowercase()));
    let in_a_persons_name = |x: &str, y: &str| {
        (source.words[i].has_proper_word_besides(x) || target.words[j].has_proper_word_besides(y))
            && !names_a_body(&source.words[i])
            && !names_a_body(&target.words[j])
    };
    // An English word Indonesian spells by its loan rules is a translation
    // where it is a common word: one the lexicon knows, or one an English
    // suffix derives from a name ("Fransiskan" / "Franciscan"), known to
    // the lexicon or not. A proper name no lexicon knows keeps its own
    // letters, so "Dakope" / "Dacope" and "Thesaloniki" / "Thessaloniki"
    // are respellings, and so is any such word in a person's name
    // ("Mikhael Bowman" / "Michael Bowman").
    // A common noun's loan suffix is a translation wherever it stands
    // ("Ranitidin" / "Ranitidine", "Kosmodrom Baikonur" / "Baikonur
    // Cosmodrome").
    let common = |x: &str, y: &str| {
        let lower = y.to_lowercase();
        let derived = ["an", "ic", "ism", "ist", "ese"]
            .iter()
            .any(|suffix| lower.ends_with(suffix));
        derived || known(source, i, &cognate_key(x)) || known(target, j, &cognate_key(y))
    };
    let loan = |x: &str, y: &str| {
        is_suffixed_loan_spelling(x, y)
            || is_loan_spelling(x, y) && !in_a_persons_name(x, y) && common(x, y)
    };
    let pairs = respelled_words(a, b);
    if pairs.is_empty() {
        return match cognate_respelling(&source.words[i], &target.words[j]) {
            // One word written closed on one side, apart on the other
            // ("Antidoping" / "Anti-Doping").
            Some((x, y)) if relation(&x, &y) == NameRelation::Same => Respelling::None,
            Some((x, y))
                if loan(&x, &y)
                    || spelled_by_rule(&x, &y)
                    || known(target, j, &cognate_key(&y)) && moved(&x, &y) =>
            {
                Respelling::Translated
            }
            Some(_) => Respelling::Respelled,
            None => Respelling::None,
        };
    }
    // Every word of the name written by its loan spelling in the other
    // language's order ("Reaktor Eksperimental Termonuklir Internasional" /
    // "International Thermonuclear Experimental Reactor"): a name
    // translated word by word, as no person's name is reordered.
    let (na, nb) = (source.words[i].texts.len(), target.words[j].texts.len());
    if pairs.len() >= 2 && pairs.len() == na && na == nb && pairs.iter().all(|(x, y)| moved(x, y)) {
        return Respelling::Translated;
    }
    let respelled = pairs.iter().any(|(x, y)| {
        let (kx, ky) = (cognate_key(x), cognate_key(y));
        // A loanword spelling of an English word ("Artistik" / "Artistic")
        // is a translation, but not inside a person's name, where the word
        // is a name that happens to be an English word too ("Kellvin
        // Kereva" / "Kelvin Kereva"). A proper word on either side makes
        // the name a person's: the other side's may be a common word of its
        // language ("Mohammed Salah": "salah" is Indonesian for wrong).
        let loanword = kx == ky && !in_a_persons_name(x, y);
        let translated = loan(x, y)
            || known(target, j, &ky)
                && (known(source, i, &kx) || loanword || (moved(x, y) && is_cognate(&kx, &ky)));
        // In a close rendering, a spelling `names.tsv` does not give, close
        // to the listed name in its place, is that name misspelled
        // ("Patana" / "Patna", "Kisimu" / "Kisumu"); elsewhere a listed
        // name's other form may be one the list lacks.
        let misspelt_listed = parallel
            && canonical(x).is_none()
            && canonical(y).is_some()
            && relation(x, y) == NameRelation::Variant;
        let listed = (canonical(x).is_some()
            || canonical(y).is_some()
            || one_word_alias(x).is_some_and(|full| full.eq_ignore_ascii_case(y)))
            && !misspelt_listed;
        // A listed name misspelled is a respelling even where the lexicon
        // knows the name ("Lausane" / "Lausanne"), unless Indonesian's own
        // rules spell it so ("Kairo").
        !spelled_by_rule(x, y)
            && ((misspelt_listed && !is_loan_spelling(x, y)) || (!translated && !listed))
    });
    if respelled {
        Respelling::Respelled
    } else {
        Respelling::Translated
    }
}

/// Whether two words are one word by a rule of how each language writes
/// it: a place and its adjective ([`adjective_of_place`]), an Arabic word
/// transliterated ([`arabic_alike`]). No respelling.
fn spelled_by_rule(indonesian: &str, english: &str) -> bool {
    adjective_of_place(indonesian, english)
        || y_for_initial_j(indonesian, english)
        || arabic_alike(indonesian, english)
        || compound_of_places(indonesian, english)
        || study_of_place(indonesian, english)
}

/// Whether `english` is the study of the place `names.tsv` lists as
/// `indonesian`, or one who studies it ("Mesir" / "Egyptologist",
/// "Egyptology"): a word made of the place's name, no name of its own.
fn study_of_place(indonesian: &str, english: &str) -> bool {
    let english = english.to_lowercase();
    let Some(stem) = ["ologists", "ologist", "ology"]
        .iter()
        .find_map(|suffix| english.strip_suffix(suffix))
    else {
        return false;
    };
    canonical(indonesian).is_some_and(|place| canonical(stem) == Some(place))
}

/// Whether `english` is one hyphenated word of demonyms (or places) of the
/// listed places that the hyphenated word ending `indonesian` names, in
/// the same order ("Rapper Inggris-Ghana" / "British-Ghanaian",
/// "Prancis-Jerman" / "Franco-German" aside: "Franco" is no demonym).
fn compound_of_places(indonesian: &str, english: &str) -> bool {
    let Some(places) = indonesian.rsplit(' ').next() else {
        return false;
    };
    if english.contains(' ') {
        return false;
    }
    let (ps, es): (Vec<&str>, Vec<&str>) = (
        places.split(crate::text::chars::is_hyphen).collect(),
        english.split(crate::text::chars::is_hyphen).collect(),
    );
    // Each part the same listed place, or the same word where one place
    // is written alike in both languages ("Köln-Bonn" / "Cologne-Bonn").
    let listed_alike = |p: &&str, e: &&str| {
        canonical(p)
            .is_some_and(|place| place_of_demonym(e) == Some(place) || canonical(e) == Some(place))
    };
    ps.len() >= 2
        && ps.len() == es.len()
        && ps.iter().zip(&es).any(|(p, e)| listed_alike(p, e))
        && ps
            .iter()
            .zip(&es)
            .all(|(p, e)| listed_alike(p, e) || (fold(p) == fold(e) && canonical(p).is_none()))
}

/// Whether `english` is the adjective or the people of the place
/// `indonesian` names, `names.tsv` listing it or not: the place's name with
/// a demonym ending ("Harappa" / "Harappan", "Iberia" / "Iberian",
/// "Lagos" / "Lagosians", "Kitzbühel" / "Kitzbüheler", "Berlin" /
/// "Berliners").
fn adjective_of_place(indonesian: &str, english: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ians", "eans", "ers", "ans", "ns", "ian", "ean", "er", "an", "n",
    ];
    let (place, adjective) = (indonesian.to_lowercase(), english.to_lowercase());
    // A bare "n" follows a vowel ("Iberia" / "Iberian"): after a
    // consonant it is a doubled letter ("Bauman" / "Baumann").
    let ends_in_vowel = place.ends_with(['a', 'e', 'i', 'o', 'u']);
    place.chars().count() >= 4
        && ENDINGS.iter().any(|e| {
            (ends_in_vowel || !e.starts_with('n'))
                && adjective.strip_suffix(e) == Some(place.as_str())
        })
}

/// The least [`similarity`] of two words that [`one_word_respelled`] reads
/// as one word written otherwise: below the spelling bar of a whole name
/// ([`super::VARIANT_MIN`]), as a letter added to a short given name
/// ("Marco" / "Marcos") or two to a long surname ("Michalewska" /
/// "Michalska") are.
const ONE_WORD_RESPELLED_MIN: f32 = 0.75;

/// The words of two names of as many words, two or more, that differ in
/// one place only, where they are alike ([`ONE_WORD_RESPELLED_MIN`]) and no
/// loan spelling of each other: one person's name with one word written
/// otherwise ("André Ventura" / "Andrés Ventura").
fn one_word_respelled(a: &str, b: &str) -> Option<(String, String)> {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() != wb.len() || wa.len() < 2 {
        return None;
    }
    let mut differing = wa.iter().zip(&wb).filter(|(x, y)| fold(x) != fold(y));
    let (x, y) = differing.next()?;
    (differing.next().is_none()
        && similarity(x, y) >= ONE_WORD_RESPELLED_MIN
        && !is_loan_spelling(x, y))
    .then(|| ((*x).to_string(), (*y).to_string()))
}

/// The listed place a name names, as its name or as its demonym ("Tiongkok"
/// and "Chinese" both China).
fn place_named(name: &str) -> Option<&'static str> {
    canonical(name).or_else(|| place_of_demonym(name))
}

/// Whether `english` is the demonym of the place `names.tsv` lists as
/// `indonesian` ("Inggris" / "British", "Uni Emirat Arab" / "Emirati"), or
/// each language's adjective of one place ("Portugis" / "Portuguese").
fn place_and_its_demonym(indonesian: &str, english: &str) -> bool {
    place_named(indonesian).is_some_and(|place| {
        place_of_demonym(english).or_else(|| person_of_place(english)) == Some(place)
    })
}

/// The place of a capitalised noun for one of its people that is also a
/// common word or a given name, so no demonym elsewhere ("the Pole",
/// "the Dane", "the Finn", "the Scot"): read only where a lone name stands
/// against the place's name ("Petenis Polandia itu" / "The Pole").
fn person_of_place(english: &str) -> Option<&'static str> {
    let place = match english {
        "Pole" => "Poland",
        "Dane" => "Denmark",
        "Finn" => "Finland",
        "Scot" => "Scotland",
        "Brit" => "United Kingdom",
        _ => return None,
    };
    canonical(place)
}

/// Whether the report's name is the source's body named by its place's
/// demonym, the body's other words translated and its ordinary words
/// (a party's "Partai", a role) left out: "Partai Konservatif Wales" /
/// "Welsh Conservatives", "Partai Buruh" + "Skotlandia" / "Scottish
/// Labour". The place ends the source name or is the name right after it.
fn body_named_by_demonym(
    source: SentenceNames<'_>,
    i: usize,
    target: SentenceNames<'_>,
    j: usize,
) -> bool {
    let (wa, wb) = (&source.words[i], &target.words[j]);
    let Some(place) = wb.texts.first().and_then(|w| place_of_demonym(w)) else {
        return false;
    };
    if wb.texts.len() < 2 || wa.texts.len() != wa.cognates.len() {
        return false;
    }
    let ending = places_ending(&wa.texts)
        .find(|&(_, p)| p == place)
        .map(|(k, _)| k);
    let next_is_place = source.names.get(i + 1).is_some_and(|next| {
        gap(&source.names[i], next) == Some(1) && canonical(&next.text) == Some(place)
    });
    let body = match ending {
        Some(k) => k,
        None if next_is_place => wa.texts.len(),
        None => return false,
    };
    let meets = |k: usize| (1..wb.texts.len()).any(|m| wa.word_meets_word(k, wb, m));
    (1..wb.texts.len()).all(|m| (0..body).any(|k| wa.word_meets_word(k, wb, m)))
        && (0..body).all(|k| meets(k) || (wa.known[k] && canonical(&wa.texts[k]).is_none()))
}

/// Whether the words a source name adds (`differing`) are a listed place
/// the report leaves out of the same body, whose other words are ordinary
/// words of its language ("Kejaksaan Belanda" / "the Public Prosecution
/// Service"): a report says whose the body is elsewhere, or not at all.
fn country_left_out(differing: &str, source: &NameWords, target: &NameWords) -> bool {
    let listed_whole = |n: &NameWords| canonical(&n.texts.join(" ")).is_some();
    // The report's own words the source lacks, together: a listed place
    // of several words is another place ("County San Francisco" / "Los
    // Angeles County"), though the tables know each word.
    let unmet: Vec<usize> = (0..target.cognates.len())
        .filter(|&k| !target.word_meets(k, source))
        .collect();
    let unmet_texts: Vec<&str> = unmet
        .iter()
        .filter_map(|&k| target.texts.get(k).map(String::as_str))
        .collect();
    canonical(differing).is_some()
        && !listed_whole(source)
        && !listed_whole(target)
        && (unmet_texts.len() < 2 || canonical(&unmet_texts.join(" ")).is_none())
        && unmet
            .iter()
            .all(|&k| target.known[k] && target.texts.get(k).is_none_or(|t| canonical(t).is_none()))
}

/// An acronym of three letters or more ("TNI", "PSSI"): a body's, where
/// a country's has two ("AS", "UK").
fn long_acronym(name: &str) -> bool {
    acronym_capitals(name).is_some_and(|n| n >= 3)
}

/// Whether one name is a country's code of two letters ("AS", "U.S.")
/// and the other is made of words its language's lexicon knows, which no
/// table lists ("Treasury", "Badan", "Eksportir"): the country stands for
/// its government or its trade there, no name put in another's place.
/// `words` holds the name's words, of which `name` may be a part.
fn country_code_against_words(a: (&str, &NameWords), b: (&str, &NameWords)) -> bool {
    let code = |x: &str| acronym_capitals(x) == Some(2) && canonical(x).is_some();
    let ordinary = |(y, words): (&str, &NameWords)| {
        canonical(y).is_none()
            && y.split(' ').all(|w| {
                words
                    .texts
                    .iter()
                    .position(|t| t == w)
                    .is_some_and(|k| words.known[k])
            })
    };
    (code(a.0) && ordinary(b)) || (code(b.0) && ordinary(a))
}

/// Whether one name is a people's adjective and the other no place nor
/// people: a name no table lists, or a body's acronym ("Indonesian" /
/// "Densus", "TNI", "PSSI"). A force or a body stands for its country
/// there, which is no name put in another's place.
fn demonym_against_no_place(a: &str, b: &str) -> bool {
    let other_kind = |x: &str, y: &str| {
        is_demonym(x) && !is_demonym(y) && (canonical(y).is_none() || long_acronym(y))
    };
    other_kind(a, b) || other_kind(b, a)
}

/// Whether `english` is the demonym of the place that ends the run
/// `indonesian`, whose other words English writes in lowercase or leaves
/// out ("BUMN Indonesia" / "Indonesian state firms", "Persatuan Lawn Tenis
/// Indonesia" / "Indonesian tennis association"): the same place.
fn demonym_of_run_place(indonesian: &str, english: &str) -> bool {
    let Some(place) = place_of_demonym(english) else {
        return false;
    };
    let words: Vec<&str> = indonesian.split(' ').collect();
    let found = places_ending(&words).any(|(_, listed)| listed == place);
    found
}

/// Whether `english` is `indonesian` with the place that ends it moved to
/// the front as its demonym, the other words written alike ("MotoGP
/// Indonesia" / "Indonesian MotoGP", "Grand Prix Jepang" / "Japanese Grand
/// Prix"): each language's order of one name.
fn place_moved_to_its_demonym(indonesian: &str, english: &str) -> bool {
    let Some((first, rest)) = english.split_once(' ') else {
        return false;
    };
    let Some(place) = place_of_demonym(first) else {
        return false;
    };
    let words: Vec<&str> = indonesian.split(' ').collect();
    let moved = places_ending(&words)
        .any(|(k, listed)| listed == place && fold(&words[..k].join(" ")) == fold(rest));
    moved
}

/// The places `names.tsv` lists that end a run of words after its first
/// word ("Swedia" of "Kedutaan Besar Swedia"), longest first: where each
/// starts, and the place.
fn places_ending<S: AsRef<str>>(words: &[S]) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    (1..words.len()).filter_map(move |k| {
        let rest: Vec<&str> = words[k..].iter().map(AsRef::as_ref).collect();
        canonical(&rest.join(" ")).map(|place| (k, place))
    })
}

/// Whether a one-word English name is the plural of the Indonesian one,
/// which Indonesian does not mark ("Sukhoi" / "Sukhois", "Realtor" /
/// "Realtors", "Bonus" / "Bonuses"). Whole names only: a person's surname
/// with an "s" added inside a longer name ("Jane Robert" / "Jane Roberts")
/// stays a respelling.
fn plural_of(indonesian: &str, english: &str) -> bool {
    let (one, more) = (indonesian.to_lowercase(), english.to_lowercase());
    !one.contains(' ')
        && one.chars().count() >= 4
        && (more.strip_suffix("es") == Some(one.as_str())
            || (!one.ends_with('s') && more.strip_suffix('s') == Some(one.as_str())))
}

/// Whether the only words of two names that differ in spelling are one
/// word and its plural inside an institution's name, whose other words
/// are all ones the lexicon knows ("Asosiasi Nasional Realtor" / "National
/// Association of Realtors"), or whose plural is a common English word
/// ("Breakthrough Prize" / "Breakthrough Prizes"); a person's name has a
/// proper word ("Jane Robert" / "Jane Roberts").
fn plural_inside_institution(a: &str, b: &str, words: &NameWords, target: &NameWords) -> bool {
    let mut pairs = respelled_words(a, b);
    if pairs.is_empty() {
        // A short word and its plural are below the spelling bar ("Latin
        // Grammy" / "Latin Grammys").
        pairs.extend(one_word_respelled(a, b));
    }
    let common_plural = |y: &str| {
        target
            .texts
            .iter()
            .zip(&target.known)
            .any(|(t, &known)| known && t == y)
    };
    !pairs.is_empty()
        && pairs.iter().all(|(x, y)| plural_of(x, y))
        && (pairs.iter().all(|(_, y)| common_plural(y))
            || words
                .texts
                .iter()
                .zip(&words.known)
                .all(|(t, &known)| known || pairs.iter().any(|(x, _)| x == t)))
}

/// Whether an Indonesian word writes an Arabic word as English does, but
/// by Indonesian spelling: "sy" for "sh", a doubled letter once, a final
/// "h" kept ("Syiah" / "Shia", "Syawal" / "Shawwal", "Musyarraf" /
/// "Musharraf"). The
/// standard transliteration of each language, not a respelling.
fn arabic_alike(indonesian: &str, english: &str) -> bool {
    let id = indonesian.to_lowercase();
    if !id.contains("sy") {
        return false;
    }
    let (id, en) = (
        single_letters(&id.replace("sy", "sh")),
        single_letters(&english.to_lowercase()),
    );
    // A final "h" after a vowel is the Arabic ending English drops
    // ("Syiah" / "Shia").
    let bare = id
        .strip_suffix('h')
        .filter(|rest| rest.ends_with(['a', 'i', 'u']));
    id == en || bare == Some(en.as_str())
}

/// Whether the Indonesian word is the English one with its initial j
/// written y, as Indonesian spells the loans that keep it ("Yesuit" /
/// "Jesuit", "Yesus" / "Jesus"); a person's name so written is no
/// respelling either ("Yohanes" is its own name, not this rule's).
fn y_for_initial_j(indonesian: &str, english: &str) -> bool {
    let (id, en) = (indonesian.to_lowercase(), english.to_lowercase());
    match (id.strip_prefix('y'), en.strip_prefix('j')) {
        (Some(a), Some(b)) => a == b && a.starts_with(['a', 'e', 'i', 'o', 'u']),
        _ => false,
    }
}

/// Word pairs as one flag's two sides: each side's words joined by spaces
/// ("Laora" … "Laura").
fn joined_sides(pairs: Vec<(String, String)>) -> (String, String) {
    let (x, y): (Vec<String>, Vec<String>) = pairs.into_iter().unzip();
    (x.join(" "), y.join(" "))
}

/// A word of a proper name that meets a word of the other name only as a
/// loose cognate, neither being a word the lexicon knows and neither written
/// on the other side ("Bautista-Santos" / "Bautista-Santa"): too far apart
/// for [`respelled_words`]' spelling bar, yet no translation either, so a
/// respelling a reviewer should see.
/// Returns the two words as written.
fn cognate_respelling(a: &NameWords, b: &NameWords) -> Option<(String, String)> {
    let unknown = |w: &NameWords, k: usize| !w.known[k];
    // "DVD-ROMnya" is "DVD-ROM" with the possessive glued on.
    let written_in = |w: &NameWords, text: &str| {
        let bare = text.strip_suffix("nya");
        w.texts.iter().any(|t| {
            let t = t.to_lowercase();
            t == text || bare == Some(t.as_str())
        })
    };
    (0..a.cognates.len()).find_map(|x| {
        let ax = a.texts.get(x)?;
        if !unknown(a, x) || written_in(b, &ax.to_lowercase()) || canonical(ax).is_some() {
            return None;
        }
        (0..b.cognates.len())
            .find(|&y| {
                let Some(by) = b.texts.get(y) else {
                    return false;
                };
                // The report's word may be an English word too when it
                // stands in a person's name beside a proper word ("Todd
                // Blanche"); a name of ordinary words is translated.
                let name_word = unknown(b, y)
                    || (a.has_proper_word_besides(ax) && b.has_proper_word_besides(by));
                name_word
                    && !written_in(a, &by.to_lowercase())
                    && canonical(by).is_none()
                    && (a.cognates[x] == b.cognates[y]
                        || is_cognate(&a.cognates[x], &b.cognates[y]))
            })
            .map(|y| (ax.clone(), b.texts[y].clone()))
    })
}

/// Each language's own name for a listed entity ("Rusia"/"Russia",
/// "Moskow"/"Moscow", "AS"/"U.S.") is the standard spelling, not a variant
/// worth a reviewer's time; only unlisted names (people, mostly) are flagged.
fn is_standard_spelling(a: &str, b: &str) -> bool {
    canonical(a).is_some() || canonical(b).is_some()
}

fn mean(v: &[f32]) -> Option<f32> {
    if v.is_empty() {
        None
    } else {
        Some(v.iter().sum::<f32>() / v.len() as f32)
    }
}

/// Whether names `i` and `j` are each part of one body the name finder
/// split at "dan" / "and" / "for", and the two bodies, whole, are one
/// translated ("Asosiasi Produsen dan Eksportir Garmen Bangladesh" /
/// "Bangladesh Garment Manufacturers and Exporters Association", "Serikat
/// Emas dan Perhiasan Teheran" / "Tehran Gold and Jewellery Union"): each
/// language orders the words, so a part may meet the other side's other
/// part. Most words of each body meet a word of the other.
fn one_body_split_at_and(
    source: SentenceNames<'_>,
    i: usize,
    target: SentenceNames<'_>,
    j: usize,
) -> bool {
    let (src_body, tgt_body) = (joined_chain(source.names, i), joined_chain(target.names, j));
    if src_body.len() < 2 || tgt_body.len() < 2 {
        return false;
    }
    // A body's name is mostly words the lexicon knows ("Serikat",
    // "Union"); people joined by "and" are two ("Jorge Maldonado Ventura
    // dan Daniel Leidert").
    let institution = |p: SentenceNames<'_>, body: &[usize]| {
        let known: Vec<bool> = body
            .iter()
            .flat_map(|&h| p.words[h].known.iter().copied())
            .collect();
        2 * known.iter().filter(|&&k| k).count() >= known.len()
    };
    if !institution(source, &src_body) || !institution(target, &tgt_body) {
        return false;
    }
    // The share of a body's words met in the other body, or `None` where a
    // proper word of it is nowhere in the other sentence: a name put in
    // another's place ("Asan Medical Center" / "Samsung Medical Center").
    let met_share =
        |a: SentenceNames<'_>, body: &[usize], b: SentenceNames<'_>, other: &[usize]| {
            let (mut met, mut all) = (0usize, 0usize);
            for &h in body {
                let words = &a.words[h];
                for k in 0..words.cognates.len() {
                    all += 1;
                    if other.iter().any(|&o| words.word_meets(k, &b.words[o])) {
                        met += 1;
                    } else if !words.known[k]
                        && !words.keys[k]
                            .iter()
                            .any(|key| b.key_set.binary_search(key).is_ok())
                    {
                        return None;
                    }
                }
            }
            Some(met as f32 / all.max(1) as f32)
        };
    let one = |share: Option<f32>| share.is_some_and(|s| s >= SPLIT_BODY_MIN_MET);
    one(met_share(source, &src_body, target, &tgt_body))
        && one(met_share(target, &tgt_body, source, &src_body))
}

/// Share of a body's words that must meet the other body's for two bodies
/// split at "and" to be one: a word put in another's place in a body of
/// four ("Serikat Emas dan Perak") leaves it below.
const SPLIT_BODY_MIN_MET: f32 = 0.8;

/// Name `k` and the names joined to it, on either side, by one short word
/// alone ("dan", "and", "for", "&"): the bytes between are those of such a
/// word and its spaces (not of "di", "in": a place after its body).
fn joined_chain(names: &[NameAnchor], k: usize) -> Vec<usize> {
    let joined = |a: &NameAnchor, b: &NameAnchor| gap(a, b).is_some_and(|g| g == 3 || g == 5);
    let mut first = k;
    while first > 0 && joined(&names[first - 1], &names[first]) {
        first -= 1;
    }
    let mut last = k;
    while last + 1 < names.len() && joined(&names[last], &names[last + 1]) {
        last += 1;
    }
    (first..=last).collect()
}

/// A place `names.tsv` lists, written as one word ("Uganda", "Italia"):
/// no acronym, no name of several words that may be an institution's.
fn is_one_word_listed_place(name: &str) -> bool {
    !name.contains(' ') && !is_acronym(name) && canonical(name).is_some()
}

/// The bytes between name `a` and a later name `b` of one sentence: 3 or 5
/// for a short word alone (" & ", " dan ", " and "), 2 for a comma (", "),
/// 6 for both (", dan ").
fn gap(a: &NameAnchor, b: &NameAnchor) -> Option<usize> {
    b.span.start.checked_sub(a.span.end)
}

/// The acronym in brackets right after name `i` ("Badan Pemberantasan
/// Narkoba AS (DEA)"), if any.
fn acronym_after(names: &[NameAnchor], i: usize) -> Option<usize> {
    (0..names.len()).find(|&k| {
        k != i
            && is_acronym(&names[k].text)
            && gap(&names[i], &names[k]).is_some_and(|g| (1..=2).contains(&g))
    })
}

/// The acronym in brackets right after the list name `i` ends or stands
/// in: names one after another, apart by a comma, "dan", "and" or "&"
/// alone (", " / " dan " / ", and "), the last one right before the
/// acronym.
fn acronym_after_list(names: &[NameAnchor], i: usize) -> Option<usize> {
    let listed =
        |a: &NameAnchor, b: &NameAnchor| gap(a, b).is_some_and(|g| matches!(g, 2 | 3 | 5 | 6));
    let mut last = i;
    while last + 1 < names.len()
        && !is_acronym(&names[last + 1].text)
        && listed(&names[last], &names[last + 1])
    {
        last += 1;
    }
    // A list of two names or more (one name alone is `acronym_after`'s),
    // and an acronym in brackets, not one after a comma ("Ethiopia and
    // Somalia, FAO Warns").
    (last > i || (i > 0 && listed(&names[i - 1], &names[i]) && !is_acronym(&names[i - 1].text)))
        .then(|| acronym_after(names, last))
        .flatten()
        .filter(|&a| names[a].bracketed)
}

/// Whether name `k` is an acronym in brackets right after a name it spells
/// ("Mahkamah Konstitusi (MK)"): the same body named twice, whose first
/// name carries it in pairing, so the acronym is no name left over.
/// So is one that spells the two names before it joined by "dan" / "and"
/// ("Perhimpunan Hotel dan Restoran Indonesia (PHRI)"), which the name
/// finder ends at the "and".
fn spells_name_before(names: &[NameAnchor], k: usize) -> bool {
    let acronym = &names[k];
    let Some(m) = names[..k]
        .iter()
        .rposition(|n| n.span.end <= acronym.span.start)
    else {
        return false;
    };
    let last = &names[m];
    if gap(last, acronym).is_none_or(|g| g > 2) {
        return false;
    }
    spells(&acronym.text, &last.text)
        || m.checked_sub(1).is_some_and(|f| {
            let first = &names[f];
            // The name's own words between: "Hotel dan Restoran".
            let joined = format!("{} dan {}", first.text, last.text);
            gap(first, last).is_some_and(|g| g <= 6) && spells(&acronym.text, &joined)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::matching::profile::{profile, Interner};
    use crate::text::doc::Lang;

    fn pair_texts(src: &str, tgt: &str) -> NamePairing {
        let mut interner = Interner::default();
        let s = profile(src, Lang::Id, Lexicon::builtin(), &mut interner);
        let t = profile(tgt, Lang::En, Lexicon::builtin(), &mut interner);
        pair_names(s.names(), t.names(), true)
    }

    /// A source and a target sentence, the name variants and the name
    /// mismatch expected between them.
    type Case<'a> = (
        &'a str,
        &'a str,
        &'a [(&'a str, &'a str)],
        Option<(&'a str, &'a str)>,
    );

    fn check(cases: &[Case]) {
        let own = |(a, b): (&str, &str)| (a.to_owned(), b.to_owned());
        for &(src, tgt, variants, mismatch) in cases {
            let found = pair_texts(src, tgt);
            let variants: Vec<(String, String)> = variants.iter().copied().map(own).collect();
            assert_eq!(found.variants, variants, "{src} / {tgt}");
            assert_eq!(found.mismatch, mismatch.map(own), "{src} / {tgt}");
        }
    }

    /// One word of a listed place's several-word English name is no
    /// mention of it: "Inggris" (United Kingdom) does not meet "United
    /// States" by its "United", but still meets "England" and "United
    /// Kingdom"; "Saudi" keeps its own word.
    #[test]
    fn a_word_of_a_listed_places_english_name_is_no_mention_of_it() {
        check(&[
            (
                "Turis dari Inggris datang.",
                "Tourists from the United States came.",
                &[],
                Some(("Inggris", "United States")),
            ),
            (
                "Wisatawan dari India diikuti turis dari Uni Emirat Arab dan Inggris.",
                "Visitors from India were followed by tourists from the United Arab Emirates and Germany.",
                &[],
                Some(("Inggris", "Germany")),
            ),
            ("Turis dari Inggris datang.", "Tourists from England came.", &[], None),
            (
                "Turis dari Inggris datang.",
                "Tourists from the United Kingdom came.",
                &[],
                None,
            ),
            ("Ia tiba di Saudi.", "He arrived in Saudi Arabia.", &[], None),
        ]);
    }

    /// A body's name translated word by word with its place replaced is
    /// another body: a listed place against another ("Norwegia" /
    /// "Danish"), or a place the lexicon only borrows against a proper
    /// word ("Reykjavik" / "Keflavik"). The same place translated is the
    /// same body.
    #[test]
    fn a_body_name_with_its_place_replaced_is_another_body() {
        check(&[
            (
                "Para peneliti dari Institut Meteorologi Norwegia mengukur es.",
                "Researchers from the Danish Meteorological Institute measured the ice.",
                &[],
                Some(("Norwegia", "Danish")),
            ),
            (
                "Para peneliti dari Institut Meteorologi Denmark mengukur es.",
                "Researchers from the Danish Meteorological Institute measured the ice.",
                &[],
                None,
            ),
            (
                "Bandara Internasional Reykjavik tetap dibuka.",
                "Keflavik International Airport remained open.",
                &[],
                Some(("Reykjavik", "Keflavik")),
            ),
            (
                "Bandara Internasional Reykjavik tetap dibuka.",
                "Reykjavik International Airport remained open.",
                &[],
                None,
            ),
            // A word both keep, the place each its own.
            (
                "Harga minyak sawit di Bursa Singapura turun 2,3 persen.",
                "Palm oil futures on Bursa Malaysia fell 2.3 percent.",
                &[],
                Some(("Singapura", "Malaysia")),
            ),
            // A country's acronym is the name's word, though "us" is a
            // stopword.
            (
                "Ia cedera bahu sejak Australia Terbuka.",
                "He had a shoulder problem since the US Open.",
                &[],
                Some(("Australia", "US")),
            ),
            (
                "Ia cedera bahu sejak AS Terbuka.",
                "He had a shoulder problem since the US Open.",
                &[],
                None,
            ),
        ]);
    }

    /// A body named by its place where the report names it by another
    /// place of several words is another place's body, though the tables
    /// know each of those words ("County San Francisco" / "Los Angeles
    /// County").
    #[test]
    fn another_place_of_several_words_is_no_country_left_out() {
        check(&[(
            "Dukungan paling kuat terdapat di County San Francisco.",
            "Support was strongest in Los Angeles County.",
            &[],
            Some(("San Francisco", "Los Angeles")),
        )]);
    }

    /// Inside quoted speech a capital marks a name as it does outside:
    /// "Sepang" (also sappanwood) and "Nice" are places there. A quoted
    /// label of a few words keeps its capitals saying nothing.
    #[test]
    fn a_capitalised_common_word_inside_quoted_speech_is_a_name() {
        check(&[
            (
                "\"Dua belas poin masih bantalan yang bagus, dan kami datang ke Sepang dalam kondisi kuat,\" kata Moretti.",
                "\"Twelve points is still a good cushion, and we go to Phillip Island feeling strong,\" Moretti said.",
                &[],
                Some(("Sepang", "Phillip Island")),
            ),
            (
                "\"Saya memesan perjalanan ke Nice ini tiga bulan lalu,\" ujar Camille Roux.",
                "\"I booked this trip to Marseille three months ago,\" said Camille Roux.",
                &[],
                Some(("Nice", "Marseille")),
            ),
            (
                "Klik \"Pilihan Lanjut\" di menu.",
                "Click \"Advanced Options\" in the menu.",
                &[],
                None,
            ),
        ]);
    }

    /// The speaker a sentence credits and a name inside the other side's
    /// quoted words fill different slots, the speech's credit and its
    /// content: neither stands in for the other.
    #[test]
    fn a_credited_speaker_does_not_stand_for_a_name_inside_a_quotation() {
        check(&[(
            "\"Kami telah menghentikan penyebaran senjata nuklir di kawasan ini,\" kata Menteri Luar Negeri John Kerry.",
            "\"We have stopped the spread of nuclear weapons in this region, and the Islamic Republic of Iran will not develop a nuclear weapon.\"",
            &[],
            None,
        )]);
    }

    /// A body named by its country on one side and by the country's demonym
    /// on the other is one body ("Angkatan Laut India" / "Indian Navy"), so
    /// the place beside it that was changed is the one name left over.
    #[test]
    fn a_body_named_by_its_country_meets_it_named_by_the_demonym() {
        check(&[
            (
                "Kapal Angkatan Laut India tiba di Visakhapatnam.",
                "An Indian Navy ship arrived in Chennai.",
                &[],
                Some(("Visakhapatnam", "Chennai")),
            ),
            (
                "Angkatan Darat Thailand mengirim pasukan ke Yala.",
                "The Thai Army sent troops to Pattani.",
                &[],
                Some(("Yala", "Pattani")),
            ),
            (
                "Angkatan Darat Thailand mengirim pasukan ke Yala.",
                "The Thai Army sent troops to Yala.",
                &[],
                None,
            ),
        ]);
    }

    /// An Indonesian run of a listed place and a proper word holds two
    /// names ("Israel B'Tselem" / "Israeli" ... "Yesh Din"); an English
    /// demonym before a word is one name ("Sineas Asia" / "Asian
    /// Filmmaker").
    #[test]
    fn a_place_before_a_proper_word_in_a_source_run_is_two_names() {
        check(&[
            (
                "Kelompok hak asasi manusia Israel B'Tselem mencatat 14 insiden.",
                "Israeli rights group Yesh Din documented 14 incidents.",
                &[],
                Some(("B'Tselem", "Yesh Din")),
            ),
            (
                "Kelompok hak asasi manusia Israel B'Tselem mencatat 14 insiden.",
                "Israeli rights group B'Tselem documented 14 incidents.",
                &[],
                None,
            ),
            (
                "Aktor Jepang Kenji Watanabe menerima penghargaan Sineas Asia Tahun Ini dari festival tersebut.",
                "Japanese actor Kenji Watanabe received the festival's Asian Filmmaker of the Year honor.",
                &[],
                None,
            ),
        ]);
    }

    /// The one listed place left on each side is a substitution where the
    /// source's other leftover is a name no list knows, which the report
    /// gives by a pronoun.
    #[test]
    fn a_lone_place_beside_an_unlisted_name_is_the_one_replaced() {
        check(&[(
            "Pelatihnya, Zhang Wei, mengatakan keikutsertaan Liu di turnamen Ningbo pekan depan akan diputuskan.",
            "Her coach, Zhang Wei, said her participation in next week's tournament in Wuhan would be decided.",
            &[],
            Some(("Ningbo", "Wuhan")),
        )]);
    }

    /// "The Pole" is a person of Poland where it stands against the place's
    /// name, though "pole" is no demonym elsewhere.
    #[test]
    fn the_pole_is_a_person_of_poland() {
        check(&[(
            "\"Itu bukan alasan,\" kata petenis Polandia itu.",
            "\"That is no excuse,\" the Pole said.",
            &[],
            None,
        )]);
        assert!(place_and_its_demonym("Polandia", "Pole"));
        assert!(place_and_its_demonym("Skotlandia", "Scot"));
        assert!(!place_and_its_demonym("Swedia", "Pole"));
    }

    /// A source place the report's words reach ("pusat": the report's
    /// "headquarters") is still left over where the report names the same
    /// place with another compass word.
    #[test]
    fn a_place_with_another_compass_word_is_left_over_though_its_words_meet() {
        check(&[(
            "Sembiring berbicara dalam konferensi pers di gedung KPK, Jakarta Pusat.",
            "Sembiring spoke at a news conference at the agency's headquarters in South Jakarta.",
            &[],
            Some(("Pusat", "South")),
        )]);
    }

    /// In a close rendering a listed city misspelled is a variant; read as
    /// two reports' sentences, a form the list lacks may be the city's own.
    #[test]
    fn a_listed_city_misspelled_in_a_rendering_is_a_variant() {
        check(&[
            (
                "Para pedagang kecil di Nairobi dan Kisimu kehilangan penjualan.",
                "Small traders in Nairobi and Kisumu lost sales.",
                &[("Kisimu", "Kisumu")],
                None,
            ),
            (
                "Korban luka dirawat di sebuah rumah sakit di Patana.",
                "The injured are being treated at a hospital in Patna.",
                &[("Patana", "Patna")],
                None,
            ),
        ]);
        let mut interner = Interner::default();
        let s = profile(
            "Korban luka dirawat di sebuah rumah sakit di Patana.",
            Lang::Id,
            Lexicon::builtin(),
            &mut interner,
        );
        let t = profile(
            "The injured are being treated at a hospital in Patna.",
            Lang::En,
            Lexicon::builtin(),
            &mut interner,
        );
        assert!(pair_names(s.names(), t.names(), false).variants.is_empty());
    }

    #[test]
    fn a_body_split_at_its_commas_before_a_shared_acronym_is_no_leftover() {
        // The union's parts are no names left for the judge to pair.
        let p = pair_texts(
            "\"Kami tidak ingin mogok,\" kata Dave Whitaker, sekretaris jenderal Serikat Pekerja Kereta Api, Maritim, dan Transportasi Nasional (RMT).",
            "\"We did not want to strike,\" said Dave Whitaker, general secretary of the National Union of Rail, Maritime and Transport Workers (RMT).",
        );
        assert!(p.mismatch.is_none() && p.unpaired.is_empty(), "{p:?}");
        // A list before an acronym after a comma is no body.
        let p = pair_texts(
            "FAO Peringatkan Kawanan Belalang Gurun Ancam Tanaman di Etiopia dan Eritrea",
            "Desert Locust Swarms Threaten Crops in Ethiopia and Somalia, FAO Warns",
        );
        assert_eq!(
            p.mismatch,
            Some(("Eritrea".to_string(), "Somalia".to_string()))
        );
    }

    #[test]
    fn an_acronym_in_brackets_after_the_name_it_spells_is_that_name_again() {
        let case = |src, tgt| {
            let p = pair_texts(src, tgt);
            (p.variants, p.mismatch, p.unpaired)
        };
        let clean = (Vec::new(), None, Vec::new());
        // Two letters, after the name they spell; and after two names
        // the name finder ends at "dan", which the acronym spells together.
        assert_eq!(
            case(
                "Mahkamah Konstitusi (MK) pada Selasa menolak permohonan itu dalam putusan yang dibacakan Ketua MK Suhartoyo.",
                "Indonesia's Constitutional Court on Tuesday rejected the petition in a ruling read out by Chief Justice Suhartoyo.",
            ),
            clean
        );
        assert_eq!(
            case(
                "Perhimpunan Hotel dan Restoran Indonesia (PHRI) memperingatkan aturan tersebut dapat membuat wisatawan enggan berkunjung ke Bali.",
                "The Indonesian Hotel and Restaurant Association warned that the rules could deter visitors to Bali.",
            ),
            clean
        );
        // A later mention of the short form is that name again too.
        assert_eq!(
            case(
                "Mahkamah Agung (MA) memperberat hukuman mantan bupati itu, kata juru bicara MA pada Senin.",
                "Indonesia's Supreme Court has increased the former regent's sentence, a court spokesman said on Monday.",
            ),
            clean
        );
        // A name whose acronym after it both sides give is no leftover.
        assert_eq!(
            case(
                "Badan Kesehatan dan Keselamatan Kerja (HSE) mengatakan para inspektur telah dikirim ke lokasi.",
                "The Health and Safety Executive (HSE) said inspectors had been sent to the site.",
            ),
            clean
        );
        // What spells a name: its initials, "dan" giving no letter.
        assert!(spells("MK", "Mahkamah Konstitusi"));
        assert!(spells("PHRI", "Perhimpunan Hotel dan Restoran Indonesia"));
        assert!(!spells("KPK", "Komisi Yudisial"));
        assert!(!spells("Mahkamah", "Mahkamah Konstitusi"));
    }

    #[test]
    fn one_listed_place_put_in_anothers_slot_among_other_leftovers_is_a_substitution() {
        check(&[
            (
                // Beside it, a body split at "dan" leaves names on the
                // report's side that no source name stands against.
                "Pabrik itu memasok pakaian untuk merek-merek di Jerman, Italia, dan Belanda, menurut Asosiasi Produsen dan Eksportir Garmen Bangladesh.",
                "The factory supplied clothing to brands in Germany, Spain and the Netherlands, according to the Bangladesh Garment Manufacturers and Exporters Association.",
                &[],
                Some(("Italia", "Spain")),
            ),
            (
                "Pabrik itu memasok pakaian untuk merek-merek di Jerman, Spanyol, dan Belanda, menurut Asosiasi Produsen dan Eksportir Garmen Bangladesh.",
                "The factory supplied clothing to brands in Germany, Spain and the Netherlands, according to the Bangladesh Garment Manufacturers and Exporters Association.",
                &[],
                None,
            ),
        ]);
        // Not a place in another slot: "Amerika" in a title, "Washington"
        // where the caption says where it was.
        let p = pair_texts(
            "Presiden Amerika Donald Trump merasa senang dengan konfirmasi Senat Brett Kavanaugh sebagai hakim Mahkamah Agung, dan menjadwalkan acara pelantikan di Gedung Putih.",
            "Supreme Court Justice Brett Kavanaugh is sworn in as President Donald Trump looks on, in the East Room of the White House in Washington.",
        );
        assert_eq!(p.mismatch, None);
    }

    #[test]
    fn a_body_split_at_and_on_both_sides_is_one_body_unless_a_name_in_it_changed() {
        check(&[
            (
                "Menurut Serikat Emas dan Perhiasan Teheran, harga koin emas naik.",
                "According to the Tehran Gold and Jewellery Union, the price of gold coins rose.",
                &[],
                None,
            ),
            // A respelled word in a body whose words each language orders
            // its own way.
            (
                "Persetujuan akhir dari Federasi Bobsled dan Skeleton Internasional diharapkan keluar pada akhir April.",
                "Final approval from the International Bobsleigh and Skeleton Federation is expected by the end of April.",
                &[],
                None,
            ),
            // Two hospitals, one put in another's place.
            (
                "Rumah sakit besar, termasuk Rumah Sakit Severance dan Asan Medical Center, membatalkan operasi.",
                "Major hospitals, including Severance Hospital and Samsung Medical Center, cancelled surgeries.",
                &[],
                Some(("Asan", "Samsung")),
            ),
            // Two people: no body.
            (
                "Terima kasih kepada Jorge Maldonado Ventura dan Daniel Leidert atas kerja keras mereka.",
                "Thanks to Jorge Maldonado Ventura and Daniel Patrascu for their hard work.",
                &[],
                Some(("Leidert", "Patrascu")),
            ),
        ]);
    }

    #[test]
    fn parts_of_one_body_split_at_and_are_no_unpaired_names() {
        let found = pair_texts(
            "Marangoni mengatakan persetujuan akhir dari Federasi Bobsled dan Skeleton Internasional diharapkan keluar pada akhir April.",
            "Marangoni said final approval from the International Bobsleigh and Skeleton Federation is expected by the end of April.",
        );
        assert_eq!(found.unpaired, []);
        assert!(
            found.only_in_source.is_empty(),
            "{:?}",
            found.only_in_source
        );
        // Two bodies, one put in another's place, still stand for each other.
        let found = pair_texts(
            "Rumah sakit besar, termasuk Rumah Sakit Severance dan Asan Medical Center, membatalkan operasi.",
            "Major hospitals, including Severance Hospital and Samsung Medical Center, cancelled surgeries.",
        );
        assert_eq!(
            found.mismatch,
            Some(("Asan".to_owned(), "Samsung".to_owned()))
        );
    }

    #[test]
    fn each_languages_adjective_of_one_place_is_no_respelling() {
        check(&[
            (
                "Karya-karya terjemahan dari bahasa Korea, Belanda, Portugis, dan Ukraina.",
                "Works translated from Korean, Dutch, Portuguese and Ukrainian.",
                &[],
                None,
            ),
            (
                "Karya-karya terjemahan dari bahasa Korea, Belanda, Portugis, dan Ukraina.",
                "Works translated from Korean, Dutch, Spanish and Ukrainian.",
                &[],
                Some(("Portugis", "Spanish")),
            ),
        ]);
    }

    #[test]
    fn a_word_written_closed_on_one_side_and_apart_on_the_other_is_no_respelling() {
        check(&[(
            "Kata Grace Achieng, kepala eksekutif Badan Antidoping Kenya.",
            "Said Grace Achieng, chief executive of the Anti-Doping Agency of Kenya.",
            &[],
            None,
        )]);
    }

    #[test]
    fn a_place_the_reports_run_holds_beside_the_person_stands_against_the_sources() {
        check(&[
            (
                "Jeff Flake dari Nevada meminta penyelidikan FBI.",
                "Jeff Flake of Arizona asked for an FBI investigation.",
                &[],
                Some(("Nevada", "Arizona")),
            ),
            (
                "Jeff Flake dari Arizona meminta penyelidikan FBI.",
                "Jeff Flake of Arizona asked for an FBI investigation.",
                &[],
                None,
            ),
            // The run's rest is a name the source gives apart, no name
            // standing against the source's one left over.
            (
                "Partai Demokrat menyumbang 165 suara setuju, setelah Pemimpin Minoritas DPR Hakeem Jeffries mendesak fraksinya mendukung RUU itu.",
                "Democrats supplied 165 of the yes votes, after House Minority Leader Hakeem Jeffries urged his caucus to back the measure.",
                &[],
                None,
            ),
        ]);
    }

    /// Ordinary words joined by a hyphen mean what their parts mean
    /// ("Buruh-Hijau" / "Labour-Green"); a compound of places is still
    /// compared whole, so one put in another's place shows.
    #[test]
    fn a_compound_of_ordinary_words_is_translated_part_by_part() {
        check(&[
            (
                "Koalisi itu dapat melibatkan aliansi Partai Buruh-Hijau, yang meraih 25 kursi.",
                "The coalition could bring in the Labour-Green alliance, which won 25 seats.",
                &[],
                None,
            ),
            (
                "Jalan itu dibangun dengan konsorsium Jepang-Tiongkok yang akan memungut tarif tol.",
                "It was built with a Thai-Chinese consortium that will collect tolls.",
                &[],
                Some(("Jepang-Tiongkok", "Thai-Chinese")),
            ),
        ]);
    }

    #[test]
    fn a_place_left_among_names_the_other_side_holds_in_its_own_is_replaced() {
        check(&[
            // "Kenya" is inside the source's name of the court; "AS" inside
            // the source's department; "Lisbon" is no demonym of "Lisboa".
            (
                "Pengadilan Banding Kenya membatalkan vonis aktivis di Mombasa.",
                "Kenya's Court of Appeal quashed the activist's conviction in Lamu.",
                &[],
                Some(("Mombasa", "Lamu")),
            ),
            (
                "Departemen Pertanian AS menemukan flu burung di Colorado dan Wisconsin.",
                "The US Department of Agriculture found bird flu in Colorado and Minnesota.",
                &[],
                Some(("Wisconsin", "Minnesota")),
            ),
            (
                "Montenegro berbicara kepada pendukungnya di Porto.",
                "Montenegro spoke to supporters in Lisbon.",
                &[],
                Some(("Porto", "Lisbon")),
            ),
            // A place head one side writes apart hides no compass word.
            (
                "Infeksi dilaporkan di Provinsi Kivu Utara.",
                "Infections were reported in South Kivu province.",
                &[],
                Some(("Provinsi Kivu Utara", "South Kivu")),
            ),
            (
                "Infeksi dilaporkan di Provinsi Kivu Utara.",
                "Infections were reported in North Kivu province.",
                &[],
                None,
            ),
        ]);
    }

    /// "Indigenous" is capitalised by convention, no name: the place left
    /// beside it is the one name left on each side.
    #[test]
    fn indigenous_is_no_name_left_over() {
        check(&[(
            "Kata Yohana Kambu, tokoh adat dari Kalimantan Barat yang menyaksikan pemungutan suara.",
            "Said Yohana Kambu, an Indigenous leader from Papua who watched the vote.",
            &[],
            Some(("Kalimantan Barat", "Papua")),
        )]);
    }

    /// A name left over beside a pair of names, a joiner or a word or two
    /// from it on each side, stands in that pair's slot: another name put
    /// in its place, though other names are left over too.
    #[test]
    fn a_name_left_beside_the_same_pair_stands_in_its_slot() {
        check(&[
            (
                "Pemerintah Meksiko memprotes lelang seni di Eropa dan Kanada.",
                "The government protested against art auctions in Europe and the United States.",
                &[],
                Some(("Kanada", "United States")),
            ),
            (
                "Ekonom Westpac, Hamish Gallagher, mengatakan harga akan turun.",
                "ASB economist Hamish Gallagher said prices would fall.",
                &[],
                Some(("Westpac", "ASB")),
            ),
            // A lone word the lexicon knows is a word of a longer name.
            (
                "Peziarah dari seluruh Polandia akan tiba hingga Hari Raya Maria Diangkat ke Surga pada 15 Agustus.",
                "Pilgrims from across Poland will arrive by the Feast of the Assumption on August 15.",
                &[],
                None,
            ),
            // Too far from the pair beside it to share its slot.
            (
                "Pemerintah Meksiko memprotes lelang seni yang digelar sepanjang pekan lalu di Eropa, kata para pejabat di Kanada.",
                "The government protested against art auctions held throughout last week in Europe, officials in the United States said.",
                &[],
                None,
            ),
        ]);
    }

    /// Indonesian writes its loans with "k" for "c" and "q", one letter for
    /// a double, "t" for "th"; a proper name no lexicon knows keeps its own
    /// letters, so a name written so is a respelling. A common word is a
    /// loan ("Mennonit" / "Mennonite", "Biatlon" / "Biathlon").
    #[test]
    fn a_proper_name_written_by_the_loan_rules_is_a_respelling() {
        check(&[
            (
                "Banjir melanda Dakope pada Senin.",
                "Floods hit Dacope on Monday.",
                &[("Dakope", "Dacope")],
                None,
            ),
            (
                "Bus itu menuju Huankayo dengan 38 penumpang.",
                "The bus was heading to Huancayo with 38 passengers.",
                &[("Huankayo", "Huancayo")],
                None,
            ),
            (
                "Sekitar 130.000 orang tinggal di kamp Azrak.",
                "About 130,000 people live in the Azraq camp.",
                &[("Azrak", "Azraq")],
                None,
            ),
            (
                "Komunitas Mennonit menolak vaksin itu.",
                "The Mennonite community refused the vaccine.",
                &[],
                None,
            ),
            (
                "Ia memenangi Piala Dunia Biatlon di Oberhof.",
                "She won the Biathlon World Cup in Oberhof.",
                &[],
                None,
            ),
            // An initial j Indonesian writes y is no respelling.
            (
                "kata koordinator Layanan Migran Yesuit.",
                "said the coordinator of the Jesuit Migrant Service.",
                &[],
                None,
            ),
            // A person's name keeps its order counted from its end, past a
            // demonym that opens the other side's run.
            (
                "Ia finis di depan pebalap Kolombia Andrés Moralez.",
                "He finished ahead of Colombian Andrés Morales.",
                &[("Moralez", "Morales")],
                None,
            ),
        ]);
    }

    #[test]
    fn loanwords_and_adjectives_of_places_are_no_respellings() {
        check(&[
            (
                "Roket itu meluncur dari Kosmodrom Baikonur di Kazakhstan.",
                "The rocket blasted off from the Baikonur Cosmodrome in Kazakhstan.",
                &[],
                None,
            ),
            (
                "Seismolog Lok Bijaya Adhikari memperingatkan risiko gempa.",
                "Seismologist Lok Bijaya Adhikari warned of the risk of a quake.",
                &[],
                None,
            ),
            (
                "Simbol itu umum pada segel-segel Harappa.",
                "The symbol is common on Harappan seals.",
                &[],
                None,
            ),
            (
                "Kami ingin kereta ini terjangkau bagi warga Lagos biasa.",
                "We want the train to be affordable for ordinary Lagosians.",
                &[],
                None,
            ),
            // A person's name respelled is still a variant.
            (
                "Pelatih Jurgen Klopp memuji timnya.",
                "Coach Jurgen Kloop praised his team.",
                &[("Klopp", "Kloop")],
                None,
            ),
        ]);
        assert!(adjective_of_place("Iberia", "Iberian"));
        assert!(adjective_of_place("Kitzbühel", "Kitzbüheler"));
        assert!(plural_of("Sukhoi", "Sukhois") && plural_of("Realtor", "Realtors"));
        assert!(compound_of_places(
            "Rapper Inggris-Ghana",
            "British-Ghanaian"
        ));
        assert!(compound_of_places("Jepang-Amerika", "Japanese-American"));
        // A part written alike in both languages beside a listed one.
        assert!(compound_of_places("Bandara Köln-Bonn", "Cologne-Bonn"));
        assert!(!compound_of_places(
            "Bandara Köln-Bonn",
            "Cologne-Frankfurt"
        ));
        assert!(!compound_of_places("Wetzlar-Wetzlar", "Wetzlar-Wetzlar"));
        assert!(study_of_place("Mesir", "Egyptologist") && !study_of_place("Yunani", "Egyptology"));
        assert!(abbreviated("UNHCR", "UN") && abbreviated("UN", "UNICEF"));
        assert!(!abbreviated("UNHCR", "EU") && !abbreviated("UN", "UN"));
        assert!(!compound_of_places(
            "Rapper Inggris-Ghana",
            "British-Nigerian"
        ));
        assert!(!compound_of_places("Inggris", "British"));
        assert!(place_and_its_demonym("Uni Emirat Arab", "Emirati"));
        assert!(!place_and_its_demonym("Uni Emirat Arab", "Qatari"));
        assert_eq!(
            one_word_respelled("Anna Michalewska", "Anna Michalska"),
            Some(("Michalewska".into(), "Michalska".into()))
        );
        assert_eq!(one_word_respelled("Anna Kowalska", "Anna Michalska"), None);
        assert_eq!(one_word_respelled("Marco", "Marcos"), None);
        assert_eq!(one_word_respelled("Ana Ruiz", "Ana Ruiz"), None);
        assert!(demonym_of_run_place("BUMN Indonesia", "Indonesian"));
        assert!(!demonym_of_run_place("BUMN Malaysia", "Indonesian"));
        assert!(!plural_of("Jane Robert", "Jane Roberts") && !plural_of("Tom", "Toms"));
        assert!(adjective_of_place("Berlin", "Berliners"));
        assert!(arabic_alike("Syawal", "Shawwal") && arabic_alike("Musyarraf", "Musharraf"));
        assert!(arabic_alike("Syiah", "Shia"));
        assert!(!arabic_alike("Syarif", "Shareef"));
        assert!(!adjective_of_place("Iberia", "Liberian"));
        // a doubled final "n" is a respelling, no demonym ending
        assert!(!adjective_of_place("Bauman", "Baumann"));
        assert!(place_moved_to_its_demonym(
            "MotoGP Indonesia",
            "Indonesian MotoGP"
        ));
        assert!(place_moved_to_its_demonym(
            "Grand Prix Jepang",
            "Japanese Grand Prix"
        ));
        assert!(!place_moved_to_its_demonym(
            "Grand Prix Jepang",
            "Chinese Grand Prix"
        ));
        assert!(!place_moved_to_its_demonym(
            "MotoGP Indonesia",
            "Indonesian Open"
        ));
        assert!(adjective_of_place("Korea", "Korean"));
    }

    #[test]
    fn names_a_run_or_an_acronym_accounts_for_are_no_leftovers() {
        check(&[
            // The rest of a run that the report names apart.
            (
                "\"Kami akan ke Mars,\" kata Presiden JAXA Hiroshi Yamakawa di Tokyo.",
                "\"We will go to a Martian moon,\" JAXA President Hiroshi Yamakawa said in Tokyo.",
                &[],
                None,
            ),
            // An acronym whose name the other side writes in part.
            (
                "Para pemain belum digaji, kata Asosiasi Pesepak Bola Profesional (PFA).",
                "Players have not been paid, the Professional Footballers' Association said.",
                &[],
                None,
            ),
        ]);
        assert!(abbreviated("PFA", "Professional Footballers"));
        assert!(abbreviated("United Nations", "UNEP"));
        assert!(abbreviated("JCF", "Constabulary Force"));
        // An unlisted acronym the translator kept is set aside, so the
        // place left beside it is compared.
        check(&[(
            "Otoritas menyita kokain dalam kiriman pisang tujuan Belanda, kata Direktorat Nasional Pengendalian Narkoba (DNCD) pada Sabtu.",
            "Authorities seized cocaine in a shipment of bananas bound for Belgium, the National Drug Control Directorate said on Saturday.",
            &[],
            Some(("Belanda", "Belgium")),
        )]);
        check(&[
            (
                "Tambang itu berada di Provinsi Barat Laut.",
                "The mine is in the North-Western Province.",
                &[],
                None,
            ),
            (
                "Tambang itu berada di Provinsi Barat Laut.",
                "The mine is in the North-Eastern Province.",
                &[],
                Some(("Barat Laut", "North-Eastern")),
            ),
        ]);
        assert!(!abbreviated("NYSEG", "National Grid"));
    }

    #[test]
    fn two_listed_places_apart_by_a_compass_word_do_not_pair() {
        check(&[
            (
                "Uni Afrika menangguhkan keanggotaan Sudan Selatan.",
                "The African Union suspended Sudan's membership.",
                &[],
                Some(("Sudan Selatan", "Sudan")),
            ),
            (
                "Uni Afrika menangguhkan keanggotaan Sudan.",
                "The African Union suspended South Sudan's membership.",
                &[],
                Some(("Sudan", "South Sudan")),
            ),
            (
                "Uni Afrika menangguhkan keanggotaan Sudan Selatan.",
                "The African Union suspended South Sudan's membership.",
                &[],
                None,
            ),
        ]);
    }

    #[test]
    fn a_region_with_another_compass_word_is_another_region() {
        assert!(
            COMPASS_WORDS.windows(2).all(|w| w[0].0 < w[1].0),
            "COMPASS_WORDS sorted, unique"
        );
        check(&[
            (
                "Banjir melanda tiga kabupaten di Sumatra Barat dan Aceh.",
                "Floods hit three districts in North Sumatra and Aceh.",
                &[],
                Some(("Sumatra Barat", "North Sumatra")),
            ),
            (
                "Korea Utara menembakkan rudal ke laut.",
                "South Korea fired a missile into the sea.",
                &[],
                Some(("Korea Utara", "South Korea")),
            ),
            // beside another region paired and a name the report leaves out
            (
                "Kemarau menunda masa tanam di Jawa Tengah dan Jawa Barat, provinsi penghasil beras utama di Indonesia.",
                "The dry season delayed planting in Central Java and East Java, the country's main rice-producing provinces.",
                &[],
                Some(("Jawa Barat", "East Java")),
            ),
            (
                "Banjir melanda tiga kabupaten di Sumatra Barat dan Aceh.",
                "Floods hit three districts in West Sumatra and Aceh.",
                &[],
                None,
            ),
            // English writes a two-word direction apart ("North West"
            // province).
            (
                "Polisi di Provinsi Barat Laut mengerahkan personel tambahan.",
                "Police in North West province deployed additional officers.",
                &[],
                None,
            ),
            (
                "Polisi di Provinsi Barat Laut mengerahkan personel tambahan.",
                "Police in North East province deployed additional officers.",
                &[],
                Some(("Provinsi Barat Laut", "North East")),
            ),
            // A body named by its country, which the report names by the
            // country's adjective, its other words in lowercase.
            (
                "Angkatan Laut Sri Lanka menangkap 22 nelayan.",
                "The Sri Lankan navy arrested 22 fishermen.",
                &[],
                None,
            ),
            (
                "Angkatan Laut Sri Lanka menangkap 22 nelayan.",
                "The Indian navy arrested 22 fishermen.",
                &[],
                Some(("Sri Lanka", "Indian")),
            ),
            // A party named by its country's demonym, "Partai" left out,
            // the place ending the name or written apart after it.
            (
                "Partai Konservatif Wales mengatakan perubahan itu belum cukup.",
                "The Welsh Conservatives said the changes did not go far enough.",
                &[],
                None,
            ),
            (
                "Juru bicara Partai Buruh Skotlandia Alex Rowley mengatakan itu aib nasional.",
                "Scottish Labour spokesman Alex Rowley said it was a national embarrassment.",
                &[],
                None,
            ),
            // A name's common word and its English plural.
            (
                "Breakthrough Prize didirikan pada 2012.",
                "The Breakthrough Prizes were founded in 2012.",
                &[],
                None,
            ),
            (
                "Jane Robert mengatakan hal itu.",
                "Jane Roberts said that.",
                &[("Robert", "Roberts")],
                None,
            ),
            // A body whose country the report leaves out.
            (
                "Sebagian besar ledakan itu terkait kelompok kriminal, kata Kejaksaan Belanda.",
                "Most of the explosions were linked to criminal groups, the Public Prosecution Service said.",
                &[],
                None,
            ),
            // But not a listed place put for another that shares a word.
            (
                "Di Arab Saudi, film itu dibuka di peringkat kedua.",
                "The film opened at number two in the United Arab Emirates.",
                &[],
                Some(("Saudi", "United Arab Emirates")),
            ),
            // A river's lower reaches: "Hilir" is "Lower", "Tengah" is not.
            (
                "Operasi itu berlangsung di wilayah Juba Tengah.",
                "The operation took place in the Lower Juba region.",
                &[],
                Some(("Juba Tengah", "Lower Juba")),
            ),
            (
                "Operasi itu berlangsung di wilayah Juba Hilir.",
                "The operation took place in the Lower Juba region.",
                &[],
                None,
            ),
            (
                "Gempa mengguncang Jawa Timur dan Nusa Tenggara Timur.",
                "A quake shook East Java and East Nusa Tenggara.",
                &[],
                None,
            ),
            (
                "Ketegangan di Timur Tengah meningkat.",
                "Tensions in the Middle East rose.",
                &[],
                None,
            ),
            (
                "Banjir melanda Papua Barat Daya.",
                "Floods hit Southwest Papua.",
                &[],
                None,
            ),
        ]);
    }

    #[test]
    fn a_run_holding_two_names_sets_its_other_words_against_the_name_left_over() {
        check(&[
            // A state before the governor's name, another state in the report.
            (
                "Gubernur California Gavin Newsom menandatangani undang-undang itu.",
                "Texas Governor Gavin Newsom signed the law.",
                &[],
                Some(("California", "Texas")),
            ),
            // An agency's acronym before its head, another head in the report.
            (
                "Kepala BMKG Dwikorita Karnawati mengatakan gempa itu tidak berpotensi tsunami.",
                "BMKG chief Daryono said the quake had no tsunami potential.",
                &[],
                Some(("Dwikorita Karnawati", "Daryono")),
            ),
            // The same state and person: nothing.
            (
                "Gubernur California Gavin Newsom menandatangani undang-undang itu.",
                "California Governor Gavin Newsom signed the law.",
                &[],
                None,
            ),
            // A given name the report leaves out is no other name.
            (
                "Joko Widodo meresmikan bendungan itu.",
                "Widodo inaugurated the dam in Jakarta.",
                &[],
                None,
            ),
        ]);
    }

    #[test]
    fn a_shared_compass_word_is_no_translation_of_a_region() {
        check(&[(
            "Gempa terjadi di lepas pantai Sulawesi Utara.",
            "The quake struck off the coast of North Maluku.",
            &[],
            Some(("Sulawesi", "Maluku")),
        )]);
    }

    #[test]
    fn an_institution_of_another_place_is_another_name() {
        check(&[
            (
                "Bank Indonesia menaikkan suku bunga acuan menjadi 6 persen.",
                "Bank Negara Malaysia raised its benchmark rate to 6 percent.",
                &[],
                Some(("Indonesia", "Negara Malaysia")),
            ),
            // The same place, as a demonym: one institution.
            (
                "Kedutaan Besar Prancis di Jakarta ditutup.",
                "The French Embassy in Jakarta was closed.",
                &[],
                None,
            ),
            (
                "Kedutaan Besar Prancis di Jakarta ditutup.",
                "The German Embassy in Jakarta was closed.",
                &[],
                Some(("Prancis", "German")),
            ),
            // A place left over against another place's demonym.
            (
                "Perusahaan itu didukung Volkswagen dan dana pensiun Swedia ATP.",
                "The company is backed by Volkswagen and the Danish pension fund ATP.",
                &[],
                Some(("Swedia", "Danish")),
            ),
            // Not where the source names the demonym's place too.
            (
                "Ekspor minyak dari Kurdistan di Irak terhenti.",
                "Oil exports from Iraqi Kurdistan remain halted.",
                &[],
                None,
            ),
        ]);
    }

    #[test]
    fn words_met_apart_is_a_maximum_matching() {
        // Words that share no spelling across the two names: they meet
        // only by the keys given.
        let words = |side: &str, keys: &[&[u32]]| NameWords {
            keys: keys.iter().map(|k| k.to_vec()).collect(),
            cognates: (0..keys.len()).map(|i| format!("{side}{i}")).collect(),
            texts: (0..keys.len()).map(|i| format!("{side}{i}")).collect(),
            known: vec![true; keys.len()],
            ..NameWords::default()
        };
        let (a, b) = ("marigold", "thunderstorm");
        // Two words that meet only the same word count once.
        assert_eq!(
            words(a, &[&[1], &[1]]).words_met_apart(&words(b, &[&[1], &[2]])),
            1
        );
        // The first word yields its partner to the second, which has no
        // other: both count.
        assert_eq!(
            words(a, &[&[1, 2], &[1]]).words_met_apart(&words(b, &[&[1], &[2]])),
            2
        );
    }

    #[test]
    fn a_phrase_s_meaning_stands_for_one_word_of_the_other_name() {
        // "Kementerian Pertahanan" (defence ministry): both words carry the
        // phrase's meaning, yet only one meets "Ministry"; "Defense
        // Ministry" meets both.
        let health = pair_texts(
            "Juru bicara Kementerian Pertahanan mengatakan anggaran itu naik.",
            "A Health Ministry spokesman said the budget rose.",
        );
        assert_eq!(
            health.mismatch,
            Some(("Kementerian Pertahanan".into(), "Health Ministry".into())),
            "{health:?}"
        );
        let defense = pair_texts(
            "Juru bicara Kementerian Pertahanan mengatakan anggaran itu naik.",
            "A Defense Ministry spokesman said the budget rose.",
        );
        assert!(
            defense.unpaired.is_empty() && defense.only_in_source.is_empty(),
            "{defense:?}"
        );
    }

    #[test]
    fn a_word_put_in_another_words_place_is_no_lexicon_gap() {
        // Each name keeps a word the other lacks: no translation, but the
        // one name put in the other's place.
        // (The lexicon knows the US parties whole, so British ones stand
        // for the rule.)
        check(&[(
            "Partai Buruh memenangkan mayoritas kursi.",
            "The Conservative Party won a majority of seats.",
            &[],
            Some(("Partai Buruh", "Conservative Party")),
        )]);
    }

    #[test]
    fn names_that_differ_only_in_a_respelled_word_are_variants() {
        // The role word is read into each name; the surname is respelled.
        check(&[
            (
                "Pelatih Jurgen Klopp memuji para pemainnya setelah pertandingan.",
                "Coach Jurgen Kloop praised his players after the match.",
                &[("Klopp", "Kloop")],
                None,
            ),
            (
                "Pegulat Dzhamal Otarsultanov meraih medali emas.",
                "Wrestler Jamal Otarsultanov won the gold medal.",
                &[("Dzhamal", "Jamal")],
                None,
            ),
            // A surname that is a common word on one side ("salah": wrong)
            // still makes the name a person's, so the respelled given
            // name is no loanword translation.
            (
                "Mohammed Salah mencetak dua gol pada hari Sabtu.",
                "Mohamed Salah scored twice on Saturday.",
                &[("Mohammed", "Mohamed")],
                None,
            ),
        ]);
    }

    #[test]
    fn names_written_in_each_languages_order_are_no_respelling() {
        check(&[
            // every word a loan spelling, in the other order
            (
                "Hasil itu akan menjadi masukan bagi Reaktor Eksperimental Termonuklir Internasional.",
                "The result will feed into the International Thermonuclear Experimental Reactor.",
                &[],
                None,
            ),
            // the place moved to the front as its demonym
            (
                "Francesco Bagnaia menjuarai MotoGP Indonesia di Sirkuit Mandalika.",
                "Francesco Bagnaia won the Indonesian MotoGP at the Mandalika circuit.",
                &[],
                None,
            ),
            // a word the lexicon knows, alone where the sentence starts
            (
                "Bank asal Spanyol, Banco Mediterraneo, sepakat membeli pesaingnya.",
                "Spanish lender Banco Mediterraneo agreed to buy its rival.",
                &[],
                None,
            ),
            // an English article kept in a title is no name left over
            (
                "Amara Odhiambo memenangi Booker Prize dengan novel \"The Salt House\" tentang Mombasa.",
                "Amara Odhiambo won the Booker Prize with \"The Salt House\", a novel about Nairobi.",
                &[],
                Some(("Mombasa", "Nairobi")),
            ),
            // a doubled final letter is a respelling
            (
                "Karya itu dititipkan oleh ahli waris Werner Bauman.",
                "The work was consigned by the heirs of Werner Baumann.",
                &[("Bauman", "Baumann")],
                None,
            ),
        ]);
    }

    #[test]
    fn a_loanword_heading_a_translated_name_is_no_respelling() {
        // Indonesian puts the head first ("Kastel Windsor" / "Windsor
        // Castle"): the loanword standing elsewhere in the name translates
        // the English word, however its spelling was adapted.
        check(&[
            (
                "Mereka berfoto di Kastel Windsor pada hari Sabtu.",
                "They posed at Windsor Castle on Saturday.",
                &[],
                None,
            ),
            (
                "Anak-anak ditahan di fasilitas Patroli Perbatasan.",
                "Children were held in Border Patrol facilities.",
                &[],
                None,
            ),
            (
                "Juru bicara Departemen Kepolisian Houston mengatakan korban tewas.",
                "A Houston Police Department spokesman said the victim died.",
                &[],
                None,
            ),
            (
                "Partai Unionis Demokratik juga memberikan suara menolak.",
                "The Democratic Unionist Party also voted against it.",
                &[],
                None,
            ),
            // In the same place, a respelled word is still a respelling.
            (
                "Manajer Sean Dyche mengatakan timnya kalah.",
                "Manager Sean Dyce said his side lost.",
                &[("Dyche", "Dyce")],
                None,
            ),
        ]);
    }

    #[test]
    fn a_word_of_a_name_kept_as_written_put_in_anothers_place_is_a_mismatch() {
        check(&[
            (
                "Di Ark Elvin Academy, hasilnya merupakan yang terbaik.",
                "At Ark Globe Academy, results were the best.",
                &[],
                Some(("Elvin", "Globe")),
            ),
            // Translated word by word: no word kept as written differs.
            (
                "Pendaki mencapai puncak Gunung Merapi pada pagi hari.",
                "Climbers reached the summit of Mount Merapi in the morning.",
                &[],
                None,
            ),
        ]);
    }

    /// The names of a close rendering's sentence and its report's, paired.
    fn close_pairing(src: &str, tgt: &str) -> NamePairing {
        let mut interner = Interner::default();
        let s = profile(src, Lang::Id, Lexicon::builtin(), &mut interner);
        let t = profile(tgt, Lang::En, Lexicon::builtin(), &mut interner);
        pair_names(s.names(), t.names(), true)
    }

    #[test]
    fn a_body_standing_for_its_country_is_no_substitution() {
        let mismatch = |src: &str, tgt: &str| close_pairing(src, tgt).mismatch;
        // a body's acronym and its country's people
        assert_eq!(
            mismatch(
                "PSSI Tunjuk Pelatih Asal Belanda untuk Tangani Timnas Indonesia",
                "Indonesia names Dutch coach to lead national team",
            ),
            None
        );
        assert_eq!(
            mismatch(
                "Kapal-kapal TNI Angkatan Laut mulai mengevakuasi warga dari Pulau Ruang.",
                "Indonesian navy ships began evacuating residents from Ruang.",
            ),
            None
        );
        // one people for another is one
        assert!(mismatch(
            "Pasukan Malaysia tiba di Dili.",
            "Indonesian troops arrived in Dili."
        )
        .is_some());
        // a country's code and its government's body in ordinary words
        assert_eq!(
            mismatch(
                "Imbal hasil obligasi pemerintah AS bertenor dua tahun turun.",
                "Yields on two-year Treasury notes fell.",
            ),
            None
        );
        assert!(mismatch(
            "Pasukan AS tiba di Dili.",
            "British troops arrived in Dili."
        )
        .is_some());
    }

    #[test]
    fn a_portfolio_in_a_ministers_title_is_translated() {
        let variants = |src: &str, tgt: &str| close_pairing(src, tgt).variants;
        assert_eq!(
            variants(
                "Menteri Negara Urusan Transportasi Daniel Koh mengatakan pembersihan butuh dua pekan.",
                "Minister of State for Transport Daniel Koh said the clean-up would take two weeks.",
            ),
            []
        );
    }

    #[test]
    fn a_full_name_may_hold_ordinary_words() {
        let person = |src: &str| {
            let mut interner = Interner::default();
            let p = profile(src, Lang::Id, Lexicon::builtin(), &mut interner);
            (0..p.names().names.len())
                .map(|k| is_full_person_name(p.names(), k))
                .collect::<Vec<_>>()
        };
        // "Perkasa" is a word (mighty), "Andika" is not.
        assert_eq!(person("Jenderal Andika Perkasa memimpin upacara."), [true]);
        // A place's head word or a compass word makes a place.
        assert_eq!(person("Gunung Semeru meletus."), [false]);
        assert_eq!(person("Banjir melanda Sulawesi Utara."), [false]);
    }

    #[test]
    fn names_left_over_on_both_sides_are_paired_for_the_judge() {
        let unpaired = |src: &str, tgt: &str| {
            let mut interner = Interner::default();
            let s = profile(src, Lang::Id, Lexicon::builtin(), &mut interner);
            let t = profile(tgt, Lang::En, Lexicon::builtin(), &mut interner);
            pair_names(s.names(), t.names(), false).unpaired
        };
        assert_eq!(
            unpaired(
                "Lionel Messi mencetak dua gol.",
                "Kylian Mbappe scored two goals."
            ),
            [(0, 0)]
        );
        assert_eq!(
            unpaired(
                "Gunung Merapi di Yogyakarta meletus.",
                "Mount Semeru in East Java erupted."
            ),
            [(0, 0), (1, 1)]
        );
        // Not when the counts differ, nor acronyms, nor a speaker against
        // a name no statement is credited to.
        assert!(unpaired("Lionel Messi mencetak gol.", "Mbappe and Griezmann scored.").is_empty());
        assert!(unpaired("Kata polisi KTP itu palsu.", "Police said the ID was fake.").is_empty());
        assert!(unpaired(
            "Kami akan menang, kata John Kerry.",
            "We will win, the Islamic Republic of Iran says."
        )
        .is_empty());
        // A person's full name against a listed place is another part of
        // the statement.
        assert!(unpaired(
            "Pemerintah Joko Widodo memenangkan pemungutan suara itu.",
            "The government of Indonesia won the vote."
        )
        .is_empty());
    }

    #[test]
    fn names_pair_whole_first_and_keep_respellings_inside_translations() {
        let cases: &[Case] = &[
            // The whole "Debian" pairs first, so the longer name left over
            // meets the name put in its place.
            (
                "Kabar ada di Planet Debian, yang memuat tulisan kontributor Debian.",
                "News is on AbiWord Debian, which carries posts by Debian contributors.",
                &[],
                Some(("Planet", "AbiWord")),
            ),
            // Two names share a first name and a translated role word, but
            // the surname was replaced: only the words that differ are named.
            (
                "Penumpang Bill Jaynes mengatakan pesawat terbang sangat rendah.",
                "Passenger Bill Whitaker said the plane flew very low.",
                &[],
                Some(("Jaynes", "Whitaker")),
            ),
            // A run holding two names: the respelled one written apart.
            (
                "Juru bicara World Vision Laora Blank mengatakan timnya tiba.",
                "World Vision spokeswoman Laura Blank says its team arrived.",
                &[("Laora", "Laura")],
                None,
            ),
            // A proper-name word met only as a loose cognate is respelled.
            (
                "Menurut polisi, Francisco Bautista-Santos tiba di bandara.",
                "According to police, Francisco Bautista-Santa arrived at the airport.",
                &[("Bautista-Santos", "Bautista-Santa")],
                None,
            ),
            // A respelling the fold and the lexicon hide: the report's
            // word is an English word too ("kelvin", "blanche") or folds to
            // the same key, but stands in a person's name.
            (
                "Prajurit Satu Kellvin Kereva melepaskan tembakan pada menit ke-87.",
                "Kelvin Kereva fired a shot in the 87th minute.",
                &[("Kellvin", "Kelvin")],
                None,
            ),
            (
                "Mikhael Bowman dari VOA melaporkan pemerintahan Bush menyerukan paket stimulus.",
                "VOA's Michael Bowman reports the Bush administration called for a stimulus package.",
                &[("Mikhael", "Michael")],
                None,
            ),
            (
                "Pengacara pembela Trump, Todd Blankhe, meminta agar putusan itu dibatalkan.",
                "Trump defense lawyer Todd Blanche asked that the verdict be overturned.",
                &[("Blankhe", "Blanche")],
                None,
            ),
            // A body's name is no person's: its loan-spelled word is a
            // translation, though the name holds a proper word.
            (
                "Korporasi Munisipal Brihanmumbai mengeluarkan perintah penghentian pekerjaan.",
                "The Brihanmumbai Municipal Corporation issued stop-work notices.",
                &[],
                None,
            ),
            // Each language's listed name of a place.
            (
                "Lomba itu dimulai di Brugge dan berakhir di Antwerpen.",
                "The race started in Bruges and finished in Antwerp.",
                &[],
                None,
            ),
            // A person's name that is also a listed place's, misspelled.
            (
                "Ekonom Ezequiel Montenero mengatakan cadangan turun.",
                "Economist Ezequiel Montenegro said reserves fell.",
                &[("Montenero", "Montenegro")],
                None,
            ),
            // The possessive glued to a name is no respelling.
            (
                "Jika DVD-ROMnya ialah disk Multi-arch, pilihan menu muncul.",
                "If the DVD-ROM is a Multi-arch disk, menu options appear.",
                &[],
                None,
            ),
            // A translated name whose own word is respelled is a variant.
            (
                "Langkahnya memakai Manajemen BitLocker bersama alat Windows.",
                "The steps use the BitLoker Management together with the Windows tool.",
                &[("BitLocker", "BitLoker")],
                None,
            ),
            // Ordinary words translated by their cognates are no finding.
            (
                "Versi pertama dari Kontrak Sosial Debian mengatakan hal itu.",
                "The first version of the Debian Social Contract said so.",
                &[],
                None,
            ),
            (
                "Lisensi \"GPL\" dan \"Artistik\" adalah lisensi bebas.",
                "The \u{201c}GPL\u{201d} and \u{201c}Artistic\u{201d} licenses are free licenses.",
                &[],
                None,
            ),
            // Spacing is typography, not spelling.
            (
                "Beberapa telah menghilang (Caldera Linux, Storm Linux).",
                "Many have disappeared (Caldera Linux, StormLinux).",
                &[],
                None,
            ),
            // The same entity, its descriptor put in other words.
            (
                "KDE memiliki keluarga aplikasi, dinamai Keluarga Calligra, untuk kantor.",
                "KDE has an office suite, called Calligra Suite, for offices.",
                &[],
                None,
            ),
            // A listed country inside an organisation's name, abbreviated
            // in each language (AS = U.S.), is the same entity.
            (
                "Jaksa mengatakan bajak laut menembak sebuah kapal Angkatan Laut AS setelah negosiasi dimulai.",
                "Prosecutors said the pirates fired at a U.S. naval vessel after negotiations began.",
                &[],
                None,
            ),
            (
                "Tim dari Angkatan Darat, Angkatan Laut, dan Angkatan Udara. (Foto Angkatan Darat AS)",
                "Teams from the Army, Navy, and Air Force. (U.S. Army photo)",
                &[],
                None,
            ),
            // Translated word by word where the lexicon lacks a word.
            (
                "Pemain datang dari Penjaga Pantai dan Angkatan Luar Angkasa.",
                "Players came from Coast Guard and Space Force.",
                &[],
                None,
            ),
            // A repeated shorter mention still shares its partner.
            (
                "Dmitri Peskov berbicara, lalu Peskov pergi.",
                "Dmitri Peskov spoke.",
                &[],
                None,
            ),
        ];
        check(cases);
    }

    #[test]
    fn substitutions_need_names_whose_capitals_count() {
        let cases: &[Case] = &[
            // Acronyms abbreviate each language's own words: no finding.
            (
                "Setiap peserta menunjukkan KTP atau paspor di sana.",
                "Each participant shows an ID card or passport there.",
                &[],
                None,
            ),
            (
                "Ini menarik untuk membandingkan TCI untuk pilihan berbeda.",
                "It is interesting to compare TCOs for different options.",
                &[],
                None,
            ),
            // Another organisation put in the place of one, its word
            // translating a word of the source sentence ("air" / "udara"):
            // a substitution, not a lexicon gap.
            (
                "Angkatan Udara menang, lalu Angkatan Darat juga menang.",
                "Air Force won, then Air Force won again.",
                &[],
                Some(("Darat", "Air")),
            ),
            // A rank is a title, not part of the name, and a name the
            // report has as a plain word ("Army's") is not left over: the
            // soldier was replaced.
            (
                "Peluang terbaik Angkatan Darat datang pada menit ke-80 ketika pemain termuda tim, Prajurit Satu Erick Munoz-Velasco, menerobos ke ruang terbuka.",
                "Army's best opportunity came in the 80th minute when the team's youngest player, Pfc. Samuel Orozco broke into the open field.",
                &[],
                Some(("Erick Munoz-Velasco", "Samuel Orozco")),
            ),
            // A caption's one person replaced, beside a photo credit and
            // a place only the report names.
            (
                "Para pemain Kamerun merayakan setelah Ahmed Hegazi, ketiga dari kiri, mencetak gol kedua mereka di Libreville, Gabon. (Foto: AP)",
                "Cameroon players celebrate after Vincent Aboubakar, 3rd left, scored their second goal against Egypt in Libreville, Gabon.",
                &[],
                Some(("Ahmed Hegazi", "Vincent Aboubakar")),
            ),
            // Names that share a word are one name translated, not two
            // people ("Buku Pegangan Admin" / "Admin's Handbook").
            (
                "Pada tahun 2003, Nat Makarevitch menghubungi Raphaël karena ia ingin menerbitkan buku mengenai Debian Cahier de l'Admin (Buku Pegangan Admin) yang ia kelola untuk Eyrolles, penyunting Perancis terkemuka atas buku-buku teknis.",
                "In 2003, Nat Makarévitch contacted Raphaël because he wanted to publish a book on Debian in the Cahier de l'Admin (Admin's Handbook) collection that he was managing for Eyrolles, a leading French editor of technical books.",
                &[],
                None,
            ),
            // Two listed acronyms of different agencies: a substitution.
            (
                "Menurut pejabat FSB, serangan itu direncanakan.",
                "According to CIA officials, the attack was planned.",
                &[],
                Some(("FSB", "CIA")),
            ),
            // An inflected acronym is the acronym.
            (
                "Firewall yang melakukan NAT dan IPsec tidak bekerja sama.",
                "NATing firewalls and IPsec do not work together.",
                &[],
                None,
            ),
            // An acronym in brackets is a firm name, not set aside: two
            // names are left in the report, so no substitution is read.
            (
                "Debian berhutang besar ke Bruce Perens, dengan penyuntingan \u{201c}Debian Free Software Guidelines\u{201d} yang terkenal.",
                "He remains a contributor to Debian, to whom Debian is indebted for the famous \u{201c}Debian Free Software Guidelines\u{201d} (DFSG).",
                &[],
                None,
            ),
            // A noun opening the sentence is set aside; the name in the
            // middle of it was replaced.
            (
                "Paradigmanya, akan tetapi, menuntun untuk memilih sistem Linux.",
                "Pragmatism, however, led to choosing a Fedora system.",
                &[],
                Some(("Linux", "Fedora")),
            ),
        ];
        check(cases);
    }
}
