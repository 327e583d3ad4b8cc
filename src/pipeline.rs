//! The pipeline from texts to rows: segment, profile, align, judge.
//!
//! In: the source text and the report texts (already read and decoded) with
//! their names and languages. Out: typed [`Row`]s, every source sentence in
//! order, one row per report that carries it or one unmatched row: ids,
//! texts, scores and [`Flag`]s. No I/O happens here, so every stage is
//! testable on literals.
//!
//! Why typed: the writers ([`crate::report::output`] for CSV, [`crate::report::detail`] for
//! JSON Lines, [`crate::report::html`] for the review page) each make their own
//! strings from the same values, so none of them parses another's output.

use rayon::prelude::*;

use crate::anchors::Anchors;
use crate::judge::divergence::{self, Flag};
use crate::judge::story::{Elsewhere, Story};
use crate::lexicon::Lexicon;
use crate::matching::align::{self, Link, Search, Side};
use crate::matching::antecedents;
use crate::matching::profile::{self, Interner, Profile};
use crate::text::doc::{DocId, Document, Lang, SentId, Sentence, SentenceKind};
use crate::text::furniture;
use crate::text::segment;

/// One row of an alignment: a source sentence and the report sentence that
/// carries it, or no report sentence (an unmatched or furniture row).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The source document.
    pub source_doc: DocId,
    /// The source sentence (`4`, or `4+5` for merged sentences).
    pub source_sent: SentId,
    /// The source sentence's text.
    pub source_text: String,
    /// The report sentence that carries it; `None` when no report does.
    pub target: Option<Target>,
    /// 0..1 confidence that both sides report the same statement or fact;
    /// 0 when unmatched.
    pub match_score: f32,
    /// 0..1 how much the pair differs in facts; 1 when unmatched.
    pub divergence: f32,
    /// 0..1 agreement of names; `None` when neither side has one (or the
    /// row is unmatched).
    pub name_score: Option<f32>,
    /// 0..1 agreement of numbers and dates; `None` when neither side has one.
    pub number_score: Option<f32>,
    /// 0..1 agreement of quoted speech; `None` when neither side quotes.
    pub quote_score: Option<f32>,
    /// The findings, in the order the `flags` column prints them.
    pub flags: Vec<Flag>,
    /// Source names the report does not mention (for the notes; no flag,
    /// see [`divergence::Judgement`]).
    pub names_only_in_source: Vec<String>,
    /// A side had more anchors of a kind than are compared
    /// ([`crate::anchors::MAX_ANCHORS_PER_KIND`]); the notes say so.
    pub anchors_capped: bool,
}

/// The report side of a linked [`Row`].
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// The report.
    pub doc: DocId,
    /// The report sentence.
    pub sent: SentId,
    /// Its text.
    pub text: String,
}

impl Row {
    /// Whether the row carries `flag` (`Flag::Unmatched`, ...).
    pub fn has(&self, flag: &Flag) -> bool {
        self.flags.contains(flag)
    }

    /// What the row is for a reviewer: a linked pair with a factual finding
    /// or without one, unmatched content, or unmatched page furniture.
    pub fn kind(&self) -> RowKind {
        if self.target.is_some() {
            if self.flags.iter().any(is_fact_finding) {
                RowKind::Drift
            } else {
                RowKind::Aligned
            }
        } else if self
            .flags
            .iter()
            .any(|f| matches!(f, Flag::Boilerplate | Flag::Caption))
        {
            RowKind::Furniture
        } else {
            RowKind::Unmatched
        }
    }
}

/// Whether `flag` says the two sides disagree on a fact (a number, date,
/// name, quote or speaker). Addition and omission say only that one side
/// says more, which every paraphrase does; the rest describe the row, not a
/// disagreement. No wildcard arm: a new flag must be placed here.
fn is_fact_finding(flag: &Flag) -> bool {
    match flag {
        Flag::NumberMismatch(..)
        | Flag::NumberMissing(_)
        | Flag::NumberAdded(_)
        | Flag::DateMismatch(..)
        | Flag::DateMissing(_)
        | Flag::DateAdded(_)
        | Flag::NameVariant(..)
        | Flag::NameMismatch(..)
        | Flag::QuoteChanged(_)
        | Flag::QuoteMissing
        | Flag::SpeakerMismatch(..) => true,
        Flag::Addition | Flag::Omission | Flag::Unmatched | Flag::Boilerplate | Flag::Caption => {
            false
        }
    }
}

/// A row's place in a review, printed in the `kind` column ([`Row::kind`]).
/// Divergence alone puts unmatched and furniture rows (divergence 1) above
/// every real drift; filtering on the kind first keeps the drift of
/// aligned pairs on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// A linked pair with at least one factual finding (a `number_`,
    /// `date_`, `name_`, `quote_` or `speaker_` flag).
    Drift,
    /// A linked pair without one (at most `addition` / `omission`).
    Aligned,
    /// Content no report carries.
    Unmatched,
    /// Boilerplate or a caption no report carries.
    Furniture,
}

impl RowKind {
    /// The kind as the `kind` column prints it (`drift`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            RowKind::Drift => "drift",
            RowKind::Aligned => "aligned",
            RowKind::Unmatched => "unmatched",
            RowKind::Furniture => "furniture",
        }
    }
}

impl std::fmt::Display for RowKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Serialized as printed, so CSV, JSON Lines and batch JSON agree.
impl serde::Serialize for RowKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A [`Row`] with the anchors of both its sides, from the same profiles the
/// judgement used (for the JSON Lines and HTML views).
#[derive(Debug, Clone, PartialEq)]
pub struct RowDetail {
    /// The row.
    pub row: Row,
    /// Names, numbers and quotes of the source sentence, spans into
    /// `row.source_text`.
    pub source_anchors: Anchors,
    /// Names, numbers and quotes of the target sentence, spans into its
    /// text; empty when the row is unmatched.
    pub target_anchors: Anchors,
}

/// A text to align, with its name and language.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The name printed in the output (the file's basename).
    pub name: &'a str,
    /// The text.
    pub text: &'a str,
    /// Its language.
    pub lang: Lang,
}

/// Segments a text into sentences and marks page furniture, captions and
/// title lines.
pub fn build_document(input: Input<'_>) -> Document {
    let segments = segment::segment(input.text, input.lang);
    let mut sentences: Vec<Sentence> = segments
        .into_iter()
        .enumerate()
        .map(|(i, seg)| {
            let ctx = furniture::Context {
                whole_paragraph: seg.whole_paragraph,
                first_paragraph: seg.paragraph == 0,
            };
            Sentence {
                id: SentId::single(i as u32 + 1),
                kind: furniture::classify(&seg.text, input.lang, ctx),
                text: seg.text,
                paragraph: seg.paragraph,
            }
        })
        .collect();
    // A caption's credit sits on its last sentence; the sentences before it
    // in the same paragraph describe the same photo.
    // Sentences come in paragraph order, so this list is sorted: a binary
    // search keeps the pass linear on a file of a million caption lines,
    // where a scan per sentence was quadratic.
    let mut caption_paragraphs: Vec<u32> = sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Caption)
        .map(|s| s.paragraph)
        .collect();
    caption_paragraphs.dedup();
    for s in &mut sentences {
        if s.kind == SentenceKind::Content && caption_paragraphs.binary_search(&s.paragraph).is_ok()
        {
            s.kind = SentenceKind::Caption;
        }
    }
    Document {
        id: DocId(input.name.to_owned()),
        lang: input.lang,
        sentences,
    }
}

/// Profiles of every sentence of several documents of one language, weighed
/// together.
fn profile_documents(
    docs: &[&Document],
    lexicon: &Lexicon,
    interner: &mut Interner,
) -> Vec<Vec<Profile>> {
    let mut all: Vec<Vec<Profile>> = docs
        .iter()
        .map(|d| {
            let mut profiles = profile_parallel(d, lexicon, interner);
            let texts: Vec<&str> = d.sentences.iter().map(|s| s.text.as_str()).collect();
            profile::reprofile_title_lines(&texts, &mut profiles, d.lang, lexicon, interner);
            antecedents::resolve(&texts, &mut profiles);
            profiles
        })
        .collect();
    let mut refs: Vec<&mut Profile> = all
        .iter_mut()
        .zip(docs)
        .flat_map(|(ps, d)| {
            ps.iter_mut()
                .zip(&d.sentences)
                .filter(|(_, s)| s.kind != SentenceKind::Boilerplate)
                .map(|(p, _)| p)
        })
        .collect();
    profile::weigh(&mut refs);
    all
}

/// Sentences profiled per parallel task: enough to amortise a private
/// interner, few enough to spread a long document over every thread.
const PROFILE_CHUNK: usize = 256;

/// Profiles a document's sentences in parallel, giving the same profiles as
/// profiling them in order with `interner`. Each chunk interns into its own
/// interner; the chunks' strings are then interned into the shared one chunk
/// by chunk, in first-use order, which hands out exactly the keys sequential
/// profiling would have, and every key is renumbered accordingly.
fn profile_parallel(doc: &Document, lexicon: &Lexicon, interner: &mut Interner) -> Vec<Profile> {
    // One chunk gains nothing from a private interner: profile in order
    // with the shared one (the keys are the same, without renumbering).
    if doc.sentences.len() <= PROFILE_CHUNK {
        return doc
            .sentences
            .iter()
            .map(|s| profile::profile(&s.text, doc.lang, lexicon, interner))
            .collect();
    }
    let chunks: Vec<(Vec<Profile>, Interner)> = doc
        .sentences
        .par_chunks(PROFILE_CHUNK)
        .map(|chunk| {
            let mut local = Interner::default();
            let ps = chunk
                .iter()
                .map(|s| profile::profile(&s.text, doc.lang, lexicon, &mut local))
                .collect();
            (ps, local)
        })
        .collect();
    let mut out = Vec::with_capacity(doc.sentences.len());
    for (ps, local) in chunks {
        let map: Vec<u32> = local
            .strings()
            .into_iter()
            .map(|s| interner.intern(s))
            .collect();
        for mut p in ps {
            p.remap_keys(&map);
            out.push(p);
        }
    }
    out
}

/// The profiles of a case: the source's sentences, weighed among
/// themselves, and each report's, weighed across all reports.
pub fn profile_case(
    source: &Document,
    reports: &[Document],
    lexicon: &Lexicon,
) -> (Vec<Profile>, Vec<Vec<Profile>>) {
    let mut interner = Interner::default();
    let src_profiles = profile_documents(&[source], lexicon, &mut interner).remove(0);
    let report_refs: Vec<&Document> = reports.iter().collect();
    let tgt_profiles = profile_documents(&report_refs, lexicon, &mut interner);
    (src_profiles, tgt_profiles)
}

/// Aligns a source document with reports and returns the output rows.
pub fn align_documents(source: &Document, reports: &[Document], lexicon: &Lexicon) -> Vec<Row> {
    align_documents_with(source, reports, lexicon, Search::default())
}

/// [`align_documents`], choosing the pairs to score by `search`.
pub fn align_documents_with(
    source: &Document,
    reports: &[Document],
    lexicon: &Lexicon,
    search: Search,
) -> Vec<Row> {
    // The CSV needs no anchors: copy none.
    align_case(source, reports, lexicon, search, |row, _, _| row)
}

/// Like [`align_documents`], with each row the anchors of both its sides
/// (from the same profiles the judgement used), for the JSONL and HTML
/// views. An unmatched row's target anchors are empty.
pub fn align_detailed(
    source: &Document,
    reports: &[Document],
    lexicon: &Lexicon,
) -> Vec<RowDetail> {
    align_detailed_with(source, reports, lexicon, Search::default())
}

/// [`align_detailed`], choosing the pairs to score by `search`.
pub fn align_detailed_with(
    source: &Document,
    reports: &[Document],
    lexicon: &Lexicon,
    search: Search,
) -> Vec<RowDetail> {
    align_case(source, reports, lexicon, search, |row, src, tgt| {
        RowDetail {
            row,
            source_anchors: src.anchors.clone(),
            target_anchors: tgt.map_or_else(Anchors::default, |p| p.anchors.clone()),
        }
    })
}

/// Aligns, judges and makes each row into a `T` with `make(row, source
/// profile, target profile)` (no target profile for an unmatched row).
fn align_case<T>(
    source: &Document,
    reports: &[Document],
    lexicon: &Lexicon,
    search: Search,
    make: impl Fn(Row, &Profile, Option<&Profile>) -> T,
) -> Vec<T> {
    let (src_profiles, tgt_profiles) = profile_case(source, reports, lexicon);

    let src_kinds: Vec<SentenceKind> = source.sentences.iter().map(|s| s.kind).collect();
    let tgt_kinds: Vec<Vec<SentenceKind>> = reports
        .iter()
        .map(|d| d.sentences.iter().map(|s| s.kind).collect())
        .collect();
    let sides: Vec<Side<'_>> = tgt_profiles
        .iter()
        .zip(&tgt_kinds)
        .map(|(profiles, kinds)| Side { profiles, kinds })
        .collect();
    let links = align::align_with(
        Side {
            profiles: &src_profiles,
            kinds: &src_kinds,
        },
        &sides,
        search,
    );

    let mut story = Story::new(&src_profiles, &tgt_profiles);
    let close_links: Vec<usize> = (0..reports.len())
        .map(|r| {
            links
                .iter()
                .flatten()
                .filter(|l| l.report == r && l.comparison.features.close_rendering())
                .count()
        })
        .collect();
    story.mark_renderings(&close_links);
    let mut rows = Vec::new();
    for (i, ((sentence, profile), links)) in source
        .sentences
        .iter()
        .zip(&src_profiles)
        .zip(links)
        .enumerate()
    {
        if links.is_empty() {
            rows.push(make(unmatched_row(source, sentence), profile, None));
            continue;
        }
        for link in links {
            let ctx = LinkContext {
                reports,
                tgt_profiles: &tgt_profiles,
                story: story.elsewhere(i),
            };
            let row = linked_row(source, sentence, profile, &ctx, &link);
            rows.push(make(
                row,
                profile,
                Some(&tgt_profiles[link.report][link.target]),
            ));
        }
    }
    rows
}

fn kind_flag(kind: SentenceKind) -> Option<Flag> {
    match kind {
        SentenceKind::Boilerplate => Some(Flag::Boilerplate),
        SentenceKind::Caption => Some(Flag::Caption),
        SentenceKind::Content | SentenceKind::Headline => None,
    }
}

fn unmatched_row(source: &Document, sentence: &Sentence) -> Row {
    let flag = kind_flag(sentence.kind)
        .filter(|f| *f == Flag::Boilerplate)
        .unwrap_or(Flag::Unmatched);
    let mut flags = vec![flag];
    if sentence.kind == SentenceKind::Caption {
        flags.push(Flag::Caption);
    }
    Row {
        source_doc: source.id.clone(),
        source_sent: sentence.id,
        source_text: sentence.text.clone(),
        target: None,
        match_score: 0.0,
        divergence: 1.0,
        name_score: None,
        number_score: None,
        quote_score: None,
        flags,
        names_only_in_source: Vec::new(),
        anchors_capped: false,
    }
}

/// What a linked row is judged against besides its own pair: the reports,
/// their profiles, and the story outside the source sentence.
struct LinkContext<'a> {
    reports: &'a [Document],
    tgt_profiles: &'a [Vec<Profile>],
    story: Elsewhere<'a>,
}

fn linked_row(
    source: &Document,
    sentence: &Sentence,
    profile: &Profile,
    ctx: &LinkContext<'_>,
    link: &Link,
) -> Row {
    let report = &ctx.reports[link.report];
    let target = &report.sentences[link.target];
    let target_profile = &ctx.tgt_profiles[link.report][link.target];
    let mut judgement = divergence::judge_in_story(
        profile,
        target_profile,
        &link.comparison,
        link.score,
        ctx.story.linked_to(link.report, link.target),
    );
    if sentence.kind == SentenceKind::Caption {
        judgement.flags.push(Flag::Caption);
    }
    Row {
        source_doc: source.id.clone(),
        source_sent: sentence.id,
        source_text: sentence.text.clone(),
        target: Some(Target {
            doc: report.id.clone(),
            sent: target.id,
            text: target.text.clone(),
        }),
        match_score: link.score,
        divergence: judgement.divergence,
        name_score: judgement.name_score,
        number_score: judgement.number_score,
        quote_score: judgement.quote_score,
        flags: judgement.flags,
        names_only_in_source: judgement.names_only_in_source,
        anchors_capped: profile.anchors.reached_cap() || target_profile.anchors.reached_cap(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_credit_marks_its_whole_paragraph_only() {
        let doc = build_document(Input {
            name: "s.txt",
            text: "Presiden berbicara di Jakarta. Dia tersenyum (Getty Images)\n\nCuaca dingin.",
            lang: Lang::Id,
        });
        let kinds: Vec<SentenceKind> = doc.sentences.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SentenceKind::Caption,
                SentenceKind::Caption,
                SentenceKind::Content
            ]
        );
    }

    /// Regression: marking caption paragraphs scanned the list of captions
    /// once per sentence, quadratic on a file of caption lines. With a
    /// million two-sentence caption lines (about 50 MB) the old scan took
    /// about 24 s in release, the binary search about 3 s. The time bound is
    /// checked in release builds (as CI runs the tests); a debug build runs a
    /// tenth of the lines and checks only the result.
    #[test]
    fn many_caption_lines_are_marked_in_linear_time() {
        let lines = if cfg!(debug_assertions) {
            100_000
        } else {
            1_000_000
        };
        let text = "Presiden berbicara. Dia tersenyum (Getty Images)\n".repeat(lines);
        let started = std::time::Instant::now();
        let doc = build_document(Input {
            name: "s.txt",
            text: &text,
            lang: Lang::Id,
        });
        let took = started.elapsed();
        assert_eq!(doc.sentences.len(), 2 * lines);
        assert!(doc
            .sentences
            .iter()
            .all(|s| s.kind == SentenceKind::Caption));
        if !cfg!(debug_assertions) {
            assert!(took.as_secs() < 12, "took {took:?}");
        }
    }

    #[test]
    fn chunked_profiling_hands_out_the_keys_of_sequential_profiling() {
        let words = [
            "Serangan",
            "Jakarta",
            "menewaskan",
            "orang",
            "konser",
            "Putin",
            "dua",
        ];
        let text: String = (0..PROFILE_CHUNK * 2 + 17)
            .map(|i| {
                let w: Vec<&str> = (0..6)
                    .map(|k| words[(i * 7 + k * k + i / 5) % words.len()])
                    .collect();
                format!("{} kata{} {}.\n\n", w.join(" "), i % 50, i)
            })
            .collect();
        let doc = build_document(Input {
            name: "s.txt",
            text: &text,
            lang: Lang::Id,
        });
        assert!(doc.sentences.len() > PROFILE_CHUNK);
        let lex = Lexicon::builtin();
        let mut shared = Interner::default();
        shared.intern("already there");
        let mut sequential = shared.clone();
        let chunked = profile_parallel(&doc, lex, &mut shared);
        let plain: Vec<Profile> = doc
            .sentences
            .iter()
            .map(|s| profile::profile(&s.text, doc.lang, lex, &mut sequential))
            .collect();
        assert_eq!(chunked, plain);
        assert_eq!(shared.strings(), sequential.strings());
    }

    fn row_with(target: bool, flags: Vec<Flag>) -> Row {
        Row {
            source_doc: DocId("s.txt".into()),
            source_sent: SentId::single(1),
            source_text: "Serangan itu menewaskan 137 orang.".into(),
            target: target.then(|| Target {
                doc: DocId("r.txt".into()),
                sent: SentId::single(1),
                text: "The attack killed 144 people.".into(),
            }),
            match_score: if target { 0.8 } else { 0.0 },
            divergence: 1.0,
            name_score: None,
            number_score: None,
            quote_score: None,
            flags,
            names_only_in_source: Vec::new(),
            anchors_capped: false,
        }
    }

    #[test]
    fn the_kind_of_each_row_type() {
        let fact_flags = [
            Flag::NumberMismatch("137".into(), "144".into()),
            Flag::NumberMissing("137".into()),
            Flag::NumberAdded("144".into()),
            Flag::DateMismatch("Tuesday".into(), "Friday".into()),
            Flag::DateMissing("Tuesday".into()),
            Flag::DateAdded("March".into()),
            Flag::NameVariant("Dmitri".into(), "Dmitry".into()),
            Flag::NameMismatch("Bortnikov".into(), "Volchinkov".into()),
            Flag::QuoteChanged("dialog".into()),
            Flag::QuoteMissing,
            Flag::SpeakerMismatch("Reuters".into(), "TASS".into()),
        ];
        for flag in fact_flags {
            let row = row_with(true, vec![Flag::Addition, flag.clone()]);
            assert_eq!(row.kind(), RowKind::Drift, "{flag:?}");
        }
        for flags in [
            vec![],
            vec![Flag::Addition],
            vec![Flag::Omission],
            vec![Flag::Addition, Flag::Omission],
            // A caption that a report carries is a pair like any other.
            vec![Flag::Caption],
        ] {
            assert_eq!(row_with(true, flags).kind(), RowKind::Aligned);
        }
        assert_eq!(
            row_with(false, vec![Flag::Unmatched]).kind(),
            RowKind::Unmatched
        );
        assert_eq!(
            row_with(false, vec![Flag::Boilerplate]).kind(),
            RowKind::Furniture
        );
        assert_eq!(
            row_with(false, vec![Flag::Unmatched, Flag::Caption]).kind(),
            RowKind::Furniture
        );
        let printed: Vec<String> = [
            RowKind::Drift,
            RowKind::Aligned,
            RowKind::Unmatched,
            RowKind::Furniture,
        ]
        .iter()
        .map(|k| format!("{k}={}", serde_json::to_string(k).unwrap()))
        .collect();
        assert_eq!(
            printed,
            [
                "drift=\"drift\"",
                "aligned=\"aligned\"",
                "unmatched=\"unmatched\"",
                "furniture=\"furniture\""
            ]
        );
    }

    #[test]
    fn the_kinds_of_an_alignment() {
        let source = build_document(Input {
            name: "s.txt",
            text: "Serangan itu menewaskan 137 orang di gedung konser.\n\nKlik di sini untuk mendapatkan aplikasi Fox News\n\nCuaca dingin.",
            lang: Lang::Id,
        });
        let report = build_document(Input {
            name: "r.txt",
            text: "The attack killed 144 people at a concert hall.\n\nleave a reply:",
            lang: Lang::En,
        });
        let kinds: Vec<RowKind> = align_documents(&source, &[report], Lexicon::builtin())
            .iter()
            .map(Row::kind)
            .collect();
        assert_eq!(
            kinds,
            [RowKind::Drift, RowKind::Furniture, RowKind::Unmatched]
        );
    }

    #[test]
    fn every_source_sentence_appears_in_order() {
        let source = build_document(Input {
            name: "s.txt",
            text: "Serangan itu menewaskan 137 orang di gedung konser.\n\nKlik di sini untuk mendapatkan aplikasi Fox News\n\nCuaca dingin.",
            lang: Lang::Id,
        });
        let report = build_document(Input {
            name: "r.txt",
            text: "The attack killed 144 people at a concert hall.\n\nleave a reply:",
            lang: Lang::En,
        });
        let rows = align_documents(&source, &[report], Lexicon::builtin());
        let sents: Vec<u32> = rows.iter().map(|r| r.source_sent.first).collect();
        assert_eq!(sents, [1, 2, 3]);
        assert_eq!(rows[0].target.as_ref().unwrap().doc.0, "r.txt");
        assert!(
            rows[0].has(&Flag::NumberMismatch("137".into(), "144".into())),
            "{:?}",
            rows[0]
        );
        assert_eq!(rows[1].flags, [Flag::Boilerplate]);
        assert!(rows[1].target.is_none());
        assert_eq!(rows[2].flags, [Flag::Unmatched]);
        assert_eq!(rows[2].divergence, 1.0);
    }
}
