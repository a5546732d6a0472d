//! Loading the kliniek table into [`KliniekNormen`].

use crate::error::InputError;
use crate::input::reference::{KLINIEK_NORMEN, read_reference};
use crate::input::table::Column;
use crate::input::value::parse_number;
use crate::rules::kliniek_normen::{KliniekNormen, NormRij, parse_categorie, parse_sleutel};
use std::path::Path;
const COLUMNS: [Column; 5] = [
    Column::required("verblijfscategorie", &["categorie"]),
    Column::required("beveiligingsniveau", &["niveau"]),
    Column::required(
        "vaktherapie_min_per_dag",
        &["vaktherapie (min per dag)", "vaktherapie"],
    ),
    Column::required(
        "dagbesteding_min_per_dag",
        &["dagbesteding (min per dag)", "dagbesteding"],
    ),
    Column::optional("bron", &[]),
];

impl KliniekNormen {
    /// The embedded table (no figures).
    pub fn ingebouwd() -> Result<Self, InputError> {
        Self::load(KLINIEK_NORMEN.0, Some(KLINIEK_NORMEN.1), None)
    }

    /// Reads a norm table from embedded `text` or from `path`.
    pub fn load(name: &str, text: Option<&str>, path: Option<&Path>) -> Result<Self, InputError> {
        let file = path
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| name.to_string());
        let mut t = KliniekNormen::default();
        let bron = read_reference(name, text, path, &COLUMNS, |line, get| {
            let bad = |col: &str, expected: &str, found: Option<&str>| {
                InputError::at(
                    &file,
                    line,
                    Some(col.into()),
                    format!("expected {expected}, found \"{}\"", found.unwrap_or("")),
                )
            };
            let categorie = get(0)
                .and_then(parse_categorie)
                .ok_or_else(|| bad("verblijfscategorie", "a verblijfscategorie A-H", get(0)))?;
            let niveau = parse_sleutel(get(1).unwrap_or(""))
                .map_err(|_| bad("beveiligingsniveau", "1-4, * or empty", get(1)))?;
            let min = |i: usize, col: &str| {
                get(i)
                    .and_then(parse_number)
                    .filter(|v| (0.0..=1440.0).contains(v))
                    .ok_or_else(|| bad(col, "minutes per day (0-1440)", get(i)))
            };
            let rij = NormRij {
                categorie,
                niveau,
                vaktherapie: min(2, "vaktherapie_min_per_dag")?,
                dagbesteding: min(3, "dagbesteding_min_per_dag")?,
                bron: get(4).unwrap_or_default().to_string(),
            };
            t.voeg_toe(rij)
                .map_err(|e| InputError::at(&file, line, None, e.to_string()))
        })?;
        t.bron = bron;
        Ok(t)
    }
}
