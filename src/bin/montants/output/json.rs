//! JSON (one array, streamed, still valid whatever fails in between) and JSON Lines.

use super::{FindingWriter, explain};
use montants::{Decimal, Finding};
use serde::Serialize;
use std::io::{self, Write};
use std::str::FromStr;

pub struct JsonWriter<'a> {
    out: Box<dyn Write + 'a>,
    first: bool,
    array: bool,
    explain: bool,
    emit_text: bool,
}

impl<'a> JsonWriter<'a> {
    pub fn new(out: Box<dyn Write + 'a>, array: bool, explain: bool) -> Self {
        JsonWriter {
            out,
            first: true,
            array,
            explain,
            emit_text: false,
        }
    }

    /// Also write each HTML page's text and fields (`--emit-text`).
    pub fn emit_text(mut self, on: bool) -> Self {
        self.emit_text = on;
        self
    }
}

/// `{"doc": …, "document": {"text": …, "title": …, "published": …, "site_name": …}}`.
#[derive(Serialize)]
struct DocumentRecord<'a> {
    doc: &'a str,
    document: DocumentBody<'a>,
}

#[derive(Serialize)]
struct DocumentBody<'a> {
    text: &'a str,
    title: Option<&'a str>,
    published: Option<&'a str>,
    site_name: Option<&'a str>,
}

#[derive(Serialize)]
struct Record<'a> {
    doc: &'a str,
    index: usize,
    line: usize,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    text: &'a str,
    value: Option<serde_json::Number>,
    min: Option<serde_json::Number>,
    max: Option<serde_json::Number>,
    currency: &'a str,
    currency_inferred: bool,
    qualifier: &'a str,
    period: Option<&'a str>,
    per: Option<&'a str>,
    source: &'a str,
    source_cue: Option<&'a str>,
    actors: Vec<ActorRecord<'a>>,
    purpose: Option<&'a str>,
    part_of: Option<usize>,
    repeat_of: Option<usize>,
    rule: &'a str,
    sentence: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<String>,
}

#[derive(Serialize)]
struct ActorRecord<'a> {
    name: &'a str,
    kind: &'a str,
    role: &'a str,
}

/// An exact decimal as a JSON number, digit for digit (no float on the way).
pub fn number(d: Option<Decimal>) -> Option<serde_json::Number> {
    d.map(|d| serde_json::Number::from_str(&d.normalize().to_string()).expect("decimal digits"))
}

fn record<'a>(doc: &'a str, f: &'a Finding, with_explain: bool) -> Record<'a> {
    Record {
        doc,
        index: f.index,
        line: f.line,
        start: f.start,
        end: f.end,
        byte_start: f.byte_start,
        byte_end: f.byte_end,
        text: &f.text,
        value: number(f.value),
        min: number(f.min),
        max: number(f.max),
        currency: f.currency,
        currency_inferred: f.currency_inferred,
        qualifier: f.qualifier.as_str(),
        period: f.period.map(|p| p.as_str()),
        per: f.per.map(|p| p.as_str()),
        source: f.source.as_str(),
        source_cue: f.source_cue.as_deref(),
        actors: f
            .actors
            .iter()
            .map(|a| ActorRecord {
                name: &a.name,
                kind: a.kind.as_str(),
                role: a.role.as_str(),
            })
            .collect(),
        purpose: f.purpose.as_deref(),
        part_of: f.part_of,
        repeat_of: f.repeat_of,
        rule: f.rule,
        sentence: &f.sentence,
        explain: with_explain.then(|| explain(f)),
    }
}

impl JsonWriter<'_> {
    /// Writes one serialisable value as the next element.
    pub fn element(&mut self, value: &impl Serialize) -> io::Result<()> {
        if self.array {
            self.out
                .write_all(if self.first { b"[\n" } else { b",\n" })?;
        }
        self.first = false;
        serde_json::to_writer(&mut self.out, value)?;
        if !self.array {
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }
}

impl FindingWriter for JsonWriter<'_> {
    fn document(&mut self, doc: &str, fields: &super::DocumentFields) -> io::Result<()> {
        if !self.emit_text {
            return Ok(());
        }
        let record = DocumentRecord {
            doc,
            document: DocumentBody {
                text: fields.text,
                title: fields.title,
                published: fields.published,
                site_name: fields.site_name,
            },
        };
        self.element(&record)
    }

    fn write(&mut self, doc: &str, findings: &[Finding]) -> io::Result<()> {
        for f in findings {
            let record = record(doc, f, self.explain);
            self.element(&record)?;
        }
        self.out.flush()
    }

    fn finish(&mut self) -> io::Result<()> {
        if self.array {
            self.out
                .write_all(if self.first { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

/// A table as JSON objects, one a row, keyed by the header (for `--summary`).
pub struct JsonTable<'a> {
    writer: JsonWriter<'a>,
    names: Vec<String>,
}

impl<'a> JsonTable<'a> {
    pub fn new(out: Box<dyn Write + 'a>, array: bool) -> Self {
        JsonTable {
            writer: JsonWriter::new(out, array, false),
            names: Vec::new(),
        }
    }
}

impl super::Table for JsonTable<'_> {
    fn header(&mut self, names: &[&str]) -> io::Result<()> {
        self.names = names.iter().map(|n| n.to_string()).collect();
        Ok(())
    }

    fn row(&mut self, cells: &[super::Cell]) -> io::Result<()> {
        use super::Cell;
        let object: serde_json::Map<String, serde_json::Value> = self
            .names
            .iter()
            .zip(cells)
            .map(|(name, cell)| {
                let value = match cell {
                    Cell::Text(t) => serde_json::Value::from(t.as_str()),
                    Cell::Word(w) => serde_json::Value::from(*w),
                    Cell::Int(n) => serde_json::Value::from(*n),
                    Cell::Money(d) => number(Some(*d)).map_or(serde_json::Value::Null, Into::into),
                    Cell::Bool(b) => serde_json::Value::from(*b),
                    Cell::Empty => serde_json::Value::Null,
                };
                (name.clone(), value)
            })
            .collect();
        self.writer.element(&object)
    }

    fn finish(&mut self) -> io::Result<()> {
        FindingWriter::finish(&mut self.writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, ..Default::default() })]

        /// Every record re-parses, with the exact value it was written with.
        #[test]
        fn records_reparse(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1", "500", "1 500 000", "2,35", "€", "M€", "milliards", "d’euros", "de",
                    "dollars", "entre", "et", "à", "plus de", "\"", "\\", "\n", "é", "«", "=",
                ]),
                0..30,
            )
        ) {
            let text = words.join(" ");
            for f in montants::extract(&text) {
                let line = serde_json::to_string(&record("d\"oc", &f, true)).unwrap();
                let back: serde_json::Value = serde_json::from_str(&line).unwrap();
                proptest::prop_assert_eq!(back["text"].as_str(), Some(f.text.as_str()));
                proptest::prop_assert_eq!(back["doc"].as_str(), Some("d\"oc"));
                if let Some(v) = f.value {
                    proptest::prop_assert_eq!(back["value"].to_string(), v.normalize().to_string());
                }
            }
        }
    }
}
