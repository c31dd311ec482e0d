//! `--summary`: totals instead of findings, per currency, per source and per actor, counting
//! each figure once (a repeat or a part of a total already counted is not counted again).
//! Ranges count their low end in `total_low` and their high end in `total_high`.

use super::{Cell, FindingWriter, Table};
use montants::{Decimal, Finding};
use std::collections::BTreeMap;
use std::io;

/// Totals of one group (`currency`, `source`, `actor`), key and currency.
#[derive(Default)]
struct Total {
    figures: u64,
    low: Decimal,
    high: Decimal,
}

pub struct SummaryWriter<'a> {
    table: Box<dyn Table + 'a>,
    totals: BTreeMap<(&'static str, String, &'static str), Total>,
}

impl<'a> SummaryWriter<'a> {
    pub fn new(table: Box<dyn Table + 'a>) -> Self {
        SummaryWriter {
            table,
            totals: BTreeMap::new(),
        }
    }

    fn add(&mut self, group: &'static str, key: String, f: &Finding) {
        let (low, high) = match (f.value, f.min, f.max) {
            (Some(v), _, _) => (v, v),
            (None, Some(lo), Some(hi)) => (lo, hi),
            _ => return,
        };
        let total = self.totals.entry((group, key, f.currency)).or_default();
        total.figures += 1;
        // Sums too large for the number type saturate rather than wrap.
        total.low = total.low.checked_add(low).unwrap_or(Decimal::MAX);
        total.high = total.high.checked_add(high).unwrap_or(Decimal::MAX);
    }
}

impl FindingWriter for SummaryWriter<'_> {
    fn write(&mut self, _doc: &str, findings: &[Finding]) -> io::Result<()> {
        for f in findings {
            if f.repeat_of.is_some() || f.part_of.is_some() {
                continue;
            }
            self.add("currency", f.currency.to_string(), f);
            self.add("source", f.source.as_str().to_string(), f);
            for a in &f.actors {
                self.add("actor", a.name.clone(), f);
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.table.header(&[
            "group",
            "key",
            "currency",
            "figures",
            "total_low",
            "total_high",
        ])?;
        let order = |g: &str| match g {
            "currency" => 0,
            "source" => 1,
            _ => 2,
        };
        let mut rows: Vec<_> = self.totals.iter().collect();
        rows.sort_by_key(|((group, key, currency), _)| (order(group), *currency, key.clone()));
        for ((group, key, currency), total) in rows {
            self.table.row(&[
                Cell::Word(group),
                Cell::Text(key.clone()),
                Cell::Word(currency),
                Cell::Int(total.figures),
                Cell::Money(total.low.normalize()),
                Cell::Money(total.high.normalize()),
            ])?;
        }
        self.table.finish()
    }
}
