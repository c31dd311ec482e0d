//! montants: every funding figure out of French text.
//!
//! [`extract`] reads a document's text and returns one [`Finding`] per money mention: the exact
//! amount and its currency, qualifier and period, where the money comes from (public, private,
//! mixed) and the words that said so, the actors named around it, and where it was found. The
//! library does no I/O; the `montants` binary reads files and writes CSV or JSON around it.
//!
//! ```
//! let findings = montants::extract("L’État apportera 1,5 milliard d’euros par an.");
//! assert_eq!(findings.len(), 1);
//! assert_eq!(findings[0].value.unwrap().to_string(), "1500000000");
//! assert_eq!(findings[0].currency, "EUR");
//! assert_eq!(findings[0].source.as_str(), "public");
//! ```

pub mod actor;
pub mod amount;
mod lexicon;
mod link;
pub mod model;
pub mod source;
pub mod text;

pub use model::{Actor, ActorKind, Decimal, Finding, Period, Qualifier, Source};

/// Every money mention of `text`, in text order.
pub fn extract(text: &str) -> Vec<Finding> {
    let mentions = amount::scan(text);
    if mentions.is_empty() {
        return Vec::new();
    }
    let sentences = text::sentences_near(text, mentions.iter().map(|m| (m.start, m.end)));
    link::tie(text, &sentences, mentions)
}
