//! The JSON Lines reader on arbitrary bytes: every line gives a document or a problem that
//! names the stream and the line, never a panic.
#![no_main]

#[allow(dead_code)]
#[path = "../../src/bin/montants/input.rs"]
mod input;

#[allow(dead_code)]
#[path = "../../src/bin/montants/html.rs"]
mod html;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let fields = input::Fields {
        id: "id",
        text: "text",
        html: false,
        country: None,
    };
    let mut number = 0;
    for line in data.split_inclusive(|&b| b == b'\n') {
        number += 1;
        let raw = input::RawRecord {
            number,
            bytes: line.to_vec(),
            too_long: false,
        };
        match input::parse_raw_record("in.jsonl", &raw, &fields) {
            Ok(doc) => {
                assert!(!doc.id.is_empty());
                let _ = montants::extract(&doc.text);
            }
            Err(input::Problem::Error(m)) => {
                assert!(m.starts_with(&format!("in.jsonl:{number}: ")))
            }
            Err(p) => panic!("{p:?}"),
        }
    }
});
