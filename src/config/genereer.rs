//! The checked config of `zpm genereer`: the arguments turned into the generator's
//! [`Opties`], with `--start` a month `YYYY-MM`.

use chrono::Datelike;

use crate::cli::GenereerArgs;
use crate::domain::periode::Periode;
use crate::error::InputError;
use crate::synth::Opties;

/// Checks the arguments and turns them into [`Opties`].
pub fn opties(a: &GenereerArgs) -> Result<Opties, InputError> {
    let start = a.start.trim();
    let p = Periode::parse(start)
        .filter(|p| p.aantal_maanden() == 1 && start.len() == 7)
        .ok_or_else(|| {
            InputError::file(
                "--start",
                format!("must be a month YYYY-MM, found \"{}\"", a.start),
            )
        })?;
    if a.behandelaren == 0 {
        return Err(InputError::file("--behandelaren", "must be at least 1"));
    }
    if !(1..=120).contains(&a.maanden) {
        return Err(InputError::file(
            "--maanden",
            format!("must lie between 1 and 120, found {}", a.maanden),
        ));
    }
    Ok(Opties {
        behandelaren: a.behandelaren,
        jaar: p.van.year(),
        maand: p.van.month(),
        maanden: a.maanden,
        seed: a.seed,
    })
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
