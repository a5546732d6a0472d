//! A failure while writing the outputs exits 3, names the file or folder, and leaves the
//! output folder as it was before the run (SPEC 4): every file is written into a staging
//! folder first and moved into place only when all are complete.

mod common;

use std::path::Path;

use common::*;

fn run(out: &Path) -> assert_cmd::assert::Assert {
    zpm()
        .arg("run")
        .arg("--epd")
        .arg(data("run/epd-maart.csv"))
        .arg("--medewerkers")
        .arg(data("run/medewerkers.csv"))
        .args(["--per-behandelaar", "--out"])
        .arg(out)
        .assert()
}

/// Every entry under `dir` with its bytes (folders as empty), sorted.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        let name = p.strip_prefix(dir).unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            out.push((format!("{name}/"), Vec::new()));
            for (sub, bytes) in snapshot(&p) {
                out.push((format!("{name}/{sub}"), bytes));
            }
        } else {
            out.push((name, std::fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn an_output_folder_that_cannot_be_created_exits_3_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("een-bestand"), "x").unwrap();
    let out = dir.path().join("een-bestand").join("uit");
    let a = run(&out).code(3);
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("een-bestand"), "{err}");
    assert!(err.contains("cannot create the output folder"), "{err}");
    assert_eq!(
        snapshot(dir.path()),
        vec![("een-bestand".into(), b"x".to_vec())]
    );
}

#[test]
fn a_run_that_fails_part_way_through_writing_leaves_the_folder_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    // An earlier month's summary that must survive, and a file where teams/ must go: every
    // workbook is written (into staging) before the team workbooks cannot be put in place.
    std::fs::write(out.join("samenvatting.json"), "{\"vorige\": true}").unwrap();
    std::fs::write(out.join("teams"), "geen map").unwrap();
    let before = snapshot(out);
    let a = run(out).code(3);
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("teams"), "{err}");
    assert_eq!(snapshot(out), before, "the output folder changed");
}

#[test]
fn a_successful_run_leaves_no_staging_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nieuw");
    run(&out).success();
    let names: Vec<String> = snapshot(&out).into_iter().map(|(n, _)| n).collect();
    assert!(
        names.iter().all(|n| !n.contains("zpm-staging")),
        "{names:?}"
    );
    assert!(names.contains(&"organisatie.xlsx".to_string()), "{names:?}");
    assert!(
        names.iter().any(|n| n.starts_with("behandelaren/")),
        "{names:?}"
    );
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("teams/") && n.ends_with(".xlsx")),
        "{names:?}"
    );
}
