//! Values as real systems write them (SPEC 5.2) and the guarantees of SPEC 4, each beside the
//! same data in zpm's own format: an xlsx export whose durations are time cells (`[h]:mm`,
//! `h:mm`) and a CSV saved as Excel's "Unicode text" (UTF-16 LE, tab-separated) give exactly
//! the figures of samples/epd-export.csv; an export of which no row can be processed stops with
//! exit 2 and its reasons; 10% rejected rows give a warning.

mod common;

use std::path::Path;

use common::*;
use serde_json::Value;

fn sample(f: &str) -> std::path::PathBuf {
    root().join("samples").join(f)
}

/// Runs the samples' medewerkers and tariffs over `epd`; returns samenvatting.json and stderr.
fn run(epd: &Path, out: &Path) -> (Value, String) {
    let o = zpm()
        .arg("run")
        .arg("--epd")
        .arg(epd)
        .arg("--medewerkers")
        .arg(sample("medewerkers.csv"))
        .arg("--tarieven")
        .arg(sample("tarieven-voorbeeld.csv"))
        .args(["--periode", "2022-Q1", "--out"])
        .arg(out)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "{}: {err}", epd.display());
    let j = serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap())
        .unwrap();
    (j, err)
}

/// The samples' EPD rows as text cells.
fn sample_rows() -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(sample("epd-export.csv")).unwrap();
    text.trim_start_matches('\u{feff}')
        .lines()
        .map(|l| l.split(';').map(str::to_string).collect())
        .collect()
}

fn same_figures(a: &Value, b: &Value, what: &str) {
    assert_eq!(a["invoer"], b["invoer"], "{what}: invoer");
    let (pa, pb) = (
        a["behandelaren"].as_array().unwrap(),
        b["behandelaren"].as_array().unwrap(),
    );
    assert_eq!(pa.len(), pb.len(), "{what}");
    for (x, y) in pa.iter().zip(pb) {
        for f in [
            "directe_uren",
            "genormeerde_uren",
            "beschikbaar_uren",
            "norm_uren",
            "omzet",
        ] {
            close(
                y[f].as_f64().unwrap(),
                x[f].as_f64().unwrap(),
                &format!("{what} {} {f}", x["medewerker"]),
            );
        }
        assert_eq!(x["consulten"], y["consulten"], "{what}");
        assert_eq!(x["clienten"], y["clienten"], "{what}");
    }
}

#[test]
fn durations_in_time_cells_are_minutes_not_fractions() {
    let rows = sample_rows();
    let tmp = tempfile::tempdir().unwrap();
    let x = tmp.path().join("export.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let duur = rust_xlsxwriter::Format::new().set_num_format("[h]:mm");
    let tijd = rust_xlsxwriter::Format::new().set_num_format("h:mm");
    let ws = wb.add_worksheet();
    let mut cells = 0;
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c16) = (r as u32, c as u16);
            // Directe tijd (column 3) as [h]:mm and Geplande tijd (column 4) as h:mm, the way
            // an EPD report writes durations; whole minutes only (others stay text).
            match (r > 0, c, v.parse::<u32>()) {
                (true, 3, Ok(m)) => {
                    ws.write_number_with_format(r, c16, f64::from(m) / 1440.0, &duur)
                        .unwrap();
                    cells += 1;
                }
                (true, 4, Ok(m)) => {
                    ws.write_number_with_format(r, c16, f64::from(m) / 1440.0, &tijd)
                        .unwrap();
                }
                _ => {
                    ws.write_string(r, c16, v).unwrap();
                }
            }
        }
    }
    wb.save(&x).unwrap();
    assert!(cells > 7000);
    let (a, _) = run(&sample("epd-export.csv"), &tmp.path().join("a"));
    let (b, _) = run(&x, &tmp.path().join("b"));
    same_figures(&a, &b, "time cells");
}

#[test]
fn excel_unicode_text_is_read_like_utf8() {
    let rows = sample_rows();
    let text: String = rows.iter().map(|r| r.join("\t") + "\r\n").collect();
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let tmp = tempfile::tempdir().unwrap();
    let u = tmp.path().join("export.txt");
    std::fs::write(&u, bytes).unwrap();
    let (a, _) = run(&sample("epd-export.csv"), &tmp.path().join("a"));
    let (b, _) = run(&u, &tmp.path().join("b"));
    same_figures(&a, &b, "UTF-16");
}

#[test]
fn an_export_of_which_no_row_is_processed_stops_with_its_reasons() {
    let tmp = tempfile::tempdir().unwrap();
    let epd = tmp.path().join("epd.csv");
    // Every medewerker id is unknown (the export uses another numbering).
    std::fs::write(
        &epd,
        "Medewerker;Datum;Activiteit;Duur\nX1;03-01-2022;behandeling;45\nX2;04-01-2022;behandeling;30\nX1;05-01-2022;npg;60\n",
    )
    .unwrap();
    let out = tmp.path().join("uit");
    let o = run_epd(&epd, &sample("medewerkers.csv"), &out, &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("not one of the 3 EPD rows"), "{err}");
    assert!(err.contains("3 × onbekende medewerker"), "{err}");
    assert!(err.contains("zpm inspect"), "{err}");
    assert!(!out.exists(), "nothing may be written");
}

#[test]
fn ten_percent_rejected_gives_a_warning_line() {
    let rows = sample_rows();
    let tmp = tempfile::tempdir().unwrap();
    let epd = tmp.path().join("epd.csv");
    // Every 8th data row gets an unknown activity: 12.5% rejected (plus the samples' own).
    let text: String = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut r = r.clone();
            if i > 0 && i % 8 == 0 {
                r[2] = "Crisisdienst".into();
            }
            r.join(";") + "\n"
        })
        .collect();
    std::fs::write(&epd, text).unwrap();
    let (j, err) = run(&epd, &tmp.path().join("uit"));
    let afgewezen = j["invoer"]["afgewezen"].as_u64().unwrap();
    assert!(afgewezen * 10 >= j["invoer"]["regels"].as_u64().unwrap());
    assert!(
        err.contains(&format!("warning: {afgewezen} of 7727 EPD rows")),
        "{err}"
    );
    assert!(err.contains("onbekende activiteit"), "{err}");
    let (_, err) = run(&sample("epd-export.csv"), &tmp.path().join("b"));
    assert!(!err.contains("were rejected"), "{err}");
}
