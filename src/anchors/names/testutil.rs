//! Test helpers shared by the tests of the name modules: generators of
//! text and names for the fast-path-versus-reference property tests, and
//! the check that a word list is sorted.

use proptest::prelude::*;

pub(super) fn assert_sorted_unique(name: &str, list: &[&str]) {
    for w in list.windows(2) {
        assert!(w[0] < w[1], "{name}: {:?} before {:?}", w[0], w[1]);
    }
    for item in list {
        assert_eq!(item.to_lowercase(), *item, "{name}: {item:?} lowercase");
    }
}

/// Bits of text the tokenizer treats specially, to build sentences from.
pub(super) const TOKEN_POOL: &[&str] = &[
    "a",
    "Ab",
    "Q",
    "x",
    "1",
    " ",
    " ",
    " ",
    ".",
    "-",
    "'",
    "`",
    "\u{2019}",
    "\u{2010}",
    "\u{2011}",
    "\u{e9}",
    "\u{c9}",
    "\u{df}",
    "\u{130}",
    "\u{212a}",
    "\u{301}",
    "\u{1c5}",
    "\u{3a9}mega",
    "\u{a0}",
    "\n",
    "(",
    "\"",
    "Mr",
    "St",
    "NGO",
    "s",
    "ed",
    "al",
    "U",
    "no",
    "No",
    "Nomor",
    "juru",
    "Juru",
    "bicara",
    "Bicara",
    "Menteri",
    "menteri",
    "Luar",
    "Negeri",
    "Perdana",
    "Prime",
    "Minister",
    "Secretary",
    "of",
    "State",
    "BaruAnda",
    "KazanForum",
    "Peskov",
    "PESKOV",
    "Rusia",
    "TASS",
    "ISIS",
    "K",
    "Qaeda",
    "led",
];

pub(super) fn pooled_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKEN_POOL), 0..40).prop_map(|v| v.concat())
}

/// Name words, respellings and near misses for the word-pairing tests.
pub(super) const NAME_WORD_POOL: &[&str] = &[
    "Dmitri",
    "Dmitry",
    "Peskov",
    "Peskow",
    "Vladimir",
    "Putin",
    "Mohammed",
    "Muhammad",
    "Iran",
    "Iraq",
    "Obama",
    "Osama",
    "Islamic",
    "State",
    "Khorasan",
    "Horasan",
    "of",
    "bin",
    "al",
    "Laden",
    "Zelensky",
    "Zelenskyy",
    "Bortnikov",
    "Volchinkov",
    "Canonical",
    "Canoncial",
    "Xi",
    "Jin",
    "Ping",
    "Jinping",
    "North",
    "Korea",
    "United",
    "Nations",
    "Gaddafi",
    "Qaddafi",
    "Ab",
    "Abcd",
    "Ia",
    "Müller",
    "Mueller",
    "Straße",
    "Москва",
    "Moskva",
    "ISIS",
    "NGOs",
];

/// A name of up to four pool words, each maybe with one letter dropped
/// or doubled.
pub(super) fn pooled_name() -> impl Strategy<Value = String> {
    let word =
        (prop::sample::select(NAME_WORD_POOL), 0..3u8, any::<usize>()).prop_map(|(w, edit, at)| {
            let chars: Vec<char> = w.chars().collect();
            let at = at % chars.len();
            let mut out: String = chars[..at].iter().collect();
            match edit {
                1 => {}
                2 => out.extend([chars[at], chars[at]]),
                _ => out.push(chars[at]),
            }
            out.extend(&chars[at + 1..]);
            out
        });
    prop::collection::vec(word, 0..5).prop_map(|v| v.join(" "))
}
