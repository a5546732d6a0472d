//! Reading the own scenarios of sheet "Scenario's" of a behandelaar workbook.

use crate::domain::activiteit::Activiteit;
use crate::domain::message::{Melding, Verwacht};
use crate::input::form::behandelaar::SCENARIOS;
use crate::input::form::grid::Werkblad;
use crate::input::form::read::{Lezer, activiteit};

/// One row of an own scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct EigenRegel {
    /// The sheet row (0-based).
    pub rij: u32,
    /// The scenario it belongs to.
    pub scenario: String,
    /// The activity.
    pub soort: Activiteit,
    /// How many.
    pub aantal: u32,
    /// Direct minutes of each.
    pub minuten: f64,
    /// Group size (groepsconsult).
    pub groep: u32,
}

pub(super) fn lees_eigen(blad: &Werkblad, meldingen: &mut Vec<Melding>) -> Vec<EigenRegel> {
    let Some(kop) = SCENARIOS.zoek(blad) else {
        return Vec::new();
    };
    let mut l = Lezer::nieuw(blad);
    let mut uit: Vec<EigenRegel> = Vec::new();
    let c = |i: usize| kop.kolom(i);
    for r in kop.rij + 1..=blad.laatste_rij() {
        if (1..SCENARIOS.kolommen.len()).all(|i| c(i).is_none_or(|c| blad.leeg(r, c))) {
            continue;
        }
        let voor = l.meldingen.len();
        let naam = c(0).map(|k| l.tekst(r, k)).unwrap_or_default();
        let naam = if naam.is_empty() {
            uit.last()
                .map(|e| e.scenario.clone())
                .unwrap_or_else(|| "Eigen scenario".to_string())
        } else {
            naam
        };
        let soort = c(1).and_then(|k| activiteit(&mut l, r, k));
        let aantal = match c(2) {
            Some(k) => l.heel(r, k, Verwacht::Aantal, 1.0, 100_000.0),
            None => Ok(None),
        };
        let minuten = match c(3) {
            Some(k) => l.getal(r, k, Verwacht::Minuten, 0.0, 1440.0),
            None => Ok(None),
        };
        let groep = match c(4) {
            Some(k) => l.heel(r, k, Verwacht::Groepsgrootte, 2.0, 100_000.0),
            None => Ok(None),
        };
        if soort == Some(Activiteit::Groepsconsult)
            && let Ok(g) = groep
            && g.unwrap_or(0) < 2
        {
            l.fout(
                r,
                c(4).or(c(1)).unwrap_or(0),
                "a groepsconsult needs a Groepsgrootte of at least 2",
                "een groepsconsult heeft een groepsgrootte van minstens 2 nodig",
            );
        }
        if let (Ok(None), Some(k)) = (minuten, c(3)) {
            l.meldingen.push(Melding::leeg(
                &blad.naam,
                (r, k),
                "Directe tijd per consult (min)",
                Verwacht::Minuten,
            ));
        }
        if l.meldingen.len() > voor {
            continue;
        }
        if let (Some(soort), Ok(aantal), Ok(Some(minuten)), Ok(groep)) =
            (soort, aantal, minuten, groep)
        {
            uit.push(EigenRegel {
                rij: r,
                scenario: naam,
                soort,
                aantal: aantal.unwrap_or(1),
                minuten,
                groep: groep.unwrap_or(0),
            });
        }
    }
    meldingen.append(&mut l.meldingen);
    uit
}
