//! Fuzzes the CSV side of the header-table reader: decoding (UTF-8/BOM/Windows-1252),
//! delimiter detection, header matching with aliases, the EPD row parser's cells, and the
//! parallel chunk splitter and reader (line numbers must rise through the file).
#![no_main]

use libfuzzer_sys::fuzz_target;
use zpm::input::chunked::{read_chunked_bytes, split_points};
use zpm::input::csv_reader::{decode, detect_delimiter, read_str};
use zpm::input::epd::COLUMNS;
use zpm::input::mapping::Mapping;
use zpm::input::value::{parse_date, parse_minutes, parse_number};

fuzz_target!(|data: &[u8]| {
    let text = decode(data);
    let _ = detect_delimiter(&text);
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
        let _ = row
            .fields_except(COLUMNS.len(), zpm::input::epd::CLIENT)
            .count();
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
    for n in 1..5 {
        let starts = split_points(text.as_bytes(), n);
        assert_eq!(starts[0], 0);
        assert!(starts.windows(2).all(|w| w[0] < w[1]));
    }
});
