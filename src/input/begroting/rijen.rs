//! The rows of a begroting or December 2021 file as read (these files are small: every row is
//! kept, so that each number column's convention is decided before it is read, SPEC 5.2).

use std::path::Path;

use crate::domain::decimaal::{Decimaal, GetalConventie};
use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::mapping::Mapping;
use crate::input::table::{Column, Header, read_mapped};
use crate::input::value::{GetalKolom, is_empty, lees_cel};

/// One data row: its line, its cells as text, and which cells are a workbook's number cells.
#[derive(Debug, Clone)]
pub(super) struct Rij {
    pub(super) regel: usize,
    cellen: Vec<String>,
    getal: Vec<bool>,
}

impl Rij {
    /// The cell at position `i`, trimmed; `None` when absent, empty or `-`.
    pub(super) fn cel(&self, i: Option<usize>) -> Option<&str> {
        let c = self.cellen.get(i?)?;
        (!is_empty(c)).then(|| c.trim())
    }

    /// True when the row's first non-empty cell reads `totaal` and the like (SPEC 5.3).
    fn is_totaal(&self) -> bool {
        self.cellen
            .iter()
            .find(|c| !c.trim().is_empty())
            .is_some_and(|c| {
                matches!(
                    fold(c.trim_end_matches(':')).as_str(),
                    "totaal"
                        | "total"
                        | "subtotaal"
                        | "eindtotaal"
                        | "generaaltotaal"
                        | "grandtotal"
                )
            })
    }
}

/// Reads every data row of the table at `path` (totals rows and repeated headers left out).
pub(super) fn lees(
    path: &Path,
    columns: &[Column],
    mapping: &Mapping,
) -> Result<(Header, Vec<Rij>), InputError> {
    let mut rijen = Vec::new();
    let header = read_mapped(path, columns, mapping, |row| {
        if row.repeated_header {
            return;
        }
        let n = row.cells.len();
        let rij = Rij {
            regel: row.line,
            cellen: (0..n)
                .map(|i| row.cells.cell(i).unwrap_or("").to_string())
                .collect(),
            getal: (0..n).map(|i| row.cells.is_number(i)).collect(),
        };
        if !rij.is_totaal() {
            rijen.push(rij);
        }
    })?;
    Ok((header, rijen))
}

/// One number column (or, for a wide begroting, the month columns together): its cell
/// positions, header, and the convention decided for it.
#[derive(Debug, Clone)]
pub(super) struct Getallen {
    posities: Vec<usize>,
    decimaal: Option<Decimaal>,
    /// The convention as decided, for the report.
    pub(super) conventie: Option<GetalConventie>,
}

impl Getallen {
    /// Decides the convention of the text cells at `posities` over `rijen` (SPEC 5.2): the
    /// profile's `decimaal` (under `[sectie]`), else what the values show. `kop` names the
    /// column (or columns) in the report, `koppen` are the file's headers.
    pub(super) fn besluit(
        rijen: &[Rij],
        posities: Vec<usize>,
        kop: String,
        vast: Option<Decimaal>,
        bestand: &str,
        sectie: &str,
        koppen: &[String],
    ) -> Result<Self, InputError> {
        let mut k = GetalKolom::new(kop, vast);
        for r in rijen {
            for &i in &posities {
                if let Some(s) = r.cel(Some(i))
                    && !r.getal.get(i).copied().unwrap_or(false)
                {
                    k.zie_in(r.regel, koppen.get(i).map_or("", String::as_str), s);
                }
            }
        }
        let conventie = k.besluit(bestand, Some(sectie))?;
        Ok(Getallen {
            posities,
            decimaal: conventie.as_ref().map(|c| c.decimaal),
            conventie,
        })
    }

    /// The number in `rij` at position `i` (one of this column's), `None` when empty; an
    /// error naming the line, the column (`kolom`, as headed) and what was `verwacht` when it
    /// cannot be read.
    pub(super) fn lees(
        &self,
        rij: &Rij,
        i: usize,
        bestand: &str,
        kolom: &str,
        verwacht: &str,
    ) -> Result<Option<f64>, InputError> {
        debug_assert!(self.posities.contains(&i));
        let Some(s) = rij.cel(Some(i)) else {
            return Ok(None);
        };
        let getypt = rij.getal.get(i).copied().unwrap_or(false);
        lees_cel(s, getypt, self.decimaal).map(Some).ok_or_else(|| {
            let hoe = match self.decimaal {
                Some(Decimaal::Komma) => " with a decimal comma, such as 62.346,50",
                Some(Decimaal::Punt) => " with a decimal point, such as 62,346.50",
                None => "",
            };
            InputError::at(
                bestand,
                rij.regel,
                Some(kolom.to_string()),
                format!("expected {verwacht}{hoe}, found \"{s}\""),
            )
        })
    }
}
