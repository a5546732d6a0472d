//! What a manager opens: the parts of the generated xlsx files (charts, conditional formats,
//! filters, frozen panes, print set-up, number formats), the trend sheet adding up to the
//! period, and LibreOffice opening every workbook.

mod common;

use std::path::Path;

use common::*;

fn samples_run(out: &Path, periode: &str) {
    let s = |f: &str| root().join("samples").join(f);
    zpm()
        .arg("run")
        .arg("--epd")
        .arg(s("epd-export.csv"))
        .arg("--medewerkers")
        .arg(s("medewerkers.csv"))
        .arg("--begroting")
        .arg(s("begroting.csv"))
        .arg("--realisatie-2021")
        .arg(s("realisatie-2021.csv"))
        .arg("--tarieven")
        .arg(s("tarieven-voorbeeld.csv"))
        .arg("--contracten")
        .arg(s("contracten.csv"))
        .args([
            "--periode",
            periode,
            "--per-behandelaar",
            "--organisatie",
            "GGZ Voorbeeld",
        ])
        .arg("--out")
        .arg(out)
        .env("ZPM_PEILDATUM", "2022-04-05")
        .assert()
        .success();
}

#[test]
fn workbooks_carry_charts_formats_filters_panes_and_print_setup() {
    let dir = tempfile::tempdir().unwrap();
    samples_run(dir.path(), "2022-Q1");
    let team = walk(&dir.path().join("teams")).into_iter().next().unwrap();
    for xlsx in [dir.path().join("organisatie.xlsx"), team] {
        let p = xlsx_parts(&xlsx);
        let sheets: String = p
            .iter()
            .filter(|(n, _)| n.starts_with("xl/worksheets/sheet"))
            .map(|(_, s)| s.as_str())
            .collect();
        let what = xlsx.display();
        assert!(
            p.iter().any(|(n, _)| n.starts_with("xl/charts/chart")),
            "{what}: no chart"
        );
        assert!(
            sheets.contains("<conditionalFormatting"),
            "{what}: no conditional format"
        );
        assert!(
            sheets.contains("containsText") || sheets.contains("beginsWith"),
            "{what}: no signal colours"
        );
        assert!(sheets.contains("<autoFilter"), "{what}: no filter");
        assert!(
            sheets.contains("state=\"frozen\""),
            "{what}: no frozen panes"
        );
        assert!(
            sheets.contains("orientation=\"landscape\""),
            "{what}: not landscape"
        );
        assert!(
            sheets.contains("fitToPage=\"1\""),
            "{what}: not fitted to the page width"
        );
        assert!(sheets.contains("<oddFooter>"), "{what}: no footer");
        let styles = &p["xl/styles.xml"];
        for code in ["#,##0.0", "0.0%", "€ #,##0.00"] {
            assert!(
                styles.contains(&format!("formatCode=\"{code}\"")),
                "{what}: no number format {code}"
            );
        }
        let core = &p["docProps/app.xml"];
        assert!(
            core.contains("<Company>GGZ Voorbeeld</Company>"),
            "{what}: no company property"
        );
    }
    // The command line wraps on "Over dit rapport" in a row high enough for it: unwrapped it
    // ran far to the right and the page, fitted to one page wide, printed tiny.
    let team = walk(&dir.path().join("teams")).into_iter().next().unwrap();
    let opdracht: Vec<f64> = xlsx_parts(&team)
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/sheet"))
        .flat_map(|(_, xml)| common::xml::elements(xml, "row"))
        .filter(|(_, body)| body.contains(">Opdracht<"))
        .filter_map(|(tag, _)| common::xml::attr(tag, "ht")?.parse().ok())
        .collect();
    assert!(
        matches!(opdracht.as_slice(), [ht] if *ht >= 30.0),
        "the Opdracht row's height: {opdracht:?}"
    );
    let org = grid(&dir.path().join("organisatie.xlsx"), "Over dit rapport");
    let texts: Vec<String> = org.iter().flatten().map(text).collect();
    assert!(texts.iter().any(|t| t == "2022-04-05"), "peilmoment");
    assert!(
        texts.iter().any(|t| t.ends_with("epd-export.csv")),
        "input file listed"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.len() == 64 && t.chars().all(|c| c.is_ascii_hexdigit())),
        "a SHA-256"
    );
    let names = sheets(&dir.path().join("organisatie.xlsx"));
    for s in [
        "Organisatie",
        "Teams",
        "Behandelaren",
        "Financiers",
        "Datakwaliteit",
        "Planning = Realisatie",
        "Trend",
        "Uitleg",
        "Over dit rapport",
    ] {
        assert!(
            names.contains(&s.to_string()),
            "organisatie.xlsx lacks {s}: {names:?}"
        );
    }
}

fn number(d: &calamine::Data) -> f64 {
    match d {
        calamine::Data::Float(f) => *f,
        calamine::Data::Int(i) => *i as f64,
        other => panic!("expected a number, found {other:?}"),
    }
}

#[test]
fn trend_months_sum_to_the_period_totals() {
    let dir = tempfile::tempdir().unwrap();
    samples_run(dir.path(), "2022-Q1");
    let j: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("samenvatting.json")).unwrap(),
    )
    .unwrap();
    let g = grid(&dir.path().join("organisatie.xlsx"), "Trend");
    let kop = g
        .iter()
        .position(|r| r.first().map(text).as_deref() == Some("Maand"))
        .unwrap();
    let months: Vec<&Vec<calamine::Data>> = g[kop + 1..]
        .iter()
        .take_while(|r| text(&r[0]).starts_with("2022-"))
        .collect();
    assert_eq!(
        months.iter().map(|r| text(&r[0])).collect::<Vec<_>>(),
        ["2022-01", "2022-02", "2022-03"]
    );
    let sum = |c: usize| months.iter().map(|r| number(&r[c])).sum::<f64>();
    let o = &j["organisatie"];
    assert!(
        (sum(2) - o["genormeerde_uren"].as_f64().unwrap()).abs() < 1e-6,
        "normed hours"
    );
    assert!(
        (sum(1) - o["directe_uren"].as_f64().unwrap()).abs() < 1e-6,
        "direct hours"
    );
    assert!(
        (sum(5) - o["omzet"].as_f64().unwrap()).abs() < 0.005,
        "revenue"
    );
    assert!(
        (sum(3) - o["norm_uren"].as_f64().unwrap()).abs() < 1e-6 * o["norm_uren"].as_f64().unwrap(),
        "norm hours"
    );
    let begroting: f64 = j["teams"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["begroting"].as_f64())
        .sum();
    assert!((sum(6) - begroting).abs() < 0.005, "budget");
    // Each team workbook has its own trend, summing to the team's figures.
    for t in j["teams"].as_array().unwrap() {
        let naam = t["team"].as_str().unwrap();
        let tg = grid(
            &dir.path().join("teams").join(format!("{naam}.xlsx")),
            "Trend",
        );
        let k = tg
            .iter()
            .position(|r| r.first().map(text).as_deref() == Some("Maand"))
            .unwrap();
        let s: f64 = tg[k + 1..k + 4].iter().map(|r| number(&r[2])).sum();
        assert!(
            (s - t["genormeerde_uren"].as_f64().unwrap()).abs() < 1e-6,
            "{naam}"
        );
    }
}

#[test]
fn libreoffice_opens_every_workbook() {
    if std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!(
            "NOTICE: soffice (LibreOffice) is not installed; the conversion check was not run"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    samples_run(&out, "2022-Q1");
    let blank = dir.path().join("blank");
    zpm()
        .arg("templates")
        .arg("--out")
        .arg(&blank)
        .assert()
        .success();
    let filled = dir.path().join("filled");
    let tf = root().join("samples/taskforce");
    let mut inputs: Vec<_> = walk(&tf)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .collect();
    inputs.extend(walk(&blank));
    zpm()
        .arg("fill")
        .args(&inputs)
        .arg("--out")
        .arg(&filled)
        .arg("--tarieven")
        .arg(root().join("samples/tarieven-voorbeeld.csv"))
        .arg("--kliniek-normen")
        .arg(tf.join("kliniek-normen-voorbeeld.csv"))
        .assert()
        // The blank templates lack Beroep, Periode …: written with their problems, exit 1.
        .code(1);
    // Every workbook of `run` (organisation, teams, personal), of `templates` and of `fill`.
    let mut files: Vec<_> = [&out, &blank, &filled]
        .into_iter()
        .flat_map(|d| walk(d))
        .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .collect();
    assert!(
        files.len() >= 1 + 4 + 40 + 3 + 4,
        "{} workbooks",
        files.len()
    );
    let pdf = dir.path().join("pdf");
    // Same stems live in different folders: give each its own PDF name.
    for (i, f) in files.iter_mut().enumerate() {
        let copy = dir.path().join(format!("wb{i:03}.xlsx"));
        std::fs::copy(&*f, &copy).unwrap();
        *f = copy;
    }
    let status = std::process::Command::new("soffice")
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(&pdf)
        .args(&files)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "soffice failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    for f in &files {
        let p = pdf.join(f.with_extension("pdf").file_name().unwrap());
        let size = std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
        assert!(size > 1000, "{} converted to an empty PDF", f.display());
    }
}
