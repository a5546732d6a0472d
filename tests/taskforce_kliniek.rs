//! `zpm fill` on a kliniek workbook: three afdelingen, one given as beds × occupancy, checked
//! against figures worked out by hand from SPEC 1.9 and 2.4.

mod taskforce_hulp;

use std::path::{Path, PathBuf};

use calamine::{Data, Range};
use taskforce_hulp::*;
use zpm::input::form::Soort;

const K: &str = "Kliniek";
const A: &str = "Afdelingen";
const NO: &str = "Normen";

fn voorbeeldnormen() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/taskforce/kliniek-normen-voorbeeld.csv")
}

/// Three afdelingen in 2022-Q1; `normen` fills the Normen sheet.
fn kliniek(path: &Path, normen: bool, extra: bool) {
    use V::*;
    let mut cellen = vec![
        (K, "B4", T("2022-Q1")),
        (K, "B5", T("Kliniek De Horst")),
        // De Linde: category A, no level, 1800 verblijfsdagen typed.
        (A, "A6", T("De Linde")),
        (A, "B6", T("A")),
        (A, "D6", N(1800.0)),
        (A, "G6", N(1.0)),
        (A, "H6", N(2.0)),
        // De Eik: category C, level 3, 20 beds at 90 (read as 90%).
        (A, "A7", T("De Eik")),
        (A, "B7", T("C")),
        (A, "C7", N(3.0)),
        (A, "E7", N(20.0)),
        (A, "F7", N(90.0)),
        (A, "G7", N(1.5)),
        (A, "H7", T("2,5")),
        // De Beuk: category C, level 1 (the * row), 900 verblijfsdagen.
        (A, "A8", T("De Beuk")),
        (A, "B8", T("categorie C")),
        (A, "C8", T("1")),
        (A, "D8", N(900.0)),
        (A, "G8", N(0.5)),
        (A, "H8", N(1.0)),
    ];
    if normen {
        cellen.extend([
            (NO, "A6", T("A")),
            (NO, "C6", N(10.0)),
            (NO, "D6", N(20.0)),
            (NO, "E6", T("voorbeeld")),
            (NO, "A7", T("C")),
            (NO, "B7", T("*")),
            (NO, "C7", N(15.0)),
            (NO, "D7", N(30.0)),
            (NO, "A8", T("C")),
            (NO, "B8", N(3.0)),
            (NO, "C8", N(18.0)),
            (NO, "D8", N(36.0)),
        ]);
    }
    if extra {
        // Category F level 4 has no norm in the sheet: reported, not guessed.
        cellen.extend([
            (A, "A9", T("De Wilg")),
            (A, "B9", T("F")),
            (A, "C9", N(4.0)),
            (A, "D9", N(500.0)),
            (A, "G9", N(1.0)),
        ]);
    }
    invoer(Soort::Kliniek, &cellen, path);
}

/// The Resultaat table as (afdeling → column → value).
fn tabel(r: &Range<Data>) -> impl Fn(&str, &str) -> Data + '_ {
    let kop = rij_van(r, "Afdeling");
    move |afdeling: &str, kolom: &str| {
        let rij = (kop..)
            .take(50)
            .find(|&i| r.get_value((i, 0)) == Some(&Data::String(afdeling.into())))
            .unwrap_or_else(|| panic!("no row {afdeling}"));
        let c = (0..20)
            .find(|&c| r.get_value((kop, c)) == Some(&Data::String(kolom.into())))
            .unwrap_or_else(|| panic!("no column {kolom}"));
        r.get_value((rij, c)).cloned().unwrap_or(Data::Empty)
    }
}

// 2022-Q1: 90 calendar days; 64 of 260 weekdays. One FTE works productively
// 1569 × 64 / 260 × 0.95 × 0.85 hours in the quarter.
fn per_fte() -> f64 {
    1569.0 * 64.0 / 260.0 * 0.95 * 0.85
}

#[test]
fn three_afdelingen_one_from_beds() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("kliniek.xlsx");
    kliniek(&f, true, false);
    let out = dir.path().join("uit");
    fill([&f], &out).assert().code(0);
    let uit = out.join("kliniek.xlsx");
    let r = blad(&uit, "Resultaat");
    let t = tabel(&r);
    let v = |a: &str, k: &str| num(&t(a, k));
    // The columns exactly as SPEC 2.4 names them.
    let kop = rij_van(&r, "Afdeling");
    let koppen: Vec<Data> = (0..10)
        .map(|c| r.get_value((kop, c)).cloned().unwrap())
        .collect();
    let spec = [
        "Afdeling",
        "Verblijfsdagen",
        "Uren vaktherapie",
        "Uren dagbesteding",
        "FTE vaktherapie toegestaan",
        "FTE dagbesteding toegestaan",
        "FTE vaktherapie huidig",
        "FTE dagbesteding huidig",
        "Verschil FTE vaktherapie",
        "Verschil FTE dagbesteding",
    ];
    assert_eq!(koppen, spec.map(|s| Data::String(s.into())));
    let f = per_fte();
    // De Linde: 1800 × 10 / 60 = 300 h vaktherapie; 1800 × 20 / 60 = 600 h dagbesteding.
    gelijk(v("De Linde", "Verblijfsdagen"), 1800.0);
    gelijk(v("De Linde", "Uren vaktherapie"), 300.0);
    gelijk(v("De Linde", "Uren dagbesteding"), 600.0);
    gelijk(v("De Linde", "FTE vaktherapie toegestaan"), 300.0 / f);
    gelijk(v("De Linde", "FTE vaktherapie huidig"), 1.0);
    gelijk(v("De Linde", "Verschil FTE vaktherapie"), 1.0 - 300.0 / f);
    gelijk(v("De Linde", "Verschil FTE dagbesteding"), 2.0 - 600.0 / f);
    // De Eik: 20 beds × 0.90 × 90 days = 1620; × 18 / 60 = 486 h; × 36 / 60 = 972 h.
    gelijk(v("De Eik", "Verblijfsdagen"), 1620.0);
    gelijk(v("De Eik", "Uren vaktherapie"), 486.0);
    gelijk(v("De Eik", "Uren dagbesteding"), 972.0);
    gelijk(v("De Eik", "FTE dagbesteding huidig"), 2.5);
    gelijk(v("De Eik", "Verschil FTE dagbesteding"), 2.5 - 972.0 / f);
    // De Beuk: level 1 takes the C/* row: 900 × 15 / 60 = 225 h; × 30 / 60 = 450 h.
    gelijk(v("De Beuk", "Uren vaktherapie"), 225.0);
    gelijk(v("De Beuk", "Uren dagbesteding"), 450.0);
    // Totaal: 4320 days; 1011 h and 2022 h; current 3.0 and 5.5 FTE.
    gelijk(v("Totaal", "Verblijfsdagen"), 4320.0);
    gelijk(v("Totaal", "Uren vaktherapie"), 1011.0);
    gelijk(v("Totaal", "Uren dagbesteding"), 2022.0);
    gelijk(v("Totaal", "FTE vaktherapie toegestaan"), 1011.0 / f);
    gelijk(v("Totaal", "FTE dagbesteding huidig"), 5.5);
    gelijk(v("Totaal", "Verschil FTE vaktherapie"), 3.0 - 1011.0 / f);
    gelijk(v("Totaal", "Verschil FTE dagbesteding"), 5.5 - 2022.0 / f);
    // The beds row shows its computed verblijfsdagen on Afdelingen (column I).
    let a = blad(&uit, A);
    gelijk(num(&at(&a, "I7")), 1620.0);
    assert_eq!(at(&a, "F7"), Data::Float(90.0));
}

#[test]
fn norms_from_the_file_and_a_missing_norm_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("kliniek-zonder-normen.xlsx");
    kliniek(&f, false, true);
    let out = dir.path().join("uit");
    // Without norms anywhere: every afdeling is reported (the embedded table is empty).
    let a = fill([&f], &out).assert().code(1);
    let err = stderr(&a);
    assert!(err.contains("no norm for verblijfscategorie A"), "{err}");
    // With the voorbeeld norms file: only F level 4 lacks a norm.
    let out2 = dir.path().join("uit2");
    let a = fill([&f], &out2)
        .arg("--kliniek-normen")
        .arg(voorbeeldnormen())
        .assert()
        .code(0);
    let err = stderr(&a);
    assert!(!err.contains("no norm"), "{err}");
    let r = blad(&out2.join("kliniek-zonder-normen.xlsx"), "Resultaat");
    let t = tabel(&r);
    // De Wilg: F/* = 22 and 45 min: 500 × 22 / 60 h; De Beuk: C level 1 → C/* = 15 min.
    gelijk(num(&t("De Wilg", "Uren vaktherapie")), 500.0 * 22.0 / 60.0);
    gelijk(num(&t("De Beuk", "Uren vaktherapie")), 225.0);
    // De Linde: A without level: 10 min.
    gelijk(num(&t("De Linde", "Uren vaktherapie")), 300.0);

    // A norms sheet without F: De Wilg is reported and left empty, the total difference too.
    let g = dir.path().join("kliniek-wilg.xlsx");
    kliniek(&g, true, true);
    let out3 = dir.path().join("uit3");
    let a = fill([&g], &out3).assert().code(1);
    let err = stderr(&a);
    assert!(
        err.contains("kliniek-wilg.xlsx, Afdelingen: De Wilg: no norm for verblijfscategorie F and beveiligingsniveau 4"),
        "{err}"
    );
    let r = blad(&out3.join("kliniek-wilg.xlsx"), "Resultaat");
    let t = tabel(&r);
    assert_eq!(t("De Wilg", "Uren vaktherapie"), Data::Empty);
    assert_eq!(t("Totaal", "Verschil FTE vaktherapie"), Data::Empty);
    gelijk(num(&t("Totaal", "Uren vaktherapie")), 1011.0);
    gelijk(num(&t("Totaal", "FTE vaktherapie huidig")), 4.0);
    let meldingen = rij_van(&r, "Meldingen");
    assert!(meldingen > rij_van(&r, "Totaal"));
}
