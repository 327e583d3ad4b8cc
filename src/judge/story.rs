//! The story: the people a case's documents name, so that a name put in
//! another's place can be told apart as someone else of the same story.
//!
//! In: the profiles of a case's source sentences and of its reports'
//! sentences. Out: a [`Story`], asked through [`Story::elsewhere`] whether
//! a name stands in the story outside one source sentence.
//!
//! Why: the gold convention keeps `name` for different names given to the
//! same person and `speaker` for a statement credited to a different
//! person. A source sentence that puts another person of the story in the
//! report's person's place ("Presiden Federica Mogherini memuji" / "President
//! Barack Obama praised", Mogherini speaking elsewhere in the story) credits
//! the statement to the wrong person: a misattribution. A name the story
//! never gives ("Bill Jaynes" / "Bill Whitaker") is the name replaced. One
//! sentence pair cannot tell the two apart; the story can.

use crate::anchors::names;
use crate::matching::profile::Profile;

/// The people named anywhere in a case, with where in the source each
/// mention stands.
#[derive(Debug, Clone, Default)]
pub struct Story {
    /// Each mention's folded words, and the index of its source sentence
    /// (`None` for a report's sentence).
    people: Vec<(Vec<String>, Option<usize>)>,
}

impl Story {
    /// The people named by the source's sentences and every report's.
    pub fn new(source: &[Profile], reports: &[Vec<Profile>]) -> Story {
        let mut people = Vec::new();
        let sides = source
            .iter()
            .enumerate()
            .map(|(i, p)| (p, Some(i)))
            .chain(reports.iter().flatten().map(|p| (p, None)));
        for (profile, at) in sides {
            let sentence = profile.names();
            for (name, words) in sentence.names.iter().zip(sentence.words) {
                if !words.common && is_person(&name.text) {
                    people.push((folded_words(&name.text), at));
                }
            }
        }
        Story { people }
    }

    /// The story outside source sentence `sentence` (its index among the
    /// source's sentences).
    pub fn elsewhere(&self, sentence: usize) -> Elsewhere<'_> {
        Elsewhere {
            story: self,
            except: Some(sentence),
        }
    }
}

/// A [`Story`] seen from one source sentence: the mentions in every other
/// sentence of the case.
#[derive(Debug, Clone, Copy)]
pub struct Elsewhere<'a> {
    story: &'a Story,
    except: Option<usize>,
}

impl Elsewhere<'_> {
    /// No story: a sentence pair judged on its own.
    pub fn none() -> Elsewhere<'static> {
        static EMPTY: Story = Story { people: Vec::new() };
        Elsewhere {
            story: &EMPTY,
            except: None,
        }
    }

    /// True when another sentence of the source names `name` (every word
    /// of it in one mention there).
    pub fn source_names(&self, name: &str) -> bool {
        let words = folded_words(name);
        !words.is_empty()
            && self.story.people.iter().any(|(mention, at)| {
                at.is_some() && *at != self.except && words.iter().all(|w| mention.contains(w))
            })
    }

    /// True when `name` (a whole name or the words of one that differ from
    /// another) names a person the story mentions outside this sentence:
    /// every word of it is a word of one mention there ("Widodo" of "Joko
    /// Widodo").
    pub fn names_person(&self, name: &str) -> bool {
        let words = folded_words(name);
        !words.is_empty()
            && self.story.people.iter().any(|(mention, at)| {
                (at.is_none() || *at != self.except) && words.iter().all(|w| mention.contains(w))
            })
    }
}

/// A name that can be a person's: not a place, country or organisation
/// `names.tsv` lists, not an acronym (FSB, TASS) nor a demonym.
pub fn is_person(name: &str) -> bool {
    names::canonical(name).is_none() && !names::is_acronym(name) && !names::is_demonym(name)
}

fn folded_words(name: &str) -> Vec<String> {
    names::fold(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::matching::profile::{profile, Interner};
    use crate::text::doc::Lang;

    fn story(source: &[&str], report: &[&str]) -> Story {
        let mut interner = Interner::default();
        let lex = Lexicon::builtin();
        let src: Vec<Profile> = source
            .iter()
            .map(|s| profile(s, Lang::Id, lex, &mut interner))
            .collect();
        let rep: Vec<Profile> = report
            .iter()
            .map(|s| profile(s, Lang::En, lex, &mut interner))
            .collect();
        Story::new(&src, &[rep])
    }

    #[test]
    fn a_person_counts_only_outside_the_sentence_asked_about() {
        let s = story(
            &[
                "Presiden Federica Mogherini memuji kesepakatan itu.",
                "Penumpang Bill Jaynes mengatakan pesawat terbang rendah.",
            ],
            &["EU foreign policy chief Federica Mogherini spoke in Vienna."],
        );
        // Named by the report too.
        assert!(s.elsewhere(0).names_person("Federica Mogherini"));
        assert!(s.elsewhere(0).names_person("Mogherini"));
        // Named only in the sentence itself.
        assert!(!s.elsewhere(1).names_person("Jaynes"));
        // Named in another source sentence.
        assert!(s.elsewhere(0).names_person("Bill Jaynes"));
        assert!(!Elsewhere::none().names_person("Mogherini"));
    }

    #[test]
    fn listed_places_and_acronyms_are_not_people() {
        assert!(is_person("Barack Obama"));
        assert!(!is_person("Rusia"));
        assert!(!is_person("FSB"));
        assert!(!is_person("Russian"));
    }
}
