//! CSV dialects (SPEC 2): delimiter `,` `;` or tab (detected), UTF-8 with or without BOM or
//! Windows-1252, quoted fields with delimiters and newlines, metadata lines above the header.

use std::borrow::Cow;
use std::path::Path;

use crate::error::InputError;
use crate::input::mapping::Mapping;
use crate::input::quotes::{Quotes, Vorm, scan};
use crate::input::table::{Cells, Column, HEADER_SEARCH_ROWS, Header, Row, Scanner};

/// The UTF-16 encoding a byte-order mark announces (Excel's "Unicode text"), if any.
fn utf16(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    match bytes {
        [0xFF, 0xFE, ..] => Some(encoding_rs::UTF_16LE),
        [0xFE, 0xFF, ..] => Some(encoding_rs::UTF_16BE),
        _ => None,
    }
}

/// Decodes raw file bytes: UTF-16 LE/BE with a BOM, UTF-8 (a BOM is dropped) or, when that
/// fails, Windows-1252 (SPEC 5.2).
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some(enc) = utf16(bytes) {
        return Cow::Owned(enc.decode_with_bom_removal(bytes).0.into_owned());
    }
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
pub fn read<F>(
    path: &Path,
    columns: &[Column],
    mapping: &Mapping,
    on_row: F,
) -> Result<Header, InputError>
where
    F: FnMut(&Row<'_>),
{
    let file = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| InputError::file(&file, format!("cannot read the file: {e}")))?;
    let text = text_of(&file, &bytes)?;
    read_str_mapped(&file, &text, columns, mapping, on_row)
}

/// The text of a CSV file's bytes (see [`decode`]); binary data is refused.
pub fn text_of<'b>(file: &str, bytes: &'b [u8]) -> Result<Cow<'b, str>, InputError> {
    if utf16(bytes).is_none() && bytes.contains(&0) {
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
    on_row: F,
) -> Result<Header, InputError>
where
    F: FnMut(&Row<'_>),
{
    read_str_mapped(file, text, columns, &Mapping::GEEN, on_row)
}

/// [`read_str`] through the profile's `mapping`.
pub fn read_str_mapped<F>(
    file: &str,
    text: &str,
    columns: &[Column],
    mapping: &Mapping,
    mut on_row: F,
) -> Result<Header, InputError>
where
    F: FnMut(&Row<'_>),
{
    let p = prepare(file, text, columns, mapping)?;
    let mut scanner = Scanner::with_header(p.header.clone(), columns);
    parse_records(
        file,
        &p.text[p.body..],
        p.body_line,
        &p,
        &mut scanner,
        &mut on_row,
    )?;
    Ok(p.header)
}

/// A CSV text ready for its data rows to be parsed: the header found, and stray quotes
/// (SPEC 5.4) taken as literal characters.
#[derive(Debug)]
pub struct Prepared<'t> {
    /// The delimiter.
    pub delimiter: u8,
    /// The header (with the lines of the stray quotes).
    pub header: Header,
    /// The text, each stray quote replaced by [`Prepared::placeholder`].
    pub text: Cow<'t, [u8]>,
    /// Offset of the first byte after the header row.
    pub body: usize,
    /// The line of that byte.
    pub body_line: usize,
    /// The byte that stands for a stray quote in `text` (only when there are any).
    pub placeholder: Option<u8>,
    /// Where the valid quoted fields over line ends lie.
    pub quotes: Quotes,
}

/// Finds the header of `text` and scans its data for quotes (see [`crate::input::quotes`]).
pub fn prepare<'t>(
    file: &str,
    text: &'t str,
    columns: &[Column],
    mapping: &Mapping,
) -> Result<Prepared<'t>, InputError> {
    let head = &text[..floor_char(text, 1 << 16)];
    let delimiter = detect_delimiter(head);
    let bytes = text.as_bytes();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = csv::StringRecord::new();
    let mut lines = Lines::new(bytes, 1);
    let mut scanner = Scanner::new(file.to_string(), columns, mapping);
    let mut body = bytes.len();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(unreadable(file, &mut lines, &e)),
        }
        let line = lines.start_of(&record);
        let more = scanner.push(line, Cells::Csv(&record), &mut |_| {});
        if scanner.has_header() {
            body = usize::try_from(reader.position().byte()).unwrap_or(bytes.len());
            break;
        }
        if !more {
            break;
        }
    }
    let mut header = scanner.finish()?;
    let body = body.min(bytes.len());
    let body = body
        + bytes[body..]
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
    let body_line = 1 + line_breaks(bytes, 0, body);
    let datum = columns.iter().position(|c| c.name == "datum");
    let vorm = Vorm {
        delimiter,
        delimiters: header.names.len().saturating_sub(1),
        datum: datum.and_then(|c| header.index.get(c).copied().flatten()),
    };
    let quotes = scan(bytes, body, &vorm);
    let (text, placeholder) = if quotes.stray.is_empty() {
        (Cow::Borrowed(bytes), None)
    } else {
        let (mut line, mut from) = (body_line, body);
        for &q in &quotes.stray {
            line += line_breaks(bytes, from, q);
            from = q;
            header.losse_quotes.push(line);
        }
        // A control byte the text does not hold stands for each stray quote while parsing.
        let p = (1u8..32).find(|&b| {
            !matches!(b, b'\t' | b'\n' | b'\r') && b != delimiter && !bytes.contains(&b)
        });
        match p {
            Some(p) => {
                let mut t = bytes.to_vec();
                for &q in &quotes.stray {
                    t[q] = p;
                }
                (Cow::Owned(t), Some(p))
            }
            None => {
                return Err(InputError::at(
                    file,
                    header.losse_quotes[0],
                    None,
                    "a quote (\") here opens a field that runs over the next lines, which look like whole records; remove the quote (or double it) in the export and run again",
                ));
            }
        }
    };
    Ok(Prepared {
        delimiter,
        header,
        text,
        body,
        body_line,
        placeholder,
        quotes,
    })
}

/// The largest char boundary of `s` at or below `i`.
fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The error for a record the csv reader cannot read.
fn unreadable(file: &str, lines: &mut Lines<'_>, e: &csv::Error) -> InputError {
    let byte = e.position().map_or(0, |p| p.byte() as usize);
    InputError::at(
        file,
        lines.line_at(byte),
        None,
        format!("unreadable CSV: {e}"),
    )
}

/// Parses the records of `chunk` (a part of `p.text` that starts a record on line
/// `first_line`) and feeds them to `scanner`; a stray quote's placeholder is read back as `"`.
pub(crate) fn parse_records<F>(
    file: &str,
    chunk: &[u8],
    first_line: usize,
    p: &Prepared<'_>,
    scanner: &mut Scanner<'_>,
    on_row: &mut F,
) -> Result<(), InputError>
where
    F: FnMut(&Row<'_>),
{
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(p.delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(chunk);
    let mut record = csv::StringRecord::new();
    let mut fixed = csv::StringRecord::new();
    let mut lines = Lines::new(chunk, first_line);
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => return Ok(()),
            Err(e) => return Err(unreadable(file, &mut lines, &e)),
        }
        let line = lines.start_of(&record);
        let cells = match p.placeholder {
            Some(ph) if record.as_slice().as_bytes().contains(&ph) => {
                let q = char::from(ph).to_string();
                fixed.clear();
                for f in record.iter() {
                    fixed.push_field(&f.replace(q.as_str(), "\""));
                }
                Cells::Csv(&fixed)
            }
            _ => Cells::Csv(&record),
        };
        if !scanner.push(line, cells, on_row) {
            return Ok(());
        }
    }
}

/// The true 1-based line on which each CSV record starts.
///
/// The csv crate stamps a record with the position where the previous record ended, before
/// it skips that record's line end and any empty lines: after a `\r\n` line end or an empty
/// line its line number is one or more too low, and a file with `\r` line ends is all
/// "line 1". This counts the line breaks (`\n`, `\r\n` or a lone `\r`) before the record's
/// first byte instead, in one pass over the text.
#[derive(Debug)]
pub struct Lines<'t> {
    text: &'t [u8],
    pos: usize,
    line: usize,
}

impl<'t> Lines<'t> {
    /// A counter over `text`, whose first byte lies on line `first_line`.
    pub fn new(text: &'t [u8], first_line: usize) -> Self {
        Lines {
            text,
            pos: 0,
            line: first_line,
        }
    }

    /// The line on which `record` (just read from `text`, records in order) starts.
    pub fn start_of(&mut self, record: &csv::StringRecord) -> usize {
        let from = record.position().map_or(self.pos, |p| {
            usize::try_from(p.byte()).unwrap_or(usize::MAX)
        });
        self.line_at(from)
    }

    /// The line of the first byte at or after `byte` that is not a line end (where the csv
    /// reader starts the next record). Offsets must not decrease between calls.
    pub fn line_at(&mut self, byte: usize) -> usize {
        let t = self.text;
        let mut start = byte.clamp(self.pos, t.len());
        while start < t.len() && matches!(t[start], b'\r' | b'\n') {
            start += 1;
        }
        self.line += line_breaks(t, self.pos, start);
        self.pos = start;
        self.line
    }
}

/// The line breaks (`\n`, `\r\n` or a lone `\r`) in `text[from..to]`; a `\r` at `to - 1`
/// is a break of its own unless `text[to]` is `\n`.
pub fn line_breaks(text: &[u8], from: usize, to: usize) -> usize {
    if memchr::memchr(b'\r', &text[from..to]).is_none() {
        return memchr::memchr_iter(b'\n', &text[from..to]).count();
    }
    let mut n = 0;
    let mut i = from;
    while let Some(k) = memchr::memchr2(b'\n', b'\r', &text[i..to]) {
        let at = i + k;
        if text[at] == b'\n' || text.get(at + 1) != Some(&b'\n') {
            n += 1;
        }
        i = at + 1;
    }
    n
}

#[cfg(test)]
#[path = "csv_reader_tests.rs"]
mod tests;
