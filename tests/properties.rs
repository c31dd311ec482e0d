//! Property tests (proptest): arbitrary Unicode and money-shaped text through `extract`. No
//! panic, no overflow, every span in bounds and on character boundaries, `text` equal to the
//! slice at its offsets, character offsets consistent with byte offsets, `min <= max`, links
//! pointing backwards. Failing inputs proptest finds are kept in `proptest-regressions/` and
//! replayed first. The case count is bounded so that the suite runs in seconds in CI.

use proptest::prelude::*;

/// Pieces that money parsers trip on, to be mixed with arbitrary text.
const PIECES: &[&str] = &[
    "1",
    "0",
    "12",
    "500",
    "2025",
    "999999999999999999999999999999",
    " ",
    "\u{a0}",
    "\u{202f}",
    "\n",
    "\n\n",
    ",",
    ".",
    "-",
    "−",
    "€",
    "$",
    "£",
    "¥",
    "EUR",
    "USD",
    "euros",
    "d’euros",
    "de dollars",
    "millions",
    "milliards",
    "billion",
    "Md€",
    "M€",
    "k€",
    "Mds",
    "et demi",
    "demi-",
    "un",
    "deux",
    "cent",
    "mille",
    "entre",
    "et",
    "à",
    "de",
    "plus de",
    "environ",
    "par an",
    "dont",
    "%",
    "«",
    "»",
    "M.",
    "L’État",
    "fonds publics",
    "é",
    "e\u{301}",
    "\u{200f}",
    "\u{feff}",
    ",,,,€",
    "=",
    "(",
    "livres",
    "francs",
    "centimes",
    "soit",
    "1 500 000",
    "1,5",
    "10.000",
    "Québec",
    "Suisse",
];

fn money_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(String::from),
        1 => any::<String>(),
        1 => "[0-9]{1,40}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    for f in montants::extract(text) {
        prop_assert!(f.byte_start < f.byte_end && f.byte_end <= text.len());
        prop_assert!(text.is_char_boundary(f.byte_start) && text.is_char_boundary(f.byte_end));
        prop_assert_eq!(&text[f.byte_start..f.byte_end], f.text.as_str());
        prop_assert_eq!(text[..f.byte_start].chars().count(), f.start);
        prop_assert_eq!(f.end - f.start, f.text.chars().count());
        prop_assert_eq!(
            f.line,
            1 + text[..f.byte_start].bytes().filter(|&b| b == b'\n').count()
        );
        match (f.value, f.min, f.max) {
            (Some(_), None, None) => {}
            (None, Some(min), Some(max)) => prop_assert!(min <= max),
            other => prop_assert!(false, "value/min/max {:?}", other),
        }
        prop_assert!(f.part_of.is_none_or(|t| t < f.index));
        prop_assert!(f.repeat_of.is_none_or(|t| t < f.index));
        prop_assert_eq!(f.currency.len(), 3);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn money_shaped_text(text in money_text()) {
        check(&text)?;
    }

    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn arbitrary_bytes_decoded_lossily(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes))?;
    }
}

/// Inputs no generator is likely to build: huge runs of one piece.
#[test]
fn pathological_inputs() {
    let cases = [
        String::new(),
        "9".repeat(5000) + " milliards d’euros",
        "€".repeat(10_000),
        ",,,,€".repeat(1000),
        "«".repeat(10_000) + "3 M€" + &"»".repeat(10_000),
        "1 ".repeat(10_000) + "€",
        "M. ".repeat(5000) + "3 M€",
        "un ".repeat(3000) + "euros",
        "entre 1 et ".repeat(2000) + "2 M€",
    ];
    for text in &cases {
        check(text).unwrap();
    }
}
