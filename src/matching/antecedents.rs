//! Who a pronoun speaker is: "“…,” she said", "“…,” the judge said" and
//! "“…,” katanya" name their speaker in an earlier sentence of the same
//! document.
//!
//! In: one document's sentence profiles, in order. Out: each quotation
//! whose attribution is a third-person pronoun alone, or "the" and a role
//! ([`QuoteAnchor::refers_back`]), gets the person it refers to
//! ([`QuoteAnchor::antecedent`]): the one person credited with a statement
//! ("Markova said …", "kata Markova") in the nearest sentence before it
//! that names a person, at most [`REACH`] sentences back, or, where that
//! sentence credits no one, the person it opens with as the subject of its
//! clause ("Chau pledged to ..."). A sentence that names people but credits
//! none of them and opens with none, or credits two, stops the search with
//! no antecedent: the pronoun may be any of them.
//!
//! Why: news writing names a speaker, then goes on with "she said". A
//! rendering that credits such a quotation to another person of the story
//! ("kata Sokolov") has changed who said it, and the pair alone, with no
//! name on one side, cannot tell; the judge compares the antecedent.
//!
//! [`QuoteAnchor::refers_back`]: crate::anchors::QuoteAnchor::refers_back
//! [`QuoteAnchor::antecedent`]: crate::anchors::QuoteAnchor::antecedent

use crate::anchors::names::{self, NameAnchor, NameRelation};
use crate::matching::profile::Profile;

/// How many sentences back a pronoun's speaker is looked for: the sentence
/// before, or the one before that across a sentence naming nobody.
pub const REACH: usize = 2;

/// At most this many words before a name that opens its sentence's clause
/// as its subject ("Aviation analyst Layla Mansour", "Vietnam's Deputy
/// Minister of Agriculture Tran Thi Lan").
pub const SUBJECT_REACH: usize = 7;

/// Words that put a name after them out of the subject's place: it is an
/// object or a complement ("is led by Elvira Nabiullina", "met Petrov").
const NOT_BEFORE_A_SUBJECT: &[&str] = &[
    "and", "are", "bersama", "by", "dan", "dengan", "had", "has", "is", "kepada", "met", "oleh",
    "to", "was", "were", "with",
];

/// Fills in the antecedent of every pronoun speaker of one document
/// (`texts[k]` is the sentence `profiles[k]` profiles).
pub fn resolve(texts: &[&str], profiles: &mut [Profile]) {
    for i in 0..profiles.len() {
        if !profiles[i].anchors.quotes.iter().any(|q| q.refers_back) {
            continue;
        }
        let found = (i.saturating_sub(REACH)..i)
            .rev()
            .find_map(|j| speaker_of(texts.get(j).copied().unwrap_or(""), &profiles[j]))
            .flatten();
        for q in &mut profiles[i].anchors.quotes {
            if q.refers_back {
                q.antecedent.clone_from(&found);
            }
        }
    }
}

/// What one earlier sentence says of a pronoun's speaker: `None` when it
/// names no person (look further back), `Some(None)` when it names people
/// but neither exactly one speaker nor, crediting no one, a subject (stop:
/// the pronoun may be any of them), `Some(Some(name))` for its one speaker
/// or its subject.
fn speaker_of(text: &str, p: &Profile) -> Option<Option<String>> {
    let found: Vec<(&NameAnchor, bool)> = p
        .anchors
        .names
        .iter()
        .zip(&p.name_words)
        .filter(|(n, w)| !w.common && names::is_person(&n.text))
        // A portfolio's capital word is a title's, no person ("Tourism and
        // Wildlife Minister Wanjiru Kamau said").
        .filter(|(n, _)| {
            !p.anchors
                .portfolios
                .iter()
                .any(|m| m.span.start <= n.span.start && n.span.end <= m.span.end)
        })
        .map(|(n, w)| (n, w.credited))
        .collect();
    // A name right after a credited person ("Layla Mansour at Aerodata
    // said"), which the same verb credits, is the speaker's employer.
    let persons: Vec<(&str, bool)> = found
        .iter()
        .enumerate()
        .map(|(k, &(n, credited))| {
            let employer = k > 0 && found[k - 1].1 && {
                let between = text
                    .get(found[k - 1].0.span.end..n.span.start)
                    .unwrap_or("");
                between.len() <= AFFILIATION_GAP
                    || is_place_modifier(between)
                    || opens_an_affiliation(between)
            };
            (n.text.as_str(), credited && !employer)
        })
        .collect();
    let quoted = p.anchors.quotes.iter().filter_map(|q| {
        q.speaker
            .as_deref()
            .filter(|s| persons.iter().any(|(n, _)| n == s))
            .or(q.antecedent.as_deref())
    });
    let credited = persons.iter().filter(|(_, c)| *c).map(|(n, _)| *n);
    let mut speakers: Vec<&str> = Vec::new();
    for s in quoted.chain(credited) {
        if !speakers
            .iter()
            .any(|k| names::relation(k, s) != NameRelation::Different)
        {
            speakers.push(s);
        }
    }
    if persons.is_empty() && speakers.is_empty() {
        return None;
    }
    Some(match speakers.as_slice() {
        [one] => Some((*one).to_owned()),
        [] => subject(text, &found).map(str::to_owned),
        _ => None,
    })
}

/// Bytes between a credited person's name and a name that is their
/// employer (" at ", " dari ").
const AFFILIATION_GAP: usize = 6;

/// Words that open what a person is part of after their name ("Ramon
/// Villanueva of the University of the Philippines", "Tran Thi Mai of the
/// Hanoi-based group Education for Nature Vietnam", "Siti dari Universitas
/// Indonesia").
const AFFILIATION_WORDS: &[&str] = &[" at ", " dari ", " from ", " of "];

/// Whether the text between a credited person's name and the next name
/// opens with a word of [`AFFILIATION_WORDS`] and stays in one phrase (no
/// comma, no more than [`AFFILIATION_REACH`] words): the next name is
/// where the person works, which the same verb does not credit.
fn opens_an_affiliation(between: &str) -> bool {
    AFFILIATION_WORDS.iter().any(|w| between.starts_with(w))
        && !between.contains(',')
        && between.split_whitespace().count() <= AFFILIATION_REACH
}

/// Words at most between a person's name and their employer's.
const AFFILIATION_REACH: usize = 5;

/// Whether the text between a person's name ending in a place and the
/// next name is the place made a modifier ("Layla Mansour of Dubai" +
/// "-based " + "Aerodata"): the name after it is the employer.
fn is_place_modifier(between: &str) -> bool {
    between
        .strip_prefix('-')
        .and_then(|rest| rest.strip_suffix(' '))
        .is_some_and(|word| !word.is_empty() && word.chars().all(char::is_alphabetic))
}

/// The sentence's first person where it is the subject of its clause: at
/// most [`SUBJECT_REACH`] words before it, none of them one that makes it
/// an object ("Chau pledged to tighten procurement rules", "Rebecca
/// Holloway, an adviser with ..., warned"). A pronoun after it most likely
/// refers to it, though the sentence credits no statement to it.
fn subject<'a>(text: &str, persons: &[(&'a NameAnchor, bool)]) -> Option<&'a str> {
    // A possessive tells whose the subject is and is no subject itself
    // ("Sindh's transport minister, Shazia Memon, ordered").
    let possessive = |n: &NameAnchor| {
        text.get(n.span.end..)
            .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("\u{2019}s"))
    };
    let first = persons.iter().map(|(n, _)| *n).find(|n| !possessive(n))?;
    let before = text.get(..first.span.start)?;
    let words: Vec<String> = before
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    (words.len() <= SUBJECT_REACH
        && !words
            .iter()
            .any(|w| NOT_BEFORE_A_SUBJECT.contains(&w.as_str())))
    .then_some(first.text.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::matching::profile::{profile, Interner};
    use crate::text::doc::Lang;

    /// The antecedents of each sentence's quotations, after resolving.
    fn antecedents(lang: Lang, sentences: &[&str]) -> Vec<Vec<Option<String>>> {
        let lex = Lexicon::builtin();
        let mut interner = Interner::default();
        let mut profiles: Vec<Profile> = sentences
            .iter()
            .map(|s| profile(s, lang, lex, &mut interner))
            .collect();
        resolve(sentences, &mut profiles);
        profiles
            .iter()
            .map(|p| {
                p.anchors
                    .quotes
                    .iter()
                    .map(|q| q.antecedent.clone())
                    .collect()
            })
            .collect()
    }

    fn last(lang: Lang, sentences: &[&str]) -> Option<String> {
        antecedents(lang, sentences).pop().unwrap().pop().unwrap()
    }

    #[test]
    fn a_pronoun_speaker_is_the_person_credited_just_before() {
        let en = [
            "Markova said Russia's economy was likely to slow to about 1 percent in 2025.",
            "\"The war economy is hitting its limits,\" she said.",
        ];
        assert_eq!(last(Lang::En, &en), Some("Markova".into()));
        let id = [
            "Markova mengatakan perekonomian Rusia kemungkinan melambat.",
            "\"Ekonomi perang sedang mencapai batasnya,\" katanya.",
        ];
        assert_eq!(last(Lang::Id, &id), Some("Markova".into()));
        // Across a sentence that names nobody, and from a quotation's
        // speaker; a second pronoun in a row is the same person.
        let chain = [
            "\"We are ready,\" said Yevgenia Markova, an economist in Brussels.",
            "The rouble fell by a tenth in March.",
            "\"It will get worse,\" she said.",
            "\"Much worse,\" she added.",
        ];
        let got = antecedents(Lang::En, &chain);
        assert_eq!(got[2], vec![Some("Yevgenia Markova".into())]);
        assert_eq!(got[3], vec![Some("Yevgenia Markova".into())]);
        // The employer that ends the speaker's apposition credits nobody.
        let apposition = [
            "Kim Soo-yeon, an auto analyst at Hanbit Securities, said the recall was unlikely to dent demand.",
            "\"The bigger risk is that buyers doubt battery safety,\" she said.",
        ];
        assert_eq!(last(Lang::En, &apposition), Some("Kim Soo-yeon".into()));
        // A portfolio's capital word is the minister's title, no second
        // person credited.
        let minister = [
            "Tourism and Wildlife Minister Wanjiru Kamau said the seizure showed that networks were active.",
            "\"We will follow the money,\" she said.",
        ];
        assert_eq!(last(Lang::En, &minister), Some("Wanjiru Kamau".into()));
        // Where the speaker works is no second speaker.
        let employer = [
            "Tran Thi Mai of the Hanoi-based group Education for Nature Vietnam said few cases end in prison.",
            "\"We catch the drivers,\" she said.",
        ];
        assert_eq!(last(Lang::En, &employer), Some("Tran Thi Mai".into()));
        let university = [
            "Marine biologist Ramon Villanueva of the University of the Philippines said fish biomass is higher.",
            "\"That is why it attracts poachers,\" he said.",
        ];
        assert_eq!(last(Lang::En, &university), Some("Ramon Villanueva".into()));
    }

    #[test]
    fn a_pronoun_speaker_may_be_the_subject_of_the_sentence_before() {
        // Named as the subject, credited with no statement.
        let subject = [
            "Rebecca Holloway, an adviser with the conservation group Fauna Asia who has worked in the area for two decades, warned that poaching had not disappeared.",
            "\"A single skin can still fetch a fortune, so the incentive is there,\" she said.",
        ];
        assert_eq!(last(Lang::En, &subject), Some("Rebecca Holloway".into()));
        let possessive = [
            "Sindh's transport minister, Shazia Memon, ordered a crackdown on vehicles fitted with gas cylinders.",
            "\"Anyone putting passengers on top of a bomb will face the law,\" she said.",
        ];
        assert_eq!(last(Lang::En, &possessive), Some("Shazia Memon".into()));
        let pledged = [
            "Chau pledged to tighten procurement rules.",
            "\"The health sector must win back the trust of patients,\" she told lawmakers.",
        ];
        assert_eq!(last(Lang::En, &pledged), Some("Chau".into()));
        // The employer right after a credited speaker is no second speaker.
        let employer = [
            "Aviation analyst Layla Mansour at Aerodata said the choice of cities was smart.",
            "\"Etihad is avoiding fights on the big routes,\" she said.",
        ];
        assert_eq!(last(Lang::En, &employer), Some("Layla Mansour".into()));
        // So is one after the place of the speaker's name made a modifier.
        let based = [
            "Aviation analyst Layla Mansour of Dubai-based Aerodata said the choice of cities was smart.",
            "\"Etihad is avoiding fights on the big routes,\" she said.",
        ];
        assert_eq!(
            last(Lang::En, &based),
            Some("Layla Mansour of Dubai".into())
        );
    }

    #[test]
    fn no_antecedent_where_the_pronoun_may_be_anyone() {
        // A person named but not credited stands between.
        let between = [
            "Markova said the economy would slow.",
            "The central bank is led by Elvira Nabiullina.",
            "\"It is hitting its limits,\" she said.",
        ];
        assert_eq!(last(Lang::En, &between), None);
        // Two speakers in the sentence before.
        let two = [
            "Markova said the economy would slow, and Petrov said it would not.",
            "\"It is hitting its limits,\" she said.",
        ];
        assert_eq!(last(Lang::En, &two), None);
        // Too far back.
        let far = [
            "Markova said the economy would slow.",
            "The rouble fell.",
            "Oil prices rose.",
            "\"It is hitting its limits,\" she said.",
        ];
        assert_eq!(last(Lang::En, &far), None);
        // A group or the quotation's own voice is no one person.
        let group = [
            "Markova said the economy would slow.",
            "\"It is hitting its limits,\" they said.",
        ];
        assert_eq!(last(Lang::En, &group), None);
        // A named speaker needs no antecedent.
        let named = [
            "Markova said the economy would slow.",
            "\"It is hitting its limits,\" Petrov said.",
        ];
        assert_eq!(last(Lang::En, &named), None);
    }
}
