//! One file per subcommand; [`dispatch`] runs the parsed command line.

pub mod fill;
pub mod genereer;
pub mod inspect;
pub mod run;
pub mod templates;

use std::process::ExitCode;

use crate::cli::{Cli, Command};

/// Runs a parsed command line; the returned code is the process exit code
/// (0 success, 1 some workbooks failed in `fill`, 2 unusable input or arguments, 3 a failure
/// while writing the outputs).
pub fn dispatch(cli: Cli, command_line: Vec<String>) -> ExitCode {
    let result = match cli.command {
        Command::Run(a) => run::execute(&a, command_line),
        Command::Fill(a) => fill::execute(&a),
        Command::Templates(a) => templates::execute(&a),
        Command::Genereer(a) => genereer::execute(&a),
        Command::Inspect(a) => inspect::execute(&a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("zpm: error: {e:#}");
            ExitCode::from(crate::error::exit_code(&e))
        }
    }
}
