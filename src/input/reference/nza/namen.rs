//! The phrase table `templates/nza-namen.csv` (SPEC 6.1) and the decoding of an NZa
//! prestatie's `Naam` into the key of a tariff (SPEC 1.4): per `soort` the longest folded
//! phrase that the name contains gives its value; `<n> minuten` gives a consult's class,
//! `<n> deelnemers` a groepsconsult's size, `tot`/`vanaf <n> minuten` a toeslag's bound.

use std::path::Path;

use crate::domain::activiteit::Prestatie;
use crate::domain::beroepscategorie::Beroepscategorie;
use crate::domain::bron::Bron;
use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::reference::read_reference;
use crate::input::table::Column;
use crate::rules::tarieven::{TariefKey, parse_soort};

/// The embedded phrase table.
pub const NZA_NAMEN: (&str, &str) = (
    "templates/nza-namen.csv",
    include_str!("../../../../templates/nza-namen.csv"),
);

/// The columns of the phrase table.
pub const COLUMNS: [Column; 4] = [
    Column::required("soort", &[]),
    Column::required("tekst", &[]),
    Column::required("waarde", &[]),
    Column::required("bron", &[]),
];

/// What a phrase stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Betekenis {
    Setting(u8),
    Categorie(Beroepscategorie),
    Soort(&'static str),
    Prestatie(Prestatie, &'static str),
}

/// The phrase table: folded phrases with their meaning, per kind.
#[derive(Debug, Clone)]
pub struct NzaNamen {
    /// (kind index, folded phrase, meaning); kinds: setting, beroepscategorie, type, prestatie.
    zinnen: Vec<(usize, String, Betekenis)>,
    /// Where the table came from.
    pub bron: Bron,
}

const SOORTEN: [&str; 4] = ["setting", "beroepscategorie", "type", "prestatie"];

/// Folds a name or phrase as SPEC 6.1 asks: [`fold`], also without dashes and brackets.
pub fn fold_naam(s: &str) -> String {
    fold(s)
        .chars()
        .filter(|c| !matches!(c, '–' | '—' | '‐' | '(' | ')' | '[' | ']'))
        .collect()
}

fn betekenis(soort: usize, waarde: &str) -> Option<Betekenis> {
    match soort {
        0 => waarde
            .parse::<u8>()
            .ok()
            .filter(|s| (1..=8).contains(s))
            .map(Betekenis::Setting),
        1 => Beroepscategorie::from_code(waarde).map(Betekenis::Categorie),
        2 => parse_soort(Some(waarde))
            .filter(|s| matches!(*s, "diagnostiek" | "behandeling"))
            .map(Betekenis::Soort),
        _ => {
            let (p, s) = waarde.split_once('/').unwrap_or((waarde, ""));
            let p = Prestatie::from_code(p).filter(|p| *p != Prestatie::Consult)?;
            let s = if s.is_empty() {
                ""
            } else {
                parse_soort(Some(s))?
            };
            Some(Betekenis::Prestatie(p, s))
        }
    }
}

impl NzaNamen {
    /// The embedded table.
    pub fn embedded() -> Result<Self, InputError> {
        Self::load(NZA_NAMEN.0, Some(NZA_NAMEN.1), None)
    }

    /// Loads a phrase table from embedded `text` or from `path`; a bad row names its line.
    pub fn load(name: &str, text: Option<&str>, path: Option<&Path>) -> Result<Self, InputError> {
        let file = path.map_or_else(|| name.to_string(), |p| p.display().to_string());
        let mut zinnen = Vec::new();
        let bron = read_reference(name, text, path, &COLUMNS, |line, get| {
            let at = |col: &str, msg: String| InputError::at(&file, line, Some(col.into()), msg);
            let soort_tekst = get(0).unwrap_or("");
            let soort = SOORTEN
                .iter()
                .position(|s| fold(s) == fold(soort_tekst))
                .ok_or_else(|| {
                    at(
                        "soort",
                        format!("expected setting, beroepscategorie, type or prestatie, found \"{soort_tekst}\""),
                    )
                })?;
            let tekst = fold_naam(get(1).unwrap_or(""));
            if tekst.is_empty() {
                return Err(at("tekst", "expected a phrase, found nothing".into()));
            }
            let waarde = get(2).unwrap_or("");
            let b = betekenis(soort, waarde).ok_or_else(|| {
                let expected = match soort {
                    0 => "a setting 1-8",
                    1 => "a beroepscategorie code such as gz_psycholoog",
                    2 => "diagnostiek or behandeling",
                    _ => "groepsconsult, intercollegiaal_overleg/kort or /lang, toeslag_reistijd/ggz or /fz",
                };
                at("waarde", format!("expected {expected}, found \"{waarde}\""))
            })?;
            zinnen.push((soort, tekst, b));
            Ok(())
        })?;
        Ok(NzaNamen { zinnen, bron })
    }

    /// The meaning of the longest phrase of kind `soort` that the folded name contains.
    fn langste(&self, soort: usize, naam: &str) -> Option<Betekenis> {
        self.zinnen
            .iter()
            .filter(|(s, z, _)| *s == soort && naam.contains(z.as_str()))
            .max_by_key(|(_, z, _)| z.len())
            .map(|(_, _, b)| *b)
    }

    /// Decodes an NZa `Naam` into the tariff key of year `jaar`, or says what is missing.
    pub fn decodeer(&self, naam: &str, jaar: i32) -> Result<TariefKey, String> {
        let f = fold_naam(naam);
        let setting = match self.langste(0, &f) {
            Some(Betekenis::Setting(s)) => Some(s),
            _ => None,
        };
        let categorie = match self.langste(1, &f) {
            Some(Betekenis::Categorie(c)) => Some(c),
            _ => None,
        };
        let type_ = match self.langste(2, &f) {
            Some(Betekenis::Soort(s)) => Some(s),
            _ => None,
        };
        let key = |prestatie, soort, klasse| TariefKey {
            jaar,
            prestatie,
            setting,
            categorie,
            soort,
            klasse,
        };
        match self.langste(3, &f) {
            Some(Betekenis::Prestatie(Prestatie::Groepsconsult, _)) => {
                let n = getal_voor(naam, &["deelnemers", "patienten", "deelnemer"])
                    .ok_or("groepsconsult zonder aantal deelnemers in de naam")?;
                Ok(key(Prestatie::Groepsconsult, "", Some(n)))
            }
            Some(Betekenis::Prestatie(Prestatie::IntercollegiaalOverleg, s)) => {
                Ok(key(Prestatie::IntercollegiaalOverleg, s, None))
            }
            Some(Betekenis::Prestatie(Prestatie::ToeslagReistijd, s)) => {
                let klasse = reistijd_grens(naam).ok_or(
                    "toeslag reistijd zonder 'tot <n> minuten' of 'vanaf <n> minuten' in de naam",
                )?;
                Ok(key(Prestatie::ToeslagReistijd, s, Some(klasse)))
            }
            Some(Betekenis::Prestatie(p, _)) => Err(format!("prestatie {} onbekend", p.code())),
            _ => {
                let mut mist = Vec::new();
                if setting.is_none() {
                    mist.push("setting");
                }
                if categorie.is_none() {
                    mist.push("beroepscategorie");
                }
                if type_.is_none() {
                    mist.push("diagnostiek of behandeling");
                }
                let klasse = getal_voor(naam, &["minuten", "minuut"]);
                if klasse.is_none() {
                    mist.push("<n> minuten");
                }
                match (type_, klasse, mist.is_empty()) {
                    (Some(t), Some(k), true) => Ok(key(Prestatie::Consult, t, Some(k))),
                    _ => Err(format!("niet te lezen: geen {}", mist.join(", "))),
                }
            }
        }
    }
}

/// The words of a name as written, without the punctuation that may stick to them.
fn woorden(naam: &str) -> Vec<&str> {
    naam.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The whole number directly before one of `na` (folded), read as written.
fn getal_voor(naam: &str, na: &[&str]) -> Option<u16> {
    let w = woorden(naam);
    w.windows(2)
        .find(|p| na.contains(&fold(p[1]).as_str()) && p[0].bytes().all(|b| b.is_ascii_digit()))
        .and_then(|p| p[0].parse().ok())
}

/// A toeslag's bound: `tot <n> minuten` is class 0, `vanaf <n> minuten` is class n.
fn reistijd_grens(naam: &str) -> Option<u16> {
    let w = woorden(naam);
    w.windows(3).find_map(|p| {
        if fold(p[2]) != "minuten" || !p[1].bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        match fold(p[0]).as_str() {
            "tot" => Some(0),
            "vanaf" => p[1].parse().ok(),
            _ => None,
        }
    })
}

#[cfg(test)]
#[path = "namen_tests.rs"]
mod tests;
