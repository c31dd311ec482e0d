//! Patterns that end in a bounded run of words up to the end of the text they read
//! (`annuellement, la ville verse …` before an amount: `[^,;.!?\n]{0,60}$`).
//!
//! Why: an unanchored search for such a pattern keeps one DFA state for every length of the run
//! still possible, times every partial match of the words before it; on French prose the lazy
//! DFA builds new states for nearly every clause and spends its time building them. The same
//! pattern with an unbounded run (`*`) has a handful of states. Its match is the bounded
//! pattern's match whenever its run is short enough: the unbounded language holds the bounded
//! one, so no bounded match starts earlier, and at the same start the same alternatives succeed
//! first. Otherwise the bounded pattern runs, as before.

use regex::{Captures, Regex};
use std::sync::OnceLock;

pub struct TailBounded {
    fast: Regex,
    /// The pattern as written, compiled on the first long tail (few texts have one).
    pattern: String,
    exact: OnceLock<Regex>,
    max_chars: usize,
}

impl TailBounded {
    /// `pattern` holds its run as the named group `tail`, written `(?P<tail>CLASS{0,N})$` with
    /// that `{0,N}` its only counted repetition of that spelling.
    pub fn new(pattern: &str, max_chars: usize) -> TailBounded {
        let bound = format!("{{0,{max_chars}}})$");
        assert_eq!(
            pattern.matches(&bound).count(),
            1,
            "one bounded tail `{bound}` in {pattern}"
        );
        TailBounded {
            fast: crate::pattern::compile_hot(&pattern.replace(&bound, "*)$"))
                .expect("fast tail pattern"),
            pattern: pattern.to_string(),
            exact: OnceLock::new(),
            max_chars,
        }
    }

    /// The captures the bounded pattern gives on `haystack`.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        let caps = self.fast.captures(haystack)?;
        if caps["tail"].chars().count() <= self.max_chars {
            Some(caps)
        } else {
            self.exact
                .get_or_init(|| crate::pattern::compile(&self.pattern).expect("tail pattern"))
                .captures(haystack)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TailBounded;

    const PATTERN: &str =
        r"(?i)(?:^|[^\p{L}])(?P<cue>chaque année|annuel(?:le)?s?)(?P<tail>[^,;.\n]{0,12})$";

    /// Every haystack gives the captures of the plain bounded regex.
    #[test]
    fn gives_the_captures_of_the_bounded_pattern() {
        let tail = TailBounded::new(PATTERN, 12);
        let plain = crate::pattern::compile(PATTERN).unwrap();
        for haystack in [
            "Chaque année, la ville verse",
            "chaque année la ville verse",
            "chaque année la ville verse encore bien plus",
            "annuel, puis chaque année la ville",
            "annuel puis chaque année un peu",
            "le rapport annuel. Puis",
            "un budget annuelles de",
            "rien ici",
            "",
        ] {
            let want = plain.captures(haystack).map(|c| {
                (
                    c.get(0).map(|m| m.range()),
                    c.name("cue").map(|m| m.range()),
                )
            });
            let got = tail.captures(haystack).map(|c| {
                (
                    c.get(0).map(|m| m.range()),
                    c.name("cue").map(|m| m.range()),
                )
            });
            assert_eq!(got, want, "{haystack:?}");
        }
    }

    #[test]
    #[should_panic(expected = "one bounded tail")]
    fn refuses_a_pattern_without_its_tail() {
        TailBounded::new(r"(?P<tail>a{0,3})", 3);
    }
}
