//! Story probes (session 29): the thirty-fourth set of close translations of
//! whole short news stories, written in session 29 and measured with the
//! start build and the build of the moment before it was read (no sentence of
//! NTREX-128, WMT newstest or FLORES; one fact changed in about one pair in
//! three): climate diplomacy, airlines and airports, Southeast Asian sport,
//! Pacific island politics, wildlife and conservation, and Russian domestic
//! news (971 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it where
//! a quotation's speaker is the fact), the pairs that the fixes made after
//! that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_34_showed() {
    let cases: &[FactCase] = &[
        // i1-bonn-adaptation-talks, line 2
        (
            &["Perundingan iklim Perserikatan Bangsa-Bangsa selama dua pekan di Bonn berakhir pada Kamis tanpa kesepakatan tentang cara mengukur kemajuan menuju penggandaan pendanaan adaptasi, sehingga keputusan-keputusan tersulit ditunda hingga KTT bulan November."],
            &["Two weeks of United Nations climate talks in Bonn ended on Thursday without agreement on how to measure progress toward doubling adaptation finance, leaving the hardest decisions for the November summit."],
            &[&[]],
        ),
        // i2-maple-air-smoke-winnipeg, line 4
        (
            &["Tiga penumpang dibawa ke rumah sakit sebagai langkah pencegahan setelah mengeluh sulit bernapas, dan ketiganya sudah diizinkan pulang pada malam harinya, kata petugas paramedis."],
            &["Three passengers were taken to hospital as a precaution after complaining of breathing difficulties, and all were released later that evening, paramedics said."],
            &[&[]],
        ),
        // i5-zoo-negara-tiger-cubs, line 1
        (
            &["Harimau Malaya Lahirkan Tiga Anak di Zoo Negara"],
            &["Malayan Tiger Gives Birth to Triplets at Zoo Negara"],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
