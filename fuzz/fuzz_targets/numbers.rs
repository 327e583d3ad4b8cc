//! Number parsing: `anchors::numbers::extract` on any text never panics, and
//! what it finds can be formatted and compared with itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selaras::internals::anchors::numbers;
use selaras::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in [Lang::Id, Lang::En] {
        let found = numbers::extract(text, lang);
        for a in &found {
            let _ = numbers::format_value(a);
            for b in &found {
                let _ = numbers::relation(a, b);
            }
        }
    }
});
