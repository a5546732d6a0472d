//! `zpm fill FILE... --out DIR`: fills Taskforce-style workbooks (behandelaar, leidinggevende,
//! kliniek) and writes each, under its own file name, into DIR. Exit code 0 when every
//! workbook was written without errors, 1 when any had errors or was skipped, 2 for unusable
//! arguments (nothing is written then).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::config::RefConfig;
use crate::rules::kliniek_normen::KliniekNormen;
use crate::taskforce::batch::{Opdracht, vul};
/// The canonical folder that holds `file`.
fn map_van(file: &Path) -> Option<PathBuf> {
    let abs = std::fs::canonicalize(file).ok()?;
    abs.parent().map(Path::to_path_buf)
}

/// Checks the arguments: every file exists, no two share a file name, and DIR is not the
/// folder of an input (the output would overwrite it).
fn controleer(a: &crate::cli::FillArgs) -> anyhow::Result<()> {
    if a.out.exists() && !a.out.is_dir() {
        bail!("--out {}: must be a folder", a.out.display());
    }
    let uit = std::fs::canonicalize(&a.out).ok();
    let mut namen: HashMap<String, &Path> = HashMap::new();
    for f in &a.files {
        if !f.is_file() {
            bail!("{}: the file does not exist or is not a file", f.display());
        }
        let naam = crate::taskforce::batch::uitvoernaam(f);
        if let Some(eerder) = namen.insert(naam.to_lowercase(), f) {
            bail!(
                "{} and {} have the same file name; both would be written to {}: rename one",
                eerder.display(),
                f.display(),
                a.out.join(&naam).display()
            );
        }
        if uit.is_some() && map_van(f) == uit {
            bail!(
                "--out {} is the folder of {}: zpm fill never overwrites its input; choose another output folder",
                a.out.display(),
                f.display()
            );
        }
    }
    Ok(())
}

/// Runs `zpm fill`.
pub fn execute(a: &crate::cli::FillArgs) -> anyhow::Result<ExitCode> {
    controleer(a)?;
    let refs = RefConfig::from_args(&a.refs)?;
    let kliniek_normen = match &a.kliniek_normen {
        Some(p) => KliniekNormen::load(&p.display().to_string(), None, Some(p))?,
        None => KliniekNormen::ingebouwd()?,
    };
    std::fs::create_dir_all(&a.out)
        .with_context(|| format!("cannot create the folder {}", a.out.display()))?;
    let opdracht = Opdracht {
        bestanden: a.files.clone(),
        uit: a.out.clone(),
        refs,
        kliniek_normen,
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
