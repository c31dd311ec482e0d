//! Scoring montants on the peer suites (Duckling, Recognizers-Text) and on the hand-annotated
//! real-news fixtures. Shared by `tests/evaluation.rs` (which holds the floors) and
//! `examples/eval.rs` (which prints the figures and every failing case).

#![allow(dead_code)]

use montants::{Decimal, Finding, Qualifier};
use serde::Deserialize;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// A suite's pass rate and its failing cases (id, why).
#[derive(Debug, Default)]
pub struct Score {
    pub passed: usize,
    pub total: usize,
    pub failures: Vec<(String, String)>,
}

impl Score {
    pub fn rate(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.passed as f64 / self.total as f64
        }
    }

    fn record(&mut self, id: &str, outcome: Result<(), String>) {
        self.total += 1;
        match outcome {
            Ok(()) => self.passed += 1,
            Err(why) => self.failures.push((id.to_string(), why)),
        }
    }
}

fn lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("peer suite line is JSON"))
        .collect()
}

fn dec(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => Decimal::from_str(&n.to_string())
            .or_else(|_| Decimal::from_scientific(&n.to_string()))
            .ok()
            .map(|d| d.normalize()),
        _ => None,
    }
}

fn show(f: &Finding) -> String {
    format!(
        "{:?} value={:?} min={:?} max={:?} {} {}",
        f.text,
        f.value.map(|d| d.to_string()),
        f.min.map(|d| d.to_string()),
        f.max.map(|d| d.to_string()),
        f.currency,
        f.qualifier.as_str()
    )
}

/// Dollars and francs of no stated country: montants writes USD and FRF unless the document
/// says where it is from (a Québec article's `$` is CAD, a Swiss one's `francs` CHF), so a
/// peer's generic unit is matched by any of these.
const ANY_DOLLAR: &[&str] = &["USD", "CAD", "AUD", "NZD", "HKD", "SGD"];
const ANY_FRANC: &[&str] = &["FRF", "CHF", "XOF", "XAF", "BEF"];

/// The codes montants may give for Duckling's units: its `$` is a dollar of any country, its
/// `£` GBP, its rial and riyal the Iranian rial and the Saudi riyal. Duckling's `unknown`
/// (slang `balles`, `pouloutes`) has no ISO code, so those cases cannot pass.
fn duckling_currency(unit: &str) -> Option<&'static [&'static str]> {
    Some(match unit {
        "$" => ANY_DOLLAR,
        "USD" => &["USD"],
        "£" | "GBP" => &["GBP"],
        "EUR" => &["EUR"],
        "ILS" => &["ILS"],
        "rial" => &["IRR"],
        "riyal" => &["SAR"],
        _ => return None,
    })
}

/// Duckling: the whole phrase must be exactly one amount with the expected kind, value and
/// currency. Hedges (`quasi`, `à peu près`) are accepted as `approx` where Duckling says
/// `exact`, since Duckling drops them; the qualifier words may stand outside the span.
pub fn duckling() -> Score {
    let mut score = Score::default();
    for case in lines(&fixtures().join("peer-suites/duckling-fr-money.jsonl")) {
        let id = case["id"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        score.record(id, duckling_case(&case, text));
    }
    score
}

fn duckling_case(case: &Value, text: &str) -> Result<(), String> {
    let found = montants::extract(text);
    let [f] = found.as_slice() else {
        return Err(format!(
            "{text:?}: {} findings: {:?}",
            found.len(),
            found.iter().map(show).collect::<Vec<_>>()
        ));
    };
    let currency = duckling_currency(case["currency"].as_str().unwrap())
        .ok_or_else(|| format!("{text:?}: currency {} has no ISO code", case["currency"]))?;
    let before = text[..f.byte_start].trim().to_lowercase();
    let cue = f.qualifier_cue.clone().unwrap_or_default().to_lowercase();
    let covers = text[f.byte_end..].trim().is_empty() && (before.is_empty() || before == cue);
    let kind_ok = match case["kind"].as_str().unwrap() {
        "exact" => {
            matches!(f.qualifier, Qualifier::Exact | Qualifier::Approx)
                && f.value == dec(&case["value"])
        }
        "interval" => {
            f.qualifier == Qualifier::Range
                && f.min == dec(&case["min"])
                && f.max == dec(&case["max"])
        }
        "min" => f.qualifier == Qualifier::Min && f.value == dec(&case["min"]),
        "max" => f.qualifier == Qualifier::Max && f.value == dec(&case["max"]),
        other => return Err(format!("unknown kind {other}")),
    };
    if covers && kind_ok && currency.contains(&f.currency) {
        Ok(())
    } else {
        Err(format!("{text:?}: got {}", show(f)))
    }
}

/// Units of Recognizers-Text with no single ISO code in its table, as montants reads them, and
/// the factor between Recognizers' value and montants' (`50 cents` is 50 Cent there, 0.50 USD
/// here: the same money).
fn recognizers_unit(unit: &str) -> Option<(&'static [&'static str], u32)> {
    Some(match unit {
        "Dollar" => (ANY_DOLLAR, 1),
        "Livre" => (&["GBP"], 1),
        "Franc" => (ANY_FRANC, 1),
        "Cent" => (&["USD"], 100),
        "Centimes" => (&["EUR"], 100),
        "Pence" | "Penny" => (&["GBP"], 100),
        "Pesewa" => (&["GHS"], 100),
        "Roupie" => (&["INR"], 1),
        "Mark Finlandais" => (&["FIM"], 1),
        "Florins Néerlandais" => (&["NLG"], 1),
        _ => return None,
    })
}

/// Which Recognizers-Text cases to score.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Marked {
    /// Cases that all implementations are meant to pass.
    Unmarked,
    /// Cases marked `not_supported` or `not_supported_by_design` somewhere.
    Marked,
}

/// Recognizers-Text currency: the same amounts in the same order, each with the expected span
/// (case-insensitive), value and currency.
pub fn recognizers(which: Marked) -> Score {
    let mut score = Score::default();
    for case in lines(&fixtures().join("peer-suites/recognizers-fr-currency.jsonl")) {
        let marked = case.get("not_supported").is_some_and(|v| !v.is_null())
            || case
                .get("not_supported_by_design")
                .is_some_and(|v| !v.is_null());
        if marked != (which == Marked::Marked) {
            continue;
        }
        let id = case["id"].as_str().unwrap();
        score.record(id, recognizers_case(&case));
    }
    score
}

fn recognizers_case(case: &Value) -> Result<(), String> {
    let text = case["text"].as_str().unwrap();
    let expected = case["expected"].as_array().unwrap();
    let found = montants::extract(text);
    if found.len() != expected.len() {
        return Err(format!(
            "expected {} amounts {:?}, got {:?}",
            expected.len(),
            expected
                .iter()
                .map(|e| e["surface"].as_str().unwrap_or(""))
                .collect::<Vec<_>>(),
            found.iter().map(show).collect::<Vec<_>>()
        ));
    }
    for (e, f) in expected.iter().zip(&found) {
        let surface = e["surface"].as_str().unwrap_or("");
        let iso_mapped = e["iso_mapped"].as_str().map(|s| [s]);
        let (iso, factor): (&[&str], u32) = match &iso_mapped {
            Some(iso) => (iso, 1),
            None => recognizers_unit(e["unit"].as_str().unwrap_or(""))
                .ok_or_else(|| format!("unit {} has no ISO code", e["unit"]))?,
        };
        let value = dec(&e["value"]).ok_or_else(|| format!("{surface:?}: no value expected"))?;
        let ours = f.value.map(|v| (v * Decimal::from(factor)).normalize());
        if f.text.to_lowercase() != surface.to_lowercase()
            || ours != Some(value)
            || !iso.contains(&f.currency)
        {
            return Err(format!(
                "expected {surface:?} {value} {iso:?}, got {}",
                show(f)
            ));
        }
    }
    Ok(())
}

#[derive(Debug, Deserialize)]
struct NewsFile {
    findings: Vec<Expected>,
}

#[derive(Debug, Deserialize)]
struct Expected {
    text: String,
    value: Option<Value>,
    min: Option<Value>,
    max: Option<Value>,
    currency: String,
    qualifier: String,
    source: String,
    actors: Vec<String>,
}

/// The real-news evaluation: amounts (precision, recall, F1), and on the amounts found, the
/// share of right sources, right qualifiers, and of expected actors found.
#[derive(Debug, Default)]
pub struct News {
    pub passages: usize,
    pub expected: usize,
    pub found: usize,
    pub matched: usize,
    pub source_right: usize,
    pub qualifier_right: usize,
    pub actors_expected: usize,
    pub actors_found: usize,
    /// What went wrong, one line each, for the eval example.
    pub misses: Vec<String>,
}

impl News {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.expected)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    pub fn source_accuracy(&self) -> f64 {
        ratio(self.source_right, self.matched)
    }
    pub fn qualifier_accuracy(&self) -> f64 {
        ratio(self.qualifier_right, self.matched)
    }
    pub fn actor_recall(&self) -> f64 {
        ratio(self.actors_found, self.actors_expected)
    }

    /// The figures, on two lines.
    pub fn report(&self, folder: &str) -> String {
        format!(
            "real news ({folder}): {} passages, {} expected amounts, {} found, {} matched\n  \
             amounts precision {:.3} recall {:.3} F1 {:.3}; source accuracy {:.3}; \
             qualifier accuracy {:.3}; actor recall {:.3}",
            self.passages,
            self.expected,
            self.found,
            self.matched,
            self.precision(),
            self.recall(),
            self.f1(),
            self.source_accuracy(),
            self.qualifier_accuracy(),
            self.actor_recall()
        )
    }
}

/// The harmonic mean of a precision and a recall.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// `a / b`, and 0 when there is nothing to count.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn fold(s: &str) -> String {
    s.to_lowercase().replace('’', "'")
}

/// An expected actor is found when a name found in the amount's sentence equals it or one
/// contains the other (`Macron` / `Emmanuel Macron`), ignoring case. These sets annotate the
/// names of the amount's sentence (`fixtures/news/FORMAT.md`), not the actors involved in the
/// amount, which the francophone corpus annotates and scores (`corpus.rs`): so the names are
/// those the actor finder reads in the sentence, the finding's own actors, and its carried ones.
fn actor_found(expected: &str, found: &Finding) -> bool {
    let e = fold(expected);
    let in_sentence = montants::actor::find(&found.sentence);
    found
        .actors
        .iter()
        .chain(in_sentence.iter().map(|f| &f.actor))
        .any(|a| {
            let n = fold(&a.name);
            n == e || n.contains(&e) || e.contains(&n)
        })
}

/// Scores the passages of `fixtures/<folder>` (`news`: the set the rules were developed on;
/// `news-holdout`: annotated apart and never tuned on).
pub fn news(folder: &str) -> News {
    let dir = fixtures().join(folder);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/news")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut score = News::default();
    for txt in paths {
        let stem = txt.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&txt).unwrap();
        let file: NewsFile =
            serde_json::from_str(&std::fs::read_to_string(txt.with_extension("json")).unwrap())
                .unwrap_or_else(|e| panic!("{stem}.json: {e}"));
        score.passages += 1;
        let found = montants::extract(&text);
        score.expected += file.findings.len();
        score.found += found.len();
        let mut used = vec![false; found.len()];
        let mut from = 0;
        for e in &file.findings {
            let start = text[from..]
                .find(&e.text)
                .map(|i| i + from)
                .unwrap_or_else(|| panic!("{stem}: {:?} not in the text", e.text));
            let end = start + e.text.len();
            from = end;
            let want = (
                e.value.as_ref().and_then(dec),
                e.min.as_ref().and_then(dec),
                e.max.as_ref().and_then(dec),
            );
            let hit = found.iter().enumerate().position(|(i, f)| {
                !used[i]
                    && f.byte_start < end
                    && start < f.byte_end
                    && (f.value, f.min, f.max) == want
                    && f.currency == e.currency
            });
            let Some(i) = hit else {
                let near: Vec<String> = found
                    .iter()
                    .filter(|f| f.byte_start < end && start < f.byte_end)
                    .map(show)
                    .collect();
                score.misses.push(format!(
                    "{stem}: missed {:?} ({:?}); near: {near:?}",
                    e.text, want.0
                ));
                continue;
            };
            used[i] = true;
            score.matched += 1;
            let f = &found[i];
            if f.source.as_str() == e.source {
                score.source_right += 1;
            } else {
                score.misses.push(format!(
                    "{stem}: {:?} source {} expected {} (cue {:?}) in: {}",
                    e.text,
                    f.source.as_str(),
                    e.source,
                    f.source_cue,
                    f.sentence
                ));
            }
            if f.qualifier.as_str() == e.qualifier {
                score.qualifier_right += 1;
            } else {
                score.misses.push(format!(
                    "{stem}: {:?} qualifier {} expected {}",
                    e.text,
                    f.qualifier.as_str(),
                    e.qualifier
                ));
            }
            for a in &e.actors {
                score.actors_expected += 1;
                if actor_found(a, f) {
                    score.actors_found += 1;
                } else {
                    score
                        .misses
                        .push(format!("{stem}: {:?} actor {a:?} not found", e.text));
                }
            }
        }
        for (i, f) in found.iter().enumerate() {
            if !used[i] {
                score.misses.push(format!("{stem}: extra {}", show(f)));
            }
        }
    }
    score
}
