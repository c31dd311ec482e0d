//! A document read in pieces (`Extractor::feed`, as the binary reads a large file or stdin),
//! cut anywhere, gives the findings of `extract` on the whole text: same values, offsets,
//! indexes and links; LF and CRLF texts give the same findings.

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

/// Cuts `text` every `size` bytes, anywhere (at the next character boundary).
fn pieces(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + size).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        out.push(&text[start..end]);
        start = end;
    }
    out
}

/// The findings of `text` fed in pieces of `size` bytes, then finished.
fn fed(text: &str, size: usize) -> Vec<montants::Finding> {
    let mut extractor = Extractor::new();
    let mut found: Vec<_> = pieces(text, size)
        .into_iter()
        .flat_map(|p| extractor.feed(p))
        .collect();
    found.extend(extractor.finish());
    found
}

fn assert_same(parts: &[montants::Finding], whole: &[montants::Finding], what: &str) {
    assert_eq!(parts.len(), whole.len(), "{what}");
    for (a, b) in parts.iter().zip(whole) {
        assert_eq!(a, b, "{what}");
    }
}

#[test]
fn pieces_give_the_findings_of_the_whole() {
    let text = corpus();
    let whole = extract(&text);
    assert!(whole.len() > 500);
    for size in [1000, 4099, 40_000, 150_001] {
        assert_same(&fed(&text, size), &whole, &format!("pieces of {size}"));
    }
}

/// Without a blank line the cut used to fall at a line break, and an amount written across it
/// (`1,5 milliard\r\nd’euros`) was lost; so was a figure whose currency is written in the
/// paragraph after the cut.
#[test]
fn amounts_across_a_cut_are_kept() {
    let line = "Le fonds a engagé 1,5 milliard\r\nd’euros cette année.\r\n";
    let text = line.repeat((400 << 10) / line.len());
    let whole = extract(&text);
    assert_eq!(whole.len(), text.matches("milliard").count());
    assert!(whole.iter().all(|f| f.text == "1,5 milliard\r\nd’euros"));
    assert_same(&fed(&text, 4096), &whole, "CRLF lines");

    let filler = "Une phrase sans montant, pour remplir la page.\n".repeat(3000);
    let text = format!("{filler}Il cite 9,4 milliards d’engagements.\n\nPuis 13 Mds €.\n{filler}");
    let whole = extract(&text);
    assert_eq!(whole.len(), 2, "{whole:#?}");
    assert_eq!(whole[0].currency, "EUR");
    for size in [4096, 100_000] {
        assert_same(
            &fed(&text, size),
            &whole,
            &format!("next paragraph, pieces of {size}"),
        );
    }
}

/// An amount whose sentence names no one takes the actors of the paragraph's last amount that
/// had some: across a cut too (found by the `pieces` fuzz target).
#[test]
fn the_paragraph_topic_crosses_a_cut() {
    let filler = "Une ligne de plus sans montant ni nom propre.\n".repeat(3000);
    let text = format!(
        "Le Fonds d’infrastructure pour l’Arctique de Transports Canada investit 3 millions de dollars dans le port.\n{filler}Ce fonds fait partie des 6 milliards de dollars investis sur sept ans.\n"
    );
    let whole = extract(&text);
    assert_eq!(whole.len(), 2);
    assert!(!whole[1].actors.is_empty(), "{:#?}", whole[1]);
    for size in [4096, 100_000] {
        assert_same(&fed(&text, size), &whole, &format!("pieces of {size}"));
    }
}

/// CRLF and LF texts give the same findings (paragraphs are blank lines either way).
#[test]
fn crlf_and_lf_give_the_same_findings() {
    let lf = corpus();
    let crlf = lf.replace('\n', "\r\n");
    let a = extract(&lf);
    let b = extract(&crlf);
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(
            (
                x.value,
                x.min,
                x.max,
                x.currency,
                x.source,
                x.part_of,
                x.repeat_of
            ),
            (
                y.value,
                y.min,
                y.max,
                y.currency,
                y.source,
                y.part_of,
                y.repeat_of
            ),
            "{} / {}",
            x.text,
            y.text
        );
    }
}

/// The binary reads a file larger than its piece size (4 MB) in pieces, here one long line
/// without a line break, cut at sentence ends: the same findings as `extract` on the whole
/// text, offsets included.
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
