//! The figures of a behandelaar workbook (SPEC 2.4, 1.10): each agenda row valued with
//! [`waardeer`] and multiplied by its Aantal, the week's sums, the week result against the
//! time for care, the year view against the jaarnorm, and the scenarios.

pub mod whole;

use std::collections::BTreeMap;

use crate::compute::person::Som;
use crate::domain::activiteit::Activiteit;
use crate::domain::signaal::Signaal;
use crate::input::form::behandelaar::read::{AgendaRegel, BehandelaarGegevens, EigenRegel};
use crate::rules::Referentie;
use crate::rules::keten::{NormKeten, ratio};
use crate::rules::prestatie::{self, Waardering, waardeer};

/// The valuation of one agenda row: one activity, counted `aantal` times.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegelUitkomst {
    /// The sheet row.
    pub rij: u32,
    /// The activity.
    pub soort: Activiteit,
    /// The valuation of one activity.
    pub w: Waardering,
    /// How many.
    pub aantal: u32,
}

impl RegelUitkomst {
    /// Normative indirect minutes of the whole row.
    pub fn indirect_min(&self) -> f64 {
        self.w.indirect_min * f64::from(self.aantal)
    }

    /// Normed minutes of the whole row.
    pub fn genormeerd_min(&self) -> f64 {
        self.w.genormeerd_min * f64::from(self.aantal)
    }

    /// Revenue of the whole row in cents.
    pub fn omzet_cents(&self) -> i64 {
        self.w.omzet_cents * i64::from(self.aantal)
    }
}

/// One activity of `soort` for this person, valued (Planning = Realisatie included).
pub fn waardeer_een(
    soort: Activiteit,
    directe: f64,
    geplande: Option<f64>,
    groep: u32,
    reistijd: f64,
    p: &BehandelaarGegevens,
    r: &Referentie,
) -> Waardering {
    let mut w = waardeer(
        &prestatie::Invoer {
            soort,
            directe_min: directe,
            geplande_min: geplande,
            groepsgrootte: groep,
            reistijd_min: reistijd,
            setting: p.setting,
            jaar: p.jaar,
            categorie: p.categorie,
            // a week agenda names activities, not prestatiecodes
            code: None,
            contract_bp: r.tarieven.contract_basispunten,
        },
        r,
    );
    // A week agenda has no financier: it is valued at `--contract-percentage`, as the
    // behandelaar form has always shown its tariff and revenue.
    w.tarief_cents = w.tarief_contract_cents;
    w.omzet_cents = w.omzet_contract_cents;
    w
}

/// Values one agenda row.
pub fn waardeer_regel(g: &AgendaRegel, p: &BehandelaarGegevens, r: &Referentie) -> RegelUitkomst {
    let reistijd = if g.soort.consult_soort().is_some() {
        g.reistijd
    } else {
        0.0
    };
    RegelUitkomst {
        rij: g.rij,
        soort: g.soort,
        w: waardeer_een(g.soort, g.directe, g.geplande, g.groep, reistijd, p, r),
        aantal: g.aantal,
    }
}

/// The week's sums over the agenda rows (minutes, cents).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Week {
    /// Minutes and revenue, summed as in `zpm run` (non-patient minutes: the agenda's).
    pub som: Som,
    /// Declarable consults.
    pub consulten: u32,
    /// Consults under 5 minutes.
    pub onder_5: u32,
    /// Declarable consults per (type, class).
    pub per_klasse: BTreeMap<(&'static str, u16), u32>,
    /// Missing tariffs: key → number of prestaties without a tariff.
    pub ontbrekend: BTreeMap<String, u32>,
}

/// Sums the valued rows.
pub fn tel_week(regels: &[RegelUitkomst]) -> Week {
    let mut w = Week::default();
    for u in regels {
        w.som.tel(&u.w, u.aantal);
        if u.w.onder_5 {
            w.onder_5 += u.aantal;
        }
        if let (true, Some(k), Some(t)) = (u.w.declarabel, u.w.klasse, u.soort.consult_soort()) {
            w.consulten += u.aantal;
            *w.per_klasse.entry((t, k)).or_insert(0) += u.aantal;
        }
        if let Some(key) = u.w.ontbreekt {
            *w.ontbrekend.entry(key.to_string()).or_insert(0) += u.aantal;
        }
    }
    w
}

/// The week result of SPEC 2.4 and its year view (hours, euros).
#[derive(Debug, Clone, PartialEq)]
pub struct WeekResultaat {
    /// Directe tijd (uren).
    pub direct: f64,
    /// Genormeerde indirecte tijd (uren).
    pub indirect: f64,
    /// Genormeerde tijd (uren).
    pub genormeerd: f64,
    /// Beschikbare tijd (uren) = uren per week − afwezig (at least 0).
    pub beschikbaar: f64,
    /// Niet-patiëntgebonden hours used.
    pub npg: f64,
    /// Tijd voor zorg (uren) = beschikbaar − niet-patiëntgebonden (at least 0).
    pub tijd_voor_zorg: f64,
    /// Verschil (uren) = tijd voor zorg − genormeerd.
    pub verschil: f64,
    /// Genormeerd / tijd voor zorg (`None` without time for care).
    pub verhouding: Option<f64>,
    /// The signal.
    pub signaal: Signaal,
    /// Omzet (€).
    pub omzet: f64,
    /// netto_jaar = 1569 × u / 36 − vrijstelling (at least 0).
    pub netto_jaar: f64,
    /// Jaarnorm (uren) = netto_jaar × 0.85 × 0.95.
    pub jaarnorm: f64,
    /// Genormeerde tijd per jaar bij deze week (uren).
    pub per_jaar: f64,
    /// Realisatie t.o.v. jaarnorm.
    pub realisatie_jaar: f64,
    /// Omzet per jaar bij deze week (€).
    pub omzet_per_jaar: f64,
}

/// The week result (SPEC 2.4) for a person and a week's sums.
pub fn resultaat(w: &Week, p: &BehandelaarGegevens, k: &NormKeten) -> WeekResultaat {
    let direct = w.som.direct_min / 60.0;
    let indirect = w.som.indirect_min / 60.0;
    let genormeerd = w.som.genormeerd_min / 60.0;
    let beschikbaar = (p.uren_per_week - p.afwezig).max(0.0);
    let npg = p.npg_uren.unwrap_or(w.som.npg_min / 60.0);
    let tijd_voor_zorg = (beschikbaar - npg).max(0.0);
    let verhouding = (tijd_voor_zorg > 0.0).then(|| genormeerd / tijd_voor_zorg);
    let netto_jaar = k.netto_jaar(p.uren_per_week, p.vrijstelling).max(0.0);
    let jaarnorm = k.jaarnorm(netto_jaar);
    let weken = k.werkweken(netto_jaar, p.uren_per_week);
    let per_jaar = genormeerd * weken;
    let omzet = w.som.omzet_cents as f64 / 100.0;
    WeekResultaat {
        direct,
        indirect,
        genormeerd,
        beschikbaar,
        npg,
        tijd_voor_zorg,
        verschil: tijd_voor_zorg - genormeerd,
        verhouding,
        signaal: k.signaal(verhouding),
        omzet,
        netto_jaar,
        jaarnorm,
        per_jaar,
        realisatie_jaar: ratio(per_jaar, jaarnorm),
        omzet_per_jaar: omzet * weken,
    }
}

/// One filling of direct time with consults (SPEC 1.10).
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// Its name.
    pub naam: String,
    /// What it is made of: `5 × 45 + 1 × 15`.
    pub invulling: String,
    /// Minutes and revenue.
    pub som: Som,
    /// True when a tariff was missing for some part (revenue then understates).
    pub tarief_ontbreekt: bool,
}

/// One part of a scenario: `aantal` × an activity of `minuten`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Deel {
    /// The activity.
    pub soort: Activiteit,
    /// How many.
    pub aantal: u32,
    /// Direct minutes of each.
    pub minuten: f64,
    /// Group size (groepsconsult).
    pub groep: u32,
}

/// Values a scenario made of `delen` for person `p`.
pub fn scenario(naam: &str, delen: &[Deel], p: &BehandelaarGegevens, r: &Referentie) -> Scenario {
    let mut s = Scenario {
        naam: naam.to_string(),
        invulling: delen
            .iter()
            .map(|d| {
                let m = crate::input::xlsx_reader::number_text(d.minuten);
                match d.soort {
                    Activiteit::ConsultBehandeling => format!("{} × {m}", d.aantal),
                    a => format!("{} × {m} {}", d.aantal, a.label().to_lowercase()),
                }
            })
            .collect::<Vec<_>>()
            .join(" + "),
        som: Som::default(),
        tarief_ontbreekt: false,
    };
    for d in delen {
        let w = waardeer_een(d.soort, d.minuten, None, d.groep, 0.0, p, r);
        s.som.tel(&w, d.aantal);
        s.tarief_ontbreekt |= w.ontbreekt.is_some();
    }
    s
}

/// The four fillings of 240 direct minutes with consult behandeling (SPEC 1.10).
pub const VASTE_SCENARIOS: [(&str, &[(u32, f64)]); 4] = [
    ("4 consulten van 60 minuten", &[(4, 60.0)]),
    ("16 consulten van 15 minuten", &[(16, 15.0)]),
    ("8 consulten van 30 minuten", &[(8, 30.0)]),
    (
        "5 consulten van 45 en 1 van 15 minuten",
        &[(5, 45.0), (1, 15.0)],
    ),
];

/// The four fixed scenarios followed by the user's own (rows with one name form one).
pub fn alle_scenarios(
    eigen: &[EigenRegel],
    p: &BehandelaarGegevens,
    r: &Referentie,
) -> Vec<Scenario> {
    let mut uit: Vec<Scenario> = VASTE_SCENARIOS
        .iter()
        .map(|(naam, delen)| {
            let delen: Vec<Deel> = delen
                .iter()
                .map(|&(aantal, minuten)| Deel {
                    soort: Activiteit::ConsultBehandeling,
                    aantal,
                    minuten,
                    groep: 0,
                })
                .collect();
            scenario(naam, &delen, p, r)
        })
        .collect();
    let mut namen: Vec<&str> = Vec::new();
    for e in eigen {
        if !namen.contains(&e.scenario.as_str()) {
            namen.push(&e.scenario);
        }
    }
    for naam in namen {
        let delen: Vec<Deel> = eigen
            .iter()
            .filter(|e| e.scenario == naam)
            .map(|e| Deel {
                soort: e.soort,
                aantal: e.aantal,
                minuten: e.minuten,
                groep: e.groep,
            })
            .collect();
        uit.push(scenario(naam, &delen, p, r));
    }
    uit
}

#[cfg(test)]
mod tests;
