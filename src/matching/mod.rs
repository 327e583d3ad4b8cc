//! The matching stages: which source sentence pairs with which report
//! sentence, and how well.
//!
//! In: documents (from [`crate::text`]) and the lexicon. Out: the chosen
//! pairs with their scores. Why together: a pair's score and the choice of
//! pairs are one concern, tuned together.
//!
//! [`profile`] (each sentence's terms and anchors, with [`antecedents`]
//! telling who each document's pronoun speakers are) → [`candidates`] (which
//! pairs are worth scoring) → [`similarity`] and [`score`] (how alike a pair
//! is) → [`align`] (the best report sentence for each source sentence).

pub mod align;
pub mod antecedents;
pub mod candidates;
pub mod profile;
pub mod score;
pub mod similarity;
