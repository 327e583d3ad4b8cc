//! Story probes (session 31): pairs of the story batches of earlier rounds
//! (16 to 41, written and measured in sessions 21 to 30) and of batches 42
//! and 43 (written in session 30, measured unread with the start build of
//! session 31 and its first fixes, then read) that the thirty-first round's
//! fixes put right: close translations of whole short news stories (no
//! sentence of NTREX-128, WMT newstest or FLORES; one fact changed in about
//! one pair in three). Each pair stands in a story of its own, with the line
//! before it where a quotation's speaker is the fact. Batches 44 and 45
//! were measured and not read: none of their pairs is here.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_of_batch_20_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // x5-oman-tourism-growth, line 3
        (
            &["Wisatawan dari India merupakan kelompok terbesar, diikuti turis dari Uni Emirat Arab dan Inggris."],
            &["Visitors from India made up the largest group, followed by tourists from the United Arab Emirates and Germany."],
            &[&["name_mismatch:Inggris|Germany"]],
        ),
        // x5-etihad-new-routes, line 10, 11
        (
            &["Analis penerbangan Layla Mansour dari Aerodata yang berbasis di Dubai mengatakan pemilihan kota-kota lapis kedua merupakan langkah cerdas.", "\"Etihad menghindari persaingan langsung dengan Emirates dan Qatar Airways di rute-rute besar,\" kata Haddad."],
            &["Aviation analyst Layla Mansour of Dubai-based Aerodata said the choice of secondary cities was smart.", "\"Etihad is avoiding head-to-head fights with Emirates and Qatar Airways on the big routes,\" she said."],
            &[&[], &["speaker_mismatch:Haddad|Layla Mansour of Dubai"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_25_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // p5-motogp-mandalika, line 11
        (
            &["\"Dua belas poin masih merupakan bantalan yang bagus, dan kami datang ke Sepang dalam kondisi kuat,\" kata Moretti."],
            &["\"Twelve points is still a good cushion, and we go to Phillip Island feeling strong,\" Moretti said."],
            &[&["name_mismatch:Sepang|Phillip Island"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_27_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // b1-france-rail-inspectors-strike, line 9
        (
            &["\"Saya memesan perjalanan ke Nice ini tiga bulan lalu, dan sekarang saya tidak tahu bagaimana saya akan sampai ke sana,\" ujar Camille Roux, seorang perawat berusia 34 tahun."],
            &["\"I booked this trip to Marseille three months ago, and now I have no idea how I will get there,\" said Camille Roux, a 34-year-old nurse."],
            &[&["name_mismatch:Nice|Marseille"]],
        ),
        // b1-italy-health-workers-strike, line 6
        (
            &["\"Rumah sakit berjalan berkat niat baik para staf yang bekerja dua sif dan dibayar lebih rendah daripada rekan-rekan mereka di Prancis atau Jerman,\" kata Fabrizio Lo Russo, ketua serikat dokter rumah sakit FMO."],
            &["\"Hospitals are running on the goodwill of staff who work double shifts and are paid less than colleagues in France or Germany,\" said Fabrizio Lo Russo, head of the hospital doctors' union FMO."],
            &[&[]],
        ),
        // b5-liga1-bali-united-kanemura, line 2
        (
            &["Bali United telah merekrut gelandang asal Jepang Shota Kanemura (29) dari klub Thailand Bangkok United dengan kontrak dua tahun, kata klub Indonesia itu pada Kamis."],
            &["Bali United have signed Japanese midfielder Shota Kanemura, 29, from Thai club Port FC on a two-year contract, the Indonesian club said on Thursday."],
            &[&["name_mismatch:Bangkok United|Port FC"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_28_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // c5-shenzhen-first-wta-title, line 11
        (
            &["Ia menjadi petenis putri Tiongkok keempat yang meraih gelar level tur musim ini, menurut Asosiasi Tenis Asia."],
            &["She is the fourth Chinese woman to win a tour-level title this season, according to the Chinese Tennis Association."],
            &[&["name_mismatch:Asia|Chinese"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_29_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // d3-china-qilin-ev-sales, line 9, 10
        (
            &["Chen Yulan, analis di Everbright Securities di Shanghai, mengatakan margin Qilin tertekan meskipun volume penjualannya kuat.", "\"Mereka menjual lebih banyak mobil dari sebelumnya, tetapi keuntungan dari setiap mobil makin kecil,\" kata Zhou Weiming."],
            &["Chen Yulan, an analyst at Everbright Securities in Shanghai, said Qilin's margins were under pressure despite the strong volumes.", "\"They are selling more cars than ever, but they are earning less on each one,\" she said."],
            &[&[], &["speaker_mismatch:Zhou Weiming|Chen Yulan"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_30_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // e4-uk-manchester-rapper-awards, line 5
        (
            &["\"Dua tahun lalu saya merekam album ini di kamar tamu nenek saya di Salford,\" kata Doyle saat menerima penghargaan utama."],
            &["\"Two years ago I was recording this in my nan's spare room in Moss Side,\" Doyle said as he accepted the main award."],
            &[&["name_mismatch:Salford|Moss Side"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_31_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // f3-spain-caja-levante-arrest, line 7
        (
            &["\"Para penyimpan dana hendaknya tetap tenang; semua simpanan hingga 100.000 euro dijamin sepenuhnya, dan bank akan tetap beroperasi seperti biasa,\" kata Gubernur Bank Sentral Spanyol Isabel Navarro."],
            &["\"Depositors should remain calm; all deposits up to 100,000 euros are fully guaranteed, and the bank will keep operating normally,\" Bank of Spain Governor Isabel Navarro said."],
            &[&[]],
        ),
        // f5-india-malaysia-hockey-semi, line 6
        (
            &["Ramli memperkecil ketertinggalan Malaysia saat laga tersisa tiga menit, tetapi kiper Suraj Chettri melakukan dua penyelamatan beruntun pada detik-detik terakhir."],
            &["Ramli pulled one back for Malaysia with three minutes left, but goalkeeper Suraj Chettri made a double save in the final seconds."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_36_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // k3-karachi-police-hq-verdict, line 9
        (
            &["Pengacara para terdakwa, Farooq Baloch, mengatakan klien-kliennya tidak bersalah dan akan mengajukan banding ke Pengadilan Tinggi Islamabad dalam waktu 30 hari."],
            &["Defence lawyer Farooq Baloch said his clients were innocent and would appeal to the Sindh High Court within 30 days."],
            &[&["name_mismatch:Islamabad|Sindh"]],
        ),
        // k4-tokyo-breaststroke-double, line 2
        (
            &["Kenta Sato melengkapi dua gelar gaya dada putra pada Kejuaraan Renang Jepang di Tokyo, Kamis, dengan memenangi nomor 200 meter dalam waktu 2 menit 6,84 detik."],
            &["Kenta Sato completed the men's breaststroke double at the Japan Swimming Championships in Tokyo on Thursday, winning the 200 meters in 2 minutes 6.84 seconds."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_37_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // l2-reykjanes-eruption-grindavik, line 10
        (
            &["Bandara Internasional Reykjavik, yang berjarak sekitar 20 kilometer, tetap dibuka dan penerbangan beroperasi normal."],
            &["Keflavik International Airport, about 20 kilometers away, remained open and flights were operating normally."],
            &[&["name_mismatch:Reykjavik|Keflavik"]],
        ),
        // l2-qaanaaq-sea-ice-hunters, line 7
        (
            &["Para peneliti dari Institut Meteorologi Norwegia mengatakan ketebalan rata-rata es laut di kawasan itu telah berkurang sekitar 40 persen sejak awal 2000-an."],
            &["Researchers from the Danish Meteorological Institute said average sea ice thickness in the area had dropped by about 40 percent since the early 2000s."],
            &[&["name_mismatch:Norwegia|Danish"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_40_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // o1-vn-lam-dong-forest-land-discipline, line 4
        (
            &["Komisi menemukan pelanggaran dalam pengalokasian lahan antara 2015 dan 2020, saat Tran Quoc Bin menjabat Ketua Komite Rakyat provinsi."],
            &["The commission found violations in the allocation of land between 2015 and 2020, when Tran Quoc Binh was chairman of the provincial People's Committee."],
            &[&["name_variant:Bin|Binh"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_41_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // p2-th-casino-bill, line 7, 8
        (
            &["Anggota parlemen oposisi Siriporn Chaiyapum mengatakan pemerintah terburu-buru mengajukan RUU itu tanpa mengkaji dampak sosialnya.", "\"Siapa yang akan menanggung keluarga-keluarga yang hancur karena utang judi?\" tanya Kittipong."],
            &["Opposition lawmaker Siriporn Chaiyaphum said the government was rushing the bill without assessing its social costs.", "\"Who will pay for the families destroyed by gambling debts?\" she asked."],
            &[&["name_variant:Chaiyapum|Chaiyaphum"], &["speaker_mismatch:Kittipong|Siriporn Chaiyaphum"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_42_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // s2x-jp-kochi-school-closure, line 4
        (
            &["Ketiga murid yang tersisa, semuanya duduk di kelas lima dan enam, akan naik bus selama 40 menit ke sebuah sekolah di kota tetangga, Aki, mulai April."],
            &["The three remaining pupils, all in the fifth and sixth grades, will take a 40-minute bus ride to a school in the neighbouring town of Aki from April."],
            &[&[]],
        ),
        // s2x-jp-shiranuka-young-mayor, line 4
        (
            &["Tingkat partisipasi pemilih mencapai 67,4 persen."],
            &["Turnout was 67.4 percent."],
            &[&[]],
        ),
        // s2x-kr-suwon-jeonse-fraud, line 6
        (
            &["Sebagian besar korban berusia 20-an dan 30-an tahun, dan banyak di antara mereka menyerahkan seluruh tabungan hidupnya sebagai uang jaminan."],
            &["Most of the victims were in their 20s and 30s, and many had put their life savings into the deposits."],
            &[&[]],
        ),
        // s4x-italy-hospital-masks, line 7
        (
            &["Giulia Esposito, seorang perawat di sebuah rumah sakit di Napoli, mengatakan para staf telah bekerja dua sif sejak malam Natal."],
            &["Giulia Esposito, a nurse at a Naples hospital, said staff had been working double shifts since Christmas Eve."],
            &[&[]],
        ),
        // s6x-india-chennai-tankers, line 9
        (
            &["\"Kami telah meminta warga mengurangi pemakaian air hingga seperempatnya,\" kata Wali Kota Chennai R. Meenakshi."],
            &["\"We have asked residents to cut consumption by a quarter,\" said Chennai Mayor R. Meenakshi."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_43_the_thirty_first_round_put_right() {
    let cases: &[FactCase] = &[
        // t1x-antwerp-kennedy-tunnel-fire, line 12
        (
            &["Terowongan Kennedy, yang dibuka pada 1967, dijadwalkan sebagian digantikan oleh terowongan Schelde yang baru ketika jalur penghubung Oosterweel dibuka akhir dekade ini."],
            &["The Kennedy tunnel, opened in 1967, is due to be partly replaced by the new Scheldt tunnel when the Oosterweel link opens later this decade."],
            &[&[]],
        ),
        // t2x-southafrica-bank-aml-fine, line 2
        (
            &["Otoritas Kehati-hatian Afrika Selatan menjatuhkan denda 95 juta rand (US$5,1 juta) kepada Ubuntu Commercial Bank karena gagal melaporkan transaksi mencurigakan, kata regulator itu pada Senin."],
            &["South Africa's Prudential Authority fined Ubuntu Commercial Bank 95 million rand ($5.1 million) for failing to report suspicious transactions, the regulator said on Monday."],
            &[&[]],
        ),
        // t2x-southafrica-bank-aml-fine, line 4
        (
            &["Otoritas Kehati-hatian, yang berada di bawah Bank Sentral Afrika Selatan, mengatakan bank itu juga tidak memverifikasi identitas sejumlah nasabah bisnis dengan benar."],
            &["The Prudential Authority, which sits within the South African Reserve Bank, said the bank had also not properly verified the identity of some business clients."],
            &[&[]],
        ),
        // t2x-southafrica-bank-aml-fine, line 11
        (
            &["Otoritas Kehati-hatian mengatakan telah menjatuhkan sanksi kepada empat bank lain dalam 18 bulan terakhir."],
            &["The Prudential Authority said it had imposed penalties on four other banks in the past 18 months."],
            &[&[]],
        ),
        // t3x-oregon-cold-creek-fire, line 11
        (
            &["Penyebab kebakaran itu masih diselidiki."],
            &["The cause of the fire remains under investigation."],
            &[&[]],
        ),
        // t3x-california-rent-control-poll, line 11
        (
            &["Dukungan paling kuat terdapat di County San Francisco, tempat 53 persen responden mendukung usulan itu."],
            &["Support was strongest in Los Angeles County, where 53 percent of respondents backed the measure."],
            &[&["name_mismatch:San Francisco|Los Angeles"]],
        ),
    ];
    assert_fact_cases(cases);
}
