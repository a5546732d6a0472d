//! Fuzzes the CSV side of the header-table reader: decoding (UTF-8/BOM/Windows-1252),
//! delimiter detection, header matching with aliases, the EPD row parser's cells, the quote
//! scan (stray quotes, SPEC 5.4), and the parallel chunk splitter and reader (line numbers must
//! rise through the file), and the whole EPD read (SPEC 5.2, 5.4: dates decided per file, `dubbel`
//! across two overlapping files, group sessions), which must give the same outcome in one piece
//! and in small chunks.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use zpm::input::epd::EpdInvoer;
use zpm::input::epd::opties::EpdOpties;
use zpm::input::medewerkers::Medewerkers;
use zpm::input::chunked::{read_chunked_bytes, split_points};
use zpm::input::csv_reader::{decode, detect_delimiter, read_str};
use zpm::input::epd::{CLIENT, COLUMNS};
use zpm::input::mapping::Mapping;
use zpm::input::quotes::{Vorm, scan};
use zpm::input::value::{parse_date, parse_minutes, parse_number};

/// Two medewerkers of team T, one in service from 5 March 2022.
fn medewerkers() -> &'static Medewerkers {
    static MW: OnceLock<Medewerkers> = OnceLock::new();
    MW.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let m = dir.path().join("mw.csv");
        std::fs::write(
            &m,
            "medewerker,naam,team,beroep,uren_per_week,in_dienst\n1,A,T,gz-psycholoog,36,2022-03-05\n2,B,T,gz-psycholoog,36,\n",
        )
        .expect("write");
        let r = zpm::rules::Referentie::embedded().expect("embedded tables");
        Medewerkers::read(&m, &r.beroepen, &Default::default(), r.keten.fulltime_uren)
            .expect("medewerkers")
    })
}

/// The EPD read of `delen` as files, whole and in 40-byte chunks; both must agree.
fn epd(delen: &[&[u8]], opties: &EpdOpties) {
    let dir = tempfile::tempdir().expect("temp dir");
    let files: Vec<PathBuf> = delen
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let p = dir.path().join(format!("epd{i}.csv"));
            std::fs::write(&p, d).expect("write");
            p
        })
        .collect();
    let mw = medewerkers();
    let heel = EpdInvoer::read_sized(&files, mw, opties, usize::MAX);
    let stukken = EpdInvoer::read_sized(&files, mw, opties, 40);
    match (heel, stukken) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.afwijzingen, b.afwijzingen);
            assert_eq!(a.span, b.span);
            assert_eq!(a.datums, b.datums);
            assert_eq!(a.regels(), b.regels());
            assert_eq!(format!("{:?}", a.per_medewerker), format!("{:?}", b.per_medewerker));
        }
        (Err(a), Err(b)) => assert_eq!(a, b),
        (a, b) => panic!("one piece and chunks disagree: {:?} / {:?}", a.err(), b.err()),
    }
}

fuzz_target!(|data: &[u8]| {
    let mut opties = EpdOpties::default();
    opties.groepsconsult_per_deelnemer = data.first().is_some_and(|b| b & 1 == 1);
    epd(&[data], &opties);
    // Two overlapping files: the second repeats the first's last half.
    let half = data.len() / 2;
    let kop = data.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
    if kop <= half {
        let tweede = [&data[..kop], &data[half..]].concat();
        epd(&[data, &tweede], &opties);
    }
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
