//! Normative indirect time as data (SPEC 1.5): `templates/normtijden.csv` or an
//! organisation's own norms. A row for the exact beroepscategorie beats one with `*`.

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use crate::domain::activiteit::Prestatie;
use crate::domain::beroepscategorie::Beroepscategorie;
use crate::domain::bron::Bron;
use crate::error::InputError;
use crate::input::table::Column;
use crate::input::value::parse_number;
use crate::rules::reference::read_reference;
use crate::rules::tarieven::parse_soort;
type NormKey = (
    Prestatie,
    &'static str,
    Option<u16>,
    Option<Beroepscategorie>,
);

/// The norm table: indirect minutes per prestatie, type, class and beroepscategorie.
#[derive(Debug, Clone, Default)]
pub struct Normen {
    rows: HashMap<NormKey, f64>,
    /// Where the rows came from.
    pub bron: Option<Bron>,
}

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
        Ok(Normen {
            rows,
            bron: Some(bron),
        })
    }

    /// Indirect minutes for a prestatie; the exact beroepscategorie beats `*`; 0 when no row.
    pub fn indirect_min(
        &self,
        prestatie: Prestatie,
        soort: &'static str,
        klasse: Option<u16>,
        categorie: Option<Beroepscategorie>,
    ) -> f64 {
        categorie
            .and_then(|c| self.rows.get(&(prestatie, soort, klasse, Some(c))))
            .or_else(|| self.rows.get(&(prestatie, soort, klasse, None)))
            .copied()
            .unwrap_or(0.0)
    }

    /// The indirect minutes per 30-minute groepsconsult block.
    pub fn per_groepsblok(&self, categorie: Option<Beroepscategorie>) -> f64 {
        self.indirect_min(Prestatie::Groepsconsult, "", Some(30), categorie)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::beroepscategorie::Beroepscategorie::*;

    #[test]
    fn embedded_norms_are_the_spec_figures() {
        let n = crate::rules::reference::Referentie::embedded()
            .unwrap()
            .normen;
        let d: Vec<f64> = crate::rules::klasse::KLASSEN
            .iter()
            .map(|k| n.indirect_min(Prestatie::Consult, "diagnostiek", Some(*k), Some(Arts)))
            .collect();
        assert_eq!(d, vec![12.6, 15.4, 20.5, 25.6, 21.0, 23.7, 31.0, 54.3]);
        let b: Vec<f64> = crate::rules::klasse::KLASSEN
            .iter()
            .map(|k| n.indirect_min(Prestatie::Consult, "behandeling", Some(*k), None))
            .collect();
        assert_eq!(b, vec![8.8, 9.7, 12.2, 15.0, 11.3, 12.7, 17.2, 37.6]);
        assert_eq!(n.per_groepsblok(Some(GzPsycholoog)), 12.2);
    }

    #[test]
    fn specific_categorie_wins() {
        let n = Normen::load(
            "n.csv",
            Some(
                "prestatie,type,klasse,beroepscategorie,indirect_min,bron\n\
            consult,behandeling,45,*,15,x\nconsult,behandeling,45,arts,20,y\n",
            ),
            None,
        )
        .unwrap();
        assert_eq!(
            n.indirect_min(Prestatie::Consult, "behandeling", Some(45), Some(Arts)),
            20.0
        );
        assert_eq!(
            n.indirect_min(Prestatie::Consult, "behandeling", Some(45), Some(Overige)),
            15.0
        );
        assert_eq!(
            n.indirect_min(Prestatie::Consult, "behandeling", Some(60), Some(Overige)),
            0.0
        );
    }
}
