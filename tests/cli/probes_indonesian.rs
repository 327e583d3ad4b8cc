//! Probes of how human-written Indonesian news reads, where it differs from
//! the developers' literal renderings of `data/news` (session 9): short
//! forms of names the press prints ("Korsel", "Deplu", "Kemenlu"). Each
//! pair is one Indonesian sentence written for this file (no sentence of
//! NTREX-128 or WMT newstest) against an English sentence saying the same.

use crate::realnews::assert_linked_without;

/// A syllabic short form the lexicon lacks means the words of the name
/// `names.tsv` gives it ("Korsel": South Korea), so the pair is linked and
/// the name is no mismatch.
#[test]
fn syllabic_short_forms_of_names_meet_the_english_name() {
    for (source, report) in [
        ("Kapal Korsel tenggelam.", "A South Korean ship sank."),
        (
            "Deplu mengeluarkan peringatan perjalanan bagi warganya.",
            "The State Department issued a travel warning for its citizens.",
        ),
        (
            "Afsel menolak tuduhan itu pada hari Senin.",
            "South Africa rejected the accusation on Monday.",
        ),
    ] {
        assert_linked_without(source, report, &["name_"]);
    }
}
