//! Reading a large CSV header table on every core: the header is found first (see
//! [`prepare`]), the decoded text after it is cut at line ends that lie outside valid quoted
//! fields (a stray quote is no such field, SPEC 5.4), and the chunks are parsed in parallel
//! with that header. Each chunk fills its own state; the caller merges the states in
//! chunk order, so the result is the same as a sequential read, whatever the thread count.

use std::path::Path;

use rayon::prelude::*;

use crate::error::InputError;
use crate::input::csv_reader::{line_breaks, parse_records, prepare, text_of};
use crate::input::mapping::Mapping;
use crate::input::quotes::Quotes;
use crate::input::table::{Column, Header, Row, Scanner, read_mapped};
use crate::input::xlsx_reader::is_workbook;

/// Texts smaller than this are read in one piece.
pub const MIN_CHUNK_BYTES: usize = 4 << 20;

/// Cuts `text[from..]` into about `n` pieces at `\n` line ends that lie outside the valid
/// quoted fields over line ends in `quotes`; returns the start offsets (the first is `from`).
pub fn split_points(text: &[u8], from: usize, n: usize, quotes: &Quotes) -> Vec<usize> {
    let from = from.min(text.len());
    let mut starts = vec![from];
    if n <= 1 {
        return starts;
    }
    let step = (text.len() - from) / n;
    let mut pos = from;
    for i in 1..n {
        let mut at = (from + i * step).max(pos);
        let cut = loop {
            let Some(k) = memchr::memchr(b'\n', &text[at.min(text.len())..]) else {
                return starts;
            };
            if !quotes.inside(at + k) {
                break at + k + 1;
            }
            at += k + 1;
        };
        if cut >= text.len() {
            break;
        }
        starts.push(cut);
        pos = cut;
    }
    starts
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
    let p = prepare(file, &text, columns, mapping)?;
    let body = &p.text[..];
    let min_chunk = min_chunk.max(1);
    let len = body.len() - p.body;
    let n = if len < min_chunk {
        1
    } else {
        (len / min_chunk)
            .min(rayon::current_num_threads() * 4)
            .max(2)
    };
    let starts = split_points(body, p.body, n, &p.quotes);
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain([body.len()]).collect();
    // Line numbers: the line where each chunk starts (each chunk's line breaks are counted
    // on every core, then summed in order).
    let breaks: Vec<usize> = starts
        .par_windows(2)
        .map(|w| line_breaks(body, w[0], w[1]))
        .collect();
    let mut first_lines = vec![p.body_line];
    for b in breaks {
        let prev = *first_lines.last().unwrap_or(&1);
        first_lines.push(prev + b);
    }
    let states: Vec<S> = (0..starts.len())
        .into_par_iter()
        .map(|i| {
            let mut s = init();
            let mut scanner = Scanner::with_header(p.header.clone(), columns);
            let mut sink = |row: &Row<'_>| on_row(&mut s, row);
            parse_records(
                file,
                &body[starts[i]..ends[i]],
                first_lines[i],
                &p,
                &mut scanner,
                &mut sink,
            )?;
            Ok(s)
        })
        .collect::<Result<_, InputError>>()?;
    Ok((p.header, states))
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
            } else if i % 13 == 5 {
                // A stray quote: its line and the next stay records of their own.
                text.push_str(&format!("\"s{i};{i}\r\n"));
                line += 1;
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
        let (h, _) =
            read_chunked_sized(&path, &COLS, &Mapping::GEEN, 64, || (), |_, _| {}).unwrap();
        assert_eq!(h.losse_quotes.len(), 28);
        let mut sequential = Vec::new();
        read_str("t.csv", &text, &COLS, |r| sequential.push(r.line)).unwrap();
        assert_eq!(sequential, expected);
    }

    #[test]
    fn splits_only_outside_quotes() {
        let text = b"a;b\n1;\"x\ny\"\n2;z\n3;w\n";
        let quotes = crate::input::quotes::scan(
            text,
            4,
            &crate::input::quotes::Vorm {
                delimiter: b';',
                delimiters: 1,
                datum: None,
            },
        );
        for n in 1..8 {
            let starts = split_points(text, 4, n, &quotes);
            assert_eq!(starts[0], 4);
            for &s in &starts[1..] {
                assert_eq!(text[s - 1], b'\n');
                assert_ne!(s, 10, "split inside quotes (n={n})");
            }
        }
    }
}
