//! The Python binding of montants: the Rust library called in process, no subprocess. Each
//! finding is the record `montants --format jsonl` writes (the command line's own writer), so
//! the Python dicts and the command line's JSON can never drift apart; `montants/__init__.py`
//! turns the records into dicts with exact decimals.

use pyo3::prelude::*;
use rayon::prelude::*;

#[allow(dead_code)]
#[path = "../../src/bin/montants/output/mod.rs"]
mod output;

/// The findings of one document as JSON Lines, one record a line.
fn records(doc: &str, text: &str, country: Option<&'static str>) -> String {
    let findings = montants::extract_with(text, country);
    let mut out = Vec::new();
    {
        let options = output::Options {
            format: output::Format::Jsonl,
            dialect: output::Dialect::Rfc4180,
            explain: false,
            summary: false,
            emit_text: false,
        };
        let mut writer = output::writer(options, Box::new(&mut out));
        // Writing into memory cannot fail.
        writer.write(doc, &findings).expect("in memory");
        writer.finish().expect("in memory");
    }
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// The country code of the table, or a `ValueError` naming the known ones.
fn country(code: Option<&str>) -> PyResult<Option<&'static str>> {
    match code {
        None => Ok(None),
        Some(code) => montants::country_code(code).map(Some).ok_or_else(|| {
            let known: Vec<&str> = montants::country_codes().collect();
            pyo3::exceptions::PyValueError::new_err(format!(
                "unknown country {code:?}: one of {}",
                known.join(", ")
            ))
        }),
    }
}

/// The findings of `text` as JSON Lines (`doc` names the document in each record; `country`
/// is the country of units the text leaves without one, `--country`).
#[pyfunction]
#[pyo3(signature = (text, doc = "-", country = None))]
fn extract_jsonl(py: Python<'_>, text: &str, doc: &str, country: Option<&str>) -> PyResult<String> {
    let country = self::country(country)?;
    Ok(py.detach(|| records(doc, text, country)))
}

/// The findings of each text as JSON Lines, extracted on `threads` threads (default: all
/// cores) with the GIL released; in the order of `texts`.
#[pyfunction]
#[pyo3(signature = (texts, docs, threads = None, country = None))]
fn extract_many_jsonl(
    py: Python<'_>,
    texts: Vec<String>,
    docs: Vec<String>,
    threads: Option<usize>,
    country: Option<&str>,
) -> PyResult<Vec<String>> {
    let country = self::country(country)?;
    if texts.len() != docs.len() {
        return Err(pyo3::exceptions::PyValueError::new_err(
            "texts and docs must have the same length",
        ));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    Ok(py.detach(|| {
        pool.install(|| {
            texts
                .par_iter()
                .zip(docs.par_iter())
                .map(|(text, doc)| records(doc, text, country))
                .collect()
        })
    }))
}

#[pymodule]
fn _montants(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract_jsonl, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many_jsonl, m)?)?;
    Ok(())
}
