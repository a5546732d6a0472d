//! Blocks of a generated sheet, for the run and the Taskforce workbooks alike: a title with
//! notes, section headings, label blocks that return the row of every label they wrote, and
//! tables with a header row.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use crate::output::sheet::cell::{Cell, kort};
use crate::output::sheet::style::{Palette, Stijl};

/// The rows a label block wrote: where each label stands, and the next free row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    /// (label, row) in the order written.
    pub rijen: Vec<(String, u32)>,
    /// The row after the block.
    pub volgende: u32,
}

impl Labels {
    /// The row of `label`, if the block wrote it.
    pub fn rij(&self, label: &str) -> Option<u32> {
        self.rijen.iter().find(|(l, _)| l == label).map(|(_, r)| *r)
    }
}

/// One label/value row: `label` in column A with `fmt`, `cell` in column B with `palet`.
pub fn label_rij(
    ws: &mut Worksheet,
    r: u32,
    (label, fmt): (&str, &Format),
    cell: &Cell,
    palet: &Palette,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(r, 0, kort(label).as_ref(), fmt)?;
    palet.write(ws, r, 1, cell)
}

/// A table from column A: `headers` in `kop` at `row`, `hoogte` points high (room for
/// headers that wrap: readers do not grow rows themselves), the rows below in `palet`.
/// Returns the row after the last data row. (A sheet has one autofilter: the caller sets it on
/// its main list.)
pub fn tabel(
    ws: &mut Worksheet,
    row: u32,
    (headers, kop, hoogte): (&[&str], &Format, f64),
    rows: &[Vec<Cell>],
    palet: &Palette,
) -> Result<u32, XlsxError> {
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, *h, kop)?;
    }
    ws.set_row_height(row, hoogte)?;
    for (i, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            palet.write(ws, row + 1 + i as u32, c as u16, cell)?;
        }
    }
    Ok(row + rows.len() as u32 + 1)
}

/// Lines a wrapped text of `t` takes in a column `breedte` characters wide (an estimate).
pub fn regels(t: &str, breedte: f64) -> usize {
    let per_regel = (breedte * 0.95).max(1.0) as usize;
    t.chars().count().div_ceil(per_regel).max(1)
}

/// Sets column widths (in characters) from column A on.
pub fn breedtes(ws: &mut Worksheet, widths: &[f64]) -> Result<(), XlsxError> {
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    Ok(())
}

impl Stijl {
    /// Writes one cell in the house palette.
    pub fn write(
        &self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        cell: &Cell,
    ) -> Result<(), XlsxError> {
        self.cellen.write(ws, row, col, cell)
    }

    /// A title and subtitle lines from `row`; returns the next free row (one blank after).
    pub fn titel(
        &self,
        ws: &mut Worksheet,
        row: u32,
        titel: &str,
        regels: &[String],
    ) -> Result<u32, XlsxError> {
        ws.write_string_with_format(row, 0, kort(titel).as_ref(), &self.titel)?;
        ws.set_row_height(row, 22)?;
        for (i, r) in regels.iter().enumerate() {
            ws.write_string_with_format(row + 1 + i as u32, 0, kort(r).as_ref(), &self.noot)?;
        }
        Ok(row + regels.len() as u32 + 2)
    }

    /// A section heading at `row`; returns the next row.
    pub fn sectie(&self, ws: &mut Worksheet, row: u32, tekst: &str) -> Result<u32, XlsxError> {
        ws.write_string_with_format(row, 0, kort(tekst).as_ref(), &self.sectie)?;
        Ok(row + 1)
    }

    /// A label/value block from `row` (label in column A, value in B); returns the row of
    /// every label and the next free row.
    pub fn labels(
        &self,
        ws: &mut Worksheet,
        row: u32,
        items: &[(&str, Cell)],
    ) -> Result<Labels, XlsxError> {
        let mut rijen = Vec::with_capacity(items.len());
        for (i, (label, cell)) in items.iter().enumerate() {
            let r = row + i as u32;
            label_rij(ws, r, (label, &self.label), cell, &self.cellen)?;
            rijen.push((label.to_string(), r));
        }
        Ok(Labels {
            rijen,
            volgende: row + items.len() as u32,
        })
    }

    /// A table with a header row at `row` (starting in column A); returns the row after the
    /// last data row.
    pub fn tabel(
        &self,
        ws: &mut Worksheet,
        row: u32,
        headers: &[&str],
        rows: &[Vec<Cell>],
    ) -> Result<u32, XlsxError> {
        tabel(ws, row, (headers, &self.kop, 45.0), rows, &self.cellen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines() {
        assert_eq!(regels("kort", 36.0), 1);
        assert_eq!(regels(&"x".repeat(100), 36.0), 3);
        assert_eq!(regels("", 36.0), 1);
    }

    #[test]
    fn a_label_block_returns_the_row_of_each_label() {
        let mut ws = Worksheet::new();
        let st = Stijl::default();
        let items = [
            ("Naam", Cell::text("x")),
            ("Signaal", Cell::text("In balans")),
        ];
        let l = st.labels(&mut ws, 7, &items).unwrap();
        assert_eq!(l.rij("Signaal"), Some(8));
        assert_eq!(l.rij("Advies"), None);
        assert_eq!(l.volgende, 9);
    }
}
