//! Short probes of the figures read since numbers learned fractions in words
//! and clock times: one sentence against one sentence. Before, "dua pertiga"
//! read as a lone 2 (`number_missing:2`) and "two-thirds" as nothing, and a
//! clock time ("pukul 13.00", "1 p.m.") gave no anchor, so a changed hour
//! passed unflagged. Later probes: values that print alike are flagged with
//! their hedges, idioms of number words state no figure, and years of two
//! facts are no changed year.

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
            // more than half against nearly half: the bounds cannot both hold,
            // and values that print alike are shown with their hedges
            "Lebih dari separuh penumpang pesawat itu adalah warga Prancis.",
            "Nearly half of the passengers on the plane were French.",
            "number_mismatch:more than 1/2|nearly 1/2",
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
        // a half that says how far a state goes, no share of a whole
        (
            "Ia mendukung rencana itu dengan setengah hati.",
            "He backed the plan half-heartedly.",
        ),
        (
            "Pria setengah baya itu ditangkap polisi pada hari Senin.",
            "The middle-aged man was arrested by police on Monday.",
        ),
        // number words of idioms: the only one, a person, one of
        (
            "Dia adalah satu-satunya saksi yang selamat dari kecelakaan itu.",
            "She is the only witness who survived the accident.",
        ),
        (
            "Seorang pria ditangkap polisi pada hari Senin.",
            "A man was arrested by police on Monday.",
        ),
        (
            "Ia adalah salah satu pemain terbaik di liga itu.",
            "He is one of the best players in the league.",
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

/// Years of two facts in a pair that is no close rendering: a year since which
/// a state holds against a year in which something happened, or years decades
/// apart, are not one year changed. Before, "sejak 2002" / "in 2021" read as
/// `number_mismatch:2002|2021`.
#[test]
fn years_of_different_facts_are_not_a_changed_year() {
    for (source, report) in [
        (
            "Taliban telah masuk daftar hitam Rusia sejak 2002, ketika Rusia menuduh mereka membajak pesawat Rusia pada tahun 1995.",
            "The Taliban reclaimed power in 2021, but they remain on a list of organizations Russia designates as terrorists.",
        ),
        (
            "Taliban telah terdaftar sebagai organisasi terlarang di Rusia sejak 2003.",
            "The Taliban reclaimed power in 2021 but remain on a list of organizations Russia designates as terrorists.",
        ),
    ] {
        let p = align(source, report);
        assert!(p.linked, "{source} / {report}: {}", p.notes);
        assert!(
            !has_flag(&p, "number_mismatch"),
            "{source} / {report}: {:?}",
            p.flags
        );
    }
    // The same fact dated anew is still a changed year.
    let p = align(
        "Taliban telah terdaftar sebagai organisasi terlarang di Rusia sejak 2002.",
        "The Taliban has been listed as a banned organization in Russia since 2003.",
    );
    assert!(
        p.flags.iter().any(|f| f == "number_mismatch:2002|2003"),
        "{:?}",
        p.flags
    );
}
