use super::*;
use crate::rules::Referentie;
fn keten() -> NormKeten {
    Referentie::embedded().unwrap().keten
}

fn regel(rij: u32, id: &str, uren: f64, genormeerd: Option<f64>, omzet: Option<f64>) -> TeamRegel {
    TeamRegel {
        rij,
        medewerker: id.into(),
        naam: format!("Naam {id}"),
        beroep: "gz-psycholoog".into(),
        categorie: None,
        uren: Some(uren),
        genormeerd,
        omzet,
        fout: false,
        meldingen: Vec::new(),
    }
}

fn week(id: &str, genormeerd: f64, omzet: f64) -> Weekcijfers {
    Weekcijfers {
        werkmap: format!("behandelaar-{id}.xlsx"),
        medewerker: id.into(),
        naam: "Gekoppeld".into(),
        beroep: "gz-psycholoog".into(),
        uren_per_week: 32.0,
        direct: 0.0,
        genormeerd,
        tijd_voor_zorg: 0.0,
        omzet,
        signaal: Signaal::InBalans,
        met_fouten: false,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn team() -> TeamWeek {
    let ingevuld = TeamIngevuld {
        regels: vec![
            regel(5, "A", 36.0, Some(20.0), Some(2000.0)),
            regel(6, "B", 24.0, Some(22.0), Some(2500.0)),
            regel(7, "c", 32.0, None, None),
        ],
        fin: Financieel {
            team: "Noord".into(),
            periode: Periode::parse("2022-03"),
            begroting: Some(30_000.0),
            dec_2021: Some(25_000.0),
        },
        meldingen: Vec::new(),
    };
    let mut links = Koppelingen::new();
    links.insert(sleutel("C"), vec![week("C", 25.0, 3000.0)]);
    bereken(&ingevuld, &links, &keten())
}

#[test]
fn people_typed_or_linked() {
    let t = team();
    let [a, b, c] = [&t.personen[0], &t.personen[1], &t.personen[2]];
    assert_eq!(a.bron, WeekHerkomst::Getypt);
    assert!(matches!(c.bron, WeekHerkomst::Werkmap(_)));
    // Weeknorm = 0.85 × uren: 30.6, 20.4, 27.2.
    assert!(close(a.weeknorm, 30.6) && close(b.weeknorm, 20.4) && close(c.weeknorm, 27.2));
    // 20 / 30.6 = 65.4% → room; 22 / 20.4 = 107.8%; 25 / 27.2 = 91.9%.
    assert!(a.ruimte && !b.ruimte && !c.ruimte);
    assert_eq!(b.signaal, Signaal::InBalans);
    assert_eq!(c.genormeerd, Some(25.0));
    assert_eq!(met_ruimte(&t).len(), 1);
    assert_eq!(op_realisatie(&t)[0].regel.medewerker, "A");
}

#[test]
fn team_week_and_period() {
    let t = team();
    let k = keten();
    assert!(close(t.genormeerd, 67.0));
    assert!(close(t.omzet, 7500.0));
    assert!(close(t.fte, 92.0 / 36.0));
    assert!(close(t.realisatie, 67.0 / 78.2));
    let p = t.periode.as_ref().unwrap();
    // March 2022: 23 of 260 weekdays; 7500 × 1569 / 36 × 0.95 × 23 / 260.
    let omzet = 7500.0 * 1569.0 / 36.0 * 0.95 * 23.0 / 260.0;
    assert!(close(p.omzet, omzet));
    assert!(close(omzet_in_periode(7500.0, &k, 23.0 / 260.0), omzet));
    assert!(close(p.verschil_begroting.unwrap(), omzet - 30_000.0));
    assert!(close(p.pct_begroting.unwrap(), omzet / 30_000.0));
    assert_eq!(p.dec_maanden, Some(25_000.0));
    assert!(close(p.verschil_dec.unwrap(), omzet - 25_000.0));
}

#[test]
fn missing_week_totals_are_reported() {
    let ingevuld = TeamIngevuld {
        regels: vec![regel(5, "X", 36.0, None, None)],
        fin: Financieel::default(),
        meldingen: Vec::new(),
    };
    let t = bereken(&ingevuld, &Koppelingen::new(), &keten());
    assert_eq!(t.personen[0].bron, WeekHerkomst::Geen);
    assert_eq!(t.personen[0].meldingen.len(), 1);
    assert!(t.periode.is_none());
    // Quarter: December 2021 × 3 months.
    let fin = Financieel {
        periode: Periode::parse("2022-Q2"),
        dec_2021: Some(10.0),
        ..Financieel::default()
    };
    let p = periodecijfers(0.0, &fin, &keten()).unwrap();
    assert_eq!(p.dec_maanden, Some(30.0));
    assert_eq!(p.pct_begroting, None);
}
