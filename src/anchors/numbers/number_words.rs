//! Numbers, ordinals and fractions written in words: `seratus tiga puluh tujuh`, `one
//! hundred and five`, `ketiga`, `twenty-first`, `dua pertiga`, `two-thirds`.
//!
//! **In:** the tokens of a [`Ctx`] at one index. **Out:** a [`Step`] with a Cardinal,
//! Ordinal or Fraction anchor (or a day of the month: `14th of May`), the number built
//! word by word in a [`WordNum`].
//!
//! **Why:** both languages write small counts and shares in words ("dua dekade", "two
//! decades", "dua pertiga"), and the other side may use digits or other words; reading
//! the words lets the two be compared.

use crate::text::doc::Lang;

use super::recognise::{Ctx, Lead, Raw, Step};
use super::tables::{
    contains, lookup, number_word_lex, Lex, COLLECTIVE_CUES, EN_AUXILIARIES, EN_DENOMINATORS,
    EN_FOLD_WORDS, EN_MODALS_AND_TO, EN_NUMBER_WORDS, EN_ORDINALS, EN_ORDINAL_IDIOMS,
    EN_TWO_IN_PASSING, EN_VAGUE_AMOUNTS, GROUP_LEADS, HALF_DEGREES, ID_NUMBER_WORDS,
    ID_VAGUE_AMOUNTS, LABEL_LEADS, MAGNITUDES, MEASURE_UNITS, ORDINAL_FOLLOWERS, RELATIONAL_HEADS,
    TIME_UNITS, UNITS,
};
use super::tokenize::TokKind;
use super::{Bound, NumberKind};

/// A compound number word being read (`seratus tiga puluh tujuh`, `one hundred and five`).
#[derive(Debug, Clone, Copy)]
struct WordNum {
    /// Sum of the parts closed by a big multiplier (ribu, million).
    total: f64,
    /// The open part below the next big multiplier.
    seg: f64,
    /// The part of `seg` below a hundred, for `belas` and `puluh`.
    small: f64,
    last: Option<Lex>,
    /// Big multipliers must fall: `dua juta tiga ribu`, never `dua ribu tiga juta`.
    cap: f64,
    words: usize,
}

impl Default for WordNum {
    fn default() -> WordNum {
        WordNum {
            total: 0.0,
            seg: 0.0,
            small: 0.0,
            last: None,
            cap: f64::INFINITY,
            words: 0,
        }
    }
}

impl WordNum {
    fn value(&self) -> f64 {
        self.total + self.seg
    }

    /// Adds one number word; false (and no change) when it cannot continue this number.
    fn push(&mut self, lex: Lex) -> bool {
        if !self.accepts(lex) {
            return false;
        }
        match lex {
            Lex::Unit(v) | Lex::Teen(v) | Lex::Tens(v) => self.add(v),
            Lex::Belas => self.add(10.0),
            Lex::Puluh => self.add(self.small * 9.0),
            Lex::Half => self.add(0.5),
            Lex::Hundred => self.scale(100.0),
            Lex::Dozen => self.scale(12.0),
            Lex::HundredOne => {
                self.seg = 100.0;
                self.small = 0.0;
            }
            Lex::Big(m) => self.close(m),
            Lex::BigOne(m) => {
                self.seg = 1.0;
                self.close(m);
            }
        }
        self.last = Some(lex);
        self.words += 1;
        true
    }

    /// Whether `lex` can continue the number read so far: `dua puluh tiga` but not
    /// `dua tiga`, `tiga ratus` but not `seratus ratus`.
    fn accepts(&self, lex: Lex) -> bool {
        let after_break = matches!(
            self.last,
            None | Some(Lex::Hundred | Lex::HundredOne | Lex::Big(_) | Lex::BigOne(_))
        );
        let after_unit = matches!(self.last, Some(Lex::Unit(_))) && self.small < 10.0;
        let after_count = matches!(self.last, Some(Lex::Unit(_) | Lex::Teen(_) | Lex::Tens(_)));
        match lex {
            Lex::Unit(_) => after_break || matches!(self.last, Some(Lex::Tens(_) | Lex::Puluh)),
            Lex::Teen(_) | Lex::Tens(_) => after_break,
            Lex::Belas | Lex::Puluh => after_unit,
            Lex::Half => self.last.is_none() || (after_unit && self.seg == self.small),
            Lex::Hundred | Lex::Dozen => after_count && self.seg > 0.0 && self.seg < 100.0,
            Lex::HundredOne => after_break && self.seg == 0.0,
            Lex::Big(m) => self.seg > 0.0 && m < self.cap,
            Lex::BigOne(m) => after_break && self.seg == 0.0 && m < self.cap,
        }
    }

    fn add(&mut self, v: f64) {
        self.seg += v;
        self.small += v;
    }

    fn scale(&mut self, m: f64) {
        self.seg *= m;
        self.small = 0.0;
    }

    /// Closes the open part with a big multiplier.
    fn close(&mut self, m: f64) {
        self.total += self.seg * m;
        self.seg = 0.0;
        self.small = 0.0;
        self.cap = m;
    }
}

impl Ctx<'_> {
    // --- ordinals and number words ------------------------------------------------------

    pub(super) fn ordinal_word_at(&self, i: usize) -> Option<Step> {
        // "the runner-up" is second place, which Indonesian writes
        // "peringkat kedua" or keeps as "runner-up"; either side may also
        // name the place with no figure ("finished behind").
        if matches!(self.word(i), Some("runner-up" | "runners-up")) {
            let mut step = self.ordinal_step(2.0, i, i + 1);
            step.make_optional();
            return Some(step);
        }
        let mut step = match self.lang {
            Lang::En => self.en_ordinal_at(i),
            Lang::Id => self.id_ordinal_at(i),
        }?;
        if self.lists_a_point(i, &step) {
            return Some(Step::skip(i + 1));
        }
        // "putaran kedua" is the runoff, which English names without its
        // number ("heads to a runoff"): a second round the other side may
        // leave unsaid, though "the third round" is another.
        if self.lang == Lang::Id
            && self.prev_word(i) == Some("putaran")
            && self.word(i) == Some("kedua")
        {
            step.make_optional();
        }
        Some(step)
    }

    /// An ordinal that opens the sentence and is set off by a comma ("First, the
    /// government will ...", "Pertama, ...", "First off,", "First of all,") numbers the speaker's points, not a fact of
    /// the story; the other side may well write "Pertama-tama" or nothing.
    fn lists_a_point(&self, i: usize, step: &Step) -> bool {
        let opens = match i.checked_sub(1) {
            None => true,
            Some(p) => self
                .sym(p)
                .is_some_and(super::recognise::is_sentence_opener),
        };
        let one_word =
            matches!(step.found.as_slice(), [r] if r.kind == NumberKind::Ordinal && r.end == i + 1);
        let set_off = self.sym(i + 1) == Some(',')
            || self.word(i + 1) == Some("off")
            || (self.word(i + 1) == Some("of") && self.word(i + 2) == Some("all"));
        opens && one_word && set_off
    }

    fn en_ordinal_at(&self, i: usize) -> Option<Step> {
        let w = self.word(i)?;
        // "his maiden century": the first, which Indonesian writes
        // "pertama" and English may leave unsaid
        if w == "maiden" {
            let mut step = self.ordinal_step(1.0, i, i + 1);
            step.make_optional();
            return Some(step);
        }
        let value = en_ordinal_value(w)?;
        if self.ranks_among(i) {
            return Some(Step::skip(i + 1));
        }
        // "first lady" is a title, which Indonesian writes "ibu negara";
        // "at first light" is dawn ("saat fajar"), "at the first sign of"
        // as soon as it shows ("begitu muncul"); "in the first few legs",
        // "the first couple of days" are early ones ("beberapa leg awal").
        // "first aid" is care ("P3K"), "second best" a loss ("kalah
        // kelas"), "at first" at the start ("awalnya"): no rank.
        let idiom_after = match w {
            "first" => matches!(self.word(i + 1), Some("aid")),
            // Said of a side, not ranked among others ("the third-best of
            // his career" is a rank).
            "second" => {
                matches!(self.word(i + 1), Some("best"))
                    && matches!(
                        self.prev_word(i),
                        Some("been" | "was" | "were" | "is" | "are" | "be")
                    )
            }
            _ => false,
        };
        let at_first = w == "first"
            && self.prev_word(i) == Some("at")
            && (self.sym(i + 1) == Some(',')
                || matches!(
                    self.word(i + 1),
                    Some("glance" | "sight" | "i" | "we" | "he" | "she" | "they" | "it")
                ));
        if idiom_after || at_first {
            return Some(Step::skip(i + 1));
        }
        if w == "first"
            && matches!(
                self.word(i + 1),
                Some(
                    "lady"
                        | "ladies"
                        | "gentleman"
                        | "light"
                        | "sign"
                        | "signs"
                        | "few"
                        | "several"
                        | "couple"
                )
            )
        {
            return Some(Step::skip(i + 1));
        }
        // "lacked composure in the final third": the last third of the
        // pitch ("sepertiga akhir lapangan"), no rank
        if w == "third"
            && matches!(self.prev_word(i), Some("final" | "attacking" | "defensive"))
            && !self
                .word(i + 1)
                .is_some_and(|n| n == "round" || n == "quarter")
        {
            return Some(Step::skip(i + 1));
        }
        // "by one hundredth of a second": a fraction ("seperseratus
        // detik"), no rank
        if matches!(w, "hundredth" | "hundredths" | "thousandth" | "thousandths")
            && self.word(i + 1) == Some("of")
            && self
                .prev_word(i)
                .is_some_and(|p| p == "a" || number_word_lex(self.lang, p).is_some())
        {
            return Some(Step::skip(i + 1));
        }
        // "a second", "per second", "30 second delay" are time; "a second
        // referendum" is the ordinal, a noun after it.
        // "a second, identical satellite": before a comma and an adjective
        let before_adjective =
            self.sym(i + 1) == Some(',') && self.word(i + 2).is_some_and(|w| w != "and");
        let ordinal_before_noun = self.prev_word(i) == Some("a")
            && (before_adjective
                || self.word(i + 1).is_some_and(|next| {
                    !matches!(
                        next,
                        "ago" | "and" | "earlier" | "later" | "longer" | "or" | "to"
                    )
                }));
        let time = w == "second"
            && !ordinal_before_noun
            && (matches!(
                self.prev_word(i),
                Some("a" | "per" | "split" | "one" | "every")
            ) || i.checked_sub(1).and_then(|p| self.digits(p)).is_some());
        if time {
            return None;
        }
        let mut step = self.ordinal_step(value, i, i + 1);
        if self.ordinal_in_passing(i) {
            step.make_optional();
        }
        Some(step)
    }

    /// Whether the English ordinal at `i` states no rank of the story's own,
    /// so the other side may leave it unsaid: "first" as an adverb after a
    /// modal or "to" ("asked Baghdad to first restore services": "terlebih
    /// dahulu"); "a fourth" standing for one more of those just counted ("three
    /// were suspended and a fourth had resigned": "seorang lainnya"); and a
    /// capitalised ordinal inside a proper name in running text ("near Second
    /// Thomas Shoal", which Indonesian keeps in English); "first" before a
    /// plural noun ("my first throws": the early ones) or after "must come"
    /// (a priority).
    fn ordinal_in_passing(&self, i: usize) -> bool {
        const RANK_NOUNS: &[&str] = &["base", "class", "half", "place", "position", "round"];
        let w = self.word(i);
        let prev = self.prev_word(i);
        let next = self.word(i + 1);
        // So after a negation or "do" ("if we do not first build", "did
        // first try").
        let adverb = w == Some("first")
            && prev.is_some_and(|p| {
                contains(EN_MODALS_AND_TO, p)
                    || matches!(p, "not" | "never" | "did" | "do" | "does")
            })
            && next.is_some_and(|n| !RANK_NOUNS.contains(&n))
            && self.tok(i + 1).is_some_and(|t| !t.capital);
        // "puts Bulgaria first.", "reached the scene first and ...": after
        // its verb's object, ending the clause, "first" is an adverb
        // ("lebih dulu"); "came first", "finished first" rank.
        const PLACED: &[&str] = &[
            "a",
            "are",
            "be",
            "came",
            "come",
            "comes",
            "finish",
            "finished",
            "finishes",
            "finishing",
            "her",
            "his",
            "in",
            "is",
            "its",
            "placed",
            "placing",
            "ranked",
            "the",
            "their",
            "was",
            "were",
        ];
        let clause_ends = self.tok(i + 1).is_none()
            || self.sym(i + 1).is_some()
            || next.is_some_and(|n| matches!(n, "and" | "before" | "after" | "when" | "but"));
        let after_object = w == Some("first")
            && clause_ends
            && prev.is_some_and(|p| !PLACED.contains(&p))
            && i.checked_sub(1).is_some_and(|p| self.digits(p).is_none());
        let one_more = prev == Some("a")
            && (next.is_some_and(|n| contains(EN_AUXILIARIES, n))
                || self
                    .sym(i + 1)
                    .is_some_and(|c| matches!(c, ',' | '.' | ';')));
        let capital = |j: usize| {
            self.tok(j)
                .is_some_and(|t| t.kind == TokKind::Word && t.capital)
        };
        let in_a_name = i > 0 && capital(i) && capital(i + 1) && !capital(i - 1) && prev.is_some();
        // "first-division clubs", "a second-tier side": a league's rank,
        // which Indonesian may name without it ("klub divisi utama").
        // So is "first-team" (the senior side: "tim utama").
        let league = w
            .is_some_and(|w| w.ends_with("-division") || w.ends_with("-tier") || w == "first-team");
        // "second only to the Premier League": "hanya kalah dari"; "must
        // come first" (be put before all else: "harus diutamakan")
        let must_come = i
            .checked_sub(2)
            .and_then(|j| self.word(j))
            .is_some_and(|m| contains(EN_MODALS_AND_TO, m));
        // "our first priority", "the first reason", "his first choice": the
        // main one ("prioritas utama", "alasan utama", "pilihan utama")
        // "second to none", "second to everything" (beaten at every turn:
        // "kalah dalam segala hal"); "the very last second", "a split
        // second": the unit of time, no rank
        let second_to_all = w == Some("second")
            && next == Some("to")
            && matches!(
                self.word(i + 2),
                Some("none" | "nobody" | "everything" | "everyone" | "all")
            );
        let moment = w == Some("second") && matches!(prev, Some("last" | "final" | "split"));
        // "second best for 90 minutes": outclassed ("kalah kelas"), no rank
        let outclassed = w == Some("second") && next == Some("best");
        let idiom = (w == Some("second") && next == Some("only"))
            || second_to_all
            || moment
            || outclassed
            || (w == Some("first")
                && matches!(
                    next,
                    Some("choice" | "priority" | "priorities" | "reason" | "reasons")
                ))
            || (w == Some("first") && matches!(prev, Some("come" | "comes")) && must_come)
            // "Safety comes first", "Lives come first, so ...": a priority;
            // "she came first" ranks
            || (w == Some("first") && matches!(prev, Some("come" | "comes")) && clause_ends);
        // "my first throws", "the first signs": the early ones ("awal"),
        // no rank of one
        let early_ones = w == Some("first")
            && self
                .tok(i + 1)
                .is_some_and(|t| t.kind == TokKind::Word && !t.capital)
            && next.is_some_and(|n| {
                n.len() > 3
                    && n.ends_with('s')
                    && !n.contains(['\'', '\u{2019}'])
                    && !n.ends_with("ss")
                    && !n.ends_with("us")
                    && !n.ends_with("is")
                    && !RANK_NOUNS.contains(&n.trim_end_matches('s'))
            });
        // "lifted Baltimore into first place": the top of the standings
        // ("puncak klasemen")
        let top = w == Some("first") && next == Some("place") && prev == Some("into");
        // "Officials first said one person was missing": at first
        // ("awalnya"), before the verb it times
        let at_first = w == Some("first")
            && prev.is_some_and(|p| {
                !(matches!(p, "the" | "a" | "whose") || contains(super::tables::POSSESSIVES, p))
            })
            && matches!(
                next,
                Some(
                    "said"
                        | "reported"
                        | "announced"
                        | "told"
                        | "appeared"
                        | "met"
                        | "arrived"
                        | "noticed"
                        | "learned"
                        // "the $150 million first proposed": as at first
                        // planned ("semula diusulkan")
                        | "proposed"
                        | "put"
                        | "gave"
                        | "planned"
                        | "estimated"
                        | "scheduled"
                        | "forecast"
                )
            );
        adverb
            || after_object
            || one_more
            || in_a_name
            || league
            || idiom
            || early_ones
            || at_first
            || top
    }

    fn id_ordinal_at(&self, i: usize) -> Option<Step> {
        let w = self.word(i)?;
        let ranked = || Some(Step::skip(i + 1));
        // "-nya" closes the ordinal: "pertandingan pertamanya" (its first game).
        let (w, possessive) = match w.strip_suffix("nya") {
            Some(stem) => (stem, true),
            None => (w, false),
        };
        if w == "pertama" {
            if self.ranks_among(i) {
                return ranked();
            }
            // "pertolongan pertama" is first aid ("P3K"), no rank.
            if self.prev_word(i) == Some("pertolongan") {
                return ranked();
            }
            let mut step = self.ordinal_step(1.0, i, i + 1);
            // "pada hari pertama perdagangan": a debut, often said with no
            // figure ("in its Mumbai debut"); "putusan di tingkat pertama":
            // the original ruling
            // "Gim Pertama Seri Korea", "Tes pertama": the series opener
            // ("the opening Test"); "pada tanda pertama": at the first sign;
            // "dalam 40 menit pertama": the opening 40 minutes; "800 meter
            // pertama": the opening 800 metres
            let span_of_time = i.checked_sub(2).is_some_and(|n| self.number_at(n))
                && matches!(
                    self.prev_word(i),
                    Some(
                        "menit"
                            | "detik"
                            | "jam"
                            | "hari"
                            | "meter"
                            | "kilometer"
                            | "km"
                            | "putaran"
                    )
                );
            // "peletakan batu pertama": the groundbreaking
            let first_stone = self.prev_word(i) == Some("batu")
                && i.checked_sub(2).and_then(|p| self.word(p)) == Some("peletakan");
            // "mahasiswa tahun pertama": first-year students, a class year
            // English folds into "first-year"
            let class_year = self.prev_word(i) == Some("tahun")
                && i.checked_sub(2)
                    .and_then(|p| self.word(p))
                    .is_some_and(|w| {
                        matches!(w, "mahasiswa" | "siswa" | "murid" | "pelajar" | "santri")
                    });
            if matches!(
                self.prev_word(i),
                Some("hari" | "tingkat" | "babak" | "leg" | "gim" | "laga" | "tes" | "tanda")
            ) || span_of_time
                || first_stone
                || class_year
            {
                step.make_optional();
            }
            return Some(step);
        }
        // "lelang perdana", "penerbangan perdana": the first, or the maiden
        // one, which English may say with no figure ("sidang perdananya":
        // its first session); "perdana menteri" is the prime minister.
        if w == "perdana" {
            if self.word(i + 1) == Some("menteri") || i == 0 {
                return ranked();
            }
            let mut step = self.ordinal_step(1.0, i, i + 1);
            step.make_optional();
            return Some(step);
        }
        let number = lookup(ID_NUMBER_WORDS, w.strip_prefix("ke")?)?;
        if possessive {
            if self.ranks_among(i) {
                return ranked();
            }
            return Some(self.possessive_ordinal(number, i));
        }
        let mut seed = WordNum::default();
        if !seed.push(number) {
            return None;
        }
        let (acc, end, _) = self.read_words(i + 1, seed);
        // "di antara kedua negara" is between both countries, not among
        // the second ones ("di antara yang kedua")
        let between_both = self.prev_word(i) == Some("antara") && self.is_collective(i, end);
        if self.ranks_among(i) && !between_both {
            return ranked();
        }
        if !self.is_collective(i, end) {
            let mut step = self.ordinal_step(acc.value(), i, end);
            // "kota-kota lapis kedua": second-tier, "secondary cities"; "dana
            // pihak ketiga": deposits, a third party's funds; "leg kedua",
            // "babak kedua", "laga kedua": the return leg or match, the
            // restart; "sembilan lubang kedua": the back nine
            if matches!(
                self.prev_word(i),
                Some("lapis" | "pihak" | "babak" | "leg" | "paruh" | "laga" | "lubang")
            ) {
                step.make_optional();
            }
            return Some(step);
        }
        // "kedua orang tua": both parents, which English calls "the
        // parents" or "his parents"; no figure.
        if acc.value() == 2.0
            && self.word(end) == Some("orang")
            && self.word(end + 1) == Some("tua")
        {
            return ranked();
        }
        let mut step = self.word_quantity(acc.value(), i, end, None, false);
        // "kedua kelompok itu": both groups, which the other side may call "the two
        // groups" or no number at all; "ketiga bank tersebut": the three banks
        // just named, which the other side may call "the lenders" or "their".
        let named_before = self
            .tok(end)
            .is_some_and(|t| t.kind == TokKind::Word && !t.capital)
            && matches!(self.word(end + 1), Some("itu" | "tersebut"));
        if acc.value() == 2.0 || named_before {
            step.make_optional();
        }
        Some(step)
    }

    /// `keduanya`, `ketiganya`: after a noun an ordinal with its owner ("putri keduanya":
    /// his second daughter); standing for a noun phrase, "both of them" (no figure of its
    /// own) and "all three" (a count).
    fn possessive_ordinal(&self, number: Lex, i: usize) -> Step {
        let mut acc = WordNum::default();
        if !acc.push(number) {
            return Step::skip(i + 1);
        }
        let after_noun = self.prev_word(i).is_some_and(|w| {
            !contains(COLLECTIVE_CUES, w) && !matches!(w, "mereka" | "kami" | "kita" | "kalian")
        });
        // "TCP dan UDP keduanya", "dasarnya dan popularitas keduanya": the nouns
        // joined before it are what "both" sums up.
        let joined = (2..=4).any(|k| {
            i.checked_sub(k)
                .and_then(|j| self.word(j))
                .is_some_and(|w| matches!(w, "dan" | "serta" | "maupun" | "atau"))
        });
        // "menjalankan keduanya": a verb's object, both of them
        let after_verb = self.prev_word(i).is_some_and(looks_like_a_verb);
        let both = acc.value() == 2.0;
        let mut step = if after_noun && !joined && !after_verb {
            self.ordinal_step(acc.value(), i, i + 1)
        } else {
            self.finish(Raw::new(acc.value(), NumberKind::Cardinal, i, i + 1))
        };
        // "keduanya" is "both of them" as often as "his second": either reading may go
        // unsaid on the other side ("both", "the pair"); so is "ketiganya"
        // read as "all three of them" ("and all were released")
        let all_of_them = !(after_noun && !joined && !after_verb);
        if both || all_of_them {
            step.make_optional();
        }
        step
    }

    // --- counts of times and ratios ------------------------------------------------------

    /// The word at `i` as two of what follows it, which the other side may
    /// count or leave unsaid ("both", "double shifts").
    fn optional_two(&self, i: usize) -> Step {
        self.optional_count(2.0, i)
    }

    /// The word at `i` as `value` of what follows it, optional.
    fn optional_count(&self, value: f64, i: usize) -> Step {
        let mut raw = Raw::new(value, NumberKind::Cardinal, i, i + 1);
        self.read_measure(&mut raw, Lead::Plain);
        raw.optional = true;
        self.finish(raw)
    }

    /// `twice`, `thrice`, `once` (where it counts: "met only once", not "once the war
    /// ended"), `sekali` (where it counts: "hanya sekali"), `doubled`, `tripled`,
    /// `twofold`, and `both`: a count of times (unit "time"), a ratio (unit "fold"), or
    /// two.
    pub(super) fn times_word_at(&self, i: usize) -> Option<Step> {
        let w = self.word(i)?;
        if w == "both" && self.lang == Lang::En {
            // "both support and illustration" joins two things, no count of them
            if self.joins_with_and(i + 1) {
                return Some(Step::skip(i + 1));
            }
            return Some(self.optional_two(i));
        }
        // "worked double shifts", "a double save", "a dual listing": two of
        // the noun after it, which a rendering may count ("dua sif") or not.
        if self.lang == Lang::En
            && matches!(w, "double" | "dual" | "twin")
            && !self.says_a_multiple(i)
            && self.word(i + 1).is_some_and(|next| {
                next.chars().all(char::is_alphabetic)
                    && !matches!(next, "a" | "an" | "and" | "in" | "of" | "or" | "the" | "to")
            })
        {
            return Some(self.optional_two(i));
        }
        if self.lang == Lang::En {
            // "the best-of-three final": "final format tiga laga", or no
            // figure at all
            if let Some(Lex::Unit(v) | Lex::Teen(v)) = w
                .strip_prefix("best-of-")
                .and_then(|count| number_word_lex(Lang::En, count))
            {
                return Some(self.optional_count(v, i));
            }
            // "a triple suicide bombing", "a dual-tranche bond", "the
            // double-track system": three or two of the noun, which a
            // rendering may count ("tiga bom", "dua seri", "sistem dua
            // jalur") or not. Not "triple-digit inflation" or
            // "double-checked", no count.
            let (head, rest) = w.split_once('-').unwrap_or((w, ""));
            let value = match head {
                "double" | "dual" | "twin" if !rest.is_empty() => 2.0,
                "triple" if rest.is_empty() && !self.says_a_multiple(i) => {
                    let noun_after = self.word(i + 1).is_some_and(|next| {
                        next.chars().all(char::is_alphabetic)
                            && !matches!(next, "a" | "an" | "and" | "in" | "of" | "or" | "the" | "to")
                            // "a triple century": 300 runs
                            && next != "century"
                    });
                    if noun_after {
                        3.0
                    } else {
                        0.0
                    }
                }
                "triple" if !rest.is_empty() => 3.0,
                _ => 0.0,
            };
            let counts = rest.chars().all(char::is_alphabetic)
                && !matches!(
                    rest,
                    "digit"
                        | "digits"
                        | "checked"
                        | "check"
                        | "edged"
                        | "decker"
                        | "dip"
                        | "dipping"
                );
            if value > 0.0 && counts {
                return Some(self.optional_count(value, i));
            }
        }
        if let Some(step) = self.id_multiplied(i, w) {
            return Some(step);
        }
        let (value, unit, optional) = match (self.lang, w) {
            // "the twice-yearly event": "digelar dua kali setahun"
            (Lang::En, "twice") => (2.0, "time", false),
            (Lang::En, w)
                if w.strip_prefix("twice-").is_some_and(|rest| {
                    matches!(
                        rest,
                        "yearly" | "weekly" | "monthly" | "daily" | "annual" | "a-year"
                    )
                }) =>
            {
                (2.0, "time", false)
            }
            (Lang::En, "thrice") => (3.0, "time", false),
            (Lang::En, "once") if self.counts_once(i) => (1.0, "time", true),
            (Lang::Id, "sekali") if self.counts_once(i) => (1.0, "time", true),
            // "must double", "to triple", "more than double the figure",
            // "paying double the normal rate", "Profit Triples", "Cases
            // Triple as ...": a multiple, where a verb or a comparison reads
            // it (not "a double murder", two of a noun, or "the men's doubles").
            (
                Lang::En,
                "double" | "triple" | "quadruple" | "doubles" | "triples" | "quadruples",
            ) if self.says_a_multiple(i) => {
                let value = match w.trim_end_matches('s') {
                    "double" => 2.0,
                    "triple" => 3.0,
                    _ => 4.0,
                };
                (value, "fold", false)
            }
            // "sepakat untuk menggandakan jumlah visa": to double it; optional,
            // as "menggandakan keunggulan" is a goal that made it 2-0
            (Lang::Id, "menggandakan" | "digandakan" | "gandakan") => (2.0, "fold", true),
            // "menuju penggandaan pendanaan": toward doubling finance
            (Lang::Id, "penggandaan" | "pelipatgandaan") => (2.0, "fold", true),
            // "akan berlipat ganda", "melipatgandakan": double, or many
            // times over
            (Lang::Id, "berlipat") if self.word(i + 1) == Some("ganda") => (2.0, "fold", true),
            (Lang::Id, "melipatgandakan" | "dilipatgandakan" | "lipatgandakan") => {
                (2.0, "fold", true)
            }
            (Lang::En, _) => (lookup(EN_FOLD_WORDS, w)?, "fold", false),
            _ => return None,
        };
        let mut raw = Raw::new(value, NumberKind::Cardinal, i, i + 1);
        raw.unit = Some(unit);
        raw.optional = optional;
        if unit == "time" {
            if let Some(next) = self.ratio_after(i + 1) {
                raw.unit = Some("fold");
                raw.ctx_end = next;
            }
        }
        Some(self.finish(raw))
    }

    /// Whether token `j` is a figure: digits or a number word of the
    /// language.
    fn number_at(&self, j: usize) -> bool {
        self.digits(j).is_some()
            || self
                .word(j)
                .is_some_and(|w| number_word_lex(self.lang, w).is_some())
    }

    /// A multiple Indonesian names in a verb with its factor: "melipatgandakan
    /// tiga kali volume kargo" (to triple it: one multiple, not a doubling
    /// and three times), "Lipat Tigakan Kargo", "melipattigakan" (triple).
    fn id_multiplied(&self, i: usize, w: &str) -> Option<Step> {
        if self.lang != Lang::Id {
            return None;
        }
        let factor = |x: &str| match x {
            "dua" | "duakan" => Some(2.0),
            "tiga" | "tigakan" => Some(3.0),
            "empat" | "empatkan" => Some(4.0),
            "lima" | "limakan" => Some(5.0),
            "sepuluh" | "sepuluhkan" => Some(10.0),
            _ => None,
        };
        let (value, end) = match w {
            "melipatgandakan" | "dilipatgandakan" | "lipatgandakan"
                if self.word(i + 2) == Some("kali") =>
            {
                (factor(self.word(i + 1)?)?, i + 3)
            }
            "lipat" => (factor(self.word(i + 1)?.strip_suffix("kan")?)?, i + 2),
            _ => {
                let rest = ["melipat", "dilipat", "lipat"]
                    .iter()
                    .find_map(|p| w.strip_prefix(p))?
                    .strip_suffix("kan")?;
                (factor(rest)?, i + 1)
            }
        };
        let mut raw = Raw::new(value, NumberKind::Cardinal, i, end);
        raw.unit = Some("fold");
        Some(self.finish(raw))
    }

    /// Whether "double", "triple" ... at `i` states a multiple: the base form
    /// after a modal or "to" ("must double"), after "than" or a copula
    /// ("more than double", "was triple"), before "the" or a possessive
    /// ("double the normal rate", "triple its output"), or the verb after
    /// its subject, a noun ("Profit Triples on ...", "Cases Triple as ...").
    /// Not after an article or a determiner ("a double murder", "the
    /// men's doubles", "hit a triple").
    fn says_a_multiple(&self, i: usize) -> bool {
        const BEFORE: &[&str] = &[
            "are", "be", "been", "is", "more", "nearly", "than", "was", "were",
        ];
        const DETERMINERS: &[&str] = &[
            "a", "an", "the", "men's", "mixed", "women's", "its", "his", "her", "their", "in",
            "of", "and",
        ];
        const AFTER: &[&str] = &["her", "his", "its", "that", "the", "their", "what"];
        // "the India Open doubles title": the event, not a verb
        const EVENT_NOUNS: &[&str] = &[
            "centuries",
            "century",
            "champion",
            "champions",
            "crown",
            "draw",
            "event",
            "final",
            "finals",
            "hundred",
            "match",
            "partner",
            "player",
            "players",
            "ranking",
            "rankings",
            "semifinal",
            "specialist",
            "specialists",
            "title",
            "titles",
            "veteran",
            "veterans",
        ];
        if self.word(i + 1).is_some_and(|n| EVENT_NOUNS.contains(&n)) {
            return false;
        }
        let prev = self.prev_word(i);
        if prev.is_some_and(|p| contains(EN_MODALS_AND_TO, p) || BEFORE.contains(&p)) {
            return true;
        }
        if prev.is_some_and(|p| DETERMINERS.contains(&p)) {
            return false;
        }
        if self.word(i + 1).is_some_and(|n| AFTER.contains(&n)) {
            return true;
        }
        // The verb after its subject: a noun (plural, or a headline's
        // capitalised noun) right before it.
        let subject = i.checked_sub(1).and_then(|p| self.tok(p)).is_some_and(|t| {
            let w = self.lower(t);
            t.kind == TokKind::Word && (t.capital || (w.len() > 3 && w.ends_with('s')))
        });
        subject
            && self.tok(i).is_some_and(|t| {
                t.capital
                    || self.word(i).is_some_and(|w| w.ends_with('s'))
                    || self.word(i + 1) == Some("as")
            })
    }

    /// Whether `both` at `i` joins two things: a preposition after it ("both by a RAID-0
    /// and by ...") or an `and` within a few tokens, in the same clause.
    fn joins_with_and(&self, j: usize) -> bool {
        if self.word(j).is_some_and(|w| {
            matches!(
                w,
                "by" | "in" | "on" | "for" | "at" | "to" | "with" | "from" | "as"
            )
        }) {
            return true;
        }
        for k in j..j + 10 {
            match self.tok(k).map(|t| t.kind) {
                Some(TokKind::Word) if self.word(k) == Some("and") => return true,
                Some(TokKind::Sym(',' | ';' | ':' | '.' | '!' | '?')) | None => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether `once` or `sekali` at `i` counts one time: after a verb or "only" and
    /// before the end of the clause or a stretch of time ("met only once", "once a
    /// year", "hanya sekali", "sekali setahun"); not "once again", "at once", "Once the
    /// war ended", "penting sekali" (very important).
    fn counts_once(&self, i: usize) -> bool {
        let prev = self.prev_word(i);
        let next = self.word(i + 1);
        let clause_ends = next.is_none();
        match self.lang {
            Lang::En => {
                prev.is_some_and(|w| !matches!(w, "at" | "all" | "for" | "than" | "and" | "or"))
                    && (clause_ends
                        || next.is_some_and(|w| {
                            matches!(
                                w,
                                "a" | "an"
                                    | "every"
                                    | "each"
                                    | "per"
                                    | "this"
                                    | "last"
                                    | "in"
                                    | "during"
                                    | "before"
                                    | "since"
                            )
                        }))
            }
            Lang::Id => {
                prev.is_some_and(|w| matches!(w, "hanya" | "baru" | "cuma" | "hanyalah" | "pernah"))
                    || next.is_some_and(|w| {
                        matches!(
                            w,
                            "seminggu"
                                | "sepekan"
                                | "sebulan"
                                | "setahun"
                                | "sehari"
                                | "setiap"
                                | "tiap"
                                | "dalam"
                        )
                    })
            }
        }
    }

    /// A count of times that multiplies ("dua kali lipat", "tiga kali lebih banyak",
    /// "twice as many", "three times the size", "four times higher"): a ratio, not a
    /// count of events. The token after its last word (after `lipat`).
    pub(super) fn ratio_after(&self, e: usize) -> Option<usize> {
        let w = self.word(e)?;
        match self.lang {
            Lang::Id => match w {
                "lipat" | "lipatnya" => Some(e + 1),
                "lebih" => Some(e),
                _ => None,
            },
            Lang::En => matches!(
                w,
                "as" | "more"
                    | "higher"
                    | "larger"
                    | "bigger"
                    | "greater"
                    | "faster"
                    | "the"
                    | "over"
            )
            .then_some(e),
        }
    }

    /// An ordinal that ranks something among others ("one of the first
    /// countries", "among the first", "salah satu negara pertama") states no
    /// figure of the story, and a reviewer shown `number_added:1` for it
    /// would look for a fact that is not there.
    fn ranks_among(&self, i: usize) -> bool {
        let back = |k: usize| i.checked_sub(k).and_then(|j| self.word(j));
        match self.lang {
            Lang::En => {
                matches!(
                    back(1),
                    Some("the" | "its" | "their" | "his" | "her" | "our")
                ) && (back(2) == Some("among") || (back(2) == Some("of") && back(3) == Some("one")))
            }
            // The ordinal follows its noun: "salah satu (negara) pertama",
            // "di antara (yang) pertama"; only words in between.
            // "termasuk negara Barat pertama yang ...": among the first
            // Western ones to (not "termasuk anak pertamanya", including
            // his first child)
            Lang::Id => (1..=3).any(|k| {
                (1..k).all(|m| back(m).is_some())
                    && (matches!(
                        (back(k + 1), back(k)),
                        (Some("salah"), Some("satu")) | (Some("di"), Some("antara"))
                    ) || (back(k) == Some("termasuk") && self.word(i + 1) == Some("yang")))
            }),
        }
    }

    /// `kedua`, `ketiga` ... opening a noun phrase: "both", "the three".
    fn is_collective(&self, i: usize, end: usize) -> bool {
        // "kedua belah pihak", "kedua belah tangan": both, wherever it
        // stands ("belah" follows no ordinal).
        if self.lang == Lang::Id && self.word(end) == Some("belah") {
            return true;
        }
        let noun_follows = self.tok(end).is_some_and(|t| {
            t.kind == TokKind::Word && !t.capital && !contains(ORDINAL_FOLLOWERS, self.lower(t))
        });
        let opens = match i.checked_sub(1) {
            None => true,
            Some(p) => match self.word(p) {
                Some(w) => contains(COLLECTIVE_CUES, w) || is_active_verb(w) || is_passive_verb(w),
                None => true,
            },
        };
        // After a noun of what binds two parties ("hubungan kedua negara":
        // relations between the two countries) or after another ordinal
        // ("pertemuan pertama kedua tim": the teams' first meeting), "kedua"
        // is still "both". Not after any noun: "kemenangan kedua tim itu" is
        // the team's second win, "perekam ... kedua pesawat jet itu" the
        // jet's second recorder.
        let ordinal = |w: &str| {
            w == "pertama"
                || w.strip_prefix("ke")
                    .is_some_and(|n| lookup(ID_NUMBER_WORDS, n).is_some())
        };
        let binds = self.lang == Lang::Id
            && self
                .prev_word(i)
                .is_some_and(|w| contains(RELATIONAL_HEADS, w) || ordinal(w));
        // "pasukan kedua negara": the forces of both countries ("klaim kedua
        // pihak": either side's claims, "pendukung kedua kubu": both camps'
        // supporters); with a
        // demonstrative it may be the country's second one ("kota kedua
        // negara itu": the country's second city).
        let of_both_countries = self.lang == Lang::Id
            && matches!(self.word(end), Some("negara" | "pihak" | "kubu"))
            && !matches!(self.word(end + 1), Some("itu" | "tersebut" | "ini"));
        noun_follows && (opens || binds || of_both_countries)
    }

    /// An ordinal, or a day of the month when a month follows (`14th of May`, `14th May`).
    /// A quarter or half of a year by its number, as business news writes
    /// it: "kuartal I", "triwulan III", "semester II" (a Roman numeral
    /// after the period's word), "Q3", "H1". The ordinal, as "kuartal
    /// ketiga" / "the third quarter" read.
    pub(super) fn period_number_at(&self, i: usize) -> Option<Step> {
        let w = self.word(i)?;
        if let Some(level) = self.level_numeral(i, w) {
            return Some(Step::one(Raw::new(level, NumberKind::Cardinal, i, i + 1)));
        }
        if let Some(war) = self.world_war(i, w) {
            return Some(self.ordinal_step(war, i, i + 1));
        }
        // "a Quarter-Century-Old Record", "a half-century of rule": a span
        // of years, as "seperempat abad" reads.
        if self.lang == Lang::En {
            let part = [("quarter-century", 0.25), ("half-century", 0.5)]
                .into_iter()
                .find(|(p, _)| {
                    w.strip_prefix(p)
                        .is_some_and(|r| r.is_empty() || r == "-old")
                });
            if let Some((_, value)) = part {
                let mut raw = Raw::new(value, NumberKind::Cardinal, i, i + 1);
                raw.unit = Some("century");
                return Some(self.finish(raw));
            }
        }
        let value = match self.lang {
            Lang::Id => {
                let period = matches!(
                    self.prev_word(i),
                    Some("kuartal" | "triwulan" | "semester" | "caturwulan")
                );
                let roman = roman_value(w).filter(|&v| v <= 4.0)?;
                period.then_some(roman)?
            }
            // "Q3" is a letter and a digit glued to it.
            Lang::En => {
                let most = match w {
                    "q" => 4,
                    "h" => 2,
                    _ => return None,
                };
                let d: u8 = self
                    .digits(i + 1)
                    .filter(|_| self.is_glued(i + 1))?
                    .parse()
                    .ok()?;
                let after = self.tok(i + 2);
                if !(1..=most).contains(&d)
                    || after.is_some_and(|t| t.glued && t.kind == TokKind::Word)
                {
                    return None;
                }
                return Some(self.ordinal_step(f64::from(d), i, i + 2));
            }
        };
        Some(self.ordinal_step(value, i, i + 1))
    }

    /// An alert level, category or phase by its Roman numeral in capitals
    /// ("Level IV", "Kategori III", "Phase II"): the count "level four" and
    /// "Level 4" read. English "I" is left alone, as it is mostly the pronoun.
    fn level_numeral(&self, i: usize, w: &str) -> Option<f64> {
        const LEVEL_WORDS: &[&str] = &[
            "category", "fase", "kategori", "level", "phase", "siaga", "stage", "status", "tahap",
            "tingkat",
        ];
        let value = roman_value(w).filter(|_| w != "i" || self.lang == Lang::Id)?;
        let t = self.tok(i)?;
        let capitals = self
            .text
            .get(t.start..t.end)?
            .chars()
            .all(|c| c.is_ascii_uppercase());
        let after_level = self.prev_word(i).is_some_and(|p| LEVEL_WORDS.contains(&p));
        (capitals && after_level).then_some(value)
    }

    /// The world war by its number: "World War II", "World War Two",
    /// "Perang Dunia II" are the ordinal "Perang Dunia Kedua" and "the Second
    /// World War" read.
    fn world_war(&self, i: usize, w: &str) -> Option<f64> {
        let value = match w {
            "one" => 1.0,
            "two" => 2.0,
            _ => roman_value(w).filter(|&v| v <= 2.0)?,
        };
        let back = |k: usize| i.checked_sub(k).and_then(|j| self.word(j));
        let war = match self.lang {
            Lang::En => back(1) == Some("war") && back(2) == Some("world"),
            Lang::Id => back(1) == Some("dunia") && back(2) == Some("perang"),
        };
        (war && self.tok(i)?.capital).then_some(value)
    }

    /// An English decade in words: of someone's age after a possessive ("in
    /// his seventies", as "in his 70s"), of the last century after "the"
    /// ("the eighties", as "the 1980s").
    pub(super) fn decade_word_at(&self, i: usize) -> Option<Step> {
        if self.lang == Lang::Id {
            return self.id_decade_words_at(i);
        }
        let tens = lookup(super::tables::EN_DECADE_WORDS, self.word(i)?)?;
        let mut before = i.checked_sub(1)?;
        if matches!(self.word(before), Some("early" | "mid" | "late")) {
            before = before.checked_sub(1)?;
        }
        let value = match self.word(before)? {
            w if contains(super::tables::POSSESSIVES, w) => tens,
            "the" => 1900.0 + tens,
            _ => return None,
        };
        Some(Step::one(Raw::new(value, NumberKind::Decade, i, i + 1)))
    }

    /// "berusia enam puluhan tahun" (in their sixties), "tahun delapan
    /// puluhan" (the eighties): a decade in words, as "60-an" in digits.
    fn id_decade_words_at(&self, i: usize) -> Option<Step> {
        let Some(Lex::Unit(n)) = lookup(ID_NUMBER_WORDS, self.word(i)?) else {
            return None;
        };
        // "masa usia dua puluhannya": his twenties
        if !(2.0..=9.0).contains(&n) || !matches!(self.word(i + 1), Some("puluhan" | "puluhannya"))
        {
            return None;
        }
        let of_the_century = matches!(self.prev_word(i), Some("tahun" | "era" | "dekade"));
        let value = if of_the_century { 1900.0 } else { 0.0 } + n * 10.0;
        Some(Step::one(Raw::new(value, NumberKind::Decade, i, i + 2)))
    }

    pub(super) fn ordinal_step(&self, value: f64, first: usize, end: usize) -> Step {
        let month_at = if self.word(end) == Some("of") {
            end + 1
        } else {
            end
        };
        // "pekan ketiga Mei": the third week of May, not 3 May
        let of_a_week = matches!(self.prev_word(first), Some("pekan" | "minggu"));
        let day = value.fract() == 0.0 && (1.0..=31.0).contains(&value) && !of_a_week;
        let kind = if day && self.month_word(month_at).is_some() {
            NumberKind::DayOfMonth
        } else {
            NumberKind::Ordinal
        };
        Step::one(Raw::new(value, kind, first, end))
    }

    // --- fractions -----------------------------------------------------------------------

    /// A share of a whole in words (`dua pertiga`, `sepertiga`, `separuh`, `two-thirds`,
    /// `a third of`, `half`): a Fraction. A half that counts a unit (`setengah jam`,
    /// `half an hour`) is a Cardinal, and one inside a larger number (`dua setengah
    /// juta`, `half a million`) is left to [`Ctx::word_number_at`].
    pub(super) fn fraction_at(&self, i: usize) -> Option<Step> {
        if self.names_a_half(i) {
            return Some(Step::skip(i + 1));
        }
        // "pada seperempat akhir pertandingan": the final quarter of a game;
        // "di sepertiga akhir lapangan": in the final third of the pitch
        if self.lang == Lang::Id
            && matches!(self.word(i), Some("seperempat" | "sepertiga"))
            && matches!(
                self.word(i + 1),
                Some("akhir" | "awal" | "pertama" | "kedua" | "ketiga" | "terakhir")
            )
        {
            return Some(Step::skip(i + 2));
        }
        let (value, end) = match self.lang {
            Lang::Id => self.id_fraction(i)?,
            Lang::En => self.en_fraction(i)?,
        };
        // "seperempat juta", "a quarter of a million": a share of a
        // magnitude is a count (250,000), as "half a million" is.
        let magnitude = |k: usize| match self.word(k)? {
            "juta" | "million" => Some(1e6),
            "miliar" | "milyar" | "billion" => Some(1e9),
            _ => None,
        };
        let of_a = self.lang == Lang::En
            && self.word(end) == Some("of")
            && self.word(end + 1) == Some("a");
        let (at, after) = if of_a {
            (end + 2, end + 3)
        } else {
            (end, end + 1)
        };
        // (A half is read with its magnitude by `word_number_at`.)
        if let Some(m) = magnitude(at).filter(|_| value != 0.5) {
            return Some(self.finish(Raw::new(value * m, NumberKind::Cardinal, i, after)));
        }
        if let Some(step) = self.measured_fraction(value, i, end) {
            return step;
        }
        Some(self.finish(Raw::new(value, NumberKind::Fraction, i, end)))
    }

    /// A half that names a part rather than a share: "the second half", "the other
    /// half", "at the half" (half-time); "the half of it" is still a share. Nor is a
    /// half that says how far a state goes, in an idiom of either language
    /// ("setengah hati": half-hearted, "setengah baya": middle-aged, "half asleep").
    fn names_a_half(&self, i: usize) -> bool {
        // "shortly before half-time": the interval, no share ("turun minum")
        if matches!(self.word(i), Some("half-time" | "halftime" | "half-term")) {
            return true;
        }
        let half = matches!(self.word(i), Some("half" | "setengah" | "separuh"));
        if half && self.word(i + 1).is_some_and(|w| contains(HALF_DEGREES, w)) {
            return true;
        }
        self.lang == Lang::En
            && self.word(i) == Some("half")
            && match self.prev_word(i) {
                Some("first" | "second" | "other" | "latter" | "former" | "back" | "front") => true,
                Some("the") => self.word(i + 1) != Some("of"),
                _ => false,
            }
    }

    /// Words after "dibagi dua" that end the phrase: what was divided by
    /// two, not into two of a noun.
    const HALVED_BEFORE: &'static [&'static str] = &[
        "dan", "jika", "karena", "ketika", "pada", "saat", "sebelum", "sehingga", "sejak",
        "selama", "setelah", "untuk",
    ];

    fn id_fraction(&self, i: usize) -> Option<(f64, usize)> {
        let w = self.word(i)?;
        // "separuhnya", "seperempatnya": the share with its possessive (of them).
        let w = w.strip_suffix("nya").unwrap_or(w);
        if matches!(w, "setengah" | "separuh") {
            return Some((0.5, i + 1));
        }
        // "poin dibagi dua sebelum play-off": halved. Not "dibagi dua
        // kelompok", split into two groups.
        if matches!(w, "dibagi" | "terbagi")
            && self.word(i + 1) == Some("dua")
            && self
                .word(i + 2)
                .is_none_or(|next| contains(Self::HALVED_BEFORE, next))
        {
            return Some((0.5, i + 2));
        }
        if let Some(den) = w.strip_prefix("seper") {
            return Some((1.0 / self.id_denominator(den, i + 1)?, i + 1));
        }
        // `dua pertiga`, `tiga perempat`, `dua per tiga`
        let Some(Lex::Unit(num)) = lookup(ID_NUMBER_WORDS, w) else {
            return None;
        };
        let next = self.word(i + 1)?;
        if next == "per" {
            let den = self.id_denominator(self.word(i + 2)?, i + 3)?;
            return Some((num / den, i + 3));
        }
        // "dua pertiganya": two thirds of them.
        let den_word = next.strip_prefix("per")?;
        let den_word = den_word.strip_suffix("nya").unwrap_or(den_word);
        let den = self.id_denominator(den_word, i + 2)?;
        Some((num / den, i + 2))
    }

    /// The denominator word `tiga`, `empat` ... (two to ten), read before `next`;
    /// `perempat final` is a quarter-final.
    fn id_denominator(&self, w: &str, next: usize) -> Option<f64> {
        let den = match lookup(ID_NUMBER_WORDS, w)? {
            Lex::Unit(v) | Lex::Teen(v) if (2.0..=10.0).contains(&v) => v,
            _ => return None,
        };
        (self.word(next) != Some("final")).then_some(den)
    }

    fn en_fraction(&self, i: usize) -> Option<(f64, usize)> {
        let w = self.word(i)?;
        // "profit halved": fell to half, as "merosot menjadi setengahnya".
        // "prices halve", "Profit Halves": a verb read as `says_a_multiple` reads "double".
        let halve = matches!(w, "halve" | "halves") && self.says_a_multiple(i);
        if w == "half" || w == "halved" || w == "halving" || halve {
            return Some((0.5, i + 1));
        }
        // `two-thirds`, `one-quarter`
        if let Some((num, den)) = w.split_once('-') {
            let num = en_numerator(num)?;
            let den = lookup(EN_DENOMINATORS, den)?;
            return Some((num / den, i + 1));
        }
        let num = if w == "a" { 1.0 } else { en_numerator(w)? };
        let den_word = self.word(i + 1)?;
        let den = lookup(EN_DENOMINATORS, den_word)?;
        // "a third time", "one quarter ended": singular forms only before `of`,
        // or after a word that measures a share ("fell by a third", "about a
        // quarter planned to").
        // "for three quarters" of a game counts its periods ("tiga kuarter"):
        // quarters are a share only before "of".
        let periods = den_word == "quarters" && self.word(i + 2) != Some("of");
        let plural = den_word.ends_with('s') && num > 1.0 && !periods;
        let up_to = self.prev_word(i) == Some("to")
            && i.checked_sub(2).and_then(|j| self.word(j)) == Some("up");
        let share = w == "a"
            && (up_to
                || matches!(
                    self.prev_word(i),
                    Some(
                        "by" | "about" | "nearly" | "almost" | "roughly" | "some" | "than" | "over"
                    )
                ));
        // "a quarter less than in 2019", "a third higher": a share of change
        let compared = self.word(i + 2).is_some_and(|c| {
            matches!(
                c,
                "less" | "more" | "lower" | "higher" | "fewer" | "smaller" | "bigger" | "larger"
            )
        });
        (plural || share || compared || self.word(i + 2) == Some("of"))
            .then_some((num / den, i + 2))
    }

    /// A share before a measure, read at `i` with the fraction ending before `end`: an
    /// amount of that measure (`three-quarters of a percent`, `tiga perempat persen`,
    /// `empat persepuluh poin`, `half an hour`, `setengah jam`), not a share of a whole.
    /// Some(None) for a half inside a larger number (`half a million`, `setengah juta`),
    /// which is the number reader's. None for a share (`separuh warga`: half of the
    /// residents).
    fn measured_fraction(&self, value: f64, i: usize, end: usize) -> Option<Option<Step>> {
        let mut m = end;
        if self.lang == Lang::En {
            if self.word(m) == Some("of") && matches!(self.word(m + 1), Some("a" | "an")) {
                m += 2;
            } else if matches!(self.word(m), Some("a" | "an")) {
                m += 1;
            }
        }
        let next = self.word(m);
        let number_follows = next.is_some_and(|w| {
            lookup(MAGNITUDES, w).is_some() || number_word_lex(self.lang, w).is_some()
        });
        if value == 0.5 && m <= end + 1 && number_follows {
            return Some(None);
        }
        let mut raw = Raw::new(value, NumberKind::Cardinal, i, end);
        if let Some(after) = self.percent_at(m) {
            raw.kind = NumberKind::Percent;
            raw.unit = Some("percent");
            raw.ctx_end = after;
            return Some(Some(self.finish(raw)));
        }
        // "half a month's pay": the possessive is the unit
        let unit = lookup(UNITS, next?.trim_end_matches("'s"))?;
        // `a third of a century`; a count noun after it (`separuh warga`) is what the
        // share is taken of
        if !(contains(TIME_UNITS, unit) || contains(MEASURE_UNITS, unit)) {
            return None;
        }
        raw.unit = Some(unit);
        raw.ctx_end = m + 1;
        Some(Some(self.finish(raw)))
    }

    /// A round amount named by its order of magnitude (`ratusan orang`,
    /// `puluhan ribu warga`, `belasan`, `hundreds of people`, `tens of
    /// thousands`, `dozens`): an optional figure, at least the smallest
    /// amount the word covers (`ratusan`: 100). The word states no figure a
    /// report must repeat, but an exact count below it is another one
    /// ("ratusan orang" / "five people"), and a count above it or a hedge
    /// ("at least 300") is the same amount.
    pub(super) fn vague_amount_at(&self, i: usize) -> Option<Step> {
        let w = self.word(i)?;
        let least = |table: &[(&str, (f64, f64))], x: &str| lookup(table, x).map(|(lo, _)| lo);
        let (mut value, mut end) = match (self.lang, w) {
            (Lang::Id, _) => (least(ID_VAGUE_AMOUNTS, w)?, i + 1),
            // "tens of thousands"; "tens" alone is no amount
            (Lang::En, "tens") => {
                let of_what = self.word(i + 2).filter(|_| self.word(i + 1) == Some("of"));
                let m = least(EN_VAGUE_AMOUNTS, of_what?).filter(|&m| m >= 1e3)?;
                (10.0 * m, i + 3)
            }
            (Lang::En, _) => (least(EN_VAGUE_AMOUNTS, w)?, i + 1),
        };
        // "puluhan ribu", "ratusan juta"; "hundreds of thousands"
        match self.lang {
            Lang::Id => {
                if let Some(m) = self.word(end).and_then(|x| lookup(MAGNITUDES, x)) {
                    value *= m;
                    end += 1;
                }
            }
            Lang::En => {
                let after_of = self.word(end) == Some("of");
                if let Some(m) = self
                    .word(end + 1)
                    .filter(|&x| after_of && x != "tens")
                    .and_then(|x| least(EN_VAGUE_AMOUNTS, x))
                {
                    value *= m;
                    end += 2;
                }
            }
        }
        let mut raw = Raw::new(value, NumberKind::Cardinal, i, end);
        raw.bound = Bound::AtLeast;
        raw.optional = true;
        // What it counts stands after "of" in English ("hundreds of people").
        let of = self.lang == Lang::En && self.word(end) == Some("of");
        if of {
            raw.end = end + 1;
        }
        self.read_measure(&mut raw, Lead::Plain);
        raw.end = end;
        raw.ctx_end = raw.ctx_end.max(end + usize::from(of));
        if raw.kind != NumberKind::Cardinal {
            // "ratusan persen", "thousands of dollars": leave them unread
            return Some(Step::skip(raw.ctx_end));
        }
        Some(Step::one(raw))
    }

    /// An English split written as one word ("six-to-one"): its two sides,
    /// each a score.
    fn split_in_one_word(&self, i: usize) -> Option<Step> {
        if self.lang != Lang::En {
            return None;
        }
        let (a, b) = self.word(i)?.split_once("-to-")?;
        // "one-to-one talks" are face to face, no split.
        if a == b {
            return None;
        }
        let value = |w: &str| match number_word_lex(Lang::En, w)? {
            Lex::Unit(v) | Lex::Teen(v) | Lex::Tens(v) => Some(v),
            _ => None,
        };
        let mut found = Vec::with_capacity(2);
        for v in [value(a)?, value(b)?] {
            let mut raw = Raw::new(v, NumberKind::Cardinal, i, i + 1);
            raw.unit = Some("score");
            found.push(raw);
        }
        Some(Step { found, next: i + 1 })
    }

    pub(super) fn word_number_at(&self, i: usize) -> Option<Step> {
        // "salah satu negara" is "one of the countries", not a count; nor is
        // "pedagang kaki lima" (street vendors, from the five-foot walkway
        // they trade on) a count of five.
        if self.lang == Lang::Id
            && matches!(
                (self.prev_word(i), self.word(i)),
                (Some("salah"), Some("satu")) | (Some("kaki"), Some("lima"))
            )
        {
            // "salah satu dari 1.500 kursi" is "one of the 1,500 places",
            // which English may also write "one of the club's three slots"
            // with no share it reads: a one said in passing.
            let one_of_a_number = self.word(i + 1) == Some("dari") && self.number_at(i + 2);
            if one_of_a_number {
                return Some(self.one_word_in_passing(1.0, i, None));
            }
            return Some(Step::skip(i + 1));
        }
        // "a six-to-one decision", "a five-to-four majority": a split of
        // votes written as one word, a score line as "6-1" is.
        if let Some(split) = self.split_in_one_word(i) {
            return Some(split);
        }
        // "gave birth to triplets": three born at once, which the other
        // side may count ("Tiga Anak") or not ("anak kembar")
        if self.lang == Lang::En {
            let births = match self.word(i) {
                Some("twins") => Some(2.0),
                Some("triplets") => Some(3.0),
                Some("quadruplets") => Some(4.0),
                _ => None,
            };
            if let Some(value) = births {
                return Some(self.one_word_in_passing(value, i, None));
            }
        }
        // "hit a six off the fourth ball", "struck a four": cricket's
        // boundary hits, which a rendering may keep in English ("memukul
        // six") or call "enam angka"; only a preposition, a conjunction or
        // the sentence's end may follow, where a count would name its noun.
        let boundary = match self.word(i) {
            Some("four") => Some(4.0),
            Some("six") => Some(6.0),
            _ => None,
        };
        if let Some(value) = boundary.filter(|_| {
            self.lang == Lang::En
                && self.prev_word(i) == Some("a")
                && !self.glued_sym(i + 1, '-')
                && (self.tok(i + 1).is_none_or(|t| t.kind != TokKind::Word)
                    || matches!(
                        self.word(i + 1),
                        Some("off" | "over" | "into" | "and" | "from" | "in" | "on")
                    ))
        }) {
            return Some(self.one_word_in_passing(value, i, None));
        }
        // "the EuroLeague Final Four", "the Super Four stage", "the Big
        // Ten", "League Two": a stage's or a league's name, no count
        if self.lang == Lang::En
            && self.tok(i).is_some_and(|t| t.capital)
            && matches!(
                self.prev_word(i),
                Some("final" | "big" | "super" | "league")
            )
            && i.checked_sub(1)
                .and_then(|p| self.tok(p))
                .is_some_and(|t| t.capital)
        {
            return Some(Step::skip(i + 1));
        }
        // "inflasi dua digit": an order of magnitude, which English writes
        // "double-digit inflation" or leaves unsaid
        if self.lang == Lang::Id && self.word(i + 1) == Some("digit") {
            if let Some(Lex::Unit(digits)) =
                self.word(i).and_then(|w| number_word_lex(self.lang, w))
            {
                return Some(self.one_word_in_passing(digits, i, None));
            }
        }
        // "anak balita" (bawah lima tahun): children under five, which
        // English may leave unsaid
        if self.lang == Lang::Id && self.word(i) == Some("balita") {
            return Some(self.one_word_in_passing(5.0, i, None));
        }
        // "over the next decade", "in the past century": one such span,
        // which the other side may give in years ("sepuluh tahun ke depan")
        if self.lang == Lang::En
            && matches!(self.word(i), Some("decade" | "century"))
            && matches!(self.prev_word(i), Some("next" | "past" | "last" | "coming"))
            && i.checked_sub(2).and_then(|j| self.word(j)) == Some("the")
        {
            let unit = if self.word(i) == Some("decade") {
                "decade"
            } else {
                "century"
            };
            return Some(self.one_word_in_passing(1.0, i, Some(unit)));
        }
        // "Twenty20": a cricket format's name, no count
        if self.digits(i + 1).is_some() && self.is_glued(i + 1) {
            return Some(Step::skip(i + 2));
        }
        // "not about any one country": any at all, no count
        if self.lang == Lang::En && self.prev_word(i) == Some("any") && self.word(i) == Some("one")
        {
            return Some(Step::skip(i + 1));
        }
        // "selama setahun" is "for a year": one unit of time, in one word.
        // Read only after "selama", since "sekali setahun" (once a year) and
        // "sehari setelah" (a day after) count no duration.
        if self.lang == Lang::Id && self.prev_word(i) == Some("selama") {
            if let Some(unit) = self
                .word(i)
                .and_then(|w| lookup(super::tables::ID_ONE_UNIT_OF_TIME, w))
            {
                return Some(self.word_quantity(1.0, i, i + 1, Some(unit), false));
            }
        }
        // "seorang pekerja" is "a worker" and "one worker" alike: the
        // article of people, a count the other side may state or leave
        // unsaid ("seorang diri" is alone, "seorang pun" none at all, and
        // "seorang anak perusahaan" a subsidiary, rendered word by word).
        let company = self.word(i + 1) == Some("anak")
            && matches!(self.word(i + 2), Some("perusahaan" | "usaha"));
        if self.lang == Lang::Id
            && self.word(i) == Some("seorang")
            && !matches!(self.word(i + 1), Some("diri" | "pun") | None)
            && !company
        {
            let mut step = self.one_word_in_passing(1.0, i, Some("people"));
            // ... and says too little to be another count: "seorang guru
            // ... bersama dua anaknya" / "a teacher ... with her two
            // children" counts no one else.
            step.found.iter_mut().for_each(|r| r.unit = None);
            return Some(step);
        }
        // "Mother-of-three Nining Kurniasih": "ibu tiga anak"
        if let Some(Lex::Unit(children)) = self
            .word(i)
            .filter(|_| self.lang == Lang::En)
            .and_then(|w| w.split_once("-of-"))
            .filter(|(parent, _)| {
                matches!(
                    *parent,
                    "mother" | "father" | "parent" | "mum" | "dad" | "grandmother" | "grandfather"
                )
            })
            .and_then(|(_, n)| lookup(EN_NUMBER_WORDS, n))
        {
            return Some(Step::one(Raw::new(
                children,
                NumberKind::Cardinal,
                i,
                i + 1,
            )));
        }
        // "Kopral Dua", "Letnan Satu": a rank's name, which English may
        // give as an ordinal ("Second Lieutenant") or not ("Lance
        // Corporal"). Lower case too where no noun follows that it could
        // count: "prajurit dua Lucky", "prajurit dua (Prada)", not
        // "prajurit dua negara".
        let no_noun_follows = !self
            .tok(i + 1)
            .is_some_and(|t| t.kind == TokKind::Word && !t.capital);
        if self.lang == Lang::Id
            && (self.tok(i).is_some_and(|t| t.capital) || no_noun_follows)
            && matches!(self.word(i), Some("satu" | "dua"))
            && matches!(
                self.prev_word(i),
                Some("prajurit" | "kopral" | "sersan" | "letnan" | "bintara" | "kelasi")
            )
        {
            let rank = if self.word(i) == Some("dua") {
                2.0
            } else {
                1.0
            };
            let mut step = self.ordinal_step(rank, i, i + 1);
            step.make_optional();
            return Some(step);
        }
        // "the par-five 15th": a hole's par, as "par lima" reads
        if let Some(Lex::Unit(par)) = self
            .word(i)
            .filter(|_| self.lang == Lang::En)
            .and_then(|w| w.strip_prefix("par-"))
            .and_then(|n| lookup(EN_NUMBER_WORDS, n))
        {
            return Some(Step::one(Raw::new(par, NumberKind::Cardinal, i, i + 1)));
        }
        if self.lang == Lang::En {
            if let Some(unit) = self.word(i).and_then(|w| lookup(EN_TWO_IN_PASSING, w)) {
                return Some(self.one_word_in_passing(2.0, i, Some(unit)));
            }
        }
        // "more than a year", "within an hour", "for a decade", "up to a
        // year", "sentenced to a year": one unit of time, where a hedge,
        // "within", "for" or "to" measures it (as "selama setahun" is read),
        // not "a year ago" or "twice a year".
        if self.lang == Lang::En
            && matches!(self.word(i), Some("a" | "an"))
            && matches!(
                self.prev_word(i),
                Some(
                    "than"
                        | "nearly"
                        | "almost"
                        | "about"
                        | "under"
                        | "over"
                        | "within"
                        | "for"
                        | "to"
                )
            )
        {
            let unit = match self.word(i + 1) {
                Some("year") => Some("year"),
                Some("month") => Some("month"),
                Some("week") => Some("week"),
                Some("day") => Some("day"),
                Some("hour") => Some("hour"),
                Some("decade") => Some("decade"),
                Some("century") => Some("century"),
                _ => None,
            };
            if let Some(unit) = unit {
                // "a year and a half" is one and a half units
                let and_a_half = self.word(i + 2) == Some("and")
                    && self.word(i + 3) == Some("a")
                    && self.word(i + 4) == Some("half");
                let (value, end) = if and_a_half {
                    (1.5, i + 5)
                } else {
                    (1.0, i + 2)
                };
                return Some(self.word_quantity(value, i, end, Some(unit), false));
            }
        }
        let (acc, end, tail) = self.read_words(i, WordNum::default());
        if acc.words == 0 {
            return None;
        }
        // "di Lima", "ke Lima", "menghubungkan Lima dengan": a capitalised
        // number word after a word of place or any lower-case word of
        // running text, with no capitalised word after it (as a title-case
        // "ke Lima Negara" has), is a place's name (Peru's capital).
        let capital = |j: usize| {
            self.tok(j)
                .is_some_and(|t| t.kind == TokKind::Word && t.capital)
        };
        let after_running_text = i
            .checked_sub(1)
            .is_some_and(|p| self.word(p).is_some() && !capital(p));
        // "kata Josiane Lima, 38 tahun": a surname, after a given name and
        // before the comma of an apposition.
        let surname =
            i.checked_sub(1).is_some_and(capital) && matches!(self.sym(end), Some(',' | ')'));
        // "warga kawasan La Lima berusia 62 tahun": the last word of a
        // name that running text sets off on both sides.
        let ends_a_name_in_running_text = i.checked_sub(1).is_some_and(capital)
            && i.checked_sub(2)
                .is_some_and(|p| self.word(p).is_some() && !capital(p))
            && self.word(end).is_some();
        if self.lang == Lang::Id
            && acc.words == 1
            && capital(i)
            && (matches!(self.prev_word(i), Some("di" | "ke" | "dari"))
                || after_running_text
                || surname
                || ends_a_name_in_running_text)
            && !capital(end)
        {
            return Some(Step::skip(end));
        }
        if self.lang == Lang::Id
            && self
                .prev_word(i)
                .is_some_and(super::recognise::numbers_a_place)
        {
            return Some(self.ordinal_step(acc.value(), i, end));
        }
        // A lone "one" is mostly "a" ("satu hal", "one of"), but after
        // "nomor" / "number" / "peringkat" it is the figure ("petenis nomor
        // satu dunia", "peringkat satu dunia": the world's No. 1).
        // So is "satu" after "banding": a side of a split ("enam banding
        // satu", six to one).
        // ... and so is "one" after "to" that a count of games or sets
        // opens ("won the series three games to one": "3-1").
        let after_numero = matches!(
            self.prev_word(i),
            Some("nomor" | "number" | "peringkat" | "banding")
        ) || (self.lang == Lang::En
            && self.prev_word(i) == Some("to")
            && i.checked_sub(3).is_some_and(|n| {
                self.number_at(n) && matches!(self.word(n + 1), Some("games" | "sets" | "matches"))
            }));
        // ... and before "in" / "dari" and a number it counts a share ("one
        // in five adults", "satu dari lima orang dewasa").
        let of_a_number = match (self.word(end), self.word(end + 1)) {
            (Some("in" | "dari" | "banding"), _) => self.number_at(end + 1),
            // "one of the seven board members": "satu dari tujuh"
            // "one of the airport's three runways": "satu dari tiga landasan
            // pacu bandara"
            (Some("of"), Some("the"))
                if self
                    .word(end + 2)
                    .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s")) =>
            {
                self.number_at(end + 3)
            }
            (Some("out"), Some("of")) | (Some("of"), Some("the")) => self.number_at(end + 2),
            // "one of 27 cases", "only one of its four frigates": "satu
            // dari 27 perkara", "satu dari empat fregatnya"
            (Some("of"), Some("its" | "their" | "his" | "her" | "our")) => {
                // "one of their last seven home Tests"
                let span = matches!(self.word(end + 2), Some("last" | "past" | "next" | "first"));
                self.number_at(end + 2 + usize::from(span))
            }
            (Some("of"), _) => self.number_at(end + 1),
            _ => false,
        };
        // "12,000 hectares, one dead": a toll, "satu orang tewas"; not the
        // pronoun ("a loved one killed"). So is "reported one death", "one
        // person was missing", "kills one in Guerrero".
        let casualty = |w: Option<&str>| {
            matches!(
                w,
                Some("dead" | "killed" | "injured" | "wounded" | "missing" | "hurt" | "died")
            )
        };
        // ... and "nine are in custody, and one remains at large": one of
        // the people counted, "satu orang masih buron"
        let at_large = matches!(self.word(end), Some("remains" | "remained" | "is" | "was"))
            && (casualty(self.word(end + 1))
                || (self.word(end + 1) == Some("at") && self.word(end + 2) == Some("large")));
        let toll = ((casualty(self.word(end)) || at_large)
            && i.checked_sub(1).is_none_or(|p| {
                self.sym(p).is_some() || matches!(self.word(p), Some("and" | "leaving" | "killing"))
            }))
            || matches!(
                self.word(end),
                Some("death" | "fatality" | "casualty" | "victim" | "kematian" | "korban")
            )
            || (matches!(self.word(end), Some("person" | "man" | "woman" | "child"))
                && (casualty(self.word(end + 1))
                    || (matches!(self.word(end + 1), Some("was" | "is"))
                        && casualty(self.word(end + 2)))))
            || (self.lang == Lang::En
                && matches!(
                    self.prev_word(i),
                    Some("kills" | "killed" | "kill" | "killing")
                ));
        // "the testimony of one man", "one woman who survived": one person
        // counted ("satu orang"), not the pronoun.
        let one_person = self.lang == Lang::En
            && matches!(self.word(end), Some("man" | "woman" | "person"))
            && !self.tok(end).is_some_and(|t| t.capital);
        let lone_one = acc.words == 1
            && acc.value() == 1.0
            && tail.is_none()
            && !after_numero
            && !of_a_number
            && !toll
            && !one_person;
        let mut step = self.word_quantity(acc.value(), i, end, tail, lone_one);
        // A count compounded with its noun ("five-party", "three-way") is
        // said in passing: the same count of the other side agrees with it,
        // but the other side may count what it describes otherwise, so,
        // like "kedua", it is never a changed figure by itself.
        let compounded = tail.is_none()
            && self.lang == Lang::En
            && end
                .checked_sub(1)
                .and_then(|last| self.word(last))
                .and_then(|w| w.rsplit_once('-'))
                .is_some_and(|(_, noun)| number_word_lex(self.lang, noun).is_none());
        // "a one-time gene therapy", "a one-off payment": "sekali
        // pemberian", "pembayaran satu kali", which "once" and "sekali"
        // may leave unsaid
        // "half-year profit": the period, "laba semester", no count
        let once = self.lang == Lang::En
            && matches!(
                self.word(i),
                Some("one-time" | "one-off" | "half-year" | "half-yearly")
            );
        if compounded || once {
            step.make_optional();
        }
        Some(step)
    }

    /// A count of one word (at `i`) said in passing: optional
    /// ([`NumberAnchor::optional`](super::NumberAnchor::optional)).
    fn one_word_in_passing(&self, value: f64, i: usize, unit: Option<&'static str>) -> Step {
        let mut step = self.word_quantity(value, i, i + 1, unit, false);
        step.make_optional();
        step
    }

    fn word_quantity(
        &self,
        value: f64,
        first: usize,
        end: usize,
        tail: Option<&'static str>,
        lone_one: bool,
    ) -> Step {
        let mut raw = Raw::new(value, NumberKind::Cardinal, first, end);
        match tail {
            Some(unit) => raw.unit = Some(unit),
            None => self.read_measure(&mut raw, Lead::Plain),
        }
        // "satu dekade", "one hour": English mostly says "a decade", "an
        // hour", which state no figure, so one unit of time in words is a
        // figure the other side may leave unsaid (still compared where it
        // gives another count).
        if value == 1.0 && raw.unit.is_some_and(|u| contains(TIME_UNITS, u)) {
            raw.optional = true;
        }
        if lone_one && raw.kind == NumberKind::Cardinal && raw.unit.is_none() && !raw.others {
            return Step::skip(raw.ctx_end);
        }
        // "tanpa satu kasus pun", "tidak ada satu orang pun": not a single
        // one, which English says as none ("no cases").
        if self.lang == Lang::Id && value == 1.0 && self.word(raw.ctx_end) == Some("pun") {
            return Step::skip(raw.ctx_end + 1);
        }
        self.finish(raw)
    }

    /// Reads number words from `j` on into `acc`: the number, the token after its last
    /// word, and a unit glued by a hyphen (`two-year-old`).
    fn read_words(&self, mut j: usize, mut acc: WordNum) -> (WordNum, usize, Option<&'static str>) {
        let mut end = j;
        loop {
            if let Some(next) = self.filler(j, &mut acc) {
                j = next;
                continue;
            }
            let Some((lexes, tail)) = self.number_word(j) else {
                break;
            };
            let mut trial = acc;
            if !lexes.iter().all(|&lex| trial.push(lex)) {
                break;
            }
            acc = trial;
            j += 1;
            end = j;
            if tail.is_some() {
                return (acc, end, tail);
            }
        }
        (acc, end, None)
    }

    /// English `a` (a hundred, half a million) and `and` (one hundred and five) inside a
    /// number: the token after it.
    fn filler(&self, j: usize, acc: &mut WordNum) -> Option<usize> {
        if self.lang != Lang::En {
            return None;
        }
        // Only `a` and `and` can be fillers: spare other words the lookup
        // of the next one.
        let word = self.word(j)?;
        if word != "a" && word != "and" {
            return None;
        }
        let next = self
            .number_word(j + 1)
            .and_then(|(lexes, _)| lexes.first().copied());
        let big = matches!(next, Some(Lex::Hundred | Lex::Big(_) | Lex::Dozen));
        let small = matches!(next, Some(Lex::Unit(_) | Lex::Teen(_) | Lex::Tens(_)));
        match word {
            "a" if acc.words == 0 && big => acc.push(Lex::Unit(1.0)).then_some(j + 1),
            "a" if acc.last == Some(Lex::Half) && matches!(next, Some(Lex::Big(_))) => Some(j + 1),
            "and" if matches!(acc.last, Some(Lex::Hundred | Lex::Big(_))) && small => Some(j + 1),
            // "two and a half" is 2.5, as "dua setengah" is: on to `half`.
            "and"
                if matches!(acc.last, Some(Lex::Unit(_)))
                    && self.word(j + 1) == Some("a")
                    && self.word(j + 2) == Some("half") =>
            {
                Some(j + 2)
            }
            _ => None,
        }
    }

    /// The number word at `j` as parts, with the unit of a hyphenated English tail.
    /// Indonesian hyphenated words (`satu-satunya`, `dua-duanya`) are not numbers.
    fn number_word(&self, j: usize) -> Option<(Vec<Lex>, Option<&'static str>)> {
        let w = self.word(j)?;
        if let Some(lex) = number_word_lex(self.lang, w) {
            return Some((vec![lex], None));
        }
        if self.lang == Lang::Id || !w.contains('-') {
            return None;
        }
        // "a top-five opponent", "the last-eight tie", "a round-of-sixteen
        // game": the count of the group, as "top-50" and "lima besar" read
        let w = GROUP_LEADS
            .iter()
            .find_map(|lead| w.strip_prefix(lead)?.strip_prefix('-'))
            .unwrap_or(w);
        // "a grade-two charge", "their round-four matches": the label's
        // number, one word, as "grade two" reads.
        if let Some(label) = LABEL_LEADS
            .iter()
            .find_map(|lead| w.strip_prefix(lead)?.strip_prefix('-'))
        {
            return lookup(EN_NUMBER_WORDS, label).map(|lex| (vec![lex], None));
        }
        let mut lexes = Vec::new();
        let mut parts = w.split('-').peekable();
        while let Some(part) = parts.next() {
            match lookup(EN_NUMBER_WORDS, part) {
                Some(lex) => lexes.push(lex),
                None if lexes.is_empty() => return None,
                // "a three-and-a-half-year contract"
                None if part == "and" && parts.clone().take(2).eq(["a", "half"]) => {
                    parts.nth(1);
                    lexes.push(Lex::Half);
                }
                None => {
                    if let Some(unit) = lookup(UNITS, part) {
                        return Some((lexes, Some(unit)));
                    }
                    // "a three-under-par 68": strokes against par, as
                    // "tiga di bawah par"
                    if matches!(part, "under" | "over") && parts.peek() == Some(&"par") {
                        return Some((lexes, None));
                    }
                    // A count that makes an adjective of its noun, the
                    // compound's last word ("a five-party committee",
                    // "six-wheeled"), is the count, as "a 10-member panel"
                    // is read; "one-off", "one-sided" and "one-way" are
                    // manners, "half-hearted" no count, and "two-to-one"
                    // no count of a noun but a split (`split_in_one_word`;
                    // "two-and-a-half" is read above).
                    // The noun may be followed by more of the compound
                    // ("the two-party-preferred vote": "suara preferensi
                    // dua partai").
                    let noun = part.len() >= 3 && part != "and";
                    let counts = lexes != [Lex::Unit(1.0)]
                        && lexes
                            .iter()
                            .all(|lex| matches!(lex, Lex::Unit(_) | Lex::Teen(_) | Lex::Tens(_)));
                    return (noun && counts).then_some((lexes, None));
                }
            }
        }
        Some((lexes, None))
    }
}
/// Whether an Indonesian word reads as a passive verb with its suffix
/// ("dihadapi", "disepakati", "diumumkan"): "dihadapi kedua negara" is
/// faced by both countries. The suffix keeps out nouns that begin with
/// "di" ("diskon kedua": the second discount).
fn is_passive_verb(w: &str) -> bool {
    w.len() > 6 && w.starts_with("di") && (w.ends_with('i') || w.ends_with("kan"))
}

/// Whether an Indonesian word before `keduanya` reads as a verb taking it as its object
/// ("menjalankan keduanya", "memigrasikan keduanya", "dibawa keduanya"): the prefixes of
/// transitive and passive verbs, on a word long enough to carry one.
fn looks_like_a_verb(w: &str) -> bool {
    w.len() > 5 && ["me", "di", "ber", "ter"].iter().any(|p| w.starts_with(p))
}

/// The numerator of an English fraction: `one` to `nine`.
fn en_numerator(w: &str) -> Option<f64> {
    match lookup(EN_NUMBER_WORDS, w)? {
        Lex::Unit(v) => Some(v),
        _ => None,
    }
}

fn en_ordinal_value(w: &str) -> Option<f64> {
    if let Some(v) = lookup(EN_ORDINALS, w) {
        return Some(v);
    }
    let (head, rest) = w.split_once('-')?;
    if let Some(v) = lookup(EN_ORDINALS, head) {
        // "first-ever", "second-largest", "third-place": the rank of the compound.
        // "first-hand", "second-class" are manners and grades, no rank.
        return (!contains(EN_ORDINAL_IDIOMS, rest)).then_some(v);
    }
    match (lookup(EN_NUMBER_WORDS, head)?, lookup(EN_ORDINALS, rest)?) {
        (Lex::Tens(t), u) if u < 10.0 => Some(t + u),
        _ => None,
    }
}

/// An Indonesian active verb by its prefix ("menutup kedua pelabuhan": closed
/// both ports; "bersama kedua orang tuanya": with both his parents): an
/// ordinal follows a noun, never a verb. Nouns that open like such a verb
/// are left out.
fn is_active_verb(word: &str) -> bool {
    const NOUNS: &[&str] = &[
        "berita", "berkas", "media", "memori", "menit", "menteri", "merek", "mesin",
    ];
    let prefixed = ["mem", "men", "meng", "meny", "mel", "mer", "mew", "ber"]
        .iter()
        .any(|p| word.starts_with(p));
    prefixed && word.len() >= 6 && !NOUNS.contains(&word)
}

/// The value of a Roman numeral from one to five, lowercase ("iv": 4).
fn roman_value(w: &str) -> Option<f64> {
    Some(match w {
        "i" => 1.0,
        "ii" => 2.0,
        "iii" => 3.0,
        "iv" => 4.0,
        "v" => 5.0,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::anchors::numbers::testing::*;
    use crate::anchors::numbers::Bound::*;
    use crate::anchors::numbers::NumberKind::*;
    use crate::text::doc::Lang::{En, Id};

    #[test]
    fn lima_after_a_word_of_place_is_the_city() {
        assert!(read(
            "Castillo ditahan polisi di Lima ketika sedang dalam perjalanan.",
            Id
        )
        .is_empty());
        assert!(read("Ia terbang dari Lima ke Bogota.", Id).is_empty());
        assert!(read("Jalan itu menghubungkan Lima dengan dataran tinggi.", Id).is_empty());
        // A count still: lowercase, or in a title-case line before a noun.
        assert_eq!(read("Bantuan dikirim ke lima negara.", Id)[0].value, 5.0);
        assert_eq!(read("Bantuan Dikirim ke Lima Negara", Id)[0].value, 5.0);
    }

    #[test]
    fn indonesian_number_words() {
        check(&[
            ("satu orang", Id, &[u(1.0, "people")]),
            // A lone one is read only after "nomor" / "number".
            ("satu hal", Id, &[]),
            ("petenis nomor satu dunia", Id, &[n(1.0)]),
            ("the world's number one player", En, &[n(1.0)]),
            // ... and before "in" / "dari" and a number, as a share's count
            ("one in five adults", En, &[n(1.0), n(5.0)]),
            ("one out of three", En, &[n(1.0), n(3.0)]),
            (
                "one of the seven board members",
                En,
                &[n(1.0), u(7.0, "people")],
            ),
            ("one of the biggest", En, &[]),
            // one person counted, as "satu orang"
            ("the testimony of one man who", En, &[n(1.0)]),
            (
                "only one of the airport's three runways",
                En,
                &[n(1.0), n(3.0)],
            ),
            (
                "satu dari lima orang dewasa",
                Id,
                &[n(1.0), u(5.0, "people")],
            ),
            ("satu dari sedikit orang", Id, &[]),
            ("one in the morning", En, &[]),
            ("dua", Id, &[n(2.0)]),
            ("tiga", Id, &[n(3.0)]),
            ("empat", Id, &[n(4.0)]),
            ("lima", Id, &[n(5.0)]),
            ("enam", Id, &[n(6.0)]),
            ("tujuh", Id, &[n(7.0)]),
            ("delapan", Id, &[n(8.0)]),
            ("sembilan", Id, &[n(9.0)]),
            ("sepuluh", Id, &[n(10.0)]),
            ("sebelas", Id, &[n(11.0)]),
            ("dua belas", Id, &[n(12.0)]),
            ("sembilan belas", Id, &[n(19.0)]),
            ("dua puluh", Id, &[n(20.0)]),
            ("seratus", Id, &[n(100.0)]),
            ("tiga ratus", Id, &[n(300.0)]),
            ("seratus dua belas", Id, &[n(112.0)]),
            ("seribu", Id, &[n(1000.0)]),
            ("dua ribu", Id, &[n(2000.0)]),
            ("tiga juta", Id, &[n(3e6)]),
            ("lima miliar", Id, &[n(5e9)]),
            ("dua triliun", Id, &[n(2e12)]),
            ("setengah", Id, &[k(0.5, Fraction)]),
            ("dua setengah juta", Id, &[n(2.5e6)]),
            ("tiga ratus empat puluh lima ribu", Id, &[n(345_000.0)]),
            ("dua ribu dua puluh satu", Id, &[n(2021.0)]),
            ("2,5 juta", Id, &[n(2.5e6)]),
            ("1,5 triliun", Id, &[n(1.5e12)]),
            ("5 ribu", Id, &[n(5000.0)]),
            // two numbers side by side stay two numbers
            ("dua tiga", Id, &[n(2.0), n(3.0)]),
            // a multiplier needs a number before it
            ("juta", Id, &[]),
        ]);
    }

    #[test]
    fn amounts_named_by_their_order_of_magnitude_are_optional_floors() {
        let vague = |text: &str,
                     lang: crate::text::doc::Lang|
         -> Vec<(f64, crate::anchors::numbers::Bound, Option<String>, bool)> {
            read(text, lang)
                .into_iter()
                .map(|a| (a.value, a.bound, a.unit, a.optional))
                .collect()
        };
        let people = || Some("people".to_string());
        let cases = [
            ("belasan orang", Id, 11.0, people()),
            ("puluhan orang", Id, 10.0, people()),
            ("ratusan orang", Id, 100.0, people()),
            ("ribuan warga", Id, 1e3, people()),
            ("puluhan ribu orang", Id, 1e4, people()),
            ("ratusan juta", Id, 1e8, None),
            ("lusinan", Id, 24.0, None),
            ("dozens of people", En, 24.0, people()),
            ("hundreds of people", En, 100.0, people()),
            ("thousands", En, 1e3, None),
            ("tens of thousands of people", En, 1e4, people()),
            ("hundreds of thousands of refugees", En, 1e5, people()),
        ];
        for (text, lang, value, unit) in cases {
            assert_eq!(vague(text, lang), [(value, AtLeast, unit, true)], "{text}");
        }
        // "tens" alone, and money or shares in such words, are no amount
        for (text, lang) in [
            ("tens", En),
            ("tens of people", En),
            ("thousands of dollars", En),
            ("ratusan persen", Id),
        ] {
            assert_eq!(vague(text, lang), [], "{text}");
        }
        // The word, not a figure, is what a flag shows.
        assert_eq!(
            crate::anchors::numbers::format_value(&first("belasan orang", Id)),
            "belasan"
        );
    }

    #[test]
    fn english_number_words() {
        check(&[
            ("one person", En, &[u(1.0, "people")]),
            ("two", En, &[n(2.0)]),
            ("eleven", En, &[n(11.0)]),
            ("nineteen", En, &[n(19.0)]),
            ("twenty", En, &[n(20.0)]),
            ("ninety", En, &[n(90.0)]),
            ("forty-four", En, &[n(44.0)]),
            ("twenty one", En, &[n(21.0)]),
            ("a hundred", En, &[n(100.0)]),
            ("one hundred and thirty-seven", En, &[n(137.0)]),
            ("nineteen hundred", En, &[n(1900.0)]),
            ("two thousand twenty-one", En, &[n(2021.0)]),
            ("a thousand", En, &[n(1000.0)]),
            ("three million", En, &[n(3e6)]),
            ("a dozen", En, &[n(12.0)]),
            ("two dozen", En, &[n(24.0)]),
            ("selusin", Id, &[n(12.0)]),
            ("dua lusin", Id, &[n(24.0)]),
            ("half", En, &[k(0.5, Fraction)]),
            ("half a million", En, &[n(500_000.0)]),
            ("two and a half", En, &[n(2.5)]),
            ("two and a half million", En, &[n(2.5e6)]),
            // "and" between counts stays a break
            ("two and a three", En, &[n(2.0), n(3.0)]),
            ("2.5 million", En, &[n(2.5e6)]),
            ("19million", En, &[n(19e6)]),
            ("5k", En, &[n(5000.0)]),
            ("a man and a hundred", En, &[n(100.0)]),
        ]);
    }

    #[test]
    fn counted_decades_are_numbers_and_vague_ones_are_not() {
        check(&[
            ("dua dekade", Id, &[u(2.0, "decade")]),
            ("two decades", En, &[u(2.0, "decade")]),
            (
                "nearly two decades",
                En,
                &[(2.0, Cardinal, Nearly, Some("decade"))],
            ),
            (
                "hampir dua dekade",
                Id,
                &[(2.0, Cardinal, Nearly, Some("decade"))],
            ),
            ("beberapa dekade", Id, &[]),
            ("several decades", En, &[]),
            ("for decades", En, &[]),
        ]);
    }

    #[test]
    fn ordinals() {
        let o = |v| k(v, Ordinal);
        check(&[
            ("yang pertama", Id, &[o(1.0)]),
            ("yang kedua", Id, &[o(2.0)]),
            ("putaran ketiga", Id, &[o(3.0)]),
            ("hari keempat", Id, &[o(4.0)]),
            ("yang kesepuluh", Id, &[o(10.0)]),
            ("yang kedua belas", Id, &[o(12.0)]),
            ("ke-3", Id, &[o(3.0)]),
            // The rank of a magnitude.
            ("penumpang ke-5 juta", Id, &[o(5e6)]),
            ("its 5 millionth passenger", En, &[o(5e6)]),
            ("ke 3", Id, &[o(3.0)]),
            ("ke3", Id, &[o(3.0)]),
            ("untuk kedua kalinya", Id, &[o(2.0)]),
            ("the first", En, &[o(1.0)]),
            ("the second", En, &[o(2.0)]),
            ("the third", En, &[o(3.0)]),
            ("3rd", En, &[o(3.0)]),
            ("21st", En, &[o(21.0)]),
            ("2nd", En, &[o(2.0)]),
            ("twenty-first", En, &[o(21.0)]),
            // "both" (an optional two), "the three", "to three countries"
            ("Meskipun kedua kelompok itu", Id, &[u(2.0, "group")]),
            ("ketiga negara itu", Id, &[u(3.0, "country")]),
            ("ke 3 negara", Id, &[u(3.0, "country")]),
            // "ke" before a measured or broken figure, or money, is "to": no rank
            (
                "Harga naik ke 98 euro",
                Id,
                &[(98.0, Money, Exact, Some("EUR"))],
            ),
            (
                "inflasi melandai ke 2,3 Persen",
                Id,
                &[(2.3, Percent, Exact, Some("percent"))],
            ),
            (
                "turun ke 4 persen",
                Id,
                &[(4.0, Percent, Exact, Some("percent"))],
            ),
            // after a verb: the object, "both" ("menutup kedua pelabuhan")
            ("harus menutup kedua pelabuhan", Id, &[k(2.0, Cardinal)]),
            ("bersama kedua orang tuanya", Id, &[u(2.0, "people")]),
            // after a noun that opens like a verb: an ordinal
            ("menteri kedua", Id, &[o(2.0)]),
            // ranked among others: no figure
            ("it was one of the first countries to do so", En, &[]),
            ("among the first to arrive", En, &[]),
            ("one of its third-party apps", En, &[]),
            ("salah satu negara pertama yang mengakui", Id, &[]),
            ("salah satu yang kedua", Id, &[]),
            ("di antara yang pertama datang", Id, &[]),
            ("the first of the countries", En, &[o(1.0)]),
            ("negara pertama yang mengakui", Id, &[o(1.0)]),
            // a unit of time
            ("wait a second", En, &[]),
            ("a second later", En, &[]),
            ("30 seconds", En, &[u(30.0, "second")]),
            // but a noun after "a second" makes it the ordinal
            ("backed a second referendum", En, &[o(2.0)]),
            // a number after "lantai" is a floor's place, before it a count
            ("di lantai empat", Id, &[o(4.0)]),
            ("di lantai 4", Id, &[o(4.0)]),
        ]);
        assert_eq!(first("ke-3", Id).text, "ke-3");
        assert!(first("paid every fortnight", En).optional);
        let titles = first("won back-to-back titles", En);
        assert_eq!((titles.value, titles.optional), (2.0, true));
    }

    /// An English count that makes an adjective of its noun is the count, as
    /// digits so joined are, also where the compound goes on past its noun
    /// ("two-party-preferred"); "one-" compounds are manners.
    #[test]
    fn english_counts_compounded_with_their_noun() {
        check(&[
            ("a five-party monitoring committee", En, &[n(5.0)]),
            ("the two-party-preferred vote", En, &[u(2.0, "vote")]),
            ("the six-wheeled rover", En, &[n(6.0)]),
            ("a twenty-five-member squad", En, &[n(25.0)]),
            ("a one-off payment", En, &[]),
            ("a one-sided game", En, &[]),
            ("a half-hearted apology", En, &[]),
            ("two-and-a-half", En, &[n(2.5)]),
            // a split of votes, as "a 2-1 vote" is read
            ("a two-to-one vote", En, &[u(2.0, "score"), u(1.0, "score")]),
            ("one-to-one talks", En, &[]),
            ("a two-thirds majority", En, &[k(2.0 / 3.0, Fraction)]),
            // a share of a magnitude is a count, as "half a million" is
            ("a quarter of a million people died", En, &[n(250_000.0)]),
            ("seperempat juta orang meninggal", Id, &[n(250_000.0)]),
            ("three quarters of a billion", En, &[n(750_000_000.0)]),
            ("a quarter of the vote", En, &[k(0.25, Fraction)]),
        ]);
    }

    /// "-nya" on an ordinal, English compounds of an ordinal, and an ordinal that lists
    /// a speaker's points.
    #[test]
    fn ordinals_with_a_possessive_or_in_a_compound() {
        let o = |v| k(v, Ordinal);
        check(&[
            ("memenangi pertandingan pertamanya musim ini", Id, &[o(1.0)]),
            ("putri keduanya lahir di Bali", Id, &[o(2.0)]),
            ("pada hari ketiganya di Jakarta", Id, &[o(3.0)]),
            // standing for a noun phrase: "both of them" (an optional two), "all three"
            ("Keduanya ditangkap polisi", Id, &[n(2.0)]),
            ("dan keduanya ditangkap polisi", Id, &[n(2.0)]),
            ("TCP dan UDP keduanya melibatkan port", Id, &[n(2.0)]),
            (
                "dasarnya dan popularitas keduanya sangat penting",
                Id,
                &[n(2.0)],
            ),
            ("menjalankan keduanya secara paralel", Id, &[n(2.0)]),
            // "kedua belah pihak": both sides, after any word
            ("mendesak kedua belah pihak untuk berunding", Id, &[n(2.0)]),
            (
                "Ketiganya dibebaskan pada hari Jumat",
                Id,
                &[n(3.0), k(5.0, Weekday)],
            ),
            ("It was the team's first-ever victory", En, &[o(1.0)]),
            ("Indonesia's second-largest city", En, &[o(2.0)]),
            ("a third-place finish", En, &[o(3.0)]),
            ("an 89th-minute equaliser", En, &[o(89.0)]),
            ("the 21st-century town", En, &[o(21.0)]),
            // a magnitude compounded with its noun
            ("a 100-million-degree plasma", En, &[n(1e8)]),
            ("a first-hand account", En, &[]),
            ("carry first-aid kits", En, &[]),
            ("carry first aid kits", En, &[]),
            ("kotak pertolongan pertama", Id, &[]),
            ("his side had been second best", En, &[]),
            ("the third-best throw of his career", En, &[o(3.0)]),
            ("At first I thought it was a glitch", En, &[]),
            ("at first, nobody came", En, &[]),
            ("against former first lady Sandra Torres", En, &[]),
            // two weeks, said in passing (optional, below)
            (
                "worth NZ$26 a fortnight",
                En,
                &[(26.0, Money, Exact, Some("NZD")), u(2.0, "week")],
            ),
            ("second-class citizens", En, &[]),
            // a speaker's first point
            ("First, the government will repair the roads", En, &[]),
            ("Pertama, pemerintah akan memperbaiki jalan", Id, &[]),
            ("First off, I would like to thank Nat", En, &[]),
            ("First of all, thank you", En, &[]),
            ("The first, and the last, to go", En, &[o(1.0)]),
            ("He finished first, ahead of Smith", En, &[o(1.0)]),
        ]);
    }

    #[test]
    fn fractions_in_words() {
        let f = |v| k(v, Fraction);
        check(&[
            ("dua pertiga warga desa", Id, &[f(2.0 / 3.0)]),
            ("Dua pertiga warga", Id, &[f(2.0 / 3.0)]),
            ("dua per tiga warga", Id, &[f(2.0 / 3.0)]),
            ("sepertiga warga", Id, &[f(1.0 / 3.0)]),
            ("seperempat penduduk", Id, &[f(0.25)]),
            (
                "sekitar seperempatnya berencana pindah",
                Id,
                &[(0.25, Fraction, About, None)],
            ),
            ("separuhnya ditutup", Id, &[f(0.5)]),
            ("dua pertiganya mengalami pemutihan", Id, &[f(2.0 / 3.0)]),
            ("tiga perempat penduduk", Id, &[f(0.75)]),
            ("separuh penumpang", Id, &[f(0.5)]),
            ("setengah dari mereka", Id, &[f(0.5)]),
            (
                "lebih dari separuh penumpang",
                Id,
                &[(0.5, Fraction, MoreThan, None)],
            ),
            ("two-thirds of the villagers", En, &[f(2.0 / 3.0)]),
            ("two thirds of the villagers", En, &[f(2.0 / 3.0)]),
            ("one-third of them", En, &[f(1.0 / 3.0)]),
            ("a third of them", En, &[f(1.0 / 3.0)]),
            ("one third of them", En, &[f(1.0 / 3.0)]),
            ("a quarter of the population", En, &[f(0.25)]),
            ("three-quarters of voters", En, &[f(0.75)]),
            ("three quarters of voters", En, &[f(0.75)]),
            // the periods of a game
            ("We were flat for three quarters, but", En, &[n(3.0)]),
            ("Kami tampil datar selama tiga kuarter", Id, &[n(3.0)]),
            (
                "could cut output by up to a quarter",
                En,
                &[(0.25, Fraction, AtMost, None)],
            ),
            ("half of the passengers", En, &[f(0.5)]),
            ("nearly half of them", En, &[(0.5, Fraction, Nearly, None)]),
            // after a word that measures a share, "of" may be left out
            // a share of change
            (
                "cost a quarter less than in May",
                En,
                &[f(0.25), k(5.0, Month)],
            ),
            (
                "profit fell by a third in May",
                En,
                &[f(1.0 / 3.0), k(5.0, Month)],
            ),
            (
                "and about a quarter planned to",
                En,
                &[(0.25, Fraction, About, None)],
            ),
            ("for a third time", En, &[k(3.0, Ordinal)]),
            ("net profit halved", En, &[f(0.5)]),
        ]);
    }

    #[test]
    fn not_a_single_one_is_no_figure() {
        check(&[
            ("tanpa satu kasus pun tercatat", Id, &[]),
            ("tidak ada satu orang pun yang terluka", Id, &[]),
            ("satu orang terluka", Id, &[u(1.0, "people")]),
        ]);
    }

    #[test]
    fn what_is_not_a_share() {
        let pct = |v| (v, Percent, Exact, Some("percent"));
        check(&[
            // a measure: an amount of it
            ("setengah jam", Id, &[u(0.5, "hour")]),
            ("half an hour", En, &[u(0.5, "hour")]),
            ("half a mile", En, &[u(0.5, "mile")]),
            ("tiga perempat persen", Id, &[pct(0.75)]),
            ("three-quarters of a percent", En, &[pct(0.75)]),
            ("empat persepuluh poin persentase", Id, &[pct(0.4)]),
            // inside a number
            ("dua setengah juta", Id, &[n(2.5e6)]),
            ("setengah juta", Id, &[n(500_000.0)]),
            ("half a million", En, &[n(500_000.0)]),
            // a part, not a share
            ("in the second half", En, &[k(2.0, Ordinal)]),
            ("the other half", En, &[]),
            ("led at the half", En, &[]),
            ("babak perempat final", Id, &[]),
            ("tim itu lolos ke perempat final", Id, &[]),
            // an ordinal
            ("a third time", En, &[k(3.0, Ordinal)]),
            ("the third quarter", En, &[k(3.0, Ordinal)]),
            ("a quarter century", En, &[]),
            // a degree of a state, in an idiom: no share of a whole
            ("Ia mendukung rencana itu dengan setengah hati", Id, &[]),
            ("pria setengah baya itu", Id, &[]),
            ("ia berusaha setengah mati", Id, &[]),
            ("pembangunan itu baru separuh jalan", Id, &[]),
            ("he was half asleep", En, &[]),
            ("kapal tongkang berlayar setengah kosong", Id, &[]),
            ("barges sail half-empty", En, &[]),
            // a race's name, which English writes as one word
            ("nomor maraton penuh dan setengah maraton", Id, &[]),
            ("the full and half marathons", En, &[]),
            ("Juarai Lomba Setengah Jarak di Teluk Subic", Id, &[]),
            // a half of a unit: "setengah poin" / "a half-point"
            (
                "memilih penurunan setengah poin itu",
                Id,
                &[u(0.5, "point")],
            ),
            ("a half-hearted apology", En, &[]),
        ]);
    }

    /// Counts of times, ratios, and figures the other side may leave unsaid.
    #[test]
    fn times_ratios_and_optional_figures() {
        let times = |v| u(v, "time");
        let fold = |v| u(v, "fold");
        check(&[
            ("Kane scored twice for Tottenham", En, &[times(2.0)]),
            ("He was jailed thrice", En, &[times(3.0)]),
            ("dua kali ditunda", Id, &[times(2.0)]),
            ("The player has won it three times", En, &[times(3.0)]),
            // a ratio
            ("Harga beras naik dua kali lipat", Id, &[fold(2.0)]),
            ("sepakat untuk menggandakan jumlah visa", Id, &[fold(2.0)]),
            ("Ethiopia Gandakan Ekspor Listrik", Id, &[fold(2.0)]),
            ("agreed to double the number of visas", En, &[fold(2.0)]),
            ("tiga kali lebih banyak", Id, &[u(3.0, "fold")]),
            ("The price of rice doubled", En, &[fold(2.0)]),
            (
                "Oil prices more than doubled",
                En,
                &[(2.0, Cardinal, MoreThan, Some("fold"))],
            ),
            ("Refugees have tripled", En, &[u(3.0, "fold")]),
            ("twice as many tourists", En, &[fold(2.0)]),
            ("three times the size", En, &[u(3.0, "fold")]),
            ("a threefold rise", En, &[u(3.0, "fold")]),
            ("a five-fold rise", En, &[fold(5.0)]),
            // the verb's base form after a modal or "to", not an adjective
            ("the pace must double", En, &[fold(2.0)]),
            ("plans to triple output", En, &[u(3.0, "fold")]),
            (
                "more than double the figure",
                En,
                &[(2.0, Cardinal, MoreThan, Some("fold"))],
            ),
            (
                "paying agency nurses double the normal rate",
                En,
                &[fold(2.0)],
            ),
            (
                "South Korean Chipmaker's Profit Triples on AI Memory Demand",
                En,
                &[u(3.0, "fold")],
            ),
            (
                "Dutch Measles Cases Triple as Vaccination Rates Slip",
                En,
                &[u(3.0, "fold")],
            ),
            // "halve" as a verb is a fall to half, as "halved" is
            (
                "Spanish olive oil prices halve as harvest rebounds",
                En,
                &[(0.5, Fraction, Exact, None)],
            ),
            (
                "the plan would halve emissions",
                En,
                &[(0.5, Fraction, Exact, None)],
            ),
            ("the second halves of the games", En, &[k(2.0, Ordinal)]),
            // "a double murder": no multiple, but two of the noun, which a
            // rendering may count or not (optional)
            ("a double murder", En, &[(2.0, Cardinal, Exact, None)]),
            ("she won the women's doubles title", En, &[]),
            ("he hit a triple to left field", En, &[]),
            ("a double-decker bus", En, &[]),
            ("she won the doubles", En, &[]),
            // "once" and "sekali" where they count, and where they do not
            ("He met the president only once.", En, &[times(1.0)]),
            ("raised rates once this year", En, &[times(1.0)]),
            ("Once the war ended, they left", En, &[]),
            ("They left at once", En, &[]),
            ("They tried once again", En, &[]),
            ("Ia hanya sekali bertemu presiden", Id, &[times(1.0)]),
            ("rapat sekali setahun", Id, &[times(1.0)]),
            // one unit of time in one word counts a duration after "selama"
            ("diperpanjang selama setahun", Id, &[u(1.0, "year")]),
            ("ditahan selama sepekan", Id, &[u(1.0, "week")]),
            ("sehari setelah pemilu", Id, &[]),
            // and in English after a hedge, "within" or "for"
            (
                "more than a year of talks",
                En,
                &[(1.0, Cardinal, MoreThan, Some("year"))],
            ),
            ("within an hour of the news", En, &[u(1.0, "hour")]),
            (
                "The firm has operated for a decade",
                En,
                &[u(1.0, "decade")],
            ),
            ("It stood for a century", En, &[u(1.0, "century")]),
            ("delayed for a year and a half", En, &[u(1.5, "year")]),
            // and after "to": "up to a year", "sentenced to a year"
            (
                "punishable by up to a year in prison",
                En,
                &[(1.0, Cardinal, AtMost, Some("year"))],
            ),
            ("He was sentenced to a year in jail", En, &[u(1.0, "year")]),
            ("twice a year", En, &[times(2.0)]),
            ("a year ago", En, &[]),
            ("Pertandingan itu penting sekali", Id, &[]),
            // "both" counts two, but not where it joins two things
            ("Both were arrested", En, &[n(2.0)]),
            ("both countries agreed", En, &[u(2.0, "country")]),
            ("both support and illustration", En, &[]),
            ("both by a RAID-0 (or even linear-RAID) and by LVM", En, &[]),
            ("Kedua negara sepakat", Id, &[u(2.0, "country")]),
        ]);
        let optional = |text, lang| {
            read(text, lang)
                .iter()
                .map(|a| a.optional)
                .collect::<Vec<_>>()
        };
        assert_eq!(optional("He met the president only once.", En), [true]);
        assert_eq!(optional("Both were arrested", En), [true]);
        assert_eq!(optional("Kedua negara sepakat", Id), [true]);
        assert_eq!(optional("Keduanya ditangkap", Id), [true]);
        assert_eq!(optional("putri keduanya", Id), [true]);
        // "all three of them", which English may say as "all"
        assert_eq!(optional("Ketiganya dibebaskan", Id), [true]);
        assert_eq!(optional("ditahan selama sehari", Id), [true]);
        assert_eq!(optional("He scored twice", En), [false]);
        assert_eq!(optional("pertandingan pertamanya", Id), [false]);
        // One unit of time in words: English says "a decade", "an hour".
        assert_eq!(optional("dalam satu dekade", Id), [true]);
        assert_eq!(optional("selama satu jam", Id), [true]);
        assert_eq!(optional("selama dua jam", Id), [false]);
        assert_eq!(optional("selama 1 jam", Id), [false]);
        assert_eq!(
            optional("pembayaran satu kali sebesar 1.500 euro", Id),
            [true, false]
        );
        assert_eq!(optional("dua kali", Id), [false]);
        // The runoff, whose number English leaves out; another round is none.
        assert_eq!(
            optional("dalam putaran kedua pada 24 November", Id),
            [true, false, false]
        );
        assert_eq!(optional("putaran ketiga", Id), [false]);
    }

    /// Number words inside idioms that state no figure: "satu-satunya" (the only one),
    /// "seorang diri" (alone), "sekali" (very, once), "salah satu" (one of),
    /// "setengah-setengah" (by halves).
    #[test]
    fn idioms_of_number_words_state_no_figure() {
        check(&[
            ("Dia adalah satu-satunya saksi yang selamat", Id, &[]),
            ("Ia datang seorang diri", Id, &[]),
            ("Pertandingan itu penting sekali", Id, &[]),
            ("Mereka bertemu sekali lagi", Id, &[]),
            ("Ia salah satu pemain terbaik", Id, &[]),
            ("Ia menjawab dengan setengah-setengah", Id, &[]),
            ("Mereka saling membantu satu sama lain", Id, &[]),
            ("buruh dan pedagang kaki lima", Id, &[]),
            ("She is the only witness", En, &[]),
            ("He is one of the best players", En, &[]),
            ("They tried once again", En, &[]),
        ]);
    }

    /// Cricket's boundary hits state no count; a four-year deal does.
    #[test]
    fn a_six_hit_off_a_ball_is_no_count() {
        let firm = |text: &str| {
            read(text, En)
                .iter()
                .filter(|a| !a.optional)
                .map(|a| a.value)
                .collect::<Vec<_>>()
        };
        assert!(firm("Niazi hit a six off the last ball.").is_empty());
        assert!(firm("He struck a four and a six.").is_empty());
        assert_eq!(firm("He signed a four-year deal."), [4.0]);
        assert_eq!(firm("He hit six sixes."), [6.0]);
    }

    /// "seorang" is the article of people: one person, which the other side
    /// may state ("one worker") or leave unsaid ("a man").
    #[test]
    fn seorang_is_one_person_in_passing() {
        for text in ["Seorang pria ditangkap polisi", "Seorang pekerja tewas."] {
            let found = read(text, Id);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(
                (found[0].value, found[0].unit.as_deref(), found[0].optional),
                (1.0, None, true),
                "{text:?}"
            );
        }
    }

    /// An English ordinal that states no rank of the story's may go unsaid on
    /// the other side; one that ranks stays firm.
    #[test]
    fn ordinals_in_passing_are_optional() {
        // the ordinal is the sentence's last figure
        let optional = |text: &str| {
            let found = read(text, En);
            let last = found.last().unwrap_or_else(|| panic!("{text:?}: none"));
            assert_eq!(last.kind, Ordinal, "{text:?}: {found:?}");
            last.optional
        };
        // "first" as an adverb: "terlebih dahulu"
        assert!(optional(
            "asked Baghdad to first restore services in Sinjar"
        ));
        assert!(optional("The minister will first visit Jakarta"));
        // "a fourth" for one more of those just counted: "seorang lainnya"
        assert!(optional(
            "Three customs employees had been suspended and a fourth had resigned."
        ));
        // inside a proper name in running text
        assert!(optional("vessels clashed near Second Thomas Shoal"));
        // the main one; the senior side
        assert!(optional("Our first priority is to rebuild reserves"));
        assert!(optional("Malaria remains the first reason parents come"));
        assert!(optional("Lives come first, so please stay away"));
        assert!(optional("his side had been second to everything"));
        assert!(optional("We kept believing until the very last second"));
        assert!(optional("Gaitan has made 23 first-team appearances"));
        assert!(optional("Safety comes first, but every day counts"));
        assert!(optional("Officials first said that"));
        assert!(optional("The service first put the toll"));
        assert!(optional("said his side had been \"second best"));
        assert!(optional("smaller than the $150 million first proposed"));
        assert!(optional(
            "lifted Baltimore into first place in the AFC North"
        ));
        assert!(!optional("the first reported case"));
        // ranks
        assert!(!optional("The team rose to first place"));
        assert!(!optional("a second referendum"));
        assert!(!optional("Marines Win Second Title"));
        assert!(!optional("She won her first title"));
        // "first" after its verb's object, ending the clause: "lebih dulu"
        assert!(optional("every party that puts Bulgaria first."));
        assert!(optional(
            "A ship reached the scene first and pulled them out"
        ));
        assert!(!optional("She came first."));
        assert!(!optional("The Kenyan came in first and set a record"));
        assert!(!optional("Brazil was first, ahead of Spain."));
        // "second only to": "hanya kalah dari"; "a second, identical" one
        assert!(optional("second only to the English Premier League"));
        assert!(optional("plans to launch a second, identical satellite"));
        // a league's rank, which Indonesian may leave unsaid ("divisi utama")
        assert!(optional("several first-division clubs"));
        // the early ones; what is put before all else
        assert!(optional("My first throws were flat"));
        assert!(!optional("In the first men\u{2019}s game"));
        assert!(optional("Security of supply must come first."));
    }

    /// Figures of batch-18 stories read as their other side reads them.
    #[test]
    fn levels_race_times_medals_and_pairs() {
        check(&[
            // an alert level by its Roman numeral, as "level four"
            ("dinaikkan ke Level IV pada", Id, &[n(4.0)]),
            ("raised to Level IV", En, &[n(4.0)]),
            // the world wars are ordinals however written
            ("World War II ended", En, &[k(2.0, Ordinal)]),
            ("since World War Two.", En, &[k(2.0, Ordinal)]),
            ("sejak Perang Dunia II.", Id, &[k(2.0, Ordinal)]),
            ("sejak Perang Dunia Kedua.", Id, &[k(2.0, Ordinal)]),
            ("Henry V was king", En, &[]),
            // a race time in minutes, as "1 menit 54,61 detik"
            (
                "finished second in 1:54.61",
                En,
                &[k(2.0, Ordinal), u(1.0 + 54.61 / 60.0, "minute")],
            ),
            ("the meeting starts at 10:30.", En, &[k(630.0, Time)]),
            (
                "dengan catatan 6:08,77.",
                Id,
                &[u(6.0 + 8.77 / 60.0, "minute")],
            ),
            ("rapat dimulai pukul 10:30, lalu", Id, &[k(630.0, Time)]),
            // "kedua" between the two, not among the second
            (
                "pembatasan perjalanan di antara kedua negara.",
                Id,
                &[u(2.0, "country")],
            ),
            // a hole's par; "first" before a plural noun is early ones;
            // "melipatgandakan" doubles or more
            (
                "an eagle on the par-five 15th",
                En,
                &[n(5.0), k(15.0, Ordinal)],
            ),
            ("He shot a three-under-par 68.", En, &[n(3.0), n(68.0)]),
            (
                "My first throws were flat",
                En,
                &[(1.0, Ordinal, Exact, None)],
            ),
            (
                "partainya melipatgandakan perolehan suaranya",
                Id,
                &[u(2.0, "fold")],
            ),
            // twice a year; midday
            ("The twice-yearly event", En, &[u(2.0, "time")]),
            ("by midday", En, &[k(720.0, Time)]),
            // a decade in words
            ("berusia enam puluhan tahun", Id, &[k(60.0, Decade)]),
            (
                "kehilangan masa usia dua puluhannya",
                Id,
                &[k(20.0, Decade)],
            ),
            // a parent of so many; a rank's name
            (
                "Mother-of-three Nining Kurniasih, 34, said",
                En,
                &[n(3.0), n(34.0)],
            ),
            (
                "Kopral Dua Emmanuel Osei dan Prajurit Kofi",
                Id,
                &[k(2.0, Ordinal)],
            ),
            ("sejak tahun delapan puluhan", Id, &[k(1980.0, Decade)]),
            ("are in their sixties", En, &[k(60.0, Decade)]),
            ("enam puluh orang", Id, &[u(60.0, "people")]),
            // a share of a unit in the possessive
            ("severance of half a month's pay", En, &[u(0.5, "month")]),
            ("pesangon setengah bulan gaji", Id, &[u(0.5, "month")]),
            // medals by their metal
            ("Japan won two gold medals", En, &[u(2.0, "medal")]),
            ("Jepang meraih dua medali emas", Id, &[u(2.0, "medal")]),
            // a marathon's time; a quarter of a century
            (
                "The previous record of 2:07:55 was set",
                En,
                &[u(2.0 + 7.0 / 60.0 + 55.0 / 3600.0, "hour")],
            ),
            (
                "Runner Breaks Quarter-Century-Old Record",
                En,
                &[u(0.25, "century")],
            ),
            (
                "Rekor yang Bertahan Seperempat Abad",
                Id,
                &[u(0.25, "century")],
            ),
            // a noun before the people counted
            ("five board members", En, &[u(5.0, "people")]),
            ("In 2009 many people left", En, &[k(2009.0, Year)]),
            // a surname, not five
            ("kata Josiane Lima, 38 tahun", Id, &[u(38.0, "year")]),
            (
                "warga kawasan La Lima berusia 62 tahun",
                Id,
                &[u(62.0, "year")],
            ),
            ("Korban Tewas Jadi Lima Orang", Id, &[u(5.0, "people")]),
            // the sets of a score line, however each runs
            // a level score line spans nothing, so it is no range
            ("to make it 2-2", En, &[u(2.0, "score"), u(2.0, "score")]),
            (
                "beating Zhou Ruoxi 6-4, 3-6, 7-5 in the final",
                En,
                &[
                    u(6.0, "score"),
                    u(4.0, "score"),
                    u(3.0, "score"),
                    u(6.0, "score"),
                    u(7.0, "score"),
                    u(5.0, "score"),
                ],
            ),
            // ranges after a range stay ranges
            (
                "children aged 3-6, 10-12",
                En,
                &[
                    (3.0, Cardinal, AtLeast, Some("year")),
                    (6.0, Cardinal, AtMost, Some("year")),
                    (10.0, Cardinal, AtLeast, None),
                    (12.0, Cardinal, AtMost, None),
                ],
            ),
            // half-time is no share; a currency joined by a hyphen is money
            ("shortly before half-time through", En, &[]),
            (
                "funded by a 95,000-euro grant",
                En,
                &[(95_000.0, Money, Exact, Some("EUR"))],
            ),
            // the Taiwan dollar and the real by their prefix
            (
                "a record NT$312 billion",
                En,
                &[(312e9, Money, Exact, Some("TWD"))],
            ),
            ("R$5 billion", En, &[(5e9, Money, Exact, Some("BRL"))]),
            // one of so many, read on both sides; any one at all
            ("the case was one of 27 against", En, &[n(1.0), n(27.0)]),
            ("only one of its four frigates", En, &[n(1.0), n(4.0)]),
            ("kasus itu satu dari 27 perkara", Id, &[n(1.0), n(27.0)]),
            ("not about any one country", En, &[]),
            // a multiple named in the verb with its factor
            (
                "sepakat melipatgandakan tiga kali volume",
                Id,
                &[u(3.0, "fold")],
            ),
            ("Berjanji Lipat Tigakan Kargo", Id, &[u(3.0, "fold")]),
            ("untuk melipattigakan produksi", Id, &[u(3.0, "fold")]),
            ("agreed to triple the volume", En, &[u(3.0, "fold")]),
            // and a half, written out or compounded
            ("the retirement age to 67 and a half", En, &[n(67.5)]),
            ("a three-and-a-half-year contract", En, &[u(3.5, "year")]),
            // a toll of one; the pronoun "one"
            (
                "burns 12,000 hectares, one dead",
                En,
                &[u(12_000.0, "hectare"), n(1.0)],
            ),
            ("the grave of a loved one killed in the blast", En, &[]),
            ("initially reported one death but", En, &[n(1.0)]),
            // a weight of a commodity; a format's name; a cricket score
            (
                "about 1.7 billion pounds of copper",
                En,
                &[(1.7e9, Cardinal, About, Some("pound"))],
            ),
            ("the regional Twenty20 finals", En, &[]),
            ("Kulkarni Hits Triple Century in Ranji Trophy", En, &[]),
            (
                "won only one of their last seven Tests",
                En,
                &[n(1.0), n(7.0)],
            ),
            ("rattles Mexico City, kills one in Guerrero", En, &[n(1.0)]),
            ("kasus yang dilaporkan dan satu kematian.", Id, &[n(1.0)]),
            // a quarter of a game, no share
            ("gagal pada seperempat akhir pertandingan", Id, &[]),
            // the round of the last sixteen
            ("left the round-of-16 tie level", En, &[n(16.0)]),
            ("had never beaten a top-50 player", En, &[n(50.0)]),
            // the third week of a month, no day of it; ages of a group
            (
                "padat pada pekan ketiga Mei",
                Id,
                &[k(3.0, Ordinal), k(5.0, Month)],
            ),
            (
                "for the men's 70-74 age group",
                En,
                &[
                    (70.0, Cardinal, AtLeast, Some("year")),
                    (74.0, Cardinal, AtMost, Some("year")),
                ],
            ),
            // the span ahead or behind, in years on the other side
            (
                "more engineers over the next decade.",
                En,
                &[u(1.0, "decade")],
            ),
            ("a putt on the par-5 18th", En, &[n(5.0), k(18.0, Ordinal)]),
            // the event, not a verb
            ("Pair end long wait for India Open doubles title", En, &[]),
            // among the first to; including the first one
            (
                "Denmark termasuk negara Barat pertama yang mengakui",
                Id,
                &[],
            ),
            ("termasuk anak pertama presiden", Id, &[k(1.0, Ordinal)]),
        ]);
        let optional = |text: &str| {
            read(text, Id)
                .iter()
                .map(|a| a.optional)
                .collect::<Vec<_>>()
        };
        // an order of magnitude: "double-digit inflation"
        assert_eq!(optional("inflasi dua digit selama bertahun-tahun"), [true]);
        // "kedua" after a noun of what binds two parties, or another
        // ordinal: both; after another noun, a rank
        assert_eq!(
            optional("Hubungan kedua negara bertetangga itu membaik"),
            [true]
        );
        assert_eq!(optional("para pendukung kedua kubu bentrok"), [true]);
        assert_eq!(
            optional("pertemuan pertama kedua tim berakhir"),
            [false, true]
        );
        assert_eq!(optional("Ini adalah kemenangan kedua tim itu"), [false]);
        assert_eq!(optional("tahap kedua proyek dimulai"), [false]);
        assert_eq!(optional("menemukan perekam kedua pesawat jet itu"), [false]);
        // "perdana": the first, or the maiden one; not the prime minister
        assert_eq!(optional("dalam Lelang Perdana Tahun Ini di Tokyo"), [true]);
        assert!(optional("kata Perdana Menteri Anwar Ibrahim").is_empty());
        // one of a thing ("a hospital"), a debut, both, second-tier
        assert_eq!(
            optional("berarti satu rumah sakit, satu sekolah"),
            [true, true]
        );
        assert_eq!(
            optional("naik 22 Persen pada Hari Pertama Perdagangan"),
            [false, true]
        );
        assert_eq!(optional("kata kedua perusahaan pada Kamis"), [true, false]);
        assert_eq!(optional("pemilihan kota-kota lapis kedua"), [true]);
        // "menggandakan keunggulan": a goal that made it 2-0
        assert_eq!(
            optional("menggandakan keunggulan menjadi 2-0"),
            [true, false, false]
        );
        assert_eq!(optional("dana pihak ketiga naik"), [true]);
        assert_eq!(optional("menurut putusan di tingkat pertama"), [true]);
        // the return leg, the restart
        assert_eq!(
            optional("Leg kedua akan dimainkan pada 4 Maret."),
            [true, false, false]
        );
        assert_eq!(optional("tak lama setelah babak kedua dimulai"), [true]);
        assert_eq!(optional("paruh kedua lomba 200 meter"), [true, false]);
        assert_eq!(optional("Tiket untuk laga kedua terjual habis"), [true]);
        assert_eq!(optional("di sembilan lubang kedua"), [false, true]);
        // the forces of both countries; the country's second city
        assert_eq!(optional("pasukan kedua negara berlatih"), [true]);
        assert_eq!(optional("memverifikasi klaim kedua pihak."), [true]);
        // a series opener; the opening 40 minutes
        assert_eq!(optional("Tigers Menangi Gim Pertama Seri Korea"), [true]);
        // the groundbreaking
        assert_eq!(optional("upacara peletakan batu pertama"), [true]);
        assert_eq!(
            optional("terlalu pasif dalam 40 menit pertama."),
            [false, true]
        );
        // one of so many, which English may say with no share it reads
        assert_eq!(optional("salah satu dari tiga kilang"), [true, false]);
        assert_eq!(optional("kota kedua negara itu"), [false]);
        // its first session; a rank's name in lower case, not a count
        assert_eq!(optional("menggelar sidang perdananya pada"), [true]);
        assert_eq!(
            read("over the next decade", En)
                .iter()
                .map(|a| a.optional)
                .collect::<Vec<_>>(),
            [true]
        );
        assert_eq!(optional("kata prajurit dua Lucky Namo"), [true]);
        assert_eq!(optional("prajurit dua negara"), [false]);
        // faced by both countries
        assert_eq!(optional("masalah yang dihadapi kedua negara"), [true]);
        // a double-decker; "berlipat ganda"
        assert_eq!(optional("Kapal feri bertingkat dua itu"), [true]);
        assert_eq!(optional("Permintaan akan berlipat ganda"), [true]);
        // from one to another; around the clock
        assert_eq!(
            optional("dari satu rumah persembunyian ke rumah persembunyian lain"),
            [true]
        );
        assert_eq!(optional("satu orang tewas dan lainnya luka"), [false]);
        assert_eq!(optional("bendungan dipantau selama 24 jam"), [true]);
        // one unit of a measure, which English writes "a"
        assert_eq!(optional("naik hampir satu meter per jam"), [true]);
        assert_eq!(optional("tanpa memindahkan satu ton bijih pun"), [true]);
        assert_eq!(optional("satu orang tewas"), [false]);
        // children under five; in straight sets; at midday earlier today
        assert_eq!(optional("sebagian besar anak balita di Afrika"), [true]);
        assert_eq!(optional("mengalahkan Vogel dua set langsung"), [true]);
        assert_eq!(optional("menang dua set"), [false]);
        assert_eq!(optional("dia menelepon saya siang tadi"), [true]);
        assert!(optional("pada Selasa siang").iter().all(|&o| !o));
        // born at once, counted or not by the other side; all three of
        // them; toward doubling
        let optional_en = |text: &str| {
            read(text, En)
                .iter()
                .map(|a| (a.value, a.optional))
                .collect::<Vec<_>>()
        };
        assert_eq!(optional_en("Tiger Gives Birth to Triplets"), [(3.0, true)]);
        assert_eq!(optional_en("twins were born"), [(2.0, true)]);
        assert_eq!(optional("dan ketiganya sudah diizinkan pulang"), [true]);
        assert_eq!(optional("kemenangan ketiganya musim ini"), [false]);
        assert_eq!(optional("menuju penggandaan pendanaan adaptasi"), [true]);
        assert!(read("to Reach EuroLeague Final Four", En).is_empty());
        assert!(read("the Big Ten conference", En).is_empty());
        assert!(read("to reach the Super Four stage", En).is_empty());
        assert!(read("at the first sign of diarrhoea", En).is_empty());
        assert_eq!(optional("pada tanda pertama diare"), [true]);
        assert_eq!(optional("pada Tes pertama di Karachi"), [true]);
        assert!(read("kurang tenang di sepertiga akhir lapangan", Id).is_empty());
        assert!(read("lacked composure in the final third.", En).is_empty());
        assert_eq!(
            optional_en("her maiden international century"),
            [(1.0, true)]
        );
        // the opening 800 metres; a unit's name; nights, no clock time
        assert_eq!(
            optional("setelah 800 meter pertama yang lambat"),
            [false, true]
        );
        assert_eq!(
            optional("Densus 88 Tangkap 18 Terduga Militan"),
            [true, false]
        );
        assert_eq!(
            read("selama 1.500 malam", Id)
                .iter()
                .map(|a| a.value)
                .collect::<Vec<_>>(),
            [1500.0]
        );
        let values = |text: &str| read(text, En).iter().map(|a| a.value).collect::<Vec<_>>();
        // the count of the group, as "top-50"; a top-flight club has none
        assert_eq!(values("to beat a top-five opponent"), [5.0]);
        assert_eq!(values("reached the last-eight tie"), [8.0]);
        assert!(values("a top-flight club").is_empty());
        // a label's number, hyphenated as spaced: "grade two", "tingkat dua"
        assert_eq!(values("upheld a grade-two charge"), [2.0]);
        assert_eq!(values("their round-four matches"), [4.0]);
        assert!(values("a round-trip ticket").is_empty());
        // the event's player, not a verb
        assert!(values("Australian doubles specialist Megan Kilpatrick").is_empty());
        assert!(values("Indian doubles veteran Arjun Deshpande").is_empty());
        assert_eq!(values("Profits doubles as sales rise"), [2.0]);
        // one of the people counted; early ones, no rank; a fraction
        assert_eq!(
            values("Nine are in custody, and one remains at large"),
            [9.0, 1.0]
        );
        assert!(values("This one remains a mystery").is_empty());
        assert!(values("heavy in the first few legs").is_empty());
        assert!(values("edging Obi by one hundredth of a second").is_empty());
        // an age group's bound, in either spelling
        assert_eq!(values("won the world under-14 girls' title"), [14.0]);
        assert_eq!(values("Indonesia's Under-23s beat Vietnam"), [23.0]);
        assert_eq!(values("the U-21s lost"), [21.0]);
        assert_eq!(values("Indonesia's U-23 team"), [23.0]);
        let units = |text: &str, lang| {
            read(text, lang)
                .iter()
                .map(|a| a.unit.clone())
                .collect::<Vec<_>>()
        };
        let years = Some("year".to_string());
        assert_eq!(
            units("The suspects, aged between 24 and 45, were held.", En),
            [years.clone(), years.clone()]
        );
        assert_eq!(
            units("anak berusia antara 5 dan 11", Id),
            [years.clone(), years]
        );
    }
}
