//! Saved pages on arbitrary bytes: the HTML reader (html5ever, then the article or the densest
//! prose) gives a text whose findings lie inside it, never a panic.
#![no_main]

#[allow(dead_code)]
#[path = "../../src/bin/montants/html.rs"]
mod html;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = html::page(&String::from_utf8_lossy(data));
    if let Some(title) = &page.title {
        assert!(page.text.starts_with(title.as_str()) || page.text.contains(title.as_str()));
    }
    for f in montants::extract(&page.text) {
        assert_eq!(page.text.get(f.byte_start..f.byte_end), Some(f.text.as_str()));
    }
});
