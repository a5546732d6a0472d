//! `zpm genereer`: determinism, sizes, the EPD dialect, consistency between the files, the
//! completeness of the demo tariff table, and the financiers and contracts (SPEC 7.1).

mod common;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use assert_cmd::Command;
use chrono::{Datelike, NaiveDate};
use common::genereer;

const FILES: [&str; 6] = [
    "medewerkers.csv",
    "epd-export.csv",
    "begroting.csv",
    "realisatie-2021.csv",
    "tarieven-voorbeeld.csv",
    "contracten.csv",
];

fn lees(dir: &Path, name: &str) -> Vec<u8> {
    std::fs::read(dir.join(name)).unwrap()
}

fn tekst(dir: &Path, name: &str) -> String {
    String::from_utf8(lees(dir, name)).unwrap()
}

/// The data rows of a `;` file (header skipped), split into cells.
fn rijen(t: &str) -> Vec<Vec<&str>> {
    t.lines().skip(1).map(|l| l.split(';').collect()).collect()
}

fn datum(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%d-%m-%Y").ok()
}

#[test]
fn same_seed_gives_identical_bytes_and_another_seed_differs() {
    let (a, b, c) = (tempdir(), tempdir(), tempdir());
    genereer(a.path(), 30, 2, "2022-01", 7);
    genereer(b.path(), 30, 2, "2022-01", 7);
    genereer(c.path(), 30, 2, "2022-01", 8);
    for f in FILES {
        assert_eq!(lees(a.path(), f), lees(b.path(), f), "{f} differs");
    }
    for f in [
        "medewerkers.csv",
        "epd-export.csv",
        "begroting.csv",
        "contracten.csv",
    ] {
        assert_ne!(
            lees(a.path(), f),
            lees(c.path(), f),
            "{f} same for seeds 7 and 8"
        );
    }
    // The tariff table depends on the years only.
    assert_eq!(
        lees(a.path(), "tarieven-voorbeeld.csv"),
        lees(c.path(), "tarieven-voorbeeld.csv")
    );
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn epd_dialect_sizes_and_consistency() {
    let d = tempdir();
    genereer(d.path(), 40, 3, "2022-01", 2022);
    let bytes = lees(d.path(), "epd-export.csv");
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "no UTF-8 BOM");
    let epd = String::from_utf8(bytes).unwrap();
    let kop = epd.lines().next().unwrap().trim_start_matches('\u{feff}');
    assert_eq!(
        kop,
        "Medewerker;Datum;Activiteit;Directe tijd;Geplande tijd;Cliënt;Groepsgrootte;Setting;Reistijd;\
         Financier"
    );

    // Medewerkers: 40 people in 4 teams, ids B0001…B0040.
    let mw = tekst(d.path(), "medewerkers.csv");
    let mw_rows = rijen(&mw);
    assert_eq!(mw_rows.len(), 40);
    assert!(mw_rows.iter().all(|r| r.len() == 10));
    let teams: HashSet<&str> = mw_rows.iter().map(|r| r[2]).collect();
    assert_eq!(teams.len(), 4);
    let personen: HashMap<&str, (Option<NaiveDate>, Option<NaiveDate>)> = mw_rows
        .iter()
        .map(|r| (r[0], (datum(r[8]), datum(r[9]))))
        .collect();
    assert!(personen.contains_key("B0001") && personen.contains_key("B0040"));

    // EPD: about 65 rows per person per month, 10 cells each.
    let rows = rijen(&epd);
    assert!(
        (40 * 3 * 50..=40 * 3 * 80).contains(&rows.len()),
        "{} rows",
        rows.len()
    );
    assert!(rows.iter().all(|r| r.len() == 10), "a row without 10 cells");

    let van = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
    let tot = NaiveDate::from_ymd_opt(2022, 3, 31).unwrap();
    let mut onbekend = 0;
    let mut slecht_datum = 0;
    let mut consulten = 0;
    let mut met_komma = 0;
    for r in &rows {
        if r[0].starts_with("EXT") {
            onbekend += 1;
            continue;
        }
        let (in_d, uit_d) = personen
            .get(r[0])
            .unwrap_or_else(|| panic!("unknown medewerker {} in a good row", r[0]));
        match datum(r[1]) {
            None => {
                assert!(r[1].starts_with("31-02-"), "bad date {}", r[1]);
                slecht_datum += 1;
            }
            Some(d) => {
                assert!(van <= d && d <= tot, "{d} outside the months");
                assert!(
                    d.weekday().number_from_monday() <= 5,
                    "{d} is a weekend day"
                );
                assert!(in_d.is_none_or(|v| d >= v) && uit_d.is_none_or(|t| d <= t));
            }
        }
        let act = zpm::domain::activiteit::Activiteit::parse(r[2]);
        if act.and_then(|a| a.consult_soort()).is_some() {
            consulten += 1;
        }
        met_komma += usize::from(r[3].contains(','));
    }
    let n = rows.len();
    assert!(
        onbekend > 0 && onbekend * 200 < n,
        "{onbekend} unknown of {n}"
    );
    assert!(slecht_datum > 0 && slecht_datum * 200 < n);
    assert!(
        consulten * 100 > n * 55 && consulten * 100 < n * 75,
        "{consulten}/{n}"
    );
    assert!(met_komma > 0, "no decimal comma in directe tijd");

    // Every SPEC 2.1 column is found by the crate's own reader.
    let cols = zpm::input::epd::COLUMNS;
    let mut gelezen = 0;
    let header =
        zpm::input::table::read_table(&d.path().join("epd-export.csv"), &cols, None, |_| {
            gelezen += 1
        })
        .unwrap();
    // The nine columns of SPEC 2.1 (status and declarabel of SPEC 5.1 are not generated).
    assert!(
        header.index.iter().take(9).all(Option::is_some),
        "{header:?}"
    );
    assert_eq!(cols[8].name, "reistijd");
    assert_eq!(gelezen, n);

    // Begroting and December 2021 name the same teams.
    let beg = tekst(d.path(), "begroting.csv");
    let beg_teams: HashSet<&str> = rijen(&beg).iter().map(|r| r[0]).collect();
    assert_eq!(beg_teams, teams);
    let real = tekst(d.path(), "realisatie-2021.csv");
    let real_rows = rijen(&real);
    assert_eq!(real_rows.len(), 4);
    for r in &real_rows {
        let omzet: f64 = r[1].replace(',', ".").parse().unwrap();
        assert!(omzet > 20_000.0 && omzet < 300_000.0, "{omzet}");
    }
}

#[test]
fn tariff_table_is_complete_and_labelled_voorbeeld() {
    let d = tempdir();
    genereer(d.path(), 5, 3, "2022-11", 1);
    let t = tekst(d.path(), "tarieven-voorbeeld.csv");
    let mut keys = HashSet::new();
    for l in t.lines().skip(1) {
        let c: Vec<&str> = l.split(',').collect();
        assert_eq!(c.len(), 8, "{l}");
        assert_eq!(c[7], "voorbeeld", "{l}");
        let tarief: f64 = c[6].parse().unwrap();
        assert!(tarief > 0.0 && tarief < 1000.0, "{l}");
        assert!(keys.insert(c[..6].join(",")), "duplicate key {l}");
    }
    let cats = zpm::domain::beroepscategorie::Beroepscategorie::ALLE.map(|c| c.code());
    for jaar in [2022, 2023] {
        for s in 1..=8 {
            for cat in cats {
                for soort in ["diagnostiek", "behandeling"] {
                    for k in zpm::rules::klasse::KLASSEN {
                        let key = format!("{jaar},consult,{s},{cat},{soort},{k}");
                        assert!(keys.contains(&key), "missing {key}");
                    }
                }
            }
            for soort in ["kort", "lang"] {
                assert!(keys.contains(&format!("{jaar},intercollegiaal_overleg,{s},*,{soort},")));
            }
            let (soort, grens) = if s == 6 || s == 7 {
                ("fz", 45)
            } else {
                ("ggz", 25)
            };
            for k in [0, grens] {
                assert!(keys.contains(&format!("{jaar},toeslag_reistijd,{s},*,{soort},{k}")));
            }
        }
        for cat in cats {
            for g in 2..=12 {
                assert!(keys.contains(&format!("{jaar},groepsconsult,*,{cat},,{g}")));
            }
        }
    }
    assert!(!keys.iter().any(|k| k.starts_with("2024")));
    assert_eq!(keys.len(), 2 * (8 * 8 * 2 * 8 + 8 * 11 + 8 * 2 + 8 * 2));
}

#[test]
fn a_bad_start_month_exits_2_and_writes_nothing() {
    let d = tempdir();
    for start in ["2022-13", "januari", "2022"] {
        Command::cargo_bin("zpm")
            .unwrap()
            .args(["genereer", "--start", start, "--out"])
            .arg(d.path())
            .assert()
            .code(2);
    }
    assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 0);
}

/// `bytes` without the last `;` cell of every line; the BOM and the line ends stay.
fn zonder_laatste_kolom(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        let eind = line.len()
            - line
                .iter()
                .rev()
                .take_while(|&&b| b == b'\n' || b == b'\r')
                .count();
        let cut = line[..eind]
            .iter()
            .rposition(|&b| b == b';')
            .unwrap_or(eind);
        out.extend_from_slice(&line[..cut]);
        out.extend_from_slice(&line[eind..]);
    }
    out
}

#[test]
fn the_financier_column_leaves_every_other_byte_of_the_samples_as_it_was() {
    let d = tempdir();
    genereer(d.path(), 40, 3, "2022-01", 2022);
    let samples = common::root().join("samples");
    let sample = |f: &str| std::fs::read(samples.join(f)).unwrap();
    for f in [
        "medewerkers.csv",
        "begroting.csv",
        "realisatie-2021.csv",
        "tarieven-voorbeeld.csv",
    ] {
        assert!(
            lees(d.path(), f) == sample(f),
            "{f} differs from samples/{f}"
        );
    }
    let epd = lees(d.path(), "epd-export.csv");
    assert!(epd.starts_with(b"\xEF\xBB\xBFMedewerker;"));
    let mut oud = sample("epd-export.csv");
    let kop = oud.split(|&b| b == b'\n').next().unwrap_or_default();
    if kop.trim_ascii_end().ends_with(b";Financier") {
        // The samples carry the column too (regenerated): then they equal the file whole.
        assert!(epd == oud, "samples/epd-export.csv differs");
        oud = zonder_laatste_kolom(&oud);
    }
    assert_eq!(zonder_laatste_kolom(b"a;b;c\r\nd;e\n"), b"a;b\r\nd\n");
    let zonder = zonder_laatste_kolom(&epd);
    assert_eq!(zonder.len(), oud.len(), "sizes differ without Financier");
    assert!(
        zonder == oud,
        "without its last column the EPD export differs from samples/epd-export.csv"
    );
    if samples.join("contracten.csv").exists() {
        assert!(lees(d.path(), "contracten.csv") == sample("contracten.csv"));
    }
}
