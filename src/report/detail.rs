//! Rows with their evidence: the machine view of an alignment.
//!
//! In: the pipeline's [`RowDetail`]s, each row with the [`Anchors`] of its
//! source and target sentence (as [`crate::pipeline::align_detailed`]
//! returns them). Out: JSON Lines, one object per row carrying the row's CSV
//! fields (its [`Record`]) plus `source_anchors` and `target_anchors`. Every
//! anchor span is a byte range into `source_text` / `target_text` exactly as
//! printed in the same object (the whitespace-collapsed sentence; JSON gets
//! no spreadsheet guard, so nothing shifts the offsets). The CSV is
//! untouched: anchors live only here.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::anchors::Anchors;
use crate::error::{Error, Result};
use crate::pipeline::RowDetail;
use crate::report::output::Record;

/// One JSON Lines object: a row as the CSV prints it, then the anchors of
/// both its sides.
#[derive(Serialize)]
struct DetailRecord<'a> {
    /// The row's fields are flattened into the object, so a JSONL reader
    /// sees the CSV column names at top level.
    #[serde(flatten)]
    row: Record<'a>,
    /// Names, numbers and quotes of `source_text`, spans into it.
    source_anchors: &'a Anchors,
    /// Names, numbers and quotes of `target_text`, spans into it; empty
    /// when the row is unmatched.
    target_anchors: &'a Anchors,
}

/// Writes rows as JSON Lines: one object per row, fields named as the CSV
/// columns, then both sides' anchors. JSON is read by programs, not
/// spreadsheets, so no formula guard (which would also shift the spans).
pub fn write_jsonl<W: Write>(mut out: W, rows: &[RowDetail], path: &Path) -> Result<()> {
    let werr = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    for detail in rows {
        let record = DetailRecord {
            row: Record::new(&detail.row),
            source_anchors: &detail.source_anchors,
            target_anchors: &detail.target_anchors,
        };
        serde_json::to_writer(&mut out, &record).map_err(|e| werr(e.into()))?;
        out.write_all(b"\n").map_err(werr)?;
    }
    out.flush().map_err(werr)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{align_detailed, build_document, Input};
    use crate::{Lang, Lexicon};

    #[test]
    fn jsonl_keeps_the_row_fields_and_adds_spans_that_point_into_the_text() {
        let source = build_document(Input {
            name: "s.txt",
            text: "Juru bicara Dmitri   Peskov mengatakan 137 orang tewas.\n\nCuaca dingin.",
            lang: Lang::Id,
        });
        let report = build_document(Input {
            name: "r.txt",
            text: "Spokesman Dmitry Peskov said 144 people died.",
            lang: Lang::En,
        });
        let details = align_detailed(&source, &[report], Lexicon::builtin());
        let mut buf = Vec::new();
        write_jsonl(&mut buf, &details, Path::new("-")).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let objects: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(objects.len(), details.len());
        let first = &objects[0];
        // The collapsed text is what is printed and what the spans index.
        assert_eq!(
            first["source_text"],
            "Juru bicara Dmitri Peskov mengatakan 137 orang tewas."
        );
        assert_eq!(first["target_doc"], "r.txt");
        let nums = first["source_anchors"]["numbers"].as_array().unwrap();
        assert_eq!(nums[0]["text"], "137");
        let last = objects.last().unwrap();
        assert_eq!(last["flags"], "unmatched");
        assert_eq!(last["target_anchors"]["names"].as_array().unwrap().len(), 0);
    }
}
