//! The binary end to end: runs `selaras` in a temporary folder and reads the
//! CSV back field by field (xsv's Workdir), including every bad input the
//! contract names. No test may leave a partial output file behind.

use std::path::{Path, PathBuf};

use crate::util::{stderr, Workdir};

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

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

#[test]
fn aligns_the_seed_texts_into_the_contract_columns() {
    let wd = Workdir::new();
    let out = wd.path("aligned.csv");
    let (s, a, b, c) = (
        seed(SOURCE),
        seed(REPORTS[0]),
        seed(REPORTS[1]),
        seed(REPORTS[2]),
    );
    let o = wd.run(&[
        &"align",
        &"--source",
        &s,
        &"--target",
        &a,
        &b,
        &c,
        &"--out",
        &out,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (header, rows) = read_csv(&out);
    assert_eq!(
        header[..12],
        [
            "source_doc",
            "source_sent",
            "source_text",
            "target_doc",
            "target_sent",
            "target_text",
            "match_score",
            "divergence",
            "name_score",
            "number_score",
            "quote_score",
            "flags"
        ]
    );
    // Every source sentence appears, in order, with at most one row per report.
    let mut seen: Vec<u32> = Vec::new();
    for r in &rows {
        let n: u32 = r[1].parse().unwrap();
        if seen.last() != Some(&n) {
            assert!(
                seen.last().is_none_or(|&l| l + 1 == n),
                "order broken at {n}"
            );
            seen.push(n);
        }
        assert_eq!(r[0], SOURCE);
    }
    assert_eq!(seen.len(), 21, "the seed source has 21 units");
    for n in &seen {
        let targets: Vec<&String> = rows
            .iter()
            .filter(|r| r[1] == n.to_string())
            .map(|r| &r[3])
            .collect();
        let mut unique = targets.clone();
        unique.dedup();
        assert_eq!(
            unique.len(),
            targets.len(),
            "sentence {n}: two rows for one report"
        );
    }
    // Unmatched rows have empty target columns and divergence 1.
    for r in rows.iter().filter(|r| r[3].is_empty()) {
        assert_eq!(
            (r[4].as_str(), r[5].as_str(), r[7].as_str()),
            ("", "", "1.0")
        );
        assert!(
            r[11].contains("unmatched") || r[11].contains("boilerplate"),
            "{r:?}"
        );
    }
    // No field can be evaluated as a formula.
    for r in &rows {
        for f in r {
            assert!(
                !f.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "live formula: {f:?}"
            );
        }
    }
    assert!(stderr(&o).contains("source sentences"), "summary on stderr");
}

/// The `kind` column comes last, after the contract's columns and `notes`,
/// and holds one of four values that agree with the row's target and flags.
#[test]
fn the_seeds_csv_ends_with_a_kind_column_of_four_values() {
    let wd = Workdir::new();
    let out = wd.path("aligned.csv");
    let (s, a, b, c) = (
        seed(SOURCE),
        seed(REPORTS[0]),
        seed(REPORTS[1]),
        seed(REPORTS[2]),
    );
    let o = wd.run(&[
        &"align",
        &"--source",
        &s,
        &"--target",
        &a,
        &b,
        &c,
        &"--out",
        &out,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (header, rows) = read_csv(&out);
    assert_eq!(header[11..], ["flags", "notes", "kind"]);
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (target_doc, flags, kind) = (at("target_doc"), at("flags"), at("kind"));
    let mut kinds = std::collections::BTreeSet::new();
    for r in &rows {
        let is_fact = |f: &str| {
            ["number_", "date_", "name_", "quote_", "speaker_"]
                .iter()
                .any(|p| f.starts_with(p))
        };
        let expected = match (r[target_doc].is_empty(), r[flags].as_str()) {
            (false, f) if f.split(';').any(is_fact) => "drift",
            (false, _) => "aligned",
            (true, f) if f.split(';').any(|f| f == "boilerplate" || f == "caption") => "furniture",
            (true, _) => "unmatched",
        };
        assert_eq!(r[kind], expected, "{r:?}");
        kinds.insert(r[kind].clone());
    }
    assert!(
        kinds
            .iter()
            .all(|k| ["drift", "aligned", "unmatched", "furniture"].contains(&k.as_str())),
        "{kinds:?}"
    );
    assert!(
        kinds.contains("drift"),
        "the seeds drift somewhere: {kinds:?}"
    );
}

#[test]
fn writes_to_standard_output_by_default() {
    let wd = Workdir::new();
    let (s, a) = (seed(SOURCE), seed(REPORTS[0]));
    let o = wd.run(&[&"align", &"--source", &s, &"--target", &a, &"--quiet"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("source_doc,source_sent,"));
    assert!(
        o.stderr.is_empty(),
        "--quiet prints nothing: {}",
        stderr(&o)
    );
}

#[test]
fn hostile_sentences_reach_the_csv_as_text() {
    let wd = Workdir::new();
    let hostile = [
        "=HYPERLINK(\"http://x\",\"y\") adalah tautan.",
        "+cmd|' /C calc'!A0 berbahaya.",
        "@SUM(1+1) dihitung.",
        "-2+3 adalah angka.",
    ];
    let src = wd.write("src.txt", hostile.join("\n"));
    let tgt = wd.write("tgt.txt", "=1+1 is not a formula.\n");
    let out = wd.path("out.csv");
    let o = wd.run(&[
        &"align",
        &"--source",
        &src,
        &"--target",
        &tgt,
        &"--out",
        &out,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (_, rows) = read_csv(&out);
    let texts: Vec<&str> = rows.iter().map(|r| r[2].as_str()).collect();
    for (text, want) in texts.iter().zip(hostile) {
        assert_eq!(*text, format!("'{want}"));
    }
}

/// Each bad input: a one-line error naming the file, a non-zero exit, and no
/// output file (nor a temporary one) left behind.
fn assert_refused(wd: &Workdir, source: &Path, target: &Path, needle: &str) {
    let out = wd.path("out.csv");
    let before = wd.files();
    let o = wd.run(&[
        &"align",
        &"--source",
        &source,
        &"--target",
        &target,
        &"--out",
        &out,
    ]);
    assert!(!o.status.success(), "accepted bad input {needle}");
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("selaras: "), "{err}");
    assert!(err.contains(needle), "expected {needle:?} in {err}");
    assert_eq!(wd.files(), before, "files changed");
}

#[test]
fn bad_inputs_get_one_clear_line_and_no_output() {
    let wd = Workdir::new();
    let good = wd.write("good.txt", "The attack killed 144 people.\n");
    let cases: Vec<(PathBuf, &str)> = vec![
        (wd.path("missing.txt"), "missing.txt: no such file"),
        (wd.dir.path().to_path_buf(), "is a directory"),
        (wd.write("empty.txt", ""), "empty.txt: empty file"),
        (wd.write("blank.txt", " \n\t\r\n"), "blank.txt: empty file"),
        (wd.write("nul.bin", b"abc\0def"), "nul.bin: binary data"),
        (
            wd.write("latin1.txt", b"caf\xe9 ok"),
            "latin1.txt: not UTF-8 (invalid byte at offset 3)",
        ),
        (
            wd.write("odd16.txt", b"\xff\xfea"),
            "odd16.txt: not valid UTF-16",
        ),
    ];
    for (source, needle) in &cases {
        assert_refused(&wd, source, &good, needle);
    }
}

#[test]
fn crlf_bom_and_utf16_inputs_are_read() {
    let wd = Workdir::new();
    let src = wd.write(
        "src.txt",
        b"\xEF\xBB\xBFSerangan itu menewaskan 137 orang.\r\nCuaca dingin.\r\n",
    );
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "The attack killed 144 people.\n".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let tgt = wd.write("tgt.txt", utf16);
    let out = wd.path("out.csv");
    let o = wd.run(&[
        &"align",
        &"--source",
        &src,
        &"--target",
        &tgt,
        &"--out",
        &out,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (_, rows) = read_csv(&out);
    assert_eq!(rows[0][2], "Serangan itu menewaskan 137 orang.");
    assert_eq!(rows[0][3], "tgt.txt");
    assert_eq!(rows.last().unwrap()[2], "Cuaca dingin.");
}

#[test]
fn a_failed_run_keeps_the_previous_output() {
    let wd = Workdir::new();
    let out = wd.write("out.csv", "previous good output");
    let good = wd.write("good.txt", "Text.");
    let o = wd.run(&[
        &"align",
        &"--source",
        &wd.path("missing.txt"),
        &"--target",
        &good,
        &"--out",
        &out,
    ]);
    assert!(!o.status.success());
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "previous good output"
    );
}

#[test]
fn refuses_the_same_file_twice_and_output_over_input() {
    let wd = Workdir::new();
    let a = wd.write("a.txt", "Teks.");
    let b = wd.write("b.txt", "Text.");
    let o = wd.run(&[&"align", &"--source", &a, &"--target", &a]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("given twice"), "{}", stderr(&o));
    let o = wd.run(&[&"align", &"--source", &a, &"--target", &b, &"--out", &b]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("--out names an input"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&b).unwrap(), "Text.");
}

#[test]
fn refuses_a_file_over_max_bytes() {
    let wd = Workdir::new();
    let big = wd.write("big.txt", "kata ".repeat(100));
    let good = wd.write("good.txt", "Text.");
    let o = wd.run(&[
        &"align",
        &"--source",
        &big,
        &"--target",
        &good,
        &"--max-bytes",
        &"100",
    ]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("big.txt: file is 500 bytes, over the limit of 100"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn eval_scores_and_enforces_min_f1() {
    let wd = Workdir::new();
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gold/seeds.csv");
    let (s, a, b, c) = (
        seed(SOURCE),
        seed(REPORTS[0]),
        seed(REPORTS[1]),
        seed(REPORTS[2]),
    );
    let args: [&dyn AsRef<std::ffi::OsStr>; 10] = [
        &"eval",
        &"--gold",
        &gold,
        &"--source",
        &s,
        &"--target",
        &a,
        &b,
        &c,
        &"--verbose",
    ];
    let o = wd.run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.lines().last().unwrap().starts_with("F1 "), "{text}");
    let mut strict = args.to_vec();
    strict.extend([&"--min-f1" as &dyn AsRef<std::ffi::OsStr>, &"1"]);
    let o = wd.run(&strict);
    assert_eq!(o.status.code(), Some(1), "below --min-f1 exits 1");
    assert!(stderr(&o).contains("below --min-f1"));
}

#[test]
fn a_csv_file_starts_with_a_byte_order_mark_and_standard_output_does_not() {
    let wd = Workdir::new();
    let args = |extra: &[&str]| {
        let mut v: Vec<String> = vec![
            "align".into(),
            "--source".into(),
            seed("000_31f64dc309fd023f.txt").display().to_string(),
            "--target".into(),
            seed("001_3e425f8097483d0b.txt").display().to_string(),
            "--quiet".into(),
        ];
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let run = |extra: &[&str]| {
        let a = args(extra);
        let refs: Vec<&dyn AsRef<std::ffi::OsStr>> =
            a.iter().map(|s| s as &dyn AsRef<std::ffi::OsStr>).collect();
        wd.run(&refs)
    };
    let o = run(&["--out", "with.csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let with = std::fs::read(wd.path("with.csv")).unwrap();
    assert!(with.starts_with(b"\xEF\xBB\xBFsource_doc,"));
    let o = run(&["--out", "without.csv", "--no-bom"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let without = std::fs::read(wd.path("without.csv")).unwrap();
    assert_eq!(&with[3..], &without[..], "the mark is the only difference");
    let o = run(&[]);
    assert!(
        o.stdout.starts_with(b"source_doc,"),
        "standard output stays plain"
    );
    // eval reads both.
    for file in ["with.csv", "without.csv"] {
        let o = wd.run(&[
            &"eval",
            &"--gold",
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gold/seeds.csv"),
            &"--aligned",
            &file,
        ]);
        assert!(o.status.success(), "{file}: {}", stderr(&o));
    }
}
