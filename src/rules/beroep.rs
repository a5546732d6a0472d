//! Beroepscategorieën and the beroep → categorie mapping (SPEC 1.2), read from
//! `templates/beroepen.csv` and extendable by an organisation's own file.

use crate::domain::beroepscategorie::Beroepscategorie;
use std::collections::HashMap;

use crate::domain::bron::Bron;
use crate::domain::fold::fold;
/// The beroep → beroepscategorie mapping.
#[derive(Debug, Clone, Default)]
pub struct Beroepen {
    map: HashMap<String, Beroepscategorie>,
    /// Where the mapping came from, per source file.
    pub bronnen: Vec<Bron>,
}

impl Beroepen {
    /// Adds beroep → categorie rows (a beroep folded as in SPEC 2); a later row wins.
    pub fn voeg_toe(&mut self, rows: impl IntoIterator<Item = (String, Beroepscategorie)>) {
        self.map.extend(rows);
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
        let b = crate::rules::Referentie::embedded().unwrap().beroepen;
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
