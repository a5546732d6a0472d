//! Loading the beroepen table into [`Beroepen`].

use crate::domain::beroepscategorie::Beroepscategorie;
use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::reference::read_reference;
use crate::input::table::Column;
use crate::rules::beroep::Beroepen;
use std::path::Path;
const COLUMNS: [Column; 2] = [
    Column::required("beroep", &[]),
    Column::required("beroepscategorie", &["categorie", "code"]),
];

impl Beroepen {
    /// Adds the rows of a beroepen table (`beroep, beroepscategorie[, bron]`).
    pub fn load(
        &mut self,
        name: &str,
        text: Option<&str>,
        path: Option<&Path>,
    ) -> Result<(), InputError> {
        let mut rows = Vec::new();
        let bron = read_reference(name, text, path, &COLUMNS, |line, get| {
            let beroep = get(0).unwrap_or_default();
            let code = get(1).unwrap_or_default();
            let cat = Beroepscategorie::from_code(code).ok_or_else(|| {
                InputError::at(
                    name,
                    line,
                    Some("beroepscategorie".into()),
                    format!(
                        "unknown beroepscategorie \"{code}\"; expected one of {}",
                        Beroepscategorie::ALLE.map(|c| c.code()).join(", ")
                    ),
                )
            })?;
            rows.push((fold(beroep), cat));
            Ok(())
        })?;
        self.voeg_toe(rows);
        self.bronnen.push(bron);
        Ok(())
    }
}
