//! The promises under hostile input (issue 7): no panic ends a batch, `-o` writes only where it
//! was asked to and never half, memory and time stay bounded, every input is decoded the same
//! whatever its size, and nothing from an article or a file name can drive a terminal or a
//! spreadsheet. Each test names the item of the issue it holds.

mod support;
use support::bin::run;

use std::io::{BufRead, BufReader, Read, Write};

use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_montants"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const GOOD: &str = "L’État apportera 1,5 milliard d’euros.\n";

/// Item 1: the crash inputs (3-byte characters around a currency sign) no longer panic.
#[test]
fn wide_characters_around_a_currency_do_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    for filler in ['’', '…', '中', '\u{fffd}', '😀'] {
        let input = format!(
            "{}€ {}\n",
            filler.to_string().repeat(54),
            filler.to_string().repeat(40)
        );
        let out = run(dir.path(), &[], input.as_bytes());
        assert!(out.status.success(), "{filler}: {}", text(&out.stderr));
        let record = serde_json::json!({"id": "r", "text": input}).to_string();
        let out = run(dir.path(), &["--input", "jsonl"], record.as_bytes());
        assert!(
            out.status.success(),
            "{filler} in JSON Lines: {}",
            text(&out.stderr)
        );
    }
    let out = run(dir.path(), &[], "’".repeat(300).as_bytes());
    assert!(out.status.success());
}

/// Item 1: a panic in one document is that document's error; the others are written, exit 1.
#[test]
fn a_panic_in_one_document_fails_only_that_document() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    std::fs::write(dir.path().join("b.txt"), "BOUM 3 M€\n").unwrap();
    std::fs::write(dir.path().join("c.txt"), GOOD).unwrap();
    let out = bin()
        .args([".", "--format", "jsonl"])
        .current_dir(dir.path())
        .env("MONTANTS_TEST_PANIC", "BOUM")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let docs: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(docs, ["./a.txt", "./c.txt"]);
    let err = text(&out.stderr);
    assert!(
        err.contains("./b.txt: internal error, document skipped"),
        "{err}"
    );
    assert!(!err.contains("RUST_BACKTRACE"), "{err}");
    // In JSON Lines the error names the record's line.
    let records = format!(
        "{}\n{}\n",
        serde_json::json!({"id": 1, "text": "BOUM"}),
        serde_json::json!({"id": 2, "text": GOOD})
    );
    let out = bin()
        .args(["--input", "jsonl", "--format", "jsonl"])
        .env("MONTANTS_TEST_PANIC", "BOUM")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(records.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("-:1: internal error"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(text(&out.stdout).lines().count(), 1);
}

/// Item 2: a symbolic link is followed (the link stays, its target is replaced) and the old
/// file's mode is kept.
#[test]
fn output_through_a_link_replaces_its_target_and_keeps_the_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("f.txt"), GOOD).unwrap();
    std::fs::write(d.join("real.csv"), "old\n").unwrap();
    std::fs::set_permissions(d.join("real.csv"), std::fs::Permissions::from_mode(0o600)).unwrap();
    std::os::unix::fs::symlink("real.csv", d.join("link.csv")).unwrap();
    let out = run(d, &["f.txt", "-o", "link.csv"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        std::fs::symlink_metadata(d.join("link.csv"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let written = std::fs::read_to_string(d.join("real.csv")).unwrap();
    assert!(written.contains("1500000000"), "{written}");
    let mode = std::fs::metadata(d.join("real.csv"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    let leftovers: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Item 2: a FIFO and a character device are written in place, never replaced by a file.
#[test]
fn special_files_are_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("f.txt"), GOOD).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(d.join("pipe"))
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let path = d.join("pipe");
        std::thread::spawn(move || std::fs::read_to_string(path).unwrap())
    };
    let out = run(d, &["f.txt", "-o", "pipe"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(reader.join().unwrap().contains("1500000000"));
    assert!(
        std::fs::metadata(d.join("pipe"))
            .unwrap()
            .file_type()
            .is_fifo()
    );
    // `-o /dev/stdout` writes to the pipe it names, and replaces nothing.
    let out = run(d, &["f.txt", "-o", "/dev/stdout"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1500000000"));
    // A character device like /dev/null, made in the temporary folder (needs root: else the
    // FIFO above stands for it).
    let made = Command::new("mknod")
        .arg(d.join("null"))
        .args(["c", "1", "3"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if made {
        let out = run(d, &["f.txt", "-o", "null"], b"");
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(
            std::fs::metadata(d.join("null"))
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }
}

/// Items 2 and 14: `-o` on an input is refused; `-o` a folder is an error that leaves nothing
/// behind; when no input could be read, the old file is left as it was.
#[test]
fn output_is_never_an_input_and_a_failed_run_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("f.txt"), GOOD).unwrap();
    let out = run(d, &["f.txt", "-o", "f.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("it is one of the inputs"));
    assert_eq!(std::fs::read_to_string(d.join("f.txt")).unwrap(), GOOD);

    std::fs::write(d.join("keep.csv"), "good\n").unwrap();
    let out = run(d, &["missing.txt", "-o", "keep.csv"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(d.join("keep.csv")).unwrap(),
        "good\n"
    );

    std::fs::create_dir(d.join("folder")).unwrap();
    let out = run(d, &["f.txt", "-o", "folder"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is a directory"));
    assert_eq!(std::fs::read_dir(d.join("folder")).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(d).unwrap().count(), 3);
}

/// Items 3 and 9: the temporary file has an unpredictable name (a link planted at the old
/// predictable name is never written through) and is removed on SIGTERM.
#[test]
fn the_temporary_file_is_private_and_removed_on_a_signal() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut child = bin()
        .args(["-", "-o", "x.csv"])
        .current_dir(d)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::fs::write(d.join("victim.txt"), "victim\n").unwrap();
    std::os::unix::fs::symlink(
        "victim.txt",
        d.join(format!(".x.csv.montants-{}.tmp", child.id())),
    )
    .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(GOOD.as_bytes()).unwrap();
    // Wait for the temporary file, then interrupt.
    let temporary = || {
        std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".x.csv.") && n.ends_with(".montants.tmp"))
            .count()
    };
    for _ in 0..200 {
        if temporary() > 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(temporary(), 1);
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert!(!status.success());
    assert_eq!(temporary(), 0);
    assert!(!d.join("x.csv").exists());
    assert_eq!(
        std::fs::read_to_string(d.join("victim.txt")).unwrap(),
        "victim\n"
    );
}

/// Item 7: special files are read in pieces and a stream of NUL bytes is a binary file, at once.
#[test]
fn dev_zero_is_a_binary_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["/dev/zero"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("/dev/zero: binary file"),
        "{}",
        text(&out.stderr)
    );
}

/// Item 8: a JSON Lines record past the limit is refused with its line; the rest goes on.
#[test]
fn an_oversized_record_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let big = serde_json::json!({"id": "big", "text": "a ".repeat(33 << 20)}).to_string();
    let input = format!("{big}\n{}\n", serde_json::json!({"id": "ok", "text": GOOD}));
    let out = run(
        dir.path(),
        &["--input", "jsonl", "--format", "jsonl"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("-:1: record longer than 64 MiB"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("\"doc\":\"ok\""));
    // An empty id names the record by its place (item 14).
    let input = serde_json::json!({"id": "", "text": GOOD}).to_string();
    let out = run(
        dir.path(),
        &["--input", "jsonl", "--format", "jsonl"],
        input.as_bytes(),
    );
    assert!(
        text(&out.stdout).contains("\"doc\":\"-:1\""),
        "{}",
        text(&out.stdout)
    );
}

/// Item 10: a text cell longer than Excel holds is cut, the workbook still written.
#[test]
fn an_overlong_xlsx_cell_does_not_stop_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let id = "x".repeat(40_000);
    let input = serde_json::json!({"id": id, "text": GOOD}).to_string();
    let out = run(
        dir.path(),
        &["--input", "jsonl", "--format", "xlsx", "-o", "out.xlsx"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        std::fs::metadata(dir.path().join("out.xlsx"))
            .unwrap()
            .len()
            > 1000
    );
}

/// Item 11: UTF-16 with a BOM is read; a UTF-8 file with one Windows-1252 byte is decoded the
/// same way (wholly as Windows-1252) whether it is small or read in pieces.
#[test]
fn encodings_are_decided_once_per_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(GOOD.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::create_dir(d.join("in")).unwrap();
    std::fs::write(d.join("in/u16.txt"), utf16).unwrap();
    let out = run(d, &["in", "--format", "jsonl"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1500000000"));

    let small = "Le coût : 3 millions d'euros.\n".as_bytes().to_vec();
    let mut odd = small.clone();
    odd.extend(b"caf\xe9\n");
    let mut large = small.repeat((5 << 20) / small.len());
    large.extend(b"caf\xe9\n");
    std::fs::write(d.join("small.txt"), &odd).unwrap();
    std::fs::write(d.join("large.txt"), &large).unwrap();
    for name in ["small.txt", "large.txt"] {
        let out = run(d, &[name, "--format", "jsonl"], b"");
        assert!(
            text(&out.stderr).contains("decoded as Windows-1252"),
            "{name}"
        );
        let first: serde_json::Value =
            serde_json::from_str(text(&out.stdout).lines().next().unwrap()).unwrap();
        // `û` in UTF-8 read as Windows-1252 is `Ã»`: the same in both.
        assert_eq!(
            first["sentence"], "Le coÃ»t : 3 millions d'euros.",
            "{name}"
        );
    }
}

/// Item 12: names on stderr cannot forge a line; control characters of an article are escaped
/// in CSV.
#[test]
fn names_and_article_text_cannot_drive_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["nofile\nmontants: 0 failures"], b"");
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("nofile\\u{a}montants: 0 failures"), "{err}");
    let out = run(
        dir.path(),
        &[],
        "Il reçoit 3 M€ \u{1b}[31m\u{7}.\n".as_bytes(),
    );
    let csv = text(&out.stdout);
    assert!(!csv.contains('\u{1b}') && !csv.contains('\u{7}'), "{csv}");
    assert!(csv.contains("\\u{1b}[31m"), "{csv}");
}

/// Item 13: names that are not UTF-8: a hidden one is hidden, an odd extension is not ours,
/// and two different names print differently.
#[test]
fn non_utf8_file_names() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let name = |b: &[u8]| d.join(std::ffi::OsStr::from_bytes(b));
    std::fs::write(name(b".\xffhidden"), GOOD).unwrap();
    std::fs::write(name(b"ext.\xff"), GOOD).unwrap();
    std::fs::write(name(b"a\xfe"), GOOD).unwrap();
    std::fs::write(name(b"a\xff"), GOOD).unwrap();
    let out = run(d, &[".", "--format", "jsonl"], b"");
    let docs: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(docs, ["./a\\xfe", "./a\\xff"]);
}

/// Item 14: a failure met before the reader of the output went away still fails the run.
#[test]
fn a_failure_before_a_closed_pipe_still_fails() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("big.txt"), GOOD.repeat(200_000)).unwrap();
    let mut child = bin()
        .args(["missing.txt", "big.txt"])
        .current_dir(d)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("doc,"));
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

/// Item 14: completions into a full device is an error, not a panic; `-j 5000` is bounded.
#[test]
fn completions_to_a_full_device_and_too_many_threads() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
    if let Ok(full) = full {
        let out = bin()
            .args(["completions", "bash"])
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(
            !text(&out.stderr).contains("panicked"),
            "{}",
            text(&out.stderr)
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["-j", "5000"], GOOD.as_bytes());
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("-j 5000: using"));
    let mut csv = String::new();
    out.stdout.as_slice().read_to_string(&mut csv).unwrap();
    assert_eq!(csv.lines().count(), 2);
}
