//! SPEC 4 under attack: privacy (no client id anywhere, one person per personal workbook,
//! safe and distinct names, text never a formula), atomic output under a kill, and
//! byte-identical results whatever the number of threads.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};

use common::*;

const HOSTILE_MW: &str = "medewerker;naam;team;beroep;uren_per_week\n\
../m1;=HYPERLINK(\"http://x\");../x;gz-psycholoog;36\n\
a/b;+31 6 1234;a/b;psychiater;24\n\
m3;-min;a_b;gz-psycholoog;36\n\
m4;@SUM(A1);CON;gz-psycholoog;36\n\
m5;Lange Naam;Team met een heel erg lange naam van meer dan eenendertig tekens;gz-psycholoog;36\n\
m6;Nog Een;Team met een heel erg lange naam van meer dan eenendertig tekens bis;gz-psycholoog;36\n";

fn hostile_epd() -> String {
    let mut s = String::from("medewerker;datum;activiteit;directe_tijd;client\n");
    for (i, id) in ["../m1", "a/b", "m3", "m4", "m5", "m6"].iter().enumerate() {
        s.push_str(&format!("{id};07-03-2022;behandeling;45;CLSECRET{i}\n"));
        s.push_str(&format!("{id};08-03-2022;behandeling;4;CLSECRET{i}9\n"));
    }
    s.push_str("onbekend;09-03-2022;behandeling;45;CLSECRETX\n");
    s
}

fn sheet_xml_texts(xlsx: &Path) -> Vec<String> {
    let f = std::fs::File::open(xlsx).unwrap();
    let mut zip = zip::ZipArchive::new(f).unwrap();
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut e = zip.by_index(i).unwrap();
        if e.name().is_ok_and(|n| n.ends_with(".xml")) {
            let mut s = String::new();
            e.read_to_string(&mut s).unwrap();
            out.push(s);
        }
    }
    out
}

/// Runs zpm with --per-behandelaar on the hostile medewerkers; returns the folder and --out.
fn hostile_run() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (epd, mw) = (dir.path().join("epd.csv"), dir.path().join("mw.csv"));
    std::fs::write(&epd, hostile_epd()).unwrap();
    std::fs::write(&mw, HOSTILE_MW).unwrap();
    let out = dir.path().join("out");
    zpm()
        .arg("run")
        .arg("--epd")
        .arg(&epd)
        .arg("--medewerkers")
        .arg(&mw)
        .arg("--per-behandelaar")
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    (dir, out)
}

#[test]
fn hostile_names_stay_inside_the_output_folder_and_are_never_formulas() {
    let (dir, out) = hostile_run();
    let root = out.canonicalize().unwrap();
    let files = walk(&out);
    for f in &files {
        assert!(
            f.canonicalize().unwrap().starts_with(&root),
            "{} escapes the output folder",
            f.display()
        );
    }
    assert!(!dir.path().join("x.xlsx").exists() && !dir.path().join("teams").exists());
    let teams: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.parent().unwrap().ends_with("teams"))
        .collect();
    assert_eq!(
        teams.len(),
        6,
        "one workbook per team, names distinct after sanitising: {teams:?}"
    );
    let personal = files
        .iter()
        .filter(|f| f.parent().unwrap().ends_with("behandelaren"))
        .count();
    assert_eq!(personal, 6);
    // Names that look like formulas read back as text and never become <f> elements.
    let g = grid(&out.join("organisatie.xlsx"), "Behandelaren");
    let names: Vec<calamine::Data> = g.iter().skip(1).map(|r| r[1].clone()).collect();
    for n in ["=HYPERLINK(\"http://x\")", "+31 6 1234", "-min", "@SUM(A1)"] {
        assert!(
            names.contains(&calamine::Data::String(n.to_string())),
            "{n} not read back as text: {names:?}"
        );
    }
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "xlsx"))
    {
        for xml in sheet_xml_texts(f) {
            assert!(
                !xml.contains("<f>=HYPERLINK")
                    && !xml.contains("<f>HYPERLINK")
                    && !xml.contains("<f>SUM(A1)"),
                "{} holds a formula from input text",
                f.display()
            );
        }
    }
}

#[test]
fn no_client_id_in_any_output_and_personal_workbooks_hold_one_person() {
    let (_dir, out) = hostile_run();
    for f in walk(&out) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains("CLSECRET"),
            "{} holds a client id",
            f.display()
        );
        if f.extension().is_some_and(|e| e == "xlsx") {
            for xml in sheet_xml_texts(&f) {
                assert!(
                    !xml.contains("CLSECRET"),
                    "{} holds a client id",
                    f.display()
                );
            }
        }
    }
    // The personal workbook of m5 names m5 only.
    let p = out.join("behandelaren/m5.xlsx");
    let cells: Vec<String> = sheets(&p)
        .iter()
        .flat_map(|s| grid(&p, s))
        .flatten()
        .map(|c| text(&c))
        .collect();
    assert!(cells.iter().any(|c| c == "m5"));
    for other in ["m3", "m4", "m6", "Nog Een", "-min", "a/b", "../m1"] {
        assert!(
            !cells.iter().any(|c| c == other),
            "m5's workbook shows {other}"
        );
    }
}

fn run_args(g: &Path, out: &Path) -> Vec<std::ffi::OsString> {
    let mut v: Vec<std::ffi::OsString> = vec!["run".into()];
    for (flag, f) in [
        ("--epd", "epd-export.csv"),
        ("--medewerkers", "medewerkers.csv"),
        ("--begroting", "begroting.csv"),
        ("--realisatie-2021", "realisatie-2021.csv"),
        ("--tarieven", "tarieven-voorbeeld.csv"),
    ] {
        v.push(flag.into());
        v.push(g.join(f).into());
    }
    v.push("--out".into());
    v.push(out.into());
    v
}

fn all_cells(dir: &Path) -> Vec<(String, String)> {
    let mut v = Vec::new();
    for f in walk(dir)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "xlsx"))
    {
        let rel = f.strip_prefix(dir).unwrap().display().to_string();
        for s in sheets(&f) {
            for row in grid(&f, &s) {
                for c in row {
                    v.push((format!("{rel}!{s}"), format!("{c:?}")));
                }
            }
        }
    }
    v
}

#[test]
fn one_or_two_threads_give_identical_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g");
    genereer(&g, 120, 2, "2022-01", 11);
    let outs: Vec<PathBuf> = ["1", "2"]
        .iter()
        .map(|t| {
            // The same command line (the audit trail shows it), then moved aside.
            let out = dir.path().join("out");
            zpm()
                .env("RAYON_NUM_THREADS", t)
                .env("ZPM_PEILDATUM", "2022-04-01")
                .args(run_args(&g, &out))
                .assert()
                .success();
            let kept = dir.path().join(format!("out{t}"));
            std::fs::rename(&out, &kept).unwrap();
            kept
        })
        .collect();
    for f in ["samenvatting.json", "afwijzingen.csv"] {
        assert!(
            std::fs::read(outs[0].join(f)).unwrap() == std::fs::read(outs[1].join(f)).unwrap(),
            "{f} differs"
        );
    }
    let (a, b) = (all_cells(&outs[0]), all_cells(&outs[1]));
    assert!(a.len() > 1000);
    assert!(a == b, "workbook cells differ between 1 and 2 threads");
}

fn sha(p: &Path) -> String {
    zpm::input::reference::sha256_hex(&std::fs::read(p).unwrap())
}

#[test]
fn a_killed_run_leaves_only_complete_workbooks_and_untouched_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g");
    genereer(&g, 600, 6, "2022-01", 11);
    let inputs: Vec<PathBuf> = walk(&g);
    let before: Vec<String> = inputs.iter().map(|p| sha(p)).collect();
    let bin = assert_cmd::cargo::cargo_bin("zpm");
    let mut saw_partial_run = false;
    for (i, delay_ms) in [30u64, 80, 150, 250, 400, 600].iter().enumerate() {
        let out = dir.path().join(format!("out{i}"));
        let mut child = std::process::Command::new(&bin)
            .args(run_args(&g, &out))
            .arg("--per-behandelaar")
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(*delay_ms));
        let _ = child.kill();
        let status = child.wait().unwrap();
        saw_partial_run |= !status.success();
        for f in walk(&out) {
            let name = f.file_name().unwrap().to_string_lossy().to_string();
            if name.ends_with(".xlsx") {
                // Every file under its final name is complete: it opens and has its sheets.
                assert!(!sheets(&f).is_empty(), "{} is incomplete", f.display());
            } else if name == "samenvatting.json" {
                serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(&f).unwrap())
                    .unwrap();
            } else {
                assert!(
                    name.contains(".zpm-tmp-") || name == "afwijzingen.csv",
                    "unexpected file {name}"
                );
            }
        }
    }
    assert!(
        saw_partial_run,
        "no run was interrupted: the test proved nothing"
    );
    let after: Vec<String> = inputs.iter().map(|p| sha(p)).collect();
    assert_eq!(before, after, "inputs were modified");
}
