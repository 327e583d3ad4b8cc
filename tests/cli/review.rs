//! The review outputs end to end: `--format jsonl` with anchors and
//! `--html`, run through the binary on the seed texts. Checks that every
//! anchor span printed in the JSONL points at its own text, that the JSONL
//! carries the same rows as the CSV, and that the page has one data row per
//! CSV row and refuses to overwrite an input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/seeds");
const SOURCE: &str = "000_31f64dc309fd023f.txt";
const REPORTS: [&str; 3] = [
    "001_3e425f8097483d0b.txt",
    "002_45c968010e991f99.txt",
    "003_61f1ce00a828e056.txt",
];

fn seed(name: &str) -> PathBuf {
    Path::new(SEEDS).join(name)
}

/// Runs `selaras align` on the seeds with `extra` arguments in `dir`.
fn align(dir: &Path, extra: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_selaras"));
    cmd.current_dir(dir)
        .args(["align", "--quiet", "--source"])
        .arg(seed(SOURCE))
        .arg("--target");
    for r in REPORTS {
        cmd.arg(seed(r));
    }
    cmd.args(extra).output().unwrap()
}

fn csv_rows(path: &Path) -> Vec<csv::StringRecord> {
    csv::Reader::from_path(path)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect()
}

/// Checks that each anchor of one kind has `&text[span] == anchor.text`.
fn check_spans(text: &str, anchors: &serde_json::Value, what: &str) -> usize {
    let mut n = 0;
    for kind in ["names", "numbers", "quotes"] {
        for a in anchors[kind]
            .as_array()
            .unwrap_or_else(|| panic!("{what}: no {kind}"))
        {
            let start = a["span"]["start"].as_u64().unwrap() as usize;
            let end = a["span"]["end"].as_u64().unwrap() as usize;
            let covered = text
                .get(start..end)
                .unwrap_or_else(|| panic!("{what}: span {start}..{end} not in {text:?}"));
            assert_eq!(covered, a["text"].as_str().unwrap(), "{what} {kind}: {a}");
            n += 1;
        }
    }
    n
}

#[test]
fn jsonl_anchor_spans_point_at_their_text_and_rows_match_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let out = align(dir.path(), &["--format", "jsonl", "--out", "a.jsonl"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = align(dir.path(), &["--out", "a.csv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let jsonl = std::fs::read_to_string(dir.path().join("a.jsonl")).unwrap();
    let objects: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let csv = csv_rows(&dir.path().join("a.csv"));
    assert_eq!(objects.len(), csv.len());

    let mut anchors = 0;
    for (i, (o, rec)) in objects.iter().zip(&csv).enumerate() {
        // The same row as the CSV (which may add a leading ' to a field).
        assert_eq!(
            rec[0].trim_start_matches('\''),
            o["source_doc"].as_str().unwrap()
        );
        assert_eq!(rec[1], *o["source_sent"].as_str().unwrap());
        assert_eq!(
            rec[11].trim_start_matches('\''),
            o["flags"].as_str().unwrap()
        );
        let src = o["source_text"].as_str().unwrap();
        let tgt = o["target_text"].as_str().unwrap();
        anchors += check_spans(src, &o["source_anchors"], &format!("row {i} source"));
        anchors += check_spans(tgt, &o["target_anchors"], &format!("row {i} target"));
        if tgt.is_empty() {
            assert_eq!(check_spans(tgt, &o["target_anchors"], "unmatched"), 0);
        }
    }
    // The seeds are a news story: names and numbers must have been found.
    assert!(anchors > 50, "only {anchors} anchors");
}

#[test]
fn the_html_page_has_one_data_row_per_csv_row() {
    let dir = tempfile::tempdir().unwrap();
    let out = align(dir.path(), &["--out", "a.csv", "--html", "page.html"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(dir.path().join("page.html")).unwrap();
    let rows = csv_rows(&dir.path().join("a.csv"));
    assert_eq!(page.matches("<tr class=\"row").count(), rows.len());
    let unmatched = rows
        .iter()
        .filter(|r| r[11].split(';').any(|f| f == "unmatched"))
        .count();
    let unmatched_trs = page
        .split("<tr class=\"")
        .skip(1)
        .filter(|t| {
            t.split('"')
                .next()
                .unwrap()
                .split(' ')
                .any(|c| c == "unmatched")
        })
        .count();
    assert_eq!(unmatched_trs, unmatched);
    // The header counts the rows section by section, as the CSV's kind does.
    let of_kind = |kind: &str| rows.iter().filter(|r| &r[13] == kind).count();
    assert!(page.contains(&format!(
        "<strong>{}</strong> unmatched",
        of_kind("unmatched")
    )));
    assert!(page.contains(&format!(
        "<strong>{}</strong> with findings",
        of_kind("drift")
    )));
    for r in REPORTS {
        // Each report by its full name, in the header and in the filter.
        assert!(page.contains(&format!("<span class=\"report\">{r}</span>")));
        assert!(page.contains(&format!("<option value=\"{r}\">{r}</option>")));
    }
    // The sections in reading order: drift, aligned, then the folded ones
    // (closed <details>), each holding only rows of its kind.
    let mut at = 0;
    for (kind, open) in [
        ("drift", true),
        ("aligned", true),
        ("unmatched", false),
        ("furniture", false),
    ] {
        let start = page[at..]
            .find(&format!("<section class=\"kind\" id=\"s-{kind}\">"))
            .unwrap_or_else(|| panic!("section {kind} missing or out of order"))
            + at;
        let body = &page[start..start + page[start..].find("</section>").unwrap()];
        assert_eq!(body.contains("<details open>"), open, "{kind}");
        let kinds: Vec<&str> = body
            .split(" data-kind=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
            .collect();
        let want = rows.iter().filter(|r| &r[13] == kind).count();
        assert_eq!(kinds.len(), want, "{kind}");
        assert!(kinds.iter().all(|k| *k == kind), "{kind}: {kinds:?}");
        at = start;
    }
    // Without JavaScript the controls, which would do nothing, stay hidden.
    assert!(page.contains("<form id=\"controls\" class=\"controls\" hidden>"));
    assert!(page.contains("[hidden]{display:none!important}"));
}

/// The hex SHA-256 of `bytes`, computed here independently of the page.
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The rows of the page's input table: (role, file, bytes, sha256).
fn stamped_inputs(page: &str) -> Vec<(String, String, u64, String)> {
    let table = &page[page.find("<table class=\"inputs\">").expect("no stamp")..];
    let table = &table[..table.find("</table>").unwrap()];
    table
        .split("<tr><td>")
        .skip(1)
        .map(|tr| {
            let cells: Vec<&str> = tr
                .split("</td>")
                .map(|c| c.rsplit('>').next().unwrap())
                .collect();
            let sha = tr
                .split("<code>")
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap();
            (
                cells[0].to_owned(),
                cells[1].to_owned(),
                cells[2].parse().unwrap(),
                sha.to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_page_is_stamped_with_the_run_and_the_inputs_as_read() {
    let dir = tempfile::tempdir().unwrap();
    // A byte-order mark and CRLF line ends: the stamp must describe the
    // bytes on disk, not the decoded text.
    let mut source = b"\xEF\xBB\xBF".to_vec();
    source.extend(
        std::fs::read_to_string(seed(SOURCE))
            .unwrap()
            .replace('\n', "\r\n")
            .as_bytes(),
    );
    std::fs::write(dir.path().join("source.txt"), &source).unwrap();
    std::fs::copy(seed(REPORTS[0]), dir.path().join("report one.txt")).unwrap();
    std::fs::write(dir.path().join("extra.tsv"), "rusia\trussia\n").unwrap();
    let run = |epoch: &str, page: &str| {
        Command::new(env!("CARGO_BIN_EXE_selaras"))
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", epoch)
            .args(["align", "--quiet", "--source", "source.txt"])
            .args(["--target", "report one.txt", "--lexicon", "extra.tsv"])
            .args(["--out", "a.csv", "--html", page])
            .output()
            .unwrap()
    };
    let out = run("1764892800", "page.html");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(dir.path().join("page.html")).unwrap();
    assert!(page.contains(&format!("<dd>selaras {}</dd>", env!("CARGO_PKG_VERSION"))));
    assert!(page.contains("<time datetime=\"2025-12-05T00:00:00Z\">2025-12-05 00:00:00 UTC</time>"));
    assert!(page.contains(
        "<code>selaras align --quiet --source source.txt --target &#39;report one.txt&#39; \
         --lexicon extra.tsv --out a.csv --html page.html</code>"
    ));
    let want: Vec<(String, String, u64, String)> = [
        ("source", "source.txt"),
        ("report", "report one.txt"),
        ("lexicon", "extra.tsv"),
    ]
    .iter()
    .map(|(role, name)| {
        let bytes = std::fs::read(dir.path().join(name)).unwrap();
        (
            role.to_string(),
            name.to_string(),
            bytes.len() as u64,
            sha256_hex(&bytes),
        )
    })
    .collect();
    assert_eq!(stamped_inputs(&page), want);
    assert_eq!(want[0].2, source.len() as u64);

    // The same run with the same SOURCE_DATE_EPOCH makes the same page,
    // byte for byte (the command line differs only in the page's name).
    let out = run("1764892800", "again.html");
    assert!(out.status.success());
    let again = std::fs::read_to_string(dir.path().join("again.html")).unwrap();
    assert_eq!(again.replace("again.html", "page.html"), page);

    // A SOURCE_DATE_EPOCH that is not seconds is refused before any output.
    let out = run("yesterday", "bad.html");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("selaras: SOURCE_DATE_EPOCH=yesterday is not"),
        "{err}"
    );
    assert!(!dir.path().join("bad.html").exists());
}

#[test]
fn html_over_an_input_or_the_csv_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::copy(seed(REPORTS[0]), &victim).unwrap();
    let before = std::fs::read(&victim).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_selaras"));
    let out = cmd
        .current_dir(dir.path())
        .args(["align", "--source"])
        .arg(seed(SOURCE))
        .arg("--target")
        .arg(&victim)
        .args(["--out", "a.csv", "--html"])
        .arg(&victim)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--html names an input"));
    assert_eq!(std::fs::read(&victim).unwrap(), before);
    assert!(!dir.path().join("a.csv").exists());

    for bad in ["a.csv", "-"] {
        let out = align(dir.path(), &["--out", "a.csv", "--html", bad]);
        assert_eq!(out.status.code(), Some(2), "--html {bad}");
        assert!(!dir.path().join("a.csv").exists(), "--html {bad}");
    }
}

#[test]
fn hostile_input_text_reaches_the_page_only_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("<b>src.txt");
    let tgt = dir.path().join("r\"onmouseover=x.txt");
    std::fs::write(
        &src,
        "Juru bicara <script>alert(1)</script> mengatakan 137 orang tewas.\n\n\
         \"onmouseover=alert(2) kata Peskov.\n",
    )
    .unwrap();
    std::fs::write(
        &tgt,
        "The spokesman <img src=x onerror=alert(3)> said 144 people died.\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_selaras"))
        .current_dir(dir.path())
        .args(["align", "--quiet", "--source"])
        .arg(&src)
        .arg("--target")
        .arg(&tgt)
        .args(["--out", "a.csv", "--html", "page.html"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(dir.path().join("page.html")).unwrap();
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(!page.contains("<img"));
    assert!(!page.contains("<b>"));
    assert!(!page.contains("\"onmouseover"));
    assert!(page.contains("&lt;script&gt;alert"));
    assert!(page.contains("&lt;img src=x onerror=alert"));
    // The quote anchor starts after the mark, so the mark itself is what
    // precedes the escaped text here.
    assert!(page.contains("&quot;<mark class=\"a-quote\"") && page.contains("onmouseover=alert("));
    assert!(page.contains("&lt;b&gt;src.txt"));
    assert!(page.contains("r&quot;onmouseover=x.txt"));
    // The stamp names both files by their paths, escaped, in the input
    // table and in the command line.
    let inputs = stamped_inputs(&page);
    assert!(inputs[0].1.ends_with("&lt;b&gt;src.txt"), "{inputs:?}");
    assert!(
        inputs[1].1.ends_with("r&quot;onmouseover=x.txt"),
        "{inputs:?}"
    );
    assert!(page.contains("&lt;b&gt;src.txt&#39; --target"));
    assert_eq!(
        page.matches("<tr class=\"row").count(),
        csv_rows(&dir.path().join("a.csv")).len()
    );
}
