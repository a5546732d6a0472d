//! `zpm templates --out DIR`: writes the three blank Taskforce-style workbooks
//! (behandelaar.xlsx, leidinggevende.xlsx, kliniek.xlsx), as kept in `templates/`.

use std::process::ExitCode;

use anyhow::bail;

/// Runs `zpm templates`.
pub fn execute(a: &crate::cli::TemplatesArgs) -> anyhow::Result<ExitCode> {
    if a.out.exists() && !a.out.is_dir() {
        bail!("--out {}: must be a folder", a.out.display());
    }
    for p in crate::output::form::template::schrijf_alle(&a.out)? {
        eprintln!("zpm templates: wrote {}", p.display());
    }
    Ok(ExitCode::SUCCESS)
}
