//! `Extractor::feed` then `finish` on a text cut into pieces gives the findings of `extract`
//! on the whole. The input is a text and the cut points: the first byte sets how many pieces,
//! the text is repeated so that pieces pass the extractor's context (64 KiB).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: (u8, u16, &str)| {
    let (repeat, step, base) = data;
    if base.is_empty() {
        return;
    }
    let times = 1 + usize::from(repeat) * (200_000 / (base.len() * 256) + 1);
    let text = format!("{base}\n\n").repeat(times);
    let step = 1 + usize::from(step) * 4;
    let whole = montants::extract(&text);
    let mut extractor = montants::Extractor::new();
    let mut parts = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let mut end = (at + step).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        parts.extend(extractor.feed(&text[at..end]));
        at = end;
    }
    parts.extend(extractor.finish());
    assert_eq!(parts.len(), whole.len());
    for (a, b) in parts.iter().zip(&whole) {
        assert_eq!(a, b);
    }
});
