//! The long begroting of SPEC 2.3 (`team, periode, omzet[, uren]`, one row per team and
//! period) and the December 2021 file (`team, omzet_dec_2021[, uren_dec_2021]`).

use std::path::Path;

use crate::error::InputError;
use crate::input::mapping::Mapping;
use crate::input::table::{Column, Header};

use super::Gelezen;
use super::maand::periode;
use super::rijen::{Getallen, Rij, lees};
use super::teams::TeamCel;

/// A number column of `kop` (field `veld`): its convention decided over `rijen`.
fn getallen(
    kop: &Header,
    rijen: &[Rij],
    veld: usize,
    mapping: &Mapping,
    sectie: &str,
) -> Result<Option<(Getallen, usize, String)>, InputError> {
    let Some(i) = kop.index.get(veld).copied().flatten() else {
        return Ok(None);
    };
    let naam = kop.names.get(i).cloned().unwrap_or_default();
    let g = Getallen::besluit(
        rijen,
        vec![i],
        naam.clone(),
        mapping.decimaal,
        &kop.file,
        sectie,
        &kop.names,
    )?;
    Ok(Some((g, i, naam)))
}

fn team_cel(
    kop: &Header,
    r: &Rij,
    team: usize,
    omschrijving: usize,
) -> Result<TeamCel, InputError> {
    let code = r.cel(kop.index[team]).ok_or_else(|| {
        InputError::at(
            &kop.file,
            r.regel,
            Some("team".into()),
            "expected a team name",
        )
    })?;
    Ok(TeamCel {
        regel: r.regel,
        code: code.to_string(),
        naam: r.cel(kop.index[omschrijving]).map(str::to_string),
    })
}

/// Reads `path` with `columns`: team (0), then a period (when `met_periode`), omzet and
/// uren, and omschrijving last. Each row gives one (periode, omzet, uren); the December
/// 2021 file has no period (its rows get `None` as period, here any period).
pub(super) fn lees_lang(
    path: &Path,
    columns: &[Column],
    mapping: &Mapping,
    sectie: &str,
) -> Result<(Header, Gelezen), InputError> {
    let (kop, rijen) = lees(path, columns, mapping)?;
    let met_periode = columns[1].name == "periode";
    let (o, u) = if met_periode { (2, 3) } else { (1, 2) };
    let omschrijving = columns.len() - 1;
    let omzet = getallen(&kop, &rijen, o, mapping, sectie)?;
    let uren = getallen(&kop, &rijen, u, mapping, sectie)?;
    let mut gelezen = Gelezen {
        getallen: [&omzet, &uren]
            .into_iter()
            .flatten()
            .filter_map(|(g, _, _)| g.conventie.clone())
            .collect(),
        ..Gelezen::default()
    };
    let file = kop.file.clone();
    for r in &rijen {
        let team = team_cel(&kop, r, 0, omschrijving)?;
        let p = if met_periode {
            let s = r.cel(kop.index[1]).unwrap_or("");
            Some(periode(s).ok_or_else(|| {
                InputError::at(
                    &file,
                    r.regel,
                    Some("periode".into()),
                    format!("expected a period such as 2022-03, jan-22, maart 2022, Q1 2022, 2022-Q1 or 2022, found \"{s}\""),
                )
            })?)
        } else {
            None
        };
        let lees = |c: &Option<(Getallen, usize, String)>, verwacht: &str| match c {
            Some((g, i, kolom)) => g.lees(r, *i, &file, kolom, verwacht),
            None => Ok(None),
        };
        let bedrag = lees(&omzet, "euros")?.ok_or_else(|| {
            let kolom = omzet
                .as_ref()
                .map_or(columns[o].name.to_string(), |c| c.2.clone());
            InputError::at(&file, r.regel, Some(kolom), "expected euros, found \"\"")
        })?;
        let u = lees(&uren, "hours")?;
        gelezen.rijen.push((team, vec![(p, bedrag, u)]));
    }
    Ok((kop, gelezen))
}
