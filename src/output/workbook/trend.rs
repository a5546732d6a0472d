//! The "Trend" sheet of a run over several months: month by month normed hours, norm,
//! revenue, budget and the December 2021 line, with line charts. The month rows sum to the
//! period's totals.

use rust_xlsxwriter::{ChartType, Workbook, XlsxError};

use crate::compute::team::Maand;
use crate::output::sheet::block::breedtes;
use crate::output::sheet::cell::Cell;
use crate::output::sheet::chart::{Grafiek, Titel};
use crate::output::sheet::print::afdruk;
use crate::output::sheet::style::Stijl;
use crate::output::workbook::Context;

/// The column labels of the trend table.
pub const KOPPEN: [&str; 8] = [
    "Maand",
    "Directe tijd (uren)",
    "Genormeerde tijd (uren)",
    "Norm (uren)",
    "Beschikbaar (uren)",
    "Omzet (€)",
    "Begroting omzet (€)",
    "Realisatie december 2021 (€)",
];

/// Writes "Trend" for `maanden` (nothing when the period is a single month).
pub fn schrijf(
    wb: &mut Workbook,
    ctx: &Context<'_>,
    st: &Stijl,
    titel: &str,
    maanden: &[Maand],
) -> Result<(), XlsxError> {
    if maanden.len() < 2 {
        return Ok(());
    }
    let ws = wb.add_worksheet();
    ws.set_name("Trend")?;
    breedtes(ws, &[14.0, 14.0, 14.0, 14.0, 14.0, 16.0, 16.0, 18.0])?;
    let kop = st.titel(
        ws,
        0,
        &format!("Trend per maand: {titel}"),
        &[ctx.periode_tekst()],
    )?;
    let rows: Vec<Vec<Cell>> = maanden
        .iter()
        .map(|m| {
            vec![
                Cell::text(m.periode.label()),
                Cell::uren(m.som.direct_min / 60.0),
                Cell::uren(m.som.genormeerd_min / 60.0),
                Cell::uren(m.cap.norm),
                Cell::uren(m.cap.beschikbaar),
                Cell::euro(m.som.omzet_cents as f64 / 100.0),
                Cell::euro_opt(m.begroting.map(|b| b.omzet)),
                Cell::euro_opt(m.dec2021),
            ]
        })
        .collect();
    let na = st.tabel(ws, kop, &KOPPEN, &rows)?;
    let (first, last) = (kop + 1, kop + rows.len() as u32);
    ws.autofilter(kop, 0, last, KOPPEN.len() as u16 - 1)?;
    ws.set_freeze_panes(kop + 1, 1)?;
    // The total row: plain sums of the month rows.
    let som = |f: &dyn Fn(&Maand) -> f64| maanden.iter().map(f).sum::<f64>();
    let opt_som = |f: &dyn Fn(&Maand) -> Option<f64>| {
        maanden
            .iter()
            .filter_map(f)
            .fold(None, |a: Option<f64>, v| Some(a.unwrap_or(0.0) + v))
    };
    let totaal = [
        Cell::text("Totaal"),
        Cell::uren(som(&|m| m.som.direct_min / 60.0)),
        Cell::uren(som(&|m| m.som.genormeerd_min / 60.0)),
        Cell::uren(som(&|m| m.cap.norm)),
        Cell::uren(som(&|m| m.cap.beschikbaar)),
        Cell::euro(maanden.iter().map(|m| m.som.omzet_cents).sum::<i64>() as f64 / 100.0),
        Cell::euro_opt(opt_som(&|m| m.begroting.map(|b| b.omzet))),
        Cell::euro_opt(opt_som(&|m| m.dec2021)),
    ];
    for (c, cel) in totaal.iter().enumerate() {
        st.write(ws, na, c as u16, cel)?;
    }
    ws.write_string_with_format(na, 0, "Totaal", &st.label)?;
    let per_maand = Titel::Reeksen {
        voor: "",
        achter: " per maand",
    };
    let uren = Grafiek::nieuw(ChartType::Line, "Trend", per_maand).tabel(
        first,
        &rows,
        0,
        &[
            (2, "Genormeerde tijd (uren)", "genormeerde tijd"),
            (3, "Norm (uren)", "norm"),
        ],
    );
    if let Some(chart) = uren.bouw() {
        ws.insert_chart(na + 2, 0, &chart)?;
    }
    // Without --begroting or --realisatie-2021 their columns are empty: no series, and a
    // title that does not name them.
    let geld = Grafiek::nieuw(ChartType::Line, "Trend", per_maand).tabel(
        first,
        &rows,
        0,
        &[
            (5, "Omzet (€)", "omzet"),
            (6, "Begroting omzet (€)", "begroting"),
            (7, "Realisatie december 2021 (€)", "december 2021"),
        ],
    );
    if let Some(chart) = geld.bouw() {
        ws.insert_chart(na + 2, 5, &chart)?;
    }
    afdruk(ws, Some(kop))?;
    Ok(())
}
