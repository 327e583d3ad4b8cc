//! The Python behaviours the port copies, so that figures and messages are score.py's.
//!
//! **In:** strings and numbers. **Out:** what Python gives for them: `str.isspace`,
//! `str.strip`, `repr`, `float()`, `f"{v:.3f}"`, `sum` of floats, and score.py's ratios,
//! F1, average ranks and Spearman's rho.
//!
//! **Why:** Rust's defaults differ at the edges (which characters are white space, how a
//! float is parsed, printed or summed), and a figure off in its last digit would make
//! `selaras eval` disagree with score.py.

use unicode_normalization::UnicodeNormalization;

/// Python's `str.isspace()`.
fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\u{0b}'
            | '\u{0c}'
            | '\r'
            | '\u{1c}'..='\u{1f}'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Python's `str.strip()`.
pub(super) fn py_strip(s: &str) -> &str {
    s.trim_matches(is_py_space)
}

/// Unicode NFC, whitespace runs collapsed to one space, ends stripped.
pub(super) fn norm(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    nfc.split(is_py_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn ratio(num: usize, den: usize) -> Option<f64> {
    (den != 0).then(|| num as f64 / den as f64)
}

/// score.py's `fmt`: "n/a" for `None`, else fixed with `places` decimals.
/// Rust rounds the exact binary value half-to-even, as Python does.
pub(super) fn fmt_score(value: Option<f64>, places: usize) -> String {
    match value {
        None => "n/a".to_owned(),
        Some(v) => format!("{v:.places$}"),
    }
}

/// Code points where Python's `str.isprintable()` is false, except the
/// unassigned ones (Unicode 14, as in Python 3.11).
const NON_PRINTABLE: [(u32, u32); 28] = [
    (0x0, 0x1f),
    (0x7f, 0xa0),
    (0xad, 0xad),
    (0x600, 0x605),
    (0x61c, 0x61c),
    (0x6dd, 0x6dd),
    (0x70f, 0x70f),
    (0x890, 0x891),
    (0x8e2, 0x8e2),
    (0x1680, 0x1680),
    (0x180e, 0x180e),
    (0x2000, 0x200f),
    (0x2028, 0x202f),
    (0x205f, 0x2064),
    (0x2066, 0x206f),
    (0x3000, 0x3000),
    (0xd800, 0xf8ff),
    (0xfeff, 0xfeff),
    (0xfff9, 0xfffb),
    (0x110bd, 0x110bd),
    (0x110cd, 0x110cd),
    (0x13430, 0x13438),
    (0x1bca0, 0x1bca3),
    (0x1d173, 0x1d17a),
    (0xe0001, 0xe0001),
    (0xe0020, 0xe007f),
    (0xf0000, 0xffffd),
    (0x100000, 0x10fffd),
];

fn is_py_printable(c: char) -> bool {
    let v = c as u32;
    !NON_PRINTABLE.iter().any(|&(lo, hi)| lo <= v && v <= hi)
}

/// Python's `repr()` of a string.
pub(super) fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_py_printable(c) => {
                let v = c as u32;
                if v < 0x100 {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v < 0x10000 {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The zero of every run of Unicode decimal digits (Python's
/// `unicodedata.decimal(c) == 0`, Unicode 14).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Python's `float(text)` when it is finite, else `None` (`text` is stripped).
pub(super) fn parse_float(text: &str) -> Option<f64> {
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else {
            let v = c as u32;
            let zero = DECIMAL_ZEROS.iter().find(|&&z| z <= v && v < z + 10)?;
            ascii.push(char::from(b'0' + (v - zero) as u8));
        }
    }
    // Python allows single underscores between digits.
    let mut plain = String::with_capacity(ascii.len());
    let mut prev = '\0';
    for c in ascii.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            plain.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn average_ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    // stable, like Python's sorted(); values are finite
    order.sort_by(|&a, &b| {
        values[a]
            .partial_cmp(&values[b])
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            ranks[k] = rank;
        }
        i = j + 1;
    }
    ranks
}

/// Python's `sum()` of floats (3.11: plain left-to-right addition from 0).
fn py_sum(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(0.0, |acc, v| acc + v)
}

/// Spearman's rho (Pearson on average ranks); `None` if n < 3 or no variance.
pub(super) fn spearman(xs: &[f64], ys: &[f64]) -> Option<f64> {
    debug_assert_eq!(xs.len(), ys.len());
    let n = xs.len();
    if n < 3 {
        return None;
    }
    let (rx, ry) = (average_ranks(xs), average_ranks(ys));
    let mx = py_sum(rx.iter().copied()) / n as f64;
    let my = py_sum(ry.iter().copied()) / n as f64;
    let cov = py_sum(rx.iter().zip(&ry).map(|(a, b)| (a - mx) * (b - my)));
    let vx = py_sum(rx.iter().map(|a| (a - mx) * (a - mx)));
    let vy = py_sum(ry.iter().map(|b| (b - my) * (b - my)));
    if vx <= 1e-12 || vy <= 1e-12 {
        return None;
    }
    let rho = cov / (vx * vy).sqrt();
    // max(-1.0, min(1.0, rho))
    let rho = if rho < 1.0 { rho } else { 1.0 };
    Some(if rho > -1.0 { rho } else { -1.0 })
}

pub(super) fn f1_score(correct: usize, predicted: usize, found: usize, gold: usize) -> Option<f64> {
    if predicted == 0 && gold == 0 {
        return None;
    }
    let p = ratio(correct, predicted).unwrap_or(0.0);
    let r = ratio(found, gold).unwrap_or(0.0);
    Some(if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spearman_ties_unit() {
        assert_eq!(average_ranks(&[0.1, 0.1, 0.5, 0.9]), [1.5, 1.5, 3.0, 4.0]);
        assert_eq!(average_ranks(&[2.0, 0.0, 1.0, 1.0]), [4.0, 1.0, 2.5, 2.5]);
        assert_eq!(average_ranks(&[3.0, 3.0, 3.0]), [2.0, 2.0, 2.0]);
        // hand-worked: rank x = 1.5 1.5 3 4, rank y = 1 2.5 2.5 4 -> 3.75 / 4.5
        let rho = spearman(&[0.1, 0.1, 0.5, 0.9], &[0.0, 1.0, 1.0, 2.0]).unwrap();
        assert!((rho - 3.75 / 4.5).abs() < 1e-12);
        let rho = spearman(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]).unwrap();
        assert!((rho + 1.0).abs() < 1e-12);
        assert_eq!(spearman(&[0.1, 0.2], &[0.0, 1.0]), None); // n < 3
        assert_eq!(spearman(&[0.5, 0.5, 0.5], &[0.0, 1.0, 2.0]), None); // no variance in x
        assert_eq!(spearman(&[0.1, 0.5, 0.9], &[2.0, 2.0, 2.0]), None); // no variance in y
                                                                        // -0.0 and 0.0 tie, as in Python
        assert_eq!(average_ranks(&[0.0, -0.0, 1.0]), [1.5, 1.5, 3.0]);
    }

    #[test]
    fn floats_parse_like_python() {
        assert_eq!(parse_float("0.5"), Some(0.5));
        assert_eq!(parse_float("+.5"), Some(0.5));
        assert_eq!(parse_float("1.e-1"), Some(0.1));
        assert_eq!(parse_float("1_0.2_5"), Some(10.25));
        assert_eq!(parse_float("\u{661}.\u{665}"), Some(1.5)); // Arabic-Indic digits
        assert_eq!(parse_float("\u{ff10}.\u{ff15}"), Some(0.5)); // full-width digits
        assert!(parse_float("-0").unwrap().is_sign_negative());
        for bad in [
            "",
            "_1",
            "1_",
            "1__0",
            "1_.5",
            "0x10",
            "1e",
            ".",
            "inf",
            "-Infinity",
            "nan",
            "1e400",
            "1,5",
            "0.5x",
            "½",
        ] {
            assert_eq!(parse_float(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn python_whitespace_and_repr() {
        assert_eq!(py_strip("\u{1c}\u{85} x \u{205f}"), "x");
        assert!(!'\u{1c}'.is_whitespace() && is_py_space('\u{1c}'));
        assert!(!is_py_space('\u{200b}'));
        assert_eq!(py_repr("7"), "'7'");
        assert_eq!(py_repr(""), "''");
        assert_eq!(py_repr("o'brien"), "\"o'brien\"");
        assert_eq!(py_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(py_repr("\"q\""), "'\"q\"'");
        assert_eq!(py_repr("t\tn\nr\r\\"), "'t\\tn\\nr\\r\\\\'");
        assert_eq!(py_repr("\u{7}\u{a0}\u{ad}é"), "'\\x07\\xa0\\xadé'");
        assert_eq!(
            py_repr("\u{200b}\u{feff}\u{e000}"),
            "'\\u200b\\ufeff\\ue000'"
        );
        assert_eq!(py_repr("\u{e0001}\u{1f600}"), "'\\U000e0001\u{1f600}'");
    }

    #[test]
    fn fmt_rounds_like_python() {
        // exact binary ties round half to even, as Python's format does
        assert_eq!(fmt_score(Some(0.8125), 3), "0.812");
        assert_eq!(fmt_score(Some(0.0625), 3), "0.062");
        assert_eq!(fmt_score(Some(0.125), 2), "0.12");
        assert_eq!(fmt_score(Some(0.375), 2), "0.38");
        assert_eq!(fmt_score(Some(2.0 / 3.0), 3), "0.667");
        assert_eq!(fmt_score(Some(1.0), 3), "1.000");
        assert_eq!(fmt_score(Some(-0.0), 2), "-0.00");
        // 0.005 is stored just above 0.005, 0.015 just below 0.015
        assert_eq!(fmt_score(Some(0.005), 2), "0.01");
        assert_eq!(fmt_score(Some(0.015), 2), "0.01");
        assert_eq!(fmt_score(None, 2), "n/a");
        // and a/b for every b up to 40, as Python printed them
        let table = include_str!("../../tests/fixtures/eval/fmt.expected");
        let mut n = 0;
        for line in table.lines() {
            let p: Vec<&str> = line.split(' ').collect();
            let (a, b): (u32, u32) = (p[0].parse().unwrap(), p[1].parse().unwrap());
            let v = f64::from(a) / f64::from(b);
            assert_eq!(fmt_score(Some(v), 3), p[2], "{a}/{b}");
            assert_eq!(fmt_score(Some(v), 2), p[3], "{a}/{b}");
            // Python's -a/b negates the integer: -0/1 is 0.0, not -0.0
            let neg = f64::from(-(a as i32)) / f64::from(b);
            assert_eq!(fmt_score(Some(neg), 2), p[4], "-{a}/{b}");
            n += 1;
        }
        assert_eq!(n, 860);
    }
}
