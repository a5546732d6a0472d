//! Reading a large CSV header table on every core: the decoded text is cut at line ends that
//! lie outside quotes, the first chunk finds the header, and the other chunks are parsed in
//! parallel with that header. Each chunk fills its own state; the caller merges the states in
//! chunk order, so the result is the same as a sequential read, whatever the thread count.

use std::path::Path;

use rayon::prelude::*;

use crate::error::InputError;
use crate::input::csv_reader::{Lines, detect_delimiter, line_breaks, text_of};
use crate::input::mapping::Mapping;
use crate::input::table::{Cells, Column, Header, Row, Scanner, read_mapped};
use crate::input::xlsx_reader::is_workbook;

/// Texts smaller than this are read in one piece.
pub const MIN_CHUNK_BYTES: usize = 4 << 20;

/// Cuts `text` into about `n` pieces at line ends outside quotes; returns the start offsets
/// (the first is 0).
pub fn split_points(text: &[u8], n: usize) -> Vec<usize> {
    let mut starts = vec![0usize];
    if n <= 1 {
        return starts;
    }
    let step = text.len() / n;
    let (mut pos, mut quotes) = (0usize, 0usize);
    for i in 1..n {
        let target = (i * step).max(pos);
        quotes += text[pos..target].iter().filter(|&&b| b == b'"').count();
        pos = target;
        // Advance to a newline with an even number of quotes before it.
        loop {
            let Some(nl) = text[pos..].iter().position(|&b| b == b'\n' || b == b'"') else {
                return starts;
            };
            pos += nl + 1;
            if text[pos - 1] == b'"' {
                quotes += 1;
            } else if quotes % 2 == 0 {
                break;
            }
        }
        if pos >= text.len() {
            break;
        }
        starts.push(pos);
    }
    starts
}

fn parse_chunk<S, F>(
    file: &str,
    chunk: &[u8],
    first_line: usize,
    delimiter: u8,
    scanner: &mut Scanner<'_>,
    state: &mut S,
    on_row: &F,
) -> Result<(), InputError>
where
    F: Fn(&mut S, &Row<'_>),
{
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(chunk);
    let mut record = csv::StringRecord::new();
    let mut lines = Lines::new(chunk, first_line);
    let mut sink = |row: &Row<'_>| on_row(state, row);
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => return Ok(()),
            Err(e) => {
                let byte = e.position().map_or(0, |p| p.byte() as usize);
                let line = lines.line_at(byte);
                return Err(InputError::at(
                    file,
                    line,
                    None,
                    format!("unreadable CSV: {e}"),
                ));
            }
        }
        let line = lines.start_of(&record);
        if !scanner.push(line, Cells::Csv(&record), &mut sink) {
            return Ok(());
        }
    }
}

/// Reads the header table at `path` like [`read_table`], but a large CSV is parsed in parallel
/// chunks of at least `min_chunk` bytes (tests use small chunks to prove that the chunked read
/// equals the sequential one). `init` makes a fresh state per chunk; `on_row` fills it. The
/// states come back in file order (one state for a workbook or a small file).
pub fn read_chunked_sized<S, I, F>(
    path: &Path,
    columns: &[Column],
    mapping: &Mapping,
    min_chunk: usize,
    init: I,
    on_row: F,
) -> Result<(Header, Vec<S>), InputError>
where
    S: Send,
    I: Fn() -> S + Sync,
    F: Fn(&mut S, &Row<'_>) + Sync,
{
    if is_workbook(path) {
        let mut s = init();
        let h = read_mapped(path, columns, mapping, |r| on_row(&mut s, r))?;
        return Ok((h, vec![s]));
    }
    let (file, bytes) = read_bytes(path)?;
    read_chunked_bytes(&file, &bytes, columns, mapping, min_chunk, init, on_row)
}

/// The bytes of the file at `path`, with its display name.
pub fn read_bytes(path: &Path) -> Result<(String, Vec<u8>), InputError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| InputError::file(&file, format!("cannot read the file: {e}")))?;
    Ok((file, bytes))
}

/// [`read_chunked_sized`] over the bytes of a CSV file already read (named `file` in
/// messages), so that the caller can hash the same bytes.
pub fn read_chunked_bytes<S, I, F>(
    file: &str,
    bytes: &[u8],
    columns: &[Column],
    mapping: &Mapping,
    min_chunk: usize,
    init: I,
    on_row: F,
) -> Result<(Header, Vec<S>), InputError>
where
    S: Send,
    I: Fn() -> S + Sync,
    F: Fn(&mut S, &Row<'_>) + Sync,
{
    let text = text_of(file, bytes)?;
    let text = text.as_bytes();
    let head = &text[..text.len().min(1 << 16)];
    let head = std::str::from_utf8(head)
        .unwrap_or_else(|e| std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or(""));
    let delimiter = detect_delimiter(head);
    let min_chunk = min_chunk.max(1);
    let n = if text.len() < min_chunk {
        1
    } else {
        (text.len() / min_chunk)
            .min(rayon::current_num_threads() * 4)
            .max(2)
    };
    let starts = split_points(text, n);
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain([text.len()]).collect();
    let mut first = init();
    let mut scanner = Scanner::new(file.to_string(), columns, mapping);
    parse_chunk(
        file,
        &text[..ends[0]],
        1,
        delimiter,
        &mut scanner,
        &mut first,
        &on_row,
    )?;
    let header = scanner.finish()?;
    // Line numbers: the line where each chunk starts.
    let mut first_lines = vec![1usize];
    for w in starts.windows(2) {
        let prev = *first_lines.last().unwrap_or(&1);
        first_lines.push(prev + line_breaks(text, w[0], w[1]));
    }
    let rest: Vec<S> = (1..starts.len())
        .into_par_iter()
        .map(|i| {
            let mut s = init();
            let mut scanner = Scanner::with_header(header.clone(), columns);
            parse_chunk(
                file,
                &text[starts[i]..ends[i]],
                first_lines[i],
                delimiter,
                &mut scanner,
                &mut s,
                &on_row,
            )?;
            Ok(s)
        })
        .collect::<Result<_, InputError>>()?;
    let mut states = vec![first];
    states.extend(rest);
    Ok((header, states))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::csv_reader::read_str;

    #[test]
    fn chunked_line_numbers_equal_the_true_lines_for_every_line_end() {
        const COLS: [Column; 1] = [Column::required("a", &[])];
        let mut text = String::from("a;b\r\n");
        let mut expected = Vec::new();
        let mut line = 2;
        for i in 0..400 {
            // CRLF rows, an empty line every 7th row and a quoted field over two lines.
            if i % 7 == 0 {
                text.push_str("\r\n");
                line += 1;
            }
            expected.push(line);
            if i % 11 == 0 {
                text.push_str(&format!("\"x\r\ny\";{i}\r\n"));
                line += 2;
            } else {
                text.push_str(&format!("r{i};{i}\r\n"));
                line += 1;
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.csv");
        std::fs::write(&path, &text).unwrap();
        let (_, states) = read_chunked_sized(&path, &COLS, &Mapping::GEEN, 64, Vec::new, |v, r| {
            v.push(r.line)
        })
        .unwrap();
        assert!(states.len() > 2, "{} chunks", states.len());
        let chunked: Vec<usize> = states.concat();
        assert_eq!(chunked, expected);
        let mut sequential = Vec::new();
        read_str("t.csv", &text, &COLS, |r| sequential.push(r.line)).unwrap();
        assert_eq!(sequential, expected);
    }

    #[test]
    fn splits_only_outside_quotes() {
        let text = b"a;b\n1;\"x\ny\"\n2;z\n3;w\n";
        for n in 1..8 {
            let starts = split_points(text, n);
            assert_eq!(starts[0], 0);
            for &s in &starts[1..] {
                assert_eq!(text[s - 1], b'\n');
                let quotes = text[..s].iter().filter(|&&b| b == b'"').count();
                assert_eq!(quotes % 2, 0, "split inside quotes at {s} (n={n})");
            }
        }
    }
}
