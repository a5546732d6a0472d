//! `zpm genereer`: writes a synthetic organisation (medewerkers, EPD export with financiers,
//! begroting, December 2021, demo tariffs, contracts) for demos and benchmarks. The same arguments give
//! byte-identical files.

use std::process::ExitCode;
use std::time::Instant;

use crate::cli::GenereerArgs;
use crate::config::genereer::opties;
use crate::synth::genereer;

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
         {} tariff rows, {} contract rows; wrote {} to {} in {:.2} s",
        s.medewerkers,
        s.teams,
        s.epd_rijen,
        s.slechte_rijen,
        s.epd_bytes as f64 / 1e6,
        s.tariefrijen,
        s.contractrijen,
        namen.join(", "),
        a.out.display(),
        t.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
