//! A whole behandelaar workbook computed: rows, week, result, scenarios and the notes that
//! go with them (missing tariffs, consults under 5 minutes, non-patient time typed twice).

use crate::compute::week::{
    RegelUitkomst, Scenario, Week, WeekResultaat, alle_scenarios, resultaat, tel_week,
    waardeer_regel,
};
use crate::domain::message::Melding;
use crate::domain::number::nl_getal;
use crate::domain::signaal::Signaal;
use crate::input::form::behandelaar::read::BehandelaarIngevuld;
use crate::input::form::behandelaar::{PERSOON, SCENARIO_PLAATS, SCENARIOS};
use crate::rules::Referentie;

/// A computed behandelaar workbook.
#[derive(Debug, Clone)]
pub struct WeekBerekend {
    /// What was read.
    pub ingevuld: BehandelaarIngevuld,
    /// Each usable agenda row, valued.
    pub regels: Vec<RegelUitkomst>,
    /// The week's sums.
    pub week: Week,
    /// The week result and year view.
    pub res: WeekResultaat,
    /// The fixed and own scenarios.
    pub scenarios: Vec<Scenario>,
}

/// The week figures a team row takes from a filled behandelaar workbook.
#[derive(Debug, Clone, PartialEq)]
pub struct Weekcijfers {
    /// The workbook's file name.
    pub werkmap: String,
    /// Medewerker id.
    pub medewerker: String,
    /// Naam.
    pub naam: String,
    /// Beroep as typed.
    pub beroep: String,
    /// Uren per week.
    pub uren_per_week: f64,
    /// Directe tijd (uren).
    pub direct: f64,
    /// Genormeerde tijd (uren).
    pub genormeerd: f64,
    /// Tijd voor zorg (uren).
    pub tijd_voor_zorg: f64,
    /// Omzet (€).
    pub omzet: f64,
    /// The week's signal.
    pub signaal: Signaal,
    /// True when the workbook had errors.
    pub met_fouten: bool,
}

impl WeekBerekend {
    /// The figures a leidinggevende workbook links to.
    pub fn weekcijfers(&self, werkmap: &str) -> Weekcijfers {
        let p = &self.ingevuld.persoon;
        Weekcijfers {
            werkmap: werkmap.to_string(),
            medewerker: p.medewerker.clone(),
            naam: p.naam.clone(),
            beroep: p.beroep.clone(),
            uren_per_week: p.uren_per_week,
            direct: self.res.direct,
            genormeerd: self.res.genormeerd,
            tijd_voor_zorg: self.res.tijd_voor_zorg,
            omzet: self.res.omzet,
            signaal: self.res.signaal,
            met_fouten: self
                .ingevuld
                .meldingen
                .iter()
                .any(|m| m.ernst == crate::domain::message::Ernst::Fout),
        }
    }
}

/// Computes a read workbook.
pub fn bereken(mut ingevuld: BehandelaarIngevuld, r: &Referentie) -> WeekBerekend {
    let p = &ingevuld.persoon;
    let regels: Vec<RegelUitkomst> = ingevuld
        .regels
        .iter()
        .map(|g| waardeer_regel(g, p, r))
        .collect();
    let week = tel_week(&regels);
    let res = resultaat(&week, p, &r.keten);
    let scenarios = alle_scenarios(&ingevuld.eigen, p, r);
    let mut extra = Vec::new();
    for (key, n) in &week.ontbrekend {
        extra.push(Melding::opmerking(
            "Weekagenda",
            None,
            format!("no tariff for {key} ({n}×): its time counts, its revenue is 0"),
            format!("geen tarief voor {key} ({n}×): de tijd telt mee, de omzet is 0"),
        ));
    }
    if week.onder_5 > 0 {
        extra.push(Melding::opmerking(
            "Weekagenda",
            None,
            format!(
                "{} consult(s) under 5 minutes: direct time only, not declarable",
                week.onder_5
            ),
            format!(
                "{} consult(en) korter dan 5 minuten: alleen directe tijd, niet declarabel",
                week.onder_5
            ),
        ));
    }
    if let Some(npg) = p.npg_uren
        && week.som.npg_min > 0.0
    {
        extra.push(Melding::opmerking(
            PERSOON.naam,
            None,
            format!(
                "Niet-patiëntgebonden uren per week ({npg}) is used; the agenda's niet-patiëntgebonden rows ({} h) are shown only",
                week.som.npg_min / 60.0
            ),
            format!(
                "Niet-patiëntgebonden uren per week ({}) is gebruikt; de regels Niet-patiëntgebonden in de Weekagenda ({} uur) zijn alleen getoond",
                nl_getal(npg, 2),
                nl_getal(week.som.npg_min / 60.0, 2)
            ),
        ));
    }
    let eigen = scenarios.len().saturating_sub(4);
    if eigen > SCENARIO_PLAATS as usize - 4 {
        extra.push(Melding::opmerking(
            SCENARIOS.naam,
            None,
            format!(
                "{eigen} own scenarios; the first {} are shown",
                SCENARIO_PLAATS - 4
            ),
            format!(
                "{eigen} eigen scenario's; de eerste {} staan in de uitkomst",
                SCENARIO_PLAATS - 4
            ),
        ));
    }
    ingevuld.meldingen.extend(extra);
    WeekBerekend {
        ingevuld,
        regels,
        week,
        res,
        scenarios,
    }
}
