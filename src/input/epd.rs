//! The EPD activity export (SPEC 2.1), streamed row by row into compact [`Regel`]s grouped
//! per medewerker. Bad rows become [`Afwijzing`]s with their reason; the period is applied
//! afterwards (see [`EpdInvoer::classify`]) because the default period is the data's span.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::domain::activiteit::Activiteit;
use crate::domain::periode::Periode;
use crate::error::InputError;
use crate::input::chunked::{read_bytes, read_chunked_bytes, read_chunked_sized};
use crate::input::medewerkers::Medewerkers;
use crate::input::reference::sha256_file;
use crate::input::reference::sha256_hex;
use crate::input::table::{Column, Header, Row};
use crate::input::xlsx_reader::is_workbook;

pub mod opties;
mod row;
use opties::EpdOpties;
use row::{Activiteiten, Uit, parse_row};

/// The columns of an EPD export, in this order; each field's aliases in order of precedence
/// (SPEC 2.1, 5.1).
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
        ],
    ),
    Column::required(
        "datum",
        &[
            "date",
            "activiteitdatum",
            "datum_activiteit",
            "activiteitsdatum",
            "afspraakdatum",
            "datum_uitvoering",
        ],
    ),
    Column::required(
        "activiteit",
        &[
            "activiteitsoort",
            "soort",
            "type",
            "verrichting",
            "activiteitcode",
            "activiteit_omschrijving",
        ],
    ),
    Column::required(
        "directe_tijd",
        &[
            "duur",
            "minuten",
            "directe_tijd_min",
            "gerealiseerde_tijd",
            "gerealiseerde_duur",
            "werkelijke_duur",
            "duur_min",
            "duur_minuten",
            "duur_in_minuten",
        ],
    ),
    Column::optional(
        "geplande_tijd",
        &["gepland", "geplande_duur", "geplande_duur_min"],
    ),
    Column::optional(
        "client",
        &[
            "cliënt",
            "patient",
            "patiënt",
            "client_id",
            "clientnummer",
            "patientnummer",
            "clientcode",
            "patient_id",
            "dossiernummer",
        ],
    ),
    Column::optional(
        "groepsgrootte",
        &[
            "groep",
            "aantal_patienten",
            "aantal_deelnemers",
            "aantal_clienten",
        ],
    ),
    Column::optional("setting", &[]),
    Column::optional("reistijd", &["reistijd_min", "reistijd_minuten"]),
    Column::optional("status", &["afspraakstatus", "verschijning"]),
    Column::optional("declarabel", &["declarabel_jn", "factureerbaar"]),
];
/// Index of the client column in [`COLUMNS`] (never written out).
pub const CLIENT: usize = 5;

/// Largest accepted direct time in minutes (a day).
pub const MAX_MINUTEN: f64 = 1440.0;

/// An accepted activity, compact (about 56 bytes).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Regel {
    /// Date.
    pub datum: NaiveDate,
    /// Kind.
    pub soort: Activiteit,
    /// Realised direct minutes.
    pub directe_min: f64,
    /// Planned minutes; NaN when not given.
    pub geplande_min: f64,
    /// Travel minutes (0 when none).
    pub reistijd_min: f64,
    /// A hash of the client id (0 when none): only counted, never written out.
    pub client: u64,
    /// Group size (0 when none).
    pub groepsgrootte: u16,
    /// Setting from the row (0 when none).
    pub setting: u8,
    /// Index of the file in the run's EPD list.
    pub bestand: u16,
    /// Line in that file.
    pub regel: u32,
    /// Index of the medewerker's contract valid on the date (SPEC 5.5).
    pub contract: u8,
    /// True when contracts in two teams were valid on the date (the first row got it).
    pub twee_teams: bool,
}

/// A rejected row, as read (less the client column), with its reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Afwijzing {
    /// Index of the file.
    pub bestand: u16,
    /// Line in the file.
    pub regel: u32,
    /// The readable date, if any (to decide whether it lies in the period).
    pub datum: Option<NaiveDate>,
    /// The reason's category (for counts per reason).
    pub soort: &'static str,
    /// The full reason.
    pub reden: String,
    /// The cells of the mapped fields as read, in file order, less the client column (never
    /// a column no field maps).
    pub velden: Vec<String>,
}

/// Everything read from the EPD exports.
#[derive(Debug, Default)]
pub struct EpdInvoer {
    /// The files, in the order given.
    pub bestanden: Vec<PathBuf>,
    /// The header of each file.
    pub headers: Vec<Header>,
    /// Data rows read per file.
    pub regels_per_bestand: Vec<u64>,
    /// Accepted-so-far rows per medewerker index (the period is not yet applied).
    pub per_medewerker: Vec<Vec<Regel>>,
    /// Rejected rows in file and line order (the period is not yet applied).
    pub afwijzingen: Vec<Afwijzing>,
    /// First and last readable date over all rows.
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// SHA-256 of each file's bytes (for the audit trail), lowercase hex.
    pub sha256: Vec<String>,
    /// Rows left out on purpose (SPEC 5.4): their readable date and reason, in file order
    /// (the period is not yet applied).
    pub uitgesloten: Vec<(Option<NaiveDate>, String)>,
    /// Rows whose `status` or `declarabel` suggests they did not happen or are not billed,
    /// while the profile leaves no such rows out (a warning, SPEC 5.4).
    pub verdacht: u64,
}

/// What one chunk of a file yields (merged in chunk order by [`EpdInvoer::read`]).
struct Deel {
    count: u64,
    uitgesloten: Vec<(Option<NaiveDate>, String)>,
    verdacht: u64,
    codes: Activiteiten,
    per_medewerker: Vec<Vec<Regel>>,
    afwijzingen: Vec<Afwijzing>,
    span: Option<(NaiveDate, NaiveDate)>,
}

impl Deel {
    fn new(n: usize) -> Self {
        Deel {
            count: 0,
            uitgesloten: Vec::new(),
            verdacht: 0,
            codes: Activiteiten::default(),
            per_medewerker: vec![Vec::new(); n],
            afwijzingen: Vec::new(),
            span: None,
        }
    }

    fn push(&mut self, row: &Row<'_>, mw: &Medewerkers, opties: &EpdOpties, bestand: u16) {
        self.count += 1;
        let (datum, res) = parse_row(row, mw, opties, bestand, &mut self.codes);
        if opties.uitsluiten.is_empty()
            && [9, 10].iter().any(|&c| {
                row.get(c)
                    .is_some_and(|v| opties::lijkt_niet_doorgegaan(c, v))
            })
        {
            self.verdacht += 1;
        }
        if let Some(d) = datum {
            self.span = Some(self.span.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
        }
        match res {
            Ok((idx, regel)) => self.per_medewerker[idx as usize].push(regel),
            Err(Uit::Uitgesloten(reden)) => self.uitgesloten.push((datum, reden)),
            Err(Uit::Afgewezen(soort, reden)) => self.afwijzingen.push(Afwijzing {
                bestand,
                regel: row.line as u32,
                datum,
                soort,
                reden,
                velden: row
                    .fields_except(COLUMNS.len(), CLIENT)
                    .map(str::to_string)
                    .collect(),
            }),
        }
    }
}

impl EpdInvoer {
    /// Reads every EPD file in order. A bad file stops everything (exit 2); bad rows are kept
    /// as [`Afwijzing`]s.
    pub fn read(
        files: &[PathBuf],
        mw: &Medewerkers,
        opties: &EpdOpties,
    ) -> Result<Self, InputError> {
        Self::read_sized(files, mw, opties, crate::input::chunked::MIN_CHUNK_BYTES)
    }

    /// [`EpdInvoer::read`] with parallel chunks of at least `min_chunk` bytes.
    pub fn read_sized(
        files: &[PathBuf],
        mw: &Medewerkers,
        opties: &EpdOpties,
        min_chunk: usize,
    ) -> Result<Self, InputError> {
        let m = &opties.mapping;
        let mut inv = EpdInvoer {
            per_medewerker: vec![Vec::new(); mw.lijst.len()],
            ..Default::default()
        };
        for (i, path) in files.iter().enumerate() {
            let bestand = i.min(u16::MAX as usize) as u16;
            let init = || Deel::new(mw.lijst.len());
            let on_row = |d: &mut Deel, row: &Row<'_>| d.push(row, mw, opties, bestand);
            // The file's hash is taken beside the parse, on the other core; a CSV file is
            // read once for both.
            let (sha, read) = if is_workbook(path) {
                rayon::join(
                    || sha256_file(path).unwrap_or_default(),
                    || read_chunked_sized(path, &COLUMNS, m, min_chunk, init, on_row),
                )
            } else {
                let (file, bytes) = read_bytes(path)?;
                rayon::join(
                    || sha256_hex(&bytes),
                    || read_chunked_bytes(&file, &bytes, &COLUMNS, m, min_chunk, init, on_row),
                )
            };
            let (header, delen) = read?;
            inv.sha256.push(sha);
            let mut count = 0u64;
            for d in delen {
                count += d.count;
                inv.uitgesloten.extend(d.uitgesloten);
                inv.verdacht += d.verdacht;
                inv.afwijzingen.extend(d.afwijzingen);
                for (dst, src) in inv.per_medewerker.iter_mut().zip(d.per_medewerker) {
                    if dst.is_empty() {
                        *dst = src;
                    } else {
                        dst.extend(src);
                    }
                }
                inv.span = match (inv.span, d.span) {
                    (None, s) | (s, None) => s,
                    (Some((a, b)), Some((c, e))) => Some((a.min(c), b.max(e))),
                };
            }
            inv.bestanden.push(path.clone());
            inv.headers.push(header);
            inv.regels_per_bestand.push(count);
        }
        Ok(inv)
    }

    /// Total data rows read.
    pub fn regels(&self) -> u64 {
        self.regels_per_bestand.iter().sum()
    }

    /// The run's period: the one asked for, else the span of the data in whole months
    /// (`None` when no row has a readable date).
    pub fn periode(&self, asked: Option<Periode>) -> Option<Periode> {
        asked.or_else(|| self.span.map(|(a, b)| Periode::rond_af(a, b)))
    }

    /// Splits the rejections and the rows left out by the period: rows with a readable date
    /// outside it are counted apart. Returns (rejections in the period, reasons of the rows
    /// left out in the period, dates outside it).
    pub fn classify(&mut self, p: &Periode) -> (Vec<Afwijzing>, Vec<String>, Vec<NaiveDate>) {
        let mut buiten = Vec::new();
        let mut binnen = Vec::new();
        let mut uit = Vec::new();
        for (d, reden) in self.uitgesloten.drain(..) {
            match d {
                Some(d) if !p.bevat(d) => buiten.push(d),
                _ => uit.push(reden),
            }
        }
        for a in self.afwijzingen.drain(..) {
            match a.datum {
                Some(d) if !p.bevat(d) => buiten.push(d),
                _ => binnen.push(a),
            }
        }
        (binnen, uit, buiten)
    }
}
