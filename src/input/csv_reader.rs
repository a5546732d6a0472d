//! CSV dialects (SPEC 2): delimiter `,` `;` or tab (detected), UTF-8 with or without BOM or
//! Windows-1252, quoted fields with delimiters and newlines, metadata lines above the header.

use std::borrow::Cow;
use std::path::Path;

use crate::error::InputError;
use crate::input::table::{Cells, Column, HEADER_SEARCH_ROWS, Header, Row, Scanner};

/// Decodes raw file bytes: UTF-8 (a BOM is dropped) or, when that fails, Windows-1252.
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    }
}

/// Detects the delimiter from the first lines: the candidate (`;`, `,`, tab) that occurs most
/// often outside quotes on the first non-empty line that holds any of them.
pub fn detect_delimiter(text: &str) -> u8 {
    for line in text.lines().take(HEADER_SEARCH_ROWS * 2) {
        let (mut semi, mut comma, mut tab, mut quoted) = (0usize, 0usize, 0usize, false);
        for b in line.bytes() {
            match b {
                b'"' => quoted = !quoted,
                b';' if !quoted => semi += 1,
                b',' if !quoted => comma += 1,
                b'\t' if !quoted => tab += 1,
                _ => {}
            }
        }
        let best = semi.max(comma).max(tab);
        if best == 0 {
            continue;
        }
        return if semi == best {
            b';'
        } else if tab == best {
            b'\t'
        } else {
            b','
        };
    }
    b','
}

/// Reads a CSV header table; see [`crate::input::table::read_table`].
pub fn read<F>(path: &Path, columns: &[Column], on_row: F) -> Result<Header, InputError>
where
    F: FnMut(&Row<'_>),
{
    let file = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| InputError::file(&file, format!("cannot read the file: {e}")))?;
    let text = text_of(&file, &bytes)?;
    read_str(&file, &text, columns, on_row)
}

/// The text of a CSV file's bytes (see [`decode`]); binary data is refused.
pub fn text_of<'b>(file: &str, bytes: &'b [u8]) -> Result<Cow<'b, str>, InputError> {
    if bytes.contains(&0) {
        return Err(InputError::file(
            file,
            "this is not a text (CSV) file: it holds binary data; expected CSV or xlsx",
        ));
    }
    Ok(decode(bytes))
}

/// Reads a CSV header table from text already in memory (`file` names it in messages).
pub fn read_str<F>(
    file: &str,
    text: &str,
    columns: &[Column],
    mut on_row: F,
) -> Result<Header, InputError>
where
    F: FnMut(&Row<'_>),
{
    let file = file.to_string();
    let delimiter = detect_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());

    let mut record = csv::StringRecord::new();
    let mut scanner = Scanner::new(file.clone(), columns);
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                return Err(InputError::at(
                    &file,
                    line,
                    None,
                    format!("unreadable CSV: {e}"),
                ));
            }
        }
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        if !scanner.push(line, Cells::Csv(&record), &mut on_row) {
            break;
        }
    }
    scanner.finish()
}
