//! Fuzzes the workbook side of the header-table reader: arbitrary bytes as an .xlsx file,
//! streamed cell by cell through calamine and matched against the EPD columns.
#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;
use zpm::input::epd::COLUMNS;
use zpm::input::table::read_table;

fuzz_target!(|data: &[u8]| {
    let mut f = tempfile::Builder::new()
        .suffix(".xlsx")
        .tempfile()
        .expect("temp file");
    f.write_all(data).expect("write");
    let _ = read_table(f.path(), &COLUMNS, None, |row| {
        let _ = row.get(0);
    });
});
