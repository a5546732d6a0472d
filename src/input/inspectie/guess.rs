//! Guessing the kind of a file whose headers name no field zpm knows (`zpm inspect` only):
//! the header row is the first of the first 30 rows that is as wide as the widest and holds
//! only text; the kind follows from the values below it. A guess is shown as a guess and
//! maps no column: the draft profile lists every header as a line to fill in.

use std::path::Path;

use super::{Bestandsoort, Inspectie, Kolomzicht};
use crate::input::mapping::Mapping;
use crate::input::table::{Column, Header, read_mapped};
use crate::input::value::{parse_date, parse_number};

/// A column that accepts any first row as the header, so that every row is handed out.
const ELK: [Column; 1] = [Column::optional("\u{0}", &[])];

/// Rows read for the guess.
const MAX_RIJEN: usize = 2000;

/// Fills in `ins` with a guessed kind and header row, when the values allow a guess.
pub(super) fn raad(path: &Path, ins: &mut Inspectie) {
    if ins.soort.is_some() {
        return;
    }
    let mut rijen: Vec<(usize, Vec<String>)> = Vec::new();
    let res = read_mapped(path, &ELK, &Mapping::default(), |row| {
        if rijen.len() < MAX_RIJEN {
            let cells = (0..row.cells.len())
                .map(|i| row.cells.cell(i).unwrap_or("").trim().to_string())
                .collect();
            rijen.push((row.line, cells));
        }
    });
    let Ok(h) = res else { return };
    rijen.insert(0, (h.line, h.names.clone()));
    let breed = |r: &[String]| r.iter().filter(|c| !c.is_empty()).count();
    let max = rijen
        .iter()
        .take(30)
        .map(|(_, r)| breed(r))
        .max()
        .unwrap_or(0);
    let Some(k) = rijen.iter().take(30).position(|(_, r)| {
        breed(r) >= max.max(2)
            && r.iter()
                .all(|c| c.is_empty() || (parse_number(c).is_none() && parse_date(c).is_none()))
    }) else {
        return;
    };
    let (line, kop) = rijen[k].clone();
    let data: Vec<&Vec<String>> = rijen[k + 1..].iter().map(|(_, r)| r).collect();
    if data.is_empty() {
        return;
    }
    let share = |c: usize, f: &dyn Fn(&str) -> bool| {
        let vals: Vec<&str> = data
            .iter()
            .filter_map(|r| r.get(c).map(String::as_str))
            .filter(|v| !v.is_empty())
            .collect();
        if vals.is_empty() {
            0.0
        } else {
            vals.iter().filter(|v| f(v)).count() as f64 / vals.len() as f64
        }
    };
    let datums = (0..kop.len())
        .filter(|&c| share(c, &|v| parse_date(v).is_some()) > 0.8)
        .count();
    let uren = (0..kop.len()).any(|c| {
        share(c, &|v| {
            parse_number(v).is_some_and(|x| (0.0..=80.0).contains(&x))
        }) > 0.9
    });
    let herhaald = (0..kop.len()).any(|c| {
        let mut v: Vec<&str> = data
            .iter()
            .filter_map(|r| r.get(c).map(String::as_str))
            .collect();
        v.sort_unstable();
        v.dedup();
        v.len() > 1 && v.len() * 3 < data.len()
    });
    let soort = if datums >= 1 && herhaald && data.len() >= 20 {
        Bestandsoort::Epd
    } else if uren && data.len() < 5000 {
        Bestandsoort::Medewerkers
    } else {
        return;
    };
    ins.soort = Some(soort);
    ins.geraden = true;
    ins.regels = data.len() as u64;
    ins.kolommen = kop
        .iter()
        .filter(|k| !k.is_empty())
        .map(|k| Kolomzicht {
            kop: k.clone(),
            veld: None,
            voorbeelden: Vec::new(),
        })
        .collect();
    ins.header = Some(Header {
        file: h.file,
        sheet: h.sheet,
        line,
        names: kop,
        ..Header::default()
    });
}
