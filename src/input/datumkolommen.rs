//! The order of the date columns of a small file (the medewerkers' `in_dienst` and
//! `uit_dienst`, SPEC 5.2), decided by a pass over the file before it is read.

use std::path::Path;

use crate::error::InputError;
use crate::input::mapping::Mapping;
use crate::input::table::{Column, read_mapped};
use crate::input::value::datum::Lezing;
use crate::input::value::datum::volgorde::{Bewijs, DatumBesluit};

/// Decides the order of each column of `kolommen` (indices into `columns`) from its values,
/// or takes the profile's `datumvolgorde`. A column with both orders is an error naming a
/// cell of each; the file's other errors are left to the reader that follows.
pub fn besluit(
    path: &Path,
    columns: &[Column],
    mapping: &Mapping,
    kolommen: &[usize],
) -> Result<Vec<DatumBesluit>, InputError> {
    let mut bewijs = vec![Bewijs::default(); kolommen.len()];
    let file = path.display().to_string();
    let header = read_mapped(path, columns, mapping, |row| {
        for (b, &c) in bewijs.iter_mut().zip(kolommen) {
            if let Some(s) = row.get(c)
                && let Some(l) = Lezing::lees(s)
            {
                b.zie(&l, row.line, s);
            }
        }
    });
    if header.is_err() {
        // the reader reports the file's problem
        return kolommen
            .iter()
            .map(|&c| Bewijs::default().besluit(&file, columns[c].name, mapping.datumvolgorde))
            .collect();
    }
    bewijs
        .iter()
        .zip(kolommen)
        .map(|(b, &c)| b.besluit(&file, columns[c].name, mapping.datumvolgorde))
        .collect()
}
