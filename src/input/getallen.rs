//! The number conventions of a small file's columns (SPEC 5.2), decided in one pass over the
//! file before it is read: for the medewerkers' hours, and any other table read row by row.

use std::path::Path;

use crate::domain::decimaal::{Decimaal, GetalConventie};
use crate::error::InputError;
use crate::input::mapping::Mapping;
use crate::input::table::{Column, Row, read_mapped};
use crate::input::value::{GetalKolom, lees_cel};

/// The convention of each number column of one file.
#[derive(Debug, Clone, Default)]
pub struct KolomGetallen {
    /// Per expected column (in the caller's order): its convention, if one applies.
    decimaal: Vec<Option<Decimaal>>,
    /// The conventions applied, per column, for the run's report.
    pub getallen: Vec<GetalConventie>,
}

impl KolomGetallen {
    /// Reads the table at `path` once and decides the convention of the expected columns
    /// `velden` (indexes into `columns`): the profile's `decimaal` (under `[sectie]`), else what
    /// the column's text values show. A column that shows both, or a value readable both ways
    /// in a column that shows neither, is an error naming the line, column and value.
    pub fn lees(
        path: &Path,
        columns: &[Column],
        mapping: &Mapping,
        velden: &[usize],
        sectie: &str,
    ) -> Result<Self, InputError> {
        let mut waarden: Vec<Vec<(usize, String)>> = vec![Vec::new(); velden.len()];
        let header = read_mapped(path, columns, mapping, |row| {
            if row.repeated_header {
                return;
            }
            for (w, &v) in waarden.iter_mut().zip(velden) {
                if let Some(s) = row.get(v)
                    && !row.is_number(v)
                {
                    w.push((row.line, s.to_string()));
                }
            }
        })?;
        let mut uit = KolomGetallen {
            decimaal: vec![None; columns.len()],
            getallen: Vec::new(),
        };
        for (w, &v) in waarden.iter().zip(velden) {
            let kop = header.index[v].and_then(|i| header.names.get(i)).cloned();
            let mut k = GetalKolom::new(
                kop.unwrap_or_else(|| columns[v].name.into()),
                mapping.decimaal,
            );
            for (regel, s) in w {
                k.zie(*regel, s);
            }
            if header.index[v].is_none() {
                continue;
            }
            if let Some(c) = k.besluit(&header.file, Some(sectie))? {
                uit.decimaal[v] = Some(c.decimaal);
                uit.getallen.push(c);
            }
        }
        Ok(uit)
    }

    /// The number in `row`'s column `col` (text `s`) under that column's convention; a
    /// workbook's number cell as written.
    pub fn getal(&self, row: &Row<'_>, col: usize, s: &str) -> Option<f64> {
        lees_cel(
            s,
            row.is_number(col),
            self.decimaal.get(col).copied().flatten(),
        )
    }
}
