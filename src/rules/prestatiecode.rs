//! Prestatiecodes (SPEC 6.2): what a declared code (`CO0497`) stands for, learnt from the NZa
//! lists given to `--tarieven`, and what the code decides about an activity.

use rustc_hash::FxHashMap as HashMap;

use crate::domain::activiteit::{Activiteit, Prestatie};
use crate::rules::tarieven::TariefKey;

/// The prestatiecodes the loaded NZa lists teach, numbered from 1 in the order learnt (an EPD
/// row keeps the number; 0 is "no code").
#[derive(Debug, Clone, Default)]
pub struct Prestatiecodes {
    nummers: HashMap<String, u16>,
    keys: Vec<TariefKey>,
    /// True when at least one NZa list was loaded (SPEC 6.2: without one, codes are not used).
    pub lijst_geladen: bool,
}

/// A code as compared: trimmed, upper case.
fn normaal(code: &str) -> String {
    code.trim().to_uppercase()
}

impl Prestatiecodes {
    /// Learns that `code` stands for `key`. A code learnt before keeps its first meaning
    /// (lists of several years name the same prestatie by one code); `false` when that meaning
    /// differs from `key` in more than its year.
    pub fn leer(&mut self, code: &str, key: TariefKey) -> bool {
        let c = normaal(code);
        if let Some(&n) = self.nummers.get(&c) {
            let eerder = self.keys[usize::from(n) - 1];
            return TariefKey {
                jaar: key.jaar,
                ..eerder
            } == key;
        }
        if self.keys.len() >= usize::from(u16::MAX) {
            return false;
        }
        self.keys.push(key);
        self.nummers.insert(c, self.keys.len() as u16);
        true
    }

    /// The number and key of a code a loaded list knows.
    pub fn zoek(&self, code: &str) -> Option<(u16, TariefKey)> {
        let n = *self.nummers.get(normaal(code).as_str())?;
        Some((n, self.keys[usize::from(n) - 1]))
    }

    /// The key of code number `nummer` (`None` for 0 or an unknown number).
    pub fn key(&self, nummer: u16) -> Option<TariefKey> {
        self.keys.get(usize::from(nummer).checked_sub(1)?).copied()
    }

    /// Number of codes learnt.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when no code was learnt.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// The activity a declared prestatie is: a consult of its type, a groepsconsult, an overleg,
/// or (a toeslag reistijd) travel time.
pub fn activiteit(key: &TariefKey) -> Activiteit {
    match (key.prestatie, key.soort) {
        (Prestatie::Consult, "diagnostiek") => Activiteit::ConsultDiagnostiek,
        (Prestatie::Consult, _) => Activiteit::ConsultBehandeling,
        (Prestatie::Groepsconsult, _) => Activiteit::Groepsconsult,
        (Prestatie::IntercollegiaalOverleg, _) => Activiteit::Overleg,
        (Prestatie::ToeslagReistijd, _) => Activiteit::Reistijd,
    }
}

/// The direct minutes a row without a duration gets from its code (SPEC 6.2: the class
/// bound): a consult's class, a toeslag's bound. `None` for a code whose class is no duration
/// (a groepsconsult's group size, an overleg).
pub fn duur(key: &TariefKey) -> Option<f64> {
    match key.prestatie {
        Prestatie::Consult | Prestatie::ToeslagReistijd => key.klasse.map(f64::from),
        Prestatie::Groepsconsult | Prestatie::IntercollegiaalOverleg => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::beroepscategorie::Beroepscategorie;

    fn key(jaar: i32, soort: &'static str, klasse: u16) -> TariefKey {
        TariefKey {
            jaar,
            prestatie: Prestatie::Consult,
            setting: Some(1),
            categorie: Some(Beroepscategorie::GzPsycholoog),
            soort,
            klasse: Some(klasse),
        }
    }

    #[test]
    fn codes_are_numbered_from_one_and_found_in_any_case() {
        let mut c = Prestatiecodes::default();
        assert!(c.leer("CO0497", key(2022, "behandeling", 45)));
        assert!(c.leer("co0562", key(2022, "diagnostiek", 60)));
        assert_eq!(c.zoek(" co0497 "), Some((1, key(2022, "behandeling", 45))));
        assert_eq!(c.zoek("CO0562").map(|z| z.0), Some(2));
        assert_eq!(c.zoek("CO0547"), None);
        assert_eq!(c.key(2), Some(key(2022, "diagnostiek", 60)));
        assert_eq!(c.key(0), None);
        assert_eq!(c.key(3), None);
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn a_code_keeps_its_first_meaning_and_a_different_one_is_refused() {
        let mut c = Prestatiecodes::default();
        assert!(c.leer("CO0497", key(2022, "behandeling", 45)));
        assert!(c.leer("CO0497", key(2023, "behandeling", 45)));
        assert!(!c.leer("CO0497", key(2023, "behandeling", 60)));
        assert_eq!(c.zoek("CO0497"), Some((1, key(2022, "behandeling", 45))));
    }

    #[test]
    fn a_code_gives_its_activity_and_duration() {
        assert_eq!(
            activiteit(&key(2022, "diagnostiek", 60)),
            Activiteit::ConsultDiagnostiek
        );
        assert_eq!(duur(&key(2022, "behandeling", 45)), Some(45.0));
        let overleg = TariefKey {
            prestatie: Prestatie::IntercollegiaalOverleg,
            soort: "kort",
            klasse: None,
            ..key(2022, "", 0)
        };
        assert_eq!(activiteit(&overleg), Activiteit::Overleg);
        assert_eq!(duur(&overleg), None);
    }
}
