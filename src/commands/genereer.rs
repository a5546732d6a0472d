//! `zpm genereer`: writes a synthetic organisation (medewerkers, EPD export, begroting,
//! December 2021, demo tariffs) for demos and benchmarks. The same arguments give
//! byte-identical files.

use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use chrono::Datelike;

use crate::cli::GenereerArgs;
use crate::domain::periode::Periode;
use crate::synth::{Opties, genereer};

/// Checks the arguments and turns them into [`Opties`]: `start` must be a month `YYYY-MM`.
pub fn opties(a: &GenereerArgs) -> anyhow::Result<Opties> {
    let start = a.start.trim();
    let p = Periode::parse(start)
        .filter(|p| p.aantal_maanden() == 1 && start.len() == 7)
        .with_context(|| format!("--start must be a month YYYY-MM, found \"{}\"", a.start))?;
    anyhow::ensure!(a.behandelaren > 0, "--behandelaren must be at least 1");
    anyhow::ensure!(
        (1..=120).contains(&a.maanden),
        "--maanden must lie between 1 and 120, found {}",
        a.maanden
    );
    Ok(Opties {
        behandelaren: a.behandelaren,
        jaar: p.van.year(),
        maand: p.van.month(),
        maanden: a.maanden,
        seed: a.seed,
    })
}

/// Runs `zpm genereer`.
pub fn execute(a: &GenereerArgs) -> anyhow::Result<ExitCode> {
    let o = opties(a)?;
    let t = Instant::now();
    let s = genereer(&o, &a.out)?;
    let namen: Vec<String> = s
        .bestanden
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    eprintln!(
        "zpm genereer: {} medewerkers in {} teams, {} EPD rows ({} bad on purpose, {:.1} MB), \
         {} tariff rows; wrote {} to {} in {:.2} s",
        s.medewerkers,
        s.teams,
        s.epd_rijen,
        s.slechte_rijen,
        s.epd_bytes as f64 / 1e6,
        s.tariefrijen,
        namen.join(", "),
        a.out.display(),
        t.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(start: &str, maanden: u32) -> GenereerArgs {
        GenereerArgs {
            behandelaren: 3,
            maanden,
            start: start.into(),
            seed: 1,
            out: "unused".into(),
        }
    }

    #[test]
    fn start_must_be_a_month() {
        assert!(opties(&args("2022-01", 3)).is_ok());
        let o = opties(&args("2023-11", 3)).unwrap();
        assert_eq!((o.jaar, o.maand), (2023, 11));
        for bad in ["2022", "2022-13", "2022-Q1", "januari", "22-01", ""] {
            assert!(opties(&args(bad, 3)).is_err(), "{bad}");
        }
        assert!(opties(&args("2022-01", 0)).is_err());
    }
}
