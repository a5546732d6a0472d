//! The example workbooks in samples/taskforce/: checked to be current and to fill without
//! errors. To rewrite them after a layout change, run
//! `ZPM_REGENERATE_SAMPLES=1 cargo test --test taskforce_samples` (the check still runs).

mod taskforce_hulp;

use std::path::{Path, PathBuf};

use taskforce_hulp::*;
use zpm::input::form::Soort;

fn map() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/taskforce")
}

const BESTANDEN: [&str; 4] = [
    "behandelaar-jan.xlsx",
    "behandelaar-sanne.xlsx",
    "leidinggevende-team-noord.xlsx",
    "kliniek-de-horst.xlsx",
];

/// One agenda row: day, activiteit, direct, planned, aantal, group, travel.
type Rij = (
    &'static str,
    &'static str,
    f64,
    Option<f64>,
    f64,
    Option<f64>,
    Option<f64>,
);

fn behandelaar(path: &Path, persoon: [(&'static str, V); 10], week: &[Rij]) {
    let mut cellen: Vec<(&str, String, V)> = persoon
        .into_iter()
        .enumerate()
        .map(|(i, (_, v))| ("Behandelaar", format!("B{}", i + 4), v))
        .collect();
    for (i, (dag, act, direct, gepland, aantal, groep, reis)) in week.iter().enumerate() {
        let r = i + 6;
        cellen.push(("Weekagenda", format!("A{r}"), V::T(dag)));
        cellen.push(("Weekagenda", format!("B{r}"), V::T(act)));
        cellen.push(("Weekagenda", format!("C{r}"), V::N(*direct)));
        if let Some(g) = gepland {
            cellen.push(("Weekagenda", format!("D{r}"), V::N(*g)));
        }
        if *aantal != 1.0 {
            cellen.push(("Weekagenda", format!("E{r}"), V::N(*aantal)));
        }
        if let Some(g) = groep {
            cellen.push(("Weekagenda", format!("F{r}"), V::N(*g)));
        }
        if let Some(t) = reis {
            cellen.push(("Weekagenda", format!("G{r}"), V::N(*t)));
        }
    }
    let refs: Vec<(&str, &str, V)> = cellen
        .iter()
        .map(|(b, c, v)| (*b, c.as_str(), v.clone()))
        .collect();
    invoer(Soort::Behandelaar, &refs, path);
}

fn schrijf_samples(dir: &Path) {
    use V::*;
    const CB: &str = "Consult behandeling";
    const CD: &str = "Consult diagnostiek";
    behandelaar(
        &dir.join(BESTANDEN[0]),
        [
            ("Medewerker", T("M100")),
            ("Naam", T("Jan de Vries")),
            ("Team", T("Noord")),
            ("Beroep", T("gz-psycholoog")),
            ("Setting", T("7 forensisch niet-klinisch/ambulant")),
            ("Uren per week", N(36.0)),
            ("Jaar", N(2022.0)),
            ("Niet-patiëntgebonden uren per week", N(4.0)),
            ("Afwezig uren deze week", N(0.0)),
            ("Vrijstelling (uren per jaar)", N(0.0)),
        ],
        &[
            ("maandag", CD, 60.0, None, 1.0, None, None),
            ("maandag", CB, 45.0, None, 3.0, None, None),
            (
                "maandag",
                "Intercollegiaal overleg",
                30.0,
                None,
                1.0,
                None,
                None,
            ),
            ("dinsdag", CB, 30.0, Some(45.0), 1.0, None, None),
            ("dinsdag", CB, 45.0, None, 4.0, None, None),
            ("dinsdag", CB, 60.0, None, 1.0, None, Some(50.0)),
            (
                "woensdag",
                "Groepsconsult",
                90.0,
                None,
                1.0,
                Some(6.0),
                None,
            ),
            ("woensdag", CB, 45.0, None, 2.0, None, None),
            (
                "woensdag",
                "Niet-patiëntgebonden",
                60.0,
                None,
                1.0,
                None,
                None,
            ),
            ("donderdag", CD, 90.0, None, 1.0, None, None),
            ("donderdag", CB, 45.0, None, 3.0, None, None),
            ("donderdag", CB, 3.0, None, 1.0, None, None),
            ("vrijdag", CB, 29.0, Some(45.0), 1.0, None, None),
            ("vrijdag", CB, 60.0, None, 2.0, None, None),
            (
                "vrijdag",
                "Intercollegiaal overleg",
                15.0,
                None,
                1.0,
                None,
                None,
            ),
        ],
    );
    behandelaar(
        &dir.join(BESTANDEN[1]),
        [
            ("Medewerker", T("M200")),
            ("Naam", T("Sanne Jansen")),
            ("Team", T("Noord")),
            ("Beroep", T("verpleegkundig specialist ggz")),
            ("Setting", T("7 forensisch niet-klinisch/ambulant")),
            ("Uren per week", N(28.0)),
            ("Jaar", N(2022.0)),
            ("Niet-patiëntgebonden uren per week", N(3.0)),
            ("Afwezig uren deze week", N(4.0)),
            ("Vrijstelling (uren per jaar)", N(40.0)),
        ],
        &[
            ("maandag", CB, 60.0, None, 4.0, None, Some(30.0)),
            ("dinsdag", CB, 45.0, None, 5.0, None, None),
            (
                "dinsdag",
                "Intercollegiaal overleg",
                20.0,
                None,
                1.0,
                None,
                None,
            ),
            ("woensdag", CB, 30.0, None, 6.0, None, None),
            ("donderdag", CD, 75.0, Some(60.0), 1.0, None, None),
            ("donderdag", CB, 60.0, None, 3.0, None, Some(55.0)),
            ("vrijdag", CB, 45.0, None, 4.0, None, None),
        ],
    );
    invoer(
        Soort::Leidinggevende,
        &[
            ("Team", "A6", T("M100")),
            ("Team", "B6", T("Jan de Vries")),
            ("Team", "C6", T("gz-psycholoog")),
            ("Team", "D6", N(36.0)),
            ("Team", "A7", T("M200")),
            ("Team", "B7", T("Sanne Jansen")),
            ("Team", "C7", T("verpleegkundig specialist ggz")),
            ("Team", "D7", N(28.0)),
            ("Team", "A8", T("M300")),
            ("Team", "B8", T("Pieter Smit")),
            ("Team", "C8", T("psychiater")),
            ("Team", "D8", N(32.0)),
            ("Team", "E8", N(27.5)),
            ("Team", "F8", N(4150.0)),
            ("Team", "A9", T("M400")),
            ("Team", "B9", T("Fatima El Amrani")),
            ("Team", "C9", T("klinisch psycholoog")),
            ("Team", "D9", N(24.0)),
            ("Team", "E9", N(14.0)),
            ("Team", "F9", N(2300.0)),
            ("Financieel", "B4", T("Noord")),
            ("Financieel", "B5", T("2022-Q1")),
            ("Financieel", "B6", N(180_000.0)),
            ("Financieel", "B7", N(52_000.0)),
        ],
        &dir.join(BESTANDEN[2]),
    );
    invoer(
        Soort::Kliniek,
        &[
            ("Kliniek", "B4", T("2022-Q1")),
            ("Kliniek", "B5", T("Kliniek De Horst")),
            ("Afdelingen", "A6", T("De Linde (opname)")),
            ("Afdelingen", "B6", T("C")),
            ("Afdelingen", "C6", N(3.0)),
            ("Afdelingen", "D6", N(1620.0)),
            ("Afdelingen", "G6", N(1.2)),
            ("Afdelingen", "H6", N(2.0)),
            ("Afdelingen", "A7", T("De Eik (langdurig)")),
            ("Afdelingen", "B7", T("E")),
            ("Afdelingen", "C7", N(2.0)),
            ("Afdelingen", "E7", N(24.0)),
            ("Afdelingen", "F7", N(0.92)),
            ("Afdelingen", "G7", N(0.8)),
            ("Afdelingen", "H7", N(3.5)),
            ("Afdelingen", "A8", T("De Beuk (resocialisatie)")),
            ("Afdelingen", "B8", T("D")),
            ("Afdelingen", "C8", N(1.0)),
            ("Afdelingen", "E8", N(16.0)),
            ("Afdelingen", "F8", N(0.85)),
            ("Afdelingen", "G8", N(0.6)),
            ("Afdelingen", "H8", N(1.5)),
        ],
        &dir.join(BESTANDEN[3]),
    );
}

#[test]
fn samples_are_current_and_fill_without_errors() {
    if std::env::var_os("ZPM_REGENERATE_SAMPLES").is_some() {
        schrijf_samples(&map());
    }
    let dir = tempfile::tempdir().unwrap();
    let nieuw = nieuwe_map(dir.path(), "nieuw");
    schrijf_samples(&nieuw);
    for b in BESTANDEN {
        let (a, c) = (nieuw.join(b), map().join(b));
        for s in bladen(&a) {
            assert_eq!(
                blad(&a, &s),
                blad(&c, &s),
                "samples/taskforce/{b} {s} is stale"
            );
        }
    }
    let out = dir.path().join("uit");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let a = fill(BESTANDEN.map(|b| map().join(b)), &out)
        .arg("--tarieven")
        .arg(root.join("samples/tarieven-voorbeeld.csv"))
        .arg("--kliniek-normen")
        .arg(map().join("kliniek-normen-voorbeeld.csv"))
        .assert()
        .code(0);
    let err = stderr(&a);
    assert!(err.contains("4 workbook(s) written"), "{err}");
    let t = blad(&out.join(BESTANDEN[2]), "Team");
    assert_eq!(
        at(&t, "G7"),
        calamine::Data::String("werkmap behandelaar-sanne.xlsx".into())
    );
}
