//! Story probes (session 34): pairs of the story batches of earlier rounds
//! (16 to 49, written and measured in sessions 21 to 33) and of batches 50
//! and 51 (written in session 34, measured with the start build, then read)
//! that the thirty-fourth round's fixes put right: close translations of
//! whole short news stories (no sentence of NTREX-128, WMT newstest or
//! FLORES; one fact changed in about one pair in three). Each pair stands in
//! a story of its own, with the line before it where a quotation's speaker
//! is the fact.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_of_batch_16_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // t5-singapore-strait-oil-spill, line 8
        (
            &["Menteri Negara Urusan Transportasi Daniel Koh mengatakan pembersihan dapat memakan waktu sekitar dua pekan."],
            &["Minister of State for Transport Daniel Koh said the clean-up could take about two weeks."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_17_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // u1-srilanka-fuel-protest, line 1
        (
            &["Polisi Sri Lanka Tembakkan Gas Air Mata ke Pengunjuk Rasa Harga BBM di Kolombo"],
            &["Sri Lankan Police Fire Tear Gas at Fuel Price Protesters in Colombo"],
            &[&[]],
        ),
        // u2-us-jobs-report, line 11
        (
            &["Kontrak berjangka saham naik setelah data tersebut dirilis, sementara imbal hasil obligasi pemerintah AS bertenor 10 tahun turun menjadi 4,12 persen."],
            &["Stock futures rose after the data, while the yield on the 10-year Treasury note fell to 4.12 percent."],
            &[&[]],
        ),
        // u3-ghana-free-schooling, line 7
        (
            &["Sistem dua jalur, yang membuat siswa bersekolah secara bergiliran, akan dihapus secara bertahap pada 2026, kata menteri tersebut."],
            &["The double-track system, in which students attend school in alternating shifts, is to be phased out by 2026, the minister said."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_21_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // y5-indonesia-u23-vietnam, line 1
        (
            &["Timnas U-23 Indonesia Tundukkan Vietnam 2-0 dalam Laga Uji Coba di Surabaya"],
            &["Indonesia Under-23s Beat Vietnam 2-0 in Surabaya Friendly"],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_22_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // z4-malaysia-glove-fees, line 4
        (
            &["Langkah ini diambil empat bulan setelah Badan Bea Cukai dan Perlindungan Perbatasan Amerika Serikat melarang impor produknya, dengan alasan adanya indikator kerja paksa, termasuk jeratan utang dan lembur berlebihan."],
            &["The move comes four months after U.S. Customs and Border Protection banned imports of its products, citing indicators of forced labour including debt bondage and excessive overtime."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_23_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // q2-fed-holds-rates, line 11
        (
            &["Imbal hasil obligasi pemerintah AS bertenor dua tahun turun 5 basis poin menjadi 4,02 persen."],
            &["Yields on two-year Treasury notes fell 5 basis points to 4.02 percent."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_24_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // r5-pga-championship-moore, line 7
        (
            &["Van Wyk, 38 tahun, sempat berbagi posisi teratas setelah 54 lubang, tetapi kesulitan dengan pukulan driver-nya di sembilan lubang kedua."],
            &["Van Wyk, 38, had shared the lead after 54 holes but struggled with his driver on the back nine."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_36_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // k3-borno-konduga-market-bombing, line 9
        (
            &["Konduga telah berulang kali diserang, termasuk tiga bom bunuh diri pada Juni 2019 yang menewaskan 30 orang di tempat para penggemar sepak bola sedang menonton pertandingan."],
            &["Konduga has been attacked repeatedly, including a triple suicide bombing in June 2019 that killed 30 people at a spot where football fans were watching a match."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_38_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // m2-ruang-sitaro-evacuation, line 2
        (
            &["Kapal-kapal TNI Angkatan Laut dan kepolisian pada Rabu mulai mengevakuasi 2.100 warga dari Pulau Ruang dan Pulau Tagulandang di dekatnya setelah Gunung Ruang meletus untuk kedua kalinya dalam sepekan."],
            &["Indonesian navy and police ships on Wednesday began evacuating 2,100 residents from Ruang and neighbouring Tagulandang island after Mount Ruang erupted for the second time in a week."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_39_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // n5-colombia-womens-final-crowd, line 12
        (
            &["Tiket untuk laga kedua terjual habis dalam waktu kurang dari tiga jam, kata América de Cali."],
            &["Tickets for the return match sold out in less than three hours, América de Cali said."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_43_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // t1x-helsinki-snowstorm, line 4
        (
            &["Operator bandara Finavia mengatakan mesin pembajak salju bekerja tanpa henti, tetapi hanya satu dari tiga landasan pacu bandara yang dapat tetap dibuka."],
            &["Airport operator Finavia said snowploughs were working non-stop but that only one of the airport's three runways could be kept open."],
            &[&[]],
        ),
        // t2x-ivorycoast-dual-eurobond, line 1
        (
            &["Pantai Gading Himpun US$2,6 Miliar lewat Eurobond Dua Seri"],
            &["Ivory Coast Raises $2.6 Billion in Dual-Tranche Eurobond"],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_46_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // w1y-lk-fertiliser-minister-jailed, line 1
        (
            &["Pengadilan Sri Lanka Penjarakan Mantan Menteri 12 Tahun atas Kasus Impor Pupuk"],
            &["Sri Lankan Court Jails Former Minister for 12 Years Over Fertiliser Deal"],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_50_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // a2w-oscar-park-winter-harbor, line 2
        (
            &["Sineas Korea Selatan Park Ji-hoon memenangi Piala Oscar untuk kategori sutradara terbaik pada Minggu lewat \"Winter Harbor\", drama berirama lambat tentang sebuah keluarga nelayan di Pulau Jeju."],
            &["South Korean filmmaker Park Ji-hoon won the Academy Award for best director on Sunday for \"Winter Harbor,\" a slow-burning drama about a fishing family on the island of Jeju."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_51_the_thirty_fourth_round_put_right() {
    let cases: &[FactCase] = &[
        // b1w-korea-biosimilar-europe, line 11
        (
            &["Kementerian Keamanan Pangan dan Obat Korea Selatan telah menyetujui produk yang sama untuk penggunaan dalam negeri pada Januari."],
            &["South Korea's Ministry of Food and Drug Safety approved the same product for domestic use in January."],
            &[&[]],
        ),
        // b1w-swiss-gene-therapy-price, line 2
        (
            &["Swissmedic, regulator obat Swiss, pada Senin menyetujui terapi gen sekali pemberian untuk penyakit pengecilan otot langka yang diturunkan secara genetik pada anak laki-laki."],
            &["Swissmedic, Switzerland's drug regulator, on Monday approved a one-time gene therapy for a rare inherited muscle-wasting disease in boys."],
            &[&[]],
        ),
        // b2w-iaea-yongbyon-enrichment, line 6
        (
            &["Kementerian Pertahanan Korea Selatan mengatakan pihaknya memantau lokasi itu secara cermat bersama Amerika Serikat."],
            &["South Korea's Unification Ministry said it was closely monitoring the site together with the United States."],
            &[&["name_mismatch:Kementerian Pertahanan|Unification Ministry"]],
        ),
        // b2w-belgium-doel-tihange-extension, line 5
        (
            &["CEO Engie Camille Rousseau mengatakan perusahaannya akan menginvestasikan sekitar 2 miliar euro untuk peningkatan sebelum kedua reaktor itu kembali beroperasi pada November."],
            &["Engie chief executive Camille Rousseau said the company would invest about 2 billion euros in upgrades before the reactors restart in November."],
            &[&[]],
        ),
        // b4w-serbia-red-star-partizan-derby, line 2
        (
            &["Red Star Belgrade mengalahkan rival sekota Partizan 2-1 pada Sabtu untuk unggul sembilan poin di puncak klasemen Liga Super Serbia."],
            &["Red Star Belgrade beat city rivals Partizan 2-1 on Saturday to move nine points clear at the top of the Serbian SuperLiga."],
            &[&[]],
        ),
        // b4w-romania-fcsb-racism-fine, line 2
        (
            &["Federasi Sepak Bola Rumania pada Kamis menjatuhkan denda 150.000 lei (32.500 dolar AS) kepada FCSB dan memerintahkan klub itu memainkan satu laga kandang tanpa penonton akibat nyanyian rasis para pendukungnya."],
            &["The Romanian Football Federation fined FCSB 150,000 lei ($32,500) on Thursday and ordered the club to play one home match behind closed doors over racist chanting by its supporters."],
            &[&[]],
        ),
        // b4w-romania-fcsb-racism-fine, line 11
        (
            &["Dalam format liga Rumania, poin setiap tim dibagi dua sebelum babak play-off kejuaraan dimulai."],
            &["Under Romania's league format, points are halved before the championship play-off begins."],
            &[&[]],
        ),
        // b4w-handball-kielce-plock-final, line 2
        (
            &["Industria Kielce mengalahkan Orlen Wisła Płock 31-28 pada Sabtu dan unggul 1-0 dalam final liga bola tangan Polandia yang memakai format tiga laga."],
            &["Industria Kielce beat Orlen Wisła Płock 31-28 on Saturday to take a 1-0 lead in the best-of-three Polish handball league final."],
            &[&[]],
        ),
        // b5w-ghana-nkawkaw-tanker-fire, line 12
        (
            &["Pemerintah berjanji menyelesaikan pembangunan jalan dua jalur di rute tersebut pada 2027."],
            &["The government has promised to complete a dual carriageway on the route by 2027."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
