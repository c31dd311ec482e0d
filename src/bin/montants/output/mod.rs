//! Writers: one per output format behind one trait. They see findings, never a regex; they are
//! the only part of montants that touches serde, csv and xlsx. Every tabular format renders the
//! same typed row ([`row`]), so CSV and workbook columns cannot drift apart.

mod csv;
mod json;
mod summary;
mod xlsx;

use montants::{Decimal, Finding, Role};
use std::io::{self, Write};

pub use csv::Dialect;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// RFC 4180 CSV with a header row, for spreadsheets.
    Csv,
    /// One JSON array of findings.
    Json,
    /// JSON Lines: one finding per line.
    Jsonl,
    /// An Excel workbook (with `-o FILE.xlsx`): numeric cells, frozen header, autofilter.
    Xlsx,
}

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
    "per",
    "source",
    "source_cue",
    "actors",
    "funders",
    "recipients",
    "purpose",
    "part_of",
    "repeat_of",
    "rule",
    "sentence",
];

/// What an HTML page became, for `--emit-text`: the text the offsets refer to, and the page's
/// fields.
pub struct DocumentFields<'a> {
    pub text: &'a str,
    pub title: Option<&'a str>,
    pub published: Option<&'a str>,
    pub site_name: Option<&'a str>,
}

/// Writes the findings of each document as they come, and closes the output at the end.
pub trait FindingWriter {
    /// A document's own record, before its findings (`--emit-text`, JSON formats only).
    fn document(&mut self, _doc: &str, _fields: &DocumentFields) -> io::Result<()> {
        Ok(())
    }
    fn write(&mut self, doc: &str, findings: &[Finding]) -> io::Result<()>;
    /// Closes the output (the JSON array, the workbook) and flushes it.
    fn finish(&mut self) -> io::Result<()>;
}

/// How findings are written.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub format: Format,
    pub dialect: Dialect,
    /// Add an `explain` field: why each finding came out.
    pub explain: bool,
    /// Write totals instead of findings.
    pub summary: bool,
    /// Write each HTML page's text and fields as a record before its findings (JSON formats).
    pub emit_text: bool,
}

/// The writer of `options` over `out`.
pub fn writer<'a>(options: Options, out: Box<dyn Write + 'a>) -> Box<dyn FindingWriter + 'a> {
    if options.summary {
        return Box::new(summary::SummaryWriter::new(table(options, out)));
    }
    match options.format {
        Format::Json => {
            Box::new(json::JsonWriter::new(out, true, options.explain).emit_text(options.emit_text))
        }
        Format::Jsonl => Box::new(
            json::JsonWriter::new(out, false, options.explain).emit_text(options.emit_text),
        ),
        Format::Csv | Format::Xlsx => Box::new(TableWriter {
            table: table(options, out),
            explain: options.explain,
            header_written: false,
        }),
    }
}

/// A table of typed cells in one of the formats.
pub trait Table {
    fn header(&mut self, names: &[&str]) -> io::Result<()>;
    fn row(&mut self, cells: &[Cell]) -> io::Result<()>;
    fn finish(&mut self) -> io::Result<()>;
}

fn table<'a>(options: Options, out: Box<dyn Write + 'a>) -> Box<dyn Table + 'a> {
    match options.format {
        Format::Csv => Box::new(csv::CsvTable::new(out, options.dialect)),
        Format::Xlsx => Box::new(xlsx::XlsxTable::new(out)),
        Format::Json => Box::new(json::JsonTable::new(out, true)),
        Format::Jsonl => Box::new(json::JsonTable::new(out, false)),
    }
}

/// Findings as rows of a table (CSV, workbook).
struct TableWriter<'a> {
    table: Box<dyn Table + 'a>,
    explain: bool,
    header_written: bool,
}

impl TableWriter<'_> {
    fn header(&mut self) -> io::Result<()> {
        if !self.header_written {
            self.header_written = true;
            self.table.header(&header(self.explain))?;
        }
        Ok(())
    }
}

impl FindingWriter for TableWriter<'_> {
    fn write(&mut self, doc: &str, findings: &[Finding]) -> io::Result<()> {
        self.header()?;
        for f in findings {
            self.table.row(&row(doc, f, self.explain))?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.header()?;
        self.table.finish()
    }
}

/// One cell of a tabular output, typed so that numbers stay numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text taken from the article or the document's name.
    Text(String),
    /// A word of montants' own vocabulary (`exact`, `EUR`, a rule name).
    Word(&'static str),
    Int(u64),
    Money(Decimal),
    Bool(bool),
    Empty,
}

/// The row of a finding, in the order of [`FIELDS`] (then `explain` when asked).
pub fn row(doc: &str, f: &Finding, with_explain: bool) -> Vec<Cell> {
    let text = |s: &str| Cell::Text(s.to_string());
    let int = |n: usize| Cell::Int(n as u64);
    let money = |d: Option<Decimal>| d.map_or(Cell::Empty, |d| Cell::Money(d.normalize()));
    let opt_int = |n: Option<usize>| n.map_or(Cell::Empty, int);
    let actors: Vec<String> = f
        .actors
        .iter()
        .map(|a| format!("{} ({})", a.name, a.kind.as_str()))
        .collect();
    let with_role = |role: Role| {
        let names: Vec<String> = f
            .actors
            .iter()
            .filter(|a| a.role == role)
            .map(|a| format!("{} ({})", a.name, a.kind.as_str()))
            .collect();
        Cell::Text(names.join("; "))
    };
    let mut cells = vec![
        text(doc),
        int(f.index),
        int(f.line),
        int(f.start),
        int(f.end),
        int(f.byte_start),
        int(f.byte_end),
        text(&f.text),
        money(f.value),
        money(f.min),
        money(f.max),
        Cell::Word(f.currency),
        Cell::Bool(f.currency_inferred),
        Cell::Word(f.qualifier.as_str()),
        f.period.map_or(Cell::Empty, |p| Cell::Word(p.as_str())),
        f.per.map_or(Cell::Empty, |p| Cell::Word(p.as_str())),
        Cell::Word(f.source.as_str()),
        f.source_cue.as_deref().map_or(Cell::Empty, text),
        text(&actors.join("; ")),
        with_role(Role::Funder),
        with_role(Role::Recipient),
        f.purpose.as_deref().map_or(Cell::Empty, text),
        opt_int(f.part_of),
        opt_int(f.repeat_of),
        Cell::Word(f.rule),
        text(&f.sentence),
    ];
    if with_explain {
        cells.push(Cell::Text(explain(f)));
    }
    cells
}

/// The header of [`row`].
pub fn header(with_explain: bool) -> Vec<&'static str> {
    let mut header = FIELDS.to_vec();
    if with_explain {
        header.push("explain");
    }
    header
}

/// Why a finding came out: the rule that matched the amount, the words that set its
/// qualifier, where its currency comes from, the cue that set its source, and why each actor
/// was taken.
pub fn explain(f: &Finding) -> String {
    let mut parts = vec![format!("amount: rule {}", f.rule)];
    if let Some(cue) = &f.qualifier_cue {
        parts.push(format!("qualifier {}: «{cue}»", f.qualifier.as_str()));
    }
    if let Some(cue) = &f.currency_cue {
        parts.push(format!("currency: {cue}"));
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
            .map(|a| format!("{} ({}) as {}", a.name, a.why, a.role.as_str()))
            .collect();
        parts.push(format!("actors: {}", actors.join(", ")));
    }
    parts.join("; ")
}
