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
const STATEMENT_VERB_WORDS: &[&str] = &[
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

/// The most words an apposition between a name and its verb holds
/// ("Bola Adeyemi, national clinical director for blood disorders at NHS
/// England, said"): a role and its organisation, not another clause.
const APPOSITION_REACH: usize = 12;

/// Words just before a name that make it the speaker ("kata Peskov",
/// "according to Reuters", "said Obama"; sorted, no duplicates).
const SPEAKER_BEFORE_WORDS: &[&str] = &[
    "kata", "menurut", "said", "says", "tambah", "to", "tutur", "ucap", "ujar",
];

/// True when `text` credits a statement to the name at `span`: see the
/// module documentation. Stops at the end of the clause's sentence (`.`,
/// `;`, `?`, `!`).
pub fn credited_with_statement<'a>(text: &'a str, span: Range<usize>) -> bool {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    if after.trim_start().starts_with(':') {
        return true;
    }
    // The verb of the name's own clause: the words up to a comma, or the
    // first word after the comma that closes an apposition ("Michael
    // Bowman dari lembaga ..., mencatat"); past that another clause with
    // its own subject begins ("agar Debian menjadi lebih baik, kami
    // menyambut").
    // The marks are ASCII: cut at the first one's byte (as `split` would).
    let upto = |s: &'a str, marks: &[u8]| -> (&'a str, Option<&'a str>) {
        match s.bytes().position(|b| marks.contains(&b)) {
            Some(k) => (&s[..k], Some(&s[k + 1..])),
            None => (s, None),
        }
    };
    let (clause_after, _) = upto(after, b".;?!");
    let (own, rest) = upto(clause_after, b",");
    let closing = rest.and_then(|r| upto(r, b",").0.split_whitespace().next());
    let is_verb = |w: &str| word_in(w, &STATEMENT_VERBS);
    // An apposition set off by commas right after the name ("Profesor Bola
    // Adeyemi, direktur klinis nasional di NHS England, mengatakan"): the
    // verb is the first word after its closing comma.
    let after_apposition = rest
        .map(|r| upto(r, b","))
        .filter(|(apposition, _)| apposition.split_whitespace().count() <= APPOSITION_REACH)
        .and_then(|(_, after)| after?.split_whitespace().next());
    // A name that ends the apposition of an earlier name ("Kim Soo-yeon,
    // an auto analyst at Hanbit Securities, said"): the verb after the
    // closing comma is the earlier name's.
    let ends_an_apposition = || {
        let (head, role) = match before.rfind(',') {
            Some(k) => (&before[..k], &before[k + 1..]),
            None => return false,
        };
        let role_words = role.split_whitespace().count();
        let opens_with_lowercase = role
            .split_whitespace()
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_lowercase);
        let name_before = head
            .split_whitespace()
            .last()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase);
        (1..=APPOSITION_REACH).contains(&role_words) && opens_with_lowercase && name_before
    };
    if own.split_whitespace().take(VERB_REACH + 1).any(is_verb)
        || (own.split_whitespace().nth(VERB_REACH).is_none()
            && closing.is_some_and(is_verb)
            && !ends_an_apposition())
        || (own.trim().is_empty() && after_apposition.is_some_and(is_verb))
    {
        return true;
    }
    // "said Qilin's margins were ...": a possessive after the verb opens
    // the reported clause; the name owns its subject, it says nothing.
    if ["'s ", "\u{2019}s "].iter().any(|p| after.starts_with(p)) {
        return false;
    }
    // "according to" needs both words; "to" alone is no speaker mark.
    let mut back = before.split_whitespace().rev();
    match back.next() {
        Some(w) if word_in(w, &TO) => back.next().is_some_and(|w| word_in(w, &ACCORDING)),
        Some(w) => word_in(w, &SPEAKER_BEFORE),
        None => false,
    }
}

/// A sorted list of lowercase words with what rules most words out at
/// once: the lengths and first letters of its words.
struct WordList {
    words: &'static [&'static str],
    shortest: usize,
    longest: usize,
    /// Bit `b - b'a'` for each word's first byte `b` (all are `a..=z`).
    firsts: u32,
}

impl WordList {
    const fn of(words: &'static [&'static str]) -> WordList {
        let (mut shortest, mut longest, mut firsts) = (usize::MAX, 0, 0u32);
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            assert!(!w.is_empty() && w[0].is_ascii_lowercase());
            shortest = if w.len() < shortest {
                w.len()
            } else {
                shortest
            };
            longest = if w.len() > longest { w.len() } else { longest };
            firsts |= 1 << (w[0] - b'a');
            k += 1;
        }
        WordList {
            words,
            shortest,
            longest,
            firsts,
        }
    }
}

const STATEMENT_VERBS: WordList = WordList::of(STATEMENT_VERB_WORDS);
const SPEAKER_BEFORE: WordList = WordList::of(SPEAKER_BEFORE_WORDS);
const TO: WordList = WordList::of(&["to"]);
const ACCORDING: WordList = WordList::of(&["according"]);

/// Whether a written word, without the punctuation around it and in
/// lowercase, is in `list`. Runs for every word after every name of every
/// sentence profiled: an ASCII word (whose lowercase is its ASCII
/// lowercase, of the same length) is ruled out by its length and first
/// letter, or lowercased on the stack and looked up by bytes, instead of
/// into a new `String`.
fn word_in(w: &str, list: &WordList) -> bool {
    let core = w.trim_matches(|c: char| !c.is_alphanumeric());
    if core.is_ascii() {
        let bytes = core.as_bytes();
        if bytes.len() < list.shortest || bytes.len() > list.longest {
            return false;
        }
        let first = bytes[0].to_ascii_lowercase();
        if !first.is_ascii_lowercase() || list.firsts & 1 << (first - b'a') == 0 {
            return false;
        }
        let mut buf = [0u8; 32];
        let Some(lower) = buf.get_mut(..bytes.len()) else {
            return sorted_contains(list.words, &core.to_ascii_lowercase());
        };
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        return list
            .words
            .binary_search_by(|w| w.as_bytes().cmp(lower))
            .is_ok();
    }
    sorted_contains(list.words, &core.to_lowercase())
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
    fn a_name_set_off_by_an_apposition_before_its_verb_is_credited() {
        assert!(credited(
            "Professor Bola Adeyemi, national clinical director for blood disorders at NHS England, said the first patients would start within weeks.",
            "Bola Adeyemi"
        ));
        assert!(credited(
            "Profesor Bola Adeyemi, direktur klinis nasional di NHS England, mengatakan pasien pertama akan mulai dirawat.",
            "Bola Adeyemi"
        ));
        // The body that ends the apposition is not the one who spoke.
        assert!(!credited(
            "Professor Bola Adeyemi, national clinical director for blood disorders at NHS England, said the first patients would start within weeks.",
            "NHS England"
        ));
        assert!(!credited(
            "Kim Soo-yeon, analis otomotif di Hanbit Securities, mengatakan penarikan itu kecil kemungkinannya.",
            "Hanbit Securities"
        ));
        // A list of names is no apposition, nor a place before a clause.
        assert!(!credited(
            "Indonesia, Malaysia and Thailand said they would cooperate.",
            "Indonesia"
        ));
        assert!(!credited(
            "In Jakarta, officials said the roads were closed.",
            "Jakarta"
        ));
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
        // A possessive after "said" opens the reported clause.
        assert!(!credited(
            "Chen Yulan said Qilin's margins were under pressure.",
            "Qilin"
        ));
        assert!(!credited(
            "Chen Yulan said Qilin\u{2019}s margins were under pressure.",
            "Qilin"
        ));
        // Another clause, with its own subject, says it.
        assert!(!credited(
            "Ketika Anda menemukan cara agar Debian menjadi lebih baik, kami menyambut kontribusi Anda.",
            "Debian"
        ));
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [STATEMENT_VERB_WORDS, SPEAKER_BEFORE_WORDS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    /// [`credited_with_statement`] as it was before `word_in`: a lowercase
    /// `String` per word looked at.
    fn credited_plain(text: &str, span: Range<usize>) -> bool {
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
        let clause_after = after.split(['.', ';', '?', '!']).next().unwrap_or_default();
        let mut parts = clause_after.splitn(3, ',');
        let own = parts.next().unwrap_or_default();
        let apposition = parts.next();
        let closing = apposition.and_then(|p| p.split_whitespace().next());
        let after_apposition = apposition
            .filter(|p| p.split_whitespace().count() <= APPOSITION_REACH)
            .and_then(|_| parts.next())
            .and_then(|p| p.split_whitespace().next());
        let is_verb = |w: &str| sorted_contains(STATEMENT_VERB_WORDS, &word(w));
        let first_char = |w: Option<&str>| w.and_then(|w| w.chars().next());
        let ends_an_apposition = before.rsplit_once(',').is_some_and(|(head, role)| {
            (1..=APPOSITION_REACH).contains(&role.split_whitespace().count())
                && first_char(role.split_whitespace().next()).is_some_and(char::is_lowercase)
                && first_char(head.split_whitespace().last()).is_some_and(char::is_uppercase)
        });
        if own.split_whitespace().take(VERB_REACH + 1).any(is_verb)
            || (own.split_whitespace().count() <= VERB_REACH
                && closing.is_some_and(is_verb)
                && !ends_an_apposition)
            || (own.trim().is_empty() && after_apposition.is_some_and(is_verb))
        {
            return true;
        }
        let mut back = before.split_whitespace().rev().map(word);
        match back.next().as_deref() {
            Some("to") => back.next().as_deref() == Some("according"),
            Some(w) => sorted_contains(SPEAKER_BEFORE_WORDS, w),
            None => false,
        }
    }

    use proptest::prelude::*;

    /// Bits of sentences around a name: verbs and speaker marks in odd
    /// case and punctuation, long words, non-ASCII look-alikes.
    fn pieces() -> impl Strategy<Value = String> {
        let pool = [
            "said",
            "SAID",
            "Said,",
            "(said)",
            "says.",
            "told",
            "according",
            "According",
            "to",
            "To",
            "kata",
            "Kata",
            "mengatakan",
            "MEMPERINGATKAN",
            "memperingatkannya",
            "Name",
            "Joko Widodo",
            "\u{212a}ata",
            "sa\u{130}d",
            "\u{e9}t\u{e9}",
            " ",
            " ",
            " ",
            ",",
            ".",
            ":",
            ";",
            "!",
            "?",
            "\n",
            "-",
            "'",
            "\"",
            "x",
            "abcdefghijklmnopqrstu",
        ];
        proptest::collection::vec(proptest::sample::select(pool.to_vec()), 0..24)
            .prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

        #[test]
        fn word_in_is_the_plain_code(text in pieces(), a in 0usize..200, b in 0usize..200) {
            let (a, b) = (a.min(text.len()), b.min(text.len()));
            let span = a.min(b)..a.max(b);
            prop_assert_eq!(
                credited_with_statement(&text, span.clone()),
                credited_plain(&text, span)
            );
        }
    }
}
