//! Currencies: the word table in `lexicon/currencies.tsv`, the regex alternations built from it,
//! and the lookup from a matched form back to its ISO 4217 code.

use std::collections::HashMap;
use std::sync::LazyLock;

/// A way of writing a currency, from one line of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    pub iso: &'static str,
    /// 1 for the currency itself, 100 for its minor unit (`cents`).
    pub divisor: u32,
    /// True when the word needs digits or a scale to be money (`livres`, `francs`).
    pub strict: bool,
    /// True when the form is money only right after a scale abbreviation (`45,77 MD`, millions
    /// of Tunisian dinars; a bare `3D` is no money).
    pub scaled: bool,
    /// True when the form may stand before the number (`$10`, `EUR 20`).
    pub before: bool,
    /// True when the form does not say which country's currency it is (`$`, `dollars`,
    /// `francs`): `iso` is the usual one, and the document may say otherwise (see `locale`).
    pub generic: bool,
}

struct Table {
    /// Case-sensitive forms (codes in capitals), keyed as written with spaces collapsed.
    exact: HashMap<String, Currency>,
    /// The other forms, keyed in lower case.
    folded: HashMap<String, Currency>,
    /// Regex alternation of every form (for after the number), longest first.
    after: String,
    /// Regex alternation of the forms that may stand before the number.
    before: String,
    /// Every form, for finding candidates: one that starts with a letter also starts a word or
    /// follows a digit or a scale abbreviation (`15 ME`, `3,2MdsE`), one that ends with a letter
    /// ends a word or touches a digit (`USD1,23`), so that `leurs`, `car`, `moyen` and
    /// `européen` are not read as `Rs`, `Ar`, `yen` and `Eur`.
    candidate: String,
}

static TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::parse(include_str!("lexicon/currencies.tsv")));

impl Table {
    fn parse(source: &'static str) -> Table {
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
        let mut after: Vec<&'static str> = Vec::new();
        let mut before: Vec<&'static str> = Vec::new();
        for line in source.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [iso, divisor, place, forms] = cols[..] else {
                panic!("currencies.tsv: a line needs 4 tab-separated columns: {line:?}");
            };
            let divisor: u32 = divisor.parse().expect("currencies.tsv: divisor");
            let (iso, generic) = match iso.strip_suffix('*') {
                Some(iso) => (iso, true),
                None => (iso, false),
            };
            for form in forms.split('|') {
                let currency = Currency {
                    iso,
                    divisor,
                    strict: place == "strict",
                    scaled: place == "scaled",
                    before: place == "any",
                    generic,
                };
                if is_code(form) {
                    exact.insert(key(form), currency);
                } else {
                    folded.insert(key(form).to_lowercase(), currency);
                }
                after.push(form);
                if currency.before {
                    before.push(form);
                }
            }
        }
        Table {
            exact,
            folded,
            candidate: alternation(after.clone(), Place::Candidate),
            after: alternation(after, Place::After),
            before: alternation(before, Place::Before),
        }
    }
}

/// A form written in capitals (and symbols) only: a code that must keep its case (`ILS`, not
/// the pronoun `ils`; `MAD`).
fn is_code(form: &str) -> bool {
    form.chars().any(char::is_alphabetic) && !form.chars().any(char::is_lowercase)
}

/// The lookup key of a form or a matched text: spaces collapsed, `’` as `'`.
fn key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['’', '‘'], "'")
}

fn alternation(mut forms: Vec<&str>, place: Place) -> String {
    forms.sort_by_key(|f| std::cmp::Reverse(f.chars().count()));
    forms.dedup();
    if place == Place::Candidate {
        return candidate_alternation(&forms);
    }
    let parts: Vec<String> = forms.iter().map(|f| form_pattern(f, place)).collect();
    format!("(?:{})", parts.join("|"))
}

/// What a candidate form needs before it (it starts with a letter) and after it (it ends with
/// one): see [`Table::candidate`].
const CANDIDATE_BEFORE: &str =
    r"(?:(?-u:\b)|[0-9]|(?i:mrds|mrd|mds|md|mia|mio|mln|mm|mn|bn|k|m|g))";
const CANDIDATE_AFTER: &str = r"(?:(?-u:\b)|[0-9])";

/// The candidate alternation with [`CANDIDATE_BEFORE`] and [`CANDIDATE_AFTER`] written once per
/// group of forms instead of once per form: compiled per form, the ~300 copies were the
/// largest pattern of a run's start-up. The groups are ordered so that a form still wins over
/// one that is its start (`USD$` over `USD`, `$ CA` over `$`), as longest-first did.
fn candidate_alternation(forms: &[&str]) -> String {
    let starts = |f: &&str| f.chars().next().is_some_and(char::is_alphanumeric);
    let ends = |f: &&str| f.chars().last().is_some_and(char::is_alphanumeric);
    let group = |first: bool, last: bool| {
        let parts: Vec<String> = forms
            .iter()
            .filter(|f| starts(f) == first && ends(f) == last)
            .map(|f| form_pattern(f, Place::Candidate))
            .collect();
        if parts.is_empty() {
            return None;
        }
        let before = if first { CANDIDATE_BEFORE } else { "" };
        let after = if last { CANDIDATE_AFTER } else { "" };
        Some(format!("{before}(?:{}){after}", parts.join("|")))
    };
    let groups: Vec<String> = [(true, false), (true, true), (false, true), (false, false)]
        .into_iter()
        .filter_map(|(first, last)| group(first, last))
        .collect();
    format!("(?:{})", groups.join("|"))
}

/// Where a form stands, which decides the word boundary it needs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Before,
    After,
    Candidate,
}

/// The regex of one form: spacing between words is required, around symbols optional. After
/// the number, a form that ends with a letter must end a word (`$ c` is not the start of
/// `$ cette`); before it, a form that starts with a letter must start one, and may touch the
/// digits (`USD1,23`).
fn form_pattern(form: &str, place: Place) -> String {
    let chars: Vec<char> = form.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            ' ' => {
                let letters_around = i > 0
                    && chars[i - 1].is_alphanumeric()
                    && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
                out.push_str(if letters_around {
                    r"[\p{Zs}\t\r]+"
                } else {
                    r"[\p{Zs}\t\r]?"
                });
            }
            '\'' | '’' => out.push_str("['’‘]"),
            _ => out.push_str(&regex::escape(&c.to_string())),
        }
    }
    if place == Place::After && chars.last().is_some_and(|c| c.is_alphanumeric()) {
        out.push_str(r"(?-u:\b)");
    }
    if place == Place::Before && chars.first().is_some_and(|c| c.is_alphanumeric()) {
        out.insert_str(0, r"(?-u:\b)");
    }
    if is_code(form) {
        format!("(?-i:{out})")
    } else {
        out
    }
}

/// Regex alternation of every currency form (none captures).
pub fn after_pattern() -> &'static str {
    &TABLE.after
}

/// Regex alternation of every form, for the candidates of [`super::windows`].
pub fn candidate_pattern() -> &'static str {
    &TABLE.candidate
}

/// Regex alternation of the forms that may precede the number.
pub fn before_pattern() -> &'static str {
    &TABLE.before
}

/// The currency of a matched form.
pub fn lookup(matched: &str) -> Option<Currency> {
    let k = key(matched);
    TABLE
        .exact
        .get(&k)
        .or_else(|| TABLE.folded.get(&k.to_lowercase()))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Candidates are where the rules may find a currency, and little else.
    #[test]
    fn candidates_are_whole_forms_or_touch_digits() {
        let candidate = crate::pattern::compile(&format!("(?i){}", candidate_pattern())).unwrap();
        for money in [
            "15 ME",
            "3,2MdsE",
            "USD1,23",
            "10€",
            "5 euros",
            "d’euros",
            "100 Rs",
            "$",
        ] {
            assert!(candidate.is_match(money), "{money}");
        }
        for words in [
            "leurs amis",
            "car il",
            "moyen terme",
            "européen",
            "le gardien",
        ] {
            assert!(!candidate.is_match(words), "{words}");
        }
    }

    #[test]
    fn table_parses_and_codes_keep_their_case() {
        assert_eq!(lookup("€").unwrap().iso, "EUR");
        assert_eq!(lookup("Euros").unwrap().iso, "EUR");
        assert_eq!(lookup("dollars  canadiens").unwrap().iso, "CAD");
        assert_eq!(lookup("centimes d’euro").unwrap().divisor, 100);
        assert_eq!(lookup("ILS").unwrap().iso, "ILS");
        assert_eq!(lookup("ils"), None);
        assert!(lookup("livres").unwrap().strict);
        assert!(lookup("$").unwrap().before);
        assert!(!lookup("euros").unwrap().before);
        assert!(lookup("dollars").unwrap().generic);
        assert!(!lookup("dollars américains").unwrap().generic);
    }

    #[test]
    fn every_form_compiles_and_matches_itself() {
        let re = crate::pattern::compile(&format!("^(?i:{})$", after_pattern())).unwrap();
        for line in include_str!("lexicon/currencies.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            for form in line.split('\t').nth(3).unwrap().split('|') {
                assert!(re.is_match(form), "{form}");
                assert!(lookup(form).is_some(), "{form}");
            }
        }
    }
}
