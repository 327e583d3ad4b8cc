//! The `selaras` binary: parse the command line, run the library, print one
//! line on error. Nothing else lives here.

mod batch_cmd;
mod cli;
mod docs_cmd;
mod stamp;

use std::process::ExitCode;

use clap::Parser;
use selaras::internals::app::{self, AlignSummary};

/// The binary's allocator: profiling builds many small strings and vectors,
/// and mimalloc serves them with about a sixth fewer instructions over a
/// batch than the system allocator (built without transparent huge pages:
/// see Cargo.toml). Chosen here, not in the library, so a program that links
/// the library keeps its own choice.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    #[cfg(unix)]
    remove_temporaries_on_signals();
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return argument_error(&e),
    };
    match run(cli) {
        Ok(code) => code,
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            say(&format!("selaras: {err}"));
            ExitCode::from(2)
        }
    }
}

/// Prints `line` on standard error as one line: a newline or other control
/// character in a path or case name is escaped, so every message stays one
/// line a log reader can trust. An unwritable standard error (`2>/dev/full`,
/// a closed pipe) is ignored: the exit status still tells the outcome, and a
/// diagnostic must never turn a run into a panic.
pub fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{}", one_line(line));
}

/// `text` with control characters escaped (`\n`, `\r`, `\t`, `\u{1b}`).
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A command-line error from clap, as one line that names the flag
/// (`selaras: invalid value 'x' for '--max-bytes <BYTES>': ...`), exit
/// status 2; help and version print as clap prints them.
fn argument_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
    }
    let text = e.render().to_string();
    let message: Vec<&str> = text
        .lines()
        .take_while(|l| !l.starts_with("Usage:"))
        .map(str::trim)
        .filter(|l| {
            !l.is_empty() && !l.starts_with("tip:") && !l.starts_with("For more information")
        })
        .collect();
    let message = message.join(" ");
    say(&format!(
        "selaras: {}",
        message.strip_prefix("error: ").unwrap_or(&message)
    ));
    ExitCode::from(2)
}

/// On SIGTERM, SIGINT or SIGHUP, removes the temporary files of outputs not
/// yet renamed into place, then ends the process as the signal would have.
/// A thread of its own waits for the signals (signal-hook), so the removal
/// runs as ordinary code, not inside a signal handler.
#[cfg(unix)]
fn remove_temporaries_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            selaras::internals::report::output::remove_temporaries();
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            std::process::exit(128 + signal);
        }
    });
}

fn run(cli: cli::Cli) -> Result<ExitCode, selaras::Error> {
    match cli.command {
        cli::Command::Align(args) => {
            let quiet = args.quiet;
            let cfg = args.into_config()?;
            if cfg.out.as_os_str() == "-" {
                // A closed standard output fails now, not after the work.
                selaras::internals::report::output::standard_output()?;
            }
            let stamp = match cfg.html {
                Some(_) => stamp::of_this_run()?,
                None => Default::default(),
            };
            let summary = app::align(&cfg, &stamp)?;
            if !quiet {
                for line in summary_text(&summary).lines() {
                    say(line);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        cli::Command::Batch(args) => batch_cmd::run(args),
        cli::Command::Completions(args) => {
            docs_cmd::completions(args.shell)?;
            Ok(ExitCode::SUCCESS)
        }
        cli::Command::Man => {
            docs_cmd::man()?;
            Ok(ExitCode::SUCCESS)
        }
        cli::Command::Eval(args) => {
            let cfg = args.into_config()?;
            selaras::internals::report::output::standard_output()?;
            let min_f1 = cfg.min_f1;
            let outcome = app::evaluate(&cfg)?;
            for w in &outcome.warnings {
                say(&format!("selaras: warning: {w}"));
            }
            let mut text = outcome.text.clone();
            if !text.ends_with('\n') {
                text.push('\n');
            }
            selaras::internals::report::output::write_atomically(std::path::Path::new("-"), |w| {
                w.write_all(text.as_bytes())
                    .map_err(|source| selaras::Error::Write {
                        path: "-".into(),
                        source,
                    })
            })?;
            match (min_f1, outcome.f1) {
                (Some(min), f1) if f1.unwrap_or(0.0) < min => {
                    say(&format!(
                        "selaras: link F1 {} is below --min-f1 {min}",
                        f1.map_or("n/a".to_owned(), |v| format!("{v:.3}"))
                    ));
                    Ok(ExitCode::from(1))
                }
                _ => Ok(ExitCode::SUCCESS),
            }
        }
    }
}

/// The end-of-run summary: per report, how many source sentences it
/// carries; the unmatched; the most divergent pairs.
/// Each line goes through [`say`], so names in it are escaped.
fn summary_text(s: &AlignSummary) -> String {
    let mut out = format!("selaras: {} source sentences\n", s.source_sentences);
    for (name, n) in &s.per_report {
        out.push_str(&format!("  {}: {n} aligned\n", one_line(name)));
    }
    out.push_str(&format!("  unmatched: {}\n", s.unmatched));
    // As printed: the rounded scores sort and show as in the output.
    let records: Vec<selaras::internals::report::output::Record<'_>> = s
        .rows()
        .map(selaras::internals::report::output::Record::new)
        .collect();
    let mut linked: Vec<_> = records
        .iter()
        .filter(|r| !r.target_doc.is_empty())
        .collect();
    linked.sort_by(|a, b| {
        b.divergence
            .unwrap_or(0.0)
            .total_cmp(&a.divergence.unwrap_or(0.0))
    });
    for r in linked.iter().take(3) {
        out.push_str(&format!(
            "  divergence {:.2}: source {} ~ {} {}: {}\n",
            r.divergence.unwrap_or(0.0),
            r.source_sent,
            one_line(&r.target_doc),
            r.target_sent,
            if r.notes.is_empty() {
                "wording".to_owned()
            } else {
                one_line(&r.notes)
            }
        ));
    }
    out
}
