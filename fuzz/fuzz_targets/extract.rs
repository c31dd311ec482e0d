//! `extract` on arbitrary text: never panics, and every finding's offsets hold its text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let found = montants::extract(text);
    let mut last_end = 0;
    for f in &found {
        assert!(f.byte_start < f.byte_end && f.byte_end <= text.len());
        assert!(f.byte_start >= last_end, "findings overlap or go back");
        assert_eq!(&text[f.byte_start..f.byte_end], f.text);
        assert_eq!(text[..f.byte_start].chars().count(), f.start);
        assert!(f.sentence.len() <= montants::text::MAX_SENTENCE);
        last_end = f.byte_end;
    }
});
