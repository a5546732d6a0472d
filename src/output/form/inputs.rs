//! Writing the input sheets (see [`crate::input::form::layout`]): how both the blank template and a filled-in copy are
//! written from one description: a *label sheet* (label in column A, value in B, a hint in C)
//! and a *table sheet* (a header row with input columns and computed columns below a title).
//!
//! Writing always starts from a [`Werkblad`] grid: for `zpm templates` the grid built from the
//! description ([`LabelBlad::sjabloon`], [`TabelBlad::sjabloon`]), for `zpm fill` the grid read
//! from the user's workbook. Every cell the user typed is copied as it was; the description only
//! adds colours, validations and (for tables) the computed columns.

use calamine::Data;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::input::form::grid::Werkblad;
use crate::input::form::layout::{InvoerSoort, LabelBlad, TabelBlad};
use crate::input::value::parse_number;
use crate::output::form::lists::zet_validatie;
use crate::output::sheet::cell::{Cell, Unit, kort};
use crate::output::sheet::style::FormStijl;

impl LabelBlad {
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
                zet_validatie(&v.validatie, ws, r, 1, r)?;
            }
        }
        ws.set_column_width(0, 40)?;
        ws.set_column_width(1, 34)?;
        ws.set_column_width(2, 70)?;
        crate::output::sheet::print::afdruk_liggend(ws);
        Ok(ws)
    }
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
                    None => st.berekend.write(ws, r, *c, &Cell::Empty)?,
                }
            }
            if k.invoer.is_some() {
                zet_validatie(&k.validatie, ws, kop.rij + 1, *c, laatste)?;
            }
            ws.set_column_width(*c, k.breedte)?;
        }
        ws.set_row_height(kop.rij, 32)?;
        ws.set_freeze_panes(kop.rij + 1, 0)?;
        crate::output::sheet::print::afdruk_liggend(ws);
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

impl FormStijl {
    /// The format of an input cell of `soort`.
    pub fn invoer(&self, soort: InvoerSoort) -> &Format {
        match soort {
            InvoerSoort::Tekst => self.invoer.text().unwrap_or(&self.gewoon),
            InvoerSoort::Getal => self.invoer.number(Unit::Gewoon),
            InvoerSoort::Pct => self.invoer.number(Unit::Pct),
            InvoerSoort::Euro => self.invoer.number(Unit::Euro),
        }
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
                    None => schrijf_data(ws, r, c, d, f, self.invoer.date()),
                }
            }
            Some(d) => schrijf_data(ws, r, c, d, f, self.invoer.date()),
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
            ws.write_string_with_format(r, c, kort(s).as_ref(), f)
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
