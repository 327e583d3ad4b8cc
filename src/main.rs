//! The `selaras` binary: parse the command line, run the library, print one
//! line on error. Nothing else lives here.

mod batch_cmd;
mod cli;

use std::process::ExitCode;

use clap::Parser;
use selaras::app::{self, AlignSummary};

/// The binary's allocator: profiling builds many small strings and vectors,
/// and mimalloc serves them with about a sixth fewer instructions over a
/// batch than the system allocator (built without transparent huge pages:
/// see Cargo.toml). Chosen here, not in the library, so a program that links
/// the library keeps its own choice.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("selaras: {err}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: cli::Cli) -> Result<ExitCode, selaras::Error> {
    match cli.command {
        cli::Command::Align(args) => {
            let quiet = args.quiet;
            let html = args.html.clone();
            let cfg = args.into_config()?;
            let summary = app::align_with_html(&cfg, html.as_deref())?;
            if !quiet {
                eprint!("{}", summary_text(&summary));
            }
            Ok(ExitCode::SUCCESS)
        }
        cli::Command::Batch(args) => batch_cmd::run(args),
        cli::Command::Eval(args) => {
            let cfg = args.into_config()?;
            let min_f1 = cfg.min_f1;
            let outcome = app::evaluate(&cfg)?;
            for w in &outcome.warnings {
                eprintln!("selaras: warning: {w}");
            }
            print!("{}", outcome.text);
            if !outcome.text.ends_with('\n') {
                println!();
            }
            match (min_f1, outcome.f1) {
                (Some(min), f1) if f1.unwrap_or(0.0) < min => {
                    eprintln!(
                        "selaras: link F1 {} is below --min-f1 {min}",
                        f1.map_or("n/a".to_owned(), |v| format!("{v:.3}"))
                    );
                    Ok(ExitCode::from(1))
                }
                _ => Ok(ExitCode::SUCCESS),
            }
        }
    }
}

/// The end-of-run summary: per report, how many source sentences it
/// carries; the unmatched; the most divergent pairs.
fn summary_text(s: &AlignSummary) -> String {
    let mut out = format!("selaras: {} source sentences\n", s.source_sentences);
    for (name, n) in &s.per_report {
        out.push_str(&format!("  {name}: {n} aligned\n"));
    }
    out.push_str(&format!("  unmatched: {}\n", s.unmatched));
    // As printed: the rounded scores sort and show as in the output.
    let records: Vec<selaras::output::Record<'_>> =
        s.rows().map(selaras::output::Record::new).collect();
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
            r.target_doc,
            r.target_sent,
            if r.notes.is_empty() {
                "wording"
            } else {
                &r.notes
            }
        ));
    }
    out
}
