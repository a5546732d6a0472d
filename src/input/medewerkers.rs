//! Medewerkers (SPEC 2.2, 5.5): id, naam, team, beroep, uren_per_week or fte, and optional
//! setting, vrijstelling_uren, afwezig_uren, in_dienst, uit_dienst. A medewerker may have
//! several rows, one per contract (dienstverband). This is master data: an unusable row stops
//! the run with a message naming the file, line and column.

use crate::domain::medewerker::{Dienstverband, Medewerker};
use rustc_hash::FxHashMap;
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use chrono::NaiveDate;

use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::mapping::{Mapping, TeamNamen};
use crate::input::table::{Column, Header, read_mapped};
use crate::input::value::datum::parse_date_in;
use crate::input::value::datum::volgorde::DatumBesluit;
use crate::input::value::parse_number;
use crate::rules::beroep::Beroepen;

mod index;
pub use index::{Plek, Toewijzing};
use index::{Rij, groepeer};

/// All medewerkers: one entry per medewerker and team, with a lookup by id and date.
#[derive(Debug, Clone, Default)]
pub struct Medewerkers {
    /// One entry per (medewerker, team), in the order of their first row in the file.
    pub lijst: Vec<Medewerker>,
    by_id: HashMap<String, Plek>,
    /// For ids with entries in several teams: every row as (entry, contract), in file order.
    meer: Vec<Vec<(u32, u8)>>,
    /// Data rows read.
    pub regels: usize,
    /// Rows whose hours a week came from `fte` × the fulltime hours (SPEC 5.5).
    pub uit_fte: usize,
    /// The fulltime hours `fte` was multiplied by.
    pub fulltime_uren: f64,
    /// The header as found (sheet, ignored columns, precedence).
    pub kop: Header,
    /// The number conventions of the hours columns (SPEC 5.2).
    pub getallen: Vec<crate::domain::decimaal::GetalConventie>,
    /// How the in_dienst and uit_dienst columns were read (SPEC 5.2).
    pub datums: Vec<DatumBesluit>,
}

/// Index of `uren_per_week` in [`COLUMNS`].
const UREN: usize = 4;
/// Index of `fte` in [`COLUMNS`].
const FTE: usize = 10;
/// The largest part-time factor accepted in an `fte` column.
pub const MAX_FTE: f64 = 1.5;

/// The columns of a medewerkers file, in this order; aliases in order of precedence
/// (SPEC 2.2, 5.1). `uren_per_week` or `fte` must be there (SPEC 5.5).
pub const COLUMNS: [Column; 11] = [
    Column::required(
        "medewerker",
        &[
            "medewerker_id",
            "medewerkercode",
            "personeelsnummer",
            "uitvoerder",
            "uitvoerder_code",
            "zorgverlener",
            "behandelaar",
            "id",
        ],
    ),
    Column::required("naam", &["name", "naam_medewerker", "volledige_naam"]),
    Column::required("team", &["afdeling", "kostenplaats", "team_naam"]),
    Column::required("beroep", &["beroepscategorie", "functie", "beroepsgroep"]),
    Column::optional(
        "uren_per_week",
        &[
            "uren",
            "contracturen",
            "uren per week",
            "contracturen_per_week",
            "uren_contract",
        ],
    ),
    Column::optional("setting", &[]),
    Column::optional("vrijstelling_uren", &["vrijstelling"]),
    Column::optional("afwezig_uren", &["afwezig", "afwezigheid"]),
    Column::optional(
        "in_dienst",
        &[
            "datum_in_dienst",
            "indienst",
            "begindatum",
            "ingangsdatum",
            "geldig_van",
        ],
    ),
    Column::optional(
        "uit_dienst",
        &["datum_uit_dienst", "uitdienst", "einddatum", "geldig_tot"],
    ),
    Column::optional("fte", &["deeltijdfactor", "fte_contract"]),
];

/// What the profile tells the medewerkers reader (SPEC 5.5); the default is "no profile".
#[derive(Debug, Clone, Default)]
pub struct MedewerkerOpties {
    /// Columns and sheet.
    pub mapping: Mapping,
    /// Folded function title of the HR system → a beroep of SPEC 1.2.
    pub beroepen: FxHashMap<String, String>,
    /// The teams' other names and settings.
    pub teams: TeamNamen,
}

impl Medewerkers {
    /// Reads the medewerkers file (CSV, or xlsx: the sheet "Medewerkers" first), through the
    /// profile's `opties`: its columns, function titles and team names. An `fte` is turned
    /// into hours a week with `fulltime_uren` (`--fulltime-uren`).
    pub fn read(
        path: &Path,
        beroepen: &Beroepen,
        opties: &MedewerkerOpties,
        fulltime_uren: f64,
    ) -> Result<Self, InputError> {
        let file = path.display().to_string();
        let mut regels = 0usize;
        let mut uit_fte = 0usize;
        let mut rijen: Vec<Rij> = Vec::new();
        let mut err: Option<InputError> = None;
        let mut mapping = opties.mapping.clone();
        if mapping.blad.is_none() {
            mapping.blad = Some("Medewerkers".into());
        }
        let getallen = crate::input::getallen::KolomGetallen::lees(
            path,
            &COLUMNS,
            &mapping,
            &[4, 6, 7],
            "medewerkers",
        )?;
        // in_dienst and uit_dienst: day or month first, from their values (SPEC 5.2)
        let datums = crate::input::datumkolommen::besluit(path, &COLUMNS, &mapping, &[8, 9])?;
        let header = read_mapped(path, &COLUMNS, &mapping, |row| {
            regels += 1;
            if err.is_some() || row.repeated_header {
                return;
            }
            let bad = |col: usize, expected: &str| {
                InputError::at(
                    &file,
                    row.line,
                    Some(COLUMNS[col].name.into()),
                    format!(
                        "expected {expected}, found \"{}\"",
                        row.raw(col).unwrap_or("").trim()
                    ),
                )
            };
            let hours = |col: usize| -> Result<f64, InputError> {
                match row.get(col) {
                    None => Ok(0.0),
                    s => s
                        .and_then(|s| getallen.getal(row, col, s))
                        .filter(|v| (0.0..=10_000.0).contains(v))
                        .ok_or_else(|| bad(col, "hours (a number ≥ 0)")),
                }
            };
            let date = |col: usize| -> Result<Option<NaiveDate>, InputError> {
                row.get(col)
                    .map(|s| {
                        parse_date_in(s, datums[col - 8].volgorde)
                            .ok_or_else(|| bad(col, "a date such as 01-03-2022"))
                    })
                    .transpose()
            };
            let parsed = (|| -> Result<Rij, InputError> {
                let id = row
                    .get(0)
                    .ok_or_else(|| bad(0, "a medewerker id"))?
                    .to_string();
                // SPEC 5.5: uren_per_week counts when both are given.
                let uren = match (row.get(UREN), row.get(FTE)) {
                    (Some(_), _) => {
                        let u = hours(UREN)?;
                        if u > 80.0 {
                            return Err(bad(UREN, "hours per week (0-80)"));
                        }
                        u
                    }
                    (None, Some(f)) => {
                        let fte = parse_number(f)
                            .filter(|v| (0.0..=MAX_FTE).contains(v))
                            .ok_or_else(|| {
                                bad(
                                    FTE,
                                    &format!(
                                        "a part-time factor from 0 to {MAX_FTE} (1 is full time, {fulltime_uren} hours a week)"
                                    ),
                                )
                            })?;
                        uit_fte += 1;
                        fte * fulltime_uren
                    }
                    (None, None) => {
                        return Err(InputError::at(
                            &file,
                            row.line,
                            Some("uren_per_week".into()),
                            "expected hours (uren_per_week) or a part-time factor (fte), found neither; fill in one of them",
                        ));
                    }
                };
                let setting = row
                    .get(5)
                    .map(|s| {
                        s.parse::<u8>()
                            .ok()
                            .filter(|s| (1..=8).contains(s))
                            .ok_or_else(|| bad(5, "a setting 1-8"))
                    })
                    .transpose()?;
                let titel = row.get(3).unwrap_or("");
                let beroep = if opties.beroepen.is_empty() {
                    titel.to_string()
                } else {
                    opties
                        .beroepen
                        .get(&fold(titel))
                        .cloned()
                        .unwrap_or_else(|| titel.to_string())
                };
                let team = opties.teams.team(row.get(2).unwrap_or(""));
                if team.is_empty() {
                    return Err(bad(2, "a team name"));
                }
                let setting = setting.or_else(|| opties.teams.setting(&team));
                let contract = Dienstverband {
                    categorie: beroepen.categorie(&beroep),
                    beroep,
                    uren_per_week: uren,
                    setting,
                    vrijstelling_uren: hours(6)?,
                    afwezig_uren: hours(7)?,
                    in_dienst: date(8)?,
                    uit_dienst: date(9)?,
                    regel: row.line,
                };
                Ok(Rij {
                    id,
                    naam: row.get(1).unwrap_or("").to_string(),
                    team,
                    contract,
                })
            })();
            match parsed {
                Ok(r) => rijen.push(r),
                Err(e) => err = Some(e),
            }
        })?;
        if !header.has(UREN) && !header.has(FTE) {
            return Err(InputError::at(
                &file,
                header.line,
                None,
                format!(
                    "required column uren_per_week (or fte) not found; the header row has: {}",
                    header.names.join(", ")
                ),
            ));
        }
        if let Some(e) = err {
            return Err(e);
        }
        let mut m = groepeer(rijen, &file)?;
        m.regels = regels;
        m.uit_fte = uit_fte;
        m.fulltime_uren = fulltime_uren;
        m.kop = header;
        m.getallen = getallen.getallen;
        m.datums = datums;
        Ok(m)
    }

    /// Builds the set from a list (for tests and the generator).
    pub fn from_list(lijst: Vec<Medewerker>) -> Self {
        let rijen = lijst
            .into_iter()
            .flat_map(|m| {
                let (id, naam, team) = (m.id, m.naam, m.team);
                m.contracten.into_iter().map(move |contract| Rij {
                    id: id.clone(),
                    naam: naam.clone(),
                    team: team.clone(),
                    contract,
                })
            })
            .collect::<Vec<_>>();
        let n = rijen.len();
        let mut m = groepeer(rijen, "medewerkers").unwrap_or_default();
        m.regels = n;
        m
    }
}
