//! The corpus of bad inputs (tests/data/bad/) and what each must give.
//!
//! | input | expected |
//! |---|---|
//! | `empty.csv` as EPD | exit 2: "the file is empty", nothing written |
//! | `random.bin` as EPD | exit 2: "holds binary data", nothing written |
//! | `no-required-columns.csv` | exit 2: names the missing columns and the columns found |
//! | `renamed-column.csv` | exit 2: names `directe_tijd` and the header found (`duurtje`) |
//! | `broken.xlsx` (zip header, garbage) | exit 2: "cannot open the workbook" |
//! | a missing file | exit 2: "does not exist" |
//! | `duplicate-column.csv` (two `datum` headers) | exit 2: "appears twice" |
//! | `mixed-delimiters.csv` | exit 0: the `,` row is one cell, rejected "datum onleesbaar" |
//! | `repeated-header-row.csv` | exit 0: the repeated header is rejected "kopregel herhaald" |
//! | `quoted-newlines.csv` | exit 0: quoted `;` and newlines parse; line numbers stay right |
//! | `year-without-tariffs.csv` | exit 0: warning, "tarief ontbreekt", revenue 0 |
//! | `medewerkers-no-hours.csv` | exit 2: file, line 3, column uren_per_week |
//! | `medewerkers-duplicate-ids.csv` | exit 2: line 4, "appears twice (also on line 2)" |
//! | `medewerkers-zero-hours.csv` | exit 0: "Geen beschikbare tijd", ratios 0 |
//! | xlsx with metadata rows above the header (made here) | exit 0: header found below them |
//! | xlsx with merged header cells (made here) | exit 0: read as usual |
//! | xlsx whose used range claims A1:XFD1048576 (made here) | exit 0 under a 1 GB memory limit |
//!
//! The bad rows of SPEC 2.1 (unknown medewerker, 31-02, unknown activiteit, negative, text and
//! over-1440 minutes, a group of 1, a date outside in/uit dienst, rows outside the period) are
//! in tests/data/run/epd-maart.csv and asserted in tests/run_cli.rs; a beroep that cannot
//! declare there too (M3).

mod common;

use std::path::{Path, PathBuf};

use common::*;
use predicates::prelude::*;
use serde_json::Value;

fn bad(f: &str) -> PathBuf {
    data(&format!("bad/{f}"))
}

/// Runs `zpm run` with the given EPD and medewerkers into `out`.
fn run(epd: &Path, medewerkers: &Path, out: &Path) -> assert_cmd::assert::Assert {
    zpm()
        .arg("run")
        .arg("--epd")
        .arg(epd)
        .arg("--medewerkers")
        .arg(medewerkers)
        .args(["--periode", "2022-03", "--out"])
        .arg(out)
        .assert()
}

/// Asserts a bad file: exit 2, the message parts, no panic, nothing written.
fn unusable(epd: &Path, medewerkers: &Path, parts: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut a = run(epd, medewerkers, &out)
        .code(2)
        .stderr(predicate::str::contains("panicked").not())
        .stderr(predicate::str::contains("RUST_BACKTRACE").not());
    for p in parts {
        a = a.stderr(predicate::str::contains(*p));
    }
    assert!(!out.exists(), "nothing may be written for a bad file");
}

fn summary(out: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap()).unwrap()
}

fn reconciles(j: &Value) {
    let n = |k: &str| j["invoer"][k].as_u64().unwrap();
    assert_eq!(
        n("regels"),
        n("verwerkt") + n("afgewezen") + n("buiten_periode")
    );
}

#[test]
fn unusable_epd_files_exit_2_with_a_clear_message() {
    let mw = bad("medewerkers.csv");
    unusable(&bad("empty.csv"), &mw, &["empty.csv", "the file is empty"]);
    unusable(
        &bad("random.bin"),
        &mw,
        &["random.bin", "holds binary data"],
    );
    unusable(
        &bad("no-required-columns.csv"),
        &mw,
        &[
            "no-required-columns.csv, line 1",
            "required column(s) medewerker, datum, activiteit, directe_tijd not found",
            "the header row has: naam, team, opmerking",
        ],
    );
    unusable(
        &bad("renamed-column.csv"),
        &mw,
        &["renamed-column.csv", "directe_tijd", "duurtje"],
    );
    unusable(
        &bad("broken.xlsx"),
        &mw,
        &["broken.xlsx", "cannot open the workbook"],
    );
    unusable(
        &bad("does-not-exist.csv"),
        &mw,
        &["does-not-exist.csv", "does not exist"],
    );
    unusable(
        &bad("duplicate-column.csv"),
        &mw,
        &["duplicate-column.csv, line 1", "appears twice"],
    );
}

#[test]
fn unusable_medewerkers_files_exit_2_naming_line_and_column() {
    let epd = bad("epd-ok.csv");
    unusable(
        &epd,
        &bad("medewerkers-no-hours.csv"),
        &["medewerkers-no-hours.csv, line 3, column uren_per_week: expected hours"],
    );
    unusable(
        &epd,
        &bad("medewerkers-duplicate-ids.csv"),
        &[
            "medewerkers-duplicate-ids.csv, line 4, column medewerker",
            "appears twice (also on line 2)",
        ],
    );
}

#[test]
fn zero_hours_means_no_available_time() {
    let dir = tempfile::tempdir().unwrap();
    run(
        &bad("epd-ok.csv"),
        &bad("medewerkers-zero-hours.csv"),
        dir.path(),
    )
    .success();
    let j = summary(dir.path());
    let b = &j["behandelaren"][0];
    assert_eq!(b["signaal"], "Geen beschikbare tijd");
    assert_eq!(b["beschikbaar_uren"], 0.0);
    assert_eq!(b["productiviteit"], 0.0);
    assert_eq!(b["realisatie_norm"], 0.0);
    assert_eq!(b["directe_uren"], 0.75);
}

fn rejects(out: &Path) -> Vec<String> {
    std::fs::read_to_string(out.join("afwijzingen.csv"))
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn mixed_delimiters_reject_the_odd_row() {
    let dir = tempfile::tempdir().unwrap();
    run(
        &bad("mixed-delimiters.csv"),
        &bad("medewerkers.csv"),
        dir.path(),
    )
    .success();
    let j = summary(dir.path());
    assert_eq!(
        (
            j["invoer"]["regels"].as_u64(),
            j["invoer"]["afgewezen"].as_u64()
        ),
        (Some(3), Some(1))
    );
    reconciles(&j);
    let r = rejects(dir.path());
    assert_eq!(r.len(), 2);
    assert!(
        r[1].contains(",3,") && r[1].contains("datum onleesbaar"),
        "{}",
        r[1]
    );
}

#[test]
fn a_repeated_header_row_is_rejected_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    run(
        &bad("repeated-header-row.csv"),
        &bad("medewerkers.csv"),
        dir.path(),
    )
    .success();
    let j = summary(dir.path());
    assert_eq!(
        (
            j["invoer"]["regels"].as_u64(),
            j["invoer"]["verwerkt"].as_u64()
        ),
        (Some(3), Some(2))
    );
    reconciles(&j);
    let r = rejects(dir.path());
    assert!(
        r[1].ends_with(",3,kopregel herhaald (de kopregel staat nog eens tussen de gegevens)"),
        "{}",
        r[1]
    );
}

#[test]
fn quoted_fields_with_newlines_and_delimiters_parse_with_true_line_numbers() {
    let dir = tempfile::tempdir().unwrap();
    run(
        &bad("quoted-newlines.csv"),
        &bad("medewerkers.csv"),
        dir.path(),
    )
    .success();
    let j = summary(dir.path());
    assert_eq!(j["invoer"]["regels"], 3);
    assert_eq!(j["invoer"]["verwerkt"], 2);
    // 45 (class 45) + 29.5 (class 15) direct minutes.
    close(
        j["behandelaren"][0]["directe_uren"].as_f64().unwrap(),
        74.5 / 60.0,
        "direct",
    );
    assert_eq!(j["behandelaren"][0]["clienten"], 2, "\"C;1\" and C3");
    let r = rejects(dir.path());
    assert_eq!(r.len(), 2);
    // The record after the two-line record starts on line 4.
    assert!(r[1].contains(",4,\"onbekende activiteit"), "{}", r[1]);
    assert!(
        !r.iter().any(|l| l.contains("C2")),
        "no client id in the rejects"
    );
}

#[test]
fn a_year_without_tariffs_warns_and_flags() {
    let dir = tempfile::tempdir().unwrap();
    zpm()
        .arg("run")
        .arg("--epd")
        .arg(bad("year-without-tariffs.csv"))
        .arg("--medewerkers")
        .arg(bad("medewerkers.csv"))
        .arg("--out")
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("no tariffs for 2030"));
    let j = summary(dir.path());
    assert_eq!(j["organisatie"]["omzet"], 0.0);
    assert_eq!(j["behandelaren"][0]["consulten"], 1);
    let dq: Vec<String> = grid(&dir.path().join("organisatie.xlsx"), "Datakwaliteit")
        .iter()
        .flatten()
        .map(text)
        .collect();
    assert!(
        dq.iter().any(|t| t.starts_with(
            "tarief ontbreekt: 2030 consult setting 7 gz_psycholoog behandeling klasse 45"
        )),
        "{dq:?}"
    );
}

/// Writes an EPD workbook: `top` rows of metadata, then the header and two rows.
fn epd_workbook(path: &Path, top: u32, merge_header: bool, far_cell: bool) {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for r in 0..top {
        ws.write_string(
            r,
            0,
            format!("Export EPD, regel {r}: gegenereerd 01-04-2022"),
        )
        .unwrap();
    }
    let h = top;
    if merge_header {
        // "Activiteit" merged over C:D; the data of D is in E onwards? No: keep columns, merge
        // the title cells of the header row only where a neighbour is empty.
        ws.merge_range(h, 0, h, 1, "Medewerker", &Format::new())
            .unwrap();
        ws.write_string(h, 2, "Datum").unwrap();
        ws.write_string(h, 3, "Activiteit").unwrap();
        ws.write_string(h, 4, "Directe tijd").unwrap();
    } else {
        for (c, t) in ["Medewerker", "", "Datum", "Activiteit", "Directe tijd"]
            .iter()
            .enumerate()
        {
            ws.write_string(h, c as u16, *t).unwrap();
        }
    }
    for (i, (d, a, m)) in [
        ("07-03-2022", "Behandeling", 45.0),
        ("08-03-2022", "Diagnostiek", 30.0),
    ]
    .iter()
    .enumerate()
    {
        let r = h + 1 + i as u32;
        ws.write_string(r, 0, "M1").unwrap();
        ws.write_string(r, 2, *d).unwrap();
        ws.write_string(r, 3, *a).unwrap();
        ws.write_number(r, 4, *m).unwrap();
    }
    if far_cell {
        ws.write_string(1_048_575, 16_383, "-").unwrap();
    }
    wb.save(path).unwrap();
}

#[test]
fn xlsx_with_metadata_rows_and_merged_header_cells_is_read() {
    for (top, merged) in [(4, false), (0, true), (3, true)] {
        let dir = tempfile::tempdir().unwrap();
        let epd = dir.path().join("export.xlsx");
        epd_workbook(&epd, top, merged, false);
        let out = dir.path().join("out");
        run(&epd, &bad("medewerkers.csv"), &out).success();
        let j = summary(&out);
        assert_eq!(j["invoer"]["verwerkt"], 2, "top {top}, merged {merged}");
        close(
            j["behandelaren"][0]["directe_uren"].as_f64().unwrap(),
            75.0 / 60.0,
            "direct",
        );
    }
}

#[test]
fn xlsx_claiming_the_whole_sheet_does_not_exhaust_memory() {
    let dir = tempfile::tempdir().unwrap();
    let epd = dir.path().join("huge.xlsx");
    epd_workbook(&epd, 0, false, true);
    let out = dir.path().join("out");
    let bin = assert_cmd::cargo::cargo_bin("zpm");
    // A million rows × 16,384 columns materialised would need far more than 1 GB.
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v 1048576; exec '{}' run --epd '{}' --medewerkers '{}' --periode 2022-03 --out '{}'",
            bin.display(), epd.display(), bad("medewerkers.csv").display(), out.display()
        ))
        .status()
        .unwrap();
    assert!(status.success(), "zpm failed under a 1 GB limit: {status}");
    assert_eq!(summary(&out)["invoer"]["verwerkt"], 2);
}

#[test]
fn rejected_rows_name_their_true_line_with_crlf_and_empty_lines() {
    let dir = tempfile::tempdir().unwrap();
    let epd = dir.path().join("epd-crlf.csv");
    // Line 1 header, 2 good, 3 empty, 4 impossible date, 5 unknown medewerker.
    std::fs::write(
        &epd,
        "medewerker;datum;activiteit;directe_tijd\r\n\
         M1;03-03-2022;consult_behandeling;45\r\n\
         \r\n\
         M1;31-02-2022;consult_behandeling;45\r\n\
         X9;03-03-2022;consult_behandeling;45\r\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    run(&epd, &bad("medewerkers.csv"), &out).success();
    let r = rejects(&out);
    assert_eq!(r.len(), 3, "{r:?}");
    assert!(
        r[1].contains("epd-crlf.csv,4,\"datum onleesbaar"),
        "{}",
        r[1]
    );
    assert!(
        r[2].contains("epd-crlf.csv,5,\"onbekende medewerker"),
        "{}",
        r[2]
    );
}
