//! Story probes (session 29): the thirty-second set of close translations of
//! whole short news stories, written in session 29 and measured with the
//! start build and the build of the moment before it was read (no sentence of
//! NTREX-128, WMT newstest or FLORES; one fact changed in about one pair in
//! three): the United Kingdom and Ireland, Israel, Gaza and Lebanon,
//! medicines and regulators, professional tennis, pilgrimages, and mining
//! accidents (957 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it where
//! a quotation's speaker is the fact), the pairs that the fixes made after
//! that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_32_showed() {
    let cases: &[FactCase] = &[
        // g1-scotland-island-ferries-delay, line 2
        (
            &["Pemerintah Skotlandia pada Kamis mengatakan dua kapal feri baru untuk Kepulauan Barat baru akan beroperasi pada musim panas tahun depan, hampir tujuh tahun lebih lambat dari rencana awal."],
            &["The Scottish government said on Thursday that two new ferries for the Western Isles would not enter service until next summer, nearly seven years later than originally planned."],
            &[&[]],
        ),
        // g2-settler-attack-olive-harvest, line 10
        (
            &["Kelompok hak asasi manusia Israel B'Tselem mengatakan relawannya telah mendokumentasikan 14 insiden hanya dalam pekan pertama musim panen."],
            &["Israeli rights group Yesh Din said its volunteers had documented 14 incidents in the first week of the season alone."],
            &[&["name_mismatch:B'Tselem|Yesh Din"]],
        ),
        // g3-malaria-vaccine-trial, line 8
        (
            &["Malaria menewaskan sekitar 608.000 orang pada 2022, sebagian besar anak balita di Afrika, menurut Organisasi Kesehatan Dunia (WHO)."],
            &["Malaria killed an estimated 608,000 people in 2022, most of them children under five in Africa, according to the World Health Organization."],
            &[&[]],
        ),
        // g4-guangzhou-open-liu-retires, line 7
        (
            &["Petenis Polandia itu kini berada di peringkat ke-64, tetapi diproyeksikan naik ke sekitar peringkat ke-45 jika menjuarai turnamen ini."],
            &["The Pole is ranked 64th but is projected to climb to around 45th if she wins the title."],
            &[&[]],
        ),
        // g4-guangzhou-open-liu-retires, line 11
        (
            &["Pelatihnya, Zhang Wei, mengatakan tim akan memutuskan keikutsertaan Liu di turnamen Ningbo pekan depan setelah hasil pemindaian keluar."],
            &["Her coach, Zhang Wei, said the team would decide on her participation in next week's tournament in Wuhan after the scans."],
            &[&["name_mismatch:Ningbo|Wuhan"]],
        ),
        // g4-australian-open-prize-money, line 8
        (
            &["Perwakilan pemain menyambut baik langkah itu, tetapi spesialis ganda Australia Megan Kilpatrick, 31 tahun, mengatakan petenis profesional berperingkat rendah masih kesulitan menutup biaya perjalanan dan pelatih."],
            &["Player representatives welcomed the move, but Australian doubles specialist Megan Kilpatrick, 31, said lower-ranked professionals still struggle to cover travel and coaching costs."],
            &[&[]],
        ),
        // g4-bjk-cup-brazil-germany, line 4
        (
            &["Carvalho, 32 tahun, sempat menjaga asa Brasil pada Jumat dengan mengalahkan petenis Jerman Annika Vogel dua set langsung."],
            &["Carvalho, 32, had kept Brazil alive on Friday by beating Germany's Annika Vogel in straight sets."],
            &[&[]],
        ),
        // g4-pune-deshpande-retires, line 2
        (
            &["Petenis ganda veteran India Arjun Deshpande mengumumkan pensiun pada Kamis setelah kalah di perempat final Maharashtra Open di Pune pada usia 41 tahun."],
            &["Indian doubles veteran Arjun Deshpande announced his retirement on Thursday after losing in the quarter-finals of the Maharashtra Open in Pune at the age of 41."],
            &[&[]],
        ),
        // g4-rome-ferraro-upset, line 3
        (
            &["Ferraro, yang berada di peringkat ke-96, menjadi pemain tertua yang mengalahkan lawan lima besar di Foro Italico dalam lebih dari 20 tahun, menurut ATP."],
            &["Ferraro, ranked 96th, is the oldest player to beat a top-five opponent at the Foro Italico in more than 20 years, according to the ATP."],
            &[&[]],
        ),
        // g4-rome-ferraro-upset, line 7
        (
            &["\"Itu bukan alasan, dia bermain luar biasa dan pantas menang,\" kata petenis Polandia itu."],
            &["\"That's no excuse, he played a great match and deserved to win,\" the Pole said."],
            &[&[]],
        ),
        // g6-turkey-zonguldak-methane, line 9
        (
            &["\"Dia menelepon saya siang tadi dan bilang udaranya berbau aneh,\" ujar Demirtas."],
            &["\"He called me at noon and said the air smelled strange,\" Demirtas said."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
