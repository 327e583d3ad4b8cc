//! Probes of what the story says about a whole report (session 10): a report
//! that renders the source sentence by sentence is read as a translation,
//! where another value under the same hedge is the figure changed; another
//! outlet's report of the story is not, and there "more than 5,000" and
//! "more than 5,300" are compatible counts (gold/NOTES.md: compatible
//! bounds are not marked), even in a sentence worded alike. Each pair is
//! written for this file (no sentence of NTREX-128 or WMT newstest).

use crate::realnews::align_story;

const HEDGED: &str =
    "Sedikitnya 2.200 rumah rusak dan lebih dari 5.000 orang mengungsi, kata badan bencana.";
const HEDGED_REPORT: &str =
    "At least 2,200 homes were damaged and more than 5,300 people fled, the disaster agency said.";

fn flags_of(rows: &[(String, Vec<String>)], text: &str) -> Vec<String> {
    rows.iter()
        .find(|(t, _)| t == text)
        .map(|(_, f)| f.clone())
        .unwrap_or_else(|| panic!("no row for {text:?} in {rows:?}"))
}

#[test]
fn another_hedged_count_is_a_change_only_in_a_rendering_of_the_whole_source() {
    // The report renders every sentence of the source.
    let rendering = align_story(
        &[
            "Gempa berkekuatan 5,6 mengguncang wilayah barat pulau itu pada hari Senin.",
            HEDGED,
            "Tim penyelamat mencari korban di bawah reruntuhan sekolah.",
            "Presiden mengunjungi daerah itu pada hari Selasa.",
        ],
        &[
            "A magnitude 5.6 earthquake shook the west of the island on Monday.",
            HEDGED_REPORT,
            "Rescuers searched for victims under the rubble of a school.",
            "The president visited the area on Tuesday.",
        ],
    );
    let flags = flags_of(&rendering, HEDGED);
    assert!(
        flags.iter().any(|f| f == "number_mismatch:5000|5300"),
        "{rendering:?}"
    );

    // Another outlet's report of the story shares that one sentence.
    let reports = align_story(
        &[
            "Gempa berkekuatan 5,6 mengguncang wilayah barat pulau itu pada hari Senin.",
            HEDGED,
            "Tim penyelamat mencari korban di bawah reruntuhan sekolah.",
            "Presiden mengunjungi daerah itu pada hari Selasa.",
        ],
        &[
            "Aid groups appealed for tents and clean water as nights turned cold.",
            HEDGED_REPORT,
            "Electricity was restored to most villages by Wednesday evening.",
            "Schools in the district will stay closed for a week, officials said.",
        ],
    );
    let flags = flags_of(&reports, HEDGED);
    assert!(
        !flags.iter().any(|f| f.starts_with("number_mismatch")),
        "{reports:?}"
    );
    assert!(!flags.iter().any(|f| f == "unmatched"), "{reports:?}");
}

/// A report sentence the rendering split in two (session 12): each half is
/// linked to it, the second half too, though alone it shares only the
/// suspicion of murder and the teenager ("dicurigai" / "suspicion" is in
/// the news lexicon since this session).
#[test]
fn both_halves_of_a_split_sentence_link_to_it() {
    let (headers, rows) = crate::util::align_texts(
        "Polisi menangkap seorang pria berusia 34 tahun di Manchester pada hari Selasa.\n\
         Ia dicurigai melakukan pembunuhan terhadap seorang remaja.\n\
         Remaja itu ditemukan tewas di sebuah taman pada hari Minggu.",
        "Police arrested a 34-year-old man in Manchester on Tuesday on suspicion of murdering a teenager.\n\
         The teenager was found dead in a park on Sunday.",
    );
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let targets: Vec<&str> = rows.iter().map(|r| &r[col("target_sent")]).collect();
    assert_eq!(targets, ["1", "1", "2"], "{rows:?}");
}

/// Indonesia's agencies by their acronyms (session 14: BMKG, BNPB, TNI,
/// Polri, KPK ... are listed names): in a rendering of the whole source,
/// one agency and its acronym put in the place of another is a name
/// replaced ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)" /
/// "The National Disaster Mitigation Agency (BNPB)"); before, neither
/// acronym was listed, and the pair passed with `addition;omission`.
#[test]
fn an_agency_replaced_by_another_in_a_rendering_is_a_name_replaced() {
    let agency =
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mengeluarkan peringatan tsunami.";
    let story = |report: &str| {
        align_story(
            &[
                "Gempa berkekuatan 6,2 mengguncang lepas pantai Sulawesi pada Jumat malam.",
                agency,
                "Warga di pesisir diminta menjauhi pantai.",
            ],
            &[
                "A magnitude 6.2 earthquake struck off the coast of Sulawesi on Friday night.",
                report,
                "Coastal residents were told to stay away from the beach.",
            ],
        )
    };
    let replaced =
        story("The National Disaster Mitigation Agency (BNPB) issued a tsunami warning.");
    let flags = flags_of(&replaced, agency);
    assert!(
        flags.iter().any(|f| f == "name_mismatch:BMKG|BNPB"),
        "{replaced:?}"
    );
    let same = story(
        "The Meteorology, Climatology and Geophysics Agency (BMKG) issued a tsunami warning.",
    );
    let flags = flags_of(&same, agency);
    assert!(!flags.iter().any(|f| f.starts_with("name_")), "{same:?}");
}
