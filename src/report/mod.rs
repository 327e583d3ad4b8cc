//! The writers: rows to the CSV, JSON Lines and HTML outputs.
//!
//! In: the pipeline's typed rows. Out: bytes in the contract's formats. Why
//! together: strings are made only here, each view from the same rows.
//!
//! [`output`] (the CSV rows), [`detail`] (JSON Lines with anchors) and
//! [`html`] (the review page).

pub mod detail;
pub mod html;
pub mod output;
