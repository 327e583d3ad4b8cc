//! The byte-search fast paths of the splitter checked against plain
//! char-by-char references.
//!
//! In: the seed texts and generated lines of words, abbreviations, end marks,
//! quotes, credits and odd whitespace. Out: a test that the quote pairing
//! ([`Quotations::scan`](super::Quotations)) and the end-mark search
//! ([`split_paragraph`](super::split_paragraph)) give exactly what the
//! references give. Why apart: the references are long and only tests use
//! them; keeping them here keeps `mod.rs` to the rules themselves.

use super::*;

const SEED_ID: &str = include_str!("../../../data/seeds/000_31f64dc309fd023f.txt");
const SEED_VOA: &str = include_str!("../../../data/seeds/001_3e425f8097483d0b.txt");
const SEED_002: &str = include_str!("../../../data/seeds/002_45c968010e991f99.txt");
const SEED_003: &str = include_str!("../../../data/seeds/003_61f1ce00a828e056.txt");

/// Byte spans of closed quotations.
type Spans = Vec<(usize, usize)>;

/// The quote pairing char by char (the reference of the byte search):
/// the double and the single quotations.
fn quotation_spans_reference(line: &str) -> (Spans, Spans) {
    let (mut double, mut single) = (Vec::new(), Vec::new());
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let (is_double, role) = quote_role(c, prev, next, open_single.is_some());
        let (open, spans) = if is_double {
            (&mut open_double, &mut double)
        } else {
            (&mut open_single, &mut single)
        };
        let role = match role {
            QuoteRole::Toggle if open.is_some() => QuoteRole::Close,
            QuoteRole::Toggle => QuoteRole::Open,
            r => r,
        };
        match role {
            QuoteRole::Open => *open = Some(i),
            QuoteRole::Close => {
                if let Some(o) = open.take() {
                    spans.push((o, i));
                }
            }
            QuoteRole::Toggle | QuoteRole::None => {}
        }
        prev = Some(c);
    }
    (double, single)
}

/// The splitter's loop char by char, noting each whitespace on the way
/// (the reference of the end-mark search).
fn split_paragraph_reference(line: &str, rules: &Rules) -> Vec<Range<usize>> {
    let mut quotes = Quotations::scan(line);
    let para_start = line.len() - line.trim_start().len();
    let mut cuts: Vec<usize> = Vec::new();
    let mut skip_until = 0usize;
    let mut word_start = 0usize;
    for (i, c) in line.char_indices() {
        if i < skip_until {
            continue;
        }
        if c.is_whitespace() {
            word_start = i + c.len_utf8();
            continue;
        }
        if !is_end_mark(c) {
            continue;
        }
        let after_marks = i + run_len(&line[i..], is_end_mark);
        let after_closers = after_marks + run_len(&line[after_marks..], is_closer);
        let gap = run_len(&line[after_closers..], char::is_whitespace);
        skip_until = after_closers + gap;
        if gap == 0 {
            if &line[i..after_closers] == "."
                && glued_sentence_start(&line[word_start..i], &line[after_closers..])
                && !quotes.protects(after_closers)
            {
                cuts.push(after_closers);
                word_start = after_closers;
            }
            continue;
        }
        let next = after_closers + gap;
        let token_start = word_start;
        word_start = next;
        if next >= line.len() {
            break;
        }
        if quotes.protects(after_closers) {
            continue;
        }
        let rest = &line[next..];
        let nc = first_char(rest);
        if nc == '(' {
            if let Some(len) = credit_len(rest) {
                let after = next + len;
                let gap2 = run_len(&line[after..], char::is_whitespace);
                let next2 = after + gap2;
                skip_until = next2;
                word_start = next2;
                if gap2 > 0 && next2 < line.len() {
                    let nc2 = first_char(&line[next2..]);
                    if nc2 != '(' && starts_sentence(nc2) && !quotes.protects(after) {
                        cuts.push(next2);
                    }
                }
                continue;
            }
        }
        if !starts_sentence(nc) {
            continue;
        }
        let bare_period = &line[i..after_marks] == "." && after_closers == after_marks;
        if bare_period
            && !period_ends_sentence(
                &line[token_start..i],
                rest,
                rules,
                token_start == para_start,
            )
        {
            continue;
        }
        let closed_quote = line[after_marks..after_closers]
            .chars()
            .any(is_closing_quote);
        if closed_quote && attribution_follows(rest, rules) {
            continue;
        }
        cuts.push(next);
    }
    let mut units = Vec::with_capacity(cuts.len() + 1);
    let mut start = para_start;
    for cut in cuts.into_iter().chain(std::iter::once(line.len())) {
        let end = start + line[start..cut].trim_end().len();
        if end > start {
            units.push(start..end);
        }
        start = cut;
    }
    units
}

/// Lines made of words, abbreviations, end marks, quotes, credits and
/// odd whitespace in random order.
fn varied_lines() -> Vec<String> {
    const PIECES: &[&str] = &[
        "The",
        "said",
        "Putin",
        "kata",
        "Mr.",
        "Dr.",
        "U.S.",
        "a.m.",
        "W.",
        "1.",
        "2.5",
        "etc.",
        "Jl.",
        "St.",
        ".",
        "!",
        "?",
        "…",
        "...",
        "?!",
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "(Getty Images)",
        "(AP Photo/Evan Vucci)",
        "(He left.)",
        "(",
        ")",
        "—",
        "-",
        ":",
        "He",
        "Namun",
        "ujarnya",
        "asked.",
        "\u{a0}",
        "\t",
        "\u{2003}",
        "  ",
        "don't",
        "members’",
        "x",
        "B",
        "é",
        "Ǆ",
        "“Stop!”",
        "\"Why?\"",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n
    };
    let mut lines = Vec::new();
    for _ in 0..20_000 {
        let len = 1 + next(30);
        let mut line = String::new();
        for _ in 0..len {
            match next(4) {
                0 => {}
                1 => line.push(' '),
                _ => line.push_str(if next(6) == 0 { "\u{a0}" } else { " " }),
            }
            line.push_str(PIECES[next(PIECES.len())]);
        }
        lines.push(line);
    }
    lines
}

#[test]
fn byte_searches_split_as_the_char_loop_does() {
    let seed_lines = [SEED_ID, SEED_VOA, SEED_002, SEED_003]
        .iter()
        .flat_map(|t| t.lines())
        .map(str::to_owned);
    for line in seed_lines.chain(varied_lines()) {
        let q = Quotations::scan(&line);
        assert_eq!(
            (q.double, q.single),
            quotation_spans_reference(&line),
            "{line:?}"
        );
        for lang in [Lang::En, Lang::Id] {
            let rules = Rules::for_lang(lang);
            assert_eq!(
                split_paragraph(&line, &rules),
                split_paragraph_reference(&line, &rules),
                "{line:?}"
            );
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(collapse_whitespace(&line), words.join(" "), "{line:?}");
    }
}
