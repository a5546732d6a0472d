//! A wide begroting (SPEC 5.7): one row per team, one column per month (`jan-22`, `2022-01`,
//! `januari 2022`…), each cell that month's omzet; `totaal` columns and rows are left out.

use std::path::Path;

use crate::domain::fold::fold;
use crate::domain::periode::Periode;
use crate::error::InputError;
use crate::input::mapping::Mapping;
use crate::input::table::{Column, Header};

use super::Gelezen;
use super::maand::maand;
use super::rijen::{Getallen, lees};
use super::teams::TeamCel;

/// The team columns of a wide begroting (SPEC 5.7); the month columns are found by their
/// headers.
pub const BREED_COLUMNS: [Column; 2] = [
    Column::required("team", &["afdeling", "kostenplaats"]),
    Column::optional("omschrijving", &["naam"]),
];

/// Reads `path` as a wide begroting: `None` when its header row (the first within 30 with a
/// team column) has no month column, or when it has no team column at all.
pub(super) fn lees_breed(
    path: &Path,
    mapping: &Mapping,
    bestand: &str,
) -> Result<Option<(Header, Gelezen)>, InputError> {
    let Ok((mut kop, rijen)) = lees(path, &BREED_COLUMNS, mapping) else {
        return Ok(None);
    };
    let team_kolommen = [kop.index[0], kop.index[1]];
    let mut maanden: Vec<(usize, Periode)> = Vec::new();
    let mut genegeerd = Vec::new();
    for (i, naam) in kop.names.iter().enumerate() {
        if team_kolommen.contains(&Some(i)) || naam.is_empty() {
            continue;
        }
        match maand(naam) {
            Some(p) => {
                if let Some((j, _)) = maanden.iter().find(|(_, q)| *q == p) {
                    return Err(InputError::at(
                        bestand,
                        kop.line,
                        Some(naam.clone()),
                        format!(
                            "the columns \"{}\" and \"{naam}\" are the same month; keep one",
                            kop.names[*j]
                        ),
                    ));
                }
                maanden.push((i, p));
            }
            // A `totaal` column (SPEC 5.7) and any other column are named as ignored.
            None => genegeerd.push(naam.clone()),
        }
    }
    if maanden.is_empty() {
        return Ok(None);
    }
    kop.ignored = genegeerd;
    let posities: Vec<usize> = maanden.iter().map(|(i, _)| *i).collect();
    let eerste = &kop.names[posities[0]];
    let laatste = &kop.names[posities[posities.len() - 1]];
    let naam = if posities.len() == 1 {
        eerste.clone()
    } else {
        format!("{eerste} … {laatste}")
    };
    let getallen = Getallen::besluit(
        &rijen,
        posities,
        naam,
        mapping.decimaal,
        bestand,
        "begroting",
        &kop.names,
    )?;
    let mut gelezen = Gelezen {
        getallen: getallen.conventie.clone().into_iter().collect(),
        ..Gelezen::default()
    };
    for r in &rijen {
        let code = r.cel(kop.index[0]);
        let naam = r.cel(kop.index[1]);
        let Some(code) = code.or(naam) else {
            return Err(InputError::at(
                bestand,
                r.regel,
                Some("team".into()),
                "expected a team name",
            ));
        };
        if matches!(fold(code).as_str(), "totaal" | "total") {
            continue;
        }
        let mut waarden = Vec::new();
        for (i, p) in &maanden {
            let kolom = &kop.names[*i];
            if let Some(v) = getallen.lees(r, *i, bestand, kolom, "euros")? {
                waarden.push((Some(*p), v, None));
            }
        }
        gelezen.rijen.push((
            TeamCel {
                regel: r.regel,
                code: code.to_string(),
                naam: naam
                    .filter(|_| r.cel(kop.index[0]).is_some())
                    .map(str::to_string),
            },
            waarden,
        ));
    }
    Ok(Some((kop, gelezen)))
}
