//! `zpm fill` on a behandelaar workbook: a week of mixed consults, checked against figures
//! worked out by hand from SPEC 1.1–1.7, 1.10 and 2.4, with the voorbeeld tariffs of
//! tests/data/taskforce/tarieven-voorbeeld.csv (2022, setting 7, GZ-psycholoog).

mod taskforce_hulp;

use calamine::Data;
use taskforce_hulp::*;
use zpm::input::form::Soort;

const W: &str = "Weekagenda";
const B: &str = "Behandelaar";

#[test]
fn week_of_mixed_consults() {
    let dir = tempfile::tempdir().unwrap();
    let input = nieuwe_map(dir.path(), "in");
    let f = input.join("behandelaar-jan.xlsx");
    jan(&f);
    let out = dir.path().join("uit");
    let a = fill([&f], &out)
        .arg("--tarieven")
        .arg(tarieven())
        .assert()
        .code(0);
    let err = stderr(&a);
    assert!(err.contains("1 workbook(s) written"), "{err}");
    let uit = out.join("behandelaar-jan.xlsx");
    assert!(bladen(&uit).contains(&"Resultaat".to_string()));

    // Per row: Klasse, Declarabel, Indirecte tijd (min), Genormeerde tijd (min), Tarief, Omzet.
    let w = blad(&uit, W);
    let rij = |n: u32| -> Vec<Data> {
        ["H", "I", "J", "K", "L", "M"]
            .iter()
            .map(|c| at(&w, &format!("{c}{n}")))
            .collect()
    };
    // Row 6: class 45, indirect 4 × 15 = 60, normed 4 × 60 = 240, € 120 each, € 480.
    let r6 = rij(6);
    gelijk(num(&r6[0]), 45.0);
    assert_eq!(r6[1], Data::String("ja".into()));
    gelijk(num(&r6[2]), 60.0);
    gelijk(num(&r6[3]), 240.0);
    gelijk(num(&r6[4]), 120.0);
    gelijk(num(&r6[5]), 480.0);
    // Row 7: planned 45 counts: class 45, normed 60, € 120.
    gelijk(num(&rij(7)[0]), 45.0);
    gelijk(num(&rij(7)[3]), 60.0);
    // Row 8: realised 29: diagnostiek class 15: 29 + 15.4 = 44.4 normed, € 60.
    gelijk(num(&rij(8)[0]), 15.0);
    gelijk(num(&rij(8)[3]), 44.4);
    gelijk(num(&rij(8)[5]), 60.0);
    // Row 9: 3 blocks × 12.2 = 36.6 indirect; 90 + 36.6 = 126.6; 3 × 4 × € 25 = € 300.
    assert_eq!(rij(9)[0], Data::String("3 × 30 min".into()));
    gelijk(num(&rij(9)[2]), 36.6);
    gelijk(num(&rij(9)[3]), 126.6);
    gelijk(num(&rij(9)[4]), 25.0);
    gelijk(num(&rij(9)[5]), 300.0);
    // Row 10: overleg lang: 20 normed, € 65.
    assert_eq!(rij(10)[0], Data::String("lang".into()));
    gelijk(num(&rij(10)[3]), 20.0);
    gelijk(num(&rij(10)[5]), 65.0);
    // Row 11: 4 minutes: not declarable, 4 normed, € 0.
    assert_eq!(rij(11)[0], Data::String("onder 5 min".into()));
    assert_eq!(rij(11)[1], Data::String("nee".into()));
    gelijk(num(&rij(11)[3]), 4.0);
    gelijk(num(&rij(11)[5]), 0.0);
    // Row 12: 60 + 11.3 + 50 reistijd = 121.3; € 145 + toeslag fz vanaf 45 € 60 = € 205.
    gelijk(num(&rij(12)[2]), 11.3);
    gelijk(num(&rij(12)[3]), 121.3);
    gelijk(num(&rij(12)[4]), 145.0);
    gelijk(num(&rij(12)[5]), 205.0);
    // The inputs are kept as typed, except that a number typed as text in a number column
    // comes back as the number (no "number stored as text" in the filled copy).
    assert_eq!(at(&w, "B7"), Data::String("behandeling".into()));
    assert_eq!(at(&w, "C8"), Data::Float(29.0));

    let r = blad(&uit, "Resultaat");
    // Direct: 4 × 45 + 45 + 29 + 90 + 4 + 60 = 408 min = 6.8 h.
    gelijk(getal(&r, "Directe tijd (uren)"), 408.0 / 60.0);
    // Indirect: 60 + 15 + 15.4 + 36.6 + 11.3 = 138.3 min.
    gelijk(getal(&r, "Genormeerde indirecte tijd (uren)"), 138.3 / 60.0);
    // Normed: 408 + 138.3 + 20 overleg + 50 reistijd = 616.3 min.
    let genormeerd = 616.3 / 60.0;
    gelijk(getal(&r, "Genormeerde tijd (uren)"), genormeerd);
    // Beschikbaar 36 − 0; tijd voor zorg 36 − 4 = 32; verschil 32 − 10.27.
    gelijk(getal(&r, "Beschikbare tijd (uren)"), 36.0);
    gelijk(getal(&r, "Tijd voor zorg (uren)"), 32.0);
    gelijk(getal(&r, "Verschil (uren)"), 32.0 - genormeerd);
    // 10.27 / 32 = 32% < 90%.
    assert_eq!(tekst(&r, "Signaal"), "Ruimte in agenda");
    assert!(tekst(&r, "Advies").contains("meer tijd voor zorg inplannen"));
    // Omzet: 480 + 120 + 60 + 300 + 65 + 0 + 205 = € 1230.
    gelijk(getal(&r, "Omzet (€)"), 1230.0);
    // Jaarnorm: 1569 × 36 / 36 × 0.85 × 0.95 = 1266.9675.
    gelijk(getal(&r, "Jaarnorm (uren)"), 1266.9675);
    // Per jaar: 10.27 × 1569 / 36 × 0.95.
    let per_jaar = genormeerd * 1569.0 / 36.0 * 0.95;
    gelijk(
        getal(&r, "Genormeerde tijd per jaar bij deze week (uren)"),
        per_jaar,
    );
    gelijk(
        getal(&r, "Realisatie t.o.v. jaarnorm"),
        per_jaar / 1266.9675,
    );
    gelijk(getal(&r, "Consulten (declarabel)"), 7.0);
    gelijk(getal(&r, "Consulten korter dan 5 minuten"), 1.0);
    // The SPEC labels come in the SPEC's order.
    let labels = [
        "Directe tijd (uren)",
        "Genormeerde indirecte tijd (uren)",
        "Genormeerde tijd (uren)",
        "Beschikbare tijd (uren)",
        "Tijd voor zorg (uren)",
        "Verschil (uren)",
        "Signaal",
        "Advies",
        "Omzet (€)",
        "Jaarnorm (uren)",
        "Genormeerde tijd per jaar bij deze week (uren)",
        "Realisatie t.o.v. jaarnorm",
    ];
    let rijen: Vec<u32> = labels.iter().map(|l| rij_van(&r, l)).collect();
    assert!(rijen.windows(2).all(|w| w[0] < w[1]), "{rijen:?}");
    // Meldingen: the typed npg hours win over the agenda's npg row (a note, not an error).
    assert!(rij_van(&r, "Meldingen") > rijen[11]);

    // Scenario's: 240 direct minutes four ways, for GZ-psycholoog setting 7 in 2022.
    let s = blad(&uit, "Scenario's");
    let verwacht = [
        // 4 × (60 + 11.3) = 285.2; 4 × € 145 = € 580.
        ("4 consulten van 60 minuten", 285.2, 580.0),
        // 16 × (15 + 9.7) = 395.2; 16 × € 50 = € 800.
        ("16 consulten van 15 minuten", 395.2, 800.0),
        // 8 × (30 + 12.2) = 337.6; 8 × € 85 = € 680.
        ("8 consulten van 30 minuten", 337.6, 680.0),
        // 5 × (45 + 15) + (15 + 9.7) = 324.7; 5 × € 120 + € 50 = € 650.
        ("5 consulten van 45 en 1 van 15 minuten", 324.7, 650.0),
        // Own: a group of 4 for 90 minutes: 90 + 3 × 12.2 = 126.6; 3 × 4 × € 25 = € 300.
        ("Groep", 126.6, 300.0),
    ];
    for (i, (naam, normed, omzet)) in verwacht.iter().enumerate() {
        let n = 7 + i;
        assert_eq!(at(&s, &format!("A{n}")), Data::String(naam.to_string()));
        gelijk(num(&at(&s, &format!("E{n}"))), *normed);
        gelijk(num(&at(&s, &format!("F{n}"))), *omzet);
    }
    gelijk(num(&at(&s, "C7")), 240.0);
    gelijk(num(&at(&s, "C11")), 90.0);
    // The own scenario's input is kept.
    assert_eq!(at(&s, "A24"), Data::String("Groep".into()));
}

#[test]
fn filling_a_filled_workbook_again_gives_the_same_result() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("jan.xlsx");
    jan(&f);
    let een = dir.path().join("een");
    let twee = dir.path().join("twee");
    let t = tarieven();
    fill([&f], &een).arg("--tarieven").arg(&t).assert().code(0);
    let f1 = een.join("jan.xlsx");
    fill([&f1], &twee)
        .arg("--tarieven")
        .arg(&t)
        .assert()
        .code(0);
    let f2 = twee.join("jan.xlsx");
    assert_eq!(bladen(&f1), bladen(&f2));
    for b in bladen(&f1) {
        assert_eq!(blad(&f1, &b), blad(&f2, &b), "sheet {b} differs");
    }
}

#[test]
fn embedded_2022_tariffs_for_setting_1() {
    use V::*;
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("piet.xlsx");
    invoer(
        Soort::Behandelaar,
        &[
            (B, "B4", T("M2")),
            (B, "B7", T("gz-psycholoog")),
            (B, "B8", N(1.0)),
            (B, "B9", N(24.0)),
            (B, "B10", N(2022.0)),
            (B, "B11", T("2,5")),
            (B, "B12", N(3.5)),
            (B, "B13", N(100.0)),
            (W, "B6", T("Consult behandeling")),
            (W, "C6", N(45.0)),
            (W, "E6", N(10.0)),
        ],
        &f,
    );
    let out = dir.path().join("uit");
    fill([&f], &out).assert().code(0);
    let r = blad(&out.join("piet.xlsx"), "Resultaat");
    // 10 × 45 + 10 × 15 = 600 min = 10 h; € 120.99 × 10 = € 1209.90 (NZa 2022, sectie II).
    gelijk(getal(&r, "Genormeerde tijd (uren)"), 10.0);
    gelijk(getal(&r, "Omzet (€)"), 1209.9);
    // 24 − 3.5 = 20.5 beschikbaar; − 2.5 = 18 tijd voor zorg; 10 / 18 = 56% → ruimte.
    gelijk(getal(&r, "Tijd voor zorg (uren)"), 18.0);
    // netto_jaar = 1569 × 24 / 36 − 100 = 946; jaarnorm 946 × 0.85 × 0.95 = 763.895.
    gelijk(getal(&r, "Jaarnorm (uren)"), 946.0 * 0.85 * 0.95);
    // Per jaar: 10 × 946 / 24 × 0.95.
    gelijk(
        getal(&r, "Genormeerde tijd per jaar bij deze week (uren)"),
        10.0 * 946.0 / 24.0 * 0.95,
    );
    // Scenario 4 × 60 with the NZa 2022 figures: 4 × € 143.71 = € 574.84.
    let s = blad(&out.join("piet.xlsx"), "Scenario's");
    gelijk(num(&at(&s, "F7")), 574.84);
}

#[test]
fn explanations_take_their_figures_from_the_norm_chain() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("jan.xlsx");
    jan(&f);
    let out = dir.path().join("uit");
    fill([&f], &out)
        .args(["--netto-uren", "1600"])
        .assert()
        .code(0);
    let uit = out.join("jan.xlsx");
    let uitleg: Vec<String> = blad(&uit, "Uitleg")
        .rows()
        .filter_map(|r| r.first().map(|d| d.to_string()))
        .collect();
    let jaarbeeld = uitleg
        .iter()
        .find(|t| t.starts_with("Het jaarbeeld"))
        .expect("the year view is explained");
    assert!(
        jaarbeeld.contains("1.600 netto werkbare uren"),
        "{jaarbeeld}"
    );
    assert!(!jaarbeeld.contains("1.569"), "{jaarbeeld}");
    let r = blad(&uit, "Resultaat");
    let netto = rij_van(&r, "Netto werkbare uren per jaar");
    let uitleg_c = at(&r, &format!("C{}", netto + 1)).to_string();
    assert!(uitleg_c.starts_with("1.600 × "), "{uitleg_c}");
}
