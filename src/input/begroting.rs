//! Begroting and December 2021 (SPEC 2.3): per team, a revenue budget for a period (spread
//! over its months by weekdays) and the revenue realised in December 2021 under DBBC.

use std::collections::BTreeMap;
use std::path::Path;

use crate::domain::periode::Periode;
use crate::error::InputError;
use crate::input::mapping::{Mapping, TeamNamen};
use crate::input::table::{Column, read_mapped};
use crate::input::value::parse_number;

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
    /// In file order.
    pub regels: Vec<BegrotingRegel>,
}

fn num(
    file: &str,
    line: usize,
    col: &str,
    s: Option<&str>,
    expected: &str,
) -> Result<f64, InputError> {
    s.and_then(parse_number).ok_or_else(|| {
        InputError::at(
            file,
            line,
            Some(col.into()),
            format!("expected {expected}, found \"{}\"", s.unwrap_or("")),
        )
    })
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

/// Which of a file's two team columns names the teams (SPEC 5.1): the code column, unless the
/// name column (`omschrijving`) matches more teams. `paren` holds (code, name) per row.
fn kies_team<'a>(
    paren: &'a [(String, Option<String>)],
    teams: &TeamNamen,
    bekend: &dyn Fn(&str) -> bool,
) -> Vec<String> {
    let telt = |kant: &dyn Fn(&'a (String, Option<String>)) -> Option<&'a str>| {
        paren
            .iter()
            .filter_map(kant)
            .filter(|t| bekend(&teams.team(t)))
            .count()
    };
    let namen = telt(&|p| p.1.as_deref());
    let codes = telt(&|p| Some(p.0.as_str()));
    paren
        .iter()
        .map(|(code, naam)| match naam {
            Some(n) if namen > codes => teams.team(n),
            _ => teams.team(code),
        })
        .collect()
}

impl Begroting {
    /// Reads `team, periode, omzet[, uren]` through the profile's `mapping` and team names;
    /// `bekend` tells which teams the medewerkers have.
    pub fn read(
        path: &Path,
        mapping: &Mapping,
        teams: &TeamNamen,
        bekend: &dyn Fn(&str) -> bool,
    ) -> Result<Self, InputError> {
        const COLS: [Column; 5] = BEGROTING_COLUMNS;
        let file = path.display().to_string();
        let mut b = Begroting::default();
        let mut paren = Vec::new();
        let mut err = None;
        read_mapped(path, &COLS, mapping, |row| {
            if err.is_some() || row.repeated_header {
                return;
            }
            let r = (|| {
                let team = row.get(0).ok_or_else(|| {
                    InputError::at(&file, row.line, Some("team".into()), "expected a team name")
                })?;
                let p = row.get(1).unwrap_or("");
                let periode = Periode::parse(p).ok_or_else(|| {
                    InputError::at(
                        &file,
                        row.line,
                        Some("periode".into()),
                        format!("expected YYYY-MM, YYYY-Qn or YYYY, found \"{p}\""),
                    )
                })?;
                let omzet = num(&file, row.line, "omzet", row.get(2), "euros")?;
                let uren = row
                    .get(3)
                    .map(|s| num(&file, row.line, "uren", Some(s), "hours"))
                    .transpose()?;
                paren.push((team.to_string(), row.get(4).map(str::to_string)));
                Ok(BegrotingRegel {
                    team: team.to_string(),
                    periode,
                    omzet,
                    uren,
                })
            })();
            match r {
                Ok(x) => b.regels.push(x),
                Err(e) => err = Some(e),
            }
        })?;
        if let Some(e) = err {
            return Err(e);
        }
        for (r, t) in b.regels.iter_mut().zip(kies_team(&paren, teams, bekend)) {
            r.team = t;
        }
        Ok(b)
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

/// A December 2021 row as read: its line, its (code, name) team cells, omzet and uren.
type RealisatieRij = (usize, (String, Option<String>), (f64, Option<f64>));

/// December 2021 per team: revenue and optional hours.
#[derive(Debug, Clone, Default)]
pub struct Realisatie2021 {
    /// Team → (omzet, uren).
    pub teams: BTreeMap<String, (f64, Option<f64>)>,
}

impl Realisatie2021 {
    /// Reads `team, omzet_dec_2021[, uren_dec_2021]` through the profile's `mapping` and
    /// team names; `bekend` tells which teams the medewerkers have.
    pub fn read(
        path: &Path,
        mapping: &Mapping,
        teams: &TeamNamen,
        bekend: &dyn Fn(&str) -> bool,
    ) -> Result<Self, InputError> {
        const COLS: [Column; 4] = REALISATIE_COLUMNS;
        let file = path.display().to_string();
        let mut rijen: Vec<RealisatieRij> = Vec::new();
        let mut err = None;
        read_mapped(path, &COLS, mapping, |row| {
            if err.is_some() || row.repeated_header {
                return;
            }
            let res = (|| {
                let team = row.get(0).ok_or_else(|| {
                    InputError::at(&file, row.line, Some("team".into()), "expected a team name")
                })?;
                let omzet = num(&file, row.line, "omzet_dec_2021", row.get(1), "euros")?;
                let uren = row
                    .get(2)
                    .map(|s| num(&file, row.line, "uren_dec_2021", Some(s), "hours"))
                    .transpose()?;
                rijen.push((
                    row.line,
                    (team.to_string(), row.get(3).map(str::to_string)),
                    (omzet, uren),
                ));
                Ok(())
            })();
            if let Err(e) = res {
                err = Some(e);
            }
        })?;
        if let Some(e) = err {
            return Err(e);
        }
        let paren: Vec<_> = rijen.iter().map(|r| r.1.clone()).collect();
        let mut r = Realisatie2021::default();
        for ((line, _, v), team) in rijen.into_iter().zip(kies_team(&paren, teams, bekend)) {
            if r.teams.insert(team.clone(), v).is_some() {
                return Err(InputError::at(
                    &file,
                    line,
                    Some("team".into()),
                    format!("team \"{team}\" appears twice"),
                ));
            }
        }
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
        };
        assert_eq!(
            b2.voor("A", &Periode::parse("2022-03").unwrap())
                .unwrap()
                .omzet,
            0.0
        );
    }
}
