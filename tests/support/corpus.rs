//! Scoring montants on the francophone corpus (`fixtures/corpus/`, annotated blind, split once
//! into `dev` and `test`): amounts, currencies, qualifiers, periods, sources, actors and traps,
//! per split and per country group. Shared by `tests/evaluation.rs` (floors) and
//! `examples/eval.rs` (figures and every miss).

#![allow(dead_code)]

use super::eval::{f1, ratio};
use montants::{Decimal, Finding};
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::str::FromStr;

#[derive(Debug, Deserialize)]
pub struct Passage {
    pub id: String,
    pub country: String,
    pub genre: String,
    pub text: String,
    pub findings: Vec<Annotated>,
    #[serde(default)]
    pub traps: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
pub struct Annotated {
    pub text: String,
    #[serde(default)]
    pub occurrence: Option<usize>,
    pub value: Option<Value>,
    pub min: Option<Value>,
    pub max: Option<Value>,
    pub currency: String,
    pub qualifier: String,
    pub period: Option<String>,
    #[serde(default)]
    pub per: Option<String>,
    pub source: String,
    #[serde(default)]
    pub purpose: Option<String>,
    #[serde(default)]
    pub actors: Vec<AnnotatedActor>,
}

#[derive(Debug, Deserialize)]
pub struct AnnotatedActor {
    pub name: String,
    pub kind: String,
    pub role: String,
}

fn corpus_dir() -> std::path::PathBuf {
    super::eval::fixtures().join("corpus")
}

/// Every passage with its split (`dev` or `test`), in id order.
pub fn passages() -> Vec<(String, Passage)> {
    let split: HashMap<String, String> = std::fs::read_to_string(corpus_dir().join("split.tsv"))
        .expect("fixtures/corpus/split.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (id, s) = l.split_once('\t').expect("split.tsv: id<TAB>split");
            (id.to_string(), s.trim().to_string())
        })
        .collect();
    let mut names: Vec<_> = std::fs::read_dir(corpus_dir().join("batches"))
        .expect("fixtures/corpus/batches")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for path in names {
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if line.trim().is_empty() {
                continue;
            }
            let p: Passage =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let s = split
                .get(&p.id)
                .unwrap_or_else(|| panic!("{} is not in split.tsv", p.id))
                .clone();
            out.push((s, p));
        }
    }
    out.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    out
}

/// The group a passage's country is scored in.
pub fn group(country: &str) -> &'static str {
    match country {
        "FR" => "France",
        "CA" => "Canada",
        "CH" => "Suisse",
        "BE" | "LU" | "MC" => "Belgique-Lux-Monaco",
        "MA" | "TN" | "DZ" => "Maghreb",
        "SN" | "CI" | "BF" | "ML" | "NE" | "BJ" | "TG" | "GW" => "UEMOA",
        "CM" | "GA" | "CG" | "TD" | "CF" | "GQ" => "CEMAC",
        _ => "autres",
    }
}

fn dec(v: &Option<Value>) -> Option<Decimal> {
    match v {
        Some(Value::Number(n)) => Decimal::from_str(&n.to_string())
            .or_else(|_| Decimal::from_scientific(&n.to_string()))
            .ok()
            .map(|d| d.normalize()),
        _ => None,
    }
}

/// An annotated mention is explicit when its text writes a currency (a sign, a code, a word).
fn explicit(text: &str) -> bool {
    let t = text.to_lowercase();
    const MARKS: &[&str] = &[
        "€", "$", "£", "¥", "euro", "dollar", "franc", "dirham", "dinar", "cfa", "cfp", "chf",
        "usd", "eur", "cad", "xof", "xaf", "mad", "tnd", "dzd", "livre", "yen", "yuan", "roupie",
        "ariary", "centime", "cent", "dh", "da", "fcfa", "rs", "gnf", "mga", "cdf", "mur",
    ];
    MARKS.iter().any(|m| t.contains(m))
}

fn fold(s: &str) -> String {
    s.to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['é', 'É'], "e")
}

fn same_actor(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    a == b || (a.len() > 2 && b.len() > 2 && (a.contains(&b) || b.contains(&a)))
}

/// True when two phrases of `text` overlap where they are written (some occurrence of each).
fn overlapping(text: &str, a: &str, b: &str) -> bool {
    let spans = |needle: &str| -> Vec<(usize, usize)> {
        text.match_indices(needle)
            .map(|(i, m)| (i, i + m.len()))
            .collect()
    };
    let (xs, ys) = (spans(a), spans(b));
    xs.iter().any(|x| ys.iter().any(|y| x.0 < y.1 && y.0 < x.1))
}

/// Counts of one set of passages.
#[derive(Debug, Default, Clone)]
pub struct Counts {
    pub passages: usize,
    pub expected: usize,
    pub explicit: usize,
    pub found: usize,
    pub matched: usize,
    pub explicit_matched: usize,
    /// Annotated mentions whose number was found (value, span), whatever the currency.
    pub number_matched: usize,
    pub currency_right: usize,
    pub qualifier_right: usize,
    pub period_right: usize,
    pub per_right: usize,
    pub source_right: usize,
    pub actors_expected: usize,
    pub actors_given: usize,
    pub actors_right: usize,
    pub kind_right: usize,
    /// Matched actors whose role (funder, recipient, other) is the annotated one.
    pub role_right: usize,
    /// Matched amounts with an annotated purpose, and those whose found purpose overlaps it.
    pub purposes_expected: usize,
    pub purposes_right: usize,
    pub trap_hits: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.passages += o.passages;
        self.expected += o.expected;
        self.explicit += o.explicit;
        self.found += o.found;
        self.matched += o.matched;
        self.explicit_matched += o.explicit_matched;
        self.number_matched += o.number_matched;
        self.currency_right += o.currency_right;
        self.qualifier_right += o.qualifier_right;
        self.period_right += o.period_right;
        self.per_right += o.per_right;
        self.source_right += o.source_right;
        self.actors_expected += o.actors_expected;
        self.actors_given += o.actors_given;
        self.actors_right += o.actors_right;
        self.kind_right += o.kind_right;
        self.role_right += o.role_right;
        self.purposes_expected += o.purposes_expected;
        self.purposes_right += o.purposes_right;
        self.trap_hits += o.trap_hits;
    }
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.expected)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    pub fn explicit_recall(&self) -> f64 {
        ratio(self.explicit_matched, self.explicit)
    }
    pub fn currency_accuracy(&self) -> f64 {
        ratio(self.currency_right, self.number_matched)
    }
    pub fn qualifier_accuracy(&self) -> f64 {
        ratio(self.qualifier_right, self.matched)
    }
    pub fn period_accuracy(&self) -> f64 {
        ratio(self.period_right, self.matched)
    }
    pub fn per_accuracy(&self) -> f64 {
        ratio(self.per_right, self.matched)
    }
    pub fn source_accuracy(&self) -> f64 {
        ratio(self.source_right, self.matched)
    }
    pub fn actor_precision(&self) -> f64 {
        ratio(self.actors_right, self.actors_given)
    }
    pub fn actor_recall(&self) -> f64 {
        ratio(self.actors_right, self.actors_expected)
    }
    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_right, self.actors_right)
    }
    /// Role accuracy on the actors that match an annotated one.
    pub fn role_accuracy(&self) -> f64 {
        ratio(self.role_right, self.actors_right)
    }
    /// Share of the matched amounts with an annotated purpose whose found purpose overlaps it.
    pub fn purpose_accuracy(&self) -> f64 {
        ratio(self.purposes_right, self.purposes_expected)
    }
    /// Trap hits per hundred passages.
    pub fn traps_per_100(&self) -> f64 {
        100.0 * ratio(self.trap_hits, self.passages)
    }

    pub fn line(&self, name: &str) -> String {
        format!(
            "{name:<22} {:>4} {:>5} | P {:.3} R {:.3} F1 {:.3} explicit-R {:.3} traps/100 {:>4.1} | currency {:.3} qualifier {:.3} period {:.3} per {:.3} source {:.3} | actors P {:.3} R {:.3} kind {:.3} role {:.3} | purpose {:.3}",
            self.passages,
            self.expected,
            self.precision(),
            self.recall(),
            self.f1(),
            self.explicit_recall(),
            self.traps_per_100(),
            self.currency_accuracy(),
            self.qualifier_accuracy(),
            self.period_accuracy(),
            self.per_accuracy(),
            self.source_accuracy(),
            self.actor_precision(),
            self.actor_recall(),
            self.kind_accuracy(),
            self.role_accuracy(),
            self.purpose_accuracy()
        )
    }
}

fn nth_find(text: &str, needle: &str, n: Option<usize>) -> Option<usize> {
    let Some(n) = n else {
        // A mention the annotator saw once: `7 millions` is not the piece of `5,7 millions` that
        // comes first, nor `3 milliards` the end of `18,3 milliards`. An `occurrence` counts
        // every match, as the annotators who gave one did.
        let mut at = 0;
        while let Some(i) = text[at..].find(needle).map(|i| i + at) {
            if !inside_a_number(&text[..i], needle) {
                return Some(i);
            }
            at = i + needle.len().max(1);
        }
        return text.find(needle);
    };
    let mut at = 0;
    let mut found = None;
    for _ in 0..n {
        let i = text[at..].find(needle)? + at;
        found = Some(i);
        at = i + needle.len().max(1);
    }
    found
}

/// True when a needle starting with a digit continues the number that ends `before`.
fn inside_a_number(before: &str, needle: &str) -> bool {
    if !needle.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut back = before.chars().rev();
    match back.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some(',' | '.' | '\'' | '’') => back.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Scores one passage; misses are written as lines.
pub fn score(p: &Passage, misses: &mut Vec<String>) -> Counts {
    let found = montants::extract(&p.text);
    score_found(p, &found, misses)
}

fn show(f: &Finding) -> String {
    format!(
        "{:?} {:?}/{:?}-{:?} {} {}",
        f.text,
        f.value.map(|d| d.normalize().to_string()),
        f.min.map(|d| d.normalize().to_string()),
        f.max.map(|d| d.normalize().to_string()),
        f.currency,
        f.qualifier.as_str()
    )
}

pub fn score_found(p: &Passage, found: &[Finding], misses: &mut Vec<String>) -> Counts {
    let id = &p.id;
    let mut c = Counts {
        passages: 1,
        expected: p.findings.len(),
        found: found.len(),
        ..Counts::default()
    };
    let mut used = vec![false; found.len()];
    let mut spans = Vec::new();
    for e in &p.findings {
        let start = nth_find(&p.text, &e.text, e.occurrence)
            .unwrap_or_else(|| panic!("{id}: {:?} not in the text", e.text));
        let end = start + e.text.len();
        spans.push((start, end));
        let is_explicit = explicit(&e.text);
        c.explicit += usize::from(is_explicit);
        let want = (dec(&e.value), dec(&e.min), dec(&e.max));
        let overlaps = |f: &Finding| f.byte_start < end && start < f.byte_end;
        let norm = |d: Option<Decimal>| d.map(|d| d.normalize());
        let same_number = |f: &Finding| (norm(f.value), norm(f.min), norm(f.max)) == want;
        let hit = (0..found.len())
            .find(|&i| {
                !used[i]
                    && overlaps(&found[i])
                    && same_number(&found[i])
                    && found[i].currency == e.currency
            })
            .or_else(|| {
                (0..found.len())
                    .find(|&i| !used[i] && overlaps(&found[i]) && same_number(&found[i]))
            });
        let Some(i) = hit else {
            let near: Vec<String> = found.iter().filter(|f| overlaps(f)).map(show).collect();
            misses.push(format!(
                "{id}: missed {:?} {:?} {} near {near:?}",
                e.text,
                want.0.map(|d| d.to_string()),
                e.currency
            ));
            continue;
        };
        used[i] = true;
        let f = &found[i];
        c.number_matched += 1;
        if f.currency != e.currency {
            misses.push(format!(
                "{id}: {:?} currency {} expected {}",
                e.text, f.currency, e.currency
            ));
            // A wrong currency is a wrong amount.
            continue;
        }
        c.currency_right += 1;
        c.matched += 1;
        c.explicit_matched += usize::from(is_explicit);
        if f.qualifier.as_str() == e.qualifier {
            c.qualifier_right += 1;
        } else {
            misses.push(format!(
                "{id}: {:?} qualifier {} expected {}",
                e.text,
                f.qualifier.as_str(),
                e.qualifier
            ));
        }
        if f.period.map(|p| p.as_str()) == e.period.as_deref() {
            c.period_right += 1;
        } else {
            misses.push(format!(
                "{id}: {:?} period {:?} expected {:?}",
                e.text,
                f.period.map(|p| p.as_str()),
                e.period
            ));
        }
        if f.per.map(|p| p.as_str()) == e.per.as_deref() {
            c.per_right += 1;
        } else {
            misses.push(format!(
                "{id}: {:?} per {:?} expected {:?}",
                e.text,
                f.per.map(|p| p.as_str()),
                e.per
            ));
        }
        if f.source.as_str() == e.source {
            c.source_right += 1;
        } else {
            misses.push(format!(
                "{id}: {:?} source {} expected {} (cue {:?})",
                e.text,
                f.source.as_str(),
                e.source,
                f.source_cue
            ));
        }
        if let Some(want) = &e.purpose {
            c.purposes_expected += 1;
            if f.purpose
                .as_deref()
                .is_some_and(|got| overlapping(&p.text, want, got))
            {
                c.purposes_right += 1;
            } else {
                misses.push(format!(
                    "{id}: {:?} purpose {:?} expected {want:?}",
                    e.text, f.purpose
                ));
            }
        }
        c.actors_expected += e.actors.len();
        c.actors_given += f.actors.len();
        for a in &f.actors {
            match e.actors.iter().find(|x| same_actor(&x.name, &a.name)) {
                Some(x) => {
                    c.actors_right += 1;
                    if x.role == a.role.as_str() {
                        c.role_right += 1;
                    } else {
                        misses.push(format!(
                            "{id}: {:?} actor {:?} role {} expected {}",
                            e.text,
                            a.name,
                            a.role.as_str(),
                            x.role
                        ));
                    }
                    if x.kind == a.kind.as_str() {
                        c.kind_right += 1;
                    } else {
                        misses.push(format!(
                            "{id}: {:?} actor {:?} kind {} expected {}",
                            e.text,
                            a.name,
                            a.kind.as_str(),
                            x.kind
                        ));
                    }
                }
                None => misses.push(format!(
                    "{id}: {:?} actor {:?} not involved",
                    e.text, a.name
                )),
            }
        }
        for x in &e.actors {
            if !f.actors.iter().any(|a| same_actor(&x.name, &a.name)) {
                misses.push(format!(
                    "{id}: {:?} actor {:?} ({}) not found",
                    e.text, x.name, x.role
                ));
            }
        }
    }
    for (i, f) in found.iter().enumerate() {
        if used[i] {
            continue;
        }
        misses.push(format!("{id}: extra {}", show(f)));
        // A finding on a trap string, or anywhere in a passage with no money, is a trap hit.
        let on_trap = p.traps.iter().flatten().any(|t| {
            let mut at = 0;
            while let Some(j) = p.text[at..].find(t.as_str()) {
                let (s, e) = (at + j, at + j + t.len());
                if f.byte_start < e && s < f.byte_end {
                    return true;
                }
                at = e.max(at + 1);
            }
            false
        });
        if on_trap || p.findings.is_empty() {
            c.trap_hits += 1;
        }
    }
    c
}

/// The counts of every split and group, and the misses of each split.
pub struct Report {
    pub by_split: BTreeMap<String, Counts>,
    pub by_group: BTreeMap<(String, String), Counts>,
    pub misses: BTreeMap<String, Vec<String>>,
}

pub fn evaluate() -> Report {
    let mut report = Report {
        by_split: BTreeMap::new(),
        by_group: BTreeMap::new(),
        misses: BTreeMap::new(),
    };
    for (split, p) in passages() {
        let mut misses = Vec::new();
        let c = score(&p, &mut misses);
        report.by_split.entry(split.clone()).or_default().add(&c);
        report
            .by_group
            .entry((split.clone(), group(&p.country).to_string()))
            .or_default()
            .add(&c);
        report.misses.entry(split).or_default().extend(misses);
    }
    report
}

impl Report {
    pub fn print(&self) -> String {
        let mut out = String::from(
            "francophone corpus          passages amounts | amounts | on matched amounts | actors of matched amounts | purpose of matched amounts\n",
        );
        for (split, c) in &self.by_split {
            out.push_str(&c.line(&format!("{split} (all)")));
            out.push('\n');
            for ((s, g), c) in &self.by_group {
                if s == split {
                    out.push_str(&c.line(&format!("  {g}")));
                    out.push('\n');
                }
            }
        }
        out
    }
}
