//! A real workbook (`--format xlsx`): numbers as numeric cells with a currency number format,
//! a frozen header row, an autofilter, column widths from the values as shown. Worksheets are
//! written in constant-memory mode (each row goes to a temporary file as it is written), and the
//! finished workbook is assembled in a temporary file, so memory stays flat whatever the rows.
//! Past Excel's 1,048,576 rows a new sheet begins, with the header again.

use super::{Cell, Table};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use std::collections::HashMap;
use std::io::{self, Seek, Write};

/// Rows of an Excel worksheet, the header's included.
const MAX_ROWS: u32 = 1_048_576;

pub struct XlsxTable<'a> {
    out: Box<dyn Write + 'a>,
    workbook: Workbook,
    /// Sheets begun, and the rows written in the last one.
    sheets: usize,
    row: u32,
    header: Vec<String>,
    /// Widest value of each column as a spreadsheet shows it, for its width.
    widths: Vec<usize>,
    /// Rows of each sheet, for its autofilter.
    rows: Vec<u32>,
    /// The currency column, to give each amount its currency's number format.
    currency_column: Option<usize>,
    money_formats: HashMap<String, Format>,
    bold: Format,
    /// Rows a sheet holds ([`MAX_ROWS`]; fewer in tests).
    max_rows: u32,
}

fn io(e: XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

impl<'a> XlsxTable<'a> {
    pub fn new(out: Box<dyn Write + 'a>) -> Self {
        XlsxTable {
            out,
            workbook: Workbook::new(),
            sheets: 0,
            row: 0,
            header: Vec::new(),
            widths: Vec::new(),
            rows: Vec::new(),
            currency_column: None,
            money_formats: HashMap::new(),
            bold: Format::new().set_bold(),
            max_rows: MAX_ROWS,
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

    fn sheet(&mut self) -> io::Result<&mut Worksheet> {
        self.workbook
            .worksheet_from_index(self.sheets - 1)
            .map_err(io)
    }

    /// Begins a sheet (`montants`, then `montants 2`…) with the header row.
    fn begin_sheet(&mut self) -> io::Result<()> {
        if self.sheets > 0 {
            self.rows.push(self.row);
        }
        self.sheets += 1;
        let name = match self.sheets {
            1 => "montants".to_string(),
            n => format!("montants {n}"),
        };
        let bold = self.bold.clone();
        let header = self.header.clone();
        let sheet = self
            .workbook
            .add_worksheet_with_constant_memory()
            .map_err(io)?;
        sheet.set_name(name).map_err(io)?;
        for (c, name) in header.iter().enumerate() {
            sheet
                .write_string_with_format(0, c as u16, name, &bold)
                .map_err(io)?;
        }
        self.row = 1;
        Ok(())
    }
}

/// How many characters a number takes as the sheet shows it with `#,##0.##` and a currency:
/// digits, a separator every three, the decimals, the sign, a space and the code.
fn shown_width(value: &str, currency: &str) -> usize {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    let digits = int.trim_start_matches('-').len();
    let sign = usize::from(int.starts_with('-'));
    let separators = digits.saturating_sub(1) / 3;
    let decimals = if frac.is_empty() {
        1
    } else {
        1 + frac.len().min(2)
    };
    sign + digits + separators + decimals + 1 + currency.len()
}

impl Table for XlsxTable<'_> {
    fn header(&mut self, names: &[&str]) -> io::Result<()> {
        self.header = names.iter().map(|n| n.to_string()).collect();
        self.currency_column = names.iter().position(|n| *n == "currency");
        self.widths = names.iter().map(|n| n.len()).collect();
        self.begin_sheet()
    }

    fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        if self.row >= self.max_rows {
            self.begin_sheet()?;
        }
        let currency = self
            .currency_column
            .and_then(|c| match cells.get(c) {
                Some(Cell::Word(w)) => Some(w.to_string()),
                _ => None,
            })
            .unwrap_or_default();
        let money = self.money_format(&currency);
        let r = self.row;
        let mut shown = Vec::with_capacity(cells.len());
        let sheet = self.sheet()?;
        for (c, cell) in cells.iter().enumerate() {
            let col = c as u16;
            shown.push(match cell {
                Cell::Text(t) => {
                    let t = within_cell_limit(t);
                    sheet.write_string(r, col, t.as_ref()).map_err(io)?;
                    t.chars().count()
                }
                Cell::Word(w) => {
                    sheet.write_string(r, col, *w).map_err(io)?;
                    w.chars().count()
                }
                Cell::Int(n) => {
                    sheet.write_number(r, col, *n as f64).map_err(io)?;
                    n.to_string().len()
                }
                Cell::Money(d) => {
                    // A workbook stores numbers as doubles: the exact value is in the JSON and
                    // CSV outputs; here it is what a spreadsheet computes with.
                    let text = d.to_string();
                    let value: f64 = text.parse().unwrap_or(f64::NAN);
                    sheet
                        .write_number_with_format(r, col, value, &money)
                        .map_err(io)?;
                    shown_width(&text, &currency)
                }
                Cell::Bool(b) => {
                    sheet.write_boolean(r, col, *b).map_err(io)?;
                    5
                }
                Cell::Empty => 0,
            });
        }
        for (w, s) in self.widths.iter_mut().zip(shown) {
            *w = (*w).max(s);
        }
        self.row += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        if self.sheets == 0 {
            // No header was written: an empty workbook still opens.
            self.begin_sheet()?;
        }
        self.rows.push(self.row);
        let columns = self.header.len() as u16;
        let widths = self.widths.clone();
        for index in 0..self.sheets {
            let rows = self.rows[index];
            let sheet = self.workbook.worksheet_from_index(index).map_err(io)?;
            for (c, width) in widths.iter().enumerate() {
                let width = (*width).clamp(6, 60) as f64 + 1.0;
                sheet.set_column_width(c as u16, width).map_err(io)?;
            }
            sheet.set_freeze_panes(1, 0).map_err(io)?;
            if columns > 0 {
                sheet
                    .autofilter(0, 0, rows.saturating_sub(1), columns - 1)
                    .map_err(io)?;
            }
        }
        // The zip is assembled in a temporary file, then copied out: never whole in memory.
        let mut assembled = tempfile::tempfile()?;
        self.workbook.save_to_writer(&mut assembled).map_err(io)?;
        assembled.rewind()?;
        io::copy(&mut assembled, &mut self.out)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_last_row_a_new_sheet_begins_with_the_header() {
        use calamine::Reader;
        let mut bytes = Vec::new();
        {
            let mut table = XlsxTable::new(Box::new(&mut bytes));
            table.max_rows = 3;
            table.header(&["text", "value"]).unwrap();
            for i in 0..5u32 {
                let row = [Cell::Text(format!("{i} M€")), Cell::Int(u64::from(i))];
                table.row(&row).unwrap();
            }
            table.finish().unwrap();
        }
        let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(book.sheet_names(), ["montants", "montants 2", "montants 3"]);
        let sheet = book.worksheet_range("montants 3").unwrap();
        assert_eq!(sheet.get_value((0, 0)).unwrap().to_string(), "text");
        assert_eq!(sheet.get_value((1, 0)).unwrap().to_string(), "4 M€");
    }

    #[test]
    fn widths_follow_the_shown_value() {
        // `3 000 milliards d’euros` shows as `3,000,000,000,000 EUR`, never `###`.
        assert_eq!(
            shown_width("3000000000000", "EUR"),
            "3,000,000,000,000. EUR".len()
        );
        assert_eq!(shown_width("-1.35", "EUR"), "-1.35 EUR".len());
    }
}
