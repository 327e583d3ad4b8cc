//! Segmentation: on any text, in either language, `segment` never panics,
//! loses no non-space character, and its spans point at the unit's text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selaras::internals::text::segment;
use selaras::Lang;

fn non_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in [Lang::Id, Lang::En] {
        let units = segment::segment(text, lang);
        let joined: String = units.iter().map(|u| non_space(&u.text)).collect();
        assert_eq!(joined, non_space(text), "characters lost or added");
        for u in &units {
            assert!(!u.text.is_empty(), "empty unit");
            let slice = text.get(u.span.clone()).expect("span on a char boundary");
            assert_eq!(non_space(slice), non_space(&u.text), "span and text differ");
        }
    }
});
