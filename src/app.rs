//! The batch driver: inputs → extract → writer, with per-input errors reported on stderr and
//! remembered for the exit code, and a broken pipe taken as a quiet end.

use crate::config::{Config, InputKind};
use crate::input::{self, Document, Fields, Item, Problem};
use crate::output::{self, FindingWriter};
use anyhow::{Context, Result};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every input was read.
    Complete,
    /// Some input failed; the others were written.
    SomeFailed,
    /// The reader of our output went away (`| head`): a quiet success.
    Closed,
}

struct Batch<'w> {
    writer: Box<dyn FindingWriter + 'w>,
    quiet: bool,
    failed: bool,
}

impl Batch<'_> {
    fn report(&mut self, problem: Problem) {
        match problem {
            Problem::Warning(m) => {
                if !self.quiet {
                    eprintln!("montants: warning: {m}");
                }
            }
            Problem::Error(m) => {
                self.failed = true;
                eprintln!("montants: {m}");
            }
        }
    }

    fn document(&mut self, doc: &Document) -> io::Result<()> {
        let findings = montants::extract(&doc.text);
        self.writer.write(&doc.id, &findings)
    }
}

/// Runs the whole batch; an `Err` is fatal (exit 2).
pub fn run(config: &Config) -> Result<Outcome> {
    match &config.output {
        None => {
            let stdout = io::stdout();
            let out = io::BufWriter::new(stdout.lock());
            run_into(config, Box::new(out))
        }
        Some(path) => {
            let (tmp, file) = temporary_beside(path)?;
            let outcome = run_into(config, Box::new(io::BufWriter::new(file)));
            match outcome {
                Ok(o) => {
                    std::fs::rename(&tmp, path)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    Ok(o)
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&tmp);
                    Err(e)
                }
            }
        }
    }
}

/// A new file beside `path`, to be renamed over it once complete, so that a failed run never
/// leaves a truncated file where a good one was.
fn temporary_beside(path: &Path) -> Result<(PathBuf, std::fs::File)> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .with_context(|| format!("cannot write {}: not a file name", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.montants-{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let file =
        std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", path.display()))?;
    Ok((tmp, file))
}

fn run_into(config: &Config, out: Box<dyn Write + '_>) -> Result<Outcome> {
    let mut batch = Batch {
        writer: output::writer(config.format, out),
        quiet: config.quiet,
        failed: false,
    };
    let items = input::expand(&config.sources, config.globs.as_ref());
    for item in items {
        let item = match item {
            Ok(item) => item,
            Err(problem) => {
                batch.report(problem);
                continue;
            }
        };
        let written = match config.input {
            InputKind::Text => read_text(&mut batch, &item),
            InputKind::Jsonl => read_jsonl(&mut batch, &item, config),
        };
        if let Err(e) = written {
            return closed_or_fatal(e);
        }
    }
    if let Err(e) = batch.writer.finish() {
        return closed_or_fatal(e);
    }
    Ok(if batch.failed {
        Outcome::SomeFailed
    } else {
        Outcome::Complete
    })
}

fn closed_or_fatal(e: io::Error) -> Result<Outcome> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(Outcome::Closed)
    } else {
        Err(anyhow::Error::new(e).context("cannot write the output"))
    }
}

fn read_text(batch: &mut Batch, item: &Item) -> io::Result<()> {
    match input::read_document(item) {
        Ok((doc, problems)) => {
            for p in problems {
                batch.report(p);
            }
            batch.document(&doc)
        }
        Err(problem) => {
            batch.report(problem);
            Ok(())
        }
    }
}

fn read_jsonl(batch: &mut Batch, item: &Item, config: &Config) -> io::Result<()> {
    let fields = Fields {
        id: &config.id_field,
        text: &config.text_field,
    };
    let mut write_error = None;
    let read = input::read_records(item, &fields, |record| match record {
        Ok(doc) => match batch.document(&doc) {
            Ok(()) => true,
            Err(e) => {
                write_error = Some(e);
                false
            }
        },
        Err(problem) => {
            batch.report(problem);
            true
        }
    });
    if let Err(problem) = read {
        batch.report(problem);
    }
    match write_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
