//! The binary's part of a review page's evidence stamp: the version, the
//! time and the command line as run (the library adds the input files, as
//! its case loader read them).
//!
//! The time is now, or `SOURCE_DATE_EPOCH` when it is set (the
//! reproducible-builds convention), so golden tests and reproducible runs
//! can pin it.

use std::ffi::OsString;
use std::time::{SystemTime, UNIX_EPOCH};

use selaras::internals::report::html::{Stamp, LATEST_TIME};
use selaras::Error;

/// The stamp of this run, inputs still empty.
pub fn of_this_run() -> Result<Stamp, Error> {
    Ok(Stamp {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        time: page_time(std::env::var_os("SOURCE_DATE_EPOCH"), SystemTime::now())?,
        command: command_line(std::env::args_os()),
        inputs: Vec::new(),
    })
}

/// Seconds since 1970 UTC: `SOURCE_DATE_EPOCH` when set (a whole number of
/// seconds, refused otherwise, as the convention asks), else `now`.
fn page_time(source_date_epoch: Option<OsString>, now: SystemTime) -> Result<u64, Error> {
    match source_date_epoch {
        Some(value) => value
            .to_str()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .filter(|&t| t <= LATEST_TIME)
            .ok_or_else(|| {
                Error::Usage(format!(
                    "SOURCE_DATE_EPOCH={} is not a number of seconds since 1970 \
                     (up to {LATEST_TIME})",
                    value.to_string_lossy()
                ))
            }),
        None => Ok(now
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs().min(LATEST_TIME))),
    }
}

/// The command line as a shell would take it back: the program by its
/// file name (not the folder it was run from), then each argument,
/// single-quoted when it holds anything but plain characters.
fn command_line(args: impl IntoIterator<Item = OsString>) -> String {
    let mut args = args.into_iter();
    let program = args
        .next()
        .map(|p| {
            std::path::Path::new(&p).file_name().map_or_else(
                || p.to_string_lossy().into_owned(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .unwrap_or_else(|| "selaras".to_owned());
    std::iter::once(quote(&program))
        .chain(args.map(|a| quote(&a.to_string_lossy())))
        .collect::<Vec<_>>()
        .join(" ")
}

fn quote(arg: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./=:,@%+".contains(c);
    if !arg.is_empty() && arg.chars().all(plain) {
        arg.to_owned()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn source_date_epoch_pins_the_time_and_must_be_seconds() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(page_time(None, now).unwrap(), 1_700_000_000);
        assert_eq!(page_time(Some("0".into()), now).unwrap(), 0);
        assert_eq!(page_time(Some("86400".into()), now).unwrap(), 86_400);
        for bad in ["", "-1", "1.5", "yesterday", "99999999999999999999"] {
            assert!(page_time(Some(bad.into()), now).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_command_line_reads_back_in_a_shell() {
        let args = [
            "/usr/local/bin/selaras",
            "align",
            "--source",
            "my file.txt",
            "it's",
            "a;b",
            "",
        ];
        assert_eq!(
            command_line(args.map(OsString::from)),
            "selaras align --source 'my file.txt' 'it'\\''s' 'a;b' ''"
        );
    }
}
