//! Checked configuration: the command line's arguments validated and the reference tables
//! loaded, before any work starts. An unusable argument or table is an [`InputError`].

pub mod fill;
pub mod genereer;

use std::path::PathBuf;

use crate::cli::{RefArgs, RunArgs};
use crate::domain::periode::Periode;
use crate::error::InputError;
use crate::rules::Referentie;
use crate::rules::keten::NormKeten;
use crate::rules::normen::Normen;
use crate::rules::tarieven::Tarieven;

/// Reference tables plus the defaults that apply to every activity.
#[derive(Debug, Clone)]
pub struct RefConfig {
    /// The loaded tables.
    pub referentie: Referentie,
    /// Setting for rows and medewerkers without one.
    pub setting: u8,
}

fn check_fraction(name: &str, v: Option<f64>) -> Result<Option<f64>, InputError> {
    match v {
        Some(x) if !(0.0..=1.0).contains(&x) || x.is_nan() => Err(InputError::file(
            name,
            format!("expected a fraction between 0 and 1, found {x}"),
        )),
        _ => Ok(v),
    }
}

impl RefConfig {
    /// Loads the embedded tables, replaced or extended by the files given.
    pub fn from_args(a: &RefArgs) -> Result<Self, InputError> {
        if !(1..=8).contains(&a.setting) {
            return Err(InputError::file(
                "--setting",
                format!("expected a setting 1-8, found {}", a.setting),
            ));
        }
        if !(a.contract_percentage.is_finite() && (0.0..=1000.0).contains(&a.contract_percentage)) {
            return Err(InputError::file(
                "--contract-percentage",
                format!(
                    "expected a percentage such as 90, found {}",
                    a.contract_percentage
                ),
            ));
        }
        let mut r = Referentie::embedded()?;
        if let Some(p) = &a.beroepen {
            r.beroepen.load(&p.display().to_string(), None, Some(p))?;
        }
        if !a.tarieven.is_empty() {
            let mut t = Tarieven::default();
            for p in &a.tarieven {
                t.load(&p.display().to_string(), None, Some(p))?;
            }
            r.tarieven = t;
        }
        r.tarieven.contract_basispunten = (a.contract_percentage * 100.0).round() as i64;
        if let Some(p) = &a.normen {
            r.normen = Normen::load(&p.display().to_string(), None, Some(p))?;
        }
        if let Some(p) = &a.productiviteitsnorm {
            r.keten = NormKeten::load(&p.display().to_string(), None, Some(p))?;
        }
        if let Some(v) = a.netto_uren {
            if !(v.is_finite() && v > 0.0) {
                return Err(InputError::file(
                    "--netto-uren",
                    format!("expected hours > 0, found {v}"),
                ));
            }
            r.keten.netto_uren_fulltime = v;
        }
        if let Some(v) = a.fulltime_uren {
            if !(v.is_finite() && v > 0.0) {
                return Err(InputError::file(
                    "--fulltime-uren",
                    format!("expected hours > 0, found {v}"),
                ));
            }
            r.keten.fulltime_uren = v;
        }
        if let Some(v) = check_fraction("--productieve-norm", a.productieve_norm)? {
            r.keten.productief = v;
        }
        if let Some(v) = check_fraction("--verzuim", a.verzuim)? {
            r.keten.verzuim = v;
        }
        Ok(RefConfig {
            referentie: r,
            setting: a.setting,
        })
    }
}

/// The checked configuration of `zpm run`.
#[derive(Debug, Clone)]
pub struct RunConfig {
    /// EPD exports, in the order given.
    pub epd: Vec<PathBuf>,
    /// Medewerkers file.
    pub medewerkers: PathBuf,
    /// Begroting file.
    pub begroting: Option<PathBuf>,
    /// December 2021 file.
    pub realisatie_2021: Option<PathBuf>,
    /// The period asked for; `None`: the span of the data.
    pub periode: Option<Periode>,
    /// Write personal workbooks.
    pub per_behandelaar: bool,
    /// Organisation name.
    pub organisatie: String,
    /// Output folder.
    pub out: PathBuf,
    /// Reference tables and defaults.
    pub refs: RefConfig,
    /// The command line as given (for the audit trail).
    pub command_line: Vec<String>,
}

impl RunConfig {
    /// Checks the arguments of `zpm run` and loads the reference tables.
    pub fn from_args(a: &RunArgs, command_line: Vec<String>) -> Result<Self, InputError> {
        let periode = match &a.periode {
            None => None,
            Some(s) => Some(Periode::parse(s).ok_or_else(|| {
                InputError::file(
                    "--periode",
                    format!("expected YYYY-MM, YYYY-Qn or YYYY, found \"{s}\""),
                )
            })?),
        };
        for p in a
            .epd
            .iter()
            .chain([&a.medewerkers])
            .chain(&a.begroting)
            .chain(&a.realisatie_2021)
        {
            if !p.is_file() {
                return Err(InputError::file(
                    p.display().to_string(),
                    "the file does not exist or is not a file",
                ));
            }
        }
        if a.out.exists() && !a.out.is_dir() {
            return Err(InputError::file(
                a.out.display().to_string(),
                "--out must be a folder",
            ));
        }
        Ok(RunConfig {
            epd: a.epd.clone(),
            medewerkers: a.medewerkers.clone(),
            begroting: a.begroting.clone(),
            realisatie_2021: a.realisatie_2021.clone(),
            periode,
            per_behandelaar: a.per_behandelaar,
            organisatie: a
                .organisatie
                .clone()
                .unwrap_or_else(|| "Organisatie".to_string()),
            out: a.out.clone(),
            refs: RefConfig::from_args(&a.refs)?,
            command_line,
        })
    }
}

/// The reference tables used, each with its kind (in Dutch) and source ("ingebouwd: …" or
/// the file) with its hash, for reports.
pub fn reference_sources(r: &Referentie) -> Vec<(&'static str, crate::domain::bron::Bron)> {
    let mut v: Vec<(&'static str, crate::domain::bron::Bron)> = r
        .tarieven
        .bronnen
        .iter()
        .map(|b| ("Tarieven", b.clone()))
        .collect();
    v.extend(
        r.normen
            .bron
            .clone()
            .map(|b| ("Normtijden (indirecte tijd)", b)),
    );
    v.extend(r.beroepen.bronnen.iter().map(|b| ("Beroepen", b.clone())));
    v.extend(r.keten.bron.clone().map(|b| ("Productiviteitsnorm", b)));
    v
}
