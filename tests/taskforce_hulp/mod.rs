//! Shared helpers of the Taskforce integration tests: build filled-in input workbooks from the
//! blank templates, run `zpm`, and read results back with calamine.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use assert_cmd::assert::Assert;
use calamine::{Data, Range, Reader, open_workbook_auto};
use zpm::input::form::Soort;
use zpm::input::form::grid::Werkmap;
use zpm::output::form::template;

/// The `zpm` binary.
pub fn zpm() -> Command {
    Command::cargo_bin("zpm").unwrap()
}

/// `zpm fill FILE... --out UIT`; more arguments can follow.
pub fn fill<P: AsRef<OsStr>>(
    bestanden: impl IntoIterator<Item = P>,
    uit: impl AsRef<Path>,
) -> Command {
    let mut c = zpm();
    c.arg("fill").args(bestanden).arg("--out").arg(uit.as_ref());
    c
}

/// The standard error of a finished run, as text.
pub fn stderr(a: &Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).to_string()
}

/// Writes the blank templates into `dir` (`zpm templates --out DIR`).
pub fn templates(dir: &Path) {
    zpm()
        .arg("templates")
        .arg("--out")
        .arg(dir)
        .assert()
        .code(0);
}

/// A new folder `naam` inside `ouder`.
pub fn nieuwe_map(ouder: &Path, naam: &str) -> PathBuf {
    let p = ouder.join(naam);
    std::fs::create_dir(&p).unwrap();
    p
}

/// The voorbeeld tariff table of the tests.
pub fn tarieven() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/taskforce/tarieven-voorbeeld.csv")
}

/// (row, column), 0-based, from `C7`.
pub fn cel(a1: &str) -> (u32, u16) {
    let letters: String = a1.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let rij: u32 = a1[letters.len()..].parse().unwrap();
    let kol = letters.bytes().fold(0u32, |n, b| {
        n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    (rij - 1, (kol - 1) as u16)
}

/// A cell value: text or number.
#[derive(Clone)]
pub enum V {
    /// Text.
    T(&'static str),
    /// Number.
    N(f64),
}

/// A blank workbook of `soort` with `cellen` (sheet, A1 cell, value) filled in, written to
/// `path` the way the template looks.
pub fn invoer(soort: Soort, cellen: &[(&str, &str, V)], path: &Path) {
    let mut wm: Werkmap = template::werkmap(soort);
    for (blad, a1, v) in cellen {
        let b = wm
            .bladen
            .iter_mut()
            .find(|b| b.naam == *blad)
            .unwrap_or_else(|| panic!("no sheet {blad}"));
        let (r, c) = cel(a1);
        match v {
            V::T(t) => b.zet_tekst(r, c, t),
            V::N(n) => b.zet_getal(r, c, *n),
        }
    }
    template::schrijf_invoer(soort, &wm, path).unwrap();
}

/// A sheet read back.
pub fn blad(path: &Path, naam: &str) -> Range<Data> {
    let mut wb = open_workbook_auto(path).unwrap();
    wb.worksheet_range(naam)
        .unwrap_or_else(|e| panic!("{}: no sheet {naam}: {e}", path.display()))
}

/// The sheet names of a workbook.
pub fn bladen(path: &Path) -> Vec<String> {
    open_workbook_auto(path).unwrap().sheet_names()
}

/// The value in column B of the first row whose column A is `label`.
pub fn waarde(r: &Range<Data>, label: &str) -> Data {
    for row in r.rows() {
        if matches!(row.first(), Some(Data::String(s)) if s == label) {
            return row.get(1).cloned().unwrap_or(Data::Empty);
        }
    }
    panic!("label {label:?} not found in column A");
}

/// The number in column B beside `label`.
pub fn getal(r: &Range<Data>, label: &str) -> f64 {
    num(&waarde(r, label))
}

/// The text in column B beside `label`.
pub fn tekst(r: &Range<Data>, label: &str) -> String {
    match waarde(r, label) {
        Data::String(s) => s,
        d => panic!("{label}: expected text, found {d:?}"),
    }
}

/// A numeric cell.
pub fn num(d: &Data) -> f64 {
    match d {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        d => panic!("expected a number, found {d:?}"),
    }
}

/// The cell at an A1 reference (absolute).
pub fn at(r: &Range<Data>, a1: &str) -> Data {
    let (row, col) = cel(a1);
    r.get_value((row, u32::from(col)))
        .cloned()
        .unwrap_or(Data::Empty)
}

/// The row (absolute, 0-based) of the first row whose column A is `tekst`.
pub fn rij_van(r: &Range<Data>, tekst: &str) -> u32 {
    let (r0, _) = r.start().unwrap();
    r.rows()
        .position(|row| matches!(row.first(), Some(Data::String(s)) if s == tekst))
        .map(|i| r0 + i as u32)
        .unwrap_or_else(|| panic!("{tekst:?} not found in column A"))
}

/// Asserts that `a` equals `b` within 1e-9.
#[track_caller]
pub fn gelijk(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

/// The week of Jan (M100), a GZ-psycholoog in setting 7 (figures: taskforce_behandelaar.rs).
pub fn jan(path: &std::path::Path) {
    use V::*;
    invoer(
        Soort::Behandelaar,
        &[
            ("Behandelaar", "B4", T("M100")),
            ("Behandelaar", "B5", T("Jan de Vries")),
            ("Behandelaar", "B6", T("Noord")),
            ("Behandelaar", "B7", T("GZ-psycholoog")),
            (
                "Behandelaar",
                "B8",
                T("7 forensisch niet-klinisch/ambulant"),
            ),
            ("Behandelaar", "B9", N(36.0)),
            ("Behandelaar", "B10", N(2022.0)),
            ("Behandelaar", "B11", N(4.0)),
            ("Behandelaar", "B12", N(0.0)),
            // Row 6: 4 × consult behandeling 45.
            ("Weekagenda", "A6", T("maandag")),
            ("Weekagenda", "B6", T("Consult behandeling")),
            ("Weekagenda", "C6", N(45.0)),
            ("Weekagenda", "E6", N(4.0)),
            // Row 7: realised 30, planned 45: within 15 minutes, so 45 counts.
            ("Weekagenda", "A7", T("dinsdag")),
            ("Weekagenda", "B7", T("behandeling")),
            ("Weekagenda", "C7", N(30.0)),
            ("Weekagenda", "D7", N(45.0)),
            // Row 8: realised 29, planned 45: 16 apart, so 29 counts (class 15).
            ("Weekagenda", "A8", T("dinsdag")),
            ("Weekagenda", "B8", T("Consult diagnostiek")),
            ("Weekagenda", "C8", T("29")),
            ("Weekagenda", "D8", N(45.0)),
            // Row 9: a group of 4 for 90 minutes: 3 blocks.
            ("Weekagenda", "A9", T("woensdag")),
            ("Weekagenda", "B9", T("Groepsconsult")),
            ("Weekagenda", "C9", N(90.0)),
            ("Weekagenda", "F9", N(4.0)),
            // Row 10: overleg of 20 minutes (lang).
            ("Weekagenda", "A10", T("woensdag")),
            ("Weekagenda", "B10", T("Intercollegiaal overleg")),
            ("Weekagenda", "C10", N(20.0)),
            // Row 11: a consult of 4 minutes: not declarable.
            ("Weekagenda", "A11", T("donderdag")),
            ("Weekagenda", "B11", T("Consult behandeling")),
            ("Weekagenda", "C11", T("4")),
            // Row 12: consult behandeling 60 with 50 minutes of travel (fz, vanaf 45).
            ("Weekagenda", "A12", T("donderdag")),
            ("Weekagenda", "B12", T("Consult behandeling")),
            ("Weekagenda", "C12", N(60.0)),
            ("Weekagenda", "G12", N(50.0)),
            // Row 13: werkoverleg (niet-patiëntgebonden): the typed 4 hours win.
            ("Weekagenda", "A13", T("vrijdag")),
            ("Weekagenda", "B13", T("npg")),
            ("Weekagenda", "C13", N(60.0)),
            // An own scenario: one group of 4 for 90 minutes.
            ("Scenario's", "A24", T("Groep")),
            ("Scenario's", "B24", T("Groepsconsult")),
            ("Scenario's", "C24", N(1.0)),
            ("Scenario's", "D24", N(90.0)),
            ("Scenario's", "E24", N(4.0)),
        ],
        path,
    );
}
