//! Short probes of the figures read since numbers learned fractions in words
//! and clock times: one sentence against one sentence. Before, "dua pertiga"
//! read as a lone 2 (`number_missing:2`) and "two-thirds" as nothing, and a
//! clock time ("pukul 13.00", "1 p.m.") gave no anchor, so a changed hour
//! passed unflagged.

use crate::realnews::{align, has_flag};

/// Pairs that state the same fraction or time: linked, no number flag.
#[test]
fn the_same_fraction_or_time_is_linked_without_number_flags() {
    for (source, report) in [
        (
            "Dua pertiga warga desa itu kehilangan rumah mereka.",
            "Two-thirds of the villagers lost their homes.",
        ),
        (
            "Sepertiga warga desa itu kehilangan rumah mereka.",
            "A third of the villagers lost their homes.",
        ),
        (
            "Separuh warga desa itu kehilangan rumah mereka.",
            "Half of the villagers lost their homes.",
        ),
        (
            "Seperempat warga desa itu kehilangan rumah mereka.",
            "A quarter of the villagers lost their homes.",
        ),
        (
            "Tiga perempat warga desa itu kehilangan rumah mereka.",
            "Three-quarters of the villagers lost their homes.",
        ),
        (
            "Lebih dari separuh penumpang pesawat itu adalah warga Prancis.",
            "More than half of the passengers on the plane were French.",
        ),
        (
            "Bank sentral memangkas suku bunga sebesar tiga perempat persen.",
            "The central bank cut interest rates by 75 basis points.",
        ),
        (
            "Pemungutan suara ditutup pada pukul 13.00 waktu setempat.",
            "Polls closed at 1 p.m. local time.",
        ),
        (
            "Pemungutan suara ditutup pada pukul 13:00 waktu setempat.",
            "Polls closed at 1pm local time.",
        ),
        (
            "Pemungutan suara ditutup pada pukul 1 siang waktu setempat.",
            "Polls closed at 1:00 p.m. local time.",
        ),
        (
            "Gempa terjadi pada pukul 01.38 GMT.",
            "The quake struck at 0138 GMT.",
        ),
        (
            "Gempa terjadi tengah malam.",
            "The quake struck at midnight.",
        ),
        ("Mereka menunggu setengah jam.", "They waited half an hour."),
    ] {
        let p = align(source, report);
        assert!(p.linked, "{source} / {report}: {:?} {}", p.flags, p.notes);
        for fact in ["number_", "date_"] {
            assert!(!has_flag(&p, fact), "{source} / {report}: {:?}", p.flags);
        }
    }
}

/// A changed fraction or time: linked, and flagged as a changed figure. A
/// clock time is a figure, like a day of the month, so a changed one is a
/// `number_mismatch` (`date_` flags are for named weekdays and months).
#[test]
fn a_changed_fraction_or_time_is_a_number_mismatch() {
    for (source, report, flag) in [
        (
            "Dua pertiga warga desa itu kehilangan rumah mereka.",
            "One-third of the villagers lost their homes.",
            "number_mismatch:2/3|1/3",
        ),
        (
            "Tiga perempat warga desa itu kehilangan rumah mereka.",
            "Two-thirds of the villagers lost their homes.",
            "number_mismatch:3/4|2/3",
        ),
        (
            // more than half against nearly half: the bounds cannot both hold
            "Lebih dari separuh penumpang pesawat itu adalah warga Prancis.",
            "Nearly half of the passengers on the plane were French.",
            "number_mismatch:1/2|1/2",
        ),
        (
            "Pemungutan suara ditutup pada pukul 13.00 waktu setempat.",
            "Polls closed at 3 p.m. local time.",
            "number_mismatch:13:00|15:00",
        ),
        (
            "Pemungutan suara ditutup pada pukul 13.00 waktu setempat.",
            "Polls closed at noon local time.",
            "number_mismatch:13:00|12:00",
        ),
    ] {
        let p = align(source, report);
        assert!(p.linked, "{source} / {report}: {}", p.notes);
        assert!(
            p.flags.iter().any(|f| f == flag),
            "{source} / {report}: {:?}",
            p.flags
        );
        assert!(!has_flag(&p, "date_"), "{source} / {report}: {:?}", p.flags);
    }
}

/// `pukul` without a clock figure is the verb "to hit", and a quarter-final
/// is no quarter: no number on either side.
#[test]
fn words_that_only_look_like_times_or_fractions_give_no_number() {
    for (source, report) in [
        (
            "Ia memukul polisi itu lalu pukul lagi.",
            "He hit the police officer again and again.",
        ),
        (
            "Tim itu kalah di perempat final.",
            "The team lost in the quarter-final.",
        ),
    ] {
        let p = align(source, report);
        assert!(
            !has_flag(&p, "number_"),
            "{source} / {report}: {:?}",
            p.flags
        );
    }
}
