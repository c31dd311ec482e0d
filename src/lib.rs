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
    Extractor::new().feed(text)
}

/// Extracts from a document read in pieces, so that a document of any size goes through in
/// bounded memory. Each piece should end at a paragraph break (a blank line): then the
/// findings are those of [`extract`] on the whole text, with offsets, indexes, `part_of` and
/// `repeat_of` in the document. Two things are known only up to the end of the current piece:
/// where the document says it is from (for `$` and `francs`, see `locales.tsv`) and, for a bare
/// figure followed by a money noun with no currency written before it, the currency written
/// after it.
#[derive(Debug, Default)]
pub struct Extractor {
    doc: link::DocState,
    places: amount::PlacesSeen,
    too_large: usize,
}

impl Extractor {
    pub fn new() -> Self {
        Self::default()
    }

    /// How many amounts were left out so far because they have more digits than exact
    /// arithmetic holds (28): never wrapped or rounded, reported for a warning.
    pub fn too_large(&self) -> usize {
        self.too_large
    }

    /// The findings of the next piece of the document.
    pub fn feed(&mut self, piece: &str) -> Vec<Finding> {
        let (mut mentions, too_large) = amount::scan(piece);
        self.too_large += too_large;
        amount::localise(piece, &mut mentions, &mut self.places);
        let sentences = text::sentences_near(piece, mentions.iter().map(|m| (m.start, m.end)));
        link::tie(piece, &sentences, mentions, &mut self.doc)
    }
}
