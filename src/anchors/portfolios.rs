//! Government portfolios: which ministry, minister or department a sentence
//! names.
//!
//! In: one sentence and its language. Out: each mention of a ministry by its
//! portfolio ("Kementerian Perdagangan", "Menteri Luar Negeri", "the finance
//! ministry", "Secretary of State"), with the portfolios it names as
//! language-neutral keys. A rendering that puts one ministry in another's
//! place ("Kementerian Perdagangan" / "the finance ministry") changes who
//! acts, yet every word of both is an ordinary word, so name matching reads
//! them as a translation; comparing the portfolios catches it. English
//! writes the portfolio in lowercase ("the interior ministry") as often as
//! not, so this does not wait for a name to be found.

use std::ops::Range;

use serde::Serialize;

use crate::text::doc::Lang;

/// One mention of a ministry, minister or department by its portfolio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PortfolioAnchor {
    /// Byte span of the mention in the sentence.
    pub span: Range<usize>,
    /// The mention as written ("Kementerian Perdagangan", "finance ministry").
    pub text: String,
    /// The portfolios it names, as keys of [`PORTFOLIOS`] ("trade").
    pub keys: Vec<&'static str>,
}

/// Each portfolio: its key, its Indonesian and its English forms (lowercase,
/// words separated by single spaces). A form of several words wins over
/// one of fewer at the same place ("keamanan dalam negeri" is security,
/// not "keamanan" and then the interior). Compiled from how ministries are
/// named in Indonesian and English news; not exhaustive: a portfolio not
/// listed is simply not compared.
pub const PORTFOLIOS: &[(&str, &[&str], &[&str])] = &[
    (
        "agriculture",
        &["pertanian"],
        &["agriculture", "agricultural", "farming", "farm"],
    ),
    (
        "children",
        &["perlindungan anak"],
        &["child protection", "children"],
    ),
    (
        "communications",
        &["komunikasi"],
        &["communications", "communication", "telecommunications"],
    ),
    (
        "creative-economy",
        &["ekonomi kreatif"],
        &["creative economy"],
    ),
    (
        "culture",
        &["kebudayaan", "budaya"],
        &["culture", "cultural affairs"],
    ),
    ("defence", &["pertahanan"], &["defence", "defense"]),
    ("digital", &["digital"], &["digital", "digital affairs"]),
    (
        "economy",
        &["perekonomian", "ekonomi"],
        &["economy", "economic affairs", "economics"],
    ),
    (
        "education",
        &[
            "pendidikan",
            "pendidikan tinggi",
            "pendidikan dasar dan menengah",
        ],
        &["education", "higher education"],
    ),
    (
        "emergencies",
        &["situasi darurat", "keadaan darurat"],
        &["emergency situations", "emergencies"],
    ),
    ("energy", &["energi"], &["energy", "power"]),
    (
        "environment",
        &["lingkungan hidup", "lingkungan", "ekologi"],
        &["environment", "environmental protection", "ecology"],
    ),
    (
        "finance",
        &["keuangan"],
        &["finance", "treasury", "financial affairs"],
    ),
    ("fisheries", &["perikanan"], &["fisheries", "fishing"]),
    ("food", &["pangan"], &["food"]),
    (
        "food-safety",
        &["keamanan pangan", "keamanan pangan dan obat"],
        &["food safety", "food and drug safety"],
    ),
    (
        "foreign",
        &["luar negeri", "hubungan luar negeri"],
        &[
            "foreign",
            "foreign affairs",
            "external affairs",
            "foreign relations",
        ],
    ),
    ("forestry", &["kehutanan"], &["forestry", "forests"]),
    ("health", &["kesehatan"], &["health", "public health"]),
    (
        "housing",
        &["perumahan", "perumahan rakyat"],
        &["housing", "public housing"],
    ),
    (
        "human-rights",
        &["hak asasi manusia", "ham"],
        &["human rights"],
    ),
    ("immigration", &["imigrasi"], &["immigration"]),
    (
        "industry",
        &["perindustrian", "industri"],
        &["industry", "industries"],
    ),
    (
        "information",
        &["informasi", "informatika", "penerangan"],
        &["information", "information technology"],
    ),
    (
        "interior",
        &["dalam negeri"],
        &["interior", "home affairs", "home", "internal affairs"],
    ),
    (
        "investment",
        &["investasi", "penanaman modal"],
        &["investment"],
    ),
    (
        "justice",
        &["kehakiman", "hukum"],
        &["justice", "law", "legal affairs"],
    ),
    (
        "labour",
        &["ketenagakerjaan", "tenaga kerja", "perburuhan"],
        &["labour", "labor", "employment", "manpower"],
    ),
    (
        "marine",
        &["kelautan", "kemaritiman", "maritim"],
        &[
            "marine affairs",
            "maritime affairs",
            "maritime",
            "oceans",
            "marine",
        ],
    ),
    (
        "mineral",
        &["sumber daya mineral", "pertambangan"],
        &["mineral resources", "mines", "mining", "minerals"],
    ),
    ("public-works", &["pekerjaan umum"], &["public works"]),
    ("religion", &["agama"], &["religious affairs", "religion"]),
    ("research", &["riset", "penelitian"], &["research"]),
    ("revenue", &["pendapatan"], &["revenue"]),
    ("science", &["sains", "ilmu pengetahuan"], &["science"]),
    (
        "security",
        &[
            "keamanan",
            "keamanan publik",
            "keamanan dalam negeri",
            "keamanan negara",
        ],
        &[
            "security",
            "public security",
            "homeland security",
            "internal security",
            "state security",
        ],
    ),
    (
        "social",
        &["sosial", "kesejahteraan sosial", "kesejahteraan"],
        &[
            "social affairs",
            "social welfare",
            "social services",
            "social development",
            "welfare",
        ],
    ),
    (
        "soe",
        &["bumn", "badan usaha milik negara"],
        &["state-owned enterprises", "state enterprises"],
    ),
    ("sport", &["olahraga"], &["sport", "sports"]),
    ("technology", &["teknologi"], &["technology"]),
    ("tourism", &["pariwisata"], &["tourism"]),
    (
        "trade",
        &["perdagangan"],
        &["trade", "commerce", "foreign trade"],
    ),
    (
        "transport",
        &["perhubungan", "transportasi"],
        &["transport", "transportation"],
    ),
    (
        "unification",
        &["unifikasi", "reunifikasi", "penyatuan"],
        &["unification", "reunification"],
    ),
    (
        "veterans",
        &["urusan veteran", "veteran"],
        &["veterans affairs", "veterans"],
    ),
    ("water", &["sumber daya air"], &["water resources", "water"]),
    ("wildlife", &["satwa liar", "margasatwa"], &["wildlife"]),
    (
        "women",
        &["pemberdayaan perempuan", "perempuan"],
        &["women's affairs", "women", "women's empowerment"],
    ),
    ("youth", &["pemuda"], &["youth"]),
];

/// Indonesian short forms that name a ministry or its minister in one word
/// ("Kemenkeu", "Menlu"), with the portfolios they stand for.
const ID_SHORT_FORMS: &[(&str, &[&str])] = &[
    ("kemenag", &["religion"]),
    ("kemendag", &["trade"]),
    ("kemendagri", &["interior"]),
    ("kemendikbud", &["education", "culture"]),
    ("kemenhan", &["defence"]),
    ("kemenhub", &["transport"]),
    ("kemenkes", &["health"]),
    ("kemenkeu", &["finance"]),
    ("kemenkumham", &["justice", "human-rights"]),
    ("kemenlu", &["foreign"]),
    ("kemenparekraf", &["tourism", "creative-economy"]),
    ("kemenperin", &["industry"]),
    ("kemenpora", &["youth", "sport"]),
    ("kemensos", &["social"]),
    ("kementan", &["agriculture"]),
    ("kemlu", &["foreign"]),
    ("menag", &["religion"]),
    ("mendag", &["trade"]),
    ("mendagri", &["interior"]),
    ("menhan", &["defence"]),
    ("menhub", &["transport"]),
    ("menkes", &["health"]),
    ("menkeu", &["finance"]),
    ("menlu", &["foreign"]),
    ("menpora", &["youth", "sport"]),
    ("mensos", &["social"]),
    ("mentan", &["agriculture"]),
];

/// Indonesian words that open a ministry's name or a minister's title.
const ID_HEADS: &[&str] = &["kementerian", "menteri", "departemen", "dinas"];

/// Indonesian words that may stand between the head and the portfolio
/// ("Menteri Koordinator Bidang Perekonomian", "Menteri Muda Dalam Negeri").
const ID_QUALIFIERS: &[&str] = &["koordinator", "bidang", "muda", "urusan"];

/// English words a portfolio comes before or after ("trade minister",
/// "Ministry of Trade").
const EN_HEADS: &[&str] = &[
    "ministry",
    "minister",
    "ministers",
    "department",
    "secretary",
];

/// A word of a sentence: its byte span and its lowercase form.
struct Word {
    span: Range<usize>,
    lower: String,
}

/// The sentence's words: letters and digits, with inner hyphens and
/// apostrophes ("state-owned", "women's"); everything else separates them.
/// A comma is kept as a word of its own, since it joins a list of
/// portfolios as "and" does.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = (c == '-' || c == '\'' || c == '’')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Word {
                span: s..i,
                lower: text[s..i].to_lowercase().replace('’', "'"),
            });
        }
        if c == ',' {
            out.push(Word {
                span: i..i + 1,
                lower: ",".to_owned(),
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            span: s..text.len(),
            lower: text[s..].to_lowercase().replace('’', "'"),
        });
    }
    out
}

/// Every portfolio form of `lang`, with its key.
fn forms(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    PORTFOLIOS
        .iter()
        .flat_map(move |&(key, id_forms, en_forms)| {
            let forms = if lang == Lang::Id { id_forms } else { en_forms };
            forms.iter().map(move |&form| (key, form))
        })
}

/// How many words `form` takes when the words from `at` on spell it.
fn spelled_at(words: &[Word], at: usize, form: &str) -> Option<usize> {
    let n = form.split(' ').count();
    let fits = at + n <= words.len()
        && form
            .split(' ')
            .zip(&words[at..at + n])
            .all(|(f, w)| f == w.lower);
    fits.then_some(n)
}

/// The longest portfolio form of `lang` that starts at word `at`: how many
/// words it takes, and its key (the first listed among equals).
fn form_at(words: &[Word], at: usize, lang: Lang) -> Option<(usize, &'static str)> {
    forms(lang)
        .filter_map(|(key, form)| spelled_at(words, at, form).map(|n| (n, key)))
        .fold(None, |best, (n, key)| match best {
            Some((m, _)) if m >= n => best,
            _ => Some((n, key)),
        })
}

/// The longest portfolio form of `lang` that ends just before word `end`:
/// where it starts, and its key (the first listed among equals).
fn form_ending(words: &[Word], end: usize, lang: Lang) -> Option<(usize, &'static str)> {
    forms(lang)
        .filter_map(|(key, form)| {
            let start = end.checked_sub(form.split(' ').count())?;
            spelled_at(words, start, form).map(|_| (start, key))
        })
        .fold(None, |best, (start, key)| match best {
            Some((s, _)) if s <= start => best,
            _ => Some((start, key)),
        })
}

fn is_joiner(word: &str, lang: Lang) -> bool {
    word == "," || word == (if lang == Lang::Id { "dan" } else { "and" })
}

/// A list of portfolios from word `at` on ("Pemuda dan Olahraga",
/// "Education, Culture, Research and Technology"): the keys and the word
/// after the list's last form.
fn list_from(words: &[Word], mut at: usize, lang: Lang) -> (Vec<&'static str>, usize) {
    let mut keys = Vec::new();
    while let Some((n, key)) = form_at(words, at, lang) {
        keys.push(key);
        at += n;
        // ", and" and "dan" both join the next form.
        let mut next = at;
        while next < words.len() && is_joiner(&words[next].lower, lang) {
            next += 1;
        }
        if next == at || form_at(words, next, lang).is_none() {
            break;
        }
        at = next;
    }
    (keys, at)
}

/// A list of portfolios that ends just before word `end` ("trade and
/// industry" of "trade and industry minister"): the keys and where the
/// list starts.
fn list_ending(words: &[Word], mut end: usize, lang: Lang) -> (Vec<&'static str>, usize) {
    let mut keys = Vec::new();
    while let Some((start, key)) = form_ending(words, end, lang) {
        keys.push(key);
        end = start;
        let mut before = end;
        while before > 0 && is_joiner(&words[before - 1].lower, lang) {
            before -= 1;
        }
        if before == end || form_ending(words, before, lang).is_none() {
            break;
        }
        end = before;
    }
    keys.reverse();
    (keys, end)
}

fn anchor(
    text: &str,
    words: &[Word],
    first: usize,
    last: usize,
    mut keys: Vec<&'static str>,
) -> PortfolioAnchor {
    keys.sort_unstable();
    keys.dedup();
    let span = words[first].span.start..words[last].span.end;
    PortfolioAnchor {
        text: text[span.clone()].to_owned(),
        span,
        keys,
    }
}

/// Every mention of a ministry by its portfolio in `text`, in text order.
pub fn extract(text: &str, lang: Lang) -> Vec<PortfolioAnchor> {
    let lower = text.to_lowercase();
    // Most sentences name no ministry: skip them without splitting words.
    // Every mention holds a head word or a short form whole.
    let cue = match lang {
        Lang::Id => ID_HEADS
            .iter()
            .chain(ID_SHORT_FORMS.iter().map(|(short, _)| short))
            .any(|c| lower.contains(c)),
        Lang::En => EN_HEADS
            .iter()
            // The words `extract_en` reads without a head ("the Treasury", "the Home Office").
            .chain(&["treasury", "office"])
            .any(|c| lower.contains(c)),
    };
    if !cue {
        return Vec::new();
    }
    let words = words(text);
    match lang {
        Lang::Id => extract_id(text, &words),
        Lang::En => extract_en(text, &words),
    }
}

fn extract_id(text: &str, words: &[Word]) -> Vec<PortfolioAnchor> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].lower.as_str();
        if let Some((_, keys)) = ID_SHORT_FORMS.iter().find(|(short, _)| *short == w) {
            out.push(anchor(text, words, i, i, keys.to_vec()));
            i += 1;
            continue;
        }
        // "Perdana Menteri" (prime minister), "Kepala Menteri" and "Menteri
        // Besar" (chief minister) hold no portfolio.
        let prime = w == "menteri"
            && (i > 0 && matches!(words[i - 1].lower.as_str(), "perdana" | "kepala")
                || words.get(i + 1).is_some_and(|n| n.lower == "besar"));
        if !ID_HEADS.contains(&w) || prime {
            i += 1;
            continue;
        }
        let mut at = i + 1;
        while at < words.len() && ID_QUALIFIERS.contains(&words[at].lower.as_str()) {
            at += 1;
        }
        let (keys, end) = list_from(words, at, Lang::Id);
        if keys.is_empty() {
            i += 1;
            continue;
        }
        out.push(anchor(text, words, i, end - 1, keys));
        i = end;
    }
    out
}

fn extract_en(text: &str, words: &[Word]) -> Vec<PortfolioAnchor> {
    let mut out: Vec<PortfolioAnchor> = Vec::new();
    let written = |k: usize| &text[words[k].span.clone()];
    for (i, word) in words.iter().enumerate() {
        let w = word.lower.as_str();
        // "the Home Office", "the Foreign Office": Britain's interior and
        // foreign ministries.
        if w == "office" && i > 0 && written(i).starts_with('O') {
            let key = match words[i - 1].lower.as_str() {
                "home" => Some("interior"),
                "foreign" => Some("foreign"),
                _ => None,
            };
            if let Some(key) = key {
                out.push(anchor(text, words, i - 1, i, vec![key]));
            }
            continue;
        }
        // "the U.S. Treasury" on its own is the finance ministry.
        if w == "treasury" && written(i).starts_with('T') {
            let headed = words
                .get(i + 1)
                .is_some_and(|n| EN_HEADS.contains(&n.lower.as_str()))
                || (i > 0 && matches!(words[i - 1].lower.as_str(), "of" | "for"));
            if !headed {
                out.push(anchor(text, words, i, i, vec!["finance"]));
            }
            continue;
        }
        if !EN_HEADS.contains(&w) {
            continue;
        }
        // After the head: "Ministry of Trade", "Minister for Foreign
        // Affairs", "Secretary of State for Health", "Secretary of State".
        let mut after = i + 1;
        let of = words
            .get(after)
            .is_some_and(|n| matches!(n.lower.as_str(), "of" | "for"));
        if of {
            after += 1;
            if words.get(after).is_some_and(|n| n.lower == "the") {
                after += 1;
            }
            let of_state = words.get(after).is_some_and(|n| n.lower == "state");
            if of_state {
                let for_next = words.get(after + 1).is_some_and(|n| n.lower == "for");
                if for_next {
                    after += 2;
                } else if matches!(w, "secretary" | "department") {
                    // The U.S. foreign ministry and its head.
                    out.push(anchor(text, words, i, after, vec!["foreign"]));
                    continue;
                }
            }
            let (keys, end) = list_from(words, after, Lang::En);
            if !keys.is_empty() {
                out.push(anchor(text, words, i, end - 1, keys));
                continue;
            }
        }
        // Before the head: "the trade and industry ministry", "Foreign
        // Minister", "the State Department".
        if w == "department"
            && i > 0
            && words[i - 1].lower == "state"
            && written(i - 1).starts_with('S')
            && written(i).starts_with('D')
        {
            out.push(anchor(text, words, i - 1, i, vec!["foreign"]));
            continue;
        }
        // "Transport Cabinet Secretary": Kenya's ministers are cabinet
        // secretaries, the portfolio before "Cabinet".
        let before = if i > 0 && words[i - 1].lower == "cabinet" {
            i - 1
        } else {
            i
        };
        let (keys, start) = list_ending(words, before, Lang::En);
        if !keys.is_empty() {
            out.push(anchor(text, words, start, i, keys));
        }
    }
    out
}

/// Whether two sentences name ministries with no portfolio in common: each
/// side names at least one, and none of one side's portfolios is among the
/// other's. The first mention of each side, for the flag; `None` when the
/// portfolios agree or a side names none.
pub fn replaced<'a>(
    source: &'a [PortfolioAnchor],
    target: &'a [PortfolioAnchor],
) -> Option<(&'a PortfolioAnchor, &'a PortfolioAnchor)> {
    let (a, b) = (source.first()?, target.first()?);
    (!share_a_portfolio(source, target)).then_some((a, b))
}

/// Whether the Indonesian word and the English word are forms of one
/// portfolio ("Transportasi" / "Transport"), compared in lowercase: a
/// translation, however alike their spelling.
pub fn one_portfolio(indonesian: &str, english: &str) -> bool {
    let (id, en) = (indonesian.to_lowercase(), english.to_lowercase());
    PORTFOLIOS
        .iter()
        .any(|(_, ids, ens)| ids.contains(&id.as_str()) && ens.contains(&en.as_str()))
}

/// Whether some portfolio one side names is one the other names too.
pub fn share_a_portfolio(source: &[PortfolioAnchor], target: &[PortfolioAnchor]) -> bool {
    source
        .iter()
        .flat_map(|m| &m.keys)
        .any(|k| target.iter().any(|n| n.keys.contains(k)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_portfolio_has_a_word_in_each_language() {
        assert!(one_portfolio("Transportasi", "Transport"));
        assert!(one_portfolio("pertahanan", "Defense"));
        assert!(!one_portfolio("Transportasi", "Defence"));
        assert!(!one_portfolio("Transport", "Transportasi"));
    }

    fn keys(text: &str, lang: Lang) -> Vec<Vec<&'static str>> {
        extract(text, lang).into_iter().map(|a| a.keys).collect()
    }

    fn texts(text: &str, lang: Lang) -> Vec<String> {
        extract(text, lang).into_iter().map(|a| a.text).collect()
    }

    #[test]
    fn indonesian_ministries_and_ministers_are_read_with_their_portfolios() {
        assert_eq!(
            keys("kata Kementerian Perdagangan pada Rabu.", Lang::Id),
            [["trade"]]
        );
        assert_eq!(
            texts("kata Kementerian Perdagangan pada Rabu.", Lang::Id),
            ["Kementerian Perdagangan"]
        );
        assert_eq!(
            keys("Menteri Luar Negeri Jerman mengatakan", Lang::Id),
            [["foreign"]]
        );
        assert_eq!(
            keys("Kementerian Pemuda dan Olahraga", Lang::Id),
            [["sport", "youth"]]
        );
        assert_eq!(
            keys(
                "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
                Lang::Id
            ),
            [["culture", "education", "research", "technology"]]
        );
        assert_eq!(
            keys("Menteri Koordinator Bidang Perekonomian", Lang::Id),
            [["economy"]]
        );
        assert_eq!(keys("kata Menkeu pada Senin", Lang::Id), [["finance"]]);
        // The longest form at a place: security, not the interior.
        assert_eq!(
            keys("Departemen Keamanan Dalam Negeri AS", Lang::Id),
            [["security"]]
        );
        // ... and food safety, not security and food
        assert_eq!(
            keys(
                "Kementerian Keamanan Pangan dan Obat Korea Selatan",
                Lang::Id
            ),
            [["food-safety"]]
        );
        assert_eq!(
            keys("South Korea's Ministry of Food and Drug Safety", Lang::En),
            [["food-safety"]]
        );
    }

    #[test]
    fn a_prime_or_chief_minister_holds_no_portfolio() {
        assert!(extract("Perdana Menteri Anwar Ibrahim", Lang::Id).is_empty());
        assert!(extract("Kepala Menteri Mahendra Bisht", Lang::Id).is_empty());
        assert!(extract("Menteri Besar Selangor", Lang::Id).is_empty());
        assert!(extract("Prime Minister Anwar Ibrahim", Lang::En).is_empty());
        assert!(extract("Chief Minister Thomas Varghese", Lang::En).is_empty());
    }

    #[test]
    fn english_portfolios_before_or_after_the_head_are_read() {
        assert_eq!(
            keys("the finance ministry said on Wednesday", Lang::En),
            [["finance"]]
        );
        assert_eq!(
            texts("the finance ministry said", Lang::En),
            ["finance ministry"]
        );
        assert_eq!(
            keys("Germany's interior ministry", Lang::En),
            [["interior"]]
        );
        assert_eq!(
            keys("the Ministry of Youth and Sports", Lang::En),
            [["sport", "youth"]]
        );
        assert_eq!(
            keys("Trade and Industry Minister Lee", Lang::En),
            [["industry", "trade"]]
        );
        assert_eq!(
            keys("the Minister for Foreign Affairs", Lang::En),
            [["foreign"]]
        );
        assert_eq!(
            keys("Secretary of State Antony Blinken", Lang::En),
            [["foreign"]]
        );
        assert_eq!(
            keys("the Secretary of State for Health", Lang::En),
            [["health"]]
        );
        assert_eq!(keys("the U.S. State Department", Lang::En), [["foreign"]]);
        assert_eq!(keys("the Home Office said", Lang::En), [["interior"]]);
        assert_eq!(keys("the U.S. Treasury said", Lang::En), [["finance"]]);
        assert_eq!(
            keys("Treasury Secretary Scott Bessent", Lang::En),
            [["finance"]]
        );
    }

    #[test]
    fn words_that_only_look_like_a_head_name_no_portfolio() {
        assert!(extract("the state department of health", Lang::En)
            .iter()
            .all(|a| a.keys == ["health"]));
        assert!(extract("the UN Secretary-General said", Lang::En).is_empty());
        assert!(extract("the fire department said", Lang::En).is_empty());
        assert!(extract("his office said", Lang::En).is_empty());
        assert!(extract("treasury yields rose", Lang::En).is_empty());
    }

    #[test]
    fn ministries_replaced_are_those_with_no_portfolio_in_common() {
        let id = extract("kata Kementerian Perdagangan", Lang::Id);
        let en = extract("the finance ministry said", Lang::En);
        let (a, b) = replaced(&id, &en).unwrap();
        assert_eq!(
            (a.text.as_str(), b.text.as_str()),
            ("Kementerian Perdagangan", "finance ministry")
        );
        // The same ministry, named in either language's way.
        let id = extract("Kementerian Luar Negeri AS", Lang::Id);
        assert!(replaced(&id, &extract("the State Department", Lang::En)).is_none());
        assert!(replaced(&id, &extract("Secretary of State Marco Rubio", Lang::En)).is_none());
        // One portfolio in common: part of the name, not another ministry.
        let id = extract("Kementerian Lingkungan Hidup dan Kehutanan", Lang::Id);
        assert!(replaced(&id, &extract("the forestry ministry", Lang::En)).is_none());
        // A side that names none compares nothing.
        assert!(replaced(&id, &extract("the ministry said", Lang::En)).is_none());
    }
}
