//! The human view of an alignment: one self-contained HTML review page.
//!
//! In: the rows with both sides' anchors ([`RowDetail`]), the source's name
//! and the reports' names. Out: a `String` holding a complete HTML document
//! (inline CSS and a small inline script, nothing fetched from anywhere):
//! a summary, a colour legend, and one table row per output row with source
//! and target side by side, their names, numbers and quotes highlighted from
//! the anchor spans and coloured by the row's flags. Pure: no I/O.
//!
//! Safety: every piece of input text goes through [`escape`] before it
//! reaches the page, in element content and in attribute values alike; the
//! only raw markup is the page's own constant template.
//!
//! Without JavaScript the page is a complete static table in source order;
//! the script only sorts (click a column header) and filters (flag kind,
//! minimum divergence), and the controls stay hidden until it runs.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::ops::Range;

use crate::anchors::{numbers, Anchors};
use crate::judge::divergence::{clean, Flag};
use crate::pipeline::RowDetail;
use crate::report::output::Record;
use crate::text::doc::SentId;

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
        let found = flags
            .iter()
            .filter_map(|f| {
                // A missing value has only a source side and an added one
                // only a target side, so the side's value decides.
                let names_it = side.value(f).is_some_and(|own| own == v);
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

/// The complete review page for the rows of one alignment of `source`
/// against `reports` (the names as printed in the rows).
pub fn render(source: &str, reports: &[String], rows: &[RowDetail]) -> String {
    let mut h = String::with_capacity(4096 + rows.len() * 1024);
    let has_kind = |flags: &[Flag], kind: &str| flags.iter().any(|f| f.kind() == kind);

    // Summary figures, counted from the rows themselves so the page agrees
    // with the CSV it accompanies.
    let mut source_sents: Vec<SentId> = rows.iter().map(|d| d.row.source_sent).collect();
    source_sents.dedup();
    let unmatched = rows.iter().filter(|d| d.row.has(&Flag::Unmatched)).count();
    let furniture = rows.iter().filter(|d| is_furniture(&d.row.flags)).count();
    let flagged = rows
        .iter()
        .filter(|d| d.row.target.is_some() && !d.row.flags.is_empty())
        .count();
    let kinds: BTreeSet<&str> = rows
        .iter()
        .flat_map(|d| &d.row.flags)
        .map(Flag::kind)
        .collect();

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
        "<header>\n<h1>Alignment review</h1>\n<p class=\"docs\">Source <strong>{}</strong> \
         compared with {} report{}.</p>\n",
        escape(source),
        reports.len(),
        if reports.len() == 1 { "" } else { "s" }
    );

    // Summary: per report, how many source sentences it carries.
    h.push_str(
        "<table class=\"summary\">\n<caption>Summary</caption>\n\
         <thead><tr><th scope=\"col\">Report</th><th scope=\"col\">Source sentences aligned</th></tr></thead>\n<tbody>\n",
    );
    for name in reports {
        let mut sents: Vec<SentId> = rows
            .iter()
            .filter(|d| d.row.target.as_ref().is_some_and(|t| &t.doc.0 == name))
            .map(|d| d.row.source_sent)
            .collect();
        sents.dedup();
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            escape(name),
            sents.len()
        );
    }
    let _ = write!(
        h,
        "</tbody>\n</table>\n<ul class=\"totals\">\
         <li><strong>{}</strong> source sentences</li>\
         <li><strong>{}</strong> rows</li>\
         <li><strong>{unmatched}</strong> unmatched</li>\
         <li><strong>{furniture}</strong> boilerplate or caption</li>\
         <li><strong>{flagged}</strong> aligned rows with flags</li></ul>\n",
        source_sents.len(),
        rows.len(),
    );
    h.push_str(LEGEND);
    h.push_str("</header>\n<main>\n");

    // Controls: hidden until the script runs, since they do nothing
    // without it.
    h.push_str(
        "<form id=\"controls\" class=\"controls\" hidden>\n\
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
         <label>Divergence at least <input id=\"div-min\" type=\"range\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0\"> \
         <output id=\"div-min-value\" for=\"div-min\">0.00</output></label>\n\
         <span id=\"shown\" role=\"status\"></span>\n</form>\n",
    );

    h.push_str(
        "<table id=\"rows\" class=\"rows\">\n<caption id=\"rows-caption\">Aligned sentences, in source order</caption>\n\
         <colgroup><col class=\"c-num\"><col class=\"c-text\"><col class=\"c-doc\"><col class=\"c-text\">\
         <col class=\"c-score\"><col class=\"c-score\"><col class=\"c-flags\"></colgroup>\n<thead><tr>\
         <th scope=\"col\" data-sort=\"order\" aria-sort=\"ascending\"><button type=\"button\">#</button></th>\
         <th scope=\"col\">Source sentence</th>\
         <th scope=\"col\">Report</th>\
         <th scope=\"col\">Report sentence</th>\
         <th scope=\"col\" data-sort=\"match\"><button type=\"button\">Match</button></th>\
         <th scope=\"col\" data-sort=\"div\"><button type=\"button\">Divergence</button></th>\
         <th scope=\"col\">Flags</th></tr></thead>\n<tbody>\n",
    );
    let mut prev_sent: Option<SentId> = None;
    for (i, d) in rows.iter().enumerate() {
        let flags = &d.row.flags;
        // The page prints what the CSV prints (ids, rounded scores, notes).
        let r = Record::new(&d.row);
        // The first row of a source sentence opens a group; the others
        // repeat its text, which the stylesheet dims while in source order.
        let mut class = String::from("row");
        if prev_sent != Some(d.row.source_sent) {
            class.push_str(" first");
        } else {
            class.push_str(" cont");
        }
        prev_sent = Some(d.row.source_sent);
        if d.row.has(&Flag::Unmatched) {
            class.push_str(" unmatched");
        }
        if is_furniture(flags) {
            class.push_str(" furniture");
        }
        let kinds: Vec<&str> = flags.iter().map(Flag::kind).collect();
        let _ = write!(
            h,
            "<tr class=\"{class}\" data-order=\"{i}\" data-match=\"{}\" data-div=\"{}\" data-flags=\"{}\" data-kind=\"{}\">",
            r.match_score.unwrap_or(0.0),
            r.divergence.unwrap_or(0.0),
            escape(&kinds.join(" ")),
            r.kind
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
                "<td class=\"doc\"><span class=\"name\" title=\"{0}\">{0}</span> \
                 <span class=\"sent\">sentence {1}</span></td><td class=\"text\">{2}</td>",
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
    h.push_str("</tbody>\n</table>\n</main>\n");
    let _ = write!(h, "<script>{JS}</script>\n</body>\n</html>\n");
    h
}

/// The colour legend; each sample uses the same classes as the table.
const LEGEND: &str = "<section class=\"legend\" aria-labelledby=\"legend-h\">\n\
<h2 id=\"legend-h\">Legend</h2>\n<ul>\
<li><mark class=\"a-name\">Name</mark> person, place or organisation</li>\
<li><mark class=\"a-num\">137</mark> number or date</li>\
<li><mark class=\"a-quote\">quoted words</mark> quotation</li>\
<li><mark class=\"a-name warn\">amber</mark> spelled differently, or only on one side</li>\
<li><mark class=\"a-num bad\">red</mark> contradicts the other side (different value, name or speaker)</li>\
<li><span class=\"swatch unmatched\"></span> no report carries the sentence</li>\
<li><span class=\"swatch furniture\"></span> boilerplate or photo caption</li>\
</ul>\n<p class=\"hint\">Hover a highlight for the flag that concerns it. \
Click <em>#</em>, <em>Match</em> or <em>Divergence</em> to sort; \
the address keeps the view (<code>#flag=number_mismatch&amp;sort=div&amp;dir=desc</code>).</p>\n</section>\n";

const CSS: &str = r#"
:root{--ink:#1d232b;--muted:#5b6573;--line:#d9dee5;--bg:#f6f7f9;--name:#dbe9ff;--name-u:#3568c4;
--num:#dcf3e3;--num-u:#23824a;--quote:#efe4fb;--quote-u:#7a4bb8;--warn:#ffe8b3;--warn-u:#b07800;
--bad:#ffd3d0;--bad-u:#c62a1e;--furn:#eceef1}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
header{padding:20px 28px 8px;background:#fff;border-bottom:1px solid var(--line);display:grid;grid-template-columns:auto auto 1fr;gap:8px 36px;align-items:start}
header h1{grid-column:1/-1;margin:0;font-size:22px}
header .docs{grid-column:1/-1;margin:0 0 6px;color:var(--muted)}
table.summary{border-collapse:collapse;font-size:14px}
table.summary caption,.legend h2{text-align:left;font-weight:600;font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:0 0 4px}
table.summary th,table.summary td{padding:3px 12px 3px 0;border-bottom:1px solid var(--line);text-align:left;font-weight:normal}
table.summary td{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
ul.totals{list-style:none;margin:22px 0 0;padding:0;font-size:14px}
ul.totals li{margin:2px 0}
.legend ul{list-style:none;margin:0;padding:0;font-size:14px;columns:2;column-gap:28px}
.legend li{margin:3px 0;break-inside:avoid}
.legend .hint{font-size:13px;color:var(--muted);margin:6px 0}
.swatch{display:inline-block;width:28px;height:14px;vertical-align:-2px;border:1px solid var(--line);margin-right:4px}
.swatch.unmatched{background:#fff4f3;border-left:4px solid var(--bad-u)}
.swatch.furniture{background:repeating-linear-gradient(135deg,var(--furn) 0 4px,#fff 4px 8px)}
main{padding:12px 28px 40px}
.controls{display:flex;gap:28px;align-items:center;margin:0 0 10px;font-size:14px}
.controls select{font:inherit;padding:2px 4px}
.controls input[type=range]{vertical-align:middle;width:180px}
#shown{color:var(--muted)}
table.rows{width:100%;border-collapse:collapse;table-layout:fixed;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.06)}
table.rows caption{text-align:left;font-weight:600;padding:4px 0 8px}
col.c-num{width:3.2em}col.c-text{width:33%}col.c-doc{width:8.5em}col.c-score{width:6.8em}col.c-flags{width:17em}
table.rows th{position:sticky;top:0;z-index:1;background:#2c3440;color:#fff;text-align:left;font-weight:600;font-size:13px;padding:7px 8px}
table.rows th button{white-space:nowrap;font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted}
table.rows th[aria-sort=ascending] button::after{content:" \25B2"}
table.rows th[aria-sort=descending] button::after{content:" \25BC"}
table.rows td{padding:7px 8px;vertical-align:top;border-top:1px solid #eef0f3;overflow-wrap:anywhere}
tr.first td{border-top:1px solid #b9c1cc}
td.num{color:var(--muted);font-variant-numeric:tabular-nums}
td.doc{font-size:12px;color:var(--muted)}
td.doc .name{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
td.doc .sent{white-space:nowrap;color:var(--ink)}
table.rows:not(.sorted) tr.cont td.num,table.rows:not(.sorted) tr.cont td:nth-child(2){opacity:.4}
table.rows:not(.sorted) tr.cont:hover td{opacity:1}
td.score{font-variant-numeric:tabular-nums;text-align:right}
.meter{display:block;height:5px;background:#edf0f3;border-radius:3px;margin:6px 0 3px}
.meter span{display:block;height:100%;border-radius:3px;background:linear-gradient(90deg,#6fbf8b,#e0a400 50%,#d0402f)}
td.flags ul{list-style:none;margin:0;padding:0}
li.flag{display:inline-block;margin:0 4px 3px 0;padding:0 6px;border-radius:9px;font-size:12px;border:1px solid}
li.flag.bad{background:var(--bad);border-color:var(--bad-u);color:#7d140c}
li.flag.warn{background:var(--warn);border-color:var(--warn-u);color:#5c3f00}
li.flag.furn{background:var(--furn);border-color:#8a94a3;color:#3c4450}
p.notes{margin:3px 0 0;font-size:12px;color:var(--muted)}
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
@media print{header{display:block}th{position:static}.controls{display:none}}
"#;

/// Sorting and filtering only; the table is complete without it.
const JS: &str = r#"
(function(){
var table=document.getElementById('rows'),tbody=table.tBodies[0];
var rows=Array.prototype.slice.call(tbody.querySelectorAll('tr.row'));
var form=document.getElementById('controls');form.hidden=false;
form.addEventListener('submit',function(e){e.preventDefault();});
var sel=document.getElementById('flag-filter'),rng=document.getElementById('div-min');
var out=document.getElementById('div-min-value'),shown=document.getElementById('shown');
var heads=Array.prototype.slice.call(table.querySelectorAll('th[data-sort]'));
var sorted={key:'order',dir:'ascending'};
function filter(){
var f=sel.value,min=parseFloat(rng.value)||0,n=0;out.value=min.toFixed(2);
rows.forEach(function(r){
var kinds=r.getAttribute('data-flags');kinds=kinds?kinds.split(' '):[];
var ok=f===''||(f==='-none'?kinds.length===0:f==='-any'?kinds.length>0:kinds.indexOf(f)>=0);
ok=ok&&parseFloat(r.getAttribute('data-div'))>=min-1e-9;
r.hidden=!ok;if(ok)n++;});
shown.textContent=n+' of '+rows.length+' rows shown';}
function sortBy(key,dir){
var th=table.querySelector('th[data-sort="'+key+'"]');if(!th)return;
heads.forEach(function(h){h.removeAttribute('aria-sort');});th.setAttribute('aria-sort',dir);
var s=dir==='ascending'?1:-1;
rows.slice().sort(function(a,b){
var d=(parseFloat(a.getAttribute('data-'+key))-parseFloat(b.getAttribute('data-'+key)))*s;
return d||(a.getAttribute('data-order')-b.getAttribute('data-order'));
}).forEach(function(r){tbody.appendChild(r);});
sorted={key:key,dir:dir};
var label=key==='order'?(dir==='ascending'?'in source order':'in source order, last first')
:'by '+(key==='div'?'divergence':'match score')+(dir==='ascending'?', lowest first':', highest first');
document.getElementById('rows-caption').textContent='Aligned sentences, '+label;
table.classList.toggle('sorted',key!=='order'||dir!=='ascending');}
// The view lives in the address (#flag=...&min=...&sort=div&dir=desc), so a
// reviewer can bookmark or share it.
function save(){
var p=[];if(sel.value)p.push('flag='+encodeURIComponent(sel.value));
if(parseFloat(rng.value)>0)p.push('min='+rng.value);
if(sorted.key!=='order'||sorted.dir!=='ascending')p.push('sort='+sorted.key,'dir='+(sorted.dir==='ascending'?'asc':'desc'));
try{history.replaceState(null,'',p.length?'#'+p.join('&'):location.pathname+location.search);}catch(e){}}
sel.addEventListener('change',function(){filter();save();});
rng.addEventListener('input',function(){filter();save();});
heads.forEach(function(th){th.querySelector('button').addEventListener('click',function(){
var key=th.getAttribute('data-sort'),cur=th.getAttribute('aria-sort');
sortBy(key,cur?(cur==='ascending'?'descending':'ascending'):(key==='order'?'ascending':'descending'));save();});});
var want={};location.hash.replace(/^#/,'').split('&').forEach(function(kv){
var i=kv.indexOf('=');if(i>0)want[kv.slice(0,i)]=decodeURIComponent(kv.slice(i+1));});
for(var i=0;i<sel.options.length;i++)if(sel.options[i].value===want.flag)sel.value=want.flag;
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
        let page = render("<i>s.txt", &reports, &[detail(r), bare]);
        // The only script element is the page's own.
        assert_eq!(page.matches("<script").count(), 1, "{page}");
        assert!(!page.contains("<img"));
        assert!(!page.contains("<i>"));
        assert!(!page.contains("<b>"));
        assert!(!page.contains("\"onmouseover"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("&quot;onmouseover=alert(2) &#39;x&#39; &amp; &lt;img"));
    }

    #[test]
    fn the_page_is_self_contained() {
        let page = render(
            "s.txt",
            &["r.txt".into()],
            &[detail(row("a", "b", Vec::new()))],
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
        let page = render("s.txt", &["r.txt".into()], &rows);
        assert_eq!(page.matches("<tr class=\"row").count(), rows.len());
        assert!(page.contains("<tr class=\"row first\""));
        assert!(page.contains("<tr class=\"row cont unmatched\""));
        assert!(page.contains("<tr class=\"row cont furniture\""));
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
        let page = render("s.txt", &["r.txt".into()], &[]);
        assert_eq!(page.matches("<tr class=\"row").count(), 0);
        assert!(page.contains("<strong>0</strong> unmatched"));
        assert!(page.contains("<th scope=\"row\">r.txt</th><td>0</td>"));
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
                },
                NameAnchor {
                    text: "Reuters".into(),
                    key: "reuters".into(),
                    span: 7..14,
                    initial: false,
                },
                NameAnchor {
                    text: "Putin".into(),
                    key: "putin".into(),
                    span: 15..20,
                    initial: false,
                },
            ],
            numbers: Vec::new(),
            quotes: vec![QuoteAnchor {
                text: "kami".into(),
                span: 22..26,
                speaker: None,
                via: None,
            }],
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
}
