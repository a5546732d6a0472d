//! Fuzzes the CSV side of the header-table reader: decoding (UTF-8/BOM/Windows-1252),
//! delimiter detection, header matching with aliases, the EPD row parser's cells, the quote
//! scan (stray quotes, SPEC 5.4), and the parallel chunk splitter and reader (line numbers must
//! rise through the file).
#![no_main]

use libfuzzer_sys::fuzz_target;
use zpm::input::chunked::{read_chunked_bytes, split_points};
use zpm::input::csv_reader::{decode, detect_delimiter, read_str};
use zpm::input::epd::{CLIENT, COLUMNS};
use zpm::input::mapping::Mapping;
use zpm::input::quotes::{Vorm, scan};
use zpm::input::value::{parse_date, parse_minutes, parse_number};

fuzz_target!(|data: &[u8]| {
    let text = decode(data);
    let delimiter = detect_delimiter(&text);
    let mut rows = 0usize;
    let _ = read_str("fuzz.csv", &text, &COLUMNS, |row| {
        rows += 1;
        for c in 0..COLUMNS.len() {
            if let Some(v) = row.get(c) {
                let _ = parse_number(v);
                let _ = zpm::input::value::lees_getal(v, None);
                let _ = zpm::input::value::getal::lees_centen(v, Some(zpm::input::value::Decimaal::Komma));
                let _ = parse_date(v);
                let _ = parse_minutes(v);
            }
        }
        let _ = row.fields_except(COLUMNS.len(), CLIENT).count();
    });
    // The parallel reader over small chunks: line numbers rise through the file.
    if let Ok((_, states)) = read_chunked_bytes(
        "fuzz.csv",
        data,
        &COLUMNS,
        &Mapping::GEEN,
        16,
        Vec::new,
        |v, r| v.push(r.line),
    ) {
        let lines: Vec<usize> = states.concat();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
    }
    let bytes = text.as_bytes();
    let vorm = Vorm {
        delimiter,
        delimiters: 3,
        datum: Some(1),
    };
    let quotes = scan(bytes, 0, &vorm);
    for n in 1..5 {
        let starts = split_points(bytes, 0, n, &quotes);
        assert_eq!(starts[0], 0);
        assert!(starts.windows(2).all(|w| w[0] < w[1]));
    }
});
