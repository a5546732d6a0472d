//! Which team each row of a begroting or December 2021 file means (SPEC 5.1, 5.5, 5.7): the
//! code column or the name column, through the profile's `[teams."X"] namen`; rows whose team
//! the medewerkers lack are listed, and a file of which no row names a known team is refused.

use std::collections::BTreeSet;

use crate::error::InputError;
use crate::input::mapping::TeamNamen;

/// A row of a begroting or December 2021 file whose team is no team of the medewerkers: it
/// is read, but no team's figures use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnbekendTeam {
    /// `Begroting` or `Realisatie december 2021`.
    pub soort: &'static str,
    /// The file as given.
    pub bestand: String,
    /// 1-based line (CSV) or row (xlsx).
    pub regel: usize,
    /// The team as the file writes it (code, and name when there is one).
    pub team: String,
}

impl OnbekendTeam {
    /// English, for stderr.
    pub fn en(&self) -> String {
        format!(
            "{}, line {}: team \"{}\" is no team of the medewerkers, so this {} row is not used; name the team as the medewerkers file does, or add the name to [teams.\"…\"] namen in the profile",
            self.bestand,
            self.regel,
            self.team,
            self.soort.to_lowercase()
        )
    }

    /// Dutch, for the workbook.
    pub fn nl(&self) -> String {
        format!(
            "team \"{}\" is geen team van de medewerkers: deze regel telt niet mee (noem het team zoals het medewerkersbestand, of zet de naam in het profiel onder [teams.\"…\"] namen)",
            self.team
        )
    }
}

/// A row's team cells: its line, the team (or code) cell, and the name cell beside it.
#[derive(Debug, Clone)]
pub(super) struct TeamCel {
    pub(super) regel: usize,
    pub(super) code: String,
    pub(super) naam: Option<String>,
}

/// Each row's team: from the code column, unless the name column (`omschrijving`) matches
/// more of the medewerkers' teams (`bekend`); with the rows whose team is unknown. When rows
/// exist and none names a known team, an error names the teams found and those expected.
pub(super) fn teams(
    rijen: &[TeamCel],
    namen: &TeamNamen,
    bekend: &BTreeSet<&str>,
    bestand: &str,
    soort: &'static str,
) -> Result<(Vec<String>, Vec<OnbekendTeam>), InputError> {
    let telt = |kant: &dyn Fn(&TeamCel) -> Option<&str>| {
        rijen
            .iter()
            .filter_map(kant)
            .filter(|t| bekend.contains(namen.team(t).as_str()))
            .count()
    };
    let op_naam = telt(&|r| r.naam.as_deref()) > telt(&|r| Some(r.code.as_str()));
    let cel = |r: &TeamCel| -> String {
        match (&r.naam, op_naam) {
            (Some(n), true) => n.clone(),
            _ => r.code.clone(),
        }
    };
    let gekozen: Vec<String> = rijen.iter().map(|r| namen.team(&cel(r))).collect();
    let onbekend: Vec<OnbekendTeam> = rijen
        .iter()
        .zip(&gekozen)
        .filter(|(_, t)| !bekend.contains(t.as_str()))
        .map(|(r, _)| OnbekendTeam {
            soort,
            bestand: bestand.to_string(),
            regel: r.regel,
            team: match &r.naam {
                Some(n) if *n != r.code => format!("{} ({n})", r.code),
                _ => r.code.clone(),
            },
        })
        .collect();
    if !rijen.is_empty() && onbekend.len() == rijen.len() {
        let mut gevonden: Vec<String> = Vec::new();
        for r in rijen {
            let t = match &r.naam {
                Some(n) if *n != r.code => format!("\"{}\" / \"{n}\"", r.code),
                _ => format!("\"{}\"", r.code),
            };
            if !gevonden.contains(&t) {
                gevonden.push(t);
            }
        }
        let verwacht: Vec<String> = bekend.iter().map(|t| format!("\"{t}\"")).collect();
        return Err(InputError::file(
            bestand,
            format!(
                "no row of this {} names a team of the medewerkers, so every team's figure would be missing; teams found: {}; teams of the medewerkers: {}. Name the teams as the medewerkers file does, or give their other names (kostenplaats codes) in the profile: [teams.\"<team>\"] namen = [\"<code>\"]",
                soort.to_lowercase(),
                gevonden.join(", "),
                verwacht.join(", ")
            ),
        ));
    }
    Ok((gekozen, onbekend))
}
