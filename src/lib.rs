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
mod pattern;
pub mod purpose;
pub mod source;
pub mod text;

pub use model::{Actor, ActorKind, Decimal, Finding, Per, Period, Qualifier, Role, Source};

/// Every money mention of `text`, in text order.
pub fn extract(text: &str) -> Vec<Finding> {
    let mut extractor = Extractor::new();
    extractor.run(text, text.len())
}

/// Every money mention of `text`, with `country` (`CA`, `CH`, `SN`, `CM`…: see
/// [`country_code`]) as the place of the units it writes without their country (`$`,
/// `francs`, `F CFA`, `dinars`) when the text itself names no place.
///
/// ```
/// let found = montants::extract_with("Le projet coûte 3 millions de dollars.", Some("CA"));
/// assert_eq!(found[0].currency, "CAD");
/// assert_eq!(montants::extract("Le projet coûte 3 millions de dollars.")[0].currency, "USD");
/// ```
pub fn extract_with(text: &str, country: Option<&str>) -> Vec<Finding> {
    let mut extractor = Extractor::with_country(country.and_then(country_code));
    extractor.run(text, text.len())
}

/// The code of a country (or group, `UEMOA`, `CEMAC`) of the country table, whatever its case
/// (`ca` → `CA`); `None` for a code the table does not hold.
pub fn country_code(name: &str) -> Option<&'static str> {
    amount::country_code(name)
}

/// Every country code of the country table (`CA`, `CH`, `BE`, `SN`, `CM`, `UEMOA`…).
pub fn country_codes() -> impl Iterator<Item = &'static str> {
    amount::country_codes()
}

/// Extracts from a document read in pieces, so that a document of any size goes through in
/// bounded memory: [`feed`](Extractor::feed) each piece in order, cut anywhere, then
/// [`finish`](Extractor::finish). The findings, with offsets, indexes, `part_of` and
/// `repeat_of` in the document, are those of [`extract`] on the whole text: the extractor keeps
/// the last [`LOOKAHEAD`] bytes it was given unread, and reads the rest up to a line start that
/// no amount spans, with the kept bytes as the context after it (a currency written later, the
/// place a paragraph names, a programme named in the next sentence). Three things reach no
/// further than that context: the currency a bare figure takes from the text after it; the
/// place a document names only after an amount's paragraph (`$` in the first line, `Québec`
/// far below); and, in a line longer than the context (no line break for 64 KiB), the cut,
/// which then falls at a sentence end or a space that no amount spans.
#[derive(Debug, Default)]
pub struct Extractor {
    doc: link::DocState,
    places: amount::PlacesSeen,
    too_large: usize,
    /// The text given but not read yet.
    carry: String,
}

/// How much text the extractor keeps unread after its cut, as the context of what it reads.
pub const LOOKAHEAD: usize = 64 << 10;

impl Extractor {
    pub fn new() -> Self {
        Self::default()
    }

    /// An extractor whose document is from `country` (a code of [`country_code`]) when its
    /// text names no place: its bare `$`, `francs`, `F CFA`… are that country's.
    pub fn with_country(country: Option<&'static str>) -> Self {
        Extractor {
            places: amount::PlacesSeen::with_country(country),
            ..Self::default()
        }
    }

    /// How many amounts were left out so far because they have more digits than exact
    /// arithmetic holds (28): never wrapped or rounded, reported for a warning.
    pub fn too_large(&self) -> usize {
        self.too_large
    }

    /// The findings the next piece of the document completes (perhaps none yet).
    pub fn feed(&mut self, piece: &str) -> Vec<Finding> {
        self.carry.push_str(piece);
        if self.carry.len() <= 2 * LOOKAHEAD {
            return Vec::new();
        }
        let text = std::mem::take(&mut self.carry);
        let (mentions, too_large) = amount::scan(&text);
        let cut = amount::cut_before(&text, text.len() - LOOKAHEAD, &mentions);
        let findings = self.tie(&text, cut, mentions, too_large, false);
        self.carry = text[cut..].to_string();
        findings
    }

    /// The findings of a document given whole: the same as `feed(text)` then `finish()`,
    /// without copying the text.
    pub fn whole(&mut self, text: &str) -> Vec<Finding> {
        if !self.carry.is_empty() {
            let mut findings = self.feed(text);
            findings.extend(self.finish());
            return findings;
        }
        self.run(text, text.len())
    }

    /// The findings of the rest of the document.
    pub fn finish(&mut self) -> Vec<Finding> {
        let text = std::mem::take(&mut self.carry);
        self.run(&text, text.len())
    }

    fn run(&mut self, text: &str, owned: usize) -> Vec<Finding> {
        let (mentions, too_large) = amount::scan(text);
        self.tie(text, owned, mentions, too_large, true)
    }

    /// The findings of `text[..owned]`, with the rest of `text` as context; `last` when no
    /// piece of the document follows.
    fn tie(
        &mut self,
        text: &str,
        owned: usize,
        mut mentions: Vec<amount::Mention>,
        too_large: Vec<usize>,
        last: bool,
    ) -> Vec<Finding> {
        self.too_large += too_large.iter().filter(|&&at| at < owned).count();
        amount::localise(text, owned, &mut mentions, &mut self.places, last);
        let sentences = text::sentences_near(text, mentions.iter().map(|m| (m.start, m.end)));
        link::tie(text, owned, &sentences, mentions, &mut self.doc)
    }
}
