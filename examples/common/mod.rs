//! What the examples that read a manifest share: the cases it lists, each
//! built into documents as `selaras batch` builds them, and, for those
//! that read a gold file too, each case profiled beside its gold links.

use std::path::Path;

use selaras::internals::eval::{self, GoldRow};
use selaras::internals::matching::profile::Profile;
use selaras::internals::pipeline::{self, Input};
use selaras::internals::text::doc::Document;
use selaras::{Lang, Lexicon};

/// One case of a manifest: its name, the source and the reports.
pub struct Case {
    pub name: String,
    pub source: Document,
    pub reports: Vec<Document>,
}

/// The cases of `manifest` (`case,source,targets`) named in the file
/// `wanted` (a case name a line), in manifest order. Panics on bad input:
/// these are development tools.
pub fn cases(manifest: &str, wanted: &str) -> Vec<Case> {
    let wanted: Vec<String> = std::fs::read_to_string(wanted)
        .unwrap()
        .lines()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    let base = Path::new(manifest).parent().unwrap();
    let read = |p: &str| std::fs::read_to_string(base.join(p)).unwrap();
    let mut reader = csv::Reader::from_path(manifest).unwrap();
    let mut out = Vec::new();
    for rec in reader.records() {
        let rec = rec.unwrap();
        if !wanted.iter().any(|w| w == &rec[0]) {
            continue;
        }
        let source = pipeline::build_document(Input {
            name: &rec[1],
            text: &read(&rec[1]),
            lang: Lang::Id,
        });
        let reports = rec[2]
            .split(';')
            .map(|path| {
                let name = Path::new(path)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                pipeline::build_document(Input {
                    name: &name,
                    text: &read(path),
                    lang: Lang::En,
                })
            })
            .collect();
        out.push(Case {
            name: rec[0].to_string(),
            source,
            reports,
        });
    }
    out
}

/// A case as the aligner sees it, with its gold links.
pub struct GoldCase {
    pub name: String,
    pub source: Document,
    pub reports: Vec<Document>,
    /// One profile per source sentence.
    pub source_profiles: Vec<Profile>,
    /// Per report, one profile per sentence.
    pub report_profiles: Vec<Vec<Profile>>,
    /// The case's gold rows that are links.
    pub links: Vec<GoldRow>,
}

/// The cases of the command line `GOLD MANIFEST CASES.txt` (the first three
/// arguments after the program's name), profiled one at a time as they
/// are taken. Panics on bad input, as [`cases`] does.
pub fn gold_cases(args: &[String]) -> impl Iterator<Item = GoldCase> {
    let (gold_path, manifest, wanted) = (&args[1], &args[2], &args[3]);
    let gold = eval::parse_gold(&std::fs::read_to_string(gold_path).unwrap(), gold_path).unwrap();
    cases(manifest, wanted).into_iter().map(move |case| {
        let (source_profiles, report_profiles) =
            pipeline::profile_case(&case.source, &case.reports, Lexicon::builtin());
        let links = gold
            .iter()
            .filter(|g| g.case == case.name && g.is_link())
            .cloned()
            .collect();
        GoldCase {
            name: case.name,
            source: case.source,
            reports: case.reports,
            source_profiles,
            report_profiles,
            links,
        }
    })
}
