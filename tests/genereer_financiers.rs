//! `zpm genereer`, finance side (SPEC 7.1): the EPD's `Financier` column and `contracten.csv`,
//! with ceilings that put exactly one financier over its ceiling in a run's year-end forecast.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use common::{genereer, zpm};

const KOP: &str = "financier;jaar;percentage;plafond;naam";

fn tekst(dir: &Path, name: &str) -> String {
    String::from_utf8(std::fs::read(dir.join(name)).unwrap()).unwrap()
}

/// A financier as a run matches it: numeric codes without their leading zeros (SPEC 7.1).
fn sleutel(f: &str) -> String {
    if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) {
        let t = f.trim_start_matches('0');
        if t.is_empty() { "0" } else { t }.to_string()
    } else {
        f.to_string()
    }
}

/// The EPD's data rows as cells (header skipped).
fn epd_rijen(t: &str) -> Vec<Vec<&str>> {
    t.lines().skip(1).map(|l| l.split(';').collect()).collect()
}

/// A euro amount written with a decimal comma and no thousands separator.
fn bedrag(s: &str) -> f64 {
    assert!(!s.contains('.'), "{s}: a point in an amount");
    let (heel, cent) = s.split_once(',').unwrap_or_else(|| panic!("{s}: no cents"));
    assert_eq!(cent.len(), 2, "{s}");
    format!("{heel}.{cent}").parse().unwrap()
}

/// `contracten.csv` as (financier key, jaar) → (code as written, percentage, plafond).
fn contracten(d: &Path) -> BTreeMap<(String, i32), (String, f64, f64)> {
    let t = tekst(d, "contracten.csv");
    assert!(t.starts_with(KOP), "{t}");
    let mut out = BTreeMap::new();
    for l in t.lines().skip(1) {
        let c: Vec<&str> = l.split(';').collect();
        assert_eq!(c.len(), 5, "{l}");
        assert!(c[4].contains("(fictief)") || c[0] == "DJI", "{l}");
        let pct: f64 = c[2].replace(',', ".").parse().unwrap();
        assert!((83.0..=95.0).contains(&pct), "{l}");
        let plafond = bedrag(c[3]);
        assert!(plafond >= 1000.0, "{l}");
        let key = (sleutel(c[0]), c[1].parse().unwrap());
        assert!(
            out.insert(key, (c[0].to_string(), pct, plafond)).is_none(),
            "{l} twice"
        );
    }
    out
}

#[test]
fn the_financier_column_spells_one_code_two_ways_and_leaves_some_rows_without() {
    let d = tempfile::tempdir().unwrap();
    genereer(d.path(), 40, 3, "2022-01", 2022);
    let mw = tekst(d.path(), "medewerkers.csv");
    let setting: HashMap<&str, &str> = mw
        .lines()
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split(';').collect();
            (c[0], c[5])
        })
        .collect();
    let epd = tekst(d.path(), "epd-export.csv");
    let rows = epd_rijen(&epd);
    let mut tel: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut forensisch, mut dji_forensisch) = (0, 0);
    for r in &rows {
        let f = r[9];
        *tel.entry(f).or_default() += 1;
        let s = match r[7] {
            "-" => setting.get(r[0]).copied().unwrap_or("?"),
            s => s,
        };
        if s == "6" || s == "7" {
            forensisch += 1;
            dji_forensisch += usize::from(f == "DJI");
        } else if !r[0].starts_with("EXT") {
            assert_ne!(f, "DJI", "DJI on a row in setting {s}: {r:?}");
        }
    }
    let mag: BTreeSet<&str> = ["0101", "101", "7001", "7002", "7003", "DJI", "-"].into();
    assert!(tel.keys().all(|k| mag.contains(k)), "{tel:?}");
    // One code with and without its leading zero, both often.
    assert!(tel["0101"] > 100 && tel["101"] > 100, "{tel:?}");
    assert!(tel["101"] < tel["0101"], "{tel:?}");
    // About 3% without a financier.
    let n = rows.len();
    assert!(
        tel["-"] * 100 > n && tel["-"] * 100 < 6 * n,
        "{tel:?} of {n}"
    );
    // Forensic rows go mostly to DJI (70% of those with a financier).
    assert!(forensisch * 2 > n, "{forensisch} of {n}");
    let aandeel = dji_forensisch as f64 / forensisch as f64;
    assert!((0.6..0.75).contains(&aandeel), "{aandeel}");
    assert!(
        ["7001", "7002", "7003"].iter().all(|c| tel[c] > 100),
        "{tel:?}"
    );
}

#[test]
fn contracts_cover_every_financier_and_year_but_one_and_are_deterministic() {
    let d = tempfile::tempdir().unwrap();
    let e = tempfile::tempdir().unwrap();
    // November 2022 to February 2023: two years.
    genereer(d.path(), 30, 4, "2022-11", 3);
    genereer(e.path(), 30, 4, "2022-11", 3);
    assert_eq!(
        tekst(d.path(), "contracten.csv"),
        tekst(e.path(), "contracten.csv")
    );
    let epd = tekst(d.path(), "epd-export.csv");
    let in_epd: BTreeSet<String> = epd_rijen(&epd)
        .iter()
        .map(|r| r[9])
        .filter(|f| *f != "-")
        .map(sleutel)
        .collect();
    let want: BTreeSet<String> = ["101", "7001", "7002", "7003", "DJI"]
        .map(String::from)
        .into();
    assert_eq!(in_epd, want);
    let c = contracten(d.path());
    let met: BTreeSet<String> = c.keys().map(|(f, _)| f.clone()).collect();
    assert_eq!(met.len(), 4, "{c:?}");
    assert!(met.is_subset(&in_epd));
    assert_eq!(
        in_epd.difference(&met).collect::<Vec<_>>(),
        [&"7003".to_string()]
    );
    for f in &met {
        for jaar in [2022, 2023] {
            assert!(c.contains_key(&(f.clone(), jaar)), "{f} {jaar}");
        }
    }
    assert_eq!(c.len(), 8);
    // The contracts file writes the code with its leading zero.
    assert_eq!(c[&("101".to_string(), 2022)].0, "0101");
}

/// Production at the maximum tariff per financier key: the EPD split by financier, each part
/// run through `zpm run` over `periode` with the generated tariffs (the organisation's omzet).
fn omzet_per_financier(d: &Path, periode: &str) -> BTreeMap<String, f64> {
    let epd = tekst(d, "epd-export.csv");
    let kop = epd.lines().next().unwrap();
    let mut delen: BTreeMap<String, String> = BTreeMap::new();
    for l in epd.lines().skip(1) {
        let f = l.rsplit(';').next().unwrap();
        if f != "-" {
            let deel = delen
                .entry(sleutel(f))
                .or_insert_with(|| format!("{kop}\n"));
            deel.push_str(l);
            deel.push('\n');
        }
    }
    let mut out = BTreeMap::new();
    for (f, deel) in delen {
        let pad = d.join(format!("deel-{f}.csv"));
        std::fs::write(&pad, deel).unwrap();
        let uit = d.join(format!("uit-{f}"));
        zpm()
            .arg("run")
            .arg("--epd")
            .arg(&pad)
            .arg("--medewerkers")
            .arg(d.join("medewerkers.csv"))
            .arg("--tarieven")
            .arg(d.join("tarieven-voorbeeld.csv"))
            .args(["--periode", periode, "--out"])
            .arg(&uit)
            .assert()
            .success();
        let j: serde_json::Value = serde_json::from_str(&tekst(&uit, "samenvatting.json")).unwrap();
        out.insert(f, j["organisatie"]["omzet"].as_f64().unwrap());
    }
    out
}

/// The run's year-end forecast (SPEC 7.2) against each ceiling: exactly 7001 is over, by about
/// 25%, and every other financier with a contract stays under by 20% or more.
fn one_over_its_ceiling(d: &Path, periode: &str, weekdagen: f64) {
    let omzet = omzet_per_financier(d, periode);
    let c = contracten(d);
    let mut boven = Vec::new();
    for ((f, jaar), (_, pct, plafond)) in &c {
        assert_eq!(*jaar, 2022);
        // Contract production ≈ omzet × percentage (the rounding per prestatie is cents).
        let prognose = omzet[f] * pct / 100.0 * 260.0 / weekdagen;
        let r = prognose / plafond;
        if r > 1.0 {
            boven.push(f.clone());
            assert!(
                (1.2..1.3).contains(&r),
                "{f}: forecast {prognose} / {plafond}"
            );
        } else {
            assert!(r < 0.8, "{f}: forecast {prognose} / ceiling {plafond}");
        }
    }
    assert_eq!(boven, ["7001"], "{omzet:?} {c:?}");
}

#[test]
fn the_samples_forecast_exactly_one_financier_over_its_ceiling() {
    let d = tempfile::tempdir().unwrap();
    genereer(d.path(), 40, 3, "2022-01", 2022);
    // Q1 2022 has 21 + 20 + 23 = 64 weekdays of 260.
    one_over_its_ceiling(d.path(), "2022-Q1", 64.0);
}

#[test]
fn a_year_of_a_larger_organisation_forecasts_exactly_one_over_its_ceiling() {
    let d = tempfile::tempdir().unwrap();
    genereer(d.path(), 100, 12, "2022-01", 5);
    one_over_its_ceiling(d.path(), "2022", 260.0);
}
