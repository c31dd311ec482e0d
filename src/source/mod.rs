//! Source cues: the words that say whether money is public, private or both, from the word
//! lists in `lexicon/` (data anyone can extend).

use crate::lexicon::{alternation, entries};
use crate::model::Source;
use regex::Regex;
use std::sync::LazyLock;

/// A cue found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// Byte offsets into the text searched.
    pub start: usize,
    pub end: usize,
    pub source: Source,
    pub text: String,
}

static CUES: LazyLock<Regex> = LazyLock::new(|| {
    let mixed = alternation(entries(include_str!("lexicon/mixed.txt")));
    let public = alternation(entries(include_str!("lexicon/public.txt")));
    let private = alternation(entries(include_str!("lexicon/private.txt")));
    // Mixed first: `fonds publics et privés` must not be read as `fonds publics`.
    Regex::new(&format!(
        "(?i)(?P<mixed>{mixed})|(?P<public>{public})|(?P<private>{private})"
    ))
    .expect("source cue lists compile")
});

/// Every cue in `text`, in order, without overlaps.
pub fn cues(text: &str) -> Vec<Cue> {
    CUES.captures_iter(text)
        .map(|caps| {
            let (source, m) = if let Some(m) = caps.name("mixed") {
                (Source::Mixed, m)
            } else if let Some(m) = caps.name("public") {
                (Source::Public, m)
            } else {
                (Source::Private, caps.name("private").expect("private"))
            };
            Cue {
                start: m.start(),
                end: m.end(),
                source,
                text: m.as_str().to_string(),
            }
        })
        .collect()
}

/// What a set of cues says together: one kind, or `mixed` when public and private meet.
pub fn combine(found: &[&Cue]) -> Option<(Source, String)> {
    let first = found.first()?;
    let public = found.iter().find(|c| c.source == Source::Public);
    let private = found.iter().find(|c| c.source == Source::Private);
    if let Some(mixed) = found.iter().find(|c| c.source == Source::Mixed) {
        return Some((Source::Mixed, mixed.text.clone()));
    }
    match (public, private) {
        (Some(a), Some(b)) => Some((Source::Mixed, format!("{} + {}", a.text, b.text))),
        _ => Some((first.source, first.text.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Source, String)> {
        cues(text).into_iter().map(|c| (c.source, c.text)).collect()
    }

    #[test]
    fn each_list_is_read() {
        assert_eq!(
            kinds("dont 50 milliards proviennent de fonds publics")[0].0,
            Source::Public
        );
        assert_eq!(kinds("150 milliards de fonds privés")[0].0, Source::Private);
        assert_eq!(
            kinds("un partenariat public-privé inédit")[0].0,
            Source::Mixed
        );
        assert_eq!(kinds("des fonds publics et privés")[0].0, Source::Mixed);
        assert_eq!(kinds("l’État apporte")[0].0, Source::Public);
    }

    #[test]
    fn traps_give_no_cue() {
        assert!(kinds("les États-Unis et la Chine").is_empty());
        assert!(kinds("un bâtiment en mauvais état").is_empty());
        assert!(kinds("l’Union européenne a annoncé").is_empty());
    }
}
