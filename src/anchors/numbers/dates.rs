//! Reading the calendar and the clock: months, weekdays, days of the month, years, slash
//! dates and times of day.
//!
//! **In:** the tokens of a [`Ctx`] at one index. **Out:** a [`Step`] with Month, Weekday,
//! DayOfMonth, Year or Time anchors, or one that skips a colon form that is no time.
//!
//! **Why:** the two languages write dates in different orders (`14 Mei 2024`, `May 14,
//! 2024`, `14/4/2024` against `4/14/2024`) and times on different clocks (`pukul 13.00`,
//! `pukul 1 siang`, `1 p.m.`), and a capitalised word may be a date or just start a
//! sentence; the rules for both (the Minggu and Times rules of the module doc among
//! them) live here.

use crate::text::doc::Lang;

use super::recognise::{is_sentence_opener, Ctx, DigitNum, Raw, Step};
use super::tables::{
    contains, currency_sign, is_id_particle, lookup, Lex, DAY_PARTS, EN_NUMBER_WORDS,
    ID_NUMBER_WORDS, MAGNITUDES, MONTHS, MONTH_ABBREVIATIONS, MONTH_CUES, PERIOD_PREFIXES,
    QUANTIFIERS, TIME_WORDS, WEEKDAYS,
};
use super::tokenize::TokKind;
use super::{Bound, NumberKind};

impl Ctx<'_> {
    // --- clock times and slash dates ---------------------------------------------------

    /// A clock time at the digits `i` (module doc): a Time anchor, or a step past a
    /// colon form that reads as no time (`2:1`, `13:00:05`).
    pub(super) fn time_at(&self, i: usize) -> Option<Step> {
        let mut end = i + 1;
        let mut colon = false;
        let mut parts = vec![i];
        // `jam 9` is nine o'clock, but `2 jam 30 menit` is a duration, and
        // so is `dua jam 21 menit`: minutes after the figure say so too.
        let after_hours = i.checked_sub(2).is_some_and(|q| self.digits(q).is_some())
            || matches!(self.word(i + 1), Some("menit" | "detik"));
        let cue = i.checked_sub(1).filter(|&p| match self.word(p) {
            Some("pukul" | "pkl" | "pk") => true,
            Some("jam") => !after_hours,
            _ => false,
        });
        while self.joins_digits(end, &[':', '.']) {
            colon |= self.sym(end) == Some(':');
            parts.push(end + 1);
            end += 2;
        }
        if let Some(step) = self.race_time(&parts, i, end) {
            return Some(step);
        }
        let marked = self.time_word_end(end).is_some() || self.day_part_end(end).is_some();
        let dotted = !colon && parts.len() == 2 && self.dotted_time(&parts);
        if !(colon || cue.is_some() || marked || dotted) {
            return None;
        }
        // A game clock, no time of day: "4:37 into the game", "at 7:42 of
        // the second period" (minutes and seconds played, as "saat laga
        // berjalan 4 menit 37 detik" and "pada 7 menit 42 detik periode
        // kedua" read), "with 2:44 left" ("2 menit 44 detik tersisa").
        if cue.is_none() && !marked && self.game_clock_follows(end) {
            if let [m, sec] = parts.as_slice() {
                let (Some(m), Some(sec)) = (self.digits(*m), self.digits(*sec)) else {
                    return None;
                };
                let (m, sec): (f64, f64) = (m.parse().ok()?, sec.parse().ok()?);
                if sec < 60.0 {
                    let mut raw = Raw::new(m + sec / 60.0, NumberKind::Cardinal, i, end);
                    raw.unit = Some("minute");
                    return Some(Step::one(raw));
                }
            }
            return Some(Step::skip(end));
        }
        Some(match self.clock(&parts, end) {
            Some(mut raw) => {
                let hedged_from = cue.unwrap_or(i);
                raw.ctx_start = hedged_from;
                if let Some((bound, start)) = self.hedge_before(hedged_from) {
                    if matches!(bound, Bound::About | Bound::Nearly) {
                        raw.bound = bound;
                        raw.ctx_start = start;
                    }
                }
                Step::one(raw)
            }
            None if colon || cue.is_some() => Step::skip(self.time_word_end(end).unwrap_or(end)),
            // "selama 1.500 malam": no clock time, a count of nights
            None => return None,
        })
    }

    /// "finished in 1:54.61": minutes and seconds to a fraction of a second,
    /// which no clock shows, is a race time: a duration in minutes, as "1
    /// menit 54,61 detik" reads.
    fn race_time(&self, parts: &[usize], i: usize, end: usize) -> Option<Step> {
        if let Some(step) = self.hours_minutes_seconds(parts, i, end) {
            return Some(step);
        }
        // Indonesian writes the fraction after a comma ("6:08,77").
        let (m, s, frac, end) = match *parts {
            [m, s, frac] if self.sym(s + 1) == Some('.') => (m, s, frac, end),
            [m, s] if self.lang == Lang::Id && self.joins_digits(end, &[',']) => {
                (m, s, end + 1, end + 2)
            }
            _ => return None,
        };
        if self.sym(m + 1) != Some(':') {
            return None;
        }
        let (m, s, frac) = (self.digits(m)?, self.digits(s)?, self.digits(frac)?);
        let minutes: f64 = m.parse().ok()?;
        let seconds: f64 = format!("{s}.{frac}").parse().ok()?;
        if s.len() != 2 || seconds >= 60.0 {
            return None;
        }
        let mut raw = Raw::new(minutes + seconds / 60.0, NumberKind::Cardinal, i, end);
        raw.unit = Some("minute");
        Some(self.finish(raw))
    }

    /// "2:07:35" with a one-digit hour: a marathon's or a stage's time in
    /// hours, minutes and seconds (a clock with seconds shows two digits).
    fn hours_minutes_seconds(&self, parts: &[usize], i: usize, end: usize) -> Option<Step> {
        let [h, m, s] = parts else {
            return None;
        };
        if self.sym(h + 1) != Some(':') || self.sym(m + 1) != Some(':') {
            return None;
        }
        let (h, m, s) = (self.digits(*h)?, self.digits(*m)?, self.digits(*s)?);
        if h.len() != 1 || m.len() != 2 || s.len() != 2 {
            return None;
        }
        let (h, m, s): (f64, f64, f64) = (h.parse().ok()?, m.parse().ok()?, s.parse().ok()?);
        if m >= 60.0 || s >= 60.0 {
            return None;
        }
        let mut raw = Raw::new(h + m / 60.0 + s / 3600.0, NumberKind::Cardinal, i, end);
        raw.unit = Some("hour");
        Some(self.finish(raw))
    }

    fn game_clock_follows(&self, j: usize) -> bool {
        const PERIODS: &[&str] = &["half", "overtime", "period", "quarter"];
        let of_a_period = matches!(self.word(j), Some("of" | "in"))
            && self.word(j + 1) == Some("the")
            && (self.word(j + 2).is_some_and(|w| PERIODS.contains(&w))
                || self.word(j + 3).is_some_and(|w| PERIODS.contains(&w)));
        of_a_period
            || matches!(
                self.word(j),
                Some("into" | "left" | "remaining" | "tersisa")
            )
            || (self.word(j) == Some("to") && self.word(j + 1) == Some("play"))
    }

    /// `13.00`, `07.30` in Indonesian text with no cue word: two-digit hours, or minutes
    /// on the quarter hour, are a time, since Indonesian writes decimals with a comma.
    fn dotted_time(&self, parts: &[usize]) -> bool {
        let (Some(h), Some(m)) = (self.digits(parts[0]), self.digits(parts[1])) else {
            return false;
        };
        let after = parts[1] + 1;
        let money = parts[0].checked_sub(1).is_some_and(|p| {
            self.sym(p).and_then(currency_sign).is_some() || self.word(p) == Some("rp")
        });
        self.lang == Lang::Id
            && m.len() == 2
            && (h.len() == 2 || matches!(m, "00" | "15" | "30" | "45"))
            && self.sym(after) != Some('%')
            && !matches!(
                self.word(after),
                Some("persen" | "juta" | "miliar" | "ribu" | "triliun")
            )
            && !money
    }

    /// The clock time whose digit groups start at `parts` (`13`, `13.00`, `0138`), with
    /// the am/pm, part of the day or time zone from `end`: minutes after midnight, and
    /// the zone as its unit.
    fn clock(&self, parts: &[usize], end: usize) -> Option<Raw> {
        let head = self.digits(parts[0])?;
        let (mut hour, minute): (u32, u32) = match parts {
            [_] if head.len() <= 2 => (head.parse().ok()?, 0),
            // `0138 GMT`: four digits only before a time zone
            [_] if head.len() == 4 && self.zone_at(end).is_some() => {
                (head[..2].parse().ok()?, head[2..].parse().ok()?)
            }
            [_, m] if head.len() <= 2 && self.digits(*m)?.len() == 2 => {
                (head.parse().ok()?, self.digits(*m)?.parse().ok()?)
            }
            _ => return None,
        };
        if hour > 24 || minute > 59 {
            return None;
        }
        let mut next = end;
        let mut last = end;
        if let Some((pm, after)) = self.meridiem_at(next) {
            if !(1..=12).contains(&hour) {
                return None;
            }
            hour = match (pm, hour) {
                (false, 12) => 0,
                (true, h) if h < 12 => h + 12,
                (_, h) => h,
            };
            next = after;
            last = after;
        } else if let Some((part, after)) = self.day_part_end(next) {
            hour = hour_of_day_part(part, hour);
            next = after;
        }
        let mut raw = Raw::new(
            f64::from(hour % 24 * 60 + minute),
            NumberKind::Time,
            parts[0],
            last,
        );
        if let Some((zone, after)) = self.zone_at(next) {
            raw.unit = Some(zone);
            next = after;
        }
        raw.ctx_end = next;
        Some(raw)
    }

    /// `am`/`pm`, `a.m.`/`p.m.` at `j`: whether after noon, and the token after it.
    fn meridiem_at(&self, j: usize) -> Option<(bool, usize)> {
        match self.word(j)? {
            "am" => Some((false, j + 1)),
            "pm" => Some((true, j + 1)),
            w @ ("a" | "p") => self.time_word_end(j).map(|next| (w == "p", next)),
            _ => None,
        }
    }

    /// A time zone at `j` in its canonical form (GMT is UTC), and the token after it:
    /// a code (`WIB`, `EST`, `ET`), a city's time (`Jakarta time`), or an Indonesian
    /// `waktu` phrase (`waktu Indonesia Barat`, `waktu Amerika Timur`, `waktu Pantai
    /// Timur`). `waktu setempat` / `local time` name no zone: the time is as written.
    fn zone_at(&self, j: usize) -> Option<(&'static str, usize)> {
        let zone = match self.word(j)? {
            "gmt" | "utc" => "UTC",
            "wib" => "WIB",
            "wita" => "WITA",
            "wit" => "WIT",
            "jst" => "JST",
            "est" => "EST",
            "edt" => "EDT",
            // Indonesian "PT" opens a company's name ("PT Freeport")
            "et" if self.lang == Lang::En => "ET",
            "pst" => "PST",
            "pdt" => "PDT",
            "pt" if self.lang == Lang::En => "PT",
            "jakarta" if self.word(j + 1) == Some("time") => return Some(("WIB", j + 2)),
            "waktu" => return self.waktu_zone_at(j),
            _ => return None,
        };
        Some((zone, j + 1))
    }

    /// An Indonesian zone spelt out after `waktu` at `j` (`waktu Indonesia Barat`,
    /// `waktu Amerika Timur`, `waktu Pantai Timur Amerika`), and the token after it.
    fn waktu_zone_at(&self, j: usize) -> Option<(&'static str, usize)> {
        let (region, side) = (self.word(j + 1)?, self.word(j + 2)?);
        let zone = match (region, side) {
            ("indonesia", "barat") => "WIB",
            ("indonesia", "tengah") => "WITA",
            ("indonesia", "timur") => "WIT",
            ("amerika" | "as", "timur") | ("pantai", "timur") => "ET",
            ("amerika" | "as", "barat") | ("pantai", "barat") => "PT",
            _ => return None,
        };
        let mut next = j + 3;
        // "waktu Pantai Timur Amerika", "waktu Pantai Timur AS"
        if region == "pantai" && matches!(self.word(next), Some("amerika" | "as")) {
            next += 1;
        }
        Some((zone, next))
    }

    /// An Indonesian part of the day after a clock figure (`pukul 1 siang`, `jam 2 dini
    /// hari`): the word, and the token after it.
    fn day_part_end(&self, j: usize) -> Option<(&'static str, usize)> {
        if self.lang == Lang::En {
            // "5 in the morning", "9 at night": the same parts, in the Indonesian
            // words that [`hour_of_day_part`] reads.
            return match (self.word(j)?, self.word(j + 1), self.word(j + 2)) {
                ("in", Some("the"), Some("morning")) => Some(("pagi", j + 3)),
                ("in", Some("the"), Some("afternoon" | "evening")) => Some(("sore", j + 3)),
                ("at", Some("night"), _) => Some(("malam", j + 2)),
                _ => None,
            };
        }
        match self.word(j)? {
            "pagi" => Some(("pagi", j + 1)),
            "siang" => Some(("siang", j + 1)),
            "sore" => Some(("sore", j + 1)),
            "malam" => Some(("malam", j + 1)),
            "dini" if self.word(j + 1) == Some("hari") => Some(("dini", j + 2)),
            _ => None,
        }
    }

    /// An hour in words after `pukul` with its part of the day (`pukul dua siang`,
    /// `pukul dua belas malam`), as human-written Indonesian news spells it: the part of
    /// the day is required, since `pukul` is also the verb "to hit" ("pukul dua anak").
    fn hour_word_at(&self, i: usize) -> Option<Step> {
        if self.lang == Lang::En {
            return self.en_spoken_time_at(i);
        }
        if self.prev_word(i) != Some("pukul") {
            return None;
        }
        if self.word(i) == Some("setengah") {
            return self.half_hour_at(i);
        }
        let (hour, end) = match (lookup(ID_NUMBER_WORDS, self.word(i)?)?, self.word(i + 1)) {
            (Lex::Unit(2.0), Some("belas")) => (12, i + 2),
            (Lex::Unit(h) | Lex::Teen(h), _) if h <= 12.0 => (h as u32, i + 1),
            _ => return None,
        };
        let (part, after) = self.day_part_end(end)?;
        let mut raw = Raw::new(
            f64::from(hour_of_day_part(part, hour) % 24 * 60),
            NumberKind::Time,
            i,
            end,
        );
        raw.ctx_start = i - 1;
        raw.ctx_end = after;
        Some(Step::one(raw))
    }

    /// An hour of the 12-hour clock at `i`, in words or digits: the hour and the token
    /// after it.
    fn hour_at(&self, i: usize) -> Option<(u32, usize)> {
        let words = match self.lang {
            Lang::Id => ID_NUMBER_WORDS,
            Lang::En => EN_NUMBER_WORDS,
        };
        let (hour, end) = match self.digits(i) {
            Some(d) => (d.parse::<u32>().ok()?, i + 1),
            None => match lookup(words, self.word(i)?)? {
                // "dua belas": twelve
                Lex::Unit(h) if self.lang == Lang::Id && self.word(i + 1) == Some("belas") => {
                    (h as u32 + 10, i + 2)
                }
                Lex::Unit(h) | Lex::Teen(h) => (h as u32, i + 1),
                _ => return None,
            },
        };
        // "8.15 billion", "8,5 juta": a figure, not an hour
        let figure = self.joins_digits(end, &['.', ',', ':'])
            || self
                .word(end)
                .is_some_and(|w| lookup(MAGNITUDES, w).is_some());
        ((1..=12).contains(&hour) && !figure).then_some((hour, end))
    }

    /// `pukul setengah lima` at `setengah`: half an hour before five, 4:30 (as Dutch
    /// counts it), with an optional part of the day.
    fn half_hour_at(&self, i: usize) -> Option<Step> {
        let (hour, end) = self.hour_at(i + 1)?;
        let (hour, after) = match self.day_part_end(end) {
            Some((part, after)) => (hour_of_day_part(part, hour - 1), after),
            None => (hour - 1, end),
        };
        let mut raw = Raw::new(f64::from(hour % 24 * 60 + 30), NumberKind::Time, i, end);
        raw.ctx_start = i - 1;
        raw.ctx_end = after;
        Some(Step::one(raw))
    }

    /// An English time in words: "half past four", "a quarter to nine", "four
    /// o'clock", "at four in the morning" (a bare hour word needs a part of the day
    /// and a word that times it before it, since it otherwise counts: "one in the
    /// morning", "four in the team").
    fn en_spoken_time_at(&self, i: usize) -> Option<Step> {
        let first = i;
        let i = if self.word(i) == Some("a") && self.word(i + 1) == Some("quarter") {
            i + 1
        } else {
            i
        };
        let (hour, minute, end) = match (self.word(i)?, self.word(i + 1)) {
            ("half", Some("past")) => {
                let (h, end) = self.hour_at(i + 2)?;
                (h, 30, end)
            }
            // "a quarter to nine", not "the first quarter to 8.15 billion"
            ("quarter", Some(side @ ("past" | "to"))) if first < i => {
                let (h, end) = self.hour_at(i + 2)?;
                match side {
                    "past" => (h, 15, end),
                    _ => (h - 1, 45, end),
                }
            }
            _ if self.digits(i).is_none() => {
                let (h, end) = self.hour_at(i)?;
                if self.word(end) == Some("o'clock") {
                    (h, 0, end + 1)
                } else if self.word(end) == Some("o")
                    && self.sym(end + 1).is_some_and(|c| c == '\'' || c == '’')
                    && self.word(end + 2) == Some("clock")
                {
                    (h, 0, end + 3)
                } else if self.day_part_end(end).is_some()
                    && matches!(
                        self.prev_word(i),
                        Some(
                            "at" | "by"
                                | "until"
                                | "till"
                                | "from"
                                | "before"
                                | "after"
                                | "around"
                                | "about"
                                | "since"
                                | "between"
                                | "and"
                                | "to"
                        )
                    )
                {
                    (h, 0, end)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        let (hour, after) = match self.day_part_end(end) {
            Some((part, after)) => (hour_of_day_part(part, hour), after),
            None => (hour, end),
        };
        let mut raw = Raw::new(
            f64::from(hour % 24 * 60 + minute),
            NumberKind::Time,
            first,
            end,
        );
        raw.ctx_end = after;
        Some(Step::one(raw))
    }

    /// Noon and midnight in words: `noon`, `midday`, `midnight`, `tengah hari`, `tengah malam`;
    /// and an hour in words after `pukul` ([`Self::hour_word_at`]).
    pub(super) fn clock_word_at(&self, i: usize) -> Option<Step> {
        if let Some(step) = self.hour_word_at(i) {
            return Some(step);
        }
        let (value, end) = match (self.lang, self.word(i)?) {
            (Lang::En, "noon" | "midday") => (720.0, i + 1),
            (Lang::En, "midnight") => (0.0, i + 1),
            // "di tengah malam" is "in the dead of night"
            (Lang::Id, "tengah") if self.prev_word(i) != Some("di") => match self.word(i + 1)? {
                "hari" => (720.0, i + 2),
                "malam" => (0.0, i + 2),
                _ => return None,
            },
            // "menelepon saya siang tadi" / "called me at noon": the middle
            // of the day earlier today, no clock time ("Selasa siang" may be
            // one o'clock; a clock figure takes its "siang" before this is
            // read: "pukul 1 siang")
            (Lang::Id, "siang") if self.word(i + 1) == Some("tadi") => (720.0, i + 1),
            _ => return None,
        };
        let mut raw = Raw::new(value, NumberKind::Time, i, end);
        // "by midday", "at midday on Monday": as often "siang" (the middle
        // of the day, no clock time) as "tengah hari"
        raw.optional = matches!(self.word(i), Some("midday" | "siang"));
        if let Some((bound, start)) = self.hedge_before(i) {
            if matches!(bound, Bound::About | Bound::Nearly) {
                raw.bound = bound;
                raw.ctx_start = start;
            }
        }
        Some(Step::one(raw))
    }

    /// After `am`, `pm`, `a.m.`, `WIB` ... at `j`.
    fn time_word_end(&self, j: usize) -> Option<usize> {
        let w = self.word(j)?;
        if contains(TIME_WORDS, w) {
            return Some(j + 1);
        }
        let dotted = matches!(w, "a" | "p")
            && self.glued_sym(j + 1, '.')
            && self.glued_word(j + 2) == Some("m");
        dotted.then(|| {
            if self.glued_sym(j + 3, '.') {
                j + 4
            } else {
                j + 3
            }
        })
    }

    /// Digits joined by `/` at `i`: a date when they read as one, otherwise nothing.
    pub(super) fn slash_at(&self, i: usize) -> Option<Step> {
        if !self.joins_digits(i + 1, &['/']) {
            return None;
        }
        let mut parts = vec![i];
        let mut j = i + 1;
        while self.joins_digits(j, &['/']) {
            parts.push(j + 1);
            j += 2;
        }
        let found = self
            .slash_date(&parts)
            .or_else(|| self.split_year(&parts))
            .or_else(|| self.runs_for_wickets(&parts))
            .unwrap_or_default();
        Some(Step { found, next: j })
    }

    /// A cricket total written runs over wickets ("150/7", which English
    /// also writes "150 for seven"): two counts. The runs are more than any
    /// day, the wickets ten at most, so no date or fraction reads so.
    fn runs_for_wickets(&self, parts: &[usize]) -> Option<Vec<Raw>> {
        let [a, b] = parts else {
            return None;
        };
        let runs: u32 = self.digits(*a).filter(|d| d.len() <= 3)?.parse().ok()?;
        let wickets: u32 = self.digits(*b).filter(|d| d.len() <= 2)?.parse().ok()?;
        if runs < 32 || !(1..=10).contains(&wickets) {
            return None;
        }
        Some(vec![
            Raw::new(f64::from(runs), NumberKind::Cardinal, *a, *a + 1),
            Raw::new(f64::from(wickets), NumberKind::Cardinal, *b, *b + 1),
        ])
    }

    /// A fiscal or season year written across two calendar years
    /// ("2018/2019", "2019/20"): its first year, which is how it differs
    /// from another.
    fn split_year(&self, parts: &[usize]) -> Option<Vec<Raw>> {
        let [a, b] = parts else {
            return None;
        };
        let first: u32 = self.digits(*a).filter(|d| d.len() == 4)?.parse().ok()?;
        let second = self.digits(*b)?;
        let next = match second.len() {
            4 => second.parse::<u32>().ok()?,
            2 => first / 100 * 100 + second.parse::<u32>().ok()?,
            _ => return None,
        };
        let plausible = (1900..=2099).contains(&first) && (next == first + 1);
        plausible.then(|| vec![Raw::new(f64::from(first), NumberKind::Year, *a, *b + 1)])
    }

    /// An ISO date at `i` (`2024-10-05`): a year, a month and a day joined by
    /// hyphens, read as the three anchors a written date gives, so that it meets
    /// `5 Oktober 2024`. Any other hyphenated digits are left to the other readers.
    /// A season or fiscal year with a hyphen ("the 2019-20 season"): as
    /// [`Ctx::split_year`] reads "2019/20". A third part makes it a date.
    pub(super) fn hyphen_year_at(&self, i: usize) -> Option<Step> {
        if !self.joins_digits(i + 1, &['-']) || self.joins_digits(i + 3, &['-']) {
            return None;
        }
        let found = self.split_year(&[i, i + 2])?;
        Some(Step { found, next: i + 3 })
    }

    pub(super) fn iso_date_at(&self, i: usize) -> Option<Step> {
        let year: f64 = self.digits(i).filter(|d| d.len() == 4)?.parse().ok()?;
        if !(1900.0..=2099.0).contains(&year)
            || !self.joins_digits(i + 1, &['-'])
            || !self.joins_digits(i + 3, &['-'])
            || self.digits(i + 2).is_none_or(|d| d.len() != 2)
            || self.digits(i + 4).is_none_or(|d| d.len() != 2)
            || self.joins_digits(i + 5, &['-', '.', ':', '/'])
        {
            return None;
        }
        let month = self.day_digits(i + 2).filter(|&m| m <= 12.0)?;
        let day = self.day_digits(i + 4)?;
        Some(Step {
            found: vec![
                Raw::new(year, NumberKind::Year, i, i + 1),
                Raw::new(month, NumberKind::Month, i + 2, i + 3),
                Raw::new(day, NumberKind::DayOfMonth, i + 4, i + 5),
            ],
            next: i + 5,
        })
    }

    fn slash_date(&self, parts: &[usize]) -> Option<Vec<Raw>> {
        let (d, m) = match self.lang {
            Lang::Id => (parts[0], *parts.get(1)?),
            Lang::En => (*parts.get(1)?, parts[0]),
        };
        let day = self.day_digits(d)?;
        let month = self.day_digits(m).filter(|&v| v <= 12.0)?;
        let mut found = vec![
            Raw::new(day, NumberKind::DayOfMonth, d, d + 1),
            Raw::new(month, NumberKind::Month, m, m + 1),
        ];
        match parts {
            [_, _, y] => {
                let year = self.digits(*y).filter(|d| d.len() == 4)?.parse().ok()?;
                found.push(Raw::new(year, NumberKind::Year, *y, y + 1));
            }
            [first, last] => {
                let bracketed =
                    self.sym(first.checked_sub(1)?) == Some('(') && self.sym(last + 1) == Some(')');
                if self.lang != Lang::Id || !bracketed {
                    return None;
                }
            }
            _ => return None,
        }
        if self.restates_weekday(parts) {
            for raw in &mut found {
                raw.optional = true;
            }
        }
        found.sort_by_key(|r| r.first);
        Some(found)
    }

    /// Whether the slash date at `parts` is an Indonesian bracket right after a
    /// weekday ("pada Selasa (22/11)", "Selasa pagi (14/7)", "Jumat
    /// (15/5/2020)"): the bracket restates the day the weekday names, and a
    /// report that says "on Tuesday" leaves it out without dropping a fact.
    fn restates_weekday(&self, parts: &[usize]) -> bool {
        let last = parts[parts.len() - 1];
        let Some(open) = parts[0].checked_sub(1) else {
            return false;
        };
        if self.lang != Lang::Id || self.sym(open) != Some('(') || self.sym(last + 1) != Some(')') {
            return false;
        }
        let Some(mut w) = open.checked_sub(1) else {
            return false;
        };
        if self.word(w).is_some_and(|x| contains(DAY_PARTS, x)) {
            let Some(before) = w.checked_sub(1) else {
                return false;
            };
            w = before;
        }
        self.tok(w)
            .is_some_and(|t| t.kind == TokKind::Word && t.capital)
            && self.word(w).is_some_and(|x| lookup(WEEKDAYS, x).is_some())
    }

    // --- days and years in digits ------------------------------------------------------

    pub(super) fn is_day_of_month(&self, i: usize, num: &DigitNum) -> bool {
        let day = num.plain && self.day_digits(i).is_some();
        day && (self.month_word(num.end).is_some()
            || matches!(self.prev_word(i), Some("tanggal" | "tgl")))
    }

    /// A year: four digits in 1900..=2099, or up to four after `tahun`/`year`, with no
    /// hedge that makes it a count ("more than 2000"). `hingga 2021` and `until 2021` read
    /// as time, so AtMost does not count.
    /// Days listed beside one month ("pada 12, 14, dan 16 Maret", "on
    /// March 12, 14 and 16"): each is a day of that month, as the one the
    /// month stands beside is, not a bare count that the other language's
    /// order would pair with another day.
    pub(super) fn list_days_of_a_month(&self, raws: &mut [Raw]) {
        // How two listed figures are joined: only a comma, "and"/"dan" or
        // both between (Some(true) when a word joins them).
        let joint = |a: &Raw, b: &Raw| {
            let gap: Vec<_> = (a.end..b.first).filter_map(|j| self.tok(j)).collect();
            let plain = !gap.is_empty()
                && gap.len() <= 2
                && gap.iter().all(|t| match t.kind {
                    TokKind::Sym(c) => c == ',',
                    TokKind::Word => matches!(self.lower(t), "and" | "dan"),
                    TokKind::Digits => false,
                });
            plain.then(|| gap.iter().any(|t| t.kind == TokKind::Word))
        };
        // A day written in digits, nothing read around it.
        let bare_day = |r: &Raw| {
            r.kind == NumberKind::Cardinal
                && r.unit.is_none()
                && r.bound == Bound::Exact
                && r.first + 1 == r.end
                && self.digits(r.first).is_some()
                && (1.0..=31.0).contains(&r.value)
        };
        for k in 0..raws.len() {
            if raws[k].kind != NumberKind::DayOfMonth {
                continue;
            }
            // A list closes with "and": "December 26, 8 had retired" is a
            // date and a count.
            let (mut lo, mut hi, mut closed) = (k, k, false);
            while lo > 0 && bare_day(&raws[lo - 1]) {
                let Some(word) = joint(&raws[lo - 1], &raws[lo]) else {
                    break;
                };
                closed |= word;
                lo -= 1;
            }
            while hi + 1 < raws.len() && bare_day(&raws[hi + 1]) {
                let Some(word) = joint(&raws[hi], &raws[hi + 1]) else {
                    break;
                };
                closed |= word;
                hi += 1;
            }
            if closed {
                raws[lo..=hi]
                    .iter_mut()
                    .for_each(|r| r.kind = NumberKind::DayOfMonth);
            }
        }
    }

    pub(super) fn is_year(&self, num: &DigitNum, first: usize) -> bool {
        // An era names a year of any size ("AD 250", "250 BC", "tahun 205
        // Masehi", "300 SM"); written in capitals, as eras are.
        let capital = |j: usize| self.tok(j).is_some_and(|t| t.capital);
        let era = (self.prev_word(first) == Some("ad") && first > 0 && capital(first - 1))
            || (matches!(
                self.word(num.end),
                Some("ad" | "bc" | "bce" | "ce" | "masehi" | "sm")
            ) && capital(num.end));
        let named =
            (era || matches!(self.prev_word(first), Some("tahun" | "year"))) && num.len <= 4;
        // A year of the next century is written after the word that sets
        // a projection's horizon ("by 2100", "pada 2100").
        let horizon = (2100.0..=2199.0).contains(&num.value)
            && matches!(
                self.prev_word(first),
                Some("by" | "until" | "in" | "pada" | "hingga" | "sampai" | "menjelang")
            );
        let in_range = num.len == 4 && ((1900.0..=2099.0).contains(&num.value) || horizon);
        // A hedge makes a count of it ("at least 2026 people"), unless a
        // word that dates stands before the hedge ("until at least 2026",
        // "hingga setidaknya 2028").
        let counted = self.hedge_before(first).is_some_and(|(b, start)| {
            matches!(b, Bound::AtLeast | Bound::MoreThan | Bound::LessThan)
                && !matches!(
                    self.prev_word(start),
                    Some(
                        "until"
                            | "by"
                            | "since"
                            | "before"
                            | "hingga"
                            | "sampai"
                            | "sejak"
                            | "sebelum"
                    )
                )
        });
        num.plain && (named || in_range) && !counted
    }

    // --- calendar words ----------------------------------------------------------------

    /// A month name at `j` and the token after it (after the dot of `Jan.`).
    /// "Thousands of Punjab Farmers March on Delhi": in a title-case
    /// headline "March" after a plural noun and before "on", "to",
    /// "against", "in" or "for" ("Thousands March in Quito") is the verb,
    /// unless a figure follows the preposition ("Talks March to 2025").
    fn march_is_verb(&self, j: usize) -> bool {
        self.lang == Lang::En
            && self.word(j) == Some("march")
            && matches!(
                self.word(j + 1),
                Some(
                    "across"
                        | "against"
                        | "for"
                        | "in"
                        | "on"
                        | "outside"
                        | "through"
                        | "to"
                        | "toward"
                        | "towards"
                )
            )
            && self.digits(j + 2).is_none()
            && self
                .prev_word(j)
                .is_some_and(|p| p.len() > 3 && p.ends_with('s') && !p.ends_with("ss"))
    }

    pub(super) fn month_word(&self, j: usize) -> Option<(f64, usize)> {
        let t = self.tok(j).filter(|t| t.kind == TokKind::Word)?;
        let lower = self.lower(t);
        // "Agustus-lah", "Mei-nya": the month with an Indonesian particle.
        if let Some((month, particle)) = lower.split_once('-') {
            if is_id_particle(particle) {
                return lookup(MONTHS, month).map(|m| (m, j + 1));
            }
        }
        // "mid-April", "early-May": the month, as "pertengahan April" is.
        if let Some((prefix, month)) = lower.split_once('-') {
            return contains(PERIOD_PREFIXES, prefix)
                .then(|| lookup(MONTHS, month).map(|m| (m, j + 1)))
                .flatten();
        }
        if !t.capital {
            return None;
        }
        // "last May's election": the possessive is the month, never the verb.
        if let Some(m) = lower.strip_suffix("'s").and_then(|w| lookup(MONTHS, w)) {
            return Some((m, j + 1));
        }
        if let Some(m) = lookup(MONTHS, lower) {
            let verb = (lower == "may" && !self.may_is_month(j)) || self.march_is_verb(j);
            return (!verb).then_some((m, j + 1));
        }
        let m = lookup(MONTH_ABBREVIATIONS, lower)?;
        let end = if self.glued_sym(j + 1, '.') {
            j + 2
        } else {
            j + 1
        };
        self.dated(j, end).then_some((m, end))
    }

    fn may_is_month(&self, j: usize) -> bool {
        // After a determiner ("its May meeting") or joined to another month
        // ("the March to May rains", "January and May", "between May and
        // September"), "May" is no verb.
        // ... nor after "to", which no modal verb follows ("in the year to
        // May", "from March to May").
        let determiner = matches!(
            self.prev_word(j),
            Some("its" | "their" | "his" | "her" | "our" | "the" | "to")
        );
        let after_month = j.checked_sub(2).is_some_and(|p| {
            matches!(
                self.word(p + 1),
                Some("to" | "and" | "or" | "through" | "until")
            ) && self.word(p).is_some_and(|w| lookup(MONTHS, w).is_some())
        });
        // ... or to the month after it ("between May and September")
        let before_month = matches!(
            self.word(j + 1),
            Some("to" | "and" | "or" | "through" | "until")
        ) && self
            .word(j + 2)
            .is_some_and(|w| lookup(MONTHS, w).is_some());
        // ... nor after "at least" ("until at least May").
        let at_least = self.prev_word(j) == Some("least")
            && j.checked_sub(2).and_then(|p| self.word(p)) == Some("at");
        self.dated(j, j + 1) || determiner || after_month || before_month || at_least
    }

    /// Whether the month word at `j` (ending before `end`) stands beside a day or year
    /// number or after a word that introduces a month.
    fn dated(&self, j: usize, end: usize) -> bool {
        self.day_or_year_at(end)
            || self.day_before(j)
            || self.prev_word(j).is_some_and(|w| contains(MONTH_CUES, w))
    }

    fn day_or_year_at(&self, j: usize) -> bool {
        !self.is_glued(j) && self.digits(j).is_some_and(|d| d.len() <= 2 || d.len() == 4)
    }

    /// A day number right before `j` (`14 May`, `14th May`).
    fn day_before(&self, j: usize) -> bool {
        let Some(p) = j.checked_sub(1) else {
            return false;
        };
        let suffixed = matches!(self.glued_word(p), Some("st" | "nd" | "rd" | "th"));
        let d = if suffixed { p.checked_sub(1) } else { Some(p) };
        d.and_then(|d| self.day_digits(d)).is_some()
    }

    /// A month name with the day and year written after it (`July 6, 2024`, `August 2021`).
    pub(super) fn month_at(&self, i: usize) -> Option<Step> {
        if let Some(range) = self.month_range_word(i) {
            return Some(range);
        }
        let (month, mut next) = self.month_word(i)?;
        let mut found = vec![Raw::new(month, NumberKind::Month, i, next)];
        if let Some((day, end)) = self.day_after(next) {
            found.push(Raw::new(day, NumberKind::DayOfMonth, next, end));
            next = end;
        }
        let comma = found.len() == 2 && self.sym(next) == Some(',');
        let year_at = if comma { next + 1 } else { next };
        if let Some(year) = self.year_after(year_at) {
            found.push(Raw::new(year, NumberKind::Year, year_at, year_at + 1));
            next = year_at + 1;
        }
        Some(Step { found, next })
    }

    /// A holiday on a fixed day ("on Boxing Day", "Christmas Eve", "New
    /// Year's Day", "Hari Tahun Baru", "Malam Natal"): its day and month,
    /// as the other side may write them ("pada 26 Desember").
    pub(super) fn fixed_holiday_at(&self, i: usize) -> Option<Step> {
        let capital_at = |j: usize| self.tok(j).is_some_and(|t| t.capital);
        // Indonesian writes the night or the day before the holiday's name
        // in lowercase as often as not ("sejak malam Natal").
        let lowercase_lead = self.lang == Lang::Id
            && matches!(self.word(i), Some("malam" | "hari"))
            && capital_at(i + 1);
        if !capital_at(i) && !lowercase_lead {
            return None;
        }
        let (first, second) = (self.word(i)?, self.word(i + 1)?);
        let (day, month, end) = match (first, second) {
            // kept in English by Indonesian text too
            ("boxing", "day") => (26.0, 12.0, i + 2),
            ("christmas", "day") => (25.0, 12.0, i + 2),
            ("christmas", "eve") => (24.0, 12.0, i + 2),
            // "New Year's Day": "new", "year's", "day"
            ("new", "year's") => match self.word(i + 2)? {
                "day" => (1.0, 1.0, i + 3),
                "eve" => (31.0, 12.0, i + 3),
                _ => return None,
            },
            ("hari", "natal") if self.lang == Lang::Id => (25.0, 12.0, i + 2),
            ("malam", "natal") if self.lang == Lang::Id => (24.0, 12.0, i + 2),
            ("hari" | "malam", "tahun") if self.lang == Lang::Id => match self.word(i + 2)? {
                "baru" if first == "hari" => (1.0, 1.0, i + 3),
                "baru" => (31.0, 12.0, i + 3),
                _ => return None,
            },
            _ => return None,
        };
        if !capital_at(end - 1) {
            return None;
        }
        Some(Step {
            found: vec![
                Raw::new(month, NumberKind::Month, i, end),
                Raw::new(day, NumberKind::DayOfMonth, i, end),
            ],
            next: end,
        })
    }

    /// "the January-to-May period", "a June-through-August drought", "musim
    /// Maret-Mei": two months written as one hyphenated word, each a month of
    /// the text.
    fn month_range_word(&self, i: usize) -> Option<Step> {
        let t = self
            .tok(i)
            .filter(|t| t.kind == TokKind::Word && t.capital)?;
        let parts: Vec<&str> = self.lower(t).split('-').collect();
        let (first, last) = match parts[..] {
            [first, last] => (first, last),
            [first, "to" | "through" | "and", last] if self.lang == Lang::En => (first, last),
            _ => return None,
        };
        let (a, b) = (lookup(MONTHS, first)?, lookup(MONTHS, last)?);
        Some(Step {
            found: vec![
                Raw::new(a, NumberKind::Month, i, i + 1),
                Raw::new(b, NumberKind::Month, i, i + 1),
            ],
            next: i + 1,
        })
    }

    /// A day number after a month name, with an optional `th`.
    fn day_after(&self, j: usize) -> Option<(f64, usize)> {
        let day = self.day_digits(j).filter(|_| !self.is_glued(j))?;
        if self.joins_digits(j + 1, &[':', '.', ',', '/']) {
            return None;
        }
        match self.glued_word(j + 1) {
            Some("st" | "nd" | "rd" | "th") => Some((day, j + 2)),
            Some(_) => None,
            None => Some((day, j + 1)),
        }
    }

    fn year_after(&self, j: usize) -> Option<f64> {
        let d = self
            .digits(j)
            .filter(|d| d.len() == 4 && !self.is_glued(j))?;
        let glued_on = self.glued_word(j + 1).is_some() || self.joins_digits(j + 1, &['.', ',']);
        let year: f64 = d.parse().ok()?;
        (!glued_on && (1000.0..=2999.0).contains(&year)).then_some(year)
    }

    pub(super) fn weekday_at(&self, i: usize) -> Option<Step> {
        let t = self
            .tok(i)
            .filter(|t| t.kind == TokKind::Word && t.capital)?;
        let lower = self.lower(t);
        // "Saturday's match": the possessive is the same day.
        let day_word = ["'s", "\u{2019}s"]
            .iter()
            .find_map(|s| lower.strip_suffix(s))
            .unwrap_or(lower);
        // "classes on Saturdays": the day, as "pada hari Sabtu" gives it
        let day = lookup(WEEKDAYS, day_word).or_else(|| {
            let singular = day_word
                .strip_suffix('s')
                .filter(|_| self.lang == Lang::En)?;
            lookup(WEEKDAYS, singular).filter(|_| singular.ends_with("day"))
        })?;
        if lower == "minggu" && !self.minggu_is_sunday(i) {
            return None;
        }
        Some(Step::one(Raw::new(day, NumberKind::Weekday, i, i + 1)))
    }

    /// The Minggu rule of the module doc.
    fn minggu_is_sunday(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return self.sunday_follows(i);
        };
        match (self.word(p), self.sym(p)) {
            (Some("hari"), _) => true,
            (Some(w), _) => !(contains(QUANTIFIERS, w) || lookup(ID_NUMBER_WORDS, w).is_some()),
            (None, Some(c)) if !is_sentence_opener(c) => true,
            (None, Some(_)) => self.sunday_follows(i),
            (None, None) => false, // digits: "2 Minggu"
        }
    }

    fn sunday_follows(&self, i: usize) -> bool {
        self.word(i + 1).is_some_and(|w| contains(DAY_PARTS, w)) || self.sym(i + 1) == Some('(')
    }
}

/// The hour of the 24-hour clock that an hour of the 12-hour clock names in an
/// Indonesian part of the day (`1 siang` is 13, `4 sore` 16, `8 malam` 20, `12 malam`
/// midnight).
fn hour_of_day_part(part: &str, hour: u32) -> u32 {
    match (part, hour) {
        ("siang", h) if (1..=6).contains(&h) => h + 12,
        ("sore", h) if h < 12 => h + 12,
        ("malam", h) if (6..12).contains(&h) => h + 12,
        ("malam", 12) => 0,
        (_, h) => h,
    }
}

#[cfg(test)]
mod tests {
    use crate::anchors::numbers::tables::MONTH_NAMES;
    use crate::anchors::numbers::testing::*;
    use crate::anchors::numbers::Bound::*;
    use crate::anchors::numbers::NumberKind::*;
    use crate::text::doc::Lang::{En, Id};

    #[test]
    fn days_listed_beside_one_month() {
        let d = |v| k(v, DayOfMonth);
        check(&[
            (
                "pada 12, 14, dan 16 Maret",
                Id,
                &[d(12.0), d(14.0), d(16.0), k(3.0, Month)],
            ),
            (
                "on March 12, 14 and 16",
                En,
                &[k(3.0, Month), d(12.0), d(14.0), d(16.0)],
            ),
            // a count after the date is no day of it, nor a list unclosed
            // by "and"
            (
                "on March 12, 40 people",
                En,
                &[k(3.0, Month), d(12.0), u(40.0, "people")],
            ),
            (
                "on December 26, 8 had retired",
                En,
                &[k(12.0, Month), d(26.0), n(8.0)],
            ),
        ]);
    }

    #[test]
    fn years() {
        let y = |v| k(v, Year);
        check(&[
            ("pada tahun 2021", Id, &[y(2021.0)]),
            ("pada 2021", Id, &[y(2021.0)]),
            ("in 2021", En, &[y(2021.0)]),
            ("since 2003", En, &[y(2003.0)]),
            ("the 1995 hijacking", En, &[y(1995.0)]),
            ("tahun 1500", Id, &[y(1500.0)]),
            // an era names a year of any size
            ("built in AD 250", En, &[y(250.0)]),
            ("in 480 BC", En, &[y(480.0)]),
            ("tahun 205 Masehi", Id, &[y(205.0)]),
            ("pada 480 SM", Id, &[y(480.0)]),
            ("sekitar 2000", Id, &[(2000.0, Year, About, None)]),
            ("hingga 2021", Id, &[y(2021.0)]),
            ("more than 2000", En, &[(2000.0, Cardinal, MoreThan, None)]),
            // A dating word before the hedge keeps the year.
            ("until at least 2026", En, &[y(2026.0)]),
            ("1500", En, &[n(1500.0)]),
            // a fiscal or season year across two: its first year
            ("tahun fiskal 2018/2019", Id, &[y(2018.0)]),
            ("fiscal 2019/20", En, &[y(2019.0)]),
            ("the 2019-20 season", En, &[y(2019.0)]),
            // years two apart are no such year
            ("2018/2020", En, &[]),
        ]);
    }

    #[test]
    fn decades() {
        let d = |v| k(v, Decade);
        check(&[
            ("the 1980s", En, &[d(1980.0)]),
            ("the 1990s", En, &[d(1990.0)]),
            ("the 1980's", En, &[d(1980.0)]),
            ("in the mid-2010s", En, &[d(2010.0)]),
            ("tahun 1980-an", Id, &[d(1980.0)]),
            ("pada tahun 90-an", Id, &[d(1990.0)]),
            ("era 80-an", Id, &[d(1980.0)]),
            ("1985s", En, &[]),
            // a decade of someone's age, valued by its first year of age
            ("wanita berusia 60-an", Id, &[d(60.0)]),
            ("a woman in her 60s", En, &[d(60.0)]),
            ("men in their 20s", En, &[d(20.0)]),
        ]);
        assert_eq!(first("in the mid-2010s", En).text, "mid-2010s");
        assert_eq!(first("tahun 1980-an", Id).text, "1980-an");
    }

    #[test]
    fn months() {
        let m = |v| k(v, Month);
        let id = [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ];
        for (i, name) in id.iter().enumerate() {
            check(&[(name, Id, &[m(i as f64 + 1.0)])]);
            let en = format!("in {}", MONTH_NAMES[i]);
            check(&[(&en, En, &[m(i as f64 + 1.0)])]);
        }
        check(&[
            ("Nopember", Id, &[m(11.0)]),
            ("bulan Juli", Id, &[m(7.0)]),
            ("Jan. 5", En, &[m(1.0), k(5.0, DayOfMonth)]),
            ("Feb. 2024", En, &[m(2.0), k(2024.0, Year)]),
            (
                "5 Jan 2024",
                En,
                &[k(5.0, DayOfMonth), m(1.0), k(2024.0, Year)],
            ),
            ("in May", En, &[m(5.0)]),
            ("on May 14", En, &[m(5.0), k(14.0, DayOfMonth)]),
            ("May 2024", En, &[m(5.0), k(2024.0, Year)]),
            ("You may go", En, &[]),
            ("below average until at least May.", En, &[m(5.0)]),
            ("could be relaxed after May, once", En, &[m(5.0)]),
            ("make-up classes on Saturdays", En, &[k(6.0, Weekday)]),
            // minutes played or left, no time of day
            (
                "on a power play 4:37 into the game",
                En,
                &[(4.0 + 37.0 / 60.0, Cardinal, Exact, Some("minute"))],
            ),
            (
                "pulled one back at 7:42 of the second period",
                En,
                &[
                    (7.7, Cardinal, Exact, Some("minute")),
                    (2.0, Ordinal, Exact, None),
                ],
            ),
            (
                "with 2:44 left in the half",
                En,
                &[(2.0 + 44.0 / 60.0, Cardinal, Exact, Some("minute"))],
            ),
            (
                "at 13:00 to play",
                En,
                &[(13.0, Cardinal, Exact, Some("minute"))],
            ),
            (
                "2:44 tersisa",
                Id,
                &[(2.0 + 44.0 / 60.0, Cardinal, Exact, Some("minute"))],
            ),
            // a part of a month joined to it
            ("by mid-April", En, &[m(4.0)]),
            ("pada bulan Agustus-lah yang penting", Id, &[m(8.0)]),
            // a range written as one word: both months
            ("in the January-to-May period", En, &[m(1.0), m(5.0)]),
            ("a June-through-August drought", En, &[m(6.0), m(8.0)]),
            ("the March-May rains", En, &[m(3.0), m(5.0)]),
            ("musim hujan Maret-Mei", Id, &[m(3.0), m(5.0)]),
            ("a May-to-be-forgotten", En, &[]),
            ("in early-May", En, &[m(5.0)]),
            ("last May's election", En, &[m(5.0)]),
            ("at its May meeting", En, &[m(5.0)]),
            ("inflation in the year to May.", En, &[m(5.0)]),
            ("the coming March to May rains", En, &[m(3.0), m(5.0)]),
            ("between January and May", En, &[m(1.0), m(5.0)]),
            ("between May and September", En, &[m(5.0), m(9.0)]),
            ("it may or may not", En, &[]),
            ("Johnson and May agreed", En, &[]),
            ("March's vote", En, &[m(3.0)]),
            ("a mid-sized firm", En, &[]),
            ("May I help?", En, &[]),
            ("Jan said so", En, &[]),
            ("in Jan.", En, &[m(1.0)]),
            ("since Feb", En, &[m(2.0)]),
            ("ISIS fighters march on", En, &[]),
        ]);
    }

    #[test]
    fn days_of_the_month() {
        let (d, m, y) = (|v| k(v, DayOfMonth), |v| k(v, Month), |v| k(v, Year));
        check(&[
            ("14 Mei", Id, &[d(14.0), m(5.0)]),
            ("14 Mei 2024", Id, &[d(14.0), m(5.0), y(2024.0)]),
            ("May 14", En, &[m(5.0), d(14.0)]),
            ("14 May", En, &[d(14.0), m(5.0)]),
            ("July 6, 2024", En, &[m(7.0), d(6.0), y(2024.0)]),
            ("May 14th", En, &[m(5.0), d(14.0)]),
            ("the 14th of May", En, &[d(14.0), m(5.0)]),
            ("pada tanggal 17", Id, &[d(17.0)]),
            ("Minggu (14/4)", Id, &[k(7.0, Weekday), d(14.0), m(4.0)]),
            ("14/4/2024", Id, &[d(14.0), m(4.0), y(2024.0)]),
            ("4/14/2024", En, &[m(4.0), d(14.0), y(2024.0)]),
            // an ISO date gives the three anchors of a written one
            ("on 2024-10-05", En, &[y(2024.0), m(10.0), d(5.0)]),
            ("pada 2024-10-05", Id, &[y(2024.0), m(10.0), d(5.0)]),
        ]);
        assert_eq!(first("on 2024-10-05", En).text, "2024");
        // hyphenated digits with no month among them are no date
        for text in ["2024-13-05", "2024-10-5", "1850-10-05"] {
            assert!(read(text, En).iter().all(|a| a.kind != Month), "{text}");
        }
    }

    #[test]
    fn a_bracketed_date_after_its_weekday_is_optional() {
        let optional = |text: &str| -> Vec<(f64, bool)> {
            read(text, Id)
                .iter()
                .filter(|a| a.kind != Weekday)
                .map(|a| (a.value, a.optional))
                .collect()
        };
        assert_eq!(
            optional("pada Selasa (22/11)"),
            [(22.0, true), (11.0, true)]
        );
        assert_eq!(optional("Selasa pagi (14/7)"), [(14.0, true), (7.0, true)]);
        assert_eq!(
            optional("Jumat (15/5/2020)"),
            [(15.0, true), (5.0, true), (2020.0, true)]
        );
        // Without a weekday before it, the bracket is the date itself.
        assert_eq!(optional("pada (22/11)"), [(22.0, false), (11.0, false)]);
        assert_eq!(
            optional("pada 22/11/2022"),
            [(22.0, false), (11.0, false), (2022.0, false)]
        );
    }

    #[test]
    fn weekdays_and_the_minggu_rule() {
        let w = |v| k(v, Weekday);
        let id = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
        let en = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        for (i, name) in id.iter().enumerate() {
            check(&[(&format!("pada hari {name}"), Id, &[w(i as f64 + 1.0)])]);
        }
        for (i, name) in en.iter().enumerate() {
            check(&[(&format!("on {name}"), En, &[w(i as f64 + 1.0)])]);
        }
        check(&[
            ("in Saturday's match", En, &[w(6.0)]),
            ("in Saturday\u{2019}s match", En, &[w(6.0)]),
            ("pada hari Jum'at", Id, &[w(5.0)]),
            ("pada hari Jum\u{2019}at", Id, &[w(5.0)]),
            ("pada hari Minggu", Id, &[w(7.0)]),
            ("pada Minggu malam", Id, &[w(7.0)]),
            ("Sabtu dan Minggu", Id, &[w(6.0), w(7.0)]),
            ("Minggu pagi, polisi datang", Id, &[w(7.0)]),
            ("Minggu lalu, polisi datang", Id, &[]),
            ("dua minggu", Id, &[u(2.0, "week")]),
            ("Dua Minggu Lalu", Id, &[u(2.0, "week")]),
            ("beberapa Minggu", Id, &[]),
            ("minggu ini", Id, &[]),
            ("Russia said tuesday", En, &[]),
        ]);
    }

    #[test]
    fn clock_times() {
        let t = |h: f64, m: f64| k(h * 60.0 + m, Time);
        let z = |h: f64, m: f64, zone| (h * 60.0 + m, Time, Exact, Some(zone));
        check(&[
            ("pukul 13.00 waktu setempat", Id, &[t(13.0, 0.0)]),
            ("pukul 13:00", Id, &[t(13.0, 0.0)]),
            ("pukul 1 siang", Id, &[t(13.0, 0.0)]),
            ("pukul dua siang", Id, &[t(14.0, 0.0)]),
            ("pukul dua belas malam", Id, &[t(0.0, 0.0)]),
            ("pukul sembilan pagi", Id, &[t(9.0, 0.0)]),
            ("pukul 11 siang", Id, &[t(11.0, 0.0)]),
            ("pukul 4 sore", Id, &[t(16.0, 0.0)]),
            ("pukul 8 malam", Id, &[t(20.0, 0.0)]),
            ("pukul 2 dini hari", Id, &[t(2.0, 0.0)]),
            ("pukul 07.30 WIB", Id, &[z(7.0, 30.0, "WIB")]),
            ("at 3:55 p.m. EST", En, &[z(15.0, 55.0, "EST")]),
            ("at 3:55 p.m. ET", En, &[z(15.0, 55.0, "ET")]),
            ("0800 EDT", En, &[z(8.0, 0.0, "EDT")]),
            ("at 9 p.m. Jakarta time", En, &[z(21.0, 0.0, "WIB")]),
            (
                "pukul 3:55 sore waktu Amerika Timur",
                Id,
                &[z(15.0, 55.0, "ET")],
            ),
            (
                "pukul 10.15 waktu Indonesia Tengah",
                Id,
                &[z(10.0, 15.0, "WITA")],
            ),
            (
                "pukul 13.00 waktu setempat",
                Id,
                &[(780.0, Time, Exact, None)],
            ),
            ("pukul 10.00 PT Freeport", Id, &[t(10.0, 0.0)]),
            ("jam 8 pagi", Id, &[t(8.0, 0.0)]),
            ("ditutup 13.00", Id, &[t(13.0, 0.0)]),
            ("15.30 WIB", Id, &[z(15.0, 30.0, "WIB")]),
            ("pada tengah malam", Id, &[t(0.0, 0.0)]),
            ("tengah hari", Id, &[t(12.0, 0.0)]),
            ("1 p.m. local time", En, &[t(13.0, 0.0)]),
            ("at 1pm", En, &[t(13.0, 0.0)]),
            ("at 1:30 p.m.", En, &[t(13.0, 30.0)]),
            ("12 a.m.", En, &[t(0.0, 0.0)]),
            ("12 pm", En, &[t(12.0, 0.0)]),
            ("13:00 GMT", En, &[z(13.0, 0.0, "UTC")]),
            ("0138 GMT", En, &[z(1.0, 38.0, "UTC")]),
            ("at noon", En, &[t(12.0, 0.0)]),
            ("at midnight", En, &[t(0.0, 0.0)]),
            ("sekitar pukul 13.00", Id, &[(780.0, Time, About, None)]),
            // the half hour Indonesian counts towards the next hour
            ("pada pukul setengah lima pagi", Id, &[t(4.0, 30.0)]),
            ("pukul setengah dua belas siang", Id, &[t(11.0, 30.0)]),
            ("pukul setengah 8", Id, &[t(7.0, 30.0)]),
            // English hours in words, and parts of the day after digits
            ("at half past four in the morning", En, &[t(4.0, 30.0)]),
            ("at a quarter to nine", En, &[t(8.0, 45.0)]),
            ("at four o'clock", En, &[t(4.0, 0.0)]),
            (
                "between 5 in the morning and 9 at night",
                En,
                &[t(5.0, 0.0), t(21.0, 0.0)],
            ),
            ("at 3 in the afternoon", En, &[t(15.0, 0.0)]),
            ("four in the team", En, &[n(4.0)]),
            ("until two in the afternoon", En, &[t(14.0, 0.0)]),
            (
                "in the first quarter to 8.15 billion euros",
                En,
                &[k(1.0, Ordinal), (8.15e9, Money, Exact, Some("EUR"))],
            ),
        ]);
        assert_eq!(first("at 1:30 p.m. today", En).text, "1:30 p.m.");
        assert_eq!(first("pukul 07.30 WIB", Id).text, "07.30");
    }

    #[test]
    fn what_is_not_a_clock_time() {
        check(&[
            // `pukul` is also the verb "to hit"
            ("Ia pukul anak itu", Id, &[]),
            ("di tengah malam yang dingin", Id, &[]),
            ("di tengah kota", Id, &[]),
            // decimals, money and four digits without a zone
            (
                "naik 2,50 persen",
                Id,
                &[(2.5, Percent, Exact, Some("percent"))],
            ),
            ("1300 orang", Id, &[u(1300.0, "people")]),
            ("an afternoon", En, &[]),
            ("at 13:00 to the end", En, &[k(780.0, Time)]),
        ]);
    }

    /// A holiday on a fixed day is its day and month; the end of a span of
    /// years written with two digits is a year of its century.
    #[test]
    fn holidays_and_abbreviated_years() {
        let dated = |text: &str, lang| {
            read(text, lang)
                .iter()
                .map(|a| (a.value, a.kind))
                .collect::<Vec<_>>()
        };
        use crate::anchors::numbers::NumberKind;
        use crate::text::doc::Lang;
        type Dated<'a> = (&'a str, Lang, &'a [(f64, NumberKind)]);
        let cases: &[Dated] = &[
            (
                "started on Boxing Day",
                En,
                &[(12.0, Month), (26.0, DayOfMonth)],
            ),
            (
                "pada Hari Tahun Baru",
                Id,
                &[(1.0, Month), (1.0, DayOfMonth)],
            ),
            ("pada Malam Natal", Id, &[(12.0, Month), (24.0, DayOfMonth)]),
            (
                "sejak malam Natal",
                Id,
                &[(12.0, Month), (24.0, DayOfMonth)],
            ),
            ("pada hari Natal", Id, &[(12.0, Month), (25.0, DayOfMonth)]),
            ("a new year's resolution", En, &[]),
            ("pada hari itu", Id, &[]),
            (
                "the 1950-53 Korean War",
                En,
                &[(1950.0, Year), (1953.0, Year)],
            ),
            ("the 1999-05 period", En, &[(1999.0, Year), (2005.0, Year)]),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(dated(text, lang), want, "{text}");
        }
        // at dawn, no rank; the verb of a headline
        assert!(dated("resume at first light", En).is_empty());
        assert!(dated("Punjab Farmers March on Delhi", En).is_empty());
        // runs for wickets, no date
        assert_eq!(
            dated("menahan mereka di 150/7 dan", Id),
            [(150.0, Cardinal), (7.0, Cardinal)]
        );
        assert!(dated("buka 24/7", Id).is_empty());
        assert!(dated("Protesters March in Quito Against Diesel Subsidy Cuts", En).is_empty());
        assert!(!dated("Sales of EVs in March in Europe", En).is_empty());
        assert_eq!(dated("the protests in March to demand", En), [(3.0, Month)]);
    }
}
