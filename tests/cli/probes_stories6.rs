//! Story probes (session 20): the sixth set of close translations of whole
//! short news stories, written at the start of session 20 and measured
//! before any fix was made on it (no sentence of NTREX-128, WMT newstest or
//! FLORES; one fact changed in about one pair in three): film and music,
//! medicine, mining, cricket and cycling, aviation, universities, police,
//! space, elections, tourism, climate and migration (1,583 pairs in 144
//! stories). Each test holds pairs that went wrong before its fix, reduced
//! to the sentences that show it.

use crate::realnews::{align_story, flags_of, name_flags};

/// Aligns a story and asserts that every source line is linked and carries
/// no name or speaker flag.
fn assert_linked_without_name_flags(source: &[&str], report: &[&str]) {
    let rows = align_story(source, report);
    for line in source {
        let flags = flags_of(&rows, line);
        assert!(
            name_flags(flags).is_empty() && !flags.contains(&"unmatched".to_string()),
            "{line}: {flags:?}"
        );
    }
}

/// Aligns a story and asserts that each source line is linked and carries
/// its flag.
fn assert_each_flagged(source: &[&str], report: &[&str], want: &[&str]) {
    let rows = align_story(source, report);
    for (line, flag) in source.iter().zip(want) {
        let flags = flags_of(&rows, line);
        assert!(flags.iter().any(|f| f == flag), "{line}: {flags:?}");
    }
}

// Names the name finder cut apart or took from ordinary words: "Kementerian
// Dalam Negeri" (the Interior Ministry, whose "dalam" alone is a common
// word) was "Kementerian" and "Negeri", and at a sentence start "Negeri"
// alone; "Yes" and "Ya" of a referendum are no names; "Brigadir",
// "Brigadier" and "(Purn)" (retired) are titles. Each gave a false name
// flag.

#[test]
fn an_interior_ministry_a_vote_yes_and_ranks_are_read_as_they_are() {
    let source = [
        "Kementerian Dalam Negeri menyatakan akan menyampaikan rencana pada musim gugur untuk memberi polisi federal wewenang menjatuhkan drone di atas bandara.",
        "Menurut data Kementerian Dalam Negeri Inggris, 219 anak di bawah umur ditangkap atas pelanggaran terkait terorisme dalam setahun hingga Juni 2024.",
        "\"Merupakan tanggung jawab kami untuk meyakinkan mayoritas rakyat agar memilih Ya,\" kata Perdana Menteri Irlandia Leo Varadkar kepada wartawan.",
        "\"Ini adalah momen bersejarah bagi Kenya,\" kata Brigadir Samuel Kiprono, direktur jenderal Badan Antariksa Kenya.",
        "Kepala badan tersebut, Brigadir Jenderal (Purn) Buba Marwa, mengatakan setiap tablet mengandung 250 miligram.",
    ];
    let report = [
        "The Interior Ministry said it would present a plan in the autumn to give federal police powers to bring down drones over airports.",
        "According to Home Office figures, 219 minors were arrested for terrorism-related offences in the year to June 2024.",
        "\"It was our responsibility to convince the majority of people to vote Yes,\" Taoiseach Leo Varadkar told reporters.",
        "\"This is a historic moment for Kenya,\" said Brigadier Samuel Kiprono, director general of the Kenya Space Agency.",
        "The head of the agency, retired Brigadier General Buba Marwa, said the tablets were 250 milligrams each.",
    ];
    assert_linked_without_name_flags(&source, &report);
    // Another ministry stays a replaced name.
    assert_each_flagged(
        &["Kementerian Dalam Negeri menyatakan akan menyampaikan rencana pada musim gugur untuk memberi polisi federal wewenang menjatuhkan drone di atas bandara."],
        &["The Health Ministry said it would present a plan in the autumn to give federal police powers to bring down drones over airports."],
        &["name_mismatch:Negeri|Health"],
    );
}

// One word of a person's name written otherwise, a little past the
// spelling bar of a whole name: a letter added to a short given name
// ("Andrés" / "André"), two to a long surname ("Michalewska" /
// "Michalska"), also where the person's name ends a run that holds an
// organisation's ("Penjaga Perbatasan Anna Michalewska" / "Border Guard
// spokeswoman Anna Michalska"). Each passed with no flag.

#[test]
fn one_name_word_written_otherwise_is_a_variant() {
    let source = [
        "Partai sayap kanan jauh Chega, yang baru didirikan lima tahun lalu oleh mantan komentator sepak bola televisi Andrés Ventura, melipatgandakan perwakilannya.",
        "Juru bicara Penjaga Perbatasan Anna Michalewska mengatakan sebagian besar orang yang kini mencoba menyeberang berasal dari Eritrea dan Suriah.",
    ];
    let report = [
        "The far-right Chega party, founded only five years ago by former television football commentator André Ventura, quadrupled its representation.",
        "Border Guard spokeswoman Anna Michalska said most of the people now attempting to cross were from Eritrea and Syria.",
    ];
    assert_each_flagged(
        &source,
        &report,
        &[
            "name_variant:Andrés|André",
            "name_variant:Michalewska|Michalska",
        ],
    );
    // Written alike, they are one name.
    let alike = source.map(|s| {
        s.replace("Andrés", "André")
            .replace("Michalewska", "Michalska")
    });
    assert_linked_without_name_flags(&alike.each_ref().map(String::as_str), &report);
}
