//! Writing a leidinggevende workbook: blank, typed, or filled in (per-row columns on "Team",
//! "Resultaat" and a tab per person).

pub mod result;

use std::path::Path;

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use crate::compute::team_week::{TeamWeek, WeekHerkomst};
use crate::domain::message::Melding;
use crate::input::form::Soort;
use crate::input::form::grid::{Werkblad, Werkmap};
use crate::input::form::leidinggevende::{FINANCIEEL, TEAM, kol};
use crate::output::form::inputs::Plaatsing;
use crate::output::form::sheet::Uitvoer;
use crate::output::form::template;
use crate::output::sheet::cell::{Cell, Unit};
use crate::output::sheet::style::FormStijl;
use crate::rules::keten::NormKeten;

/// A computed leidinggevende workbook: the team and every problem found.
#[derive(Debug, Clone)]
pub struct TeamBerekend {
    /// The team.
    pub team: TeamWeek,
    /// Problems (reading, linking).
    pub meldingen: Vec<Melding>,
}

/// Writes the workbook to `path` atomically.
pub fn schrijf(
    wm: &Werkmap,
    berekend: Option<&TeamBerekend>,
    keten: &NormKeten,
    path: &Path,
) -> anyhow::Result<()> {
    template::schrijf_werkmap(Soort::Leidinggevende, wm, (path, keten), |wb, st, blad| {
        bouw(wb, st, blad, wm, (berekend, keten))
    })
}

fn bouw(
    wb: &mut Workbook,
    st: &FormStijl,
    blad: &dyn Fn(&str) -> Option<Werkblad>,
    wm: &Werkmap,
    (berekend, keten): (Option<&TeamBerekend>, &NormKeten),
) -> Result<(), XlsxError> {
    if let Some(b) = blad(TEAM.naam) {
        let (ws, plaats) = TEAM.schrijf(wb, st, &b)?;
        if let (Some(p), Some(b)) = (plaats, berekend) {
            team_kolommen(ws, st, &p, &b.team)?;
        }
    }
    if let Some(b) = blad(FINANCIEEL.naam) {
        FINANCIEEL.schrijf(wb, st, &b)?;
    }
    if let Some(b) = berekend {
        let mut bezet: Vec<&str> = vec![
            "Uitleg",
            TEAM.naam,
            FINANCIEEL.naam,
            result::BLAD,
            crate::input::form::lists::BLAD,
        ];
        let overig = template::overige(wm, Soort::Leidinggevende);
        bezet.extend(overig.iter().map(|b| b.naam.as_str()));
        result::schrijf(wb, st, b, keten)?;
        result::tabbladen(wb, st, (&b.team, keten), &bezet)?;
    }
    Ok(())
}

/// The Bron column: where the week totals came from.
pub fn bron_tekst(b: &WeekHerkomst) -> String {
    match b {
        WeekHerkomst::Getypt => "getypt".to_string(),
        WeekHerkomst::Werkmap(w) => format!("werkmap {}", w.werkmap),
        WeekHerkomst::Geen => "ontbreekt".to_string(),
    }
}

fn team_kolommen(
    ws: &mut Worksheet,
    st: &FormStijl,
    p: &Plaatsing,
    t: &TeamWeek,
) -> Result<(), XlsxError> {
    let c = |i: usize| p.berekend(i);
    let mut u = Uitvoer::op(ws, st, p.kop_rij);
    for q in &t.personen {
        let r = q.regel.rij;
        u.cel(r, c(kol::BRON), &Cell::text(bron_tekst(&q.bron)))?;
        u.cel(
            r,
            c(kol::GENORMEERD_GEBRUIKT),
            &Cell::of(q.genormeerd, Unit::Uren),
        )?;
        u.cel(r, c(kol::OMZET_GEBRUIKT), &Cell::of(q.omzet, Unit::Euro))?;
        u.cel(r, c(kol::WEEKNORM), &Cell::uren(q.weeknorm))?;
        u.cel(r, c(kol::REALISATIE), &Cell::of(q.realisatie, Unit::Pct))?;
        u.cel(r, c(kol::SIGNAAL), &Cell::text(q.signaal.label()))?;
    }
    Ok(())
}
