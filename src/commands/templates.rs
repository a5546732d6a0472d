//! `zpm templates`: placeholder until its issue lands.

use std::process::ExitCode;

/// Runs `zpm templates`.
pub fn execute(_a: &crate::cli::TemplatesArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("zpm templates is not built yet")
}
