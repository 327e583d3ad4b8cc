//! Story probes (session 28): the thirtieth set of close translations of
//! whole short news stories, written in session 28 and measured with the
//! start build and the build of the moment before it was read (no sentence
//! of NTREX-128, WMT newstest or FLORES; one fact changed in about one pair
//! in three): Central and Eastern European business, courts and politics in
//! South America, earthquakes and volcanoes, the entertainment business,
//! rugby, American football, baseball and hockey, and religion in Asia and
//! Africa (947 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it
//! where a quotation's speaker is the fact), the pairs that the fixes made
//! after that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_30_showed() {
    let cases: &[FactCase] = &[
        // e3-chile-quake-taltal, line 4
        (
            &["Direktur Badan Nasional Pencegahan dan Penanggulangan Bencana (Senapred) Alicia Cebrián awalnya melaporkan satu korban jiwa, tetapi menaikkan jumlahnya menjadi dua orang pada Rabu pagi."],
            &["The director of the National Disaster Prevention and Response Service (Senapred), Alicia Cebrián, initially reported one death but raised the toll to two on Wednesday morning."],
            &[&[]],
        ),
        // e3-chile-quake-taltal, line 7
        (
            &["Dinas Hidrografi dan Oseanografi Angkatan Laut (SHOA) sempat mengeluarkan status waspada tsunami untuk pesisir antara Arica dan Caldera, tetapi mencabutnya sekitar dua jam kemudian."],
            &["The Navy's Hydrographic and Oceanographic Service (SHOA) briefly issued a tsunami precaution for the coast between Arica and Caldera but lifted it about two hours later."],
            &[&[]],
        ),
        // e3-mexico-guerrero-quake, line 1
        (
            &["Gempa Kuat Guncang Kota Meksiko, Satu Orang Tewas di Guerrero"],
            &["Strong quake rattles Mexico City, kills one in Guerrero"],
            &[&[]],
        ),
        // e3-japan-typhoon-mitag, line 6
        (
            &["Pemerintah prefektur awalnya melaporkan satu korban tewas, tetapi polisi memastikan korban kedua pada Senin malam."],
            &["The prefecture initially reported one death, but police confirmed the second on Monday evening."],
            &[&[]],
        ),
        // e3-png-manam-eruption, line 5
        (
            &["Pejabat awalnya mengatakan satu orang hilang, tetapi pada Rabu mereka melaporkan dua warga desa lanjut usia meninggal akibat luka bakar setelah menolak pergi."],
            &["Officials first said one person was missing, but on Wednesday they reported that two elderly villagers had died of burns after refusing to leave."],
            &[&[]],
        ),
        // e4-philippines-holiday-film-festival, line 9
        (
            &["Film-film asing, termasuk beberapa film laris Hollywood, diundur penayangannya ke pekan kedua Januari."],
            &["Foreign releases, including several Hollywood blockbusters, were pushed back to the second week of January."],
            &[&[]],
        ),
        // e5-super-rugby-crusaders-chiefs, line 8
        (
            &["Pelatih Chiefs Warren Tuhiwai mengatakan timnya harus membayar mahal akibat 14 tekel yang gagal pada seperempat akhir pertandingan."],
            &["Chiefs coach Warren Tuhiwai said his side had paid for 14 missed tackles in the final quarter."],
            &[&[]],
        ),
        // e5-nfl-ravens-bengals-overtime, line 10
        (
            &["Kemenangan itu membawa Baltimore mencatat rekor 7-3 dan naik ke puncak klasemen AFC Utara."],
            &["The win lifted Baltimore to 7-3 and into first place in the AFC North."],
            &[&[]],
        ),
        // e5-nhl-oilers-avalanche-game3, line 4
        (
            &["Lindqvist (26) membuka skor lewat power play saat laga berjalan 4 menit 37 detik dan membuat skor menjadi 3-1 di pertengahan periode kedua."],
            &["Lindqvist, 26, opened the scoring on a power play 4:37 into the game and made it 3-1 midway through the second period."],
            &[&[]],
        ),
        // e5-kbo-tigers-lions-series-opener, line 1
        (
            &["Kia Tigers Menangi Gim Pertama Seri Korea 5-3 Berkat Home Run di Akhir Laga"],
            &["Kia Tigers Win Korean Series Opener 5-3 on Late Homer"],
            &[&[]],
        ),
        // e5-pnc-fiji-japan-suva, line 7
        (
            &["Pelatih Jepang Hiroshi Kondo mengatakan timnya terlalu pasif dalam 40 menit pertama."],
            &["Japan coach Hiroshi Kondo said his team had been too passive in the opening 40 minutes."],
            &[&[]],
        ),
        // e5-liberty-bowl-iowa-state-kentucky, line 10
        (
            &["Jumlah penonton yang diumumkan mencapai 47.615 orang."],
            &["The announced attendance was 47,615."],
            &[&[]],
        ),
        // e6-indonesia-hajj-departures, line 12
        (
            &["Ibadah haji diperkirakan berlangsung pada pekan pertama Juni."],
            &["The hajj is expected to fall in the first week of June."],
            &[&[]],
        ),
        // e6-philippines-black-nazarene, line 1
        (
            &["Jutaan Umat Ikuti Prosesi Nazareno Hitam di Manila Meski Diguyur Hujan"],
            &["Millions Join Black Nazarene Procession in Manila Despite Rain"],
            &[&[]],
        ),
        // e6-philippines-black-nazarene, line 2
        (
            &["Umat Katolik bertelanjang kaki memadati jalan-jalan Manila pada Kamis untuk mengikuti prosesi tahunan Nazareno Hitam, patung kayu Kristus berwarna gelap yang diyakini banyak orang memiliki kekuatan menyembuhkan."],
            &["Barefoot Catholic devotees packed the streets of Manila on Thursday for the annual procession of the Black Nazarene, a dark wooden statue of Christ that many believe has healing powers."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
