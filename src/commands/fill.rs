//! `zpm fill FILE... --out DIR`: fills Taskforce-style workbooks (behandelaar, leidinggevende,
//! kliniek) and writes each, under its own file name, into DIR. Exit code 0 when every
//! workbook was written without errors, 1 when any had errors or was skipped, 2 for unusable
//! arguments (nothing is written then).

use std::process::ExitCode;

use crate::config::fill::FillConfig;
use crate::taskforce::batch::{Opdracht, uitvoernaam, vul};

/// Runs `zpm fill`.
pub fn execute(a: &crate::cli::FillArgs) -> anyhow::Result<ExitCode> {
    let cfg = FillConfig::from_args(a, uitvoernaam)?;
    std::fs::create_dir_all(&cfg.out).map_err(|e| {
        crate::error::WriteError::new(&cfg.out, format!("cannot create the folder: {e}"))
    })?;
    let opdracht = Opdracht {
        bestanden: cfg.files,
        uit: cfg.out,
        refs: cfg.refs,
        kliniek_normen: cfg.kliniek_normen,
    };
    let verslag = vul(&opdracht);
    for regel in verslag.regels(&a.out) {
        eprintln!("{regel}");
    }
    Ok(if verslag.alles_gelukt() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
