//! The valuation of one activity (SPEC 1.1–1.6): which minutes count, its class, whether it
//! is declarable, its normative indirect time, normed time and revenue. Used by the monthly
//! batch and by the behandelaar workbook alike, so a figure is computed in one place.

use crate::domain::activiteit::Activiteit;
use crate::domain::activiteit::Prestatie;
use crate::domain::beroepscategorie::Beroepscategorie;
use crate::rules::Referentie;
use crate::rules::klasse::{groepsblokken, klasse, telbare_minuten};
use crate::rules::tarieven::{TariefKey, met_percentage};
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
    /// The declared prestatie of a row with a prestatiecode (SPEC 6.2): it decides the class,
    /// setting and beroepscategorie the activity is priced and normed by (its `jaar` is
    /// ignored: the activity's year prices it).
    pub code: Option<TariefKey>,
    /// The financier's contract percentage for the year, in hundredths of a percent (10000 =
    /// 100%; SPEC 7.2).
    pub contract_bp: i64,
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
    /// The maximum tariff of one prestatie in cents.
    pub tarief_cents: Option<i64>,
    /// That tariff at the contract percentage, rounded to the cent (SPEC 7.2).
    pub tarief_contract_cents: Option<i64>,
    /// Toeslag reistijd in cents (0 when none), at the maximum.
    pub toeslag_cents: i64,
    /// Revenue in cents at the maximum tariffs: prestaties × tarief + toeslag.
    pub omzet_cents: i64,
    /// Revenue in cents at the contract: each tariff × the percentage, rounded to the cent,
    /// then summed (SPEC 7.2).
    pub omzet_contract_cents: i64,
    /// The key of a prestatie whose tariff is missing ("tarief ontbreekt").
    pub ontbreekt: Option<TariefKey>,
    /// The class the minutes give differs from the prestatiecode's (SPEC 6.2, "klasse wijkt
    /// af van prestatiecode"): a consult's class, an overleg's kort/lang, a groepsconsult's
    /// group size, a toeslag's bound.
    pub klasse_wijkt_af: bool,
}

/// Settings 6 and 7 are forensisch (fz); the others ggz (SPEC 1.4).
pub fn is_fz(setting: u8) -> bool {
    matches!(setting, 6 | 7)
}

/// The toeslag reistijd of `minuten` of travel in `setting`: its type and class (SPEC 1.4:
/// ggz from 25 minutes, fz from 45).
fn reistijd_klasse(minuten: f64, setting: u8) -> (&'static str, u16) {
    let (t, bound) = if is_fz(setting) {
        ("fz", 45.0)
    } else {
        ("ggz", 25.0)
    };
    (t, if minuten >= bound { bound as u16 } else { 0 })
}

/// Values one activity (SPEC 1.1–1.6); with a prestatiecode, by the code (SPEC 6.2).
pub fn waardeer(inv: &Invoer, r: &Referentie) -> Waardering {
    let mut w = Waardering::default();
    let code = inv.code;
    // The code's beroepscategorie and setting, where it names them, decide.
    let cat = code.and_then(|k| k.categorie).or(inv.categorie);
    let setting = code.and_then(|k| k.setting).unwrap_or(inv.setting);
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
                w.tarief_contract_cents = Some(met_percentage(c, inv.contract_bp));
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
            if let Some(k) = code {
                // what was declared: the code's class, even under 5 minutes
                w.klasse_wijkt_af = w.klasse != k.klasse;
                w.klasse = k.klasse;
            }
            w.onder_5 = w.klasse.is_none();
            if let (Some(k), Some(_)) = (w.klasse, cat) {
                w.declarabel = true;
                w.prestaties = 1;
                w.indirect_min = r
                    .normen
                    .indirect_min(Prestatie::Consult, soort, Some(k), cat);
                w.omzet_cents = price(
                    &mut w,
                    key(Prestatie::Consult, Some(setting), soort, Some(k)),
                );
                if w.reistijd_min > 0.0 {
                    let (t, klasse) = reistijd_klasse(w.reistijd_min, setting);
                    if let Some(c) = r.tarieven.prijs(&key(
                        Prestatie::ToeslagReistijd,
                        Some(setting),
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
            // a code names the group size; the row's own size, when given, must agree
            let grootte = match code.and_then(|k| k.klasse) {
                Some(n) => {
                    w.klasse_wijkt_af = inv.groepsgrootte != 0 && inv.groepsgrootte != u32::from(n);
                    u32::from(n)
                }
                None => inv.groepsgrootte,
            };
            if cat.is_some() && w.blokken > 0 {
                w.declarabel = true;
                w.prestaties = w.blokken * grootte;
                w.indirect_min = f64::from(w.blokken) * r.normen.per_groepsblok(cat);
                let unit = price(
                    &mut w,
                    key(
                        Prestatie::Groepsconsult,
                        None,
                        "",
                        Some(grootte.min(u16::MAX as u32) as u16),
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
                let mut soort = if w.minuten <= 15.0 { "kort" } else { "lang" };
                if let Some(k) = code {
                    w.klasse_wijkt_af = soort != k.soort;
                    soort = k.soort;
                }
                w.omzet_cents = price(
                    &mut w,
                    key(
                        Prestatie::IntercollegiaalOverleg,
                        Some(setting),
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
            // SPEC 5.4: a stand-alone travel row is normed time, without toeslag; a declared
            // toeslag reistijd (SPEC 6.2) also earns the toeslag of its code.
            w.minuten = inv.directe_min;
            w.reistijd_min = w.minuten.max(0.0);
            if let Some(k) = code.filter(|k| k.prestatie == Prestatie::ToeslagReistijd) {
                let (t, klasse) = reistijd_klasse(w.reistijd_min, setting);
                w.klasse_wijkt_af = (t, Some(klasse)) != (k.soort, k.klasse);
                if cat.is_some() {
                    w.prestaties = 1;
                    w.toeslag_cents = price(
                        &mut w,
                        key(Prestatie::ToeslagReistijd, Some(setting), k.soort, k.klasse),
                    );
                }
            }
        }
    }
    // SPEC 7.2: at the contract, each tariff is rounded to the cent before it is multiplied.
    let per_stuk = match inv.soort {
        Activiteit::Groepsconsult => i64::from(w.prestaties),
        Activiteit::Reistijd => 0, // its only revenue is the toeslag
        _ => 1,
    };
    w.omzet_contract_cents = w.tarief_contract_cents.unwrap_or(0) * per_stuk
        + met_percentage(w.toeslag_cents, inv.contract_bp);
    w.omzet_cents += w.toeslag_cents;
    w.genormeerd_min = w.direct_min + w.indirect_min + w.overleg_min + w.reistijd_min;
    w
}

#[cfg(test)]
#[path = "prestatie_tests.rs"]
mod tests;
