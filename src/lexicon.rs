//! Word lists as data: reading the `lexicon/*.txt` files and turning their phrases into regex
//! alternations, with the same conventions everywhere (comments with `#`, a space matches any
//! spacing, `'` matches `’`, a leading capital must be written).

/// The non-empty, non-comment lines of a word list.
pub fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The regex of one phrase, case-insensitive but for a leading capital (`État` ≠ `état`) or an
/// all-capitals acronym (`BEI`, `PPP`), which must be written so.
pub fn phrase_pattern(phrase: &str) -> String {
    let mut out = String::new();
    let acronym = phrase.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !phrase.chars().any(char::is_lowercase);
    for (i, c) in phrase.chars().enumerate() {
        match c {
            ' ' => out.push_str(r"[\p{Zs}\t\r]+"),
            '\'' | '’' => out.push_str(r"['’][\p{Zs}\t\r]*"),
            '-' => out.push_str(r"[-‑–\s]"),
            _ if i == 0 && c.is_uppercase() && !acronym => {
                out.push_str(&format!("(?-i:{})", regex::escape(&c.to_string())))
            }
            _ => out.push_str(&regex::escape(&c.to_string())),
        }
    }
    if acronym {
        out = format!("(?-i:{out})");
    }
    let start = if phrase.starts_with(char::is_alphanumeric) {
        r"\b"
    } else {
        ""
    };
    let end = if phrase.ends_with(char::is_alphanumeric) {
        r"\b"
    } else {
        ""
    };
    format!("{start}{out}{end}")
}

/// An alternation of phrases, longest first so that the longest cue wins.
pub fn alternation<'a>(phrases: impl Iterator<Item = &'a str>) -> String {
    let mut phrases: Vec<&str> = phrases.collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
    let parts: Vec<String> = phrases.iter().map(|p| phrase_pattern(p)).collect();
    format!("(?:{})", parts.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    fn re(phrase: &str) -> Regex {
        Regex::new(&format!("(?i){}", phrase_pattern(phrase))).unwrap()
    }

    #[test]
    fn capitals_and_apostrophes() {
        assert!(re("l'État").is_match("de l’État"));
        assert!(!re("État").is_match("en bon état"));
        assert!(!re("État").is_match("les États-Unis"));
        assert!(re("fonds publics").is_match("des Fonds  publics"));
        assert!(!re("BEI").is_match("bei"));
        assert!(re("partenariat public-privé").is_match("partenariat public‑privé"));
    }
}
