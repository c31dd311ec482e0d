//! The command line, as clap reads it: doc comments are the help.

use crate::config::{Format, InputKind};
use clap::{CommandFactory, Parser, Subcommand};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  cat article.txt | montants                      findings of stdin, as CSV
  montants article.txt --format jsonl             one JSON object per finding
  montants articles/ -o figures.csv               every .txt/.md/.text file of a folder
  montants articles/ --glob '*.html'              other files too
  montants --input jsonl dump.jsonl --format json  {\"id\": …, \"text\": …} records
  montants --country CA quebec/                    bare dollars are Canadian
  montants --input jsonl --country-field pays dump.jsonl   each record's country
  montants archive/ -j 2 --stats -o figures.csv    two threads, a summary at the end
  montants completions bash > /etc/bash_completion.d/montants
  montants man > montants.1                          the manual page
  montants articles/ --excel -o figures.csv        for a French Excel or LibreOffice
  montants articles/ --format xlsx -o figures.xlsx a workbook
  montants articles/ --summary                     totals per currency, source and actor

Exit codes: 0 every input was read (with or without findings); 1 some input failed (the others
were written); 2 fatal error (bad flags, output cannot be written).";

/// Extract every funding figure from French text: amount, currency, qualifier, period, public or
/// private source, actors, and where it was found.
#[derive(Debug, Parser)]
#[command(
    name = "montants",
    version,
    about,
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Files or folders to read (folders recursively, in sorted order); `-` or nothing: stdin.
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,

    /// Write to FILE instead of stdout (written beside it, then moved in place when complete).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// How to read the inputs: plain text (one document per file) or JSON Lines (one document
    /// per line: `{"id": …, "text": …}`).
    #[arg(long = "input", value_enum, default_value_t = InputKind::Text)]
    pub input: InputKind,

    /// With `--input jsonl`: the field that names the document.
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,

    /// With `--input jsonl`: the field that holds the text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,

    /// The country of the documents when their text names no place (`CA`, `CH`, `BE`, `FR`,
    /// `SN`, `CI`, `CM`, `GA`, `MA`, `DZ`, `TN`, `UEMOA`, `CEMAC`…): the currency of a unit written
    /// without its country (`$`, `dollars`, `francs`, `F CFA`, `dinars`, `dirhams`), so that
    /// `--country CA` makes a bare `dollars` CAD. A place the text names nearby still wins.
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,

    /// With `--input jsonl`: a field holding each record's country (as `--country`, which
    /// stays the default for a record without it).
    #[arg(long, value_name = "NAME")]
    pub country_field: Option<String>,

    /// In folders, also read files matching this glob (repeatable); by default `*.txt`, `*.md`,
    /// `*.text`, `*.html`, `*.htm` and files without an extension are read.
    #[arg(long, value_name = "PATTERN")]
    pub glob: Vec<String>,

    /// Print no warnings and no progress bar (errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,

    /// Threads to read and extract with (default: all cores); `-j 1` runs sequentially. The
    /// output is the same whatever the number.
    #[arg(short = 'j', long = "threads", value_name = "N")]
    pub threads: Option<usize>,

    /// CSV for a French Excel or LibreOffice (same as `--csv-dialect excel-fr`): UTF-8 BOM, `;`
    /// separator, decimal comma, CRLF line ends.
    #[arg(long)]
    pub excel: bool,

    /// The CSV dialect.
    #[arg(long, value_enum, default_value_t = crate::output::Dialect::Rfc4180, value_name = "DIALECT")]
    pub csv_dialect: crate::output::Dialect,

    /// Write totals instead of findings: per currency, per source and per actor, each figure
    /// counted once (repeats and parts of a total are not counted again).
    #[arg(long)]
    pub summary: bool,

    /// Add an `explain` field to each finding: the rule that matched the amount, the words that
    /// set its qualifier and source, and why each actor was taken.
    #[arg(long)]
    pub explain: bool,

    /// Print a summary on stderr at the end: documents, bytes, findings, failures, time, MB/s.
    #[arg(long)]
    pub stats: bool,

    /// With `--input jsonl`: the field that holds the text as HTML (instead of `--text-field`).
    #[arg(long, value_name = "NAME")]
    pub html_field: Option<String>,

    /// With `--format json` or `jsonl`: before the findings of an HTML page, a record
    /// `{"doc": …, "document": {"text": …, "title": …, "published": …, "site_name": …}}` with the
    /// text the offsets refer to.
    #[arg(long)]
    pub emit_text: bool,
}

/// Commands beside the extraction (a file named like one is read as `./completions`).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the completion script of a shell on stdout.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on stdout.
    Man,
}

/// Writes what a command asks for on stdout.
pub fn run_command(command: &Command) -> std::io::Result<()> {
    let mut cli = Cli::command();
    // Rendered first, then written: `generate` panics on a write error (`> /dev/full`).
    let mut rendered = Vec::new();
    match command {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut cli, "montants", &mut rendered)
        }
        Command::Man => manual(cli, &mut rendered)?,
    }
    let mut out = std::io::stdout().lock();
    std::io::Write::write_all(&mut out, &rendered)?;
    std::io::Write::flush(&mut out)
}

/// The manual page: clap_mangen's sections, with a synopsis that names the values and a list of
/// the commands instead of references to pages that do not exist (`montants-man(1)`).
fn manual(cli: clap::Command, out: &mut Vec<u8>) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(cli.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    out.extend_from_slice(
        b".SH SYNOPSIS\n\\fBmontants\\fR [\\fIOPTIONS\\fR] [\\fIPATH\\fR ...]\n.br\n\\fBmontants completions\\fR \\fISHELL\\fR\n.br\n\\fBmontants man\\fR\n",
    );
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    out.extend_from_slice(b".SH COMMANDS\n");
    for sub in cli.get_subcommands() {
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        out.extend_from_slice(
            format!(
                ".TP\n\\fBmontants {}\\fR\n{}\n",
                sub.get_name(),
                about.replace('-', "\\-")
            )
            .as_bytes(),
        );
    }
    man.render_extra_section(out)?;
    man.render_version_section(out)
}
