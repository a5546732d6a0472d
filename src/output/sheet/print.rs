//! Print set-up and conditional formats shared by every generated sheet.

use rust_xlsxwriter::{
    Color, ConditionalFormatCell, ConditionalFormatCellRule, ConditionalFormatText,
    ConditionalFormatTextRule, Format, Worksheet, XlsxError,
};

/// Landscape A4, one page wide, the header row repeated on every page, a footer with the
/// sheet name and page numbers.
pub fn afdruk(ws: &mut Worksheet, kop_rij: Option<u32>) -> Result<(), XlsxError> {
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_footer("&L&A&RPagina &P van &N");
    if let Some(r) = kop_rij {
        ws.set_repeat_rows(r, r)?;
    }
    Ok(())
}

fn fill(rgb: u32, font: u32) -> Format {
    Format::new()
        .set_background_color(Color::RGB(rgb))
        .set_font_color(Color::RGB(font))
}

/// Green "In balans", amber "Ruimte in agenda", red "Meer gepland dan beschikbaar" in the
/// cells `rows` of column `col`.
pub fn signaal_kleuren(
    ws: &mut Worksheet,
    first: u32,
    last: u32,
    col: u16,
) -> Result<(), XlsxError> {
    if last < first {
        return Ok(());
    }
    for (tekst, kleur) in [
        ("In balans", fill(0xC6EFCE, 0x006100)),
        ("Ruimte in agenda", fill(0xFFEB9C, 0x9C5700)),
        ("Meer gepland dan beschikbaar", fill(0xFFC7CE, 0x9C0006)),
    ] {
        let cf = ConditionalFormatText::new()
            .set_rule(ConditionalFormatTextRule::BeginsWith(tekst.to_string()))
            .set_format(kleur);
        ws.add_conditional_format(first, col, last, col, &cf)?;
    }
    Ok(())
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
        (
            ConditionalFormatCellRule::LessThan(0.9),
            fill(0xFFC7CE, 0x9C0006),
        ),
        (
            ConditionalFormatCellRule::Between(0.9, 0.99999),
            fill(0xFFEB9C, 0x9C5700),
        ),
        (
            ConditionalFormatCellRule::GreaterThanOrEqualTo(1.0),
            fill(0xC6EFCE, 0x006100),
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
