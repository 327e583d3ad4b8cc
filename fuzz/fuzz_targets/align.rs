//! The whole alignment: arbitrary bytes, decoded leniently and split at
//! `\x01` into a source and up to three reports, go through
//! `selaras::align_texts`. It must never panic, and every source sentence
//! must come out in order with at most one row per report.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selaras::internals::text::segment;
use selaras::{align_texts, Lang};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\u{1}');
    let source = parts.next().unwrap_or("");
    let reports: Vec<(String, &str)> = parts
        .take(3)
        .enumerate()
        .map(|(i, t)| (format!("r{i}.txt"), t))
        .collect();
    let report_refs: Vec<(&str, &str, Lang)> = reports
        .iter()
        .map(|(n, t)| (n.as_str(), *t, Lang::En))
        .collect();
    let rows = align_texts(("s.txt", source, Lang::Id), &report_refs);
    let want = segment::segment(source, Lang::Id).len();
    let mut last = 0usize;
    let mut seen = std::collections::HashSet::new();
    for row in &rows {
        assert_eq!(row.source_sent.first, row.source_sent.last, "single sentence number");
        let n = row.source_sent.first as usize;
        assert!(n == last || n == last + 1, "order broken at {n}");
        let target = row.target.as_ref().map(|t| t.doc.clone());
        assert!(seen.insert((n, target)), "two rows for one report");
        last = n;
    }
    assert_eq!(last, want, "a source sentence was dropped");
});
