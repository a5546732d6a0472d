//! All-or-nothing output (SPEC 4): every file of a run is first written into a staging
//! folder inside `--out`, and moved into place only when all of them are complete. A run
//! that fails while writing leaves the output folder as it was before the run.

use std::path::{Path, PathBuf};

use crate::error::WriteError;

/// A staging folder inside the output folder; removed on drop unless committed.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    created_out: bool,
    files: Vec<PathBuf>,
    committed: bool,
}

impl Staging {
    /// Creates `out` when missing and a fresh staging folder `.zpm-staging-<pid>` inside it.
    pub fn new(out: &Path) -> Result<Self, WriteError> {
        let created_out = !out.exists();
        std::fs::create_dir_all(out)
            .map_err(|e| WriteError::new(out, format!("cannot create the output folder: {e}")))?;
        let dir = out.join(format!(".zpm-staging-{}", std::process::id()));
        if dir.exists() {
            let _ = std::fs::remove_dir_all(&dir);
        }
        let staging = Staging {
            out: out.to_path_buf(),
            dir,
            created_out,
            files: Vec::new(),
            committed: false,
        };
        std::fs::create_dir(&staging.dir).map_err(|e| {
            WriteError::new(&staging.dir, format!("cannot create a staging folder: {e}"))
        })?;
        Ok(staging)
    }

    /// Where the file that ends up at `out/<rel>` is written while staged.
    pub fn path(&self, rel: &Path) -> PathBuf {
        self.dir.join(rel)
    }

    /// Registers `out/<rel>` as one of the files to move into place.
    pub fn add(&mut self, rel: PathBuf) {
        self.files.push(rel);
    }

    /// Moves every staged file into place. First every destination folder is created and
    /// checked, so that a folder that cannot hold the files fails before any file moves.
    pub fn commit(mut self) -> Result<(), WriteError> {
        for rel in &self.files {
            let target = self.out.join(rel);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| {
                    WriteError::new(parent, format!("cannot create the folder: {e}"))
                })?;
            }
            if target.is_dir() {
                return Err(WriteError::new(
                    &target,
                    "a folder stands where this file goes",
                ));
            }
        }
        for rel in &self.files {
            let target = self.out.join(rel);
            std::fs::rename(self.dir.join(rel), &target)
                .map_err(|e| WriteError::new(&target, format!("cannot move into place: {e}")))?;
        }
        self.committed = true;
        let _ = std::fs::remove_dir_all(&self.dir);
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
        // Folders that only this run created (teams/, behandelaren/, or --out itself) go too:
        // remove_dir removes only empty ones, so nothing of before the run is touched.
        for sub in ["teams", "behandelaren"] {
            let _ = std::fs::remove_dir(self.out.join(sub));
        }
        if self.created_out {
            let _ = std::fs::remove_dir(&self.out);
        }
    }
}
