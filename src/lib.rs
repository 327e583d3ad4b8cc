//! selaras lines up a translated news article (the *source*, e.g. an
//! Indonesian machine rendering) with the original-language *reports* of the
//! same story and shows, sentence by sentence, where they agree and where the
//! facts drift: numbers, names, quotations and speakers.
//!
//! The pipeline is a chain of stages, each a folder of modules:
//! [`text`] (read, normalize, segment, furniture: documents of sentences) →
//! [`anchors`] (names, numbers, quotes) → [`matching`] (lexicon profiles,
//! candidate pairs, scores, alignment; terms from [`lexicon`]) → [`judge`]
//! (flags) → [`report`] (CSV, JSON Lines with anchors, the review page).
//! [`pipeline`] joins the pure stages; [`app`] adds reading and writing;
//! [`batch`] runs many cases (a manifest or a JSON Lines stream) in
//! parallel; [`eval`] scores a run against reference links.
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

pub mod anchors;
pub mod app;
pub mod batch;
pub mod config;
pub mod error;
pub mod eval;
pub mod judge;
pub mod lexicon;
pub mod matching;
pub mod pipeline;
pub mod report;
pub mod text;

pub use error::{Error, Result};
pub use judge::divergence::Flag;
pub use lexicon::Lexicon;
pub use pipeline::Row;
pub use text::doc::{DocId, Document, Lang, SentId, Sentence, SentenceKind};

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
