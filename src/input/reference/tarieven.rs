//! Loading the tarieven table into [`Tarieven`].

use crate::domain::activiteit::Prestatie;
use crate::domain::beroepscategorie::Beroepscategorie;
use crate::error::InputError;
use crate::input::reference::read_reference;
use crate::input::table::Column;
use crate::input::value::GetalKolom;
use crate::input::value::getal::lees_centen;
use crate::rules::tarieven::{TariefKey, TariefRij, Tarieven, parse_soort};
use std::path::Path;
/// The columns of a tariff table in zpm's layout (SPEC 2.5).
pub const COLUMNS: [Column; 8] = [
    Column::required("jaar", &[]),
    Column::required("prestatie", &[]),
    Column::required("setting", &[]),
    Column::required("beroepscategorie", &[]),
    Column::required("type", &["soort"]),
    Column::required("klasse", &[]),
    Column::required("tarief", &[]),
    Column::required("bron", &[]),
];

impl Tarieven {
    /// Adds a tariff table; two rows with the same key (also across files) are an error.
    pub fn load(
        &mut self,
        name: &str,
        text: Option<&str>,
        path: Option<&Path>,
    ) -> Result<(), InputError> {
        let file = path
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| name.to_string());
        // The tarief as written: read once the column's convention is known (SPEC 5.2).
        let mut rows: Vec<(usize, TariefKey, String, String)> = Vec::new();
        let mut kolom = GetalKolom::new("tarief", None);
        let bron = read_reference(name, text, path, &COLUMNS, |line, get| {
            let bad = |col: &str, expected: &str| {
                let found = COLUMNS
                    .iter()
                    .position(|c| c.name == col)
                    .and_then(get)
                    .unwrap_or("");
                InputError::at(
                    &file,
                    line,
                    Some(col.into()),
                    format!("expected {expected}, found \"{found}\""),
                )
            };
            let jaar: i32 = get(0)
                .and_then(|s| s.parse().ok())
                .filter(|y| (2000..=2100).contains(y))
                .ok_or_else(|| bad("jaar", "a year such as 2022"))?;
            let prestatie = get(1).and_then(Prestatie::from_code).ok_or_else(|| {
                bad(
                    "prestatie",
                    "consult, groepsconsult, intercollegiaal_overleg or toeslag_reistijd",
                )
            })?;
            let setting = match get(2) {
                Some("*") => None,
                s => Some(
                    s.and_then(|s| s.parse::<u8>().ok())
                        .filter(|s| (1..=8).contains(s))
                        .ok_or_else(|| bad("setting", "a setting 1-8 or *"))?,
                ),
            };
            let categorie = match get(3) {
                Some("*") => None,
                s => Some(
                    s.and_then(Beroepscategorie::from_code)
                        .ok_or_else(|| bad("beroepscategorie", "a beroepscategorie code or *"))?,
                ),
            };
            let soort = parse_soort(get(4)).ok_or_else(|| {
                bad(
                    "type",
                    "diagnostiek, behandeling, kort, lang, ggz, fz or empty",
                )
            })?;
            let klasse = match get(5) {
                None => None,
                Some(s) => Some(
                    s.parse::<u16>()
                        .map_err(|_| bad("klasse", "whole minutes or a group size"))?,
                ),
            };
            let tarief = get(6)
                .ok_or_else(|| bad("tarief", "euros, such as 120.99 or 120,99"))?
                .to_string();
            kolom.zie(line, &tarief);
            let bron = get(7).unwrap_or_default().to_string();
            let key = TariefKey {
                jaar,
                prestatie,
                setting,
                categorie,
                soort,
                klasse,
            };
            rows.push((line, key, tarief, bron));
            Ok(())
        })?;
        let conventie = kolom.besluit(&file, None)?;
        let decimaal = conventie.as_ref().map(|c| c.decimaal);
        if path.is_some() {
            self.getallen.extend(conventie);
        }
        for (line, key, tarief, bron) in rows {
            let cents = lees_centen(&tarief, decimaal)
                .filter(|c| *c >= 0)
                .ok_or_else(|| {
                    InputError::at(
                        &file,
                        line,
                        Some("tarief".into()),
                        format!("expected euros with at most two decimals, such as 120.99 or 120,99, found \"{tarief}\""),
                    )
                })?;
            let rij = TariefRij { cents, bron };
            if !self.voeg_toe(key, rij) {
                return Err(InputError::at(
                    &file,
                    line,
                    None,
                    format!("a second row with the same key ({key})"),
                ));
            }
        }
        self.bronnen.push(bron);
        Ok(())
    }
}

#[cfg(test)]
#[path = "tarieven_tests.rs"]
mod tests;
