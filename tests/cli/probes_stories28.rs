//! Story probes (session 28): the twenty-eighth set of close translations
//! of whole short news stories, written in session 28 and measured with the
//! start build and the build of the moment before it was read (no sentence
//! of NTREX-128, WMT newstest or FLORES; one fact changed in about one pair
//! in three): telecoms in Africa and Asia, crime, public health in Europe
//! and the Americas, ports and fisheries, racket sports and golf, and state
//! ceremonies (948 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it
//! where a quotation's speaker is the fact), the pairs that the fixes made
//! after that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_28_showed() {
    let cases: &[FactCase] = &[
        // c1-indonesia-satellite-villages, line 8, 9
        (
            &["Yosefina Wenda, perawat di sebuah klinik di Kabupaten Jayawijaya, mengatakan sambungan itu memungkinkan petugas melaporkan kasus malaria pada hari yang sama.", "\"Dulu kami harus mendaki bukit hanya untuk mengirim pesan singkat,\" kata Hendra Wicaksono."],
            &["Yosefina Wenda, a nurse at a clinic in Jayawijaya regency, said the link had allowed staff to report malaria cases the same day.", "\"Before, we had to climb a hill just to send a text message,\" she said."],
            &[&[], &["speaker_mismatch:Hendra Wicaksono|Yosefina Wenda"]],
        ),
        // c2-mexico-fentanyl-extradition, line 1
        (
            &["Meksiko Ekstradisi Terduga Bos Fentanil Kartel ke Amerika Serikat"],
            &["Mexico Extradites Alleged Cartel Fentanyl Chief to United States"],
            &[&[]],
        ),
        // c2-mexico-fentanyl-extradition, line 11
        (
            &["Fentanil dikaitkan dengan sekitar 70.000 kematian akibat overdosis per tahun di Amerika Serikat, menurut otoritas kesehatan AS."],
            &["Fentanyl is linked to about 70,000 overdose deaths a year in the United States, according to U.S. health authorities."],
            &[&[]],
        ),
        // c3-netherlands-measles-bible-belt, line 3
        (
            &["Kota-kota tersebut, yang membentang dari Zeeland di barat daya hingga Overijssel di timur laut, merupakan tempat tinggal komunitas Protestan konservatif, yang sebagian di antaranya menolak vaksinasi atas dasar agama."],
            &["The towns, stretching from Zeeland in the southwest to Overijssel in the northeast, are home to conservative Protestant communities, some of whom reject vaccination on religious grounds."],
            &[&[]],
        ),
        // c4-natuna-vietnamese-boats, line 9
        (
            &["Indonesia dan Vietnam telah menandatangani perjanjian batas zona ekonomi eksklusif kedua negara setelah lebih dari satu dekade perundingan, tetapi para pejabat di Jakarta mengatakan penangkapan ikan ilegal masih terus terjadi."],
            &["Indonesia and Vietnam have signed an agreement on the boundary of their exclusive economic zones after more than a decade of negotiations, but officials in Jakarta say illegal fishing has continued."],
            &[&[]],
        ),
        // c5-adelaide-teen-upset, line 3
        (
            &["Bromfield, yang berada di peringkat ke-312, belum pernah mengalahkan pemain 50 besar sebelum pekan ini."],
            &["Bromfield, ranked 312th, had never beaten a top-50 player before this week."],
            &[&[]],
        ),
        // c5-new-delhi-mens-doubles, line 1
        (
            &["Pasangan Malaysia Akhiri Penantian Panjang Gelar Ganda India Open"],
            &["Malaysian pair end long wait for India Open doubles title"],
            &[&[]],
        ),
        // c5-singapore-golf-playoff, line 4
        (
            &["Choi, 28 tahun, memasukkan putt birdie sejauh 12 kaki di hole ke-18 par 5 untuk memastikan kemenangan."],
            &["Choi, 28, rolled in a 12-foot birdie putt on the par-5 18th to win."],
            &[&[]],
        ),
        // c6-kenya-president-japan-state-visit, line 3
        (
            &["Ia disambut kaisar dalam sebuah upacara di Istana Kekaisaran, tempat korps musik militer memainkan lagu kebangsaan kedua negara."],
            &["He was welcomed by the emperor at a ceremony at the Imperial Palace, where a military band played both national anthems."],
            &[&[]],
        ),
        // c6-spain-national-day-parade, line 5
        (
            &["Kementerian Pertahanan mengatakan parade tahun ini menelan biaya 750.000 euro, seperempat lebih rendah dibanding pada 2019."],
            &["The Defence Ministry said this year's parade cost 750,000 euros, a quarter less than in 2019."],
            &[&[]],
        ),
        // c6-danish-king-vietnam-state-visit, line 6
        (
            &["\"Denmark termasuk negara Barat pertama yang mengakui Vietnam, dan kami tidak melupakannya,\" kata Thanh dalam jamuan kenegaraan."],
            &["\"Denmark was among the first Western countries to recognise Vietnam, and we have not forgotten it,\" Thanh said at a state banquet."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
