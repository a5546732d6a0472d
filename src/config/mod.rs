//! Checked configuration: the command line's arguments validated and the reference tables
//! loaded, before any work starts. An unusable argument or table is an [`InputError`].

pub mod fill;
pub mod genereer;
pub mod profiel;

use std::path::PathBuf;

use crate::cli::{RefArgs, RunArgs};
use crate::domain::periode::Periode;
use crate::error::InputError;
use crate::input::reference::nza::lijst::{self, NzaVerslag};
use crate::input::reference::nza::namen::NzaNamen;
use crate::rules::Referentie;
use crate::rules::keten::NormKeten;
use crate::rules::normen::Normen;
use crate::rules::tarieven::Tarieven;
use profiel::Profiel;

/// Reference tables plus the defaults that apply to every activity.
#[derive(Debug, Clone)]
pub struct RefConfig {
    /// The loaded tables.
    pub referentie: Referentie,
    /// Setting for rows and medewerkers without one.
    pub setting: u8,
    /// What each NZa tariff list given to `--tarieven` gave (SPEC 6.1).
    pub nza: Vec<NzaVerslag>,
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
        let setting = a.setting.unwrap_or(7);
        if !(1..=8).contains(&setting) {
            return Err(InputError::file(
                "--setting",
                format!("expected a setting 1-8, found {setting}"),
            ));
        }
        let contract_percentage = a.contract_percentage.unwrap_or(100.0);
        if !(contract_percentage.is_finite() && (0.0..=1000.0).contains(&contract_percentage)) {
            return Err(InputError::file(
                "--contract-percentage",
                format!("expected a percentage such as 90, found {contract_percentage}"),
            ));
        }
        if let Some(j) = a.tarieven_jaar.filter(|j| !(2022..=2099).contains(j)) {
            return Err(InputError::file(
                "--tarieven-jaar",
                format!("expected a year 2022-2099, found {j}"),
            ));
        }
        let mut r = Referentie::embedded()?;
        if let Some(p) = &a.beroepen {
            r.beroepen.load(&p.display().to_string(), None, Some(p))?;
        }
        let mut nza = Vec::new();
        if !a.tarieven.is_empty() {
            let mut t = Tarieven::default();
            let mut namen: Option<NzaNamen> = None;
            for p in &a.tarieven {
                if lijst::is_nza_lijst(p) {
                    if namen.is_none() {
                        namen = Some(match &a.nza_namen {
                            Some(f) => NzaNamen::load(&f.display().to_string(), None, Some(f))?,
                            None => NzaNamen::embedded()?,
                        });
                    }
                    let n = namen.as_ref().expect("loaded above");
                    nza.push(lijst::laad(p, a.tarieven_jaar, n, &mut t)?);
                } else {
                    t.load(&p.display().to_string(), None, Some(p))?;
                }
            }
            r.tarieven = t;
        }
        r.tarieven.contract_basispunten = (contract_percentage * 100.0).round() as i64;
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
            setting,
            nza,
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
    /// Contracten file (SPEC 7.1).
    pub contracten: Option<PathBuf>,
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
    /// The profile (the default when none was given).
    pub profiel: Profiel,
}

/// The reference arguments of the command line, each missing one taken from the profile.
fn refs_met_profiel(a: &RefArgs, p: &Profiel) -> RefArgs {
    RefArgs {
        tarieven: if a.tarieven.is_empty() {
            p.tarieven.clone()
        } else {
            a.tarieven.clone()
        },
        nza_namen: a.nza_namen.clone().or_else(|| p.nza_namen.clone()),
        tarieven_jaar: a.tarieven_jaar.or(p.tarieven_jaar),
        normen: a.normen.clone().or_else(|| p.normen.clone()),
        beroepen: a.beroepen.clone().or_else(|| p.beroepen.clone()),
        productiviteitsnorm: a
            .productiviteitsnorm
            .clone()
            .or_else(|| p.productiviteitsnorm.clone()),
        netto_uren: a.netto_uren.or(p.netto_uren),
        fulltime_uren: a.fulltime_uren.or(p.fulltime_uren),
        productieve_norm: a.productieve_norm.or(p.productieve_norm),
        verzuim: a.verzuim.or(p.verzuim),
        contract_percentage: a.contract_percentage.or(p.contract_percentage),
        setting: a.setting.or(p.setting),
    }
}

impl RunConfig {
    /// Checks the arguments of `zpm run` and loads the reference tables.
    pub fn from_args(a: &RunArgs, command_line: Vec<String>) -> Result<Self, InputError> {
        let mut profiel = match &a.profiel {
            Some(p) => Profiel::read(p)?,
            None => Profiel::default(),
        };
        let periode = match a.periode.as_ref().or(profiel.periode.as_ref()) {
            None => None,
            Some(s) => Some(Periode::parse(s).ok_or_else(|| {
                InputError::file(
                    "--periode",
                    format!(
                        "expected YYYY-MM, YYYY-Qn, YYYY or a range of months YYYY-MM..YYYY-MM, found \"{s}\""
                    ),
                )
            })?),
        };
        let epd = if a.epd.is_empty() {
            profiel.epd_bestanden.clone()
        } else {
            a.epd.clone()
        };
        if epd.is_empty() {
            return Err(InputError::file(
                "--epd",
                "expected one or more EPD exports (--epd FILE…, or [epd] bestanden in the profile)",
            ));
        }
        let medewerkers = a
            .medewerkers
            .clone()
            .or_else(|| profiel.medewerkers_bestand.clone())
            .ok_or_else(|| {
                InputError::file(
                    "--medewerkers",
                    "expected the medewerkers file (--medewerkers FILE, or [medewerkers] bestand in the profile)",
                )
            })?;
        let out = a
            .out
            .clone()
            .or_else(|| profiel.out.clone())
            .ok_or_else(|| {
                InputError::file(
                    "--out",
                    "expected an output folder (--out DIR, or out in the profile)",
                )
            })?;
        let begroting = a
            .begroting
            .clone()
            .or_else(|| profiel.begroting_bestand.clone());
        let realisatie_2021 = a
            .realisatie_2021
            .clone()
            .or_else(|| profiel.realisatie_bestand.clone());
        let contracten = a.contracten.clone().or_else(|| profiel.contracten.clone());
        for p in epd
            .iter()
            .chain([&medewerkers])
            .chain(&begroting)
            .chain(&realisatie_2021)
            .chain(&contracten)
        {
            if !p.is_file() {
                return Err(InputError::file(
                    p.display().to_string(),
                    "the file does not exist or is not a file",
                ));
            }
        }
        if out.exists() && !out.is_dir() {
            return Err(InputError::file(
                out.display().to_string(),
                "--out must be a folder",
            ));
        }
        let refs = RefConfig::from_args(&refs_met_profiel(&a.refs, &profiel))?;
        profiel.check_beroepen(&|b| refs.referentie.beroepen.categorie(b).is_some())?;
        // The EPD reader values a row by its prestatiecode as the NZa lists teach it (SPEC 6.2).
        profiel.epd.codes = refs.referentie.tarieven.codes.clone();
        Ok(RunConfig {
            epd,
            medewerkers,
            begroting,
            realisatie_2021,
            contracten,
            periode,
            per_behandelaar: a.per_behandelaar || profiel.per_behandelaar == Some(true),
            organisatie: a
                .organisatie
                .clone()
                .or_else(|| profiel.organisatie.clone())
                .unwrap_or_else(|| "Organisatie".to_string()),
            out,
            refs,
            command_line,
            profiel,
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
