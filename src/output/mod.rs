//! Writers: one per output format behind one trait. They see findings, never a regex; they are
//! the only part of montants that touches serde and csv.

use crate::config::Format;
use montants::{Decimal, Finding};
use serde::Serialize;
use std::io::{self, Write};
use std::str::FromStr;

/// The output contract: every field of a finding, with the document it comes from.
pub const FIELDS: &[&str] = &[
    "doc",
    "index",
    "line",
    "start",
    "end",
    "byte_start",
    "byte_end",
    "text",
    "value",
    "min",
    "max",
    "currency",
    "currency_inferred",
    "qualifier",
    "period",
    "source",
    "source_cue",
    "actors",
    "part_of",
    "repeat_of",
    "rule",
    "sentence",
];

/// Writes the findings of each document as they come, and closes the output at the end.
pub trait FindingWriter {
    fn write(&mut self, doc: &str, findings: &[Finding]) -> io::Result<()>;
    /// Closes the output (the JSON array) and flushes it.
    fn finish(&mut self) -> io::Result<()>;
}

/// The writer of `format` over `out`.
/// With `explain`, each finding also gets an `explain` field: why it came out.
pub fn writer<'a>(
    format: Format,
    out: Box<dyn Write + 'a>,
    explain: bool,
) -> Box<dyn FindingWriter + 'a> {
    match format {
        Format::Csv => Box::new(CsvWriter::new(out, explain)),
        Format::Json => Box::new(JsonWriter {
            out,
            first: true,
            array: true,
            explain,
        }),
        Format::Jsonl => Box::new(JsonWriter {
            out,
            first: true,
            array: false,
            explain,
        }),
    }
}

/// Why a finding came out: the rule that matched the amount, the words that set its
/// qualifier, where its currency comes from, the cue that set its source, and why each actor
/// was taken.
pub fn explain(f: &Finding) -> String {
    let mut parts = vec![format!("amount: rule {}", f.rule)];
    if let Some(cue) = &f.qualifier_cue {
        parts.push(format!("qualifier {}: «{cue}»", f.qualifier.as_str()));
    }
    if f.currency_inferred {
        parts.push(format!(
            "currency {}: not written beside the amount, taken from its sentence, paragraph or list",
            f.currency
        ));
    }
    parts.push(match &f.source_cue {
        Some(cue) => format!("source {}: «{cue}»", f.source.as_str()),
        None => "source unknown: no cue in its clause or sentence".to_string(),
    });
    if let Some(t) = f.part_of {
        parts.push(format!("part of finding {t}"));
    }
    if let Some(r) = f.repeat_of {
        parts.push(format!("repeats finding {r}"));
    }
    if !f.actors.is_empty() {
        let actors: Vec<String> = f
            .actors
            .iter()
            .map(|a| format!("{} ({})", a.name, a.why))
            .collect();
        parts.push(format!("actors: {}", actors.join(", ")));
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn formulas_are_made_inert() {
        assert_eq!(inert("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(inert("-3 €"), "'-3 €");
        assert_eq!(inert("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert("3 M€"), "3 M€");
    }
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
    source: &'a str,
    source_cue: Option<&'a str>,
    actors: Vec<ActorRecord<'a>>,
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
}

/// An exact decimal as a JSON number, digit for digit (no float on the way).
fn number(d: Option<Decimal>) -> Option<serde_json::Number> {
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
        source: f.source.as_str(),
        source_cue: f.source_cue.as_deref(),
        actors: f
            .actors
            .iter()
            .map(|a| ActorRecord {
                name: &a.name,
                kind: a.kind.as_str(),
            })
            .collect(),
        part_of: f.part_of,
        repeat_of: f.repeat_of,
        rule: f.rule,
        sentence: &f.sentence,
        explain: with_explain.then(|| explain(f)),
    }
}

/// JSON Lines (one object a line) or one JSON array, written as the findings come so that the
/// array stays valid whatever fails in between.
struct JsonWriter<'a> {
    out: Box<dyn Write + 'a>,
    first: bool,
    array: bool,
    explain: bool,
}

impl FindingWriter for JsonWriter<'_> {
    fn write(&mut self, doc: &str, findings: &[Finding]) -> io::Result<()> {
        for f in findings {
            if self.array {
                self.out
                    .write_all(if self.first { b"[\n" } else { b",\n" })?;
            }
            self.first = false;
            serde_json::to_writer(&mut self.out, &record(doc, f, self.explain))?;
            if !self.array {
                self.out.write_all(b"\n")?;
            }
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

/// RFC 4180 CSV with a header; actors flattened as `name (kind); …`; numbers exact.
struct CsvWriter<'a> {
    out: csv::Writer<Box<dyn Write + 'a>>,
    header_written: bool,
    explain: bool,
}

impl<'a> CsvWriter<'a> {
    fn new(out: Box<dyn Write + 'a>, explain: bool) -> Self {
        CsvWriter {
            out: csv::WriterBuilder::new().from_writer(out),
            header_written: false,
            explain,
        }
    }

    fn header(&mut self) -> io::Result<()> {
        if !self.header_written {
            self.header_written = true;
            let mut header = FIELDS.to_vec();
            if self.explain {
                header.push("explain");
            }
            self.out.write_record(&header).map_err(io_error)?;
        }
        Ok(())
    }
}

/// A csv error as the io error under it, so that a closed pipe stays a closed pipe.
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A text cell that a spreadsheet would run as a formula is made inert with a leading `'`
/// (OWASP: `=`, `+`, `-`, `@`, tab, carriage return).
fn inert(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

impl FindingWriter for CsvWriter<'_> {
    fn write(&mut self, doc: &str, findings: &[Finding]) -> io::Result<()> {
        self.header()?;
        for f in findings {
            let actors: Vec<String> = f
                .actors
                .iter()
                .map(|a| format!("{} ({})", a.name, a.kind.as_str()))
                .collect();
            // Numbers stay numbers; the text taken from the article is made inert.
            let row = [
                // `-` (stdin) alone is no formula; an id or a path may be anything.
                if doc == "-" {
                    doc.to_string()
                } else {
                    inert(doc)
                },
                f.index.to_string(),
                f.line.to_string(),
                f.start.to_string(),
                f.end.to_string(),
                f.byte_start.to_string(),
                f.byte_end.to_string(),
                inert(&f.text),
                opt(f.value.map(|d| d.normalize())),
                opt(f.min.map(|d| d.normalize())),
                opt(f.max.map(|d| d.normalize())),
                f.currency.to_string(),
                f.currency_inferred.to_string(),
                f.qualifier.as_str().to_string(),
                opt(f.period.map(|p| p.as_str())),
                f.source.as_str().to_string(),
                opt(f.source_cue.as_deref().map(inert)),
                inert(&actors.join("; ")),
                opt(f.part_of),
                opt(f.repeat_of),
                f.rule.to_string(),
                inert(&f.sentence),
            ];
            if self.explain {
                self.out
                    .write_record(
                        row.iter()
                            .map(String::as_str)
                            .chain([inert(&explain(f)).as_str()]),
                    )
                    .map_err(io_error)?;
            } else {
                self.out.write_record(&row).map_err(io_error)?;
            }
        }
        self.out.flush()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.header()?;
        self.out.flush()
    }
}
