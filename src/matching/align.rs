//! Alignment: which target sentence, if any, carries each source sentence.
//!
//! In: the profiles and kinds of the source sentences and of each report's
//! sentences. Out: for every source sentence, at most one link per report.
//! Each source sentence is scored against the content sentences of each
//! report that [`crate::matching::candidates`] finds for it (or against all of them with
//! [`Search::Exhaustive`]), so no report has to follow the source's order, and one target
//! sentence may serve several source sentences (a report often packs two
//! facts into one sentence). Nothing scoring below the threshold is linked.

use rayon::prelude::*;

use crate::matching::candidates::{CandidateIndex, Scratch, SourceKeys};
use crate::matching::profile::Profile;
use crate::matching::score::{
    captions_of_other_days, compare_into, match_score, names_replaced, reports_another_match,
    Comparison, Hits, PairFeatures,
};
use crate::text::doc::SentenceKind;

/// A source sentence whose best candidate in a report scores below this
/// calibrated match score is left unmatched for that report. The F1-optimal
/// threshold of the `scripts/calibrate.py` run behind
/// [`crate::matching::score::MATCH_WEIGHTS`].
pub const LINK_THRESHOLD: f32 = 0.31;

/// Captions describe a photo; the facts they share with a report are often
/// incidental (a place, a name), so a link from a caption, or to a report's
/// caption, needs more evidence. Set by rule (the generated set has no
/// captions); applied to report captions in the eighth round (real-news dev
/// P 0.598 -> 0.612, no gold link lost).
pub const CAPTION_THRESHOLD: f32 = 0.6;

/// Share of each side's term weight that must meet the other for a
/// sentence of running text to pair with a report's title line; the
/// bar for a close rendering (`score::CLOSE_RENDERING_COVERAGE`). On the
/// real-news dev split no body sentence linked to a title line was a gold
/// link.
pub const TITLE_BODY_COVERAGE: f32 = 0.5;

/// One side of the alignment: a document's profiles and sentence kinds.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// Profiles, one per sentence.
    pub profiles: &'a [Profile],
    /// Kinds, one per sentence.
    pub kinds: &'a [SentenceKind],
}

impl Side<'_> {
    /// The lede: the first sentence of running text, where news states the
    /// headline's fact again.
    pub fn lede(&self) -> Option<usize> {
        self.kinds.iter().position(|k| *k == SentenceKind::Content)
    }
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

/// How the target sentences to score are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Search {
    /// Only the candidates of an inverted index ([`crate::matching::candidates`]):
    /// linear in the length of a case.
    #[default]
    Candidates,
    /// Every content sentence of every report: the reference the candidate
    /// search is checked against (`--exhaustive`).
    Exhaustive,
}

/// Links of one source sentence: the best target sentence of each report
/// that reaches the threshold, in report order.
pub fn align_sentence(source: &Profile, kind: SentenceKind, reports: &[Side<'_>]) -> Vec<Link> {
    align_sentence_among(source, kind, reports, &mut Buffers::default(), |r| {
        (0..reports[r].profiles.len()).collect()
    })
}

/// A scored candidate; its term hits are in [`Buffers`].
#[derive(Debug, Clone)]
struct Scored {
    /// The target sentence.
    target: usize,
    features: PairFeatures,
    similarity: f32,
    /// Where its source and target hits start in [`Buffers`].
    source_hits: usize,
    target_hits: usize,
}

/// What aligning a source sentence works in, kept from one sentence to the
/// next so that scoring allocates nothing per pair.
#[derive(Debug, Default, Clone)]
struct Buffers {
    hits: Hits,
    scored: Vec<Scored>,
    /// The hits of every scored candidate of one report, one after another.
    source_hits: Vec<bool>,
    target_hits: Vec<bool>,
}

/// Like [`align_sentence`], but scores only the sentences `among(report)`
/// names (ascending, so ties go to the earlier sentence as exhaustively).
fn align_sentence_among(
    source: &Profile,
    kind: SentenceKind,
    reports: &[Side<'_>],
    buffers: &mut Buffers,
    mut among: impl FnMut(usize) -> Vec<usize>,
) -> Vec<Link> {
    let Some(min) = threshold(kind) else {
        return Vec::new();
    };
    let mut links = Vec::new();
    for (r, report) in reports.iter().enumerate() {
        let Buffers {
            hits,
            scored,
            source_hits,
            target_hits,
        } = &mut *buffers;
        scored.clear();
        source_hits.clear();
        target_hits.clear();
        for j in among(r) {
            if report.kinds[j] == SentenceKind::Boilerplate {
                continue;
            }
            let features = compare_into(source, &report.profiles[j], hits);
            if !admissible(source, kind, report, j, &features) {
                continue;
            }
            scored.push(Scored {
                target: j,
                features,
                similarity: features.similarity(),
                source_hits: source_hits.len(),
                target_hits: target_hits.len(),
            });
            source_hits.extend_from_slice(&hits.source);
            target_hits.extend_from_slice(&hits.target);
        }
        // A report's headline and the body sentence saying the same thing
        // are both good matches: a candidate of the source's own kind (title
        // line or running text) competes only with its kind, so that the
        // other kind cannot erase its lead; a candidate of the other kind
        // must stand out among all of them.
        let source_is_title = kind == SentenceKind::Headline;
        let mut best: Option<(&Scored, f32)> = None;
        // The source's own kind first: when its best candidate reaches the
        // threshold, it is the counterpart, and a title line of the other
        // kind (which sums up the whole story, so shares words with many
        // sentences) does not take its place.
        for title in [source_is_title, !source_is_title] {
            if best.is_some_and(|(_, score)| score >= min) {
                break;
            }
            let class = |j: usize| (report.kinds[j] == SentenceKind::Headline) == title;
            let Some(top) = scored.iter().filter(|c| class(c.target)).reduce(|a, b| {
                if b.similarity > a.similarity {
                    b
                } else {
                    a
                }
            }) else {
                continue;
            };
            let j = top.target;
            // The best one's lead over the runner-up is evidence that it is
            // the counterpart; a repeated sentence (the same terms, such as a
            // headline printed twice) is no rival.
            let rival = |k: usize| title != source_is_title || class(k);
            let second = scored
                .iter()
                .filter(|c| c.target != j && rival(c.target))
                .filter(|c| report.profiles[c.target].key_set != report.profiles[j].key_set)
                .map(|c| c.similarity)
                .fold(0.0f32, f32::max);
            let margin = top.similarity - second;
            let lede = report.lede() == Some(j);
            let mut score = match_score(&top.features, margin, (kind, report.kinds[j]), lede);
            // A pair that says the same but for names put in each other's
            // place is scored as if they met; the judge flags them.
            let (sh, th) = (
                &source_hits[top.source_hits..][..source.terms.len()],
                &target_hits[top.target_hits..][..report.profiles[j].terms.len()],
            );
            if score < min && names_replaced(source, sh, &report.profiles[j], th) {
                let met = top
                    .features
                    .with_names_met(source, sh, &report.profiles[j], th);
                score = score.max(match_score(&met, margin, (kind, report.kinds[j]), lede));
            }
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((top, score));
            }
        }
        // A report's photo caption describes its photo, as a source caption
        // does: a link to one needs a caption's evidence too.
        let bar = |c: &Scored| match report.kinds[c.target] {
            SentenceKind::Caption => min.max(CAPTION_THRESHOLD),
            _ => min,
        };
        if let Some((chosen, score)) = best.filter(|(c, score)| *score >= bar(c)) {
            let source_len = source.terms.len();
            let target_len = report.profiles[chosen.target].terms.len();
            links.push(Link {
                report: r,
                target: chosen.target,
                score,
                comparison: Comparison {
                    features: chosen.features,
                    source_hits: source_hits[chosen.source_hits..][..source_len].to_vec(),
                    target_hits: target_hits[chosen.target_hits..][..target_len].to_vec(),
                },
            });
        }
    }
    links
}

/// Whether report sentence `j` may be the counterpart of `source` at all,
/// whatever it scores.
fn admissible(
    source: &Profile,
    kind: SentenceKind,
    report: &Side<'_>,
    j: usize,
    features: &PairFeatures,
) -> bool {
    let target = &report.profiles[j];
    // A report's title line sums up the story, so running text shares its
    // words without stating its fact; a sentence of the body pairs with it
    // only when the two are a close rendering of each other (most of each
    // side's words meeting the other).
    if kind != SentenceKind::Headline
        && report.kinds[j] == SentenceKind::Headline
        && (features.cov_source < TITLE_BODY_COVERAGE || features.cov_target < TITLE_BODY_COVERAGE)
    {
        return false;
    }
    if reports_another_match(source, target, features) {
        return false;
    }
    // A photo caption dated to a day shows that day's moment: another
    // caption dated otherwise shows another, and so does a sentence of the
    // report that dates its fact to another day ("... di Gao, 26 Juli 2014"
    // / "... meets in Algiers, July 24, 2014 following ..."), unless the two
    // are a close rendering, where the day is the figure changed.
    let other_moment = match report.kinds[j] {
        SentenceKind::Caption => true,
        _ => !features.close_rendering(),
    };
    !(kind == SentenceKind::Caption && other_moment && captions_of_other_days(source, target))
}

/// Aligns every source sentence exhaustively; the result has one entry per
/// source sentence, in order.
pub fn align(source: Side<'_>, reports: &[Side<'_>]) -> Vec<Vec<Link>> {
    align_with(source, reports, Search::Exhaustive)
}

/// Aligns every source sentence, choosing the pairs to score by `search`.
/// Source sentences are aligned in parallel on the current rayon pool; the
/// result is in source order whatever the number of threads.
pub fn align_with(source: Side<'_>, reports: &[Side<'_>], search: Search) -> Vec<Vec<Link>> {
    let mut links = align_each(source, reports, search);
    fill_ordered_gaps(source, reports, &mut links);
    links
}

/// The first pass: every source sentence on its own.
fn align_each(source: Side<'_>, reports: &[Side<'_>], search: Search) -> Vec<Vec<Link>> {
    let sentences = source.profiles.par_iter().zip(source.kinds.par_iter());
    match search {
        Search::Exhaustive => sentences
            .map_init(Buffers::default, |buffers, (p, &kind)| {
                align_sentence_among(p, kind, reports, buffers, |r| {
                    (0..reports[r].profiles.len()).collect()
                })
            })
            .collect(),
        Search::Candidates => {
            let indexes: Vec<CandidateIndex> = reports
                .par_iter()
                .map(|r| CandidateIndex::new(r.profiles, r.kinds))
                .collect();
            sentences
                .map_init(
                    || (Scratch::default(), Buffers::default()),
                    |(scratch, buffers), (p, &kind)| {
                        // Worked out once for all reports, and only when needed.
                        let mut keys = None;
                        align_sentence_among(p, kind, reports, buffers, |r| {
                            let keys = keys.get_or_insert_with(|| SourceKeys::of(p));
                            indexes[r].candidates_by(keys, scratch)
                        })
                    },
                )
                .collect()
        }
    }
}

/// The most source sentences a gap between two ordered links may hold
/// for the second pass (gap filling, `fill_ordered_gaps`) to fill it.
pub const MAX_GAP: usize = 3;

/// The most source sentences a gap before the first link into a report or
/// after the last may hold for the second pass to fill it.
pub const MAX_EDGE_GAP: usize = 1;

/// The match score a sentence inside an ordered gap must reach: the two
/// links around it stand for the report following the rendering there, so
/// weaker evidence suffices. Chosen on the development splits (README,
/// "How the scores were chosen").
pub const GAP_THRESHOLD: f32 = 0.12;

/// How much of each side's term weight a quotation alone in a gap must
/// meet to be read as the other's rendering in the second pass's gap
/// filling.
pub const LONE_QUOTE_COVERAGE: f32 = 0.2;

/// The second pass. Where two source sentences link into one report in
/// order as close renderings (sentence `a` to `x`, a later `b` to a later
/// `y`, [`PairFeatures::close_rendering`]), with as many sentences between
/// `a` and `b` as between `x` and `y`, and the few between `a` and `b`
/// found nothing in that report, the report follows the rendering there,
/// as a close translation does: each of them is scored again against the
/// sentences between `x` and `y` alone and linked when it reaches
/// [`GAP_THRESHOLD`]. The classic gap filling of sentence aligners
/// (anchors first, then the stretches between them); it moves no link of
/// the first pass but a loose one into a report sentence that another
/// source sentence links to more strongly, which its stretch may place
/// better. A link right after a close rendering on its diagonal holds a
/// gap as a close rendering does. The start and the end of the two texts count
/// as such links, so a stretch before the first link or after the last,
/// of at most [`MAX_EDGE_GAP`] sentences, is filled the same way.
fn fill_ordered_gaps(source: Side<'_>, reports: &[Side<'_>], links: &mut [Vec<Link>]) {
    let mut hits = Hits::default();
    for (r, report) in reports.iter().enumerate() {
        // A loose link into a report sentence that another source sentence
        // renders better is no anchor: that sentence is taken, and the
        // loose one is more likely the rendering of a sentence in its own
        // stretch, which the gap below may find ("... ," kata Marufu" drawn
        // to "Marufu said the park ..." by the name alone).
        let mut best_into = vec![f32::NEG_INFINITY; report.profiles.len()];
        for l in links.iter().filter_map(|ls| link_into(ls, r)) {
            best_into[l.target] = best_into[l.target].max(l.score);
        }
        let displaced =
            |l: &Link| !l.comparison.features.close_rendering() && best_into[l.target] > l.score;
        // Positions are shifted by one, so that the start of both texts is
        // an anchor at 0 and their end one past the last sentence: a stretch
        // before the first link or after the last is a gap like any other,
        // held by the one link beside it.
        let mut anchors: Vec<(usize, usize, bool)> = links
            .iter()
            .enumerate()
            .filter_map(|(i, ls)| {
                link_into(ls, r)
                    .filter(|l| !displaced(l))
                    .map(|l| (i + 1, l.target + 1, l.comparison.features.close_rendering()))
            })
            .collect();
        if anchors.is_empty() {
            continue;
        }
        let end = (source.profiles.len() + 1, report.profiles.len() + 1);
        anchors.insert(0, (0, 0, true));
        anchors.push((end.0, end.1, true));
        // A link right after a close rendering, on its diagonal, continues
        // the stretch the report follows one to one, however loosely its
        // own words meet: it holds a gap after it as a close rendering does.
        // (The start of the texts is no rendering: a loose first link stays
        // loose.)
        for k in 2..anchors.len() {
            let ((a, x, a_close), (b, y, _)) = (anchors[k - 1], anchors[k]);
            if a_close && b == a + 1 && y == x + 1 {
                anchors[k].2 = true;
            }
        }
        let mut found = Vec::new();
        for pair in anchors.windows(2) {
            let ((a, x, a_close), (b, y, b_close)) = (pair[0], pair[1]);
            // A stretch of as many sentences on each side, between two
            // close renderings in order: the report follows the rendering
            // one to one there. (Where the counts differ, a sentence of one
            // side has no counterpart and the pairing is a guess.)
            let balanced = b - a == y.saturating_sub(x);
            // At either end one link alone holds the order: it pins only the
            // sentence beside it.
            let at_an_end = a == 0 || (b, y) == end;
            let most = if at_an_end { MAX_EDGE_GAP } else { MAX_GAP };
            if b - a < 2 || b - a - 1 > most || !balanced || !(a_close && b_close) {
                continue;
            }
            for i in a..b - 1 {
                let kind = source.kinds[i];
                if threshold(kind).is_none() {
                    continue;
                }
                let profile = &source.profiles[i];
                let scored: Vec<(usize, Comparison)> = (x..y - 1)
                    .filter(|&j| report.kinds[j] != SentenceKind::Boilerplate)
                    .filter_map(|j| {
                        let features = compare_into(profile, &report.profiles[j], &mut hits);
                        admissible(profile, kind, report, j, &features).then(|| {
                            let comparison = Comparison {
                                features,
                                source_hits: hits.source.clone(),
                                target_hits: hits.target.clone(),
                            };
                            (j, comparison)
                        })
                    })
                    .collect();
                let similarity = |c: &(usize, Comparison)| c.1.features.similarity();
                let second = |best: usize| {
                    scored
                        .iter()
                        .filter(|c| c.0 != best)
                        .map(similarity)
                        .fold(0.0f32, f32::max)
                };
                let Some(best) = scored
                    .iter()
                    .max_by(|p, q| similarity(p).total_cmp(&similarity(q)))
                else {
                    continue;
                };
                let margin = similarity(best) - second(best.0);
                let kinds = (kind, report.kinds[best.0]);
                let lede = report.lede() == Some(best.0);
                let mut score = match_score(&best.1.features, margin, kinds, lede);
                let bar = GAP_THRESHOLD.max(score_floor(kind));
                // As in the first pass, a pair that says the same but for
                // names put in each other's place is scored as if they met.
                // So is, where the report follows the rendering, a quotation
                // credited to someone else, however few of its words the
                // lexicon meets ("\"Secara keseluruhan semua orang hebat,\"
                // kata Ulrich" / "... everyone is great,\" Misilagi said").
                let (target, comparison) = (&report.profiles[best.0], &best.1);
                if score < bar
                    && (comparison.features.speaker_conflict
                        || comparison.features.quotes_apart
                        || names_replaced(
                            profile,
                            &comparison.source_hits,
                            target,
                            &comparison.target_hits,
                        ))
                {
                    // The other speaker is what the judge flags, not a
                    // reason to leave the rendered quotation unlinked; nor,
                    // where the report's order holds it, are words of a
                    // quotation the lexicon does not reach a sign of another
                    // statement ("puluhan tahun" / "decades in the making").
                    let met = PairFeatures {
                        speaker_conflict: false,
                        quotes_apart: false,
                        ..comparison.features.with_names_met(
                            profile,
                            &comparison.source_hits,
                            target,
                            &comparison.target_hits,
                        )
                    };
                    score = score.max(match_score(&met, margin, kinds, lede));
                }
                // One quotation opposite one quotation, alone between two
                // close renderings in order: the rendered quotation in its
                // place, however loosely the lexicon meets its words
                // ("Kami tidak akan berhenti ..." / "We will not rest ..."),
                // where some of each side's words meet.
                let features = &comparison.features;
                let lone_quote = b - a == 2
                    && y - x == 2
                    && features.both_quote
                    && features.cov_source >= LONE_QUOTE_COVERAGE
                    && features.cov_target >= LONE_QUOTE_COVERAGE;
                if score < bar && lone_quote {
                    score = bar;
                }
                if score >= bar {
                    found.push((
                        i,
                        Link {
                            report: r,
                            target: best.0,
                            score,
                            comparison: best.1.clone(),
                        },
                    ));
                }
            }
        }
        for (i, link) in found {
            // A displaced loose link gives way to the one its stretch found.
            match links[i].iter().position(|l| l.report == r) {
                Some(at) => links[i][at] = link,
                None => {
                    let at = links[i].partition_point(|l| l.report < r);
                    links[i].insert(at, link);
                }
            }
        }
    }
}

/// A source sentence's link into report `r`, if any.
fn link_into(links: &[Link], r: usize) -> Option<&Link> {
    links.iter().find(|l| l.report == r)
}

/// Captions keep their own bar even inside a gap: their facts are often
/// incidental.
fn score_floor(kind: SentenceKind) -> f32 {
    match kind {
        SentenceKind::Caption => CAPTION_THRESHOLD,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::matching::profile::{profile, weigh, Interner};
    use crate::text::doc::Lang;

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

    #[test]
    fn a_body_sentence_prefers_the_body_over_the_headline() {
        let mut interner = Interner::default();
        let src = profiles(
            &["Pemerintah Jepang akan menaikkan pajak penjualan tahun depan."],
            Lang::Id,
            &mut interner,
        );
        let tgt = profiles(
            &[
                "Japan government will raise sales tax next year",
                "Exports fell for the third month in a row.",
                "The government of Japan said on Monday that it will raise the sales tax next year, a move that economists warned could hurt consumer spending and slow the recovery of the economy.",
            ],
            Lang::En,
            &mut interner,
        );
        let tgt_kinds = [
            SentenceKind::Headline,
            SentenceKind::Content,
            SentenceKind::Content,
        ];
        let report = [Side {
            profiles: &tgt,
            kinds: &tgt_kinds,
        }];
        let as_body = align_sentence(&src[0], SentenceKind::Content, &report);
        assert_eq!(as_body.len(), 1);
        assert_eq!(as_body[0].target, 2, "{as_body:?}");
        let as_title = align_sentence(&src[0], SentenceKind::Headline, &report);
        assert_eq!(as_title.len(), 1);
        assert_eq!(as_title[0].target, 0, "{as_title:?}");
    }

    #[test]
    fn a_report_caption_needs_a_captions_evidence() {
        let mut interner = Interner::default();
        let src = profiles(
            &["Presiden Obama tiba di Hanoi pada hari Minggu untuk kunjungan tiga hari dan bertemu para pemimpin Vietnam."],
            Lang::Id,
            &mut interner,
        );
        let tgt = profiles(
            &[
                "President Obama waves in Hanoi.",
                "Trade talks resumed in Geneva.",
            ],
            Lang::En,
            &mut interner,
        );
        let link = |first: SentenceKind| {
            let kinds = [first, SentenceKind::Content];
            align_sentence(
                &src[0],
                SentenceKind::Content,
                &[Side {
                    profiles: &tgt,
                    kinds: &kinds,
                }],
            )
        };
        // As running text the sentence is a link, though a weak one ...
        let as_body = link(SentenceKind::Content);
        assert_eq!(as_body.len(), 1, "{as_body:?}");
        assert!(as_body[0].score < CAPTION_THRESHOLD, "{as_body:?}");
        // ... and as the report's photo caption it is not.
        assert!(link(SentenceKind::Caption).is_empty());
    }

    #[test]
    fn a_title_line_finds_the_lede_of_a_report_printed_without_a_headline() {
        let mut interner = Interner::default();
        let src = profiles(
            &["Ekonomi Tiongkok Catat Pertumbuhan Terendah Sejak 2009"],
            Lang::Id,
            &mut interner,
        );
        let tgt = profiles(
            &[
                "China's economic growth slowed to a 6.9 percent annual rate between July and September, the slowest expansion since 2009.",
                "Analysts had expected growth of 6.8 percent in the quarter.",
                "The central bank has cut interest rates five times since November.",
            ],
            Lang::En,
            &mut interner,
        );
        let tgt_kinds = [SentenceKind::Content; 3];
        let report = [Side {
            profiles: &tgt,
            kinds: &tgt_kinds,
        }];
        assert_eq!(report[0].lede(), Some(0));
        let links = align_sentence(&src[0], SentenceKind::Headline, &report);
        assert_eq!(links.len(), 1, "{links:?}");
        assert_eq!(links[0].target, 0, "{links:?}");
        // The same words as running text are no headline: no lede rule.
        let as_body = align_sentence(&src[0], SentenceKind::Content, &report);
        assert!(
            as_body.iter().all(|l| l.score < links[0].score),
            "{as_body:?}"
        );
    }

    /// A close rendering's three sentences, the middle pair sharing too
    /// little to link on its own; `report_middle` is what the report has
    /// between the two close renderings around it.
    fn gap_case(report_middle: &[&str], first: &str) -> (Vec<Vec<Link>>, Vec<Vec<Link>>) {
        let mut texts = vec![first];
        texts.extend_from_slice(report_middle);
        texts.push(SOLDIERS_EN);
        aligned(&[QUAKE, WEAK_SOURCE, SOLDIERS], &texts)
    }

    /// `source_texts` aligned against one report of `texts`, all content:
    /// the first pass alone, and the whole alignment.
    fn aligned(source_texts: &[&str], texts: &[&str]) -> (Vec<Vec<Link>>, Vec<Vec<Link>>) {
        let mut interner = Interner::default();
        let src = profiles(source_texts, Lang::Id, &mut interner);
        let tgt = profiles(texts, Lang::En, &mut interner);
        let src_kinds = vec![SentenceKind::Content; src.len()];
        let tgt_kinds = vec![SentenceKind::Content; tgt.len()];
        let source = Side {
            profiles: &src,
            kinds: &src_kinds,
        };
        let report = [Side {
            profiles: &tgt,
            kinds: &tgt_kinds,
        }];
        (
            align_each(source, &report, Search::Exhaustive),
            align(source, &report),
        )
    }

    const CLOSE_FIRST: &str = "A 7.6 magnitude earthquake shook Padang on Wednesday.";
    const QUAKE: &str = "Gempa berkekuatan 7,6 mengguncang Padang pada hari Rabu.";
    const SOLDIERS: &str = "Pemerintah mengirim 500 tentara untuk membantu penyelamatan.";
    const SOLDIERS_EN: &str = "The government sent 500 soldiers to help the rescue.";
    /// A pair the lexicon hardly meets: too weak to link alone, strong
    /// enough to fill a gap.
    const WEAK_SOURCE: &str = "Kesabaran warga mulai menipis.";
    const WEAK_MIDDLE: &str = "Residents are running out of patience.";

    #[test]
    fn a_quotation_credited_to_someone_else_fills_a_gap() {
        let (first_pass, links) = aligned(
            &[
                QUAKE,
                "\"Kami semua terguncang,\" kata Siti Rahma.",
                SOLDIERS,
            ],
            &[
                CLOSE_FIRST,
                "\"Every one of us was shaken to the core,\" said Ahmad Yani.",
                SOLDIERS_EN,
            ],
        );
        assert!(first_pass[1].is_empty(), "{:?}", first_pass[1]);
        assert_eq!(links[1].len(), 1, "{links:?}");
        assert_eq!(links[1][0].target, 1);
        assert!(links[1][0].comparison.features.speaker_conflict);
    }

    #[test]
    fn a_one_to_one_gap_between_close_renderings_is_filled() {
        let (first_pass, links) = gap_case(&[WEAK_MIDDLE], CLOSE_FIRST);
        assert!(
            first_pass[1].is_empty(),
            "too weak alone: {:?}",
            first_pass[1]
        );
        assert_eq!(links[1].len(), 1, "{links:?}");
        assert_eq!(links[1][0].target, 1);
        assert!((GAP_THRESHOLD..LINK_THRESHOLD).contains(&links[1][0].score));
        assert_eq!(
            (links[0][0].target, links[2][0].target),
            (0, 2),
            "anchors kept"
        );
    }

    #[test]
    fn the_last_sentence_after_a_close_rendering_is_filled() {
        let (_, links) = aligned(&[QUAKE, WEAK_SOURCE], &[CLOSE_FIRST, WEAK_MIDDLE]);
        assert_eq!(links[1].len(), 1, "{links:?}");
        assert_eq!(links[1][0].target, 1);
        // Two sentences after the last link: one link pins only the next.
        let other = "Officials met to discuss trade tariffs.";
        let (_, links) = aligned(
            &[QUAKE, WEAK_SOURCE, "Para pejabat bertemu."],
            &[CLOSE_FIRST, WEAK_MIDDLE, other],
        );
        assert!(links[1].is_empty(), "{:?}", links[1]);
    }

    #[test]
    fn a_gap_of_unequal_length_is_left_alone() {
        // One report sentence more than source sentences between the two
        // anchors: which one (if any) renders the source is a guess.
        let (_, links) = gap_case(
            &[WEAK_MIDDLE, "Officials met to discuss trade tariffs."],
            CLOSE_FIRST,
        );
        assert!(links[1].is_empty(), "{:?}", links[1]);
    }

    #[test]
    fn a_gap_after_a_loose_link_is_left_alone() {
        // The first anchor shares the fact inside a much longer sentence:
        // two reports agreeing, not a rendering that the report follows.
        let loose = "A 7.6 magnitude earthquake shook Padang on Wednesday, toppling hundreds of \
                     buildings, cutting power lines and leaving thousands of families without \
                     shelter as aftershocks continued through the night.";
        let (first_pass, links) = gap_case(&[WEAK_MIDDLE], loose);
        assert_eq!(first_pass[0].len(), 1, "the loose anchor links");
        assert!(!first_pass[0][0].comparison.features.close_rendering());
        assert!(links[1].is_empty(), "{:?}", links[1]);
    }

    #[test]
    fn a_loose_link_into_a_taken_sentence_gives_way_to_its_gap() {
        // The quotation shares only its speaker's name with the sentence
        // before it, which renders another source sentence closely.
        let source = [
            QUAKE,
            "Siti Rahma mengatakan rumah sakit kota itu penuh dengan korban luka.",
            "\"Kami semua terguncang dan takut,\" kata Siti Rahma.",
            SOLDIERS,
        ];
        let report = [
            CLOSE_FIRST,
            "Siti Rahma said the city's hospital was full of injured people.",
            "\"We were all shaken and afraid,\" said Ahmad Yani.",
            SOLDIERS_EN,
        ];
        let (first_pass, links) = aligned(&source, &report);
        assert_eq!(links[1][0].target, 1, "{links:?}");
        assert_eq!(links[2].len(), 1, "{links:?}");
        assert_eq!(
            first_pass[2].iter().map(|l| l.target).collect::<Vec<_>>(),
            [1],
            "drawn by the name alone"
        );
        assert_eq!(links[2][0].target, 2);
    }

    #[test]
    fn a_link_on_the_diagonal_after_a_close_rendering_holds_a_gap() {
        // The second link meets few words of its long report sentence, but
        // it follows a close rendering one to one.
        let source = [
            QUAKE,
            "Ribuan keluarga di Padang tidur di luar rumah.",
            WEAK_SOURCE,
            SOLDIERS,
        ];
        let loose = "Thousands of families in Padang slept outside as aftershocks continued \
                     through the night, power stayed off across the city and rain fell on \
                     the shelters.";
        let report = [CLOSE_FIRST, loose, WEAK_MIDDLE, SOLDIERS_EN];
        let (first_pass, links) = aligned(&source, &report);
        let second = &first_pass[1];
        assert!(
            second.len() == 1 && !second[0].comparison.features.close_rendering(),
            "a loose link: {second:?}"
        );
        assert_eq!(links[2].len(), 1, "{links:?}");
        assert_eq!(links[2][0].target, 2);
    }
}
