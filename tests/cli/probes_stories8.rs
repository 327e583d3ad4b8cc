//! Story probes (session 22): the eighth set of close translations of
//! whole short news stories, written at the start of session 22 and
//! measured before any fix was made on it (no sentence of NTREX-128, WMT
//! newstest or FLORES; one fact changed in about one pair in three):
//! Indonesian politics, East Asian politics, China's trade, the Pacific,
//! industrial accidents, football, power grids, hospitals, telecoms,
//! water, budgets and courts, and the Olympics (1,627 pairs in 144
//! stories). Each test holds pairs that went wrong before its fix, reduced
//! to the sentences that show it.

use crate::realnews::{
    align_story, assert_each_flagged, assert_each_flagged_alone, assert_linked_without_name_flags,
    assert_name_flagged, flags_of,
};

// Bodies named by an acronym in brackets after the name it spells, or
// split at "dan" / "and"; a word written closed on one side and apart on
// the other; a capitalised "States" after a quotation; a title and its
// organisation before a comma and the speaker's name; institutions' words
// the lexicon lacked; "anti" closed up in Indonesian and hyphenated in
// English ("Antikejahatan" / "Anti-Organized Crime", "Antidumping" /
// "Anti-Dumping"). Each gave a false name or speaker flag, or, in the
// headline, no link.

#[test]
fn institutions_named_each_languages_way_are_no_name_flags() {
    let source = [
        "KPU Tetapkan Pilkada Serentak Digelar pada November",
        "Mahkamah Konstitusi (MK) pada Selasa menolak permohonan uji materi yang meminta batas usia minimum calon gubernur diturunkan dari 30 menjadi 25 tahun, dalam putusan yang dibacakan Ketua MK Suhartoyo.",
        "Perhimpunan Hotel dan Restoran Indonesia (PHRI) memperingatkan aturan tersebut dapat membuat wisatawan asing enggan berkunjung ke Bali, yang pariwisatanya baru saja pulih dari pandemi COVID-19.",
        "Badan Kesehatan dan Keselamatan Kerja (HSE) mengatakan para inspektur telah dikirim ke lokasi pada Selasa pagi dan masih terlalu dini untuk menyebutkan penyebab ledakan.",
        "KPU mengatakan putusan itu tidak akan memengaruhi jadwal pendaftaran calon untuk pilkada November.",
        "Washington menyambut baik KTT tersebut, dan Duta Besar AS untuk Jepang Rahm Emanuel menyebutnya sebagai \"langkah bersejarah\" menuju kerja sama trilateral antara Amerika Serikat, Jepang dan Korea Selatan.",
        "\"Perencanaan kami memastikan tidak ada kekurangan besar meskipun permintaan mencapai tingkat yang belum pernah terjadi sebelumnya,\" kata Menteri Ketenagalistrikan R K Singh dalam unggahan di media sosial.",
        "\"Kami yakin dapat merebut kembali posisi kami dalam beberapa kuartal mendatang,\" kata Presiden Xiaomi India, Raghu Menon, kepada wartawan di Bengaluru.",
        "\"Kami tidak akan melindungi para pecurang, seterkenal apa pun mereka,\" kata Grace Achieng, kepala eksekutif Badan Antidoping Kenya.",
        "Menteri Sumber Daya Air Irak mengatakan pada Rabu bahwa Turki telah setuju untuk meningkatkan pelepasan air dari bendungan-bendungannya di Sungai Tigris dan Efrat selama satu bulan, setelah Baghdad memperingatkan adanya krisis di provinsi-provinsi selatannya.",
        "RUU tersebut kembali ke Dewan Perwakilan, yang harus memberikan suara atas amandemen yang dibuat Senat, termasuk pengecualian untuk dana konstitusional Distrik Federal dan untuk belanja pendidikan dasar.",
        "Kebakaran di Pabrik Petrokimia Iran Tewaskan Empat Pekerja",
        "\"Banyak dari bangunan ini merupakan rumah keluarga yang dialihfungsikan dan hanya memiliki satu pintu keluar,\" kata Le Thi Thu, dosen keselamatan kebakaran di Universitas Pencegahan dan Pemadaman Kebakaran di Hanoi.",
        "Tiongkok Kenakan Bea Antidumping Sementara atas Brendi Eropa",
        "Dari 700 pekerja yang ditemukan di dalam, sekitar 400 orang merupakan warga negara Tiongkok dan sisanya berasal dari Vietnam, Malaysia, Indonesia, dan Rwanda, kata Ramon Villanueva, juru bicara Komisi Antikejahatan Terorganisasi Kepresidenan.",
    ];
    let report = [
        "Indonesia's Election Commission Sets November Date for Regional Polls",
        "Indonesia's Constitutional Court on Tuesday rejected a petition seeking to lower the minimum age for gubernatorial candidates from 30 to 25, in a ruling read out by Chief Justice Suhartoyo.",
        "The Indonesian Hotel and Restaurant Association warned that the rules could deter foreign visitors to Bali, where tourism only recently recovered from the COVID-19 pandemic.",
        "The Health and Safety Executive (HSE) said inspectors had been sent to the site on Tuesday morning and that it was too early to say what had caused the explosion.",
        "The General Elections Commission said the ruling would not affect the candidate registration schedule for the November regional elections.",
        "Washington welcomed the summit, with US ambassador to Japan Rahm Emanuel calling it \"a historic step\" towards trilateral cooperation between the United States, Japan and South Korea.",
        "\"Our planning has ensured that there were no major shortages despite the unprecedented demand,\" Power Minister R K Singh said in a post on social media.",
        "\"We are confident of regaining our position in the coming quarters,\" Raghu Menon, the president of Xiaomi India, told reporters in Bengaluru.",
        "\"We are not going to protect cheats, no matter how famous they are,\" said Grace Achieng, chief executive of the Anti-Doping Agency of Kenya.",
        "Iraq's water resources minister said on Wednesday that Turkey had agreed to increase releases from its dams on the Tigris and Euphrates for one month, after Baghdad warned of a crisis in its southern provinces.",
        "The bill returns to the Chamber of Deputies, which must vote on amendments made by the Senate, including exemptions for the Federal District's constitutional fund and for spending on basic education.",
        "Fire at Iranian Petrochemical Plant Kills Four Workers",
        "\"Many of these buildings were converted from family homes and have only one exit,\" said Le Thi Thu, a fire safety lecturer at the University of Fire Prevention and Fighting in Hanoi.",
        "China Imposes Provisional Anti-Dumping Duties on European Brandy",
        "Of the 700 workers found inside, about 400 were Chinese citizens and the rest came from Vietnam, Malaysia, Indonesia and Rwanda, said Ramon Villanueva, a spokesman for the Presidential Anti-Organized Crime Commission.",
    ];
    assert_linked_without_name_flags(&source, &report);
}

// A place put in another's place in a sentence whose other names the
// lexicon did not reach ("Istana Kekaisaran", a body split at "dan"): the
// leftover names did not pair one to one, and the change passed.
#[test]
fn a_place_put_in_anothers_slot_among_names_the_lexicon_misses_is_flagged() {
    assert_each_flagged(
        &[
            "Lomba putri dimenangi Meseret Abebe dari Etiopia dengan catatan 2 jam 17 menit 55 detik, sementara Amos Kibet dari Uganda memenangi lomba putra setelah adu sprint di dekat Istana Kekaisaran.",
            "Pabrik milik Rahman Apparels itu memasok pakaian untuk merek-merek di Jerman, Italia, dan Belanda, menurut Asosiasi Produsen dan Eksportir Garmen Bangladesh.",
        ],
        &[
            "The women's race was won by Ethiopia's Meseret Abebe in 2 hours 17 minutes 55 seconds, while Kenya's Amos Kibet won the men's race after a sprint finish near the Imperial Palace.",
            "The factory, owned by Rahman Apparels, supplied clothing to brands in Germany, Spain and the Netherlands, according to the Bangladesh Garment Manufacturers and Exporters Association.",
        ],
        &[
            "name_mismatch:Uganda|Kenya",
            "name_mismatch:Italia|Spain",
        ],
    );
}

// "must double" (a verb after a modal), "up to a year", and a month range
// written as one word ("January-to-May") were read as no figure, and
// "delapan kali uji coba" (eight times a test) counted times, not tests, so
// a changed figure was only a figure missing.
#[test]
fn ratios_a_year_and_a_month_range_are_read_on_both_sides() {
    assert_each_flagged(
        &[
            "Korea Utara telah melakukan delapan kali uji coba rudal tahun ini, termasuk yang disebutnya sebagai peluncuran satelit pengintai pada 5 Maret, sehingga memicu kekhawatiran akan kembalinya uji coba rudal jarak jauh.",
            "\"Indonesia telah menunjukkan bahwa pihaknya mampu menurunkan angka stunting, tetapi lajunya harus tiga kali lipat jika negara ini ingin mencapai targetnya,\" kata Zaman dalam sebuah pernyataan.",
            "DPR pada Selasa mengesahkan Kitab Undang-Undang Hukum Pidana (KUHP) baru yang mengancam hubungan seks di luar nikah dengan hukuman penjara hingga dua tahun, langkah yang menurut para pengkritik mengancam privasi dan dapat merugikan pariwisata.",
            "Pendapatan negara pada periode Januari hingga April turun 7,1 persen dibandingkan tahun sebelumnya menjadi Rp1.123 triliun, terutama karena harga komoditas yang lebih rendah, menurut data kementerian.",
        ],
        &[
            "North Korea has carried out nine missile tests this year, including what it called a reconnaissance satellite launch on March 5, raising fears of a return to long-range tests.",
            "\"Indonesia has shown it can bring stunting down, but the pace must double if the country is to reach its goals,\" Zaman said in a statement.",
            "Indonesia's parliament on Tuesday passed a new criminal code that punishes sex outside marriage with up to a year in prison, a move critics said threatened privacy and could hurt tourism.",
            "State revenue in the January-to-May period fell 7.1 percent from a year earlier to 1,123 trillion rupiah, largely because of lower commodity prices, ministry data showed.",
        ],
        &[
            "number_mismatch:8|9",
            "number_mismatch:3|2",
            "number_mismatch:2|1",
            "date_mismatch:April|May",
        ],
    );
}

// A changed figure or date beside words each language writes its own way
// ("Andes" / "Andean", "Kantor Kanselir" / "the Chancellery") carried a
// false name flag beside the right one.
#[test]
fn a_changed_figure_beside_an_adjective_of_a_place_carries_no_name_flag() {
    let source = [
        "Para pemimpin koalisi dijadwalkan bertemu pada Sabtu di Kantor Kanselir untuk membahas apakah akan menyatakan keadaan darurat baru untuk 2025, yang memerlukan suara mayoritas di Bundestag.",
        "Wakil Presiden Lucía Mendoza dilantik beberapa jam kemudian sebagai kepala negara keenam Peru sejak 2016, tanda ketidakstabilan politik yang mencengkeram negara Andes tersebut.",
        "Lembaga cuaca nasional Kolombia, IDEAM, mengatakan curah hujan di kawasan Andes antara Februari dan Maret 40 persen di bawah rata-rata historis.",
    ];
    let report = [
        "The coalition's leaders were due to meet on Sunday at the Chancellery to discuss whether to declare a new emergency for 2025, which would require a majority vote in the Bundestag.",
        "Vice President Lucía Mendoza was sworn in hours later as Peru's seventh head of state since 2016, a sign of the political instability that has gripped the Andean nation.",
        "Colombia's national weather institute, IDEAM, said rainfall in the Andean region between January and March was 40 percent below the historical average.",
    ];
    let want = [
        "date_mismatch:Saturday|Sunday",
        "number_mismatch:6|7",
        "date_mismatch:February|January",
    ];
    assert_each_flagged_alone(&source, &report, &want);
}

// A quotation credited to another speaker whose words the lexicon meets
// only in part ("berpura-pura", "masa terburuk sudah lewat"): the other
// speaker kept it below the bar even where the report's order holds it, so
// it was left unmatched and the change unseen.
#[test]
fn a_paraphrased_quotation_credited_to_another_speaker_is_linked_and_flagged() {
    assert_name_flagged(
        &[
            "\"Saya harus membuang daging senilai 8.000 rand pekan lalu karena lemari pembeku terlalu lama mati,\" kata Thandiwe Mokoena, yang mengelola toko daging di Pretoria.",
            "Menteri Kelistrikan Kgosientsho Ramokgopa mengatakan kepada parlemen di Cape Town pada Selasa bahwa pemerintah memperkirakan pemadaman bergilir akan berkurang pada akhir tahun seiring rampungnya perbaikan.",
            "\"Kami tidak akan berpura-pura bahwa ini mudah, tetapi masa terburuk sudah lewat,\" kata Mantshantsha.",
            "Para ekonom di Bank Sentral Afrika Selatan memperkirakan pemadaman listrik memangkas pertumbuhan ekonomi hingga 2 poin persentase pada 2023.",
        ],
        &[
            "\"I had to throw away meat worth 8,000 rand last week because the freezers were off for too long,\" said Thandiwe Mokoena, who runs a butchery in Soweto.",
            "Electricity Minister Kgosientsho Ramokgopa told parliament in Cape Town on Tuesday that the government expected load shedding to ease by the end of the year as repairs were completed.",
            "\"We are not going to pretend that this is easy, but the worst is behind us,\" Ramokgopa said.",
            "Economists at the South African Reserve Bank have estimated that power cuts reduced economic growth by as much as 2 percentage points in 2023.",
        ],
        "\"Kami tidak akan berpura-pura bahwa ini mudah, tetapi masa terburuk sudah lewat,\" kata Mantshantsha.",
    );
    assert_name_flagged(
        &[
            "Dokter residen mencakup sekitar 40 persen dari dokter yang bekerja di rumah sakit umum Nigeria, menurut serikat tersebut.",
            "Menteri Muda Kesehatan Tunji Alausa mengatakan pemerintah telah mencairkan 13 miliar naira untuk membayar tunggakan dan mendesak para dokter kembali bertugas.",
            "\"Mogok ini tidak perlu karena uangnya sudah dalam perjalanan ke rumah sakit,\" kata Orji.",
            "Nigeria kehilangan ribuan dokter dalam beberapa tahun terakhir yang pindah ke Inggris, Kanada, dan Arab Saudi, tren yang dikenal secara lokal sebagai \"japa\", kata dalam bahasa Yoruba yang berarti melarikan diri.",
        ],
        &[
            "Resident doctors make up about 40 percent of the doctors working in Nigeria's public hospitals, according to the union.",
            "Minister of State for Health Tunji Alausa said the government had released 11 billion naira to pay arrears and urged the doctors to return to their posts.",
            "\"The strike is unnecessary because the money is already on its way to the hospitals,\" Alausa said.",
            "Nigeria has lost thousands of doctors in recent years to Britain, Canada and Saudi Arabia, a trend known locally as \"japa\", a Yoruba word meaning to flee.",
        ],
        "\"Mogok ini tidak perlu karena uangnya sudah dalam perjalanan ke rumah sakit,\" kata Orji.",
    );
}

// The same speaker's quotation whose words the lexicon meets too little
// ("puluhan tahun" / "decades in the making", "air hujan" / "rainwater")
// read as another statement, so even where the report's order holds it,
// the rendered quotation was left unmatched.
#[test]
fn a_rendered_quotation_the_lexicon_barely_meets_is_linked_where_the_order_holds_it() {
    let rows = align_story(
        &[
            "Beberapa perusahaan teknologi, termasuk Infosys dan TCS, telah meminta karyawan bekerja dari rumah jika memungkinkan untuk mengurangi kebutuhan air di kampus mereka.",
            "Bengaluru kehilangan sekitar 79 persen danau dan lahan basahnya antara 1973 dan 2006 seiring perluasan kota, menurut studi Institut Sains India.",
            "\"Krisis ini sudah terbentuk selama puluhan tahun, karena kita menutup dengan beton danau-danau yang dulu menampung air hujan,\" kata Arvind Kulkarni, ilmuwan di lembaga tersebut.",
            "Shivakumar mengatakan tahap kelima proyek pasokan air Cauvery, yang akan menambah 775 juta liter per hari, akan rampung pada Mei.",
        ],
        &[
            "Several technology firms, including Infosys and Wipro, have asked employees to work from home where possible to reduce demand at their campuses.",
            "Bengaluru lost about 79 percent of its lakes and wetlands between 1973 and 2016 as the city expanded, according to a study by the Indian Institute of Science.",
            "\"This crisis was decades in the making, because we paved over the lakes that used to store rainwater,\" said Arvind Kulkarni, a scientist at the institute.",
            "Shivakumar said the fifth stage of the Cauvery water supply project, which will add 775 million litres a day, would be completed by May.",
        ],
    );
    let line = rows
        .iter()
        .map(|(text, _)| text.as_str())
        .find(|text| text.contains("kata Arvind Kulkarni"))
        .unwrap();
    let flags = flags_of(&rows, line);
    assert!(
        !flags
            .iter()
            .any(|f| f == "unmatched" || f.starts_with("name_")),
        "{flags:?}"
    );
}
