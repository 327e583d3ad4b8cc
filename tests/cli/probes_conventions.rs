//! Short probes of how human-written Indonesian news writes figures, one
//! sentence against one sentence: units the report converts (`240 km/jam` /
//! `150 mph`), clock times in named zones (`pukul 20.00 WIB` / `1300 GMT`,
//! `waktu Amerika Timur` / `EST`), a weekday with its date in brackets
//! (`pada Selasa (22/11)` / `on Tuesday`), amounts named by their order of
//! magnitude (`ratusan`, `belasan` / `hundreds`, `more than a dozen`), and
//! the staff initials that close a page (`[lt/ab]`). Before this round a
//! converted figure was `number_missing` plus `number_added`, a bracketed date
//! `number_missing:22;date_missing:November`, and `belasan` no figure at all.
//! Every sentence here is written for the probe. The probes marked `ignore`
//! show what still goes wrong, and why.

use crate::realnews::{align, align_story, assert_linked_with, assert_linked_without, has_flag};

/// A figure converted to the report's unit, within rounding: linked, no
/// number flag.
#[test]
fn a_converted_figure_is_no_changed_figure() {
    for (source, report) in [
        (
            "Badai itu membawa angin berkecepatan 240 km/jam.",
            "The storm brought winds of 150 mph.",
        ),
        (
            "Badai itu membawa angin berkecepatan hingga 185 kilometer per jam.",
            "The storm brought winds of up to 115 miles per hour.",
        ),
        (
            "Wahana itu telah menempuh lebih dari 5 miliar kilometer.",
            "The probe has traveled more than three billion miles.",
        ),
        (
            "Nelayan itu menangkap ikan seberat 45 kilogram.",
            "The fisherman caught a fish weighing 100 pounds.",
        ),
        (
            "Menara itu tingginya 300 meter.",
            "The tower is nearly 1,000 feet tall.",
        ),
        (
            "Suhu di kota itu mencapai 40°C pada hari Senin.",
            "Temperatures in the city reached 104°F on Monday.",
        ),
        (
            "Badai itu membawa angin berkecepatan 240 km/jam.",
            "The storm brought winds of 240 kph.",
        ),
        (
            "Gunung itu tingginya 8.848 meter.",
            "The mountain is 29,032 feet high.",
        ),
    ] {
        assert_linked_without(source, report, &["number_"]);
    }
}

/// A converted figure far from the other side's: a changed figure.
#[test]
fn a_converted_figure_far_off_is_a_number_mismatch() {
    for (source, report, flag) in [
        (
            "Badai itu membawa angin berkecepatan 240 km/jam.",
            "The storm brought winds of 300 mph.",
            "number_mismatch:240|300",
        ),
        (
            "Nelayan itu menangkap ikan seberat 45 kilogram.",
            "The fisherman caught a fish weighing 200 pounds.",
            "number_mismatch:45|200",
        ),
        (
            "Menara itu tingginya 300 meter.",
            "The tower is 2,000 feet tall.",
            "number_mismatch:300|2000",
        ),
    ] {
        assert_linked_with(source, report, flag);
    }
}

/// A speed in kilometres per hour against one per second: the same speed
/// (50,000 km/h is 13.9 km/s). The single-sentence pair does not link; where
/// it does, no number flag may fire.
#[test]
fn a_speed_per_hour_and_per_second_is_one_speed() {
    let p = align(
        "Wahana itu melaju dengan kecepatan 50 ribu kilometer per jam.",
        "The probe travels at 14 kilometers per second.",
    );
    assert!(!has_flag(&p, "number_"), "{:?}", p.flags);
}

/// Degrees Celsius against the same temperature in Fahrenheit carry no
/// number flag; the scale names still read as a replaced name (the names
/// module's, not the figures').
#[test]
fn a_temperature_in_celsius_and_fahrenheit_is_one_figure() {
    let p = assert_linked_with(
        "Suhu di kota itu mencapai 40 derajat Celsius pada hari Senin.",
        "Temperatures in the city reached 80 degrees Fahrenheit on Monday.",
        "number_mismatch:40|80",
    );
    assert!(p.linked);
    let p = align(
        "Suhu di kota itu mencapai 40 derajat Celsius pada hari Senin.",
        "Temperatures in the city reached 104 degrees Fahrenheit on Monday.",
    );
    assert!(!has_flag(&p, "number_"), "{:?}", p.flags);
}

#[test]
fn a_temperature_scale_is_no_name() {
    assert_linked_without(
        "Suhu di kota itu mencapai 40 derajat Celsius pada hari Senin.",
        "Temperatures in the city reached 104 degrees Fahrenheit on Monday.",
        &["name_"],
    );
}

#[test]
#[ignore = "matching: a converted distance is no link evidence, and these pairs share too few words to link"]
fn a_converted_distance_links() {
    assert_linked_without(
        "Jarak antara kedua kota itu sekitar 12.472 kilometer.",
        "The two cities are about 7,750 miles apart.",
        &["number_"],
    );
    assert_linked_without(
        "Pesawat itu terbang pada ketinggian 3.000 meter.",
        "The plane flew at about 10,000 feet.",
        &["number_"],
    );
}

/// Clock times in named zones, both ways: the same moment is no flag.
#[test]
fn the_same_time_in_another_zone_is_no_flag() {
    for (source, report) in [
        (
            "Pengumuman resmi disampaikan pukul 20.00 WIB.",
            "The official announcement came at 1300 GMT.",
        ),
        (
            "Pengumuman resmi disampaikan pukul 20.00 WIB.",
            "The official announcement came at 9 a.m. EDT.",
        ),
        (
            "Gempa terjadi pukul 10.15 WITA.",
            "The quake struck at 0215 GMT.",
        ),
        (
            "Bursa saham New York ditutup pukul 4 sore waktu Amerika Timur.",
            "The New York stock exchange closed at 4 p.m. EST.",
        ),
        (
            "Pengumuman resmi disampaikan pukul 20.00 WIB.",
            "The official announcement came at 8 p.m. Jakarta time.",
        ),
    ] {
        assert_linked_without(source, report, &["number_"]);
    }
}

/// Another moment: a changed time, shown with its zones.
#[test]
fn another_time_in_a_named_zone_is_a_number_mismatch() {
    for (source, report, flag) in [
        (
            "Pengumuman resmi disampaikan pukul 20.00 WIB.",
            "The official announcement came at 1500 GMT.",
            "number_mismatch:20:00 WIB|15:00 UTC",
        ),
        (
            "Bursa saham New York ditutup pukul 4 sore waktu Amerika Timur.",
            "The New York stock exchange closed at 2 p.m. ET.",
            "number_mismatch:16:00 ET|14:00 ET",
        ),
    ] {
        assert_linked_with(source, report, flag);
    }
}

/// A weekday with its date in brackets: the bracket restates the weekday,
/// so a report that says only "on Tuesday" drops nothing; a day of the month
/// the report gives is still compared.
#[test]
fn a_bracketed_date_after_its_weekday_may_be_left_out() {
    for source in [
        "Menteri itu tiba di Makassar pada Selasa (22/11).",
        "Menteri itu tiba di Makassar pada Selasa pagi (22/11/2022).",
    ] {
        assert_linked_without(
            source,
            "The minister arrived in Makassar on Tuesday morning.",
            &["number_", "date_"],
        );
    }
    assert_linked_with(
        "Menteri itu tiba di Makassar pada Selasa (22/11).",
        "The minister arrived in Makassar on Nov. 23.",
        "number_mismatch:22|23",
    );
    let p = assert_linked_with(
        "Menteri itu tiba di Makassar pada Jumat (15/5).",
        "The minister arrived in Makassar on Thursday.",
        "date_mismatch:Friday|Thursday",
    );
    assert_eq!(p.flags, ["date_mismatch:Friday|Thursday"]);
    assert_linked_without(
        "Menteri itu tiba di Makassar pada Jumat (15/5).",
        "The minister arrived in Makassar on Friday, May 15.",
        &["number_", "date_"],
    );
    // The weekday itself stays firm: a report that gives only the date
    // leaves it out (`probes_dates` pins "Sabtu (5/10)" / "Oct. 5" as
    // date_missing:Saturday).
    assert_linked_with(
        "Menteri itu tiba di Makassar pada Selasa (22/11).",
        "The minister arrived in Makassar on Nov. 22.",
        "date_missing:Tuesday",
    );
}

/// Figures with Indonesian magnitude words and rupiah.
#[test]
fn indonesian_magnitude_words_meet_english_figures() {
    for (source, report) in [
        (
            "Sebanyak 175 ribu warga telah mengungsi.",
            "Some 175,000 residents have fled.",
        ),
        (
            "Sekitar 1,1 juta warga telah mengungsi.",
            "About 1.1 million residents have fled.",
        ),
        (
            "Pemerintah menyiapkan dana 2,5 triliun rupiah untuk rehabilitasi.",
            "The government set aside 2.5 trillion rupiah for rehabilitation.",
        ),
        (
            "Pemerintah menyiapkan dana Rp 5 miliar untuk rehabilitasi.",
            "The government set aside 5 billion rupiah for rehabilitation.",
        ),
    ] {
        assert_linked_without(source, report, &["number_"]);
    }
    assert_linked_with(
        "Pemerintah menyiapkan dana Rp 5 miliar untuk rehabilitasi.",
        "The government set aside 8 billion rupiah for rehabilitation.",
        "number_mismatch:5000000000|8000000000",
    );
}

/// An amount named by its order of magnitude against the report's amount.
#[test]
fn an_amount_named_by_its_order_of_magnitude() {
    for (source, report) in [
        (
            "Belasan orang terluka dalam kebakaran itu.",
            "More than a dozen people were injured in the fire.",
        ),
        (
            "Puluhan orang terluka dalam kebakaran itu.",
            "Dozens of people were injured in the fire.",
        ),
        (
            "Ratusan mahasiswa berunjuk rasa di depan gedung DPR.",
            "Hundreds of students protested outside the parliament building.",
        ),
        (
            "Ratusan mahasiswa berunjuk rasa di depan gedung DPR.",
            "At least 300 students protested outside the parliament building.",
        ),
        (
            "Puluhan ribu orang menghadiri upacara itu.",
            "Tens of thousands of people attended the ceremony.",
        ),
    ] {
        assert_linked_without(source, report, &["number_"]);
    }
    for (source, report, flag) in [
        (
            "Belasan orang terluka dalam kebakaran itu.",
            "Fifty people were injured in the fire.",
            "number_mismatch:belasan|50",
        ),
        (
            "Ratusan mahasiswa berunjuk rasa di depan gedung DPR.",
            "Five students protested outside the parliament building.",
            "number_mismatch:ratusan|5",
        ),
        (
            "Puluhan ribu orang menghadiri upacara itu.",
            "Hundreds of thousands of people attended the ceremony.",
            "number_mismatch:puluhan ribu|hundreds of thousands",
        ),
    ] {
        assert_linked_with(source, report, flag);
    }
}

/// The staff initials that close a VOA Indonesia page, alone or on their
/// own line, are page furniture; glued to the last paragraph they leave it
/// content.
#[test]
fn staff_initials_that_close_a_page_are_boilerplate() {
    let rows = align_story(
        &[
            "Banjir besar melanda kota Semarang pada hari Senin setelah hujan deras selama tiga hari.",
            "Pemerintah kota mengatakan bantuan akan tiba besok. [lt/ab]",
            "Warga berharap air segera surut.",
            "[my/ii]",
            "Banjir ini adalah yang terburuk dalam sepuluh tahun. (ab/uh)",
        ],
        &[
            "Heavy floods hit the city of Semarang on Monday after three days of heavy rain.",
            "The city government said aid would arrive tomorrow.",
            "Residents hope the water will recede soon.",
            "The floods are the worst in ten years.",
        ],
    );
    for initials in ["[lt/ab]", "[my/ii]"] {
        let row = rows.iter().find(|(text, _)| text == initials);
        let (_, flags) = row.unwrap_or_else(|| panic!("no row {initials}: {rows:?}"));
        assert_eq!(flags, &["boilerplate"], "{initials}");
    }
    let last = rows.iter().find(|(text, _)| text.ends_with("(ab/uh)"));
    let (_, flags) = last.unwrap_or_else(|| panic!("{rows:?}"));
    assert!(flags.is_empty(), "{flags:?}");
}

/// "Klik di sini untuk ..." on its own line is furniture.
#[test]
fn a_click_here_line_is_boilerplate() {
    let rows = align_story(
        &[
            "Ribuan warga mengungsi ke sekolah dan masjid.",
            "Klik di sini untuk berlangganan buletin VOA Indonesia.",
        ],
        &["Thousands of residents fled to schools and mosques."],
    );
    let (_, flags) = &rows[1];
    assert_eq!(flags, &["boilerplate"], "{rows:?}");
}

/// "BACA JUGA: <headline>" glued to the start of a paragraph: the
/// segmenter parts the link from the paragraph's sentence (session 10), so
/// the link is furniture and the sentence is linked without the headline's
/// words, as when the two stand on lines of their own.
#[test]
fn a_read_also_glued_to_a_paragraph_does_not_eat_it() {
    let rows = align_story(
        &["BACA JUGA: Presiden Kunjungi Korban Gempa di Cianjur Banjir besar melanda kota Semarang pada hari Senin."],
        &["Heavy floods hit the city of Semarang on Monday."],
    );
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0].1, ["boilerplate"], "{rows:?}");
    assert_eq!(
        rows[1].0, "Banjir besar melanda kota Semarang pada hari Senin.",
        "{rows:?}"
    );
    assert!(
        !rows[1]
            .1
            .iter()
            .any(|f| f == "unmatched" || f == "boilerplate"),
        "{rows:?}"
    );
    let rows = align_story(
        &[
            "BACA JUGA: Presiden Kunjungi Korban Gempa di Cianjur",
            "Banjir besar melanda kota Semarang pada hari Senin.",
        ],
        &["Heavy floods hit the city of Semarang on Monday."],
    );
    assert_eq!(rows[0].1, ["boilerplate"], "{rows:?}");
}
