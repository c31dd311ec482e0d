//! How every stage compiles its patterns.
//!
//! The rules say `\p{L}` (a letter), `\p{Lu}`, `\p{Ll}` and `\p{N}` where they mean a letter or
//! a digit of a word of French text. Compiled as written, each of the ~300 such classes is the
//! whole of Unicode's (some 650 ranges, most of them three-byte UTF-8 sequences, forwards and
//! backwards), and compiling them was most of the start-up of a run (0.12–0.2 s for a one-line
//! input). [`compile`] writes each as the same class within the scripts that French news is
//! written in, quotes and names it borrows included ([`SCRIPTS`]): Latin, Greek, Cyrillic,
//! Armenian, Hebrew, Arabic and the Latin ligatures. A letter of another script (Chinese,
//! Devanagari…) then counts as a non-letter, which no rule looks for.

use regex::{Regex, RegexBuilder};
use regex_syntax::hir::{Class, HirKind};
use std::borrow::Cow;
use std::sync::LazyLock;

/// The code points where [`compile`] keeps a class's members: every one- and two-byte UTF-8
/// character (Latin to Arabic and N'Ko), Latin Extended Additional and Greek Extended, and the
/// Latin and Hebrew presentation forms (the `ﬁ` of text taken from a PDF).
const SCRIPTS: &str = r"\x00-\u{7ff}\u{1e00}-\u{1fff}\u{fb00}-\u{fb4f}";

/// The lazy DFA cache of the regexes that run on every candidate or actor, in bytes. Real French text
/// (accents, names, many verb forms) needs more states than the default 2 MiB holds: full, the
/// cache is cleared and its states built again and again (money-dense real sentences ran 2.6×
/// slower). The memory is taken only as states are built.
const BIG_DFA: usize = 64 << 20;

/// The classes [`compile`] narrows, each with its members within [`SCRIPTS`] written as ranges.
static NARROWED: LazyLock<Vec<(&'static str, String)>> = LazyLock::new(|| {
    ["L", "Lu", "Ll", "N"]
        .into_iter()
        .map(|name| (name, ranges_within_scripts(name)))
        .collect()
});

/// A regex of `pattern`, its letter and digit classes narrowed to [`SCRIPTS`].
#[allow(clippy::disallowed_methods)] // the one place the library compiles a regex
pub(crate) fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&narrow(pattern))
}

/// As [`compile`], with the lazy DFA cache of [`BIG_DFA`], for a pattern that runs on every
/// candidate or actor.
#[allow(clippy::disallowed_methods)]
pub(crate) fn compile_hot(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(&narrow(pattern))
        .dfa_size_limit(BIG_DFA)
        .build()
}

/// `compile` applied to each of `patterns`, on as many threads as the machine has cores (the
/// longest first), in the order of `patterns`. A panic in one compilation is raised here.
pub(crate) fn compile_all<T: Send>(patterns: &[&str], compile: fn(&str) -> T) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || patterns.len() < 2 {
        return patterns.iter().map(|p| compile(p)).collect();
    }
    let mut order: Vec<usize> = (0..patterns.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(patterns[i].len()));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(&i) = order.get(k) else { break done };
            done.push((i, compile(patterns[i])));
        }
    };
    let mut compiled: Vec<(usize, T)> = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads.min(patterns.len()))
            .map(|_| scope.spawn(work))
            .collect();
        let mut all = work();
        for helper in helpers {
            all.extend(
                helper
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        all
    });
    compiled.sort_by_key(|&(i, _)| i);
    compiled.into_iter().map(|(_, t)| t).collect()
}

/// The members of the Unicode general category `name` within [`SCRIPTS`], as the inside of a
/// bracketed class (`\u{41}-\u{5a}\u{61}-\u{7a}…`).
fn ranges_within_scripts(name: &str) -> String {
    let class = format!(r"[\p{{{name}}}&&[{SCRIPTS}]]");
    let hir = regex_syntax::Parser::new()
        .parse(&class)
        .expect("a general category within the scripts is a valid class");
    let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
        unreachable!("a bracketed class parses to a Unicode class")
    };
    let mut ranges = String::new();
    for range in class.ranges() {
        let (start, end) = (u32::from(range.start()), u32::from(range.end()));
        if start == end {
            ranges.push_str(&format!(r"\u{{{start:x}}}"));
        } else {
            ranges.push_str(&format!(r"\u{{{start:x}}}-\u{{{end:x}}}"));
        }
    }
    ranges
}

/// `pattern` with each `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` written as its ranges within
/// [`SCRIPTS`]: bare inside a bracketed class, in brackets outside one.
fn narrow(pattern: &str) -> Cow<'_, str> {
    if !pattern.contains(r"\p{") {
        return Cow::Borrowed(pattern);
    }
    let mut out = String::with_capacity(pattern.len() * 4);
    // How deep inside bracketed classes the scan stands (classes nest: `[^[a-z]\d]`).
    let mut depth = 0usize;
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        if c == '\\' {
            if let Some((name, ranges)) = NARROWED.iter().find(|(name, _)| {
                rest[1..]
                    .strip_prefix('p')
                    .and_then(|r| r.strip_prefix('{'))
                    .and_then(|r| r.strip_prefix(*name))
                    .is_some_and(|r| r.starts_with('}'))
            }) {
                if depth > 0 {
                    out.push_str(ranges);
                } else {
                    out.push('[');
                    out.push_str(ranges);
                    out.push(']');
                }
                rest = &rest[r"\p{}".len() + name.len()..];
                continue;
            }
            // Any other escape is copied whole, so that `\[` or `\]` opens or closes nothing.
            let escaped = rest[1..].chars().next().map_or(0, char::len_utf8);
            out.push_str(&rest[..1 + escaped]);
            rest = &rest[1 + escaped..];
            continue;
        }
        if c == '[' {
            if depth > 0 && rest[1..].starts_with(':') {
                // An ASCII class inside a class (`[[:alpha:]]`) is copied whole.
                let end = rest.find(":]").map_or(rest.len(), |i| i + 2);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                continue;
            }
            depth += 1;
            out.push('[');
            rest = &rest[1..];
            // A `]` first in a class (after an optional `^`) is a literal, not its end.
            if let Some(r) = rest.strip_prefix('^') {
                out.push('^');
                rest = r;
            }
            if let Some(r) = rest.strip_prefix(']') {
                out.push(']');
                rest = r;
            }
            continue;
        }
        if c == ']' && depth > 0 {
            depth -= 1;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrowed_classes_keep_the_letters_of_french_text() {
        let word = compile(r"^\p{Lu}\p{L}+$").unwrap();
        for name in [
            "Élisabeth",
            "Œuvre",
            "Ærø",
            "Ngozi",
            "Łódź",
            "Đặng",
            "Σοφία",
            "Путин",
        ] {
            assert!(word.is_match(name), "{name}");
        }
        assert!(!word.is_match("élisabeth"));
        assert!(!word.is_match("Paris2"));
        let ligature = compile(r"^\p{L}+$").unwrap();
        assert!(ligature.is_match("ﬁnancement"));
        assert!(compile(r"^\p{N}+$").unwrap().is_match("2025½"));
        assert!(compile(r"^\p{Ll}$").unwrap().is_match("ß"));
    }

    #[test]
    fn narrowed_classes_inside_brackets_and_case_insensitive() {
        let boundary = compile(r"(?i)(?:^|[^\p{L}\p{N}_])aide(?:$|[^\p{L}\p{N}_])").unwrap();
        assert!(boundary.is_match("une AIDE publique"));
        assert!(boundary.is_match("l’aide."));
        assert!(!boundary.is_match("aider"));
        assert!(!boundary.is_match("laide"));
        // Case-insensitive, an upper-case class takes the lower case too, as `\p{Lu}` does.
        assert!(compile(r"(?i)^\p{Lu}$").unwrap().is_match("é"));
    }

    #[test]
    fn the_scan_leaves_every_other_construct_alone() {
        assert_eq!(narrow(r"\d+ €"), r"\d+ €");
        assert_eq!(narrow(r"[\]\p{Zs}]"), r"[\]\p{Zs}]");
        let narrowed = narrow(r"[]\p{L}]x\[\p{L}");
        assert!(narrowed.starts_with(r"[]\u{41}-\u{5a}"), "{narrowed}");
        assert!(narrowed.contains(r"]x\[[\u{41}-\u{5a}"), "{narrowed}");
        let re = compile(r"^[^]\p{L}]+$").unwrap();
        assert!(re.is_match("12 34"));
        assert!(!re.is_match("12]"));
        assert!(!re.is_match("a1"));
        let posix = compile(r"^[[:digit:]\p{Lu}]+$").unwrap();
        assert!(posix.is_match("A1É"));
        assert!(!posix.is_match("a"));
    }

    #[test]
    fn compile_all_keeps_the_order_of_its_patterns() {
        let patterns = ["a+", "b{2}", r"\p{L}c", "(?i)d", "e"];
        let compiled = compile_all(&patterns, |p| compile(p).unwrap());
        let shown: Vec<&str> = compiled.iter().map(Regex::as_str).collect();
        let expected: Vec<String> = patterns.iter().map(|p| narrow(p).into_owned()).collect();
        assert_eq!(shown, expected);
    }

    #[test]
    fn a_letter_of_another_script_is_no_letter() {
        // Chinese and Devanagari are outside [`SCRIPTS`]: the price of a quick start-up.
        assert!(!compile(r"\p{L}").unwrap().is_match("中文"));
        assert!(compile(r"\p{L}").unwrap().is_match("عربي"));
    }
}
