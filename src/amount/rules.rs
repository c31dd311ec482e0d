//! The amount rules: each a named regex built from shared fragments, and a production that turns
//! its captures into exact mentions. Names describe the surface form, Duckling-style.

use super::Mention;
use super::currency::{self, Currency};
use super::number::{
    approximate_count, last_scale_in_words, parse_digits, parse_words, scale_factor,
};
use crate::model::{Decimal, Qualifier};
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// Every rule name a mention can carry, so a test can check that each one fires.
pub const RULE_NAMES: &[&str] = &[
    NUMBER_CURRENCY,
    NUMBER_SCALE_CURRENCY,
    WORDS_CURRENCY,
    VAGUE_SCALE_CURRENCY,
    CURRENCY_NUMBER,
    BETWEEN_AND,
    FROM_TO_CHANGE,
    AMOUNT_DASH_AMOUNT,
    NUMBER_SCALE_CONTEXT,
    LIST,
    WORDS_DIGITS_CURRENCY,
    LONE_SCALE_CURRENCY,
    SPACED_DECIMAL,
    ELIDED_SCALE,
    PART_OF_WHOLE,
];

pub const NUMBER_CURRENCY: &str = "<number> <currency>";
pub const NUMBER_SCALE_CURRENCY: &str = "<number> <scale> <currency>";
pub const WORDS_CURRENCY: &str = "<number words> <currency>";
pub const VAGUE_SCALE_CURRENCY: &str = "<une dizaine> de <scale> <currency>";
pub const CURRENCY_NUMBER: &str = "<currency> <number> <scale>?";
pub const BETWEEN_AND: &str = "entre|de <amount> et|à <amount>";
pub const FROM_TO_CHANGE: &str = "<change verb> de <amount> à <amount>";
pub const AMOUNT_DASH_AMOUNT: &str = "<amount> -|à <amount>";
pub const NUMBER_SCALE_CONTEXT: &str = "<number> <scale> (currency from context)";
pub const LIST: &str = "<number>, <number> ou|et <amount>";
pub const WORDS_DIGITS_CURRENCY: &str = "<number words> (<digits>) <scale>? <currency>";
pub const LONE_SCALE_CURRENCY: &str = "le|du|l'autre <scale> <currency>";
pub const SPACED_DECIMAL: &str = "<digits>, <digits> <scale> <currency>";
pub const ELIDED_SCALE: &str = "<amount> … et|dont|contre <number> (scale and currency elided)";
pub const PART_OF_WHOLE: &str = "<number> des <amount> (a part, scale and currency elided)";

// The rule patterns use ASCII word boundaries, `(?-u:\b)`: Unicode ones keep the regex crate
// off its fast engines on French text. They stand only between ASCII letters or digits and a
// space or a symbol here, where both kinds agree.

/// Some spacing, at most one line break (a soft-wrapped line, never a paragraph break).
const S: &str = r"(?:[\p{Zs}\t\r]+\n?[\p{Zs}\t\r]*|\n[\p{Zs}\t\r]*)";
/// Optional spacing, at most one line break.
const S0: &str = r"(?:[\p{Zs}\t\r]*\n?[\p{Zs}\t\r]*)";
/// Digits with French, English or Swiss (`50’000`) group separators and a decimal part (no
/// sign, no boundary).
const DIGITS: &str = r"(?:\d{1,3}(?:[ \u{a0}\u{202f}\u{2009}]\d{3})+(?:[,.]\d{1,2}(?-u:\b)|,\d+)?|\d{1,3}(?:['’‘]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?)";
/// One French number word.
const WORD: &str = r"(?:zéro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|millions?|milliards?|billions?)(?-u:\b)";
/// A missing `l` or `i` is a common typing slip (`900 milions d’euros`, `3,1 millards`).
const SCALE: &str = r"(?:mill?i?ards?|mill?ions?|billions?|milliers|mille)(?-u:\b)";
/// Scale abbreviations, valid only right before a currency (`15 M€`, `2 Md€`, `10K$`, `3 MMDH`
/// for milliards of dirhams in Morocco, `1,3 mia. de francs` in Switzerland).
const ABBR: &str = r"(?:mrds|mrd|mds|md|mias?\.?|mios?\.?|mln|mm|mn|bn|k|m|g)";
/// Scale words that make a bare number money when the sentence gives the currency.
const BIG_SCALE: &str = r"(?:mill?i?ards?|mill?ions?|billions?)(?-u:\b)";
const BIG_ABBR: &str = r"(?-i:Mds|Mrds|Mrd|Md|mios?|mias?)(?-u:\b)";
const VAGUE: &str = r"(?:une|la|d['’‘]une){S}(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)s?";
const CONNECTOR: &str = r"(?:{S}de{S}|{S}d['’‘]{S0}|{S0})";

/// Fills `{S}`, `{DIGITS}`… in a pattern template, and prefixes its group names with `p`.
fn fill(template: &str, p: &str) -> String {
    let words = format!(r"(?-u:\b){WORD}(?:(?:[\s-]+et[\s-]+|[\s-]+){WORD})*");
    template
        .replace("{VAGUE}", VAGUE)
        .replace("{CONNECTOR}", CONNECTOR)
        .replace("{DIGITS}", DIGITS)
        .replace("{WORDS}", &words)
        .replace("{SCALE}", SCALE)
        .replace("{ABBR}", ABBR)
        .replace("{BIG_SCALE}", BIG_SCALE)
        .replace("{BIG_ABBR}", BIG_ABBR)
        .replace("{CUR}", currency::after_pattern())
        .replace("{CURB}", currency::before_pattern())
        .replace("{S0}", S0)
        .replace("{S}", S)
        .replace("(?P<", &format!("(?P<{p}"))
}

/// An amount with its currency written after it: `200 milliards d’euros`, `15 M€`,
/// `7 milliards 555 millions de roupies`, `2 millions 500 000 euros`,
/// `deux cents millions de dollars`, `une dizaine de millions d’euros`, `1 USD et 23 centimes`.
const CORE: &str = r"(?:(?P<num>[-−]?(?-u:\b){DIGITS})(?:{S0}(?P<scale>{SCALE})(?:{S}(?P<num2>\d{1,3}){S}(?P<scale2>millions?|mille)(?-u:\b)|{S}(?P<num3>\d{1,3}(?:[ \u{a0}\u{202f}]\d{3})+))?|{S0}(?P<abbr>{ABBR}))?|(?P<words>{WORDS})|(?P<demi>(?-u:\b)(?:un{S})?demi[\s-]?(?:milliard|million))|(?P<vague>(?-u:\b){VAGUE})(?:{S}de{S}|{S}d['’‘]{S0})(?P<vscale>{SCALE})?)(?:{S}et{S}(?P<half>demie?)(?-u:\b))?(?P<conn>{CONNECTOR})(?P<cur>{CUR})(?:{S}(?:et{S})?(?P<cents>\d{1,2}|{WORDS}){S}(?P<cunit>centimes?|cents?)(?-u:\b))?";

/// The start of a range: a number with its scale and currency if written.
/// A place in brackets may follow its currency (`de 10,96 $ (Saskatchewan) à 11,55 $`).
const RANGE_START: &str = r"(?P<num>{DIGITS}|{WORDS})(?:{S}(?P<scale>{SCALE})|{S0}(?P<abbr>{ABBR})(?-u:\b))?(?:(?P<conn>{CONNECTOR})(?P<cur>{CUR})(?:{S0}\([^()\n\d]{1,40}\))?)?";

/// A number and a big scale with no currency: `dont 50 milliards proviennent…`, `d’une vingtaine
/// de millions`.
const CONTEXT: &str = r"(?:(?P<num>[-−]?(?-u:\b){DIGITS})(?:{S}(?P<scale>{BIG_SCALE})|{S0}(?P<abbr>{BIG_ABBR}))|(?P<words>{WORDS})|(?P<vague>(?-u:\b){VAGUE})(?:{S}de{S}|{S}d['’‘]{S0})(?P<vscale>{BIG_SCALE}))(?:{S}et{S}(?P<half>demie?)(?-u:\b))?";

/// A legal double writing, one amount: `vingt-cinq (25) millions de dollars`,
/// `quatre-vingt-un millions cinq cent mille (81.500.000) euros`. The digits decide the value.
const DOUBLE: &str = r"(?P<dw>{WORDS}){S0}\({S0}(?P<num>{DIGITS}){S0}\)(?:{S}(?P<scale>{SCALE}))?(?P<conn>{CONNECTOR})(?P<cur>{CUR})";

/// One scale named with an article: `le milliard de dollars alloués`, `de l’ordre du million
/// d’euros`, `sous le million d’euros`, `l’autre milliard`. The mention starts at the scale.
const LONE_SCALE: &str = r"(?-u:\b)(?:le|du|au|ce|l['’‘]autre){S}(?P<lone>milliard|million)(?P<conn>{CONNECTOR})(?P<cur>{CUR})";

/// A space after the decimal comma, before a big scale: `1, 6 million de dollars`, `491, 85
/// millions d’euros`, `1 126, 6 milliards BIF`.
const SPACED: &str = r"(?-u:\b)(?P<num>\d{1,3}(?:[\u{a0}\u{202f} ]\d{3})*,[\p{Zs}]\d{1,2}){S}(?P<scale>{BIG_SCALE})(?P<conn>{CONNECTOR})(?P<cur>{CUR})";

/// One number of a list, with its scale if written (`70 000`, `3 millions`).
const LIST_ITEM: &str = r"(?:{DIGITS}(?:{S}{SCALE})?)";

/// A compiled rule.
pub struct Rule {
    pub regex: Regex,
    produce: Produce,
}

/// What a rule makes of one match.
type Produce = fn(&Captures, &str) -> Vec<Mention>;

impl Rule {
    pub fn apply(&self, text: &str) -> Vec<Mention> {
        self.regex
            .captures_iter(text)
            .flat_map(|caps| (self.produce)(&caps, text))
            .collect()
    }
}

fn compile(pattern: &str) -> Regex {
    crate::pattern::compile_hot(&format!("(?i){pattern}"))
        .unwrap_or_else(|e| panic!("rule pattern: {e}"))
}

/// All rules, compiled once.
pub static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let core = fill(CORE, "");
    let prefix = fill(
        r"(?P<cur>{CURB}){S0}(?P<num>[-−]?{DIGITS})(?:{S}(?P<scale>{SCALE})|{S0}(?P<abbr>{ABBR})(?-u:\b))?",
        "",
    );
    let start = fill(RANGE_START, "a_");
    let end = format!("(?:{}|{})", fill(CORE, "b_"), fill(CONTEXT, "c_"));
    let between = format!(
        r"(?P<kw>(?-u:\b)(?:entre|de)|(?:^|[\p{{Zs}}\t\r\n(])à)(?P<gap>{S}){start}{S}(?P<bjoin>et|à){S}{end}",
        S = S
    );
    let dash = format!(
        r"{start}(?P<join>{S0}[-–]{S0}|{S}à{S}|{S}puis{S}){end}",
        S = S,
        S0 = S0
    );
    let list = format!(
        r"(?P<items>(?-u:\b){item}(?:{S0},{S}{item})*)(?:{S0},)?{S}(?:ou|et){S}{end}",
        item = fill(LIST_ITEM, ""),
        S = S,
        S0 = S0
    );
    // Compiled side by side on every core: they are most of a run's start-up (a one-line
    // input). Plain threads, not rayon's: a rayon worker waiting here could steal a job that
    // needs these very rules.
    let rules: Vec<(String, Produce)> = vec![
        (core, produce_core),
        (list, produce_list),
        (prefix, produce_prefix),
        (between, produce_between),
        (dash, produce_dash),
        (fill(CONTEXT, ""), produce_context),
        (fill(DOUBLE, ""), produce_double),
        (fill(LONE_SCALE, ""), produce_lone_scale),
        (fill(SPACED, ""), produce_spaced),
    ];
    let patterns: Vec<&str> = rules.iter().map(|(pattern, _)| pattern.as_str()).collect();
    crate::pattern::compile_all(&patterns, compile)
        .into_iter()
        .zip(&rules)
        .map(|(regex, &(_, produce))| Rule { regex, produce })
        .collect()
});

/// What one side of an amount says, before it becomes a mention.
#[derive(Debug, Clone)]
struct Parsed {
    start: usize,
    end: usize,
    value: Decimal,
    /// The number as written, before its scale (to give a range's start the end's scale).
    raw: Decimal,
    scale: Option<Decimal>,
    currency: Option<Currency>,
    rule: &'static str,
    approx: bool,
}

fn group<'t>(caps: &Captures<'t>, p: &str, name: &str) -> Option<regex::Match<'t>> {
    caps.name(&format!("{p}{name}"))
}

/// A scale written as a word or an abbreviation.
fn written_scale(caps: &Captures, p: &str) -> Option<Decimal> {
    group(caps, p, "scale")
        .or_else(|| group(caps, p, "abbr"))
        .or_else(|| group(caps, p, "vscale"))
        .and_then(|m| scale_factor(m.as_str()))
}

/// Reads an amount's number, scale, half, currency and cents from the groups prefixed `p`.
fn parse_amount(caps: &Captures, p: &str, text: &str) -> Option<Parsed> {
    let whole = caps.get(0)?;
    let written = written_scale(caps, p);
    // The number as written, the scale it is multiplied by, the unit that `et demi` halves.
    let (raw, scale, half_unit, rule) = if let Some(m) = group(caps, p, "num") {
        if !sign_stands_alone(text, m.start(), m.as_str()) {
            return None;
        }
        let rule = if written.is_some() {
            NUMBER_SCALE_CURRENCY
        } else {
            NUMBER_CURRENCY
        };
        let raw = parse_digits(m.as_str())?;
        // `7 milliards 555 millions`: the second part, of a smaller scale, is added (as a
        // fraction of the first scale, so that the value stays `raw × scale`).
        let raw = match (group(caps, p, "num2"), group(caps, p, "scale2"), written) {
            (Some(n), Some(s), Some(big)) => {
                let small = scale_factor(s.as_str())?;
                if small >= big {
                    return None;
                }
                raw.checked_add(parse_digits(n.as_str())? * small / big)?
            }
            _ => raw,
        };
        // `2 millions 500 000 euros`: the units after the scale, fewer than one of it.
        let raw = match (group(caps, p, "num3"), written) {
            (Some(n), Some(big)) => {
                let units = parse_digits(n.as_str())?;
                if units >= big {
                    return None;
                }
                raw.checked_add(units / big)?
            }
            _ => raw,
        };
        (raw, written, written, rule)
    } else if let Some(m) = group(caps, p, "words") {
        let words = m.as_str();
        // `des millions d’euros` gives no figure.
        if is_bare_scale(words) {
            return None;
        }
        // `un milliard et demi`: the words carry their scale, which `et demi` halves.
        let half_unit = written.or_else(|| last_scale_in_words(words));
        (parse_words(words)?, written, half_unit, WORDS_CURRENCY)
    } else if let Some(m) = group(caps, p, "demi") {
        let scale = if m.as_str().to_lowercase().contains("milliard") {
            scale_factor("milliard")
        } else {
            scale_factor("million")
        };
        (Decimal::ONE / Decimal::TWO, scale, None, WORDS_CURRENCY)
    } else if let Some(m) = group(caps, p, "vague") {
        let word = m.as_str().split_whitespace().last()?;
        let word = word.rsplit(['\'', '’']).next()?;
        (
            approximate_count(word)?,
            written,
            written,
            VAGUE_SCALE_CURRENCY,
        )
    } else {
        return None;
    };
    let half = if group(caps, p, "half").is_some() {
        half_unit.unwrap_or(Decimal::ONE) / Decimal::TWO
    } else {
        Decimal::ZERO
    };
    let number = Number {
        value: raw
            .checked_mul(scale.unwrap_or(Decimal::ONE))?
            .checked_add(half)?,
        raw,
        scale,
        rule,
        approx: rule == VAGUE_SCALE_CURRENCY,
    };
    finish(caps, p, whole, number)
}

/// The number part of an amount, before its currency.
struct Number {
    value: Decimal,
    raw: Decimal,
    scale: Option<Decimal>,
    rule: &'static str,
    approx: bool,
}

/// Adds the currency and the cents to the number part, and checks that they go together.
fn finish(caps: &Captures, p: &str, whole: regex::Match, number: Number) -> Option<Parsed> {
    let Number {
        mut value,
        raw,
        scale,
        rule,
        approx,
    } = number;
    let currency = match group(caps, p, "cur") {
        Some(m) => Some(currency::lookup(m.as_str())?),
        None => None,
    };
    let has_scale = scale.is_some()
        || group(caps, p, "demi").is_some()
        || group(caps, p, "words").is_some_and(ends_with_scale);
    // `200 d’euros` is not French: `de` joins a scale word to its currency only.
    let connector_de = group(caps, p, "conn").is_some_and(|m| !m.as_str().trim().is_empty());
    // `1.340.000 de dollars` is written as `un million de dollars` is said.
    let whole_millions = group(caps, p, "num").is_some_and(|m| {
        m.as_str().chars().filter(char::is_ascii_digit).count() >= 7
            && raw >= Decimal::from(1_000_000)
            && raw.fract().is_zero()
    });
    if connector_de
        && !has_scale
        && !whole_millions
        && group(caps, p, "vague").is_none()
        && group(caps, p, "half").is_none()
    {
        return None;
    }
    if let Some(c) = currency {
        // `trois livres` are books; `3 millions de livres` is money; `cinq francs` is money (the
        // people are `Francs`, with a capital).
        let francs = group(caps, p, "cur").is_some_and(|m| m.as_str().starts_with("franc"));
        if c.strict && group(caps, p, "words").is_some() && !has_scale && !francs {
            return None;
        }
        // `1,180 D`: a price in dinars and millimes (three decimals) is Tunisian too.
        let millimes = group(caps, p, "num").is_some_and(|m| {
            m.as_str()
                .rsplit_once(',')
                .is_some_and(|(_, d)| d.len() == 3)
        });
        if c.scaled && group(caps, p, "abbr").is_none() && !millimes {
            return None;
        }
        // `huit cent trente-six`, `trois cents`: after number words, a hundred, not a cent.
        let hundred = group(caps, p, "cur").is_some_and(|m| {
            m.as_str().eq_ignore_ascii_case("cent") || m.as_str().eq_ignore_ascii_case("cents")
        });
        if hundred && group(caps, p, "words").is_some() {
            return None;
        }
        if let Some(cents) = group(caps, p, "cents") {
            if c.divisor != 1 || has_scale {
                return None;
            }
            let cents = parse_digits(cents.as_str()).or_else(|| parse_words(cents.as_str()))?;
            if cents >= Decimal::ONE_HUNDRED {
                return None;
            }
            value = value.checked_add(cents / Decimal::ONE_HUNDRED)?;
        }
        value /= Decimal::from(c.divisor);
    }
    let end = group(caps, p, "cunit")
        .or_else(|| group(caps, p, "cur"))
        .or_else(|| group(caps, p, "half"))
        .map_or(whole.end(), |m| m.end());
    let start = [
        group(caps, p, "num"),
        group(caps, p, "words"),
        group(caps, p, "demi"),
        group(caps, p, "vague"),
    ]
    .into_iter()
    .flatten()
    .map(|m| m.start())
    .min()
    .unwrap_or(whole.start());
    Some(Parsed {
        start,
        end,
        value: value.normalize(),
        raw,
        scale,
        currency,
        rule,
        approx,
    })
}

fn is_bare_scale(words: &str) -> bool {
    matches!(
        words.to_lowercase().as_str(),
        "million" | "millions" | "milliard" | "milliards" | "billion" | "billions"
    )
}

fn ends_with_scale(words: regex::Match) -> bool {
    last_scale_in_words(words.as_str()).is_some_and(|s| {
        let lower = words.as_str().to_lowercase();
        let last = lower.split([' ', '-']).next_back().unwrap_or("");
        scale_factor(last) == Some(s)
    })
}

/// A minus sign counts only when nothing but space or an opening bracket stands before it:
/// `10-20 euros` is a range, not `10` and `-20`.
fn sign_stands_alone(text: &str, start: usize, number: &str) -> bool {
    if !number.starts_with(['-', '−']) {
        return true;
    }
    text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ':' | '«' | '"'))
}

fn mention(parsed: &Parsed, rule: &'static str) -> Mention {
    Mention {
        start: parsed.start,
        end: parsed.end,
        value: Some(parsed.value),
        min: None,
        max: None,
        currency: parsed.currency.map(|c| c.iso),
        generic_currency: parsed.currency.is_some_and(|c| c.generic),
        currency_cue: None,
        borrowed_currency: false,
        money_noun: false,
        too_large: false,
        conversion: false,
        qualifier: if parsed.approx {
            Qualifier::Approx
        } else {
            Qualifier::Exact
        },
        qualifier_cue: None,
        period: None,
        per: None,
        rule,
    }
}

fn produce_core(caps: &Captures, text: &str) -> Vec<Mention> {
    let Some(mut parsed) = parse_amount(caps, "", text) else {
        return too_large(caps);
    };
    join_bare_cents(caps, text, &mut parsed);
    let mut m = mention(&parsed, parsed.rule);
    if parsed.approx {
        m.qualifier_cue = group(caps, "", "vague").map(|v| v.as_str().to_string());
    }
    vec![m]
}

fn produce_double(caps: &Captures, text: &str) -> Vec<Mention> {
    let Some(mut parsed) = parse_amount(caps, "", text) else {
        return vec![];
    };
    // The words must say the number the digits say (`vingt-cinq (25)`), else the bracket is
    // something else.
    let words = caps.name("dw").expect("dw");
    let said = parse_words(words.as_str());
    let digits = parse_digits(caps.name("num").expect("num").as_str());
    if said.is_none() || said != digits {
        return vec![];
    }
    parsed.start = words.start();
    vec![mention(&parsed, WORDS_DIGITS_CURRENCY)]
}

fn produce_lone_scale(caps: &Captures, _text: &str) -> Vec<Mention> {
    let lone = caps.name("lone").expect("lone");
    let cur = caps.name("cur").expect("cur");
    let (Some(currency), Some(scale)) =
        (currency::lookup(cur.as_str()), scale_factor(lone.as_str()))
    else {
        return vec![];
    };
    let parsed = Parsed {
        start: lone.start(),
        end: cur.end(),
        value: scale / Decimal::from(currency.divisor),
        raw: Decimal::ONE,
        scale: Some(scale),
        currency: Some(currency),
        rule: LONE_SCALE_CURRENCY,
        approx: false,
    };
    vec![mention(&parsed, LONE_SCALE_CURRENCY)]
}

fn produce_spaced(caps: &Captures, text: &str) -> Vec<Mention> {
    match parse_amount(caps, "", text) {
        Some(parsed) => vec![mention(&parsed, SPACED_DECIMAL)],
        None => vec![],
    }
}

/// Digits exact arithmetic holds: 28 significant digits, the precision of `Decimal`.
const MAX_DIGITS: usize = 28;

/// An amount written with more digits than exact arithmetic holds (`999…9 milliards d’euros`)
/// is not wrapped or rounded: it comes out as a mention marked `too_large`, which takes its
/// place among the others (so no piece of it is read as a smaller amount) and is then left
/// out and counted, for a warning.
fn too_large(caps: &Captures) -> Vec<Mention> {
    let Some(num) = caps.name("num") else {
        return vec![];
    };
    let digits = num.as_str().chars().filter(char::is_ascii_digit).count();
    let scale_digits = written_scale(caps, "").map_or(0, |s| s.to_string().len() - 1);
    if digits + scale_digits <= MAX_DIGITS {
        return vec![];
    }
    let whole = caps.get(0).expect("group 0");
    vec![Mention {
        start: whole.start(),
        end: whole.end(),
        value: None,
        min: None,
        max: None,
        currency: None,
        generic_currency: false,
        currency_cue: None,
        borrowed_currency: false,
        money_noun: false,
        too_large: true,
        conversion: false,
        qualifier: Qualifier::Exact,
        qualifier_cue: None,
        period: None,
        per: None,
        rule: NUMBER_CURRENCY,
    }]
}

/// Cents written after the currency without their unit: `2 euros 50`, `15 dollars et 15`; not
/// the whole part of a decimal that follows (`150 € et 1,5 milliard d’euros`).
static BARE_CENTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[\p{Zs}\t\r]+(?:et[\p{Zs}\t\r]+)?(\d{1,2})(?:$|[\p{Zs}\t\r]*(?:[.,](?:$|\D)|[;:!?)»\n])|[\p{Zs}\t\r]+(?:le|la|les|l['’‘]|par|pour|et|ou|TTC|HT|hors|chacun|chacune|pièce|l['’‘]unité)\b)").unwrap()
});

fn join_bare_cents(caps: &Captures, text: &str, parsed: &mut Parsed) {
    let plain = parsed.scale.is_none()
        && caps.name("cents").is_none()
        && caps.name("num").is_some()
        && parsed.currency.is_some_and(|c| c.divisor == 1);
    if !plain || parsed.value.fract() != Decimal::ZERO {
        return;
    }
    if let Some(c) = BARE_CENTS.captures(&text[parsed.end..]) {
        let cents = c.get(1).expect("cents");
        let Ok(n) = cents.as_str().parse::<i64>() else {
            return;
        };
        // `2 euros 5` reads as 2.50, as it is said.
        let n = if cents.as_str().len() == 1 { n * 10 } else { n };
        if let Some(value) = parsed.value.checked_add(Decimal::new(n, 2)) {
            parsed.value = value.normalize();
            parsed.end += cents.end();
        }
    }
}

fn produce_prefix(caps: &Captures, text: &str) -> Vec<Mention> {
    let Some(parsed) = parse_amount(caps, "", text) else {
        return too_large(caps);
    };
    let whole = caps.get(0).expect("group 0");
    let mut m = mention(&parsed, CURRENCY_NUMBER);
    m.start = whole.start();
    m.end = whole.end();
    vec![m]
}

/// A bare number and big scale, kept only when what follows is not a count of something else:
/// `50 milliards proviennent` and `3 milliards de crédits` are money, `1,5 million d’habitants`
/// and `3 milliards de paramètres` are not. The currency comes from the context (see `link`).
fn produce_context(caps: &Captures, text: &str) -> Vec<Mention> {
    let Some(parsed) = parse_context(caps, "", text) else {
        return vec![];
    };
    let mut m = mention(&parsed, NUMBER_SCALE_CONTEXT);
    m.money_noun = FOLLOWING_NOUN.is_match(&text[parsed.end..]);
    vec![m]
}

fn parse_context(caps: &Captures, p: &str, text: &str) -> Option<Parsed> {
    if let Some(words) = group(caps, p, "words")
        && !ends_with_scale(words)
    {
        return None;
    }
    let parsed = parse_amount(caps, p, text)?;
    // `700 mille usagers`: the scale word alone is a piece of a count, not an amount.
    let piece_of_a_number = text[..parsed.start]
        .trim_end_matches(|c: char| c.is_whitespace() && c != '\n')
        .ends_with(|c: char| c.is_ascii_digit());
    if parsed.value.is_zero() || piece_of_a_number || counts_something_else(&text[parsed.end..]) {
        return None;
    }
    Some(Parsed {
        rule: NUMBER_SCALE_CONTEXT,
        ..parsed
    })
}

static FOLLOWING_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[\p{Zs}\t\r]*(?:de[\p{Zs}\t\r]+|d['’‘][\p{Zs}\t\r]*)(?:[\p{L}-]+[\p{Zs}\t\r]+)?([\p{L}-]+)").unwrap()
});

static MONEY_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("lexicon/money_nouns.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Articles and possessives after `de`.
const DETERMINERS: &[&str] = &[
    "l", "la", "le", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
];

/// Words after `de`/`d’` that are no noun counted.
const NOT_A_NOUN: &[&str] = &["ici", "ailleurs", "abord", "autant", "avance", "emblée"];

/// A company or body after `de` and an article: whose money it is.
static OWNER_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^[\p{Zs}\t\r]*(?:de[\p{Zs}\t\r]+|d['’‘][\p{Zs}\t\r]*)(?:l['’‘][\p{Zs}\t\r]*|la[\p{Zs}\t\r]+|le[\p{Zs}\t\r]+)(?:entreprise|société|groupe|acteur|start-?up|firme|compagnie|banque|opérateur|fabricant|constructeur|éditeur|spécialiste|géant|licorne|pépite|jeune[\p{Zs}\t\r]+pousse|fonds|holding|filiale|plateforme)\b").unwrap()
});

/// `de` and a determiner before a capital: a name.
static OWNER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[\p{Zs}\t\r]*(?:de[\p{Zs}\t\r]+|d['’‘][\p{Zs}\t\r]*)(?:l['’‘][\p{Zs}\t\r]*|\p{L}+[\p{Zs}\t\r]+)\p{Lu}").unwrap()
});

/// `de plus`/`de moins` after a figure: the difference of two amounts (`10 millions de plus
/// qu’en 2022`, `300 millions de moins que prévu`, `440 millions de mieux`), unless a noun follows (`3 millions de plus
/// de 60 ans`, `2 millions de moins d’habitants`).
static DIFFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[\p{Zs}\t\r]*de[\p{Zs}\t\r]+(?:plus|moins|mieux|trop)\b[\p{Zs}\t\r]*(?P<noun>de[\p{Zs}\t\r]|d['’‘]|en[\p{Zs}\t\r]+plus\b)?").unwrap()
});

/// True when `after` starts with `de <noun>` and the noun is not one of money's.
fn counts_something_else(after: &str) -> bool {
    if let Some(d) = DIFFERENCE.captures(after) {
        return d.name("noun").is_some();
    }
    let Some(caps) = FOLLOWING_NOUN.captures(after) else {
        return false;
    };
    let whole = caps.get(0).map_or("", |m| m.as_str()).to_lowercase();
    let words: Vec<&str> = whole
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’' || c == '‘')
        .filter(|w| !w.is_empty() && *w != "de" && *w != "d")
        .collect();
    // An adverb, not a noun: `14,4 milliards d’ici 2019`.
    if words.first().is_some_and(|w| NOT_A_NOUN.contains(w)) {
        return false;
    }
    // An article before a name or a company: the money of an owner (`84 milliards de l’État`,
    // `13 millions de l’acteur belge`), not a count (`5,16 millions de ses actions`).
    if words.first().is_some_and(|w| DETERMINERS.contains(w))
        && (OWNER.is_match(after) || OWNER_NOUN.is_match(after))
    {
        return false;
    }
    !words.iter().any(|w| MONEY_NOUNS.contains(w))
}

static RESPECTIVELY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[^.;\n]{0,40}\brespecti(?:vement|ves?|fs?)\b").unwrap()
});
static RESPECTIVELY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"\brespecti(?:vement|ves?|fs?)\b[^.;\n]{0,60}$").unwrap()
});

/// True when `respectivement` (`respectives`, `respectifs`) stands just before `start` or just
/// after `end`, in the same sentence: the figures between are one each.
fn said_respectively(text: &str, start: usize, end: usize) -> bool {
    RESPECTIVELY_BEFORE.is_match(&text[..start]) || RESPECTIVELY_AFTER.is_match(&text[end..])
}

/// `entre 5 et 10 millions d’euros`, `de 5 à 7 milliards`, `à 100 et 120 dinars`: one range, the start taking the
/// end's scale and currency when it has none. After a verb of change (`passe de 5 à 7 M€`) the
/// two ends are two amounts, not a range.
fn produce_between(caps: &Captures, text: &str) -> Vec<Mention> {
    let kw = caps.name("kw").expect("kw");
    let Some((a, b)) = range_ends(caps, text) else {
        return vec![];
    };
    let cue = kw.as_str().trim_start().to_lowercase();
    let before = &text[..kw.start()];
    let joined_by_and = caps
        .name("bjoin")
        .is_some_and(|j| j.as_str().eq_ignore_ascii_case("et"));
    let respectively = said_respectively(text, kw.start(), b.end);
    // `à 100 et 120 dinars le kilo`: a price given as a range. Not two amounts of a list
    // (`à 10 dinars et 12 dinars`, `… respectivement`), nor `à 5 à 7`.
    if cue == "à" && (caps.name("a_cur").is_some() || !joined_by_and || respectively) {
        return vec![];
    }
    // `des hausses respectives de 0,5 et 1,5 DH`: two amounts; without `respectivement`,
    // `de 2,5 et 2,6 MdE` stays a range.
    if cue == "de" && joined_by_and && respectively {
        return vec![mention(&a, LIST), mention(&b, LIST)];
    }
    if cue == "de"
        && (follows_change_verb(before)
            || a.value > b.value
            || (caps.name("a_cur").is_some()
                && (changes_in_sentence(before) || units_differ(caps))))
    {
        return vec![mention(&a, FROM_TO_CHANGE), mention(&b, FROM_TO_CHANGE)];
    }
    let mut m = range(&a, &b, BETWEEN_AND);
    m.qualifier_cue = Some(cue);
    vec![m]
}

/// `5 à 7 M€`, `10 - 20 euros`, `250 000 $ à 1 million $`: a range. Joined by `à` after a word
/// of change in the sentence (`une augmentation … de 250 000 euros à 280 000 euros`), or going
/// down, the two ends are two amounts.
fn produce_dash(caps: &Captures, text: &str) -> Vec<Mention> {
    let Some((a, b)) = range_ends(caps, text) else {
        return vec![];
    };
    // After `de` or `entre`, the range (or change) is the `entre|de` rule's.
    if AFTER_DE.is_match(&text[..a.start]) {
        return vec![];
    }
    let join = caps
        .name("join")
        .map_or(String::new(), |j| j.as_str().trim().to_lowercase());
    // `chiffrée à 140 puis 268 millions d’euros`: one figure, then another.
    if join == "puis" {
        return vec![mention(&a, FROM_TO_CHANGE), mention(&b, FROM_TO_CHANGE)];
    }
    let joined_by_a = join == "à";
    if joined_by_a
        && (a.value > b.value
            || (caps.name("a_cur").is_some()
                && (changes_in_sentence(&text[..a.start]) || units_differ(caps))))
    {
        return vec![mention(&a, FROM_TO_CHANGE), mention(&b, FROM_TO_CHANGE)];
    }
    vec![range(&a, &b, AMOUNT_DASH_AMOUNT)]
}

/// Parses both ends of a range; the start borrows the end's scale (when it is not already
/// larger than the end: `entre 500 000 et 2 millions`) and currency.
fn range_ends(caps: &Captures, text: &str) -> Option<(Parsed, Parsed)> {
    let b = parse_amount_or_context(caps, text)?;
    let a_num = caps.name("a_num")?;
    let raw = parse_digits(a_num.as_str()).or_else(|| parse_words(a_num.as_str()))?;
    let own_scale = written_scale(caps, "a_");
    // `2014-2020 à 123 milliards`, `en 2013 à 85,6 milliards`: a year, not a range's start.
    if own_scale.is_none() && caps.name("a_cur").is_none() && is_year(a_num.as_str()) {
        return None;
    }
    // `deux à trois millions`: the end's scale is inside its words.
    let (b_raw, b_scale) = match b.scale {
        Some(s) => (b.raw, Some(s)),
        None => caps
            .name("b_words")
            .or(caps.name("c_words"))
            .filter(|m| parse_digits(m.as_str()).is_none())
            .and_then(|m| last_scale_in_words(m.as_str()))
            .and_then(|s| Some((b.raw.checked_div(s)?, Some(s))))
            .unwrap_or((b.raw, None)),
    };
    let scale = own_scale.or_else(|| if raw <= b_raw { b_scale } else { None });
    let currency = match caps.name("a_cur") {
        Some(m) => Some(currency::lookup(m.as_str())?),
        None => b.currency,
    };
    if caps
        .name("a_conn")
        .is_some_and(|m| !m.as_str().trim().is_empty())
        && own_scale.is_none()
    {
        return None;
    }
    let mut value = raw.checked_mul(scale.unwrap_or(Decimal::ONE))?;
    if let Some(c) = currency {
        value /= Decimal::from(c.divisor);
    }
    let a = Parsed {
        start: a_num.start(),
        end: caps
            .name("a_cur")
            .or(caps.name("a_abbr"))
            .or(caps.name("a_scale"))
            .map_or(a_num.end(), |m| m.end()),
        value: value.normalize(),
        raw,
        scale,
        currency,
        rule: b.rule,
        approx: false,
    };
    Some((a, b))
}

pub(super) fn is_year(number: &str) -> bool {
    number.len() == 4
        && number.chars().all(|c| c.is_ascii_digit())
        && (1800..=2100).contains(&number.parse::<u32>().unwrap_or(0))
}

fn parse_amount_or_context(caps: &Captures, text: &str) -> Option<Parsed> {
    if caps.name("b_cur").is_some() {
        parse_amount(caps, "b_", text)
    } else {
        parse_context(caps, "c_", text)
    }
}

static ITEM: LazyLock<Regex> =
    LazyLock::new(|| compile(&fill(r"(?P<num>{DIGITS})(?:{S}(?P<scale>{SCALE}))?", "")));

/// `70 000, 100 000 ou 150 000 euros`: each number is an amount, with the scale (when it has
/// none and is not larger) and the currency of the last.
fn produce_list(caps: &Captures, text: &str) -> Vec<Mention> {
    let Some(last) = parse_amount_or_context(caps, text) else {
        return vec![];
    };
    let items = caps.name("items").expect("items");
    // Two figures and one scale are two amounts when said `respectivement` (`respectivement 11
    // et 16 milliards`); else they may be a range or a count.
    if ITEM.find_iter(items.as_str()).count() < 2
        && !said_respectively(text, items.start(), last.end)
    {
        return vec![];
    }
    let mut out = Vec::new();
    for item in ITEM.captures_iter(items.as_str()) {
        let num = item.name("num").expect("num");
        let Some(raw) = parse_digits(num.as_str()) else {
            return vec![];
        };
        let own = written_scale(&item, "");
        if own.is_none() && is_year(num.as_str()) {
            return vec![];
        }
        // A figure under a thousand beside a scaled one is in its scale (`respectivement 28,4 et
        // 26,5 milliards`); a larger one is whole (`70 000, 100 000 ou 150 000 euros`).
        let scale = own.or(if raw <= last.raw || raw < Decimal::from(1000) {
            last.scale
        } else {
            None
        });
        let Some(mut value) = raw.checked_mul(scale.unwrap_or(Decimal::ONE)) else {
            return vec![];
        };
        if let Some(c) = last.currency {
            value /= Decimal::from(c.divisor);
        }
        let whole = item.get(0).expect("item");
        let parsed = Parsed {
            start: items.start() + whole.start(),
            end: items.start() + whole.end(),
            value: value.normalize(),
            raw,
            scale,
            currency: last.currency,
            rule: LIST,
            approx: false,
        };
        let mut m = mention(&parsed, LIST);
        m.borrowed_currency = true;
        out.push(m);
    }
    out.push(mention(&last, last.rule));
    out
}

fn range(a: &Parsed, b: &Parsed, rule: &'static str) -> Mention {
    let (min, max) = if a.value <= b.value {
        (a.value, b.value)
    } else {
        (b.value, a.value)
    };
    Mention {
        start: a.start,
        end: b.end,
        value: None,
        min: Some(min),
        max: Some(max),
        currency: b.currency.map(|c| c.iso),
        generic_currency: b.currency.is_some_and(|c| c.generic),
        currency_cue: None,
        borrowed_currency: false,
        money_noun: false,
        too_large: false,
        conversion: false,
        qualifier: Qualifier::Range,
        qualifier_cue: None,
        period: None,
        per: None,
        rule,
    }
}

static AFTER_DE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"(?i)\b(?:de|entre)[\p{Zs}\t\r]+$").unwrap());

static CHANGE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)\b(?P<verb>(?:pass|port|augment|grimp|baiss|rédui|recul|chut|évolu|progress|croît|crû|mont|élev|hauss|relev|ramen|abaiss|diminu|ajust|revu|revalor)\p{L}*)[\p{Zs}\t\r]+(?:\p{L}+[\p{Zs}\t\r]+){0,3}$").unwrap()
});

/// `de 25 centimes à 2,70 francs`: ends in a unit and its hundredth are a change, not a range.
fn units_differ(caps: &Captures) -> bool {
    let divisor = |name| {
        caps.name(name)
            .and_then(|m| currency::lookup(m.as_str()))
            .map(|c| c.divisor)
    };
    divisor("a_cur") != divisor("b_cur")
}

/// A word of change anywhere earlier in the sentence (`une augmentation du plafond … de`,
/// `faisant passer le litre de`).
static CHANGE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}])(?:augment|hauss|baiss|relèv|relev|rehauss|réduction|rédui|diminu|recul|chut|grimp|progress|évolu|revalori|ramen|abaiss|bondi|gonfl|pass(?:e|é|er|ant|era|ait|ent|ée|és|ées)(?:$|[^\p{L}])|port(?:e|é|ée|és|ées|er|ant|era|ait)(?:$|[^\p{L}]))").unwrap()
});

/// True when the sentence before `before`'s end (back to `.`, `!` or `?` before a space, or a
/// line break; at most 600 bytes: a list of changes is long) holds a word of change.
fn changes_in_sentence(before: &str) -> bool {
    let from = before.len().saturating_sub(600);
    let from = (from..before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let tail = &before[from..];
    let start = SENTENCE_END.find_iter(tail).last().map_or(0, |m| m.end());
    CHANGE_WORD.is_match(&tail[start..])
}

static SENTENCE_END: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"[.!?][\p{Zs}\t\r]|\n").unwrap());

/// True when the words before `de` are a verb of change (`passer`, `porté`, `augmente`…).
fn follows_change_verb(before: &str) -> bool {
    let tail: String = {
        let start = before.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
        before[start..].to_string()
    };
    // `des montants allant de 1 à 5 millions`: a noun of the same stem is no change.
    CHANGE_VERB.captures(&tail).is_some_and(|caps| {
        !matches!(
            caps["verb"].to_lowercase().as_str(),
            "montant" | "montants" | "portefeuille" | "portefeuilles" | "portion" | "portions"
        )
    })
}
