//! Writing a behandelaar workbook: blank (template), typed (samples) or filled in (with the
//! computed agenda columns, the scenario outcomes and "Resultaat").

pub mod result;

use std::path::Path;

use rust_xlsxwriter::{ChartType, Workbook, Worksheet, XlsxError};

use crate::compute::week::whole::WeekBerekend;
use crate::compute::week::{RegelUitkomst, VASTE_SCENARIOS};
use crate::domain::activiteit::Activiteit;
use crate::input::form::Soort;
use crate::input::form::behandelaar::{
    AGENDA, PERSOON, SCENARIO_EERSTE, SCENARIO_PLAATS, SCENARIOS, kol,
};
use crate::input::form::grid::{Werkblad, Werkmap};
use crate::input::xlsx_reader::number_text;
use crate::output::form::inputs::Plaatsing;
use crate::output::form::sheet::Uitvoer;
use crate::output::form::template;
use crate::output::sheet::cell::{Cell, Unit};
use crate::output::sheet::chart::{Grafiek, Reeks, Titel};
use crate::output::sheet::style::FormStijl;
use crate::rules::keten::NormKeten;

/// Writes the workbook to `path` atomically: the input sheets of `wm` (missing ones from the
/// template) and, when `berekend` is given, every computed figure.
pub fn schrijf(
    wm: &Werkmap,
    berekend: Option<&WeekBerekend>,
    keten: &NormKeten,
    path: &Path,
) -> anyhow::Result<()> {
    template::schrijf_werkmap(Soort::Behandelaar, wm, (path, keten), |wb, st, blad| {
        bouw(wb, st, blad, (berekend, keten))
    })
}

fn bouw(
    wb: &mut Workbook,
    st: &FormStijl,
    blad: &dyn Fn(&str) -> Option<Werkblad>,
    (berekend, keten): (Option<&WeekBerekend>, &NormKeten),
) -> Result<(), XlsxError> {
    if let Some(b) = blad(PERSOON.naam) {
        PERSOON.schrijf(wb, st, &b)?;
    }
    if let Some(b) = blad(AGENDA.naam) {
        let (ws, plaats) = AGENDA.schrijf(wb, st, &b)?;
        if let (Some(p), Some(b)) = (plaats, berekend) {
            agenda_kolommen(ws, st, &p, b)?;
        }
    }
    if let Some(b) = blad(SCENARIOS.naam) {
        let (ws, _) = SCENARIOS.schrijf(wb, st, &b)?;
        scenario_uitkomst(ws, st, berekend)?;
    }
    if let Some(b) = berekend {
        result::schrijf(wb, st, b, keten)?;
    }
    Ok(())
}

/// Klasse as shown on an agenda row.
fn klasse_waarde(u: &RegelUitkomst) -> Cell {
    match u.soort {
        Activiteit::ConsultDiagnostiek | Activiteit::ConsultBehandeling => match u.w.klasse {
            Some(k) => Cell::Number(f64::from(k), Unit::Aantal),
            None => Cell::text("onder 5 min"),
        },
        Activiteit::Groepsconsult => Cell::text(format!("{} × 30 min", u.w.blokken)),
        Activiteit::Overleg => Cell::text(if u.w.minuten <= 15.0 { "kort" } else { "lang" }),
        Activiteit::NietPatientgebonden | Activiteit::Reistijd => Cell::Empty,
    }
}

fn agenda_kolommen(
    ws: &mut Worksheet,
    st: &FormStijl,
    p: &Plaatsing,
    b: &WeekBerekend,
) -> Result<(), XlsxError> {
    let c = |i: usize| p.berekend(i);
    let mut uit = Uitvoer::op(ws, st, p.kop_rij);
    for u in &b.regels {
        let r = u.rij;
        let tarief = match (u.w.tarief_cents, u.w.ontbreekt) {
            (Some(t), _) => Cell::euro(t as f64 / 100.0),
            (None, Some(_)) => Cell::text("ontbreekt"),
            (None, None) => Cell::Empty,
        };
        let declarabel = if u.w.prestaties > 0 { "ja" } else { "nee" };
        uit.cel(r, c(kol::KLASSE), &klasse_waarde(u))?;
        uit.cel(r, c(kol::DECLARABEL), &Cell::text(declarabel))?;
        uit.cel(
            r,
            c(kol::INDIRECT),
            &Cell::Number(u.indirect_min(), Unit::Minuten),
        )?;
        uit.cel(
            r,
            c(kol::GENORMEERD),
            &Cell::Number(u.genormeerd_min(), Unit::Minuten),
        )?;
        uit.cel(r, c(kol::TARIEF), &tarief)?;
        uit.cel(
            r,
            c(kol::OMZET),
            &Cell::euro(u.omzet_cents() as f64 / 100.0),
        )?;
    }
    for r in &b.ingevuld.foute_rijen {
        uit.cel(*r, c(kol::KLASSE), &Cell::text("zie Meldingen"))?;
    }
    Ok(())
}

const SCENARIO_KOPPEN: [&str; 6] = [
    "Scenario",
    "Invulling",
    "Directe tijd (min)",
    "Genormeerde indirecte tijd (min)",
    "Genormeerde tijd (min)",
    "Omzet (€)",
];

/// The outcome table above the own scenarios (rows 2–21), and a chart of normed minutes.
fn scenario_uitkomst(
    ws: &mut Worksheet,
    st: &FormStijl,
    berekend: Option<&WeekBerekend>,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(
        2,
        0,
        "Dezelfde directe tijd, anders ingevuld, geeft andere genormeerde tijd en andere omzet \
         (webinar Taskforce FZ: \"4 uur directe tijd op 4 verschillende manieren\").",
        &st.noot,
    )?;
    ws.write_string_with_format(3, 0, "Uitkomst per scenario", &st.sectie)?;
    let info = match berekend {
        Some(b) => {
            let p = &b.ingevuld.persoon;
            format!(
                "Berekend voor beroepscategorie {}, setting {}, tarieven {} (consult behandeling tenzij anders vermeld).",
                p.categorie
                    .map_or("(geen: kan niet declareren)", |c| c.naam()),
                p.setting,
                p.jaar
            )
        }
        None => "zpm fill berekent de scenario's voor uw beroepscategorie, setting en jaar (blad Behandelaar).".to_string(),
    };
    ws.write_string_with_format(4, 0, info, &st.noot)?;
    let kop = SCENARIO_EERSTE - 1;
    for (c, k) in SCENARIO_KOPPEN.iter().enumerate() {
        ws.write_string_with_format(kop, c as u16, *k, &st.kop_berekend)?;
    }
    ws.set_row_height(kop, 32)?;
    ws.set_column_width(5, 14)?;
    let mut uit = Uitvoer::op(ws, st, kop);
    let n = match berekend {
        Some(b) => {
            let shown = b.scenarios.iter().take(SCENARIO_PLAATS as usize);
            for (i, s) in shown.enumerate() {
                let r = SCENARIO_EERSTE + i as u32;
                let mut naam = s.naam.clone();
                if s.tarief_ontbreekt {
                    naam.push_str(" (tarief ontbreekt)");
                }
                let cellen = [
                    Cell::text(naam),
                    Cell::text(&s.invulling),
                    Cell::Number(s.som.direct_min, Unit::Minuten),
                    Cell::Number(s.som.indirect_min, Unit::Minuten),
                    Cell::Number(s.som.genormeerd_min, Unit::Minuten),
                    Cell::euro(s.som.omzet_cents as f64 / 100.0),
                ];
                for (c, w) in cellen.iter().enumerate() {
                    uit.cel(r, c as u16, w)?;
                }
            }
            b.scenarios.len().min(SCENARIO_PLAATS as usize) as u32
        }
        None => {
            for (i, (naam, delen)) in VASTE_SCENARIOS.iter().enumerate() {
                let r = SCENARIO_EERSTE + i as u32;
                let invulling: Vec<String> = delen
                    .iter()
                    .map(|(a, m)| format!("{a} × {}", number_text(*m)))
                    .collect();
                uit.cel(r, 0, &Cell::text(*naam))?;
                uit.cel(r, 1, &Cell::text(invulling.join(" + ")))?;
                for c in 2..6 {
                    uit.cel(r, c, &Cell::Empty)?;
                }
            }
            0
        }
    };
    ws.write_string_with_format(
        SCENARIOS.kop_rij - 1,
        0,
        "Eigen scenario's: vul hieronder in. Regels met dezelfde naam vormen samen één scenario; \
         een regel zonder naam hoort bij de regel erboven.",
        &st.sectie,
    )?;
    if n > 0 {
        let laatste = SCENARIO_EERSTE + n - 1;
        let reeks = |naam, c| Reeks {
            naam,
            in_titel: "",
            waarden: (SCENARIO_EERSTE, c, laatste, c),
            gevuld: true,
        };
        let grafiek = Grafiek::nieuw(
            ChartType::Bar,
            SCENARIOS.naam,
            Titel::Vast("Genormeerde tijd per scenario (minuten)"),
        )
        .categorieen((SCENARIO_EERSTE, 0, laatste, 0))
        .reeks(reeks("Genormeerde tijd (min)", 4))
        .reeks(reeks("Directe tijd (min)", 2));
        if let Some(mut chart) = grafiek.bouw() {
            chart.set_width(560).set_height(300);
            ws.insert_chart(2, 7, &chart)?;
        }
    }
    Ok(())
}
