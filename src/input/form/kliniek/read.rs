//! Reading a filled kliniek workbook: the period, the afdelingen and the "Normen" sheet.

use crate::domain::message::{Melding, Verwacht};
use crate::domain::periode::Periode;
use crate::input::form::grid::{Werkblad, Werkmap};
use crate::input::form::kliniek::{AFDELINGEN, KLINIEK, NORMEN, kol};
use crate::input::form::read::{Lezer, zoek_kop};
use crate::rules::kliniek_normen::KliniekNormen;
use crate::rules::kliniek_normen::NormRij;
use crate::rules::kliniek_normen::parse_categorie;
use crate::rules::kliniek_normen::parse_niveau;
use crate::rules::kliniek_normen::parse_sleutel;

/// One row of sheet "Afdelingen".
#[derive(Debug, Clone, PartialEq)]
pub struct Afdeling {
    /// The sheet row (0-based).
    pub rij: u32,
    /// Its name.
    pub naam: String,
    /// Verblijfscategorie A–H, if usable.
    pub categorie: Option<char>,
    /// Beveiligingsniveau 1–4 (`None`: none).
    pub niveau: Option<u8>,
    /// Verblijfsdagen as typed.
    pub dagen: Option<f64>,
    /// Bedden.
    pub bedden: Option<f64>,
    /// Bezetting as a fraction.
    pub bezetting: Option<f64>,
    /// Current FTE vaktherapie.
    pub fte_vak: f64,
    /// Current FTE dagbesteding.
    pub fte_dag: f64,
    /// True when a cell of this row could not be read.
    pub fout: bool,
}

/// Everything read from a kliniek workbook.
#[derive(Debug, Clone, PartialEq)]
pub struct KliniekIngevuld {
    /// Periode, if usable.
    pub periode: Option<Periode>,
    /// Instelling.
    pub instelling: String,
    /// The afdelingen.
    pub afdelingen: Vec<Afdeling>,
    /// The norms of sheet "Normen", when it holds rows.
    pub normen: Option<KliniekNormen>,
    /// Problems found.
    pub meldingen: Vec<Melding>,
}

/// Reads the workbook; never fails.
pub fn lees(wm: &Werkmap) -> KliniekIngevuld {
    let mut meldingen = Vec::new();
    let leeg = Werkblad::nieuw(KLINIEK.naam);
    let blad = wm.blad(KLINIEK.naam).unwrap_or(&leeg);
    let rijen = KLINIEK.rijen(blad);
    let mut l = Lezer::nieuw(blad);
    for (v, r) in KLINIEK.velden.iter().zip(&rijen) {
        if r.is_none() {
            l.meldingen
                .push(Melding::label_ontbreekt(&blad.naam, v.label));
        }
    }
    let periode = rijen[0].and_then(|r| l.periode(r, 1));
    let instelling = rijen[1].map(|r| l.tekst(r, 1)).unwrap_or_default();
    meldingen.append(&mut l.meldingen);
    let afdelingen = match wm.blad(AFDELINGEN.naam) {
        Some(b) => lees_afdelingen(b, &mut meldingen),
        None => Vec::new(),
    };
    let normen = wm
        .blad(NORMEN.naam)
        .and_then(|b| lees_normen(b, &wm.bestand, &mut meldingen));
    KliniekIngevuld {
        periode,
        instelling,
        afdelingen,
        normen,
        meldingen,
    }
}

fn lees_afdelingen(blad: &Werkblad, meldingen: &mut Vec<Melding>) -> Vec<Afdeling> {
    let Some(kop) = zoek_kop(&AFDELINGEN, blad, meldingen) else {
        return Vec::new();
    };
    let c = |i: usize| kop.kolom(i);
    let mut l = Lezer::nieuw(blad);
    let mut uit = Vec::new();
    for r in kop.rij + 1..=blad.laatste_rij() {
        if (kol::AFDELING..=kol::FTE_DAG).all(|i| c(i).is_none_or(|k| blad.leeg(r, k))) {
            continue;
        }
        let voor = l.meldingen.len();
        let naam = c(kol::AFDELING)
            .map(|k| l.tekst(r, k))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| format!("(regel {})", r + 1));
        let cat_tekst = c(kol::CATEGORIE).map(|k| l.tekst(r, k)).unwrap_or_default();
        let categorie = parse_categorie(&cat_tekst);
        if categorie.is_none() {
            l.fout(
                r,
                c(kol::CATEGORIE).unwrap_or(0),
                format!("expected a verblijfscategorie A-H, found \"{cat_tekst}\""),
                format!("verwacht een verblijfscategorie A-H, gevonden \"{cat_tekst}\""),
            );
        }
        let niveau = match c(kol::NIVEAU) {
            Some(k) => {
                let t = l.tekst(r, k);
                parse_niveau(&t).unwrap_or_else(|_| {
                    l.fout(
                        r,
                        k,
                        format!("expected a beveiligingsniveau 1-4 (or empty), found \"{t}\""),
                        format!("verwacht een beveiligingsniveau 1-4 (of leeg), gevonden \"{t}\""),
                    );
                    None
                })
            }
            None => None,
        };
        let getal = |l: &mut Lezer, i: usize, v: Verwacht| match c(i) {
            Some(k) => l.getal(r, k, v, 0.0, 1.0e7).ok().flatten(),
            None => None,
        };
        let dagen = getal(&mut l, kol::DAGEN, Verwacht::Dagen);
        let bedden = getal(&mut l, kol::BEDDEN, Verwacht::Bedden);
        let fte_vak = getal(&mut l, kol::FTE_VAK, Verwacht::Fte).unwrap_or(0.0);
        let fte_dag = getal(&mut l, kol::FTE_DAG, Verwacht::Fte).unwrap_or(0.0);
        let bezetting = c(kol::BEZETTING).and_then(|k| l.fractie(r, k).ok().flatten());
        uit.push(Afdeling {
            rij: r,
            naam,
            categorie,
            niveau,
            dagen,
            bedden,
            bezetting,
            fte_vak,
            fte_dag,
            fout: l.meldingen.len() > voor,
        });
    }
    meldingen.append(&mut l.meldingen);
    uit
}

/// The norms of sheet "Normen", or `None` when it holds no rows (then the file's or the
/// embedded norms apply). Bad rows are reported and left out.
fn lees_normen(
    blad: &Werkblad,
    bestand: &str,
    meldingen: &mut Vec<Melding>,
) -> Option<KliniekNormen> {
    let kop = NORMEN.zoek(blad)?;
    let c = |i: usize| kop.kolom(i);
    let mut l = Lezer::nieuw(blad);
    let mut t = KliniekNormen {
        rijen: Vec::new(),
        bron: crate::domain::bron::Bron {
            naam: format!("blad Normen van {bestand}"),
            ..Default::default()
        },
    };
    let mut gevuld = false;
    for r in kop.rij + 1..=blad.laatste_rij() {
        if (0..4).all(|i| c(i).is_none_or(|k| blad.leeg(r, k))) {
            continue;
        }
        gevuld = true;
        let k0 = c(0).unwrap_or(0);
        let cat_tekst = l.tekst(r, k0);
        let categorie = parse_categorie(&cat_tekst);
        if categorie.is_none() {
            l.fout(
                r,
                k0,
                format!("expected a verblijfscategorie A-H, found \"{cat_tekst}\""),
                format!("verwacht een verblijfscategorie A-H, gevonden \"{cat_tekst}\""),
            );
        }
        let niveau_tekst = c(1).map(|k| l.tekst(r, k)).unwrap_or_default();
        let niveau = parse_sleutel(&niveau_tekst).ok();
        if niveau.is_none() {
            l.fout(
                r,
                c(1).unwrap_or(0),
                format!("expected a beveiligingsniveau 1-4, * or empty, found \"{niveau_tekst}\""),
                format!(
                    "verwacht een beveiligingsniveau 1-4, * of leeg, gevonden \"{niveau_tekst}\""
                ),
            );
        }
        let min = |l: &mut Lezer, i: usize, wat: &str| {
            let k = c(i)?;
            match l.getal(r, k, Verwacht::Minuten, 0.0, 1440.0) {
                Ok(Some(v)) => Some(v),
                Ok(None) => {
                    l.meldingen
                        .push(Melding::leeg(&blad.naam, (r, k), wat, Verwacht::Minuten));
                    None
                }
                Err(_) => None,
            }
        };
        let vak = min(&mut l, 2, "Vaktherapie (min per dag)");
        let dag = min(&mut l, 3, "Dagbesteding (min per dag)");
        if let (Some(categorie), Some(niveau), Some(vaktherapie), Some(dagbesteding)) =
            (categorie, niveau, vak, dag)
        {
            let bron = c(4).map(|k| l.tekst(r, k)).unwrap_or_default();
            let rij = NormRij {
                categorie,
                niveau,
                vaktherapie,
                dagbesteding,
                bron,
            };
            if let Err(e) = t.voeg_toe(rij) {
                l.fout(r, k0, e.to_string(), format!("dubbele normregel: {e}"));
            }
        }
    }
    meldingen.append(&mut l.meldingen);
    gevuld.then_some(t)
}
