//! The values every stage passes along: languages, documents and their
//! sentences, and the identifiers the CSV prints.
//!
//! A [`Document`] is what `segment` makes of one input file; later stages
//! only read it. Sentence numbers are 1-based because reviewers count that way
//! and the contract prints them.

use std::fmt;

/// The language of a document. The pipeline is written for a source in one
/// language and reports in another; each stage asks the `Lang` instead of
/// assuming which side it is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Indonesian (Bahasa Indonesia).
    Id,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code, as used on the command line and in JSON output.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code (`id`, `en`), ignoring case.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "id" | "ind" => Some(Lang::Id),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The name a document goes by in the output: the basename of its file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocId(pub String);

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A 1-based sentence number, or a run of consecutive sentences merged into
/// one unit (`first..=last`), printed as `4` or `4+5`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SentId {
    /// The first sentence of the unit (1-based).
    pub first: u32,
    /// The last sentence of the unit; equal to `first` for a single sentence.
    pub last: u32,
}

impl SentId {
    /// A single sentence.
    pub fn single(n: u32) -> SentId {
        SentId { first: n, last: n }
    }
}

impl fmt::Display for SentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.first)?;
        for n in self.first + 1..=self.last {
            write!(f, "+{n}")?;
        }
        Ok(())
    }
}

/// What a sentence is on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SentenceKind {
    /// Running text of the article.
    Content,
    /// A title line: the article's headline or a related-article link
    /// (a paragraph of one line without a sentence-final mark).
    Headline,
    /// A photo caption (carries a credit such as "(Getty Images)"). A caption
    /// that states a fact may still align.
    Caption,
    /// Page furniture: banners, "Click here…", comment counts, ads.
    Boilerplate,
}

/// One sentence (segmentation unit) of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Its number in the document.
    pub id: SentId,
    /// The original text, inner whitespace collapsed to single spaces.
    pub text: String,
    /// What it is on the page.
    pub kind: SentenceKind,
    /// 0-based number of the paragraph (line block) it came from.
    pub paragraph: u32,
}

/// A segmented input document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The file's basename.
    pub id: DocId,
    /// The language it is written in.
    pub lang: Lang,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sent_id_prints_single_and_merged_units() {
        assert_eq!(SentId::single(7).to_string(), "7");
        assert_eq!(SentId { first: 4, last: 5 }.to_string(), "4+5");
        assert_eq!(SentId { first: 4, last: 6 }.to_string(), "4+5+6");
    }

    #[test]
    fn lang_codes_round_trip() {
        for lang in [Lang::Id, Lang::En] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
    }
}
