//! Story probes (session 36): pairs of batches 52 and 53 (written in
//! session 35) and of batches 54 to 56 (written in session 36, each
//! measured before it was read) that the thirty-sixth round's fixes put
//! right (two of batch 55, io11 and oz10, only against the round's own
//! first fixes, which had lost them):
//! close translations of whole short news stories (no sentence of
//! NTREX-128, WMT newstest or FLORES; one fact changed in about one pair in
//! three). Each pair stands in a story of its own, with the line before it
//! where a quotation's speaker is the fact.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_of_batch_52_the_thirty_sixth_round_put_right() {
    let cases: &[FactCase] = &[
        // an01, line 9 (speaker_mismatch)
        (
            &["Minera Andina del Sur menyatakan setiap hari penghentian operasi membuat perusahaan merugi sekitar US$4,5 juta.", "\"Kami terbuka untuk berdialog, tetapi jalan harus dibuka terlebih dahulu,\" kata Menteri Energi dan Pertambangan Jorge Salcedo Vargas."],
            &["Minera Andina del Sur said each day of halted operations costs the company about $4.5 million.", "\"We are open to dialogue, but the road must be cleared first,\" the company's general manager, Felipe Arancibia, said."],
            &[&[], &["name_mismatch:Jorge Salcedo Vargas|Felipe Arancibia", "speaker_mismatch:Jorge Salcedo Vargas|Felipe Arancibia"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_53_the_thirty_sixth_round_put_right() {
    let cases: &[FactCase] = &[
        // ea02, line 7 (name_variant)
        (
            &["Menteri Ekonomi Lin Mei-lin mengatakan pemerintah akan membantu menjamin pasokan air dan listrik untuk lokasi tersebut."],
            &["Economics Minister Lin Mei-ling said the government would help secure water and power for the site."],
            &[&["name_variant:Lin Mei-lin|Lin Mei-ling"]],
        ),
        // ea06, line 11 (name_variant)
        (
            &["\"Kami telah menyiapkan cadangan listrik dan air untuk setidaknya 72 jam,\" kata Amy Xu, juru bicara pengelola taman sains tersebut."],
            &["\"We have prepared backup power and water for at least 72 hours,\" said Amy Hsu, a spokeswoman for the park administration."],
            &[&["name_variant:Xu|Hsu"]],
        ),
        // ea12, line 7 (name_variant)
        (
            &["Manajer Brothers Chou Shih-jie mengatakan gelar itu milik para penggemar yang telah setia menanti sepanjang musim yang sulit."],
            &["Brothers manager Chou Shih-chieh said the title belonged to the fans who had waited through a difficult season."],
            &[&["name_variant:Chou Shih-jie|Chou Shih-chieh"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_54_the_thirty_sixth_round_put_right() {
    let cases: &[FactCase] = &[
        // bz11, line 11 (-)
        (
            &["Saham produsen cip Veritron turun 4,8 persen sehari setelah mengumumkan pemecahan saham 10 banding 1."],
            &["Shares of chipmaker Veritron fell 4.8% a day after it announced a 10-for-1 stock split."],
            &[&[]],
        ),
        // cu05, line 3 (number_mismatch)
        (
            &["Vila tersebut, yang diperkirakan berasal dari sekitar tahun 205 Masehi, memiliki sedikitnya 14 ruangan dan dua lantai mosaik."],
            &["The villa, believed to date from around AD 250, has at least 14 rooms and two mosaic floors."],
            &[&["number_mismatch:205|250"]],
        ),
        // ee06, line 7 (-)
        (
            &["\"Putusan ini didasarkan pada kesaksian satu orang yang berusaha menyelamatkan dirinya sendiri,\" kata Horvat kepada wartawan di luar gedung pengadilan."],
            &["\"This verdict is based on the testimony of one man who was trying to save himself,\" Horvat told reporters outside the courthouse."],
            &[&[]],
        ),
        // ms10, line 2 (-)
        (
            &["Pebalap Thailand Somchai Wongsakul menjuarai balapan Moto2 Grand Prix Indonesia di Sirkuit Mandalika pada Minggu (5/10), sekaligus menjadi pebalap Thailand pertama yang menang di kelas tersebut."],
            &["Thai rider Somchai Wongsakul won the Moto2 race at the Indonesian Grand Prix at the Mandalika circuit on Sunday, becoming the first Thai winner in the class."],
            &[&[]],
        ),
        // ms11, line 6 (name_mismatch)
        (
            &["Pelatih Mori, Hiroshi Tanaka, mengatakan timnya akan mengajukan protes resmi kepada WBC."],
            &["Mori's trainer, Hiroshi Tanaka, said the team would file a formal protest with the IBF."],
            &[&["name_mismatch:WBC|IBF"]],
        ),
        // nm06, line 9 (name_variant)
        (
            &["Menteri Tenaga Kerja Quebec Nathalie Gendreau mengatakan ia tidak menutup kemungkinan adanya undang-undang khusus."],
            &["Quebec Labour Minister Nathalie Gendron said she would not rule out special legislation."],
            &[&["name_variant:Gendreau|Gendron"]],
        ),
        // nm07, line 4 (-)
        (
            &["Anggaran itu mencakup kenaikan pungutan pajak properti kota sebesar US$68 juta, lebih kecil dari US$150 juta yang semula diusulkan."],
            &["The budget includes a $68 million increase in the city's property tax levy, smaller than the $150 million first proposed."],
            &[&[]],
        ),
        // sx12, line 7 (name_variant)
        (
            &["\"Tindakan terdakwa menyebabkan kerusakan yang sangat serius terhadap kepercayaan publik pada pasar modal,\" kata hakim ketua Vu Thanh Bin."],
            &["\"The defendant's actions caused especially serious damage to public trust in the capital markets,\" presiding judge Vu Thanh Binh said."],
            &[&["name_variant:Bin|Binh"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn more_pairs_of_batch_53_the_thirty_sixth_round_put_right() {
    let cases: &[FactCase] = &[
        // ts08, line 2 (-)
        (
            &["Wigan Warriors mengalahkan St Helens 36-6 di hadapan 24.512 penggemar di DW Stadium pada Jumat Agung."],
            &["Wigan Warriors beat St Helens 36-6 in front of 24,512 fans at the DW Stadium on Good Friday."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_55_the_thirty_sixth_round_put_right() {
    let cases: &[FactCase] = &[
        // io11, line 3 (name_mismatch)
        (
            &["Kesepakatan itu ditandatangani di Addis Ababa oleh Menteri Perhubungan Ethiopia Alemnesh Bekele dan Menteri Perhubungan Kenya Francis Mwangi Kariuki."],
            &["The deal was signed in Nairobi by Ethiopian Transport Minister Alemnesh Bekele and Kenya's Transport Cabinet Secretary Francis Mwangi Kariuki."],
            &[&["name_mismatch:Addis Ababa|Nairobi"]],
        ),
        // oz03, line 2 (-)
        (
            &["Pilbara Ridge Minerals melaporkan penurunan laba bersih semester sebesar 18 persen menjadi A$1,27 miliar pada Rabu, akibat melemahnya harga bijih besi dan naiknya biaya."],
            &["Pilbara Ridge Minerals reported an 18 percent fall in half-year net profit to A$1.27 billion on Wednesday, hit by weaker iron ore prices and higher costs."],
            &[&[]],
        ),
        // oz09, line 3 (-)
        (
            &["Kandidat Partai Buruh Sophie Marchetti meraih 53,4 persen suara preferensi dua partai, menurut Komisi Pemilihan Umum Australia Selatan."],
            &["Labor candidate Sophie Marchetti won 53.4 percent of the two-party-preferred vote, according to the Electoral Commission of South Australia."],
            &[&[]],
        ),
        // oz10, line 10 (name_mismatch)
        (
            &["Menteri Pertambangan Papua Nugini Henry Aipe mengatakan pemerintah akan mengirim inspektur dari Lae pada Rabu."],
            &["PNG Mining Minister Henry Aipe said the government would send inspectors from Port Moresby on Wednesday."],
            &[&["name_mismatch:Lae|Port Moresby"]],
        ),
        // we11, line 4 (-)
        (
            &["Pemimpin partai liberal berbahasa Prancis, Sophie Dumont, mengatakan partainya tidak akan menerima pajak atas keuntungan modal."],
            &["Francophone liberal leader Sophie Dumont said her party would not accept a capital gains tax."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_56_the_thirty_sixth_round_put_right() {
    let cases: &[FactCase] = &[
        // dx03, line 3 (-)
        (
            &["Kepala Pejabat Distrik Hari Prasad Sharma mengatakan 14 jenazah telah dievakuasi dari lumpur hingga pukul 10.00 waktu setempat."],
            &["Chief District Officer Hari Prasad Sharma said 14 bodies had been pulled from the mud by 10 a.m. local time."],
            &[&[]],
        ),
        // dx04, line 4 (-)
        (
            &["Dinas itu awalnya menyebut jumlah korban tewas sembilan orang pada Sabtu pagi sebelum merevisinya menjadi 16 setelah petugas pemadam menyisir lantai-lantai atas."],
            &["The service first put the toll at nine on Saturday morning before revising it to 16 after firefighters searched the upper floors."],
            &[&[]],
        ),
        // ed05, line 6 (-)
        (
            &["Dufresne mengatakan ia mengetahui penghargaan itu saat sedang mengajar kelas berisi 60 mahasiswa tahun pertama."],
            &["Dufresne said she learned of the award while teaching a class of 60 first-year students."],
            &[&[]],
        ),
        // ed08, line 11 (name_variant)
        (
            &["\"Siswa yang tidak bersalah tidak boleh menanggung dosa orang dewasa,\" kata Grace Ezeh, yang memimpin sebuah asosiasi orang tua di Enugu."],
            &["\"Innocent students must not pay for the sins of adults,\" said Grace Eze, who leads a parents' association in Enugu."],
            &[&["name_variant:Ezeh|Eze"]],
        ),
        // ja06, line 5 (name_variant)
        (
            &["\"Pengadilan di bawahnya tidak melakukan kesalahan dalam penerapan hukum,\" kata Hakim Agung Oh Sung-hwan saat membacakan putusan."],
            &["\"The lower court made no error in its application of the law,\" Justice Oh Seung-hwan said in reading the ruling."],
            &[&["name_variant:Sung|Seung"]],
        ),
        // ja10, line 2 (-)
        (
            &["LG Twins mengalahkan Doosan Bears 7-2 di Stadion Bisbol Jamsil, Seoul, pada Jumat (25/10) untuk memenangi seri playoff dengan skor 3-1."],
            &["The LG Twins beat the Doosan Bears 7-2 at Jamsil Baseball Stadium in Seoul on Friday to win the playoff series three games to one."],
            &[&[]],
        ),
        // tm12, line 2 (-)
        (
            &["Wigan Warriors mengalahkan St Helens 22-10 di hadapan 24.107 penggemar di kandang sendiri pada Jumat Agung (29/3)."],
            &["Wigan Warriors beat St Helens 22-10 in front of 24,107 fans at home on Good Friday, March 29."],
            &[&[]],
        ),
        // uk02, line 2 (-)
        (
            &["Masinis di empat operator di Inggris akan mogok kerja pada 12, 14, dan 16 Maret dalam perselisihan gaji yang berlarut-larut, kata serikat mereka pada Senin."],
            &["Train drivers at four operators in England will walk out on March 12, 14 and 16 in a long-running dispute over pay, their union said on Monday."],
            &[&[]],
        ),
        // uk06, line 7 (-)
        (
            &["Manajer Everton Niall Brennan mengatakan timnya \"kalah kelas selama 90 menit\"."],
            &["Everton manager Niall Brennan said his side had been \"second best for 90 minutes\"."],
            &[&[]],
        ),
        // uk06, line 11 (-)
        (
            &["Jumlah penonton tercatat 42.118 orang."],
            &["The attendance was 42,118."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
