//! `zpm fill` on a leidinggevende workbook: a team of three, one linked to a filled
//! behandelaar workbook passed in the same call, checked against SPEC 2.4 by hand.

mod taskforce_hulp;

use calamine::Data;
use taskforce_hulp::*;
use zpm::input::form::Soort;

const TEAM: &str = "Team";
const F: &str = "Financieel";

fn team(path: &std::path::Path) {
    use V::*;
    invoer(
        Soort::Leidinggevende,
        &[
            // M100: week totals left empty: taken from behandelaar-jan.xlsx.
            (TEAM, "A6", T("M100")),
            (TEAM, "B6", T("Jan de Vries")),
            (TEAM, "C6", T("GZ-psycholoog")),
            (TEAM, "D6", N(36.0)),
            // M200: typed.
            (TEAM, "A7", T("M200")),
            (TEAM, "B7", T("Fatima El Amrani")),
            (TEAM, "C7", T("psychiater")),
            (TEAM, "D7", N(24.0)),
            (TEAM, "E7", N(22.0)),
            (TEAM, "F7", N(2500.0)),
            // M300: typed, with a decimal comma.
            (TEAM, "A8", T("M300")),
            (TEAM, "B8", T("Kees Bakker")),
            (TEAM, "C8", T("verpleegkundig specialist ggz")),
            (TEAM, "D8", N(32.0)),
            (TEAM, "E8", T("18,0")),
            (TEAM, "F8", N(1800.0)),
            (F, "B4", T("Noord")),
            (F, "B5", T("2022-Q1")),
            (F, "B6", N(60000.0)),
            (F, "B7", N(20000.0)),
        ],
        path,
    );
}

#[test]
fn team_of_three_with_one_linked_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let inn = nieuwe_map(dir.path(), "in");
    let jan = inn.join("behandelaar-jan.xlsx");
    taskforce_hulp::jan(&jan);
    let lg = inn.join("team-noord.xlsx");
    team(&lg);
    let out = dir.path().join("uit");
    // The team workbook comes first: fill must compute the behandelaar workbook before it.
    fill([&lg, &jan], &out)
        .arg("--tarieven")
        .arg(tarieven())
        .assert()
        .code(0);
    let uit = out.join("team-noord.xlsx");
    let r = blad(&uit, "Resultaat");
    // Jan's week (see taskforce_behandelaar.rs): 616.3 normed minutes, € 1230.
    let jan_uren = 616.3 / 60.0;
    // Σ genormeerd = 10.27 + 22 + 18; Σ omzet = 1230 + 2500 + 1800 = 5530.
    gelijk(
        getal(&r, "Genormeerde tijd per week (uren)"),
        jan_uren + 40.0,
    );
    gelijk(getal(&r, "Omzet per week (€)"), 5530.0);
    // 2022-Q1 has 64 of 260 weekdays: 5530 × 1569 / 36 × 0.95 × 64 / 260.
    let periode = 5530.0 * 1569.0 / 36.0 * 0.95 * 64.0 / 260.0;
    gelijk(getal(&r, "Omzet in de periode (€)"), periode);
    gelijk(getal(&r, "Begroting omzet (€)"), 60000.0);
    gelijk(getal(&r, "Verschil met begroting (€)"), periode - 60000.0);
    gelijk(getal(&r, "Realisatie t.o.v. begroting"), periode / 60000.0);
    // December 2021 × 3 months = 60000.
    gelijk(getal(&r, "Realisatie december 2021 × maanden (€)"), 60000.0);
    gelijk(
        getal(&r, "Verschil met december 2021 (€)"),
        periode - 60000.0,
    );
    gelijk(
        getal(&r, "Realisatie t.o.v. december 2021"),
        periode / 60000.0,
    );
    // FTE = (36 + 24 + 32) / 36; weeknorm 0.85 × 92 = 78.2.
    gelijk(getal(&r, "FTE"), 92.0 / 36.0);
    gelijk(getal(&r, "Weeknorm (uren)"), 78.2);
    // Room: below 90% of 0.85 × uren: M100 10.27 / 30.6 = 34%, M300 18 / 27.2 = 66%;
    // M200 22 / 20.4 = 108% has none. Lowest first.
    let kop = rij_van(&r, "Wie heeft ruimte over?") + 1;
    assert_eq!(
        r.get_value((kop, 0)),
        Some(&Data::String("Medewerker".into()))
    );
    assert_eq!(
        r.get_value((kop + 1, 0)),
        Some(&Data::String("M100".into()))
    );
    assert_eq!(
        r.get_value((kop + 2, 0)),
        Some(&Data::String("M300".into()))
    );
    gelijk(num(r.get_value((kop + 1, 4)).unwrap()), jan_uren / 30.6);
    gelijk(num(r.get_value((kop + 2, 5)).unwrap()), 27.2 - 18.0);
    assert_ne!(
        r.get_value((kop + 3, 0)),
        Some(&Data::String("M200".into()))
    );

    // The Team sheet keeps the typed cells (a number typed as text, "18,0", as the number)
    // and adds the computed columns.
    let t = blad(&uit, TEAM);
    assert_eq!(at(&t, "E6"), Data::Empty);
    assert_eq!(at(&t, "E8"), Data::Float(18.0));
    assert_eq!(
        at(&t, "G6"),
        Data::String("werkmap behandelaar-jan.xlsx".into())
    );
    gelijk(num(&at(&t, "H6")), jan_uren);
    gelijk(num(&at(&t, "I6")), 1230.0);
    assert_eq!(at(&t, "G7"), Data::String("getypt".into()));
    gelijk(num(&at(&t, "J7")), 20.4);
    gelijk(num(&at(&t, "K7")), 22.0 / 20.4);
    assert_eq!(at(&t, "L7"), Data::String("In balans".into()));

    // A tab per person, named after the person.
    let namen = bladen(&uit);
    for n in ["Jan de Vries", "Fatima El Amrani", "Kees Bakker"] {
        assert!(namen.contains(&n.to_string()), "{namen:?}");
    }
    let p = blad(&uit, "Jan de Vries");
    gelijk(getal(&p, "Genormeerde tijd per week (uren)"), jan_uren);
    assert_eq!(tekst(&p, "Bron"), "werkmap behandelaar-jan.xlsx");
    gelijk(getal(&p, "Tijd voor zorg (uren)"), 32.0);
    // The behandelaar workbook was written too.
    assert!(out.join("behandelaar-jan.xlsx").is_file());
}

#[test]
fn a_team_row_without_figures_is_an_error() {
    use V::*;
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("team.xlsx");
    invoer(
        Soort::Leidinggevende,
        &[
            (TEAM, "A6", T("M9")),
            (TEAM, "D6", N(36.0)),
            (F, "B5", T("2022-03")),
        ],
        &f,
    );
    let out = dir.path().join("uit");
    let a = fill([&f], &out).assert().code(1);
    let err = stderr(&a);
    assert!(
        err.contains("team.xlsx, Team: medewerker M9: no week totals"),
        "{err}"
    );
    let r = blad(&out.join("team.xlsx"), "Resultaat");
    gelijk(getal(&r, "Omzet in de periode (€)"), 0.0);
    assert_eq!(waarde(&r, "Verschil met begroting (€)"), Data::Empty);
}
