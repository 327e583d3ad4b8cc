//! Short probes of the figures read since numbers learned fractions in words
//! and clock times: one sentence against one sentence. Before, "dua pertiga"
//! read as a lone 2 (`number_missing:2`) and "two-thirds" as nothing, and a
//! clock time ("pukul 13.00", "1 p.m.") gave no anchor, so a changed hour
//! passed unflagged. Later probes: values that print alike are flagged with
//! their hedges, idioms of number words state no figure, and years of two
//! facts are no changed year. The last two tests probe number, ordinal,
//! multiplier and count words in close renderings.

use crate::realnews::{align, assert_linked_with, assert_linked_without, has_flag};

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
        assert_linked_without(source, report, &["number_", "date_"]);
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
        let p = assert_linked_with(source, report, flag);
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

// Probes of number, ordinal, multiplier and count words in close renderings
// (issue: number flags on close translations). 96 hand-written pairs, none
// from a data set: 70 passed before the round, 95 after. Still failing, not
// asserted: "Belasan rumah rusak akibat gempa itu." / "More than a dozen
// houses were damaged by the quake." is `number_added:12` ("belasan", eleven
// to nineteen, is no figure the anchors read, while "more than a dozen" is).

/// Equal facts in a close rendering: ordinals (with "-nya", "ke-3", "first-ever"),
/// counts of times and ratios ("twice", "dua kali lipat" / "doubled"), counts with
/// classifiers and vague counts, fractions, percentages, ages, decades, ranges, money,
/// measures and score lines. Linked, and no number or date flag.
#[test]
fn equal_figures_in_close_renderings_carry_no_number_flag() {
    for (source, report) in [
        (
            "Tim itu memenangi pertandingan pertamanya musim ini.",
            "The team won its first game of the season.",
        ),
        (
            "Ini adalah kunjungan ketiga presiden ke Jepang tahun ini.",
            "This is the president's third visit to Japan this year.",
        ),
        (
            "Pelari itu finis di urutan ke-3 dalam lomba maraton.",
            "The runner finished 3rd in the marathon.",
        ),
        (
            "Ini adalah kemenangan pertama tim itu sepanjang sejarah.",
            "It was the team's first-ever victory.",
        ),
        (
            "Keduanya ditangkap polisi di Surabaya pada hari Senin.",
            "Both were arrested by police in Surabaya on Monday.",
        ),
        (
            "Keduanya ditangkap polisi di Surabaya pada hari Senin.",
            "The two were arrested by police in Surabaya on Monday.",
        ),
        (
            "Kedua negara sepakat memperkuat kerja sama ekonomi.",
            "The two countries agreed to strengthen economic cooperation.",
        ),
        (
            "Pada hari kedua persidangan, saksi itu menangis.",
            "On the second day of the trial, the witness cried.",
        ),
        (
            "Ia merayakan ulang tahunnya yang ke-21 pada hari Sabtu.",
            "He celebrated his 21st birthday on Saturday.",
        ),
        (
            "Tim itu menjuarai liga untuk ketiga kalinya.",
            "The team won the league for the third time.",
        ),
        (
            "Kapten Harry Kane mencetak dua gol untuk Tottenham.",
            "Captain Harry Kane scored twice for Tottenham.",
        ),
        (
            "Presiden itu telah dua kali mengunjungi Papua.",
            "The president has visited Papua twice.",
        ),
        (
            "Pertandingan itu ditunda tiga kali karena hujan.",
            "The match was postponed three times because of rain.",
        ),
        (
            "Ia hanya sekali bertemu dengan presiden.",
            "He met the president only once.",
        ),
        (
            "Harga beras naik dua kali lipat dalam setahun.",
            "The price of rice doubled in a year.",
        ),
        (
            "Jumlah pengungsi naik tiga kali lipat sejak Januari.",
            "The number of refugees has tripled since January.",
        ),
        (
            "Tahun ini jumlah wisatawan dua kali lebih banyak daripada tahun lalu.",
            "This year there were twice as many tourists as last year.",
        ),
        (
            "Ia dipenjara tiga kali karena pencurian.",
            "He was jailed thrice for theft.",
        ),
        (
            "Sebuah bom meledak di pasar itu pada hari Selasa.",
            "A bomb exploded at the market on Tuesday.",
        ),
        (
            "Dua buah truk terbalik di jalan tol itu.",
            "Two trucks overturned on the toll road.",
        ),
        (
            "Tiga ekor harimau lepas dari kebun binatang itu.",
            "Three tigers escaped from the zoo.",
        ),
        (
            "Seorang polisi tewas dan dua orang lainnya terluka dalam serangan itu.",
            "One police officer was killed and two others were wounded in the attack.",
        ),
        (
            "Puluhan orang terluka dalam bentrokan itu.",
            "Dozens of people were injured in the clashes.",
        ),
        (
            "Ratusan warga mengungsi akibat banjir.",
            "Hundreds of residents fled the floods.",
        ),
        (
            "Ribuan orang berunjuk rasa di Jakarta.",
            "Thousands of people protested in Jakarta.",
        ),
        (
            "Dua belas penambang terjebak di dalam tambang itu.",
            "A dozen miners were trapped in the mine.",
        ),
        (
            "Lima orang tewas dalam kebakaran itu.",
            "Five people died in the fire.",
        ),
        (
            "Setengah dari anggaran itu dipakai untuk membangun jalan.",
            "Half of the budget was used to build roads.",
        ),
        (
            "Seperempat siswa di sekolah itu tidak lulus ujian.",
            "A quarter of the students at the school failed the exam.",
        ),
        (
            "Inflasi naik menjadi 3,5 persen pada bulan Mei.",
            "Inflation rose to 3.5% in May.",
        ),
        (
            "Seorang pria berusia 25 tahun ditangkap di Bandung.",
            "A 25-year-old man was arrested in Bandung.",
        ),
        (
            "Musik itu populer pada tahun 1990-an.",
            "The music was popular in the 1990s.",
        ),
        (
            "Antara 10 dan 15 orang terluka dalam kecelakaan itu.",
            "Between 10 and 15 people were injured in the accident.",
        ),
        (
            "Sebanyak 10-15 orang terluka dalam kecelakaan itu.",
            "As many as 10 to 15 people were injured in the accident.",
        ),
        (
            "Perusahaan itu meraup laba Rp 5,3 triliun tahun lalu.",
            "The company made a profit of 5.3 trillion rupiah last year.",
        ),
        (
            "Pemerintah AS menjanjikan bantuan senilai US$4,5 miliar.",
            "The US government pledged $4.5 billion in aid.",
        ),
        (
            "Pemerintah AS menjanjikan bantuan senilai 4,5 miliar dolar AS.",
            "The US government pledged $4.5 billion in aid.",
        ),
        (
            "Harga tiket naik menjadi Rp 150.000.",
            "The ticket price rose to 150,000 rupiah.",
        ),
        (
            "Gempa itu berpusat pada kedalaman 10 km.",
            "The quake was centred at a depth of 10 kilometres.",
        ),
        (
            "Badai itu bergerak dengan kecepatan 120 kilometer per jam.",
            "The storm moved at a speed of 120 kilometres per hour.",
        ),
        (
            "Suhu mencapai 40 derajat Celsius di kota itu.",
            "Temperatures reached 40 degrees Celsius in the city.",
        ),
        (
            "Kapal itu membawa 500 ton beras.",
            "The ship carried 500 tonnes of rice.",
        ),
        (
            "Kapal itu tenggelam 20 mil dari pantai.",
            "The ship sank 20 miles off the coast.",
        ),
        (
            "Tim itu kini mencatat rekor 3-0-0 musim ini.",
            "The team now has a 3-0-0 record this season.",
        ),
        (
            "Persib menang 2-1 atas Persija pada hari Minggu.",
            "Persib beat Persija 2-1 on Sunday.",
        ),
        (
            "Ia menjadi perempuan pertama yang memimpin partai itu.",
            "She became the first woman to lead the party.",
        ),
        (
            "Ketiga tersangka ditahan polisi di Jakarta.",
            "The three suspects were detained by police in Jakarta.",
        ),
        (
            "Surabaya adalah kota terbesar kedua di Indonesia.",
            "Surabaya is Indonesia's second-largest city.",
        ),
        (
            "Kane mencetak gol tiga kali dalam pertandingan itu.",
            "Kane scored three times in the match.",
        ),
        (
            "Ekonomi tumbuh 5 persen pada kuartal ketiga.",
            "The economy grew 5 percent in the third quarter.",
        ),
        (
            "Indonesia merayakan ulang tahun ke-79 kemerdekaannya.",
            "Indonesia celebrated its 79th independence anniversary.",
        ),
        (
            "Untuk pertama kalinya, perempuan boleh mengikuti lomba itu.",
            "For the first time, women were allowed to take part in the race.",
        ),
        (
            "Pertama-tama, pemerintah akan memperbaiki jalan.",
            "First, the government will repair the roads.",
        ),
        (
            "Ia meninggal dunia pada usia 90 tahun.",
            "He died at the age of 90.",
        ),
        (
            "Harga minyak naik lebih dari dua kali lipat tahun ini.",
            "Oil prices more than doubled this year.",
        ),
        (
            "Putri keduanya lahir di Bali pada tahun 2010.",
            "His second daughter was born in Bali in 2010.",
        ),
        (
            "Ketiganya dibebaskan pada hari Jumat.",
            "All three were released on Friday.",
        ),
        (
            "Sekitar 70 persen warga memberikan suara dalam pemilu itu.",
            "About 70% of residents voted in the election.",
        ),
        (
            "Tim itu kalah dua kali berturut-turut.",
            "The team lost twice in a row.",
        ),
        (
            "Produksi padi naik empat kali lipat dalam sepuluh tahun.",
            "Rice production quadrupled in ten years.",
        ),
        (
            "Lebih dari selusin rumah rusak akibat badai itu.",
            "More than a dozen houses were damaged by the storm.",
        ),
        (
            "Dua lusin rumah rusak akibat badai itu.",
            "Two dozen houses were damaged by the storm.",
        ),
        // A decade of the last century in two digits ("tahun 90-an").
        (
            "Band itu populer pada tahun 90-an.",
            "The band was popular in the 1990s.",
        ),
        // A draw's score line ("bermain imbang" / "drew").
        ("Tim itu bermain imbang 1-1.", "The team drew 1-1."),
        // A lone "satu" is read after "nomor", and "nomor" is the figure's.
        (
            "Ia adalah petenis nomor satu dunia.",
            "She is the world's No. 1 tennis player.",
        ),
    ] {
        assert_linked_without(source, report, &["number_", "date_"]);
    }
}

/// The same pairs with one figure changed: a `number_mismatch` naming both values
/// (ordinals print as their number: `number_mismatch:1|2` for "pertamanya" /
/// "second"; a count of times stands for goals after "scored").
#[test]
fn a_changed_figure_in_a_close_rendering_is_a_number_mismatch() {
    for (source, report, flag) in [
        (
            "Band itu populer pada tahun 80-an.",
            "The band was popular in the 1990s.",
            "number_mismatch:1980s|1990s",
        ),
        (
            "Ia adalah petenis nomor dua dunia.",
            "She is the world's No. 1 tennis player.",
            "number_mismatch:2|1",
        ),
        (
            "Tim itu memenangi pertandingan pertamanya musim ini.",
            "The team won its second game of the season.",
            "number_mismatch:1|2",
        ),
        (
            "Ini adalah kunjungan ketiga presiden ke Jepang tahun ini.",
            "This is the president's fourth visit to Japan this year.",
            "number_mismatch:3|4",
        ),
        (
            "Pelari itu finis di urutan ke-3 dalam lomba maraton.",
            "The runner finished fifth in the marathon.",
            "number_mismatch:3|5",
        ),
        (
            "Ini adalah kemenangan kedua tim itu sepanjang sejarah.",
            "It was the team's first-ever victory.",
            "number_mismatch:2|1",
        ),
        (
            "Pada hari kedua persidangan, saksi itu menangis.",
            "On the third day of the trial, the witness cried.",
            "number_mismatch:2|3",
        ),
        (
            "Ia merayakan ulang tahunnya yang ke-21 pada hari Sabtu.",
            "He celebrated his 22nd birthday on Saturday.",
            "number_mismatch:21|22",
        ),
        (
            "Tim itu menjuarai liga untuk ketiga kalinya.",
            "The team won the league for the second time.",
            "number_mismatch:3|2",
        ),
        (
            "Kapten Harry Kane mencetak tiga gol untuk Tottenham.",
            "Captain Harry Kane scored twice for Tottenham.",
            "number_mismatch:3|2",
        ),
        (
            "Presiden itu telah tiga kali mengunjungi Papua.",
            "The president has visited Papua twice.",
            "number_mismatch:3|2",
        ),
        (
            "Pertandingan itu ditunda dua kali karena hujan.",
            "The match was postponed three times because of rain.",
            "number_mismatch:2|3",
        ),
        (
            "Bank sentral menaikkan suku bunga tiga kali tahun ini.",
            "The central bank raised interest rates once this year.",
            "number_mismatch:3|1",
        ),
        (
            "Harga beras naik tiga kali lipat dalam setahun.",
            "The price of rice doubled in a year.",
            "number_mismatch:3|2",
        ),
        (
            "Dua buah truk terbalik di jalan tol itu.",
            "Three trucks overturned on the toll road.",
            "number_mismatch:2|3",
        ),
        (
            "Tiga ekor harimau lepas dari kebun binatang itu.",
            "Four tigers escaped from the zoo.",
            "number_mismatch:3|4",
        ),
        (
            "Dua belas penambang terjebak di dalam tambang itu.",
            "Thirteen miners were trapped in the mine.",
            "number_mismatch:12|13",
        ),
        (
            "Lima orang tewas dalam kebakaran itu.",
            "Six people died in the fire.",
            "number_mismatch:5|6",
        ),
        (
            "Setengah dari anggaran itu dipakai untuk membangun jalan.",
            "A third of the budget was used to build roads.",
            "number_mismatch:1/2|1/3",
        ),
        (
            "Seperempat siswa di sekolah itu tidak lulus ujian.",
            "A third of the students at the school failed the exam.",
            "number_mismatch:1/4|1/3",
        ),
        (
            "Inflasi naik menjadi 3,5 persen pada bulan Mei.",
            "Inflation rose to 3.8 percent in May.",
            "number_mismatch:3.5%|3.8%",
        ),
        (
            "Seorang pria berusia 25 tahun ditangkap di Bandung.",
            "A 52-year-old man was arrested in Bandung.",
            "number_mismatch:25|52",
        ),
        (
            "Musik itu populer pada tahun 1990-an.",
            "The music was popular in the 1980s.",
            "number_mismatch:1990s|1980s",
        ),
        (
            "Sebanyak 10-15 orang terluka dalam kecelakaan itu.",
            "As many as 10 to 20 people were injured in the accident.",
            "number_mismatch:15|20",
        ),
        (
            "Perusahaan itu meraup laba Rp 5,3 triliun tahun lalu.",
            "The company made a profit of 3.5 trillion rupiah last year.",
            "number_mismatch:5300000000000|3500000000000",
        ),
        (
            "Pemerintah AS menjanjikan bantuan senilai US$4,5 miliar.",
            "The US government pledged $5.4 billion in aid.",
            "number_mismatch:4500000000|5400000000",
        ),
        (
            "Gempa itu berpusat pada kedalaman 10 km.",
            "The quake was centred at a depth of 15 kilometres.",
            "number_mismatch:10|15",
        ),
        (
            "Suhu mencapai 40 derajat Celsius di kota itu.",
            "Temperatures reached 42 degrees Celsius in the city.",
            "number_mismatch:40|42",
        ),
        (
            "Kapal itu membawa 500 ton beras.",
            "The ship carried 50 tonnes of rice.",
            "number_mismatch:500|50",
        ),
        (
            "Tim itu kini mencatat rekor 3-0-0 musim ini.",
            "The team now has a 2-1-0 record this season.",
            "number_mismatch:3|2",
        ),
        (
            "Persib menang 2-1 atas Persija pada hari Minggu.",
            "Persib beat Persija 3-1 on Sunday.",
            "number_mismatch:2|3",
        ),
        (
            "Ketiga tersangka ditahan polisi di Jakarta.",
            "The four suspects were detained by police in Jakarta.",
            "number_mismatch:3|4",
        ),
        (
            "Surabaya adalah kota terbesar ketiga di Indonesia.",
            "Surabaya is Indonesia's second-largest city.",
            "number_mismatch:3|2",
        ),
        (
            "Ekonomi tumbuh 5 persen pada kuartal ketiga.",
            "The economy grew 5 percent in the second quarter.",
            "number_mismatch:3|2",
        ),
        (
            "Indonesia merayakan ulang tahun ke-79 kemerdekaannya.",
            "Indonesia celebrated its 78th independence anniversary.",
            "number_mismatch:79|78",
        ),
        (
            "Pemain itu dua kali menjuarai turnamen tersebut.",
            "The player has won the tournament three times.",
            "number_mismatch:2|3",
        ),
        (
            "Ia baru tiga kali bertemu dengan presiden.",
            "He has met the president only once.",
            "number_mismatch:3|1",
        ),
        (
            "Dua lusin rumah rusak akibat badai itu.",
            "Three dozen houses were damaged by the storm.",
            "number_mismatch:24|36",
        ),
    ] {
        assert_linked_with(source, report, flag);
    }
}

/// Counts of different things are different figures, not one figure
/// changed: houses against schools, passengers against ships, the missing
/// against the rescued. A count of
/// people under a word for who they are ("penumpang", "crew") is still a
/// count of people, so a changed toll stays a mismatch.
#[test]
fn counts_of_different_things_are_no_changed_figure() {
    for (source, report, wrong) in [
        (
            "Gempa itu merusak 2.000 rumah dan menewaskan 12 orang.",
            "The quake killed 12 people and damaged 300 schools.",
            "number_mismatch",
        ),
        (
            "Tim SAR mengerahkan kapal dan pesawat untuk mencari pesawat yang mengangkut 155 penumpang dan 7 awak itu.",
            "Rescuers deployed 30 ships and 15 aircraft to search for the plane.",
            "number_mismatch",
        ),
        // The rescued and the missing are two counts of one ferry's people.
        (
            "Pihak berwenang membenarkan 9 orang tewas, sedangkan 288 penumpang lainnya masih hilang.",
            "Officials say 25 people were confirmed dead, and that 179 others had been rescued.",
            "number_mismatch:288",
        ),
    ] {
        let p = align(source, report);
        assert!(!has_flag(&p, wrong), "{source} / {report}: {:?}", p.flags);
    }
    assert_linked_with(
        "Pihak berwenang mengerahkan 20 kapal untuk mencari 40 nelayan yang hilang.",
        "Authorities sent 20 ships to search for 45 missing fishermen.",
        "number_mismatch:40|45",
    );
}

/// A finishing place written as a digit ordinal ("urutan ke-3") against an
/// ordinal word ("third"): the same place links without a number flag, and
/// another place is a changed figure (session 10).
#[test]
fn a_finishing_place_written_two_ways() {
    assert_linked_without(
        "Ia finis di urutan ke-3 dalam lomba itu.",
        "She finished third in the race.",
        &["number_"],
    );
    assert_linked_with(
        "Ia finis di urutan ke-5 dalam lomba itu.",
        "She finished third in the race.",
        "number_mismatch:5|3",
    );
}

/// Temperatures and speeds written the British way, a capital scale letter
/// or "mph" glued to the count ("minus 10C", "86F", "70mph"), a fraction
/// of voters and a fee in "poundsterling" (session 12): the same figure links without a number flag and
/// a changed one is a `number_mismatch`. Before, the glued forms read as no
/// figure (`number_missing:10`) and the changed fraction went unlinked.
#[test]
fn glued_scales_and_speeds_and_a_share_of_voters() {
    for (source, report) in [
        (
            "Suhu turun hingga minus 10 derajat Celsius.",
            "Temperatures dropped to minus 10C.",
        ),
        (
            "Suhu mencapai 30 derajat Celsius.",
            "Temperatures reached 86F.",
        ),
        (
            "Mobil itu melaju dengan kecepatan 110 kilometer per jam di jalan tol.",
            "The car was travelling at 70mph on the motorway.",
        ),
        (
            "Sekitar sepertiga pemilih belum menentukan pilihan.",
            "About a third of voters are undecided.",
        ),
        (
            "Klub itu membayar 89 juta poundsterling untuk pemain tersebut.",
            "The club paid £89m for the player.",
        ),
    ] {
        assert_linked_without(source, report, &["number_", "date_"]);
    }
    for (source, report, flag) in [
        (
            "Suhu turun hingga minus 15 derajat Celsius.",
            "Temperatures dropped to minus 10C.",
            "number_mismatch:15|10",
        ),
        (
            "Mobil itu melaju dengan kecepatan 160 kilometer per jam di jalan tol.",
            "The car was travelling at 70mph on the motorway.",
            "number_mismatch:160|70",
        ),
        (
            "Sekitar seperempat pemilih belum menentukan pilihan.",
            "About a third of voters are undecided.",
            "number_mismatch:1/4|1/3",
        ),
        (
            "Klub itu membayar 98 juta poundsterling untuk pemain tersebut.",
            "The club paid £89m for the player.",
            "number_mismatch:98000000|89000000",
        ),
    ] {
        assert_linked_with(source, report, flag);
    }
}

/// A floor or a rank named by its number ("lantai empat" / "fourth
/// floor", "peringkat 5" / "ranked fourth": a count against a rank in a
/// close rendering is one figure), a second referendum and a contract's
/// last year ("berlaku hingga" / "runs until" in the news lexicon) (session
/// 12): the same place links without a number
/// flag, another is a `number_mismatch`. Before, "lantai empat" was a count
/// and "a second referendum" a unit of time, so each side's figure was only
/// missing on the other (`number_missing:5;number_added:4`), which no
/// reviewer reads as a changed figure.
#[test]
fn a_floor_and_a_second_referendum_are_places_in_a_row() {
    let fire =
        "The fire broke out on the fourth floor of a 24-storey apartment block in west London.";
    let poll = "A YouGov survey of 1,600 adults found that 52% supported a second referendum.";
    for (source, report) in [
        (
            "Kebakaran itu terjadi di lantai empat sebuah gedung apartemen 24 lantai di London barat.",
            fire,
        ),
        (
            "Kebakaran itu terjadi di lantai 4 sebuah gedung apartemen 24 lantai di London barat.",
            fire,
        ),
        (
            "Survei YouGov terhadap 1.600 orang dewasa menemukan bahwa 52% mendukung referendum kedua.",
            poll,
        ),
        (
            "Ia kini berada di peringkat 4 dunia.",
            "He is now ranked fourth in the world.",
        ),
        (
            "Kontraknya berlaku hingga tahun 2022.",
            "His contract runs until 2022.",
        ),
    ] {
        assert_linked_without(source, report, &["number_", "date_"]);
    }
    for (source, report, flag) in [
        (
            "Kebakaran itu terjadi di lantai lima sebuah gedung apartemen 24 lantai di London barat.",
            fire,
            "number_mismatch:5|4",
        ),
        (
            "Survei YouGov terhadap 1.600 orang dewasa menemukan bahwa 52% mendukung referendum ketiga.",
            poll,
            "number_mismatch:3|2",
        ),
        (
            "Ia kini berada di peringkat 5 dunia.",
            "He is now ranked fourth in the world.",
            "number_mismatch:5|4",
        ),
        (
            "Kontraknya berlaku hingga tahun 2023.",
            "His contract runs until 2022.",
            "number_mismatch:2023|2022",
        ),
    ] {
        assert_linked_with(source, report, flag);
    }
}

/// A duration or an amount of money given in another unit is another
/// figure, not the same count under another noun (session 13): before,
/// "tiga bulan" / "three weeks" and "50 dolar" / "£50" were linked with no
/// flag. A count under another noun stays the same figure.
#[test]
fn the_same_value_in_another_unit_is_a_changed_figure() {
    for (source, report, flag) in [
        (
            "Jembatan itu ditutup selama tiga bulan untuk perbaikan.",
            "The bridge was closed for three weeks for repairs.",
            "number_mismatch:3 month|3 week",
        ),
        (
            "Ia dipenjara selama lima tahun karena penipuan.",
            "He was jailed for five months for fraud.",
            "number_mismatch:5 year|5 month",
        ),
        (
            "Harga tiket naik menjadi 50 dolar.",
            "Ticket prices rose to £50.",
            "number_mismatch:50 USD|50 GBP",
        ),
    ] {
        assert_linked_with(source, report, flag);
    }
    assert_linked_without(
        "Tujuh orang pekerja sudah dirawat karena luka bakar.",
        "Seven workers have been treated for burns.",
        &["number_"],
    );
    assert_linked_without(
        "Harga tiket naik menjadi 50 dolar.",
        "Ticket prices rose to $50.",
        &["number_"],
    );
}

/// An ordinal compounded with its noun ("an 89th-minute equaliser") is the
/// ordinal: before, it read as no figure and "menit ke-89" was
/// `number_missing:89`.
#[test]
fn an_ordinal_compounded_with_its_noun_is_the_ordinal() {
    assert_linked_without(
        "Pertandingan berakhir imbang 1-1 setelah gol penyeimbang di menit ke-89.",
        "The match ended 1-1 after an 89th-minute equaliser.",
        &["number_"],
    );
    assert_linked_with(
        "Pertandingan berakhir imbang 1-1 setelah gol penyeimbang di menit ke-98.",
        "The match ended 1-1 after an 89th-minute equaliser.",
        "number_mismatch:98|89",
    );
}

/// A decade of someone's age ("berusia 60-an" / "in her 60s") is one
/// figure: before session 13 the English read as no figure, so the pair
/// showed `number_missing:60` and another decade passed unflagged.
#[test]
fn a_decade_of_age_is_compared() {
    assert_linked_without(
        "Korban, seorang wanita berusia 60-an, dibawa ke rumah sakit.",
        "The victim, a woman in her 60s, was taken to hospital.",
        &["number_"],
    );
    assert_linked_with(
        "Korban, seorang wanita berusia 70-an, dibawa ke rumah sakit.",
        "The victim, a woman in her 60s, was taken to hospital.",
        "number_mismatch:70s|60s",
    );
}

/// A share written "one in five" / "1 dari 5" / "satu dari lima": the lone
/// "one" counts there (before session 13, "1 dari 5 orang" / "One in five
/// adults" read as `number_mismatch:1|5;number_missing:5`).
#[test]
fn one_in_a_number_is_a_share() {
    for source in [
        "Sebanyak 1 dari 5 orang dewasa di Inggris merokok.",
        "Satu dari lima orang dewasa di Inggris merokok.",
    ] {
        assert_linked_without(source, "One in five adults in England smoke.", &["number_"]);
    }
    assert_linked_with(
        "Satu dari tiga orang dewasa di Inggris merokok.",
        "One in five adults in England smoke.",
        "number_mismatch:3|5",
    );
}

/// One unit of time in Indonesian words ("satu dekade", "satu jam") is what
/// English writes "a decade", "an hour": no figure left out (before session
/// 13, `number_missing:1`), yet another count in its place is a change.
#[test]
fn one_unit_of_time_in_words_is_a_decade_or_an_hour() {
    assert_linked_without(
        "Kenaikan itu adalah yang pertama dalam satu dekade.",
        "The rise was the first in a decade.",
        &["number_"],
    );
    assert_linked_without(
        "Populasi kota itu bertambah dua kali lipat dalam satu dekade.",
        "The city's population doubled in a decade.",
        &["number_"],
    );
    assert_linked_with(
        "Para penumpang terjebak di dalam kereta selama satu jam.",
        "Passengers were trapped on the train for two hours.",
        "number_mismatch:1|2",
    );
}

/// Pence as British prices write them ("10p"): before session 13 no figure,
/// so "10 pence" / "10p" was `number_missing:10` and "12 pence" passed.
#[test]
fn pence_glued_to_a_price_are_the_figure() {
    assert_linked_without(
        "Harga roti naik 10 pence.",
        "The price of bread rose by 10p.",
        &["number_"],
    );
    assert_linked_with(
        "Harga roti naik 12 pence.",
        "The price of bread rose by 10p.",
        "number_mismatch:12|10",
    );
}

/// A duration in other units of time: reports convert a sentence into
/// months ("lebih dari lima tahun penjara" / "70 months in prison", a
/// real-news pair of round 5), which before session 14 stood unrelated;
/// converted, it agrees, and one far off stays a changed figure where the
/// report renders the source.
#[test]
fn a_duration_converted_to_other_units_is_the_same_figure() {
    assert_linked_without(
        "Seorang hakim menjatuhkan hukuman lebih dari lima tahun penjara kepada pria itu.",
        "A judge sentenced the man to 70 months in prison.",
        &["number_"],
    );
    assert_linked_with(
        "Seorang hakim menjatuhkan hukuman lima tahun penjara kepada pria itu.",
        "A judge sentenced the man to 30 months in prison.",
        "number_mismatch:5 year|30 month",
    );
    // Session 13 read any duration in another unit as a changed figure:
    // these were `number_mismatch:0.5 hour|30 minute` and `48 hour|2 day`.
    assert_linked_without(
        "Penerbangan itu tertunda setengah jam.",
        "The flight was delayed by 30 minutes.",
        &["number_"],
    );
    assert_linked_without(
        "Para pekerja mogok selama 48 jam.",
        "Workers went on strike for two days.",
        &["number_"],
    );
    // An agreeing duration is evidence of the link: a short sentence whose
    // other words barely meet is linked on it.
    assert_linked_without(
        "Pencarian dihentikan setelah dua minggu.",
        "The search was called off after 14 days.",
        &["number_"],
    );
}

/// "rumah sakit" is a hospital, though "rumah" alone is a house: before
/// session 14 "satu rumah sakit" / "two hospitals" counted a house and
/// hospitals, two things, and the changed count was `number_missing` /
/// `number_added`.
#[test]
fn a_two_word_counted_noun_counts_what_it_names() {
    assert_linked_with(
        "Dua puluh tahun yang lalu, kota ini hanya memiliki satu rumah sakit.",
        "Twenty years ago, the city had only two hospitals.",
        "number_mismatch:1|2",
    );
    assert_linked_without(
        "Dua puluh tahun yang lalu, kota ini hanya memiliki dua rumah sakit.",
        "Twenty years ago, the city had only two hospitals.",
        &["number_"],
    );
}

/// A change in percentage points and the level it reaches ("rose two
/// percentage points to 36 percent") was read as a range from 2 to 36, so
/// a changed level passed unflagged.
#[test]
fn a_change_in_points_to_a_level_is_no_range() {
    assert_linked_with(
        "Dukungan untuk partai itu naik dua poin persentase menjadi 34 persen.",
        "Support for the party rose two percentage points to 36 percent.",
        "number_mismatch:34%|36%",
    );
    assert_linked_without(
        "Dukungan untuk partai itu naik dua poin persentase menjadi 34 persen.",
        "Support for the party rose two percentage points to 34 percent.",
        &["number_"],
    );
}

/// An area in hectares against acres: before session 14 acres were no
/// unit, and "lebih dari 100.000 hektar" / "more than 250,000 acres" (the
/// same area converted) was `number_mismatch:100000|250000` in a close
/// rendering.
#[test]
fn an_area_converted_to_acres_is_the_same_figure() {
    assert_linked_without(
        "Kebakaran hutan telah menghanguskan lebih dari 100.000 hektar lahan di California.",
        "Wildfires have scorched more than 250,000 acres of land in California.",
        &["number_"],
    );
}

/// English "two and a half" is 2.5, as "dua setengah" is: before session
/// 15 it read as 2 and a separate half (`number_mismatch:2.5|0.5`).
#[test]
fn two_and_a_half_is_one_figure() {
    assert_linked_without(
        "Sidang pemakzulan di Senat berlangsung selama dua setengah minggu.",
        "The impeachment trial in the Senate lasted two and a half weeks.",
        &["number_"],
    );
    assert_linked_without(
        "Utang pemerintah Jepang mencapai dua setengah kali ukuran ekonominya.",
        "Japan's government debt has reached two and a half times the size of its economy.",
        &["number_"],
    );
    assert_linked_with(
        "Sidang pemakzulan di Senat berlangsung selama dua setengah minggu.",
        "The impeachment trial in the Senate lasted three and a half weeks.",
        "number_mismatch:2.5|3.5",
    );
}

/// "selama setahun" is "for a year": a duration of one, written in one
/// word. Before session 15 it was no figure, so "for two years" was only
/// a figure the report added.
#[test]
fn one_unit_of_time_in_one_word_is_a_duration_after_selama() {
    assert_linked_with(
        "Dewan Keamanan PBB memperpanjang misi penjaga perdamaian di Sudan Selatan selama setahun.",
        "The UN Security Council extended the peacekeeping mission in South Sudan for two years.",
        "number_mismatch:1|2",
    );
    assert_linked_without(
        "Dewan Keamanan PBB memperpanjang misi penjaga perdamaian di Sudan Selatan selama setahun.",
        "The UN Security Council extended the peacekeeping mission in South Sudan for a year.",
        &["number_"],
    );
    assert_linked_without(
        "Dewan Keamanan PBB memperpanjang misi penjaga perdamaian di Sudan Selatan selama setahun.",
        "The UN Security Council extended the peacekeeping mission in South Sudan for 12 months.",
        &["number_"],
    );
    // "once a year" counts no duration.
    assert_linked_without(
        "Festival itu digelar sekali setahun di Yogyakarta.",
        "The festival is held once a year in Yogyakarta.",
        &["number_"],
    );
}

/// A level that happens to equal the other side's level less the change
/// ("by 0.5 points to 6 percent" / "by 0.5 points to 6.5 percent") was
/// read as the size of the change, so the changed level passed unflagged.
#[test]
fn a_changed_level_is_not_read_as_the_size_of_a_change() {
    assert_linked_with(
        "Suku bunga dinaikkan 0,5 poin persentase menjadi 6 persen.",
        "The interest rate was raised by 0.5 percentage points to 6.5 percent.",
        "number_mismatch:6%|6.5%",
    );
}

/// "peringkat satu dunia" is the world's No. 1, as "nomor satu" is: before
/// session 15 the lone "satu" read as "a", so "world number two" was a
/// figure the report added.
#[test]
fn a_rank_in_words_after_peringkat_is_the_figure() {
    assert_linked_with(
        "Pebulu tangkis peringkat satu dunia itu tersingkir di babak kedua.",
        "The world number two badminton player was knocked out in the second round.",
        "number_mismatch:1|2",
    );
    assert_linked_without(
        "Pebulu tangkis peringkat satu dunia itu tersingkir di babak kedua.",
        "The world No. 1 badminton player was knocked out in the second round.",
        &["number_"],
    );
}

/// A duration in two units is one figure: "empat tahun enam bulan" is the
/// "four and a half years" of the report. Before session 15 the parts were
/// compared one by one (`number_mismatch:4|4.5;number_missing:6`).
#[test]
fn a_duration_in_two_units_is_one_figure() {
    assert_linked_without(
        "Ia divonis empat tahun enam bulan penjara.",
        "He was sentenced to four and a half years in prison.",
        &["number_"],
    );
    assert_linked_without(
        "Penerbangan itu berlangsung 2 jam 30 menit.",
        "The flight lasted two and a half hours.",
        &["number_"],
    );
    assert_linked_with(
        "Ia divonis empat tahun enam bulan penjara.",
        "He was sentenced to five and a half years in prison.",
        "number_mismatch:4.5|5.5",
    );
}

/// A quarter by its number ("kuartal I", "Q3") is its ordinal, as "kuartal
/// ketiga" / "the third quarter" are: before session 15 neither was read,
/// so a changed quarter was only a figure one side added.
#[test]
fn a_quarter_by_its_number_is_compared() {
    assert_linked_with(
        "Perusahaan mencatat kerugian pada kuartal I 2020.",
        "The company posted a loss in the second quarter of 2020.",
        "number_mismatch:1|2",
    );
    assert_linked_with(
        "Perusahaan mencatat kerugian pada triwulan kedua 2020.",
        "The company posted a loss in Q3 2020.",
        "number_mismatch:2|3",
    );
    assert_linked_without(
        "Perusahaan mencatat kerugian pada kuartal III 2020.",
        "The company posted a loss in Q3 2020.",
        &["number_"],
    );
}

/// Decades of age and of the century in every form: "usianya 80-an" was a
/// bare 80, "in his seventies" and "the '80s" no figure, so a changed
/// decade was a figure one side added (session 15 probes).
#[test]
fn decades_in_words_and_short_forms_are_compared() {
    assert_linked_with(
        "Penulis yang usianya 80-an itu masih menulis setiap hari.",
        "The writer, who is in his seventies, still writes every day.",
        "number_mismatch:80s|70s",
    );
    assert_linked_without(
        "Penulis yang usianya 80-an itu masih menulis setiap hari.",
        "The writer, who is in his 80s, still writes every day.",
        &["number_"],
    );
    assert_linked_with(
        "Band itu pertama kali populer pada tahun 90-an.",
        "The band first became popular in the '80s.",
        "number_mismatch:1990s|1980s",
    );
}

/// A share with its possessive ("sekitar seperempatnya": about a quarter
/// of them) is the share: before session 15 it was no figure.
#[test]
fn a_share_with_its_possessive_is_the_share() {
    assert_linked_without(
        "Sekitar seperempatnya berencana memindahkan produksi ke luar negeri.",
        "About a quarter of them plan to move production abroad.",
        &["number_"],
    );
    assert_linked_with(
        "Sekitar seperempatnya berencana memindahkan produksi ke luar negeri.",
        "About half of them plan to move production abroad.",
        "number_mismatch:1/4|1/2",
    );
}

/// A range whose scale word follows only its high end ("10-20 miliar
/// dolar", "$10-20 billion") is in that scale at both ends: before session
/// 15 the low end read a bare 10, a false `number_mismatch:10|10000000000`.
#[test]
fn a_range_shares_the_scale_of_its_high_end() {
    assert_linked_without(
        "Para ahli memperkirakan biaya rekonstruksi mencapai 10-20 miliar dolar.",
        "Experts estimate the cost of reconstruction at $10 billion to $20 billion.",
        &["number_"],
    );
    assert_linked_without(
        "Para ahli memperkirakan biaya rekonstruksi mencapai 10-20 miliar dolar.",
        "Experts estimate the cost of reconstruction at $10-20 billion.",
        &["number_"],
    );
    assert_linked_with(
        "Para ahli memperkirakan biaya rekonstruksi mencapai 10-20 miliar dolar.",
        "Experts estimate the cost of reconstruction at $10 billion to $30 billion.",
        "number_mismatch:20000000000|30000000000",
    );
}

/// Amounts named by their order of magnitude ("jutaan" / "thousands") are
/// compared in a close rendering: before session 15 they took no partner,
/// so "millions" changed into "thousands" passed unflagged.
#[test]
fn vague_amounts_of_other_orders_are_flagged_in_a_rendering() {
    assert_linked_with(
        "Jutaan warga India memadati tempat pemungutan suara pada hari pertama pemilu.",
        "Thousands of Indians thronged polling stations on the first day of the election.",
        "number_mismatch:jutaan|thousands",
    );
    assert_linked_without(
        "Jutaan warga India memadati tempat pemungutan suara pada hari pertama pemilu.",
        "Millions of Indians thronged polling stations on the first day of the election.",
        &["number_"],
    );
}

/// An age one turns ("He will turn 30") is an age, as "berusia 30 tahun"
/// is: before session 15 it was a bare 30, the two figures unrelated, and
/// the short faithful pair was left unmatched.
#[test]
fn an_age_one_turns_is_an_age() {
    assert_linked_without(
        "Ia akan berusia 30 tahun bulan depan.",
        "He will turn 30 next month.",
        &["number_"],
    );
}

/// A share said without "of" ("fell by a third", "about a quarter planned
/// to", "halved") is the share: before session 15 "a third" there read as
/// the ordinal 3 and "halved" as nothing.
#[test]
fn a_share_without_of_is_the_share() {
    assert_linked_with(
        "Laba bersih maskapai itu merosot menjadi setengahnya pada kuartal ketiga.",
        "The airline's net profit fell by a third in the third quarter.",
        "number_mismatch:1/2|1/3",
    );
    assert_linked_without(
        "Laba bersih maskapai itu merosot menjadi setengahnya pada kuartal ketiga.",
        "The airline's net profit halved in the third quarter.",
        &["number_"],
    );
}

/// Session 15 probes of figure pairing in close renderings: "ratusan ...
/// ribuan" / "hundreds ... thousands" were paired crosswise (two false
/// mismatches), and "800 anak ... usia lima tahun" / "800 children ... the
/// age of five" paired 800 with the bare five, since "800 children" counts
/// a noun the source does not name.
#[test]
fn figures_pair_with_their_own_before_any_contradiction() {
    assert_linked_without(
        "Topan Idai menghantam Beira pada Maret 2019, menewaskan ratusan orang dan membuat ribuan lainnya kehilangan tempat tinggal.",
        "Cyclone Idai struck Beira in March 2019, killing hundreds of people and leaving thousands of others homeless.",
        &["number_mismatch"],
    );
    assert_linked_without(
        "Sekitar 800 anak di bawah usia lima tahun meninggal setiap hari akibat diare, kata UNICEF.",
        "About 800 children under the age of five die every day from diarrhoea, UNICEF said.",
        &["number_"],
    );
}

/// The guard above is for a figure whose noun one side leaves unnamed: two
/// figures of one value in units that convert (550 km / 550 miles) are
/// still one figure changed.
#[test]
fn one_value_in_other_units_is_still_a_change() {
    assert_linked_with(
        "Satelit itu mengorbit pada ketinggian 550 kilometer di atas Bumi.",
        "The satellite orbits at an altitude of 550 miles above Earth.",
        "number_mismatch:550|550",
    );
}

/// "dua pertiganya" (two thirds of them) is the share: before session 15
/// it read a bare 2, paired against the sentence's other figure.
#[test]
fn a_fraction_with_its_possessive_is_the_fraction() {
    assert_linked_without(
        "Para peneliti mengamati 450 kelompok terumbu karang dan menemukan bahwa dua pertiganya mengalami pemutihan parah pada 2016.",
        "Researchers surveyed 450 coral reef groups and found that two thirds of them suffered severe bleaching in 2016.",
        &["number_"],
    );
}

/// A toll that "now stands at" its figure is still a toll: "now" and
/// "stands" pass as "has" does, so the count is of the killed on both
/// sides. Before session 20 the report's count had no event, met nothing,
/// and the pair was left unmatched.
#[test]
fn a_toll_that_now_stands_at_a_figure_is_a_toll() {
    assert_linked_without(
        "Korban tewas kini mencapai 1.234 orang.",
        "The death toll now stands at 1,234.",
        &["number_", "unmatched"],
    );
    // Changed, it is a changed toll (in a story, as a single pair this
    // short needs the figure to link).
    let line = "Korban tewas kini mencapai 1.234 orang.";
    let rows = crate::realnews::align_story(
        &[
            "Para pejabat mengatakan penyelidikan masih berlangsung.",
            line,
            "Laporan lebih lanjut diperkirakan akan keluar minggu depan.",
        ],
        &[
            "Officials said the investigation was still under way.",
            "The death toll now stands at 1,324.",
            "Further reports are expected next week.",
        ],
    );
    let flags = crate::realnews::flags_of(&rows, line);
    assert!(
        flags.iter().any(|f| f == "number_mismatch:1234|1324"),
        "{flags:?}"
    );
}
