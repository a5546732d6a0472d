//! `zpm genereer`: placeholder until its issue lands.

use std::process::ExitCode;

/// Runs `zpm genereer`.
pub fn execute(_a: &crate::cli::GenereerArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("zpm genereer is not built yet")
}
