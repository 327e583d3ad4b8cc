//! What a user installs beside the binary: `selaras completions SHELL` and
//! `selaras man` print scripts and a page generated from the same command
//! line as `--help`, so every subcommand and flag is in them.

use crate::util::{stderr, Workdir};

const SUBCOMMANDS: [&str; 5] = ["align", "eval", "batch", "completions", "man"];

fn printed(args: &[&dyn AsRef<std::ffi::OsStr>]) -> String {
    let out = Workdir::new().run(args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "nothing on standard error");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn each_shell_gets_a_script_that_names_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = printed(&[&"completions", &shell]);
        assert!(script.len() > 1000, "{shell}: {} bytes", script.len());
        for sub in SUBCOMMANDS {
            assert!(script.contains(sub), "{shell} script lacks `{sub}`");
        }
        for flag in ["source", "manifest", "gold", "no-bom"] {
            // fish names a long flag `-l NAME`, the others `--NAME`.
            let written = if shell == "fish" {
                format!("-l {flag} ")
            } else {
                format!("--{flag}")
            };
            assert!(
                script.contains(&written),
                "{shell} script lacks `{written}`"
            );
        }
    }
    let out = Workdir::new().run(&[&"completions", &"tcsh"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("possible values"), "{}", stderr(&out));
}

/// The bash script completes a subcommand and a flag when bash runs it
/// (skipped where there is no bash).
#[test]
fn the_bash_script_completes_in_bash() {
    let script = printed(&[&"completions", &"bash"]);
    let wd = Workdir::new();
    let path = wd.write("selaras.bash", &script);
    let complete = |words: &str| -> Option<String> {
        let program = format!(
            "source {}; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             _selaras selaras \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
             printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            path.display()
        );
        let out = std::process::Command::new("bash")
            .args(["--norc", "--noprofile", "-c", &program])
            .output()
            .ok()?;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        Some(String::from_utf8(out.stdout).unwrap())
    };
    let Some(subs) = complete("selaras al") else {
        eprintln!("no bash here: the script is not run");
        return;
    };
    assert_eq!(subs.trim(), "align");
    let flags = complete("selaras batch --ma").unwrap();
    assert_eq!(flags.trim(), "--manifest\n--max-bytes");
}

#[test]
fn the_man_page_starts_with_th_and_lists_the_options_of_align() {
    let page = printed(&[&"man"]);
    assert!(page.starts_with(".TH selaras 1 "), "{}", &page[..60]);
    let align = page
        .split(".SH \"SELARAS ALIGN\"\n")
        .nth(1)
        .expect("a section for align");
    let align = align.split("\n.SH ").next().unwrap();
    // roff writes a flag's hyphens as `\-`.
    for flag in [
        "source",
        "target",
        "source\\-lang",
        "target\\-lang",
        "lexicon",
        "max\\-bytes",
        "out",
        "format",
        "html",
        "no\\-bom",
        "quiet",
    ] {
        assert!(
            align.contains(&format!("\\fB\\-\\-{flag}\\fR")),
            "align's section lacks --{flag}"
        );
    }
    for sub in ["EVAL", "BATCH", "COMPLETIONS", "MAN"] {
        assert!(page.contains(&format!(".SH \"SELARAS {sub}\"")), "{sub}");
    }
    // man(1) reads it without complaint, where man is installed.
    let wd = Workdir::new();
    let path = wd.write("selaras.1", &page);
    if let Ok(out) = std::process::Command::new("man")
        .args(["--warnings", "-l"])
        .arg(&path)
        .env("MANWIDTH", "80")
        .env_remove("MAN_KEEP_FORMATTING")
        .output()
    {
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            String::from_utf8_lossy(&out.stderr).trim().is_empty(),
            "man warns: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.contains("SELARAS ALIGN"), "{text}");
    }
}
