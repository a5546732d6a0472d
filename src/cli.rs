//! The command line (clap derive). Each subcommand's arguments are turned into a checked
//! config by [`crate::config`] before any work starts; the rest of the crate sees only that.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// zpm: productivity and revenue under the Zorgprestatiemodel (GGZ and forensische zorg).
#[derive(Debug, Parser)]
#[command(name = "zpm", version, about, long_about = None)]
pub struct Cli {
    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// The monthly batch: EPD export + medewerkers → organisation, team and personal workbooks.
    Run(RunArgs),
    /// Fill in Taskforce-style workbooks (behandelaar, leidinggevende, kliniek).
    Fill(FillArgs),
    /// Write the three blank Taskforce-style workbooks.
    Templates(TemplatesArgs),
    /// Generate a synthetic organisation (medewerkers, EPD export with financiers, begroting,
    /// December 2021, tariffs, contracten).
    Genereer(GenereerArgs),
    /// Show what zpm sees in input files (kind, sheet, header, each column's field, activity
    /// values), and optionally write a draft profile. Changes nothing.
    Inspect(InspectArgs),
}

/// Reference tables and norm settings shared by `run` and `fill`.
#[derive(Debug, Clone, Args, Default)]
pub struct RefArgs {
    /// Tariff table(s) replacing the embedded ones: zpm's layout (jaar, prestatie, setting,
    /// beroepscategorie, type, klasse, tarief, bron) or the NZa's own list (Prestatie_code,
    /// Naam, Maximum-tarief (in Euro)), xlsx or CSV. May be repeated.
    #[arg(long, value_name = "FILE")]
    pub tarieven: Vec<PathBuf>,
    /// Phrase table (soort, tekst, waarde, bron) replacing templates/nza-namen.csv, for
    /// decoding the names of an NZa tariff list.
    #[arg(long, value_name = "FILE")]
    pub nza_namen: Option<PathBuf>,
    /// The year of an NZa tariff list that has no Jaar or Ingangsdatum column and no year in
    /// its file name (profile: `[tarieven] jaar`).
    #[arg(long, value_name = "JAAR")]
    pub tarieven_jaar: Option<i32>,
    /// Norm table of normative indirect time replacing templates/normtijden.csv.
    #[arg(long, value_name = "FILE")]
    pub normen: Option<PathBuf>,
    /// Extra beroep → beroepscategorie rows (beroep, beroepscategorie), added to the embedded list.
    #[arg(long, value_name = "FILE")]
    pub beroepen: Option<PathBuf>,
    /// Norm chain replacing templates/productiviteitsnorm.csv (instelling, waarde, bron).
    #[arg(long, value_name = "FILE")]
    pub productiviteitsnorm: Option<PathBuf>,
    /// Netto werkbare uren a year for a full-timer (default 1569, Fivoor).
    #[arg(long, value_name = "UREN")]
    pub netto_uren: Option<f64>,
    /// Hours a week of a full-time contract (default 36).
    #[arg(long, value_name = "UREN")]
    pub fulltime_uren: Option<f64>,
    /// Productive share of the netto hours, as a fraction (default 0.85).
    #[arg(long, value_name = "FRACTIE")]
    pub productieve_norm: Option<f64>,
    /// Budgeted verzuim, as a fraction (default 0.05).
    #[arg(long, value_name = "FRACTIE")]
    pub verzuim: Option<f64>,
    /// Contract percentage applied to each tariff (default 100).
    #[arg(long, value_name = "P")]
    pub contract_percentage: Option<f64>,
    /// Setting (1-8) for rows, medewerkers and teams that carry none (default 7, forensisch
    /// ambulant).
    #[arg(long, value_name = "N")]
    pub setting: Option<u8>,
}

/// Arguments of `zpm run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Profile (TOML) describing this organisation's exports: column and value mappings, and
    /// any flag of `zpm run`; the command line wins over it.
    #[arg(long, value_name = "FILE")]
    pub profiel: Option<PathBuf>,
    /// EPD activity export(s), CSV or xlsx, one row per activity (or `[epd] bestanden` in
    /// the profile).
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub epd: Vec<PathBuf>,
    /// Medewerkers (CSV, or xlsx; or `[medewerkers] bestand` in the profile).
    #[arg(long, value_name = "FILE")]
    pub medewerkers: Option<PathBuf>,
    /// Begroting per team and period (team, periode, omzet[, uren]).
    #[arg(long, value_name = "FILE")]
    pub begroting: Option<PathBuf>,
    /// December 2021 realisation per team (team, omzet_dec_2021[, uren_dec_2021]).
    #[arg(long = "realisatie-2021", value_name = "FILE")]
    pub realisatie_2021: Option<PathBuf>,
    /// Contracts per financier and year (financier, jaar, percentage[, plafond][, naam]):
    /// revenue at contract, omzetplafonds and the year-end forecast (or `contracten` in the
    /// profile).
    #[arg(long, value_name = "FILE")]
    pub contracten: Option<PathBuf>,
    /// Period: YYYY-MM, YYYY-Qn, YYYY, or a range of whole months YYYY-MM..YYYY-MM (default:
    /// the span of the data, in whole months).
    #[arg(long, value_name = "P")]
    pub periode: Option<String>,
    /// Also write one private workbook per behandelaar (behandelaren/<medewerker>.xlsx).
    #[arg(long)]
    pub per_behandelaar: bool,
    /// Organisation name for titles and document properties.
    #[arg(long, value_name = "NAAM")]
    pub organisatie: Option<String>,
    /// Output folder (created when missing; or `out` in the profile).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Reference tables and norm settings.
    #[command(flatten)]
    pub refs: RefArgs,
}

/// Arguments of `zpm inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Input files of any kind (EPD export, medewerkers, begroting, December 2021, tariffs).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// A profile to apply, as `zpm run --profiel` would.
    #[arg(long, value_name = "FILE")]
    pub profiel: Option<PathBuf>,
    /// Write a draft profile: every mapping zpm is sure of, and what it could not place as
    /// commented lines to fill in.
    #[arg(long, value_name = "OUT.toml")]
    pub concept: Option<PathBuf>,
}

/// Arguments of `zpm fill`.
#[derive(Debug, Args)]
pub struct FillArgs {
    /// Filled-in workbooks (behandelaar, leidinggevende or kliniek; recognised by their sheets).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output folder: each workbook is written back under its own file name.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Kliniek norms replacing templates/kliniek-normen.csv (the "Normen" sheet wins when filled).
    #[arg(long, value_name = "FILE")]
    pub kliniek_normen: Option<PathBuf>,
    /// Reference tables and norm settings.
    #[command(flatten)]
    pub refs: RefArgs,
}

/// Arguments of `zpm templates`.
#[derive(Debug, Args)]
pub struct TemplatesArgs {
    /// Output folder for behandelaar.xlsx, leidinggevende.xlsx and kliniek.xlsx.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

/// Arguments of `zpm genereer`.
#[derive(Debug, Args)]
pub struct GenereerArgs {
    /// Number of behandelaren.
    #[arg(long, default_value_t = 40)]
    pub behandelaren: u32,
    /// Number of months of activity.
    #[arg(long, default_value_t = 3)]
    pub maanden: u32,
    /// First month (YYYY-MM).
    #[arg(long, default_value = "2022-01")]
    pub start: String,
    /// Random seed (the same seed gives the same files).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Output folder.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}
