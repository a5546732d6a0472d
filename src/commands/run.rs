//! `zpm run`: the monthly batch.

use std::process::ExitCode;

/// Runs `zpm run`.
pub fn execute(a: &crate::cli::RunArgs, command_line: Vec<String>) -> anyhow::Result<ExitCode> {
    let _cfg = crate::config::RunConfig::from_args(a, command_line)?;
    anyhow::bail!("zpm run is being built")
}
