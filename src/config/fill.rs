//! The checked config of `zpm fill`: every file exists, no two share a file name, the output
//! folder is no input's folder, and the reference tables and kliniek norms are loaded.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::cli::FillArgs;
use crate::config::RefConfig;
use crate::error::InputError;
use crate::rules::kliniek_normen::KliniekNormen;

/// What `zpm fill` runs with, checked.
#[derive(Debug, Clone)]
pub struct FillConfig {
    /// The workbooks to fill, as given.
    pub files: Vec<PathBuf>,
    /// The output folder (each workbook is written under its own file name).
    pub out: PathBuf,
    /// Reference tables and norm settings.
    pub refs: RefConfig,
    /// The kliniek norms: the file given, else the embedded table (no figures).
    pub kliniek_normen: KliniekNormen,
}

/// The canonical folder that holds `file`.
fn folder_of(file: &Path) -> Option<PathBuf> {
    let abs = std::fs::canonicalize(file).ok()?;
    abs.parent().map(Path::to_path_buf)
}

impl FillConfig {
    /// Checks the arguments and loads the tables; `output_name` gives the file name a
    /// workbook is written under.
    pub fn from_args(
        a: &FillArgs,
        output_name: impl Fn(&Path) -> String,
    ) -> Result<Self, InputError> {
        let out_arg = format!("--out {}", a.out.display());
        if a.out.exists() && !a.out.is_dir() {
            return Err(InputError::file(out_arg, "must be a folder"));
        }
        let out = std::fs::canonicalize(&a.out).ok();
        let mut names: HashMap<String, &Path> = HashMap::new();
        for f in &a.files {
            let file = f.display().to_string();
            if !f.is_file() {
                return Err(InputError::file(
                    file,
                    "the file does not exist or is not a file",
                ));
            }
            let name = output_name(f);
            if let Some(earlier) = names.insert(name.to_lowercase(), f) {
                return Err(InputError::file(
                    file,
                    format!(
                        "{} has the same file name; both would be written to {}: rename one",
                        earlier.display(),
                        a.out.join(&name).display()
                    ),
                ));
            }
            if out.is_some() && folder_of(f) == out {
                return Err(InputError::file(
                    out_arg,
                    format!(
                        "is the folder of {file}: zpm fill never overwrites its input; choose another output folder"
                    ),
                ));
            }
        }
        let refs = RefConfig::from_args(&a.refs)?;
        let kliniek_normen = match &a.kliniek_normen {
            Some(p) => KliniekNormen::load(&p.display().to_string(), None, Some(p))?,
            None => KliniekNormen::ingebouwd()?,
        };
        Ok(FillConfig {
            files: a.files.clone(),
            out: a.out.clone(),
            refs,
            kliniek_normen,
        })
    }
}
