//! Financiers, contracts and longer periods (issue 14, SPEC 7): revenue at the maximum and at
//! each financier's contract, rounded per prestatie; the omzetplafond, the year-end forecast
//! and its overshoot; a financier without a contract row; rows without a financier; a UZOVI
//! code with and without its leading zero; a range period; and the Financiers sheet as a
//! manager opens it. Every figure is worked out by hand below.

mod common;

use std::path::Path;

use common::field::{by_person, num};
use common::{grid, xlsx_parts, zpm};
use serde_json::Value;

const MEDEWERKERS: &str = "medewerker;naam;team;beroep;uren_per_week;setting;in_dienst\n\
101;Anna Jansen;Team Noord;GZ-psycholoog;36;1;01-01-2020\n";

/// One tariff: consult behandeling 45 minutes, setting 1, GZ-psycholoog, € 135,89 (voorbeeld).
const TARIEVEN: &str = "jaar,prestatie,setting,beroepscategorie,type,klasse,tarief,bron\n\
2022,consult,1,gz_psycholoog,behandeling,45,135.89,voorbeeld\n";

/// The contracts as finance writes them: UZOVI with its leading zero, percentages with a
/// decimal comma, a ceiling for two financiers, none for 7003 (it uses --contract-percentage).
const CONTRACTEN: &str = "Financier;Jaar;Percentage;Omzetplafond;Naam\n\
0101;2022;92,5;350,00;Zorgverzekeraar Noord\n\
Zorgverzekeraar Zuid;2022;85;1000,00;\n";

/// Seven consults of 45 minutes in 2022-Q1 and two in April: 0101 written with and without
/// its zero, a name in another case, 7003 without a contract, and one row without financier.
const EPD: &str = "medewerker;datum;activiteit;directe_tijd;financier\n\
101;03-01-2022;consult_behandeling;45;0101\n\
101;04-01-2022;consult_behandeling;45;101\n\
101;01-02-2022;consult_behandeling;45;0101\n\
101;05-01-2022;consult_behandeling;45;ZORGVERZEKERAAR ZUID\n\
101;06-01-2022;consult_behandeling;45;Zorgverzekeraar Zuid\n\
101;07-01-2022;consult_behandeling;45;7003\n\
101;10-01-2022;consult_behandeling;45;-\n\
101;31-03-2022;consult_behandeling;45;0101\n\
101;01-04-2022;consult_behandeling;45;101\n";

/// Runs zpm with the files above over `periode` (with `extra` arguments).
fn run(dir: &Path, periode: &str, extra: &[&str]) -> Value {
    let f = |n: &str, t: &str| {
        let p = dir.join(n);
        std::fs::write(&p, t).unwrap();
        p
    };
    let out = dir.join(format!(
        "out-{}-{}",
        periode.replace("..", "_"),
        extra.len()
    ));
    let o = zpm()
        .arg("run")
        .arg("--epd")
        .arg(f("epd.csv", EPD))
        .arg("--medewerkers")
        .arg(f("mw.csv", MEDEWERKERS))
        .arg("--tarieven")
        .arg(f("tarieven.csv", TARIEVEN))
        .args(["--periode", periode, "--out"])
        .arg(&out)
        .args(extra.iter().map(|a| {
            if *a == "CONTRACTEN" {
                f("contracten.csv", CONTRACTEN).display().to_string()
            } else {
                a.to_string()
            }
        }))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap()).unwrap()
}

fn close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() < 0.005, "{what}: {a} != {b}");
}

fn financier<'a>(j: &'a Value, naam: &str) -> &'a Value {
    j["financiers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["financier"] == naam)
        .unwrap_or_else(|| panic!("no financier {naam} in {}", j["financiers"]))
}

#[test]
fn revenue_per_financier_at_contract_with_ceiling_and_forecast() {
    let dir = tempfile::tempdir().unwrap();
    let j = run(
        dir.path(),
        "2022-Q1",
        &["--contracten", "CONTRACTEN", "--contract-percentage", "90"],
    );
    // 2022-Q1: 64 weekdays; 2022: 260. Eight consults of € 135,89 in the quarter.
    let f = j["financiers"].as_array().unwrap();
    let namen: Vec<&str> = f.iter().map(|x| x["financier"].as_str().unwrap()).collect();
    assert_eq!(
        namen,
        ["(onbekend)", "0101", "7003", "Zorgverzekeraar Zuid"]
    );

    // 0101 (four rows, two written 101): 92,5% of 135,89 = 125,69825 → 125,70 per consult.
    let a = financier(&j, "0101");
    assert_eq!(a["naam"], "Zorgverzekeraar Noord");
    close(num(a, "omzet"), 4.0 * 135.89, "0101 omzet");
    close(num(a, "omzet_contract"), 4.0 * 125.70, "0101 contract");
    close(num(a, "percentage"), 92.5, "0101 pct");
    // ceiling € 350 reached in the quarter (502,80); forecast 502,80 × 260 / 64 = 2042,6250
    // → 2042,63; overshoot 2042,63 − 350 = 1692,63.
    close(num(a, "plafond"), 350.0, "0101 plafond");
    close(num(a, "prognose_jaar"), 2042.63, "0101 prognose");
    close(num(a, "overschrijding"), 1692.63, "0101 overschrijding");

    // Zorgverzekeraar Zuid (two rows, names folded): 85% → 115,5065 → 115,51.
    let b = financier(&j, "Zorgverzekeraar Zuid");
    close(num(b, "omzet_contract"), 231.02, "Zuid contract");
    // forecast 231,02 × 260 / 64 = 938,51875 → 938,52, under the ceiling of 1000.
    close(num(b, "prognose_jaar"), 938.52, "Zuid prognose");
    close(num(b, "overschrijding"), 0.0, "Zuid overschrijding");

    // 7003 and the row without financier: no contract row, --contract-percentage 90 →
    // 122,301 → 122,30, and no ceiling.
    for naam in ["7003", "(onbekend)"] {
        let c = financier(&j, naam);
        close(num(c, "omzet"), 135.89, naam);
        close(num(c, "omzet_contract"), 122.30, naam);
        close(num(c, "percentage"), 90.0, naam);
        assert!(c["plafond"].is_null(), "{naam}");
        close(num(c, "prognose_jaar"), 496.84, naam); // 122,30 × 260 / 64 = 496,84375
    }

    // The organisation, team and behandelaar: maximum and contract.
    let contract = 4.0 * 125.70 + 231.02 + 2.0 * 122.30;
    close(num(&j["organisatie"], "omzet"), 8.0 * 135.89, "org omzet");
    close(
        num(&j["organisatie"], "omzet_contract"),
        contract,
        "org contract",
    );
    close(
        num(&j["teams"][0], "omzet_contract"),
        contract,
        "team contract",
    );
    let p = by_person(&j);
    let anna = &p[&("101".to_string(), "Team Noord".to_string())];
    close(num(anna, "omzet_contract"), contract, "101 contract");
}

#[test]
fn without_contracts_contract_revenue_equals_revenue() {
    let dir = tempfile::tempdir().unwrap();
    let j = run(dir.path(), "2022-Q1", &[]);
    close(
        num(&j["organisatie"], "omzet_contract"),
        num(&j["organisatie"], "omzet"),
        "org",
    );
    for f in j["financiers"].as_array().unwrap() {
        close(num(f, "omzet_contract"), num(f, "omzet"), "financier");
        close(num(f, "percentage"), 100.0, "percentage");
        assert!(f["plafond"].is_null());
        close(num(f, "overschrijding"), 0.0, "overschrijding");
    }
}

#[test]
fn a_range_equals_the_sum_of_its_months_and_a_quarter_range_the_quarter() {
    let dir = tempfile::tempdir().unwrap();
    let c = ["--contracten", "CONTRACTEN"];
    let range = run(dir.path(), "2022-03..2022-04", &c);
    let maart = run(dir.path(), "2022-03", &c);
    let april = run(dir.path(), "2022-04", &c);
    assert_eq!(range["periode"]["van"], "2022-03-01");
    assert_eq!(range["periode"]["tot"], "2022-04-30");
    for key in [
        "directe_uren",
        "genormeerde_uren",
        "beschikbaar_uren",
        "norm_uren",
        "omzet",
        "omzet_contract",
    ] {
        close(
            num(&range["organisatie"], key),
            num(&maart["organisatie"], key) + num(&april["organisatie"], key),
            key,
        );
        close(
            num(&range["behandelaren"][0], key),
            num(&maart["behandelaren"][0], key) + num(&april["behandelaren"][0], key),
            key,
        );
    }
    close(
        num(&range["organisatie"], "omzet"),
        2.0 * 135.89,
        "range omzet",
    );
    for key in ["omzet", "omzet_contract"] {
        close(
            num(financier(&range, "0101"), key),
            num(financier(&maart, "0101"), key) + num(financier(&april, "0101"), key),
            key,
        );
    }
    // A range that equals a quarter gives exactly that quarter's summary.
    let q = run(dir.path(), "2022-Q1", &c);
    let r = run(dir.path(), "2022-01..2022-03", &c);
    assert_eq!(q, r);
}

#[test]
fn the_financiers_sheet_has_filter_frozen_header_euro_and_percent_formats() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), "2022-Q1", &["--contracten", "CONTRACTEN"]);
    let xlsx = dir.path().join("out-2022-Q1-2/organisatie.xlsx");
    let g = grid(&xlsx, "Financiers");
    let kop = g
        .iter()
        .position(|r| r.first().is_some_and(|c| *c == "Financier"))
        .unwrap();
    assert_eq!(g[kop][9].to_string(), "Verwachte overschrijding (€)");
    let rij = g
        .iter()
        .find(|r| r.first().is_some_and(|c| *c == "0101"))
        .unwrap();
    assert!(
        matches!(rij[9], calamine::Data::Float(v) if (v - 1692.63).abs() < 0.005),
        "{:?}",
        rij[9]
    );
    // Datakwaliteit counts the defaults: one row without financier, two without a contract
    // row (7003 and that one).
    let dk = grid(&xlsx, "Datakwaliteit");
    let aantal = |tekst: &str| {
        let r = dk
            .iter()
            .find(|r| r.iter().any(|c| c.to_string().starts_with(tekst)))
            .unwrap_or_else(|| panic!("Datakwaliteit lacks {tekst}"));
        r.iter().find_map(|c| match c {
            calamine::Data::Float(f) => Some(*f),
            _ => None,
        })
    };
    assert_eq!(aantal("geen financier op de regel"), Some(1.0));
    assert_eq!(aantal("financier zonder contractregel"), Some(2.0));
    // The sheet's XML: a filter, a frozen header, a red rule, and cells in € and %.
    let p = xlsx_parts(&xlsx);
    let wb = &p["xl/workbook.xml"];
    let n = wb
        .split("<sheet ")
        .skip(1)
        .position(|s| s.contains("name=\"Financiers\""))
        .unwrap()
        + 1;
    let sheet = &p[&format!("xl/worksheets/sheet{n}.xml")];
    assert!(sheet.contains("<autoFilter"));
    assert!(sheet.contains("state=\"frozen\""));
    assert!(sheet.contains("<conditionalFormatting"));
    let styles = &p["xl/styles.xml"];
    let fmt = |code: &str| -> String {
        let i = styles.find(&format!("formatCode=\"{code}\"")).unwrap();
        let id = styles[..i].rsplit("numFmtId=\"").next().unwrap();
        id[..id.find('"').unwrap()].to_string()
    };
    let xfs: Vec<&str> = styles
        .split("<cellXfs")
        .nth(1)
        .unwrap()
        .split("</cellXfs>")
        .next()
        .unwrap()
        .split("<xf ")
        .skip(1)
        .collect();
    let gebruikt = |id: String| {
        xfs.iter().enumerate().any(|(i, xf)| {
            xf.contains(&format!("numFmtId=\"{id}\"")) && sheet.contains(&format!(" s=\"{i}\""))
        })
    };
    assert!(gebruikt(fmt("€ #,##0.00")), "no € cell on Financiers");
    assert!(gebruikt(fmt("0.0%")), "no % cell on Financiers");
}

#[test]
fn inspect_recognises_a_contracten_file_and_lists_an_exports_financiers() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("contracten.csv");
    std::fs::write(&c, CONTRACTEN).unwrap();
    let e = dir.path().join("epd.csv");
    std::fs::write(&e, EPD).unwrap();
    let o = zpm().arg("inspect").arg(&c).arg(&e).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("kind        contracten"), "{out}");
    assert!(out.contains("Omzetplafond  → plafond"), "{out}");
    // As written, with their counts: 0101 and 101 are one financier only in a run.
    assert!(
        out.contains("financier values   0101 (3), 101 (2), 7003 (1), ZORGVERZEKERAAR ZUID (1), Zorgverzekeraar Zuid (1)"),
        "{out}"
    );
}
