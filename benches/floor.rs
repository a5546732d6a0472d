//! The floor of issue 15: one pass of the csv crate over an EPD export with `ByteRecord`,
//! summing the direct minutes per medewerker. `bench/run.sh` times it beside `zpm run` on the
//! same file and prints the ratio. Not a criterion bench: run it with the export's path,
//!
//! ```sh
//! cargo bench --bench floor -- target/bench-data/n2000-m12-…/epd-export.csv
//! ```
//!
//! It prints the rows, the medewerkers and a checksum of the minutes (so the work cannot be
//! optimised away).

use std::collections::HashMap;

fn main() {
    let Some(path) = std::env::args().skip(1).find(|a| !a.starts_with("--")) else {
        eprintln!("usage: floor EPD.csv");
        std::process::exit(2);
    };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(true)
        .flexible(true)
        .from_path(&path)
        .unwrap_or_else(|e| {
            eprintln!("{path}: {e}");
            std::process::exit(2)
        });
    let mut per: HashMap<Vec<u8>, f64> = HashMap::new();
    let mut rec = csv::ByteRecord::new();
    let mut rows = 0u64;
    while rdr.read_byte_record(&mut rec).unwrap_or(false) {
        rows += 1;
        let (Some(id), Some(min)) = (rec.get(0), rec.get(3)) else {
            continue;
        };
        // the decimal comma as a point, without allocating
        let mut buf = [0u8; 32];
        let n = min.len().min(32);
        for (b, &c) in buf.iter_mut().zip(&min[..n]) {
            *b = if c == b',' { b'.' } else { c };
        }
        let m = std::str::from_utf8(&buf[..n])
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(0.0);
        match per.get_mut(id) {
            Some(v) => *v += m,
            None => {
                per.insert(id.to_vec(), m);
            }
        }
    }
    let som: f64 = per.values().sum();
    println!(
        "floor: {rows} rows, {} medewerkers, {som:.1} minutes",
        per.len()
    );
}
