//! A document read in pieces (`Extractor::feed`, as the binary reads a large file) gives the
//! findings of `extract` on the whole text: same values, offsets, indexes and links.

use montants::{Extractor, extract};

/// Every real-news passage and the seed article, one after the other: about 100 KB with
/// amounts in most paragraphs, breakdowns, repeats and currencies carried between paragraphs.
fn corpus() -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut paths: Vec<_> = ["news", "news-holdout"]
        .iter()
        .flat_map(|d| std::fs::read_dir(format!("{root}/{d}")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut text = std::fs::read_to_string(format!("{root}/investai-2025-02.txt")).unwrap();
    for p in paths {
        text.push_str("\n\n");
        text.push_str(&std::fs::read_to_string(p).unwrap());
    }
    text.repeat(3)
}

/// Cuts after blank lines once a piece holds at least `size` bytes.
fn pieces(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut from = (start + size).min(text.len());
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let end = text[from..]
            .find("\n\n")
            .map_or(text.len(), |i| from + i + 2);
        out.push(&text[start..end]);
        start = end;
    }
    out
}

#[test]
fn pieces_give_the_findings_of_the_whole() {
    let text = corpus();
    let whole = extract(&text);
    assert!(whole.len() > 500);
    for size in [1, 700, 5000, 40_000] {
        let mut extractor = Extractor::new();
        let parts: Vec<_> = pieces(&text, size)
            .into_iter()
            .flat_map(|p| extractor.feed(p))
            .collect();
        assert_eq!(parts.len(), whole.len(), "pieces of {size}");
        for (a, b) in parts.iter().zip(&whole) {
            assert_eq!(a, b, "pieces of {size}");
        }
    }
}

/// The binary reads a file larger than its piece size (4 MB) in pieces, here one long line
/// without a paragraph break, cut at sentence ends: the same findings as `extract` on the
/// whole text, offsets included.
#[test]
fn the_binary_reads_a_large_file_in_pieces_with_the_same_findings() {
    let sentence =
        "Le groupe X investit 1 500 000 € et la région 2,5 M€, dont 1 M€ de subventions. ";
    let text = sentence.repeat((5 << 20) / sentence.len()) + "Fin : 3 millions d’euros.";
    assert!(text.len() > 4 << 20);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.txt"), &text).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_montants"))
        .args(["big.txt", "--format", "jsonl"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let whole = extract(&text);
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), whole.len());
    for (l, f) in lines.iter().zip(&whole) {
        assert_eq!(l["index"], f.index);
        assert_eq!(l["start"], f.start);
        assert_eq!(l["byte_start"], f.byte_start);
        assert_eq!(l["text"], f.text.as_str());
        assert_eq!(l["value"].to_string(), f.value.unwrap().to_string());
        assert_eq!(l["part_of"].as_u64(), f.part_of.map(|p| p as u64));
        assert_eq!(l["repeat_of"].as_u64(), f.repeat_of.map(|p| p as u64));
    }
}
