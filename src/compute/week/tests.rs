use super::*;
use crate::domain::beroepscategorie::Beroepscategorie;

fn refs() -> Referentie {
    Referentie::embedded().unwrap()
}

fn gz() -> BehandelaarGegevens {
    BehandelaarGegevens {
        medewerker: "M1".into(),
        naam: "Jan".into(),
        team: "Noord".into(),
        beroep: "gz-psycholoog".into(),
        categorie: Some(Beroepscategorie::GzPsycholoog),
        setting: 1,
        uren_per_week: 36.0,
        jaar: 2022,
        npg_uren: Some(4.0),
        afwezig: 4.0,
        vrijstelling: 0.0,
    }
}

fn regel(soort: Activiteit, directe: f64, geplande: Option<f64>, aantal: u32) -> AgendaRegel {
    AgendaRegel {
        rij: 5,
        soort,
        directe,
        geplande,
        aantal,
        groep: 0,
        reistijd: 0.0,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn rows_are_valued_once_and_multiplied() {
    let r = refs();
    let p = gz();
    // 3 × consult behandeling 60: 3 × (60 + 11.3) = 213.9 normed, 3 × € 143.71 = € 431.13.
    let u = waardeer_regel(
        &regel(Activiteit::ConsultBehandeling, 60.0, None, 3),
        &p,
        &r,
    );
    assert!(close(u.genormeerd_min(), 213.9));
    assert!(close(u.indirect_min(), 33.9));
    assert_eq!(u.omzet_cents(), 43_113);
    // Planning = Realisatie: planned 45, realised 29 → realised 29 counts: class 15.
    let u = waardeer_regel(
        &regel(Activiteit::ConsultBehandeling, 29.0, Some(45.0), 1),
        &p,
        &r,
    );
    assert_eq!(u.w.klasse, Some(15));
    assert!(close(u.genormeerd_min(), 29.0 + 9.7));
    assert_eq!(u.omzet_cents(), 4_989);
    // Planned 45, realised 30 → planned 45 counts: 45 + 15 = 60 normed, € 120.99.
    let u = waardeer_regel(
        &regel(Activiteit::ConsultBehandeling, 30.0, Some(45.0), 1),
        &p,
        &r,
    );
    assert!(close(u.genormeerd_min(), 60.0));
    assert_eq!(u.omzet_cents(), 12_099);
    // Reistijd on overleg is ignored (reistijd belongs to consults).
    let mut g = regel(Activiteit::Overleg, 20.0, None, 1);
    g.reistijd = 30.0;
    let u = waardeer_regel(&g, &p, &r);
    assert!(close(u.genormeerd_min(), 20.0));
    assert_eq!(u.omzet_cents(), 6_729);
}

#[test]
fn week_sums_and_flags() {
    let r = refs();
    let p = gz();
    let rows = [
        regel(Activiteit::ConsultBehandeling, 45.0, None, 2),
        regel(Activiteit::ConsultDiagnostiek, 4.0, None, 1),
        regel(Activiteit::NietPatientgebonden, 60.0, None, 1),
    ];
    let u: Vec<RegelUitkomst> = rows.iter().map(|g| waardeer_regel(g, &p, &r)).collect();
    let w = tel_week(&u);
    // 2 × 45 + 4 direct; 2 × 15 indirect; normed 94 + 30 = 124; npg apart.
    assert!(close(w.som.direct_min, 94.0));
    assert!(close(w.som.indirect_min, 30.0));
    assert!(close(w.som.genormeerd_min, 124.0));
    assert!(close(w.som.npg_min, 60.0));
    assert_eq!(w.som.omzet_cents, 2 * 12_099);
    assert_eq!(w.consulten, 2);
    assert_eq!(w.onder_5, 1);
    assert_eq!(w.per_klasse.get(&("behandeling", 45)), Some(&2));
}

#[test]
fn week_result_and_year_view() {
    let k = refs().keten;
    let p = gz();
    let w = Week {
        som: Som {
            direct_min: 900.0,
            indirect_min: 300.0,
            genormeerd_min: 1200.0,
            omzet_cents: 150_000,
            ..Som::default()
        },
        ..Week::default()
    };
    let res = resultaat(&w, &p, &k);
    // 36 − 4 afwezig = 32 beschikbaar; − 4 npg = 28 tijd voor zorg; 20 h normed.
    assert!(close(res.beschikbaar, 32.0));
    assert!(close(res.tijd_voor_zorg, 28.0));
    assert!(close(res.genormeerd, 20.0));
    assert!(close(res.verschil, 8.0));
    assert!(close(res.verhouding.unwrap(), 20.0 / 28.0));
    assert_eq!(res.signaal, Signaal::RuimteInAgenda);
    // Jaarnorm 1569 × 0.85 × 0.95 = 1266.9675; per jaar 20 × 1569 / 36 × 0.95.
    assert!(close(res.jaarnorm, 1266.9675));
    assert!(close(res.per_jaar, 20.0 * 1569.0 / 36.0 * 0.95));
    assert!(close(res.realisatie_jaar, 20.0 / (36.0 * 0.85)));
    assert!(close(res.omzet, 1500.0));
    // Without hours: no time for care.
    let mut q = gz();
    q.uren_per_week = 0.0;
    let res = resultaat(&w, &q, &k);
    assert_eq!(res.signaal, Signaal::GeenBeschikbareTijd);
    assert_eq!(res.per_jaar, 0.0);
}

#[test]
fn npg_from_the_agenda_when_not_typed() {
    let k = refs().keten;
    let mut p = gz();
    p.npg_uren = None;
    p.afwezig = 0.0;
    let w = Week {
        som: Som {
            npg_min: 180.0,
            ..Som::default()
        },
        ..Week::default()
    };
    assert!(close(resultaat(&w, &p, &k).tijd_voor_zorg, 33.0));
}

#[test]
fn the_four_fillings_of_240_minutes() {
    let r = refs();
    let s = alle_scenarios(&[], &gz(), &r);
    assert_eq!(s.len(), 4);
    // 4 × (60 + 11.3); 16 × (15 + 9.7); 8 × (30 + 12.2); 5 × (45 + 15) + (15 + 9.7).
    let normed: Vec<f64> = s.iter().map(|s| s.som.genormeerd_min).collect();
    for (a, b) in normed.iter().zip([285.2, 395.2, 337.6, 324.7]) {
        assert!(close(*a, b), "{a} vs {b}");
    }
    assert!(s.iter().all(|s| close(s.som.direct_min, 240.0)));
    // 2022 GZ-psycholoog setting 1: 4 × 143.71; 16 × 49.89; 8 × 85.16; 5 × 120.99 + 49.89.
    let omzet: Vec<i64> = s.iter().map(|s| s.som.omzet_cents).collect();
    assert_eq!(omzet, [57_484, 79_824, 68_128, 65_484]);
    assert_eq!(s[3].invulling, "5 × 45 + 1 × 15");
}

#[test]
fn own_scenarios_group_rows_by_name() {
    let r = refs();
    let eigen = [
        EigenRegel {
            rij: 23,
            scenario: "Mix".into(),
            soort: Activiteit::ConsultDiagnostiek,
            aantal: 2,
            minuten: 60.0,
            groep: 0,
        },
        EigenRegel {
            rij: 24,
            scenario: "Mix".into(),
            soort: Activiteit::ConsultBehandeling,
            aantal: 2,
            minuten: 60.0,
            groep: 0,
        },
    ];
    let s = alle_scenarios(&eigen, &gz(), &r);
    assert_eq!(s.len(), 5);
    // 2 × (60 + 21.0) + 2 × (60 + 11.3) = 304.6; 2 × 163.37 + 2 × 143.71 = 614.16.
    assert!(close(s[4].som.genormeerd_min, 304.6));
    assert_eq!(s[4].som.omzet_cents, 61_416);
}
