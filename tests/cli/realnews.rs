//! Regression tests from real news the tool had not seen (issue 11): one
//! sentence pair each, run through the binary, read back from the CSV as a
//! reviewer would read it. Each row was wrong before its fix.

#[allow(dead_code)] // each test binary uses a different part of the helpers
use crate::util;

/// The CSV row of a one-sentence source aligned against a one-sentence report.
pub(crate) struct Pair {
    pub(crate) linked: bool,
    pub(crate) name_score: Option<f64>,
    pub(crate) flags: Vec<String>,
    pub(crate) notes: String,
}

/// Aligns a one-sentence source with a one-sentence report through the
/// binary and reads the row back.
pub(crate) fn align(source: &str, report: &str) -> Pair {
    let (headers, rows) = util::align_texts(source, report);
    assert_eq!(rows.len(), 1, "one source sentence, one report: {rows:?}");
    let field = |name: &str| {
        let i = headers.iter().position(|h| h == name).unwrap();
        rows[0][i].to_string()
    };
    let flags = field("flags");
    Pair {
        linked: !field("target_doc").is_empty(),
        name_score: field("name_score").parse().ok(),
        flags: flags
            .split(';')
            .filter(|f| !f.is_empty())
            .map(str::to_string)
            .collect(),
        notes: field("notes"),
    }
}

pub(crate) fn has_flag(p: &Pair, prefix: &str) -> bool {
    p.flags.iter().any(|f| f.starts_with(prefix))
}

/// Aligns a pair with one fact changed and asserts it is linked and carries
/// exactly this flag among its flags (`"number_mismatch:2019|2018"`); the
/// pair, for further checks.
pub(crate) fn assert_linked_with(source: &str, report: &str, flag: &str) -> Pair {
    let p = align(source, report);
    assert!(p.linked, "{source} / {report}: {}", p.notes);
    assert!(
        p.flags.iter().any(|f| f == flag),
        "{source} / {report}: {:?}",
        p.flags
    );
    p
}

/// Aligns a pair that says the same thing and asserts it is linked with no
/// flag of the given kinds (prefixes such as `"number_"`).
pub(crate) fn assert_linked_without(source: &str, report: &str, kinds: &[&str]) {
    let p = align(source, report);
    assert!(p.linked, "{source} / {report}: {:?} {}", p.flags, p.notes);
    for kind in kinds {
        assert!(!has_flag(&p, kind), "{source} / {report}: {:?}", p.flags);
    }
}

#[test]
fn same_count_under_another_noun_is_no_mismatch() {
    let p = align(
        "Tujuh orang pekerja sudah dirawat karena luka bakar.",
        "Seven workers have been treated for burns.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(!has_flag(&p, "number_"), "{:?}", p.flags);
}

#[test]
fn decimal_comma_millions_equal_decimal_point_millions() {
    let p = align(
        "Lebih dari 4,2 juta warga Sudan telah mengungsi sejak perang dimulai pada 2023.",
        "More than 4.2 million Sudanese have fled since the war began in 2023.",
    );
    assert!(p.linked);
    assert!(!has_flag(&p, "number_"), "{:?}", p.flags);
}

#[test]
fn score_line_written_two_ways_and_a_team_on_both_sides() {
    let p = align(
        "Gol yang dicetak oleh Saka telah memberi kemenangan bagi Arsenal atas Chelsea dengan skor 2-1",
        "Arsenal 2 - 1 Chelsea: Saka seals derby win",
    );
    assert!(p.linked);
    assert!(p.flags.is_empty(), "{:?}", p.flags);
    assert!(!p.notes.contains("Arsenal"), "{}", p.notes);
}

#[test]
fn height_in_feet_and_inches_written_two_ways() {
    let p = align(
        "Pemain bertinggi 6,8 kaki itu dibesarkan di Ohio.",
        "The 6-foot-8 forward grew up in Ohio.",
    );
    assert!(!has_flag(&p, "number_mismatch"), "{:?}", p.flags);
}

#[test]
fn title_case_headline_words_are_not_names() {
    let p = align(
        "Badai dan Banjir Menghancurkan Sebuah Kota di Jawa Tengah",
        "Storm and Floods Devastate a Town in Central Java",
    );
    assert!(p.linked);
    assert!(!has_flag(&p, "name_"), "{:?}", p.flags);
}

#[test]
fn paraphrase_with_a_count_links() {
    let p = align(
        "Dia berlari melewati tiga orang pemain belakang sebelum mencetak gol.",
        "He ran past three defenders before scoring.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(!has_flag(&p, "number_"), "{:?}", p.flags);
}

#[test]
fn a_replaced_surname_is_a_name_mismatch() {
    let p = align(
        "Penumpang Bill Jaynes mengatakan pesawat terbang sangat rendah.",
        "Passenger Bill Whitaker said the plane flew very low.",
    );
    assert!(p.linked);
    assert!(
        p.flags.iter().any(|f| f == "name_mismatch:Jaynes|Whitaker"
            || f == "name_mismatch:Bill Jaynes|Bill Whitaker"),
        "{:?}",
        p.flags
    );
    assert!(p.name_score.is_some_and(|s| s < 1.0), "{:?}", p.name_score);
}

// Kind 2 of issue 11: names that are translations are no name divergence,
// and a respelling is a variant that names the respelled word.

#[test]
fn exonym_and_irregular_demonym_are_one_place() {
    let p = align(
        "Pemain asal Skotlandia itu mencetak gol dalam pertandingan hari Sabtu.",
        "The Scottish player scored in Saturday's match.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(p.flags.is_empty(), "{:?}", p.flags);
    let p = align(
        "Kapten Mesir itu memimpin timnya meraih kemenangan.",
        "The Egyptian captain led his team to victory.",
    );
    assert!(p.linked && p.flags.is_empty(), "{:?}", p.flags);
    let p = align(
        "Kementerian Luar Negeri Tiongkok mengecam keputusan tersebut pada hari Senin.",
        "The Chinese foreign ministry condemned the decision on Monday.",
    );
    assert!(p.linked && p.flags.is_empty(), "{:?}", p.flags);
}

#[test]
fn another_country_is_still_a_name_mismatch() {
    let p = align(
        "Pemain asal Belanda itu mencetak gol dalam pertandingan hari Sabtu.",
        "The Scottish player scored in Saturday's match.",
    );
    assert!(has_flag(&p, "name_mismatch"), "{:?}", p.flags);
}

#[test]
fn an_organisation_translated_word_by_word_is_no_name_divergence() {
    let p = align(
        "Komisi Yudisial Senat akan menggelar sidang dengar pendapat pekan depan.",
        "The Senate Judiciary Committee will hold a hearing next week.",
    );
    assert!(p.linked);
    assert!(!has_flag(&p, "name_"), "{:?}", p.flags);
    assert_eq!(p.name_score, Some(1.0));
}

#[test]
fn a_one_letter_respelling_is_a_variant_of_that_word() {
    let p = align(
        "Pelatih Tom Harington mengatakan timnya bermain dengan baik.",
        "Coach Tom Harrington said his team played well.",
    );
    assert!(p.linked);
    assert_eq!(p.flags, ["name_variant:Harington|Harrington"]);
}

// Kind 4 of issue 11: sentences that share the same few names are not the
// same fact; another result between other teams is another match.

#[test]
fn another_result_between_other_teams_is_not_linked() {
    let p = align(
        "Angkatan Udara mengalahkan Korps Marinir 73-34.",
        "Army defeated Navy 70-61 in the opening game. \
         The Marine Corps beat the Coast Guard 58-50. \
         Air Force will face Army in the final on Sunday.",
    );
    assert!(!p.linked, "{:?}", p.flags);
}

#[test]
fn a_changed_score_between_the_same_teams_is_a_drift_not_another_match() {
    let p = align(
        "Angkatan Udara mengalahkan Korps Marinir 73-34.",
        "Army defeated Navy 70-61 in the opening game. \
         Air Force beat the Marine Corps 75-36. \
         Air Force will face Army in the final on Sunday.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(has_flag(&p, "number_mismatch"), "{:?}", p.flags);
}

// Kinds 3 and 5: a sentence that shares its distinctive names and the event
// but little wording, and a paraphrase with few shared words, link. These
// pass in a short report; in the seeds' full reports the four paraphrases
// of kind 5 are still missed (README, "Real news").

#[test]
fn shared_names_and_the_event_link_despite_other_wording() {
    let p = align(
        "Salah dan Mane bergabung untuk membantu Firmino mencetak gol kedua.",
        "Liverpool dominated the first half at Anfield. \
         Salah slotted the ball to Mane, who picked out Firmino for the second goal. \
         The visitors never recovered.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(!has_flag(&p, "name_"), "{:?}", p.flags);
}

#[test]
fn a_paraphrase_with_few_shared_words_links() {
    let p = align(
        "Pilihan itu sedang dipertimbangkan, kata Peskov.",
        "Peskov told reporters the option is under consideration. \
         Moscow has not recognised the Taliban.",
    );
    assert!(p.linked, "{:?}", p.flags);
}

#[test]
fn a_respelling_too_far_for_the_spelling_bar_is_still_a_variant() {
    // "Santos" / "Santa" meet only as loose cognates; neither is a word.
    let p = align(
        "Menurut polisi, Francisco Bautista-Santos tiba di bandara pada hari Senin pagi.",
        "According to police, Francisco Bautista-Santa arrived at the airport on Monday morning.",
    );
    assert!(p.linked);
    assert_eq!(p.flags, ["name_variant:Bautista-Santos|Bautista-Santa"]);
}

// Kind 1: equal values written with the other language's separator, and a
// close rendering that keeps the hedge but changes the figure.

#[test]
fn thousands_with_the_english_separator_in_indonesian_text_are_equal() {
    let p = align(
        "Komunitas itu kini memiliki lebih dari 1,000 anggota dan 1,127 sukarelawan.",
        "The community now has over 1,000 members and 1,127 volunteers.",
    );
    assert!(p.linked);
    assert!(!has_flag(&p, "number_"), "{:?}", p.flags);
}

#[test]
fn a_kept_hedge_with_another_figure_is_a_mismatch_in_a_close_rendering() {
    let p = align(
        "Bank sentral sedang menghadapi perlambatan ekonomi terburuk Tiongkok dalam lebih dari delapan tahun.",
        "It is battling China's worst economic slowdown in more than six years.",
    );
    assert!(p.linked);
    assert!(has_flag(&p, "number_mismatch"), "{:?}", p.flags);
}

#[test]
fn headline_words_that_make_a_lexicon_phrase_are_not_names() {
    // "Bola Voli" is volleyball: neither word alone is listed.
    let p = align(
        "Tim Putra Angkatan Darat Rebut Gelar Bola Voli Angkatan Bersenjata 2024",
        "Army men claim 2024 Armed Forces Volleyball title",
    );
    assert!(p.linked);
    assert!(!has_flag(&p, "name_"), "{:?}", p.flags);
}

/// The CSV rows of a source aligned against one report, each text one
/// sentence a line, as (source text, flags) per row.
pub(crate) fn align_story(source: &[&str], report: &[&str]) -> Vec<(String, Vec<String>)> {
    let (headers, rows) = util::align_texts(&source.join("\n"), &report.join("\n"));
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (text_col, flags_col) = (col("source_text"), col("flags"));
    rows.into_iter()
        .map(|r| {
            let flags = r[flags_col]
                .split(';')
                .filter(|f| !f.is_empty())
                .map(str::to_string)
                .collect();
            (r[text_col].to_string(), flags)
        })
        .collect()
}

/// The flags of the row of `rows` (from [`align_story`]) whose source text
/// is `source`.
pub(crate) fn flags_of<'a>(rows: &'a [(String, Vec<String>)], source: &str) -> &'a [String] {
    &rows
        .iter()
        .find(|(text, _)| text == source)
        .unwrap_or_else(|| panic!("no row for {source:?}: {rows:?}"))
        .1
}

/// The name and speaker flags among `flags`.
pub(crate) fn name_flags(flags: &[String]) -> Vec<&String> {
    flags
        .iter()
        .filter(|f| f.starts_with("name_") || f.starts_with("speaker_"))
        .collect()
}

/// Aligns a story and asserts that every source line is linked and carries
/// no name or speaker flag.
pub(crate) fn assert_linked_without_name_flags(source: &[&str], report: &[&str]) {
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
pub(crate) fn assert_each_flagged(source: &[&str], report: &[&str], want: &[&str]) {
    let rows = align_story(source, report);
    for (line, flag) in source.iter().zip(want) {
        let flags = flags_of(&rows, line);
        assert!(flags.iter().any(|f| f == flag), "{line}: {flags:?}");
    }
}

/// Aligns a story and asserts that each source line is linked and carries
/// its flag and no name or speaker flag: a changed figure beside names
/// each language writes its own way.
pub(crate) fn assert_each_flagged_alone(source: &[&str], report: &[&str], want: &[&str]) {
    let rows = align_story(source, report);
    for (line, flag) in source.iter().zip(want) {
        let flags = flags_of(&rows, line);
        assert!(
            flags.iter().any(|f| f == flag) && name_flags(flags).is_empty(),
            "{line}: {flags:?}"
        );
    }
}

/// Aligns a story and asserts that source line `line` carries a name or
/// speaker flag, whichever.
pub(crate) fn assert_name_flagged(source: &[&str], report: &[&str], line: &str) {
    let rows = align_story(source, report);
    let flags = flags_of(&rows, line);
    assert!(!name_flags(flags).is_empty(), "{line}: {flags:?}");
}

// A person of the story put in another's place credits the statement to
// someone else: a speaker mismatch, not a name given differently (gold
// convention: `name` is one person under different names).

#[test]
fn another_person_of_the_story_in_the_speakers_place_is_a_speaker_mismatch() {
    let rows = align_story(
        &[
            "Ekonom Sean Snaith dari Universitas Central Florida mengatakan pertumbuhan akan melambat tahun ini.",
            "Pada akhir Juli, Presiden Sean Snaith berbicara kepada para pendukungnya di Kansas City.",
        ],
        &[
            "Economist Sean Snaith of the University of Central Florida said growth would slow this year.",
            "In late July, President Barack Obama spoke to supporters in Kansas City.",
        ],
    );
    let (_, flags) = rows
        .iter()
        .find(|(text, _)| text.starts_with("Pada akhir Juli"))
        .unwrap();
    assert!(
        flags
            .iter()
            .any(|f| f == "speaker_mismatch:Sean Snaith|Barack Obama"),
        "{flags:?}"
    );
    assert!(!flags.iter().any(|f| f.starts_with("name_")), "{flags:?}");
}

// Organisation names translated word by word: a country abbreviated in each
// language (AS = U.S.) and a word the lexicon lacks are no name divergence.

#[test]
fn a_translated_organisation_name_is_no_name_divergence() {
    let p = align(
        "Jaksa mengatakan salah satu bajak laut menembakkan granat ke arah sebuah kapal Angkatan Laut AS setelah negosiasi dimulai.",
        "Prosecutors said one of the pirates fired a grenade toward a U.S. naval vessel after negotiations had begun.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(!has_flag(&p, "name_"), "{:?}", p.flags);
    let p = align(
        "Turnamen ini menampilkan pemain dari Penjaga Pantai dan Angkatan Luar Angkasa.",
        "The tournament features players from Coast Guard and Space Force.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(!has_flag(&p, "name_"), "{:?}", p.flags);
}

// Respellings the fold or the lexicon hid: the report's word folds to the
// same key or is an English word too, but stands in a person's name. A
// capitalised ordinary word in its loanword spelling stays unflagged.

#[test]
fn a_respelled_name_word_that_is_also_an_english_word_is_a_variant() {
    let p = align(
        "Pengacara pembela Trump, Todd Blankhe, meminta agar putusan itu dibatalkan.",
        "Trump defense lawyer Todd Blanche asked that the verdict be overturned.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(
        p.flags.iter().any(|f| f == "name_variant:Blankhe|Blanche"),
        "{:?}",
        p.flags
    );
    let p = align(
        "Mikhael Bowman dari VOA melaporkan pemerintahan Bush kembali menyerukan paket stimulus ekonomi.",
        "VOA's Michael Bowman reports the Bush administration has renewed calls for an economic stimulus package.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(
        p.flags.iter().any(|f| f == "name_variant:Mikhael|Michael"),
        "{:?}",
        p.flags
    );
    let p = align(
        "Lisensi \"GPL\" dan \"Artistik\" adalah lisensi bebas.",
        "The \u{201c}GPL\u{201d} and \u{201c}Artistic\u{201d} licenses are free licenses.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(!has_flag(&p, "name_"), "{:?}", p.flags);
}

// A military rank abbreviation before a name ends no sentence and is no part
// of the name: the soldier put in another's place is read.

#[test]
fn a_rank_abbreviation_keeps_the_sentence_and_the_replaced_soldier_is_read() {
    let p = align(
        "Peluang terbaik Angkatan Darat datang pada menit ke-80 ketika pemain termuda tim, Prajurit Satu Erick Munoz-Velasco, menerobos ke ruang terbuka.",
        "Army's best opportunity came in the 80th minute when the team's youngest player, Pfc. Samuel Orozco, broke into the open field.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(
        p.flags
            .iter()
            .any(|f| f == "name_mismatch:Erick Munoz-Velasco|Samuel Orozco"),
        "{:?}",
        p.flags
    );
}

// A caption whose one person was replaced, beside a photo credit and a place
// only the report names: the person put in another's place is read.

#[test]
fn the_one_person_replaced_in_a_caption_is_a_name_mismatch() {
    let p = align(
        "Para pemain Kamerun merayakan setelah Ahmed Hegazi, ketiga dari kiri, mencetak gol kedua mereka di Libreville, Gabon. (Foto: AP)",
        "Cameroon players celebrate after Vincent Aboubakar, 3rd left, scored their second goal against Egypt in Libreville, Gabon.",
    );
    assert!(p.linked, "{:?}", p.flags);
    assert!(
        p.flags
            .iter()
            .any(|f| f == "name_mismatch:Ahmed Hegazi|Vincent Aboubakar"),
        "{:?}",
        p.flags
    );
}

// A surname the rendering put in place of a player it names elsewhere, in a
// pair too loose to call a substitution on its own; "King" is a name here,
// not a title, since no name follows it.

#[test]
fn an_unknown_surname_in_place_of_a_player_named_elsewhere_is_a_name_mismatch() {
    let rows = align_story(
        &[
            "Cobb mencetak gol kedua untuk Angkatan Udara pada menit ke-70.",
            "Menyusul sebuah bola defleksi, King menjebol gawang untuk satu-satunya gol pertandingan di babak pertama.",
        ],
        &[
            "Cobb scored a second goal for Air Force in the 70th minute.",
            "Following a deflection, Cobb found the back of the net for the game's lone goal in the first half.",
        ],
    );
    let (_, flags) = rows
        .iter()
        .find(|(text, _)| text.starts_with("Menyusul"))
        .unwrap();
    assert!(
        flags.iter().any(|f| f == "name_mismatch:King|Cobb"),
        "{flags:?}"
    );
}

/// The flags of the kinds a reviewer acts on (figures, dates, names,
/// speakers), of each source line, are exactly `want`'s.
pub(crate) fn assert_fact_flags(source: &[&str], report: &[&str], want: &[&[&str]]) {
    let rows = align_story(source, report);
    for (line, want) in source.iter().zip(want) {
        let flags = flags_of(&rows, line);
        assert!(
            !flags.contains(&"unmatched".to_string()),
            "{line}: {flags:?}"
        );
        assert_eq!(fact_flags(flags), *want, "{line}");
    }
}

/// One short story for [`assert_fact_cases`]: its source lines, its report
/// lines, and each source line's fact flags.
pub(crate) type FactCase<'a> = (&'a [&'a str], &'a [&'a str], &'a [&'a [&'a str]]);

/// [`assert_fact_flags`] for each story of `cases`, each aligned alone.
pub(crate) fn assert_fact_cases(cases: &[FactCase]) {
    for (source, report, want) in cases {
        assert_fact_flags(source, report, want);
    }
}

/// The fact flags among `flags` (numbers, dates, names, speakers), and
/// `unmatched`.
pub(crate) fn fact_flags(flags: &[String]) -> Vec<&str> {
    flags
        .iter()
        .map(String::as_str)
        .filter(|f| {
            *f == "unmatched"
                || ["number_", "date_", "name_", "speaker_"]
                    .iter()
                    .any(|kind| f.starts_with(kind))
        })
        .collect()
}
