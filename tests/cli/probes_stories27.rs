//! Story probes (session 28): the twenty-seventh set of close translations
//! of whole short news stories, written in session 28 and measured with the
//! start build and the build of the moment before it was read (no sentence
//! of NTREX-128, WMT newstest or FLORES; one fact changed in about one pair
//! in three): France, Spain, Portugal and Italy, Germany and the Benelux,
//! food markets, migration, football in the Americas and Asia, and
//! elections (962 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it
//! where a quotation's speaker is the fact), the pairs that the fixes made
//! after that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_27_showed() {
    let cases: &[FactCase] = &[
        // b1-italy-pension-age-row, line 2
        (
            &["Usulan untuk menaikkan usia pensiun Italia menjadi 67,5 tahun pada 2029 telah memicu keretakan dalam koalisi yang berkuasa, dengan Partai Liga mengancam akan menolaknya di parlemen."],
            &["A proposal to raise Italy's retirement age to 67 and a half by 2029 has opened a rift in the governing coalition, with the League threatening to vote against it in parliament."],
            &[&[]],
        ),
        // b1-france-aude-wildfire, line 1
        (
            &["Kebakaran Hutan di Prancis Selatan Hanguskan 12.000 Hektare, Satu Orang Tewas"],
            &["Wildfire in southern France burns 12,000 hectares, one dead"],
            &[&[]],
        ),
        // b2-kronauer-supplier-insolvency, line 2
        (
            &["Pemasok suku cadang mobil Jerman Kronauer GmbH mengajukan permohonan pailit pada Senin, sehingga 3.100 pekerjaan di Bavaria dan Thüringen terancam."],
            &["German car parts supplier Kronauer GmbH filed for insolvency on Monday, putting 3,100 jobs at risk in Bavaria and Thuringia."],
            &[&[]],
        ),
        // b2-brussels-government-deal, line 8
        (
            &["Dari pihak berbahasa Belanda, koalisi itu mencakup Partai Hijau Flandria, Groen, dan partai Kristen demokrat CD&V."],
            &["On the Dutch-speaking side, the coalition includes the Flemish Greens, Groen, and the Christian democrats of CD&V."],
            &[&[]],
        ),
        // b2-frankfurt-carbon-fraud-trial, line 11
        (
            &["Jaksa penuntut mengatakan kasus itu merupakan salah satu penipuan pajak terbesar dalam sejarah peradilan negara bagian Hessen."],
            &["Prosecutors said the case was one of the largest tax frauds in the history of the Hesse judiciary."],
            &[&[]],
        ),
        // b3-india-wheat-export-ban, line 4
        (
            &["\"Prioritas utama kami adalah memulihkan cadangan negara dan menjaga harga tepung tetap terjangkau bagi rumah tangga,\" kata Sekretaris Pangan Sanjeev Malhotra dalam konferensi pers di New Delhi."],
            &["\"Our first priority is to rebuild state reserves and keep flour affordable for households,\" Food Secretary Sanjeev Malhotra told a news conference in New Delhi."],
            &[&[]],
        ),
        // b3-china-urea-checks, line 11
        (
            &["Li mengatakan pemeriksaan itu bisa dilonggarkan setelah Mei, begitu permintaan dalam negeri dari petani mereda."],
            &["Li said the checks could be relaxed after May, once domestic demand from farmers eases."],
            &[&[]],
        ),
        // b4-southafrica-beitbridge-deportations, line 2
        (
            &["Otoritas Afrika Selatan mendeportasi 1.870 warga Zimbabwe melalui pos perbatasan Beitbridge pekan lalu seiring makin gencarnya penindakan terhadap warga asing tak berdokumen, kata pejabat kedua negara pada Senin."],
            &["South African authorities deported 1,870 Zimbabweans through the Beitbridge border post last week as a crackdown on undocumented foreigners intensified, officials on both sides said on Monday."],
            &[&[]],
        ),
        // b5-kleague-jeonbuk-tavares, line 5
        (
            &["Ia menandatangani kontrak berdurasi tiga setengah tahun dan akan mengenakan kaus bernomor punggung sembilan."],
            &["He has signed a three-and-a-half-year contract and will wear the number nine shirt."],
            &[&[]],
        ),
        // b5-mls-rsl-gaitan-transfer, line 4
        (
            &["Gaitán telah tampil 23 kali untuk tim utama Vélez dengan torehan lima gol, dan menjadi kapten timnas Argentina di Piala Dunia U-17."],
            &["Gaitán has made 23 first-team appearances for Vélez, scoring five goals, and captained Argentina at the Under-17 World Cup."],
            &[&[]],
        ),
        // b5-libertadores-idv-saopaulo, line 2
        (
            &["Klub Ekuador Independiente del Valle menyingkirkan São Paulo dari Copa Libertadores pada Kamis setelah menang 5-4 dalam adu penalti, menyusul hasil imbang 1-1 di Quito yang membuat agregat babak 16 besar sama kuat 2-2."],
            &["Ecuador's Independiente del Valle knocked São Paulo out of the Copa Libertadores on Thursday, winning a penalty shootout 5-4 after a 1-1 draw in Quito left the round-of-16 tie level at 2-2 on aggregate."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
