use super::*;
use crate::rules::Referentie;
const CSV: &str = "verblijfscategorie,beveiligingsniveau,vaktherapie_min_per_dag,dagbesteding_min_per_dag,bron\n\
    A,,10,20,voorbeeld\nC,*,15,30,voorbeeld\nC,3,18,36,voorbeeld\n";

fn afdeling(rij: u32, naam: &str, cat: char, niveau: Option<u8>) -> Afdeling {
    Afdeling {
        rij,
        naam: naam.into(),
        categorie: Some(cat),
        niveau,
        dagen: None,
        bedden: None,
        bezetting: None,
        fte_vak: 1.0,
        fte_dag: 2.0,
        fout: false,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn kliniek(extra: Option<Afdeling>) -> Kliniek {
    let mut a = afdeling(5, "A", 'A', None);
    a.dagen = Some(1800.0);
    let mut b = afdeling(6, "C3", 'C', Some(3));
    b.bedden = Some(20.0);
    b.bezetting = Some(0.9);
    let mut c = afdeling(7, "C1", 'C', Some(1));
    c.dagen = Some(900.0);
    let mut afdelingen = vec![a, b, c];
    afdelingen.extend(extra);
    let ing = KliniekIngevuld {
        periode: Periode::parse("2022-Q1"),
        instelling: "Test".into(),
        afdelingen,
        normen: None,
        meldingen: Vec::new(),
    };
    let normen = KliniekNormen::load("t.csv", Some(CSV), None).unwrap();
    bereken(&ing, &normen, &Referentie::embedded().unwrap().keten)
}

#[test]
fn afdelingen_and_total() {
    let k = kliniek(None);
    // Q1 2022: 90 calendar days, 64 of 260 weekdays.
    let per_fte = 1569.0 * 64.0 / 260.0 * 0.95 * 0.85;
    assert!(close(k.uren_per_fte.unwrap(), per_fte));
    let [a, b, c] = [&k.afdelingen[0], &k.afdelingen[1], &k.afdelingen[2]];
    // A: 1800 days × 10 / 60 = 300 h vaktherapie, × 20 / 60 = 600 h dagbesteding.
    assert!(close(a.uren_vak.unwrap(), 300.0) && close(a.uren_dag.unwrap(), 600.0));
    // C3: 20 beds × 0.9 × 90 days = 1620 days; × 18 / 60 = 486 h; × 36 / 60 = 972 h.
    assert!(b.uit_bedden && close(b.dagen.unwrap(), 1620.0));
    assert!(close(b.uren_vak.unwrap(), 486.0) && close(b.uren_dag.unwrap(), 972.0));
    // C1: the * row: 900 × 15 / 60 = 225 h.
    assert!(close(c.uren_vak.unwrap(), 225.0));
    assert!(close(a.fte_vak.unwrap(), 300.0 / per_fte));
    assert!(close(a.verschil_vak().unwrap(), 1.0 - 300.0 / per_fte));
    let t = &k.totaal;
    assert!(close(t.dagen, 4320.0));
    assert!(close(t.uren_vak, 1011.0) && close(t.uren_dag, 2022.0));
    assert!(close(t.huidig_vak, 3.0) && close(t.huidig_dag, 6.0));
    assert!(close(t.verschil_vak.unwrap(), 3.0 - 1011.0 / per_fte));
    assert!(k.meldingen.is_empty(), "{:?}", k.meldingen);
}

#[test]
fn an_afdeling_without_norm_is_reported_not_guessed() {
    let mut x = afdeling(8, "B", 'B', None);
    x.dagen = Some(100.0);
    let k = kliniek(Some(x));
    let b = &k.afdelingen[3];
    assert_eq!(b.uren_vak, None);
    assert_eq!(b.verschil_vak(), None);
    assert!(close(k.totaal.uren_vak, 1011.0));
    assert_eq!(k.totaal.verschil_vak, None);
    assert!(
        k.meldingen
            .iter()
            .any(|m| m.en.contains("no norm for verblijfscategorie B"))
    );
}
