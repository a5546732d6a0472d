//! The sheet "Financiers" of the organisation workbook (SPEC 7.3): per financier the
//! production at the maximum and at the contract, the percentage, the omzetplafond and the
//! share used, the year-end forecast and the expected overshoot, red where the forecast is
//! over the ceiling; with a chart of forecast against ceiling.

use rust_xlsxwriter::{ChartType, Workbook, XlsxError};

use crate::output::sheet::block::breedtes;
use crate::output::sheet::cell::Cell;
use crate::output::sheet::chart::{Grafiek, Titel};
use crate::output::sheet::colour::boven_nul_rood;
use crate::output::sheet::print::afdruk;
use crate::output::sheet::style::Stijl;
use crate::output::workbook::Context;

/// The column labels, in order.
pub const KOPPEN: [&str; 11] = [
    "Financier",
    "Naam",
    "Omzet (€)",
    "Omzet contract (€)",
    "Contractpercentage",
    "Contract",
    "Omzetplafond (€)",
    "Plafond gebruikt",
    "Prognose jaar (€)",
    "Verwachte overschrijding (€)",
    "Deel prognose niet betaald",
];

/// Writes the sheet.
pub fn schrijf(wb: &mut Workbook, ctx: &Context<'_>, st: &Stijl) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name("Financiers")?;
    breedtes(
        ws,
        &[
            14.0, 34.0, 14.0, 14.0, 14.0, 36.0, 14.0, 11.0, 14.0, 16.0, 14.0,
        ],
    )?;
    let een_jaar = chrono::Datelike::year(&ctx.res.periode.van)
        == chrono::Datelike::year(&ctx.res.periode.tot);
    let uitleg = if een_jaar {
        "Prognose jaar = omzet contract in de periode × werkdagen van het jaar / werkdagen van de periode. \
         Productie boven het omzetplafond wordt niet betaald: rood waar de prognose boven het plafond uitkomt."
    } else {
        "De periode loopt over twee kalenderjaren: plafond, prognose en overschrijding worden per jaar \
         afgesproken en zijn hier niet berekend. Draai de periode per jaar (bijvoorbeeld 2022-01..2022-12)."
    };
    let kop = st.titel(
        ws,
        0,
        "Financiers",
        &[ctx.periode_tekst(), uitleg.to_string()],
    )?;
    let eur = |c: i64| c as f64 / 100.0;
    let rows: Vec<Vec<Cell>> = ctx
        .res
        .financiers
        .iter()
        .map(|f| {
            vec![
                Cell::text(&f.financier),
                Cell::text(&f.naam),
                Cell::euro(eur(f.omzet_cents)),
                Cell::euro(eur(f.omzet_contract_cents)),
                Cell::pct(f.percentage / 100.0),
                Cell::text(if f.met_contract {
                    "contract"
                } else {
                    "geen contract: --contract-percentage"
                }),
                Cell::euro_opt(f.plafond_cents.map(eur)),
                Cell::pct_opt(f.aandeel_plafond()),
                Cell::euro_opt(f.prognose_cents.map(eur)),
                Cell::euro_opt(f.overschrijding_cents.map(eur)),
                Cell::pct_opt(f.aandeel_niet_betaald()),
            ]
        })
        .collect();
    st.tabel(ws, kop, &KOPPEN, &rows)?;
    let last = kop + rows.len() as u32;
    ws.autofilter(kop, 0, last, KOPPEN.len() as u16 - 1)?;
    ws.set_freeze_panes(kop + 1, 1)?;
    boven_nul_rood(ws, (kop + 1, last, 9))?;
    boven_nul_rood(ws, (kop + 1, last, 10))?;
    afdruk(ws, Some(kop))?;
    let grafiek = Grafiek::nieuw(
        ChartType::Column,
        "Financiers",
        Titel::Reeksen {
            voor: "",
            achter: " per financier",
        },
    )
    .tabel(
        kop + 1,
        &rows,
        0,
        &[
            (8, "Prognose jaar (€)", "prognose"),
            (6, "Omzetplafond (€)", "plafond"),
        ],
    );
    if let Some(chart) = grafiek.bouw() {
        ws.insert_chart(last + 3, 0, &chart)?;
    }
    Ok(())
}
