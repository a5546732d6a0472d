//! One EPD row parsed into an accepted [`Regel`] or a rejection with its reason (SPEC 2.1).

use std::hash::{BuildHasher, Hasher};

use chrono::NaiveDate;

use super::opties::{Duiding, EpdOpties};
use super::{CLIENT, MAX_MINUTEN, Regel};
use crate::domain::activiteit::Activiteit;
use crate::domain::fold::fold;
use crate::input::medewerkers::Medewerkers;
use crate::input::table::Row;
use crate::input::value::{parse_date, parse_minutes, parse_number};

fn client_hash(s: &str) -> u64 {
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    h.write(s.as_bytes());
    h.finish().max(1)
}

fn reject(soort: &'static str, reden: String) -> Uit {
    Uit::Afgewezen(soort, reden)
}

/// Why a row is not accepted.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Uit {
    /// Rejected: the reason's category and the full reason.
    Afgewezen(&'static str, String),
    /// Left out on purpose (SPEC 5.4), with the reason.
    Uitgesloten(String),
}

/// Parsed activiteit texts: exports repeat a handful of spellings, so each is folded once.
#[derive(Debug, Default)]
pub(super) struct Activiteiten(rustc_hash::FxHashMap<String, Option<Duiding>>);

impl Activiteiten {
    pub(super) fn parse(&mut self, s: &str, opties: &EpdOpties) -> Option<Duiding> {
        if let Some(a) = self.0.get(s) {
            return *a;
        }
        let a = opties.duid(s);
        self.0.insert(s.to_string(), a);
        a
    }
}

/// A parsed row: its readable date (if any) and either the medewerker index with the
/// accepted row, or why it is not accepted.
pub(super) type Parsed = (Option<NaiveDate>, Result<(u32, Regel), Uit>);

/// True when the row's first non-empty cell reads `totaal`, `total`, `subtotaal`,
/// `eindtotaal` or `generaal totaal` (SPEC 5.3).
fn is_totaalregel(row: &Row<'_>) -> bool {
    let first = (0..row.cells.len())
        .filter_map(|i| row.cells.cell(i))
        .find(|c| !c.trim().is_empty());
    first.is_some_and(|c| {
        let f = fold(c.trim_end_matches(':'));
        matches!(
            f.as_str(),
            "totaal" | "total" | "subtotaal" | "eindtotaal" | "generaaltotaal" | "grandtotal"
        )
    })
}

pub(super) fn parse_row(
    row: &Row<'_>,
    mw: &Medewerkers,
    opties: &EpdOpties,
    bestand: u16,
    codes: &mut Activiteiten,
) -> Parsed {
    if row.repeated_header {
        return (
            None,
            Err(reject(
                "kopregel herhaald",
                "kopregel herhaald (de kopregel staat nog eens tussen de gegevens)".into(),
            )),
        );
    }
    let raw = |c: usize| row.raw(c).unwrap_or("").trim();
    let datum = row.get(1).and_then(parse_date);
    if datum.is_none() && is_totaalregel(row) {
        return (None, Err(Uit::Uitgesloten("totaalregel".into())));
    }
    for u in &opties.uitsluiten {
        if let Some(v) = row.get(u.kolom)
            && u.waarden.contains(&fold(v))
        {
            return (datum, Err(Uit::Uitgesloten(format!("{} = {v}", u.naam))));
        }
    }
    let Some(datum) = datum else {
        return (
            None,
            Err(reject(
                "datum onleesbaar",
                format!(
                    "datum onleesbaar: \"{}\" (verwacht DD-MM-JJJJ of JJJJ-MM-DD)",
                    raw(1)
                ),
            )),
        );
    };
    let res = (|| {
        let id = row.get(0).unwrap_or("");
        let plek = mw.plek(id).ok_or_else(|| {
            reject(
                "onbekende medewerker",
                format!("onbekende medewerker \"{id}\""),
            )
        })?;
        let soort = match codes.parse(row.get(2).unwrap_or(""), opties) {
            Some(Duiding::Activiteit(a)) => a,
            Some(Duiding::Reistijd) => Activiteit::Reistijd,
            Some(Duiding::Negeren) => {
                return Err(Uit::Uitgesloten(format!(
                    "activiteit genegeerd: {}",
                    raw(2)
                )));
            }
            None => {
                return Err(reject(
                    "onbekende activiteit",
                    format!("onbekende activiteit \"{}\"", raw(2)),
                ));
            }
        };
        let directe = match row.get(3) {
            None => {
                return Err(reject(
                    "directe tijd ontbreekt",
                    "directe tijd ontbreekt".into(),
                ));
            }
            Some(s) => parse_minutes(s).ok_or_else(|| {
                reject(
                    "directe tijd onleesbaar",
                    format!("directe tijd onleesbaar: \"{s}\" (verwacht minuten of u:mm)"),
                )
            })?,
        };
        if directe < 0.0 {
            return Err(reject(
                "directe tijd negatief",
                format!("directe tijd negatief: {}", raw(3)),
            ));
        }
        if directe > MAX_MINUTEN {
            return Err(reject(
                "directe tijd boven 1440",
                format!("directe tijd boven 1440 minuten: {}", raw(3)),
            ));
        }
        let minutes = |c: usize, what: &'static str| -> Result<f64, Uit> {
            row.get(c).map_or(Ok(f64::NAN), |s| {
                parse_minutes(s)
                    .filter(|v| (0.0..=MAX_MINUTEN).contains(v))
                    .ok_or_else(|| {
                        reject(what, format!("{what}: \"{s}\" (verwacht minuten 0-1440)"))
                    })
            })
        };
        let gepland = minutes(4, "geplande tijd onleesbaar")?;
        let reistijd = minutes(8, "reistijd onleesbaar")?;
        let setting = match row.get(7) {
            None => 0,
            Some(s) => s
                .parse::<u8>()
                .ok()
                .filter(|v| (1..=8).contains(v))
                .ok_or_else(|| {
                    reject(
                        "setting onleesbaar",
                        format!("setting onleesbaar: \"{s}\" (verwacht 1-8)"),
                    )
                })?,
        };
        let mut groep = 0u16;
        if soort == Activiteit::Groepsconsult {
            let g = row.get(6).ok_or_else(|| {
                reject(
                    "groepsgrootte ontbreekt",
                    "groepsconsult zonder groepsgrootte".into(),
                )
            })?;
            let n = parse_number(g)
                .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= 1000.0)
                .ok_or_else(|| {
                    reject(
                        "groepsgrootte onleesbaar",
                        format!("groepsgrootte onleesbaar: \"{g}\""),
                    )
                })?;
            if n < 2.0 {
                return Err(reject(
                    "groepsgrootte onder 2",
                    format!("groepsconsult met groepsgrootte {n} (minimaal 2)"),
                ));
            }
            groep = n as u16;
        }
        // The contract valid on the date gives the entry (team) and setting (SPEC 5.5).
        let Some(t) = mw.op_datum(plek, datum) else {
            return Err(reject(
                "buiten in/uit dienst",
                format!(
                    "datum {} buiten in/uit dienst van medewerker \"{}\"",
                    datum.format("%d-%m-%Y"),
                    mw.eerste(plek).id
                ),
            ));
        };
        Ok((
            t.idx,
            Regel {
                datum,
                soort,
                directe_min: directe,
                geplande_min: gepland,
                reistijd_min: if reistijd.is_nan() { 0.0 } else { reistijd },
                client: row.get(CLIENT).map_or(0, client_hash),
                groepsgrootte: groep,
                setting,
                bestand,
                regel: row.line.min(u32::MAX as usize) as u32,
                contract: t.contract,
                twee_teams: t.twee_teams,
            },
        ))
    })();
    (Some(datum), res)
}
