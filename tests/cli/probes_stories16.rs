//! Story probes (session 25): the sixteenth set of close translations of
//! whole short news stories, written at the start of session 25 and first
//! measured with the start build (no sentence of NTREX-128, WMT newstest or
//! FLORES; one fact changed in about one pair in three): Latin American
//! politics and mining, football, tennis and cycling, public health,
//! courts and crime in Asia and Africa, energy, weather and shipping,
//! technology and aviation (1,174 pairs in 104 stories). Each test holds
//! pairs that went wrong before its fix.

use crate::realnews::assert_fact_flags;

// Figures that are no figures, or the same figure written two ways:
// "kedua" after a verb is "both" ("menutup kedua pelabuhan" / "close both
// ports", "bersama kedua orang tuanya" / "with his parents"); "pedagang
// kaki lima" are street vendors; "setengah kosong" is a degree
// ("half-empty"); "setengah poin" is a half-point; "dua kali lipat" is
// "double" wherever English puts it ("more than double the figure",
// "double the normal rate", "Profit Triples", "Cases Triple as");
// "putaran kedua" is the runoff. Each gave a false number flag. Also the
// words of a body the lexicon lacked ("Alat Kesehatan", "Dipol").
#[test]
fn figures_said_each_languages_way_are_no_flags() {
    let source = [
        "Ekuador Menuju Putaran Kedua Pilpres Setelah Putaran Pertama yang Ketat",
        "Empat dari tujuh anggota dewan memilih penurunan setengah poin itu, sementara tiga lainnya menginginkan pemangkasan yang lebih besar, yakni 75 basis poin.",
        "Etcheverry akan menghadapi kandidat partai berkuasa Federico Arocena, yang meraih 27 persen suara, dalam putaran kedua pada 24 November.",
        "Pada Sabtu, Chile memenangi kedua partai tunggal pembuka sebelum Argentina merebut partai ganda pada Minggu pagi.",
        "Kasus Campak di Belanda Naik Tiga Kali Lipat Seiring Turunnya Tingkat Vaksinasi di Sabuk Alkitab",
        "Matsuda mengatakan timnya berencana mengajukan permohonan persetujuan bersyarat kepada Badan Farmasi dan Alat Kesehatan paling lambat Maret tahun depan.",
        "Kementerian Kesehatan Meksiko pada Minggu mengeluarkan peringatan epidemiologis setelah batuk rejan menewaskan 38 bayi berusia di bawah satu tahun sepanjang tahun ini, lebih dari dua kali lipat jumlah sepanjang tahun lalu.",
        "\"Kami telah mencoba segala cara, termasuk membayar perawat dari agen dua kali lipat tarif normal, dan kami tetap tidak dapat mengisi jadwal jaga,\" kata Karen MacDonald, direktur utama Aliansi Kesehatan Lembah Huron.",
        "\"Sebagian besar dari mereka adalah buruh dan pedagang kaki lima yang tidak mampu berdiam diri di dalam ruangan pada siang hari,\" kata Dr. Anita Meghwal, kepala instalasi gawat darurat Rumah Sakit Sawai Man Singh.",
        "Para ahli meteorologi mengaitkan gagalnya musim hujan dengan fase negatif yang kuat dari Dipol Samudra Hindia, yang cenderung membawa kondisi lebih kering ke Afrika Timur.",
        "Air Sungai Rhine Surut, Kapal Tongkang Terpaksa Berlayar Setengah Kosong dan Ongkos Angkut Melonjak",
        "\"Kami belum pernah harus menutup kedua pelabuhan selama ini; kapal terakhir berangkat pada Sabtu malam,\" kata syahbandar Pelabuhan Gdynia, Tomasz Lewandowski.",
        "Laba Produsen Cip Korea Selatan Naik Tiga Kali Lipat Berkat Permintaan Memori AI",
        "Kudipay mengatakan volume transaksinya mencapai 1,9 triliun naira tahun lalu, lebih dari dua kali lipat angka pada 2023.",
        "\"Nampan dan tas terlempar hingga ke langit-langit, dan orang-orang berteriak,\" kata penumpang Youssef Mansour, 34 tahun, yang bepergian bersama kedua orang tuanya.",
    ];
    let report = [
        "Ecuador Heads to Presidential Runoff After Tight First Round",
        "Four of the board's seven members voted for the half-point reduction, while three favored a larger cut of 75 basis points.",
        "Etcheverry will face ruling-party candidate Federico Arocena, who received 27 percent, in a runoff on November 24.",
        "On Saturday, Chile had won both opening singles before Argentina took the doubles on Sunday morning.",
        "Dutch Measles Cases Triple as Vaccination Rates Slip in Bible Belt",
        "Matsuda said the team planned to apply to the Pharmaceuticals and Medical Devices Agency for conditional approval by March next year.",
        "Mexico's Health Ministry on Sunday issued an epidemiological alert after whooping cough killed 38 babies under the age of one so far this year, more than double the total for all of last year.",
        "\"We have exhausted every option, including paying agency nurses double the normal rate, and we still cannot fill the shifts,\" said Karen MacDonald, chief executive of the Huron Valley Health Alliance.",
        "\"Most of them are labourers and street vendors who cannot afford to stay indoors during the day,\" said Dr. Anita Meghwal, who heads the emergency department at Sawai Man Singh Hospital.",
        "Meteorologists have linked the failed rains to a strong negative phase of the Indian Ocean Dipole, which tends to bring drier conditions to East Africa.",
        "Low Rhine water forces barges to sail half-empty, pushing up freight costs",
        "\"We have never had to close both ports for this long; the last ship left on Saturday evening,\" said Gdynia port's harbour master, Tomasz Lewandowski.",
        "South Korean Chipmaker's Profit Triples on AI Memory Demand",
        "Kudipay said its transaction volume reached 1.9 trillion naira last year, more than double the 2023 figure.",
        "\"Trays and bags flew up to the ceiling, and people were screaming,\" said passenger Youssef Mansour, 34, who was travelling with his parents.",
    ];
    let want: Vec<&[&str]> = vec![&[]; source.len()];
    assert_fact_flags(&source, &report, &want);
}
