//! Begroting and December 2021 (SPEC 2.3, 5.7): per team, a revenue budget for a period
//! (spread over its months by weekdays) and the revenue realised in December 2021 under DBBC.
//! A begroting is long (one row per team and period) or wide (one column per month); its
//! numbers are read under the convention of their column (SPEC 5.2), and rows whose team the
//! medewerkers lack are listed.

mod breed;
mod lang;
pub mod maand;
mod rijen;
mod teams;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::domain::decimaal::GetalConventie;
use crate::domain::periode::Periode;
use crate::error::InputError;
use crate::input::mapping::{Mapping, TeamNamen};
use crate::input::table::{Column, Header};

pub use breed::BREED_COLUMNS;
pub use teams::OnbekendTeam;

/// One budget row.
#[derive(Debug, Clone, PartialEq)]
pub struct BegrotingRegel {
    /// Team.
    pub team: String,
    /// The period the budget covers.
    pub periode: Periode,
    /// Revenue budget in euros.
    pub omzet: f64,
    /// Hours budget, if given.
    pub uren: Option<f64>,
}

/// A team's budget spread over a run period.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Budget {
    /// Revenue in euros.
    pub omzet: f64,
    /// Hours, if any row gave hours.
    pub uren: Option<f64>,
}

/// All budget rows.
#[derive(Debug, Clone, Default)]
pub struct Begroting {
    /// In file order (a wide begroting: per row, its months in column order).
    pub regels: Vec<BegrotingRegel>,
    /// Rows whose team is no team of the medewerkers (SPEC 5.7).
    pub onbekend: Vec<OnbekendTeam>,
    /// The number conventions applied (SPEC 5.2).
    pub getallen: Vec<GetalConventie>,
    /// The header as found (sheet, ignored columns).
    pub kop: Header,
    /// True for a wide begroting (one column per month).
    pub breed: bool,
}

/// One value of a row: its period (none in a December 2021 file), omzet and uren.
type Waarde = (Option<Periode>, f64, Option<f64>);

/// A file's rows as read, before their teams are known: the team cells, and per row its
/// (period, omzet, uren) values; with the number conventions applied.
#[derive(Debug, Default)]
struct Gelezen {
    rijen: Vec<(teams::TeamCel, Vec<Waarde>)>,
    getallen: Vec<GetalConventie>,
}

impl Gelezen {
    /// Each row's team (SPEC 5.1, 5.7) with the rows whose team is unknown.
    fn teams(
        &self,
        namen: &TeamNamen,
        bekend: &BTreeSet<&str>,
        bestand: &str,
        soort: &'static str,
    ) -> Result<(Vec<String>, Vec<OnbekendTeam>), InputError> {
        let cellen: Vec<teams::TeamCel> = self.rijen.iter().map(|r| r.0.clone()).collect();
        teams::teams(&cellen, namen, bekend, bestand, soort)
    }
}

/// The columns of a begroting, in this order (SPEC 2.3, 5.1). `omschrijving` is a team's
/// name beside a code column; the one whose values match teams is used.
pub const BEGROTING_COLUMNS: [Column; 5] = [
    Column::required("team", &["afdeling", "kostenplaats"]),
    Column::required("periode", &["maand", "jaar", "jaar_maand"]),
    Column::required(
        "omzet",
        &[
            "begroting",
            "begroting_omzet",
            "omzet_begroting",
            "bedrag",
            "begroot",
            "begrote_omzet",
        ],
    ),
    Column::optional("uren", &["begroting_uren", "uren_begroting"]),
    Column::optional("omschrijving", &["naam"]),
];

/// The columns of a December 2021 file, in this order (SPEC 2.3, 5.1).
pub const REALISATIE_COLUMNS: [Column; 4] = [
    Column::required("team", &["afdeling", "kostenplaats"]),
    Column::required(
        "omzet_dec_2021",
        &[
            "omzet",
            "realisatie_dec_2021",
            "omzet_december_2021",
            "realisatie_december_2021",
        ],
    ),
    Column::optional("uren_dec_2021", &["uren", "uren_december_2021"]),
    Column::optional("omschrijving", &["naam"]),
];

impl Begroting {
    /// Reads a begroting, wide (one column per month) or long (`team, periode, omzet[,
    /// uren]`), through the profile's `mapping` and team `namen`; `bekend` holds the teams of
    /// the medewerkers (SPEC 2.3, 5.7).
    pub fn read(
        path: &Path,
        mapping: &Mapping,
        namen: &TeamNamen,
        bekend: &BTreeSet<&str>,
    ) -> Result<Self, InputError> {
        let file = path.display().to_string();
        let (kop, gelezen, breed) = match breed::lees_breed(path, mapping, &file)? {
            Some((kop, g)) => (kop, g, true),
            None => {
                let (kop, g) = lang::lees_lang(path, &BEGROTING_COLUMNS, mapping, "begroting")
                    .map_err(|mut e| {
                        if e.message.contains("not found") {
                            e.message.push_str(" (a wide begroting has a team column and one column per month, such as jan-22 or 2022-01)");
                        }
                        e
                    })?;
                (kop, g, false)
            }
        };
        let (teams, onbekend) = gelezen.teams(namen, bekend, &file, "Begroting")?;
        let mut regels = Vec::new();
        for ((_, waarden), team) in gelezen.rijen.iter().zip(teams) {
            for (p, omzet, uren) in waarden {
                regels.push(BegrotingRegel {
                    team: team.clone(),
                    periode: p.expect("a begroting row has a period"),
                    omzet: *omzet,
                    uren: *uren,
                });
            }
        }
        Ok(Begroting {
            regels,
            onbekend,
            getallen: gelezen.getallen,
            kop,
            breed,
        })
    }

    /// The budget of `team` for `periode`: each row's omzet × (weekdays of its period that
    /// fall in `periode`) / (weekdays of its period). `None` when the team has no row.
    pub fn voor(&self, team: &str, periode: &Periode) -> Option<Budget> {
        let mut found = false;
        let mut out = Budget::default();
        for r in self.regels.iter().filter(|r| r.team == team) {
            found = true;
            let total = r.periode.werkdagen();
            let overlap = r
                .periode
                .snijd(Some(periode.van), Some(periode.tot))
                .map_or(0, |p| p.werkdagen());
            let share = if total == 0 {
                0.0
            } else {
                f64::from(overlap) / f64::from(total)
            };
            out.omzet += r.omzet * share;
            if let Some(u) = r.uren {
                *out.uren.get_or_insert(0.0) += u * share;
            }
        }
        found.then_some(out)
    }
}

/// December 2021 per team: revenue and optional hours.
#[derive(Debug, Clone, Default)]
pub struct Realisatie2021 {
    /// Team → (omzet, uren).
    pub teams: BTreeMap<String, (f64, Option<f64>)>,
    /// Rows whose team is no team of the medewerkers (SPEC 5.7).
    pub onbekend: Vec<OnbekendTeam>,
    /// The number conventions applied (SPEC 5.2).
    pub getallen: Vec<GetalConventie>,
    /// The header as found (sheet, ignored columns).
    pub kop: Header,
}

impl Realisatie2021 {
    /// Reads `team, omzet_dec_2021[, uren_dec_2021]` through the profile's `mapping` and
    /// team `namen`; `bekend` holds the teams of the medewerkers.
    pub fn read(
        path: &Path,
        mapping: &Mapping,
        namen: &TeamNamen,
        bekend: &BTreeSet<&str>,
    ) -> Result<Self, InputError> {
        let file = path.display().to_string();
        let (kop, gelezen) =
            lang::lees_lang(path, &REALISATIE_COLUMNS, mapping, "realisatie_2021")?;
        let (teams, onbekend) = gelezen.teams(namen, bekend, &file, "Realisatie december 2021")?;
        let mut r = Realisatie2021 {
            onbekend,
            getallen: gelezen.getallen.clone(),
            ..Realisatie2021::default()
        };
        for ((cel, waarden), team) in gelezen.rijen.iter().zip(teams) {
            let (_, omzet, uren) = waarden[0];
            if r.teams.insert(team.clone(), (omzet, uren)).is_some() {
                return Err(InputError::at(
                    &file,
                    cel.regel,
                    Some("team".into()),
                    format!("team \"{team}\" appears twice"),
                ));
            }
        }
        r.kop = kop;
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yearly_budget_is_spread_by_weekdays() {
        let b = Begroting {
            regels: vec![BegrotingRegel {
                team: "A".into(),
                periode: Periode::parse("2022").unwrap(),
                omzet: 260_000.0,
                uren: Some(2600.0),
            }],
            ..Begroting::default()
        };
        // March 2022 has 23 of 260 weekdays → 23,000.
        let m = b.voor("A", &Periode::parse("2022-03").unwrap()).unwrap();
        assert!((m.omzet - 23_000.0).abs() < 1e-9);
        assert!((m.uren.unwrap() - 230.0).abs() < 1e-9);
        assert_eq!(b.voor("B", &Periode::parse("2022-03").unwrap()), None);
        // A monthly row outside the run period contributes 0.
        let b2 = Begroting {
            regels: vec![BegrotingRegel {
                team: "A".into(),
                periode: Periode::parse("2022-04").unwrap(),
                omzet: 10.0,
                uren: None,
            }],
            ..Begroting::default()
        };
        assert_eq!(
            b2.voor("A", &Periode::parse("2022-03").unwrap())
                .unwrap()
                .omzet,
            0.0
        );
    }
}
