//! The two shapes of an input sheet and how both the blank template and a filled-in copy are
//! written from one description: a *label sheet* (label in column A, value in B, a hint in C)
//! and a *table sheet* (a header row with input columns and computed columns below a title).
//!
//! Writing always starts from a [`Werkblad`] grid: for `zpm templates` the grid built from the
//! description ([`LabelBlad::sjabloon`], [`TabelBlad::sjabloon`]), for `zpm fill` the grid read
//! from the user's workbook. Every cell the user typed is copied as it was; the description only
//! adds colours, validations and (for tables) the computed columns.

use std::ops::Range;

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use crate::input::table::Column;
use crate::taskforce::grid::{Kop, Werkblad};
use crate::taskforce::lijsten::Validatie;
use crate::taskforce::stijl::{FormStijl, InvoerSoort};

/// The note in A2 of every sheet that `zpm fill` generates; such sheets are not copied when a
/// filled workbook is filled again.
pub const GEMAAKT_DOOR: &str = "Berekend door zpm fill";
/// The legend under each input sheet's title.
pub const LEGENDA: &str = "Gele cellen vult u in; blauwe cellen berekent zpm fill.";

/// One labelled input of a label sheet.
#[derive(Debug, Clone, Copy)]
pub struct LabelVeld {
    /// The label in column A, exactly as SPEC 2.4 names it.
    pub label: &'static str,
    /// The kind of value in column B.
    pub soort: InvoerSoort,
    /// A hint in column C.
    pub hint: &'static str,
    /// The validation of the value cell.
    pub validatie: Validatie,
}

impl LabelVeld {
    /// A labelled input.
    pub const fn nieuw(
        label: &'static str,
        soort: InvoerSoort,
        hint: &'static str,
        validatie: Validatie,
    ) -> Self {
        LabelVeld {
            label,
            soort,
            hint,
            validatie,
        }
    }
}

/// A sheet of labels in column A and values in column B.
#[derive(Debug, Clone, Copy)]
pub struct LabelBlad {
    /// Sheet name.
    pub naam: &'static str,
    /// Title in A1.
    pub titel: &'static str,
    /// The labels, from row 4 down.
    pub velden: &'static [LabelVeld],
}

/// The first row (0-based) of labels in a blank template.
pub const EERSTE_LABELRIJ: u32 = 3;

impl LabelBlad {
    /// The blank template's grid.
    pub fn sjabloon(&self) -> Werkblad {
        let mut b = Werkblad::nieuw(self.naam);
        b.zet_tekst(0, 0, self.titel);
        b.zet_tekst(1, 0, LEGENDA);
        for (i, v) in self.velden.iter().enumerate() {
            let r = EERSTE_LABELRIJ + i as u32;
            b.zet_tekst(r, 0, v.label);
            b.zet_tekst(r, 2, v.hint);
        }
        b
    }

    /// The row of each label in `bron` (folded match in column A), in field order.
    pub fn rijen(&self, bron: &Werkblad) -> Vec<Option<u32>> {
        self.velden
            .iter()
            .map(|v| bron.zoek_label(v.label))
            .collect()
    }

    /// Writes the sheet from `bron`, colouring and validating the value cells.
    pub fn schrijf<'a>(
        &self,
        wb: &'a mut Workbook,
        st: &FormStijl,
        bron: &Werkblad,
    ) -> Result<&'a mut Worksheet, XlsxError> {
        let rijen = self.rijen(bron);
        let ws = wb.add_worksheet();
        ws.set_name(&bron.naam)?;
        for ((r, c), d) in &bron.cellen {
            let veld = rijen.iter().position(|x| *x == Some(*r));
            let f = match (r, c, veld) {
                (0, 0, _) => &st.titel,
                (1, 0, _) => &st.noot,
                (_, 0, Some(_)) => &st.label,
                (_, 1, Some(i)) => {
                    st.schrijf_invoer(ws, *r, *c, Some(d), self.velden[i].soort)?;
                    continue;
                }
                (_, 2, Some(_)) => &st.noot,
                _ => &st.gewoon,
            };
            st.schrijf_kopie(ws, *r, *c, d, f)?;
        }
        for (v, r) in self.velden.iter().zip(&rijen) {
            if let Some(r) = *r {
                if bron.data(r, 1).is_none() {
                    st.schrijf_invoer(ws, r, 1, None, v.soort)?;
                }
                v.validatie.zet(ws, r, 1, r)?;
            }
        }
        ws.set_column_width(0, 40)?;
        ws.set_column_width(1, 34)?;
        ws.set_column_width(2, 70)?;
        crate::taskforce::resultaat::afdruk(ws);
        Ok(ws)
    }
}

/// One column of a table sheet.
#[derive(Debug, Clone, Copy)]
pub struct KolomDef {
    /// The header, exactly as SPEC 2.4 names it.
    pub kop: &'static str,
    /// Other accepted headers (folded).
    pub aliassen: &'static [&'static str],
    /// A sheet without this column cannot be read.
    pub verplicht: bool,
    /// `Some(kind)` for an input column, `None` for a computed one.
    pub invoer: Option<InvoerSoort>,
    /// Validation of the input cells.
    pub validatie: Validatie,
    /// Column width in characters.
    pub breedte: f64,
}

impl KolomDef {
    /// An input column of kind `soort`.
    pub const fn invoer(
        kop: &'static str,
        aliassen: &'static [&'static str],
        verplicht: bool,
        soort: InvoerSoort,
        validatie: Validatie,
        breedte: f64,
    ) -> Self {
        KolomDef {
            kop,
            aliassen,
            verplicht,
            invoer: Some(soort),
            validatie,
            breedte,
        }
    }

    /// A computed column (optional, no aliases, no validation).
    pub const fn berekend(kop: &'static str, breedte: f64) -> Self {
        KolomDef {
            kop,
            aliassen: &[],
            verplicht: false,
            invoer: None,
            validatie: Validatie::Geen,
            breedte,
        }
    }
}

/// A sheet with a header table.
#[derive(Debug, Clone)]
pub struct TabelBlad {
    /// Sheet name.
    pub naam: &'static str,
    /// Title in A1.
    pub titel: &'static str,
    /// Notes from A2 down.
    pub noten: &'static [&'static str],
    /// The columns, input and computed.
    pub kolommen: &'static [KolomDef],
    /// The header row (0-based) in a blank template.
    pub kop_rij: u32,
    /// Input rows in a blank template.
    pub rijen: u32,
    /// Rows that `zpm fill` regenerates (not copied from the input).
    pub gegenereerd: Option<Range<u32>>,
}

/// Where a written table's columns and rows ended up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plaatsing {
    /// Header row.
    pub kop_rij: u32,
    /// For each column of the description, its column in the sheet (`None`: an optional
    /// input column the sheet does not have; computed columns always have one).
    pub kolommen: Vec<Option<u16>>,
    /// The last row of the input zone.
    pub laatste_rij: u32,
}

impl Plaatsing {
    /// The column of computed column `i` (always placed).
    pub fn berekend(&self, i: usize) -> u16 {
        self.kolommen[i].unwrap_or(u16::MAX)
    }
}

impl TabelBlad {
    /// The columns as header-matching specs.
    pub fn columns(&self) -> Vec<Column> {
        self.kolommen
            .iter()
            .map(|k| Column {
                name: k.kop,
                aliases: k.aliassen,
                required: k.verplicht,
            })
            .collect()
    }

    /// The index of the column headed `kop`.
    pub fn index(&self, kop: &str) -> usize {
        self.kolommen
            .iter()
            .position(|k| k.kop == kop)
            .unwrap_or_else(|| panic!("no column {kop} in {}", self.naam))
    }

    /// The header row in `bron`, if any.
    pub fn zoek(&self, bron: &Werkblad) -> Option<Kop> {
        bron.zoek_kop(&self.columns())
    }

    /// The blank template's grid.
    pub fn sjabloon(&self) -> Werkblad {
        let mut b = Werkblad::nieuw(self.naam);
        b.zet_tekst(0, 0, self.titel);
        b.zet_tekst(1, 0, LEGENDA);
        for (i, n) in self.noten.iter().enumerate() {
            b.zet_tekst(2 + i as u32, 0, n);
        }
        for (c, k) in self.kolommen.iter().enumerate() {
            b.zet_tekst(self.kop_rij, c as u16, k.kop);
        }
        b
    }

    /// Writes the sheet from `bron`: every cell as typed, except the computed columns below
    /// the header and the regenerated rows; input cells coloured and validated over at least
    /// the template's number of rows. Computed columns missing from the input are added after
    /// its last header.
    pub fn schrijf<'a>(
        &self,
        wb: &'a mut Workbook,
        st: &FormStijl,
        bron: &Werkblad,
    ) -> Result<(&'a mut Worksheet, Option<Plaatsing>), XlsxError> {
        let kop = self.zoek(bron);
        let ws = wb.add_worksheet();
        ws.set_name(&bron.naam)?;
        let Some(kop) = kop else {
            for ((r, c), d) in &bron.cellen {
                st.schrijf_kopie(ws, *r, *c, d, &st.gewoon)?;
            }
            return Ok((ws, None));
        };
        let mut volgende = bron.laatste_kolom(kop.rij).map_or(0, |c| c + 1);
        // Computed columns missing from the input are added after its last header; a missing
        // optional input column stays missing (the user does not use it).
        let kolommen: Vec<Option<u16>> = self
            .kolommen
            .iter()
            .enumerate()
            .map(|(i, k)| match (kop.kolom(i), k.invoer) {
                (Some(c), _) => Some(c),
                (None, Some(_)) => None,
                (None, None) => {
                    volgende += 1;
                    Some(volgende - 1)
                }
            })
            .collect();
        let berekend: Vec<u16> = self
            .kolommen
            .iter()
            .zip(&kolommen)
            .filter(|(k, _)| k.invoer.is_none())
            .filter_map(|(_, c)| *c)
            .collect();
        let geplaatst: Vec<u16> = kolommen.iter().flatten().copied().collect();
        let gebruikt = bron
            .cellen
            .keys()
            .filter(|(r, c)| *r > kop.rij && geplaatst.contains(c) && !berekend.contains(c))
            .map(|(r, _)| *r)
            .max()
            .unwrap_or(kop.rij);
        let laatste = gebruikt.max(kop.rij + self.rijen);
        let gegenereerd = self.gegenereerd.clone().unwrap_or(0..0);
        for ((r, c), d) in &bron.cellen {
            if gegenereerd.contains(r) || (*r > kop.rij && berekend.contains(c)) {
                continue;
            }
            let def = kolommen
                .iter()
                .position(|x| *x == Some(*c))
                .map(|i| &self.kolommen[i]);
            let f = match (r, c, def) {
                (0, 0, _) => &st.titel,
                (1, 0, _) => &st.noot,
                (r, _, Some(k)) if *r == kop.rij => {
                    if k.invoer.is_some() {
                        &st.kop_invoer
                    } else {
                        &st.kop_berekend
                    }
                }
                (r, _, Some(k)) if *r > kop.rij && *r <= laatste => match k.invoer {
                    Some(s) => {
                        st.schrijf_invoer(ws, *r, *c, Some(d), s)?;
                        continue;
                    }
                    None => &st.gewoon,
                },
                (r, 0, _) if *r < kop.rij => &st.noot,
                _ => &st.gewoon,
            };
            st.schrijf_kopie(ws, *r, *c, d, f)?;
        }
        for (k, c) in self.kolommen.iter().zip(&kolommen) {
            let Some(c) = c else { continue };
            if bron.data(kop.rij, *c).is_none() {
                let f = if k.invoer.is_some() {
                    &st.kop_invoer
                } else {
                    &st.kop_berekend
                };
                ws.write_string_with_format(kop.rij, *c, k.kop, f)?;
            }
            for r in kop.rij + 1..=laatste {
                match k.invoer {
                    Some(s) if bron.data(r, *c).is_none() => {
                        st.schrijf_invoer(ws, r, *c, None, s)?
                    }
                    Some(_) => {}
                    None => st.schrijf_leeg(ws, r, *c)?,
                }
            }
            if k.invoer.is_some() {
                k.validatie.zet(ws, kop.rij + 1, *c, laatste)?;
            }
            ws.set_column_width(*c, k.breedte)?;
        }
        ws.set_row_height(kop.rij, 32)?;
        ws.set_freeze_panes(kop.rij + 1, 0)?;
        crate::taskforce::resultaat::afdruk(ws);
        Ok((
            ws,
            Some(Plaatsing {
                kop_rij: kop.rij,
                kolommen,
                laatste_rij: laatste,
            }),
        ))
    }
}

/// Writes a sheet's cells as they were, without any layout (a sheet `zpm` does not know).
pub fn schrijf_kopie(wb: &mut Workbook, st: &FormStijl, bron: &Werkblad) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(&bron.naam)?;
    for ((r, c), d) in &bron.cellen {
        st.schrijf_kopie(ws, *r, *c, d, &st.gewoon)?;
    }
    Ok(())
}

/// True for a sheet that `zpm fill` generated (its A2 holds [`GEMAAKT_DOOR`]).
pub fn is_gegenereerd(b: &Werkblad) -> bool {
    b.tekst(1, 0).starts_with(GEMAAKT_DOOR)
}
