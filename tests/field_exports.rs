//! Field-shaped exports (issue 11, SPEC 5): each case of tests/data/field holds one small
//! organisation twice, in zpm's own format (`zpm/`) and the way an EPD, HR or finance system
//! writes it (`veld/`, with `profiel.toml` when the case needs one). Both are run with the same
//! tariffs and period; every behandelaar's figures must agree, the field run must count the rows
//! it left out on purpose, and no output may hold a client id or name of the field export.
//! The files are written by tests/data/field/make.py; the expected `uitgesloten` counts below are
//! the rows that script writes into the field file only (totals rows, `negeren`, status rows).

mod common;

use common::field::*;
use common::*;

macro_rules! cases {
    ($($naam:ident)*) => {
        $(
            #[test]
            fn $naam() {
                check(&case(stringify!($naam)));
            }
        )*
    };
}

cases! {

    // Headers no alias knows, mapped by [epd.kolommen] and [medewerkers.kolommen]; Windows-1252.
    kopnamen
    // Behandelaar/Uitvoerder, Type/Activiteit, Kostenplaats/Afdeling side by side, the losing
    // column first; no profile (SPEC 5.1 precedence).
    paren
    // The EPD's own activity words, with "Reistijd" rows of their own.
    omschrijvingen
    // "Kennismakingsgesprek", "Verslaglegging", "Administratie" = "negeren".
    negeren
    // Status "Niet verschenen" / "Geannuleerd" left out by [epd.uitsluiten]; tab-separated.
    status
    // A "Subtotaal" row after each of 5 medewerkers (one unknown) and a "Totaal" row.
    totaalregel
    // Data on the second sheet below a title block, with a totals row.
    xlsx_titel
    // HR job titles mapped by [medewerkers.beroepen].
    functies
    // Begroting and December 2021 keyed by kostenplaats, mapped by [teams."…"] namen.
    kostenplaats
    // A staff list without settings; [teams."…"] setting per team.
    setting_team
    // samples/veld with its profile zpm.toml: 1 totals row, 52 negeren, 30 status rows.
    samples_veld
}

/// Stand-alone "Reistijd" rows (SPEC 5.4): their minutes are the person's reistijd, normed time
/// without toeslag (SPEC 1.6), worked out by hand from tests/data/field/reistijd/veld.
#[test]
fn reistijd_rows_are_normed_time_without_toeslag() {
    let b = check(&Case::new(
        "reistijd",
        "Activiteiten.csv",
        "Medewerkers.csv",
    ));
    let p = by_person(&b);
    let key = |m: &str, t: &str| (m.to_string(), t.to_string());
    // 4021, GZ-psycholoog, setting 7 (the default): Behandelcontact 45 (planned 45) + Reistijd
    // 30 + Reistijd 20 + Werkoverleg 60. Direct 45; normed 45 + 15.0 (behandeling 45) + 30 + 20.
    let a = &p[&key("4021", "Team Ambulant Noord")];
    close(num(a, "directe_uren"), 45.0 / 60.0, "4021 direct");
    close(num(a, "genormeerde_uren"), 110.0 / 60.0, "4021 normed");
    assert_eq!(a["consulten"], 1);
    assert_eq!(a["clienten"], 1);
    // samples/tarieven-voorbeeld.csv: 2022,consult,7,gz_psycholoog,behandeling,45 = 157.29; no
    // toeslag_reistijd for either travel row.
    close(num(a, "omzet"), 157.29, "4021 omzet");
    // 4028, verpleegkundige: Behandelcontact 60 (no planned time) + Reistijd 25.
    // Normed 60 + 11.3 (behandeling 60) + 25; 2022,consult,7,verpleegkundige,behandeling,60.
    let v = &p[&key("4028", "Team FACT Oost")];
    close(num(v, "genormeerde_uren"), 96.3 / 60.0, "4028 normed");
    close(num(v, "omzet"), 149.46, "4028 omzet");
}
