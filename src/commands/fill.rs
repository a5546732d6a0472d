//! `zpm fill`: placeholder until its issue lands.

use std::process::ExitCode;

/// Runs `zpm fill`.
pub fn execute(_a: &crate::cli::FillArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("zpm fill is not built yet")
}
