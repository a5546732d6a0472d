//! The figures of a kliniek workbook (SPEC 1.9, 2.4): verblijfsdagen (typed, or beds ×
//! occupancy × calendar days), hours of vaktherapie and dagbesteding the tariff pays for, the
//! FTE that allows, and the difference with the current FTE; per afdeling and in total.

use crate::domain::message::Melding;
use crate::domain::periode::Periode;
use crate::input::form::kliniek::AFDELINGEN;
use crate::input::form::kliniek::read::{Afdeling, KliniekIngevuld};
use crate::rules::keten::NormKeten;
use crate::rules::kliniek_normen::KliniekNormen;
use crate::rules::kliniek_normen::NormRij;

/// One afdeling computed; `None` where a figure cannot be computed.
#[derive(Debug, Clone, PartialEq)]
pub struct AfdelingUitkomst {
    /// The afdeling as read.
    pub afd: Afdeling,
    /// Verblijfsdagen used.
    pub dagen: Option<f64>,
    /// True when the days came from beds × occupancy.
    pub uit_bedden: bool,
    /// The norm row used.
    pub norm: Option<NormRij>,
    /// Uren vaktherapie.
    pub uren_vak: Option<f64>,
    /// Uren dagbesteding.
    pub uren_dag: Option<f64>,
    /// FTE vaktherapie toegestaan.
    pub fte_vak: Option<f64>,
    /// FTE dagbesteding toegestaan.
    pub fte_dag: Option<f64>,
}

impl AfdelingUitkomst {
    /// Verschil FTE vaktherapie = huidig − toegestaan.
    pub fn verschil_vak(&self) -> Option<f64> {
        self.fte_vak.map(|t| self.afd.fte_vak - t)
    }

    /// Verschil FTE dagbesteding = huidig − toegestaan.
    pub fn verschil_dag(&self) -> Option<f64> {
        self.fte_dag.map(|t| self.afd.fte_dag - t)
    }
}

/// The row "Totaal".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KliniekTotaal {
    /// Σ verblijfsdagen (known ones).
    pub dagen: f64,
    /// Σ uren vaktherapie (afdelingen with a norm).
    pub uren_vak: f64,
    /// Σ uren dagbesteding.
    pub uren_dag: f64,
    /// FTE vaktherapie toegestaan.
    pub fte_vak: Option<f64>,
    /// FTE dagbesteding toegestaan.
    pub fte_dag: Option<f64>,
    /// Σ FTE vaktherapie huidig.
    pub huidig_vak: f64,
    /// Σ FTE dagbesteding huidig.
    pub huidig_dag: f64,
    /// Verschil FTE vaktherapie, only when every afdeling could be computed.
    pub verschil_vak: Option<f64>,
    /// Verschil FTE dagbesteding, likewise.
    pub verschil_dag: Option<f64>,
}

/// The computed kliniek.
#[derive(Debug, Clone, PartialEq)]
pub struct Kliniek {
    /// Per afdeling.
    pub afdelingen: Vec<AfdelingUitkomst>,
    /// Totaal.
    pub totaal: KliniekTotaal,
    /// The period, if usable.
    pub periode: Option<Periode>,
    /// Hours one FTE works productively in the period (`None` without a period).
    pub uren_per_fte: Option<f64>,
    /// Where the norms came from.
    pub normbron: String,
    /// Problems found (reading and computing).
    pub meldingen: Vec<Melding>,
}

/// `1569 × wd_p / wd_y × (1 − 0.05) × 0.85`: productive hours of one FTE in the period.
pub fn uren_per_fte(k: &NormKeten, p: &Periode) -> f64 {
    k.uren_per_fte(p.jaarfractie())
}

/// Verblijfsdagen from beds: bedden × bezetting × calendar days (not rounded).
pub fn dagen_uit_bedden(bedden: f64, bezetting: f64, p: &Periode) -> f64 {
    bedden * bezetting * f64::from(p.dagen())
}

/// Hours from days and minutes per day.
pub fn uren(dagen: f64, min_per_dag: f64) -> f64 {
    dagen * min_per_dag / 60.0
}

/// Computes every afdeling and the total with `normen`.
pub fn bereken(ing: &KliniekIngevuld, normen: &KliniekNormen, k: &NormKeten) -> Kliniek {
    let mut meldingen = ing.meldingen.clone();
    let per_fte = ing.periode.map(|p| uren_per_fte(k, &p));
    let blad = AFDELINGEN.naam;
    let mut afdelingen = Vec::new();
    for a in &ing.afdelingen {
        let (dagen, uit_bedden) = match (a.dagen, a.bedden, a.bezetting, ing.periode) {
            (Some(d), b, _, _) => {
                if b.is_some() {
                    meldingen.push(Melding::opmerking(
                        blad,
                        None,
                        format!("{}: Verblijfsdagen is given, so Bedden and Bezetting % are not used", a.naam),
                        format!("{}: Verblijfsdagen is ingevuld, dus Bedden en Bezetting % zijn niet gebruikt", a.naam),
                    ));
                }
                (Some(d), false)
            }
            (None, Some(b), Some(z), Some(p)) => (Some(dagen_uit_bedden(b, z, &p)), true),
            (None, Some(_), Some(_), None) => {
                meldingen.push(Melding::fout(
                    blad,
                    None,
                    format!(
                        "{}: verblijfsdagen from beds need a Periode on sheet Kliniek",
                        a.naam
                    ),
                    format!(
                        "{}: verblijfsdagen uit bedden vragen een Periode op het blad Kliniek",
                        a.naam
                    ),
                ));
                (None, false)
            }
            (None, Some(_), None, _) if !a.fout => {
                meldingen.push(Melding::fout(
                    blad,
                    None,
                    format!("{}: Bedden is given but Bezetting % is empty", a.naam),
                    format!("{}: Bedden is ingevuld maar Bezetting % is leeg", a.naam),
                ));
                (None, false)
            }
            (None, None, _, _) if !a.fout => {
                meldingen.push(Melding::fout(
                    blad,
                    None,
                    format!(
                        "{}: expected Verblijfsdagen, or Bedden and Bezetting %",
                        a.naam
                    ),
                    format!(
                        "{}: vul Verblijfsdagen in, of Bedden en Bezetting %",
                        a.naam
                    ),
                ));
                (None, false)
            }
            _ => (None, false),
        };
        let norm = a.categorie.and_then(|c| normen.zoek(c, a.niveau)).cloned();
        if let (Some(c), None) = (a.categorie, &norm) {
            let niveau = a.niveau.map_or("geen".to_string(), |n| n.to_string());
            meldingen.push(Melding::fout(
                blad,
                None,
                format!(
                    "{}: no norm for verblijfscategorie {c} and beveiligingsniveau {niveau} ({}); its hours are not computed",
                    a.naam, normen.bron.naam
                ),
                format!(
                    "{}: geen norm voor verblijfscategorie {c} en beveiligingsniveau {niveau} ({}); de uren zijn niet berekend",
                    a.naam, normen.bron.naam
                ),
            ));
        }
        let uren_vak = dagen
            .zip(norm.as_ref())
            .map(|(d, n)| uren(d, n.vaktherapie));
        let uren_dag = dagen
            .zip(norm.as_ref())
            .map(|(d, n)| uren(d, n.dagbesteding));
        let fte = |u: Option<f64>| {
            u.zip(per_fte)
                .map(|(u, f)| if f > 0.0 { u / f } else { 0.0 })
        };
        afdelingen.push(AfdelingUitkomst {
            afd: a.clone(),
            dagen,
            uit_bedden,
            fte_vak: fte(uren_vak),
            fte_dag: fte(uren_dag),
            norm,
            uren_vak,
            uren_dag,
        });
    }
    let totaal = tel_op(&afdelingen, per_fte);
    if totaal.verschil_vak.is_none() && !afdelingen.is_empty() {
        meldingen.push(Melding::opmerking(
            "Resultaat",
            None,
            "the total difference in FTE is left empty: not every afdeling could be computed",
            "het totale verschil in FTE is leeg gelaten: niet elke afdeling kon worden berekend",
        ));
    }
    Kliniek {
        afdelingen,
        totaal,
        periode: ing.periode,
        uren_per_fte: per_fte,
        normbron: normen.bron.naam.clone(),
        meldingen,
    }
}

/// The row "Totaal".
pub fn tel_op(afdelingen: &[AfdelingUitkomst], per_fte: Option<f64>) -> KliniekTotaal {
    let mut t = KliniekTotaal::default();
    for u in afdelingen {
        t.dagen += u.dagen.unwrap_or(0.0);
        t.uren_vak += u.uren_vak.unwrap_or(0.0);
        t.uren_dag += u.uren_dag.unwrap_or(0.0);
        t.huidig_vak += u.afd.fte_vak;
        t.huidig_dag += u.afd.fte_dag;
    }
    let fte = |u: f64| per_fte.map(|f| if f > 0.0 { u / f } else { 0.0 });
    t.fte_vak = fte(t.uren_vak);
    t.fte_dag = fte(t.uren_dag);
    let volledig = !afdelingen.is_empty() && afdelingen.iter().all(|u| u.fte_vak.is_some());
    if volledig {
        t.verschil_vak = t.fte_vak.map(|f| t.huidig_vak - f);
        t.verschil_dag = t.fte_dag.map(|f| t.huidig_dag - f);
    }
    t
}

#[cfg(test)]
#[path = "kliniek_tests.rs"]
mod tests;
