//! The resolved configuration the program runs on, apart from how the flags were spelled.

use crate::cli::Cli;
use anyhow::{Context, Result};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::path::PathBuf;

pub use crate::input::Source;
pub use crate::output::Format;

/// How inputs are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputKind {
    /// Each file (or stdin) is one document.
    Text,
    /// Each line is a JSON object with an id and a text.
    Jsonl,
    /// Each file (or stdin) is an HTML page (files named `*.html`, `*.htm` are read as HTML
    /// anyway).
    Html,
}

pub struct Config {
    pub sources: Vec<Source>,
    pub output: Option<PathBuf>,
    pub input: InputKind,
    pub id_field: String,
    pub text_field: String,
    /// With JSON Lines: the text field holds HTML.
    pub html_field: bool,
    /// The country of documents whose text names none (`--country`).
    pub country: Option<&'static str>,
    /// With JSON Lines: the field holding each record's country.
    pub country_field: Option<String>,
    /// Extra file patterns to read in folders.
    pub globs: Option<GlobSet>,
    pub quiet: bool,
    /// Worker threads; 0 is one per core.
    pub threads: usize,
    pub stats: bool,
    /// How findings are written.
    pub output_options: crate::output::Options,
}

impl Config {
    pub fn from_cli(cli: Cli) -> Result<Config> {
        let sources = if cli.paths.is_empty() {
            vec![Source::Stdin]
        } else {
            cli.paths
                .into_iter()
                .map(|p| {
                    if p.as_os_str() == "-" {
                        Source::Stdin
                    } else {
                        Source::Path(p)
                    }
                })
                .collect()
        };
        let globs = if cli.glob.is_empty() {
            None
        } else {
            let mut builder = GlobSetBuilder::new();
            for pattern in &cli.glob {
                builder.add(Glob::new(pattern).with_context(|| format!("bad --glob {pattern:?}"))?);
            }
            Some(builder.build()?)
        };
        let country = match &cli.country {
            None => None,
            Some(name) => Some(montants::country_code(name).with_context(|| {
                let codes: Vec<&str> = montants::country_codes().collect();
                format!(
                    "--country {name:?}: not a country of the table (one of {})",
                    codes.join(", ")
                )
            })?),
        };
        if cli.country_field.is_some() && cli.input != InputKind::Jsonl {
            anyhow::bail!("--country-field is for --input jsonl");
        }
        let dialect = if cli.excel {
            crate::output::Dialect::ExcelFr
        } else {
            cli.csv_dialect
        };
        if dialect != crate::output::Dialect::Rfc4180 && cli.format != Format::Csv {
            anyhow::bail!("--excel and --csv-dialect are for --format csv");
        }
        if cli.format == Format::Xlsx
            && cli.output.is_none()
            && std::io::IsTerminal::is_terminal(&std::io::stdout())
        {
            anyhow::bail!("--format xlsx writes a binary workbook: give -o FILE.xlsx");
        }
        let output_options = crate::output::Options {
            format: cli.format,
            dialect,
            explain: cli.explain,
            summary: cli.summary,
            emit_text: cli.emit_text,
        };
        Ok(Config {
            sources,
            output: cli.output,
            input: cli.input,
            id_field: cli.id_field,
            text_field: cli.html_field.clone().unwrap_or(cli.text_field),
            html_field: cli.html_field.is_some(),
            country,
            country_field: cli.country_field,
            globs,
            quiet: cli.quiet,
            threads: bounded_threads(cli.threads.unwrap_or(0), cli.quiet),
            stats: cli.stats,
            output_options,
        })
    }
}

/// More threads than a few per core only cost time to start (`-j 5000`): at most
/// [`THREADS_PER_CORE`] per core, with a warning.
fn bounded_threads(asked: usize, quiet: bool) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let most = cores * THREADS_PER_CORE;
    if asked > most {
        if !quiet {
            eprintln!(
                "montants: warning: -j {asked}: using {most} threads ({THREADS_PER_CORE} per core)"
            );
        }
        most
    } else {
        asked
    }
}

const THREADS_PER_CORE: usize = 8;
