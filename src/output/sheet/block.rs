//! Writing the generated sheets ("Resultaat", per-person tabs): a title, label/value rows with
//! an explanation in column C, section headings, tables, and the "Meldingen" block.

use rust_xlsxwriter::{ChartType, Worksheet, XlsxError};

use crate::domain::message::Melding;
use crate::input::form::layout::GEMAAKT_DOOR;
use crate::output::grafiek::{Grafiek, Inhoud, Titel};
use crate::output::sheet::style::{FormStijl, Getal};

/// A computed value for a label/value row or a table cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Waarde {
    /// A number with its format.
    Getal(f64, Getal),
    /// A text.
    Tekst(String),
    /// Nothing (a figure that could not be computed).
    Leeg,
}

impl Waarde {
    /// Hours.
    pub fn uren(v: f64) -> Self {
        Waarde::Getal(v, Getal::Uren)
    }

    /// Euros.
    pub fn euro(v: f64) -> Self {
        Waarde::Getal(v, Getal::Euro)
    }

    /// A fraction shown as a percentage.
    pub fn pct(v: f64) -> Self {
        Waarde::Getal(v, Getal::Pct)
    }

    /// A text.
    pub fn tekst(t: impl Into<String>) -> Self {
        Waarde::Tekst(t.into())
    }

    /// A number of `g`, or empty.
    pub fn of(v: Option<f64>, g: Getal) -> Self {
        v.map_or(Waarde::Leeg, |v| Waarde::Getal(v, g))
    }
}

impl Inhoud for Waarde {
    fn leeg(&self) -> bool {
        matches!(self, Waarde::Leeg) || matches!(self, Waarde::Tekst(t) if t.is_empty())
    }
}

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
        afdruk(ws);
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
    pub fn cel(&mut self, r: u32, c: u16, w: &Waarde) -> Result<(), XlsxError> {
        match w {
            Waarde::Getal(v, g) => self.st.schrijf_getal(self.ws, r, c, *v, *g),
            Waarde::Tekst(t) => self.st.schrijf_tekst(self.ws, r, c, t),
            Waarde::Leeg => self.st.schrijf_leeg(self.ws, r, c),
        }
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
    pub fn waarde(&mut self, label: &str, w: Waarde, uitleg: &str) -> Result<u32, XlsxError> {
        let r = self.rij;
        self.ws
            .write_string_with_format(r, 0, label, &self.st.label)?;
        self.cel(r, 1, &w)?;
        if let Waarde::Tekst(t) = &w {
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
    pub fn tabel(&mut self, koppen: &[&str], rijen: &[Vec<Waarde>]) -> Result<u32, XlsxError> {
        let kop = self.rij;
        for (c, k) in koppen.iter().enumerate() {
            self.ws
                .write_string_with_format(kop, c as u16, *k, &self.st.kop_berekend)?;
        }
        self.ws.set_row_height(kop, 32)?;
        for (i, rij) in rijen.iter().enumerate() {
            for (c, w) in rij.iter().enumerate() {
                self.cel(kop + 1 + i as u32, c as u16, w)?;
            }
        }
        self.rij = kop + 1 + rijen.len() as u32;
        Ok(kop)
    }

    /// The "Meldingen" block: one row per problem (severity, place, Dutch text).
    pub fn meldingen(&mut self, meldingen: &[Melding]) -> Result<(), XlsxError> {
        self.sectie("Meldingen")?;
        if meldingen.is_empty() {
            return self.tekst("Geen meldingen.");
        }
        let rijen: Vec<Vec<Waarde>> = meldingen
            .iter()
            .map(|m| {
                vec![
                    Waarde::tekst(m.ernst.label()),
                    Waarde::tekst(m.plaats()),
                    Waarde::tekst(&m.nl),
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
        (eerste, rijen): (u32, &[Vec<Waarde>]),
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

/// Lines a wrapped text of `t` takes in a column `breedte` characters wide (an estimate).
pub fn regels(t: &str, breedte: f64) -> usize {
    let per_regel = (breedte * 0.95).max(1.0) as usize;
    t.chars().count().div_ceil(per_regel).max(1)
}

/// Prints a sheet landscape, one page wide.
pub fn afdruk(ws: &mut Worksheet) {
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
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
}
