//! Where a document is from: the country clues of `lexicon/countries.tsv` (capitals, cities,
//! regions, institutions, demonyms, and the same in capitals for datelines), and the currency a unit written without its country (`$`,
//! `francs`, `F CFA`, `dinars`, `dirhams`, `centimes`) stands for there.

use super::Mention;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// One line of the table.
#[derive(Debug)]
struct Country {
    code: &'static str,
    /// (default code of an unnamed unit, what it is here).
    money: Vec<(&'static str, &'static str)>,
}

impl Country {
    fn local(&self, default: &str) -> Option<&'static str> {
        self.money.iter().find(|(d, _)| *d == default).map(|m| m.1)
    }
}

struct Table {
    countries: Vec<Country>,
    /// Every clue, longest first, as one alternation of literals (no boundaries: those are
    /// checked around each hit, with Unicode letters, so that the scan stays on fast engines).
    clues: Regex,
    /// Country of each clue as written (and with a capital first letter for a lower-case one).
    by_clue: HashMap<String, usize>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| parse(include_str!("lexicon/countries.tsv")));

fn capitalised(word: &str) -> Option<String> {
    let mut chars = word.chars();
    let first = chars.next()?;
    first
        .is_lowercase()
        .then(|| first.to_uppercase().chain(chars).collect())
}

fn parse(source: &'static str) -> Table {
    let mut countries = Vec::new();
    let mut by_clue = HashMap::new();
    for line in source.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [code, money, clues] = cols[..] else {
            panic!("countries.tsv: a line needs 3 tab-separated columns: {line:?}");
        };
        let money = money
            .split_whitespace()
            .map(|pair| {
                pair.split_once('>')
                    .unwrap_or_else(|| panic!("countries.tsv: {pair:?} is not DEFAULT>LOCAL"))
            })
            .collect();
        for clue in clues.split('|') {
            by_clue.entry(clue.to_string()).or_insert(countries.len());
            if let Some(upper) = capitalised(clue) {
                by_clue.entry(upper).or_insert(countries.len());
            }
            // Datelines write the city in capitals (`OTTAWA —`, `WINNIPEG, le 6 août`).
            if clue.chars().filter(|c| c.is_lowercase()).count() >= 3 {
                by_clue
                    .entry(clue.to_uppercase())
                    .or_insert(countries.len());
            }
        }
        countries.push(Country { code, money });
    }
    let mut words: Vec<&String> = by_clue.keys().collect();
    words.sort_by_key(|w| (std::cmp::Reverse(w.len()), w.as_str()));
    let alternation: Vec<String> = words
        .iter()
        .map(|w| regex::escape(w).replace(['\'', '’'], "['’]"))
        .collect();
    let clues = Regex::new(&alternation.join("|")).expect("countries.tsv compiles");
    Table {
        countries,
        clues,
        by_clue,
    }
}

/// The code of a country or group of the table (`CA`, `ch`, `UEMOA`), as the table writes it.
pub fn code(name: &str) -> Option<&'static str> {
    TABLE
        .countries
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(name.trim()))
        .map(|c| c.code)
}

/// Every country code of the table, in its order.
pub fn codes() -> impl Iterator<Item = &'static str> {
    TABLE.countries.iter().map(|c| c.code)
}

/// A clue found in the text: byte span and country (index in the table).
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    country: usize,
}

fn hits(text: &str) -> Vec<Hit> {
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    TABLE
        .clues
        .find_iter(text)
        .filter(|m| {
            !letter(text[..m.start()].chars().next_back())
                && !letter(text[m.end()..].chars().next())
        })
        .filter_map(|m| {
            let key = m.as_str().replace('’', "'");
            let country = TABLE
                .by_clue
                .get(&key)
                .or_else(|| TABLE.by_clue.get(m.as_str()))?;
            Some(Hit {
                start: m.start(),
                end: m.end(),
                country: *country,
            })
        })
        .collect()
}

/// What a document has said of where it is from in the pieces read so far.
#[derive(Debug, Default)]
pub struct PlacesSeen {
    /// Clue hits per country in the text read, and the first one (as written, byte offset in
    /// the document).
    counts: Vec<usize>,
    first: Vec<Option<(String, usize)>>,
    /// Bytes read before the current piece.
    base: usize,
    /// The country of bare units when the text names none (`--country`).
    default: Option<&'static str>,
}

impl PlacesSeen {
    /// With `country` (a code of the table, see [`code`]) as the default place of the
    /// document.
    pub fn with_country(country: Option<&'static str>) -> Self {
        PlacesSeen {
            default: country,
            ..Self::default()
        }
    }
}

/// Gives each mention written with an unnamed unit (`$`, `francs`, `F CFA`…) the currency of
/// its place: the nearest place named in its paragraph whose table line changes that unit,
/// else the place the document names most up to there (the first named on a tie), else the
/// first one it names after, else the default country, else the unit's default. The origin goes in `currency_cue`. Clues in
/// `text[..owned]` are remembered for the pieces after it.
pub fn localise(text: &str, owned: usize, mentions: &mut [Mention], seen: &mut PlacesSeen) {
    let table = &*TABLE;
    let n = table.countries.len();
    seen.counts.resize(n, 0);
    seen.first.resize(n, None);
    let generic = mentions.iter().any(|m| m.generic_currency);
    let hits = hits(text);
    if generic {
        // Counts and first clues of the document up to the paragraph of the mention at hand,
        // kept up to date as the mentions go (they are in text order): what a piece knows is
        // then what the whole text knows, so both give the same findings.
        let mut counts = seen.counts.clone();
        let mut first: Vec<Option<(String, usize)>> = seen.first.clone();
        let mut counted = 0;
        let breaks: Vec<usize> = crate::text::paragraph_breaks(text).collect();
        for m in mentions.iter_mut().filter(|m| m.generic_currency) {
            let Some(default) = m.currency else { continue };
            let relevant = |c: usize| table.countries[c].local(default).is_some();
            let i = breaks.partition_point(|&b| b < m.start);
            let (p_start, p_end) = (
                i.checked_sub(1).map_or(0, |j| breaks[j]),
                breaks.get(i).copied().unwrap_or(text.len()),
            );
            while let Some(h) = hits.get(counted).filter(|h| h.end <= p_end) {
                counts[h.country] += 1;
                first[h.country]
                    .get_or_insert_with(|| (text[h.start..h.end].to_string(), seen.base + h.start));
                counted += 1;
            }
            let distance = |h: &Hit| {
                if h.end <= m.start {
                    m.start - h.end
                } else {
                    h.start.saturating_sub(m.end)
                }
            };
            let at = |h: &Hit| {
                format!(
                    "\"{}\" at byte {}",
                    &text[h.start..h.end],
                    seen.base + h.start
                )
            };
            // The paragraph's clues, found by halving (the hits are in text order).
            let from = hits[..counted].partition_point(|h| h.start < p_start);
            let near = hits[from..counted]
                .iter()
                .filter(|h| relevant(h.country))
                .min_by_key(|h| distance(h));
            let most = || {
                (0..n)
                    .filter(|&c| counts[c] > 0 && relevant(c))
                    .max_by_key(|&c| {
                        (
                            counts[c],
                            std::cmp::Reverse(first[c].as_ref().map_or(usize::MAX, |f| f.1)),
                        )
                    })
            };
            let (country, cue) = if let Some(h) = near {
                (h.country, at(h))
            } else if let Some(c) = most() {
                let (word, at) = first[c]
                    .clone()
                    .expect("a counted country has a first clue");
                (c, format!("\"{word}\" at byte {at}"))
            } else if let Some(h) = hits[counted..].iter().find(|h| relevant(h.country)) {
                // Named only after the amount's paragraph.
                (h.country, at(h))
            } else if let Some(c) = seen
                .default
                .and_then(|code| table.countries.iter().position(|c| c.code == code))
                .filter(|&c| relevant(c))
            {
                (
                    c,
                    format!("the default country {}", table.countries[c].code),
                )
            } else {
                continue;
            };
            let local = table.countries[country].local(default).expect("relevant");
            m.currency = Some(local);
            m.currency_cue = Some(format!("{local} from {cue}"));
        }
    }
    for h in hits.iter().filter(|h| h.start < owned) {
        seen.counts[h.country] += 1;
        seen.first[h.country]
            .get_or_insert_with(|| (text[h.start..h.end].to_string(), seen.base + h.start));
    }
    seen.base += owned;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_every_clue_finds_its_country() {
        for (clue, &c) in &TABLE.by_clue {
            let found = hits(&format!("« {clue} »"));
            assert!(
                found.iter().any(|h| h.country == c)
                    || found.iter().any(|h| h.end - h.start > clue.len()),
                "{clue}: {found:?}"
            );
        }
        assert_eq!(code("ca"), Some("CA"));
        assert_eq!(code("uemoa"), Some("UEMOA"));
        assert_eq!(code("XX"), None);
    }

    #[test]
    fn clues_need_word_boundaries() {
        assert!(hits("Le Nigeria et la Malaisie").is_empty());
        assert_eq!(hits("au Niger.").len(), 1);
        // The longest clue wins.
        let h = hits("en Guinée équatoriale");
        assert_eq!(TABLE.countries[h[0].country].code, "GQ");
        let h = hits("Les Québécois");
        assert_eq!(TABLE.countries[h[0].country].code, "CA");
    }
}
