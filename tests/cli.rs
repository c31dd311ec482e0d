//! The binary as a user runs it: stdin, files, folders, JSON Lines, every output format read
//! back, and every error case with its message and exit code.

mod support;

use serde::Deserialize;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The output contract, decoded strictly: an unknown or missing field fails the test.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Record {
    doc: String,
    index: usize,
    line: usize,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    text: String,
    value: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    currency: String,
    currency_inferred: bool,
    qualifier: String,
    period: Option<String>,
    per: Option<String>,
    source: String,
    source_cue: Option<String>,
    actors: Vec<ActorRecord>,
    purpose: Option<String>,
    part_of: Option<usize>,
    repeat_of: Option<usize>,
    rule: String,
    sentence: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorRecord {
    name: String,
    kind: String,
    role: String,
}

const ARTICLE: &str = "L’État apportera 1,5 milliard d’euros par an à la région.\n";

fn montants(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    support::bin::run(dir, args, stdin.unwrap_or_default())
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn jsonl(o: &Output) -> Vec<Record> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn csv_rows(o: &Output) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn stdin_to_csv_by_default() {
    let dir = tempdir();
    let out = montants(dir.path(), &[], Some(ARTICLE.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (header, rows) = csv_rows(&out);
    assert_eq!(header[0], "doc");
    assert_eq!(header.len(), 26);
    assert_eq!(rows.len(), 1);
    let row: std::collections::HashMap<&str, &str> = header
        .iter()
        .map(String::as_str)
        .zip(rows[0].iter().map(String::as_str))
        .collect();
    assert_eq!(row["doc"], "-");
    assert_eq!(row["value"], "1500000000");
    assert_eq!(row["currency"], "EUR");
    assert_eq!(row["period"], "year");
    assert_eq!(row["per"], "");
    assert_eq!(row["funders"], "État (organization)");
    assert_eq!(row["recipients"], "");
    assert_eq!(row["source"], "public");
    assert_eq!(row["text"], "1,5 milliard d’euros");
}

/// `per`: what an amount is counted per, in every format.
#[test]
fn per_says_what_an_amount_is_counted_per() {
    let dir = tempdir();
    let text = "Le dividende sera de 1,09 $ par action et le salaire de 15 $ l’heure.\n";
    let records = jsonl(&montants(
        dir.path(),
        &["--format", "jsonl"],
        Some(text.as_bytes()),
    ));
    let per: Vec<Option<&str>> = records.iter().map(|r| r.per.as_deref()).collect();
    assert_eq!(per, [Some("share"), Some("hour")]);
    let (header, rows) = csv_rows(&montants(dir.path(), &[], Some(text.as_bytes())));
    let at = header.iter().position(|h| h == "per").unwrap();
    assert_eq!(header[at - 1], "period");
    assert_eq!(rows[0][at], "share");
    assert_eq!(rows[1][at], "hour");
}

#[test]
fn csv_values_are_exact() {
    let dir = tempdir();
    let out = montants(
        dir.path(),
        &["-"],
        Some("Un budget de 1,37 milliard d’euros et 0,1 M€.".as_bytes()),
    );
    let (header, rows) = csv_rows(&out);
    let value = header.iter().position(|h| h == "value").unwrap();
    assert_eq!(rows[0][value], "1370000000");
    assert_eq!(rows[1][value], "100000");
}

#[test]
fn json_and_jsonl_follow_the_contract() {
    let dir = tempdir();
    std::fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let out = montants(dir.path(), &["a.txt", "--format", "json"], None);
    let records: Vec<Record> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(r.doc, "a.txt");
    assert_eq!((r.index, r.line), (0, 1));
    assert_eq!(r.value, Some(1.5e9));
    assert_eq!(r.qualifier, "exact");
    assert_eq!(r.rule, "<number> <scale> <currency>");
    assert!(
        r.actors
            .iter()
            .any(|a| a.name == "État" && a.kind == "organization" && a.role == "funder")
    );
    assert_eq!(r.source, "public");
    let chars: String = ARTICLE
        .chars()
        .skip(r.start)
        .take(r.end - r.start)
        .collect();
    assert_eq!(chars, r.text);
    assert_eq!(&ARTICLE[r.byte_start..r.byte_end], r.text);

    let out = montants(dir.path(), &["a.txt", "--format", "jsonl"], None);
    assert_eq!(jsonl(&out).len(), 1);
}

#[test]
fn folders_are_walked_in_sorted_order_without_hidden_files() {
    let dir = tempdir();
    let root = dir.path().join("articles");
    std::fs::create_dir_all(root.join("b")).unwrap();
    std::fs::create_dir_all(root.join(".cache")).unwrap();
    std::fs::write(root.join("b/z.txt"), "Z: 3 M€.").unwrap();
    std::fs::write(root.join("a.md"), "A: 1 M€.").unwrap();
    std::fs::write(root.join("c"), "C: 4 M€.").unwrap();
    std::fs::write(root.join("page.html"), "<p>H: 5 M€.</p>").unwrap();
    std::fs::write(root.join("data.xml"), "X: 6 M€.").unwrap();
    std::fs::write(root.join(".hidden.txt"), "X: 2 M€.").unwrap();
    std::fs::write(root.join(".cache/y.txt"), "Y: 2 M€.").unwrap();
    let out = montants(dir.path(), &["articles", "--format", "jsonl"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docs: Vec<String> = jsonl(&out).into_iter().map(|r| r.doc).collect();
    let want: Vec<String> = ["a.md", "b/z.txt", "c", "page.html"]
        .iter()
        .map(|p| Path::new("articles").join(p).display().to_string())
        .collect();
    assert_eq!(docs, want);

    let out = montants(
        dir.path(),
        &["articles", "--format", "jsonl", "--glob", "*.xml"],
        None,
    );
    assert_eq!(jsonl(&out).len(), 5);
}

#[test]
fn jsonl_input_goes_on_past_bad_lines() {
    let dir = tempdir();
    let input = concat!(
        "{\"id\": \"one\", \"text\": \"Il a reçu 3 M€.\"}\n",
        "not json\n",
        "\n",
        "{\"id\": 2, \"body\": \"no text field\"}\n",
        "{\"id\": 3, \"text\": \"Puis 4 M€.\"}\n",
    );
    std::fs::write(dir.path().join("in.jsonl"), input).unwrap();
    let out = montants(
        dir.path(),
        &["--input", "jsonl", "in.jsonl", "--format", "jsonl"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let docs: Vec<String> = jsonl(&out).into_iter().map(|r| r.doc).collect();
    assert_eq!(docs, ["one", "3"]);
    let err = stderr(&out);
    assert!(err.contains("in.jsonl:2: invalid JSON"), "{err}");
    assert!(err.contains("in.jsonl:4: no field \"text\""), "{err}");

    // On stdin, with renamed fields.
    let out = montants(
        dir.path(),
        &[
            "--input",
            "jsonl",
            "--id-field",
            "url",
            "--text-field",
            "body",
            "--format",
            "jsonl",
        ],
        Some(b"{\"url\": \"u\", \"body\": \"Un don de 5 000 euros.\"}\n"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = jsonl(&out);
    assert_eq!(records[0].doc, "u");
    assert_eq!(records[0].value, Some(5000.0));
}

#[test]
fn a_missing_file_fails_but_the_rest_is_written() {
    let dir = tempdir();
    std::fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    std::fs::write(dir.path().join("b.txt"), "Et 2 M€.").unwrap();
    for format in ["csv", "json", "jsonl"] {
        let out = montants(
            dir.path(),
            &["a.txt", "missing.txt", "b.txt", "--format", format],
            None,
        );
        assert_eq!(out.status.code(), Some(1), "{format}");
        let err = stderr(&out);
        assert!(
            err.contains("missing.txt: no such file or directory"),
            "{err}"
        );
        let count = match format {
            "csv" => csv_rows(&out).1.len(),
            "json" => serde_json::from_slice::<Vec<Record>>(&out.stdout)
                .unwrap()
                .len(),
            _ => jsonl(&out).len(),
        };
        assert_eq!(count, 2, "{format}");
    }
}

#[test]
fn legacy_encoding_is_decoded_with_a_warning() {
    let dir = tempdir();
    // Windows-1252: é = E9, € = 80, no-break space = A0.
    std::fs::write(dir.path().join("old.txt"), b"Le march\xE9 : 1\xA0500 \x80.").unwrap();
    let out = montants(dir.path(), &["old.txt", "--format", "jsonl"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("old.txt: not valid UTF-8, decoded as Windows-1252"));
    let records = jsonl(&out);
    assert_eq!(records[0].value, Some(1500.0));
    assert_eq!(records[0].currency, "EUR");
    let quiet = montants(dir.path(), &["old.txt", "--quiet"], None);
    assert!(stderr(&quiet).is_empty());
}

#[test]
fn bom_and_crlf_are_read() {
    let dir = tempdir();
    std::fs::write(
        dir.path().join("win.txt"),
        "\u{feff}Titre\r\n\r\nLa région verse 2 M€.\r\n",
    )
    .unwrap();
    let out = montants(dir.path(), &["win.txt", "--format", "jsonl"], None);
    let records = jsonl(&out);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].line, 3);
    assert_eq!(records[0].text, "2 M€");
}

#[test]
fn empty_input_gives_an_empty_valid_output() {
    let dir = tempdir();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let out = montants(dir.path(), &["empty.txt"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(csv_rows(&out).1.len(), 0);
    let out = montants(dir.path(), &["empty.txt", "--format", "json"], None);
    assert_eq!(
        serde_json::from_slice::<Vec<Record>>(&out.stdout)
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn binary_files_are_skipped_in_folders_and_fail_when_named() {
    let dir = tempdir();
    std::fs::create_dir(dir.path().join("d")).unwrap();
    std::fs::write(dir.path().join("d/blob"), b"\x00\x01\x02 3 M\xE2\x82\xAC").unwrap();
    std::fs::write(dir.path().join("d/ok.txt"), "Il reste 3 M€.").unwrap();
    let out = montants(dir.path(), &["d", "--format", "jsonl"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("blob: binary file, skipped"));
    assert_eq!(jsonl(&out).len(), 1);
    let out = montants(dir.path(), &["d/blob"], None);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempdir();
    std::fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let out = montants(dir.path(), &["a.txt", "-o", "out.csv"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(dir.path().join("out.csv")).unwrap();
    assert!(written.starts_with("doc,index,"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("montants"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let out = montants(dir.path(), &["a.txt", "-o", "no/such/dir/out.csv"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot write no/such/dir/out.csv"));
}

#[test]
fn bad_flags_are_fatal() {
    let dir = tempdir();
    let out = montants(dir.path(), &["--format", "xml"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("xml"));
}

#[test]
fn help_teaches() {
    let dir = tempdir();
    let out = montants(dir.path(), &["--help"], None);
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    assert!(help.contains("Examples:"));
    assert!(help.contains("Exit codes"));
    let out = montants(dir.path(), &["--version"], None);
    assert_eq!(
        stdout(&out).trim(),
        concat!("montants ", env!("CARGO_PKG_VERSION"))
    );
}

/// `montants big.txt | head -1`: the reader goes away; montants ends quietly with 0.
#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempdir();
    let big = "La région verse 2 M€ à la commune.\n".repeat(50_000);
    std::fs::write(dir.path().join("big.txt"), big).unwrap();
    for format in ["csv", "json", "jsonl"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_montants"))
            .args(["big.txt", "--format", format])
            .current_dir(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        assert!(!first.is_empty());
        drop(reader);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr(&out));
        assert!(stderr(&out).is_empty(), "{format}: {}", stderr(&out));
    }
}

/// Any number of threads gives the same output, byte for byte, on files and on JSON Lines.
#[test]
fn threads_do_not_change_the_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let dir = tempdir();
    let one = montants(
        dir.path(),
        &[root.to_str().unwrap(), "-j", "1", "--format", "jsonl"],
        None,
    );
    let two = montants(
        dir.path(),
        &[root.to_str().unwrap(), "-j", "2", "--format", "jsonl"],
        None,
    );
    let four = montants(
        dir.path(),
        &[root.to_str().unwrap(), "-j", "4", "--format", "jsonl"],
        None,
    );
    assert!(one.status.success());
    assert!(jsonl(&one).len() > 200);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, four.stdout);

    let lines: String = (0..3000)
        .map(|i| format!("{{\"id\": {i}, \"text\": \"Le lot {i} coûte {i} 000 € et {i} M$.\"}}\n"))
        .collect();
    std::fs::write(dir.path().join("many.jsonl"), lines).unwrap();
    let args = |j: &'static str| ["--input", "jsonl", "many.jsonl", "-j", j, "--format", "csv"];
    let one = montants(dir.path(), &args("1"), None);
    let two = montants(dir.path(), &args("2"), None);
    assert_eq!(csv_rows(&one).1.len(), 6000);
    assert_eq!(one.stdout, two.stdout);
}

/// `--stats` prints a summary on stderr; no progress bar ever reaches a pipe.
#[test]
fn stats_on_request_and_no_progress_on_a_pipe() {
    let dir = tempdir();
    std::fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let out = montants(dir.path(), &["a.txt", "--stats"], None);
    let err = stderr(&out);
    assert!(
        err.contains("1 documents") && err.contains("1 findings") && err.contains("MB/s"),
        "{err}"
    );
    let out = montants(dir.path(), &["a.txt"], None);
    assert!(stderr(&out).is_empty());
}

/// A cell that starts like a formula never runs in a spreadsheet; the value stays a number.
#[test]
fn csv_cells_cannot_run_formulas() {
    let dir = tempdir();
    let out = montants(
        dir.path(),
        &[],
        Some("=HYPERLINK(\"http://x\") -3 M€ de pertes.".as_bytes()),
    );
    let (header, rows) = csv_rows(&out);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(rows[0][col("text")], "'-3 M€");
    assert_eq!(rows[0][col("value")], "-3000000");
    assert!(rows[0][col("sentence")].starts_with("'="));
    let out = montants(
        dir.path(),
        &["--format", "jsonl"],
        Some("=X -3 M€ de pertes.".as_bytes()),
    );
    assert_eq!(jsonl(&out)[0].text, "-3 M€");
}

/// A symbolic link loop in a folder is reported, not followed forever; the rest is read.
#[test]
fn a_symlink_loop_is_reported_and_the_rest_read() {
    let dir = tempdir();
    let root = dir.path().join("d");
    std::fs::create_dir(&root).unwrap();
    std::fs::write(root.join("a.txt"), "Il reste 3 M€.").unwrap();
    std::os::unix::fs::symlink(&root, root.join("loop")).unwrap();
    let out = montants(dir.path(), &["d", "--format", "jsonl"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("symbolic link loop"),
        "{}",
        stderr(&out)
    );
    assert_eq!(jsonl(&out).len(), 1);
}

/// A path that does not exist and an empty folder: one fails (exit 1), the other is no error.
#[test]
fn missing_path_and_empty_folder() {
    let dir = tempdir();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let out = montants(dir.path(), &["empty"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(csv_rows(&out).1.len(), 0);
    let out = montants(dir.path(), &["nowhere/"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nowhere/: no such file or directory"));
}

/// Completions for each shell and the manual page are generated.
#[test]
fn completions_and_manual_page() {
    let dir = tempdir();
    for shell in ["bash", "zsh", "fish"] {
        let out = montants(dir.path(), &["completions", shell], None);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        assert!(stdout(&out).contains("montants"), "{shell}");
        assert!(stdout(&out).contains("format"), "{shell}");
    }
    let out = montants(dir.path(), &["man"], None);
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(page.contains(".TH montants 1"));
    assert!(page.contains("threads"));
    // A file named like a command is still read with a path.
    std::fs::write(dir.path().join("man"), "Il reste 3 M€.").unwrap();
    let out = montants(dir.path(), &["./man", "--format", "jsonl"], None);
    assert_eq!(jsonl(&out).len(), 1);
}

/// `--explain` says why each finding came out, in every format; without it the contract's
/// fields alone are written.
#[test]
fn explain_says_why() {
    let dir = tempdir();
    let text = "L’UE investit 200 milliards d’euros, dont environ 50 milliards de fonds publics.";
    let out = montants(
        dir.path(),
        &["--explain", "--format", "json"],
        Some(text.as_bytes()),
    );
    let records: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let why = records[1]["explain"].as_str().unwrap();
    assert!(
        why.contains("rule <number> <scale> (currency from context)"),
        "{why}"
    );
    assert!(why.contains("qualifier approx: «environ»"), "{why}");
    assert!(why.contains("source public: «fonds publics»"), "{why}");
    assert!(why.contains("part of finding 0"), "{why}");
    let out = montants(dir.path(), &["--explain"], Some(text.as_bytes()));
    let (header, rows) = csv_rows(&out);
    assert_eq!(header.last().unwrap(), "explain");
    assert!(rows[0].last().unwrap().contains("UE (gazetteer)"));
}

/// `--excel`: what a French Excel opens with a double-click.
#[test]
fn excel_dialect() {
    let dir = tempdir();
    let out = montants(
        dir.path(),
        &["--excel"],
        Some("Un budget de 1,37 milliard d’euros.".as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("\u{feff}doc;index;"), "{text}");
    assert!(text.contains("\r\n"));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let row = reader.records().next().unwrap().unwrap();
    let value = header.iter().position(|h| h == "value").unwrap();
    assert_eq!(&row[value], "1370000000");
    let out = montants(
        dir.path(),
        &["--excel"],
        Some("Il coûte 2,35 €.".as_bytes()),
    );
    assert!(stdout(&out).contains(";2,35;"));
    let out = montants(dir.path(), &["--excel", "--format", "json"], Some(b""));
    assert_eq!(out.status.code(), Some(2));
}

/// `--format xlsx`: a real workbook, read back with calamine: numbers are numeric cells.
#[test]
fn xlsx_workbook() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let dir = tempdir();
    std::fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let out = montants(
        dir.path(),
        &["a.txt", "--format", "xlsx", "-o", "out.xlsx"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut book: Xlsx<_> = open_workbook(dir.path().join("out.xlsx")).unwrap();
    let sheet = book.worksheet_range("montants").unwrap();
    let rows: Vec<_> = sheet.rows().collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0], Data::String("doc".into()));
    let value = rows[0]
        .iter()
        .position(|c| c == &Data::String("value".into()))
        .unwrap();
    assert_eq!(rows[1][value], Data::Float(1.5e9));
    let index = rows[0]
        .iter()
        .position(|c| c == &Data::String("index".into()))
        .unwrap();
    assert_eq!(rows[1][index], Data::Float(0.0));
    let text = rows[0]
        .iter()
        .position(|c| c == &Data::String("text".into()))
        .unwrap();
    assert_eq!(rows[1][text], Data::String("1,5 milliard d’euros".into()));
}

/// `--summary`: totals per currency, source, funder, recipient and purpose, each figure
/// counted once.
#[test]
fn summary_counts_each_figure_once() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/investai-2025-02.txt");
    let dir = tempdir();
    let out = montants(
        dir.path(),
        &[root.to_str().unwrap(), "--summary", "--format", "jsonl"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let find = |group: &str, key: &str, currency: &str| {
        rows.iter()
            .find(|r| r["group"] == group && r["key"] == key && r["currency"] == currency)
            .unwrap_or_else(|| panic!("{group} {key} {currency}: {rows:#?}"))
            .clone()
    };
    // 200 (once: its repeats and its parts are not counted again) + 109 billion euros.
    let eur = find("currency", "EUR", "EUR");
    assert_eq!(eur["figures"], 2);
    assert_eq!(eur["total_low"].to_string(), "309000000000");
    assert_eq!(
        find("currency", "USD", "USD")["total_high"].to_string(),
        "500000000000"
    );
    assert_eq!(find("funder", "Union européenne", "EUR")["figures"], 1);
    assert_eq!(
        find("source", "mixed", "EUR")["total_low"].to_string(),
        "200000000000"
    );
    assert_eq!(find("recipient", "Stargate", "USD")["figures"], 1);
    let out = montants(dir.path(), &[root.to_str().unwrap(), "--summary"], None);
    assert_eq!(
        csv_rows(&out).0,
        [
            "group",
            "key",
            "currency",
            "figures",
            "total_low",
            "total_high"
        ]
    );
}

/// A file that vanished between the folder walk and its reading (here a dangling link, which
/// takes the same path) is reported with its name; the rest is read; the exit code says so.
#[test]
fn a_vanished_file_is_reported_and_the_rest_read() {
    let dir = tempdir();
    let root = dir.path().join("d");
    std::fs::create_dir(&root).unwrap();
    std::fs::write(root.join("a.txt"), "Il reste 3 M€.").unwrap();
    std::os::unix::fs::symlink(root.join("gone.txt"), root.join("b.txt")).unwrap();
    let out = montants(dir.path(), &["d", "--format", "jsonl"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("b.txt"), "{}", stderr(&out));
    assert_eq!(jsonl(&out).len(), 1);
}

/// An amount too large for exact arithmetic is left out with a warning naming the document,
/// never wrapped; the exit code stays 0 (the input was read).
#[test]
fn too_large_amounts_are_left_out_with_a_warning() {
    let dir = tempdir();
    let text = format!(
        "Un budget de {} milliards d’euros et de 3 M€.",
        "9".repeat(40)
    );
    std::fs::write(dir.path().join("huge.txt"), text).unwrap();
    let out = montants(dir.path(), &["huge.txt", "--format", "jsonl"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("huge.txt: 1 amount(s) with more than 28 significant digits"));
    assert_eq!(jsonl(&out).len(), 1);
}

/// A file that cannot be read (here `/proc/self/mem`, which gives an I/O error even to root,
/// and a path through a file) is reported with its name; the rest is read.
#[test]
fn unreadable_files_are_reported_and_the_rest_read() {
    let dir = tempdir();
    std::fs::write(dir.path().join("a.txt"), "Il reste 3 M€.").unwrap();
    let out = montants(
        dir.path(),
        &["/proc/self/mem", "a.txt/b", "a.txt", "--format", "jsonl"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("/proc/self/mem: "), "{err}");
    assert!(err.contains("a.txt/b: "), "{err}");
    assert_eq!(jsonl(&out).len(), 1);
}

/// `--country` is the place of a document whose text names none: its bare dollars, francs and
/// francs CFA become that country's; a place the text names still wins; an unknown code is a
/// fatal error.
#[test]
fn country_gives_bare_units_their_currency() {
    let dir = tempdir();
    let text = "Le projet coûte 3 millions de dollars et 200 millions de francs CFA.\n";
    let plain = jsonl(&montants(
        dir.path(),
        &["--format", "jsonl"],
        Some(text.as_bytes()),
    ));
    let currencies: Vec<&str> = plain.iter().map(|r| r.currency.as_str()).collect();
    assert_eq!(currencies, ["USD", "XOF"]);
    let out = montants(
        dir.path(),
        &["--format", "jsonl", "--country", "ca"],
        Some(text.as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let currencies: Vec<String> = jsonl(&out).into_iter().map(|r| r.currency).collect();
    assert_eq!(currencies, ["CAD", "XOF"]);
    let out = montants(
        dir.path(),
        &["--format", "jsonl", "--country", "CM"],
        Some(text.as_bytes()),
    );
    let currencies: Vec<String> = jsonl(&out).into_iter().map(|r| r.currency).collect();
    assert_eq!(currencies, ["USD", "XAF"]);
    // The text's own place wins over the default.
    let swiss = "Le Conseil fédéral débloque 50 millions de francs.\n";
    let out = montants(
        dir.path(),
        &["--format", "jsonl", "--country", "BE"],
        Some(swiss.as_bytes()),
    );
    assert_eq!(jsonl(&out)[0].currency, "CHF");
    // Fatal before reading the input: none is given, so that no write to it can fail.
    let out = montants(dir.path(), &["--country", "XX"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--country \"XX\""),
        "{}",
        stderr(&out)
    );
    let out = montants(dir.path(), &["--country-field", "pays"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--input jsonl"), "{}", stderr(&out));
}

/// `--country-field` reads each JSON Lines record's country; `--country` stays the default of
/// the records without one, and a country the table does not hold is a warning.
#[test]
fn country_field_sets_each_records_country() {
    let dir = tempdir();
    let lines = [
        serde_json::json!({"id": "qc", "pays": "CA", "text": "Une aide de 5 millions de dollars."}),
        serde_json::json!({"id": "ch", "pays": "ch", "text": "Une aide de 5 millions de francs."}),
        serde_json::json!({"id": "none", "text": "Une aide de 5 millions de dollars."}),
        serde_json::json!({"id": "odd", "pays": "Atlantide", "text": "Une aide de 5 millions de dollars."}),
    ];
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let out = montants(
        dir.path(),
        &[
            "--input",
            "jsonl",
            "--country-field",
            "pays",
            "--format",
            "jsonl",
        ],
        Some(input.as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let got: Vec<(String, String)> = jsonl(&out)
        .into_iter()
        .map(|r| (r.doc, r.currency))
        .collect();
    let want = [
        ("qc", "CAD"),
        ("ch", "CHF"),
        ("none", "USD"),
        ("odd", "USD"),
    ];
    assert_eq!(
        got,
        want.map(|(d, c)| (d.to_string(), c.to_string())).to_vec()
    );
    assert!(stderr(&out).contains("Atlantide"), "{}", stderr(&out));
    let out = montants(
        dir.path(),
        &[
            "--input",
            "jsonl",
            "--country-field",
            "pays",
            "--country",
            "AU",
            "--format",
            "jsonl",
        ],
        Some(input.as_bytes()),
    );
    let got: Vec<String> = jsonl(&out).into_iter().map(|r| r.currency).collect();
    assert_eq!(got, ["CAD", "CHF", "AUD", "AUD"]);
}

/// `--explain` names where a currency written without its country came from.
#[test]
fn explain_names_the_origin_of_the_currency() {
    let dir = tempdir();
    let text = "Hydro-Québec investira 2 milliards de dollars. Rien d’autre.\n";
    let out = montants(
        dir.path(),
        &["--explain", "--format", "json"],
        Some(text.as_bytes()),
    );
    let records: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(records[0]["currency"], "CAD");
    let why = records[0]["explain"].as_str().unwrap();
    assert!(
        why.contains("currency: CAD from \"Hydro-Québec\" at byte 0"),
        "{why}"
    );
    let out = montants(
        dir.path(),
        &["--explain", "--format", "json", "--country", "CA"],
        Some("Il paie 10 dollars.\n".as_bytes()),
    );
    let records: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let why = records[0]["explain"].as_str().unwrap();
    assert!(
        why.contains("currency: CAD from the default country CA"),
        "{why}"
    );
}
