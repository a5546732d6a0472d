//! Hand-worked valuations against SPEC 1.1–1.6.

use super::*;
use crate::domain::beroepscategorie::Beroepscategorie::*;

fn refs() -> Referentie {
    let mut r = Referentie::embedded().unwrap();
    r.tarieven
        .load(
            "t.csv",
            Some(
                "jaar,prestatie,setting,beroepscategorie,type,klasse,tarief,bron\n\
        2022,groepsconsult,*,*,,6,20.00,voorbeeld\n\
        2022,toeslag_reistijd,1,*,ggz,25,30.00,voorbeeld\n\
        2022,toeslag_reistijd,1,*,ggz,0,10.00,voorbeeld\n",
            ),
            None,
        )
        .unwrap();
    r
}

fn consult(soort: Activiteit, direct: f64, gepland: Option<f64>) -> Invoer {
    Invoer {
        soort,
        directe_min: direct,
        geplande_min: gepland,
        groepsgrootte: 0,
        reistijd_min: 0.0,
        setting: 1,
        jaar: 2022,
        categorie: Some(GzPsycholoog),
        code: None,
        contract_bp: 10_000,
    }
}

#[test]
fn consult_45_planned_30_realised_is_class_45() {
    let w = waardeer(
        &consult(Activiteit::ConsultBehandeling, 30.0, Some(45.0)),
        &refs(),
    );
    assert_eq!(w.klasse, Some(45));
    assert_eq!(w.direct_min, 45.0);
    assert_eq!(w.indirect_min, 15.0);
    assert_eq!(w.genormeerd_min, 60.0);
    assert_eq!(w.omzet_cents, 12_099);
    assert!(w.declarabel);
}

#[test]
fn planned_45_realised_29_is_class_15() {
    let w = waardeer(
        &consult(Activiteit::ConsultDiagnostiek, 29.0, Some(45.0)),
        &refs(),
    );
    assert_eq!(w.klasse, Some(15));
    assert_eq!(w.direct_min, 29.0);
    assert!((w.genormeerd_min - 44.4).abs() < 1e-9); // 29 + 15.4
    assert_eq!(w.omzet_cents, 6_131);
}

#[test]
fn consult_under_5_counts_time_but_no_prestatie() {
    let mut inv = consult(Activiteit::ConsultBehandeling, 4.0, None);
    inv.reistijd_min = 20.0;
    let w = waardeer(&inv, &refs());
    assert!(w.onder_5 && !w.declarabel);
    assert_eq!(
        (w.direct_min, w.indirect_min, w.reistijd_min),
        (4.0, 0.0, 20.0)
    );
    assert_eq!(w.genormeerd_min, 24.0);
    assert_eq!((w.omzet_cents, w.prestaties), (0, 0));
}

#[test]
fn group_of_6_for_90_minutes_is_3_blocks_and_18_prestaties() {
    let inv = Invoer {
        groepsgrootte: 6,
        ..consult(Activiteit::Groepsconsult, 90.0, None)
    };
    let w = waardeer(&inv, &refs());
    assert_eq!((w.blokken, w.prestaties), (3, 18));
    assert!((w.indirect_min - 36.6).abs() < 1e-9);
    assert!((w.genormeerd_min - 126.6).abs() < 1e-9);
    assert_eq!(w.omzet_cents, 18 * 2_000);
}

#[test]
fn overleg_is_kort_up_to_15_and_lang_above() {
    let kort = waardeer(&consult(Activiteit::Overleg, 15.0, Some(60.0)), &refs());
    assert_eq!(
        (
            kort.omzet_cents,
            kort.overleg_min,
            kort.direct_min,
            kort.genormeerd_min
        ),
        (2_207, 15.0, 0.0, 15.0)
    );
    let lang = waardeer(&consult(Activiteit::Overleg, 16.0, None), &refs());
    assert_eq!(lang.omzet_cents, 6_729);
}

#[test]
fn reistijd_toeslag_vanaf_25_in_ggz() {
    let mut inv = consult(Activiteit::ConsultBehandeling, 45.0, None);
    inv.reistijd_min = 25.0;
    let w = waardeer(&inv, &refs());
    assert_eq!(w.toeslag_cents, 3_000);
    assert_eq!(w.omzet_cents, 12_099 + 3_000);
    assert_eq!(w.genormeerd_min, 45.0 + 15.0 + 25.0);
    inv.reistijd_min = 24.9;
    assert_eq!(waardeer(&inv, &refs()).toeslag_cents, 1_000);
}

#[test]
fn missing_tariff_keeps_time_and_names_the_key() {
    let mut inv = consult(Activiteit::ConsultBehandeling, 45.0, None);
    inv.setting = 7;
    let w = waardeer(&inv, &refs());
    assert_eq!(w.omzet_cents, 0);
    assert_eq!(w.genormeerd_min, 60.0);
    let k = w.ontbreekt.unwrap();
    assert_eq!(
        k.to_string(),
        "2022 consult setting 7 gz_psycholoog behandeling klasse 45"
    );
}

#[test]
fn beroep_that_cannot_declare_gets_no_indirect_time_nor_revenue() {
    let mut inv = consult(Activiteit::ConsultBehandeling, 45.0, None);
    inv.categorie = None;
    inv.reistijd_min = 10.0;
    let w = waardeer(&inv, &refs());
    assert_eq!(
        (
            w.direct_min,
            w.indirect_min,
            w.genormeerd_min,
            w.omzet_cents
        ),
        (45.0, 0.0, 55.0, 0)
    );
    assert!(!w.declarabel && w.ontbreekt.is_none());
    let g = waardeer(
        &Invoer {
            groepsgrootte: 6,
            categorie: None,
            code: None,
            contract_bp: 10_000,
            ..consult(Activiteit::Groepsconsult, 90.0, None)
        },
        &refs(),
    );
    assert_eq!(
        (g.genormeerd_min, g.omzet_cents, g.prestaties),
        (90.0, 0, 0)
    );
}

#[test]
fn contract_percentage_rounds_each_tariff() {
    let r = refs();
    let inv = Invoer {
        groepsgrootte: 6,
        contract_bp: 8_500,
        ..consult(Activiteit::Groepsconsult, 90.0, None)
    };
    let w = waardeer(&inv, &r);
    assert_eq!(w.omzet_contract_cents, 18 * 1_700);
    assert_eq!(w.omzet_cents, 18 * 2_000); // the maximum stays the maximum
    let c = Invoer {
        contract_bp: 8_500,
        ..consult(Activiteit::ConsultBehandeling, 45.0, None)
    };
    assert_eq!(waardeer(&c, &r).omzet_contract_cents, 10_284);
}

#[test]
fn activiteit_names_fold() {
    assert_eq!(
        Activiteit::parse("Behandeling"),
        Some(Activiteit::ConsultBehandeling)
    );
    assert_eq!(
        Activiteit::parse("Consult behandeling"),
        Some(Activiteit::ConsultBehandeling)
    );
    assert_eq!(
        Activiteit::parse("consult_behandeling"),
        Some(Activiteit::ConsultBehandeling)
    );
    assert_eq!(
        Activiteit::parse("NPG"),
        Some(Activiteit::NietPatientgebonden)
    );
    assert_eq!(
        Activiteit::parse("Niet-patiëntgebonden"),
        Some(Activiteit::NietPatientgebonden)
    );
    assert_eq!(Activiteit::parse("telefoontje"), None);
}

/// The tariffs the code tests price by (voorbeeld figures).
fn code_refs() -> Referentie {
    let mut r = refs();
    r.tarieven
        .load(
            "c.csv",
            Some(
                "jaar,prestatie,setting,beroepscategorie,type,klasse,tarief,bron\n\
        2022,consult,2,psychotherapeut,behandeling,45,150.00,voorbeeld\n\
        2022,intercollegiaal_overleg,2,*,kort,,25.00,voorbeeld\n\
        2022,intercollegiaal_overleg,2,*,lang,,75.00,voorbeeld\n",
            ),
            None,
        )
        .unwrap();
    r
}

fn code(prestatie: Prestatie, setting: u8, soort: &'static str, klasse: Option<u16>) -> TariefKey {
    TariefKey {
        jaar: 2021, // a list's year is not the activity's: 2022 prices it
        prestatie,
        setting: Some(setting),
        categorie: Some(Psychotherapeut),
        soort,
        klasse,
    }
}

#[test]
fn a_code_decides_class_setting_and_categorie_and_the_minutes_stay() {
    let r = code_refs();
    let mut inv = consult(Activiteit::ConsultBehandeling, 30.0, None);
    inv.code = Some(code(Prestatie::Consult, 2, "behandeling", Some(45)));
    let w = waardeer(&inv, &r);
    assert_eq!(w.klasse, Some(45));
    assert!(w.klasse_wijkt_af);
    assert_eq!(w.direct_min, 30.0);
    assert_eq!(w.indirect_min, 15.0); // behandeling 45
    assert_eq!(w.omzet_cents, 15_000); // setting 2 psychotherapeut, not setting 1 gz
    // Declared is declared: 3 minutes under a code still count as the code's consult.
    inv.directe_min = 3.0;
    let w = waardeer(&inv, &r);
    assert!(w.declarabel && !w.onder_5);
    assert_eq!((w.prestaties, w.omzet_cents), (1, 15_000));
    // 50 minutes is class 45: no flag.
    inv.directe_min = 50.0;
    assert!(!waardeer(&inv, &r).klasse_wijkt_af);
}

#[test]
fn an_overleg_code_and_a_group_code_decide_kort_lang_and_the_size() {
    let r = code_refs();
    let mut inv = consult(Activiteit::Overleg, 20.0, None);
    inv.code = Some(code(Prestatie::IntercollegiaalOverleg, 2, "kort", None));
    let w = waardeer(&inv, &r);
    assert_eq!((w.omzet_cents, w.overleg_min), (2_500, 20.0));
    assert!(w.klasse_wijkt_af); // 20 minutes is lang
    let mut g = consult(Activiteit::Groepsconsult, 60.0, None);
    g.code = Some(TariefKey {
        setting: None,
        categorie: None,
        ..code(Prestatie::Groepsconsult, 1, "", Some(6))
    });
    let w = waardeer(&g, &r);
    // 2 blocks × 6 participants at € 20,00 (the row names no size: no flag)
    assert_eq!((w.prestaties, w.omzet_cents), (12, 24_000));
    assert!(!w.klasse_wijkt_af);
    g.groepsgrootte = 5;
    let w = waardeer(&g, &r);
    assert_eq!(w.prestaties, 12);
    assert!(w.klasse_wijkt_af);
}

#[test]
fn a_toeslag_code_earns_its_toeslag_on_a_travel_row() {
    let r = code_refs();
    let mut inv = consult(Activiteit::Reistijd, 30.0, None);
    inv.code = Some(TariefKey {
        categorie: None,
        ..code(Prestatie::ToeslagReistijd, 1, "ggz", Some(25))
    });
    let w = waardeer(&inv, &r);
    assert_eq!(
        (w.reistijd_min, w.toeslag_cents, w.omzet_cents),
        (30.0, 3_000, 3_000)
    );
    assert!(!w.klasse_wijkt_af);
    inv.directe_min = 10.0; // under 25 minutes: the code says vanaf 25
    let w = waardeer(&inv, &r);
    assert_eq!(w.omzet_cents, 3_000);
    assert!(w.klasse_wijkt_af);
}

#[test]
fn at_contract_each_tariff_is_rounded_to_the_cent_before_it_is_multiplied() {
    let mut r = refs();
    r.tarieven
        .load(
            "k.csv",
            Some(
                "jaar,prestatie,setting,beroepscategorie,type,klasse,tarief,bron\n\
        2022,groepsconsult,*,*,,3,12.35,voorbeeld\n",
            ),
            None,
        )
        .unwrap();
    // A group of 3 for 90 minutes: 3 blocks × 3 = 9 prestaties of € 12,35.
    let mut g = consult(Activiteit::Groepsconsult, 90.0, None);
    g.groepsgrootte = 3;
    g.contract_bp = 9_250;
    let w = waardeer(&g, &r);
    assert_eq!(w.prestaties, 9);
    assert_eq!(w.omzet_cents, 9 * 1_235);
    // 12,35 × 92,5% = 11,42375 → 11,42 per prestatie, × 9 = 102,78 (not 102,81 = 111,15 × 92,5%)
    assert_eq!(w.tarief_contract_cents, Some(1_142));
    assert_eq!(w.omzet_contract_cents, 10_278);
    // A consult with travel: the consult and the toeslag are each rounded.
    let mut c = consult(Activiteit::ConsultBehandeling, 45.0, None);
    c.reistijd_min = 30.0;
    c.contract_bp = 8_350;
    let w = waardeer(&c, &r);
    let t = w.tarief_cents.unwrap();
    let rond = |x: i64| (x * 8_350 + 5_000) / 10_000;
    assert_eq!(w.toeslag_cents, 3_000);
    assert_eq!(w.omzet_cents, t + 3_000);
    assert_eq!(w.omzet_contract_cents, rond(t) + rond(3_000));
    // At 100% the two are equal.
    c.contract_bp = 10_000;
    let w = waardeer(&c, &r);
    assert_eq!(w.omzet_contract_cents, w.omzet_cents);
}
