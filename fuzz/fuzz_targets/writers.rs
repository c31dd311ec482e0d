//! The CSV and JSON writers on the findings of arbitrary text: their output re-parses, one
//! record per finding, with the mention as written (JSON) or made inert (CSV).
#![no_main]

#[allow(dead_code)]
#[path = "../../src/bin/montants/output/mod.rs"]
mod output;

use libfuzzer_sys::fuzz_target;
use output::{Dialect, Format, Options};

fn write(format: Format, doc: &str, findings: &[montants::Finding]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let options = Options {
            format,
            dialect: Dialect::Rfc4180,
            explain: true,
            summary: false,
            emit_text: false,
        };
        let mut w = output::writer(options, Box::new(&mut out));
        w.write(doc, findings).unwrap();
        w.finish().unwrap();
    }
    out
}

fuzz_target!(|data: (&str, &str)| {
    let (doc, text) = data;
    let findings = montants::extract(text);
    let json: serde_json::Value =
        serde_json::from_slice(&write(Format::Json, doc, &findings)).unwrap();
    let records = json.as_array().unwrap();
    assert_eq!(records.len(), findings.len());
    for (r, f) in records.iter().zip(&findings) {
        assert_eq!(r["text"].as_str().unwrap(), f.text);
        assert_eq!(r["doc"].as_str().unwrap(), doc);
    }
    let jsonl = write(Format::Jsonl, doc, &findings);
    let lines: Vec<serde_json::Value> = std::str::from_utf8(&jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), findings.len());
    let csv = write(Format::Csv, doc, &findings);
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), findings.len());
    for row in &rows {
        // No cell starts a formula, and no control character other than line breaks and tabs
        // reaches the file.
        for cell in row.iter() {
            let visible = cell.trim_start_matches(['\u{200b}', '\u{feff}', ' ', '\u{a0}']);
            assert!(
                !visible.starts_with(['=', '+', '-', '@', '＝', '＋', '－', '＠'])
                    || cell.starts_with('\'')
                    || cell.parse::<f64>().is_ok(),
                "{cell:?}"
            );
            assert!(
                !cell
                    .chars()
                    .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')),
                "{cell:?}"
            );
        }
    }
});
