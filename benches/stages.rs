//! Criterion benchmarks of the pipeline's stages on the seed texts:
//! segmenting, profiling, scoring sentence pairs, and aligning one whole case
//! (with candidate search and exhaustively). In: the files of data/seeds.
//! Out: timings under target/criterion. Run with `cargo bench --bench stages`.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use selaras::align::Search;
use selaras::doc::{Document, Lang};
use selaras::lexicon::Lexicon;
use selaras::pipeline::{self, Input};
use selaras::profile::{self, Interner, Profile};
use selaras::{score, segment};

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

criterion_group!(benches, stages);
criterion_main!(benches);
