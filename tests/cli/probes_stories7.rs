//! Story probes (session 21): the seventh set of close translations of
//! whole short news stories, written at the start of session 21 and
//! measured before any fix was made on it (no sentence of NTREX-128, WMT
//! newstest or FLORES; one fact changed in about one pair in three): trials,
//! floods and storms, car makers, motorsport and golf, South and Southeast
//! Asian politics, outbreaks, art and books, markets, the war in Ukraine,
//! weather and research, and team sports (1,574 pairs in 144 stories). Each
//! test holds pairs that went wrong before its fix, reduced to the
//! sentences that show it.

use crate::realnews::{
    align_story, assert_each_flagged, assert_linked_without_name_flags, assert_name_flagged,
    flags_of, name_flags,
};

// Institutions and works each language names its own way: a title word
// that begins a listed name ("Dokter Lintas Batas", "Attorney General's
// Chambers"), a demonym before a listed name ("British National Health
// Service"), the Ottoman Empire's Indonesian name, a prize and a painting
// translated word by word. Each gave a false name flag.

#[test]
fn institutions_and_works_each_language_names_are_the_same_names() {
    let source = [
        "\"Anak-anak meminum air banjir, dan kami sudah mulai menemukan kasus diare dan infeksi kulit,\" kata dokter Farzana Baloch, yang mengelola klinik keliling milik lembaga amal Dokter Lintas Batas di Larkana.",
        "Komisi Antikorupsi Malaysia, yang menangkap Ahmad Zulkifli pada Oktober 2018 di rumahnya di Kota Kinabalu, mengatakan akan mempelajari putusan tersebut bersama Kejaksaan Agung sebelum memutuskan apakah akan mengajukan banding.",
        "Otoritas kesehatan di Denmark, Norwegia, dan Layanan Kesehatan Nasional (NHS) Inggris sedang menjalankan uji coba sendiri terkait penggunaan AI dalam skrining payudara, dengan hasil studi terhadap 700.000 perempuan di Inggris diharapkan keluar pada 2026.",
        "Sebuah potret karya seniman Utsmaniyah Osman Hamdi Bey terjual seharga 6,3 juta pound (US$8 juta) di Bonhams di London pada Kamis, rekor lelang untuk pelukis Turki.",
        "Penulis Mesir Youssef El-Masry memenangi Hadiah Internasional untuk Fiksi Arab pada Minggu lewat novel \"The Lighthouse Keeper's Daughters\", yang berkisah tentang tiga saudari di Alexandria selama krisis Suez 1956.",
        "Sebuah lukisan dari seri Teratai karya Claude Monet terjual seharga US$74,2 juta termasuk biaya di Christie's di New York pada Selasa malam, harga tertinggi yang dibayarkan untuk sebuah karya seni di lelang sejauh ini pada tahun ini.",
    ];
    let report = [
        "\"Children are drinking floodwater, and we are already seeing cases of diarrhoea and skin infections,\" said Dr Farzana Baloch, who runs a mobile clinic for the charity Médecins Sans Frontières in Larkana.",
        "The Malaysian Anti-Corruption Commission, which arrested Ahmad Zulkifli in October 2018 at his home in Kota Kinabalu, said it would study the judgment with the Attorney General's Chambers before deciding whether to appeal.",
        "Health authorities in Denmark, Norway and the British National Health Service are running their own trials of AI in breast screening, with results from a study of 700,000 women in England expected in 2026.",
        "A portrait by the Ottoman artist Osman Hamdi Bey sold for 6.3 million pounds ($8 million) at Bonhams in London on Thursday, a record for a Turkish painter at auction.",
        "Egyptian writer Youssef El-Masry won the International Prize for Arabic Fiction on Sunday for \"The Lighthouse Keeper's Daughters\", a novel about three sisters in Alexandria during the Suez crisis of 1956.",
        "A painting from Claude Monet's Water Lilies series sold for $74.2 million including fees at Christie's in New York on Tuesday night, the highest price paid for a work of art at auction so far this year.",
    ];
    assert_linked_without_name_flags(&source, &report);
}

// Names written in each language's order or by its own rule: every word a
// loan spelling in the other order ("Reaktor Eksperimental Termonuklir
// Internasional"), the place moved to the front as its demonym ("MotoGP
// Indonesia" / "Indonesian MotoGP"), a known word alone where a sentence
// starts ("Bank asal Spanyol" against "Banco"), an English article kept
// in a novel's title, and ordinary words a headline capitalises
// ("Dikibarkan", "Embusan"). Each gave a false name flag.

#[test]
fn names_in_each_languages_order_and_capitalised_words_are_no_flags() {
    let source = [
        "Hasil tersebut akan menjadi masukan bagi desain Reaktor Eksperimental Termonuklir Internasional (ITER) yang sedang dibangun di Saint-Paul-lez-Durance di Prancis selatan, proyek yang didukung oleh Uni Eropa, Tiongkok, India, Jepang, Korea Selatan, Rusia, dan Amerika Serikat.",
        "Pebalap Italia Francesco Bagnaia menjuarai MotoGP Indonesia di Sirkuit Mandalika, Lombok, pada Minggu setelah pemimpin klasemen Jorge Martin terjatuh saat memimpin balapan di lap ke-11.",
        "Bank asal Spanyol, Banco Mediterráneo, mengumumkan pada Senin bahwa pihaknya telah sepakat membeli pesaingnya dari Portugal, Banco Atlântico, senilai 4,3 miliar euro dalam bentuk tunai dan saham, sehingga tercipta bank terbesar di Semenanjung Iberia berdasarkan jumlah kantor cabang.",
        "Penulis berkebangsaan Kenya-Inggris Amara Odhiambo memenangi Booker Prize untuk fiksi tahun ini pada Selasa dengan novel debutnya, \"The Salt House\", yang membayangkan kehidupan di Mombasa setelah Samudra Hindia menelan separuh kota itu.",
        "Embusan angin hingga 60 mil per jam tercatat sepanjang malam, dan Layanan Cuaca Nasional AS memperpanjang peringatan bendera merah untuk wilayah itu hingga Rabu malam.",
    ];
    let report = [
        "The result will feed into the design of the International Thermonuclear Experimental Reactor (ITER) under construction in Saint-Paul-lez-Durance in southern France, a project backed by the European Union, China, India, Japan, South Korea, Russia and the United States.",
        "Italy's Francesco Bagnaia won the Indonesian MotoGP at the Mandalika circuit on Lombok on Sunday after championship leader Jorge Martin crashed out while leading on lap 11.",
        "Spanish lender Banco Mediterráneo said on Monday it had agreed to buy Portuguese rival Banco Atlântico for 4.3 billion euros in cash and shares, creating the largest bank on the Iberian Peninsula by number of branches.",
        "Kenyan-British writer Amara Odhiambo won this year's Booker Prize for fiction on Tuesday with her debut novel \"The Salt House\", which imagines life in Mombasa after the Indian Ocean swallows half the city.",
        "Gusts of up to 60 miles per hour were recorded overnight, and the National Weather Service extended a red flag warning for the region until Wednesday evening.",
    ];
    assert_linked_without_name_flags(&source, &report);
    assert_linked_without_name_flags(
        &["Bendera Swedia Dikibarkan di Markas NATO saat Negara Itu Menjadi Anggota ke-32"],
        &["Sweden's Flag Raised at NATO Headquarters as It Becomes 32nd Member"],
    );
}

// Changed names that passed with no flag: a surname with its final letter
// doubled ("Bauman" / "Baumann": read as a demonym ending), a speaker whose
// name reads as a prefixed verb ("Mensah": "men-" + "sah"), and a country
// put where the report has another's demonym ("Swedia" / "Danish").

#[test]
fn a_doubled_letter_a_verb_like_name_and_another_country_are_flagged() {
    assert_each_flagged(
        &[
            "Karya itu dititipkan oleh ahli waris industrialis Swiss Werner Bauman, yang membelinya dari seorang pedagang di Paris pada 1956 dan menyimpannya di vilanya di dekat Danau Jenewa selama hampir tujuh dekade.",
            "Mensah mengatakan timnya akan memaparkan data lanjutan tentang perlindungan pada anak-anak yang lebih besar dalam sebuah konferensi di Seattle pada November.",
            "Northvolt menghimpun lebih dari US$15 miliar dari investor, termasuk Volkswagen, Goldman Sachs, dan dana pensiun Swedia ATP, serta memperoleh pesanan senilai sekitar US$55 miliar dari BMW, Scania, dan Volvo Cars.",
        ],
        &[
            "The work was consigned by the heirs of Swiss industrialist Werner Baumann, who bought it from a Paris dealer in 1956 and kept it in his villa near Lake Geneva for almost seven decades.",
            "Holloway said the team would present further data on protection in older children at a conference in Seattle in November.",
            "Northvolt raised more than $15 billion from investors including Volkswagen, Goldman Sachs and the Danish pension fund ATP, and won orders worth about $55 billion from BMW, Scania and Volvo Cars.",
        ],
        &[
            "name_variant:Bauman|Baumann",
            "name_mismatch:Mensah|Holloway",
            "name_mismatch:Swedia|Danish",
        ],
    );
}

// Figures: a changed index move that equalled the difference of two levels
// both sides state (2.1 - 1.3 = 0.8) was read as that difference,
// "a 100-million-degree plasma" was 100, and "New Taiwan dollars" were no
// currency, so a changed bonus was two unrelated amounts.

#[test]
fn a_changed_move_and_a_compounded_magnitude_are_read_as_written() {
    assert_each_flagged(
        &["Indeks acuan itu naik 1,3 persen ke level 5.487,03, sementara Nasdaq Composite menguat 2,1 persen dan Dow Jones Industrial Average bertambah 0,8 persen."],
        &["The benchmark index rose 1.3 percent to 5,487.03, while the Nasdaq Composite gained 2.1 percent and the Dow Jones Industrial Average added 0.6 percent."],
        &["number_mismatch:0.8%|0.6%"],
    );
    assert_each_flagged(
        &["Di Taipei, Administrasi Olahraga Kementerian Pendidikan mengatakan akan memberikan bonus 20 juta dolar Taiwan Baru kepada tim."],
        &["In Taipei, the Ministry of Education's Sports Administration said it would give the team a bonus of 30 million New Taiwan dollars."],
        &["number_mismatch:20000000|30000000"],
    );
    let line = "Reaktor KSTAR milik Korea Selatan di Busan mempertahankan plasma bersuhu 100 juta derajat selama 48 detik pada 2024, sementara perangkat WEST milik Prancis menahan plasma selama 22 menit pada Februari.";
    let rows = align_story(
        &[line],
        &["South Korea's KSTAR reactor in Daejeon sustained a 100-million-degree plasma for 48 seconds in 2024, while France's WEST device held a plasma for 22 minutes in February."],
    );
    let flags = flags_of(&rows, line);
    assert!(!flags.iter().any(|f| f.starts_with("number_")), "{flags:?}");
    assert_eq!(name_flags(flags), ["name_mismatch:Busan|Daejeon"]);
}

// Quotations whose words the lexicon lacked ("gugup": nervous, "pinggir
// lapangan": sideline, "tidak ada seorang pun": nobody, "mengabaikan":
// ignore, "prakirawan": forecaster) were left unmatched, also where the
// speaker was changed.

#[test]
fn quotations_whose_words_now_meet_are_linked_and_their_speakers_read() {
    let source = [
        "Quarterback Devin Carter mencatat lemparan sejauh 312 yard dan dua touchdown untuk Kansas City.",
        "\"Kami pernah berada dalam situasi seperti ini sebelumnya, dan tidak ada seorang pun di pinggir lapangan yang gugup,\" kata Carter.",
    ];
    let report = [
        "Quarterback Devin Carter threw for 312 yards and two touchdowns for Kansas City.",
        "\"We've been in this spot before, and nobody on the sideline was nervous,\" Carter said.",
    ];
    assert_linked_without_name_flags(&source, &report);
    let line = "\"Tidak ada partai yang mampu mengabaikan mereka,\" tambah Malhotra.";
    assert_name_flagged(
        &[
            "Analis politik Rahul Mehta mengatakan para pemilih muda kini menjadi kelompok terbesar.",
            line,
        ],
        &[
            "Political analyst Rahul Mehta said young voters were now the largest group.",
            "\"No party can afford to ignore them,\" Mehta added.",
        ],
        line,
    );
}

// Names the fifth batch still flagged: a loanword the lexicon lacked
// ("Tortila"), a strait written "Bosporus" against "Bosphorus" beside a
// headline's "Shipowners", and the SEA Games against the Southeast Asian
// Games.

#[test]
fn a_loanword_a_strait_and_the_sea_games_are_the_same_names() {
    let source = [
        "Kekeringan di Meksiko Utara Dorong Harga Tortila ke Rekor Tertinggi",
        "\"Tortila adalah makanan terpenting bagi keluarga miskin, sehingga setiap peso sangat berarti,\" kata Maria Elena Hernandez, peneliti di Universitas Otonom Nasional Meksiko.",
    ];
    let report = [
        "Drought in Northern Mexico Pushes Tortilla Prices to Record",
        "\"Tortillas are the most important food for poor families, so every peso counts,\" said Maria Elena Hernandez, a researcher at the National Autonomous University of Mexico.",
    ];
    assert_linked_without_name_flags(&source, &report);
    assert_linked_without_name_flags(
        &[
            "Turki Naikkan Tarif Transit Bosporus, Pemilik Kapal Geram",
            "Petenis Vietnam Ly Hoang Nam meraih medali emas tunggal putra SEA Games pada Senin setelah mengalahkan petenis Filipina Francis Alcantara.",
        ],
        &[
            "Turkey Raises Bosphorus Transit Fees, Angering Shipowners",
            "Vietnam's Ly Hoang Nam won the men's singles gold medal at the Southeast Asian Games on Monday, beating the Philippines' Francis Alcantara.",
        ],
    );
}

// Institutions, peoples and saints earlier batches still flagged, each
// with its own Indonesian name: the Badminton Association of Indonesia
// after "Ketua Umum" (its general chairman), Indian Railways, the
// Nabataeans, the Safavids, West Texas Intermediate, and Saint Joseph
// ("Santo Yosef").

#[test]
fn institutions_peoples_and_saints_with_their_own_indonesian_names_are_no_flags() {
    let source = [
        "Ketua Umum PBSI Fadil Imran mengatakan kemenangan pada 17 Maret itu merupakan persiapan ideal menuju Olimpiade Paris.",
        "Perusahaan Kereta Api India mengatakan pihaknya mengoperasikan 3.000 kereta khusus ke Prayagraj selama festival.",
        "Sekitar 270.000 orang mengunjungi kota berwarna merah mawar yang dipahat di tebing batu pasir oleh bangsa Nabath lebih dari 2.000 tahun lalu itu.",
        "\"Setiap ubin dibuat dengan tangan, menggunakan warna dan metode pembakaran yang sama dengan para maestro era Safawi,\" kata Reza Tavakoli, kepala tim restorasi.",
        "Harga minyak mentah berjangka Brent naik US$5,10 dan ditutup pada US$84,93 per barel, sementara minyak West Texas Intermediate AS naik US$4,75 menjadi US$80,42.",
        "\"Umat Katolik Vietnam telah menanti hari ini selama beberapa generasi,\" kata Uskup Agung Thien kepada wartawan di Katedral Santo Yosef.",
    ];
    let report = [
        "Badminton Association of Indonesia chairman Fadil Imran said the win on March 17 was the ideal preparation for the Paris Olympics.",
        "Indian Railways said it operated 3,000 special trains to Prayagraj during the festival.",
        "About 270,000 people visited the rose-red city, carved into sandstone cliffs by the Nabataeans more than 2,000 years ago.",
        "\"Every tile is made by hand, using the same colours and firing methods as the masters of the Safavid era,\" said Reza Tavakoli, head of the restoration team.",
        "Brent crude futures climbed $5.10 to settle at $84.93 a barrel, while US West Texas Intermediate gained $4.75 to $80.42.",
        "\"Vietnamese Catholics have waited for this day for generations,\" Archbishop Thien told reporters at St Joseph's Cathedral.",
    ];
    assert_linked_without_name_flags(&source, &report);
}

/// "Profesor" and "Professor" are titles: read into the name, they made
/// "Profesor James Carter" / "Professor James Walker" one name translated,
/// and the replaced surname passed unflagged (one of session 15's
/// single-pair probes).
#[test]
fn a_professors_replaced_surname_is_flagged() {
    assert_each_flagged(
        &["\"Temuan ini dapat mengubah cara kita mengobati kanker payudara,\" kata Profesor James Carter dari Universitas Cambridge."],
        &["\"This finding could change the way we treat breast cancer,\" said Professor James Walker of the University of Cambridge."],
        &["name_mismatch:Carter|Walker"],
    );
}

// A report that names a speaker and then goes on with "she said": a
// rendering that credits the quotation to another person of the story
// ("kata Sokolov") has changed who said it. With no name on the report's
// side the pair alone passed unflagged; the sentence before says who "she"
// is. A faithful rendering that names her is no flag.

#[test]
fn a_quotation_credited_to_another_than_the_reports_she_is_a_speaker_mismatch() {
    let changed = align_story(
        &[
            "Markova mengatakan perekonomian Rusia kemungkinan melambat menjadi sekitar 1 persen pada 2025.",
            "\"Ekonomi perang sedang mencapai batasnya,\" kata Sokolov.",
        ],
        &[
            "Markova said Russia's economy was likely to slow to about 1 percent in 2025.",
            "\"The war economy is hitting its limits,\" she said.",
        ],
    );
    let flags = flags_of(
        &changed,
        "\"Ekonomi perang sedang mencapai batasnya,\" kata Sokolov.",
    );
    assert!(
        flags
            .iter()
            .any(|f| f == "speaker_mismatch:Sokolov|Markova"),
        "{flags:?}"
    );
    assert_linked_without_name_flags(
        &[
            "Gallagher mengatakan perusahaan akan tetap mempertahankan kantor pusatnya di Inggris.",
            "\"Ini soal dari mana modal kami berasal, bukan soal meninggalkan Inggris,\" kata Gallagher.",
        ],
        &[
            "Gallagher said the company would keep its headquarters in Britain.",
            "\"This is about where our capital comes from, not about leaving the UK,\" she said.",
        ],
    );
}

// "the judge said" after a sentence crediting Judge Mohd Faizal Rahman is
// his statement, as "she said" is: a rendering that credits it to another
// person ("kata Sandhu") has changed who said it.
#[test]
fn a_quotation_credited_to_another_than_the_reports_judge_is_flagged() {
    assert_name_flagged(
        &[
            "Hakim Mohd Faizal Rahman mengatakan kesaksian saksi utama jaksa, seorang manajer perusahaan kayu bernama Wong Kah Seng, tidak konsisten dan tidak dapat dijadikan pegangan.",
            "\"Pengadilan tidak dapat menghukum seseorang atas dasar kecurigaan, sekuat apa pun kecurigaan itu,\" kata Sandhu.",
        ],
        &[
            "Judge Mohd Faizal Rahman said the testimony of the prosecution's main witness, a timber company manager named Wong Kah Seng, was inconsistent and could not be relied upon.",
            "\"The court cannot convict a man on the basis of suspicion, however strong that suspicion may be,\" the judge said.",
        ],
        "\"Pengadilan tidak dapat menghukum seseorang atas dasar kecurigaan, sekuat apa pun kecurigaan itu,\" kata Sandhu.",
    );
}
