//! Atomic writes (SPEC 4): each output goes to a temporary file in the target folder whose
//! name does not end in `.xlsx`, and is renamed into place when complete. An interrupted run
//! leaves no half-written file under its final name.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::output::herberekening::Formules;

/// A temporary path beside `target`: `.<name>.zpm-tmp-<pid>-<n>` (never ends in `.xlsx`).
pub fn temp_path(target: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.zpm-tmp-{}-{n}", std::process::id()))
}

/// Writes `bytes` to `target` atomically (temporary file, fsync, rename).
pub fn write_bytes(target: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_with(target, |tmp| {
        let mut f = std::fs::File::create(tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        Ok(())
    })
}

/// Lets `write` produce the file at a temporary path, then renames it to `target`. On error
/// the temporary file is removed and `target` is left as it was.
pub fn write_with<F>(target: &Path, write: F) -> anyhow::Result<()>
where
    F: FnOnce(&Path) -> anyhow::Result<()>,
{
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder {}", dir.display()))?;
    }
    let tmp = temp_path(target);
    let result = write(&tmp).and_then(|()| {
        std::fs::rename(&tmp, target)
            .with_context(|| format!("cannot move the result to {}", target.display()))
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.with_context(|| format!("writing {}", target.display()))
}

/// Saves a rust_xlsxwriter workbook atomically to `target`; without formulas, without
/// the recalculation on open that rust_xlsxwriter asks for (see
/// [`crate::output::herberekening`]).
pub fn save_workbook(
    wb: &mut rust_xlsxwriter::Workbook,
    target: &Path,
    formules: Formules,
) -> anyhow::Result<()> {
    let bytes = wb.save_to_buffer()?;
    write_with(target, |tmp| {
        crate::output::herberekening::schrijf_zonder_volledige_herberekening(&bytes, tmp, formules)
    })
}
