//! Story probes (session 23): the twelfth set of close translations of
//! whole short news stories, written at the end of session 23 and measured
//! first with the start build and the end build of its code changes (no
//! sentence of NTREX-128, WMT newstest or FLORES; one fact changed in about
//! one pair in three): devolution in Ireland, Scotland and Wales, Pakistan
//! and Afghanistan, shipping, horse racing and rodeo, nuclear diplomacy,
//! agriculture, Asian high courts, emerging-market central banks, film and
//! music, polar research, mainland Southeast Asian politics, and public
//! transport (1,589 pairs in 144 stories). Each test holds pairs that went
//! wrong before its fix.

use crate::realnews::{assert_each_flagged_alone, assert_linked_without_name_flags};

// Institutions' words the lexicon lacked or gave another sense of
// ("Perdesaan" / "Rural", "Waduk" / "Reservoirs", "Pengatur" /
// "Regulatory", "Perkeretaapian" / "Rail", "Perlucutan Senjata" /
// "Disarmament", "Melanggar Hukum" / "Unlawful", "Hasil Pertanian" /
// "Produce", "Rute" / "Route") gave false name flags.
#[test]
fn institutions_words_the_lexicon_now_has_are_no_name_flags() {
    let source = [
        "\"Ini penangguhan, bukan penarikan diri, dan perbedaan itu penting,\" kata Andrey Baklitskiy, peneliti di Institut PBB untuk Riset Perlucutan Senjata di Jenewa.",
        "Menteri Pertanian Peter Munya mengatakan pemerintah akan menyalurkan 1,4 juta karung pupuk bersubsidi melalui Badan Sereal dan Hasil Pertanian Nasional dengan harga 3.500 shilling per karung.",
        "Pendapatan ekspor melonjak 35 persen menjadi US$4,8 miliar, menurut Kementerian Pertanian dan Pembangunan Perdesaan di Hanoi.",
        "Kementerian Pertanian dan Urusan Perdesaan mengirim tim ke Henan serta provinsi tetangga Anhui dan Shandong, dan memerintahkan pejabat setempat mengerahkan mesin pemanen gabungan dan pengering biji-bijian.",
        "Waduk-waduk di seluruh negeri hanya terisi 23 persen pada pertengahan Maret, menurut Kementerian Peralatan dan Air, dengan bendungan di sekitar Casablanca dan Marrakesh berada pada level terendah dalam sejarah.",
        "Pengadilan memberi Departemen Perhubungan serta Badan Pengatur dan Waralaba Transportasi Darat waktu 10 hari untuk menanggapi petisi tersebut.",
        "Mir ditangkap di Srinagar pada Januari 2022 dan dijerat dengan Undang-Undang (Pencegahan) Kegiatan Melanggar Hukum, yang membuat jaminan sangat sulit diperoleh.",
        "Kapal-kapal kargo Rusia menggunakan Rute Laut Utara di sepanjang pesisir Siberia selama 13 minggu musim ini, naik dari sembilan minggu satu dekade lalu, menurut perusahaan nuklir negara Rosatom, yang mengelola rute tersebut.",
        "Jalur Elizabeth di London mengangkut sekitar 200 juta penumpang dalam 12 bulan hingga Maret sehingga menjadi jalur kereta tersibuk di Inggris, menurut data yang diterbitkan pada Kamis oleh Kantor Perkeretaapian dan Jalan.",
    ];
    let report = [
        "\"This is a suspension, not a withdrawal, and that distinction matters,\" said Andrey Baklitskiy, a researcher at the UN Institute for Disarmament Research in Geneva.",
        "Agriculture Cabinet Secretary Peter Munya said the government would distribute 1.4 million bags of subsidised fertiliser through the National Cereals and Produce Board at 3,500 shillings each.",
        "Export revenue jumped 35 percent to 4.8 billion dollars, according to the Ministry of Agriculture and Rural Development in Hanoi.",
        "The Ministry of Agriculture and Rural Affairs sent teams to Henan and neighbouring Anhui and Shandong provinces and ordered local officials to mobilise combine harvesters and grain dryers.",
        "Reservoirs across the country were only 23 percent full in mid-March, according to the Ministry of Equipment and Water, with dams around Casablanca and Marrakesh at record lows.",
        "The court gave the Department of Transportation and the Land Transportation Franchising and Regulatory Board 10 days to respond to the petition.",
        "Mir was arrested in Srinagar in January 2022 and charged under the Unlawful Activities (Prevention) Act, which makes bail extremely difficult to obtain.",
        "Russian cargo ships used the Northern Sea Route along the Siberian coast for 13 weeks this season, up from nine weeks a decade ago, according to state nuclear corporation Rosatom, which manages the route.",
        "London's Elizabeth line carried about 200 million passengers in the 12 months to March, making it the busiest railway in Britain, according to figures published on Thursday by the Office of Rail and Road.",
    ];
    assert_linked_without_name_flags(&source, &report);
}

// A changed figure beside a loanword title or place ("Koboi" / "cowboy",
// "Sinema" / "Cinema") also gave a name flag.
#[test]
fn changed_figures_beside_loanwords_are_flagged_alone() {
    let source = [
        "Koboi asal Texas Cody Harlan meraih gelar juara dunia all-around kelima berturut-turut di National Finals Rodeo di Las Vegas pada Sabtu, dan menutup musim dengan pendapatan US$621.000.",
        "Menurut penyelenggara, 209 film dari 96 negara akan diputar selama sepuluh hari festival, yang digelar di Pusat Sinema Busan dan lima bioskop lain di kota pelabuhan tersebut.",
    ];
    let report = [
        "Texan Cody Harlan won his fifth straight world all-around championship at the National Finals Rodeo in Las Vegas on Saturday, finishing the season with earnings of $612,000.",
        "Organisers said 209 films from 69 countries would be screened during the ten-day festival, which is being held at the Busan Cinema Center and five other cinemas across the port city.",
    ];
    let want = ["number_mismatch:621000|612000", "number_mismatch:96|69"];
    assert_each_flagged_alone(&source, &report, &want);
}
