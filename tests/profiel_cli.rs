//! The profile and the mapping layer end to end (SPEC 5.1, 5.3, 5.6): profile errors give exit 2
//! with the profile's line; the profile can carry the inputs and flags, and the command line
//! wins; an xlsx without a header row on any sheet names every sheet; the README lists every
//! field with exactly the aliases the readers use.

mod common;

use std::path::Path;

use common::*;

fn sample(f: &str) -> std::path::PathBuf {
    root().join("samples").join(f)
}

/// Runs the samples with the profile `text` (written to a temporary folder); returns the exit
/// code and stderr.
fn run_with(text: &str, extra: &[&str]) -> (i32, String) {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("zpm.toml");
    std::fs::write(&p, text).unwrap();
    let out = zpm()
        .arg("run")
        .arg("--profiel")
        .arg(&p)
        .arg("--epd")
        .arg(sample("epd-export.csv"))
        .arg("--medewerkers")
        .arg(sample("medewerkers.csv"))
        .arg("--out")
        .arg(tmp.path().join("uit"))
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn profile_errors_exit_2_and_name_the_profiles_line() {
    let cases: [(&str, &str); 6] = [
        // an unknown key
        (
            "organisatie = \"X\"\nperiod = \"2022\"\n",
            "zpm.toml, line 2",
        ),
        // an unknown field
        (
            "[epd.kolommen]\n\nmedewerkr = \"Medewerker\"\n",
            "zpm.toml, line 3",
        ),
        // a header the file lacks
        (
            "[epd.kolommen]\nmedewerker = \"Medewerkercode\"\n",
            "zpm.toml, line 2",
        ),
        // an unknown activiteit value
        (
            "[epd.activiteiten]\n\"Behandelcontact\" = \"behandelcontact\"\n",
            "zpm.toml, line 2",
        ),
        // a header of [epd.uitsluiten] the file lacks
        (
            "[epd.uitsluiten]\nAfspraakstatus = [\"Geannuleerd\"]\n",
            "zpm.toml, line 2",
        ),
        // a beroep zpm does not know
        (
            "[medewerkers.beroepen]\n\"Psycholoog GZ\" = \"zielknijper\"\n",
            "zpm.toml, line 2",
        ),
    ];
    for (text, expected) in cases {
        let (code, err) = run_with(text, &[]);
        assert_eq!(code, 2, "{text}: {err}");
        assert!(
            err.contains(expected),
            "{text}: expected {expected:?} in {err}"
        );
    }
    let (_, err) = run_with("[epd.kolommen]\nmedewerker = \"Medewerkercode\"\n", &[]);
    assert!(
        err.contains("\"Medewerkercode\", which") && err.contains("Medewerker, Datum"),
        "{err}"
    );
}

#[test]
fn the_profile_carries_inputs_and_flags_and_the_command_line_wins() {
    let tmp = tempfile::tempdir().unwrap();
    for f in ["epd-export.csv", "medewerkers.csv", "begroting.csv"] {
        std::fs::copy(sample(f), tmp.path().join(f)).unwrap();
    }
    let p = tmp.path().join("zpm.toml");
    std::fs::write(
        &p,
        "periode = \"2022-01\"\nout = \"uit\"\n[epd]\nbestanden = [\"epd-export.csv\"]\n\
         [medewerkers]\nbestand = \"medewerkers.csv\"\n[begroting]\nbestand = \"begroting.csv\"\n",
    )
    .unwrap();
    zpm().arg("run").arg("--profiel").arg(&p).assert().success();
    let j: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(tmp.path().join("uit/samenvatting.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(j["periode"]["van"], "2022-01-01");
    assert!(j["teams"][0]["begroting"].as_f64().unwrap() > 0.0);
    let out2 = tmp.path().join("uit2");
    zpm()
        .arg("run")
        .arg("--profiel")
        .arg(&p)
        .args(["--periode", "2022-02", "--out"])
        .arg(&out2)
        .assert()
        .success();
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out2.join("samenvatting.json")).unwrap())
            .unwrap();
    assert_eq!(j["periode"]["van"], "2022-02-01");
}

fn workbook(path: &Path, sheets: &[(&str, &[&[&str]])]) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                ws.write_string(r as u32, c as u16, *v).unwrap();
            }
        }
    }
    wb.save(path).unwrap();
}

#[test]
fn an_xlsx_without_a_header_row_names_every_sheet_and_what_it_found() {
    let tmp = tempfile::tempdir().unwrap();
    let x = tmp.path().join("export.xlsx");
    workbook(
        &x,
        &[
            ("Info", &[&["Rapport activiteiten"], &["Periode: Q1"]]),
            ("Data", &[&["Medewerker", "Datum", "Soort", "Opmerking"]]),
        ],
    );
    let mw = sample("medewerkers.csv");
    let out = run_epd(&x, &mw, &tmp.path().join("uit"), &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("sheet \"Info\""), "{err}");
    assert!(err.contains("sheet \"Data\""), "{err}");
    assert!(err.contains("Medewerker, Datum, Soort, Opmerking"), "{err}");
    // A profile that names a sheet the workbook lacks is refused naming its sheets.
    let p = tmp.path().join("zpm.toml");
    std::fs::write(&p, "[epd]\nblad = \"Activiteiten\"\n").unwrap();
    let profiel = [std::ffi::OsStr::new("--profiel"), p.as_os_str()];
    let out = run_epd(&x, &mw, &tmp.path().join("uit"), &profiel);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("\"Activiteiten\"") && err.contains("Info, Data"),
        "{err}"
    );
}

#[test]
fn the_readme_lists_every_field_with_exactly_its_aliases() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let kinds: [(&str, &[zpm::input::table::Column]); 5] = [
        ("EPD export", &zpm::input::epd::COLUMNS),
        ("medewerkers", &zpm::input::medewerkers::COLUMNS),
        ("begroting", &zpm::input::begroting::BEGROTING_COLUMNS),
        ("December 2021", &zpm::input::begroting::REALISATIE_COLUMNS),
        ("contracten", &zpm::input::contracten::COLUMNS),
    ];
    for (kind, cols) in kinds {
        for c in cols {
            let aliases = if c.aliases.is_empty() {
                "—".to_string()
            } else {
                c.aliases.join(", ")
            };
            let nodig = match (c.required, c.tenzij) {
                (false, _) => "no".to_string(),
                (true, []) => "yes".to_string(),
                (true, sets) => format!(
                    "yes, unless {}",
                    sets.iter()
                        .map(|set| set
                            .iter()
                            .map(|t| format!("`{t}`"))
                            .collect::<Vec<_>>()
                            .join(" + "))
                        .collect::<Vec<_>>()
                        .join(", or ")
                ),
            };
            let line = format!("| {kind} | `{}` | {nodig} | {aliases} |", c.name);
            assert!(readme.contains(&line), "README lacks: {line}");
        }
        let listed = readme
            .lines()
            .filter(|l| l.starts_with(&format!("| {kind} | `")))
            .count();
        assert_eq!(listed, cols.len(), "{kind}: README rows");
    }
}

#[test]
fn no_shows_and_the_default_setting_are_counted_not_silent() {
    let tmp = tempfile::tempdir().unwrap();
    let epd = tmp.path().join("epd.csv");
    std::fs::write(
        &epd,
        "Medewerker;Datum;Activiteit;Duur;Status\n\
         M1;03-01-2022;Behandeling;45;Verschenen\n\
         M1;04-01-2022;Behandeling;45;Niet verschenen\n\
         M1;05-01-2022;Diagnostiek;60;Geannuleerd\n\
         M1;06-01-2022;Overleg;20;\n\
         ;Totaal;;170;\n",
    )
    .unwrap();
    let mw = tmp.path().join("mw.csv");
    std::fs::write(
        &mw,
        "medewerker;naam;team;beroep;uren_per_week\nM1;A. Test;Team A;GZ-psycholoog;36\n",
    )
    .unwrap();
    let out = tmp.path().join("uit");
    let o = run_epd(&epd, &mw, &out, &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    // Two rows look like no-shows; three consults got the default setting 7; the totals row
    // is left out on purpose.
    assert!(err.contains("2 EPD rows have a status"), "{err}");
    assert!(
        err.contains("3 consults got the default setting 7"),
        "{err}"
    );
    assert!(
        err.contains("regels 5 = verwerkt 4 + afgewezen 0 + buiten_periode 0 + uitgesloten 1"),
        "{err}"
    );
    assert!(err.contains("uitgesloten: 1 × totaalregel"), "{err}");
    let g = grid(&out.join("organisatie.xlsx"), "Datakwaliteit");
    let count = |reden: &str| {
        g.iter()
            .find(|r| r.first().map(text).is_some_and(|t| t.starts_with(reden)))
            .map(|r| text(&r[2]))
    };
    assert_eq!(count("status of declarabel").as_deref(), Some("2"), "{g:?}");
    assert_eq!(
        count("consult zonder setting").as_deref(),
        Some("3"),
        "{g:?}"
    );
    assert_eq!(count("totaalregel").as_deref(), Some("1"), "{g:?}");
}

#[test]
fn the_readmes_complete_profile_is_a_valid_profile() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let from = readme.find("### A complete profile").expect("section");
    let block = &readme[from..];
    let start = block.find("```toml\n").unwrap() + 8;
    let end = start + block[start..].find("```").unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("zpm.toml");
    std::fs::write(&p, &block[start..end]).unwrap();
    // The profile parses and is checked; only its input files are missing here.
    let out = zpm()
        .arg("run")
        .arg("--profiel")
        .arg(&p)
        .arg("--out")
        .arg(tmp.path().join("uit"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("Verrichtingen_maart.xlsx") && err.contains("does not exist"),
        "{err}"
    );
}
