//! The batch driver: inputs → extract → writer. Inputs are read and extracted on all the
//! threads of a pool, a batch at a time, and written in input order, so that any number of
//! threads gives the same output byte for byte. Per-input errors are reported on stderr and
//! remembered for the exit code; a broken pipe is a quiet end.

use crate::config::{Config, InputKind};
use crate::input::{self, Document, Fields, Item, Problem, RawRecord};
use crate::output::{self, FindingWriter};
use crate::{guard, target};
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use montants::Finding;
use rayon::prelude::*;
use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

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

/// Files read in parallel at a time; JSON Lines records per batch, and bytes per batch.
const FILES_PER_BATCH: usize = 256;
const RECORDS_PER_BATCH: usize = 4096;
const BYTES_PER_BATCH: usize = 16 << 20;

/// What the workers hand back, in input order.
enum Event {
    Found {
        doc: String,
        findings: Vec<Finding>,
        bytes: usize,
        /// Bytes of input the document was read from.
        input_bytes: usize,
        /// An HTML page's text and fields, for `--emit-text`.
        page: Option<Box<(String, crate::html::Page)>>,
    },
    Problem(Problem),
}

/// Counts for `--stats` and the progress bar.
#[derive(Default)]
struct Stats {
    documents: usize,
    /// Bytes of text extracted from.
    bytes: usize,
    /// Bytes of input read (a page's HTML, a record's JSON), for the progress bar.
    input_bytes: usize,
    findings: usize,
    failures: usize,
}

struct Batch<'w> {
    writer: Box<dyn FindingWriter + 'w>,
    quiet: bool,
    stats: Stats,
    progress: Progress,
    /// The country of documents whose text names none (`--country`).
    country: Option<&'static str>,
}

impl Batch<'_> {
    fn report(&mut self, problem: &Problem) {
        self.progress.suspend(|| match problem {
            Problem::Warning(m) => {
                if !self.quiet {
                    eprintln!("montants: warning: {m}");
                }
            }
            Problem::Error(m) => eprintln!("montants: {m}"),
        });
        if matches!(problem, Problem::Error(_)) {
            self.stats.failures += 1;
        }
    }

    /// Writes the events of a batch in order.
    fn emit(&mut self, events: Vec<Event>) -> io::Result<()> {
        for event in events {
            match event {
                Event::Found {
                    doc,
                    findings,
                    bytes,
                    input_bytes,
                    page,
                } => {
                    self.stats.documents += 1;
                    self.stats.bytes += bytes;
                    self.stats.input_bytes += input_bytes;
                    self.stats.findings += findings.len();
                    if let Some(page) = page {
                        let (text, page) = &*page;
                        self.writer.document(
                            &doc,
                            &output::DocumentFields {
                                text,
                                title: page.title.as_deref(),
                                published: page.published.as_deref(),
                                site_name: page.site_name.as_deref(),
                            },
                        )?;
                    }
                    self.writer.write(&doc, &findings)?;
                }
                Event::Problem(p) => self.report(&p),
            }
        }
        self.progress.update(&self.stats);
        Ok(())
    }
}

/// Runs the whole batch; an `Err` is fatal (exit 2).
pub fn run(config: &Config) -> Result<Outcome> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .context("cannot start the worker threads")?;
    let items = input::expand(&config.sources, config.globs.as_ref());
    // A bare `montants` on a terminal would wait in silence.
    if !config.quiet
        && io::stdin().is_terminal()
        && items.iter().any(|i| matches!(i, Ok(Item::Stdin)))
    {
        eprintln!("montants: reading stdin… (Ctrl-D to end; montants --help for more)");
    }
    match &config.output {
        None => {
            let stdout = io::stdout();
            let out = io::BufWriter::new(stdout.lock());
            run_into(config, &pool, items, Box::new(out)).map(|(o, _)| o)
        }
        Some(path) => {
            let target = target::Target::open(path, &items)?;
            let (file, finish) = target.writer()?;
            let result = run_into(config, &pool, items, Box::new(io::BufWriter::new(file)));
            match result {
                Ok((outcome, stats)) => {
                    // Nothing could be read: a good file from an earlier run stays as it was.
                    let nothing_read = stats.documents == 0 && stats.failures > 0;
                    finish.complete(!nothing_read)?;
                    if nothing_read && !config.quiet {
                        eprintln!(
                            "montants: warning: no input could be read: {} left as it was",
                            input::escaped(&path.display().to_string())
                        );
                    }
                    Ok(outcome)
                }
                Err(e) => {
                    finish.complete(false)?;
                    Err(e)
                }
            }
        }
    }
}

fn run_into(
    config: &Config,
    pool: &rayon::ThreadPool,
    items: Vec<Result<Item, Problem>>,
    out: Box<dyn Write + '_>,
) -> Result<(Outcome, Stats)> {
    let started = Instant::now();
    let mut batch = Batch {
        writer: output::writer(config.output_options, out),
        quiet: config.quiet,
        stats: Stats::default(),
        progress: Progress::new(config.quiet, total_size(&items)),
        country: config.country,
    };
    let written = match config.input {
        InputKind::Text => run_text(&mut batch, pool, items, false),
        InputKind::Html => run_text(&mut batch, pool, items, true),
        InputKind::Jsonl => run_jsonl(&mut batch, pool, items, config),
    };
    let written = written.and_then(|()| batch.writer.finish());
    batch.progress.finish();
    drop(batch.writer);
    let stats = batch.stats;
    let outcome = match written {
        // A failure met before the reader went away still fails the run.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe && stats.failures == 0 => Outcome::Closed,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Outcome::SomeFailed,
        Err(e) => return Err(anyhow::Error::new(e).context("cannot write the output")),
        Ok(()) if stats.failures > 0 => Outcome::SomeFailed,
        Ok(()) => Outcome::Complete,
    };
    if config.stats {
        print_stats(&stats, started.elapsed());
    }
    Ok((outcome, stats))
}

fn print_stats(stats: &Stats, elapsed: Duration) {
    let mb = stats.bytes as f64 / 1e6;
    let seconds = elapsed.as_secs_f64();
    eprintln!(
        "montants: {} documents, {:.1} MB, {} findings, {} failures, {:.2} s, {:.1} MB/s",
        stats.documents,
        mb,
        stats.findings,
        stats.failures,
        seconds,
        if seconds > 0.0 { mb / seconds } else { 0.0 }
    );
}

/// One document a file: files are read and extracted in parallel, a batch at a time; a large
/// file (or stdin) is read in pieces, in order, in bounded memory.
/// `html`: every input is an HTML page (`--input html`), read whole.
fn run_text(
    batch: &mut Batch,
    pool: &rayon::ThreadPool,
    items: Vec<Result<Item, Problem>>,
    html: bool,
) -> io::Result<()> {
    let mut pending: Vec<Result<Item, Problem>> = Vec::new();
    for item in items {
        match item {
            Ok(item) if !html && input::is_large(&item) => {
                run_small(batch, pool, std::mem::take(&mut pending), html)?;
                run_large(batch, &item)?;
            }
            item => {
                pending.push(item);
                if pending.len() >= FILES_PER_BATCH {
                    run_small(batch, pool, std::mem::take(&mut pending), html)?;
                }
            }
        }
    }
    run_small(batch, pool, pending, html)
}

fn run_small(
    batch: &mut Batch,
    pool: &rayon::ThreadPool,
    items: Vec<Result<Item, Problem>>,
    html: bool,
) -> io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    let country = batch.country;
    let events: Vec<Vec<Event>> = pool.install(|| {
        items
            .par_iter()
            .map(|item| match item {
                Ok(item) => text_events(item, html, country),
                Err(problem) => vec![Event::Problem(problem.clone())],
            })
            .collect()
    });
    batch.emit(events.into_iter().flatten().collect())
}

/// Reads one large document in pieces and writes each piece's findings as they come.
fn run_large(batch: &mut Batch, item: &Item) -> io::Result<()> {
    let doc = item.name();
    let mut extractor = montants::Extractor::with_country(batch.country);
    let mut write_error = None;
    let mut panicked = None;
    let mut write =
        |batch: &mut Batch, findings: Vec<Finding>| match batch.writer.write(&doc, &findings) {
            Ok(()) => {
                batch.stats.findings += findings.len();
                batch.progress.update(&batch.stats);
                true
            }
            Err(e) => {
                write_error = Some(e);
                false
            }
        };
    let read = input::read_pieces(item, input::PIECE_BYTES, |piece| {
        batch.stats.bytes += piece.len();
        batch.stats.input_bytes += piece.len();
        match guard::isolate(|| extractor.feed(piece)) {
            Ok(findings) => write(batch, findings),
            Err(why) => {
                panicked = Some(why);
                false
            }
        }
    });
    if read.is_ok() && panicked.is_none() {
        match guard::isolate(|| extractor.finish()) {
            Ok(findings) => {
                write(batch, findings);
            }
            Err(why) => panicked = Some(why),
        }
    }
    if let Some(e) = write_error {
        return Err(e);
    }
    if let Some(why) = panicked {
        batch.report(&guard::problem(&doc, &why));
        return Ok(());
    }
    match read {
        Ok(problems) => {
            batch.stats.documents += 1;
            for p in problems
                .iter()
                .chain(&too_large_warning(&doc, extractor.too_large()))
            {
                batch.report(p);
            }
        }
        Err(problem) => batch.report(&problem),
    }
    Ok(())
}

fn text_events(item: &Item, html: bool, country: Option<&'static str>) -> Vec<Event> {
    match input::read_document(item, html) {
        Ok((doc, problems)) => {
            let mut events: Vec<Event> = problems.into_iter().map(Event::Problem).collect();
            events.extend(found(doc, &item.name(), country));
            events
        }
        Err(problem) => vec![Event::Problem(problem)],
    }
}

/// The findings of a document, and a warning when amounts too large were left out; a panic
/// in the library becomes this document's error (`place`: its file, and record line), and the
/// batch goes on.
fn found(doc: Document, place: &str, country: Option<&'static str>) -> Vec<Event> {
    // A record's own country (`--country-field`) wins over `--country`; one the table does not
    // hold is reported and left aside.
    let mut events = Vec::with_capacity(2);
    let country = match doc.country.as_deref() {
        None => country,
        Some(name) => match montants::country_code(name) {
            Some(code) => Some(code),
            None => {
                events.push(Event::Problem(Problem::Warning(format!(
                    "{place}: country {:?} is not in the country table, ignored",
                    input::escaped(name)
                ))));
                country
            }
        },
    };
    let extracted = guard::isolate(|| {
        // The tests of the binary need a document that panics, now that the known ones no
        // longer do: debug builds panic on a document holding this variable's value.
        #[cfg(debug_assertions)]
        if let Some(marker) = std::env::var("MONTANTS_TEST_PANIC")
            .ok()
            .filter(|m| !m.is_empty())
            && doc.text.contains(&marker)
        {
            panic!("test panic on a document holding {marker:?}");
        }
        let mut extractor = montants::Extractor::with_country(country);
        let findings = extractor.whole(&doc.text);
        (findings, extractor.too_large())
    });
    let (findings, too_large) = match extracted {
        Ok(done) => done,
        Err(why) => {
            events.push(Event::Problem(guard::problem(place, &why)));
            return events;
        }
    };
    if let Some(warning) = too_large_warning(&doc.id, too_large) {
        events.push(Event::Problem(warning));
    }
    events.push(Event::Found {
        bytes: doc.text.len(),
        input_bytes: doc.input_bytes,
        doc: doc.id,
        findings,
        page: doc.page.map(|page| Box::new((doc.text, page))),
    });
    events
}

fn too_large_warning(doc: &str, count: usize) -> Option<Problem> {
    (count > 0).then(|| {
        Problem::Warning(format!(
            "{doc}: {count} amount(s) with more than 28 significant digits left out (exact \
             arithmetic holds no more)"
        ))
    })
}

/// One document a line: lines are read in batches, parsed and extracted in parallel.
fn run_jsonl(
    batch: &mut Batch,
    pool: &rayon::ThreadPool,
    items: Vec<Result<Item, Problem>>,
    config: &Config,
) -> io::Result<()> {
    let fields = Fields {
        id: &config.id_field,
        text: &config.text_field,
        html: config.html_field,
        country: config.country_field.as_deref(),
    };
    for item in items {
        let item = match item {
            Ok(item) => item,
            Err(problem) => {
                batch.report(&problem);
                continue;
            }
        };
        let name = item.name();
        let mut write_error = None;
        let country = batch.country;
        let read = input::read_record_batches(
            &item,
            RECORDS_PER_BATCH,
            BYTES_PER_BATCH,
            |records: Vec<RawRecord>| {
                let events: Vec<Event> = pool.install(|| {
                    records
                        .par_iter()
                        .flat_map(|raw| match input::parse_raw_record(&name, raw, &fields) {
                            Ok(doc) => found(doc, &format!("{name}:{}", raw.number), country),
                            Err(problem) => vec![Event::Problem(problem)],
                        })
                        .collect()
                });
                match batch.emit(events) {
                    Ok(()) => true,
                    Err(e) => {
                        write_error = Some(e);
                        false
                    }
                }
            },
        );
        if let Some(e) = write_error {
            return Err(e);
        }
        if let Err(problem) = read {
            batch.report(&problem);
        }
    }
    Ok(())
}

/// The bytes of all the inputs, when they are all files whose size is known.
fn total_size(items: &[Result<Item, Problem>]) -> Option<u64> {
    items.iter().try_fold(0u64, |sum, item| match item {
        Ok(Item::File { path, .. }) => std::fs::metadata(path)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| sum + m.len()),
        Ok(Item::Stdin) => None,
        Err(_) => Some(sum),
    })
}

/// A progress bar on stderr, shown only when stderr is a terminal, warnings are not silenced,
/// and the run has lasted more than a moment.
///
/// When every input is a file, their sizes are known up front: a bar with the bytes read of
/// the total, the percentage, the rate and the time left; on stdin a spinner with bytes and
/// rate.
struct Progress {
    enabled: bool,
    started: Instant,
    /// Bytes of all the inputs, when known.
    total: Option<u64>,
    bar: Option<ProgressBar>,
    /// Where to draw (a test's in-memory terminal; stderr otherwise).
    target: Option<indicatif::ProgressDrawTarget>,
}

impl Progress {
    fn new(quiet: bool, total: Option<u64>) -> Self {
        Progress {
            enabled: !quiet && io::stderr().is_terminal(),
            started: Instant::now(),
            total,
            bar: None,
            target: None,
        }
    }

    fn update(&mut self, stats: &Stats) {
        if !self.enabled || self.started.elapsed() < Duration::from_millis(500) {
            return;
        }
        let total = self.total;
        let target = self.target.take();
        let bar = self.bar.get_or_insert_with(|| {
            let (bar, template) = match total {
                Some(total) => (
                    ProgressBar::new(total),
                    "{elapsed_precise} [{bar:30}] {percent:>3}% {binary_bytes}/{binary_total_bytes} \
                     {binary_bytes_per_sec} ETA {eta} {msg}",
                ),
                None => (
                    ProgressBar::new_spinner(),
                    "{spinner} {elapsed} {binary_bytes} {binary_bytes_per_sec} {msg}",
                ),
            };
            if let Some(target) = target {
                bar.set_draw_target(target);
            }
            bar.set_style(
                ProgressStyle::with_template(template)
                    .unwrap_or_else(|_| ProgressStyle::default_spinner())
                    .progress_chars("=> "),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        let done = stats.input_bytes as u64;
        bar.set_position(total.map_or(done, |t| done.min(t)));
        bar.set_message(format!(
            "{} documents, {} findings",
            stats.documents, stats.findings
        ));
    }

    /// Runs `f` (which prints to stderr) with the bar out of the way.
    fn suspend(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(total: Option<u64>) -> String {
        let term = indicatif::InMemoryTerm::new(4, 160);
        let mut progress = Progress {
            enabled: true,
            started: Instant::now() - Duration::from_secs(1),
            total,
            bar: None,
            target: Some(indicatif::ProgressDrawTarget::term_like(Box::new(
                term.clone(),
            ))),
        };
        let stats = Stats {
            documents: 3,
            input_bytes: 250,
            findings: 7,
            ..Stats::default()
        };
        progress.update(&stats);
        progress.bar.as_ref().unwrap().tick();
        let shown = term.contents();
        progress.finish();
        shown
    }

    #[test]
    fn the_bar_shows_a_percentage_and_the_time_left_when_sizes_are_known() {
        let shown = drawn(Some(1000));
        assert!(shown.contains(" 25% "), "{shown}");
        assert!(shown.contains("250 B/1000 B"), "{shown}");
        assert!(shown.contains("ETA"), "{shown}");
        assert!(shown.contains("3 documents, 7 findings"), "{shown}");
    }

    #[test]
    fn on_stdin_a_spinner_with_bytes() {
        let shown = drawn(None);
        assert!(shown.contains("250 B"), "{shown}");
        assert!(!shown.contains('%'), "{shown}");
    }
}
