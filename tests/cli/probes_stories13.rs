//! Story probes (session 24): the thirteenth set of close translations of
//! whole short news stories, written at the start of session 24 and measured
//! first with the start build (no sentence of NTREX-128, WMT newstest or
//! FLORES; one fact changed in about one pair in three): Latin American
//! politics, telecoms and chips, the Gulf, North American sport, wildfires
//! and smog, Australian and Pacific politics, car makers, criminal trials,
//! South Asian politics, chess, esports and motorsport, Malaysian and
//! Singaporean politics, and museums and heritage (1,558 pairs in 144
//! stories); with pairs of the twelfth set that the same fixes reach. Each
//! test holds pairs that went wrong before its fix.

use crate::realnews::{assert_fact_flags, assert_linked_without_name_flags};

// A headline's bare verb is its active verb ("Perpanjang": memperpanjang,
// extends; "Perangi": memerangi, fights), and words of bodies and places
// the lexicon lacked ("Kerajaan" / "Crown", "Balairung" / "Hall",
// "Kota Terlarang" / "Forbidden City", "Galeri" / "Galleries") or that
// each language spells its own way ("Etruska" / "Etruscan", "Kilikia" /
// "Cilicia") gave unmatched headlines and false name flags.
#[test]
fn headlines_bare_verbs_link_and_institutions_words_are_no_name_flags() {
    let source = [
        "Mahkamah Agung Meksiko Batalkan Sebagian Reformasi Pemilu",
        "Honduras Perpanjang Status Darurat untuk Perangi Pemerasan oleh Geng",
        "Perjanjian Waitangi 1840, yang ditandatangani oleh perwakilan Kerajaan Inggris dan lebih dari 500 kepala suku Maori, dianggap sebagai dokumen pendirian Selandia Baru.",
        "Van der Poel Melaju Sendirian Raih Kemenangan Ketiga Beruntun di Paris-Roubaix",
        "Ngoc mengatakan pusat konservasi itu selanjutnya berencana membangun kembali Balairung Can Chanh, balairung takhta utama Kota Terlarang, paling lambat 2027.",
        "Polisi Italia Temukan Ratusan Artefak Etruska Hasil Jarahan",
        "Menteri Kebudayaan Alessandro Giuli mengatakan artefak-artefak itu akan dipamerkan di Museum Nasional Etruska di Villa Giulia, Roma, sebelum dikembalikan ke museum-museum di kota-kota dekat lokasi penjarahannya.",
        "Galeri Uffizi Naikkan Harga Tiket Setelah Tahun Rekor",
    ];
    let report = [
        "Mexico's Supreme Court Strikes Down Part of Electoral Overhaul",
        "Honduras Extends State of Emergency to Fight Gang Extortion",
        "The 1840 Treaty of Waitangi, signed by representatives of the British Crown and more than 500 Maori chiefs, is regarded as New Zealand's founding document.",
        "Van der Poel Solos to Third Straight Paris-Roubaix Victory",
        "Ngoc said the centre next plans to rebuild the Can Chanh Hall, the main throne hall of the Forbidden City, by 2027.",
        "Italian Police Recover Hundreds of Looted Etruscan Artefacts",
        "Culture Minister Alessandro Giuli said the artefacts would be displayed at the National Etruscan Museum at Villa Giulia in Rome before being returned to museums in the towns near where they were looted.",
        "Uffizi Galleries Raise Ticket Prices After Record Year",
    ];
    assert_linked_without_name_flags(&source, &report);
}

// A party named by its country's demonym with "Partai" left out
// ("Partai Buruh Skotlandia" / "Scottish Labour"), and a body whose
// country the report leaves out ("Kejaksaan Belanda" / "the Public
// Prosecution Service"), are one name.
#[test]
fn bodies_named_by_their_country_are_one_name() {
    let source = [
        "Pemimpin Partai Konservatif Skotlandia Douglas Ross menepis dokumen itu sebagai \"dokumen khayalan\" yang tidak menjelaskan bagaimana Skotlandia akan menutup defisit sebesar 11,7 persen dari produk domestik bruto.",
        "Juru bicara transportasi Partai Buruh Skotlandia Alex Rowley mengatakan kisah panjang itu merupakan \"aib nasional\" yang tidak boleh terulang.",
        "Partai Konservatif Wales, yang berjanji akan menghapus kebijakan itu sepenuhnya, mengatakan perubahan tersebut belum cukup jauh.",
        "Sebagian besar ledakan itu terkait dengan perselisihan antarkelompok kriminal atau upaya memeras pemilik toko, kata Kejaksaan Belanda.",
    ];
    let report = [
        "Scottish Conservative leader Douglas Ross dismissed the paper as \"a fantasy document\" that failed to say how Scotland would cover a deficit of 11.7 percent of gross domestic product.",
        "Scottish Labour transport spokesman Alex Rowley said the saga had been \"a national embarrassment\" that should never be repeated.",
        "The Welsh Conservatives, who had promised to scrap the policy altogether, said the changes did not go far enough.",
        "Most of the explosions were linked to disputes between criminal groups or attempts to extort shop owners, the Public Prosecution Service said.",
    ];
    assert_linked_without_name_flags(&source, &report);
}

// Figures read wrongly or not at all: "first lady" is a title, no rank
// ("putaran kedua" / "run-off" was a changed 2|1; the runoff's number
// English leaves out, so it is no figure at all now); "US dollars" and "dolar
// NZ" name their currencies; "a fortnight" is two weeks; and a time of day
// in words ("pukul setengah lima" is half past four, 4:30) or with its
// part of the day ("5 in the morning") is a time; "back-to-back" is "dua
// kali berturut-turut", two in a row, not a figure left over.
#[test]
fn figures_and_times_of_day_are_read_on_both_sides() {
    let source = [
        "Arevalo, 65 tahun, meraih kemenangan telak dalam putaran kedua pada Juli dengan 58 persen suara, mengalahkan mantan ibu negara Sandra Torres.",
        "Para ekonom di ASB Bank mengatakan pemotongan pajak itu, senilai sekitar 26 dolar NZ per dua minggu bagi pekerja rata-rata, kecil kemungkinannya mendorong inflasi, yang berada di level 4 persen pada kuartal Maret.",
        "Diperkirakan 24.000 orang berbaris menuju gedung parlemen di Wellington pada Selasa untuk memprotes rancangan undang-undang yang akan menafsirkan ulang perjanjian pendirian Selandia Baru antara Kerajaan Inggris dan para kepala suku Maori, kata polisi.",
        "Jaksa mengatakan Ondrej Vesely mengenkripsi data rumah sakit itu pada Maret 2020, di awal pandemi COVID-19, dan menuntut tebusan sebesar 3 juta dolar AS dalam bentuk bitcoin.",
        "\"Ini adalah salah satu mosaik paling terawat yang kami temukan di Kilikia dalam 30 tahun terakhir,\" kata Profesor Elif Demirtas, ketua tim penggalian dari Universitas Cukurova.",
        "Galeri Uffizi di Florence akan menaikkan harga tiket standar musim panas menjadi 29 euro dari 25 euro mulai April, setelah menarik rekor 5,3 juta pengunjung tahun lalu, kata museum itu pada Senin.",
        "\"Kami mendengar ledakan pada pukul setengah lima pagi, lalu suara tembakan selama hampir dua jam,\" kata Shah Faisal, seorang pemilik toko.",
        "Tarif tersebut berlaku bagi kendaraan yang memasuki kawasan di selatan 60th Street antara pukul 06.00 dan 21.00 pada hari kerja, serta antara pukul 09.00 dan 21.00 pada akhir pekan.",
        "Lightning, yang menjuarai Piala Stanley dua kali berturut-turut pada 2020 dan 2021, naik ke peringkat ketiga Divisi Atlantik, terpaut dua poin dari Florida Panthers dan empat poin dari pemuncak divisi Maple Leafs dengan 24 pertandingan tersisa di musim reguler.",
    ];
    let report = [
        "Arevalo, 65, won a landslide victory in the August run-off with 58 percent of the vote against former first lady Sandra Torres.",
        "Economists at ASB Bank said the cuts, worth about NZ$26 a fortnight for an average worker, were unlikely to push up inflation, which stood at 4 percent in the March quarter.",
        "An estimated 42,000 people marched to parliament in Wellington on Tuesday to protest against a bill that would reinterpret New Zealand's founding treaty between the British Crown and Maori chiefs, police said.",
        "Prosecutors said Ondrej Vesely encrypted the hospital's data in March 2020, at the start of the COVID-19 pandemic, and demanded a ransom of 5 million US dollars in bitcoin.",
        "\"It is one of the best-preserved mosaics we have found in Cilicia in the last 20 years,\" said Professor Elif Demirtas, the head of the excavation team from Cukurova University.",
        "The Uffizi Galleries in Florence will raise the price of a standard summer ticket to 29 euros from 25 euros from March, after attracting a record 5.3 million visitors last year, the museum said on Monday.",
        "\"We heard the explosion at half past four in the morning and then gunfire for almost two hours,\" said Shah Faisal, a shopkeeper.",
        "The toll applies to vehicles entering the area south of 60th Street between 5 in the morning and 9 at night on weekdays, and between 9 in the morning and 9 at night at weekends.",
        "The Lightning, who won back-to-back Stanley Cups in 2020 and 2021, moved into third place in the Atlantic Division, two points behind the Florida Panthers and four behind the division-leading Maple Leafs with 24 games remaining in the regular season.",
    ];
    let want: [&[&str]; 9] = [
        &["date_mismatch:July|August"],
        &[],
        &["number_mismatch:24000|42000"],
        &["number_mismatch:3000000|5000000"],
        &["number_mismatch:30|20"],
        &["date_mismatch:April|March"],
        &[],
        &["number_mismatch:06:00|05:00"],
        &[],
    ];
    assert_fact_flags(&source, &report, &want);
}
