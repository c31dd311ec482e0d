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
    // An ASCII word boundary keeps the regex crate on its fast engines; it holds only next to an
    // ASCII letter or digit, so a phrase that ends otherwise (`privé`) goes without one. The
    // start of a phrase is guarded by the caller, with `WORD_START`.
    let end = if phrase.ends_with(|c: char| c.is_ascii_alphanumeric()) {
        r"(?-u:\b)"
    } else {
        ""
    };
    format!("{out}{end}")
}

/// What must stand before a phrase for it to start a word: the text's start or a character
/// that is not a letter or digit (so that `levée` is not read in `élevée`). It is consumed:
/// callers take the phrase's span from a group. Without look-behind in the regex crate, this
/// is how a Unicode-correct start of word stays on the fast engines.
pub const WORD_START: &str = r"(?:^|(?-i:[^\p{L}\p{N}_]))";

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
        crate::pattern::compile(&format!("(?i){WORD_START}{}", phrase_pattern(phrase))).unwrap()
    }

    #[test]
    fn capitals_and_apostrophes() {
        assert!(re("l'État").is_match("de l’État"));
        assert!(!re("État").is_match("en bon état"));
        assert!(!re("État").is_match("les États-Unis"));
        assert!(re("fonds publics").is_match("des Fonds  publics"));
        assert!(!re("BEI").is_match("bei"));
        assert!(re("partenariat public-privé").is_match("partenariat public‑privé"));
        assert!(!re("levée").is_match("une aide très élevée"));
        assert!(re("levée").is_match("sa levée de fonds"));
    }
}
