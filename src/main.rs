//! The `zpm` binary: parses the command line and hands it to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let cli = zpm::cli::Cli::parse();
    zpm::commands::dispatch(cli, args)
}
