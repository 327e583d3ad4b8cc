//! Story probes (session 26): the eighteenth set of close translations of
//! whole short news stories, written at the start of session 26 and first
//! measured with the start build before it was read (no sentence of
//! NTREX-128, WMT newstest or FLORES; one fact changed in about one pair in
//! three): African politics and money, East Asian business and diplomacy,
//! disasters in South and Southeast Asia, North American politics,
//! transport, and sport (952 pairs in 84 stories). Each test holds pairs
//! that went wrong before its fix.

use crate::realnews::assert_fact_flags;

// Figures each side writes its own way, read alike now: "satu ton ...
// pun" / "a single tonne" and "satu meter per jam" / "a meter an hour" (one
// unit of a measure, which English writes "a"), "menggandakan" / "double",
// "Level IV" / "level, four", "Perang Dunia II" / "World War Two", the
// Taiwan dollar "T$", and "kedua negara" after a noun (both countries).
#[test]
fn figures_read_as_their_other_side_reads_them() {
    let source = [
        "\"Beberapa perusahaan ini telah memegang izin selama sepuluh tahun tanpa memindahkan satu ton bijih pun,\" kata Traoré.",
        "Menteri luar negeri Jepang dan Korea Selatan sepakat di Seoul pada Sabtu untuk menggandakan jumlah visa liburan kerja yang diterbitkan setiap tahun dan melanjutkan kembali pembicaraan tahunan tentang perikanan.",
        "Hubungan kedua negara bertetangga itu membaik sejak 2023, ketika Seoul mengusulkan pemberian kompensasi kepada korban kerja paksa masa perang asal Korea melalui sebuah yayasan dalam negeri.",
        "Rudal-rudal dengan jangkauan sekitar 1.000 kilometer itu akan memberi Jepang kemampuan untuk menyerang sasaran di daratan Tiongkok dan Korea Utara untuk pertama kalinya sejak Perang Dunia II.",
        "Produsen kontrak Taiwan Kuanhai Electronics mengatakan pada Jumat bahwa pendapatannya pada Oktober melonjak 47 persen dibandingkan tahun sebelumnya menjadi rekor 312 miliar dolar Taiwan (US$9,7 miliar), didorong oleh pesanan server kecerdasan buatan.",
        "Status gunung itu dinaikkan ke tingkat tertinggi, Level IV, pada Sabtu, dan warga diminta menjauh setidaknya 17 kilometer dari kawah di sepanjang Besuk Kobokan.",
        "\"Hujan di hulu di Myanmar jauh lebih lebat dari perkiraan kami, dan permukaan sungai naik hampir satu meter per jam,\" kata gubernur tersebut.",
    ];
    let report = [
        "\"Some of these companies have held their licences for ten years without moving a single tonne of ore,\" Traoré said.",
        "The foreign ministers of Japan and South Korea agreed in Seoul on Saturday to double the number of working-holiday visas issued each year and to resume annual talks on fisheries.",
        "Relations between the neighbours have improved since 2023, when Seoul proposed compensating Korean victims of wartime forced labour through a domestic foundation.",
        "The missiles, with a range of about 1,000 kilometres, would give Japan the ability to strike targets on the Chinese mainland and in North Korea for the first time since World War Two.",
        "Taiwanese contract manufacturer Kuanhai Electronics said on Friday its October revenue jumped 47 percent from a year earlier to a record T$312 billion ($9.7 billion), driven by orders for artificial intelligence servers.",
        "The volcano's alert level was raised to the highest level, four, on Saturday, and people were told to stay at least 17 kilometers from the crater along the Besuk Kobokan.",
        "\"The rain upstream in Myanmar was much heavier than we forecast, and the river rose almost a meter an hour,\" the governor said.",
    ];
    let want: [&[&str]; 7] = [&[], &[], &[], &[], &[], &[], &[]];
    assert_fact_flags(&source, &report, &want);
}

// "between May and September" is two months; "menghubungkan Lima dengan"
// is Peru's capital in running text; "three quarters" of a game are its
// periods ("tiga kuarter"); "1:54.61" is a race time ("1 menit 54,61
// detik"); "two gold medals" are medals ("dua medali emas").
#[test]
fn months_places_periods_race_times_and_medals() {
    let source = [
        "Monsun barat daya biasanya membawa hujan lebat ke Sri Lanka antara Mei dan September.",
        "Jalan Raya Sentral merupakan rute utama yang menghubungkan Lima dengan dataran tinggi bagian tengah dan menjadi jalur sebagian besar pasokan pangan ibu kota.",
        "\"Kami tampil datar selama tiga kuarter, tetapi tim ini tidak pernah berhenti percaya,\" kata pelatih Tomas Villanueva kepada wartawan seusai pertandingan.",
        "Moore, 26 tahun, finis kedua dengan 1 menit 54,61 detik sehingga juga memastikan tempat di tim untuk kejuaraan dunia di Singapura.",
        "Jepang meraih dua medali emas renang di Olimpiade terakhir, keduanya dari nomor gaya ganti.",
    ];
    let report = [
        "The southwest monsoon typically brings heavy rain to Sri Lanka between May and September.",
        "The Central Highway is the main route linking Lima with the central highlands and carries most of the capital's food supplies.",
        "\"We were flat for three quarters, but this group never stops believing,\" coach Tomas Villanueva told reporters after the game.",
        "Moore, 26, finished second in 1:54.61 to also secure her place on the team for the world championships in Singapore.",
        "Japan won two gold medals in swimming at the last Olympics, both in medley events.",
    ];
    let want: [&[&str]; 5] = [&[], &[], &[], &[], &[]];
    assert_fact_flags(&source, &report, &want);
}

// Bodies and things named by their translation ("Obligasi Euro" /
// "Eurobond", "Otoritas Perairan Darat Nasional" / "National Inland
// Waterways Authority", "Federasi Pelaut Panhellenik" / "Panhellenic
// Seamen's Federation": a loan keeping English double letters, a "-men"
// plural) are no name flags; a headline and a short sentence whose words
// the lexicon lacked ("Tarik" / "Recalls", "secara bulat" / "unanimous")
// link; and with "Penyusun" known as a word, the city put in another's
// place is flagged.
#[test]
fn bodies_translated_word_by_word_and_words_of_new_topics() {
    let source = [
        "Kenya Terbitkan Obligasi Euro US$1,5 Miliar untuk Membeli Kembali Surat Utang yang Jatuh Tempo 2028",
        "Ethiopia telah mencapai kesepakatan prinsip dengan para pemegang obligasi Euro senilai US$1 miliar miliknya untuk menukar utang yang gagal bayar itu dengan surat utang baru, kata kementerian keuangan pada Senin.",
        "Laporan itu juga mengkritik Otoritas Perairan Darat Nasional karena gagal menegakkan aturan yang berlaku di dermaga-dermaga tidak resmi.",
        "Federasi Pelaut Panhellenik, yang dikenal sebagai PNO, menuntut kenaikan upah 12 persen dan jumlah awak minimum di kapal-kapal cepat.",
        "Produsen Mobil Jepang Tarik 640.000 Mobil Hibrida Akibat Kerusakan Inverter",
        "Putusan itu diambil secara bulat.",
        "Penyusun RUU itu, Senator negara bagian Beatriz Salinas dari Partai Demokrat asal El Paso, mengatakan ia \"sangat kecewa\".",
    ];
    let report = [
        "Kenya launches $1.5 billion Eurobond to buy back notes due in 2028",
        "Ethiopia has agreed in principle with holders of its $1 billion Eurobond to swap the defaulted debt for new notes, the finance ministry said on Monday.",
        "It also criticised the National Inland Waterways Authority for failing to enforce existing rules at informal jetties.",
        "The Panhellenic Seamen's Federation, known as PNO, is demanding a 12 percent wage increase and minimum crew levels on high-speed vessels.",
        "Japanese Carmaker Recalls 640,000 Hybrids Over Inverter Fault",
        "The ruling was unanimous.",
        "The bill's author, state Senator Beatriz Salinas, a Democrat from San Antonio, said she was \"deeply disappointed.\"",
    ];
    let want: [&[&str]; 7] = [
        &[],
        &[],
        &[],
        &[],
        &[],
        &[],
        &["name_mismatch:El Paso|San Antonio"],
    ];
    assert_fact_flags(&source, &report, &want);
}

// A listed city misspelled in a close rendering ("Kisimu" / "Kisumu",
// "Patana" / "Patna", "Vadodra" / "Vadodara", "Kungming" / "Kunming") or a
// surname that is a listed city ("Mendosa" / "Mendoza"): since the cities
// were listed (session 25) a listed name was never a respelling, so these
// lost their `name_variant` (batches 16, 18 and 19).
#[test]
fn listed_cities_misspelled_in_a_rendering_are_variants() {
    let source = [
        "Menteri Carlos Mendosa mengatakan pemerintah akan memperluas program tersebut ke 900 desa lainnya hingga 2027.",
        "Para pedagang kecil di Nairobi dan Kisimu mengatakan mereka kehilangan penjualan selama sehari penuh karena pelanggan tidak dapat membayar.",
        "Masinis dan asistennya termasuk di antara korban luka dan kini dirawat di sebuah rumah sakit di Patana.",
        "\"Kami telah memerintahkan penarikan setiap bets yang diproduksi sejak Januari dan menyegel pabrik di Vadodra,\" kata Pengendali Jenderal Obat Rajiv Menon.",
        "Pelatihnya, Oh Sung-min, mengatakan Kim telah menghabiskan tiga bulan berlatih di dataran tinggi di Kungming, Tiongkok.",
    ];
    let report = [
        "Minister Carlos Mendoza said the government would extend the programme to another 900 villages by 2027.",
        "Small traders in Nairobi and Kisumu said they had lost a full day of sales because customers could not pay them.",
        "The driver and his assistant were among the injured and are being treated at a hospital in Patna.",
        "\"We have ordered the recall of every batch produced since January and sealed the factory in Vadodara,\" said Drugs Controller General Rajiv Menon.",
        "His coach, Oh Sung-min, said Kim had spent three months training at altitude in Kunming, China.",
    ];
    let want: [&[&str]; 5] = [
        &["name_variant:Mendosa|Mendoza"],
        &["name_variant:Kisimu|Kisumu"],
        &["name_variant:Patana|Patna"],
        &["name_variant:Vadodra|Vadodara"],
        &["name_variant:Kungming|Kunming"],
    ];
    assert_fact_flags(&source, &report, &want);
}
