//! Short probes of quotations and their speakers, written by hand the way a
//! translation reviewer tries them (session 7, third round): the speaker
//! before, after or inside the quotation; curly, straight, single, low and
//! guillemet marks; partial, nested, elided, unattributed and split
//! quotations; another speaker; a speaker named by title only; a negation
//! or a figure changed inside the words. Before this round a negation
//! dropped or added inside a quotation passed unflagged ("Kami akan
//! menyerah" / "We will not surrender"), "tidak ada" against "no" read as a
//! changed quotation, a spokesman named by institution only ("kata juru
//! bicara Kremlin") read as another speaker than the person named, and a
//! partial quotation after a naming verb ("X called the attack “…”") had
//! no speaker. Probes that still fail are listed in the README's third
//! round, not here: each test asserts what the binary does now.
//!
//! A convention these probes fix: a quotation in the source that the report
//! gives as reported speech is `quote_missing` (the rendering presents as
//! someone's exact words what the report only paraphrases); reported speech
//! in the source against a quotation in the report is no quotation flag
//! (paraphrasing a quotation is a rendering choice, not drift).

use crate::realnews::{align, align_story, assert_linked_with, assert_linked_without, has_flag};

/// Quotation and speaker flags: what these probes are about.
const QUOTE_FLAGS: [&str; 2] = ["quote_", "speaker_"];

/// The same words by the same speaker: linked, no quotation or speaker flag.
#[test]
fn the_same_quotation_is_linked_without_quote_flags() {
    for (source, report) in [
        // The speaker after the quotation, curly marks.
        (
            "“Kami tidak akan menyerah,” kata Zelenskyy.",
            "“We will not surrender,” Zelenskyy said.",
        ),
        // "ujar X" / "said X", straight marks.
        (
            "\"Situasinya sangat sulit,\" ujar Guterres.",
            "\"The situation is very difficult,\" said Guterres.",
        ),
        // The speaker before the quotation.
        (
            "Zelenskyy mengatakan, \"Kami tidak akan menyerah.\"",
            "Zelenskyy said: \"We will not surrender.\"",
        ),
        (
            "Menurut Peskov, \"pembicaraan itu sangat berguna.\"",
            "According to Peskov, \"the talks were very useful.\"",
        ),
        // "kepada wartawan" / "told reporters".
        (
            "\"Harga akan turun bulan depan,\" kata Sri Mulyani kepada wartawan.",
            "\"Prices will fall next month,\" Sri Mulyani told reporters.",
        ),
        // Words the news lexicon gained for these probes.
        (
            "\"Kami siap bernegosiasi kapan saja,\" kata Erdogan.",
            "\"We are ready to negotiate at any time,\" Erdogan said.",
        ),
        (
            "\"Kami akan membangun kembali setiap sekolah,\" kata gubernur.",
            "\"We will rebuild every school,\" the governor said.",
        ),
        (
            "Prabowo mengatakan kepada wartawan bahwa \"tidak ada yang akan ditinggalkan\".",
            "Prabowo told reporters that \"no one will be left behind\".",
        ),
        // Single, curly single, guillemet and low-high marks.
        (
            "'Kami tidak akan mundur,' kata Netanyahu.",
            "'We will not back down,' Netanyahu said.",
        ),
        (
            "‘Kami tidak akan mundur,’ kata Netanyahu.",
            "‘We will not back down,’ Netanyahu said.",
        ),
        (
            "«Kami tidak akan mundur», kata Macron.",
            "\"We will not back down,\" Macron said.",
        ),
        (
            "„Kami tidak akan mundur“, kata Scholz.",
            "\"We will not back down,\" Scholz said.",
        ),
        // A spokesman named by institution only: the person the report names.
        (
            "\"Tidak ada rencana seperti itu,\" kata juru bicara Kremlin.",
            "\"There are no such plans,\" Kremlin spokesman Dmitry Peskov said.",
        ),
        // A partial quotation inside reported speech.
        (
            "Biden menyebut serangan itu \"tindakan pengecut\".",
            "Biden called the attack \"a cowardly act\".",
        ),
        // A quotation inside a quotation.
        (
            "\"Dia berkata kepada saya, 'Jangan khawatir,'\" kata Ahmed.",
            "\"He told me, 'Don't worry,'\" Ahmed said.",
        ),
        // No speaker on either side.
        (
            "\"Ini adalah hari yang bersejarah.\"",
            "\"This is a historic day.\"",
        ),
        // Another spelling, a listed short form, a verb of emphasis.
        (
            "\"Kami tidak akan menyerah,\" kata Zelensky.",
            "\"We will not surrender,\" Zelenskyy said.",
        ),
        (
            "\"Bendungan ini untuk rakyat,\" kata Jokowi.",
            "\"This dam is for the people,\" Joko Widodo said.",
        ),
        (
            "\"Tidak ada toleransi untuk korupsi,\" tegas Prabowo.",
            "\"There is no tolerance for corruption,\" Prabowo stressed.",
        ),
        // Reported speech against the report's quotation.
        (
            "Zelenskyy mengatakan mereka tidak akan menyerah.",
            "\"We will not surrender,\" Zelenskyy said.",
        ),
    ] {
        assert_linked_without(source, report, &QUOTE_FLAGS);
    }
}

/// The same words credited to another named speaker: linked and flagged.
#[test]
fn a_quotation_credited_to_another_speaker_is_a_speaker_mismatch() {
    for (source, report, flag) in [
        (
            "Menurut Blinken, \"gencatan senjata harus dihormati.\"",
            "According to Lavrov, \"the ceasefire must be respected.\"",
            "speaker_mismatch:Blinken|Lavrov",
        ),
        (
            "Erdogan mengatakan, \"Kami siap bernegosiasi.\"",
            "Macron said: \"We are ready to negotiate.\"",
            "speaker_mismatch:Erdogan|Macron",
        ),
        (
            "\"Kami tidak tahu di mana mereka,\" kata Guterres kepada wartawan.",
            "\"We do not know where they are,\" Stephane Dujarric told reporters.",
            "speaker_mismatch:Guterres|Stephane Dujarric",
        ),
        (
            "«Kami tidak akan mundur», kata Macron.",
            "\"We will not back down,\" Scholz said.",
            "speaker_mismatch:Macron|Scholz",
        ),
        (
            "'Kami tidak akan mundur,' kata Netanyahu.",
            "'We will not back down,' Gallant said.",
            "speaker_mismatch:Netanyahu|Gallant",
        ),
        // A partial quotation after a naming verb.
        (
            "Biden menyebut serangan itu \"tindakan pengecut\".",
            "Trudeau called the attack \"a cowardly act\".",
            "speaker_mismatch:Biden|Trudeau",
        ),
        // The speaker between two parts of the quotation.
        (
            "\"Kami siap,\" kata Erdogan, \"untuk bernegosiasi kapan saja.\"",
            "\"We are ready,\" Putin said, \"to negotiate at any time.\"",
            "speaker_mismatch:Erdogan|Putin",
        ),
        // Another outlet the quotation is credited through.
        (
            "\"Tidak ada rencana seperti itu,\" kata Peskov kepada TASS.",
            "\"There are no such plans,\" Peskov told RIA Novosti.",
            "speaker_mismatch:TASS|RIA Novosti",
        ),
        (
            "\"Pasar akan pulih,\" kata Powell.",
            "\"Markets will recover,\" Yellen told reporters.",
            "speaker_mismatch:Powell|Yellen",
        ),
    ] {
        assert_linked_with(source, report, flag);
    }
    // A minister's portfolio is still read into the name ("Perdagangan
    // Zulkifli Hasan"), but the other speaker is flagged.
    let p = align(
        "\"Harga beras akan stabil,\" ujar Menteri Perdagangan Zulkifli Hasan.",
        "\"Rice prices will be stable,\" said Agriculture Minister Andi Amran Sulaiman.",
    );
    assert!(p.linked, "{}", p.notes);
    assert!(has_flag(&p, "speaker_mismatch:"), "{:?}", p.flags);
}

/// Words changed inside the quotation: linked, and the change flagged.
#[test]
fn changed_words_inside_a_quotation_are_flagged() {
    for (source, report, flag) in [
        // A negation dropped, and one added.
        (
            "\"Kami akan menyerah,\" kata Zelenskyy.",
            "\"We will not surrender,\" Zelenskyy said.",
            "quote_changed:not",
        ),
        (
            "\"Rusia tidak akan menyerang Ukraina,\" kata Peskov.",
            "\"Russia will attack Ukraine,\" Peskov said.",
            "quote_changed:tidak",
        ),
        // A figure inside the quotation.
        (
            "\"Kami kehilangan 40 tentara dalam serangan itu,\" kata jenderal itu.",
            "\"We lost 14 soldiers in the attack,\" the general said.",
            "number_mismatch:40|14",
        ),
        (
            "\"Sebanyak 300 rumah hancur.\"",
            "\"As many as 200 houses were destroyed.\"",
            "number_mismatch:300|200",
        ),
        // A word turned into its opposite.
        (
            "\"Ini adalah kemenangan besar bagi demokrasi,\" kata Biden.",
            "\"This is a great defeat for democracy,\" Biden said.",
            "quote_changed:kemenangan",
        ),
        (
            "Biden menyebut serangan itu \"tindakan berani\".",
            "Biden called the attack \"a cowardly act\".",
            "quote_changed:berani",
        ),
        // Around an ellipsis.
        (
            "\"Kami akan membangun kembali ... setiap sekolah yang hancur,\" kata gubernur.",
            "\"We will rebuild ... every house that was destroyed,\" the governor said.",
            "quote_changed:sekolah",
        ),
    ] {
        let p = assert_linked_with(source, report, flag);
        assert!(
            !has_flag(&p, "speaker_"),
            "{source} / {report}: {:?}",
            p.flags
        );
    }
}

/// A quotation the report gives as reported speech: `quote_missing`, with
/// no other speaker read.
#[test]
fn a_quotation_the_report_paraphrases_is_missing() {
    for report in [
        "Zelenskyy vowed that Ukraine would not surrender.",
        "Zelenskyy said they would not surrender.",
    ] {
        let p = align("\"Kami tidak akan menyerah,\" kata Zelenskyy.", report);
        assert!(p.linked, "{report}: {}", p.notes);
        assert!(
            p.flags.iter().any(|f| f == "quote_missing"),
            "{report}: {:?}",
            p.flags
        );
        assert!(!has_flag(&p, "speaker_"), "{report}: {:?}", p.flags);
    }
}

/// A quotation over two sentences: each sentence linked; another speaker
/// is flagged on the sentence that names him.
#[test]
fn a_quotation_over_two_sentences_is_linked_sentence_by_sentence() {
    let source = ["“Kami tidak akan menyerah,” kata Zelenskyy. “Kami akan berjuang sampai akhir.”"];
    let same = align_story(
        &source,
        &["“We will not surrender,” Zelenskyy said. “We will fight to the end.”"],
    );
    assert_eq!(same.len(), 2, "{same:?}");
    for (text, flags) in &same {
        assert!(!flags.iter().any(|f| f == "unmatched"), "{text}: {flags:?}");
        assert!(
            !flags
                .iter()
                .any(|f| f.starts_with("quote_") || f.starts_with("speaker_")),
            "{text}: {flags:?}"
        );
    }
    let other = align_story(
        &source,
        &["“We will not surrender,” Putin said. “We will fight to the end.”"],
    );
    assert_eq!(other.len(), 2, "{other:?}");
    assert!(
        other[0]
            .1
            .iter()
            .any(|f| f == "speaker_mismatch:Zelenskyy|Putin"),
        "{other:?}"
    );
    assert!(!other[1].1.iter().any(|f| f == "unmatched"), "{other:?}");
    // A quotation of two sentences inside one pair of marks stays one
    // sentence, linked whole.
    let whole = align_story(
        &["Zelenskyy mengatakan: “Kami tidak akan menyerah. Kami akan berjuang sampai akhir.”"],
        &["Zelenskyy said: “We will not surrender. We will fight to the end.”"],
    );
    assert_eq!(whole.len(), 1, "{whole:?}");
    assert!(whole[0].1.is_empty(), "{whole:?}");
}

/// An honorific abbreviated with a dot, as a translation of British news
/// writes "Mr Smith" ("kata Tn. Smith kepada BBC"), and a football manager
/// (session 12): the speaker is the person, so the same words by the same
/// person carry no speaker or name flag, and another person is flagged.
/// Before, the dot ended the attribution and "Tn" was read as the speaker
/// (`speaker_mismatch:Tn|Smith` on a faithful pair), and "Manager" was read
/// into the report's name.
#[test]
fn an_abbreviated_honorific_is_no_speaker() {
    let quote = "\"Kami sangat terkejut dengan keputusan ini,\"";
    let report = "\"We are very surprised by this decision,\" Mr Smith told the BBC.";
    assert_linked_without(
        &format!("{quote} kata Tn. Smith kepada BBC."),
        report,
        &["speaker_", "name_"],
    );
    assert_linked_with(
        &format!("{quote} kata Tn. Jones kepada BBC."),
        report,
        "speaker_mismatch:Jones|Smith",
    );
    assert_linked_without(
        "Nn. Sturgeon mengatakan kepada wartawan bahwa Skotlandia harus diberi pilihan.",
        "Ms Sturgeon told reporters that Scotland must be given a choice.",
        &["speaker_", "name_"],
    );
    assert_linked_with(
        "Pelatih Roy Hodgson mengatakan timnya bermain dengan baik.",
        "Manager Gareth Southgate said his side played well.",
        "name_mismatch:Roy Hodgson|Gareth Southgate",
    );
}

/// A one-word judgement quoted alone ("X called the attack 'sickening'"):
/// before session 14 the lexicon lacked most such words, and a short
/// quotation reads as changed as soon as one word is unmet, so seven of
/// eight faithful pairs were `quote_changed`, and four of twelve short
/// faithful statements. A lexicon phrase that holds
/// its negation ("tidak dapat diterima": unacceptable) negates nothing the
/// report affirms; a negation dropped from a statement is still a change.
#[test]
fn a_quoted_judgement_in_its_usual_translation_is_the_same_quotation() {
    for (source, report) in [
        (
            "Perdana Menteri Inggris Theresa May mengatakan serangan itu \"menjijikkan\".",
            "British Prime Minister Theresa May called the attack \"sickening\".",
        ),
        (
            "Ia menggambarkan kondisi di kamp itu sebagai \"mengerikan\".",
            "He described conditions in the camp as \"horrific\".",
        ),
        (
            "Ia mengatakan keputusan itu \"memalukan\".",
            "She said the decision was \"shameful\".",
        ),
        (
            "Menteri itu mengatakan tindakan tersebut \"tidak dapat diterima\".",
            "The minister said the action was \"unacceptable\".",
        ),
        (
            "Pemimpin oposisi menyebut rencana itu \"tidak masuk akal\".",
            "The opposition leader called the plan \"absurd\".",
        ),
        // A verb English renders with a function word ("punya": had) and
        // two more words the lexicon lacked ("sedih": saddened, "kelam":
        // dark) in short statements.
        (
            "\"Kami tidak punya pilihan lain,\" kata juru bicara perusahaan itu.",
            "\"We had no other choice,\" a company spokesman said.",
        ),
        (
            "\"Kami akan melakukan segala yang kami bisa untuk membantu,\" kata wali kota.",
            "\"We will do everything we can to help,\" the mayor said.",
        ),
        (
            "\"Kami sangat sedih mendengar berita ini,\" kata keluarga korban dalam sebuah pernyataan.",
            "\"We are deeply saddened to hear this news,\" the victim's family said in a statement.",
        ),
        (
            "\"Ini adalah hari yang kelam bagi negara kita,\" kata presiden.",
            "\"This is a dark day for our country,\" the president said.",
        ),
    ] {
        assert_linked_without(source, report, &QUOTE_FLAGS);
    }
    assert!(has_flag(
        &align(
            "\"Kami tidak akan menyerah,\" kata Zelenskyy.",
            "\"We will surrender,\" Zelenskyy said."
        ),
        "quote_changed"
    ));
}

/// Session 15 probes: a quotation the lexicon could not read ("tidak
/// melakukan kesalahan apa pun" / "did nothing wrong", "sepeser pun" / "a
/// single cent") counted as other words, so with its speaker replaced the
/// pair was two statements and left unmatched; faithful pairs carried
/// `quote_changed`.
#[test]
fn a_quotation_read_through_its_idiom_is_one_statement() {
    let p = assert_linked_with(
        "Juru bicara Gedung Putih Sarah Sanders mengatakan, \"Presiden tidak melakukan kesalahan apa pun.\"",
        "White House spokesman Sean Spicer said: \"The president did nothing wrong.\"",
        "name_mismatch:Sarah Sanders|Sean Spicer",
    );
    assert!(!has_flag(&p, "quote_changed"), "{:?}", p.flags);
    assert_linked_without(
        "\"Kami tidak akan membayar sepeser pun,\" tegas Presiden Meksiko Andrés Manuel López Obrador.",
        "\"We will not pay a single cent,\" Mexican President Andrés Manuel López Obrador insisted.",
        &["quote_changed", "name_", "speaker_"],
    );
}
