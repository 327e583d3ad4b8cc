//! The integration tests, as one test binary (one link instead of nine):
//! each module is the file it was, and `util` is shared by those that run
//! the binary. The golden outputs (`tests/golden/`) and the fixtures
//! (`tests/fixtures/`) stay beside this folder.

mod batch;
mod cli;
mod gold;
mod golden;
mod hostile;
mod install;
mod nothing_lost;
mod probes;
mod probes_conventions;
mod probes_dates;
mod probes_indonesian;
mod probes_names;
mod probes_numbers;
mod probes_quotes;
mod probes_renderings;
mod probes_stories;
mod probes_stories10;
mod probes_stories11;
mod probes_stories12;
mod probes_stories13;
mod probes_stories14;
mod probes_stories16;
mod probes_stories17;
mod probes_stories18;
mod probes_stories19;
mod probes_stories2;
mod probes_stories20;
mod probes_stories21;
mod probes_stories22;
mod probes_stories23;
mod probes_stories24;
mod probes_stories25;
mod probes_stories26;
mod probes_stories27;
mod probes_stories28;
mod probes_stories29;
mod probes_stories3;
mod probes_stories30;
mod probes_stories31;
mod probes_stories32;
mod probes_stories33;
mod probes_stories34;
mod probes_stories35;
mod probes_stories36;
mod probes_stories37;
mod probes_stories38;
mod probes_stories39;
mod probes_stories4;
mod probes_stories43;
mod probes_stories47;
mod probes_stories49;
mod probes_stories51;
mod probes_stories54;
mod probes_stories6;
mod probes_stories7;
mod probes_stories8;
mod probes_stories9;
mod props;
// Runs bash and links files: Unix only.
#[cfg(unix)]
mod readme;
mod realnews;
mod review;
mod stories;
mod util;
