//! Header tables (SPEC 2): the shared reader for every tabular input, CSV or xlsx.
//!
//! A caller describes its columns ([`Column`]); [`read_table`] finds the header row,
//! matches the headers (folded, with aliases), and streams every data row to a callback
//! as a [`Row`], without allocating per row. Bad *files* become an [`InputError`]; bad
//! *rows* are the caller's business.

use std::path::Path;

use crate::error::InputError;
use crate::input::mapping::{Mapping, Mismatch, Voorrang, resolve};
use crate::input::value::is_empty;

mod column;
pub use column::Column;

/// The header row as found, and how it maps onto the expected columns.
#[derive(Debug, Clone, Default)]
pub struct Header {
    /// The file as given (for messages).
    pub file: String,
    /// The sheet read, for xlsx.
    pub sheet: Option<String>,
    /// 1-based line (CSV) or row (xlsx) of the header.
    pub line: usize,
    /// The header cells as found, in file order.
    pub names: Vec<String>,
    /// For each expected column (in the caller's order), the index of its cell, if present.
    pub index: Vec<Option<usize>>,
    /// Headers that matched no expected column (to be named once in the log).
    pub ignored: Vec<String>,
    /// Columns ignored because a header of higher precedence named the same field (SPEC 5.1).
    pub voorrang: Vec<Voorrang>,
    /// CSV: the lines of stray quotes (SPEC 5.4), each read as a literal character.
    pub losse_quotes: Vec<usize>,
}

impl Header {
    /// Whether the expected column `col` is present.
    pub fn has(&self, col: usize) -> bool {
        self.index.get(col).copied().flatten().is_some()
    }
}

/// Where a row's cells live: a CSV record, or cells read from a sheet.
#[derive(Debug, Clone, Copy)]
pub enum Cells<'a> {
    /// A CSV record (already decoded to UTF-8).
    Csv(&'a csv::StringRecord),
    /// The cells of a spreadsheet row, as text, and which of them are number cells (their
    /// text written with a decimal point, whatever the column's convention).
    Sheet(&'a [String], &'a [bool]),
}

impl<'a> Cells<'a> {
    /// The cell at position `i`, as read.
    pub fn cell(&self, i: usize) -> Option<&'a str> {
        match self {
            Cells::Csv(r) => r.get(i),
            Cells::Sheet(c, _) => c.get(i).map(String::as_str),
        }
    }

    /// The number of cells.
    pub fn len(&self) -> usize {
        match self {
            Cells::Csv(r) => r.len(),
            Cells::Sheet(c, _) => c.len(),
        }
    }

    /// True when the cell at position `i` is a workbook's number cell.
    pub fn is_number(&self, i: usize) -> bool {
        match self {
            Cells::Csv(_) => false,
            Cells::Sheet(_, n) => n.get(i).copied().unwrap_or(false),
        }
    }

    /// True when the row has no cells.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One data row, handed to the caller's callback.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// 1-based line (CSV: the line where the record starts) or sheet row.
    pub line: usize,
    /// True when this row repeats the header row (an export glued together).
    pub repeated_header: bool,
    /// The cells.
    pub cells: Cells<'a>,
    /// For each expected column, the index of its cell.
    pub index: &'a [Option<usize>],
}

impl<'a> Row<'a> {
    /// The expected column `col` as read (untrimmed), or `None` when the column is absent.
    pub fn raw(&self, col: usize) -> Option<&'a str> {
        self.index
            .get(col)
            .copied()
            .flatten()
            .and_then(|i| self.cells.cell(i))
    }

    /// The expected column `col`, trimmed; `None` when absent, empty or `-`.
    pub fn get(&self, col: usize) -> Option<&'a str> {
        let t = crate::input::value::trim(self.raw(col)?);
        (!is_empty(t)).then_some(t)
    }

    /// True when the expected column `col` holds a workbook's number cell (SPEC 5.2: its
    /// text has a decimal point whatever the column's convention).
    pub fn is_number(&self, col: usize) -> bool {
        self.index
            .get(col)
            .copied()
            .flatten()
            .is_some_and(|i| self.cells.is_number(i))
    }

    /// The cells of the mapped fields `0..fields` except field `skip` (e.g. the client id),
    /// in file order: never a column that no field maps (SPEC 3, privacy).
    pub fn fields_except(&self, fields: usize, skip: usize) -> impl Iterator<Item = &'a str> + '_ {
        kept_positions(self.index, fields, skip)
            .into_iter()
            .map(move |i| self.cells.cell(i).unwrap_or(""))
    }
}

/// The cell positions of the mapped fields `0..fields` except field `skip`, in file order.
pub fn kept_positions(index: &[Option<usize>], fields: usize, skip: usize) -> Vec<usize> {
    let mut v: Vec<usize> = index
        .iter()
        .take(fields)
        .enumerate()
        .filter(|(c, _)| *c != skip)
        .filter_map(|(_, i)| *i)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Reads the header table at `path` (CSV by content, xlsx/xlsm/xls/ods by extension), and
/// calls `on_row` for every non-empty data row in order. `sheet` names the preferred sheet
/// of a workbook (the first sheet is used when it is absent).
///
/// Errors (exit code 2): the file cannot be read, has no header row, lacks a required column
/// (the message names the columns found), or names one expected column twice.
pub fn read_table<F>(
    path: &Path,
    columns: &[Column],
    sheet: Option<&str>,
    on_row: F,
) -> Result<Header, InputError>
where
    F: FnMut(&Row<'_>),
{
    read_mapped(path, columns, &Mapping::blad(sheet), on_row)
}

/// [`read_table`] through the profile's `mapping` (its columns, sheet and extra headers).
pub fn read_mapped<F>(
    path: &Path,
    columns: &[Column],
    mapping: &Mapping,
    on_row: F,
) -> Result<Header, InputError>
where
    F: FnMut(&Row<'_>),
{
    if crate::input::xlsx_reader::is_workbook(path) {
        crate::input::xlsx_reader::read(path, columns, mapping, on_row)
    } else {
        crate::input::csv_reader::read(path, columns, mapping, on_row)
    }
}

/// Builds the [`Header`] for a candidate header row `cells` at `line`, or explains why
/// the row cannot be the header. Shared by the CSV and xlsx readers.
pub fn match_header(
    file: &str,
    line: usize,
    cells: &[&str],
    columns: &[Column],
) -> Result<Header, InputError> {
    match_header_mapped(file, line, cells, columns, &Mapping::GEEN).map_err(|(e, _)| e)
}

/// [`match_header`] through the profile's `mapping` (SPEC 5.1, 5.6). On failure also gives
/// how many fields the row named, so that the most telling candidate row can be reported.
pub fn match_header_mapped(
    file: &str,
    line: usize,
    cells: &[&str],
    columns: &[Column],
    mapping: &Mapping,
) -> Result<Header, (InputError, usize)> {
    let found = || {
        let found: Vec<&str> = cells
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        if found.is_empty() {
            "(nothing)".to_string()
        } else {
            found.join(", ")
        }
    };
    match resolve(cells, columns, mapping) {
        Ok(r) => Ok(Header {
            file: file.to_string(),
            sheet: None,
            line,
            names: cells.iter().map(|s| s.trim().to_string()).collect(),
            index: r.index,
            ignored: r.ignored,
            voorrang: r.voorrang,
            losse_quotes: Vec::new(),
        }),
        Err(Mismatch::Twice(veld, a, b)) => Err((
            InputError::at(
                file,
                line,
                Some(veld.to_string()),
                format!(
                    "the column `{veld}` appears twice in the header (\"{a}\" and \"{b}\"); keep one, or name the one to use in the profile ([…kolommen] {veld} = \"…\")"
                ),
            ),
            usize::MAX,
        )),
        Err(Mismatch::Missing {
            velden,
            profiel,
            gevonden,
        }) => {
            let e = match profiel.first() {
                Some((kop, plek)) => InputError::at(
                    &plek.bestand,
                    plek.regel,
                    Some(plek.sleutel.clone()),
                    format!(
                        "the profile maps this field to the header \"{kop}\", which {file} lacks; its header row (line {line}) has: {}",
                        found()
                    ),
                ),
                None => InputError::at(
                    file,
                    line,
                    None,
                    format!(
                        "required column(s) {} not found; the header row has: {}",
                        velden.join(", "),
                        found()
                    ),
                ),
            };
            Err((e, gevonden))
        }
    }
}

/// The empty mapping, for scanners that already know their header.
static GEEN: Mapping = Mapping::GEEN;

/// How many non-empty rows are searched for the header row (metadata rows may precede it).
pub const HEADER_SEARCH_ROWS: usize = 30;

/// The state shared by the CSV and xlsx readers: finds the header among the first
/// non-empty rows, then hands every later non-empty row to the callback.
pub(crate) struct Scanner<'c> {
    file: String,
    columns: &'c [Column],
    mapping: &'c Mapping,
    header: Option<Header>,
    /// The error of the candidate row that named the most fields (the first of equals).
    best_error: Option<(InputError, usize)>,
    searched: usize,
}

impl<'c> Scanner<'c> {
    /// A scanner for `file` expecting `columns`, through the profile's `mapping`.
    pub(crate) fn new(file: String, columns: &'c [Column], mapping: &'c Mapping) -> Self {
        Scanner {
            file,
            columns,
            mapping,
            header: None,
            best_error: None,
            searched: 0,
        }
    }

    /// A scanner that already knows the header (for the later chunks of a file read in parallel).
    pub(crate) fn with_header(header: Header, columns: &'c [Column]) -> Self {
        Scanner {
            file: header.file.clone(),
            columns,
            mapping: &GEEN,
            header: Some(header),
            best_error: None,
            searched: 0,
        }
    }

    /// Whether the header row has been found.
    pub(crate) fn has_header(&self) -> bool {
        self.header.is_some()
    }

    /// Feeds one row; returns `false` when reading can stop (no header found in time).
    pub(crate) fn push<F: FnMut(&Row<'_>)>(
        &mut self,
        line: usize,
        cells: Cells<'_>,
        on_row: &mut F,
    ) -> bool {
        if (0..cells.len()).all(|i| cells.cell(i).is_none_or(is_empty)) {
            return true;
        }
        match &self.header {
            Some(h) => {
                let repeated = (0..cells.len()).all(|i| {
                    cells.cell(i).unwrap_or("").trim() == h.names.get(i).map_or("", |s| s)
                });
                on_row(&Row {
                    line,
                    repeated_header: repeated,
                    cells,
                    index: &h.index,
                });
                true
            }
            None => {
                let texts: Vec<&str> = (0..cells.len())
                    .map(|i| cells.cell(i).unwrap_or(""))
                    .collect();
                match match_header_mapped(&self.file, line, &texts, self.columns, self.mapping) {
                    Ok(h) => self.header = Some(h),
                    Err((e, score)) => {
                        // Keep the most telling error: that of the row naming most fields.
                        if self.best_error.as_ref().is_none_or(|(_, s)| score > *s) {
                            self.best_error = Some((e, score));
                        }
                        self.searched += 1;
                    }
                }
                self.searched < HEADER_SEARCH_ROWS
            }
        }
    }

    /// The header found, or the error that explains why none was.
    pub(crate) fn finish(self) -> Result<Header, InputError> {
        let file = self.file;
        self.header.ok_or_else(|| {
            self.best_error.map(|(e, _)| e).unwrap_or_else(|| {
                InputError::file(
                    &file,
                    "the file is empty: expected a header row and data rows",
                )
            })
        })
    }
}
