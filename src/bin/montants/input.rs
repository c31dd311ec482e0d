//! Inputs: stdin, files and folders (walked in sorted order), read as text or as JSON Lines
//! records, decoded from UTF-8 (BOM or not) or, failing that, Windows-1252.

use globset::GlobSet;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// Where one input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    Path(PathBuf),
}

/// One document to extract from.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The path, the JSON id, or `-` for stdin.
    pub id: String,
    pub text: String,
    /// The page's fields when the document was HTML (its `text` is then the page's text).
    pub page: Option<crate::html::Page>,
    /// Bytes it was read from (a file's, a JSON Lines line's).
    pub input_bytes: usize,
    /// The record's country field, as written (JSON Lines with `--country-field`).
    pub country: Option<String>,
}

impl Document {
    fn new(id: String, text: String) -> Self {
        let input_bytes = text.len();
        Document {
            id,
            text,
            page: None,
            input_bytes,
            country: None,
        }
    }

    /// The document of an HTML page: its text, the page kept for `--emit-text`.
    fn html(id: String, html: &str) -> Self {
        let mut page = crate::html::page(html);
        let text = std::mem::take(&mut page.text);
        Document {
            id,
            text,
            page: Some(page),
            input_bytes: html.len(),
            country: None,
        }
    }
}

/// One input to read: stdin or a file, and whether it was named on the command line (a file
/// met in a folder that turns out to be binary is skipped with a warning; a named one fails).
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Stdin,
    File { path: PathBuf, named: bool },
}

impl Item {
    /// The name the output and the messages give: the path, with bytes that are not UTF-8
    /// written `\xff` and control characters `\u{1b}` (see [`escaped_path`]), or `-`.
    pub fn name(&self) -> String {
        match self {
            Item::Stdin => "-".to_string(),
            Item::File { path, .. } => escaped_path(path),
        }
    }
}

/// A path as text that cannot forge a line on stderr or hide a difference: a byte that is not
/// UTF-8 is written `\xff`, a control character `\u{1b}`, a backslash `\\`, so that two
/// different paths never print the same.
pub fn escaped_path(path: &Path) -> String {
    let mut out = String::new();
    for chunk in path.as_os_str().as_encoded_bytes().utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

/// Text for a message on stderr: control characters written `\u{1b}`.
pub fn escaped(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
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
    name.as_encoded_bytes().starts_with(b".")
}

/// Files read in folders: `*.txt`, `*.md`, `*.text`, `*.html`, `*.htm`, no extension, or a
/// `--glob` match.
fn wanted(path: &Path, globs: Option<&GlobSet>) -> bool {
    if let Some(globs) = globs {
        let name = path.file_name().map(Path::new).unwrap_or(path);
        if globs.is_match(path) || globs.is_match(name) {
            return true;
        }
    }
    match path.extension() {
        None => true,
        // An extension that is not UTF-8 is none of ours.
        Some(ext) => ext.to_str().is_some_and(|ext| {
            matches!(
                ext.to_ascii_lowercase().as_str(),
                "txt" | "md" | "text" | "html" | "htm"
            )
        }),
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

/// How a document's bytes are decoded, decided once for the whole document: UTF-16 when it
/// starts with a UTF-16 byte order mark, else UTF-8 when all of it is valid UTF-8 (with or
/// without a BOM), else Windows-1252.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decoding {
    pub encoding: &'static encoding_rs::Encoding,
    /// Bytes of byte order mark to skip.
    pub bom: usize,
}

impl Decoding {
    /// The decoding a byte order mark decides, if any.
    fn from_bom(start: &[u8]) -> Option<Decoding> {
        let (encoding, bom) = encoding_rs::Encoding::for_bom(start)?;
        Some(Decoding { encoding, bom })
    }

    /// The decoding of a document whose bytes are all `bytes`.
    pub fn of(bytes: &[u8]) -> Decoding {
        Decoding::from_bom(bytes).unwrap_or_else(|| Decoding {
            encoding: if std::str::from_utf8(bytes).is_ok() {
                encoding_rs::UTF_8
            } else {
                encoding_rs::WINDOWS_1252
            },
            bom: 0,
        })
    }

    fn is_legacy(&self) -> bool {
        self.encoding == encoding_rs::WINDOWS_1252
    }

    fn is_utf16(&self) -> bool {
        self.encoding == encoding_rs::UTF_16LE || self.encoding == encoding_rs::UTF_16BE
    }
}

/// Reads a whole item as one document: HTML when `html` is set or the file's name says so
/// (`.html`, `.htm`), else text.
pub fn read_document(item: &Item, html: bool) -> Result<(Document, Vec<Problem>), Problem> {
    let name = item.name();
    let mut bytes = Vec::new();
    open(item)
        .and_then(|mut r| r.read_to_end(&mut bytes))
        .map_err(|e| Problem::Error(format!("{name}: {}", io_message(&e))))?;
    let decoding = Decoding::of(&bytes);
    if !decoding.is_utf16() && looks_binary(&bytes) {
        return match binary_problem(item, &name) {
            warning @ Problem::Warning(_) => {
                Ok((Document::new(name, String::new()), vec![warning]))
            }
            error => Err(error),
        };
    }
    let problems = if decoding.is_legacy() {
        vec![legacy_warning(&name)]
    } else {
        Vec::new()
    };
    let (text, _) = decoding
        .encoding
        .decode_without_bom_handling(&bytes[decoding.bom..]);
    let html = html || matches!(item, Item::File { path, .. } if crate::html::is_html_path(path));
    let mut document = if html {
        Document::html(name, &text)
    } else {
        Document::new(name, text.into_owned())
    };
    document.input_bytes = bytes.len();
    Ok((document, problems))
}

/// Files larger than this, stdin, and whatever is not a regular file (a FIFO, a device) are
/// read in pieces of this size, so that memory stays bounded whatever the input's size;
/// smaller files are read whole.
pub const PIECE_BYTES: usize = 4 << 20;

/// True when the item is to be read in pieces: stdin, a file larger than [`PIECE_BYTES`], or
/// anything that is not a regular file (its size says nothing: `/dev/zero` has size 0).
pub fn is_large(item: &Item) -> bool {
    match item {
        Item::Stdin => true,
        // An HTML page is parsed whole.
        Item::File { path, .. } if crate::html::is_html_path(path) => false,
        Item::File { path, .. } => {
            std::fs::metadata(path).is_ok_and(|m| !m.is_file() || m.len() > PIECE_BYTES as u64)
        }
    }
}

/// True when all of the file at `path` is valid UTF-8: read once through, in bounded memory,
/// so that a large file's decoding is decided as a small file's is, whatever its size.
fn all_utf8(path: &Path) -> io::Result<bool> {
    let mut file = std::fs::File::open(path)?;
    let mut buf = vec![0u8; 1 << 20];
    let mut kept = 0;
    loop {
        let read = file.read(&mut buf[kept..])?;
        if read == 0 {
            return Ok(kept == 0);
        }
        let filled = kept + read;
        match std::str::from_utf8(&buf[..filled]) {
            Ok(_) => kept = 0,
            // A character cut at the end of the buffer: keep its bytes for the next read.
            Err(e) if e.error_len().is_none() => {
                let valid = e.valid_up_to();
                buf.copy_within(valid..filled, 0);
                kept = filled - valid;
            }
            Err(_) => return Ok(false),
        }
    }
}

/// Reads an item in pieces of about `size` bytes, cut anywhere (the extractor chooses where to
/// read up to), decoded the way [`read_document`] decodes a whole file: the decoding is decided
/// once, by a first pass over a regular file; for stdin, a FIFO or a device, by the first piece
/// (later bytes that are not UTF-8 are then replaced with U+FFFD, with a warning). Calls `each`
/// with each piece, and stops early when it returns false. Returns the warnings met (a legacy
/// encoding, a binary file skipped).
pub fn read_pieces(
    item: &Item,
    size: usize,
    mut each: impl FnMut(&str) -> bool,
) -> Result<Vec<Problem>, Problem> {
    let name = item.name();
    let io_problem = |e: io::Error| Problem::Error(format!("{name}: {}", io_message(&e)));
    let mut reader = open(item).map_err(io_problem)?;
    let mut problems = Vec::new();
    let mut buf: Vec<u8> = Vec::with_capacity(size);
    let fill = |reader: &mut Box<dyn BufRead>, buf: &mut Vec<u8>| -> io::Result<bool> {
        buf.clear();
        while buf.len() < size {
            if reader.take((size - buf.len()) as u64).read_to_end(buf)? == 0 {
                return Ok(true);
            }
        }
        Ok(false)
    };
    let mut end_of_input = fill(&mut reader, &mut buf).map_err(io_problem)?;
    let decoding = match Decoding::from_bom(&buf) {
        Some(d) => d,
        None if looks_binary(&buf) => {
            return match binary_problem(item, &name) {
                warning @ Problem::Warning(_) => Ok(vec![warning]),
                error => Err(error),
            };
        }
        None => {
            let regular = match item {
                Item::File { path, .. } => std::fs::metadata(path).is_ok_and(|m| m.is_file()),
                Item::Stdin => false,
            };
            let utf8 = if regular {
                let Item::File { path, .. } = item else {
                    unreachable!()
                };
                all_utf8(path).map_err(io_problem)?
            } else {
                match std::str::from_utf8(&buf) {
                    Ok(_) => true,
                    Err(e) => e.error_len().is_none() && !end_of_input,
                }
            };
            Decoding {
                encoding: if utf8 {
                    encoding_rs::UTF_8
                } else {
                    encoding_rs::WINDOWS_1252
                },
                bom: 0,
            }
        }
    };
    if decoding.is_legacy() {
        problems.push(legacy_warning(&name));
    }
    let mut decoder = decoding.encoding.new_decoder_without_bom_handling();
    let mut start = decoding.bom;
    let mut replaced = false;
    loop {
        let bytes = &buf[start.min(buf.len())..];
        let mut text = String::with_capacity(
            decoder
                .max_utf8_buffer_length(bytes.len())
                .unwrap_or(bytes.len() * 3),
        );
        let (_, _, had_errors) = decoder.decode_to_string(bytes, &mut text, end_of_input);
        replaced |= had_errors;
        if !text.is_empty() && !each(&text) {
            break;
        }
        if end_of_input {
            break;
        }
        start = 0;
        end_of_input = fill(&mut reader, &mut buf).map_err(io_problem)?;
    }
    if replaced && !decoding.is_legacy() {
        problems.push(Problem::Warning(format!(
            "{name}: bytes that are not UTF-8 after the first piece, replaced with U+FFFD"
        )));
    }
    Ok(problems)
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
    /// The text field holds HTML (`--html-field`).
    pub html: bool,
    /// The field of each record's country, if any.
    pub country: Option<&'a str>,
}

/// One line of a JSON Lines input, not yet parsed (parsing runs on the worker threads).
pub struct RawRecord {
    /// 1-based line number.
    pub number: usize,
    pub bytes: Vec<u8>,
    /// The line is longer than [`MAX_RECORD_BYTES`]: its bytes were not kept.
    pub too_long: bool,
}

/// The longest JSON Lines record read, in bytes; a longer one is skipped with an error, so that
/// memory stays bounded whatever a line's length.
pub const MAX_RECORD_BYTES: usize = 64 << 20;

/// Reads one line (up to and with its `\n`) into `line`, keeping at most `limit` bytes: past
/// that the rest of the line is read and dropped. Returns the bytes read and whether the line
/// was kept whole.
fn read_line_within(
    reader: &mut dyn BufRead,
    line: &mut Vec<u8>,
    limit: usize,
) -> io::Result<(usize, bool)> {
    let mut read = 0;
    let mut whole = true;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((read, whole));
        }
        let (chunk, done) = match memchr_newline(available) {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let n = chunk.len();
        if whole && line.len() + n <= limit {
            line.extend_from_slice(chunk);
        } else {
            whole = false;
            line.clear();
        }
        reader.consume(n);
        read += n;
        if done {
            return Ok((read, whole));
        }
    }
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
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
        let (read, whole) =
            read_line_within(&mut reader, &mut line, MAX_RECORD_BYTES).map_err(io_problem)?;
        if read == 0 {
            break;
        }
        number += 1;
        if whole && line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        batch_bytes += line.len();
        batch.push(RawRecord {
            number,
            bytes: line,
            too_long: !whole,
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
    let number = raw.number;
    if raw.too_long {
        return Err(Problem::Error(format!(
            "{name}:{number}: record longer than {} MiB, skipped",
            MAX_RECORD_BYTES >> 20
        )));
    }
    let content = strip_bom(&raw.bytes);
    parse_record(content, fields)
        .map(|(id, text, country)| {
            // No id, or an empty one: the record's place names it.
            let id = id
                .filter(|id| !id.is_empty())
                .unwrap_or_else(|| format!("{name}:{number}"));
            let mut document = if fields.html {
                Document::html(id, &text)
            } else {
                Document::new(id, text)
            };
            document.input_bytes = raw.bytes.len();
            document.country = country;
            document
        })
        .map_err(|why| Problem::Error(format!("{name}:{number}: {why}")))
}

/// The id (as text), the text and the country (a string, when the field is asked for and
/// holds one) of one JSON Lines record.
type Record = (Option<String>, String, Option<String>);

fn parse_record(line: &[u8], fields: &Fields) -> Result<Record, String> {
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
    let country = fields
        .country
        .and_then(|f| object.get(f))
        .and_then(|v| v.as_str())
        .map(str::to_string);
    Ok((id, text, country))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(strip_bom(b"\xEF\xBB\xBFabc"), b"abc");
        let bytes = b"d\xE9j\xE0 1\xA0500 \x80";
        let decoding = Decoding::of(bytes);
        assert!(decoding.is_legacy());
        assert_eq!(
            decoding.encoding.decode_without_bom_handling(bytes).0,
            "déjà 1\u{a0}500 €"
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("3 M€".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let decoding = Decoding::of(&utf16);
        assert!(decoding.is_utf16());
        assert_eq!(
            decoding
                .encoding
                .decode_without_bom_handling(&utf16[decoding.bom..])
                .0,
            "3 M€"
        );
    }

    #[test]
    fn names_are_escaped() {
        use std::os::unix::ffi::OsStrExt;
        let odd = Path::new(std::ffi::OsStr::from_bytes(b"a\xffb\n"));
        assert_eq!(escaped_path(odd), "a\\xffb\\u{a}");
        assert_ne!(escaped_path(odd), escaped_path(Path::new("a\\xffb\\u{a}")));
        assert!(is_hidden(std::ffi::OsStr::from_bytes(b".\xffhidden")));
        assert!(!wanted(
            Path::new(std::ffi::OsStr::from_bytes(b"ext.\xff")),
            None
        ));
    }

    #[test]
    fn records() {
        let fields = Fields {
            id: "id",
            text: "text",
            html: false,
            country: None,
        };
        assert_eq!(
            parse_record(br#"{"id": 7, "text": "a"}"#, &fields),
            Ok((Some("7".to_string()), "a".to_string(), None))
        );
        let with_country = Fields {
            country: Some("pays"),
            ..fields
        };
        assert_eq!(
            parse_record(br#"{"id": 7, "text": "a", "pays": "CA"}"#, &with_country),
            Ok((
                Some("7".to_string()),
                "a".to_string(),
                Some("CA".to_string())
            ))
        );
        assert_eq!(
            parse_record(br#"{"id": 7, "text": "a"}"#, &with_country),
            Ok((Some("7".to_string()), "a".to_string(), None))
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
    fn pieces_cover_the_input() {
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
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 5000, ..Default::default() })]

        /// Any line, JSON or not, gives a document or a problem naming the file and line.
        #[test]
        fn any_jsonl_line_gives_a_document_or_a_problem(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            text in ".{0,80}",
        ) {
            let fields = Fields { id: "id", text: "text", html: false, country: None };
            for line in [bytes, serde_json::json!({"id": 1, "text": text}).to_string().into_bytes()] {
                let raw = RawRecord { number: 7, bytes: line, too_long: false };
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
        assert!(wanted(Path::new("a/b.html"), None));
        assert!(!wanted(Path::new("a/b.pdf"), None));
    }
}
