//! The shipped tariff tables hold exactly the publicly sourced NZa maximum tariffs of
//! `tests/data/tarieven-bronnen.csv` (a copy of the list as received), each with its source,
//! and nothing else (issue 13; SPEC 1.4: figures come from data, never from code).

mod common;

use std::collections::BTreeSet;

use common::root;

/// Data lines (header dropped, line ends normalised) of a CSV file.
fn lines(path: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

const JAREN: [&str; 4] = ["2022", "2023", "2024", "2025"];

#[test]
fn every_sourced_row_is_shipped_and_nothing_else() {
    let bronnen = lines(&root().join("tests/data/tarieven-bronnen.csv"));
    assert_eq!(bronnen.len(), 174, "the list as received holds 174 cells");
    let mut shipped = Vec::new();
    for jaar in JAREN {
        let file = root().join(format!("templates/tarieven/{jaar}.csv"));
        for l in lines(&file) {
            assert!(l.starts_with(&format!("{jaar},")), "{jaar}.csv holds {l}");
            shipped.push(l);
        }
    }
    let bron_set: BTreeSet<&String> = bronnen.iter().collect();
    let shipped_set: BTreeSet<&String> = shipped.iter().collect();
    for b in &bronnen {
        assert!(shipped_set.contains(b), "sourced row not shipped: {b}");
    }
    for s in &shipped {
        assert!(
            bron_set.contains(s),
            "shipped row without a source in the list: {s}"
        );
    }
    assert_eq!(shipped.len(), bronnen.len(), "a row shipped twice");
}

#[test]
fn every_shipped_row_names_its_source() {
    for jaar in JAREN {
        let file = root().join(format!("templates/tarieven/{jaar}.csv"));
        let mut reader = csv::Reader::from_path(&file).unwrap();
        let headers = reader.headers().unwrap().clone();
        let bron = headers
            .iter()
            .position(|h| h == "bron")
            .expect("bron column");
        let tarief = headers.iter().position(|h| h == "tarief").expect("tarief");
        for (i, rec) in reader.records().enumerate() {
            let rec = rec.unwrap();
            let url = &rec[bron];
            assert!(
                url.starts_with("https://") || url.starts_with("http://"),
                "{jaar}.csv line {}: source {url:?} is no address",
                i + 2
            );
            let t: f64 = rec[tarief].parse().unwrap();
            assert!(t > 0.0, "{jaar}.csv line {}: tariff {t}", i + 2);
        }
    }
}

#[test]
fn every_year_loads_and_a_2025_run_prices_what_it_can() {
    let dir = tempfile::tempdir().unwrap();
    let epd = dir.path().join("epd.csv");
    // A 2025 row that the 2025 table prices: gz-psycholoog, behandeling 60 minuten, setting 1.
    std::fs::write(
        &epd,
        "medewerker,datum,activiteit,directe_tijd\nM1,2025-03-04,consult_behandeling,60\n",
    )
    .unwrap();
    let mw = dir.path().join("mw.csv");
    std::fs::write(
        &mw,
        "medewerker,naam,team,beroep,uren_per_week,setting\nM1,A. Jansen,T,gz-psycholoog,36,1\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = common::zpm()
        .args(["run", "--periode", "2025-03", "--epd"])
        .arg(&epd)
        .arg("--medewerkers")
        .arg(&mw)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap())
            .unwrap();
    let row = bron_2025("consult,1,gz_psycholoog,behandeling,60,");
    let euro: f64 = row.parse().unwrap();
    assert_eq!(euro, 168.94, "the sourced cell");
    assert_eq!(j["organisatie"]["omzet"].as_f64().unwrap(), euro);
}

/// The tariff of the 2025 row whose key starts with `key`.
fn bron_2025(key: &str) -> String {
    let line = lines(&root().join("templates/tarieven/2025.csv"))
        .into_iter()
        .find(|l| l.starts_with(&format!("2025,{key}")))
        .unwrap_or_else(|| panic!("no 2025 row {key}"));
    line.split(',').nth(6).unwrap().to_string()
}
