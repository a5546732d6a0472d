//! Loading the normen table into [`Normen`].

use crate::domain::activiteit::Prestatie;
use crate::domain::beroepscategorie::Beroepscategorie;
use crate::error::InputError;
use crate::input::reference::read_reference;
use crate::input::table::Column;
use crate::input::value::parse_number;
use crate::rules::normen::Normen;
use crate::rules::tarieven::parse_soort;
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

const COLUMNS: [Column; 6] = [
    Column::required("prestatie", &[]),
    Column::required("type", &["soort"]),
    Column::required("klasse", &[]),
    Column::required("beroepscategorie", &[]),
    Column::required(
        "indirect_min",
        &["indirect", "indirecte_tijd", "indirecte_minuten"],
    ),
    Column::optional("bron", &[]),
];

impl Normen {
    /// Reads a norm table (embedded `text`, or `path`).
    pub fn load(name: &str, text: Option<&str>, path: Option<&Path>) -> Result<Self, InputError> {
        let file = path
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| name.to_string());
        let mut rows = HashMap::default();
        let bron = read_reference(name, text, path, &COLUMNS, |line, get| {
            let bad = |col: usize, expected: &str| {
                InputError::at(
                    &file,
                    line,
                    Some(COLUMNS[col].name.into()),
                    format!("expected {expected}, found \"{}\"", get(col).unwrap_or("")),
                )
            };
            let prestatie = get(0).and_then(Prestatie::from_code).ok_or_else(|| {
                bad(
                    0,
                    "consult, groepsconsult, intercollegiaal_overleg or toeslag_reistijd",
                )
            })?;
            let soort =
                parse_soort(get(1)).ok_or_else(|| bad(1, "diagnostiek, behandeling or empty"))?;
            let klasse = match get(2) {
                None => None,
                Some(s) => Some(s.parse::<u16>().map_err(|_| bad(2, "whole minutes"))?),
            };
            let categorie = match get(3) {
                None | Some("*") => None,
                Some(s) => Some(
                    Beroepscategorie::from_code(s)
                        .ok_or_else(|| bad(3, "a beroepscategorie code or *"))?,
                ),
            };
            let min = get(4)
                .and_then(parse_number)
                .filter(|m| *m >= 0.0)
                .ok_or_else(|| bad(4, "minutes (a number ≥ 0)"))?;
            if rows
                .insert((prestatie, soort, klasse, categorie), min)
                .is_some()
            {
                return Err(InputError::at(
                    &file,
                    line,
                    None,
                    "a second row with the same key",
                ));
            }
            Ok(())
        })?;
        Ok(Normen::uit_rijen(rows, Some(bron)))
    }
}
