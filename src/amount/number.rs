//! Numbers as French news writes them: digit groups (`1 500 000`, `1.500.000`), decimal commas
//! (`1,5`), scale words and abbreviations (`milliard`, `M`, `Md`), number words (`deux cents`).
//! Every value is an exact `Decimal`: no float between the text and the output.

use rust_decimal::Decimal;
use std::str::FromStr;
use text2num::{Language, text2digits};

/// Spaces that French typography puts between digit groups.
fn is_group_space(c: char) -> bool {
    // The apostrophes group digits in Switzerland (`50’000`).
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’')
}

/// Parses a run of digits with French or English separators into an exact value.
///
/// A single comma is a decimal comma (`12,345` is 12.345, as French reads it); several commas are
/// thousands separators (`1,500,000`). A dot followed by exactly three digits is a thousands
/// separator (`10.000`), as are repeated dots; otherwise a dot is a decimal point (`2.5`).
/// When both appear, the last one is the decimal mark (`6.700,54`, `1,500.25`).
pub fn parse_digits(raw: &str) -> Option<Decimal> {
    let (negative, body) = match raw.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim_start_matches(is_group_space)),
        None => (false, raw),
    };
    let compact: String = body.chars().filter(|&c| !is_group_space(c)).collect();
    let commas = compact.matches(',').count();
    let dots = compact.matches('.').count();
    let plain = match (commas, dots) {
        (0, 0) => compact,
        (_, 0) if commas > 1 => compact.replace(',', ""),
        (1, 0) => compact.replace(',', "."),
        (0, 1) => {
            let after = compact.split('.').nth(1).unwrap_or("");
            if after.len() == 3 && !compact.starts_with('.') {
                compact.replace('.', "")
            } else {
                compact
            }
        }
        (0, _) => compact.replace('.', ""),
        _ => {
            let last_comma = compact.rfind(',')?;
            let last_dot = compact.rfind('.')?;
            if last_comma > last_dot {
                compact.replace('.', "").replace(',', ".")
            } else {
                compact.replace(',', "")
            }
        }
    };
    let plain = if plain.starts_with('.') {
        format!("0{plain}")
    } else {
        plain
    };
    if plain.is_empty() || plain.len() > 28 {
        return None;
    }
    let value = Decimal::from_str(&plain).ok()?;
    Some(if negative { -value } else { value })
}

/// The multiplier of a scale word or abbreviation (`milliard` → 10⁹, `k` → 10³).
///
/// `billion` is 10¹² in French; `Md`, `Mds`, `Mrd` and `G` are milliards.
pub fn scale_factor(word: &str) -> Option<Decimal> {
    let w = word.trim().to_lowercase();
    let w = w.trim_end_matches('.');
    let exponent = match w {
        "mille" | "k" | "millier" | "milliers" => 3,
        "million" | "millions" | "milion" | "milions" | "m" | "mio" | "mios" | "mln" | "mn" => 6,
        "milliard" | "milliards" | "miliard" | "miliards" | "millard" | "millards" | "md"
        | "mds" | "mrd" | "mrds" | "mia" | "mias" | "mm" | "g" | "bn" => 9,
        "billion" | "billions" => 12,
        _ => return None,
    };
    Some(Decimal::from_i128_with_scale(10i128.pow(exponent), 0))
}

/// Parses French number words (`deux cents millions`, `vingt et un`, `une`), exactly.
pub fn parse_words(words: &str) -> Option<Decimal> {
    let normal = words
        .to_lowercase()
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| if w == "une" { "un" } else { w })
        .collect::<Vec<_>>()
        .join(" ");
    let french = Language::french();
    let digits = text2digits(&normal, &french).ok()?;
    Decimal::from_str(&digits).ok()
}

/// The value of the last scale word inside a run of number words (`un milliard` → 10⁹), so that
/// `et demi` adds half of it.
pub fn last_scale_in_words(words: &str) -> Option<Decimal> {
    words
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '-')
        .rev()
        .find_map(|w| match w {
            "mille" | "million" | "millions" | "milliard" | "milliards" | "billion"
            | "billions" => scale_factor(w),
            _ => None,
        })
}

/// The value of an approximate count word (`dizaine` → 10), for `une dizaine de millions`.
pub fn approximate_count(word: &str) -> Option<Decimal> {
    let n: i64 = match word.to_lowercase().as_str() {
        "dizaine" | "dizaines" => 10,
        "douzaine" | "douzaines" => 12,
        "quinzaine" | "quinzaines" => 15,
        "vingtaine" | "vingtaines" => 20,
        "trentaine" | "trentaines" => 30,
        "quarantaine" | "quarantaines" => 40,
        "cinquantaine" | "cinquantaines" => 50,
        "soixantaine" | "soixantaines" => 60,
        "centaine" | "centaines" => 100,
        _ => return None,
    };
    Some(Decimal::from(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn digits_in_french_and_english_typography() {
        let cases = [
            ("1 500 000", "1500000"),
            ("50’000", "50000"),
            ("180'000", "180000"),
            ("158 430.74", "158430.74"),
            ("1\u{a0}500\u{a0}000", "1500000"),
            ("1\u{202f}500\u{202f}000", "1500000"),
            ("1.500.000", "1500000"),
            ("10.000", "10000"),
            ("1,5", "1.5"),
            ("2,35", "2.35"),
            ("12,345", "12.345"),
            ("1,500,000", "1500000"),
            ("6.700,54", "6700.54"),
            ("125.000,50", "125000.50"),
            ("1,500.25", "1500.25"),
            ("2.5", "2.5"),
            (",0012", "0.0012"),
            ("-3", "-3"),
            ("−1 200", "-1200"),
            ("10 000,00", "10000.00"),
        ];
        for (raw, want) in cases {
            assert_eq!(parse_digits(raw), Some(d(want)), "{raw}");
        }
    }

    #[test]
    fn huge_digit_runs_are_refused_not_wrapped() {
        assert_eq!(parse_digits(&"9".repeat(60)), None);
    }

    #[test]
    fn scales() {
        assert_eq!(scale_factor("milliards"), Some(d("1000000000")));
        assert_eq!(scale_factor("Md"), Some(d("1000000000")));
        assert_eq!(scale_factor("k"), Some(d("1000")));
        assert_eq!(scale_factor("billion"), Some(d("1000000000000")));
        assert_eq!(scale_factor("paramètres"), None);
    }

    #[test]
    fn words() {
        assert_eq!(parse_words("deux cents millions"), Some(d("200000000")));
        assert_eq!(parse_words("une"), Some(d("1")));
        assert_eq!(parse_words("quarante-cinq"), Some(d("45")));
        assert_eq!(
            parse_words("un million deux cent mille"),
            Some(d("1200000"))
        );
        assert_eq!(parse_words("dix et vingt"), None);
        assert_eq!(last_scale_in_words("un milliard"), Some(d("1000000000")));
    }
}
