//! Story probes (session 29): the thirty-seventh set of close translations of
//! whole short news stories, written in session 29 and measured with the
//! start build and the build of the moment before it was read (no sentence of
//! NTREX-128, WMT newstest or FLORES; one fact changed in about one pair in
//! three): referendums and local elections, the Arctic, the press and
//! journalists, basketball, oil and gas companies, and transport disasters in
//! Africa and South Asia (967 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it where
//! a quotation's speaker is the fact), the pairs that the fixes made after
//! that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_37_showed() {
    let cases: &[FactCase] = &[
        // l4-olympiacos-efes-game5, line 1
        (
            &["Olympiacos Singkirkan Efes untuk Melaju ke Final Four EuroLeague"],
            &["Olympiacos Edge Efes to Reach EuroLeague Final Four"],
            &[&[]],
        ),
        // l4-olympiacos-efes-game5, line 10
        (
            &["Final Four akan digelar di Abu Dhabi pada 22 hingga 24 Mei."],
            &["The Final Four will be held in Abu Dhabi from May 22 to May 24."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
