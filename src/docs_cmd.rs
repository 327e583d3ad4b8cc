//! What the binary prints about itself for installing: `selaras completions
//! SHELL` (a completion script, clap_complete) and `selaras man` (the manual
//! page in roff, clap_mangen).
//!
//! In: the command line as clap sees it ([`crate::cli::Cli`]). Out: bytes on
//! standard output, written as eval's report is (a closed pipe downstream
//! ends quietly). Why here: both are generated from the same definitions as
//! `--help`, so they cannot drift from the flags; one page holds every
//! subcommand's options, because `man selaras` is where a user looks.

use std::io::Write;
use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;
use selaras::internals::report::output;
use selaras::Error;

use crate::cli::Cli;

/// `selaras completions SHELL`: the completion script for `shell`.
pub fn completions(shell: Shell) -> Result<(), Error> {
    print(&completion_script(shell))
}

/// `selaras man`: the manual page, one page for every subcommand.
pub fn man() -> Result<(), Error> {
    print(&man_page())
}

/// The completion script for `shell`, naming the command `selaras`.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "selaras", &mut buf);
    buf
}

/// A renderer of one section of a page.
type Section = fn(&clap_mangen::Man, &mut dyn Write) -> std::io::Result<()>;

/// The manual page: clap_mangen's page for the command (title, name,
/// synopsis, description, options), then one section per subcommand,
/// `SELARAS ALIGN` and so on, with its description, synopsis and options.
/// clap_mangen would otherwise list the subcommands as pages of their own
/// (`selaras-align(1)`), which a single printed page does not have.
pub fn man_page() -> Vec<u8> {
    let mut cmd = Cli::command();
    cmd.build();
    let top = clap_mangen::Man::new(cmd.clone());
    // Each section comes with the preamble that defines the apostrophe
    // string (`.ie \n(.g .ds Aq ...`); the page needs it once, after .TH.
    let (preamble, title) = split_preamble(&render(&top, clap_mangen::Man::render_title));
    let mut page = title;
    page.push_str(&preamble);
    let sections: [Section; 4] = [
        clap_mangen::Man::render_name_section,
        clap_mangen::Man::render_synopsis_section,
        clap_mangen::Man::render_description_section,
        clap_mangen::Man::render_options_section,
    ];
    for section in sections {
        page.push_str(&split_preamble(&render(&top, section)).1);
    }
    // `help` is clap's own and has nothing to say on a page.
    let subcommands = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help");
    for sub in subcommands {
        let man = clap_mangen::Man::new(sub.clone());
        page.push_str(&format!(
            ".SH \"SELARAS {}\"\n",
            sub.get_name().to_uppercase()
        ));
        page.push_str(&body(&man, clap_mangen::Man::render_description_section));
        page.push_str(".PP\n");
        page.push_str(&body(&man, clap_mangen::Man::render_synopsis_section));
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            page.push_str(&body(&man, clap_mangen::Man::render_options_section));
        }
    }
    page.into_bytes()
}

/// One section as roff text.
fn render(man: &clap_mangen::Man, section: Section) -> String {
    let mut buf = Vec::new();
    // Writing into memory cannot fail, and roff is built from UTF-8 strings.
    section(man, &mut buf).expect("writing to memory");
    String::from_utf8(buf).expect("roff from UTF-8 text")
}

/// A rendered section split into its preamble (the lines before its first
/// line that is not a conditional `.ie`/`.el` request) and the rest.
fn split_preamble(text: &str) -> (String, String) {
    let mut preamble = String::new();
    let mut rest = text;
    while rest.starts_with(".ie ") || rest.starts_with(".el ") {
        let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        preamble.push_str(&rest[..end]);
        rest = &rest[end..];
    }
    (preamble, rest.to_owned())
}

/// A section without its preamble and its `.SH` heading line, so it can sit
/// under the subcommand's own heading. Only the first heading is dropped:
/// each of these sections has one (no argument has a help heading of its
/// own, which would add another).
fn body(man: &clap_mangen::Man, section: Section) -> String {
    let text = split_preamble(&render(man, section)).1;
    match text.strip_prefix(".SH ") {
        Some(rest) => rest
            .find('\n')
            .map_or(String::new(), |i| rest[i + 1..].to_owned()),
        None => text,
    }
}

/// Writes `bytes` to standard output as eval does.
fn print(bytes: &[u8]) -> Result<(), Error> {
    output::standard_output()?;
    output::write_atomically(Path::new("-"), |w| {
        w.write_all(bytes).map_err(|source| Error::Write {
            path: "-".into(),
            source,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subcommand_has_its_own_man_section_with_its_options() {
        let page = String::from_utf8(man_page()).unwrap();
        assert!(page.starts_with(".TH selaras 1"), "{}", &page[..40]);
        assert_eq!(page.matches(".ds Aq").count(), 2, "the preamble once");
        for heading in [
            "SELARAS ALIGN",
            "SELARAS EVAL",
            "SELARAS BATCH",
            "SELARAS COMPLETIONS",
            "SELARAS MAN",
        ] {
            assert!(page.contains(&format!(".SH \"{heading}\"\n")), "{heading}");
        }
        assert!(!page.contains("selaras\\-align(1)"), "no page of its own");
        assert!(!page.contains("SELARAS HELP"));
        // Every section heading line is one the page means to have.
        for line in page.lines().filter(|l| l.starts_with(".SH ")) {
            assert!(
                [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS"].contains(&line)
                    || line.starts_with(".SH \"SELARAS "),
                "{line}"
            );
        }
    }
}
