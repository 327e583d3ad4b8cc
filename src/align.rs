//! Alignment: which target sentence, if any, carries each source sentence.
//!
//! In: the profiles and kinds of the source sentences and of each report's
//! sentences. Out: for every source sentence, at most one link per report.
//! Every source sentence is scored against every content sentence of each
//! report, so no report has to follow the source's order, and one target
//! sentence may serve several source sentences (a report often packs two
//! facts into one sentence). Nothing scoring below the threshold is linked.

use crate::doc::SentenceKind;
use crate::profile::Profile;
use crate::score::{compare, match_score, Comparison};

/// A source sentence whose best candidate in a report scores below this
/// calibrated match score is left unmatched for that report. The F1-optimal
/// threshold of the `scripts/calibrate.py` run behind
/// [`crate::score::MATCH_WEIGHTS`].
pub const LINK_THRESHOLD: f32 = 0.36;

/// Captions describe a photo; the facts they share with a report are often
/// incidental (a place, a name), so a link from a caption needs more
/// evidence. Set by rule (the generated set has no captions).
pub const CAPTION_THRESHOLD: f32 = 0.6;

/// One side of the alignment: a document's profiles and sentence kinds.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// Profiles, one per sentence.
    pub profiles: &'a [Profile],
    /// Kinds, one per sentence.
    pub kinds: &'a [SentenceKind],
}

/// A chosen counterpart.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Index of the report among the targets.
    pub report: usize,
    /// Index of the sentence in that report.
    pub target: usize,
    /// Match score in 0..1.
    pub score: f32,
    /// The comparison behind the score.
    pub comparison: Comparison,
}

/// The threshold a source sentence of this kind must reach.
pub fn threshold(kind: SentenceKind) -> Option<f32> {
    match kind {
        SentenceKind::Boilerplate => None,
        SentenceKind::Content | SentenceKind::Headline => Some(LINK_THRESHOLD),
        SentenceKind::Caption => Some(CAPTION_THRESHOLD),
    }
}

/// Links of one source sentence: the best target sentence of each report
/// that reaches the threshold, in report order.
pub fn align_sentence(source: &Profile, kind: SentenceKind, reports: &[Side<'_>]) -> Vec<Link> {
    let Some(min) = threshold(kind) else {
        return Vec::new();
    };
    let mut links = Vec::new();
    for (r, report) in reports.iter().enumerate() {
        // Rank the report's sentences by similarity; the best one's lead over
        // the runner-up is evidence that it is the counterpart.
        let mut best: Option<(usize, Comparison, f32)> = None;
        let mut second = 0.0f32;
        for (j, target) in report.profiles.iter().enumerate() {
            if report.kinds[j] == SentenceKind::Boilerplate {
                continue;
            }
            let comparison = compare(source, target);
            let sim = comparison.features.similarity();
            match &best {
                Some((_, _, b)) if sim <= *b => second = second.max(sim),
                _ => {
                    if let Some((_, _, b)) = &best {
                        second = second.max(*b);
                    }
                    best = Some((j, comparison, sim));
                }
            }
        }
        let Some((target, comparison, sim)) = best else {
            continue;
        };
        let score = match_score(
            &comparison.features,
            sim - second,
            (kind, report.kinds[target]),
        );
        if score >= min {
            links.push(Link {
                report: r,
                target,
                score,
                comparison,
            });
        }
    }
    links
}

/// Aligns every source sentence; the result has one entry per source
/// sentence, in order.
pub fn align(source: Side<'_>, reports: &[Side<'_>]) -> Vec<Vec<Link>> {
    source
        .profiles
        .iter()
        .zip(source.kinds)
        .map(|(p, &kind)| align_sentence(p, kind, reports))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Lang;
    use crate::lexicon::Lexicon;
    use crate::profile::{profile, weigh, Interner};

    fn profiles(texts: &[&str], lang: Lang, interner: &mut Interner) -> Vec<Profile> {
        let mut ps: Vec<Profile> = texts
            .iter()
            .map(|t| profile(t, lang, Lexicon::builtin(), interner))
            .collect();
        weigh(&mut ps.iter_mut().collect::<Vec<_>>());
        ps
    }

    #[test]
    fn links_out_of_order_and_leaves_the_rest_unmatched() {
        let mut interner = Interner::default();
        let src = profiles(
            &[
                "Serangan itu menewaskan 137 orang di gedung konser.",
                "Klik di sini untuk mendapatkan aplikasi.",
                "Cuaca di ibu kota sangat dingin.",
            ],
            Lang::Id,
            &mut interner,
        );
        let tgt = profiles(
            &[
                "Officials met to discuss trade tariffs.",
                "The attack killed 144 people at a concert hall.",
            ],
            Lang::En,
            &mut interner,
        );
        let src_kinds = [
            SentenceKind::Content,
            SentenceKind::Boilerplate,
            SentenceKind::Content,
        ];
        let tgt_kinds = [SentenceKind::Content; 2];
        let links = align(
            Side {
                profiles: &src,
                kinds: &src_kinds,
            },
            &[Side {
                profiles: &tgt,
                kinds: &tgt_kinds,
            }],
        );
        assert_eq!(links.len(), 3);
        assert_eq!(links[0].len(), 1);
        assert_eq!(links[0][0].target, 1);
        assert!(links[1].is_empty(), "boilerplate never links");
        assert!(links[2].is_empty(), "{:?}", links[2]);
    }
}
