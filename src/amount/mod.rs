//! Money amounts: the rules that find them, the numbers and currencies they read, and the words
//! around them that qualify them (`plus de`, `environ`, `par an`).

mod country;
mod currency;
pub mod number;
pub mod rules;
mod tail;

#[cfg(test)]
mod corpus;

use crate::model::{Decimal, Per, Period, Qualifier};
use regex::Regex;
use std::sync::LazyLock;
use tail::TailBounded;

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
    /// True for the conversion in brackets of the amount before it, in another currency
    /// (`10.352,3 milliards de francs congolais (environ 5,923 milliards de dollars)`): it gives
    /// no currency to the bare figures that follow.
    pub conversion: bool,
    pub qualifier: Qualifier,
    pub qualifier_cue: Option<String>,
    pub period: Option<Period>,
    /// What the amount is counted per (`par action`, `/habitant`, `de l’heure`).
    pub per: Option<Per>,
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
    drop_ratios(text, &mut kept);
    elided_scales(text, &mut kept);
    parts_of_wholes(text, &mut kept);
    skip_conversions(text, &mut kept);
    mark_conversions(text, &mut kept);
    for m in &mut kept {
        qualify(text, m);
    }
    share_qualifiers(text, &mut kept);
    carry_per(text, &mut kept);
    (kept, too_large)
}

fn mark_conversions(text: &str, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (a, b) = (&mentions[i - 1], &mentions[i]);
        let converts = a.currency.is_some()
            && b.currency.is_some()
            && a.currency != b.currency
            && text
                .get(a.end..b.start)
                .is_some_and(|gap| BRACKETED.is_match(gap));
        mentions[i].conversion = converts;
    }
}

/// A conversion in brackets gives no currency to the bare figures around it: `respectivement
/// 25 milliards (2,3 milliards d’euros) et 18 milliards de dirhams` (the first is in dirhams, as
/// the list's last), `3 milliards de dirhams (280 M€) et 2 milliards` (the second is in
/// dirhams, as the amount the bracket converts).
fn skip_conversions(text: &str, mentions: &mut [Mention]) {
    let bracketed = |a: &Mention, b: &Mention| {
        text.get(a.end..b.start)
            .is_some_and(|gap| BRACKETED.is_match(gap))
    };
    for i in 0..mentions.len() {
        if mentions[i].currency.is_some() {
            continue;
        }
        let next = (i + 2 < mentions.len()
            && bracketed(&mentions[i], &mentions[i + 1])
            && text
                .get(mentions[i + 1].end..mentions[i + 2].start)
                .is_some_and(|gap| CLOSE_AND.is_match(gap)))
        .then(|| i + 2);
        let previous = (i >= 2
            && bracketed(&mentions[i - 2], &mentions[i - 1])
            && text
                .get(mentions[i - 1].end..mentions[i].start)
                .is_some_and(|gap| CLOSE_AND.is_match(gap)))
        .then(|| i - 2);
        let Some(j) = next
            .or(previous)
            .filter(|&j| mentions[j].currency.is_some())
        else {
            continue;
        };
        let (currency, generic) = (mentions[j].currency, mentions[j].generic_currency);
        let m = &mut mentions[i];
        m.currency = currency;
        m.generic_currency = generic;
        m.borrowed_currency = true;
    }
}

/// The end of a bracket and a list's joining word: `) et `, `), `.
static CLOSE_AND: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^[^()\n]{0,3}\)[\p{Zs}\t\r]*(?:,|et|ou)?[\p{Zs}\t\r]*(?:de[\p{Zs}\t\r]+)?$",
    )
    .unwrap()
});

/// A ratio is no money: `un dollar public pour un dollar privé` (both go), `pour chaque euro
/// apporté par l’État, l’institution mobilise environ 12 euros` (a small amount after `chaque
/// euro` in its sentence goes).
fn drop_ratios(text: &str, mentions: &mut Vec<Mention>) {
    if !text.contains("chaque") && !text.contains(" pour un") && !text.contains(" pour 1") {
        return;
    }
    let mut spans: Vec<(usize, usize)> = RATIO_PAIR
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    for each in FOR_EACH.find_iter(text) {
        let rest = &text[each.end()..];
        let stop = SENTENCE_STOP
            .find(rest)
            .map_or(rest.len(), |m| m.start())
            .min(rest.find('\n').unwrap_or(rest.len()));
        spans.push((each.start(), each.end() + stop));
    }
    mentions.retain(|m| {
        !spans.iter().any(|&(a, b)| {
            m.start >= a
                && m.end <= b
                && (b - a < 80 || m.value.is_some_and(|v| v < Decimal::from(100)))
        })
    });
}

static RATIO_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:(?-u:\b)un[\p{Zs}\t\r]+|(?-u:\b)1[\p{Zs}\t\r]*)(?:euro|dollar|franc|\$|€)[\p{Zs}\t\r]+(?:d['’‘][\p{Zs}\t\r]*\p{L}+[\p{Zs}\t\r]+)?\p{L}+[\p{Zs}\t\r]+pour[\p{Zs}\t\r]+(?:(?:un|chaque)[\p{Zs}\t\r]+|1[\p{Zs}\t\r]*)(?:euro|dollar|franc|\$|€)(?:[\p{Zs}\t\r]+(?:d['’‘][\p{Zs}\t\r]*\p{L}+[\p{Zs}\t\r]+)?\p{L}+)?").unwrap()
});

static FOR_EACH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?i)(?-u:\b)(?:pour|sur)[\p{Zs}\t\r]+chaque[\p{Zs}\t\r]+(?:euro|dollar|franc)(?-u:\b)",
    )
    .unwrap()
});

/// A bare number that goes on a breakdown or a list of amounts with a scale, in the same
/// sentence: `59,5 millions à la Lettonie et 70,9 à la Lituanie`, `250 milliards, dont 205
/// pour…`, `contre 221,5 l’an dernier`. It takes the scale and currency of the amount before
/// it. Only after `et`, `dont`, `contre`, `puis`, `,` and before a preposition, a participle of
/// destination (`dont 13 en faveur du HCR`, `dont 5 destinés à l’Afrique`) or punctuation,
/// so that `et 3 ans`, `et 15 %` or `et 2021` stay what they are; or in brackets after a name
/// in a breakdown (`40 000 M€ dont la Défense (3 305) et l’Éducation (2 100)`).
fn elided_scales(text: &str, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for (k, prev) in mentions.iter().enumerate() {
        // After an amount with no big scale (`Rs 14 500 ; les 75-89 ans, 16 000`, `3 000 euros
        // en 2019, contre 2 500 en 2018`), only a figure of thousands, of a like size, in the
        // same sentence: a small bare number there is a count or an age.
        let (factor, unscaled) = match big_scale_of(text, prev) {
            Some((_, factor)) => (factor, false),
            None if prev.currency.is_some() && prev.value.is_some() => (Decimal::ONE, true),
            None => continue,
        };
        let limit = mentions.get(k + 1).map_or(text.len(), |n| n.start);
        let mut end = (prev.end + 200).min(limit);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let gap = &text[prev.end..end];
        let gap = &gap[..gap.find(['\n', '!', '?']).unwrap_or(gap.len())];
        let gap = &gap[..SENTENCE_STOP.find(gap).map_or(gap.len(), |m| m.start())];
        for caps in ELIDED.captures_iter(gap) {
            let Some(n) = caps.name("n").or_else(|| caps.name("b")) else {
                continue;
            };
            // A figure in brackets goes on a breakdown only after `dont` and a name.
            if caps.name("b").is_some() {
                let before = gap[..caps.get(0).expect("whole").start()].trim_end();
                if !before.contains("dont") || !before.ends_with(char::is_alphabetic) {
                    continue;
                }
            }
            // Never a piece of a decimal (`221` of `221,5 un an plus tôt`).
            if gap[n.end()..].starts_with(|c: char| c == ',' || c.is_ascii_digit())
                && gap[n.end()..]
                    .chars()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_digit())
            {
                continue;
            }
            let Some(raw) = number::parse_digits(n.as_str()) else {
                continue;
            };
            if unscaled && !like_size_thousands(n.as_str(), raw, prev.value) {
                continue;
            }
            // `, 2021 et les années suivantes`: a year.
            if rules::is_year(n.as_str()) {
                continue;
            }
            let Some(v) = raw.checked_mul(factor) else {
                continue;
            };
            found.push(Mention {
                start: prev.end + n.start(),
                end: prev.end + n.end(),
                value: Some(v.normalize()),
                min: None,
                max: None,
                currency: prev.currency,
                // A unit without its country is placed as the amount's own is.
                generic_currency: prev.generic_currency,
                currency_cue: prev.currency_cue.clone(),
                borrowed_currency: prev.currency.is_some(),
                // A part of money is money: it may take its currency as far as its total does.
                money_noun: prev.currency.is_none(),
                too_large: false,
                conversion: false,
                qualifier: Qualifier::Exact,
                qualifier_cue: None,
                period: None,
                per: None,
                rule: rules::ELIDED_SCALE,
            });
        }
    }
    if found.is_empty() {
        return;
    }
    mentions.extend(found);
    mentions.sort_by_key(|m| m.start);
    mentions.dedup_by(|b, a| b.start < a.end);
}

/// `16 000` after `Rs 14 500`: a figure written with a group of thousands, within a hundred
/// times the amount before it either way.
fn like_size_thousands(written: &str, raw: Decimal, before: Option<Decimal>) -> bool {
    let grouped = written.contains([' ', '\u{a0}', '\u{202f}', '.']);
    let Some(before) = before.filter(|b| !b.is_zero()) else {
        return false;
    };
    let hundred = Decimal::ONE_HUNDRED;
    grouped
        && raw.checked_mul(hundred).is_none_or(|r| r >= before)
        && before.checked_mul(hundred).is_none_or(|b| raw <= b)
}

/// The first number an amount is written with, and its scale with its unit (`58 millions de
/// centimes`) when that is a thousand or more (the value over that number).
fn big_scale_of(text: &str, m: &Mention) -> Option<(Decimal, Decimal)> {
    let value = m.value?;
    let first = FIRST_NUMBER
        .find(&text[m.start..m.end])
        .and_then(|n| number::parse_digits(n.as_str().trim()))
        .filter(|n| !n.is_zero())?;
    let factor = value / first;
    (factor >= Decimal::from(1000)).then_some((first, factor))
}

/// A bare number before `des` and an amount with a scale is a part of that amount, in its
/// scale and currency: `dix-huit des 24 milliards se présentent sous forme de prêt`, `3 des 10
/// millions d’euros`. Only a part smaller than the whole; never `un` (`l’un des 3 milliards`).
fn parts_of_wholes(text: &str, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for whole in mentions.iter() {
        let Some((first, factor)) = big_scale_of(text, whole) else {
            continue;
        };
        let before = window_before(text, whole.start, 60);
        let Some(caps) = PART_BEFORE.captures(before) else {
            continue;
        };
        let n = caps.name("n").expect("n");
        let written = n.as_str();
        let Some(raw) = number::parse_digits(written).or_else(|| {
            (!written.chars().any(|c| c.is_ascii_digit()))
                .then(|| number::parse_words(&written.replace('-', " ")))
                .flatten()
        }) else {
            continue;
        };
        if raw <= Decimal::ONE || raw >= first {
            continue;
        }
        let Some(v) = raw.checked_mul(factor) else {
            continue;
        };
        let start = whole.start - before.len() + n.start();
        found.push(Mention {
            start,
            end: start + written.len(),
            value: Some(v.normalize()),
            min: None,
            max: None,
            borrowed_currency: whole.currency.is_some(),
            money_noun: whole.currency.is_none(),
            too_large: false,
            conversion: false,
            qualifier: Qualifier::Exact,
            qualifier_cue: None,
            period: None,
            per: None,
            rule: rules::PART_OF_WHOLE,
            ..whole.clone()
        });
    }
    if found.is_empty() {
        return;
    }
    mentions.extend(found);
    mentions.sort_by_key(|m| m.start);
    mentions.dedup_by(|b, a| b.start < a.end);
}

/// A number (digits or words) and `des` right before an amount.
static PART_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\d,./])(?P<n>\d{1,3}(?:,\d{1,2})?|[\p{L}]+(?:-[\p{L}]+)*)[\p{Zs}\t\r]+des[\p{Zs}\t\r]+$").unwrap()
});

static FIRST_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"\d(?:[\d\u{a0}\u{202f} .,’']*\d)?").unwrap());

/// A sentence end inside a gap: `.` before a space (not a decimal point).
static SENTENCE_STOP: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"\.(?:[\p{Zs}\t\r]|$)").unwrap());

static ELIDED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:(?:,|(?-u:\b)(?:et|dont|contre|puis|soit))[\p{Zs}\t\r]+(?P<n>\d{1,3}(?:[\u{a0}\u{202f} .]\d{3})?(?:,\d{1,2})?)(?:[\p{Zs}\t\r]+(?:à[\p{Zs}\t\r]+(?:la|le|les|l['’‘]|\p{Lu})|aux?[\p{Zs}\t\r]|pour[\p{Zs}\t\r]|dans[\p{Zs}\t\r]|en[\p{Zs}\t\r]+faveur|au[\p{Zs}\t\r]+(?:profit|titre)|sous[\p{Zs}\t\r]+forme|(?:destin|consacr|allou|affect|vers)(?:é|ée|és|ées)[\p{Zs}\t\r]|en[\p{Zs}\t\r]+\d{4}|en[\p{Zs}\t\r]+un[\p{Zs}\t\r]+an|un[\p{Zs}\t\r]+an|il[\p{Zs}\t\r]+y[\p{Zs}\t\r]+a|en[\p{Zs}\t\r]+plus|de[\p{Zs}\t\r]+plus|et[\p{Zs}\t\r]+(?:les?|la|l['’‘]|aux?)[\p{Zs}\t\r]|auparavant|précédemment|l['’‘]ann[ée]|l['’‘]an[\p{Zs}\t\r,.])|[\p{Zs}\t\r]*(?:[,;)]|\.(?:[\p{Zs}\t\r]|$)|$))|\([\p{Zs}\t\r]*(?P<b>\d{1,3}(?:[\u{a0}\u{202f} ]\d{3})?(?:,\d{1,2})?)[\p{Zs}\t\r]*\))").unwrap()
});

/// `1 Ecu = 6,56833 francs` is a rate, not money: both sides go. In `87 gourdes pour un
/// dollar`, the price of a dollar stays (counted per unit) and the dollar goes.
fn drop_exchange_rates(text: &str, mentions: &mut Vec<Mention>) {
    let mut rate = vec![false; mentions.len()];
    for i in 1..mentions.len() {
        let gap = text[mentions[i - 1].end..mentions[i].start].trim();
        if gap == "=" {
            rate[i - 1] = true;
            rate[i] = true;
        }
        let one = mentions[i].value == Some(Decimal::ONE);
        if one
            && (gap == "pour" || gap == "pour un")
            && mentions[i - 1].currency != mentions[i].currency
        {
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
    crate::pattern::compile_hot(&format!(
        r"(?i){}|(?-u:\b)(?:mill?ions?|mill?iards?|billions?)(?-u:\b)|(?-u:\b)(?-i:Mds|Mrds|Mrd|Md)(?-u:\b)",
        currency::candidate_pattern(),
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
    crate::pattern::compile_hot(
        r"(?i)(?:(?:^|(?-i:[^\p{L}\p{N}_]))(?P<approx>≈|~|environ|env\.|chiffre\s+approximatif\s+de|pr[eè]s\s+de|pr[eè]s\s+d['’‘]|pas\s+loin\s+d(?:e|['’‘])|quelques|quelque|autour\s+de|aux\s+alentours\s+de|de\s+l['’‘]ordre\s+d[eu]|presque|quasi(?:ment)?|à\s+peu\s+près|approximativement|avoisin\p{L}*|grosso\s+modo|équivalant\s+approximativement|estimation[^,;.!?\d]{0,50}chiffr\p{L}*\s+à)|(?:^|(?-i:[^\p{L}\p{N}_]))(?P<min>la\s+barre(?:\s+(?:symbolique|historique|psychologique|fatidique|record))?\s+(?:des|de|du|d['’‘])|au\s+minimum|au\s+plus\s+bas\s+à|supérieure?s?\s+ou\s+égale?s?\s+à|un\s+peu\s+plus\s+de|plus\s+de|plus\s+d['’‘]|plus\s+que|au\s+moins|au[\s-]delà\s+de|dépass\p{L}*|supérieure?s?\s+à|pas\s+moins\s+de|minimum\s+de|à\s+partir\s+de|dès)|(?:^|(?-i:[^\p{L}\p{N}_]))(?P<max>sous\s+la\s+barre(?:\s+\p{L}+)?\s+(?:des|de|du|d['’‘])|ne\s+(?:peu(?:t|vent)|doi(?:t|vent)|saurai(?:t|ent))\s+(?:pas\s+)?(?:excéder|dépasser)|n['’‘]excèd\p{L}*\s+pas|ne\s+dépass\p{L}*\s+pas|sous\s+le|un\s+peu\s+moins\s+de|moins\s+de|moins\s+d['’‘]|jusqu['’‘]à|au\s+plus|au\s+maximum|pas\s+plus\s+de|plafonnée?s?\s+à|plafonnée?s?\s+à\s+la\s+somme\s+de|plafond\s+de|en[\s-]dessous\s+de|inférieure?s?\s+à|maximum\s+de|maximal(?:e|es|s|aux)?\s+de|plafonds?[^,;.!?\d]{0,50}[\p{Zs}\t\r](?:à|de)|(?:pourr\p{L}*|pouvant|peu(?:t|vent))\s+atteindre(?:\s+les)?|n['’‘]excédant\s+pas|dans\s+la\s+limite\s+de)|(?:^|(?-i:[^\p{L}\p{N}_]))(?P<exact>exactement|précisément|pile))(?:[\p{Zs}\t\r]*,[^,;.!?\d]{1,25},)?(?:[\p{Zs}\t\r]+(?:\p{Ll}+ment|maintenant|déjà|désormais|encore|bien|même|aujourd['’‘]hui))*(?:[\p{Zs}\t\r]+(?:à|les|la\s+somme\s+de))?[\p{Zs}\t\r]*$",
    )
    .unwrap()
});

static APPROX_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^[\p{Zs}\t\r]*(?:(?P<approx>environ|à\s+peu\s+près|approximativement)|(?P<min>au\s+moins|et\s+plus|ou\s+plus|au\s+minimum|au\s+bas\s+mot)|(?P<max>au\s+maximum|tout\s+au\s+plus|maximum))(?:$|[^\p{L}\p{N}_])").unwrap()
});

static PERIOD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^(?:[\p{Zs}\t\r]*\([^()\n]{0,60}\))?(?:[\p{Zs}\t\r]*,)?[\p{Zs}\t\r]*(?:(?:de|d['’‘])[\p{Zs}\t\r]*\p{L}+[\p{Zs}\t\r]+)?(?:par[\p{Zs}\t\r]+\p{L}+(?:[\p{Zs}\t\r]+et)?[\p{Zs}\t\r]+)?(?:(?:nets?|bruts?|HT|TTC|hors[\p{Zs}\t\r]+taxes?|supplémentaires?|de[\p{Zs}\t\r]+plus|de[\p{Zs}\t\r]+moins|en[\p{Zs}\t\r]+plus)[\p{Zs}\t\r]+){0,2}(?:(?P<year>par[\p{Zs}\t\r]+an(?-u:\b)|par[\p{Zs}\t\r]+année|par[\p{Zs}\t\r]+exercice|chaque[\p{Zs}\t\r]+exercice|sur[\p{Zs}\t\r]+chacun[\p{Zs}\t\r]+des[\p{Zs}\t\r]+(?:\p{L}+[\p{Zs}\t\r]+){0,3}(?:exercices|années)|/[\p{Zs}\t\r]*an(?-u:\b)|annuels?(?-u:\b)|annuelles?(?-u:\b)|annuellement|chaque[\p{Zs}\t\r]+année|tous[\p{Zs}\t\r]+les[\p{Zs}\t\r]+ans)|(?P<week>par[\p{Zs}\t\r]+semaine|/[\p{Zs}\t\r]*semaine|hebdomadaires?(?-u:\b)|chaque[\p{Zs}\t\r]+semaine)|(?P<day>par[\p{Zs}\t\r]+jour(?-u:\b)|/[\p{Zs}\t\r]*jour(?-u:\b)|quotidien(?:ne)?s?(?-u:\b)|journali[eè]re?s?(?-u:\b)|chaque[\p{Zs}\t\r]+jour(?-u:\b))|(?P<month>par[\p{Zs}\t\r]+mois|/[\p{Zs}\t\r]*mois|mensuels?(?-u:\b)|mensuelles?(?-u:\b)|mensuellement|chaque[\p{Zs}\t\r]+mois|tous[\p{Zs}\t\r]+les[\p{Zs}\t\r]+mois))").unwrap()
});

static PERIOD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:(?P<year>annuel(?:le)?s?)|(?P<month>mensuel(?:le)?s?)|(?P<week>hebdomadaires?)|(?P<day>quotidien(?:ne)?s?|journali[eè]re?s?))[\p{Zs}\t\r]+(?:de[\p{Zs}\t\r]+|d['’‘][\p{Zs}\t\r]*)(?:\p{L}+[\p{Zs}\t\r]+){0,2}$").unwrap()
});

/// A period said earlier in the clause: `Chaque année, la ville verse…`, `allouer annuellement
/// un montant de…`, `le Smic mensuel brut sera porté à…`. The words between it and the amount
/// hold no comma, sentence end or other currency (those are checked by [`PERIOD_GAP`]).
static PERIOD_IN_CLAUSE: LazyLock<TailBounded> = LazyLock::new(|| {
    TailBounded::new(
        r"(?i)(?:^|[^\p{L}])(?:(?P<year>chaque[\p{Zs}\t\r]+année|tous[\p{Zs}\t\r]+les[\p{Zs}\t\r]+ans|annuellement|annuel(?:le)?s?)|(?P<month>chaque[\p{Zs}\t\r]+mois|mensuellement|mensuel(?:le)?s?))(?-u:\b),?(?P<tail>[^,;.!?\n]{0,60})$",
        60,
    )
});

static PERIOD_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)[€$£]|(?-u:\b)(?:euros?|francs?|dollars?|CFA|CFP|dinars?|dirhams?|DH|livres?|yens?|centimes?)(?-u:\b)").unwrap()
});

/// Nouns whose `annuel`/`mensuel` says nothing of an amount (`le rapport annuel indique…`).
static NOT_A_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:rapport|assemblée|bilan|salon|congrès|conférence|réunion|sommet|rencontre|revue|forum|inflation|hausse|croissance|baisse|rythme|taux|moyenne|cotisation|cotation|publication|enquête|indice)s?[\p{Zs}\t\r]+$").unwrap()
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

/// `le salaire minimum de 14 $`, `un taux horaire minimum de…`: the wage is called minimum, the
/// amount is exact.
fn names_a_minimum_wage(before: &str, caps: &regex::Captures) -> bool {
    static WAGE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(
            r"(?i)(?:salaire|taux|horaire|revenu|smic|rémunération)[\p{Zs}\t\r]+$",
        )
        .unwrap()
    });
    caps.name("min").is_some_and(|c| {
        c.as_str().to_lowercase().starts_with("minimum") && WAGE.is_match(&before[..c.start()])
    })
}

/// Sets the qualifier and period from the words around the mention.
fn qualify(text: &str, m: &mut Mention) {
    let before = window_before(text, m.start, 48);
    let after = window_after(text, m.end, 48);
    if m.qualifier == Qualifier::Exact {
        if let Some(caps) = QUALIFIER_BEFORE
            .captures(before)
            .filter(|caps| !names_a_minimum_wage(before, caps))
        {
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
        } else if let Some(caps) = APPROX_AFTER.captures(after) {
            let (qualifier, cue) = if let Some(c) = caps.name("approx") {
                (Qualifier::Approx, c)
            } else if let Some(c) = caps.name("min") {
                (Qualifier::Min, c)
            } else {
                (Qualifier::Max, caps.name("max").expect("max"))
            };
            m.qualifier = qualifier;
            m.qualifier_cue = Some(cue.as_str().to_lowercase());
        }
    }
    let period = PERIOD_AFTER
        .captures(after)
        .or_else(|| PERIOD_BEFORE.captures(before))
        .or_else(|| {
            let clause = window_before(text, m.start, 90);
            // Literals first: the clause regex runs only where one of its words may be.
            if !["nnuel", "ensuel", "haque", "ous les"]
                .iter()
                .any(|w| clause.contains(w))
            {
                return None;
            }
            PERIOD_IN_CLAUSE.captures(clause).filter(|caps| {
                let cue = caps.get(0).expect("whole match");
                !PERIOD_GAP.is_match(&caps["tail"])
                    && !NOT_A_PERIOD.is_match(&clause[..cue.start() + 1])
            })
        });
    m.period = period.map(|caps| {
        if caps.name("year").is_some() {
            Period::Year
        } else if caps.name("week").is_some() {
            Period::Week
        } else if caps.name("day").is_some() {
            Period::Day
        } else {
            Period::Month
        }
    });
    m.per = PER_AFTER
        .captures(after)
        .and_then(|caps| per_of(&caps))
        .or_else(|| {
            let clause = window_before(text, m.start, 72);
            if ![
                "oraire", "alaire", "ction", "litre", "kilo", "kg", "baril", "nité", "itre",
                "ours", ",",
            ]
            .iter()
            .any(|w| clause.contains(w))
            {
                return None;
            }
            let caps = PER_BEFORE
                .captures(clause)
                .filter(|caps| !PERIOD_GAP.is_match(caps.get(0).expect("whole").as_str()))?;
            if caps.name("hour").is_some() {
                Some(Per::Hour)
            } else if caps.name("share").is_some() {
                Some(Per::Share)
            } else if caps.name("unit").is_some() {
                Some(Per::Unit)
            } else {
                let small = m.value.or(m.max).is_some_and(|v| v < Decimal::from(100));
                (m.period.is_none() && small).then_some(Per::Hour)
            }
        });
}

/// What an amount is counted per, said right after it (after a bracketed conversion, `net`,
/// `brut`, `HT` or a period): `1,09 $ par action`, `13,50 $ l’heure`, `30 € par habitant`.
static PER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let s = r"[\p{Zs}\t\r]";
    let by = format!(r"(?:par{s}+|pour{s}+chaque{s}+|/{s}*)");
    let the = format!(r"(?:pour{s}+)?(?:le|la|l['’‘]){s}*");
    // The end of a word, Unicode-wise (`salarié`): ASCII `\b` fails after an accent.
    let b = r"(?:$|[^\p{L}\p{N}_])";
    let kinds = [
        format!(r"(?P<share>{by}(?:actions?|titres?|parts?{s}+sociales?){b})"),
        format!(r"(?P<inhabitant>{by}(?:habitants?|hab\.|tête){b}|/{s}*hab{b})"),
        format!(
            r"(?P<person>{by}(?:personnes?|élèves?|bénéficiaires?|enfants?|étudiants?|patients?|adultes?|participants?|allocataires?|retraités?|résidents?|jeunes?|apprentis?|assurés?|contribuables?|citoyens?|usagers?|abonnés?|ayants?{s}+droit|requérants?|réfugiés?|bénévoles?|membres?|clients?|chômeurs?|demandeurs?{s}+d['’‘]emploi|passagers?|voyageurs?){b})"
        ),
        format!(
            r"(?P<company>{by}(?:entreprises?|sociétés?|PME|TPE|start-?ups?|exploitations?|commerces?|commerçants?|structures?){b})"
        ),
        format!(r"(?P<household>{by}(?:ménages?|foyers?|familles?){b})"),
        format!(
            r"(?P<hour>de{s}+l['’‘]heure|l['’‘]heure|{by}heures?{b}|/{s}*h{b}|(?:bruts?{s}+)?horaires?{b})"
        ),
        format!(
            r"(?P<employee>{by}(?:salariés?|employés?|emplois?|agents?|travailleurs?|postes?|collaborateurs?){b})"
        ),
        format!(
            r"(?P<unit>{by}(?:tonnes?|litres?|kWh|MWh|barils?|kilos?|kg|m2|m²|mètres?{s}+carrés?|unités?|véhicules?|logements?|places?|lits?|nuitées?|nuits?|billets?|hectares?|ha|km|kilomètres?|m3|m³|mètres?{s}+cubes?|repas|colis|vaches?|animaux|bêtes?|kilos?){b}|{the}(?:litre|kilo|kilogramme|kg|kWh|MWh|baril|tonne|m2|m²|mètre{s}+carré|unité|nuitée|pièce|bouteille|sac|paquet|baguette|dollar|euro){b}|pour{s}+(?:un{s}+(?:1{s}+)?|1{s}+)(?:dollar|euro){b})"
        ),
        format!(r"(?P<project>{by}(?:projets?|dossiers?|lauréats?|candidatures?|opérations?){b})"),
    ];
    crate::pattern::compile(&format!(
        r"(?i)^(?:{s}*\([^()\n]{{0,60}}\))?(?:{s}*,)?{s}*(?:(?:nets?|bruts?|HT|TTC|hors{s}+taxes?|de{s}+plus|de{s}+moins|supplémentaires?|par{s}+an|par{s}+mois|mensuels?|annuels?){s}*){{0,2}}(?:{})",
        kinds.join("|")
    ))
    .unwrap()
});

/// What the clause before an amount says it is counted per: a wage `horaire` (`le salaire
/// minimum brut horaire à 11,65 euros`, `SMG horaire brut : 991,73 F CFP`) or a minimum wage
/// without a period (an hourly one in Canada: `le salaire minimum passe de 11,25 $`), a price
/// `par action` or a share's price (`le cours de l’action de 56,46 dollars`, `l’action a clôturé
/// à 12 €`, a ticker: `CGI (GIB, 99,93 $)`), or the price of a unit named first (`le litre de super de 652 à 602 francs`). No
/// comma, sentence end or other currency between.
static PER_BEFORE: LazyLock<TailBounded> = LazyLock::new(|| {
    TailBounded::new(
        r"(?i)(?:(?P<hour>(?-u:\b)horaires?(?-u:\b))|(?P<wage>salaire[\p{Zs}\t\r]+minimum)|(?P<share>\((?-i:\p{Lu}{2,6})(?:\.(?-i:\p{Lu}+))?,|par[\p{Zs}\t\r]+action|cours[\p{Zs}\t\r]+de[\p{Zs}\t\r]+(?:l['’‘]action|clôture)|(?:l['’‘]|une[\p{Zs}\t\r]+|chaque[\p{Zs}\t\r]+)(?:action|unité|titre)[\p{Zs}\t\r]+(?:[\p{L}-]+[\p{Zs}\t\r]+)?(?:a[\p{Zs}\t\r]+)?(?:clôtur|chut|grimp|bondi|recul|gagn|perd|termin|cédé|progress|val|cot|attei|s['’‘]échang|s['’‘]établi|s['’‘]affich)\p{L}*)|(?P<unit>(?-u:\b)(?:le|du|au)[\p{Zs}\t\r]+(?:litre|kilo|kilogramme|kg|baril)(?-u:\b)))(?P<tail>[^,;.!?\n€$]{0,40})$",
        40,
    )
});

fn per_of(caps: &regex::Captures) -> Option<Per> {
    [
        ("share", Per::Share),
        ("inhabitant", Per::Inhabitant),
        ("person", Per::Person),
        ("company", Per::Company),
        ("household", Per::Household),
        ("hour", Per::Hour),
        ("employee", Per::Employee),
        ("unit", Per::Unit),
        ("project", Per::Project),
    ]
    .into_iter()
    .find(|(name, _)| caps.name(name).is_some())
    .map(|(_, per)| per)
}

/// `X (Y)`: an amount in brackets right after another is the same money said again (a
/// conversion, `2 688 milliards de francs CFA (4,1 milliards d’euros)`): it takes the other's
/// qualifier (unless it is the same currency said precisely), and the period and `per` either gives. Two amounts joined by `et`, `ou` or `à` share
/// the period and `per` said after the second (`3 M€ et 5 M€ par an`, `de 13,50 $ à 14,25 $
/// l’heure`).
fn share_qualifiers(text: &str, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (a, b) = mentions.split_at_mut(i);
        let (a, b) = (&mut a[i - 1], &mut b[0]);
        let Some(gap) = text.get(a.end..b.start) else {
            continue;
        };
        if BRACKETED.is_match(gap) {
            // The same currency and another value: the rounded figure said precisely (`près
            // d’un demi-milliard d’euros (491 millions)`), exact.
            let said_precisely =
                (b.currency.is_none() || a.currency == b.currency) && a.value != b.value;
            if b.qualifier == Qualifier::Exact
                && !said_precisely
                && !matches!(a.qualifier, Qualifier::Exact | Qualifier::Range)
            {
                b.qualifier = a.qualifier;
                b.qualifier_cue.clone_from(&a.qualifier_cue);
            }
            if a.period.is_none() {
                a.period = b.period;
            }
            b.period = b.period.or(a.period);
            if a.per.is_none() {
                a.per = b.per;
            }
            b.per = b.per.or(a.per);
        } else if PARALLEL.is_match(gap) {
            if a.period.is_none() {
                a.period = b.period;
            }
            if a.per.is_none() {
                a.per = b.per;
            }
        }
    }
}

/// What an amount is counted per goes on to the next amounts of its sentence of a like size
/// that say nothing of it: `un taux horaire minimum de 14,00 $ et celui-ci sera porté à 15,00 $`,
/// `à 11,65 euros, contre 11,52 euros`, `570 francs CFA le litre … passé de 665 à 570 francs`.
fn carry_per(text: &str, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (a, b) = mentions.split_at_mut(i);
        let (a, b) = (&a[i - 1], &mut b[0]);
        let (Some(per), None) = (a.per, b.per) else {
            continue;
        };
        let (Some(x), Some(y)) = (a.value.or(a.max), b.value.or(b.max)) else {
            continue;
        };
        let limit = Decimal::from(10_000);
        let like = x > Decimal::ZERO
            && y > Decimal::ZERO
            && x < limit
            && y < limit
            && y <= x * Decimal::TEN
            && x <= y * Decimal::TEN;
        let Some(gap) = text.get(a.end..b.start) else {
            continue;
        };
        if like && gap.len() <= 150 && !SENTENCE_STOP.is_match(gap) && !gap.contains('\n') {
            b.per = Some(per);
        }
    }
}

/// A conversion in brackets (`X (Y)`, `X (soit Y)`), or the same money rounded (`X arrondi à
/// Y`).
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[\p{Zs}\t\r]*(?:\([\p{Zs}\t\r]*(?:≈|~|soit|env\.|environ)?|,?[\p{Zs}\t\r]*arrondie?s?[\p{Zs}\t\r]+à)[\p{Zs}\t\r]*$").unwrap()
});

static PARALLEL: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"^[\p{Zs}\t\r]*(?:et|ou|à)[\p{Zs}\t\r]+$").unwrap());
