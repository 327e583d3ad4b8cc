//! Story probes (session 29): the thirty-fifth set of close translations of
//! whole short news stories, written in session 29 and measured with the
//! start build and the build of the moment before it was read (no sentence of
//! NTREX-128, WMT newstest or FLORES; one fact changed in about one pair in
//! three): housing and construction in Asia and Africa, the Korean peninsula,
//! trade and tariffs, horse racing, sailing, surfing and climbing, South
//! America and Mexico, and doping and sports governance (963 pairs in 84
//! stories).
//! The test holds, each in a story of its own (with the line before it where
//! a quotation's speaker is the fact), the pairs that the fixes made after
//! that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_35_showed() {
    let cases: &[FactCase] = &[
        // j2-defector-soldier-dmz, line 9
        (
            &["Menurut Kementerian Unifikasi, sekitar 34.000 warga Korea Utara telah menetap di Selatan sejak berakhirnya Perang Korea 1950-1953, sebagian besar melalui Tiongkok."],
            &["About 34,000 North Koreans have resettled in the South since the end of the 1950-53 Korean War, mostly via China, according to the Unification Ministry."],
            &[&[]],
        ),
        // j4-aus-sydney-hobart-line-honours, line 9
        (
            &["Dari 103 kapal layar yang berangkat dari Pelabuhan Sydney pada 26 Desember, 11 di antaranya telah mundur hingga Kamis pagi, sebagian besar karena kerusakan layar dan tali-temali."],
            &["Of the 103 yachts that started from Sydney Harbour on Boxing Day, 11 had retired by Thursday morning, mostly with sail and rigging damage."],
            &[&[]],
        ),
        // j4-idn-krui-pro-surf, line 5
        (
            &["\"Saya tumbuh dengan mimpi menang di depan penggemar Indonesia, dan hari ini mimpi itu terwujud,\" kata Dwipayana sambil memegang bendera Merah Putih."],
            &["\"I grew up dreaming of winning in front of Indonesian fans, and today it happened,\" Dwipayana said, holding the Indonesian flag."],
            &[&[]],
        ),
        // j5-uraba-migrant-boat, line 12
        (
            &["Pencarian terhadap korban hilang dijadwalkan dilanjutkan saat fajar pada Jumat."],
            &["The search for the missing was set to resume at first light on Friday."],
            &[&[]],
        ),
        // j6-malaysia-badminton-manipulation, line 1
        (
            &["BWF Larang Dua Pemain Ganda Malaysia karena Manipulasi Pertandingan"],
            &["BWF bans two Malaysian doubles players for match manipulation"],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
