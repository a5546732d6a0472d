//! The "Planning = Realisatie" sheet: the NZa's yearly check that planned direct time matches
//! realised time, per behandelaar (consults with both times, mean deviation, share more than
//! 15 minutes off), with who deviates flagged.

use rust_xlsxwriter::{
    Color, ConditionalFormatText, ConditionalFormatTextRule, Format, Workbook, XlsxError,
};

use crate::output::sheet::cell::{Cel, Stijl, breedtes};
use crate::output::sheet::print::afdruk;
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
    let rows: Vec<Vec<Cel>> = ctx
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
                Cel::tekst(&m.id),
                Cel::tekst(&m.naam),
                Cel::tekst(&m.team),
                Cel::getal(p.met_beide),
                gem.map_or(Cel::Leeg, Cel::Decimaal),
                Cel::pct_opt(aandeel),
                Cel::Tekst(let_op),
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
        let rood = Format::new()
            .set_background_color(Color::RGB(0xFFC7CE))
            .set_font_color(Color::RGB(0x9C0006));
        let cf = ConditionalFormatText::new()
            .set_rule(ConditionalFormatTextRule::BeginsWith("Let op".into()))
            .set_format(rood);
        ws.add_conditional_format(kop + 1, 6, last, 6, &cf)?;
    }
    afdruk(ws, Some(kop))?;
    Ok(())
}
