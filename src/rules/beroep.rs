//! Beroepscategorieën and the beroep → categorie mapping (SPEC 1.2), read from
//! `templates/beroepen.csv` and extendable by an organisation's own file.

use crate::domain::beroepscategorie::Beroepscategorie;
use std::collections::HashMap;
use std::path::Path;

use crate::domain::bron::Bron;
use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::table::Column;
use crate::rules::reference::read_reference;
/// The beroep → beroepscategorie mapping.
#[derive(Debug, Clone, Default)]
pub struct Beroepen {
    map: HashMap<String, Beroepscategorie>,
    /// Where the mapping came from, per source file.
    pub bronnen: Vec<Bron>,
}

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
        self.map.extend(rows);
        self.bronnen.push(bron);
        Ok(())
    }

    /// The category of a beroep (a listed beroep, a code, or a category name), or `None` for
    /// a beroep that cannot declare.
    pub fn categorie(&self, beroep: &str) -> Option<Beroepscategorie> {
        self.map
            .get(&fold(beroep))
            .copied()
            .or_else(|| Beroepscategorie::from_code(beroep))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_mapping_folds_names() {
        let b = crate::rules::reference::Referentie::embedded()
            .unwrap()
            .beroepen;
        assert_eq!(
            b.categorie("GZ-psycholoog"),
            Some(Beroepscategorie::GzPsycholoog)
        );
        assert_eq!(
            b.categorie("Psychiater"),
            Some(Beroepscategorie::ArtsSpecialist)
        );
        assert_eq!(b.categorie("Diëtist"), Some(Beroepscategorie::Overige));
        assert_eq!(b.categorie("dietist"), Some(Beroepscategorie::Overige));
        assert_eq!(
            b.categorie("Verpleegkundig specialist GGZ"),
            Some(Beroepscategorie::VerpleegkundigSpecialist)
        );
        assert_eq!(
            b.categorie("klinisch_psycholoog"),
            Some(Beroepscategorie::KlinischPsycholoog)
        );
        assert_eq!(
            b.categorie("Arts-specialist"),
            Some(Beroepscategorie::ArtsSpecialist)
        );
        assert_eq!(b.categorie("secretaresse"), None);
    }
}
