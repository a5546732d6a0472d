//! `zpm fill` and `zpm templates` as a batch: bad workbooks among good ones, arguments that
//! are refused, workbooks laid out differently from the template, and the committed
//! templates matching what the code writes.

mod taskforce_hulp;

use std::path::Path;

use calamine::Data;
use rust_xlsxwriter::Workbook;
use taskforce_hulp::*;
use zpm::input::form::Soort;

#[test]
fn a_bad_workbook_among_good_ones() {
    use V::*;
    let dir = tempfile::tempdir().unwrap();
    let inn = nieuwe_map(dir.path(), "in");
    let goed = inn.join("behandelaar-jan.xlsx");
    jan(&goed);
    // Text in a minutes cell (C7), an unknown activiteit (B8), an unknown beroep.
    let slecht = inn.join("behandelaar-piet.xlsx");
    invoer(
        Soort::Behandelaar,
        &[
            ("Behandelaar", "B4", T("M7")),
            ("Behandelaar", "B7", T("tovenaar")),
            ("Behandelaar", "B9", N(36.0)),
            ("Behandelaar", "B10", N(2022.0)),
            ("Weekagenda", "B6", T("Consult behandeling")),
            ("Weekagenda", "C6", N(45.0)),
            ("Weekagenda", "B7", T("Consult behandeling")),
            ("Weekagenda", "C7", T("drie kwartier")),
            ("Weekagenda", "B8", T("wandeling")),
            ("Weekagenda", "C8", N(30.0)),
        ],
        &slecht,
    );
    let kapot = inn.join("kapot.xlsx");
    std::fs::write(&kapot, b"dit is geen werkmap").unwrap();
    let ander = inn.join("ander.xlsx");
    let mut wb = Workbook::new();
    wb.add_worksheet()
        .write_string(0, 0, "iets anders")
        .unwrap();
    wb.save(&ander).unwrap();
    let out = dir.path().join("uit");
    let a = fill([&slecht, &kapot, &goed, &ander], &out)
        .assert()
        .code(1);
    let err = stderr(&a);
    assert!(
        err.contains(
            "behandelaar-piet.xlsx, Weekagenda!C7: expected minutes, found \"drie kwartier\""
        ),
        "{err}"
    );
    assert!(
        err.contains("behandelaar-piet.xlsx, Weekagenda!B8: unknown activiteit \"wandeling\""),
        "{err}"
    );
    assert!(
        err.contains("behandelaar-piet.xlsx, Behandelaar!B7: unknown beroep \"tovenaar\""),
        "{err}"
    );
    assert!(
        err.contains("kapot.xlsx: skipped: cannot open the workbook"),
        "{err}"
    );
    assert!(
        err.contains("ander.xlsx: skipped: not a Taskforce workbook"),
        "{err}"
    );
    assert!(err.contains("2 workbook(s) written"), "{err}");
    assert!(out.join("behandelaar-jan.xlsx").is_file());
    assert!(!out.join("kapot.xlsx").exists());
    assert!(!out.join("ander.xlsx").exists());
    // The bad workbook is still computed where it can be: row 6 counts (45 + 15 = 60 min,
    // no revenue for an unknown beroep), and the problems are listed under Meldingen.
    let r = blad(&out.join("behandelaar-piet.xlsx"), "Resultaat");
    gelijk(getal(&r, "Genormeerde tijd (uren)"), 45.0 / 60.0);
    gelijk(getal(&r, "Omzet (€)"), 0.0);
    let m = rij_van(&r, "Meldingen");
    let plaatsen: Vec<Data> = (m + 2..m + 8)
        .filter_map(|i| r.get_value((i, 1)).cloned())
        .collect();
    for p in ["Weekagenda!C7", "Weekagenda!B8", "Behandelaar!B7"] {
        assert!(plaatsen.contains(&Data::String(p.into())), "{plaatsen:?}");
    }
    let w = blad(&out.join("behandelaar-piet.xlsx"), "Weekagenda");
    assert_eq!(at(&w, "H7"), Data::String("zie Meldingen".into()));
    assert_eq!(at(&w, "C7"), Data::String("drie kwartier".into()));
    // Nothing was written beside the inputs, and no temporary files were left.
    let namen: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(namen.len(), 2, "{namen:?}");
}

#[test]
fn refuses_to_write_into_the_input_folder() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("jan.xlsx");
    jan(&f);
    let voor = std::fs::read(&f).unwrap();
    let a = fill([&f], dir.path()).assert().code(2);
    assert!(
        stderr(&a).contains("never overwrites its input"),
        "{}",
        stderr(&a)
    );
    assert_eq!(std::fs::read(&f).unwrap(), voor);
    // A file that does not exist is a bad argument too.
    let a = fill([dir.path().join("nergens.xlsx")], dir.path().join("uit"))
        .assert()
        .code(2);
    assert!(stderr(&a).contains("does not exist"));
    assert!(!dir.path().join("uit").exists());
}

/// A behandelaar workbook typed by hand, not from the template: notes above the tables,
/// labels with colons in another order, header columns in another order, an extra column
/// and an extra sheet.
fn eigen_opmaak(path: &Path) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Behandelaar").unwrap();
    let rijen: [(&str, Option<&str>, Option<f64>); 9] = [
        ("Mijn gegevens (ingevuld op 3 januari)", None, None),
        ("Naam:", Some("Anna"), None),
        ("Jaar", None, Some(2022.0)),
        ("Medewerker", Some("M42"), None),
        ("BEROEP", Some("Klinisch psycholoog"), None),
        ("Setting", None, Some(1.0)),
        ("uren per week", None, Some(32.0)),
        ("Niet-patientgebonden uren per week", Some("3,5"), None),
        ("Afwezig uren deze week", Some("-"), None),
    ];
    for (i, (l, t, n)) in rijen.iter().enumerate() {
        let r = i as u32 * 2;
        ws.write_string(r, 0, *l).unwrap();
        if let Some(t) = t {
            ws.write_string(r, 1, *t).unwrap();
        }
        if let Some(n) = n {
            ws.write_number(r, 1, *n).unwrap();
        }
        ws.write_string(r, 3, "mijn notitie").unwrap();
    }
    ws.write_string(30, 0, "Team").unwrap();
    let ws = wb.add_worksheet();
    ws.set_name("weekagenda").unwrap();
    ws.write_string(0, 0, "Week 12").unwrap();
    ws.write_string(3, 2, "Let op: alleen de eerste week")
        .unwrap();
    let koppen = ["Notitie", "Directe tijd", "activiteit", "Aantal", "Dag"];
    for (c, k) in koppen.iter().enumerate() {
        ws.write_string(7, c as u16, *k).unwrap();
    }
    ws.write_string(8, 0, "eerste gesprek").unwrap();
    ws.write_number(8, 1, 60.0).unwrap();
    ws.write_string(8, 2, "diagnostiek").unwrap();
    ws.write_string(9, 1, "45").unwrap();
    ws.write_string(9, 2, "Behandeling").unwrap();
    ws.write_number(9, 3, 3.0).unwrap();
    ws.write_string(9, 4, "di").unwrap();
    ws.write_string(10, 4, "wo").unwrap();
    let ws = wb.add_worksheet();
    ws.set_name("Aantekeningen").unwrap();
    ws.write_string(0, 0, "=ONZIN()").unwrap();
    wb.save(path).unwrap();
}

#[test]
fn finds_labels_and_headers_whatever_is_typed_around_them() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("anna.xlsx");
    eigen_opmaak(&f);
    let out = dir.path().join("uit");
    // Every label is found (Vrijstelling is optional), so nothing is wrong: exit 0.
    let a = fill([&f], &out).assert().code(0);
    assert!(!stderr(&a).contains("not found"), "{}", stderr(&a));
    let uit = out.join("anna.xlsx");
    let r = blad(&uit, "Resultaat");
    // Diagnostiek 60: 60 + 21.0; 3 × behandeling 45: 3 × 60. Normed 261 min = 4.35 h.
    gelijk(getal(&r, "Genormeerde tijd (uren)"), 261.0 / 60.0);
    // Klinisch psycholoog, setting 1, 2022: € 216.23 + 3 × € 159.85 = € 695.78.
    gelijk(getal(&r, "Omzet (€)"), 695.78);
    // 32 − 0 − 3.5 = 28.5 tijd voor zorg.
    gelijk(getal(&r, "Tijd voor zorg (uren)"), 28.5);
    // netto_jaar = 1569 × 32 / 36; jaarnorm × 0.85 × 0.95.
    gelijk(
        getal(&r, "Jaarnorm (uren)"),
        1569.0 * 32.0 / 36.0 * 0.85 * 0.95,
    );
    // The computed columns are added after the user's last header (F..K); the optional
    // input columns the user left out stay out.
    let w = blad(&uit, "weekagenda");
    assert_eq!(at(&w, "F8"), Data::String("Klasse".into()));
    gelijk(num(&at(&w, "F9")), 60.0);
    gelijk(num(&at(&w, "I10")), 180.0);
    assert_eq!(
        at(&w, "C4"),
        Data::String("Let op: alleen de eerste week".into())
    );
    // The extra sheet is kept; a text that looks like a formula stays text.
    let x = blad(&uit, "Aantekeningen");
    assert_eq!(at(&x, "A1"), Data::String("=ONZIN()".into()));
    assert_eq!(
        blad(&uit, "Behandelaar").get_value((0, 3)),
        Some(&Data::String("mijn notitie".into()))
    );
}

/// Per sheet: its name and its cells as (row, column, value).
type Cellen = Vec<(String, Vec<(u32, u32, String)>)>;

fn cellen(path: &Path) -> Cellen {
    use calamine::Reader;
    let mut wb = calamine::open_workbook_auto(path).unwrap();
    wb.sheet_names()
        .into_iter()
        .map(|n| {
            let r = wb.worksheet_range(&n).unwrap();
            let (r0, c0) = r.start().unwrap_or((0, 0));
            let v = r
                .used_cells()
                .map(|(i, j, d)| (r0 + i as u32, c0 + j as u32, format!("{d:?}")))
                .collect();
            (n, v)
        })
        .collect()
}

#[test]
fn committed_templates_equal_what_the_code_writes() {
    let dir = tempfile::tempdir().unwrap();
    templates(dir.path());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    for s in Soort::ALLE {
        let nu = cellen(&dir.path().join(s.bestand()));
        let bewaard = cellen(&root.join(s.bestand()));
        assert_eq!(
            nu,
            bewaard,
            "templates/{} differs from `zpm templates`: run it with --out templates",
            s.bestand()
        );
    }
}

#[test]
fn blank_templates_hold_no_example_rows() {
    let dir = tempfile::tempdir().unwrap();
    templates(dir.path());
    let leeg_onder = |bestand: &str, blad_naam: &str, kop: &str| {
        let r = blad(&dir.path().join(bestand), blad_naam);
        let k = (0..40)
            .find(|&i| r.get_value((i, 0)) == Some(&Data::String(kop.into())))
            .unwrap_or_else(|| panic!("{blad_naam}: no header {kop}"));
        let onder = r.used_cells().filter(|(i, _, _)| *i as u32 > k).count();
        assert_eq!(onder, 0, "{bestand} {blad_naam} has rows below its header");
    };
    leeg_onder("behandelaar.xlsx", "Weekagenda", "Dag");
    leeg_onder("leidinggevende.xlsx", "Team", "Medewerker");
    leeg_onder("kliniek.xlsx", "Afdelingen", "Afdeling");
    leeg_onder("kliniek.xlsx", "Normen", "Verblijfscategorie");
    let b = blad(&dir.path().join("behandelaar.xlsx"), "Behandelaar");
    for l in [
        "Medewerker",
        "Naam",
        "Team",
        "Beroep",
        "Setting",
        "Uren per week",
        "Jaar",
        "Niet-patiëntgebonden uren per week",
        "Afwezig uren deze week",
        "Vrijstelling (uren per jaar)",
    ] {
        assert_eq!(waarde(&b, l), Data::Empty, "{l}");
    }
    assert_eq!(
        bladen(&dir.path().join("behandelaar.xlsx")),
        [
            "Uitleg",
            "Behandelaar",
            "Weekagenda",
            "Scenario's",
            "Lijsten"
        ]
    );
    assert_eq!(
        bladen(&dir.path().join("kliniek.xlsx")),
        ["Uitleg", "Kliniek", "Afdelingen", "Normen", "Lijsten"]
    );
    // The blank templates themselves can be filled: every figure is missing, so exit 1.
    let out = dir.path().join("uit");
    fill([dir.path().join("kliniek.xlsx")], &out)
        .assert()
        .code(1);
}

#[test]
fn a_missing_label_is_named_and_the_rest_is_computed() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("kees.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Behandelaar").unwrap();
    for (r, (l, v)) in [
        ("Medewerker", "M5"),
        ("Beroep", "psychiater"),
        ("Jaar", "2022"),
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(r as u32, 0, *l).unwrap();
        ws.write_string(r as u32, 1, *v).unwrap();
    }
    let ws = wb.add_worksheet();
    ws.set_name("Weekagenda").unwrap();
    ws.write_string(0, 0, "Activiteit").unwrap();
    ws.write_string(0, 1, "Directe tijd (min)").unwrap();
    ws.write_string(1, 0, "Consult behandeling").unwrap();
    ws.write_number(1, 1, 60.0).unwrap();
    wb.save(&f).unwrap();
    let out = dir.path().join("uit");
    let a = fill([&f], &out).assert().code(1);
    let err = stderr(&a);
    assert!(
        err.contains("kees.xlsx, Behandelaar: label \"Uren per week\" not found in column A"),
        "{err}"
    );
    // Without hours there is no time for care; the agenda is still valued:
    // 60 + 11.3 normed minutes.
    let r = blad(&out.join("kees.xlsx"), "Resultaat");
    gelijk(getal(&r, "Genormeerde tijd (uren)"), 71.3 / 60.0);
    assert_eq!(tekst(&r, "Signaal"), "Geen beschikbare tijd");
    // The Scenario's sheet, missing from the input, is added from the template.
    assert!(bladen(&out.join("kees.xlsx")).contains(&"Scenario's".to_string()));
}
