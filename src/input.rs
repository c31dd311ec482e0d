//! Inputs: stdin, files and folders (walked in sorted order), read as text or as JSON Lines
//! records, decoded from UTF-8 (BOM or not) or, failing that, Windows-1252.

use crate::config::Source;
use globset::GlobSet;
use std::borrow::Cow;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// One document to extract from.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The path, the JSON id, or `-` for stdin.
    pub id: String,
    pub text: String,
}

/// One input to read: stdin or a file, and whether it was named on the command line (a file
/// met in a folder that turns out to be binary is skipped with a warning; a named one fails).
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Stdin,
    File { path: PathBuf, named: bool },
}

impl Item {
    pub fn name(&self) -> String {
        match self {
            Item::Stdin => "-".to_string(),
            Item::File { path, .. } => path.display().to_string(),
        }
    }
}

/// Something to tell the user on stderr; errors make the exit code 1.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Warning(String),
    Error(String),
}

/// Expands the command line's sources into the items to read, in order: folders recursively,
/// sorted by name, hidden entries skipped, default extensions or `globs`.
pub fn expand(sources: &[Source], globs: Option<&GlobSet>) -> Vec<Result<Item, Problem>> {
    let mut items = Vec::new();
    for source in sources {
        match source {
            Source::Stdin => items.push(Ok(Item::Stdin)),
            Source::Path(path) if path.is_dir() => walk(path, globs, &mut items),
            Source::Path(path) => items.push(Ok(Item::File {
                path: path.clone(),
                named: true,
            })),
        }
    }
    items
}

fn walk(root: &Path, globs: Option<&GlobSet>, items: &mut Vec<Result<Item, Problem>>) {
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if wanted(e.path(), globs) {
                    items.push(Ok(Item::File {
                        path: e.into_path(),
                        named: false,
                    }));
                }
            }
            Ok(_) => {}
            Err(err) => {
                let path = err
                    .path()
                    .map_or_else(|| root.display().to_string(), |p| p.display().to_string());
                let why = if err.loop_ancestor().is_some() {
                    "symbolic link loop, not followed".to_string()
                } else {
                    err.io_error()
                        .map_or_else(|| err.to_string(), |e| e.to_string())
                };
                items.push(Err(Problem::Error(format!("{path}: {why}"))));
            }
        }
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

/// Files read in folders: `*.txt`, `*.md`, `*.text`, no extension, or a `--glob` match.
fn wanted(path: &Path, globs: Option<&GlobSet>) -> bool {
    if let Some(globs) = globs {
        let name = path.file_name().map(Path::new).unwrap_or(path);
        if globs.is_match(path) || globs.is_match(name) {
            return true;
        }
    }
    match path.extension().and_then(|e| e.to_str()) {
        None => true,
        Some(ext) => matches!(ext.to_ascii_lowercase().as_str(), "txt" | "md" | "text"),
    }
}

/// Opens an item for reading.
pub fn open(item: &Item) -> io::Result<Box<dyn BufRead>> {
    Ok(match item {
        Item::Stdin => Box::new(io::BufReader::new(io::stdin())),
        Item::File { path, .. } => Box::new(io::BufReader::new(std::fs::File::open(path)?)),
    })
}

/// True when the bytes look like a binary file (a NUL byte in the first 8 KiB).
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(8192).any(|&b| b == 0)
}

/// The bytes without the UTF-8 byte order mark a document may start with.
fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// What a binary file gives: skipped with a warning when met in a folder, an error when named.
fn binary_problem(item: &Item, name: &str) -> Problem {
    let message = format!("{name}: binary file, skipped");
    match item {
        Item::File { named: false, .. } => Problem::Warning(message),
        _ => Problem::Error(message),
    }
}

fn legacy_warning(name: &str) -> Problem {
    Problem::Warning(format!("{name}: not valid UTF-8, decoded as Windows-1252"))
}

/// Decodes text: UTF-8, or Windows-1252 when it is not valid UTF-8 (the second value is then
/// true, for a warning).
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, bool) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), false),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text, true)
        }
    }
}

/// Reads a whole item as one text document.
pub fn read_document(item: &Item) -> Result<(Document, Vec<Problem>), Problem> {
    let name = item.name();
    let mut bytes = Vec::new();
    open(item)
        .and_then(|mut r| r.read_to_end(&mut bytes))
        .map_err(|e| Problem::Error(format!("{name}: {}", io_message(&e))))?;
    if looks_binary(&bytes) {
        return match binary_problem(item, &name) {
            warning @ Problem::Warning(_) => Ok((
                Document {
                    id: name,
                    text: String::new(),
                },
                vec![warning],
            )),
            error => Err(error),
        };
    }
    let (text, legacy) = decode(strip_bom(&bytes));
    let problems = if legacy {
        vec![legacy_warning(&name)]
    } else {
        Vec::new()
    };
    let text = text.into_owned();
    Ok((Document { id: name, text }, problems))
}

/// Files larger than this (and stdin) are read in pieces of about this size, so that memory
/// stays bounded whatever the input's size; smaller files are read whole.
pub const PIECE_BYTES: usize = 4 << 20;

/// True when the item is to be read in pieces: stdin, or a file larger than [`PIECE_BYTES`].
pub fn is_large(item: &Item) -> bool {
    match item {
        Item::Stdin => true,
        Item::File { path, .. } => {
            std::fs::metadata(path).is_ok_and(|m| m.len() > PIECE_BYTES as u64)
        }
    }
}

/// Reads an item in pieces of about `size` bytes, each ending at a paragraph break where the
/// text has one (else at a line break, a sentence end, a space between words), decoded like
/// [`read_document`]; calls `each` with each piece, and stops early when it returns false.
/// Returns the warnings met (a legacy encoding, a binary file skipped).
pub fn read_pieces(
    item: &Item,
    size: usize,
    mut each: impl FnMut(&str) -> bool,
) -> Result<Vec<Problem>, Problem> {
    let name = item.name();
    let io_problem = |e: io::Error| Problem::Error(format!("{name}: {}", io_message(&e)));
    let mut reader = open(item).map_err(io_problem)?;
    let mut problems = Vec::new();
    let mut buf: Vec<u8> = Vec::with_capacity(2 * size);
    let mut first = true;
    loop {
        // Fill the buffer to `size` bytes, or to the end of the input.
        let mut end_of_input = false;
        while buf.len() < size {
            let read = (&mut reader)
                .take((size - buf.len()) as u64)
                .read_to_end(&mut buf)
                .map_err(io_problem)?;
            if read == 0 {
                end_of_input = true;
                break;
            }
        }
        if first {
            first = false;
            if looks_binary(&buf) {
                return match binary_problem(item, &name) {
                    warning @ Problem::Warning(_) => Ok(vec![warning]),
                    error => Err(error),
                };
            }
            let bom = buf.len() - strip_bom(&buf).len();
            buf.drain(..bom);
        }
        if buf.is_empty() && end_of_input {
            return Ok(problems);
        }
        let cut = if end_of_input {
            buf.len()
        } else {
            cut_point(&buf)
        };
        let (text, legacy) = decode(&buf[..cut]);
        if legacy && problems.is_empty() {
            problems.push(legacy_warning(&name));
        }
        if !each(&text) {
            return Ok(problems);
        }
        drop(text);
        buf.drain(..cut);
        if end_of_input && buf.is_empty() {
            return Ok(problems);
        }
    }
}

/// Where to end a piece of `buf`: after its last blank line, else after its last line break,
/// else after its last sentence end (`. `), else at its last space between words, else at its
/// last character boundary. Amounts never hold a blank line or `. `.
fn cut_point(buf: &[u8]) -> usize {
    let last = |needle: &[u8]| {
        buf.windows(needle.len())
            .rposition(|w| w == needle)
            .map(|i| i + needle.len())
    };
    let space_between_words = || {
        (1..buf.len().saturating_sub(1))
            .rev()
            .find(|&i| {
                buf[i] == b' '
                    && buf[i - 1].is_ascii_alphabetic()
                    && buf[i + 1].is_ascii_alphabetic()
            })
            .map(|i| i + 1)
    };
    let boundary = || {
        let mut i = buf.len();
        while i > 0 && (buf[i - 1] & 0xC0) == 0x80 {
            i -= 1;
        }
        // Step back over the lead byte of a character cut short.
        if i > 0 && buf[i - 1] >= 0xC0 {
            i - 1
        } else {
            i
        }
    };
    last(b"\n\n")
        .or_else(|| last(b"\n"))
        .or_else(|| last(b". "))
        .or_else(space_between_words)
        .filter(|&i| i > 0)
        .unwrap_or_else(boundary)
}

/// An I/O error as a short sentence, without Rust's `(os error 2)` noise where it is clear.
pub fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => e.to_string(),
    }
}

/// Field names of a JSON Lines record.
pub struct Fields<'a> {
    pub id: &'a str,
    pub text: &'a str,
}

/// One line of a JSON Lines input, not yet parsed (parsing runs on the worker threads).
pub struct RawRecord {
    /// 1-based line number.
    pub number: usize,
    pub bytes: Vec<u8>,
}

/// Reads the lines of a JSON Lines input in batches of at most `max_lines` lines or about
/// `max_bytes` bytes, calling `each` with each batch; stops early when `each` returns false.
/// Blank lines are skipped. Memory stays bounded by one batch whatever the input's size.
pub fn read_record_batches(
    item: &Item,
    max_lines: usize,
    max_bytes: usize,
    mut each: impl FnMut(Vec<RawRecord>) -> bool,
) -> Result<(), Problem> {
    let name = item.name();
    let io_problem = |e: io::Error| Problem::Error(format!("{name}: {}", io_message(&e)));
    let mut reader = open(item).map_err(io_problem)?;
    let mut batch: Vec<RawRecord> = Vec::new();
    let mut batch_bytes = 0;
    let mut number = 0usize;
    loop {
        let mut line = Vec::new();
        let read = reader.read_until(b'\n', &mut line).map_err(io_problem)?;
        if read == 0 {
            break;
        }
        number += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        batch_bytes += line.len();
        batch.push(RawRecord {
            number,
            bytes: line,
        });
        if batch.len() >= max_lines || batch_bytes >= max_bytes {
            if !each(std::mem::take(&mut batch)) {
                return Ok(());
            }
            batch_bytes = 0;
        }
    }
    if !batch.is_empty() {
        each(batch);
    }
    Ok(())
}

/// The document of one JSON Lines record, or the problem of its line.
pub fn parse_raw_record(name: &str, raw: &RawRecord, fields: &Fields) -> Result<Document, Problem> {
    let content = strip_bom(&raw.bytes);
    let number = raw.number;
    parse_record(content, fields)
        .map(|(id, text)| Document {
            id: id.unwrap_or_else(|| format!("{name}:{number}")),
            text,
        })
        .map_err(|why| Problem::Error(format!("{name}:{number}: {why}")))
}

/// The id (as text) and the text of one JSON Lines record.
fn parse_record(line: &[u8], fields: &Fields) -> Result<(Option<String>, String), String> {
    let value: serde_json::Value =
        serde_json::from_slice(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let object = value
        .as_object()
        .ok_or_else(|| "not a JSON object".to_string())?;
    let text = match object.get(fields.text) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return Err(format!("field {:?} is not a string", fields.text)),
        None => return Err(format!("no field {:?}", fields.text)),
    };
    let id = match object.get(fields.id) {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    };
    Ok((id, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(strip_bom(b"\xEF\xBB\xBFabc"), b"abc");
        let (text, legacy) = decode(b"d\xE9j\xE0 1\xA0500 \x80");
        assert!(legacy);
        assert_eq!(text, "déjà 1\u{a0}500 €");
    }

    #[test]
    fn records() {
        let fields = Fields {
            id: "id",
            text: "text",
        };
        assert_eq!(
            parse_record(br#"{"id": 7, "text": "a"}"#, &fields),
            Ok((Some("7".to_string()), "a".to_string()))
        );
        assert!(
            parse_record(br#"{"id": 7}"#, &fields)
                .unwrap_err()
                .contains("no field")
        );
        assert!(
            parse_record(b"{", &fields)
                .unwrap_err()
                .contains("invalid JSON")
        );
        assert!(
            parse_record(b"[1]", &fields)
                .unwrap_err()
                .contains("not a JSON object")
        );
    }

    #[test]
    fn pieces_end_at_paragraph_breaks_and_cover_the_input() {
        let dir = std::env::temp_dir().join(format!("montants-pieces-{}", std::process::id()));
        let text = "Un paragraphe de 3 M€.\n\n".repeat(500) + "La fin, 2 M€.";
        std::fs::write(&dir, &text).unwrap();
        let item = Item::File {
            path: dir.clone(),
            named: true,
        };
        let mut pieces = Vec::new();
        read_pieces(&item, 1000, |p| {
            pieces.push(p.to_string());
            true
        })
        .unwrap();
        std::fs::remove_file(&dir).unwrap();
        assert!(pieces.len() > 5);
        assert_eq!(pieces.concat(), text);
        assert!(
            pieces[..pieces.len() - 1]
                .iter()
                .all(|p| p.ends_with("\n\n"))
        );
    }

    #[test]
    fn a_line_without_breaks_is_cut_at_a_sentence_end() {
        let buf = "Il a reçu 3 M€. Puis 1 500 000 €".as_bytes();
        assert_eq!(&buf[..cut_point(buf)], "Il a reçu 3 M€. ".as_bytes());
        let buf = "é".repeat(10);
        let cut = cut_point(&buf.as_bytes()[..5]);
        assert_eq!(cut, 4);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 5000, ..Default::default() })]

        /// Any line, JSON or not, gives a document or a problem naming the file and line.
        #[test]
        fn any_jsonl_line_gives_a_document_or_a_problem(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            text in ".{0,80}",
        ) {
            let fields = Fields { id: "id", text: "text" };
            for line in [bytes, serde_json::json!({"id": 1, "text": text}).to_string().into_bytes()] {
                let raw = RawRecord { number: 7, bytes: line };
                match parse_raw_record("in.jsonl", &raw, &fields) {
                    Ok(doc) => proptest::prop_assert!(!doc.id.is_empty()),
                    Err(Problem::Error(m)) => proptest::prop_assert!(m.starts_with("in.jsonl:7: ")),
                    Err(p) => proptest::prop_assert!(false, "{:?}", p),
                }
            }
        }
    }

    #[test]
    fn default_extensions() {
        assert!(wanted(Path::new("a/b.txt"), None));
        assert!(wanted(Path::new("a/README"), None));
        assert!(!wanted(Path::new("a/b.html"), None));
    }
}
