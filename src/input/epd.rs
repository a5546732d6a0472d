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

mod datums;
mod deel;
pub mod dubbel;
pub mod financiers;
pub mod opties;
mod row;
pub mod sessie;
use crate::input::value::datum::volgorde::DatumBesluit;
use deel::Deel;
use dubbel::Eerder;
use opties::EpdOpties;
use row::Uit;

/// The columns of an EPD export, in this order; each field's aliases in order of precedence
/// (SPEC 2.1, 5.1).
pub const COLUMNS: [Column; 15] = [
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
    Column::required_unless(
        "activiteit",
        &[
            "activiteitsoort",
            "soort",
            "type",
            "verrichting",
            "activiteitcode",
            "activiteit_omschrijving",
        ],
        &[&["prestatiecode"]],
    ),
    Column::required_unless(
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
        &[&["begintijd", "eindtijd"], &["prestatiecode"]],
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
    Column::optional("begintijd", &["starttijd", "begin", "tijd_van"]),
    Column::optional("eindtijd", &["eind", "tijd_tot"]),
    Column::optional(
        "prestatiecode",
        &[
            "prestatie_code",
            "zorgprestatiecode",
            "declaratiecode",
            "gedeclareerde_prestatie",
            "code_prestatie",
        ],
    ),
    Column::optional(
        "financier",
        &[
            "zorgverzekeraar",
            "verzekeraar",
            "uzovi",
            "uzovi_code",
            "uzovicode",
            "financier_code",
            "financiering",
        ],
    ),
];
/// Index of the client column in [`COLUMNS`] (never written out).
pub const CLIENT: usize = 5;
/// Index of the `begintijd` column in [`COLUMNS`].
pub const BEGINTIJD: usize = 11;
/// Index of the `eindtijd` column in [`COLUMNS`].
pub const EINDTIJD: usize = 12;
/// Index of the `prestatiecode` column in [`COLUMNS`] (SPEC 6.2).
pub const PRESTATIECODE: usize = 13;
/// Index of the `financier` column in [`COLUMNS`] (SPEC 7.1).
pub const FINANCIER: usize = 14;

/// [`Regel::begintijd`] when the row gives no time.
pub const GEEN_TIJD: u16 = u16::MAX;

/// [`Regel::vlag`]: the date was written `a-b-YYYY` with both parts 12 or less, so the
/// column's order decides it (SPEC 5.2).
pub const VLAG_OMKEERBAAR: u8 = 1;
/// [`Regel::vlag`]: a participant's row of a group session valued on another row (SPEC 5.4).
pub const VLAG_DEELNEMER: u8 = 2;
/// [`Regel::vlag`]: a groepsconsult row that looks like one row per participant while the
/// profile does not say so (a warning, SPEC 5.4).
pub const VLAG_LIJKT_DEELNEMER: u8 = 4;
/// [`Regel::vlag`]: the row had no duration, so its direct minutes are its prestatiecode's
/// class bound (SPEC 6.2, "duur uit prestatiecode").
pub const VLAG_DUUR_UIT_CODE: u8 = 8;
/// [`Regel::vlag`]: the row carries a prestatiecode, but no NZa list is loaded, so it is read
/// by its activity (SPEC 6.2).
pub const VLAG_CODE_NIET_GEBRUIKT: u8 = 16;

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
    /// Begintijd in minutes after midnight ([`GEEN_TIJD`] when none).
    pub begintijd: u16,
    /// Notes on the row: [`VLAG_OMKEERBAAR`], [`VLAG_DEELNEMER`], [`VLAG_LIJKT_DEELNEMER`],
    /// [`VLAG_DUUR_UIT_CODE`], [`VLAG_CODE_NIET_GEBRUIKT`].
    pub vlag: u8,
    /// Index of the medewerker's contract valid on the date (SPEC 5.5).
    pub contract: u8,
    /// The number of the row's prestatiecode in [`crate::rules::prestatiecode::Prestatiecodes`]
    /// (0 when none, or when no NZa list is loaded): the code decides the prestatie (SPEC 6.2).
    pub code: u16,
    /// The row's financier: its number in [`EpdInvoer::financiers`] (0 is "(onbekend)").
    pub financier: u16,
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
    /// How each file's date column was read (SPEC 5.2), in file order.
    pub datums: Vec<DatumBesluit>,
    /// The financiers of the rows (SPEC 7.1), "(onbekend)" first; [`Regel::financier`]
    /// numbers them.
    pub financiers: Vec<financiers::FinancierNaam>,
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
            financiers: financiers::nieuwe_lijst(),
            ..Default::default()
        };
        let mut zonder_groep = Vec::new();
        // Several files: rows of a later file may repeat rows of an earlier one (SPEC 5.4).
        let mut eerder = (files.len() > 1).then(Eerder::default);
        for (i, path) in files.iter().enumerate() {
            let bestand = i.min(u16::MAX as usize) as u16;
            if let Some(e) = eerder.as_mut() {
                e.bewaar = i + 1 < files.len();
            }
            let e = eerder.as_ref();
            let init = || Deel::new(mw.lijst.len());
            let on_row = |d: &mut Deel, row: &Row<'_>| d.push(row, mw, opties, bestand, e);
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
            let (header, mut delen) = read?;
            financiers::voeg_samen(&mut inv.financiers, &mut delen);
            let besluit = datums::besluit(&mut delen, &header.file, mw, opties)?;
            if besluit.volgorde == crate::input::value::datum::Volgorde::Mdy
                && opties.mapping.datumvolgorde.is_none()
            {
                // Candidates for `dubbel` were set aside before the order was known.
                for k in delen.iter_mut().flat_map(|d| d.kandidaten.iter_mut()) {
                    if k.regel.vlag & VLAG_OMKEERBAAR != 0 {
                        k.regel.datum = crate::input::value::datum::omgedraaid(k.regel.datum)
                            .unwrap_or(k.regel.datum);
                    }
                }
            }
            inv.datums.push(besluit);
            inv.sha256.push(sha);
            let mut count = 0u64;
            let (mut kandidaten, mut sleutels, mut span) = (Vec::new(), Vec::new(), None);
            deel::voeg_regels_samen(&mut inv.per_medewerker, &mut delen);
            for d in delen {
                count += d.count;
                kandidaten.extend(d.kandidaten);
                sleutels.extend(d.sleutels);
                span = dubbel::samen(span, d.span);
                inv.uitgesloten.extend(d.uitgesloten);
                inv.verdacht += d.verdacht;
                inv.afwijzingen.extend(d.afwijzingen);
                zonder_groep.extend(d.zonder_groep.into_iter().map(|(r, v)| (bestand, r, v)));
                inv.span = match (inv.span, d.span) {
                    (None, s) | (s, None) => s,
                    (Some((a, b)), Some((c, e))) => Some((a.min(c), b.max(e))),
                };
            }
            inv.bestanden.push(path.clone());
            inv.headers.push(header);
            inv.regels_per_bestand.push(count);
            if let Some(e) = eerder.as_mut() {
                e.na_bestand(&mut inv, files, bestand, kandidaten, sleutels, span);
            }
        }
        sessie::vorm(&mut inv, opties, zonder_groep);
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

#[cfg(test)]
mod tests;
