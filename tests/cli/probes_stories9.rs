//! Story probes (session 22): the ninth set of close translations of
//! whole short news stories, written during session 22 and measured first
//! with the build of that moment (no sentence of NTREX-128, WMT newstest or
//! FLORES; one fact changed in about one pair in three): local government,
//! Gulf politics, winter sports, insurance, prisons and protests, transport
//! crashes, chips, theatre and books, East Asian sport, food safety, the
//! Americas' elections, and earthquakes (1,587 pairs in 144 stories). Each
//! test holds pairs that went wrong before its fix.

use crate::realnews::{assert_each_flagged_alone, assert_linked_without_name_flags};

// Names each language writes its own way ("Tirol" / "Tyrol", "Iduladha" /
// "Eid al-Adha", "Santo Ambrosius" / "saint Ambrose", "Bobsled" /
// "Bobsleigh", "Aflatoksin" / "Aflatoxins"), institutions' words the
// lexicon lacked ("Dewan", "Dinas", "Hilir"), and a body split at "dan" on
// both sides ("Serikat Emas dan Perhiasan Teheran" / "Tehran Gold and
// Jewellery Union"). Each gave a false name flag.

#[test]
fn names_written_each_languages_way_are_no_name_flags() {
    let source = [
        "Menurut Serikat Emas dan Perhiasan Teheran, banyak warga Iran beralih ke koin emas dan mata uang kripto untuk melindungi tabungan mereka, dan harga koin emas naik 6 persen pada hari Minggu saja.",
        "Para korban, dua pria Belanda berusia 31 dan 45 tahun serta seorang perempuan Jerman berusia 28 tahun, merupakan bagian dari rombongan enam orang yang bermain ski bersama seorang pemandu lokal, menurut kepolisian negara bagian Tirol.",
        "\"Lapisan salju sangat tidak stabil setelah dua hari hujan salju lebat dan angin kencang,\" kata Georg Pichler, kepala layanan peringatan longsoran salju Tirol.",
        "Biaya Lintasan Bobsled Cortina untuk Olimpiade 2026 Naik Menjadi 118 Juta Euro",
        "Marangoni mengatakan ajang uji coba akan digelar pada bulan Maret, dan persetujuan akhir dari Federasi Bobsled dan Skeleton Internasional diharapkan keluar pada akhir April.",
        "Asosiasi Asuransi Austria (VVO) mengatakan anggotanya telah menerima lebih dari 40.000 klaim, sebagian besar dari Austria Hilir.",
        "RUU itu lolos di Dewan Deputi dengan 118 suara berbanding 21, dengan 6 abstain, setelah Senat menyetujuinya bulan lalu.",
        "Kapal motor ML Sabiha itu mengangkut sekitar 70 penumpang, banyak di antaranya keluarga yang pulang kampung setelah libur Iduladha.",
        "Pembukaan pada 7 Desember, bertepatan dengan hari raya Santo Ambrosius, santo pelindung Milan, merupakan malam terpenting dalam kalender budaya Italia dan disiarkan langsung oleh lembaga penyiaran publik RAI.",
        "Aflatoksin dihasilkan oleh jamur yang tumbuh pada biji-bijian yang disimpan dengan buruk dan dikaitkan dengan kanker hati serta hambatan pertumbuhan pada anak-anak.",
        "\"Sebagian besar anak dalam kondisi stabil dan banyak yang sudah pulang, tetapi kami masih memantau enam kasus serius,\" kata Nguyen Van Hai, wakil direktur Dinas Kesehatan kota tersebut.",
    ];
    let report = [
        "Many Iranians are turning to gold coins and cryptocurrencies to protect their savings, and the price of a gold coin rose 6 percent on Sunday alone, according to the Tehran Gold and Jewellery Union.",
        "The victims, two Dutch men aged 31 and 45 and a German woman aged 28, were part of a group of six skiing with a local guide, according to Tyrol state police.",
        "\"The snowpack was very unstable after two days of heavy snowfall and strong winds,\" said Georg Pichler, head of the Tyrol avalanche warning service.",
        "Cost of Cortina Bobsleigh Track for 2026 Olympics Rises to 118 Million Euros",
        "Marangoni said a test event would be held in March, with final approval from the International Bobsleigh and Skeleton Federation expected by the end of April.",
        "The Austrian Insurance Association (VVO) said its members had already received more than 40,000 claims, mostly from Lower Austria.",
        "The bill passed the Chamber of Deputies by 118 votes to 21, with 6 abstentions, after the Senate approved it last month.",
        "The launch, the ML Sabiha, was carrying about 70 passengers, many of them families travelling home after the Eid al-Adha holiday.",
        "The December 7 opening, on the feast day of Milan's patron saint Ambrose, is the most important night in the Italian cultural calendar and is broadcast live on the state broadcaster RAI.",
        "Aflatoxins are produced by moulds that grow on poorly stored grain and have been linked to liver cancer and stunted growth in children.",
        "\"Most of the children are stable and many have already gone home, but we are still monitoring six serious cases,\" said Nguyen Van Hai, deputy director of the city's Department of Health.",
    ];
    assert_linked_without_name_flags(&source, &report);
}

// A pound named by its country, a change's range written "dari ...
// menjadi ...", and a month with a particle ("Agustus-lah") were misread,
// so a changed figure or month passed or was shown as another; beside a
// changed figure, an adjective of a place ("Balinese") or an institution's
// word ("Dewan", "Bela Diri") gave a false name flag.
#[test]
fn changed_figures_and_months_are_flagged_alone() {
    let source = [
        "Harga satu liter bensin bersubsidi naik dari 3.000 menjadi 6.000 pound Suriah, sementara upah minimum bulanan dinaikkan menjadi 185.940 pound, setara sekitar US$14 dengan kurs pasar gelap.",
        "\"Ini hanya satu lomba, dan Kejuaraan Dunia di Beograd pada bulan Agustus-lah yang penting,\" kata Walsh.",
        "Penyelenggara mengatakan sekitar 30 persen acara akan berbahasa Indonesia, naik dari 25 persen tahun lalu, dan untuk pertama kalinya ada sesi berbahasa Bali.",
        "Koalisi itu diproyeksikan meraih antara 256 dan 292 dari 500 kursi di Dewan Deputi, kata Institut Pemilihan Nasional.",
        "Kishida mengatakan sekitar 1.000 personel Pasukan Bela Diri telah dikirim ke daerah itu dan jumlahnya akan ditambah menjadi lebih dari 3.000 dalam beberapa hari.",
    ];
    let report = [
        "The price of a litre of subsidised petrol rose from 3,000 to 8,000 Syrian pounds, while the minimum monthly wage was raised to 185,940 pounds, equivalent to about $14 at the black market rate.",
        "\"It's one race, and the World Championships in Belgrade in September are what matters,\" Walsh said.",
        "Organisers said about 30 percent of the programme would be in Indonesian, up from 20 percent last year, with sessions in Balinese for the first time.",
        "The coalition was projected to win between 265 and 292 of the 500 seats in the Chamber of Deputies, the National Electoral Institute said.",
        "Kishida said about 1,000 Self-Defense Forces troops had been sent to the area and that the number would be increased to more than 2,000 within days.",
    ];
    let want = [
        "number_mismatch:6000|8000",
        "date_mismatch:August|September",
        "number_mismatch:25%|20%",
        "number_mismatch:256|265",
        "number_mismatch:3000|2000",
    ];
    assert_each_flagged_alone(&source, &report, &want);
}

// A ministry the name finder split at its commas, whose last part the
// lexicon did not read as "Local Government" ("Pemerintahan Daerah"), gave
// a false speaker flag beside a changed year (fixed in session 23).
#[test]
fn a_changed_year_beside_a_ministry_split_at_its_commas_is_flagged_alone() {
    assert_each_flagged_alone(
        &["Seorang juru bicara Kementerian Perumahan, Komunitas, dan Pemerintahan Daerah mengatakan dewan-dewan daerah akan menerima tambahan £600 juta pada tahun anggaran berikutnya dan bahwa formula pendanaan yang lebih adil akan diperkenalkan pada 2027."],
        &["A spokesperson for the Ministry of Housing, Communities and Local Government said councils would receive an extra £600 million in the next financial year and that a fairer funding formula would be introduced in 2026."],
        &["number_mismatch:2027|2026"],
    );
}
