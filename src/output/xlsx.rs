//! A real workbook (`--format xlsx`): numbers as numeric cells with a currency number format,
//! a frozen header row, an autofilter, readable column widths. The workbook is built in memory
//! and written at the end, as the xlsx format requires.

use super::{Cell, Table};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use std::collections::HashMap;
use std::io::{self, Write};

pub struct XlsxTable<'a> {
    out: Box<dyn Write + 'a>,
    workbook: Workbook,
    sheet: Worksheet,
    row: u32,
    columns: u16,
    /// Widest text of each column, for its width.
    widths: Vec<usize>,
    /// The currency column, to give each amount its currency's number format.
    currency_column: Option<usize>,
    money_formats: HashMap<String, Format>,
    bold: Format,
}

fn io(e: XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

impl<'a> XlsxTable<'a> {
    pub fn new(out: Box<dyn Write + 'a>) -> Self {
        let mut sheet = Worksheet::new();
        let _ = sheet.set_name("montants");
        XlsxTable {
            out,
            workbook: Workbook::new(),
            sheet,
            row: 0,
            columns: 0,
            widths: Vec::new(),
            currency_column: None,
            money_formats: HashMap::new(),
            bold: Format::new().set_bold(),
        }
    }

    fn money_format(&mut self, currency: &str) -> Format {
        self.money_formats
            .entry(currency.to_string())
            .or_insert_with(|| {
                let code = if currency.is_empty() {
                    "#,##0.##".to_string()
                } else {
                    format!("#,##0.## \"{currency}\"")
                };
                Format::new().set_num_format(code)
            })
            .clone()
    }
}

impl Table for XlsxTable<'_> {
    fn header(&mut self, names: &[&str]) -> io::Result<()> {
        self.columns = names.len() as u16;
        self.currency_column = names.iter().position(|n| *n == "currency");
        self.widths = names.iter().map(|n| n.len()).collect();
        for (c, name) in names.iter().enumerate() {
            self.sheet
                .write_string_with_format(0, c as u16, *name, &self.bold)
                .map_err(io)?;
        }
        self.row = 1;
        Ok(())
    }

    fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        let currency = self
            .currency_column
            .and_then(|c| match cells.get(c) {
                Some(Cell::Word(w)) => Some(w.to_string()),
                _ => None,
            })
            .unwrap_or_default();
        let r = self.row;
        for (c, cell) in cells.iter().enumerate() {
            let col = c as u16;
            let shown = match cell {
                Cell::Text(t) => {
                    let t = within_cell_limit(t);
                    self.sheet.write_string(r, col, t.as_ref()).map_err(io)?;
                    t.chars().count()
                }
                Cell::Word(w) => {
                    self.sheet.write_string(r, col, *w).map_err(io)?;
                    w.chars().count()
                }
                Cell::Int(n) => {
                    self.sheet.write_number(r, col, *n as f64).map_err(io)?;
                    n.to_string().len()
                }
                Cell::Money(d) => {
                    // A workbook stores numbers as doubles: the exact value is in the JSON and
                    // CSV outputs; here it is what a spreadsheet computes with.
                    let value: f64 = d.to_string().parse().unwrap_or(f64::NAN);
                    let format = self.money_format(&currency);
                    self.sheet
                        .write_number_with_format(r, col, value, &format)
                        .map_err(io)?;
                    d.to_string().len() + 4
                }
                Cell::Bool(b) => {
                    self.sheet.write_boolean(r, col, *b).map_err(io)?;
                    5
                }
                Cell::Empty => 0,
            };
            if let Some(w) = self.widths.get_mut(c) {
                *w = (*w).max(shown);
            }
        }
        self.row += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        for (c, width) in self.widths.iter().enumerate() {
            let width = (*width).clamp(6, 60) as f64 + 1.0;
            self.sheet.set_column_width(c as u16, width).map_err(io)?;
        }
        self.sheet.set_freeze_panes(1, 0).map_err(io)?;
        if self.columns > 0 {
            self.sheet
                .autofilter(0, 0, self.row.saturating_sub(1), self.columns - 1)
                .map_err(io)?;
        }
        let sheet = std::mem::replace(&mut self.sheet, Worksheet::new());
        self.workbook.push_worksheet(sheet);
        let bytes = self.workbook.save_to_buffer().map_err(io)?;
        self.out.write_all(&bytes)?;
        self.out.flush()
    }
}

/// Excel holds at most 32,767 characters in a cell: a longer text (a JSON Lines id, say) is
/// cut there and ends with `…`, instead of failing the whole workbook; CSV and JSON keep it
/// whole.
fn within_cell_limit(text: &str) -> std::borrow::Cow<'_, str> {
    const LIMIT: usize = 32_767;
    match text.char_indices().nth(LIMIT) {
        None => std::borrow::Cow::Borrowed(text),
        Some(_) => {
            let cut = text
                .char_indices()
                .nth(LIMIT - 1)
                .map_or(text.len(), |(i, _)| i);
            std::borrow::Cow::Owned(format!("{}…", &text[..cut]))
        }
    }
}
