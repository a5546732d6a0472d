//! Medewerkers (SPEC 2.2): id, naam, team, beroep, uren_per_week, and optional setting,
//! vrijstelling_uren, afwezig_uren, in_dienst, uit_dienst. This is master data: an unusable
//! row stops the run with a message naming the file, line and column.

use crate::domain::medewerker::Medewerker;
use rustc_hash::FxHashMap;
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use chrono::NaiveDate;

use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::mapping::{Mapping, TeamNamen, id_key};
use crate::input::table::{Column, Header, read_mapped};
use crate::input::value::datum::parse_date_in;
use crate::input::value::datum::volgorde::DatumBesluit;
use crate::rules::beroep::Beroepen;
/// All medewerkers, with a lookup by id.
#[derive(Debug, Clone, Default)]
pub struct Medewerkers {
    /// In file order.
    pub lijst: Vec<Medewerker>,
    by_id: HashMap<String, u32>,
    /// Data rows read.
    pub regels: usize,
    /// The header as found (sheet, ignored columns, precedence).
    pub kop: Header,
    /// The number conventions of the hours columns (SPEC 5.2).
    pub getallen: Vec<crate::domain::decimaal::GetalConventie>,
    /// How the in_dienst and uit_dienst columns were read (SPEC 5.2).
    pub datums: Vec<DatumBesluit>,
}

/// The columns of a medewerkers file, in this order; aliases in order of precedence
/// (SPEC 2.2, 5.1).
pub const COLUMNS: [Column; 10] = [
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
    Column::required(
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
    /// profile's `opties`: its columns, function titles and team names.
    pub fn read(
        path: &Path,
        beroepen: &Beroepen,
        opties: &MedewerkerOpties,
    ) -> Result<Self, InputError> {
        let file = path.display().to_string();
        let mut m = Medewerkers::default();
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
            m.regels += 1;
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
            let hours = |col: usize, required: bool| -> Result<f64, InputError> {
                match row.get(col) {
                    None if !required => Ok(0.0),
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
            let parsed = (|| -> Result<Medewerker, InputError> {
                let id = row
                    .get(0)
                    .ok_or_else(|| bad(0, "a medewerker id"))?
                    .to_string();
                let uren = hours(4, true)?;
                if uren > 80.0 {
                    return Err(bad(4, "hours per week (0-80)"));
                }
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
                let setting = setting.or_else(|| opties.teams.setting(&team));
                Ok(Medewerker {
                    naam: row.get(1).unwrap_or("").to_string(),
                    team,
                    categorie: beroepen.categorie(&beroep),
                    beroep,
                    uren_per_week: uren,
                    setting,
                    vrijstelling_uren: hours(6, false)?,
                    afwezig_uren: hours(7, false)?,
                    in_dienst: date(8)?,
                    uit_dienst: date(9)?,
                    regel: row.line,
                    id,
                })
            })();
            match parsed {
                Ok(mw) => {
                    if mw.team.is_empty() {
                        err = Some(bad(2, "a team name"));
                    } else if let Some(&prev) = m.by_id.get(id_key(&mw.id).as_ref()) {
                        err = Some(InputError::at(
                            &file,
                            row.line,
                            Some("medewerker".into()),
                            format!(
                                "medewerker \"{}\" appears twice (also on line {}); ids must be unique",
                                mw.id, m.lijst[prev as usize].regel
                            ),
                        ));
                    } else {
                        m.by_id
                            .insert(id_key(&mw.id).into_owned(), m.lijst.len() as u32);
                        m.lijst.push(mw);
                    }
                }
                Err(e) => err = Some(e),
            }
        })?;
        if let Some(e) = err {
            return Err(e);
        }
        m.kop = header;
        m.getallen = getallen.getallen;
        m.datums = datums;
        Ok(m)
    }

    /// The index of a medewerker by id; ids of digits only match without regard to leading
    /// zeros (SPEC 5.2).
    pub fn index(&self, id: &str) -> Option<u32> {
        self.by_id.get(id_key(id).as_ref()).copied()
    }

    /// Builds the set from a list (for tests and the generator).
    pub fn from_list(lijst: Vec<Medewerker>) -> Self {
        let by_id = lijst
            .iter()
            .enumerate()
            .map(|(i, m)| (id_key(&m.id).into_owned(), i as u32))
            .collect();
        Medewerkers {
            regels: lijst.len(),
            lijst,
            by_id,
            kop: Header::default(),
            getallen: Vec::new(),
            datums: Vec::new(),
        }
    }
}
