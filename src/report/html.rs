//! The human view of an alignment: one self-contained HTML review page.
//!
//! In: the rows with both sides' anchors ([`RowDetail`]), the source's name,
//! the reports' names and the run's evidence [`Stamp`]. Out: a `String`
//! holding a complete HTML document (inline CSS and a small inline script,
//! nothing fetched from anywhere): a compact header (totals, every report by
//! its full name, a one-line legend), then the rows in sections by their
//! `kind` — aligned pairs with findings first, the other aligned pairs next,
//! unmatched sentences and page furniture folded away — with source and
//! target side by side, their names, numbers and quotes highlighted from the
//! anchor spans and coloured by the row's flags; last the stamp (version,
//! date, command line, every input's size and SHA-256). Pure: no I/O.
//!
//! Safety: every piece of input text goes through [`escape`] before it
//! reaches the page, in element content and in attribute values alike; the
//! only raw markup is the page's own constant template.
//!
//! Without JavaScript the page is complete: every section in source order,
//! the folded ones opened by a click (`<details>`). The script only sorts
//! (click a column header), filters (report, flag kind, minimum divergence)
//! and searches both sides' text; its controls carry `hidden` until it runs,
//! and the stylesheet lets `hidden` win over their layout.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::ops::Range;

use crate::anchors::{numbers, Anchors};
use crate::judge::divergence::{clean, Flag};
use crate::pipeline::{RowDetail, RowKind};
use crate::report::output::Record;
use crate::text::doc::SentId;
use crate::text::input::FileDigest;

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// How much a highlighted anchor is in question, from the row's flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    /// No flag names it.
    Plain,
    /// Spelled differently, or only on one side.
    Warn,
    /// Contradicted by the other side.
    Bad,
}

impl State {
    fn class(self) -> &'static str {
        match self {
            State::Plain => "",
            State::Warn => " warn",
            State::Bad => " bad",
        }
    }
}

/// Which side of a pair a sentence is: flags name the source value first
/// and the target value second (`number_mismatch:137|144`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The rendering under review.
    Source,
    /// The report.
    Target,
}

impl Side {
    /// The value `flag` gives for this side, as the flag prints it
    /// ([`clean`]ed), so an anchor compares with what the flag quotes.
    fn value(self, flag: &Flag) -> Option<std::borrow::Cow<'_, str>> {
        let v = match self {
            Side::Source => flag.source_value(),
            Side::Target => flag.target_value(),
        };
        v.map(clean)
    }
}

/// A highlight: a byte span of the sentence, its CSS classes and tooltip.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Byte range into the sentence.
    pub span: Range<usize>,
    /// CSS classes (`a-num bad`).
    pub class: String,
    /// Tooltip: what the anchor is and which flag concerns it.
    pub title: String,
}

/// The highlights of one side of a row: every anchor, in the state the
/// row's flags put it in.
pub fn marks(anchors: &Anchors, flags: &[Flag], side: Side) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut push = |span: &Range<usize>, kind: &str, what: String, found: Vec<(State, String)>| {
        let state = found.iter().map(|(s, _)| *s).max().unwrap_or(State::Plain);
        let mut title = what;
        for (_, f) in &found {
            title.push_str(" \u{2014} ");
            title.push_str(f);
        }
        out.push(Mark {
            span: span.clone(),
            class: format!("a-{kind}{}", state.class()),
            title,
        });
    };
    for n in &anchors.numbers {
        let v = numbers::format_value(n);
        let hedged = numbers::format_hedged(n);
        let found = flags
            .iter()
            .filter_map(|f| {
                // A missing value has only a source side and an added one
                // only a target side, so the side's value decides; a
                // mismatch of values that print alike names them hedged.
                let names_it = side.value(f).is_some_and(|own| own == v || own == hedged);
                let state = match f {
                    Flag::NumberMismatch(..) | Flag::DateMismatch(..) if names_it => State::Bad,
                    Flag::NumberMissing(_)
                    | Flag::DateMissing(_)
                    | Flag::NumberAdded(_)
                    | Flag::DateAdded(_)
                        if names_it =>
                    {
                        State::Warn
                    }
                    _ => return None,
                };
                Some((state, describe(f)))
            })
            .collect();
        push(&n.span, "num", format!("number {v}"), found);
    }
    for n in &anchors.names {
        let t = clean(&n.text);
        let found = flags
            .iter()
            .filter_map(|f| {
                let own = side.value(f).unwrap_or_default();
                let state = match f {
                    Flag::NameVariant(..) if own == t => State::Warn,
                    Flag::NameMismatch(..) if own == t => State::Bad,
                    // A speaker is a name or a phrase ending in one ("juru
                    // bicara Peskov"): containment either way counts.
                    Flag::SpeakerMismatch(..)
                        if !own.is_empty() && (own.contains(&*t) || t.contains(&*own)) =>
                    {
                        State::Bad
                    }
                    _ => return None,
                };
                Some((state, describe(f)))
            })
            .collect();
        push(&n.span, "name", format!("name {}", n.text), found);
    }
    // A ministry named by its portfolio: English often writes it in
    // lowercase ("the finance ministry"), which no name mark covers, and a
    // portfolio put in another's place is a `name_mismatch` quoting it.
    for p in &anchors.portfolios {
        if anchors.names.iter().any(|n| n.span == p.span) {
            continue; // the name's own mark already shows it
        }
        let t = clean(&p.text);
        let found = flags
            .iter()
            .filter_map(|f| {
                let named = matches!(f, Flag::NameMismatch(..))
                    && side.value(f).is_some_and(|own| own == t);
                named.then(|| (State::Bad, describe(f)))
            })
            .collect();
        let what = format!("ministry {} (portfolio: {})", p.text, p.keys.join(", "));
        push(&p.span, "name", what, found);
    }
    for q in &anchors.quotes {
        let speaker = q.speaker.as_deref().map(clean).unwrap_or_default();
        let found = flags
            .iter()
            .filter_map(|f| {
                let state = match f {
                    Flag::QuoteChanged(_) => State::Warn,
                    Flag::QuoteMissing if side == Side::Source => State::Warn,
                    Flag::SpeakerMismatch(..)
                        if !speaker.is_empty() && side.value(f).is_some_and(|v| v == speaker) =>
                    {
                        State::Bad
                    }
                    _ => return None,
                };
                Some((state, describe(f)))
            })
            .collect();
        let what = match &q.speaker {
            Some(s) => format!("quote, speaker {s}"),
            None => "quote".to_owned(),
        };
        push(&q.span, "quote", what, found);
    }
    out
}

/// A flag as a reviewer reads it: `number_mismatch: 137 | 144`, its values
/// as the `flags` column prints them.
fn describe(f: &Flag) -> String {
    let kind = f.kind();
    let (first, second) = match (f.source_value(), f.target_value()) {
        (Some(a), b) => (clean(a), b.map(clean)),
        (None, Some(b)) => (clean(b), None),
        (None, None) => return kind.to_owned(),
    };
    match second {
        _ if first.is_empty() => kind.to_owned(),
        Some(b) if !b.is_empty() => format!("{kind}: {first} | {b}"),
        _ => format!("{kind}: {first}"),
    }
}

/// How serious a flag is, as a CSS class for its badge.
fn flag_class(flag: &Flag) -> &'static str {
    match flag {
        Flag::NumberMismatch(..)
        | Flag::DateMismatch(..)
        | Flag::NameMismatch(..)
        | Flag::SpeakerMismatch(..)
        | Flag::Unmatched => "bad",
        Flag::Boilerplate | Flag::Caption => "furn",
        _ => "warn",
    }
}

/// Boilerplate or a caption: the rows the page shades as furniture.
fn is_furniture(flags: &[Flag]) -> bool {
    flags
        .iter()
        .any(|f| matches!(f, Flag::Boilerplate | Flag::Caption))
}

/// The sentence with its marks as nested `<mark>` elements, all text
/// escaped.
///
/// Overlap rule: marks are taken by start (the longer first when two start
/// together); a mark wholly inside a kept one nests in it (a name inside a
/// quote), and a mark that crosses a kept one's end is dropped, so the
/// elements always nest. A span that is out of range or not on character
/// boundaries is dropped too.
pub fn highlight(text: &str, marks: &[Mark]) -> String {
    let mut sorted: Vec<&Mark> = marks
        .iter()
        .filter(|m| m.span.start < m.span.end && text.get(m.span.clone()).is_some())
        .collect();
    sorted.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut out = String::with_capacity(text.len() * 2);
    let mut open: Vec<usize> = Vec::new(); // ends of the marks now open
    let mut pos = 0;
    for m in sorted {
        while let Some(&end) = open.last().filter(|&&e| e <= m.span.start) {
            out.push_str(&escape(&text[pos..end]));
            out.push_str("</mark>");
            pos = end;
            open.pop();
        }
        if open.last().is_some_and(|&end| m.span.end > end) {
            continue; // crosses the enclosing mark's end
        }
        out.push_str(&escape(&text[pos..m.span.start]));
        let _ = write!(
            out,
            "<mark class=\"{}\" title=\"{}\">",
            escape(&m.class),
            escape(&m.title)
        );
        pos = m.span.start;
        open.push(m.span.end);
    }
    while let Some(end) = open.pop() {
        out.push_str(&escape(&text[pos..end]));
        out.push_str("</mark>");
        pos = end;
    }
    out.push_str(&escape(&text[pos..]));
    out
}

fn fmt_score(x: Option<f64>) -> String {
    x.map_or_else(String::new, |v| format!("{v:.3}"))
}

/// One input file of a run, as the evidence stamp lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StampedFile {
    /// What the file was to the run: `source`, `report`, `lexicon` or
    /// `manifest`.
    pub role: &'static str,
    /// The path the run read it by.
    pub path: String,
    /// Its size and SHA-256, of the bytes as read.
    pub digest: FileDigest,
}

/// The evidence stamp of a review page: which program made it, when, from
/// which command line and from exactly which files, so a saved page can be
/// archived and checked later (`sha256sum` on the inputs).
///
/// The caller fills the run's part (the binary knows its version, its
/// command line and the clock); the case loader's digests fill
/// [`Stamp::inputs`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stamp {
    /// The program's version (`0.1.0`).
    pub version: String,
    /// When the page was made, in seconds since 1970-01-01 00:00 UTC.
    pub time: u64,
    /// The command line as run, ready to read (arguments quoted as a shell
    /// would need them).
    pub command: String,
    /// Every input file, in the order the run read them.
    pub inputs: Vec<StampedFile>,
}

/// The latest time [`utc_date`] prints: 9999-12-31 23:59:59 UTC.
pub const LATEST_TIME: u64 = 253_402_300_799;

/// `secs` since 1970-01-01 00:00 UTC as `YYYY-MM-DD HH:MM:SS UTC` (past
/// [`LATEST_TIME`], that time).
pub fn utc_date(secs: u64) -> String {
    let secs = secs.min(LATEST_TIME);
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Howard Hinnant's civil_from_days, for days since 1970-01-01.
    let z = days + 719_468;
    let (era, doe) = (z / 146_097, z % 146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// The stamp as a page footer, every value escaped.
fn render_stamp(h: &mut String, stamp: &Stamp) {
    let date = utc_date(stamp.time);
    let _ = write!(
        h,
        "<footer id=\"stamp\" class=\"stamp\">\n<h2>Evidence stamp</h2>\n<dl>\
         <dt>Program</dt><dd>selaras {}</dd>\
         <dt>Made</dt><dd><time datetime=\"{}\">{}</time></dd>\
         <dt>Command</dt><dd><code>{}</code></dd></dl>\n\
         <table class=\"inputs\"><caption>Input files, as read</caption>\n\
         <thead><tr><th scope=\"col\">Input</th><th scope=\"col\">File</th>\
         <th scope=\"col\">Bytes</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n",
        escape(&stamp.version),
        escape(&date.replacen(' ', "T", 1).replace(" UTC", "Z")),
        escape(&date),
        escape(&stamp.command),
    );
    for f in &stamp.inputs {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"file\">{}</td><td class=\"bytes\">{}</td>\
             <td><code>{}</code></td></tr>",
            escape(f.role),
            escape(&f.path),
            f.digest.bytes,
            f.digest.sha256_hex()
        );
    }
    h.push_str(
        "</tbody>\n</table>\n<p class=\"hint\">Sizes and SHA-256 are of the files' bytes as \
         read; check a copy with <code>sha256sum FILE</code>.</p>\n</footer>\n",
    );
}

/// The page's sections, in the order a reviewer reads them: the drift of
/// aligned pairs first, then the calm pairs; unmatched sentences and page
/// furniture folded away (`<details>`, which opens without JavaScript).
const SECTIONS: [(RowKind, &str, bool); 4] = [
    (RowKind::Drift, "Aligned pairs with findings", true),
    (RowKind::Aligned, "Other aligned pairs", true),
    (
        RowKind::Unmatched,
        "Source sentences no report carries",
        false,
    ),
    (RowKind::Furniture, "Boilerplate and captions", false),
];

/// The rows' indices section by section (drift, aligned, unmatched,
/// furniture: the order of the page), each in source order.
pub fn sections(rows: &[RowDetail]) -> [Vec<usize>; 4] {
    let mut out: [Vec<usize>; 4] = Default::default();
    for (i, d) in rows.iter().enumerate() {
        let kind = d.row.kind();
        let s = SECTIONS
            .iter()
            .position(|(k, _, _)| *k == kind)
            .expect("every kind has a section");
        out[s].push(i);
    }
    out
}

/// The complete review page for the rows of one alignment of `source`
/// against `reports` (the names as printed in the rows), stamped with
/// `stamp`.
pub fn render(source: &str, reports: &[String], rows: &[RowDetail], stamp: &Stamp) -> String {
    let mut h = String::with_capacity(8192 + rows.len() * 1024);
    let has_kind = |flags: &[Flag], kind: &str| flags.iter().any(|f| f.kind() == kind);

    // Summary figures, counted from the rows themselves so the page agrees
    // with the CSV it accompanies.
    let mut source_sents: Vec<SentId> = rows.iter().map(|d| d.row.source_sent).collect();
    source_sents.dedup();
    let kinds: BTreeSet<&str> = rows
        .iter()
        .flat_map(|d| &d.row.flags)
        .map(Flag::kind)
        .collect();
    let sections = sections(rows);

    let title = format!("selaras review: {source}");
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        escape(&title)
    );
    let _ = write!(
        h,
        "<header>\n<h1>Alignment review <span class=\"docs\">of <strong>{}</strong> against {} report{}</span></h1>\n",
        escape(source),
        reports.len(),
        if reports.len() == 1 { "" } else { "s" }
    );
    // The totals, section by section, so the header and the sections agree.
    let _ = writeln!(
        h,
        "<ul class=\"totals\">\
         <li><strong>{}</strong> source sentences</li>\
         <li><strong>{}</strong> rows:</li>\
         <li><strong>{}</strong> with findings</li>\
         <li><strong>{}</strong> other aligned</li>\
         <li><strong>{}</strong> unmatched</li>\
         <li><strong>{}</strong> boilerplate or caption</li>\
         <li class=\"made\">selaras {} &middot; {} &middot; <a href=\"#stamp\">evidence stamp</a></li></ul>",
        source_sents.len(),
        rows.len(),
        sections[0].len(),
        sections[1].len(),
        sections[2].len(),
        sections[3].len(),
        escape(&stamp.version),
        escape(&utc_date(stamp.time)),
    );

    // Per report, how many source sentences it carries; full names, which
    // wrap rather than being cut.
    h.push_str("<ul class=\"reports\" aria-label=\"Source sentences each report carries\">");
    for name in reports {
        let mut sents: Vec<SentId> = rows
            .iter()
            .filter(|d| d.row.target.as_ref().is_some_and(|t| &t.doc.0 == name))
            .map(|d| d.row.source_sent)
            .collect();
        sents.dedup();
        let _ = write!(
            h,
            "<li><span class=\"report\">{}</span> carries <strong>{}</strong></li>",
            escape(name),
            sents.len()
        );
    }
    h.push_str("</ul>\n");
    h.push_str(LEGEND);
    h.push_str("</header>\n<main>\n");

    // Controls: hidden until the script runs, since they do nothing
    // without it (the stylesheet makes `hidden` win over its layout).
    h.push_str(
        "<form id=\"controls\" class=\"controls\" hidden>\n\
         <label>Report <select id=\"report-filter\">\n<option value=\"\">any report</option>\n",
    );
    for name in reports {
        let _ = writeln!(h, "<option value=\"{0}\">{0}</option>", escape(name));
    }
    h.push_str(
        "</select></label>\n\
         <label>Flag <select id=\"flag-filter\">\n\
         <option value=\"\">any row</option>\n<option value=\"-none\">rows without flags</option>\n\
         <option value=\"-any\">rows with any flag</option>\n",
    );
    for k in &kinds {
        let n = rows.iter().filter(|d| has_kind(&d.row.flags, k)).count();
        let _ = writeln!(h, "<option value=\"{0}\">{0} ({n})</option>", escape(k));
    }
    h.push_str(
        "</select></label>\n\
         <label>Search <input id=\"search\" type=\"search\" placeholder=\"words in either text\" size=\"22\"></label>\n\
         <label>Divergence &ge; <input id=\"div-min\" type=\"range\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0\"> \
         <output id=\"div-min-value\" for=\"div-min\">0.00</output></label>\n\
         <span id=\"shown\" role=\"status\"></span>\n</form>\n",
    );

    for ((kind, heading, open), members) in SECTIONS.iter().zip(&sections) {
        let _ = write!(
            h,
            "<section class=\"kind\" id=\"s-{kind}\">\n<details{}><summary><h2>{heading} \
             <span class=\"count\" id=\"count-{kind}\">({})</span></h2></summary>\n",
            if *open { " open" } else { "" },
            members.len()
        );
        if members.is_empty() {
            h.push_str("<p class=\"none\">None.</p>\n</details>\n</section>\n");
            continue;
        }
        let _ = write!(
            h,
            "<table class=\"rows\" data-section=\"{kind}\">\n{TABLE_HEAD}"
        );
        let mut prev_sent: Option<SentId> = None;
        for &i in members {
            render_row(&mut h, i, &rows[i], &mut prev_sent);
        }
        h.push_str("</tbody>\n</table>\n</details>\n</section>\n");
    }
    h.push_str("</main>\n");
    render_stamp(&mut h, stamp);
    let _ = write!(h, "<script>{JS}</script>\n</body>\n</html>\n");
    h
}

/// The column set and header row of every section's table.
const TABLE_HEAD: &str = "<colgroup><col class=\"c-num\"><col class=\"c-text\"><col class=\"c-doc\"><col class=\"c-text\">\
<col class=\"c-match\"><col class=\"c-div\"><col class=\"c-flags\"></colgroup>\n<thead><tr>\
<th scope=\"col\" data-sort=\"order\" aria-sort=\"ascending\"><button type=\"button\" title=\"Sort by source order\">#</button></th>\
<th scope=\"col\">Source sentence</th>\
<th scope=\"col\">Report</th>\
<th scope=\"col\">Report sentence</th>\
<th scope=\"col\" data-sort=\"match\"><button type=\"button\" title=\"Sort by match score\">Match</button></th>\
<th scope=\"col\" data-sort=\"div\"><button type=\"button\" title=\"Sort by divergence\">Divergence</button></th>\
<th scope=\"col\">Flags</th></tr></thead>\n<tbody>\n";

/// One table row: row `i` of the output, `prev_sent` the source sentence
/// of the row above it in the same table.
fn render_row(h: &mut String, i: usize, d: &RowDetail, prev_sent: &mut Option<SentId>) {
    let flags = &d.row.flags;
    // The page prints what the CSV prints (ids, rounded scores, notes).
    let r = Record::new(&d.row);
    // The first row of a source sentence opens a group; the others
    // repeat its text, which the stylesheet dims while in source order.
    let mut class = String::from("row");
    if *prev_sent != Some(d.row.source_sent) {
        class.push_str(" first");
    } else {
        class.push_str(" cont");
    }
    *prev_sent = Some(d.row.source_sent);
    if d.row.has(&Flag::Unmatched) {
        class.push_str(" unmatched");
    }
    if is_furniture(flags) {
        class.push_str(" furniture");
    }
    let kinds: Vec<&str> = flags.iter().map(Flag::kind).collect();
    let _ = write!(
        h,
        "<tr class=\"{class}\" data-order=\"{i}\" data-match=\"{}\" data-div=\"{}\" data-flags=\"{}\" data-kind=\"{}\" data-report=\"{}\">",
        r.match_score.unwrap_or(0.0),
        r.divergence.unwrap_or(0.0),
        escape(&kinds.join(" ")),
        r.kind,
        escape(&r.target_doc),
    );
    let _ = write!(
        h,
        "<td class=\"num\">{}</td><td class=\"text\">{}</td>",
        escape(&r.source_sent),
        highlight(
            &r.source_text,
            &marks(&d.source_anchors, flags, Side::Source)
        )
    );
    if d.row.target.is_none() {
        h.push_str("<td class=\"doc\"></td><td class=\"text empty\"></td>");
    } else {
        let _ = write!(
            h,
            "<td class=\"doc\"><span class=\"name\">{}</span> \
             <span class=\"sent\">sentence {}</span></td><td class=\"text\">{}</td>",
            escape(&r.target_doc),
            escape(&r.target_sent),
            highlight(
                &r.target_text,
                &marks(&d.target_anchors, flags, Side::Target)
            )
        );
    }
    let div = r.divergence.unwrap_or(0.0).clamp(0.0, 1.0);
    let _ = write!(
        h,
        "<td class=\"score\">{}</td><td class=\"score div\">\
         <span class=\"meter\" aria-hidden=\"true\"><span style=\"width:{:.0}%\"></span></span>{}</td><td class=\"flags\">",
        fmt_score(r.match_score),
        div * 100.0,
        fmt_score(r.divergence),
    );
    if !flags.is_empty() {
        h.push_str("<ul>");
        for f in flags {
            let _ = write!(
                h,
                "<li class=\"flag {}\">{}</li>",
                flag_class(f),
                escape(&describe(f))
            );
        }
        h.push_str("</ul>");
    }
    if !r.notes.is_empty() {
        let _ = write!(h, "<p class=\"notes\">{}</p>", escape(&r.notes));
    }
    h.push_str("</td></tr>\n");
}

/// The colour legend, on one line; each sample uses the same classes as the
/// table.
const LEGEND: &str = "<ul class=\"legend\" aria-label=\"Legend\">\
<li><mark class=\"a-name\">Name</mark> person, place, organisation</li>\
<li><mark class=\"a-num\">137</mark> number or date</li>\
<li><mark class=\"a-quote\">quoted words</mark> quotation</li>\
<li><mark class=\"a-name warn\">amber</mark> spelled differently or on one side only</li>\
<li><mark class=\"a-num bad\">red</mark> contradicted by the other side</li>\
<li><span class=\"swatch unmatched\"></span>no counterpart</li>\
<li><span class=\"swatch furniture\"></span>boilerplate or caption</li>\
</ul>\n";

const CSS: &str = r#"
:root{--ink:#1d232b;--muted:#5b6573;--line:#d9dee5;--bg:#f6f7f9;--name:#dbe9ff;--name-u:#3568c4;
--num:#dcf3e3;--num-u:#23824a;--quote:#efe4fb;--quote-u:#7a4bb8;--warn:#ffe8b3;--warn-u:#b07800;
--bad:#ffd3d0;--bad-u:#c62a1e;--furn:#eceef1}
[hidden]{display:none!important}
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
header{padding:8px 16px 6px;background:#fff;border-bottom:1px solid var(--line)}
header h1{margin:0;font-size:17px;font-weight:600}
header h1 .docs{font-weight:normal;color:var(--muted);font-size:14px;overflow-wrap:anywhere}
header h1 .docs strong{color:var(--ink)}
ul.totals,ul.reports,ul.legend{list-style:none;margin:3px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:2px 16px;font-size:13px}
ul.totals li.made{color:var(--muted);margin-left:auto}
ul.reports li{overflow-wrap:anywhere}
ul.reports .report{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:12px}
ul.legend{font-size:12px;color:var(--muted)}
ul.legend mark{color:var(--ink)}
.swatch{display:inline-block;width:22px;height:12px;vertical-align:-2px;border:1px solid var(--line);margin-right:4px}
.swatch.unmatched{background:#fff4f3;border-left:4px solid var(--bad-u)}
.swatch.furniture{background:repeating-linear-gradient(135deg,var(--furn) 0 4px,#fff 4px 8px)}
main{padding:6px 16px 16px}
.controls{display:flex;flex-wrap:wrap;gap:6px 20px;align-items:center;margin:0 0 6px;font-size:13px}
.controls select,.controls input[type=search]{font:inherit;padding:1px 4px;max-width:20em}
.controls input[type=range]{vertical-align:middle;width:120px}
#shown,.hint{color:var(--muted)}
section.kind{margin:0 0 8px}
section.kind summary{cursor:pointer;padding:3px 0}
section.kind summary h2{display:inline;font-size:15px;margin:0}
section.kind .count{font-weight:normal;color:var(--muted)}
p.none{margin:2px 0 6px 18px;color:var(--muted)}
table.rows{width:100%;border-collapse:collapse;table-layout:fixed;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.06)}
col.c-num{width:3em}col.c-text{width:33%}col.c-doc{width:9em}col.c-match{width:4.8em}col.c-div{width:7em}col.c-flags{width:17em}
table.rows th{position:sticky;top:0;z-index:1;background:#2c3440;color:#fff;text-align:left;font-weight:600;font-size:12px;padding:4px 6px}
table.rows th button{white-space:nowrap;font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted}
table.rows th[aria-sort=ascending] button::after{content:" \25B2"}
table.rows th[aria-sort=descending] button::after{content:" \25BC"}
table.rows td{padding:4px 6px;vertical-align:top;border-top:1px solid #eef0f3;overflow-wrap:anywhere}
tr.first td{border-top:1px solid #b9c1cc}
td.num{color:var(--muted);font-variant-numeric:tabular-nums}
td.doc{font-size:12px;color:var(--muted)}
td.doc .name{display:block;overflow-wrap:anywhere}
td.doc .sent{white-space:nowrap;color:var(--ink)}
table.rows:not(.sorted) tr.cont td.num,table.rows:not(.sorted) tr.cont td:nth-child(2){opacity:.4}
table.rows:not(.sorted) tr.cont:hover td{opacity:1}
td.score{font-variant-numeric:tabular-nums;text-align:right}
.meter{display:block;height:4px;background:#edf0f3;border-radius:2px;margin:5px 0 2px}
.meter span{display:block;height:100%;border-radius:2px;background:linear-gradient(90deg,#6fbf8b,#e0a400 50%,#d0402f)}
td.flags ul{list-style:none;margin:0;padding:0}
li.flag{display:inline-block;margin:0 4px 2px 0;padding:0 6px;border-radius:9px;font-size:12px;border:1px solid;overflow-wrap:anywhere}
li.flag.bad{background:var(--bad);border-color:var(--bad-u);color:#7d140c}
li.flag.warn{background:var(--warn);border-color:var(--warn-u);color:#5c3f00}
li.flag.furn{background:var(--furn);border-color:#8a94a3;color:#3c4450}
p.notes{margin:2px 0 0;font-size:12px;line-height:1.3;color:var(--muted)}
td.empty::before{content:"no counterpart";color:var(--muted);font-style:italic;font-size:13px}
tr.unmatched td:first-child{border-left:4px solid var(--bad-u)}
tr.unmatched{background:#fff9f8}
tr.furniture{background:repeating-linear-gradient(135deg,#f3f4f6 0 6px,#fff 6px 12px);color:var(--muted)}
tr.furniture td:first-child{border-left:4px solid #8a94a3}
mark{color:inherit;border-radius:2px;padding:0 1px;border-bottom:2px solid var(--u)}
mark.a-name{--u:var(--name-u);background:var(--name)}
mark.a-num{--u:var(--num-u);background:var(--num)}
mark.a-quote{--u:var(--quote-u);background:var(--quote)}
mark mark{border-bottom-width:3px}
mark.warn{background:var(--warn);border-bottom-style:dashed}
mark.bad{background:var(--bad);border-bottom:3px double var(--bad-u);font-weight:600}
footer.stamp{margin:0 16px 24px;padding:8px 12px;background:#fff;border:1px solid var(--line);font-size:12px}
footer.stamp h2{font-size:13px;margin:0 0 4px}
footer.stamp dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0 0 6px}
footer.stamp dt{color:var(--muted)}
footer.stamp dd{margin:0;overflow-wrap:anywhere}
footer.stamp table{border-collapse:collapse;width:100%}
footer.stamp caption{text-align:left;color:var(--muted);padding:2px 0}
footer.stamp th,footer.stamp td{text-align:left;padding:2px 8px 2px 0;border-top:1px solid var(--line);vertical-align:top}
footer.stamp td.file{overflow-wrap:anywhere}
footer.stamp td.bytes{text-align:right;font-variant-numeric:tabular-nums}
footer.stamp code{font-size:11px;overflow-wrap:anywhere}
footer.stamp .hint{margin:4px 0 0}
@media print{th{position:static}.controls{display:none}}
"#;

/// Sorting, filtering and search only; every section is complete without
/// it.
const JS: &str = r#"
(function(){
var slice=function(x){return Array.prototype.slice.call(x);};
var tables=slice(document.querySelectorAll('table.rows'));
var rows=[];tables.forEach(function(t){rows=rows.concat(slice(t.tBodies[0].rows));});
// What the search reads: both sides' text, lower-cased once.
var texts=rows.map(function(r){return slice(r.querySelectorAll('td.text')).map(function(c){return c.textContent;}).join('\n').toLowerCase();});
var form=document.getElementById('controls');form.hidden=false;
form.addEventListener('submit',function(e){e.preventDefault();});
var sel=document.getElementById('flag-filter'),rep=document.getElementById('report-filter');
var q=document.getElementById('search'),rng=document.getElementById('div-min');
var out=document.getElementById('div-min-value'),shown=document.getElementById('shown');
var heads=slice(document.querySelectorAll('table.rows th[data-sort]'));
var sorted={key:'order',dir:'ascending'};
function label(){
return sorted.key==='order'?(sorted.dir==='ascending'?'in source order':'in source order, last first')
:'by '+(sorted.key==='div'?'divergence':'match score')+(sorted.dir==='ascending'?', lowest first':', highest first');}
function filter(){
var f=sel.value,rp=rep.value,min=parseFloat(rng.value)||0,n=0;out.value=min.toFixed(2);
var words=q.value.toLowerCase().split(/\s+/).filter(function(w){return w;});
rows.forEach(function(r,i){
var kinds=r.getAttribute('data-flags');kinds=kinds?kinds.split(' '):[];
var ok=f===''||(f==='-none'?kinds.length===0:f==='-any'?kinds.length>0:kinds.indexOf(f)>=0);
ok=ok&&parseFloat(r.getAttribute('data-div'))>=min-1e-9;
ok=ok&&(rp===''||r.getAttribute('data-report')===rp);
ok=ok&&words.every(function(w){return texts[i].indexOf(w)>=0;});
r.hidden=!ok;if(ok)n++;});
tables.forEach(function(t){
var all=t.tBodies[0].rows.length,vis=slice(t.tBodies[0].rows).filter(function(r){return !r.hidden;}).length;
document.getElementById('count-'+t.getAttribute('data-section')).textContent=vis===all?'('+all+')':'('+vis+' of '+all+')';});
shown.textContent=n+' of '+rows.length+' rows shown, '+label();}
function sortBy(key,dir){
heads.forEach(function(h){if(h.getAttribute('data-sort')===key)h.setAttribute('aria-sort',dir);else h.removeAttribute('aria-sort');});
var s=dir==='ascending'?1:-1;
tables.forEach(function(t){var tb=t.tBodies[0];
slice(tb.rows).sort(function(a,b){
var d=(parseFloat(a.getAttribute('data-'+key))-parseFloat(b.getAttribute('data-'+key)))*s;
return d||(a.getAttribute('data-order')-b.getAttribute('data-order'));
}).forEach(function(r){tb.appendChild(r);});
t.classList.toggle('sorted',key!=='order'||dir!=='ascending');});
sorted={key:key,dir:dir};}
// The view lives in the address (#report=...&flag=...&q=...&min=...&sort=div&dir=desc),
// so a reviewer can bookmark or share it.
function save(){
var p=[];if(rep.value)p.push('report='+encodeURIComponent(rep.value));
if(sel.value)p.push('flag='+encodeURIComponent(sel.value));
if(q.value)p.push('q='+encodeURIComponent(q.value));
if(parseFloat(rng.value)>0)p.push('min='+rng.value);
if(sorted.key!=='order'||sorted.dir!=='ascending')p.push('sort='+sorted.key,'dir='+(sorted.dir==='ascending'?'asc':'desc'));
try{history.replaceState(null,'',p.length?'#'+p.join('&'):location.pathname+location.search);}catch(e){}}
function changed(){filter();save();}
sel.addEventListener('change',changed);rep.addEventListener('change',changed);
q.addEventListener('input',changed);rng.addEventListener('input',changed);
heads.forEach(function(th){th.querySelector('button').addEventListener('click',function(){
var key=th.getAttribute('data-sort'),cur=th.getAttribute('aria-sort');
sortBy(key,cur?(cur==='ascending'?'descending':'ascending'):(key==='order'?'ascending':'descending'));changed();});});
var want={};location.hash.replace(/^#/,'').split('&').forEach(function(kv){
var i=kv.indexOf('=');if(i>0){try{want[kv.slice(0,i)]=decodeURIComponent(kv.slice(i+1));}catch(e){}}});
function pick(s,v){for(var i=0;i<s.options.length;i++)if(s.options[i].value===v)s.value=v;}
pick(sel,want.flag);pick(rep,want.report);
if(want.q)q.value=want.q;
if(want.min&&!isNaN(parseFloat(want.min)))rng.value=want.min;
if(['order','match','div'].indexOf(want.sort)>=0)sortBy(want.sort,want.dir==='asc'?'ascending':'descending');
filter();
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchors::{NameAnchor, QuoteAnchor};
    use crate::pipeline::{Row, Target};
    use crate::text::doc::DocId;

    fn row(source_text: &str, target_text: &str, flags: Vec<Flag>) -> Row {
        Row {
            source_doc: DocId("s.txt".into()),
            source_sent: SentId::single(1),
            source_text: source_text.into(),
            target: (!target_text.is_empty()).then(|| Target {
                doc: DocId("r.txt".into()),
                sent: SentId::single(2),
                text: target_text.into(),
            }),
            match_score: 0.5,
            divergence: 0.25,
            name_score: None,
            number_score: None,
            quote_score: None,
            flags,
            names_only_in_source: Vec::new(),
            anchors_capped: false,
        }
    }

    fn detail(r: Row) -> RowDetail {
        let target_text = r.target.as_ref().map_or("", |t| t.text.as_str());
        let src = Anchors::extract(&r.source_text, crate::Lang::Id);
        let tgt = Anchors::extract(target_text, crate::Lang::En);
        RowDetail {
            row: r,
            source_anchors: src,
            target_anchors: tgt,
        }
    }

    fn mark(span: Range<usize>, class: &str) -> Mark {
        Mark {
            span,
            class: class.into(),
            title: class.into(),
        }
    }

    #[test]
    fn hostile_text_is_escaped_everywhere() {
        let evil = "<script>alert(1)</script> \"onmouseover=alert(2) 'x' & <img src=x>";
        let mut r = row(
            evil,
            evil,
            vec![Flag::NameVariant("<b>".into(), "\"onmouseover=".into())],
        );
        r.source_doc = DocId("<i>s.txt".into());
        r.target.as_mut().unwrap().doc = DocId("\"r.txt".into());
        // The notes list these names, so the notes carry markup too.
        r.names_only_in_source = vec!["<script>".into()];
        let reports = vec!["\"r.txt".to_owned()];
        // Once with the anchors found in it (marks split the text), once
        // without (the escaped text reads through).
        let bare = RowDetail {
            row: r.clone(),
            source_anchors: Anchors::default(),
            target_anchors: Anchors::default(),
        };
        // The stamp carries names from the command line and the disk.
        let stamp = Stamp {
            version: "<b>0.1".into(),
            time: 0,
            command: evil.into(),
            inputs: vec![StampedFile {
                role: "source",
                path: "<img src=x onerror=alert(3)>.txt".into(),
                digest: FileDigest::of(b"x"),
            }],
        };
        let page = render("<i>s.txt", &reports, &[detail(r), bare], &stamp);
        // The only script element is the page's own.
        assert_eq!(page.matches("<script").count(), 1, "{page}");
        assert!(!page.contains("<img"));
        assert!(!page.contains("<i>"));
        assert!(!page.contains("<b>"));
        assert!(!page.contains("\"onmouseover"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("&quot;onmouseover=alert(2) &#39;x&#39; &amp; &lt;img"));
        assert!(page.contains("<td class=\"file\">&lt;img src=x onerror=alert(3)&gt;.txt</td>"));
        assert!(page.contains("<option value=\"&quot;r.txt\">&quot;r.txt</option>"));
    }

    #[test]
    fn the_page_is_self_contained() {
        let page = render(
            "s.txt",
            &["r.txt".into()],
            &[detail(row("a", "b", Vec::new()))],
            &Stamp::default(),
        );
        for needle in [
            "http:", "https:", "//cdn", "<link", "src=", "url(", "@import",
        ] {
            assert!(!page.contains(needle), "page contains {needle}");
        }
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.trim_end().ends_with("</html>"));
    }

    #[test]
    fn one_tr_per_row_and_unmatched_rows_keep_an_empty_target_cell() {
        let rows = vec![
            detail(row(
                "Satu 137 orang.",
                "One 144 people.",
                vec![Flag::NumberMismatch("137".into(), "144".into())],
            )),
            detail(row("Dua.", "Two.", Vec::new())),
            detail(row("Tiga.", "", vec![Flag::Unmatched])),
            detail(row("Klik di sini.", "", vec![Flag::Boilerplate])),
        ];
        let page = render("s.txt", &["r.txt".into()], &rows, &Stamp::default());
        assert_eq!(page.matches("<tr class=\"row").count(), rows.len());
        // Each row opens its section's group of the same source sentence.
        assert!(page.contains("<tr class=\"row first\""));
        assert!(page.contains("<tr class=\"row first unmatched\""));
        assert!(page.contains("<tr class=\"row first furniture\""));
        assert!(!page.contains("\"row cont"));
        assert!(page.contains("<td class=\"text empty\"></td>"));
        // Each row carries the CSV's kind.
        let kinds: Vec<&str> = page
            .split(" data-kind=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
            .collect();
        assert_eq!(kinds, ["drift", "aligned", "unmatched", "furniture"]);
        // Both sides of the mismatch are red, with the flag in the tooltip.
        assert!(page.contains(
            "<mark class=\"a-num bad\" title=\"number 137 \u{2014} number_mismatch: 137 | 144\">137</mark>"
        ));
        assert!(page.contains("<mark class=\"a-num bad\" title=\"number 144"));
        // The filter lists the kinds present, with their counts.
        assert!(page.contains("<option value=\"unmatched\">unmatched (1)</option>"));
        assert!(!page.contains("<option value=\"quote_missing\""));
    }

    #[test]
    fn an_empty_alignment_still_makes_a_page() {
        let page = render("s.txt", &["r.txt".into()], &[], &Stamp::default());
        assert_eq!(page.matches("<tr class=\"row").count(), 0);
        assert!(page.contains("<strong>0</strong> unmatched"));
        assert!(page.contains("<span class=\"report\">r.txt</span> carries <strong>0</strong>"));
        // Every section is there, saying it is empty.
        assert_eq!(page.matches("<p class=\"none\">None.</p>").count(), 4);
    }

    /// The rows of `page`'s section `kind`: their `data-kind`s and the
    /// section's opening tag.
    fn section<'p>(page: &'p str, kind: &str) -> (&'p str, Vec<&'p str>) {
        let start = page
            .find(&format!("<section class=\"kind\" id=\"s-{kind}\">"))
            .unwrap_or_else(|| panic!("no section {kind}"));
        let body = &page[start..];
        let body = &body[..body.find("</section>").unwrap()];
        let kinds = body
            .split(" data-kind=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
            .collect();
        (body, kinds)
    }

    #[test]
    fn drift_comes_first_and_unmatched_and_furniture_are_folded() {
        // Source order: aligned, unmatched, drift, furniture, drift.
        let rows = vec![
            detail(row("Dua.", "Two.", Vec::new())),
            detail(row("Tiga.", "", vec![Flag::Unmatched])),
            detail(row(
                "Satu 137 orang.",
                "One 144 people.",
                vec![Flag::NumberMismatch("137".into(), "144".into())],
            )),
            detail(row("Klik di sini.", "", vec![Flag::Boilerplate])),
            detail(row(
                "Empat 5.",
                "Four.",
                vec![Flag::NumberMissing("5".into())],
            )),
        ];
        assert_eq!(
            sections(&rows),
            [vec![2, 4], vec![0], vec![1], vec![3]],
            "drift, aligned, unmatched, furniture; source order inside each"
        );
        let page = render("s.txt", &["r.txt".into()], &rows, &Stamp::default());
        let at = |kind: &str| page.find(&format!("id=\"s-{kind}\"")).unwrap();
        assert!(at("drift") < at("aligned"));
        assert!(at("aligned") < at("unmatched"));
        assert!(at("unmatched") < at("furniture"));
        for (kind, open, want) in [
            ("drift", true, vec!["drift", "drift"]),
            ("aligned", true, vec!["aligned"]),
            ("unmatched", false, vec!["unmatched"]),
            ("furniture", false, vec!["furniture"]),
        ] {
            let (body, kinds) = section(&page, kind);
            assert_eq!(kinds, want, "{kind}");
            assert_eq!(body.contains("<details open>"), open, "{kind}: {body}");
            assert!(body.contains("<details"), "{kind}");
        }
        // The rows keep their place in the CSV for sorting back.
        assert!(page.contains("data-order=\"2\""));
        let (drift, _) = section(&page, "drift");
        assert!(drift.find("data-order=\"2\"").unwrap() < drift.find("data-order=\"4\"").unwrap());
    }

    #[test]
    fn without_javascript_the_controls_are_hidden() {
        let page = render(
            "s.txt",
            &["r.txt".into(), "a report with a long name.txt".into()],
            &[detail(row("a", "b", Vec::new()))],
            &Stamp::default(),
        );
        assert!(page.contains("<form id=\"controls\" class=\"controls\" hidden>"));
        // `hidden` wins over the form's own `display`.
        assert!(CSS.contains("[hidden]{display:none!important}"));
        // The filters: each report by its full name, and the search.
        assert!(page.contains("<option value=\"a report with a long name.txt\">a report with a long name.txt</option>"));
        assert!(page.contains("<input id=\"search\" type=\"search\""));
        assert!(page.contains("data-report=\"r.txt\""));
        // Names wrap; nothing cuts them.
        assert!(!CSS.contains("ellipsis"));
    }

    #[test]
    fn the_stamp_lists_the_run_and_every_input() {
        let stamp = Stamp {
            version: "9.8.7".into(),
            time: 1_764_894_187,
            command: "selaras align --source 'a b.txt'".into(),
            inputs: vec![
                StampedFile {
                    role: "source",
                    path: "a b.txt".into(),
                    digest: FileDigest::of(b"abc"),
                },
                StampedFile {
                    role: "report",
                    path: "r.txt".into(),
                    digest: FileDigest::of(b""),
                },
            ],
        };
        let page = render("a b.txt", &["r.txt".into()], &[], &stamp);
        assert!(page.contains("<dd>selaras 9.8.7</dd>"));
        assert!(
            page.contains("<time datetime=\"2025-12-05T00:23:07Z\">2025-12-05 00:23:07 UTC</time>")
        );
        assert!(page.contains("<code>selaras align --source &#39;a b.txt&#39;</code>"));
        assert!(page.contains(
            "<tr><td>source</td><td class=\"file\">a b.txt</td><td class=\"bytes\">3</td>\
             <td><code>ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad</code></td></tr>"
        ));
        assert!(page.contains("<td class=\"bytes\">0</td><td><code>e3b0c442"));
        // The header names the version and date and links to the stamp.
        assert!(page.contains(
            "selaras 9.8.7 &middot; 2025-12-05 00:23:07 UTC &middot; <a href=\"#stamp\">"
        ));
    }

    #[test]
    fn dates_print_in_utc() {
        assert_eq!(utc_date(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(utc_date(951_782_400), "2000-02-29 00:00:00 UTC");
        assert_eq!(utc_date(1_709_251_199), "2024-02-29 23:59:59 UTC");
        assert_eq!(utc_date(4_107_542_400), "2100-03-01 00:00:00 UTC");
        assert_eq!(utc_date(LATEST_TIME), "9999-12-31 23:59:59 UTC");
        assert_eq!(utc_date(u64::MAX), "9999-12-31 23:59:59 UTC");
    }

    #[test]
    fn marks_nest_and_crossing_marks_are_dropped() {
        let text = "abcdefghij";
        // A quote 1..9 holding a name 2..4; a number 3..6 crosses the name's
        // end and goes; 7..12 is out of range and goes; 8..9 nests.
        let marks = [
            mark(2..4, "n"),
            mark(1..9, "q"),
            mark(3..6, "x"),
            mark(7..12, "y"),
            mark(8..9, "z"),
        ];
        let html = highlight(text, &marks);
        assert_eq!(
            html,
            "a<mark class=\"q\" title=\"q\">b<mark class=\"n\" title=\"n\">cd</mark>efgh\
             <mark class=\"z\" title=\"z\">i</mark></mark>j"
        );
        // The same with the spans on multi-byte text, off a char boundary.
        let html = highlight("é<b>", &[mark(1..2, "bad"), mark(2..5, "ok")]);
        assert_eq!(html, "é<mark class=\"ok\" title=\"ok\">&lt;b&gt;</mark>");
    }

    #[test]
    fn flags_colour_the_anchors_they_name() {
        let flags = [
            Flag::NameVariant("Dmitri".into(), "Dmitry".into()),
            Flag::SpeakerMismatch("Reuters".into(), "TASS".into()),
            Flag::NumberMissing("5".into()),
            Flag::QuoteChanged("kami".into()),
        ];
        assert_eq!(describe(&flags[0]), "name_variant: Dmitri | Dmitry");
        assert_eq!(describe(&flags[2]), "number_missing: 5");
        assert_eq!(describe(&Flag::NumberAdded("6".into())), "number_added: 6");
        assert_eq!(
            describe(&Flag::QuoteChanged(String::new())),
            "quote_changed"
        );
        assert_eq!(describe(&Flag::Unmatched), "unmatched");
        let anchors = Anchors {
            names: vec![
                NameAnchor {
                    text: "Dmitri".into(),
                    key: "dmitri".into(),
                    span: 0..6,
                    initial: false,
                    bracketed: false,
                },
                NameAnchor {
                    text: "Reuters".into(),
                    key: "reuters".into(),
                    span: 7..14,
                    initial: false,
                    bracketed: false,
                },
                NameAnchor {
                    text: "Putin".into(),
                    key: "putin".into(),
                    span: 15..20,
                    initial: false,
                    bracketed: false,
                },
            ],
            numbers: Vec::new(),
            quotes: vec![QuoteAnchor {
                text: "kami".into(),
                span: 22..26,
                speaker: None,
                via: None,
                refers_back: false,
                antecedent: None,
            }],
            portfolios: Vec::new(),
        };
        let classes: Vec<String> = marks(&anchors, &flags, Side::Source)
            .into_iter()
            .map(|m| m.class)
            .collect();
        assert_eq!(
            classes,
            ["a-name warn", "a-name bad", "a-name", "a-quote warn"]
        );
        // On the target side the source values name nothing.
        let classes: Vec<String> = marks(&anchors, &flags, Side::Target)
            .into_iter()
            .map(|m| m.class)
            .collect();
        assert_eq!(classes, ["a-name", "a-name", "a-name", "a-quote warn"]);
    }

    /// A ministry English writes in lowercase is marked by its portfolio,
    /// red when a portfolio put in its place quotes it; one a name already
    /// covers is not marked twice.
    #[test]
    fn portfolios_are_marked_and_a_replaced_one_is_red() {
        let flags = vec![Flag::NameMismatch(
            "Kementerian Perdagangan".into(),
            "finance ministry".into(),
        )];
        let en = Anchors::extract("The finance ministry said on Monday.", crate::Lang::En);
        let found = marks(&en, &flags, Side::Target);
        let ministry: Vec<(&str, &str)> = found
            .iter()
            .filter(|m| m.title.starts_with("ministry"))
            .map(|m| (m.class.as_str(), m.title.as_str()))
            .collect();
        assert_eq!(
            ministry,
            [(
                "a-name bad",
                "ministry finance ministry (portfolio: finance) \u{2014} \
                 name_mismatch: Kementerian Perdagangan | finance ministry"
            )]
        );
        // The source's mention is a name too: one mark, the name's.
        let id = Anchors::extract("Kementerian Perdagangan berkata.", crate::Lang::Id);
        assert_eq!(id.portfolios.len(), 1);
        let found = marks(&id, &flags, Side::Source);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].class, "a-name bad");
    }
}
