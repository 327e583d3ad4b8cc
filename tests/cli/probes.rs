//! Short probes: one sentence against one sentence, the way a reviewer
//! tries a phenomenon by hand. Each held a wrong answer before its fix:
//! plain statements left unmatched because a one-sentence text weighed every
//! word as common (`profile::MIN_WEIGHED_SENTENCES`), a verb hidden inside a
//! lexicon phrase with its preposition ("terjadi pada"), irregular English
//! past forms ("sank"), and a quotation credited to someone else vetoed as
//! another statement instead of flagged.

use crate::realnews::{align, has_flag};

/// Pairs that say the same thing: linked, with no fact flagged.
#[test]
fn short_statements_that_agree_are_linked_without_fact_flags() {
    for (source, report) in [
        (
            "Ratusan orang berunjuk rasa di depan gedung parlemen.",
            "Hundreds of people protested outside parliament.",
        ),
        (
            "Puluhan rumah rusak akibat angin kencang.",
            "Dozens of homes were damaged by strong winds.",
        ),
        (
            "Angka pengangguran turun menjadi 8,6%.",
            "The unemployment rate fell to 8.6 percent.",
        ),
        (
            "Kecelakaan itu terjadi pada tahun 2019.",
            "The accident happened in 2019.",
        ),
        (
            "Kapal itu tenggelam di lepas pantai Yunani.",
            "The ship sank off the coast of Greece.",
        ),
        (
            "Badai itu melanda Filipina bagian utara.",
            "The storm hit the northern Philippines.",
        ),
    ] {
        let p = align(source, report);
        assert!(p.linked, "{source} / {report}: {:?} {}", p.flags, p.notes);
        for fact in ["number_", "date_", "name_", "speaker_"] {
            assert!(!has_flag(&p, fact), "{source} / {report}: {:?}", p.flags);
        }
    }
}

/// Pairs where one fact changed: linked, and the change flagged.
#[test]
fn short_statements_with_one_fact_changed_are_linked_and_flagged() {
    for (source, report, flag) in [
        (
            "Kecelakaan itu terjadi pada tahun 2019.",
            "The accident happened in 2018.",
            "number_mismatch:2019|2018",
        ),
        (
            "Dewan Keamanan PBB akan bersidang pada hari Jumat.",
            "The U.N. Security Council will meet on Monday.",
            "date_mismatch:Friday|Monday",
        ),
        (
            "Kapal itu tenggelam di lepas pantai Yunani.",
            "The ship sank off the coast of Italy.",
            "name_mismatch:Yunani|Italy",
        ),
        (
            "Juru bicara Kremlin Dmitry Peskov menolak berkomentar.",
            "Kremlin spokesman Maria Zakharova declined to comment.",
            "name_mismatch:Dmitry Peskov|Maria Zakharova",
        ),
        (
            "\"Kami tidak akan menyerah,\" kata Zelenskyy.",
            "\"We will not surrender,\" Putin said.",
            "speaker_mismatch:Zelenskyy|Putin",
        ),
    ] {
        let p = align(source, report);
        assert!(p.linked, "{source} / {report}: {}", p.notes);
        assert!(
            p.flags.iter().any(|f| f == flag),
            "{source} / {report}: {:?}",
            p.flags
        );
    }
}

/// Other words by another speaker stay another statement.
#[test]
fn other_words_by_another_speaker_are_not_linked() {
    let p = align(
        "\"Kami tidak akan menyerah,\" kata Zelenskyy.",
        "\"The talks will continue next week in Geneva,\" Putin said.",
    );
    assert!(!p.linked, "{:?}", p.flags);
}
