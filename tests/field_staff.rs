//! Staff as HR systems export them (SPEC 5.5): a part-time factor (`Deeltijdfactor`) instead of
//! hours, and one row per contract (dienstverband), in an HR export written the way AFAS or
//! Youforce write it (Windows-1252, `;`, kostenplaats codes). The files are written by
//! tests/data/field/make_staff.py; the figures below are worked out by hand from its rows
//! (Q1 2022: 21 + 20 + 23 = 64 weekdays of 260; 1569 netto hours a full-timer, 5% verzuim,
//! 85% norm).

mod common;

use std::path::{Path, PathBuf};

use common::field::*;
use common::*;

fn key(m: &str, t: &str) -> (String, String) {
    (m.to_string(), t.to_string())
}

const NOORD: &str = "Team Ambulant Noord";
const OOST: &str = "Team FACT Oost";

/// `beschikbaar` of one contract over `wd` weekdays of 2022 (SPEC 1.7).
fn beschikbaar(uren: f64, wd: f64) -> f64 {
    1569.0 * uren / 36.0 * wd / 260.0 * 0.95
}

#[test]
fn fte_column_gives_the_figures_of_its_twin_with_hours() {
    // HR_export.csv: Deeltijdfactor 0,8889 / 1 / 0,8 / 0,6667; the twin has 32.0004, 36, 28.8
    // and 24.0012 hours.
    let b = check(&Case::new("fte", "Activiteiten.csv", "HR_export.csv"));
    let p = by_person(&b);
    // 4021: 1569 × 0,8889 × 64/260 × 0.95 = 326.1445…
    close(
        num(&p[&key("4021", NOORD)], "beschikbaar_uren"),
        1569.0 * 0.8889 * 64.0 / 260.0 * 0.95,
        "4021 beschikbaar",
    );
    // 4042 joined on 17 January: 11 + 20 + 23 = 54 weekdays at 0,6667.
    close(
        num(&p[&key("4042", OOST)], "beschikbaar_uren"),
        1569.0 * 0.6667 * 54.0 / 260.0 * 0.95,
        "4042 beschikbaar",
    );
}

#[test]
fn hours_from_fte_are_counted_and_shown() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("uit");
    let o = run_veld("fte", "HR_export.csv", &out, &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains(
            "zpm: 4 medewerker rows give an fte and no uren_per_week: hours a week = fte × 36"
        ),
        "{err}"
    );
    let dq = grid(&out.join("organisatie.xlsx"), "Datakwaliteit");
    let row = dq
        .iter()
        .find(|r| {
            r.first().map(text).as_deref() == Some("uren per week uit fte × 36 (fulltime uren)")
        })
        .expect("Datakwaliteit counts the rows whose hours came from fte");
    assert_eq!(text(&row[2]), "4");
}

#[test]
fn uren_per_week_counts_when_fte_is_given_too() {
    // Contracturen holds the hours, Deeltijdfactor a wrong 1,0 for everyone.
    check(&Case::new(
        "fte",
        "Activiteiten.csv",
        "HR_export_uren_en_fte.csv",
    ));
}

fn veld(case: &str, f: &str) -> PathBuf {
    data("field").join(case).join("veld").join(f)
}

fn run_veld(case: &str, medewerkers: &str, out: &Path, extra: &[&str]) -> std::process::Output {
    let profiel = veld(case, "profiel.toml");
    let tarieven = root().join("samples/tarieven-voorbeeld.csv");
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "--profiel".as_ref(),
        profiel.as_os_str(),
        "--tarieven".as_ref(),
        tarieven.as_os_str(),
        "--periode".as_ref(),
        "2022-Q1".as_ref(),
    ];
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    run_epd(
        &veld(case, "Activiteiten.csv"),
        &veld(case, medewerkers),
        out,
        &args,
    )
}

#[test]
fn contracts_split_available_time_and_activities_by_date() {
    let b = check(&Case::new(
        "dienstverband",
        "Activiteiten.csv",
        "HR_dienstverbanden.csv",
    ));
    // One entry per medewerker and team, sorted by medewerker then team.
    let order: Vec<(String, String)> = b["behandelaren"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            key(
                x["medewerker"].as_str().unwrap(),
                x["team"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        order,
        vec![
            key("4021", NOORD),
            key("4021", OOST),
            key("4028", NOORD),
            key("4035", NOORD),
            key("4035", OOST),
            key("4042", OOST),
        ]
    );
    let p = by_person(&b);
    let check_person = |m: &str, t: &str, besch: f64, direct_min: f64| {
        let x = &p[&key(m, t)];
        close(
            num(x, "beschikbaar_uren"),
            besch,
            &format!("{m} {t} beschikbaar"),
        );
        close(num(x, "norm_uren"), besch * 0.85, &format!("{m} {t} norm"));
        close(
            num(x, "directe_uren"),
            direct_min / 60.0,
            &format!("{m} {t} direct"),
        );
    };
    // 4021: Noord (0,8889 = 32.0004 h) until 31 January: 21 weekdays, 107.0152 h; Oost (1 =
    // 36 h) from 1 February: 20 + 23 = 43 weekdays, 246.5140 h. Direct minutes: the 36 rows of
    // January (1175 min) in Noord, the 66 rows of February and March (2343 min) in Oost.
    check_person("4021", NOORD, beschikbaar(32.0004, 21.0), 1175.0);
    check_person("4021", OOST, beschikbaar(36.0, 43.0), 2343.0);
    close(
        beschikbaar(32.0004, 21.0),
        107.015_183_826_923_06,
        "by hand",
    );
    close(beschikbaar(36.0, 43.0), 246.514_038_461_538_43, "by hand");
    // 4028: two concurrent contracts in Noord, 18 + 11.9988 h over all 64 weekdays: 305.7416 h.
    check_person(
        "4028",
        NOORD,
        beschikbaar(18.0, 64.0) + beschikbaar(11.9988, 64.0),
        4833.5,
    );
    close(
        beschikbaar(18.0, 64.0) + beschikbaar(11.9988, 64.0),
        305.741_616_000_000,
        "by hand",
    );
    // 4035: Noord (0,5, listed first) and Oost (0,4444) at once: every activity in Noord,
    // Oost has its available time (163.0524 h) and nothing else.
    check_person("4035", NOORD, beschikbaar(18.0, 64.0), 2063.5);
    check_person("4035", OOST, beschikbaar(15.9984, 64.0), 0.0);
    assert_eq!(p[&key("4035", OOST)]["consulten"], 0);
    // Teams sum their entries.
    let t = by_team(&b);
    close(
        num(&t[NOORD], "beschikbaar_uren"),
        beschikbaar(32.0004, 21.0)
            + beschikbaar(18.0, 64.0)
            + beschikbaar(11.9988, 64.0)
            + beschikbaar(18.0, 64.0),
        "Noord beschikbaar",
    );
}

#[test]
fn concurrent_contracts_in_two_teams_are_counted_and_shown() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("uit");
    let o = run_veld(
        "dienstverband",
        "HR_dienstverbanden.csv",
        &out,
        &["--per-behandelaar"],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    // 4035 has 70 activities in Q1, each on a date of both its contracts.
    assert!(
        err.contains("zpm: 70 activities fell on a date with contracts in two teams"),
        "{err}"
    );
    let org = out.join("organisatie.xlsx");
    let dq = grid(&org, "Datakwaliteit");
    let row = dq
        .iter()
        .find(|r| {
            r.first()
                .map(text)
                .is_some_and(|t| t.contains("twee teams"))
        })
        .expect("Datakwaliteit names the activities on dates with contracts in two teams");
    assert_eq!(text(&row[2]), "70");
    // The organisation counts each person once: 4 behandelaren in 6 entries; its FTE shares
    // 4021 between the teams by weekdays: (32.0004 × 21 + 36 × 43) / 64 / 36 + 0,8333 + 0,5
    // + 0,4444 + 0,6667.
    let o = grid(&org, "Organisatie");
    assert_eq!(label_number(&o, "Behandelaren"), 4.0);
    let fte_4021 = (32.0004 * 21.0 + 36.0 * 43.0) / 64.0 / 36.0;
    close(
        label_number(&o, "FTE"),
        fte_4021 + 0.8333 + 0.5 + 0.4444 + 0.6667,
        "organisation FTE",
    );
    // One personal workbook per medewerker and team, each with that entry's figures only.
    let dir = out.join("behandelaren");
    for f in [
        "4021 Team Ambulant Noord.xlsx",
        "4021 Team FACT Oost.xlsx",
        "4028.xlsx",
        "4035 Team Ambulant Noord.xlsx",
        "4035 Team FACT Oost.xlsx",
        "4042.xlsx",
    ] {
        assert!(dir.join(f).exists(), "{f}");
    }
    let g = grid(&dir.join("4021 Team FACT Oost.xlsx"), "Behandelaar");
    assert_eq!(text(&label_value(&g, "Team")), OOST);
    close(
        label_number(&g, "Beschikbaar (uren)"),
        beschikbaar(36.0, 43.0),
        "4021 Oost tab",
    );
    assert_eq!(label_number(&g, "Werkdagen in dienst"), 43.0);
    // 4021 in Noord has one contract in the period: the chain of that contract (32.0004 / 36).
    let g = grid(&dir.join("4021 Team Ambulant Noord.xlsx"), "Behandelaar");
    close(
        label_number(&g, "× uren per week / fulltime uren"),
        32.0004 / 36.0,
        "4021 Noord chain",
    );
    // 4028 has two contracts in the period: one chain row per contract, 18 and 11.9988 hours.
    let g = grid(&dir.join("4028.xlsx"), "Behandelaar");
    let kop = g
        .iter()
        .position(|r| r.first().map(text).as_deref() == Some("Dienstverband van"))
        .expect("a chain row per contract");
    let uren: Vec<String> = g[kop + 1..kop + 3].iter().map(|r| text(&r[2])).collect();
    assert_eq!(uren, ["18", "11.9988"]);
    close(
        label_number(&g, "Uren per week"),
        18.0 + 11.9988,
        "4028 hours",
    );
}

fn stops(medewerkers: &Path, needles: &[&str]) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("uit");
    let o = run_epd(
        &veld("fte", "Activiteiten.csv"),
        medewerkers,
        &out,
        &["--periode".as_ref(), "2022-Q1".as_ref()],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    for n in needles {
        assert!(err.contains(n), "{n:?} not in: {err}");
    }
    assert!(!out.exists(), "nothing written");
}

#[test]
fn two_equal_contract_rows_stop_the_run_naming_both_lines() {
    // HR_dubbel.csv lists 4028's first contract on lines 4 and 5.
    stops(
        &veld("dienstverband", "HR_dubbel.csv"),
        &["HR_dubbel.csv, line 5", "4028", "equals line 4"],
    );
}

#[test]
fn bad_fte_values_stop_the_run_naming_file_line_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let kop = "Personeelsnummer;Naam medewerker;Afdeling;Functie;Deeltijdfactor\n";
    // An fte above 1.5 (written as a percentage, say).
    let p = write(
        "hoog.csv",
        &format!("{kop}4021;A;Noord;GZ-psycholoog;0,8889\n4028;B;Noord;Verpleegkundige;88,89\n"),
    );
    stops(&p, &["hoog.csv, line 3, column fte", "88,89", "1.5"]);
    // A row with neither hours nor fte.
    let p = write("leeg.csv", &format!("{kop}4021;A;Noord;GZ-psycholoog;\n"));
    stops(
        &p,
        &[
            "leeg.csv, line 2, column uren_per_week: expected hours",
            "fte",
        ],
    );
    // A file with neither column.
    let p = write(
        "geen.csv",
        "Personeelsnummer;Naam medewerker;Afdeling;Functie\n4021;A;Noord;GZ-psycholoog\n",
    );
    stops(&p, &["geen.csv", "uren_per_week (or fte) not found"]);
}
