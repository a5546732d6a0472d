//! A workbook read whole with calamine, as a grid of cells per sheet, and the finders that
//! locate what the user filled in whatever else was typed around it: a label in column A
//! (folded text), a header row (folded header names, with aliases).

use std::collections::BTreeMap;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook_auto};

use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::table::{Column, match_header};
use crate::input::value::{is_empty, parse_number};
use crate::input::xlsx_reader::data_text;

/// A cell that holds something other than a number where a number belongs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a number, found \"{gevonden}\"")]
pub struct GeenGetal {
    /// The cell's text, trimmed.
    pub gevonden: String,
}

impl GeenGetal {
    /// The error for a cell reading `t`.
    fn in_(t: &str) -> Self {
        GeenGetal {
            gevonden: t.trim().to_string(),
        }
    }
}

/// How many rows from the top are searched for a header row.
pub const KOP_ZOEKRIJEN: u32 = 40;
/// Largest number of rows and columns read from one sheet (bigger sheets are cut).
const MAX_RIJ: u32 = 100_000;
const MAX_KOLOM: u32 = 200;

/// One sheet: its name and its non-empty cells by (row, column), 0-based.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Werkblad {
    /// The sheet's name as in the workbook.
    pub naam: String,
    /// Non-empty cells.
    pub cellen: BTreeMap<(u32, u16), Data>,
}

/// A header row as found: its row and, per expected column, its column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kop {
    /// The 0-based row of the header.
    pub rij: u32,
    /// For each expected column (in the caller's order), its 0-based column.
    pub kolommen: Vec<Option<u16>>,
}

impl Kop {
    /// The column of expected column `i`.
    pub fn kolom(&self, i: usize) -> Option<u16> {
        self.kolommen.get(i).copied().flatten()
    }
}

impl Werkblad {
    /// An empty sheet called `naam`.
    pub fn nieuw(naam: &str) -> Self {
        Werkblad {
            naam: naam.to_string(),
            cellen: BTreeMap::new(),
        }
    }

    /// Sets a cell (an empty string removes it).
    pub fn zet(&mut self, rij: u32, kolom: u16, waarde: Data) {
        if matches!(&waarde, Data::Empty) || matches!(&waarde, Data::String(s) if s.is_empty()) {
            self.cellen.remove(&(rij, kolom));
        } else {
            self.cellen.insert((rij, kolom), waarde);
        }
    }

    /// Sets a text cell.
    pub fn zet_tekst(&mut self, rij: u32, kolom: u16, tekst: &str) {
        self.zet(rij, kolom, Data::String(tekst.to_string()));
    }

    /// Sets a number cell.
    pub fn zet_getal(&mut self, rij: u32, kolom: u16, v: f64) {
        self.zet(rij, kolom, Data::Float(v));
    }

    /// The cell at (row, column), if not empty.
    pub fn data(&self, rij: u32, kolom: u16) -> Option<&Data> {
        self.cellen.get(&(rij, kolom))
    }

    /// The cell's text, trimmed (numbers unrounded, dates `YYYY-MM-DD`); empty when empty.
    pub fn tekst(&self, rij: u32, kolom: u16) -> String {
        self.data(rij, kolom)
            .map(|d| data_text(d).trim().to_string())
            .unwrap_or_default()
    }

    /// True when the cell is empty, blank or a lone `-`.
    pub fn leeg(&self, rij: u32, kolom: u16) -> bool {
        is_empty(&self.tekst(rij, kolom))
    }

    /// The cell as a number: `Ok(None)` when empty, [`GeenGetal`] when it holds something
    /// else. Text numbers may use a decimal comma.
    pub fn getal(&self, rij: u32, kolom: u16) -> Result<Option<f64>, GeenGetal> {
        match self.data(rij, kolom) {
            None => Ok(None),
            Some(Data::Float(f)) => Ok(Some(*f)),
            Some(Data::Int(i)) => Ok(Some(*i as f64)),
            Some(d) => {
                let t = data_text(d);
                if is_empty(&t) {
                    return Ok(None);
                }
                match d {
                    Data::String(_) => parse_number(&t).map(Some).ok_or_else(|| GeenGetal::in_(&t)),
                    _ => Err(GeenGetal::in_(&t)),
                }
            }
        }
    }

    /// The cell as a fraction: `85%` → 0.85, `0.85` → 0.85, and a number above 1 is read as a
    /// percentage (`85` → 0.85).
    pub fn fractie(&self, rij: u32, kolom: u16) -> Result<Option<f64>, GeenGetal> {
        let t = self.tekst(rij, kolom);
        if let Some(p) = t.strip_suffix('%') {
            return parse_number(p)
                .map(|v| Some(v / 100.0))
                .ok_or_else(|| GeenGetal::in_(&t));
        }
        Ok(self
            .getal(rij, kolom)?
            .map(|v| if v > 1.0 { v / 100.0 } else { v }))
    }

    /// The first row whose column A equals `label` (folded; a trailing `:` is ignored).
    pub fn zoek_label(&self, label: &str) -> Option<u32> {
        let doel = fold(label.trim_end_matches(':'));
        self.cellen
            .iter()
            .filter(|((_, c), _)| *c == 0)
            .find(|((r, _), _)| fold(self.tekst(*r, 0).trim_end_matches(':')) == doel)
            .map(|((r, _), _)| *r)
    }

    /// The first of the top rows that holds every required column of `kolommen` (folded
    /// header names and aliases); `None` when there is none.
    pub fn zoek_kop(&self, kolommen: &[Column]) -> Option<Kop> {
        let laatste = self.laatste_rij().min(KOP_ZOEKRIJEN);
        (0..=laatste).find_map(|r| {
            let cells = self.rij_teksten(r);
            if cells.iter().all(|c| is_empty(c)) {
                return None;
            }
            let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
            let h = match_header(&self.naam, r as usize + 1, &refs, kolommen).ok()?;
            Some(Kop {
                rij: r,
                kolommen: h.index.iter().map(|i| i.map(|i| i as u16)).collect(),
            })
        })
    }

    /// The texts of row `rij` from column A to its last non-empty cell.
    pub fn rij_teksten(&self, rij: u32) -> Vec<String> {
        let laatste = self
            .cellen
            .range((rij, 0)..=(rij, u16::MAX))
            .map(|((_, c), _)| *c)
            .next_back();
        match laatste {
            None => Vec::new(),
            Some(l) => (0..=l).map(|c| self.tekst(rij, c)).collect(),
        }
    }

    /// Adds a cell as read; empty cells and cells beyond the limits are skipped.
    fn voeg_toe(&mut self, r: u32, c: u32, d: Data) {
        if r >= MAX_RIJ || c >= MAX_KOLOM || matches!(d, Data::Empty) {
            return;
        }
        if matches!(&d, Data::String(s) if s.trim().is_empty()) {
            return;
        }
        self.cellen.insert((r, c as u16), d);
    }

    /// The last row that holds a cell (0 for an empty sheet).
    pub fn laatste_rij(&self) -> u32 {
        self.cellen.keys().map(|(r, _)| *r).max().unwrap_or(0)
    }

    /// The last column used in row `rij`, if any.
    pub fn laatste_kolom(&self, rij: u32) -> Option<u16> {
        self.cellen
            .range((rij, 0)..=(rij, u16::MAX))
            .map(|((_, c), _)| *c)
            .next_back()
    }
}

/// A workbook read whole: its file name and sheets in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Werkmap {
    /// The file name (without folder), used in messages.
    pub bestand: String,
    /// The sheets in workbook order.
    pub bladen: Vec<Werkblad>,
    /// Sheets that could not be read (name and reason): left out.
    pub onleesbaar: Vec<String>,
}

impl Werkmap {
    /// Reads every sheet of the workbook at `path`.
    pub fn lees(path: &Path) -> Result<Werkmap, InputError> {
        let bestand = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let open_err = |e: &dyn std::fmt::Display| {
            InputError::file(
                &bestand,
                format!("cannot open the workbook: {e}; expected an xlsx file"),
            )
        };
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let mut bladen = Vec::new();
        let mut onleesbaar = Vec::new();
        if ext == "xlsx" || ext == "xlsm" {
            // Streamed cell by cell: a sheet that claims a huge dimension costs nothing.
            let mut wb: Xlsx<_> = calamine::open_workbook(path).map_err(|e| open_err(&e))?;
            for naam in wb.sheet_names() {
                let mut blad = Werkblad::nieuw(&naam);
                let gelezen = wb.worksheet_cells_reader(&naam).and_then(|mut cells| {
                    while let Some(cell) = cells.next_cell()? {
                        let (r, c) = cell.get_position();
                        blad.voeg_toe(r, c, cell.get_value().clone().into());
                    }
                    Ok(())
                });
                match gelezen {
                    Ok(()) => bladen.push(blad),
                    Err(e) => onleesbaar.push(format!("{naam} ({e})")),
                }
            }
        } else {
            let mut wb = open_workbook_auto(path).map_err(|e| open_err(&e))?;
            for naam in wb.sheet_names() {
                match wb.worksheet_range(&naam) {
                    Ok(range) => {
                        let mut blad = Werkblad::nieuw(&naam);
                        let (r0, c0) = range.start().unwrap_or((0, 0));
                        for (r, c, d) in range.used_cells() {
                            blad.voeg_toe(r0 + r as u32, c0 + c as u32, d.clone());
                        }
                        bladen.push(blad);
                    }
                    Err(e) => onleesbaar.push(format!("{naam} ({e})")),
                }
            }
        }
        Ok(Werkmap {
            bestand,
            bladen,
            onleesbaar,
        })
    }

    /// The sheet whose name equals `naam` (folded).
    pub fn blad(&self, naam: &str) -> Option<&Werkblad> {
        let f = fold(naam);
        self.bladen.iter().find(|b| fold(&b.naam) == f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blad() -> Werkblad {
        let mut b = Werkblad::nieuw("Weekagenda");
        b.zet_tekst(0, 0, "Weekagenda van Jan");
        b.zet_tekst(2, 1, "Activiteit");
        b.zet_tekst(2, 2, "directe tijd");
        b.zet_tekst(2, 4, "Notitie");
        b.zet_tekst(3, 1, "Behandeling");
        b.zet_tekst(3, 2, "45,5");
        b.zet_tekst(4, 2, "drie kwartier");
        b.zet_getal(5, 2, 30.0);
        b.zet_tekst(6, 0, "Uren per week:");
        b.zet_tekst(6, 1, "85%");
        b.zet_getal(7, 1, 85.0);
        b
    }

    #[test]
    fn finds_header_row_and_labels_by_folded_text() {
        let b = blad();
        let cols = [
            Column::required("Activiteit", &[]),
            Column::required("Directe tijd (min)", &["directe tijd"]),
            Column::optional("Aantal", &[]),
        ];
        let k = b.zoek_kop(&cols).unwrap();
        assert_eq!(k.rij, 2);
        assert_eq!(k.kolommen, vec![Some(1), Some(2), None]);
        assert_eq!(b.zoek_label("uren per week"), Some(6));
        assert_eq!(b.zoek_label("Jaar"), None);
    }

    #[test]
    fn numbers_and_fractions() {
        let b = blad();
        assert_eq!(b.getal(3, 2), Ok(Some(45.5)));
        assert_eq!(
            b.getal(4, 2),
            Err(GeenGetal {
                gevonden: "drie kwartier".to_string()
            })
        );
        assert_eq!(b.getal(5, 2), Ok(Some(30.0)));
        assert_eq!(b.getal(9, 9), Ok(None));
        assert_eq!(b.fractie(6, 1), Ok(Some(0.85)));
        assert_eq!(b.fractie(7, 1), Ok(Some(0.85)));
    }
}
