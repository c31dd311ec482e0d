//! CSV: RFC 4180 with a dot for scripts, or what a French Excel or LibreOffice opens with a
//! double-click (`--excel`). Text cells that a spreadsheet would run as formulas are made inert.

use super::{Cell, Table};
use std::io::{self, Write};

/// Which CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Dialect {
    /// RFC 4180: `,` separator, `.` decimal point, LF line ends.
    #[default]
    Rfc4180,
    /// French Excel and LibreOffice: UTF-8 BOM, `;` separator, decimal comma, CRLF line ends.
    ExcelFr,
}

pub struct CsvTable<'a> {
    out: ::csv::Writer<Box<dyn Write + 'a>>,
    dialect: Dialect,
    /// The error of writing the BOM, reported with the header.
    bom_error: Option<io::Error>,
}

impl<'a> CsvTable<'a> {
    pub fn new(mut out: Box<dyn Write + 'a>, dialect: Dialect) -> Self {
        let mut builder = ::csv::WriterBuilder::new();
        let mut bom_error = None;
        if dialect == Dialect::ExcelFr {
            builder.delimiter(b';').terminator(::csv::Terminator::CRLF);
            // The BOM tells Excel the file is UTF-8.
            bom_error = out.write_all("\u{feff}".as_bytes()).err();
        }
        CsvTable {
            out: builder.from_writer(out),
            dialect,
            bom_error,
        }
    }

    fn text(&self, cell: &Cell) -> String {
        match cell {
            // `-` (stdin) alone is no formula; any other text may be.
            Cell::Text(t) if t == "-" => t.clone(),
            Cell::Text(t) if self.dialect == Dialect::ExcelFr && reads_as_number(t) => {
                text_formula(t)
            }
            Cell::Text(t) => inert(t),
            Cell::Word(w) => w.to_string(),
            Cell::Int(n) => n.to_string(),
            Cell::Money(d) => match self.dialect {
                Dialect::Rfc4180 => d.to_string(),
                Dialect::ExcelFr => d.to_string().replace('.', ","),
            },
            Cell::Bool(b) => b.to_string(),
            Cell::Empty => String::new(),
        }
    }
}

impl Table for CsvTable<'_> {
    fn header(&mut self, names: &[&str]) -> io::Result<()> {
        if let Some(e) = self.bom_error.take() {
            return Err(e);
        }
        self.out.write_record(names).map_err(io_error)
    }

    fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        let texts: Vec<String> = cells.iter().map(|c| self.text(c)).collect();
        self.out.write_record(&texts).map_err(io_error)
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A csv error as the io error under it, so that a closed pipe stays a closed pipe.
fn io_error(e: ::csv::Error) -> io::Error {
    match e.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A text cell that a spreadsheet would run as a formula is made inert with a leading `'`
/// (OWASP: `=`, `+`, `-`, `@`, tab, carriage return, and their full-width look-alikes, which
/// spreadsheets also read as operators), also behind invisible characters (a zero-width space,
/// a BOM, a no-break space); control characters that a terminal would obey (ESC, BEL…) are
/// written as `\u{1b}`, line breaks and tabs kept.
fn inert(text: &str) -> String {
    let visible = text.trim_start_matches(|c: char| {
        matches!(
            c,
            '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{a0}' | ' '
        )
    });
    let formula = visible.starts_with([
        '=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}', '\u{2212}',
    ]);
    let controls = escape_controls(text);
    if formula {
        format!("'{controls}")
    } else {
        controls
    }
}

/// True when a spreadsheet opening the CSV would turn this text into a number or a date
/// (`150 000 €`, `-28 €`, `12/05`): digits with only spaces, separators, signs and currency
/// symbols around them. Words (`12 M€`, `1,5 milliard`) keep a text a text already.
fn reads_as_number(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        && text.chars().all(|c| {
            c.is_ascii_digit()
                || c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | '\''
                        | '’'
                        | '+'
                        | '-'
                        | '\u{2212}'
                        | '%'
                        | '/'
                        | ':'
                        | '('
                        | ')'
                        | '€'
                        | '$'
                        | '£'
                        | '¥'
                        | '₣'
                        | '¤'
                        | 'e'
                        | 'E'
                )
        })
}

/// `="150 000 €"`: what Excel and LibreOffice show as the text itself, never as a number
/// (LibreOffice reads `150 000 €` as 150000). The text is a string literal: nothing in it runs.
fn text_formula(text: &str) -> String {
    format!("=\"{}\"", escape_controls(text).replace('"', "\"\""))
}

/// Control characters that a terminal would obey written as `\u{1b}`; line breaks and tabs kept.
fn escape_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && !matches!(c, '\n' | '\t' | '\r') {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{inert, reads_as_number, text_formula};

    #[test]
    fn texts_a_spreadsheet_would_read_as_numbers_are_string_formulas() {
        for t in [
            "150\u{a0}000\u{a0}€",
            "-28 €",
            "3 000 $",
            "12/05/2024",
            "1,5",
            "(36,0)",
        ] {
            assert!(reads_as_number(t), "{t}");
        }
        for t in [
            "12 M€",
            "1,5 milliard d’euros",
            "L’État apportera 150 000 €.",
            "€",
            "doc.txt",
        ] {
            assert!(!reads_as_number(t), "{t}");
        }
        assert_eq!(
            text_formula("150\u{a0}000\u{a0}€"),
            "=\"150\u{a0}000\u{a0}€\""
        );
        assert_eq!(text_formula("-28 \"€\""), "=\"-28 \"\"€\"\"\"");
    }

    #[test]
    fn formulas_are_made_inert() {
        assert_eq!(inert("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(inert("-3 €"), "'-3 €");
        assert_eq!(inert("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert("3 M€"), "3 M€");
        assert_eq!(inert("＝1+1"), "'＝1+1");
        assert_eq!(inert("\u{200b}=1+1"), "'\u{200b}=1+1");
        assert_eq!(inert("\u{feff}@A1"), "'\u{feff}@A1");
        assert_eq!(inert("a\u{1b}[31mb\u{7}"), "a\\u{1b}[31mb\\u{7}");
        assert_eq!(inert("ligne\nsuite"), "ligne\nsuite");
    }
}
