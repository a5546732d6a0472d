//! Workbook header tables via calamine. xlsx/xlsm are streamed cell by cell, so a sheet whose
//! dimension claims a million rows by a million columns costs nothing until cells exist.

use std::path::Path;

use calamine::{Data, DataRef, Reader, Xlsx, open_workbook_auto};

use crate::error::InputError;
use crate::input::table::{Cells, Column, Header, Row, Scanner};

/// Largest row and column index that Excel allows; cells beyond are refused.
const MAX_ROW: u32 = 1_048_575;
const MAX_COL: u32 = 16_383;

/// True when `path` names a workbook by its extension (xlsx, xlsm, xls, xlsb, ods).
pub fn is_workbook(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "xlsb" | "ods")
}

/// Cell text for a calamine value: numbers unrounded (integers without `.0`), dates as
/// `YYYY-MM-DD`, booleans as `1`/`0`, errors as `#ERROR`.
pub fn cell_text(d: &DataRef<'_>) -> String {
    match d {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        DataRef::DateTime(dt) => match dt.as_datetime() {
            Some(d) if dt.is_datetime() => d.date().format("%Y-%m-%d").to_string(),
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

fn pick_sheet(file: &str, names: &[String], wanted: Option<&str>) -> Result<String, InputError> {
    if let Some(w) = wanted
        && let Some(n) = names.iter().find(|n| crate::domain::fold::same(n, w))
    {
        return Ok(n.clone());
    }
    names
        .first()
        .cloned()
        .ok_or_else(|| InputError::file(file, "the workbook has no sheets"))
}

/// Reads a workbook header table; see [`crate::input::table::read_table`].
pub fn read<F>(
    path: &Path,
    columns: &[Column],
    sheet: Option<&str>,
    mut on_row: F,
) -> Result<Header, InputError>
where
    F: FnMut(&Row<'_>),
{
    let file = path.display().to_string();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut scanner = Scanner::new(file.clone(), columns);
    let sheet_name;
    if ext == "xlsx" || ext == "xlsm" {
        let mut wb: Xlsx<_> = calamine::open_workbook(path).map_err(|e| open_err(&file, e))?;
        sheet_name = pick_sheet(&file, &wb.sheet_names(), sheet)?;
        let mut cells = wb
            .worksheet_cells_reader(&sheet_name)
            .map_err(|e| open_err(&file, e))?;
        let mut row: Vec<String> = Vec::new();
        let mut row_no: Option<u32> = None;
        loop {
            let cell = cells.next_cell().map_err(|e| {
                InputError::file(
                    &file,
                    format!("sheet {sheet_name}: unreadable cell data: {e}"),
                )
            })?;
            let Some(cell) = cell else { break };
            let (r, c) = cell.get_position();
            if r > MAX_ROW || c > MAX_COL {
                return Err(InputError::file(
                    &file,
                    format!(
                        "sheet {sheet_name}: a cell lies beyond Excel's limits (row {}, column {})",
                        r + 1,
                        c + 1
                    ),
                ));
            }
            if row_no != Some(r) {
                if let Some(prev) = row_no
                    && !scanner.push(prev as usize + 1, Cells::Sheet(&row), &mut on_row)
                {
                    return scanner.finish().map(|h| with_sheet(h, &sheet_name));
                }
                row.clear();
                row_no = Some(r);
            }
            let text = cell_text(cell.get_value());
            if !text.is_empty() {
                if row.len() <= c as usize {
                    row.resize(c as usize + 1, String::new());
                }
                row[c as usize] = text;
            }
        }
        if let Some(prev) = row_no {
            scanner.push(prev as usize + 1, Cells::Sheet(&row), &mut on_row);
        }
    } else {
        let mut wb = open_workbook_auto(path).map_err(|e| open_err(&file, e))?;
        sheet_name = pick_sheet(&file, &wb.sheet_names(), sheet)?;
        let range = wb
            .worksheet_range(&sheet_name)
            .map_err(|e| open_err(&file, e))?;
        let (r0, _) = range.start().unwrap_or((0, 0));
        let mut row: Vec<String> = Vec::new();
        for (i, cells) in range.rows().enumerate() {
            row.clear();
            row.extend(cells.iter().map(data_text));
            if !scanner.push(r0 as usize + i + 1, Cells::Sheet(&row), &mut on_row) {
                break;
            }
        }
    }
    scanner.finish().map(|h| with_sheet(h, &sheet_name))
}

fn with_sheet(mut h: Header, sheet: &str) -> Header {
    h.sheet = Some(sheet.to_string());
    h
}
