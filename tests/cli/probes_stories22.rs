//! Story probes (session 27): the twenty-second set of close translations
//! of whole short news stories, written at the start of session 27 and
//! measured with the start build and the build of the moment before it was
//! read (no sentence of NTREX-128, WMT newstest or FLORES; one fact changed
//! in about one pair in three): South American economy, the Nordic and
//! Baltic states, southern Africa, labour in Asia, winter sports and
//! motor racing, and religion and heritage (984 pairs in 84 stories). The
//! tests hold pairs that went wrong before the fixes made after that
//! measurement.

use crate::realnews::{align_story, assert_fact_flags, fact_flags, flags_of};

// A quotation credited to another person shares only its speaker's name with
// the sentence before it, which another source sentence renders closely:
// the gap between two close renderings places it ("kata Marufu" was linked
// to "Marufu said the park ...").
#[test]
fn a_quotation_drawn_to_its_speakers_other_sentence_finds_its_own() {
    let source = [
        "Marufu mengatakan taman tersebut menampung sekitar 45.000 ekor gajah, lebih dari dua kali lipat daya dukung yang dianggap ideal oleh para ahli ekologi.",
        "Menteri Lingkungan Hidup Rudo Chikwanha meminta bantuan donor sebesar US$2,5 juta untuk mengebor 40 sumur bor baru sebelum hujan turun pada akhir November.",
        "\"Kita sedang menyaksikan keadaan darurat ekologis berlangsung secara perlahan,\" kata Marufu.",
        "Zimbabwe selama bertahun-tahun berpendapat bahwa negara itu seharusnya diizinkan menjual stok gadingnya, yang diperkirakan bernilai US$600 juta, untuk mendanai konservasi.",
    ];
    let report = [
        "Marufu said the park holds about 45,000 elephants, more than double what ecologists consider its carrying capacity.",
        "Environment Minister Rudo Chikwanha appealed to donors for $2.5 million to drill 40 new boreholes before the rains arrive in late November.",
        "\"We are watching an ecological emergency unfold in slow motion,\" Chikwanha said.",
        "Zimbabwe has argued for years that it should be allowed to sell its stockpile of ivory, worth an estimated $600 million, to fund conservation.",
    ];
    let rows = align_story(&source, &report);
    assert_eq!(
        fact_flags(flags_of(&rows, source[2])),
        ["speaker_mismatch:Marufu|Chikwanha"] as [&str; 1],
        "{}",
        source[2]
    );
}

// The link before the quotation is loose but follows a close rendering one
// to one, so it holds the gap; the quotation was unmatched.
#[test]
fn a_quotation_after_a_loose_link_on_the_diagonal_is_placed() {
    let source = [
        "Nakamura dari Jepang Juarai Lompat Ski di Kandang Sendiri di Sapporo",
        "Atlet Jepang Daiki Nakamura menjuarai seri Piala Dunia lompat ski di bukit besar Okurayama, Sapporo, pada Sabtu.",
        "Atlet berusia 30 tahun itu melompat sejauh 135,7 meter dan 134 meter dengan total 281,4 poin.",
        "Ziga Kranjec dari Slovenia berada di posisi kedua dengan 276,9 poin, dan Florian Hofer dari Austria di posisi ketiga dengan 272,3 poin.",
        "Nakamura berada di posisi keempat setelah putaran pertama, tetapi menghasilkan lompatan terjauh di putaran final saat angin lebih tenang.",
        "\"Saya tumbuh besar 20 menit dari bukit ini, dan nenek saya hadir di tribun hari ini,\" kata Nakamura.",
        "Itu merupakan kemenangan Piala Dunia pertamanya dalam hampir empat tahun, sejak ia menang di Oberstdorf, Jerman, pada Februari 2021.",
        "Kranjc, yang memimpin klasemen umum, memperlebar keunggulannya atas Hofer menjadi 86 poin.",
        "\"Angin berubah arah di putaran kedua, dan tidak ada yang bisa saya lakukan,\" ujar Kranjc.",
        "Perlombaan tertunda 35 menit akibat hujan salju lebat pada pagi hari.",
        "Kompetisi individu kedua di bukit yang sama dijadwalkan berlangsung pada Minggu.",
    ];
    let report = [
        "Japan's Nakamura Wins Ski Jumping Event on Home Hill in Sapporo",
        "Japan's Daiki Nakamura won a World Cup ski jumping event on the large hill at Okurayama in Sapporo on Saturday.",
        "The 30-year-old jumped 137.5 metres and 134 metres for a total of 281.4 points.",
        "Slovenia's Ziga Kranjc was second with 276.9 points, and Austria's Florian Hofer third with 272.3.",
        "Nakamura was fourth after the first round but produced the longest jump of the final round in calmer winds.",
        "\"I grew up 20 minutes from this hill, and my grandmother was in the stands today,\" Nakamura said.",
        "It was his first World Cup win in almost four years, since a victory in Willingen, Germany, in February 2021.",
        "Kranjc, who leads the overall standings, extended his advantage over Hofer to 86 points.",
        "\"The wind turned in the second round, and there was nothing I could do about it,\" Hofer said.",
        "The competition was delayed by 35 minutes because of heavy snowfall in the morning.",
        "A second individual competition on the same hill is scheduled for Sunday.",
    ];
    let rows = align_story(&source, &report);
    assert_eq!(
        fact_flags(flags_of(&rows, source[8])),
        ["speaker_mismatch:Kranjc|Hofer"] as [&str; 1],
        "{}",
        source[8]
    );
}

// The quotation was linked to a sentence another source sentence renders
// better, where its report names a place it does not.
#[test]
fn a_quotation_linked_to_a_taken_sentence_gives_way() {
    let source = [
        "Bank Sentral Brasil Naikkan Selic Menjadi 11,25 Persen saat Real Merosot",
        "Bank sentral Brasil menaikkan suku bunga acuan Selic sebesar 50 basis poin menjadi 11,25 persen pada Rabu, mempercepat siklus pengetatannya seiring jatuhnya real ke rekor terendah terhadap dolar AS.",
        "Keputusan bulat komite kebijakan moneter beranggotakan tujuh orang, yang dikenal sebagai Copom, sesuai dengan perkiraan sebagian besar ekonom.",
        "Real ditutup pada 5,87 per dolar AS, turun 1,1 persen dalam sehari, karena investor khawatir terhadap kenaikan belanja publik.",
        "\"Komite menilai bahwa memburuknya ekspektasi inflasi menuntut kebijakan moneter yang lebih ketat,\" kata Copom dalam pernyataannya.",
        "Harga konsumen naik 4,8 persen dalam 12 bulan hingga Oktober, di atas batas atas rentang toleransi 4,5 persen di sekitar target 3 persen.",
        "Menteri Keuangan Henrique Barreto Lago mengatakan pemerintah akan mengumumkan pemangkasan belanja \"dalam beberapa hari mendatang\" untuk menenangkan pasar.",
        "\"Tanggung jawab fiskal bukan sekadar slogan bagi pemerintah ini, melainkan sebuah komitmen,\" kata Barreto kepada wartawan di São Paulo.",
        "Camila Resende, kepala ekonom Horizonte Asset Management di São Paulo, mengatakan bank sentral kemungkinan akan menaikkan Selic hingga setidaknya 12,5 persen pada Maret.",
        "\"Real sedang melakukan pekerjaan yang enggan dilakukan oleh kebijakan fiskal,\" kata Barreto.",
        "Mata uang itu telah kehilangan sekitar 17 persen nilainya terhadap dolar AS tahun ini, salah satu kinerja terburuk di antara mata uang negara berkembang utama.",
        "Copom akan menggelar rapat berikutnya pada 10 dan 11 Desember.",
    ];
    let report = [
        "Brazil's central bank raises Selic to 11.25 percent as real slides",
        "Brazil's central bank raised its benchmark Selic rate by 50 basis points to 11.25 percent on Wednesday, accelerating its tightening cycle as the real fell to a record low against the dollar.",
        "The unanimous decision by the nine-member monetary policy committee, known as Copom, was in line with the forecasts of most economists.",
        "The real closed at 5.87 per dollar, down 1.1 percent on the day, as investors worried about rising public spending.",
        "\"The committee judges that the deterioration of inflation expectations requires a more restrictive monetary policy,\" Copom said in its statement.",
        "Consumer prices rose 4.8 percent in the 12 months to October, above the 4.5 percent ceiling of the tolerance band around the 3 percent target.",
        "Finance Minister Henrique Barreto Lago said the government would announce spending cuts \"in the coming days\" to reassure markets.",
        "\"Fiscal responsibility is not a slogan for this government; it is a commitment,\" Barreto told reporters in Brasília.",
        "Camila Rezende, chief economist at Horizonte Asset Management in São Paulo, said the bank was likely to raise the Selic to at least 12.5 percent by March.",
        "\"The real is doing the work that fiscal policy refuses to do,\" Rezende said.",
        "The currency has lost about 17 percent of its value against the dollar this year, one of the worst performances among major emerging-market currencies.",
        "The Copom will hold its next meeting on December 10 and 11.",
    ];
    let rows = align_story(&source, &report);
    assert_eq!(
        fact_flags(flags_of(&rows, source[9])),
        ["speaker_mismatch:Barreto|Rezende"] as [&str; 1],
        "{}",
        source[9]
    );
}

// "tidak lebih dari" (no more than), a race time with a decimal comma
// ("6:08,77"), half a month's pay, "enam puluhan" (sixties), "di antara
// kedua negara" (between the two countries), "putaran ke-14" / "lap 14"
// beside "turn 10" (no age), the Virgin Mary by her Indonesian names, and
// a name after a religious title, no "ber-ton-i".
#[test]
fn figures_names_and_titles_batch_22_showed() {
    let source = [
        "Dewan Internasional untuk Eksplorasi Laut (ICES) menyarankan total tangkapan tidak lebih dari 576.000 ton untuk semua negara jika digabungkan, atau pemangkasan 22 persen.",
        "Kesepakatan itu dicapai setelah lima hari perundingan yang digelar melalui tautan video karena adanya pembatasan perjalanan di antara kedua negara.",
        "Para buruh mengatakan perusahaan hanya menawarkan pesangon setengah bulan gaji untuk setiap tahun masa kerja, separuh dari yang diwajibkan undang-undang ketenagakerjaan Tiongkok.",
        "Ruiz, yang start dari posisi terdepan, memimpin hingga putaran ke-14 sebelum melebar di tikungan 10.",
        "Sebelumnya, Henrik Solberg dari Norwegia memenangi nomor 5.000 meter putra dengan catatan 6:08,77.",
        "Banyak yang tiba dengan berjalan kaki atau bersepeda dari negara-negara bagian tetangga, sebagian menggendong gambar Bunda Maria berbingkai di punggung mereka.",
        "\"Sebagian hewan ini berusia enam puluhan tahun dan seharusnya tidak berjalan berjam-jam di tengah panas dan kebisingan,\" kata Dilani Perera dari Jaringan Kesejahteraan Gajah Sri Lanka.",
        "Tempat ziarah itu menyimpan ikon Bunda Maria Hitam, yang dianggap umat Katolik Polandia sebagai harta religius paling berharga.",
        "Bertoni bertemu para pejabat provinsi dan berterima kasih kepada otoritas Vietnam karena telah mengizinkan acara tersebut digelar.",
    ];
    let report = [
        "The International Council for the Exploration of the Sea (ICES) has advised a total catch of no more than 576,000 tonnes for all countries combined, a cut of 22 percent.",
        "The agreement was reached after five days of talks held by video link because of travel restrictions between the two countries.",
        "Workers say the company has offered severance of only half a month's pay for each year of service, half of what Chinese labour law requires.",
        "Ruiz, who started from pole position, led until lap 14 before running wide at turn 10.",
        "Earlier, Norway's Henrik Solberg won the men's 5,000 metres in 6:08.77.",
        "Many arrived on foot or by bicycle from neighbouring states, some carrying framed images of the Virgin on their backs.",
        "\"Some of these animals are in their sixties and should not be walking for hours in the heat and noise,\" said Dilani Perera of the Sri Lanka Elephant Welfare Network.",
        "The shrine houses the icon of the Black Madonna, which Polish Catholics regard as their most precious religious treasure.",
        "Bertani met provincial officials and thanked the Vietnamese authorities for allowing the event to take place.",
    ];
    let want: [&[&str]; 9] = [
        &[],
        &[],
        &[],
        &[],
        &[],
        &[],
        &[],
        &[],
        &["name_variant:Bertoni|Bertani"],
    ];
    assert_fact_flags(&source, &report, &want);
}
