//! HTML pages in (issue 11): saved pages in a folder, `--input html` on stdin, `--html-field`
//! for JSON Lines records, and `--emit-text` so that offsets can be checked on the page's text.

mod support;
use support::bin::run;

use std::process::Output;

const PAGE: &str = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">\
<title>La Région soutient les communes</title>\
<meta property=\"og:site_name\" content=\"Le Journal\">\
<meta property=\"article:published_time\" content=\"2024-03-05T08:00:00+01:00\">\
<script>window.prix = \"10 000 €\";</script><style>.a{}</style></head><body>\
<nav><a href=\"/\">Accueil</a> Offre : 1&nbsp;&euro; le premier mois</nav>\
<article><h1>La Région soutient les communes</h1>\
<p>La R&eacute;gion a vers&eacute; 3&nbsp;000&nbsp;&euro; &agrave; chaque commune, \
soit 1,2&nbsp;million d&rsquo;euros au total.</p>\
<aside>Publicité : 50 € offerts</aside>\
<p>L&#8217;&Eacute;tat ajoute <b>500&nbsp;000&nbsp;&euro;</b>.</p></article>\
<footer>© 2024 – abonnement 9,99 € par mois</footer></body></html>";

fn lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn texts(records: &[serde_json::Value]) -> Vec<String> {
    records
        .iter()
        .filter_map(|r| r["text"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn a_folder_of_saved_pages_gives_the_article_amounts_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("pages")).unwrap();
    std::fs::write(dir.path().join("pages/une.html"), PAGE).unwrap();
    let out = run(dir.path(), &["pages", "--format", "jsonl"], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = lines(&out);
    assert_eq!(
        texts(&records),
        [
            "3\u{a0}000\u{a0}€",
            "1,2\u{a0}million d’euros",
            "500\u{a0}000\u{a0}€"
        ]
    );
    for r in &records {
        let sentence = r["sentence"].as_str().unwrap();
        assert!(
            !sentence.contains('<') && !sentence.contains("&eacute;"),
            "{sentence}"
        );
    }
    assert_eq!(records[2]["source"], "public");
}

#[test]
fn emitted_text_holds_the_offsets_and_the_page_fields() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["--input", "html", "--format", "jsonl", "--emit-text"],
        PAGE.as_bytes(),
    );
    assert!(out.status.success());
    let records = lines(&out);
    let document = &records[0]["document"];
    assert_eq!(document["title"], "La Région soutient les communes");
    assert_eq!(document["site_name"], "Le Journal");
    assert_eq!(document["published"], "2024-03-05T08:00:00+01:00");
    let text = document["text"].as_str().unwrap();
    assert!(
        text.starts_with("La Région soutient les communes\n\nLa Région a versé"),
        "{text}"
    );
    let chars: Vec<char> = text.chars().collect();
    for r in &records[1..] {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        let at: String = chars[s..e].iter().collect();
        assert_eq!(at, r["text"].as_str().unwrap());
    }
    assert_eq!(records.len(), 4);
}

#[test]
fn json_lines_records_holding_html() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!(
        "{}\n",
        serde_json::json!({"url": "https://example.org/a", "html": PAGE})
    );
    let out = run(
        dir.path(),
        &[
            "--input",
            "jsonl",
            "--id-field",
            "url",
            "--html-field",
            "html",
            "--format",
            "jsonl",
        ],
        input.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = lines(&out);
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["doc"], "https://example.org/a");
}

/// The findings of a run, by file name without its extension: what a reader compares.
fn by_page(out: &Output) -> std::collections::BTreeMap<String, Vec<(String, String, String)>> {
    let mut pages = std::collections::BTreeMap::<String, Vec<_>>::new();
    for r in lines(out) {
        let doc = std::path::Path::new(r["doc"].as_str().unwrap());
        let name = doc.file_stem().unwrap().to_string_lossy().into_owned();
        pages.entry(name).or_default().push((
            r["text"].as_str().unwrap().to_string(),
            r["value"].to_string(),
            r["currency"].to_string(),
        ));
    }
    pages
}

/// A folder of real saved pages (`fixtures/pages/html/`, see `fixtures/pages/README.md`) gives
/// the findings of their articles' text as another extractor (trafilatura) read it
/// (`fixtures/pages/text/`): the amounts of the article, none of the sidebar's, the
/// subscription offers' or the scripts'.
#[test]
fn real_saved_pages_give_the_findings_of_their_text() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/pages");
    let pages = run(&root, &["html", "--format", "jsonl"], b"");
    assert!(
        pages.status.success(),
        "{}",
        String::from_utf8_lossy(&pages.stderr)
    );
    let texts = run(&root, &["text", "--format", "jsonl"], b"");
    assert!(texts.status.success());
    let (from_pages, from_texts) = (by_page(&pages), by_page(&texts));
    assert_eq!(from_pages, from_texts);
    let figaro = &from_pages["lefigaro-2013-privatisations"];
    assert_eq!(
        figaro.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
        ["448 millions d'euros", "4,5 milliards d'euros"]
    );
    // Libération's page offers `1€` subscriptions and lists a `777 000 dollars` headline
    // outside the article, whose text holds no amount.
    assert!(!from_pages.contains_key("liberation-2012-ayrault"));
    for r in lines(&pages) {
        let sentence = r["sentence"].as_str().unwrap();
        assert!(
            !sentence.contains(['<', '>']) && !sentence.contains("&nbsp;"),
            "{sentence}"
        );
    }
}
