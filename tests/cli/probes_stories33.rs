//! Story probes (session 29): the thirty-third set of close translations of
//! whole short news stories, written in session 29 and measured with the
//! start build and the build of the moment before it was read (no sentence of
//! NTREX-128, WMT newstest or FLORES; one fact changed in about one pair in
//! three): Chinese domestic news, Indonesian national politics, United States
//! courts, chess, snooker, darts and esports, African football and athletics,
//! and cyber attacks (953 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it where
//! a quotation's speaker is the fact), the pairs that the fixes made after
//! that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_33_showed() {
    let cases: &[FactCase] = &[
        // h2-perppu-food-reserve-agency, line 8
        (
            &["Para pengkritik menilai perppu itu memotong jalur parlemen untuk persoalan yang sebenarnya bukan keadaan darurat."],
            &["Critics said the decree bypassed parliament on a matter that was not a genuine emergency."],
            &[&[]],
        ),
        // h2-kpk-former-social-minister, line 4
        (
            &["\"Bantuan itu ditujukan bagi keluarga yang kehilangan penghasilan, dan sebagian di antaranya berakhir di rekening pribadi,\" kata Sembiring dalam konferensi pers di gedung KPK, Jakarta Pusat."],
            &["\"The aid was meant for families who had lost their income, and some of it ended up in private accounts,\" Sembiring told a news conference at the agency's headquarters in South Jakarta."],
            &[&["name_mismatch:Pusat|South"]],
        ),
        // h2-austerity-instruction-travel, line 10
        (
            &["Belanja pemerintah untuk perjalanan dinas mencapai Rp39 triliun tahun lalu, menurut Badan Pemeriksa Keuangan (BPK)."],
            &["Government spending on official travel reached 39 trillion rupiah last year, according to the Audit Board of Indonesia."],
            &[&[]],
        ),
        // h3-texas-smuggling-indictment, line 6
        (
            &["Sembilan terdakwa lainnya telah ditahan, sementara satu orang masih buron dan diyakini berada di negara bagian Tamaulipas, Meksiko."],
            &["Nine other defendants are in custody, and one remains at large, believed to be in the Mexican state of Tamaulipas."],
            &[&[]],
        ),
        // h4-leeuwarden-darts-open, line 6
        (
            &["\"Lengan saya terasa berat di beberapa leg awal, tetapi penonton mendorong saya,\" kata Van der Meer."],
            &["\"My arm felt heavy in the first few legs, but the crowd carried me,\" Van der Meer said."],
            &[&[]],
        ),
        // h4-dortmund-european-darts, line 5
        (
            &["Pemain Skotlandia itu menutup 121 untuk memenangi leg ke-16 dan unggul 9-7, sebelum memastikan kemenangan tiga leg kemudian."],
            &["The Scot took out 121 to win the 16th leg and move 9-7 ahead before sealing victory three legs later."],
            &[&[]],
        ),
        // h4-hanoi-chess-championship, line 10
        (
            &["Mai mulai bermain catur pada usia enam tahun di Kota Ho Chi Minh dan meraih gelar juara dunia putri kelompok umur di bawah 14 tahun pada 2014."],
            &["Mai began playing chess at the age of six in Ho Chi Minh City and won the world under-14 girls' title in 2014."],
            &[&[]],
        ),
        // h5-yanga-simba-derby, line 1
        (
            &["Yanga Kalahkan Simba 2-1 dalam Derbi Dar es Salaam dan Naik ke Puncak Klasemen"],
            &["Yanga Beat Simba 2-1 in Dar es Salaam Derby to Go Top"],
            &[&[]],
        ),
        // h5-nigeria-okonkwo-100m-title, line 7
        (
            &["Di nomor 100 meter putra, Tunde Bakare menang dengan waktu 10,04 detik, unggul seperseratus detik atas Samuel Obi."],
            &["In the men's 100 metres, Tunde Bakare won in 10.04, edging Samuel Obi by one hundredth of a second."],
            &[&[]],
        ),
        // h6-kenya-bank-hack-arrests, line 10
        (
            &["Para tersangka, yang berusia antara 24 dan 45 tahun, akan ditahan selama 14 hari selama penyelidikan berlangsung, demikian putusan seorang hakim di Nairobi pada Selasa."],
            &["The suspects, aged between 24 and 45, will be held for 14 days while investigations continue, a Nairobi magistrate ruled on Tuesday."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
