//! Story probes (session 28): the thirty-first set of close translations of
//! whole short news stories, written in session 28 and measured with the
//! start build and the build of the moment before it was read (no sentence
//! of NTREX-128, WMT newstest or FLORES; one fact changed in about one pair
//! in three): Indonesia's regions, space programmes in Asia, banking
//! scandals, refugees in Asia, cricket and hockey, and water in the Middle
//! East and North Africa (967 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it
//! where a quotation's speaker is the fact), the pairs that the fixes made
//! after that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_31_showed() {
    let cases: &[FactCase] = &[
        // f1-grasberg-housing-strike, line 10
        (
            &["Perusahaan itu telah beralih dari tambang terbuka ke tambang bawah tanah dan memperkirakan produksi sekitar 1,7 miliar pon tembaga tahun ini."],
            &["The company has shifted from open-pit to underground mining and expects to produce about 1.7 billion pounds of copper this year."],
            &[&[]],
        ),
        // f1-sulteng-militant-shootout, line 4
        (
            &["Kedua pria itu merupakan anggota Mujahidin Indonesia Timur, kelompok yang telah berbaiat kepada Negara Islam (ISIS), kata Kapolda Sulawesi Tengah Iwan Setiadi."],
            &["The two men were members of East Indonesia Mujahideen, a group that has pledged allegiance to Islamic State, Central Sulawesi police chief Iwan Setiadi said."],
            &[&[]],
        ),
        // f2-cnsa-tianwen3-schedule, line 4
        (
            &["Para pejabat menargetkan untuk membawa pulang sedikitnya 500 gram tanah dan batuan Mars."],
            &["Officials aim to bring back at least 500 grams of Martian soil and rock."],
            &[&[]],
        ),
        // f2-isro-mars-orbiter2-budget, line 11
        (
            &["Sejauh ini hanya Amerika Serikat dan Tiongkok yang berhasil mengoperasikan penjelajah di permukaan Mars."],
            &["Only the United States and China have so far operated rovers successfully on the Martian surface."],
            &[&[]],
        ),
        // f2-jaxa-mmx-phobos, line 11
        (
            &["Jika berhasil, MMX akan menjadikan Jepang negara pertama yang membawa pulang sampel dari sistem Mars."],
            &["If successful, MMX would make Japan the first country to return samples from the Martian system."],
            &[&[]],
        ),
        // f4-myawaddy-thailand-exodus, line 6, 7
        (
            &["Naw Htoo Paw, seorang guru berusia 31 tahun dari Myawaddy, mengatakan peluru artileri jatuh di dekat sekolahnya pada Jumat malam.", "\"Kami bisa mendengar drone di atas kami sepanjang malam, jadi kami berlari ke sungai saat fajar,\" kata Gubernur Somchai."],
            &["Naw Htoo Paw, a 31-year-old teacher from Myawaddy, said artillery shells had landed near her school on Friday night.", "\"We could hear drones above us all night, so we ran to the river at dawn,\" she said."],
            &[&[], &["speaker_mismatch:Somchai|Naw Htoo Paw"]],
        ),
        // f5-nepal-t20-qualifier, line 2
        (
            &["Nepal menjaga asa untuk lolos ke putaran final Twenty20 regional setelah mengalahkan Uni Emirat Arab dengan selisih 34 run di Kirtipur, Sabtu."],
            &["Nepal kept alive their hopes of reaching the regional Twenty20 finals on Saturday, beating the United Arab Emirates by 34 runs in Kirtipur."],
            &[&[]],
        ),
        // f5-pakistan-test-squad, line 10
        (
            &["Pakistan hanya memenangi satu dari tujuh laga Tes terakhir mereka di kandang."],
            &["Pakistan have won only one of their last seven Tests at home."],
            &[&[]],
        ),
        // f5-nz-women-beat-australia-odi, line 2
        (
            &["Aroha Tuhiwai mencetak century ODI pertamanya saat tim putri Selandia Baru mengalahkan Australia dengan enam wicket tersisa di Wellington, Minggu."],
            &["Aroha Tuhiwai scored her maiden one-day international century as New Zealand's women beat Australia by six wickets in Wellington on Sunday."],
            &[&[]],
        ),
        // f5-mumbai-kulkarni-triple-century, line 1
        (
            &["Kulkarni (21) Cetak Triple Century di Trofi Ranji"],
            &["Kulkarni, 21, Hits Triple Century in Ranji Trophy"],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
