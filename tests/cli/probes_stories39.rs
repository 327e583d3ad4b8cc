//! Story probes (session 30): pairs of the story batches of earlier rounds
//! (16 to 39, written and measured in sessions 21 to 29) and of batches 40
//! and 41 (written in session 30 and measured with the start build and the
//! build of the moment before they were read) that the thirtieth round's
//! fixes put right: close translations of whole short news stories (no
//! sentence of NTREX-128, WMT newstest or FLORES; one fact changed in about
//! one pair in three). Each pair stands in a story of its own, with the line
//! before it where a quotation's speaker is the fact. Batches 42 and 43
//! were measured and not read: none of their pairs is here.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_of_batch_16_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // t4-bangladesh-factory-fire-verdict, line 9, 10
        (
            &["Shaheda Begum, yang putrinya berusia 19 tahun tewas dalam kebakaran itu, menangis di luar ruang sidang.", "\"Sepuluh tahun tidak cukup untuk 38 nyawa, tetapi setidaknya ada yang dihukum,\" kata Nazma Sultana."],
            &["Shahida Begum, whose 19-year-old daughter died in the fire, wept outside the courtroom.", "\"Ten years is not enough for 38 lives, but at least someone has been punished,\" she said."],
            &[&["name_variant:Shaheda|Shahida"], &["speaker_mismatch:Nazma Sultana|Shahida Begum"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_17_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // u3-france-mexico-artifacts, line 10
        (
            &["Pemerintah Meksiko berulang kali memprotes lelang seni pra-Hispanik di Eropa dan Kanada, dengan menyebutnya \"tidak bermoral.\""],
            &["The government has repeatedly protested against auctions of pre-Hispanic art in Europe and the United States, calling them \"immoral.\""],
            &[&["name_mismatch:Kanada|United States"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_18_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // v3-bangladesh-cyclone-nadira, line 9
        (
            &["\"Air datang dalam gelap, dan kami hanya bisa berpegangan pada atap sekolah,\" kata Shahana Begum (28), ibu dua anak asal Dakope."],
            &["\"The water came in the dark, and we could only hold on to the roof of the school,\" said Shahana Begum, 28, a mother of two from Dacope."],
            &[&["name_variant:Dakope|Dacope"]],
        ),
        // v5-pe-highway-landslide, line 3
        (
            &["Bus milik perusahaan Transportes Huaytapallana itu sedang dalam perjalanan dari Lima ke Huankayo dengan 38 penumpang ketika batu dan lumpur jatuh ke jalan di dekat kota La Oroya."],
            &["The bus, operated by the company Transportes Huaytapallana, was travelling from Lima to Huancayo with 38 passengers when rocks and mud fell onto the road near the town of La Oroya."],
            &[&["name_variant:Huankayo|Huancayo"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_23_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // q3-jordan-syria-refugee-returns, line 5
        (
            &["Sebagian besar dari mereka tinggal di kota-kota, sementara sekitar 130.000 orang tinggal di kamp Zaatari dan Azrak."],
            &["Most live in cities and towns, while around 130,000 live in the Zaatari and Azraq camps."],
            &[&["name_variant:Azrak|Azraq"]],
        ),
        // q3-beirut-depositors-bank-protest, line 3
        (
            &["Para demonstran, yang diorganisasi oleh kelompok yang menamakan diri Persatuan Penabung, menyasar kantor cabang di distrik Hamra, Badaro, dan Verdun."],
            &["The protesters, organised by a group calling itself the Savers' Union, targeted branches in the Hamra, Badaro and Achrafieh districts."],
            &[&["name_mismatch:Verdun|Achrafieh"]],
        ),
        // q4-west-java-quick-count, line 7, 8
        (
            &["Asep belum mengakui kekalahan dan mengatakan penghitungan internal tim kampanyenya menunjukkan persaingan yang jauh lebih ketat.", "\"Angka dari saksi-saksi kami berbeda, dan kami meminta semua pihak tetap tenang,\" kata Ridwan."],
            &["Asep did not concede, saying his campaign's own tally showed a much closer race.", "\"The numbers from our witnesses are different, and we ask everyone to stay calm,\" he said."],
            &[&[], &["speaker_mismatch:Ridwan|Asep"]],
        ),
        // q4-nusantara-airport-flights, line 3
        (
            &["Pesawat Boeing 737 milik Citilink dari Jakarta yang membawa 156 penumpang mendarat di bandara Nusantara di Penajam Paser Utara pukul 09.40 waktu setempat."],
            &["A Garuda Indonesia Boeing 737 from Jakarta carrying 156 passengers landed at the Nusantara airport in Penajam Paser Utara at 9:40 a.m. local time."],
            &[&["name_mismatch:Citilink|Garuda Indonesia Boeing"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_24_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // r2-mexico-judicial-election, line 8, 9
        (
            &["Menteri Dalam Negeri Patricia Domínguez Larra menyebut pemilihan itu sebagai langkah bersejarah.", "\"Untuk pertama kalinya, rakyat, bukan para politisi, yang akan menentukan siapa yang menegakkan keadilan,\" kata Olvera."],
            &["Interior Minister Patricia Domínguez Lara called the election a historic step.", "\"For the first time, the people and not the politicians will decide who administers justice,\" she said."],
            &[&["name_variant:Larra|Lara"], &["speaker_mismatch:Olvera|Patricia Domínguez Lara"]],
        ),
        // r4-vn-assembly-health-minister, line 9, 10
        (
            &["Chau berjanji memperketat aturan pengadaan dan mempercepat penerapan rekam medis elektronik.", "\"Sektor kesehatan harus merebut kembali kepercayaan pasien,\" kata Tuan kepada para anggota parlemen setelah dilantik."],
            &["Chau pledged to tighten procurement rules and speed up the rollout of electronic health records.", "\"The health sector must win back the trust of patients,\" she told lawmakers after being sworn in."],
            &[&[], &["speaker_mismatch:Tuan|Chau"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_29_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // d1-philippines-budget-deficit, line 7
        (
            &["Menteri Anggaran Ramon Dizon mengatakan Departemen Perhubungan telah membelanjakan 42 persen dari alokasi tahunannya hingga akhir Mei."],
            &["Budget Secretary Ramon Dizon said the Department of Public Works and Highways had spent 42 percent of its annual allocation by the end of May."],
            &[&["name_mismatch:Departemen Perhubungan|Department of Public Works"]],
        ),
        // d1-vietnam-evn-tariff, line 10
        (
            &["Tran Quoc Hung, wakil ketua Asosiasi Usaha Kecil dan Menengah Hai Phong, mengatakan banyak anggotanya beroperasi dengan margin hanya 3 hingga 5 persen."],
            &["Tran Quoc Hung, vice chairman of the Hanoi Association of Small and Medium Enterprises, said many members operated on margins of just 3 to 5 percent."],
            &[&["name_mismatch:Menengah Hai Phong|Medium Enterprises"]],
        ),
        // d6-australia-hc-defamation-appeal, line 3
        (
            &["Ashwort, 66 tahun, menggugat Channel South atas film dokumenter tahun 2018 yang menuding dirinya menggunakan tunjangan parlemen untuk membiayai perjalanan pribadi."],
            &["Ashworth, 66, had sued Channel South over a 2018 documentary that alleged he used parliamentary allowances to pay for private travel."],
            &[&["name_variant:Ashwort|Ashworth"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_30_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // e1-poland-electric-bus-order, line 10
        (
            &["Nowika mengatakan perusahaan itu juga mengikuti tender di Spanyol dan Rumania untuk total 300 bus."],
            &["Nowicka said the firm was also bidding in tenders in Spain and Romania for a combined 300 buses."],
            &[&["name_variant:Nowika|Nowicka"]],
        ),
        // e3-peru-quake-arequipa, line 4
        (
            &["Institut Geofisika Peru mengatakan gempa terjadi pukul 04.52 dengan pusat gempa 28 kilometer barat daya Yauka, di wilayah Arequipa, pada kedalaman 19 kilometer."],
            &["The Geophysical Institute of Peru said the quake hit at 4:52 a.m. with its epicenter 28 kilometers southwest of Yauca, in the Arequipa region, at a depth of 19 kilometers."],
            &[&["name_variant:Yauka|Yauca"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_34_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // i3-sea-games-boxing-dalisay-flyweight, line 8
        (
            &["Saengtong, 20 tahun, baru pertama kali tampil di turnamen internasional besar."],
            &["Saengthong, 20, was competing in his first major international tournament."],
            &[&["name_variant:Saengtong|Saengthong"]],
        ),
        // i5-kerinci-tiger-survey, line 8, 9
        (
            &["Rebecca Holloway, penasihat kelompok konservasi Fauna Asia yang telah bekerja untuk perlindungan harimau di kawasan itu selama lebih dari dua dekade, memperingatkan bahwa tekanan perburuan belum hilang.", "\"Selembar kulit masih bisa laku lebih dari 50 juta rupiah di pasar gelap, jadi insentifnya tetap ada,\" ujar Nurhadi Prasetyo."],
            &["Rebecca Holloway, an adviser with the conservation group Fauna Asia who has worked on tiger protection in the area for more than two decades, warned that poaching pressure had not disappeared.", "\"A single skin can still fetch more than 50 million rupiah on the black market, so the incentive is there,\" she said."],
            &[&[], &["speaker_mismatch:Nurhadi Prasetyo|Rebecca Holloway"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_37_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // l3-guatemala-community-radio-raided, line 2
        (
            &["Polisi dan jaksa di Guatemala pada Rabu menggerebek sebuah stasiun radio komunitas adat di Departemen Chimaltenango di bagian barat negara itu dan menyita pemancarnya, dengan tuduhan menggunakan frekuensi secara ilegal."],
            &["Police and prosecutors in Guatemala raided an Indigenous community radio station in the western department of Sololá on Wednesday and seized its transmitter, accusing it of using the airwaves illegally."],
            &[&["name_mismatch:Departemen Chimaltenango|Sololá"]],
        ),
        // l6-pakistan-bus-fire-m9, line 9, 10
        (
            &["Menteri Transportasi Sindh, Shazia Memon, memerintahkan penindakan segera terhadap kendaraan yang dipasangi tabung gas.", "\"Siapa pun yang menempatkan penumpang di atas bom akan menghadapi hukuman seberat-beratnya,\" kata Dhareja."],
            &["Sindh's transport minister, Shazia Memon, ordered an immediate crackdown on vehicles fitted with gas cylinders.", "\"Anyone putting passengers on top of a bomb will face the full force of the law,\" she said."],
            &[&[], &["speaker_mismatch:Dhareja|Shazia Memon"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_40_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // o3-singapore-money-mule-jailed, line 3
        (
            &["Ng Wei Jie, mantan pengendara layanan pesan-antar, mengaku bersalah atas tiga dakwaan berdasarkan Undang-Undang Korupsi, Perdagangan Narkoba, dan Kejahatan Serius Lainnya, dengan 11 dakwaan lain turut dipertimbangkan."],
            &["Ng Wei Jie, a former delivery rider, pleaded guilty to three charges under the Corruption, Drug Trafficking and Other Serious Crimes Act, with 11 other charges taken into consideration."],
            &[&[]],
        ),
        // o4-norway-storm-halvard, line 3
        (
            &["Institut Meteorologi Norwegia telah mengeluarkan peringatan merah, yang jarang terjadi, untuk provinsi pesisir Vestland dan Rogaland pada Rabu malam."],
            &["The Norwegian Meteorological Institute had issued a rare red warning for the coastal counties of Vestland and Møre og Romsdal on Wednesday evening."],
            &[&["name_mismatch:Rogaland|Møre"]],
        ),
        // o4-norway-storm-halvard, line 6
        (
            &["\"Kami belum pernah melihat angin seperti ini di sini selama lebih dari 30 tahun,\" kata Wali Kota Kinn, Solveig Haugland."],
            &["\"We have not seen wind like this here in more than 30 years,\" said Solveig Haugland, the mayor of Kinn municipality."],
            &[&[]],
        ),
        // o6-malawi-health-budget-cut, line 9
        (
            &["\"Memangkas anggaran kesehatan sekarang sama seperti membongkar atap di musim hujan,\" kata Grace Mhango, ketua Organisasi Nasional Perawat dan Bidan."],
            &["\"Cutting health now is like removing the roof during the rainy season,\" said Grace Mhango, president of the National Organisation of Nurses and Midwives."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_41_the_thirtieth_round_put_right() {
    let cases: &[FactCase] = &[
        // p1-turkey-central-bank-rate-hike, line 10
        (
            &["Daya beli rumah tangga Turki telah tergerus oleh inflasi dua digit selama bertahun-tahun, dengan harga pangan naik 71 persen dalam 12 bulan terakhir."],
            &["Turkish households have seen their purchasing power eroded by years of double-digit inflation, with food prices up 71 percent in the past 12 months."],
            &[&[]],
        ),
        // p2-id-indigenous-peoples-law, line 6
        (
            &["\"Untuk pertama kalinya, negara mengatakan bahwa hutan kami adalah milik kami,\" kata Yohana Kambu, tokoh adat dari Kalimantan Barat yang menyaksikan pemungutan suara dari balkon publik."],
            &["\"For the first time, the state says that our forests belong to us,\" said Yohana Kambu, an Indigenous leader from Papua who watched the vote from the public gallery."],
            &[&["name_mismatch:Kalimantan Barat|Papua"]],
        ),
        // p3-garda-triathlon-bellandi, line 9
        (
            &["Gerber, fisioterapis berusia 30 tahun asal Luzern, baru menekuni triatlon empat tahun lalu."],
            &["Gerber, a 30-year-old physiotherapist from Lucerne, took up triathlon only four years ago."],
            &[&[]],
        ),
        // p3-singapore-marathon-heat, line 3
        (
            &["Sekitar 50.000 pelari telah terdaftar di nomor maraton, setengah maraton, dan 10 kilometer."],
            &["About 50,000 runners are registered across the marathon, half-marathon and 10-kilometre events."],
            &[&[]],
        ),
        // p5-nrl-panthers-prop-judiciary, line 2
        (
            &["Prop Penrith Panthers Josh Tuilagi akan absen dalam empat pertandingan setelah panel disiplin NRL menguatkan dakwaan kontak berbahaya tingkat dua pada Selasa malam."],
            &["Penrith Panthers prop Josh Tuilagi will miss four matches after the NRL judiciary upheld a grade-two dangerous contact charge on Tuesday night."],
            &[&[]],
        ),
        // p5-afl-gather-round-crowds, line 4
        (
            &["Berdasarkan pengaturan itu, seluruh 18 klub memainkan laga putaran keempat mereka di Australia Selatan, yang didanai pemerintah negara bagian hingga 2028."],
            &["Under the arrangement, all 18 clubs play their round-four matches in South Australia, which the state government has funded through 2028."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
