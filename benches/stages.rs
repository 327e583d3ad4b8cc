//! Criterion benchmarks of the pipeline's stages on the seed texts:
//! segmenting, profiling, scoring sentence pairs, and aligning one whole case
//! (with candidate search and exhaustively). In: the files of data/seeds.
//! Out: timings under target/criterion. Run with `cargo bench --bench stages`.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use selaras::internals::lexicon::Lexicon;
use selaras::internals::matching::align::Search;
use selaras::internals::matching::profile::{self, Interner, Profile};
use selaras::internals::matching::score;
use selaras::internals::pipeline::{self, Input};
use selaras::internals::text::doc::{Document, Lang};
use selaras::internals::text::segment;

/// The binary's allocator (src/main.rs), so the stages are timed as they run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SOURCE: &str = "000_31f64dc309fd023f.txt";
const REPORTS: [&str; 3] = [
    "001_3e425f8097483d0b.txt",
    "002_45c968010e991f99.txt",
    "003_61f1ce00a828e056.txt",
];

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/seeds")
        .join(name);
    std::fs::read_to_string(path).expect("the seed texts are in the repository")
}

fn document(name: &str, lang: Lang) -> Document {
    pipeline::build_document(Input {
        name,
        text: &read(name),
        lang,
    })
}

fn profiles(doc: &Document, interner: &mut Interner) -> Vec<Profile> {
    let mut ps: Vec<Profile> = doc
        .sentences
        .iter()
        .map(|s| profile::profile(&s.text, doc.lang, Lexicon::builtin(), interner))
        .collect();
    profile::weigh(&mut ps.iter_mut().collect::<Vec<_>>());
    ps
}

fn stages(c: &mut Criterion) {
    let source_text = read(SOURCE);
    let source = document(SOURCE, Lang::Id);
    let reports: Vec<Document> = REPORTS.iter().map(|r| document(r, Lang::En)).collect();
    // Parse the built-in lexicon outside the timings.
    let lexicon = Lexicon::builtin();

    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(source_text.len() as u64));
    g.bench_function("source", |b| {
        b.iter(|| segment::segment(black_box(&source_text), Lang::Id))
    });
    g.finish();

    let mut g = c.benchmark_group("profile");
    g.throughput(Throughput::Elements(source.sentences.len() as u64));
    g.bench_function("source sentences", |b| {
        b.iter(|| {
            let mut interner = Interner::default();
            profiles(black_box(&source), &mut interner)
        })
    });
    g.finish();

    let mut interner = Interner::default();
    let src = profiles(&source, &mut interner);
    let tgt: Vec<Vec<Profile>> = reports.iter().map(|r| profiles(r, &mut interner)).collect();
    let pairs = src.len() * tgt.iter().map(Vec::len).sum::<usize>();
    let mut g = c.benchmark_group("score");
    g.throughput(Throughput::Elements(pairs as u64));
    g.bench_function("all pairs", |b| {
        b.iter(|| {
            let mut best = 0.0f32;
            for s in &src {
                for t in tgt.iter().flatten() {
                    best = best.max(score::compare(s, t).features.similarity());
                }
            }
            best
        })
    });
    g.finish();

    let mut g = c.benchmark_group("align case");
    g.throughput(Throughput::Elements(source.sentences.len() as u64));
    for (label, search) in [
        ("candidates", Search::Candidates),
        ("exhaustive", Search::Exhaustive),
    ] {
        g.bench_function(label, |b| {
            b.iter(|| pipeline::align_documents_with(black_box(&source), &reports, lexicon, search))
        });
    }
    g.finish();
}

/// A sentence of `n` distinct two-word names and `n` numbers, in both
/// languages: the hostile input of issue 12, whose anchor comparison was
/// quadratic and worse (10,000 names took about 2 minutes).
fn hostile_pair(n: usize) -> (Document, Document) {
    const SYLLABLES: [&str; 10] = ["ba", "di", "ku", "le", "mo", "ni", "ra", "su", "te", "vo"];
    let word = |mut k: usize| {
        let mut w = String::new();
        for _ in 0..4 {
            w.push_str(SYLLABLES[k % 10]);
            k /= 10;
        }
        let mut c = w.chars();
        let first = c.next().unwrap_or('x').to_ascii_uppercase();
        format!("{first}{}", c.as_str())
    };
    let names: Vec<String> = (0..n)
        .map(|i| format!("{} {}", word(i), word(i * 7 + 3)))
        .collect();
    let numbers: Vec<String> = (0..n).map(|i| (i * 37 + 11).to_string()).collect();
    let (names, numbers) = (names.join(", "), numbers.join(", "));
    let doc = |name: &str, text: String, lang| {
        pipeline::build_document(Input {
            name,
            text: &text,
            lang,
        })
    };
    (
        doc(
            "src.txt",
            format!("Presiden {names} hadir dan menghitung {numbers} orang."),
            Lang::Id,
        ),
        doc(
            "rep.txt",
            format!("President {names} attended and counted {numbers} people."),
            Lang::En,
        ),
    )
}

/// The hostile-anchor sentence pair at the cap on anchors per sentence
/// (`MAX_ANCHORS_PER_KIND` names and as many numbers), and the issue's
/// 10,000 of each, past it: aligned whole, from documents.
fn hostile_anchors(c: &mut Criterion) {
    let mut g = c.benchmark_group("hostile anchors");
    g.sample_size(10);
    for n in [selaras::internals::anchors::MAX_ANCHORS_PER_KIND, 10_000] {
        let (source, report) = hostile_pair(n);
        let reports = [report];
        g.bench_function(format!("{n} names and numbers"), |b| {
            b.iter(|| {
                pipeline::align_documents_with(
                    black_box(&source),
                    &reports,
                    Lexicon::builtin(),
                    Search::Candidates,
                )
            })
        });
    }
    g.finish();
}

criterion_group!(benches, stages, hostile_anchors);
criterion_main!(benches);
