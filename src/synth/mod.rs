//! Synthetic organisations for demos and benchmarks (`zpm genereer`).
//!
//! [`genereer`] writes a complete, made-up input set: `medewerkers.csv`, `epd-export.csv`
//! (the Dutch dialect of SPEC 2: BOM, `;`, decimal comma, DD-MM-YYYY, `-` for empty, with a
//! small share of bad rows, and a `Financier` per row), `begroting.csv`, `realisatie-2021.csv`,
//! `tarieven-voorbeeld.csv` (a complete tariff table of `voorbeeld` figures) and
//! `contracten.csv` (SPEC 7.1: percentage and ceiling per financier and year). Everything
//! derives from the seed through [`rng::Rng`]: the same options give byte-identical files.

pub mod cel;
pub mod epd;
pub mod financier;
pub mod organisatie;
mod rij;
pub mod rng;
pub mod tarieven;

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use crate::domain::periode::Periode;
use crate::output::atomic::{write_bytes, write_with};

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opties {
    /// Number of behandelaren (medewerkers).
    pub behandelaren: u32,
    /// The first month.
    pub jaar: i32,
    /// The first month's number (1–12).
    pub maand: u32,
    /// Number of months of activity.
    pub maanden: u32,
    /// Random seed.
    pub seed: u64,
}

impl Opties {
    /// The whole months that the data cover.
    pub fn periode(&self) -> anyhow::Result<Periode> {
        Periode::maanden(self.jaar, self.maand, self.maanden.max(1))
            .ok_or_else(|| anyhow::anyhow!("the months do not form a valid period"))
    }
}

/// What was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SynthSamenvatting {
    /// Rows in `medewerkers.csv`.
    pub medewerkers: usize,
    /// Number of teams.
    pub teams: usize,
    /// Data rows in `epd-export.csv`.
    pub epd_rijen: usize,
    /// Of those, rows made bad on purpose.
    pub slechte_rijen: usize,
    /// Size of `epd-export.csv` in bytes.
    pub epd_bytes: u64,
    /// Rows in `tarieven-voorbeeld.csv`.
    pub tariefrijen: usize,
    /// Rows in `contracten.csv`.
    pub contractrijen: usize,
    /// The files written, in order.
    pub bestanden: Vec<PathBuf>,
}

/// File names in the output folder (the ones `zpm run` is pointed at in the README).
pub const MEDEWERKERS: &str = "medewerkers.csv";
/// The EPD export.
pub const EPD: &str = "epd-export.csv";
/// The budget.
pub const BEGROTING: &str = "begroting.csv";
/// December 2021.
pub const REALISATIE: &str = "realisatie-2021.csv";
/// The demo tariff table.
pub const TARIEVEN: &str = "tarieven-voorbeeld.csv";
/// The contracts per financier and year.
pub const CONTRACTEN: &str = "contracten.csv";

/// Generates the synthetic organisation described by `o` into the folder `out`.
pub fn genereer(o: &Opties, out: &Path) -> anyhow::Result<SynthSamenvatting> {
    anyhow::ensure!(o.behandelaren > 0, "--behandelaren must be at least 1");
    anyhow::ensure!(
        (1..=120).contains(&o.maanden),
        "--maanden must lie between 1 and 120"
    );
    let periode = o.periode()?;
    let teams = organisatie::teams(o.behandelaren);
    let personen = organisatie::personen(o.seed, o.behandelaren, &teams, &periode);
    let mut s = SynthSamenvatting {
        medewerkers: personen.len(),
        teams: teams.len(),
        ..SynthSamenvatting::default()
    };
    let mut schrijf = |naam: &str, tekst: String| -> anyhow::Result<()> {
        let pad = out.join(naam);
        write_bytes(&pad, tekst.as_bytes())?;
        s.bestanden.push(pad);
        Ok(())
    };
    schrijf(MEDEWERKERS, organisatie::medewerkers_csv(&personen, &teams))?;
    schrijf(
        BEGROTING,
        organisatie::begroting_csv(o.seed, &personen, &teams, &periode),
    )?;
    schrijf(
        REALISATIE,
        organisatie::realisatie_csv(o.seed, &personen, &teams),
    )?;
    let (tabel, n) = tarieven::tabel(periode.van.year(), periode.tot.year());
    schrijf(TARIEVEN, tabel)?;
    s.tariefrijen = n;

    let blokken = epd::genereer(o.seed, &personen, &periode);
    let pad = out.join(EPD);
    write_with(&pad, |tmp| {
        let f = std::fs::File::create(tmp)?;
        let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
        w.write_all(epd::KOP.as_bytes())?;
        for b in blokken.in_volgorde() {
            w.write_all(b)?;
        }
        let f = w.into_inner().map_err(|e| e.into_error())?;
        f.sync_all()?;
        Ok(())
    })?;
    s.epd_rijen = blokken.rijen;
    s.slechte_rijen = blokken.slecht;
    s.epd_bytes = (epd::KOP.len() + blokken.bytes()) as u64;
    s.bestanden.push(pad);
    let (contracten, n) = financier::contracten_csv(o.seed, &periode, &blokken.omzet);
    let pad = out.join(CONTRACTEN);
    write_bytes(&pad, contracten.as_bytes())?;
    s.bestanden.push(pad);
    s.contractrijen = n;
    Ok(s)
}

/// Appends `d` as `DD-MM-YYYY`.
pub fn push_datum(s: &mut String, d: NaiveDate) {
    let b = datum_bytes(d);
    s.push_str(std::str::from_utf8(&b).unwrap_or_default());
}

/// `d` as the ten ASCII bytes `DD-MM-YYYY`.
pub fn datum_bytes(d: NaiveDate) -> [u8; 10] {
    let (day, m, y) = (d.day(), d.month(), d.year().clamp(0, 9999) as u32);
    let dig = |x: u32| b'0' + (x % 10) as u8;
    [
        dig(day / 10),
        dig(day),
        b'-',
        dig(m / 10),
        dig(m),
        b'-',
        dig(y / 1000),
        dig(y / 100),
        dig(y / 10),
        dig(y),
    ]
}

/// Euros (or hours) with two decimals and a decimal comma, no thousands separator:
/// `112345,67`.
pub fn euro(x: f64) -> String {
    let cents = (x * 100.0).round() as i64;
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    format!("{sign}{},{:02}", c / 100, c % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_euros() {
        let d = NaiveDate::from_ymd_opt(2022, 3, 7).unwrap();
        assert_eq!(&datum_bytes(d), b"07-03-2022");
        let mut s = String::new();
        push_datum(&mut s, d);
        assert_eq!(s, "07-03-2022");
        assert_eq!(euro(1234.565), "1234,57");
        assert_eq!(euro(0.0), "0,00");
        assert_eq!(euro(-3.5), "-3,50");
    }

    #[test]
    fn period_of_options() {
        let o = Opties {
            behandelaren: 4,
            jaar: 2022,
            maand: 11,
            maanden: 3,
            seed: 1,
        };
        let p = o.periode().unwrap();
        assert_eq!(p.van, NaiveDate::from_ymd_opt(2022, 11, 1).unwrap());
        assert_eq!(p.tot, NaiveDate::from_ymd_opt(2023, 1, 31).unwrap());
    }
}
