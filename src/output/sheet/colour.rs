//! Colour rules (conditional formats): the signal, the realisation against budget, and a
//! warning in a column. Green, amber and red are defined here once.

use rust_xlsxwriter::{
    Color, ConditionalFormatCell, ConditionalFormatCellRule, ConditionalFormatText,
    ConditionalFormatTextRule, Format, Worksheet, XlsxError,
};

fn fill(rgb: u32, font: u32) -> Format {
    Format::new()
        .set_background_color(Color::RGB(rgb))
        .set_font_color(Color::RGB(font))
}

fn groen() -> Format {
    fill(0xC6EFCE, 0x006100)
}

fn amber() -> Format {
    fill(0xFFEB9C, 0x9C5700)
}

fn rood() -> Format {
    fill(0xFFC7CE, 0x9C0006)
}

/// Colours the cells of column `col` from `first` to `last` whose text begins with one of
/// `regels`' texts.
fn begint_met(
    ws: &mut Worksheet,
    (first, last, col): (u32, u32, u16),
    regels: &[(&str, Format)],
) -> Result<(), XlsxError> {
    if last < first {
        return Ok(());
    }
    for (tekst, kleur) in regels {
        let cf = ConditionalFormatText::new()
            .set_rule(ConditionalFormatTextRule::BeginsWith(tekst.to_string()))
            .set_format(kleur.clone());
        ws.add_conditional_format(first, col, last, col, &cf)?;
    }
    Ok(())
}

/// Green "In balans", amber "Ruimte in agenda", red "Meer gepland dan beschikbaar" in the
/// cells `first..=last` of column `col`.
pub fn signaal_kleuren(
    ws: &mut Worksheet,
    first: u32,
    last: u32,
    col: u16,
) -> Result<(), XlsxError> {
    let regels = [
        ("In balans", groen()),
        ("Ruimte in agenda", amber()),
        ("Meer gepland dan beschikbaar", rood()),
    ];
    begint_met(ws, (first, last, col), &regels)
}

/// Red for a text that begins with `tekst` ("Let op") in the cells `first..=last` of `col`.
pub fn waarschuwing_kleuren(
    ws: &mut Worksheet,
    (first, last, col): (u32, u32, u16),
    tekst: &str,
) -> Result<(), XlsxError> {
    begint_met(ws, (first, last, col), &[(tekst, rood())])
}

/// Realisation against budget (a fraction): red below 90%, amber to 100%, green from 100%.
pub fn realisatie_kleuren(
    ws: &mut Worksheet,
    first: u32,
    last: u32,
    col: u16,
) -> Result<(), XlsxError> {
    if last < first {
        return Ok(());
    }
    let rules = [
        (ConditionalFormatCellRule::LessThan(0.9), rood()),
        (ConditionalFormatCellRule::Between(0.9, 0.99999), amber()),
        (
            ConditionalFormatCellRule::GreaterThanOrEqualTo(1.0),
            groen(),
        ),
    ];
    for (rule, kleur) in rules {
        let cf = ConditionalFormatCell::new()
            .set_rule(rule)
            .set_format(kleur);
        ws.add_conditional_format(first, col, last, col, &cf)?;
    }
    Ok(())
}

/// Red for a number above 0 in the cells `first..=last` of column `col` (a forecast over its
/// omzetplafond, SPEC 7.3).
pub fn boven_nul_rood(
    ws: &mut Worksheet,
    (first, last, col): (u32, u32, u16),
) -> Result<(), XlsxError> {
    if last < first {
        return Ok(());
    }
    let cf = ConditionalFormatCell::new()
        .set_rule(ConditionalFormatCellRule::GreaterThan(0))
        .set_format(rood());
    ws.add_conditional_format(first, col, last, col, &cf)?;
    Ok(())
}
