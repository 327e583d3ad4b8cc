//! Property tests (issue #6): the contract's row rules and the "nothing
//! lost" guarantees on random input, through the library.
//!
//! - Alignment: every source sentence appears in the rows in source order,
//!   with at most one row per report, and exactly one row (target columns
//!   empty, divergence 1) when no report carries it.
//! - Segmentation: the units of a text, joined, hold all of its non-space
//!   characters, in order.
//! - No panic on arbitrary Unicode (combining marks, right-to-left text,
//!   emoji with ZWJ, control characters) through `align_texts`, nor on
//!   arbitrary bytes through `input::decode`.
//!
//! Case counts stay small (64–128) so the suite stays fast; the fuzz targets
//! in fuzz/ cover the same ground for longer.

use proptest::prelude::*;
use selaras::internals::text::{input, segment};
use selaras::{align_texts, Flag, Lang, Row};

/// Words that make the aligner link: Indonesian and English with shared
/// names and numbers, sentence ends, quotes and page furniture.
const ID_WORDS: &[&str] = &[
    "Serangan",
    "itu",
    "menewaskan",
    "137",
    "orang",
    "di",
    "Moskow",
    "Presiden",
    "Putin",
    "mengatakan",
    "gedung",
    "konser",
    "pada",
    "22",
    "Maret",
    "2024",
    "\"Kami",
    "berduka,\"",
    "kata",
    "Peskov.",
    "(Getty",
    "Images)",
    "Klik",
    "sini",
    "1.000",
    "AS",
    "Rusia.",
    "dan",
    "144",
    "juta",
    "Rp",
    "5",
    "persen",
    "Mr.",
    "U.S.",
    "...",
    "?",
    "!",
];
const EN_WORDS: &[&str] = &[
    "The",
    "attack",
    "killed",
    "144",
    "people",
    "in",
    "Moscow",
    "President",
    "Putin",
    "said",
    "concert",
    "hall",
    "on",
    "March",
    "22,",
    "2024",
    "\"We",
    "mourn,\"",
    "Peskov.",
    "(Reuters)",
    "Click",
    "here",
    "1,000",
    "U.S.",
    "Russia.",
    "and",
    "137",
    "million",
    "5%",
    "Mr.",
    "...",
    "?",
    "!",
    "Dmitry",
];

/// A text of a few paragraphs built from `words`.
fn text_from(words: &'static [&'static str]) -> impl Strategy<Value = String> {
    let sentence = prop::collection::vec(prop::sample::select(words), 1..12)
        .prop_map(|ws| format!("{}.", ws.join(" ")));
    let paragraph = prop::collection::vec(sentence, 1..4).prop_map(|ss| ss.join(" "));
    (
        prop::collection::vec(paragraph, 1..6),
        prop::sample::select(&["\n", "\n\n", "\n \n"][..]),
    )
        .prop_map(|(ps, sep)| ps.join(sep))
}

/// Characters that break naive text handling.
fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        any::<char>(),
        prop::sample::select(vec![
            '\u{301}',  // combining acute
            '\u{200d}', // zero-width joiner
            '\u{200f}', // right-to-left mark
            '\u{202e}', // right-to-left override
            '\u{feff}', // BOM / zero-width no-break space
            '\u{a0}', '\u{3000}', '\u{85}', '\u{2028}', '\r', '\t', '\n', '\0', '\u{7}', '\u{1b}',
            'م', 'ר', 'é', 'İ', 'ß', 'ﬁ', '👨', '👩', '👧', '🏳', '️', '.', '!', '?', '…', '"', '“',
            '”', '\'', '’', '(', ')', '=', '+', '-', '@', '1', '0', ',', 'A', 'a', ' ',
        ]),
    ]
}

fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(hostile_char(), 0..300).prop_map(|cs| cs.into_iter().collect())
}

fn non_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks the contract's row rules for a source with `n` sentences.
fn check_rows(rows: &[Row], source_units: &[String], reports: usize) -> Result<(), TestCaseError> {
    let mut next = 0usize;
    let mut i = 0;
    while i < rows.len() {
        let id = rows[i].source_sent;
        prop_assert_eq!(id.first, id.last, "a merged source unit");
        let n = id.first as usize;
        prop_assert_eq!(n, next + 1, "source order broken or a sentence dropped");
        let group: Vec<&Row> = rows[i..]
            .iter()
            .take_while(|r| r.source_sent == id)
            .collect();
        prop_assert!(group.len() <= reports.max(1), "more rows than reports");
        for r in &group {
            prop_assert_eq!(&r.source_text, &source_units[n - 1]);
        }
        let unmatched = group.iter().filter(|r| r.target.is_none()).count();
        if unmatched > 0 {
            prop_assert_eq!(group.len(), 1, "an unmatched row beside linked ones");
            let r = group[0];
            prop_assert_eq!(r.divergence, 1.0);
            prop_assert!(
                r.has(&Flag::Unmatched) || r.has(&Flag::Boilerplate),
                "flags {:?}",
                r.flags
            );
        }
        let mut docs: Vec<&str> = group
            .iter()
            .filter_map(|r| r.target.as_ref())
            .map(|t| t.doc.0.as_str())
            .collect();
        docs.sort_unstable();
        docs.dedup();
        prop_assert_eq!(
            docs.len() + unmatched,
            group.len(),
            "two rows for one report"
        );
        next = n;
        i += group.len();
    }
    prop_assert_eq!(next, source_units.len(), "sentences missing at the end");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_source_sentence_appears_once_per_report_in_order(
        source in text_from(ID_WORDS),
        reports in prop::collection::vec(text_from(EN_WORDS), 1..4),
    ) {
        let names: Vec<String> = (0..reports.len()).map(|i| format!("r{i}.txt")).collect();
        let refs: Vec<(&str, &str, Lang)> = names
            .iter()
            .zip(&reports)
            .map(|(n, t)| (n.as_str(), t.as_str(), Lang::En))
            .collect();
        let rows = align_texts(("s.txt", &source, Lang::Id), &refs);
        let units: Vec<String> = segment::segment(&source, Lang::Id).into_iter().map(|u| u.text).collect();
        check_rows(&rows, &units, reports.len())?;
    }

    #[test]
    fn hostile_unicode_never_panics_and_loses_no_sentence(
        source in hostile_text(),
        report in hostile_text(),
    ) {
        let rows = align_texts(("s.txt", &source, Lang::Id), &[("r.txt", &report, Lang::En)]);
        let units: Vec<String> = segment::segment(&source, Lang::Id).into_iter().map(|u| u.text).collect();
        check_rows(&rows, &units, 1)?;
    }

    #[test]
    fn segments_hold_every_non_space_character(
        text in prop_oneof![hostile_text(), text_from(ID_WORDS), text_from(EN_WORDS)],
        english in any::<bool>(),
    ) {
        let lang = if english { Lang::En } else { Lang::Id };
        let units = segment::segment(&text, lang);
        let joined: String = units.iter().map(|u| non_space(&u.text)).collect();
        prop_assert_eq!(joined, non_space(&text));
        for u in &units {
            prop_assert!(!u.text.is_empty());
            prop_assert!(!u.text.starts_with(' ') && !u.text.ends_with(' '));
            let slice = text.get(u.span.clone());
            prop_assert!(slice.is_some(), "span off a char boundary");
            prop_assert_eq!(non_space(slice.unwrap_or_default()), non_space(&u.text));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn decode_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        match input::decode(&bytes) {
            Ok(text) => {
                prop_assert!(!text.trim().is_empty());
                prop_assert!(!text.contains('\r') && !text.contains('\0'));
            }
            Err(problem) => prop_assert!(!problem.is_empty() && !problem.contains('\n')),
        }
    }

    /// Any text without NUL survives a UTF-8, UTF-16LE or UTF-16BE round
    /// trip through decode, line ends aside.
    #[test]
    fn decode_keeps_every_character(text in hostile_text(), encoding in 0u8..3) {
        let text: String = text.chars().filter(|&c| c != '\0').collect();
        prop_assume!(!text.trim().is_empty());
        // A leading U+FEFF would read as a byte-order mark in UTF-8 and is
        // dropped on purpose.
        prop_assume!(!text.starts_with('\u{feff}'));
        let bytes: Vec<u8> = match encoding {
            0 => text.as_bytes().to_vec(),
            1 => [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect(),
            _ => [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect(),
        };
        // In UTF-8 a text starting with U+FFFE/U+FEFF bytes is impossible,
        // but one starting with 'ÿþ' (C3 BF C3 BE) is plain text.
        let want = text.replace("\r\n", "\n").replace('\r', "\n");
        prop_assert_eq!(input::decode(&bytes), Ok(want));
    }
}
