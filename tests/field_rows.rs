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
