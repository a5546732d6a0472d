//! One EPD row parsed into an accepted [`Regel`] or a rejection with its reason (SPEC 2.1).

use std::hash::{BuildHasher, Hasher};

use chrono::NaiveDate;

use super::opties::{Duiding, EpdOpties};
use super::{
    BEGINTIJD, CLIENT, EINDTIJD, GEEN_TIJD, MAX_MINUTEN, PRESTATIECODE, Regel,
    VLAG_CODE_NIET_GEBRUIKT, VLAG_DUUR_UIT_CODE,
};
use crate::domain::activiteit::Activiteit;
use crate::domain::fold::fold;
use crate::input::medewerkers::{Medewerkers, Plek};
use crate::input::table::Row;
use crate::input::value::datum::{Lezing, Volgorde, parse_tijdstip};
use crate::input::value::duur::dubbelzinnig;
use crate::input::value::{parse_minutes, parse_number};
use crate::rules::prestatiecode;

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

/// What a chunk already read, so that repeated cells are not parsed again: exports repeat a
/// handful of activiteit spellings (each is folded once), and list a medewerker's rows
/// together and a date on several rows (the previous row's date cell and medewerker id are
/// kept with what they gave).
#[derive(Debug, Default)]
pub(super) struct Geheugen {
    activiteiten: rustc_hash::FxHashMap<String, Option<Duiding>>,
    datum_cel: String,
    lezing: Option<Lezing>,
    id_cel: String,
    plek: Option<Plek>,
}

impl Geheugen {
    fn activiteit(&mut self, s: &str, opties: &EpdOpties) -> Option<Duiding> {
        if let Some(a) = self.activiteiten.get(s) {
            return *a;
        }
        let a = opties.duid(s);
        self.activiteiten.insert(s.to_string(), a);
        a
    }

    /// [`Lezing::lees`] of the (trimmed) date cell.
    fn lezing(&mut self, cel: &str) -> Option<Lezing> {
        if cel != self.datum_cel {
            self.lezing = Lezing::lees(cel);
            self.datum_cel.clear();
            self.datum_cel.push_str(cel);
        }
        self.lezing
    }

    /// [`Medewerkers::plek`] of the (trimmed) id cell.
    fn plek(&mut self, mw: &Medewerkers, id: &str) -> Option<Plek> {
        if id != self.id_cel {
            self.plek = mw.plek(id);
            self.id_cel.clear();
            self.id_cel.push_str(id);
        }
        self.plek
    }
}

/// A parsed row: its readable date (if any), its date cell as read, and either the medewerker
/// index with the row (not yet checked against in/uit dienst, see [`buiten_dienst`]), or why it
/// is not accepted.
pub(super) type Parsed = (Option<NaiveDate>, Option<Lezing>, Result<(u32, Regel), Uit>);

/// The rejection of a row whose date lies outside the medewerker's in/uit dienst, or `None`.
pub(super) fn buiten_dienst(mw: &Medewerkers, idx: u32, datum: NaiveDate) -> Option<Uit> {
    let m = &mw.lijst[idx as usize];
    m.contract_op(datum).is_none().then(|| {
        reject(
            "buiten in/uit dienst",
            format!(
                "datum {} buiten in/uit dienst van medewerker \"{}\"",
                datum.format("%d-%m-%Y"),
                m.id
            ),
        )
    })
}

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
    geheugen: &mut Geheugen,
) -> Parsed {
    if row.repeated_header {
        return (
            None,
            None,
            Err(reject(
                "kopregel herhaald",
                "kopregel herhaald (de kopregel staat nog eens tussen de gegevens)".into(),
            )),
        );
    }
    let raw = |c: usize| row.raw(c).unwrap_or("").trim();
    let lezing = row.get(1).and_then(|c| geheugen.lezing(c));
    let datum = lezing.and_then(|l| match opties.mapping.datumvolgorde {
        Some(v) => l.datum(v),
        // before the column's order is decided: day first, or the only valid reading
        None => l.datum_of_enige(Volgorde::Dmy),
    });
    if datum.is_none() && is_totaalregel(row) {
        return (None, None, Err(Uit::Uitgesloten("totaalregel".into())));
    }
    for u in &opties.uitsluiten {
        if let Some(v) = row.get(u.kolom)
            && u.waarden.contains(&fold(v))
        {
            return (
                datum,
                lezing,
                Err(Uit::Uitgesloten(format!("{} = {v}", u.naam))),
            );
        }
    }
    let Some(datum) = datum else {
        let verwacht = match opties.mapping.datumvolgorde {
            Some(Volgorde::Mdy) => "MM-DD-JJJJ (datumvolgorde = \"mdy\") of JJJJ-MM-DD",
            _ => "DD-MM-JJJJ of JJJJ-MM-DD",
        };
        return (
            None,
            None,
            Err(reject(
                "datum onleesbaar",
                format!("datum onleesbaar: \"{}\" (verwacht {verwacht})", raw(1)),
            )),
        );
    };
    let res = (|| {
        let id = row.get(0).unwrap_or("");
        let plek = geheugen.plek(mw, id).ok_or_else(|| {
            reject(
                "onbekende medewerker",
                format!("onbekende medewerker \"{id}\""),
            )
        })?;
        // SPEC 6.2: a code a loaded NZa list knows is the prestatie; an unknown one rejects
        // the row; without a list, a row with an activity is read by it.
        let mut vlag = 0u8;
        let code = match row.get(PRESTATIECODE) {
            None => None,
            Some(c) if opties.codes.lijst_geladen => {
                Some(opties.codes.zoek(c).ok_or_else(|| {
                    reject(
                        "prestatiecode onbekend",
                        format!("prestatiecode onbekend: {c}"),
                    )
                })?)
            }
            Some(_) if row.get(2).is_none() => {
                const GEEN_LIJST: &str =
                    "prestatiecode onbekend: geen NZa-lijst geladen, geef --tarieven";
                return Err(reject(GEEN_LIJST, GEEN_LIJST.into()));
            }
            Some(_) => {
                vlag |= VLAG_CODE_NIET_GEBRUIKT;
                None
            }
        };
        let duiding = match code {
            Some((_, key)) => Some(Duiding::Activiteit(prestatiecode::activiteit(&key))),
            None => geheugen.activiteit(row.get(2).unwrap_or(""), opties),
        };
        let soort = match duiding {
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
        let tijdstip = |c: usize, what: &'static str| -> Result<Option<u16>, Uit> {
            row.get(c).map_or(Ok(None), |s| {
                parse_tijdstip(s)
                    .map(Some)
                    .ok_or_else(|| reject(what, format!("{what}: \"{s}\" (verwacht uu:mm)")))
            })
        };
        // SPEC 5.2: a date with a time gives the begintijd when no such column exists.
        let begin = if row.raw(BEGINTIJD).is_some() {
            tijdstip(BEGINTIJD, "begintijd onleesbaar")?
        } else {
            lezing.and_then(|l| l.tijd)
        };
        let eind = tijdstip(EINDTIJD, "eindtijd onleesbaar")?;
        let directe = match (row.get(3), begin, eind) {
            (None, Some(b), Some(e)) => {
                // eind − begin; past midnight + 1440
                let d = i32::from(e) - i32::from(b);
                f64::from(if d < 0 { d + 1440 } else { d })
            }
            // SPEC 6.2: no duration, the code's class bound ("duur uit prestatiecode")
            (None, ..) if let Some(d) = code.and_then(|(_, k)| prestatiecode::duur(&k)) => {
                vlag |= VLAG_DUUR_UIT_CODE;
                d
            }
            (None, ..) => {
                return Err(reject(
                    "directe tijd ontbreekt",
                    "directe tijd ontbreekt".into(),
                ));
            }
            (Some(s), ..) if dubbelzinnig(s) => {
                return Err(reject(
                    "directe tijd dubbelzinnig",
                    dubbelzinnig_reden("directe tijd", s),
                ));
            }
            (Some(s), ..) => parse_minutes(s).ok_or_else(|| {
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
                if dubbelzinnig(s) {
                    let veld = what.trim_end_matches(" onleesbaar");
                    return Err(reject(what, dubbelzinnig_reden(veld, s)));
                }
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
        // A groepsconsult's code names its group size (SPEC 6.1), which may stand in for the
        // row's (a different size on the row is flagged when the row is valued).
        let code_groep = code
            .and_then(|(_, k)| k.klasse)
            .filter(|_| soort == Activiteit::Groepsconsult);
        if soort == Activiteit::Groepsconsult {
            let g = match row.get(6) {
                Some(g) => g,
                None if code_groep.is_some() => "0",
                // one row per participant (SPEC 5.4): the session's rows give its size
                None if opties.groepsconsult_per_deelnemer => "0",
                None => {
                    return Err(reject(
                        "groepsgrootte ontbreekt",
                        "groepsconsult zonder groepsgrootte".into(),
                    ));
                }
            };
            let n = parse_number(g)
                .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= 1000.0)
                .ok_or_else(|| {
                    reject(
                        "groepsgrootte onleesbaar",
                        format!("groepsgrootte onleesbaar: \"{g}\""),
                    )
                })?;
            if n < 2.0 && row.get(6).is_some() && code_groep.is_none() {
                return Err(reject(
                    "groepsgrootte onder 2",
                    format!("groepsconsult met groepsgrootte {n} (minimaal 2)"),
                ));
            }
            groep = n as u16;
        }
        // The contract valid on the date gives the entry (team) and setting (SPEC 5.5).
        // A date whose day/month order the file decides later may be in service only under
        // the other reading: take the contract of that reading; the chunk holds the row until
        // the order is known (see deel.rs, `twijfel`).
        let omkeerbaar =
            opties.mapping.datumvolgorde.is_none() && lezing.is_some_and(|l| l.omkeerbaar());
        let t = mw.op_datum(plek, datum).or_else(|| {
            omkeerbaar
                .then(|| crate::input::value::datum::omgedraaid(datum))
                .flatten()
                .and_then(|d| mw.op_datum(plek, d))
        });
        let Some(t) = t else {
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
                begintijd: begin.unwrap_or(GEEN_TIJD),
                vlag,
                contract: t.contract,
                code: code.map_or(0, |(n, _)| n),
                financier: 0,
                twee_teams: t.twee_teams,
            },
        ))
    })();
    (Some(datum), lezing, res)
}

/// The reason for a duration that reads two ways (`1.250`: 1250 or 1,25 minutes).
fn dubbelzinnig_reden(veld: &str, s: &str) -> String {
    format!(
        "{veld} dubbelzinnig: \"{s}\" kan {} of {} minuten zijn; schrijf minuten zonder scheidingsteken voor duizendtallen",
        s.replace(['.', ','], ""),
        s.replace('.', ",")
    )
}
