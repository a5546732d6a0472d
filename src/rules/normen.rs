//! Normative indirect time as data (SPEC 1.5): `templates/normtijden.csv` or an
//! organisation's own norms. A row for the exact beroepscategorie beats one with `*`.

use rustc_hash::FxHashMap as HashMap;

use crate::domain::activiteit::Prestatie;
use crate::domain::beroepscategorie::Beroepscategorie;
use crate::domain::bron::Bron;
/// The key of a norm row: prestatie, type, klasse and beroepscategorie (`None` for `*`).
pub type NormKey = (
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

impl Normen {
    /// A norm table from its rows and their source.
    pub fn uit_rijen(rows: HashMap<NormKey, f64>, bron: Option<Bron>) -> Self {
        Normen { rows, bron }
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
        let n = crate::rules::Referentie::embedded().unwrap().normen;
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
