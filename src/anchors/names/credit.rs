//! Whether a sentence credits a statement to one of its names.
//!
//! In: a sentence and a name's byte span in it. Out: true
//! when the name stands as the one who says something: before a statement
//! verb ("Sean Snaith berbicara", "Barack Obama praised"), after a verb or
//! preposition that names the speaker ("kata Peskov", "according to
//! Reuters"), or before a colon.
//!
//! Why: a person of the story put in another's place where a statement is
//! credited is a misattribution (`speaker_mismatch`), not the same person
//! under another name; the judge asks this of the names it pairs.

use std::ops::Range;

use super::word_lists::sorted_contains;

/// Words between a name and its statement verb at most ("Michael Bowman
/// dari lembaga pemeringkat kredit Standard and Poor's, mencatat": seven).
pub const VERB_REACH: usize = 8;

/// Verbs that credit a statement to the name before them, both languages
/// (lowercase; sorted, no duplicates).
const STATEMENT_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "announced",
    "argued",
    "asked",
    "berbicara",
    "berjanji",
    "berkata",
    "bersumpah",
    "bertanya",
    "claimed",
    "commented",
    "confirmed",
    "criticized",
    "declared",
    "denied",
    "described",
    "estimated",
    "explained",
    "insisted",
    "melaporkan",
    "memaparkan",
    "membantah",
    "meminta",
    "memperingatkan",
    "memperkirakan",
    "memprediksi",
    "memuji",
    "menambahkan",
    "menanggapi",
    "mencatat",
    "mendesak",
    "menegaskan",
    "menekankan",
    "mengakui",
    "mengatakan",
    "mengecam",
    "menggambarkan",
    "mengklaim",
    "mengkritik",
    "mengomentari",
    "mengumumkan",
    "mengungkapkan",
    "menilai",
    "menjawab",
    "menjelaskan",
    "menulis",
    "menuturkan",
    "menyambut",
    "menyampaikan",
    "menyatakan",
    "menyebut",
    "menyebutkan",
    "menyerukan",
    "noted",
    "notes",
    "praised",
    "predicted",
    "replied",
    "reported",
    "reports",
    "responded",
    "said",
    "says",
    "spoke",
    "stated",
    "stressed",
    "told",
    "urged",
    "vowed",
    "warned",
    "welcomed",
    "wrote",
];

/// Words just before a name that make it the speaker ("kata Peskov",
/// "according to Reuters", "said Obama"; sorted, no duplicates).
const SPEAKER_BEFORE: &[&str] = &[
    "kata", "menurut", "said", "says", "tambah", "to", "tutur", "ucap", "ujar",
];

/// True when `text` credits a statement to the name at `span`: see the
/// module documentation. Stops at the end of the clause's sentence (`.`,
/// `;`, `?`, `!`).
pub fn credited_with_statement(text: &str, span: Range<usize>) -> bool {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    if after.trim_start().starts_with(':') {
        return true;
    }
    let word = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // The verb of the name's own clause: the words up to a comma, or the
    // first word after the comma that closes an apposition ("Michael
    // Bowman dari lembaga ..., mencatat"); past that another clause with
    // its own subject begins ("agar Debian menjadi lebih baik, kami
    // menyambut").
    let clause_after = after.split(['.', ';', '?', '!']).next().unwrap_or_default();
    let mut parts = clause_after.splitn(3, ',');
    let own = parts.next().unwrap_or_default();
    let closing = parts.next().and_then(|p| p.split_whitespace().next());
    let is_verb = |w: &str| sorted_contains(STATEMENT_VERBS, &word(w));
    if own.split_whitespace().take(VERB_REACH + 1).any(is_verb)
        || (own.split_whitespace().count() <= VERB_REACH && closing.is_some_and(is_verb))
    {
        return true;
    }
    // "according to" needs both words; "to" alone is no speaker mark.
    let mut back = before.split_whitespace().rev().map(word);
    match back.next().as_deref() {
        Some("to") => back.next().as_deref() == Some("according"),
        Some(w) => sorted_contains(SPEAKER_BEFORE, w),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credited(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap();
        credited_with_statement(text, start..start + name.len())
    }

    #[test]
    fn a_name_before_a_statement_verb_or_after_a_speaker_mark_is_credited() {
        assert!(credited(
            "Pada akhir Juli, Presiden Sean Snaith berbicara kepada para pendukungnya.",
            "Sean Snaith"
        ));
        assert!(credited(
            "Namun seorang ekonom, Michael Bowman dari lembaga pemeringkat kredit Standard and Poor's, mencatat bahwa dampaknya lambat.",
            "Michael Bowman"
        ));
        assert!(credited("\"Kami siap,\" kata Joko Widodo.", "Joko Widodo"));
        assert!(credited("According to Reuters, talks continue.", "Reuters"));
        assert!(credited(
            "President Barack Obama praised the deal.",
            "Barack Obama"
        ));
        assert!(credited("Jokowi: kami siap.", "Jokowi"));
    }

    #[test]
    fn a_name_that_only_acts_is_not_credited() {
        assert!(!credited(
            "Menyusul sebuah bola defleksi, King menjebol gawang.",
            "King"
        ));
        assert!(!credited(
            "Para pemain merayakan setelah Ahmed Hegazi mencetak gol. Ia mengatakan senang.",
            "Ahmed Hegazi"
        ));
        assert!(!credited("Debian went to Bruce Perens.", "Perens"));
        // Another clause, with its own subject, says it.
        assert!(!credited(
            "Ketika Anda menemukan cara agar Debian menjadi lebih baik, kami menyambut kontribusi Anda.",
            "Debian"
        ));
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [STATEMENT_VERBS, SPEAKER_BEFORE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
