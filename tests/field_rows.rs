//! Rows as real systems write them (issue 12, SPEC 5.4): the same rows in overlapping monthly
//! exports (`dubbel`). The case tests/data/field/maanden is written by make_rows.py.

mod common;

use std::path::{Path, PathBuf};

use common::field::*;
use common::*;
use serde_json::Value;

/// `zpm run` over the EPD files `epd` for 2022-Q1; returns the samenvatting and stderr.
fn run_q1(epd: &[PathBuf], medewerkers: &Path, out: &Path) -> (Value, String) {
    let mut cmd = zpm();
    cmd.arg("run").arg("--epd").args(epd);
    cmd.arg("--medewerkers").arg(medewerkers);
    cmd.arg("--tarieven")
        .arg(root().join("samples/tarieven-voorbeeld.csv"))
        .args(["--periode", "2022-Q1", "--out"])
        .arg(out);
    let o = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "zpm run failed:\n{stderr}");
    let j = serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap());
    (j.unwrap(), stderr)
}

/// Three monthly exports of a quarter that overlap by one day (1 Feb and 1 Mar are in two
/// files each): the same figures as the quarter once, and exactly the rows of the overlap days
/// rejected as `dubbel`, copy for copy. make_rows.py prints the count: 13 rows of the twin are
/// dated 1 Feb or 1 Mar, among them one consult of 1 Feb written twice (both copies are kept
/// in the twin and in the first file, and both copies of the second file are rejected).
#[test]
fn monthly_exports_that_overlap_by_one_day_count_that_day_once() {
    const DUBBEL: u64 = 13;
    let case = Case::new("maanden", "", "Medewerkers.csv");
    let (z, v) = (case.zpm_dir(), case.veld_dir());
    let twin = std::fs::read_to_string(z.join("epd.csv")).unwrap();
    let overlap = twin
        .lines()
        .filter(|l| l.contains(",2022-02-01,") || l.contains(",2022-03-01,"))
        .count() as u64;
    assert_eq!(overlap, DUBBEL, "the case itself");
    let tmp = tempfile::tempdir().unwrap();
    let (a, _) = run_q1(
        &[z.join("epd.csv")],
        &z.join("medewerkers.csv"),
        &tmp.path().join("z"),
    );
    let files: Vec<PathBuf> = [
        "EPD_export_20220101_20220201.csv",
        "EPD_export_20220201_20220301.csv",
        "EPD_export_20220301_20220404.csv",
    ]
    .iter()
    .map(|f| v.join(f))
    .collect();
    let out = tmp.path().join("v");
    let (b, stderr) = run_q1(&files, &v.join("Medewerkers.csv"), &out);
    assert!(
        stderr.contains("zpm: 13 rows rejected as dubbel"),
        "{stderr}"
    );

    let (pa, pb) = (by_person(&a), by_person(&b));
    assert_eq!(pa.keys().collect::<Vec<_>>(), pb.keys().collect::<Vec<_>>());
    for (key, x) in &pa {
        for f in [
            "directe_uren",
            "genormeerde_uren",
            "norm_uren",
            "consulten",
            "clienten",
            "omzet",
        ] {
            close(num(&pb[key], f), num(x, f), &format!("{key:?} {f}"));
        }
    }
    assert_eq!(count(&b, "regels"), count(&a, "regels") + DUBBEL);
    assert_eq!(count(&b, "afgewezen"), count(&a, "afgewezen") + DUBBEL);
    for k in ["verwerkt", "buiten_periode", "uitgesloten"] {
        assert_eq!(count(&b, k), count(&a, k), "{k}");
    }

    // afwijzingen.csv: each copy names a line of the earlier file; the pair names two lines.
    let csv = std::fs::read_to_string(out.join("afwijzingen.csv")).unwrap();
    let dubbel: Vec<&str> = csv
        .lines()
        .filter(|l| l.contains("dubbel: ook in"))
        .collect();
    assert_eq!(dubbel.len() as u64, DUBBEL, "{csv}");
    let feb = dubbel
        .iter()
        .filter(|l| l.contains("EPD_export_20220101_20220201.csv regel"))
        .count();
    let mrt = dubbel
        .iter()
        .filter(|l| l.contains("EPD_export_20220201_20220301.csv regel"))
        .count();
    assert_eq!((feb + mrt) as u64, DUBBEL);
    assert!(feb > 2 && mrt > 0, "{feb} {mrt}");
    let cited: std::collections::BTreeSet<&str> = dubbel
        .iter()
        .map(|l| l.rsplit("ook in ").next().unwrap())
        .collect();
    assert_eq!(
        cited.len() as u64,
        DUBBEL,
        "each copy names its own earlier line"
    );
    let data = grid(&out.join("organisatie.xlsx"), "Datakwaliteit");
    assert!(
        data.iter()
            .any(|r| text(&r[0]) == "dubbel" && r[2] == calamine::Data::Float(13.0)),
        "Datakwaliteit counts the dubbel rows"
    );
    let (ids, names) = secrets(&case);
    assert_no_secrets(&out, &ids, &names);
}

/// Writes `rows` under a zpm header to `dir/name`.
fn epd_file(dir: &Path, name: &str, rows: &[&str]) -> PathBuf {
    let p = dir.join(name);
    let mut t = String::from("medewerker;datum;activiteit;directe_tijd;client\n");
    for r in rows {
        t.push_str(r);
        t.push('\n');
    }
    std::fs::write(&p, t).unwrap();
    p
}

/// Runs the bad-input corpus's medewerkers over `epd` for March 2022; returns the samenvatting
/// and afwijzingen.csv.
fn run_maart(epd: &[PathBuf], out: &Path) -> (Value, String) {
    let o = zpm()
        .arg("run")
        .arg("--epd")
        .args(epd)
        .arg("--medewerkers")
        .arg(data("bad/medewerkers.csv"))
        .args(["--periode", "2022-03", "--out"])
        .arg(out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let j = serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap());
    (
        j.unwrap(),
        std::fs::read_to_string(out.join("afwijzingen.csv")).unwrap(),
    )
}

/// Copy for copy (SPEC 5.4): two equal rows in one file and one in the next leave one
/// rejected; one in the first and two in the next leave one rejected and one kept; a row that
/// differs only in its client is no copy; files whose dates do not overlap are not compared.
#[test]
fn equal_rows_are_rejected_copy_for_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let x = "M1;03-03-2022;consult_behandeling;45;c1";
    let y = "M1;03-03-2022;consult_behandeling;45;c2";
    let a = epd_file(
        tmp.path(),
        "a.csv",
        &[x, x, "M1;02-03-2022;consult_behandeling;30;c1"],
    );
    let b = epd_file(tmp.path(), "b.csv", &[x, y]);
    let (j, csv) = run_maart(&[a.clone(), b.clone()], &tmp.path().join("ab"));
    assert_eq!(j["invoer"]["regels"], 5);
    assert_eq!(j["invoer"]["verwerkt"], 4);
    assert_eq!(j["invoer"]["afgewezen"], 1);
    let r: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(r.len(), 1, "{csv}");
    assert!(
        r[0].starts_with("M1,03-03-2022,consult_behandeling,45,"),
        "{}",
        r[0]
    );
    assert!(
        r[0].ends_with(&format!("b.csv,2,dubbel: ook in {} regel 2", a.display())),
        "{}",
        r[0]
    );

    let c = epd_file(tmp.path(), "c.csv", &[x, x, x]);
    let (j, csv) = run_maart(&[b.clone(), c], &tmp.path().join("bc"));
    assert_eq!(j["invoer"]["verwerkt"], 4, "{csv}");
    assert_eq!(j["invoer"]["afgewezen"], 1);
    assert!(
        csv.contains(&format!("c.csv,2,dubbel: ook in {} regel 2", b.display())),
        "{csv}"
    );

    // The same file twice: every row of the second copy is rejected.
    let (j, _) = run_maart(&[a.clone(), a.clone()], &tmp.path().join("aa"));
    assert_eq!(j["invoer"]["verwerkt"], 3);
    assert_eq!(j["invoer"]["afgewezen"], 3);
    // Dates that do not overlap: nothing is compared.
    let d = epd_file(
        tmp.path(),
        "d.csv",
        &["M1;10-03-2022;consult_behandeling;45;c1"],
    );
    let e = epd_file(
        tmp.path(),
        "e.csv",
        &["M1;10-03-2022;consult_behandeling;45;c1"],
    );
    let (j, _) = run_maart(&[a, d.clone()], &tmp.path().join("ad"));
    assert_eq!(j["invoer"]["afgewezen"], 0);
    let (j, _) = run_maart(&[d, e], &tmp.path().join("de"));
    assert_eq!(j["invoer"]["afgewezen"], 1);
}

/// A rejected row whose activity cell holds 40,000 characters: the run exits 0 and the
/// Datakwaliteit cell holds the reason cut to Excel's 32,767 characters with the marker.
#[test]
fn a_cell_above_excels_limit_is_cut_with_a_marker() {
    let tmp = tempfile::tempdir().unwrap();
    let long = "x".repeat(40_000);
    let a = epd_file(
        tmp.path(),
        "lang.csv",
        &[
            "M1;03-03-2022;consult_behandeling;45;c1",
            &format!("M1;04-03-2022;{long};45;c1"),
        ],
    );
    let out = tmp.path().join("out");
    let (j, csv) = run_maart(&[a], &out);
    assert_eq!(j["invoer"]["afgewezen"], 1);
    assert!(csv.contains(&long), "afwijzingen.csv keeps the row as read");
    let g = grid(&out.join("organisatie.xlsx"), "Datakwaliteit");
    let cell = g
        .iter()
        .flatten()
        .map(text)
        .find(|t| t.starts_with("onbekende activiteit \"xxx"))
        .expect("the rejected row's reason");
    assert_eq!(cell.chars().count(), 32_767);
    assert!(
        cell.ends_with("… [afgekort]"),
        "{}",
        &cell[cell.len() - 40..]
    );
}
