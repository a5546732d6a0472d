//! The look of the Taskforce workbooks: input cells in yellow, computed cells in blue, header
//! rows in the colour of what they head, and number formats for hours, minutes, euros, FTE
//! and percentages. Computed numbers are written unrounded: the format does the rounding.

use calamine::Data;

use crate::input::form::layout::InvoerSoort;
use crate::input::value::parse_number;
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

/// Fill colour of input cells (light yellow).
pub const KLEUR_INVOER: u32 = 0xFFF2CC;
/// Fill colour of computed cells (light blue).
pub const KLEUR_BEREKEND: u32 = 0xDDEBF7;
/// Excel's limit on the characters in one cell.
const MAX_TEKST: usize = 32_767;

/// The number format of a computed cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Getal {
    /// Hours (two decimals).
    Uren,
    /// Minutes (one decimal).
    Minuten,
    /// Euros.
    Euro,
    /// A fraction as a percentage.
    Pct,
    /// FTE (two decimals).
    Fte,
    /// Days (one decimal).
    Dagen,
    /// A whole count.
    Aantal,
}

/// Every format the Taskforce workbooks use.
#[derive(Debug, Clone)]
pub struct FormStijl {
    /// Sheet title (A1).
    pub titel: Format,
    /// Notes and hints.
    pub noot: Format,
    /// A label in column A.
    pub label: Format,
    /// A section heading.
    pub sectie: Format,
    /// Header cell above input columns.
    pub kop_invoer: Format,
    /// Header cell above computed columns.
    pub kop_berekend: Format,
    /// Wrapped text (Uitleg).
    pub alinea: Format,
    /// A cell without any layout.
    pub gewoon: Format,
    /// A date outside the input zones.
    pub datum: Format,
    invoer_tekst: Format,
    invoer_getal: Format,
    invoer_pct: Format,
    invoer_euro: Format,
    invoer_datum: Format,
    berekend_tekst: Format,
    berekend: [Format; 7],
}

fn vak(kleur: u32) -> Format {
    Format::new()
        .set_background_color(Color::RGB(kleur))
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xBFBFBF))
}

impl Default for FormStijl {
    fn default() -> Self {
        let blauw = Color::RGB(0x1F4E79);
        let nummer = |f: &str| vak(KLEUR_BEREKEND).set_num_format(f);
        FormStijl {
            titel: Format::new()
                .set_bold()
                .set_font_size(14)
                .set_font_color(blauw),
            noot: Format::new()
                .set_italic()
                .set_align(FormatAlign::Top)
                .set_font_color(Color::RGB(0x595959)),
            label: Format::new().set_bold().set_align(FormatAlign::Top),
            sectie: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_font_color(blauw),
            kop_invoer: vak(0xFFD966).set_bold().set_text_wrap(),
            kop_berekend: vak(0x9BC2E6).set_bold().set_text_wrap(),
            alinea: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            gewoon: Format::new(),
            datum: Format::new().set_num_format("dd-mm-yyyy"),
            invoer_tekst: vak(KLEUR_INVOER).set_num_format("@"),
            invoer_getal: vak(KLEUR_INVOER),
            invoer_pct: vak(KLEUR_INVOER).set_num_format("0.0%"),
            invoer_euro: vak(KLEUR_INVOER).set_num_format("€ #,##0.00"),
            invoer_datum: vak(KLEUR_INVOER).set_num_format("dd-mm-yyyy"),
            berekend_tekst: vak(KLEUR_BEREKEND)
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            berekend: [
                nummer("#,##0.00"),
                nummer("#,##0.0"),
                nummer("€ #,##0.00"),
                nummer("0.0%"),
                nummer("0.00"),
                nummer("#,##0.0"),
                nummer("0"),
            ],
        }
    }
}

impl FormStijl {
    /// The format of an input cell of `soort`.
    pub fn invoer(&self, soort: InvoerSoort) -> &Format {
        match soort {
            InvoerSoort::Tekst => &self.invoer_tekst,
            InvoerSoort::Getal => &self.invoer_getal,
            InvoerSoort::Pct => &self.invoer_pct,
            InvoerSoort::Euro => &self.invoer_euro,
        }
    }

    /// The format of a computed number.
    pub fn getal(&self, g: Getal) -> &Format {
        let i = match g {
            Getal::Uren => 0,
            Getal::Minuten => 1,
            Getal::Euro => 2,
            Getal::Pct => 3,
            Getal::Fte => 4,
            Getal::Dagen => 5,
            Getal::Aantal => 6,
        };
        &self.berekend[i]
    }

    /// Writes a computed number.
    pub fn schrijf_getal(
        &self,
        ws: &mut Worksheet,
        r: u32,
        c: u16,
        v: f64,
        g: Getal,
    ) -> Result<(), XlsxError> {
        ws.write_number_with_format(r, c, v, self.getal(g))?;
        Ok(())
    }

    /// Writes a computed text (always as text: never a formula).
    pub fn schrijf_tekst(
        &self,
        ws: &mut Worksheet,
        r: u32,
        c: u16,
        t: &str,
    ) -> Result<(), XlsxError> {
        ws.write_string_with_format(r, c, kort(t), &self.berekend_tekst)?;
        Ok(())
    }

    /// Writes an empty computed cell (blue, so the layout shows).
    pub fn schrijf_leeg(&self, ws: &mut Worksheet, r: u32, c: u16) -> Result<(), XlsxError> {
        ws.write_blank(r, c, &self.berekend_tekst)?;
        Ok(())
    }

    /// Writes an input cell as read (or blank), in the input colour of `soort`. A number that
    /// was read as text (typed into a cell formatted as text, `3` or `1,5`) in a number or
    /// euro column is written as the number it stands for, so that Excel does not flag a
    /// number stored as text.
    pub fn schrijf_invoer(
        &self,
        ws: &mut Worksheet,
        r: u32,
        c: u16,
        d: Option<&Data>,
        soort: InvoerSoort,
    ) -> Result<(), XlsxError> {
        let f = self.invoer(soort);
        match d {
            None => {
                ws.write_blank(r, c, f)?;
                Ok(())
            }
            Some(d @ Data::String(s))
                if matches!(soort, InvoerSoort::Getal | InvoerSoort::Euro) =>
            {
                match parse_number(s) {
                    Some(v) => ws.write_number_with_format(r, c, v, f).map(|_| ()),
                    None => schrijf_data(ws, r, c, d, f, &self.invoer_datum),
                }
            }
            Some(d) => schrijf_data(ws, r, c, d, f, &self.invoer_datum),
        }
    }

    /// Writes a cell as read with `f` (dates get the date format).
    pub fn schrijf_kopie(
        &self,
        ws: &mut Worksheet,
        r: u32,
        c: u16,
        d: &Data,
        f: &Format,
    ) -> Result<(), XlsxError> {
        schrijf_data(ws, r, c, d, f, &self.datum)
    }
}

/// Text cut to Excel's cell limit.
fn kort(t: &str) -> &str {
    match t.char_indices().nth(MAX_TEKST) {
        Some((i, _)) => &t[..i],
        None => t,
    }
}

/// Writes a calamine value: text as text (never a formula), numbers as numbers, dates as
/// dates (with `datum`), booleans as booleans, errors as their text.
fn schrijf_data(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    d: &Data,
    f: &Format,
    datum: &Format,
) -> Result<(), XlsxError> {
    match d {
        Data::Empty => ws.write_blank(r, c, f),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
            ws.write_string_with_format(r, c, kort(s), f)
        }
        Data::Float(v) => ws.write_number_with_format(r, c, *v, f),
        Data::Int(v) => ws.write_number_with_format(r, c, *v as f64, f),
        Data::Bool(b) => ws.write_boolean_with_format(r, c, *b, f),
        Data::DateTime(dt) if dt.is_datetime() => {
            ws.write_number_with_format(r, c, dt.as_f64(), datum)
        }
        Data::DateTime(dt) => ws.write_number_with_format(r, c, dt.as_f64(), f),
        Data::Error(e) => ws.write_string_with_format(r, c, format!("#{e:?}"), f),
    }?;
    Ok(())
}
