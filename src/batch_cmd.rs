//! The binary's side of `selaras batch`: runs the library's batch with an
//! observer that prints one line per failed case on standard error and drives
//! a progress bar (only when standard error is a terminal, so logs and pipes
//! stay clean), then turns the totals into an exit status.

use std::io::IsTerminal;
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use selaras::internals::batch::{self, Event};

use crate::cli::BatchArgs;

/// Runs `selaras batch`; exit status 1 when any manifest case failed.
pub fn run(args: BatchArgs) -> Result<ExitCode, selaras::Error> {
    let mut opts = args.options();
    if let Some(dir) = &args.html_dir {
        opts.pages = Some(batch::ReviewPages {
            dir: dir.clone(),
            stamp: crate::stamp::of_this_run()?,
        });
    }
    let out = args.batch_out()?;
    let show_bar = !args.quiet && std::io::stderr().is_terminal();
    let bar = if show_bar {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    // A stream has no known length: count cases until the manifest says how
    // many there are, then show a bar with an estimate.
    let style = |template| ProgressStyle::with_template(template).expect("the template is valid");
    bar.set_style(style("{spinner} [{elapsed_precise}] {pos} cases"));
    let mut observe = |event: Event<'_>| match event {
        Event::Total(n) => {
            bar.set_style(style(
                "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} cases, ETA {eta}",
            ));
            bar.set_length(n as u64);
        }
        Event::Done(report) => {
            if let Some(e) = &report.error {
                // println through the bar so the line is not drawn over.
                bar.suspend(|| crate::say(&format!("selaras: case {}: {e}", report.case)));
            }
            bar.inc(1);
        }
    };
    let summary = match (&out, &args.manifest) {
        (Some(out), Some(manifest)) => batch::run_manifest(manifest, out, &opts, &mut observe)?,
        _ => {
            let stdin = std::io::stdin().lock();
            let stdout =
                std::io::BufWriter::new(selaras::internals::report::output::standard_output()?);
            batch::run_jsonl(stdin, stdout, &opts, &mut observe)?
        }
    };
    bar.finish_and_clear();
    if !args.quiet {
        crate::say(&format!(
            "selaras: {} cases, {} failed, {} source sentences",
            summary.cases, summary.failed, summary.source_sentences
        ));
    }
    // With --jsonl a bad case is answered in-band: a mapper that exits
    // non-zero makes Spark or Hadoop fail (and retry) the whole task.
    if out.is_some() && summary.failed > 0 {
        Ok(ExitCode::from(1))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}
