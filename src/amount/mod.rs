//! Money amounts: the rules that find them, the numbers and currencies they read, and the words
//! around them that qualify them (`plus de`, `environ`, `par an`).

mod country;
mod currency;
pub mod number;
pub mod rules;

#[cfg(test)]
mod corpus;

use crate::model::{Decimal, Period, Qualifier};
use regex::Regex;
use std::sync::LazyLock;

pub use country::{PlacesSeen, code as country_code, codes as country_codes, localise};

/// An amount found in the text, before sources, actors and links are tied to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte offsets of the mention, end exclusive.
    pub start: usize,
    pub end: usize,
    pub value: Option<Decimal>,
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    /// ISO code; `None` when the text leaves it to the context (`dont 50 milliards`).
    pub currency: Option<&'static str>,
    /// True when the written currency does not name its country (`$`, `francs`).
    pub generic_currency: bool,
    /// Where the currency of a unit written without its country comes from (`CAD from
    /// "Québec" at byte 1432`), for `--explain`.
    pub currency_cue: Option<String>,
    /// True when the currency is written once for several amounts, after the last
    /// (`70 000, 100 000 ou 150 000 euros`): it is reported as inferred.
    pub borrowed_currency: bool,
    /// True when a money noun follows a bare figure (`1,9 milliard d’investissements`), so that
    /// it may take its currency from anywhere in the document.
    pub money_noun: bool,
    /// True when the amount has more digits than exact arithmetic holds: left out, counted.
    pub too_large: bool,
    pub qualifier: Qualifier,
    pub qualifier_cue: Option<String>,
    pub period: Option<Period>,
    pub rule: &'static str,
}

/// Finds every amount in `text`, in text order, without overlaps: where rules disagree the
/// longest match wins, then the earliest rule. The rules run only on the windows where money
/// can be (see [`windows`]). Returns the amounts, and where those left out because they have
/// more digits than exact arithmetic holds start.
pub fn scan(text: &str) -> (Vec<Mention>, Vec<usize>) {
    let mut found: Vec<(usize, Mention)> = Vec::new();
    for (start, end) in windows(text) {
        let window = &text[start..end];
        for (order, rule) in rules::RULES.iter().enumerate() {
            found.extend(rule.apply(window).into_iter().map(|mut m| {
                m.start += start;
                m.end += start;
                (order, m)
            }));
        }
    }
    found.sort_by_key(|(order, m)| (m.start, std::cmp::Reverse(m.end), *order));
    let mut kept: Vec<Mention> = Vec::new();
    for (_, m) in found {
        if let Some(last) = kept.last()
            && m.start < last.end
        {
            // Overlap: keep the longer of the two.
            if m.end - m.start > last.end - last.start {
                kept.pop();
            } else {
                continue;
            }
        }
        kept.push(m);
    }
    let too_large = kept
        .iter()
        .filter(|m| m.too_large)
        .map(|m| m.start)
        .collect();
    kept.retain(|m| !m.too_large);
    drop_exchange_rates(text, &mut kept);
    for m in &mut kept {
        qualify(text, m);
    }
    (kept, too_large)
}

/// `1 Ecu = 6,56833 francs` is a rate, not money: both sides go.
fn drop_exchange_rates(text: &str, mentions: &mut Vec<Mention>) {
    let mut rate = vec![false; mentions.len()];
    for i in 1..mentions.len() {
        if text[mentions[i - 1].end..mentions[i].start].trim() == "=" {
            rate[i - 1] = true;
            rate[i] = true;
        }
    }
    let mut i = 0;
    mentions.retain(|_| {
        i += 1;
        !rate[i - 1]
    });
}

/// Where a document read in pieces may be cut at or before byte `limit`: the last line start
/// that no amount spans (a line break always ends a sentence), else the last sentence end
/// (`. ` before a capital), else the last space, else the last character boundary, that no
/// amount spans. Mentions must be those of [`scan`] on `text`.
pub fn cut_before(text: &str, limit: usize, mentions: &[Mention]) -> usize {
    let mut limit = limit.min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let spanned = |at: usize| {
        let i = mentions.partition_point(|m| m.end <= at);
        mentions.get(i).is_some_and(|m| m.start < at)
    };
    let head = &text[..limit];
    let floor = limit.saturating_sub(crate::LOOKAHEAD);
    let line_start = head
        .rmatch_indices('\n')
        .map(|(i, _)| i + 1)
        .take_while(|&i| i > floor)
        .find(|&i| !spanned(i));
    let sentence_end = || {
        head.rmatch_indices(". ")
            .map(|(i, _)| i + 2)
            .take_while(|&i| i > floor)
            .find(|&i| text[i..].chars().next().is_some_and(char::is_uppercase) && !spanned(i))
    };
    let space = || {
        head.rmatch_indices(' ')
            .map(|(i, _)| i + 1)
            .take_while(|&i| i > floor)
            .find(|&i| !spanned(i))
    };
    let boundary = || {
        (floor.max(1)..=limit)
            .rev()
            .find(|&i| text.is_char_boundary(i) && !spanned(i))
    };
    line_start
        .or_else(sentence_end)
        .or_else(space)
        .or_else(boundary)
        .unwrap_or(limit)
}

/// Every amount holds a currency or a big scale word: the currency forms of the table and those
/// words, with ASCII word boundaries only, find them on the regex crate's fast engines, so that
/// the full rules run only around them.
static CANDIDATES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i){}|{}|(?-u:\b)(?:millions?|milliards?|billions?)(?-u:\b)|(?-u:\b)(?-i:Mds|Mrds|Mrd|Md)(?-u:\b)",
        currency::after_pattern(),
        currency::before_pattern()
    ))
    .expect("candidates compile")
});

/// How far before and after a candidate the rules look, in bytes. The longest mentions
/// (`entre deux cent cinquante et trois cents millions d’euros`) and the words the rules read
/// around them (a verb of change before `de`, `de <noun>` after a scale) fit well inside.
const BEFORE: usize = 160;
const AFTER: usize = 120;

/// The parts of `text` where money can be: the text around each candidate, cut at a space that
/// is not between two digits (so that `1 500 000` is never cut), merged where they overlap.
pub fn windows(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for m in CANDIDATES.find_iter(text) {
        let (p, q) = (m.start(), m.end());
        if let Some(last) = out.last()
            && q + AFTER <= last.1
        {
            continue;
        }
        // The cuts move inwards by up to 64 characters, which with 3- or 4-byte characters is
        // more than the reach: never past the candidate itself.
        let start = safe_start(text, p.saturating_sub(BEFORE)).min(p);
        let end = safe_end(text, (q + AFTER).min(text.len())).max(q);
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// A space that may bound a window: not inside a number written with spaces.
fn is_cut(text: &str, i: usize, c: char) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + c.len_utf8()..].chars().next();
    c.is_whitespace()
        && !(before.is_some_and(|b| b.is_ascii_digit())
            && after.is_some_and(|a| a.is_ascii_digit()))
}

/// The first cut at or after `i`, and the text from just after it.
fn safe_start(text: &str, mut i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    text[i..]
        .char_indices()
        .take(64)
        .find(|&(j, c)| is_cut(text, i + j, c))
        .map_or(i, |(j, c)| i + j + c.len_utf8())
}

/// The last cut at or before `i`.
fn safe_end(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    text[..i]
        .char_indices()
        .rev()
        .take(64)
        .find(|&(j, c)| is_cut(text, j, c))
        .map_or(i, |(j, _)| j)
}

/// The qualifier words that may stand right before an amount, and what they mean.
static QUALIFIER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?:^|(?-i:[^\p{L}\p{N}_]))(?P<approx>environ|pr[eè]s\s+de|pr[eè]s\s+d['’]|quelque|autour\s+de|aux\s+alentours\s+de|de\s+l['’]ordre\s+de|presque|quasi(?:ment)?|à\s+peu\s+près|approximativement|avoisin\p{L}*|grosso\s+modo|équivalant\s+approximativement)|(?:^|(?-i:[^\p{L}\p{N}_]))(?P<min>un\s+peu\s+plus\s+de|plus\s+de|plus\s+d['’]|plus\s+que|au\s+moins|au[\s-]delà\s+de|dépass\p{L}*|supérieure?s?\s+à|pas\s+moins\s+de|minimum\s+de|à\s+partir\s+de|dès)|(?:^|(?-i:[^\p{L}\p{N}_]))(?P<max>un\s+peu\s+moins\s+de|moins\s+de|moins\s+d['’]|jusqu['’]à|au\s+plus|au\s+maximum|pas\s+plus\s+de|plafonnée?s?\s+à|plafonnée?s?\s+à\s+la\s+somme\s+de|plafond\s+de|en[\s-]dessous\s+de|inférieure?s?\s+à|maximum\s+de|maximale?\s+de|n['’]excédant\s+pas|dans\s+la\s+limite\s+de)|(?:^|(?-i:[^\p{L}\p{N}_]))(?P<exact>exactement|précisément|pile))(?:[\p{Zs}\t\r]+(?:\p{Ll}+ment|maintenant|déjà|désormais|encore|bien|même|aujourd['’]hui))*(?:[\p{Zs}\t\r]+(?:à|les|la\s+somme\s+de))?[\p{Zs}\t\r]*$",
    )
    .unwrap()
});

static APPROX_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\p{Zs}\t\r]*(?:environ|au\s+moins|et\s+plus)(?-u:\b)").unwrap()
});

static PERIOD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[\p{Zs}\t\r]*,)?[\p{Zs}\t\r]*(?:(?:de|d['’])[\p{Zs}\t\r]*\p{L}+[\p{Zs}\t\r]+)?(?:(?P<year>par[\p{Zs}\t\r]+an(?-u:\b)|par[\p{Zs}\t\r]+année|/[\p{Zs}\t\r]*an(?-u:\b)|annuels?(?-u:\b)|annuelles?(?-u:\b)|annuellement|chaque[\p{Zs}\t\r]+année|tous[\p{Zs}\t\r]+les[\p{Zs}\t\r]+ans)|(?P<month>par[\p{Zs}\t\r]+mois|/[\p{Zs}\t\r]*mois|mensuels?(?-u:\b)|mensuelles?(?-u:\b)|mensuellement|chaque[\p{Zs}\t\r]+mois|tous[\p{Zs}\t\r]+les[\p{Zs}\t\r]+mois))").unwrap()
});

static PERIOD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?P<year>annuel(?:le)?s?)|(?P<month>mensuel(?:le)?s?))[\p{Zs}\t\r]+(?:de[\p{Zs}\t\r]+|d['’][\p{Zs}\t\r]*)(?:\p{L}+[\p{Zs}\t\r]+){0,2}$").unwrap()
});

/// Up to `n` characters of `text` before byte `at`.
fn window_before(text: &str, at: usize, n: usize) -> &str {
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(n - 1)
        .map_or(0, |(i, _)| i);
    &text[start..at]
}

/// Up to `n` characters of `text` after byte `at`.
fn window_after(text: &str, at: usize, n: usize) -> &str {
    let end = text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i);
    &text[at..end]
}

/// Sets the qualifier and period from the words around the mention.
fn qualify(text: &str, m: &mut Mention) {
    let before = window_before(text, m.start, 48);
    let after = window_after(text, m.end, 48);
    if m.qualifier == Qualifier::Exact {
        if let Some(caps) = QUALIFIER_BEFORE.captures(before) {
            let (qualifier, cue) = if let Some(c) = caps.name("approx") {
                (Qualifier::Approx, c)
            } else if let Some(c) = caps.name("min") {
                (Qualifier::Min, c)
            } else if let Some(c) = caps.name("max") {
                (Qualifier::Max, c)
            } else {
                (Qualifier::Exact, caps.name("exact").expect("exact"))
            };
            m.qualifier = qualifier;
            m.qualifier_cue = Some(cue.as_str().to_string());
        } else if let Some(c) = APPROX_AFTER.find(after) {
            let cue = c.as_str().trim().to_lowercase();
            m.qualifier = if cue == "environ" {
                Qualifier::Approx
            } else {
                Qualifier::Min
            };
            m.qualifier_cue = Some(cue);
        }
    }
    let period = PERIOD_AFTER
        .captures(after)
        .or_else(|| PERIOD_BEFORE.captures(before));
    m.period = period.map(|caps| {
        if caps.name("year").is_some() {
            Period::Year
        } else {
            Period::Month
        }
    });
}
