//! The house style, defined once: the colours, the Dutch number formats, and the three
//! palettes every generated cell is written with: the house palette of the run workbooks,
//! input cells (yellow) and computed cells (blue) of the Taskforce workbooks. Computed numbers
//! are written unrounded: the format does the rounding.

use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Worksheet, XlsxError,
};

use crate::output::sheet::cell::{Cell, Unit, kort};

/// The house colour: titles, section headings and table headers.
pub const HUISKLEUR: u32 = 0x1F4E79;
/// The colour of notes.
pub const KLEUR_NOOT: u32 = 0x595959;
/// Fill colour of input cells (light yellow).
pub const KLEUR_INVOER: u32 = 0xFFF2CC;
/// Fill colour of computed cells (light blue).
pub const KLEUR_BEREKEND: u32 = 0xDDEBF7;

/// Dutch number formats (Excel shows them with the reader's separators).
pub mod formaat {
    /// One decimal with thousands: `1.234,5`.
    pub const EEN_DECIMAAL: &str = "#,##0.0";
    /// Two decimals with thousands: `1.234,56`.
    pub const TWEE_DECIMALEN: &str = "#,##0.00";
    /// Euros: `€ 1.234,56`.
    pub const EURO: &str = "€ #,##0.00";
    /// A fraction as a percentage: `85,0%`.
    pub const PCT: &str = "0.0%";
    /// A whole number with thousands: `1.234`.
    pub const HEEL: &str = "#,##0";
    /// A date: `31-03-2022`.
    pub const DATUM: &str = "dd-mm-yyyy";
    /// Text (a cell typed into stays text).
    pub const TEKST: &str = "@";
}

/// The number formats per unit (in [`Unit::ALLE`] order) of the Taskforce workbooks: hours
/// with two decimals, minutes and days with one, FTE with two, counts whole.
const FORMULIER: [&str; 9] = [
    formaat::TWEE_DECIMALEN,
    formaat::EEN_DECIMAAL,
    formaat::EURO,
    formaat::PCT,
    "0.00",
    formaat::EEN_DECIMAAL,
    "0",
    formaat::TWEE_DECIMALEN,
    "",
];

/// How cells are written: a format per unit, for text, for dates, and for an empty cell.
#[derive(Debug, Clone)]
pub struct Palette {
    text: Option<Format>,
    empty: Option<Format>,
    numbers: Vec<Format>,
    date: Format,
}

impl Palette {
    fn new(base: &Format, formats: [&str; 9], text: Option<Format>, empty: bool) -> Self {
        let with = |f: &str| {
            if f.is_empty() {
                base.clone()
            } else {
                base.clone().set_num_format(f)
            }
        };
        Palette {
            empty: if empty { text.clone() } else { None },
            text,
            numbers: formats.iter().map(|f| with(f)).collect(),
            date: with(formaat::DATUM),
        }
    }

    /// The run workbooks: plain cells, hours with one decimal, nothing written for an empty
    /// cell.
    pub fn huis() -> Self {
        use formaat::*;
        Palette::new(
            &Format::new(),
            [
                EEN_DECIMAAL,
                EEN_DECIMAAL,
                EURO,
                PCT,
                TWEE_DECIMALEN,
                EEN_DECIMAAL,
                HEEL,
                TWEE_DECIMALEN,
                "",
            ],
            None,
            false,
        )
    }

    /// Computed cells of the Taskforce workbooks: blue boxes, hours with two decimals, text
    /// wrapped, an empty cell still blue (so the layout shows).
    pub fn berekend() -> Self {
        let base = vak(KLEUR_BEREKEND);
        let text = base.clone().set_text_wrap().set_align(FormatAlign::Top);
        Palette::new(&base, FORMULIER, Some(text), true)
    }

    /// Input cells of the Taskforce workbooks: yellow boxes, text kept as text.
    pub fn invoer() -> Self {
        let base = vak(KLEUR_INVOER);
        let text = base.clone().set_num_format(formaat::TEKST);
        Palette::new(&base, FORMULIER, Some(text), true)
    }

    /// The format of a number of `unit`.
    pub fn number(&self, unit: Unit) -> &Format {
        &self.numbers[unit.index()]
    }

    /// The format of text (`None`: written without one).
    pub fn text(&self) -> Option<&Format> {
        self.text.as_ref()
    }

    /// The format of a date.
    pub fn date(&self) -> &Format {
        &self.date
    }

    /// Writes one cell.
    pub fn write(&self, ws: &mut Worksheet, r: u32, c: u16, cell: &Cell) -> Result<(), XlsxError> {
        match cell {
            // Plain text needs no format: skipping it spares a format lookup per cell.
            Cell::Text(s) => match &self.text {
                None => ws.write_string(r, c, kort(s).as_ref()),
                Some(f) => ws.write_string_with_format(r, c, kort(s).as_ref(), f),
            },
            Cell::Number(v, u) => ws.write_number_with_format(r, c, *v, self.number(*u)),
            Cell::Date(d) => {
                use chrono::Datelike;
                let dt = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                ws.write_datetime_with_format(r, c, &dt, &self.date)
            }
            Cell::Empty => match &self.empty {
                None => return Ok(()),
                Some(f) => ws.write_blank(r, c, f),
            },
        }?;
        Ok(())
    }
}

/// A box of `kleur` with a thin grey border.
fn vak(kleur: u32) -> Format {
    Format::new()
        .set_background_color(Color::RGB(kleur))
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xBFBFBF))
}

/// A title in the house colour, `size` points.
fn titel(size: u8) -> Format {
    Format::new()
        .set_bold()
        .set_font_size(size)
        .set_font_color(Color::RGB(HUISKLEUR))
}

/// A note: grey italics.
fn noot() -> Format {
    Format::new()
        .set_italic()
        .set_font_color(Color::RGB(KLEUR_NOOT))
}

/// The formats of the run workbooks (house style).
#[derive(Debug, Clone)]
pub struct Stijl {
    /// Sheet title.
    pub titel: Format,
    /// Subtitle / notes.
    pub noot: Format,
    /// Table header: white on the house colour.
    pub kop: Format,
    /// Label in a label/value block.
    pub label: Format,
    /// Section heading.
    pub sectie: Format,
    /// The cells.
    pub cellen: Palette,
}

impl Default for Stijl {
    fn default() -> Self {
        Stijl {
            titel: titel(16),
            noot: noot(),
            kop: Format::new()
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(Color::RGB(HUISKLEUR))
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_border(FormatBorder::Thin),
            label: Format::new().set_bold(),
            sectie: titel(12),
            cellen: Palette::huis(),
        }
    }
}

/// The formats of the Taskforce workbooks: input cells in yellow, computed cells in blue,
/// header rows in the colour of what they head.
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
    /// Input cells.
    pub invoer: Palette,
    /// Computed cells.
    pub berekend: Palette,
}

impl Default for FormStijl {
    fn default() -> Self {
        FormStijl {
            titel: titel(14),
            noot: noot().set_align(FormatAlign::Top),
            label: Format::new().set_bold().set_align(FormatAlign::Top),
            sectie: titel(12),
            kop_invoer: vak(0xFFD966).set_bold().set_text_wrap(),
            kop_berekend: vak(0x9BC2E6).set_bold().set_text_wrap(),
            alinea: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            gewoon: Format::new(),
            datum: Format::new().set_num_format(formaat::DATUM),
            invoer: Palette::invoer(),
            berekend: Palette::berekend(),
        }
    }
}
