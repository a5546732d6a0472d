//! The generated sheets of a Taskforce workbook ("Resultaat", per-person tabs), on the sheet
//! kit: a title, label/value rows with an explanation in column C, section headings, tables,
//! and the "Meldingen" block, in the computed-cell palette.

use rust_xlsxwriter::{ChartType, Worksheet, XlsxError};

use crate::domain::message::Melding;
use crate::input::form::layout::GEMAAKT_DOOR;
use crate::output::sheet::block::{label_rij, regels, tabel};
use crate::output::sheet::cell::Cell;
use crate::output::sheet::chart::{Grafiek, Titel};
use crate::output::sheet::print::afdruk_liggend;
use crate::output::sheet::style::FormStijl;

/// A generated sheet being written top to bottom.
pub struct Uitvoer<'a> {
    /// The sheet.
    pub ws: &'a mut Worksheet,
    /// The formats.
    pub st: &'a FormStijl,
    /// The next free row.
    pub rij: u32,
    /// Width of column B, for the height of wrapped values.
    pub breedte_b: f64,
}

impl<'a> Uitvoer<'a> {
    /// Starts a generated sheet with a title in A1 and the [`GEMAAKT_DOOR`] note in A2.
    pub fn nieuw(
        ws: &'a mut Worksheet,
        st: &'a FormStijl,
        titel: &str,
        noot: &str,
    ) -> Result<Self, XlsxError> {
        ws.write_string_with_format(0, 0, titel, &st.titel)?;
        let noot = if noot.is_empty() {
            format!("{GEMAAKT_DOOR}.")
        } else {
            format!("{GEMAAKT_DOOR}: {noot}")
        };
        ws.write_string_with_format(1, 0, noot, &st.noot)?;
        ws.set_column_width(0, 44)?;
        ws.set_column_width(1, B_BREEDTE)?;
        ws.set_column_width(2, 80)?;
        afdruk_liggend(ws);
        Ok(Uitvoer {
            ws,
            st,
            rij: 3,
            breedte_b: B_BREEDTE,
        })
    }

    /// A writer for an existing sheet, from row `rij` (for computed columns of input sheets).
    pub fn op(ws: &'a mut Worksheet, st: &'a FormStijl, rij: u32) -> Self {
        Uitvoer {
            ws,
            st,
            rij,
            breedte_b: B_BREEDTE,
        }
    }

    /// Sets column widths (column, characters).
    pub fn breedtes(&mut self, breedtes: &[(u16, f64)]) -> Result<(), XlsxError> {
        for &(c, b) in breedtes {
            self.ws.set_column_width(c, b)?;
            if c == 1 {
                self.breedte_b = b;
            }
        }
        Ok(())
    }

    /// Writes `w` at (row, column).
    pub fn cel(&mut self, r: u32, c: u16, w: &Cell) -> Result<(), XlsxError> {
        self.st.berekend.write(self.ws, r, c, w)
    }

    /// A section heading; leaves a blank row above it unless at the top.
    pub fn sectie(&mut self, t: &str) -> Result<(), XlsxError> {
        if self.rij > 3 {
            self.rij += 1;
        }
        self.ws
            .write_string_with_format(self.rij, 0, t, &self.st.sectie)?;
        self.rij += 1;
        Ok(())
    }

    /// A label in A, its value in B and an explanation in C; returns the row used.
    pub fn waarde(&mut self, label: &str, w: Cell, uitleg: &str) -> Result<u32, XlsxError> {
        let r = self.rij;
        label_rij(self.ws, r, (label, &self.st.label), &w, &self.st.berekend)?;
        if let Cell::Text(t) = &w {
            let n = regels(t, self.breedte_b);
            if n > 1 {
                self.ws.set_row_height(r, 15.0 * n as f64)?;
            }
        }
        if !uitleg.is_empty() {
            self.ws
                .write_string_with_format(r, 2, uitleg, &self.st.noot)?;
        }
        self.rij += 1;
        Ok(r)
    }

    /// A line of text in column A.
    pub fn tekst(&mut self, t: &str) -> Result<(), XlsxError> {
        self.ws
            .write_string_with_format(self.rij, 0, t, &self.st.gewoon)?;
        self.rij += 1;
        Ok(())
    }

    /// A table from column A: a header row and rows; returns the header row.
    pub fn tabel(&mut self, koppen: &[&str], rijen: &[Vec<Cell>]) -> Result<u32, XlsxError> {
        let kop = self.rij;
        let kopjes = (koppen, &self.st.kop_berekend, 32.0);
        self.rij = tabel(self.ws, kop, kopjes, rijen, &self.st.berekend)?;
        Ok(kop)
    }

    /// The "Meldingen" block: one row per problem (severity, place, Dutch text).
    pub fn meldingen(&mut self, meldingen: &[Melding]) -> Result<(), XlsxError> {
        self.sectie("Meldingen")?;
        if meldingen.is_empty() {
            return self.tekst("Geen meldingen.");
        }
        let rijen: Vec<Vec<Cell>> = meldingen
            .iter()
            .map(|m| {
                vec![
                    Cell::text(m.ernst.label()),
                    Cell::text(m.plaats()),
                    Cell::text(&m.nl),
                ]
            })
            .collect();
        self.tabel(&["Soort", "Plaats", "Melding"], &rijen)?;
        Ok(())
    }

    /// A column chart one row below the last row written, over the table `rijen` written from
    /// row `eerste` of sheet `blad`: column A as categories and a series per (column, legend
    /// name, name in the title) that holds a value (see [`Grafiek`]). Nothing when no series
    /// holds a value.
    pub fn kolomgrafiek(
        &mut self,
        blad: &str,
        (eerste, rijen): (u32, &[Vec<Cell>]),
        reeksen: &[(u16, &str, &str)],
        titel: Titel<'_>,
        (breedte, hoogte): (u32, u32),
    ) -> Result<(), XlsxError> {
        let grafiek =
            Grafiek::nieuw(ChartType::Column, blad, titel).tabel(eerste, rijen, 0, reeksen);
        if let Some(mut chart) = grafiek.bouw() {
            chart.set_width(breedte).set_height(hoogte);
            self.ws.insert_chart(self.rij + 1, 0, &chart)?;
        }
        Ok(())
    }
}

/// Width of column B (values) of a generated sheet, in characters.
const B_BREEDTE: f64 = 36.0;
