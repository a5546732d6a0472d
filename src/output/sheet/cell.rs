//! Cells and the house style of every generated workbook: numbers as numbers with number
//! formats (hours, €, %), text always as text (never a formula: SPEC 4's formula injection),
//! header rows with filters, label/value blocks.

use chrono::NaiveDate;

use crate::output::grafiek::Inhoud;
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Worksheet, XlsxError,
};

/// One cell value with its display kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Cel {
    /// Text (written as text even when it starts with `=`, `+`, `-` or `@`).
    Tekst(String),
    /// Hours, shown with one decimal.
    Uren(f64),
    /// Euros, shown with thousands separators and cents.
    Euro(f64),
    /// A fraction shown as a percentage.
    Pct(f64),
    /// A count.
    Getal(f64),
    /// A number with two decimals (minutes, FTE).
    Decimaal(f64),
    /// A date.
    Datum(NaiveDate),
    /// Nothing.
    Leeg,
}

impl Cel {
    /// Text from anything printable.
    pub fn tekst(s: impl Into<String>) -> Cel {
        Cel::Tekst(s.into())
    }

    /// A count.
    pub fn getal(n: impl Into<f64>) -> Cel {
        Cel::Getal(n.into())
    }

    /// An optional euro amount (empty when `None`).
    pub fn euro_opt(v: Option<f64>) -> Cel {
        v.map_or(Cel::Leeg, Cel::Euro)
    }

    /// An optional fraction (empty when `None`).
    pub fn pct_opt(v: Option<f64>) -> Cel {
        v.map_or(Cel::Leeg, Cel::Pct)
    }
}

impl Inhoud for Cel {
    fn leeg(&self) -> bool {
        matches!(self, Cel::Leeg) || matches!(self, Cel::Tekst(t) if t.is_empty())
    }

    fn datum(&self) -> bool {
        matches!(self, Cel::Datum(_))
    }
}

/// The formats of the house style.
#[derive(Debug, Clone)]
pub struct Stijl {
    /// Sheet title.
    pub titel: Format,
    /// Subtitle / notes.
    pub noot: Format,
    /// Table header.
    pub kop: Format,
    /// Label in a label/value block.
    pub label: Format,
    /// Text cell.
    pub tekst: Format,
    /// Hours.
    pub uren: Format,
    /// Euros.
    pub euro: Format,
    /// Percentages.
    pub pct: Format,
    /// Counts.
    pub getal: Format,
    /// Two decimals.
    pub decimaal: Format,
    /// Dates.
    pub datum: Format,
    /// Section heading.
    pub sectie: Format,
}

impl Default for Stijl {
    fn default() -> Self {
        let blauw = Color::RGB(0x1F4E79);
        Stijl {
            titel: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_font_color(blauw),
            noot: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0x595959)),
            kop: Format::new()
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(blauw)
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_border(FormatBorder::Thin),
            label: Format::new().set_bold(),
            tekst: Format::new(),
            uren: Format::new().set_num_format("#,##0.0"),
            euro: Format::new().set_num_format("€ #,##0.00"),
            pct: Format::new().set_num_format("0.0%"),
            getal: Format::new().set_num_format("#,##0"),
            decimaal: Format::new().set_num_format("#,##0.00"),
            datum: Format::new().set_num_format("dd-mm-yyyy"),
            sectie: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_font_color(blauw),
        }
    }
}

impl Stijl {
    /// Writes one cell.
    pub fn write(
        &self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        cel: &Cel,
    ) -> Result<(), XlsxError> {
        match cel {
            // Plain text needs no format: skipping it spares a format lookup per cell.
            Cel::Tekst(s) => ws.write_string(row, col, s).map(|_| ()),
            Cel::Uren(v) => ws
                .write_number_with_format(row, col, *v, &self.uren)
                .map(|_| ()),
            Cel::Euro(v) => ws
                .write_number_with_format(row, col, *v, &self.euro)
                .map(|_| ()),
            Cel::Pct(v) => ws
                .write_number_with_format(row, col, *v, &self.pct)
                .map(|_| ()),
            Cel::Getal(v) => ws
                .write_number_with_format(row, col, *v, &self.getal)
                .map(|_| ()),
            Cel::Decimaal(v) => ws
                .write_number_with_format(row, col, *v, &self.decimaal)
                .map(|_| ()),
            Cel::Datum(d) => {
                use chrono::Datelike;
                let dt = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                ws.write_datetime_with_format(row, col, &dt, &self.datum)
                    .map(|_| ())
            }
            Cel::Leeg => Ok(()),
        }
    }

    /// A title and subtitle lines from `row`; returns the next free row (one blank after).
    pub fn titel(
        &self,
        ws: &mut Worksheet,
        row: u32,
        titel: &str,
        regels: &[String],
    ) -> Result<u32, XlsxError> {
        ws.write_string_with_format(row, 0, titel, &self.titel)?;
        ws.set_row_height(row, 22)?;
        for (i, r) in regels.iter().enumerate() {
            ws.write_string_with_format(row + 1 + i as u32, 0, r, &self.noot)?;
        }
        Ok(row + regels.len() as u32 + 2)
    }

    /// A section heading at `row`; returns the next row.
    pub fn sectie(&self, ws: &mut Worksheet, row: u32, tekst: &str) -> Result<u32, XlsxError> {
        ws.write_string_with_format(row, 0, tekst, &self.sectie)?;
        Ok(row + 1)
    }

    /// A label/value block (label in column A, value in B, optional note in C); returns the
    /// next free row.
    pub fn labels(
        &self,
        ws: &mut Worksheet,
        row: u32,
        items: &[(&str, Cel)],
    ) -> Result<u32, XlsxError> {
        for (i, (label, cel)) in items.iter().enumerate() {
            let r = row + i as u32;
            ws.write_string_with_format(r, 0, *label, &self.label)?;
            self.write(ws, r, 1, cel)?;
        }
        Ok(row + items.len() as u32)
    }

    /// A table with a header row at `row` (starting in column A); returns the row after the
    /// last data row. (A sheet has one autofilter: the caller sets it on its main list.)
    pub fn tabel(
        &self,
        ws: &mut Worksheet,
        row: u32,
        headers: &[&str],
        rows: &[Vec<Cel>],
    ) -> Result<u32, XlsxError> {
        for (c, h) in headers.iter().enumerate() {
            ws.write_string_with_format(row, c as u16, *h, &self.kop)?;
        }
        // Room for headers that wrap over three lines (readers do not grow rows themselves).
        ws.set_row_height(row, 45)?;
        for (i, cells) in rows.iter().enumerate() {
            for (c, cel) in cells.iter().enumerate() {
                self.write(ws, row + 1 + i as u32, c as u16, cel)?;
            }
        }
        Ok(row + rows.len() as u32 + 1)
    }
}

/// Sets column widths (in characters) from column A on.
pub fn breedtes(ws: &mut Worksheet, widths: &[f64]) -> Result<(), XlsxError> {
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    Ok(())
}
