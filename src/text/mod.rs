//! The text stages: from the bytes of an input file to a [`doc::Document`]
//! of sentences.
//!
//! In: a file, a standard-input stream or a string. Out: documents whose
//! sentences carry their text, span, paragraph and kind (body, title,
//! furniture). Why together: these are the stages that see raw text; every
//! later stage works on the sentences they give.
//!
//! [`input`] (read and decode, and [`language`]: is the text in its
//! declared language?) → [`normalize`] (the text compared) →
//! [`segment`] (paragraphs and sentences) → [`furniture`] (page furniture,
//! captions, titles) → [`doc`] (the document and its sentences).

pub mod chars;
pub mod doc;
pub mod furniture;
pub mod input;
pub mod language;
pub mod normalize;
pub mod segment;
