//! `--summary`: totals instead of findings, per currency, per source, per funder, per
//! recipient and per purpose, counting each figure once with its best-informed mention: a
//! total and its repeats share the most specific source, the actors and the purpose found for
//! any of them, and a repeat or a part is not counted again. The parts of a total are counted
//! apart, under `source of parts` (`dont 50 milliards de fonds publics`). Ranges count their low
//! end in `total_low` and their high end in `total_high`.

use super::{Cell, FindingWriter, Table};
use montants::{Actor, Decimal, Finding, Role, Source};
use std::collections::{BTreeMap, HashMap};
use std::io;

/// Totals of one group (`currency`, `source`, `funder`…), key and currency.
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

/// How much a source says: a mixed total known from its parts says most, unknown least.
fn specificity(s: Source) -> u8 {
    match s {
        Source::Mixed => 3,
        Source::Public | Source::Private => 2,
        Source::Unknown => 0,
    }
}

/// The name an actor is counted under: `Etat` and `État`, `l’` and `l'` are one.
fn key(a: &Actor) -> String {
    a.name.replace('’', "'")
}

/// True when `short` is the acronym of `long` (`UE`, `Union européenne`; `BEI`, `Banque
/// européenne d'investissement`).
fn is_acronym_of(short: &str, long: &str) -> bool {
    if short.chars().count() < 2 || short.chars().any(char::is_lowercase) {
        return false;
    }
    let initials: String = long
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '-')
        .filter(|w| w.chars().count() > 2 && !matches!(*w, "des" | "les" | "aux" | "pour"))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    initials == short
}

impl FindingWriter for SummaryWriter<'_> {
    fn write(&mut self, _doc: &str, findings: &[Finding]) -> io::Result<()> {
        // Each figure (a first mention) and the mentions that repeat it.
        let mut mentions: HashMap<usize, Vec<&Finding>> = HashMap::new();
        for f in findings {
            mentions
                .entry(f.repeat_of.unwrap_or(f.index))
                .or_default()
                .push(f);
        }
        for f in findings {
            if f.repeat_of.is_some() {
                continue;
            }
            let all = &mentions[&f.index];
            // The best-informed mention of the figure decides its source.
            let best = all
                .iter()
                .max_by_key(|m| (specificity(m.source), std::cmp::Reverse(m.index)))
                .copied()
                .unwrap_or(f);
            if f.part_of.is_some() {
                self.add("source of parts", best.source.as_str().to_string(), f);
                continue;
            }
            self.add("currency", f.currency.to_string(), f);
            self.add("source", best.source.as_str().to_string(), f);
            for (group, role) in [("funder", Role::Funder), ("recipient", Role::Recipient)] {
                let mut names: Vec<String> = Vec::new();
                for a in all
                    .iter()
                    .flat_map(|m| &m.actors)
                    .filter(|a| a.role == role)
                {
                    let k = key(a);
                    // `UE` and `Union européenne` in two mentions are counted once each, as
                    // written; the same name twice, once.
                    if !names.contains(&k) {
                        names.push(k);
                    }
                }
                // `UE` beside `Union européenne` is the same funder.
                let long: Vec<String> = names.clone();
                names.retain(|n| !long.iter().any(|l| l != n && is_acronym_of(n, l)));
                for name in names {
                    self.add(group, name, f);
                }
            }
            if let Some(p) = all.iter().find_map(|m| m.purpose.as_ref()) {
                self.add("purpose", p.clone(), f);
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
            "source of parts" => 2,
            "funder" => 3,
            "recipient" => 4,
            _ => 5,
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

#[cfg(test)]
mod tests {
    use super::is_acronym_of;

    #[test]
    fn acronyms_and_their_names() {
        assert!(is_acronym_of("UE", "Union européenne"));
        assert!(is_acronym_of("BEI", "Banque européenne d'investissement"));
        assert!(!is_acronym_of("UE", "Union africaine"));
        assert!(!is_acronym_of("France", "France"));
    }
}
