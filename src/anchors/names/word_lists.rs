//! The word lists the name finder reads: titles, weekday and month names,
//! the words each language capitalises only by position, and the name heads
//! that are ordinary nouns alone.
//!
//! In: a lowercase word. Out: which lists hold it ([`Listed`], one hash
//! look-up for all of them), or a search of one sorted list
//! ([`sorted_contains`]).
//!
//! Why: a capital says little where a sentence, a quote or a Title Case line
//! starts; these lists name the words that are capitalised there and are no
//! names. Kept apart from the code that reads them, as reviewed data:
//! lowercase, sorted bytewise and duplicate-free (tested).

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use crate::text::doc::Lang;

/// Whether `list`, sorted bytewise, holds `word`.
pub(super) fn sorted_contains(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Which of the word lists [`TITLES`], [`TIME_WORDS`], [`ID_COMMON`] and
/// [`EN_COMMON`] a lowercase word is in, as bits: one hash look-up instead
/// of a binary search per list, for every capitalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Listed(u8);

impl Listed {
    pub(super) const TITLE: Listed = Listed(1);
    pub(super) const TIME_WORD: Listed = Listed(2);
    pub(super) const ID_COMMON: Listed = Listed(4);
    pub(super) const EN_COMMON: Listed = Listed(8);

    pub(super) fn of(word: &str) -> Listed {
        static LISTED: LazyLock<HashMap<&'static str, Listed>> = LazyLock::new(|| {
            let mut listed: HashMap<&'static str, Listed> = HashMap::default();
            for (list, bit) in [
                (TITLES, Listed::TITLE),
                (TIME_WORDS, Listed::TIME_WORD),
                (ID_COMMON, Listed::ID_COMMON),
                (EN_COMMON, Listed::EN_COMMON),
            ] {
                for word in list {
                    let entry = listed.entry(word).or_insert(Listed(0));
                    *entry = *entry | bit;
                }
            }
            listed
        });
        LISTED.get(word).copied().unwrap_or(Listed(0))
    }

    /// The common-word list of `lang`.
    pub(super) fn common(lang: Lang) -> Listed {
        match lang {
            Lang::Id => Listed::ID_COMMON,
            Lang::En => Listed::EN_COMMON,
        }
    }

    /// Whether any of the lists in `lists` holds the word.
    pub(super) fn any(self, lists: Listed) -> bool {
        self.0 & lists.0 != 0
    }
}

impl std::ops::BitOr for Listed {
    type Output = Listed;

    fn bitor(self, other: Listed) -> Listed {
        Listed(self.0 | other.0)
    }
}

// ---------------------------------------------------------------------------
// Word lists (lowercase; sorted bytewise and duplicate-free, tested)

/// Titles, roles and military ranks written before a name; never part of
/// it.
/// Whether a lowercase word is a title ("presiden", "minister").
pub fn is_title_word(lower: &str) -> bool {
    sorted_contains(TITLES, lower)
}

/// Whether lowercase words open with a title of several words ("wali kota
/// ...", "chief executive ...").
pub fn opens_with_multiword_title<'a>(lower: impl IntoIterator<Item = &'a str>) -> bool {
    let words: Vec<&str> = lower.into_iter().take(3).collect();
    (2..=words.len()).any(|n| sorted_contains(MULTIWORD_TITLES, &words[..n].join(" ")))
}

const TITLES: &[&str] = &[
    "acting",
    "adjunct",
    "adm",
    "admiral",
    "aiptu",
    "ajun",
    "akbp",
    "akp",
    "ambassador",
    "analis",
    "analyst",
    "archbishop",
    "attorney",
    "ayatollah",
    "bapak",
    "biksu",
    "bishop",
    "brig",
    "brigadier",
    "brigadir",
    "brigjen",
    "bu",
    "capt",
    "captain",
    "cardinal",
    "chairman",
    "chancellor",
    "chief",
    "cmdr",
    "coach",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "commodore",
    "constable",
    "corporal",
    "cpl",
    "curator",
    "detective",
    "director",
    "direktur",
    "dirjen",
    "dirut",
    "doctor",
    "dokter",
    "dr",
    "dubes",
    "economist",
    "ekonom",
    "emir",
    "envoy",
    "gen",
    "general",
    "gov",
    "governor",
    "gubernur",
    "hakim",
    "ibu",
    "inspector",
    "inspektur",
    "ipda",
    "iptu",
    "irjen",
    "jaksa",
    "jenderal",
    "jubir",
    "judge",
    "kanselir",
    "kapolda",
    "kapolri",
    "kapten",
    "kardinal",
    "kasad",
    "kasal",
    "kasau",
    "kepala",
    "ketua",
    "king",
    "klub",
    "kolonel",
    "komandan",
    "kombes",
    "komisaris",
    "komisioner",
    "komjen",
    "komodor",
    "kompol",
    "konstabel",
    "kopral",
    "kurator",
    "laksamana",
    "laksda",
    "laksdya",
    "laksma",
    "letda",
    "letjen",
    "letkol",
    "letnan",
    "lettu",
    "lieutenant",
    "lt",
    "madam",
    "madya",
    "maj",
    "manager",
    "manajer",
    "marsda",
    "marsdya",
    "marsekal",
    "marsma",
    "mayjen",
    "mayor",
    "menlu",
    "menteri",
    "minister",
    "mr",
    "mrs",
    "ms",
    "nn",
    "ny",
    "pak",
    "pangeran",
    "panglima",
    "pastor",
    "patriarch",
    "patriark",
    "paus",
    "pc",
    "pelatih",
    "pendeta",
    "pfc",
    "plt",
    "pope",
    "prajurit",
    "premier",
    "presiden",
    "president",
    "prince",
    "prof",
    "profesor",
    "professor",
    "promoter",
    "promotor",
    "purn",
    "pvt",
    "queen",
    "rabbi",
    "rabi",
    "raja",
    "ratu",
    "rep",
    "rev",
    "reverend",
    "sdr",
    "secretary",
    "sekjen",
    "sen",
    "senator",
    "sergeant",
    "serka",
    "serma",
    "sersan",
    "sgt",
    "sheikh",
    "sheriff",
    "sir",
    "spc",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "sultan",
    "superintenden",
    "superintendent",
    "syekh",
    "taoiseach",
    "tn",
    "uskup",
    "utusan",
    "walikota",
];

/// Titles of several words (lowercase, single spaces). Sorted, no duplicates.
pub(super) const MULTIWORD_TITLES: &[&str] = &[
    "agriculture minister",
    "ajun komisaris besar",
    "ajun komisaris polisi",
    "attorney general",
    "brexit secretary",
    "brigadir jenderal",
    "business secretary",
    "chief district officer",
    "chief executive",
    "chief justice",
    "chief superintendent",
    "crown prince",
    "culture secretary",
    "defence minister",
    "defence secretary",
    "defense minister",
    "defense secretary",
    "deputy prime minister",
    "detective chief inspector",
    "detective inspector",
    "detective sergeant",
    "detective superintendent",
    "direktur eksekutif",
    "direktur jenderal",
    "direktur utama",
    "district officer",
    "duta besar",
    "economy minister",
    "education minister",
    "education secretary",
    "energy minister",
    "energy secretary",
    "environment and forestry minister",
    "environment minister",
    "environment secretary",
    "finance minister",
    "first lieutenant",
    "foreign minister",
    "foreign secretary",
    "hakim agung",
    "health minister",
    "health secretary",
    "home secretary",
    "housing secretary",
    "inspektur jenderal",
    "interior minister",
    "jaksa agung",
    "juru bicara",
    "justice minister",
    "justice secretary",
    "kepala eksekutif",
    "kepala polisi",
    "ketua umum",
    "komisaris besar",
    "komisaris jenderal",
    "komisaris polisi",
    "konstabel polisi",
    "kopral dua",
    "kopral satu",
    "labor minister",
    "labour minister",
    "letnan dua",
    "letnan jenderal",
    "letnan satu",
    "mayor jenderal",
    "menteri agama",
    "menteri dalam negeri",
    "menteri energi",
    "menteri hukum",
    "menteri kesehatan",
    "menteri keuangan",
    "menteri komunikasi",
    "menteri koordinator",
    "menteri lingkungan hidup",
    "menteri lingkungan hidup dan kehutanan",
    "menteri luar negeri",
    "menteri pariwisata",
    "menteri pendidikan",
    "menteri perdagangan",
    "menteri perhubungan",
    "menteri perindustrian",
    "menteri pertahanan",
    "menteri pertanian",
    "menteri sosial",
    "menteri tenaga kerja",
    "northern ireland secretary",
    "opposition leader",
    "pejabat distrik",
    "pelaksana tugas",
    "perdana menteri",
    "police chief",
    "police commissioner",
    "police constable",
    "prajurit dua",
    "prajurit satu",
    "prime minister",
    "private first class",
    "putra mahkota",
    "scottish secretary",
    "second lieutenant",
    "secretary general",
    "secretary of state",
    "sekretaris jenderal",
    "senior commissioner",
    "sersan dua",
    "sersan satu",
    "staff sergeant",
    "trade minister",
    "trade secretary",
    "transport minister",
    "transport secretary",
    "treasury secretary",
    "vice president",
    "wakil perdana menteri",
    "wakil presiden",
    "wali kota",
    "welsh secretary",
    "work and pensions secretary",
];

/// Weekday and month names and the month abbreviations that are no given
/// names ("Okt.", "Sept."; not "Jan", "Jun"), English and Indonesian: date
/// anchors, not names.
const TIME_WORDS: &[&str] = &[
    "ags",
    "agt",
    "agu",
    "agustus",
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "des",
    "desember",
    "feb",
    "februari",
    "february",
    "friday",
    "januari",
    "january",
    "juli",
    "july",
    "jumat",
    "june",
    "juni",
    "kamis",
    "march",
    "maret",
    "may",
    "mei",
    "minggu",
    "monday",
    "nov",
    "november",
    "oct",
    "october",
    "okt",
    "oktober",
    "rabu",
    "sabtu",
    "saturday",
    "selasa",
    "senin",
    "sep",
    "sept",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Time-zone abbreviations, written after a clock time ("08.38 WIB", "0138
/// GMT", "1 p.m. EST"): the time's unit there, not a name. From the zones
/// news wires and Indonesian outlets write (general knowledge).
pub(super) const TIME_ZONES: &[&str] = &[
    "aedt", "aest", "bst", "cdt", "cest", "cet", "cst", "edt", "eet", "est", "gmt", "hkt", "ist",
    "jst", "kst", "mdt", "msk", "mst", "nzdt", "nzst", "pdt", "pst", "sgt", "utc", "wib", "wit",
    "wita",
];

/// Acronyms of common nouns, in either language: written in capitals, yet
/// no name ("mesin ATM", "Conservative MPs", "PDB", "CEO"). Sorted.
pub(super) const COMMON_ACRONYMS: &[&str] = &[
    "atm", "bbm", "cctv", "ceo", "dna", "gdp", "ktp", "mp", "mvp", "pdb", "phd", "phk", "suv",
    "tv", "umkm", "vip",
];

/// English words that are capitalised only by position (sentence or quote
/// start, Title Case headline): never names.
pub(super) const EN_COMMON: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "all",
    "also",
    "although",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "back",
    "be",
    "because",
    "been",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "click",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "don't",
    "during",
    "each",
    "eastern",
    "either",
    "even",
    "every",
    "few",
    "finally",
    "first",
    "for",
    "former",
    "from",
    "further",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "here's",
    "his",
    "how",
    "however",
    "i",
    "i'm",
    "if",
    "in",
    "indigenous",
    "instead",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "just",
    "last",
    "later",
    "let",
    "let's",
    "like",
    "many",
    "meanwhile",
    "more",
    "moreover",
    "most",
    "much",
    "my",
    "neither",
    "next",
    "no",
    "nor",
    "northern",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "please",
    "read",
    "related",
    "said",
    "say",
    "says",
    "see",
    "she",
    "should",
    "since",
    "so",
    "some",
    "southern",
    "still",
    "such",
    "than",
    "that",
    "that's",
    "the",
    "their",
    "them",
    "then",
    "there",
    "there's",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "told",
    "tomorrow",
    "under",
    "unlike",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "we're",
    "were",
    "western",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Indonesian words that are capitalised only by position, plus the nouns a
/// sentence often opens with before a name (Pemerintah, Juru, Pakar, Staf).
pub(super) const ID_COMMON: &[&str] = &[
    "ada",
    "adalah",
    "agar",
    "akan",
    "akibat",
    "anak",
    "anda",
    "antara",
    "apa",
    "apabila",
    "atas",
    "atau",
    "baca",
    "bagaimana",
    "bagi",
    "bahkan",
    "bahwa",
    "baik",
    "baru",
    "beberapa",
    "begitu",
    "belum",
    "berdasarkan",
    "berikut",
    "bersama",
    "bila",
    "bukan",
    "dalam",
    "dan",
    "dari",
    "demikian",
    "dengan",
    "di",
    "dia",
    "diduga",
    "foto",
    "gambar",
    "hal",
    "hanya",
    "hari",
    "harus",
    "ia",
    "ini",
    "itu",
    "jadi",
    "jika",
    "juga",
    "juru",
    "kalau",
    "kami",
    "kamu",
    "karena",
    "kata",
    "ke",
    "kedua",
    "kemudian",
    "kepada",
    "ketika",
    "kita",
    "klik",
    "lalu",
    "lebih",
    "maka",
    "masalah",
    "masih",
    "menurut",
    "mereka",
    "meski",
    "meskipun",
    "namun",
    "oleh",
    "pada",
    "padahal",
    "pakar",
    "para",
    "pemerintah",
    "pihak",
    "saat",
    "salah",
    "sama",
    "sampai",
    "sang",
    "saya",
    "sebagai",
    "sebelum",
    "sebuah",
    "sedang",
    "sejak",
    "sekitar",
    "sekretaris",
    "selain",
    "selama",
    "seluruh",
    "sementara",
    "semua",
    "seorang",
    "serta",
    "setelah",
    "staf",
    "sudah",
    "sumber",
    "tak",
    "tapi",
    "telah",
    "tentang",
    "terhadap",
    "tetapi",
    "tidak",
    "untuk",
    "walaupun",
    "ya",
    "yaitu",
    "yakni",
    "yang",
];

/// Words that head the name of a place or a body ("Gunung Merapi", "Mount
/// Semeru", "Partai Demokrat"): a name they open is no person's, though its
/// other word is a proper one. Sorted, no duplicates.
pub(super) const PLACE_HEADS: &[&str] = &[
    "airport",
    "bandara",
    "bank",
    "bay",
    "cape",
    "danau",
    "desa",
    "gunung",
    "island",
    "jalan",
    "kabupaten",
    "kampung",
    "kota",
    "lake",
    "laut",
    "mount",
    "partai",
    "party",
    "province",
    "provinsi",
    "pulau",
    "river",
    "sea",
    "selat",
    "stadion",
    "stadium",
    "strait",
    "street",
    "sungai",
    "tanjung",
    "teluk",
    "universitas",
    "university",
];

/// Head nouns of bodies' names in either language ("Korporasi Munisipal
/// Brihanmumbai", "Brihanmumbai Municipal Corporation"): a name holding one
/// is no person's, though it holds a proper word. Sorted, no duplicates.
pub(super) const BODY_HEADS: &[&str] = &[
    "agency",
    "asosiasi",
    "association",
    "authority",
    "badan",
    "board",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "dewan",
    "institut",
    "institute",
    "kementerian",
    "komisi",
    "komite",
    "korporasi",
    "ministry",
    "otoritas",
    "perusahaan",
];

/// Whether a lowercase word heads the name of a place or a body
/// ([`PLACE_HEADS`], [`BODY_HEADS`]): "gunung", "korporasi", "stadium".
pub(super) fn heads_a_name(lower: &str) -> bool {
    sorted_contains(PLACE_HEADS, lower) || sorted_contains(BODY_HEADS, lower)
}

/// Name heads that are ordinary nouns when they stand alone at a sentence
/// start ("Negara itu ..."), but begin names when followed by another
/// capitalised word ("Negara Islam", "State Duma").
pub(super) const INITIAL_WEAK: &[&str] = &[
    "badan",
    "city",
    "dinas",
    "government",
    "kabupaten",
    "kelompok",
    "kementerian",
    "kota",
    "ministry",
    "negara",
    "police",
    "province",
    "provinsi",
    "state",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchors::names::testutil::assert_sorted_unique;

    #[test]
    fn listed_bits_are_the_lists() {
        let lists = [
            (TITLES, Listed::TITLE),
            (TIME_WORDS, Listed::TIME_WORD),
            (ID_COMMON, Listed::ID_COMMON),
            (EN_COMMON, Listed::EN_COMMON),
        ];
        let others = ["", "putin", "Presiden", "of", "mr."];
        for word in lists
            .iter()
            .flat_map(|(list, _)| list.iter())
            .chain(&others)
        {
            for (list, bit) in lists {
                assert_eq!(
                    Listed::of(word).any(bit),
                    sorted_contains(list, word),
                    "{word:?}"
                );
            }
        }
    }

    #[test]
    fn word_lists_are_sorted_and_unique() {
        assert_sorted_unique("TITLES", TITLES);
        assert_sorted_unique("MULTIWORD_TITLES", MULTIWORD_TITLES);
        assert_sorted_unique("TIME_WORDS", TIME_WORDS);
        assert_sorted_unique("EN_COMMON", EN_COMMON);
        assert_sorted_unique("ID_COMMON", ID_COMMON);
        assert_sorted_unique("INITIAL_WEAK", INITIAL_WEAK);
        assert_sorted_unique("PLACE_HEADS", PLACE_HEADS);
        assert_sorted_unique("BODY_HEADS", BODY_HEADS);
        assert_sorted_unique("TIME_ZONES", TIME_ZONES);
    }
}
