//! `selaras batch` end to end: runs the binary on the generated manifest and
//! on hand-made cases in a temporary folder, and checks what a caller relies
//! on: one file per case plus index.csv (CSV, or with `--format jsonl` the
//! bytes of `align --format jsonl`), a bad case reported and skipped with
//! a non-zero exit, the combined CSV, JSON Lines answered in input order and
//! streamed, and output that does not depend on the number of threads or on
//! candidate search.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn selaras() -> Command {
    Command::new(env!("CARGO_BIN_EXE_selaras"))
}

fn run(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    let mut cmd = selaras();
    for a in args {
        cmd.arg(a);
    }
    cmd.output().unwrap()
}

fn manifest() -> PathBuf {
    Path::new(ROOT).join("data/generated/manifest.csv")
}

/// Every file of a folder, name and bytes, sorted by name.
fn folder(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn the_generated_manifest_gives_the_same_bytes_on_one_and_four_threads() {
    let tmp = tempfile::tempdir().unwrap();
    let (one, four) = (tmp.path().join("one"), tmp.path().join("four"));
    for (dir, threads) in [(&one, "1"), (&four, "4")] {
        let o = run(&[
            &"batch",
            &"--manifest",
            &manifest(),
            &"--out-dir",
            dir,
            &"--threads",
            &threads,
            &"--quiet",
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(o.stderr.is_empty(), "--quiet and not a terminal: silent");
    }
    let (a, b) = (folder(&one), folder(&four));
    assert_eq!(a.len(), 61, "60 cases and index.csv");
    assert!(a == b, "output differs between 1 and 4 threads");
    let index = String::from_utf8(a.iter().find(|(n, _)| n == "index.csv").unwrap().1.clone());
    let index = index.unwrap();
    assert!(index.starts_with("case,status,error,source_sentences,rows,links,unmatched\n"));
    assert_eq!(index.lines().filter(|l| l.contains(",ok,")).count(), 60);

    // eval reads the folder as it is (index.csv is not taken for a case).
    let o = run(&[
        &"eval",
        &"--gold",
        &Path::new(ROOT).join("data/generated/gold.csv"),
        &"--aligned-dir",
        &one,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("index"), "{}", stderr(&o));
}

#[test]
fn candidate_search_gives_the_same_links_as_exhaustive_scoring() {
    let tmp = tempfile::tempdir().unwrap();
    let outs: Vec<Vec<u8>> = [None, Some("--exhaustive")]
        .into_iter()
        .map(|flag| {
            let out = tmp.path().join(format!("all{}.csv", flag.is_some()));
            let mut cmd = selaras();
            cmd.args(["batch", "--quiet", "--manifest"])
                .arg(manifest())
                .arg("--out")
                .arg(&out)
                .args(flag);
            let o = cmd.output().unwrap();
            assert!(o.status.success(), "{}", stderr(&o));
            std::fs::read(&out).unwrap()
        })
        .collect();
    // The links must be the same. Scores may differ in the last digits: the
    // margin of a link over the report's runner-up is taken among the
    // candidates, and the runner-up of an exhaustive search can be a
    // sentence the index left out (align::align_sentence_among).
    let links = |bytes: &[u8]| -> Vec<Vec<String>> {
        let mut reader = csv::Reader::from_reader(bytes);
        reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                [0, 2, 4, 5].iter().map(|&i| r[i].to_owned()).collect()
            })
            .collect()
    };
    assert_eq!(
        links(&outs[0]),
        links(&outs[1]),
        "candidate search changed the links"
    );
    let text = String::from_utf8(outs[0].clone()).unwrap();
    // A file gets the UTF-8 byte-order mark spreadsheets need.
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    assert!(text.starts_with("case,source_doc,source_sent,source_text,target_doc,"));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let cases: std::collections::BTreeSet<String> =
        reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert_eq!(cases.len(), 60);
}

/// Writes a small manifest: a good case, one whose report is missing, one
/// whose source is not text, a row with only a name, and another good one.
fn broken_manifest(dir: &Path) -> PathBuf {
    let seeds = Path::new(ROOT).join("data/seeds");
    std::fs::create_dir(dir.join("in")).unwrap();
    for f in [
        "000_31f64dc309fd023f.txt",
        "001_3e425f8097483d0b.txt",
        "002_45c968010e991f99.txt",
    ] {
        std::fs::copy(seeds.join(f), dir.join("in").join(f)).unwrap();
    }
    std::fs::write(dir.join("in/binary.txt"), b"\0\x01\x02").unwrap();
    let m = dir.join("cases.csv");
    std::fs::write(
        &m,
        "case,source,targets\n\
         first,in/000_31f64dc309fd023f.txt,in/001_3e425f8097483d0b.txt;in/002_45c968010e991f99.txt\n\
         missing,in/000_31f64dc309fd023f.txt,in/nope.txt\n\
         binary,in/binary.txt,in/001_3e425f8097483d0b.txt\n\
         short\n\
         last,in/000_31f64dc309fd023f.txt,in/002_45c968010e991f99.txt\n",
    )
    .unwrap();
    m
}

#[test]
fn a_bad_case_is_reported_and_skipped_and_the_exit_status_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let m = broken_manifest(tmp.path());
    let out = tmp.path().join("out");
    let o = run(&[&"batch", &"--manifest", &m, &"--out-dir", &out]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    let case_lines: Vec<&str> = err.lines().filter(|l| l.contains(": case ")).collect();
    assert_eq!(case_lines.len(), 3, "{err}");
    assert_eq!(case_lines[2], "selaras: case short: no source file");
    assert!(
        case_lines[0].starts_with("selaras: case missing: "),
        "{err}"
    );
    assert!(case_lines[0].contains("nope.txt: no such file"), "{err}");
    assert!(case_lines[1].starts_with("selaras: case binary: "), "{err}");
    let names: Vec<String> = folder(&out).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["first.csv", "index.csv", "last.csv"]);
    let index = std::fs::read_to_string(out.join("index.csv")).unwrap();
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(index.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[3][..3], ["short", "error", "no source file"]);
    assert_eq!(rows[4][..2], ["last", "ok"]);
    assert_eq!(rows[0][..2], ["first", "ok"]);
    assert_eq!(rows[1][..2], ["missing", "error"]);
    assert!(rows[1][2].contains("no such file"), "{:?}", rows[1]);
    assert_eq!(rows[2][..2], ["binary", "error"]);
    assert!(rows[2][2].contains("binary data"), "{:?}", rows[2]);
    // The counts are those of the written file.
    let first = std::fs::read_to_string(out.join("first.csv")).unwrap();
    let n_rows = csv::Reader::from_reader(first.as_bytes()).records().count();
    assert_eq!(rows[0][4], n_rows.to_string());
    assert_ne!(rows[0][3], "0", "source sentences counted");
}

#[test]
fn an_unreadable_manifest_stops_with_one_line() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(&[
        &"batch",
        &"--manifest",
        &tmp.path().join("nope.csv"),
        &"--out-dir",
        &tmp.path().join("out"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    let m = tmp.path().join("m.csv");
    std::fs::write(&m, "name,file\nx,y\n").unwrap();
    let o = run(&[&"batch", &"--manifest", &m, &"--out", &"-"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no `case` column"), "{}", stderr(&o));
}

fn json_case(id: &str, source: &str, target: &str) -> String {
    serde_json::json!({
        "id": id,
        "source": {"name": "s.txt", "text": source},
        "targets": [{"name": "r.txt", "text": target}],
    })
    .to_string()
}

#[test]
fn jsonl_answers_each_line_in_order_with_errors_in_band() {
    let mut lines: Vec<String> = (0..9)
        .map(|i| {
            json_case(
                &format!("c{i}"),
                &format!(
                    "Serangan itu menewaskan {} orang di gedung konser.",
                    100 + i
                ),
                "The attack killed 144 people at a concert hall.",
            )
        })
        .collect();
    lines[3] = r#"{"id": "c3", "source": {"text": "x"}, "targets": []}"#.into();
    lines[5] = "{oops".into();
    let mut child = selaras()
        .args(["batch", "--jsonl", "--threads", "3", "--chunk", "4"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all((lines.join("\n") + "\n").as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "errors are in-band: {}", stderr(&o));
    let results: Vec<serde_json::Value> = String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(results.len(), 9);
    for (i, r) in results.iter().enumerate() {
        match i {
            3 => {
                assert_eq!(r["id"], "c3");
                assert_eq!(r["status"], "error");
                assert_eq!(r["error"], "no targets");
            }
            5 => {
                assert!(r["id"].is_null());
                assert_eq!(r["status"], "error");
            }
            _ => {
                assert_eq!(r["id"], format!("c{i}"));
                assert_eq!(r["status"], "ok");
                let row = &r["rows"][0];
                assert_eq!(row["target_doc"], "r.txt");
                let flags = row["flags"].as_str().unwrap();
                assert!(flags.contains(&format!("number_mismatch:{}|144", 100 + i)));
            }
        }
    }
    let err = stderr(&o);
    let case_lines: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("selaras: case "))
        .collect();
    assert_eq!(case_lines.len(), 2, "{err}");
    assert_eq!(case_lines[0], "selaras: case c3: no targets");
}

#[test]
fn jsonl_streams_a_result_before_the_input_ends() {
    let mut child = selaras()
        .args(["batch", "--jsonl", "--chunk", "1", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let case = json_case(
        "first",
        "Cuaca dingin di Jakarta.",
        "It was cold in Jakarta.",
    );
    writeln!(stdin, "{case}").unwrap();
    stdin.flush().unwrap();
    // stdin is still open: the answer must come anyway, or a mapper in a
    // pipeline would deadlock.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        tx.send(line).unwrap();
    });
    let line = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("no result while the input is still open");
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["id"], "first");
    assert_eq!(v["status"], "ok");
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn the_seed_texts_align_the_same_with_and_without_candidate_search() {
    use selaras::internals::matching::align::Search;
    use selaras::internals::pipeline::{align_documents_with, build_document, Input};
    use selaras::{Lang, Lexicon};
    let seeds = Path::new(ROOT).join("data/seeds");
    let doc = |name: &str, lang| {
        let text = std::fs::read_to_string(seeds.join(name)).unwrap();
        build_document(Input {
            name,
            text: &text,
            lang,
        })
    };
    let source = doc("000_31f64dc309fd023f.txt", Lang::Id);
    let reports: Vec<_> = [
        "001_3e425f8097483d0b.txt",
        "002_45c968010e991f99.txt",
        "003_61f1ce00a828e056.txt",
    ]
    .iter()
    .map(|n| doc(n, Lang::En))
    .collect();
    let lex = Lexicon::builtin();
    let fast = align_documents_with(&source, &reports, lex, Search::Candidates);
    let slow = align_documents_with(&source, &reports, lex, Search::Exhaustive);
    assert!(fast.iter().any(|r| r.target.is_some()), "something links");
    assert_eq!(fast, slow);
}

#[test]
fn a_case_with_source_and_report_swapped_is_refused_on_its_own() {
    // Issue 13: the language check runs per case, through the case loader.
    let tmp = tempfile::tempdir().unwrap();
    let seeds = Path::new(ROOT).join("data/seeds");
    let m = tmp.path().join("cases.csv");
    std::fs::write(
        &m,
        format!(
            "case,source,targets\n\
             swapped,{s}/001_3e425f8097483d0b.txt,{s}/000_31f64dc309fd023f.txt\n\
             good,{s}/000_31f64dc309fd023f.txt,{s}/001_3e425f8097483d0b.txt\n",
            s = seeds.display()
        ),
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = run(&[&"batch", &"--manifest", &m, &"--out-dir", &out]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("case swapped: ")
            && err.contains(
                "001_3e425f8097483d0b.txt: reads as English, not Indonesian (--source-lang id)"
            ),
        "{err}"
    );
    let names: Vec<String> = folder(&out).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["good.csv", "index.csv"]);
}

/// The first `n` cases of the generated manifest: (case, source, targets),
/// paths resolved against the manifest's folder.
fn generated_cases(n: usize) -> Vec<(String, PathBuf, Vec<PathBuf>)> {
    let base = manifest().parent().unwrap().to_owned();
    csv::Reader::from_path(manifest())
        .unwrap()
        .records()
        .take(n)
        .map(|r| {
            let r = r.unwrap();
            let targets = r[2].split(';').map(|t| base.join(t.trim())).collect();
            (r[0].to_owned(), base.join(&r[1]), targets)
        })
        .collect()
}

#[test]
fn format_jsonl_writes_each_case_as_align_format_jsonl_does() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = generated_cases(5);
    let m = tmp.path().join("cases.csv");
    let mut text = String::from("case,source,targets\n");
    for (case, source, targets) in &cases {
        let targets: Vec<String> = targets.iter().map(|t| t.display().to_string()).collect();
        text.push_str(&format!(
            "{case},{},{}\n",
            source.display(),
            targets.join(";")
        ));
    }
    text.push_str("missing,nope.txt,nope-too.txt\n");
    std::fs::write(&m, text).unwrap();
    let out = tmp.path().join("out");
    let o = run(&[
        &"batch",
        &"-q",
        &"--manifest",
        &m,
        &"--out-dir",
        &out,
        &"--format",
        &"jsonl",
    ]);
    assert_eq!(o.status.code(), Some(1), "the missing case: {}", stderr(&o));
    let files = folder(&out);
    let mut names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    names.sort();
    let mut want: Vec<String> = cases.iter().map(|(c, _, _)| format!("{c}.jsonl")).collect();
    want.push("index.csv".into());
    want.sort();
    assert_eq!(names, want, "one file per good case, no .csv case files");
    for (case, source, targets) in &cases {
        let single = tmp.path().join(format!("{case}.single.jsonl"));
        let mut args: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![
            &"align",
            &"-q",
            &"--format",
            &"jsonl",
            &"--out",
            &single,
            &"--source",
            source,
        ];
        args.push(&"--target");
        for t in targets {
            args.push(t);
        }
        let o = run(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        let batch = std::fs::read(out.join(format!("{case}.jsonl"))).unwrap();
        assert_eq!(
            batch,
            std::fs::read(&single).unwrap(),
            "{case}: batch and align differ"
        );
        assert!(!batch.starts_with(b"\xEF\xBB\xBF"), "JSON gets no BOM");
    }
    // The index counts the rows of each file, as for CSV case files.
    let index = std::fs::read_to_string(out.join("index.csv")).unwrap();
    for line in index.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        if fields[1] == "error" {
            assert_eq!(fields[0], "missing");
            continue;
        }
        let rows = std::fs::read_to_string(out.join(format!("{}.jsonl", fields[0])))
            .unwrap()
            .lines()
            .count();
        assert_eq!(fields[4], rows.to_string(), "{line}");
    }
}

#[test]
fn format_jsonl_needs_out_dir_and_is_refused_with_a_stream() {
    let tmp = tempfile::tempdir().unwrap();
    let m = broken_manifest(tmp.path());
    let combined = tmp.path().join("all.jsonl");
    let o = run(&[
        &"batch",
        &"--manifest",
        &m,
        &"--out",
        &combined,
        &"--format",
        &"jsonl",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "selaras: --format jsonl writes one file per case: give --out-dir DIR, not --out\n"
    );
    assert!(!combined.exists());
    // CSV stays the format of a combined file, named or not.
    let o = run(&[
        &"batch",
        &"-q",
        &"--manifest",
        &m,
        &"--out",
        &combined,
        &"--format",
        &"csv",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o = run(&[&"batch", &"--jsonl", &"--format", &"jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot be used with"), "{}", stderr(&o));
}

#[test]
fn format_jsonl_never_writes_over_an_input_and_keeps_an_earlier_file() {
    // A case whose .jsonl would replace its own source fails alone; an
    // earlier good file of a case that now fails is left as it was.
    let tmp = tempfile::tempdir().unwrap();
    let seeds = Path::new(ROOT).join("data/seeds");
    let dir = tmp.path();
    std::fs::copy(
        seeds.join("000_31f64dc309fd023f.txt"),
        dir.join("src.jsonl"),
    )
    .unwrap();
    std::fs::copy(seeds.join("001_3e425f8097483d0b.txt"), dir.join("r.txt")).unwrap();
    std::fs::write(dir.join("gone.jsonl"), "earlier\n").unwrap();
    let m = dir.join("cases.csv");
    std::fs::write(
        &m,
        "case,source,targets\nsrc,src.jsonl,r.txt\ngone,nope.txt,r.txt\nok,src.jsonl,r.txt\n",
    )
    .unwrap();
    let source_before = std::fs::read(dir.join("src.jsonl")).unwrap();
    let o = run(&[
        &"batch",
        &"--manifest",
        &m,
        &"--out-dir",
        &dir,
        &"--format",
        &"jsonl",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("selaras: case src: ")
            && stderr(&o).contains("--out-dir names an input file"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(dir.join("src.jsonl")).unwrap(), source_before);
    assert_eq!(
        std::fs::read_to_string(dir.join("gone.jsonl")).unwrap(),
        "earlier\n"
    );
    assert!(std::fs::read_to_string(dir.join("ok.jsonl"))
        .unwrap()
        .starts_with("{\"source_doc\":\"src.jsonl\""));
    let leftovers: Vec<String> = folder(dir)
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| n.contains(".tmp") || n.starts_with(".selaras"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A manifest in `dir` of two generated cases, `a` and `b`, and a case `c`
/// whose report is missing.
fn pages_manifest(dir: &Path) -> PathBuf {
    let cases = Path::new(ROOT).join("data/generated/cases");
    let case = |name: &str, id: &str| {
        let d = cases.join(id);
        format!(
            "{name},{},{};{}\n",
            d.join("source.txt").display(),
            d.join("report1.txt").display(),
            d.join("report2.txt").display()
        )
    };
    let m = dir.join("cases.csv");
    let text = format!(
        "case,source,targets\n{}{}c,{},missing.txt\n",
        case("a", "gen-001"),
        case("b", "gen-002"),
        cases.join("gen-003/source.txt").display()
    );
    std::fs::write(&m, text).unwrap();
    m
}

/// The hex SHA-256 of a file, computed here independently of the page.
fn sha256_of(path: &Path) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(std::fs::read(path).unwrap())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn html_dir_writes_one_stamped_page_per_case_and_the_same_csv_files() {
    let tmp = tempfile::tempdir().unwrap();
    let m = pages_manifest(tmp.path());
    let (plain, csv, pages) = (
        tmp.path().join("plain"),
        tmp.path().join("csv"),
        tmp.path().join("pages"),
    );
    let o = run(&[
        &"batch",
        &"--quiet",
        &"--manifest",
        &m,
        &"--out-dir",
        &plain,
    ]);
    assert_eq!(o.status.code(), Some(1), "case c fails: {}", stderr(&o));
    let o = selaras()
        .env("SOURCE_DATE_EPOCH", "86400")
        .args(["batch", "--quiet", "--manifest"])
        .arg(&m)
        .arg("--out-dir")
        .arg(&csv)
        .arg("--html-dir")
        .arg(&pages)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "case c fails: {}", stderr(&o));
    // The CSV files and the index are those of a run without pages.
    assert!(
        folder(&plain) == folder(&csv),
        "--html-dir changed the CSV output"
    );
    let names: Vec<String> = folder(&pages).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["a.html", "b.html"], "no page for the failed case");
    for (case, id) in [("a", "gen-001"), ("b", "gen-002")] {
        let page = std::fs::read_to_string(pages.join(format!("{case}.html"))).unwrap();
        let rows = csv::Reader::from_path(csv.join(format!("{case}.csv")))
            .unwrap()
            .records()
            .count();
        assert_eq!(page.matches("<tr class=\"row").count(), rows, "{case}");
        assert!(
            page.contains("<time datetime=\"1970-01-02T00:00:00Z\">"),
            "{case}"
        );
        assert!(
            page.contains("<code>selaras batch --quiet --manifest "),
            "{case}"
        );
        // Every input of the case, then the manifest, with sizes and SHA-256.
        let d = Path::new(ROOT).join("data/generated/cases").join(id);
        for (role, path) in [
            ("source", d.join("source.txt")),
            ("report", d.join("report1.txt")),
            ("report", d.join("report2.txt")),
            ("manifest", m.clone()),
        ] {
            let row = format!(
                "<tr><td>{role}</td><td class=\"file\">{}</td><td class=\"bytes\">{}</td>\
                 <td><code>{}</code></td></tr>",
                path.display(),
                std::fs::metadata(&path).unwrap().len(),
                sha256_of(&path)
            );
            assert!(page.contains(&row), "{case}: no {row}");
        }
    }
    // JSON Lines runs have no case names for pages.
    let o = run(&[&"batch", &"--jsonl", &"--html-dir", &pages]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn html_dir_never_writes_over_an_input() {
    let tmp = tempfile::tempdir().unwrap();
    let m = pages_manifest(tmp.path());
    let source = Path::new(ROOT).join("data/generated/cases/gen-001/source.txt");
    let before = std::fs::read(&source).unwrap();
    // An --html-dir that is an input file: refused before anything is read.
    let out = tmp.path().join("out");
    let o = run(&[
        &"batch",
        &"--manifest",
        &m,
        &"--out-dir",
        &out,
        &"--html-dir",
        &source,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--html-dir is not a folder"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
    let o = run(&[
        &"batch",
        &"--manifest",
        &m,
        &"--out-dir",
        &out,
        &"--html-dir",
        &m,
    ]);
    assert_eq!(o.status.code(), Some(2), "the manifest as --html-dir");

    // A case whose page would replace one of the run's inputs fails alone.
    let pages = tmp.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    let victim = pages.join("v.html");
    std::fs::copy(&source, &victim).unwrap();
    let report = Path::new(ROOT).join("data/generated/cases/gen-001/report1.txt");
    let m2 = tmp.path().join("m2.csv");
    std::fs::write(
        &m2,
        format!(
            "case,source,targets\nv,{},{}\nok,{},{}\n",
            victim.display(),
            report.display(),
            source.display(),
            report.display()
        ),
    )
    .unwrap();
    let o = run(&[
        &"batch",
        &"--quiet",
        &"--manifest",
        &m2,
        &"--out-dir",
        &out,
        &"--html-dir",
        &pages,
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("--html-dir names an input file"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read(&victim).unwrap(),
        before,
        "the input is untouched"
    );
    assert!(pages.join("ok.html").exists());
    assert!(
        !out.join("v.csv").exists(),
        "the failed case writes nothing"
    );
    assert_eq!(std::fs::read(&source).unwrap(), before);
}

#[test]
fn the_stream_mode_refuses_output_files_it_would_ignore() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    let file = tmp.path().join("all.csv");
    for args in [
        [
            &"batch" as &dyn AsRef<std::ffi::OsStr>,
            &"--jsonl",
            &"--out-dir",
            &dir,
        ],
        [&"batch", &"--jsonl", &"--out", &file],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("cannot be used with"), "{}", stderr(&o));
    }
    assert!(!dir.exists() && !file.exists());
}
