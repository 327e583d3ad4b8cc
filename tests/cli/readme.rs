//! The README's examples and figures, kept true (issue 13): an edit that
//! breaks an example, or a change that moves a quoted figure, fails here.
//!
//! Examples: every fenced `sh` block of README.md runs with bash
//! (`-euo pipefail`) in a temporary folder that holds `data/` (a link to the
//! repository's), with this build's `selaras` first on `PATH` and `HOME` a
//! folder of its own; each must exit 0. `cargo run --release -- ARGS` runs
//! as `selaras ARGS`; a line that builds, tests or installs the crate itself
//! (`cargo test`, `cargo build`, `cargo install`) is left out, since this
//! test runs on the binary cargo built for it, and any other `cargo` line
//! fails the test until a rule here says what it means. A block right after
//! a `<!-- readme-test: skip: REASON -->` line is not run (cluster runners,
//! cases of the reader's own); the reason must be given.
//!
//! Figures: the seeds' summary line is the last line the README's seed
//! `eval` block prints; the generated-set, real-news and human-translation tables hold what
//! `selaras eval` prints for each split (all columns but the generated set's
//! name P / R, which count flags against the generator's changes, not gold
//! links); the pretty-printed JSON Lines example is the row
//! `align --format jsonl` writes for the seeds. Offline, a few seconds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::binary;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SKIP: &str = "<!-- readme-test: skip:";

fn readme() -> String {
    std::fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap()
}

/// A fenced code block of the README.
#[derive(Debug)]
struct Block {
    /// The word after the opening fence (`sh`, `json`, ...).
    lang: String,
    /// The lines between the fences.
    text: String,
    /// 1-based line of the opening fence.
    line: usize,
    /// The reason of a skip marker on the last non-blank line before it.
    skip: Option<String>,
}

fn blocks(readme: &str) -> Vec<Block> {
    let lines: Vec<&str> = readme.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(lang) = lines[i].strip_prefix("```") else {
            i += 1;
            continue;
        };
        let before = lines[..i].iter().rev().find(|l| !l.trim().is_empty());
        let skip = before
            .and_then(|l| l.trim().strip_prefix(SKIP))
            .map(|r| r.trim_end_matches("-->").trim().to_owned());
        let end = (i + 1..lines.len())
            .find(|&j| lines[j].trim_end() == "```")
            .unwrap_or_else(|| panic!("README line {}: unclosed code block", i + 1));
        out.push(Block {
            lang: lang.trim().to_owned(),
            text: lines[i + 1..end].join("\n"),
            line: i + 1,
            skip,
        });
        i = end + 1;
    }
    out
}

/// The block as bash runs it: `cargo run --release --` as `selaras`, the
/// crate's own build, test and install lines left out.
fn as_script(block: &Block) -> String {
    let mut script = String::new();
    for line in block.text.lines() {
        let command = line.trim_start();
        if ["cargo test", "cargo build", "cargo install"]
            .iter()
            .any(|c| command.starts_with(c))
        {
            continue;
        }
        let line = line.replace("cargo run --release -- ", "selaras ");
        assert!(
            !line.trim_start().starts_with("cargo "),
            "README line {}: no rule for `{line}` (tests/cli/readme.rs)",
            block.line
        );
        script.push_str(&line);
        script.push('\n');
    }
    script
}

/// A temporary folder with `data/`, `home/` and `bin/selaras`.
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(Path::new(ROOT).join("data"), dir.path().join("data")).unwrap();
        std::fs::create_dir(dir.path().join("home")).unwrap();
        std::fs::create_dir(dir.path().join("bin")).unwrap();
        std::os::unix::fs::symlink(binary(), dir.path().join("bin/selaras")).unwrap();
        Sandbox { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `script` with bash in the folder; its standard output.
    fn run(&self, script: &str, what: &str) -> String {
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut paths = vec![self.path("bin")];
        paths.extend(std::env::split_paths(&path));
        let out = Command::new("bash")
            .args(["--norc", "--noprofile", "-euo", "pipefail", "-c", script])
            .current_dir(self.dir.path())
            .env("PATH", std::env::join_paths(paths).unwrap())
            .env("HOME", self.path("home"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{what} failed ({}):\n{script}\nstderr:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs `selaras` with `args` in the folder; its standard output.
    fn selaras(&self, args: &[&str]) -> String {
        let out = Command::new(binary())
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "selaras {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
}

#[test]
fn every_sh_block_of_the_readme_runs() {
    let readme = readme();
    let blocks = blocks(&readme);
    let (mut ran, mut skipped) = (0, 0);
    for block in blocks.iter().filter(|b| b.lang == "sh") {
        if let Some(reason) = &block.skip {
            assert!(
                !reason.is_empty(),
                "README line {}: a skip needs a reason",
                block.line
            );
            skipped += 1;
            continue;
        }
        // Each block in a folder of its own, as a reader would start.
        Sandbox::new().run(&as_script(block), &format!("README line {}", block.line));
        ran += 1;
    }
    // The set-up, completions, batch and seed blocks at least: a parser that
    // found nothing must not pass.
    assert!(ran >= 4, "ran {ran} blocks");
    assert!(skipped >= 3, "skipped {skipped} blocks");
}

#[test]
fn a_skip_marker_is_honoured_and_cargo_lines_are_mapped() {
    let text = "x\n<!-- readme-test: skip: needs Spark -->\n```sh\nspark\n```\n\n```sh\ncargo run --release -- align --out a.csv\ncargo test --release\n```\n";
    let found = blocks(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].skip.as_deref(), Some("needs Spark"));
    assert_eq!(found[1].skip, None);
    assert_eq!(as_script(&found[1]), "selaras align --out a.csv\n");
}

/// `F1 0.875 P 1.000 ...` as a map from name to figure.
fn summary(line: &str) -> BTreeMap<String, String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    assert!(words.len() % 2 == 0, "not a summary line: {line}");
    words
        .chunks(2)
        .map(|p| (p[0].to_owned(), p[1].to_owned()))
        .collect()
}

/// The part of the README under the heading `heading`, to the next heading.
fn section<'a>(readme: &'a str, heading: &str) -> &'a str {
    let start = readme
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("README has no `{heading}`"));
    let rest = &readme[start + heading.len() + 2..];
    let end = rest.find("\n#").unwrap_or(rest.len());
    &rest[..end]
}

/// The cells of the table row that starts with `| {label}`.
fn table_row(text: &str, label: &str) -> Vec<String> {
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("| {label}")))
        .unwrap_or_else(|| panic!("no table row `{label}`"));
    line.trim_matches('|')
        .split('|')
        .map(|c| c.trim().to_owned())
        .collect()
}

#[test]
fn the_seed_figures_are_the_last_line_of_the_readme_command() {
    let readme = readme();
    let seeds = section(&readme, "### Seeds and the generated set");
    let block = blocks(seeds)
        .into_iter()
        .find(|b| b.lang == "sh" && b.text.contains("eval --gold data/gold/seeds.csv"))
        .expect("the seed eval block");
    let printed = Sandbox::new().run(&as_script(&block), "the seed eval block");
    let last = printed.lines().last().unwrap();
    let quoted = seeds
        .lines()
        .find(|l| l.starts_with("    F1 "))
        .expect("the quoted seed figures")
        .trim();
    assert_eq!(quoted, last, "README's seed figures vs. what eval prints");
}

/// Scores a folder of aligned CSVs against the gold rows of `cases` (all
/// when `None`): eval's summary line, plus `name-P` and `name-R` from its
/// name line.
fn score(
    sandbox: &Sandbox,
    set: &str,
    aligned: &str,
    cases: Option<&str>,
) -> BTreeMap<String, String> {
    let gold = std::fs::read_to_string(sandbox.path(&format!("data/{set}/gold.csv"))).unwrap();
    let keep: Option<Vec<String>> = cases.map(|split| {
        std::fs::read_to_string(sandbox.path(&format!("data/{set}/{split}.txt")))
            .unwrap()
            .split_whitespace()
            .map(String::from)
            .collect()
    });
    let mut lines = gold.lines();
    let mut subset = format!("{}\n", lines.next().unwrap());
    for line in lines {
        let case = line.split(',').next().unwrap();
        if keep.as_ref().is_none_or(|k| k.iter().any(|c| c == case)) {
            subset.push_str(line);
            subset.push('\n');
        }
    }
    let name = format!("gold-{set}-{}.csv", cases.unwrap_or("all"));
    std::fs::write(sandbox.path(&name), subset).unwrap();
    let printed = sandbox.selaras(&["eval", "--gold", &name, "--aligned-dir", aligned]);
    let mut figures = summary(printed.lines().last().unwrap());
    let names = printed
        .lines()
        .find(|l| l.starts_with("name variant:"))
        .expect("eval's name line");
    let words: Vec<&str> = names.split_whitespace().collect();
    let after = |w: &str| words[words.iter().position(|x| *x == w).unwrap() + 1].to_owned();
    figures.insert("name-P".into(), after("precision"));
    figures.insert("name-R".into(), after("recall"));
    figures
}

#[test]
fn the_generated_set_and_news_tables_are_what_eval_prints() {
    let readme = readme();
    let sandbox = Sandbox::new();
    for set in ["generated", "news", "news-human", "news-human-changed"] {
        let manifest = format!("data/{set}/manifest.csv");
        sandbox.selaras(&["batch", "-q", "--manifest", &manifest, "--out-dir", set]);
    }

    let generated = section(&readme, "### Seeds and the generated set");
    for (label, split) in [
        ("dev (tuned on)", Some("dev")),
        ("test (held out)", Some("test")),
        ("all 60 cases", None),
    ] {
        let got = score(&sandbox, "generated", "generated", split);
        let row = table_row(generated, label);
        // link F1 | P | R | none-acc | spearman | number-mismatch P / R | (name: not eval's)
        let want = [
            got["F1"].clone(),
            got["P"].clone(),
            got["R"].clone(),
            got["none-acc"].clone(),
            got["spearman"].clone(),
            format!("{} / {}", got["num-P"], got["num-R"]),
        ];
        assert_eq!(row[1..7], want, "generated set, {label}");
    }

    for (set, heading) in [
        ("news", "### Real news (`data/news`)"),
        ("news-human", "### Human translations (`data/news-human`)"),
        (
            "news-human-changed",
            "### Human translations with injected changes (`data/news-human-changed`)",
        ),
    ] {
        let table = section(&readme, heading);
        for split in ["dev", "test"] {
            news_row_is_what_eval_prints(&sandbox, table, set, split);
        }
    }
}

/// A real-news table row (`split (`...) against what `eval` prints for
/// `set`'s `split`.
fn news_row_is_what_eval_prints(sandbox: &Sandbox, table: &str, set: &str, split: &str) {
    let got = score(sandbox, set, set, Some(split));
    let row = table_row(table, &format!("{split} ("));
    // link F1 | P | R | none-acc | number-mismatch P / R | name-flag P / R
    let want = [
        got["F1"].clone(),
        got["P"].clone(),
        got["R"].clone(),
        got["none-acc"].clone(),
        format!("{} / {}", got["num-P"], got["num-R"]),
        format!("{} / {}", got["name-P"], got["name-R"]),
    ];
    assert_eq!(row[1..7], want, "{set}, {split}");
}

#[test]
fn the_json_lines_example_is_the_row_align_writes() {
    let readme = readme();
    let at = readme
        .find("Example (one line, pretty-printed):")
        .expect("the JSON Lines example");
    let example = blocks(&readme[at..])
        .into_iter()
        .find(|b| b.lang == "json")
        .expect("its json block");
    let want: serde_json::Value = serde_json::from_str(&example.text).unwrap();
    let sandbox = Sandbox::new();
    let seeds = "data/seeds/";
    let files = [
        "000_31f64dc309fd023f.txt",
        "001_3e425f8097483d0b.txt",
        "002_45c968010e991f99.txt",
        "003_61f1ce00a828e056.txt",
    ]
    .map(|f| format!("{seeds}{f}"));
    let printed = sandbox.selaras(&[
        "align", "-q", "--format", "jsonl", "--source", &files[0], "--target", &files[1],
        &files[2], &files[3],
    ]);
    let got = printed
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|o| o["source_sent"] == want["source_sent"] && o["target_doc"] == want["target_doc"])
        .expect("the example's row");
    assert_eq!(
        got, want,
        "README's JSON Lines example vs. align --format jsonl"
    );
}
