//! Where a document is from: the country clues of `lexicon/countries.tsv` (capitals, cities,
//! regions, institutions, demonyms, and the same in capitals for datelines), and the currency a unit written without its country (`$`,
//! `francs`, `F CFA`, `dinars`, `dirhams`, `centimes`) stands for there.

use super::Mention;
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// One line of the table.
#[derive(Debug)]
struct Country {
    code: &'static str,
    /// Its currency today.
    own: &'static str,
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
    /// Every clue, longest first, as one automaton of literals, the first listed winning where
    /// two start at the same place (no boundaries: those are checked around each hit, with
    /// Unicode letters). A regex alternation of thousands of names, one lazy DFA, rebuilt its
    /// states all the time on real text.
    clues: AhoCorasick,
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
        let [code, own, money, clues] = cols[..] else {
            panic!("countries.tsv: a line needs 4 tab-separated columns: {line:?}");
        };
        let money = money
            .split_whitespace()
            .filter(|&pair| pair != "-")
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
        countries.push(Country { code, own, money });
    }
    let mut words: Vec<&String> = by_clue.keys().collect();
    words.sort_by_key(|w| (std::cmp::Reverse(w.len()), w.as_str()));
    // Each apostrophe matches both ways of writing it.
    let mut literals: Vec<String> = Vec::new();
    for w in words {
        let mut spellings = vec![String::new()];
        for c in w.chars() {
            if c == '\'' || c == '’' {
                spellings = spellings
                    .into_iter()
                    .flat_map(|s| [format!("{s}'"), format!("{s}’")])
                    .collect();
            } else {
                spellings.iter_mut().for_each(|s| s.push(c));
            }
        }
        literals.extend(spellings);
    }
    let clues = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(&literals)
        .expect("countries.tsv compiles");
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
            let written = &text[m.start()..m.end()];
            let key = written.replace('’', "'");
            let country = TABLE
                .by_clue
                .get(&key)
                .or_else(|| TABLE.by_clue.get(written))?;
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
    /// True once an amount with a written currency has been read.
    written: bool,
    /// The currencies of the amounts read, each once, the last read last.
    currencies: Vec<&'static str>,
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
/// `text[..owned]` are remembered for the pieces after it; on the `last` piece of a document
/// there are none, and a piece with no mention then needs no clue at all (the search for them
/// was a third of the time of a text without money).
pub fn localise(
    text: &str,
    owned: usize,
    mentions: &mut [Mention],
    seen: &mut PlacesSeen,
    last: bool,
) {
    if last && mentions.is_empty() {
        seen.base += owned;
        return;
    }
    let table = &*TABLE;
    let n = table.countries.len();
    seen.counts.resize(n, 0);
    seen.first.resize(n, None);
    let generic = mentions.iter().any(|m| m.generic_currency);
    let hits = hits(text);
    let breaks: Vec<usize> = crate::text::paragraph_breaks(text).collect();
    if generic {
        // Counts and first clues of the document up to the paragraph of the mention at hand,
        // kept up to date as the mentions go (they are in text order): what a piece knows is
        // then what the whole text knows, so both give the same findings.
        let mut counts = seen.counts.clone();
        let mut first: Vec<Option<(String, usize)>> = seen.first.clone();
        let mut counted = 0;
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
            let at = |h: &Hit| {
                format!(
                    "\"{}\" at byte {}",
                    &text[h.start..h.end],
                    seen.base + h.start
                )
            };
            // The paragraph's clues, found by halving (the hits are in text order).
            let from = hits[..counted].partition_point(|h| h.start < p_start);
            // A place of the amount's own sentence first (`Le Mali … 678 francs CFA, contre 585
            // francs CFA pour le gasoil. En Afrique centrale…`), then the nearest.
            let near = nearest_clue(text, &hits[from..counted], relevant, m.start, m.end);
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
            } else if default == "USD" && writes_canadian_billions(&text[m.start..m.end]) {
                // `G$` for billions of dollars is the writing of Quebec (OQLF), not of France.
                m.currency = Some("CAD");
                m.currency_cue = Some("CAD from \"G$\", the Quebec writing".to_string());
                continue;
            } else {
                continue;
            };
            let local = table.countries[country].local(default).expect("relevant");
            m.currency = Some(local);
            m.currency_cue = Some(format!("{local} from {cue}"));
        }
    }
    same_family(mentions, seen);
    own_currency(text, mentions, &hits, &breaks, seen);
    // A conversion into the money of the place (`90 millions de dollars (81 millions d’euros)`
    // in a Belgian story) is the readers' own figure: it still gives its currency to bare
    // figures after it; one into a foreign money (`… francs congolais (… de dollars)`) does not.
    for m in mentions.iter_mut().filter(|m| m.conversion) {
        let place = place_of(text, m.start, m.end, &hits, &breaks, seen);
        if place.is_some_and(|(c, _)| Some(table.countries[c].own) == m.currency) {
            m.conversion = false;
        }
    }
    for m in mentions.iter().filter(|m| m.start < owned) {
        if let Some(c) = m.currency {
            seen.written = true;
            seen.currencies.retain(|&k| k != c);
            seen.currencies.push(c);
        }
    }
    for h in hits.iter().filter(|h| h.start < owned) {
        seen.counts[h.country] += 1;
        seen.first[h.country]
            .get_or_insert_with(|| (text[h.start..h.end].to_string(), seen.base + h.start));
    }
    seen.base += owned;
}

/// Bytes between a clue and the amount at `start..end`.
fn distance(h: &Hit, start: usize, end: usize) -> usize {
    if h.end <= start {
        start - h.end
    } else {
        h.start.saturating_sub(end)
    }
}

/// The clue a unit without its country takes among the relevant `hits` of its paragraph (in
/// text order): one of its own sentence first, then the nearest, the earlier of two as near.
/// That is the least of `(!same_sentence, distance)`, found without reading the gap to every
/// hit of a long paragraph: before the amount, the nearest hit decides (a sentence end between
/// it and the amount stands between the amount and every hit before it); after it, the hits
/// are read in order until a sentence end that stays one whatever follows it.
fn nearest_clue<'h>(
    text: &str,
    hits: &'h [Hit],
    relevant: impl Fn(usize) -> bool,
    start: usize,
    end: usize,
) -> Option<&'h Hit> {
    let key = |h: &Hit| (!same_sentence(text, h, start, end), distance(h, start, end));
    let split = hits.partition_point(|h| h.end <= start);
    let before = hits[..split].iter().rev().find(|h| relevant(h.country));
    let mut first_after = None;
    let mut after = None;
    for h in hits[split..].iter().filter(|h| relevant(h.country)) {
        first_after.get_or_insert(h);
        if same_sentence(text, h, start, end) {
            after = Some(h);
            break;
        }
        if STAYS_AN_END.is_match(&text[end.min(h.start)..h.start]) {
            break;
        }
    }
    match (before, after.or(first_after)) {
        (Some(b), Some(a)) if key(a) < key(b) => Some(a),
        (b, a) => b.or(a),
    }
}

/// The sentence ends of [`SENTENCE_END`] that do not depend on where the gap stops.
static STAYS_AN_END: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"[.!?][\p{Zs}\t\r]|\n").unwrap());

/// `1,2 G$`, `153 G $`.
fn writes_canadian_billions(written: &str) -> bool {
    let compact: String = written.chars().filter(|c| !c.is_whitespace()).collect();
    compact.ends_with("G$")
}

/// True when no sentence ends between the clue and the mention.
fn same_sentence(text: &str, h: &Hit, start: usize, end: usize) -> bool {
    let gap = if h.end <= start {
        &text[h.end..start]
    } else {
        &text[end.min(h.start)..h.start]
    };
    !SENTENCE_END.is_match(gap)
}

static SENTENCE_END: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"[.!?]([\p{Zs}\t\r]|$)|\n").unwrap());

/// The currencies a unit written without its country may stand for (`FRF`: `CHF`, `XOF`,
/// `XPF`…; `USD`: `CAD`, `AUD`…), from the table.
fn family(default: &str) -> impl Iterator<Item = &'static str> + '_ {
    TABLE
        .countries
        .iter()
        .filter_map(move |c| c.local(default))
        .filter(move |&local| local != default)
}

/// A unit written without its country that no place has given a currency (`145 milliards de
/// francs` in a story that writes `francs Cfa` elsewhere, `58 millions de centimes` beside
/// `20 000 DA`) takes the currency of its kind the document writes: the nearest before it (in
/// this piece or an earlier one), else the first after.
fn same_family(mentions: &mut [Mention], seen: &PlacesSeen) {
    // Where each currency stands among the mentions ahead (those are not changed yet when a
    // mention looks at them), and the last mention of each behind (as changed): a lookup each,
    // not a walk over the piece for every amount.
    let mut ahead: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for (j, m) in mentions.iter().enumerate() {
        if let Some(c) = m.currency {
            ahead.entry(c).or_default().push(j);
        }
    }
    let mut behind: HashMap<&'static str, usize> = HashMap::new();
    let mut kin_of: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for (i, m) in mentions.iter_mut().enumerate() {
        if let Some(default) = m
            .currency
            .filter(|_| m.generic_currency && m.currency_cue.is_none())
        {
            let kin = kin_of
                .entry(default)
                .or_insert_with(|| family(default).collect());
            let before = kin
                .iter()
                .filter_map(|&c| behind.get(c).map(|&j| (j, c)))
                .max_by_key(|&(j, _)| j)
                .map(|(_, c)| c)
                .or_else(|| {
                    seen.currencies
                        .iter()
                        .rev()
                        .copied()
                        .find(|c| kin.contains(c))
                });
            let after = || {
                kin.iter()
                    .filter_map(|&c| {
                        let at = ahead.get(c)?;
                        at.get(at.partition_point(|&j| j <= i)).map(|&j| (j, c))
                    })
                    .min_by_key(|&(j, _)| j)
                    .map(|(_, c)| c)
            };
            if let Some(c) = before.or_else(after) {
                m.currency = Some(c);
                m.currency_cue = Some(format!("{c} from the other amounts of the text"));
            }
        }
        if let Some(c) = m.currency {
            behind.insert(c, i);
        }
    }
}

/// A bare figure (`dont 50 milliards`, no currency written) that nothing before it in the
/// document gives a currency: the currency of the place the text names (`Roche paie 19
/// milliards`, a Swiss story), else that of the first amount written after it. A figure after
/// `soit` that converts an amount (`900 millions d’USD soit environ 570 milliards au
/// Cameroun`) is in the place's currency when that is another one. A currency written later in
/// its own sentence is left to the sentence (see `link`).
fn own_currency(
    text: &str,
    mentions: &mut [Mention],
    hits: &[Hit],
    breaks: &[usize],
    seen: &PlacesSeen,
) {
    let written: Vec<bool> = mentions.iter().map(|m| m.currency.is_some()).collect();
    for i in 0..mentions.len() {
        if written[i] {
            continue;
        }
        let m = &mentions[i];
        let previous = (0..i).rev().find(|&j| written[j]);
        let next = (i + 1..mentions.len()).find(|&j| written[j]);
        let converts =
            previous.is_some_and(|j| CONVERSION.is_match(&text[mentions[j].end..m.start]));
        if (seen.written || previous.is_some()) && !converts {
            continue;
        }
        if !converts
            && next.is_some_and(|j| !SENTENCE_END.is_match(&text[m.end..mentions[j].start]))
        {
            continue;
        }
        if !converts && !speaks_of_money(text, m.start, m.end) {
            continue;
        }
        let place = place_of(text, m.start, m.end, hits, breaks, seen);
        let (currency, cue) = match place {
            Some((c, cue)) => (TABLE.countries[c].own, cue),
            None if converts => continue,
            None => match next.and_then(|j| mentions[j].currency) {
                Some(c) => (c, "the amount written after it".to_string()),
                None => continue,
            },
        };
        if converts && previous.and_then(|j| mentions[j].currency) == Some(currency) {
            continue;
        }
        let m = &mut mentions[i];
        m.currency = Some(currency);
        m.borrowed_currency = true;
        m.currency_cue = Some(format!("{currency} from {cue}"));
    }
}

/// Words that make a sentence speak of money (`budget`, `déficit`, `paie`, `investi`,
/// `injectera`, `l’offre d’achat`), so that a bare figure in it is money and not a count
/// (`11,3 millions` of tourists).
static MONEY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}])(?:budg|déficit|dette|coût|co[uû]t|pai[ea]|pay|invest|financ|subvention|dépens|recette|revenu|bénéfic|perte|chiffre\s+d['’‘]affaires|offre|rachat|acqui|levé|lever|lève|injecte|vers[eéa]|crédit|enveloppe|fonds|somme|montant|dotation|amende|économi|dégag|capital|prêt|emprunt|valoris|transaction|dividende|salaire|prime|aide|contribu|caisse|renflou|provision|en\s+(?:dollars|euros|francs))").unwrap()
});

/// True when the sentence of `text[start..end]` (at most 300 bytes each side) holds a word of
/// money.
fn speaks_of_money(text: &str, start: usize, end: usize) -> bool {
    let mut from = start.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + 300).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = &text[from..start];
    let before = &before[SENTENCE_END.find_iter(before).last().map_or(0, |m| m.end())..];
    let after = &text[end..to];
    let after = &after[..SENTENCE_END.find(after).map_or(after.len(), |m| m.start())];
    MONEY_WORD.is_match(before) || MONEY_WORD.is_match(after)
}

/// `X, soit Y`, `X soit environ Y`: Y says X again in another currency.
static CONVERSION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^[\p{Zs}\t\r]*[,(]?[\p{Zs}\t\r]*soit(?:[\p{Zs}\t\r]+(?:environ|près[\p{Zs}\t\r]+de|plus[\p{Zs}\t\r]+de|quelque))?[\p{Zs}\t\r]+$").unwrap()
});

/// The place of a mention for its own currency: the nearest clue of its paragraph (of its
/// sentence first), else the place the document names most up to its paragraph's end, else the
/// first named after, else the default country. Returns the country and the cue.
fn place_of(
    text: &str,
    start: usize,
    end: usize,
    hits: &[Hit],
    breaks: &[usize],
    seen: &PlacesSeen,
) -> Option<(usize, String)> {
    let table = &*TABLE;
    let i = breaks.partition_point(|&b| b < start);
    let (p_start, p_end) = (
        i.checked_sub(1).map_or(0, |j| breaks[j]),
        breaks.get(i).copied().unwrap_or(text.len()),
    );
    let at = |h: &Hit| {
        format!(
            "\"{}\" at byte {}",
            &text[h.start..h.end],
            seen.base + h.start
        )
    };
    // The paragraph's clues (hits are in text order), the nearest by sentence then distance.
    let from = hits.partition_point(|h| h.start < p_start);
    let to = from + hits[from..].partition_point(|h| h.end <= p_end);
    if let Some(h) = nearest_clue(text, &hits[from..to], |_| true, start, end) {
        return Some((h.country, at(h)));
    }
    let mut counts = seen.counts.clone();
    counts.resize(table.countries.len(), 0);
    // (cue, byte in the document) of each country's first clue.
    let mut first: Vec<Option<(String, usize)>> = seen
        .first
        .iter()
        .map(|f| {
            f.as_ref()
                .map(|(w, b)| (format!("\"{w}\" at byte {b}"), *b))
        })
        .collect();
    first.resize(table.countries.len(), None);
    for h in hits.iter().filter(|h| h.end <= p_end) {
        counts[h.country] += 1;
        first[h.country].get_or_insert_with(|| (at(h), seen.base + h.start));
    }
    // The most named, the first named on a tie.
    if let Some(c) = (0..counts.len())
        .filter(|&c| counts[c] > 0)
        .max_by_key(|&c| {
            let at = first[c].as_ref().map_or(usize::MAX, |f| f.1);
            (counts[c], std::cmp::Reverse(at))
        })
    {
        return Some((c, first[c].clone().map(|f| f.0).unwrap_or_default()));
    }
    if let Some(h) = hits.iter().find(|h| h.start >= p_end) {
        return Some((h.country, at(h)));
    }
    let c = seen
        .default
        .and_then(|code| table.countries.iter().position(|c| c.code == code))?;
    Some((
        c,
        format!("the default country {}", table.countries[c].code),
    ))
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

    /// The nearest clue is the one of reading the gap to every clue, on clues before, after,
    /// over and around amounts, with sentence ends of every kind between.
    #[test]
    fn nearest_clue_is_the_least_by_sentence_then_distance() {
        let text =
            "Québec. Ottawa a dit 3 $.Montréal x Québec\nOttawa 5 $ Ottawa. Toronto ! Québec";
        let hits: Vec<Hit> = ["Québec", "Ottawa", "Montréal", "Toronto"]
            .iter()
            .flat_map(|w| text.match_indices(w).map(|(i, w)| (i, i + w.len())))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .enumerate()
            .map(|(k, (start, end))| Hit {
                start,
                end,
                country: k % 3,
            })
            .collect();
        for relevant_mask in 1..8usize {
            let relevant = |c: usize| relevant_mask & (1 << c) != 0;
            for start in 0..text.len() {
                for end in start + 1..=text.len() {
                    if !(text.is_char_boundary(start) && text.is_char_boundary(end)) {
                        continue;
                    }
                    let want = hits.iter().filter(|h| relevant(h.country)).min_by_key(|h| {
                        (!same_sentence(text, h, start, end), distance(h, start, end))
                    });
                    let got = nearest_clue(text, &hits, relevant, start, end);
                    assert_eq!(
                        got.map(|h| h.start),
                        want.map(|h| h.start),
                        "{start}..{end} mask {relevant_mask}"
                    );
                }
            }
        }
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
