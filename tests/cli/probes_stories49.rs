//! Story probes (session 33): pairs of the story batches of earlier rounds
//! (16 to 47, written and measured in sessions 21 to 32) and of batches 48
//! and 49 (written in session 33, measured with the start build, then read)
//! that the thirty-third round's fixes put right: close translations of
//! whole short news stories (no sentence of NTREX-128, WMT newstest or
//! FLORES; one fact changed in about one pair in three). Each pair stands in
//! a story of its own, with the line before it where a quotation's speaker
//! is the fact.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_of_batch_17_the_thirty_third_round_put_right() {
    let cases: &[FactCase] = &[
        // u3-kenya-university-fees, line 5
        (
            &["\"Kami disuruh membayar krisis yang bukan kami ciptakan,\" kata Brian Otieno, 23 tahun, mahasiswa teknik tingkat empat sekaligus ketua serikat mahasiswa."],
            &["\"We are being told to pay for a crisis we did not create,\" said Brian Otieno, 23, a fourth-year engineering student and leader of the student union."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_21_the_thirty_third_round_put_right() {
    let cases: &[FactCase] = &[
        // y3-kenya-lamu-port-service, line 6
        (
            &["Pelabuhan ini merupakan bagian dari koridor Transportasi Pelabuhan Lamu-Sudan Selatan-Ethiopia, yang dikenal sebagai LAPSSET, yang juga mencakup rencana pembangunan jalan raya, jaringan pipa minyak, dan jalur kereta api."],
            &["The port is part of the Lamu Port-South Sudan-Ethiopia Transport corridor, known as LAPSSET, which also envisages a highway, an oil pipeline and a railway."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_22_the_thirty_third_round_put_right() {
    let cases: &[FactCase] = &[
        // z1-argentina-central-bank-reserves, line 6
        (
            &["\"Akumulasi cadangan devisa adalah fondasi bagi kami untuk mencabut kontrol mata uang,\" kata Gubernur Bank Sentral Ezequiel Montenero dalam pidato di hadapan para bankir."],
            &["\"The accumulation of reserves is the foundation on which we will lift currency controls,\" central bank governor Ezequiel Montenegro said in a speech to bankers."],
            &[&["name_variant:Montenero|Montenegro"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_26_the_thirty_third_round_put_right() {
    let cases: &[FactCase] = &[
        // a4-kenya-mortar-accident, line 3
        (
            &["Kecelakaan terjadi di area latihan Achers Post, yang digunakan oleh pasukan Kenya maupun pasukan asing."],
            &["The accident happened at the Archers Post training area, which is used by both Kenyan and foreign troops."],
            &[&["name_variant:Achers|Archers"]],
        ),
        // a5-budapest-fencing-sabre, line 8
        (
            &["Ketua Federasi Anggar Hongaria Gabor Toth memuji penampilan tersebut di hadapan sekitar 3.000 penonton tuan rumah."],
            &["Hungarian Fencing Federation president Gabor Nemeth praised the performance in front of a home crowd of about 3,000."],
            &[&["name_mismatch:Toth|Nemeth"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_39_the_thirty_third_round_put_right() {
    let cases: &[FactCase] = &[
        // n5-motagua-honduras-derby-title, line 3
        (
            &["Leg pertama berakhir 1-1, sehingga Motagua menang dengan agregat 3-1."],
            &["The first leg had ended 1-1, giving Motagua a 3-1 win on aggregate."],
            &[&[]],
        ),
        // n6-vietnam-national-day-amnesty, line 3
        (
            &["Wakil Menteri Keamanan Publik Tran Quoc Hunh mengatakan dalam konferensi pers di Hanoi bahwa para narapidana tersebut akan dibebaskan mulai 30 Agustus."],
            &["Deputy Public Security Minister Tran Quoc Hung told a news conference in Hanoi that the prisoners would be released from Aug. 30."],
            &[&["name_variant:Tran Quoc Hunh|Tran Quoc Hung"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_40_the_thirty_third_round_put_right() {
    let cases: &[FactCase] = &[
        // o5-vnl-poland-brazil, line 2
        (
            &["Polandia bangkit dari ketertinggalan satu set untuk mengalahkan Brasil 3-1 pada semifinal Liga Bola Voli Bangsa-Bangsa putra di Lodz, Sabtu, dengan skor 21-25, 25-22, 25-20, 25-23."],
            &["Poland came from a set down to beat Brazil 3-1 in the semifinals of the men's Volleyball Nations League in Lodz on Saturday, winning 21-25, 25-22, 25-20, 25-23."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_41_the_thirty_third_round_put_right() {
    let cases: &[FactCase] = &[
        // p3-langkawi-queen-stage, line 7
        (
            &["Direktur timnya, Zulkifli Rahmat, mengatakan tim telah menjajal tanjakan itu tiga kali dalam latihan bulan lalu."],
            &["His team director, Zulkifli Rahman, said the squad had ridden the climb three times in training last month."],
            &[&["name_variant:Rahmat|Rahman"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_42_the_thirty_third_round_put_right() {
    let cases: &[FactCase] = &[
        // s2x-jp-kochi-school-closure, line 7
        (
            &["Murid kelas enam Haruto Yamane, 12 tahun, membacakan surat perpisahan yang berisi ucapan terima kasih kepada para guru karena telah \"membuat sekolah bermurid tiga orang terasa seperti sekolah bermurid 300 orang\"."],
            &["Sixth-grader Haruto Yamane, 12, read a farewell letter thanking the teachers for \"making a school of three feel like a school of 300\"."],
            &[&[]],
        ),
        // s5x-berkane-botola-title, line 12
        (
            &["Berkane akan mewakili Maroko di Liga Champions CAF musim depan bersama tim peringkat kedua."],
            &["Berkane will represent Morocco in next season's CAF Champions League alongside the runners-up."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_48_the_thirty_third_round_put_right() {
    let cases: &[FactCase] = &[
        // q1z-nigeria-council-funds, line 3
        (
            &["Dalam putusan enam banding satu, mahkamah menyatakan bahwa gubernur tidak boleh membubarkan dewan-dewan yang dipilih rakyat dan menggantinya dengan komite sementara karena hal itu inkonstitusional."],
            &["In a six-to-one decision, the court said it was unconstitutional for governors to dissolve elected councils and replace them with caretaker committees."],
            &[&[]],
        ),
        // q2z-echr-greece-evros-family, line 3
        (
            &["Pengadilan menyatakan bahwa petugas perbatasan Yunani telah mengusir kedua orang tua dan empat anak mereka tanpa memeriksa permohonan suaka mereka."],
            &["The court found that Greek border officers had expelled the parents and their four children without examining their asylum requests."],
            &[&[]],
        ),
        // q3z-colombia-liberal-defection, line 3
        (
            &["Langkah para senator Andrés Quintero, Luz Marina Ospina, dan Julián Barragán itu mengurangi jumlah anggota fraksi Liberal di Senat yang beranggotakan 108 orang dari 14 menjadi 11 senator."],
            &["The move by senators Andrés Quintero, Luz Marina Ospina and Julián Barragán reduces the Liberal group in the 108-seat Senate from 14 to 11 members."],
            &[&[]],
        ),
        // q3z-netherlands-coalition-talks, line 11
        (
            &["Pilihan yang ada antara lain pemerintahan minoritas atau koalisi yang lebih luas dengan melibatkan aliansi Partai Buruh-Hijau, yang meraih 25 kursi."],
            &["Options include a minority government or a broader coalition that would bring in the Labour-Green alliance, which won 25 seats."],
            &[&[]],
        ),
        // q3z-poland-coalition-poll, line 5
        (
            &["Jika dikonversi menjadi kursi, partai-partai berkuasa akan meraih sekitar 202 dari 460 kursi di Sejm, kurang dari 231 kursi yang dibutuhkan untuk mayoritas."],
            &["Translated into seats, the ruling parties would win about 220 of the 460 seats in the Sejm, short of the 231 needed for a majority."],
            &[&["number_mismatch:202|220"]],
        ),
        // q3z-sweden-centre-leadership, line 6
        (
            &["Peringkat kedua, mantan Menteri Urusan Pedesaan Henrik Sandberg, meraih 208 suara."],
            &["The runner-up, former rural affairs minister Henrik Sandberg, won 208 votes."],
            &[&[]],
        ),
        // q5z-giro-declercq-abandons, line 10
        (
            &["Sejumlah pebalap mengeluhkan bahwa lomba seharusnya dinetralkan di turunan tersebut karena hujan lebat."],
            &["Several riders complained that the race should have been neutralized on the descent because of the heavy rain."],
            &[&[]],
        ),
        // q5z-flanders-koster-solo, line 10
        (
            &["Lomba sepanjang 270 kilometer itu dimulai di Brugge dalam kondisi dingin dan berangin, dengan suhu 7 derajat Celsius."],
            &["The 270-kilometer race started in Bruges under cold and windy conditions, with temperatures of 7 degrees Celsius."],
            &[&[]],
        ),
        // q6z-mumbai-construction-dust, line 2
        (
            &["Korporasi Munisipal Brihanmumbai (BMC) pada Jumat mengeluarkan perintah penghentian pekerjaan kepada lebih dari 300 lokasi konstruksi yang tidak mematuhi aturan pengendalian debu, seiring kualitas udara kota itu merosot ke kategori \"buruk\"."],
            &["The Brihanmumbai Municipal Corporation on Friday issued stop-work notices to more than 300 construction sites that failed to follow dust control rules, as the city's air quality slipped into the \"poor\" category."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_49_the_thirty_third_round_put_right() {
    let cases: &[FactCase] = &[
        // r1z-michoacan-lime-growers, line 4
        (
            &["\"Kami bekerja sepanjang tahun agar orang lain, dengan senjata, yang mengambil keuntungannya,\" kata ketua asosiasi Hilario Vargas Cejas."],
            &["\"We work all year so that others, with guns, can take the profit,\" association president Hilario Vargas Ceja said."],
            &[&["name_variant:Hilario Vargas Cejas|Hilario Vargas Ceja"]],
        ),
        // r6z-netherlands-research-screening, line 8
        (
            &["Rektornya, Annelies Verbeek, mengatakan pemeriksaan seharusnya tidak memakan waktu lebih dari delapan minggu."],
            &["Its rector, Annelies Verbeek, said checks should take no more than eight weeks."],
            &[&[]],
        ),
        // r6z-vietnam-chip-research-grants, line 6
        (
            &["\"Kita tidak bisa membangun pabrik jika kita tidak lebih dahulu membangun insinyur,\" kata Son dalam sebuah upacara di Hanoi."],
            &["\"We cannot build factories if we do not first build engineers,\" Son said at a ceremony in Hanoi."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
