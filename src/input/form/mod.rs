//! The Taskforce-style workbooks: behandelaar, leidinggevende, kliniek (`zpm templates`, `zpm fill`).
//!
//! After the three Excel tools of the Taskforce Forensische Zorg (webinar, 2021): a
//! behandelaar types a week agenda and sees normed time against time for care; a leidinggevende
//! sees the team's week against the budget and December 2021; a kliniek sees the hours of
//! vaktherapie and dagbesteding its verblijfsdagen pay for. `zpm templates` writes the blank
//! workbooks; `zpm fill` reads filled-in ones and writes them back with the computed figures.
//!
//! Layout: [`grid`] reads a workbook whole, [`blad`] describes and writes input sheets (the
//! same description serves the template and the filled copy), one module per kind holds its
//! reading, computing and writing, and [`batch`] runs many workbooks in parallel.

pub mod behandelaar;
pub mod grid;
pub mod kliniek;
pub mod layout;
pub mod leidinggevende;
pub mod lists;
pub mod read;

use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::form::grid::Werkmap;
use crate::rules::Referentie;

/// What a reader falls back on for an empty cell, and the tables it checks beroepen against.
#[derive(Debug, Clone, Copy)]
pub struct Defaults<'a> {
    /// The loaded reference tables (beroepen, tariff years).
    pub referentie: &'a Referentie,
    /// The setting for an empty Setting cell.
    pub setting: u8,
}

/// The three kinds of workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Soort {
    /// A behandelaar's week agenda.
    Behandelaar,
    /// A leidinggevende's team overview.
    Leidinggevende,
    /// A kliniek's afdelingen.
    Kliniek,
}

impl Soort {
    /// Every kind.
    pub const ALLE: [Soort; 3] = [Soort::Behandelaar, Soort::Leidinggevende, Soort::Kliniek];

    /// The file name of the blank template.
    pub fn bestand(self) -> &'static str {
        match self {
            Soort::Behandelaar => "behandelaar.xlsx",
            Soort::Leidinggevende => "leidinggevende.xlsx",
            Soort::Kliniek => "kliniek.xlsx",
        }
    }

    /// The sheets that identify the kind.
    pub fn bladen(self) -> [&'static str; 2] {
        match self {
            Soort::Behandelaar => ["Behandelaar", "Weekagenda"],
            Soort::Leidinggevende => ["Team", "Financieel"],
            Soort::Kliniek => ["Kliniek", "Afdelingen"],
        }
    }

    /// The kind of a workbook, recognised by its sheets (folded names).
    pub fn herken(wm: &Werkmap) -> Result<Soort, InputError> {
        let namen: Vec<String> = wm.bladen.iter().map(|b| fold(&b.naam)).collect();
        let passend: Vec<Soort> = Soort::ALLE
            .into_iter()
            .filter(|s| s.bladen().iter().all(|b| namen.contains(&fold(b))))
            .collect();
        match passend.as_slice() {
            [s] => Ok(*s),
            [] => Err(InputError::file(
                &wm.bestand,
                format!(
                    "not a Taskforce workbook: expected the sheets Behandelaar + Weekagenda, Team + Financieel, or Kliniek + Afdelingen; found {}{}",
                    if wm.bladen.is_empty() {
                        "no sheets".to_string()
                    } else {
                        wm.bladen
                            .iter()
                            .map(|b| b.naam.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    },
                    if wm.onleesbaar.is_empty() {
                        String::new()
                    } else {
                        format!("; unreadable: {}", wm.onleesbaar.join(", "))
                    }
                ),
            )),
            _ => Err(InputError::file(
                &wm.bestand,
                "the workbook holds the sheets of more than one kind (behandelaar, leidinggevende, kliniek); keep one kind per workbook",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::form::grid::Werkblad;

    #[test]
    fn kinds_are_recognised_by_their_sheets() {
        let wm = |namen: &[&str]| Werkmap {
            bestand: "x.xlsx".into(),
            bladen: namen.iter().map(|n| Werkblad::nieuw(n)).collect(),
            onleesbaar: Vec::new(),
        };
        assert_eq!(
            Soort::herken(&wm(&["Uitleg", "behandelaar", "WEEKAGENDA"])),
            Ok(Soort::Behandelaar)
        );
        assert_eq!(
            Soort::herken(&wm(&["Team", "Financieel", "Resultaat"])),
            Ok(Soort::Leidinggevende)
        );
        assert_eq!(
            Soort::herken(&wm(&["Kliniek", "Afdelingen"])),
            Ok(Soort::Kliniek)
        );
        assert!(
            Soort::herken(&wm(&["Blad1"]))
                .unwrap_err()
                .message
                .contains("Blad1")
        );
        assert!(Soort::herken(&wm(&["Team", "Financieel", "Kliniek", "Afdelingen"])).is_err());
    }
}
