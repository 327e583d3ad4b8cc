//! selaras lines up a translated news article (the *source*, e.g. an
//! Indonesian machine rendering) with the original-language *reports* of the
//! same story and shows, sentence by sentence, where they agree and where the
//! facts drift: numbers, names, quotations and speakers.
//!
//! The pipeline is a chain of stages, each a folder of modules:
//! `text` (read, normalize, segment, furniture: documents of sentences) →
//! `anchors` (names, numbers, quotes) → `matching` (lexicon profiles,
//! candidate pairs, scores, alignment; terms from `lexicon`) → `judge`
//! (flags) → `report` (CSV, JSON Lines with anchors, the review page).
//! `pipeline` joins the pure stages; `app` adds reading and writing;
//! `batch` runs many cases (a manifest or a JSON Lines stream) in
//! parallel; `eval` scores a run against reference links.
//!
//! The public API is the short list re-exported below: [`align_texts`] for
//! texts in memory, [`align`], [`evaluate`], [`run_manifest`] and
//! [`run_jsonl`] for the command's runs, and the types they take and give.
//! The modules themselves are private, so the compiler reports what no
//! stage uses.
//!
//! ```
//! use selaras::{align_texts, Flag, Lang};
//!
//! let rows = align_texts(
//!     ("sumber.txt", "Serangan itu menewaskan 137 orang.", Lang::Id),
//!     &[("report.txt", "The attack killed at least 144 people.", Lang::En)],
//! );
//! let target = rows[0].target.as_ref().ok_or("no report carries it")?;
//! assert_eq!(target.doc.to_string(), "report.txt");
//! assert!(rows[0].has(&Flag::NumberMismatch("137".into(), "144".into())));
//! // The `flags` column prints each flag through its `Display`.
//! assert_eq!(rows[0].flags[0].to_string(), "number_mismatch:137|144");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]
#![deny(unsafe_code)]

mod anchors;
mod app;
mod batch;
mod config;
mod error;
mod eval;
mod judge;
mod lexicon;
mod matching;
mod pipeline;
mod report;
mod text;

pub use app::{align, evaluate};
pub use batch::{run_jsonl, run_manifest, BatchOptions};
pub use config::{AlignConfig, EvalConfig};
pub use error::{Error, Result};
pub use judge::divergence::Flag;
pub use lexicon::Lexicon;
pub use pipeline::Row;
pub use text::doc::{Document, Lang};

/// The internal modules, for this package's own binary, benches, examples,
/// fuzz targets and integration tests only: not part of the API and free to
/// change in any release.
///
/// Why it exists: those targets are separate crates and need the stages one
/// by one (to time `segment`, to dump `score`'s features, to fuzz a
/// recogniser, to drive the command's options), while the library's users
/// get the short list above. Keeping the modules private and re-exporting
/// here only what those targets use lets the compiler report dead code in
/// the rest.
#[doc(hidden)]
pub mod internals {
    /// Names, numbers and quotations.
    pub mod anchors {
        pub use crate::anchors::*;
    }
    /// Reading, aligning and writing one case.
    pub mod app {
        pub use crate::app::*;
    }
    /// Many cases in parallel.
    pub mod batch {
        pub use crate::batch::*;
    }
    /// A run's validated settings.
    pub mod config {
        pub use crate::config::*;
    }
    /// The scorer against reference links.
    pub mod eval {
        pub use crate::eval::*;
    }
    /// The flags of a pair.
    pub mod judge {
        pub use crate::judge::divergence;
    }
    /// The Indonesian-English lexicon.
    pub mod lexicon {
        pub use crate::lexicon::*;
    }
    /// Profiles, cognates, candidates, scores and the alignment.
    pub mod matching {
        pub use crate::matching::{align, candidates, profile, score, similarity};
    }
    /// The pure stages joined.
    pub mod pipeline {
        pub use crate::pipeline::*;
    }
    /// The writers.
    pub mod report {
        pub use crate::report::{html, output};
    }
    /// Reading, segmenting and the documents.
    pub mod text {
        pub use crate::text::{doc, input, segment};
    }
}

/// Aligns texts held in memory with the built-in lexicon: the source as
/// `(name, text, language)` and each report likewise.
pub fn align_texts(source: (&str, &str, Lang), reports: &[(&str, &str, Lang)]) -> Vec<Row> {
    let doc = |(name, text, lang): (&str, &str, Lang)| {
        pipeline::build_document(pipeline::Input { name, text, lang })
    };
    let source = doc(source);
    let reports: Vec<Document> = reports.iter().map(|r| doc(*r)).collect();
    pipeline::align_documents(&source, &reports, Lexicon::builtin())
}
