//! The judging stage: what differs within an aligned pair.
//!
//! In: the aligned pairs and their anchors. Out: each row's kind and flags.
//! Why apart: the flags are the product; the rules that raise them live here
//! and nowhere else.
//!
//! [`divergence`] compares numbers, names, quotations and speakers;
//! [`story`] holds the people a case names, which tell a misattribution
//! from a replaced name.

pub mod divergence;
pub mod story;
