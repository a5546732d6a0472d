//! Shared helpers for the integration tests: run the binary, read workbooks back with calamine.
#![allow(dead_code)]

pub mod field;
pub mod xml;

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path under tests/data.
pub fn data(p: &str) -> PathBuf {
    root().join("tests/data").join(p)
}

/// The zpm binary as a command.
pub fn zpm() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("zpm").expect("binary")
}

/// Runs `zpm run --epd EPD --medewerkers MW --out OUT` plus `extra` arguments before them.
pub fn run_epd(
    epd: &Path,
    medewerkers: &Path,
    out: &Path,
    extra: &[&std::ffi::OsStr],
) -> std::process::Output {
    zpm()
        .arg("run")
        .args(extra)
        .arg("--epd")
        .arg(epd)
        .arg("--medewerkers")
        .arg(medewerkers)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

/// Sheet names of a workbook.
pub fn sheets(path: &Path) -> Vec<String> {
    let wb: Xlsx<_> = open_workbook(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    wb.sheet_names()
}

/// A sheet as a grid of cell values.
pub fn grid(path: &Path, sheet: &str) -> Vec<Vec<Data>> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let range = wb
        .worksheet_range(sheet)
        .unwrap_or_else(|e| panic!("{}!{sheet}: {e}", path.display()));
    range.rows().map(|r| r.to_vec()).collect()
}

/// Text of a cell as calamine reads it.
pub fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// The value in column B of the row whose column A equals `label`.
pub fn label_value(grid: &[Vec<Data>], label: &str) -> Data {
    grid.iter()
        .find(|r| r.first().map(text).as_deref() == Some(label))
        .and_then(|r| r.get(1).cloned())
        .unwrap_or_else(|| panic!("label {label:?} not found"))
}

/// The number in column B of the row labelled `label`.
pub fn label_number(grid: &[Vec<Data>], label: &str) -> f64 {
    match label_value(grid, label) {
        Data::Float(f) => f,
        Data::Int(i) => i as f64,
        other => panic!("label {label:?}: expected a number, found {other:?}"),
    }
}

/// Every cell text of every sheet of every xlsx under `dir` (recursively), with its file.
pub fn all_cell_texts(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        if entry.extension().and_then(|e| e.to_str()) == Some("xlsx") {
            for s in sheets(&entry) {
                for row in grid(&entry, &s) {
                    for c in row {
                        out.push((entry.clone(), text(&c)));
                    }
                }
            }
        }
    }
    out
}

/// Every file under `dir`.
pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Asserts two floats agree to 1e-9.
pub fn close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() < 1e-9, "{what}: {a} != {b}");
}

/// `zpm genereer` into `out`: `n` behandelaren, `maanden` months from `start`, `seed`.
pub fn genereer(out: &Path, n: u32, maanden: u32, start: &str, seed: u64) {
    zpm()
        .args(["genereer", "--behandelaren", &n.to_string()])
        .args(["--maanden", &maanden.to_string(), "--start", start])
        .args(["--seed", &seed.to_string(), "--out"])
        .arg(out)
        .assert()
        .success();
}

/// The text of every part of an xlsx file (a zip), by part name.
pub fn xlsx_parts(xlsx: &Path) -> std::collections::BTreeMap<String, String> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(xlsx).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut e = zip.by_index(i).unwrap();
            let name = e.name().map(String::from).unwrap_or_default();
            let mut s = String::new();
            let _ = e.read_to_string(&mut s);
            (name, s)
        })
        .collect()
}

/// Every text zpm wrote under `dir`, with its file: the file's own path, the text of each
/// csv, json or txt file, and every cell of every sheet of every xlsx (via calamine).
pub fn output_texts(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for p in walk(dir) {
        out.push((
            p.clone(),
            p.strip_prefix(dir).unwrap_or(&p).display().to_string(),
        ));
        if let Some("csv" | "json" | "txt") = p.extension().and_then(|e| e.to_str()) {
            let bytes = std::fs::read(&p).unwrap();
            out.push((p.clone(), String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    out.extend(all_cell_texts(dir));
    out
}

/// Panics when an output text under `dir` holds one of `ids` as a whole word (a run of
/// letters and digits) or one of `names` anywhere.
pub fn assert_no_secrets(dir: &Path, ids: &[String], names: &[String]) {
    let ids: std::collections::HashSet<&str> = ids.iter().map(String::as_str).collect();
    for (file, text) in output_texts(dir) {
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            assert!(
                !ids.contains(word),
                "{}: holds client id {word}",
                file.display()
            );
        }
        for name in names {
            assert!(
                !text.contains(name.as_str()),
                "{}: holds client name {name:?}",
                file.display()
            );
        }
    }
}
