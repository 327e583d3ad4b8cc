//! Reading: `input::decode` on arbitrary bytes must return text or a
//! one-line problem, never panic; accepted text is never blank and has no
//! CR or NUL left in it (the rest of the pipeline relies on both).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match selaras::internals::text::input::decode(data) {
        Ok(text) => {
            assert!(!text.trim().is_empty(), "blank text accepted");
            assert!(!text.contains('\r'), "CR left in decoded text");
            assert!(!text.contains('\0'), "NUL left in decoded text");
        }
        Err(problem) => assert!(!problem.contains('\n'), "multi-line problem: {problem}"),
    }
});
