//! Workbook header tables via calamine. xlsx/xlsm are streamed cell by cell, so a sheet whose
//! dimension claims a million rows by a million columns costs nothing until cells exist.

use std::path::Path;

use calamine::{Data, DataRef, Reader, Xlsx, open_workbook_auto};

use crate::error::InputError;
use crate::input::mapping::Mapping;
use crate::input::table::{Cells, Column, Header, Row, Scanner};

/// Largest row and column index that Excel allows; cells beyond are refused.
const MAX_ROW: u32 = 1_048_575;
const MAX_COL: u32 = 16_383;

/// True when `path` is a workbook: by its content (a zip or OLE2 container), else by its
/// extension (xlsx, xlsm, xls, xlsb, ods). A workbook saved as `.csv` is still a workbook.
pub fn is_workbook(path: &Path) -> bool {
    use std::io::Read;
    let mut magic = [0u8; 4];
    if let Ok(mut f) = std::fs::File::open(path)
        && f.read_exact(&mut magic).is_ok()
    {
        return magic == *b"PK\x03\x04" || magic == [0xD0, 0xCF, 0x11, 0xE0];
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "xlsb" | "ods")
}

fn is_zip(path: &Path) -> bool {
    use std::io::Read;
    let mut magic = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok()
        && magic == *b"PK\x03\x04"
}

/// Cell text for a calamine value: numbers unrounded (integers without `.0`), dates as
/// `YYYY-MM-DD` (`YYYY-MM-DD HH:MM:SS` with a time of day), booleans as `1`/`0`, errors as `#ERROR`.
pub fn cell_text(d: &DataRef<'_>) -> String {
    match d {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        // A time or duration cell (`h:mm`, `[h]:mm`: a fraction of a day) is written as
        // `u:mm:ss`, which the duration parser reads as minutes (SPEC 5.2); never as a bare
        // fraction, which would read as a fraction of a minute.
        DataRef::DateTime(dt) if dt.is_duration() || (dt.as_f64() >= 0.0 && dt.as_f64() < 1.0) => {
            tijd_text(dt.as_f64())
        }
        DataRef::DateTime(dt) => match dt.as_datetime().and_then(|d| {
            // to the nearest second: a stored 09:14:59.9999 is 09:15
            chrono::Timelike::with_nanosecond(&(d + chrono::Duration::milliseconds(500)), 0)
        }) {
            // a date cell; with its time when it has one (the begintijd, SPEC 5.2)
            Some(d) if dt.is_datetime() && d.time() == chrono::NaiveTime::MIN => {
                d.date().format("%Y-%m-%d").to_string()
            }
            Some(d) if dt.is_datetime() => d.format("%Y-%m-%d %H:%M:%S").to_string(),
            _ => number_text(dt.as_f64()),
        },
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => format!("#{e:?}"),
    }
}

/// Cell text for an owned calamine value (xls, xlsb, ods), as [`cell_text`].
pub fn data_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => cell_text(&DataRef::SharedString(s)),
        Data::Int(i) => cell_text(&DataRef::Int(*i)),
        Data::Float(f) => cell_text(&DataRef::Float(*f)),
        Data::Bool(b) => cell_text(&DataRef::Bool(*b)),
        Data::DateTime(dt) => cell_text(&DataRef::DateTime(*dt)),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// A fraction of a day as `u:mm:ss` (hours may exceed 24), to the second.
fn tijd_text(dagen: f64) -> String {
    let secs = (dagen.abs() * 86_400.0).round() as u64;
    format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// A number as text without a spurious `.0`.
pub fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

fn open_err(file: &str, e: impl std::fmt::Display) -> InputError {
    InputError::file(
        file,
        format!("cannot open the workbook: {e}; expected an xlsx file"),
    )
}

/// The sheets to try, in order: the one the mapping names (only that one when the profile
/// names it), else every sheet with the preferred one first.
fn sheet_order(file: &str, names: &[String], m: &Mapping) -> Result<Vec<String>, InputError> {
    if names.is_empty() {
        return Err(InputError::file(file, "the workbook has no sheets"));
    }
    let wanted = m
        .blad
        .as_deref()
        .and_then(|w| names.iter().find(|n| crate::domain::fold::same(n, w)));
    match (wanted, m.blad_verplicht) {
        (None, true) => Err(InputError::file(
            file,
            format!(
                "the profile names the sheet \"{}\", which the workbook lacks; its sheets are: {}",
                m.blad.as_deref().unwrap_or(""),
                names.join(", ")
            ),
        )),
        (Some(w), true) => Ok(vec![w.clone()]),
        (w, false) => Ok(w
            .into_iter()
            .chain(names.iter().filter(|n| Some(*n) != w))
            .cloned()
            .collect()),
    }
}

/// Reads a workbook header table from the first sheet (in [`sheet_order`]) that has a header
/// row; see [`crate::input::table::read_table`]. When none has, the error names every sheet
/// with the header found there.
pub fn read<F>(
    path: &Path,
    columns: &[Column],
    mapping: &Mapping,
    mut on_row: F,
) -> Result<Header, InputError>
where
    F: FnMut(&Row<'_>),
{
    let file = path.display().to_string();
    let mut tried: Vec<(String, InputError)> = Vec::new();
    let mut attempt =
        |sheet: &str, read: &mut dyn FnMut(&mut Scanner<'_>) -> Result<(), InputError>| {
            let mut scanner = Scanner::new(file.clone(), columns, mapping);
            read(&mut scanner)?;
            match scanner.finish() {
                Ok(mut h) => {
                    h.sheet = Some(sheet.to_string());
                    Ok(Some(h))
                }
                Err(e) => {
                    tried.push((sheet.to_string(), e));
                    Ok(None)
                }
            }
        };
    if is_zip(path) && !matches!(ext_of(path).as_str(), "ods") {
        let f = std::fs::File::open(path).map_err(|e| open_err(&file, e))?;
        let mut wb: Xlsx<_> =
            Xlsx::new(std::io::BufReader::new(f)).map_err(|e| open_err(&file, e))?;
        for sheet in sheet_order(&file, &wb.sheet_names(), mapping)? {
            let found = attempt(&sheet, &mut |scanner| {
                stream_sheet(&mut wb, &file, &sheet, scanner, &mut on_row)
            })?;
            if let Some(h) = found {
                return Ok(h);
            }
        }
    } else {
        let mut wb = open_workbook_auto(path).map_err(|e| open_err(&file, e))?;
        for sheet in sheet_order(&file, &wb.sheet_names(), mapping)? {
            let range = wb.worksheet_range(&sheet).map_err(|e| open_err(&file, e))?;
            let found = attempt(&sheet, &mut |scanner| {
                let (r0, _) = range.start().unwrap_or((0, 0));
                let mut row: Vec<String> = Vec::new();
                let mut getal: Vec<bool> = Vec::new();
                for (i, cells) in range.rows().enumerate() {
                    row.clear();
                    row.extend(cells.iter().map(data_text));
                    getal.clear();
                    getal.extend(
                        cells
                            .iter()
                            .map(|d| matches!(d, Data::Int(_) | Data::Float(_))),
                    );
                    let c = Cells::Sheet(&row, &getal);
                    if !scanner.push(r0 as usize + i + 1, c, &mut on_row) {
                        break;
                    }
                }
                Ok(())
            })?;
            if let Some(h) = found {
                return Ok(h);
            }
        }
    }
    Err(no_header(&file, tried))
}

fn ext_of(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The error when no sheet has a header row: one sheet's own error, or every sheet's.
fn no_header(file: &str, mut tried: Vec<(String, InputError)>) -> InputError {
    if tried.len() == 1 {
        let (sheet, mut e) = tried.remove(0);
        if e.file == file {
            e.message = format!("sheet \"{sheet}\": {}", e.message);
        }
        return e;
    }
    let parts: Vec<String> = tried
        .iter()
        .map(|(sheet, e)| match e.line {
            Some(l) => format!("sheet \"{sheet}\" (row {l}): {}", e.message),
            None => format!("sheet \"{sheet}\": {}", e.message),
        })
        .collect();
    InputError::file(
        file,
        format!(
            "no sheet has a header row with the required columns; {}",
            parts.join("; ")
        ),
    )
}

/// Streams one xlsx sheet cell by cell into `scanner`.
fn stream_sheet<R, F>(
    wb: &mut Xlsx<R>,
    file: &str,
    sheet_name: &str,
    scanner: &mut Scanner<'_>,
    on_row: &mut F,
) -> Result<(), InputError>
where
    R: std::io::Read + std::io::Seek,
    F: FnMut(&Row<'_>),
{
    let mut cells = wb
        .worksheet_cells_reader(sheet_name)
        .map_err(|e| open_err(file, e))?;
    let mut row: Vec<String> = Vec::new();
    let mut getal: Vec<bool> = Vec::new();
    let mut row_no: Option<u32> = None;
    loop {
        let cell = cells.next_cell().map_err(|e| {
            InputError::file(
                file,
                format!("sheet {sheet_name}: unreadable cell data: {e}"),
            )
        })?;
        let Some(cell) = cell else { break };
        let (r, c) = cell.get_position();
        if r > MAX_ROW || c > MAX_COL {
            return Err(InputError::file(
                file,
                format!(
                    "sheet {sheet_name}: a cell lies beyond Excel's limits (row {}, column {})",
                    r + 1,
                    c + 1
                ),
            ));
        }
        if row_no != Some(r) {
            if let Some(prev) = row_no
                && !scanner.push(prev as usize + 1, Cells::Sheet(&row, &getal), on_row)
            {
                return Ok(());
            }
            row.clear();
            getal.clear();
            row_no = Some(r);
        }
        let text = cell_text(cell.get_value());
        if !text.is_empty() {
            if row.len() <= c as usize {
                row.resize(c as usize + 1, String::new());
                getal.resize(c as usize + 1, false);
            }
            row[c as usize] = text;
            getal[c as usize] = matches!(cell.get_value(), DataRef::Int(_) | DataRef::Float(_));
        }
    }
    if let Some(prev) = row_no {
        scanner.push(prev as usize + 1, Cells::Sheet(&row, &getal), on_row);
    }
    Ok(())
}
