//! The valuation of one activity (SPEC 1.1–1.6): which minutes count, its class, whether it
//! is declarable, its normative indirect time, normed time and revenue. Used by the monthly
//! batch and by the behandelaar workbook alike, so a figure is computed in one place.

use crate::domain::activiteit::Activiteit;
use crate::domain::activiteit::Prestatie;
use crate::domain::beroepscategorie::Beroepscategorie;
use crate::rules::Referentie;
use crate::rules::klasse::{groepsblokken, klasse, telbare_minuten};
use crate::rules::tarieven::TariefKey;
/// One activity to value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Invoer {
    /// What kind of activity.
    pub soort: Activiteit,
    /// Realised direct minutes.
    pub directe_min: f64,
    /// Planned minutes, if registered (Planning = Realisatie).
    pub geplande_min: Option<f64>,
    /// Group size of a groepsconsult (0 when not given).
    pub groepsgrootte: u32,
    /// Travel minutes on a consult.
    pub reistijd_min: f64,
    /// The resolved setting 1–8 (row, else medewerker, else command line).
    pub setting: u8,
    /// The tariff year (the activity's year).
    pub jaar: i32,
    /// The performer's beroepscategorie; `None` for a beroep that cannot declare.
    pub categorie: Option<Beroepscategorie>,
}

/// The valuation of one activity; minutes are unrounded, money in cents.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Waardering {
    /// The minutes that count (Planning = Realisatie for consults and groups).
    pub minuten: f64,
    /// Consult class bound; `None` for other activities and consults under 5 minutes.
    pub klasse: Option<u16>,
    /// True for a consult that yields a prestatie.
    pub declarabel: bool,
    /// True for a consult under 5 minutes.
    pub onder_5: bool,
    /// Direct minutes (consults and groups).
    pub direct_min: f64,
    /// Normative indirect minutes.
    pub indirect_min: f64,
    /// Intercollegiaal overleg minutes.
    pub overleg_min: f64,
    /// Travel minutes.
    pub reistijd_min: f64,
    /// Non-patient minutes.
    pub npg_min: f64,
    /// Normed minutes: direct + indirect + overleg + reistijd.
    pub genormeerd_min: f64,
    /// Groepsconsult blocks of 30 minutes.
    pub blokken: u32,
    /// Prestaties declared (1 per declarable consult or overleg, blocks × n for a group).
    pub prestaties: u32,
    /// Price of one prestatie in cents, after the contract percentage.
    pub tarief_cents: Option<i64>,
    /// Toeslag reistijd in cents (0 when none).
    pub toeslag_cents: i64,
    /// Revenue in cents: prestaties × tarief + toeslag.
    pub omzet_cents: i64,
    /// The key of a prestatie whose tariff is missing ("tarief ontbreekt").
    pub ontbreekt: Option<TariefKey>,
}

/// Settings 6 and 7 are forensisch (fz); the others ggz (SPEC 1.4).
pub fn is_fz(setting: u8) -> bool {
    matches!(setting, 6 | 7)
}

/// Values one activity (SPEC 1.1–1.6).
pub fn waardeer(inv: &Invoer, r: &Referentie) -> Waardering {
    let mut w = Waardering::default();
    let cat = inv.categorie;
    let key = |prestatie, setting, soort, klasse| TariefKey {
        jaar: inv.jaar,
        prestatie,
        setting,
        categorie: cat,
        soort,
        klasse,
    };
    let price = |w: &mut Waardering, k: TariefKey| -> i64 {
        if cat.is_none() {
            return 0;
        }
        match r.tarieven.prijs(&k) {
            Some(c) => {
                w.tarief_cents = Some(c);
                c
            }
            None => {
                w.ontbreekt = Some(k);
                0
            }
        }
    };
    match inv.soort {
        Activiteit::ConsultDiagnostiek | Activiteit::ConsultBehandeling => {
            let soort = inv.soort.consult_soort().unwrap_or("");
            w.minuten = telbare_minuten(inv.directe_min, inv.geplande_min);
            w.direct_min = w.minuten;
            w.reistijd_min = inv.reistijd_min.max(0.0);
            w.klasse = klasse(w.minuten);
            w.onder_5 = w.klasse.is_none();
            if let (Some(k), Some(_)) = (w.klasse, cat) {
                w.declarabel = true;
                w.prestaties = 1;
                w.indirect_min = r
                    .normen
                    .indirect_min(Prestatie::Consult, soort, Some(k), cat);
                w.omzet_cents = price(
                    &mut w,
                    key(Prestatie::Consult, Some(inv.setting), soort, Some(k)),
                );
                if w.reistijd_min > 0.0 {
                    let (t, bound) = if is_fz(inv.setting) {
                        ("fz", 45.0)
                    } else {
                        ("ggz", 25.0)
                    };
                    let klasse = if w.reistijd_min >= bound {
                        bound as u16
                    } else {
                        0
                    };
                    if let Some(c) = r.tarieven.prijs(&key(
                        Prestatie::ToeslagReistijd,
                        Some(inv.setting),
                        t,
                        Some(klasse),
                    )) {
                        w.toeslag_cents = c;
                    }
                }
            }
        }
        Activiteit::Groepsconsult => {
            w.minuten = telbare_minuten(inv.directe_min, inv.geplande_min);
            w.direct_min = w.minuten;
            w.blokken = groepsblokken(w.minuten);
            if cat.is_some() && w.blokken > 0 {
                w.declarabel = true;
                w.prestaties = w.blokken * inv.groepsgrootte;
                w.indirect_min = f64::from(w.blokken) * r.normen.per_groepsblok(cat);
                let unit = price(
                    &mut w,
                    key(
                        Prestatie::Groepsconsult,
                        None,
                        "",
                        Some(inv.groepsgrootte.min(u16::MAX as u32) as u16),
                    ),
                );
                w.omzet_cents = unit * i64::from(w.prestaties);
            }
        }
        Activiteit::Overleg => {
            w.minuten = inv.directe_min;
            w.overleg_min = w.minuten;
            if cat.is_some() {
                w.prestaties = 1;
                let soort = if w.minuten <= 15.0 { "kort" } else { "lang" };
                w.omzet_cents = price(
                    &mut w,
                    key(
                        Prestatie::IntercollegiaalOverleg,
                        Some(inv.setting),
                        soort,
                        None,
                    ),
                );
            }
        }
        Activiteit::NietPatientgebonden => {
            w.minuten = inv.directe_min;
            w.npg_min = w.minuten;
        }
        Activiteit::Reistijd => {
            // SPEC 5.4: a stand-alone travel row is normed time, without toeslag.
            w.minuten = inv.directe_min;
            w.reistijd_min = w.minuten.max(0.0);
        }
    }
    w.omzet_cents += w.toeslag_cents;
    w.genormeerd_min = w.direct_min + w.indirect_min + w.overleg_min + w.reistijd_min;
    w
}

#[cfg(test)]
#[path = "prestatie_tests.rs"]
mod tests;
