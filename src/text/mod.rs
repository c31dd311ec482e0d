//! Offset-safe text helpers: French sentence splitting and byte → character/line positions.

use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations that end with a dot but not a sentence (`M. Macron`, `Mme. X`, `art. 3`).
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "av", "art",
    "p", "pp", "cf", "env", "etc", "vol", "n", "no", "réf", "ex", "min", "max", "Cie", "Inc",
    "Ltd", "Corp", "Co", "Jr", "Sr", "bd", "ch", "chap", "fig", "hab", "mds", "Mds", "Md", "mio",
    "tél", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
];

/// The longest sentence kept whole, in bytes. Text without sentence ends (a table, a list cut
/// with commas, a machine dump) would otherwise be one sentence copied into every finding and
/// read again for each of its amounts: quadratic. A longer one is cut at a clause mark or a
/// space (see [`bound`]).
pub const MAX_SENTENCE: usize = 2048;

/// Splits `text` into sentences, as byte ranges that cover the text in order.
///
/// UAX #29 sentence boundaries, then rejoined where a boundary follows a French abbreviation or
/// an initial (`M. Macron`, `J. Dupont`), which UAX #29 takes for a full stop; a sentence longer
/// than [`MAX_SENTENCE`] is cut into parts no longer than it.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut glue = false;
    for (start, piece) in text.split_sentence_bound_indices() {
        let end = start + piece.len();
        match out.last_mut() {
            Some(last) if glue && end - last.0 <= MAX_SENTENCE => last.1 = end,
            _ => out.push((start, end)),
        }
        glue = ends_with_abbreviation(piece);
    }
    if out.iter().any(|&(s, e)| e - s > MAX_SENTENCE) {
        out = out.into_iter().flat_map(|s| bound(text, s)).collect();
    }
    out
}

/// Cuts sentence `(start, end)` of `text` into parts of at most [`MAX_SENTENCE`] bytes: each
/// part ends after the last clause mark (`;`, `:`, `,` before a space) of its second half, else
/// after its last space not between two digits, else at a character boundary. The cuts depend
/// only on the sentence, not on what is around it.
pub fn bound(text: &str, (start, end): (usize, usize)) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut at = start;
    while end - at > MAX_SENTENCE {
        let mut limit = at + MAX_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let mut half = at + MAX_SENTENCE / 2;
        while !text.is_char_boundary(half) {
            half -= 1;
        }
        let window = &text[half..limit];
        let bytes = text.as_bytes();
        let clause = window
            .char_indices()
            .rev()
            .find(|&(i, c)| {
                let next = bytes.get(half + i + c.len_utf8()).copied();
                matches!(c, ';' | ':')
                    || (c == ',' && next.is_some_and(|b| b.is_ascii_whitespace()))
            })
            .map(|(i, c)| half + i + c.len_utf8());
        let space = || {
            window
                .char_indices()
                .rev()
                .find(|&(i, c)| {
                    let before = text[..half + i].chars().next_back();
                    let after = text[half + i + c.len_utf8()..].chars().next();
                    c.is_whitespace()
                        && !(before.is_some_and(|b| b.is_ascii_digit())
                            && after.is_some_and(|a| a.is_ascii_digit()))
                })
                .map(|(i, c)| half + i + c.len_utf8())
        };
        let cut = clause.or_else(space).unwrap_or(limit).max(at + 1);
        let mut cut = cut;
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        parts.push((at, cut));
        at = cut;
    }
    parts.push((at, end));
    parts
}

/// Where the paragraph breaks of `text` are: the byte offset of each line break followed by a
/// blank line (spaces, tabs and carriage returns only), so that LF and CRLF texts have the
/// same paragraphs.
pub fn paragraph_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'\n')
        .filter_map(move |(i, _)| {
            let rest = &bytes[i + 1..];
            let blank = rest
                .iter()
                .position(|&b| !matches!(b, b' ' | b'\t' | b'\r'))?;
            (rest[blank] == b'\n').then_some(i)
        })
}

/// The blank lines of a text (a line of nothing but whitespace, ended by a line break), found
/// once so that counting those between two offsets costs two binary searches instead of a
/// reading of all the text between (an amount's paragraph is asked for every amount).
pub struct BlankLines<'t> {
    text: &'t str,
    /// (start, line break) of each blank line, in text order.
    lines: Vec<(usize, usize)>,
}

impl<'t> BlankLines<'t> {
    pub fn new(text: &'t str) -> BlankLines<'t> {
        let mut lines = Vec::new();
        let mut start = 0;
        for (nl, _) in text.match_indices('\n') {
            if text[start..nl].trim().is_empty() {
                lines.push((start, nl));
            }
            start = nl + 1;
        }
        BlankLines { text, lines }
    }

    /// How many complete blank lines `text[from..to]` holds, its first line (which may be part
    /// of a line) counted only when `from_line_start`.
    pub fn between(&self, from: usize, to: usize, from_line_start: bool) -> usize {
        let piece = &self.text[from..to];
        let Some(first_break) = piece.find('\n') else {
            return 0;
        };
        let first = usize::from(from_line_start && piece[..first_break].trim().is_empty());
        let after = self.lines.partition_point(|&(start, _)| start <= from);
        let before = self.lines.partition_point(|&(_, nl)| nl < to);
        first + before.saturating_sub(after)
    }
}

/// The sentences of the lines that hold the given spans (byte ranges, in order), and of the
/// line after each: UAX #29 breaks sentences at every line break, so segmenting those lines
/// alone gives the same sentences as segmenting the whole text, at a fraction of the cost.
pub fn sentences_near(
    text: &str,
    spans: impl IntoIterator<Item = (usize, usize)>,
) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for (start, end) in spans {
        if let Some(last) = ranges.last()
            && end <= last.1
        {
            continue;
        }
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        // This line and the next one, line breaks included.
        let line_end = match text[end..].find('\n') {
            Some(i) => {
                let next = end + i + 1;
                text[next..].find('\n').map_or(text.len(), |j| next + j + 1)
            }
            None => text.len(),
        };
        match ranges.last_mut() {
            Some(last) if line_start <= last.1 => last.1 = last.1.max(line_end),
            _ => ranges.push((line_start, line_end)),
        }
    }
    ranges
        .into_iter()
        .flat_map(|(a, b)| {
            sentences(&text[a..b])
                .into_iter()
                .map(move |(s, e)| (s + a, e + a))
        })
        .collect()
}

/// The letters that end `text` (`Hydro` of `chez Hydro`; nothing after a digit).
pub(crate) fn last_word(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// True when `piece` ends with `<abbreviation>.` and optional spaces (no line break).
fn ends_with_abbreviation(piece: &str) -> bool {
    let trimmed = piece.trim_end_matches([' ', '\u{a0}', '\u{202f}', '\t']);
    if trimmed.len() != piece.len() && piece.ends_with('\n') {
        return false;
    }
    let Some(before_dot) = trimmed.strip_suffix('.') else {
        return false;
    };
    let word = last_word(before_dot);
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let single_initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single_initial || ABBREVIATIONS.contains(&word)
}

/// Turns byte offsets into character offsets and 1-based line numbers, walking forward only:
/// callers ask in increasing order, so a whole document costs one pass.
pub struct Positions<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
    line: usize,
}

impl<'a> Positions<'a> {
    pub fn new(text: &'a str) -> Self {
        Positions {
            text,
            byte: 0,
            chars: 0,
            line: 1,
        }
    }

    /// Character offset and line of `byte`, which must be on a char boundary and not before the
    /// previous call's (earlier offsets restart the walk from the top).
    pub fn at(&mut self, byte: usize) -> (usize, usize) {
        if byte < self.byte {
            *self = Positions::new(self.text);
        }
        let gap = &self.text[self.byte..byte];
        self.chars += gap.chars().count();
        self.line += gap.bytes().filter(|&b| b == b'\n').count();
        self.byte = byte;
        (self.chars, self.line)
    }
}

#[cfg(test)]
mod tests {
    /// The count of complete blank lines of every slice, as reading the slice line by line.
    #[test]
    fn blank_lines_between_any_two_offsets() {
        let slow = |text: &str, first: bool| {
            let mut lines: Vec<&str> = text.split('\n').collect();
            lines.pop();
            lines
                .iter()
                .skip(usize::from(!first))
                .filter(|l| l.trim().is_empty())
                .count()
        };
        for text in [
            "",
            "a",
            "\n",
            "\n\n",
            "a\n\nb\n \r\n\u{a0}\nc\n",
            "  \nx\n\n\ny",
        ] {
            let blanks = BlankLines::new(text);
            for from in 0..=text.len() {
                for to in from..=text.len() {
                    if !(text.is_char_boundary(from) && text.is_char_boundary(to)) {
                        continue;
                    }
                    for first in [false, true] {
                        assert_eq!(
                            blanks.between(from, to, first),
                            slow(&text[from..to], first),
                            "{text:?}[{from}..{to}] first={first}"
                        );
                    }
                }
            }
        }
    }

    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| text[s..e].trim())
            .collect()
    }

    #[test]
    fn titles_do_not_end_sentences() {
        let got = split("Selon M. Macron, la France investit. Mme Von der Leyen approuve.");
        assert_eq!(
            got,
            [
                "Selon M. Macron, la France investit.",
                "Mme Von der Leyen approuve."
            ]
        );
        let got = split("Il a vu M. Dupont. Puis il est parti.");
        assert_eq!(got, ["Il a vu M. Dupont.", "Puis il est parti."]);
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(
            split("J. Dupont a signé. Fin."),
            ["J. Dupont a signé.", "Fin."]
        );
    }

    #[test]
    fn sentences_cover_the_text() {
        let text = "Un. Deux !\n\nTrois ? « Quatre. »";
        let spans = sentences(text);
        assert_eq!(spans.first().unwrap().0, 0);
        assert_eq!(spans.last().unwrap().1, text.len());
        assert!(spans.windows(2).all(|w| w[0].1 == w[1].0));
    }

    #[test]
    fn sentences_near_spans_are_those_of_the_whole_text() {
        let text = "Titre\n\nUn. Deux 3 M€. Trois.\nQuatre.\nCinq 2 M€.\nSix.";
        let all = sentences(text);
        let a = text.find("3 M€").unwrap();
        let b = text.find("2 M€").unwrap();
        let near = sentences_near(text, [(a, a + "3 M€".len()), (b, b + "2 M€".len())]);
        assert!(near.iter().all(|s| all.contains(s)), "{near:?} {all:?}");
        assert!(near.iter().any(|&(s, _)| &text[s..s + 6] == "Quatre"));
    }

    #[test]
    fn long_sentences_are_bounded_and_cover_the_text() {
        let text = format!("{}1 500 000 €, fin.", "mot, 12 000 et 3 ".repeat(1000));
        let spans = sentences(&text);
        assert!(spans.len() > 5);
        assert!(spans.iter().all(|&(s, e)| e - s <= MAX_SENTENCE));
        assert!(spans.windows(2).all(|w| w[0].1 == w[1].0));
        assert_eq!(spans.last().unwrap().1, text.len());
        // Never between two digits of a number written with spaces.
        let bytes = text.as_bytes();
        assert!(
            spans
                .iter()
                .all(|&(s, _)| s == 0
                    || !(bytes[s - 2].is_ascii_digit() && bytes[s].is_ascii_digit()))
        );
    }

    #[test]
    fn paragraphs_of_lf_and_crlf_texts_are_the_same() {
        let lf: Vec<usize> = paragraph_breaks("a\n\nb\n \nc\nd").collect();
        let crlf: Vec<usize> = paragraph_breaks("a\r\n\r\nb\r\n \r\nc\r\nd").collect();
        assert_eq!(lf, [1, 4]);
        assert_eq!(crlf, [2, 7]);
    }

    #[test]
    fn positions_count_chars_and_lines() {
        let text = "é\nà b";
        let mut p = Positions::new(text);
        assert_eq!(p.at(0), (0, 1));
        assert_eq!(p.at(3), (2, 2));
        assert_eq!(p.at(text.len()), (5, 2));
        assert_eq!(p.at(2), (1, 1));
    }
}
