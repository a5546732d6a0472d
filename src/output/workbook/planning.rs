//! The "Planning = Realisatie" sheet: the NZa's yearly check that planned direct time matches
//! realised time, per behandelaar (consults with both times, mean deviation, share more than
//! 15 minutes off), with who deviates flagged.

use rust_xlsxwriter::{Workbook, XlsxError};

use crate::output::sheet::block::breedtes;
use crate::output::sheet::cell::Cell;
use crate::output::sheet::colour::waarschuwing_kleuren;
use crate::output::sheet::print::afdruk;
use crate::output::sheet::style::Stijl;
use crate::output::workbook::Context;

/// `[derived]`: a mean deviation beyond this many minutes is flagged.
pub const MAX_GEMIDDELDE_AFWIJKING_MIN: f64 = 5.0;
/// `[derived]`: a share of consults more than 15 minutes off above this is flagged.
pub const MAX_AANDEEL_BUITEN_MARGE: f64 = 0.10;

/// Writes the sheet.
pub fn schrijf(wb: &mut Workbook, ctx: &Context<'_>, st: &Stijl) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name("Planning = Realisatie")?;
    breedtes(ws, &[12.0, 24.0, 22.0, 14.0, 16.0, 16.0, 40.0])?;
    let kop = st.titel(ws, 0, "Planning = Realisatie", &[
        ctx.periode_tekst(),
        "De NZa vraagt jaarlijks te toetsen of de geplande directe tijd gemiddeld gelijk is aan de gerealiseerde.".into(),
        format!("Let op bij een gemiddelde afwijking van meer dan {MAX_GEMIDDELDE_AFWIJKING_MIN} minuten of meer dan {:.0}% \
            consulten die meer dan 15 minuten afwijken ([derived]: drempels gekozen door zpm).", MAX_AANDEEL_BUITEN_MARGE * 100.0),
    ])?;
    let rows: Vec<Vec<Cell>> = ctx
        .res
        .personen
        .iter()
        .map(|u| {
            let m = ctx.medewerker(u);
            let p = &u.planning;
            let n = f64::from(p.met_beide);
            let gem = if p.met_beide > 0 {
                Some(p.som_afwijking / n)
            } else {
                None
            };
            let aandeel = if p.met_beide > 0 {
                Some(f64::from(p.buiten_marge) / n)
            } else {
                None
            };
            let let_op = match (gem, aandeel) {
                (Some(g), Some(a))
                    if g.abs() > MAX_GEMIDDELDE_AFWIJKING_MIN || a > MAX_AANDEEL_BUITEN_MARGE =>
                {
                    format!(
                        "Let op: gemiddeld {g:+.1} min, {:.0}% buiten 15 min",
                        a * 100.0
                    )
                }
                (None, _) => "Geen consulten met geplande tijd".to_string(),
                _ => "In orde".to_string(),
            };
            vec![
                Cell::text(&m.id),
                Cell::text(&m.naam),
                Cell::text(&m.team),
                Cell::aantal(p.met_beide),
                gem.map_or(Cell::Empty, Cell::decimaal),
                Cell::pct_opt(aandeel),
                Cell::Text(let_op),
            ]
        })
        .collect();
    st.tabel(
        ws,
        kop,
        &[
            "Medewerker",
            "Naam",
            "Team",
            "Consulten met geplande tijd",
            "Gemiddeld gepland − gerealiseerd (min)",
            "Aandeel > 15 min afwijking",
            "Let op",
        ],
        &rows,
    )?;
    let last = kop + rows.len() as u32;
    ws.autofilter(kop, 0, last, 6)?;
    ws.set_freeze_panes(kop + 1, 1)?;
    if !rows.is_empty() {
        waarschuwing_kleuren(ws, (kop + 1, last, 6), "Let op")?;
    }
    afdruk(ws, Some(kop))?;
    Ok(())
}
