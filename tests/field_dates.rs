//! Dates, times and group rows as real systems write them (issue 12, SPEC 5.2, 5.4): each case
//! of tests/data/field written by make_dates.py holds one organisation twice; the field export
//! must give exactly the figures of the zpm twin, or stop with exit 2 naming file, line and
//! column. The warnings and counts are asserted on stderr and in samenvatting.json.

mod common;

use std::path::{Path, PathBuf};

use common::field::*;
use common::*;
use serde_json::Value;

fn case(naam: &'static str, epd: &'static str, profiel: Option<&'static str>) -> Case {
    Case {
        profiel,
        ..Case::new(naam, epd, "Medewerkers.csv")
    }
}

/// Runs the field files of `c` (with `profiel`, relative to the field folder); returns the
/// samenvatting, stderr and the output folder (kept in `tmp`).
fn run_veld(c: &Case, profiel: Option<&str>, tmp: &Path) -> (Value, String, PathBuf) {
    let v = c.veld_dir();
    let out = tmp.join("out");
    let mut extra: Vec<std::ffi::OsString> = vec![
        "--tarieven".into(),
        root().join("samples/tarieven-voorbeeld.csv").into(),
        "--periode".into(),
        "2022-Q1".into(),
    ];
    if let Some(p) = profiel {
        extra.push("--profiel".into());
        extra.push(v.join(p).into());
    }
    let extra: Vec<&std::ffi::OsStr> = extra.iter().map(|s| s.as_os_str()).collect();
    let o = run_epd(&v.join(c.epd), &v.join(c.medewerkers), &out, &extra);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "{}: {err}", c.naam);
    let j = serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap())
        .unwrap();
    (j, err, out)
}

/// The reasons on the Datakwaliteit sheet with their counts.
fn datakwaliteit(out: &Path) -> Vec<(String, f64)> {
    grid(&out.join("organisatie.xlsx"), "Datakwaliteit")
        .iter()
        .filter_map(|r| match (r.first(), r.get(2)) {
            (Some(a), Some(calamine::Data::Float(n))) => Some((text(a), *n)),
            _ => None,
        })
        .collect()
}

/// Data rows of a CSV file.
fn rows(p: &Path) -> usize {
    std::fs::read_to_string(p).unwrap().lines().count() - 1
}

#[test]
fn month_first_dates_with_the_profile() {
    let b = check(&case("datum_mdy", "Activiteiten.csv", Some("profiel.toml")));
    // the profile fixes the order: nothing to detect or to warn about
    assert!(b["invoer"].get("datum_maand_eerst").is_none());
}

#[test]
fn month_first_dates_proved_by_the_file_without_a_profile() {
    let c = case("datum_mdy", "Activiteiten.csv", None);
    check(&c);
    let tmp = tempfile::tempdir().unwrap();
    let (j, err, out) = run_veld(&c, None, tmp.path());
    let n = rows(&c.veld_dir().join(c.epd)) as u64;
    assert_eq!(count(&j, "datum_maand_eerst"), n);
    let line = err
        .lines()
        .find(|l| l.contains("column datum:"))
        .unwrap_or_else(|| panic!("no line on the date order: {err}"));
    assert!(
        line.contains(&format!("{n} dates read month first (M-D-YYYY), as line ")),
        "{line}"
    );
    // The staff list's in_dienst dates (all on the 1st of a month) prove nothing: read day
    // first, and said so, as the dates are written with `/`.
    assert!(
        err.contains("column in_dienst: 4 dates such as 03/04/2022 read day first"),
        "{err}"
    );
    let dk = datakwaliteit(&out);
    assert!(
        dk.iter().any(
            |(r, k)| r.contains("kolom datum: datums als maand-dag-jaar gelezen") && *k == n as f64
        ),
        "{dk:?}"
    );
    assert!(
        dk.iter().any(
            |(r, k)| r.contains("kolom in_dienst: dag of maand eerst niet te bewijzen")
                && *k == 4.0
        ),
        "{dk:?}"
    );
}

#[test]
fn dutch_month_names() {
    check(&case("datum_maandnaam", "Activiteiten.csv", None));
}

#[test]
fn excel_serial_dates_in_a_csv() {
    check(&case("datum_serieel", "Activiteiten.csv", None));
}

#[test]
fn begin_and_end_times_without_a_duration() {
    check(&case("begin_eind", "Agenda_export.csv", None));
}

#[test]
fn xlsx_date_cells_and_time_cells() {
    check(&case("xlsx_tijden", "Agenda_export.xlsx", None));
}

#[test]
fn a_file_with_both_orders_stops_naming_a_cell_of_each() {
    let c = case("datum_mdy", "Activiteiten.csv", None);
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(c.veld_dir().join(c.epd)).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    // line 30 written day first, as a second system would
    let cells: Vec<&str> = lines[29].split(';').collect();
    let mut fixed: Vec<String> = cells.iter().map(|s| s.to_string()).collect();
    fixed[1] = "14/3/2022".into();
    lines[29] = fixed.join(";");
    let epd = tmp.path().join("Gemengd.csv");
    std::fs::write(&epd, lines.join("\r\n")).unwrap();
    let v = c.veld_dir();
    let o = run_epd(&epd, &v.join(c.medewerkers), &tmp.path().join("out"), &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("Gemengd.csv") && err.contains("column datum"),
        "{err}"
    );
    assert!(
        err.contains("day first on line 30 (\"14/3/2022\")"),
        "{err}"
    );
    assert!(err.contains("month first on line "), "{err}");
    assert!(!tmp.path().join("out").exists());
}

/// Figures of every behandelaar of the field run equal those of the zpm twin.
fn same_people(a: &Value, b: &Value) {
    let (pa, pb) = (by_person(a), by_person(b));
    assert_eq!(pa.keys().collect::<Vec<_>>(), pb.keys().collect::<Vec<_>>());
    for (key, x) in &pa {
        for f in [
            "directe_uren",
            "genormeerde_uren",
            "beschikbaar_uren",
            "norm_uren",
            "consulten",
            "clienten",
            "omzet",
        ] {
            close(num(&pb[key], f), num(x, f), &format!("{key:?} {f}"));
        }
    }
}

#[test]
fn a_group_session_written_once_per_participant() {
    let c = case(
        "groep_deelnemer",
        "Clientcontacten.csv",
        Some("profiel.toml"),
    );
    let tmp = tempfile::tempdir().unwrap();
    let z = c.zpm_dir();
    let zpm_rows = std::fs::read_to_string(z.join("epd.csv")).unwrap();
    let sessies = zpm_rows
        .lines()
        .filter(|l| l.contains(",groepsconsult,"))
        .count() as u64;
    let veld_rows = std::fs::read_to_string(c.veld_dir().join(c.epd)).unwrap();
    let deelnemers = veld_rows
        .lines()
        .filter(|l| l.contains(";Groepsconsult;"))
        .count() as u64;
    assert!(
        sessies > 5 && deelnemers > 2 * sessies,
        "{sessies} sessions, {deelnemers} rows"
    );
    let a = {
        let out = tmp.path().join("zpm");
        let o = run_epd(
            &z.join("epd.csv"),
            &z.join("medewerkers.csv"),
            &out,
            &[
                "--tarieven".as_ref(),
                root().join("samples/tarieven-voorbeeld.csv").as_os_str(),
                "--periode".as_ref(),
                "2022-Q1".as_ref(),
            ],
        );
        assert!(o.status.success());
        serde_json::from_str::<Value>(
            &std::fs::read_to_string(out.join("samenvatting.json")).unwrap(),
        )
        .unwrap()
    };
    // With the profile: the figures of the twin that has one row per session.
    let with = tempfile::tempdir().unwrap();
    let (b, err, out) = run_veld(&c, Some("profiel.toml"), with.path());
    same_people(&a, &b);
    assert_eq!(count(&b, "groep_deelnemers"), deelnemers - sessies);
    assert_eq!(
        count(&b, "verwerkt"),
        count(&a, "verwerkt") + deelnemers - sessies
    );
    assert_eq!(
        count(&b, "regels"),
        count(&a, "regels") + deelnemers - sessies
    );
    assert!(b["invoer"].get("lijkt_per_deelnemer").is_none());
    assert!(
        err.contains(&format!(
            "zpm: {} groepsconsult rows of participants were valued once",
            deelnemers - sessies
        )),
        "{err}"
    );
    let (ids, names) = secrets(&c);
    assert_no_secrets(&out, &ids, &names);
    // Without: every participant row counts as a whole session, and the run warns.
    let without = tempfile::tempdir().unwrap();
    let (d, err, out) = run_veld(&c, None, without.path());
    assert_eq!(count(&d, "lijkt_per_deelnemer"), deelnemers);
    assert!(
        err.contains(&format!(
            "zpm: warning: {deelnemers} groepsconsult rows look like one row per participant"
        )),
        "{err}"
    );
    assert!(num(&d["organisatie"], "directe_uren") > num(&a["organisatie"], "directe_uren"));
    let dk = datakwaliteit(&out);
    assert!(
        dk.iter().any(
            |(r, k)| r.starts_with("groepsconsult lijkt één regel per deelnemer")
                && *k == deelnemers as f64
        ),
        "{dk:?}"
    );
}

/// One session of 4 rows of 90 minutes, group size 4, by a gz-psycholoog, worked out by hand
/// (SPEC 1.6): 3 blocks of 30 minutes; 3 × 4 = 12 prestaties at €38.06 (groepsconsult,
/// gz_psycholoog, 4 participants, samples/tarieven-voorbeeld.csv) = €456.72; direct 90 minutes
/// = 1.5 h; normed 90 + 3 × 12.2 = 126.6 minutes = 2.11 h. Without the setting each row counts
/// as a whole session: four times as much.
#[test]
fn one_session_of_four_participants_by_hand() {
    let tmp = tempfile::tempdir().unwrap();
    let mw = tmp.path().join("mw.csv");
    std::fs::write(
        &mw,
        "medewerker,naam,team,beroep,uren_per_week\n1,A,T,gz-psycholoog,36\n",
    )
    .unwrap();
    let epd = tmp.path().join("epd.csv");
    let mut t =
        String::from("medewerker,datum,begintijd,activiteit,directe_tijd,groepsgrootte,client\n");
    for c in 1..=4 {
        t.push_str(&format!("1,02-03-2022,10:00,groepsconsult,90,4,{c}\n"));
    }
    std::fs::write(&epd, t).unwrap();
    let profiel = tmp.path().join("p.toml");
    std::fs::write(&profiel, "[epd]\ngroepsconsult_per_deelnemer = true\n").unwrap();
    let run = |p: Option<&Path>, out: &str| -> Value {
        let out = tmp.path().join(out);
        let tarieven = root().join("samples/tarieven-voorbeeld.csv");
        let mut extra: Vec<&std::ffi::OsStr> = vec![
            "--tarieven".as_ref(),
            tarieven.as_os_str(),
            "--periode".as_ref(),
            "2022-03".as_ref(),
        ];
        if let Some(p) = p {
            extra.push("--profiel".as_ref());
            extra.push(p.as_os_str());
        }
        let o = run_epd(&epd, &mw, &out, &extra);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap())
            .unwrap()
    };
    let j = run(Some(&profiel), "met");
    let p = &j["behandelaren"][0];
    close(num(p, "directe_uren"), 1.5, "direct");
    close(num(p, "genormeerde_uren"), 126.6 / 60.0, "normed");
    close(num(p, "omzet"), 456.72, "omzet");
    assert_eq!(p["clienten"], 4);
    assert_eq!(
        (count(&j, "verwerkt"), count(&j, "groep_deelnemers")),
        (4, 3)
    );
    let k = run(None, "zonder");
    let q = &k["behandelaren"][0];
    close(num(q, "directe_uren"), 6.0, "direct");
    close(num(q, "omzet"), 4.0 * 456.72, "omzet");
    assert_eq!(count(&k, "lijkt_per_deelnemer"), 4);
}
