//! Faults that independent checks found in the generated workbooks, one test each: what the
//! parts of the xlsx files must (not) hold, for `run`, `fill` and `templates`.

mod common;

use std::path::{Path, PathBuf};

use common::xml::{Book, chart_title, series};
use common::*;

/// `zpm run` on samples/ for 2022-Q1 with `--per-behandelaar`; with the begroting and the
/// December 2021 realisation when `financieel`; `medewerkers` replaces the sample's file.
fn run(out: &Path, financieel: bool, medewerkers: Option<&Path>) {
    let s = |f: &str| root().join("samples").join(f);
    let mut cmd = zpm();
    cmd.arg("run").arg("--epd").arg(s("epd-export.csv"));
    cmd.arg("--medewerkers")
        .arg(medewerkers.map_or_else(|| s("medewerkers.csv"), Path::to_path_buf));
    if financieel {
        cmd.arg("--begroting").arg(s("begroting.csv"));
        cmd.arg("--realisatie-2021").arg(s("realisatie-2021.csv"));
    }
    cmd.arg("--tarieven")
        .arg(s("tarieven-voorbeeld.csv"))
        .args(["--periode", "2022-Q1", "--per-behandelaar", "--out"])
        .arg(out)
        .env("ZPM_PEILDATUM", "2022-04-05")
        .assert()
        .success();
}

/// The Taskforce samples.
fn samples() -> Vec<PathBuf> {
    walk(&root().join("samples/taskforce"))
        .into_iter()
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("xlsx"))
        .collect()
}

/// `zpm fill` on every Taskforce sample.
fn fill(out: &Path) {
    zpm()
        .current_dir(root())
        .arg("fill")
        .args(samples())
        .args(["--tarieven", "samples/tarieven-voorbeeld.csv"])
        .args([
            "--kliniek-normen",
            "samples/taskforce/kliniek-normen-voorbeeld.csv",
        ])
        .arg("--out")
        .arg(out)
        .assert()
        .success();
}

/// Every xlsx under `dir`.
fn xlsx(dir: &Path) -> Vec<PathBuf> {
    walk(dir)
        .into_iter()
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("xlsx"))
        .collect()
}

#[test]
fn charts_hold_no_series_for_absent_inputs() {
    let tmp = tempfile::tempdir().unwrap();
    let (zonder, met, gevuld) = (
        tmp.path().join("zonder"),
        tmp.path().join("met"),
        tmp.path().join("fill"),
    );
    run(&zonder, false, None);
    run(&met, true, None);
    fill(&gevuld);
    let mut namen_met = Vec::new();
    for (dir, financieel) in [(&zonder, false), (&met, true), (&gevuld, true)] {
        for path in xlsx(dir) {
            let book = Book::read(&path);
            for (part, chart) in book.charts() {
                let what = format!("{}: {part}", path.display());
                for s in series(chart) {
                    let cells = book
                        .range(&s.values)
                        .unwrap_or_else(|| panic!("{what}: {s:?} points at no sheet"));
                    assert!(
                        cells
                            .iter()
                            .flatten()
                            .any(|c| c.kind != "blank" && !c.text.is_empty()),
                        "{what}: series {:?} over {} has only empty cells",
                        s.name,
                        s.values
                    );
                    if financieel {
                        namen_met.push(s.name.to_lowercase());
                    }
                }
                if !financieel {
                    let lower = chart.to_lowercase();
                    assert!(
                        !lower.contains("begroting") && !lower.contains("december"),
                        "{what}: names an absent input: {:?} {:?}",
                        chart_title(chart),
                        series(chart).iter().map(|s| &s.name).collect::<Vec<_>>()
                    );
                }
            }
        }
    }
    // With the inputs, their series are still there.
    for naam in ["begroting omzet (€)", "realisatie december 2021 (€)"] {
        assert!(namen_met.iter().any(|n| n == naam), "no series {naam:?}");
    }
    let org = Book::read(&met.join("organisatie.xlsx"));
    let titels: Vec<String> = org.charts().iter().map(|(_, c)| chart_title(c)).collect();
    for t in [
        "Omzet, begroting en december 2021 per maand",
        "Omzet en begroting per team",
    ] {
        assert!(
            titels.iter().any(|x| x == t),
            "no chart {t:?} in {titels:?}"
        );
    }
}
