//! The `montants` command: parse the flags, build the configuration, run the batch, and turn
//! the outcome into an exit code (0 all read, 1 some input failed, 2 fatal).

mod app;
mod cli;
mod config;
mod guard;
mod html;
mod input;
mod output;
mod target;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    guard::install();
    let cli = cli::Cli::parse();
    if let Some(command) = &cli.command {
        return match cli::run_command(command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("montants: {e}");
                ExitCode::from(2)
            }
        };
    }
    let outcome = config::Config::from_cli(cli).and_then(|config| app::run(&config));
    match outcome {
        Ok(app::Outcome::Complete | app::Outcome::Closed) => ExitCode::SUCCESS,
        Ok(app::Outcome::SomeFailed) => ExitCode::from(1),
        Err(e) => {
            eprintln!("montants: {e:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        super::cli::Cli::command().debug_assert();
    }
}
