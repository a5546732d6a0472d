//! Kliniek norms (SPEC 1.9): minutes of vaktherapie and dagbesteding per verblijfsdag, per
//! verblijfscategorie and beveiligingsniveau. From the workbook's "Normen" sheet when filled,
//! else from `--kliniek-normen FILE`, else from the embedded `templates/kliniek-normen.csv`
//! (columns only: no public figures exist).

use crate::domain::bron::Bron;
use crate::domain::fold::fold;
/// The beveiligingsniveau a norm row applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NiveauSleutel {
    /// No level (ggz).
    Geen,
    /// Level 1–4.
    Niveau(u8),
    /// Every level (`*`).
    Alle,
}

/// One norm row.
#[derive(Debug, Clone, PartialEq)]
pub struct NormRij {
    /// Verblijfscategorie A–H.
    pub categorie: char,
    /// Beveiligingsniveau.
    pub niveau: NiveauSleutel,
    /// Minutes of vaktherapie per verblijfsdag.
    pub vaktherapie: f64,
    /// Minutes of dagbesteding per verblijfsdag.
    pub dagbesteding: f64,
    /// The source (a URL, `voorbeeld`, or the organisation's own).
    pub bron: String,
}

/// A table of kliniek norms.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KliniekNormen {
    /// The rows.
    pub rijen: Vec<NormRij>,
    /// Where they came from (for the Resultaat).
    pub bron: Bron,
}

/// Parses a verblijfscategorie: `A`, `a`, `categorie A`, `Verblijfscategorie A`.
pub fn parse_categorie(s: &str) -> Option<char> {
    let f = fold(s);
    let f = f
        .strip_prefix("verblijfscategorie")
        .or_else(|| f.strip_prefix("categorie"))
        .or_else(|| f.strip_prefix("cat"))
        .unwrap_or(&f);
    let mut chars = f.chars();
    match (chars.next(), chars.next()) {
        (Some(c @ 'a'..='h'), None) => Some(c.to_ascii_uppercase()),
        _ => None,
    }
}

/// A beveiligingsniveau that is not 1–4 (or `*`/empty where allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OngeldigNiveau;

/// Parses a beveiligingsniveau: empty → `Ok(None)`; `3`, `niveau 3`, `BVN3` → `Ok(Some(3))`.
pub fn parse_niveau(s: &str) -> Result<Option<u8>, OngeldigNiveau> {
    let f = fold(s);
    if f.is_empty() || f == "-" || f == "geen" {
        return Ok(None);
    }
    let f = f
        .strip_prefix("beveiligingsniveau")
        .or_else(|| f.strip_prefix("niveau"))
        .or_else(|| f.strip_prefix("bvn"))
        .unwrap_or(&f);
    let f = f.strip_suffix(".0").unwrap_or(f);
    match f.parse::<u8>() {
        Ok(n @ 1..=4) => Ok(Some(n)),
        _ => Err(OngeldigNiveau),
    }
}

/// Parses the beveiligingsniveau of a norm row: also `*` for every level.
pub fn parse_sleutel(s: &str) -> Result<NiveauSleutel, OngeldigNiveau> {
    if s.trim() == "*" {
        return Ok(NiveauSleutel::Alle);
    }
    Ok(parse_niveau(s)?.map_or(NiveauSleutel::Geen, NiveauSleutel::Niveau))
}

/// A second norm row for a verblijfscategorie and beveiligingsniveau that already have one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a second norm row for verblijfscategorie {categorie} and beveiligingsniveau {niveau}")]
pub struct DubbeleNorm {
    /// The verblijfscategorie.
    pub categorie: char,
    /// The beveiligingsniveau as shown (`3`, `*` or `geen`).
    pub niveau: String,
}

impl KliniekNormen {
    /// Adds a row; a second row with the same key is an error.
    pub fn voeg_toe(&mut self, rij: NormRij) -> Result<(), DubbeleNorm> {
        if self
            .rijen
            .iter()
            .any(|r| r.categorie == rij.categorie && r.niveau == rij.niveau)
        {
            return Err(DubbeleNorm {
                categorie: rij.categorie,
                niveau: niveau_tekst(rij.niveau),
            });
        }
        self.rijen.push(rij);
        Ok(())
    }

    /// The norm for an afdeling: its exact level first, then a `*` row.
    pub fn zoek(&self, categorie: char, niveau: Option<u8>) -> Option<&NormRij> {
        let exact = niveau.map_or(NiveauSleutel::Geen, NiveauSleutel::Niveau);
        self.rijen
            .iter()
            .find(|r| r.categorie == categorie && r.niveau == exact)
            .or_else(|| {
                self.rijen
                    .iter()
                    .find(|r| r.categorie == categorie && r.niveau == NiveauSleutel::Alle)
            })
    }
}

/// A level as text: `3`, `*` or `geen`.
pub fn niveau_tekst(n: NiveauSleutel) -> String {
    match n {
        NiveauSleutel::Geen => "geen".to_string(),
        NiveauSleutel::Niveau(n) => n.to_string(),
        NiveauSleutel::Alle => "*".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "verblijfscategorie,beveiligingsniveau,vaktherapie_min_per_dag,dagbesteding_min_per_dag,bron\n\
        A,,10,20,voorbeeld\nC,*,15,30,voorbeeld\nC,3,18,36,voorbeeld\n";

    #[test]
    fn exact_level_beats_star() {
        let t = KliniekNormen::load("t.csv", Some(CSV), None).unwrap();
        assert_eq!(t.zoek('C', Some(3)).unwrap().vaktherapie, 18.0);
        assert_eq!(t.zoek('C', Some(2)).unwrap().vaktherapie, 15.0);
        assert_eq!(t.zoek('C', None).unwrap().vaktherapie, 15.0);
        assert_eq!(t.zoek('A', None).unwrap().dagbesteding, 20.0);
        assert!(t.zoek('A', Some(1)).is_none());
        assert!(t.zoek('B', None).is_none());
    }

    #[test]
    fn embedded_table_has_no_figures_and_bad_rows_fail() {
        assert!(KliniekNormen::ingebouwd().unwrap().rijen.is_empty());
        let dup = format!("{CSV}C,3,1,1,x\n");
        let e = KliniekNormen::load("t.csv", Some(&dup), None).unwrap_err();
        assert!(e.to_string().contains("second norm row"), "{e}");
        let bad = CSV.replace("C,3,18", "K,3,18");
        assert!(KliniekNormen::load("t.csv", Some(&bad), None).is_err());
    }

    #[test]
    fn categories_and_levels_parse_loosely() {
        assert_eq!(parse_categorie("categorie b"), Some('B'));
        assert_eq!(parse_categorie("H"), Some('H'));
        assert_eq!(parse_categorie("I"), None);
        assert_eq!(parse_niveau("niveau 3"), Ok(Some(3)));
        assert_eq!(parse_niveau(""), Ok(None));
        assert_eq!(parse_niveau("5"), Err(OngeldigNiveau));
        assert_eq!(parse_sleutel("*"), Ok(NiveauSleutel::Alle));
    }
}
