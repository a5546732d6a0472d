//! `zpm run`: the monthly batch. Reads everything first (a bad file stops the run with exit
//! code 2 before anything is written), computes every behandelaar in parallel, then writes
//! the JSON, the rejects and the workbooks in parallel, each atomically.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;

use crate::cli::RunArgs;
use crate::compute::{Bronnen, Resultaat, bereken_alles};
use crate::config::RunConfig;
use crate::error::{InputError, WriteError};
use crate::input::begroting::{Begroting, Realisatie2021};
use crate::input::contracten::ContractenInvoer;
use crate::input::epd::EpdInvoer;
use crate::input::medewerkers::Medewerkers;
use crate::output::herberekening::Formules;
use crate::output::sanitize::{Unique, file_stem};
use crate::output::staging::Staging;
use crate::output::workbook::audit::{Audit, InvoerBestand, Invoercontrole};
use crate::output::workbook::{Context, organisatie, team};
use crate::output::{atomic, json, progress, rejects};

mod meld;
use meld::{kolomkeuzes, meld_kop, meld_nza, regellijst, top_redenen};

/// Runs `zpm run`.
pub fn execute(a: &RunArgs, command_line: Vec<String>) -> anyhow::Result<ExitCode> {
    let cfg = RunConfig::from_args(a, command_line)?;
    meld_nza(&cfg.refs.nza);
    let tarief_waarschuwingen =
        crate::rules::tariefcontrole::controleer(&cfg.refs.referentie.tarieven);
    if let Some(eerste) = tarief_waarschuwingen.first() {
        eprintln!(
            "zpm: warning: {} checks on the tariff tables failed (listed on \"Over dit rapport\"); the first: {eerste}",
            tarief_waarschuwingen.len()
        );
    }
    let Berekening {
        res,
        mw,
        epd,
        bestanden,
        controle,
    } = compute(&cfg)?;
    write_all(&cfg, &res, &mw, &epd, bestanden, controle.clone())?;
    meld::laatste_regels(&cfg, &res, &mw, &epd, &controle);
    eprintln!("zpm: written to {}", cfg.out.display());
    Ok(ExitCode::SUCCESS)
}

/// What [`compute`] yields: the result and the inputs it came from.
#[derive(Debug)]
pub struct Berekening {
    /// The computed figures.
    pub res: Resultaat,
    /// The medewerkers read.
    pub mw: Medewerkers,
    /// The EPD rows read.
    pub epd: EpdInvoer,
    /// The input files other than the EPD, with hash and rows (for the audit trail).
    pub bestanden: Vec<InvoerBestand>,
    /// Number conventions and budget rows of unknown teams (SPEC 5.2, 5.7).
    pub controle: Invoercontrole,
}

fn invoer_bestand(soort: &'static str, pad: &Path, regels: u64) -> InvoerBestand {
    InvoerBestand {
        soort,
        pad: pad.display().to_string(),
        sha256: crate::input::reference::sha256_file(pad).unwrap_or_default(),
        regels,
    }
}

/// Reads every input and computes the result; nothing is written.
pub fn compute(cfg: &RunConfig) -> Result<Berekening, InputError> {
    let r = &cfg.refs.referentie;
    let p = &cfg.profiel;
    let mw = Medewerkers::read(
        &cfg.medewerkers,
        &r.beroepen,
        &p.medewerkers,
        r.keten.fulltime_uren,
    )?;
    meld_kop(&mw.kop);
    if !mw.kop.losse_quotes.is_empty() {
        eprintln!(
            "zpm: warning: {}: stray quote(s) (\") on line {}: each line was read as its own record, the quote as a literal character",
            mw.kop.file,
            regellijst(&mw.kop.losse_quotes)
        );
    }
    let mut epd = EpdInvoer::read(&cfg.epd, &mw, &p.epd)?;
    for h in &epd.headers {
        meld_kop(h);
    }
    let teams: std::collections::BTreeSet<&str> =
        mw.lijst.iter().map(|m| m.team.as_str()).collect();
    let begroting = cfg
        .begroting
        .as_deref()
        .map(|b| Begroting::read(b, &p.begroting, &p.teams, &teams))
        .transpose()?;
    let dec = cfg
        .realisatie_2021
        .as_deref()
        .map(|b| Realisatie2021::read(b, &p.realisatie_2021, &p.teams, &teams))
        .transpose()?;
    begroting
        .iter()
        .map(|b| &b.kop)
        .chain(dec.iter().map(|d| &d.kop))
        .for_each(meld_kop);
    let contracten = cfg
        .contracten
        .as_deref()
        .map(|c| {
            // the profile's top-level decimaal applies to the contracten file
            let m = crate::input::mapping::Mapping {
                decimaal: p.decimaal,
                ..Default::default()
            };
            ContractenInvoer::read(c, &m)
        })
        .transpose()?
        .unwrap_or_default();
    if cfg.contracten.is_some() {
        meld_kop(&contracten.kop);
    }
    let mut controle = Invoercontrole::van(&r.tarieven, &mw, begroting.as_ref(), dec.as_ref());
    controle
        .getallen
        .extend(contracten.getallen.iter().cloned());
    let periode = epd.periode(cfg.periode).ok_or_else(|| {
        InputError::file(
            cfg.epd[0].display().to_string(),
            "no row has a readable date, so the period is unknown; give --periode",
        )
    })?;
    let jaren = r.tarieven.jaren();
    for y in chrono::Datelike::year(&periode.van)..=chrono::Datelike::year(&periode.tot) {
        if !jaren.contains(&y) {
            eprintln!(
                "zpm: warning: no tariffs for {y}: activities of {y} get revenue 0 and are listed as \"tarief ontbreekt\" (give --tarieven)"
            );
        }
    }
    let pb = progress::bar(mw.lijst.len() as u64, "behandelaren");
    let bronnen = Bronnen {
        mw: &mw,
        begroting: begroting.as_ref(),
        dec: dec.as_ref(),
        refs: r,
        default_setting: cfg.refs.setting,
        contracten: &contracten.contracten,
    };
    let res = bereken_alles(&mut epd, periode, &bronnen, &|| pb.inc(1));
    pb.finish_and_clear();
    let redenen = top_redenen(&res);
    let t = &res.telling;
    if t.verwerkt == 0 && t.regels > 0 {
        return Err(InputError::file(
            cfg.epd
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            format!(
                "not one of the {} EPD rows could be processed, so every figure would be 0; most frequent reasons: {}. Run `zpm inspect` on the export to see what zpm makes of its columns and values",
                t.regels,
                redenen.join("; ")
            ),
        ));
    }
    if t.afgewezen * 10 >= t.regels && t.afgewezen > 0 {
        eprintln!(
            "zpm: warning: {} of {} EPD rows ({:.0}%) were rejected; most frequent reasons: {} (see afwijzingen.csv and Datakwaliteit)",
            t.afgewezen,
            t.regels,
            100.0 * t.afgewezen as f64 / t.regels as f64,
            redenen.join("; ")
        );
    }
    let mut bestanden = vec![invoer_bestand(
        "Medewerkers",
        &cfg.medewerkers,
        mw.regels as u64,
    )];
    if let (Some(p), Some(b)) = (&cfg.begroting, &begroting) {
        bestanden.push(invoer_bestand("Begroting", p, b.regels.len() as u64));
    }
    if let (Some(p), Some(d)) = (&cfg.realisatie_2021, &dec) {
        bestanden.push(invoer_bestand(
            "Realisatie december 2021",
            p,
            d.teams.len() as u64,
        ));
    }
    if let Some(p) = &cfg.contracten {
        bestanden.push(invoer_bestand("Contracten", p, contracten.regels));
    }
    Ok(Berekening {
        res,
        mw,
        epd,
        bestanden,
        controle,
    })
}

enum Job {
    Json,
    Rejects,
    Organisatie,
    Team(usize, PathBuf),
    Persoon(usize, PathBuf),
}

impl Job {
    /// The file's path relative to the output folder.
    fn rel(&self) -> PathBuf {
        match self {
            Job::Json => PathBuf::from("samenvatting.json"),
            Job::Rejects => PathBuf::from("afwijzingen.csv"),
            Job::Organisatie => PathBuf::from("organisatie.xlsx"),
            Job::Team(_, p) | Job::Persoon(_, p) => p.clone(),
        }
    }
}

/// Writes every output into a staging folder in `cfg.out`, in parallel, and moves them into
/// place when all are complete; a failure gives a [`WriteError`] and leaves `cfg.out` as it was.
pub fn write_all(
    cfg: &RunConfig,
    res: &Resultaat,
    mw: &Medewerkers,
    epd: &EpdInvoer,
    bestanden: Vec<InvoerBestand>,
    controle: Invoercontrole,
) -> anyhow::Result<()> {
    let out = &cfg.out;
    let mut staging = Staging::new(out)?;
    let mut invoer: Vec<InvoerBestand> = epd
        .bestanden
        .iter()
        .zip(&epd.sha256)
        .zip(&epd.regels_per_bestand)
        .map(|((p, sha), n)| InvoerBestand {
            soort: "EPD-export",
            pad: p.display().to_string(),
            sha256: sha.clone(),
            regels: *n,
        })
        .collect();
    invoer.extend(bestanden);
    let tariefcontrole = crate::rules::tariefcontrole::controleer(&cfg.refs.referentie.tarieven);
    let audit = Audit {
        versie: env!("CARGO_PKG_VERSION"),
        opdracht: cfg.command_line.join(" "),
        peilmoment: Audit::peilmoment_nu(),
        bestanden: invoer,
        tabellen: crate::config::reference_sources(&cfg.refs.referentie),
        contract_percentage: cfg.refs.referentie.tarieven.contract_basispunten as f64 / 100.0,
        kolomkeuzes: std::iter::once(&mw.kop)
            .chain(&epd.headers)
            .flat_map(kolomkeuzes)
            .chain(controle.getallen.iter().map(|g| g.nl()))
            .collect(),
        tarieflijsten: cfg.refs.nza.iter().flat_map(|v| v.regels_tekst()).collect(),
        tariefcontrole,
        controle,
    };
    let ctx = Context {
        res,
        mw,
        refs: &cfg.refs.referentie,
        organisatie: &cfg.organisatie,
        setting: cfg.refs.setting,
        audit: &audit,
    };
    let mut jobs = vec![Job::Json, Job::Rejects, Job::Organisatie];
    let mut names = Unique::default();
    for (i, t) in res.teams.iter().enumerate() {
        jobs.push(Job::Team(
            i,
            Path::new("teams").join(format!("{}.xlsx", names.take(&file_stem(&t.naam), 80))),
        ));
    }
    if cfg.per_behandelaar {
        let mut names = Unique::default();
        for (i, u) in res.personen.iter().enumerate() {
            let m = &mw.lijst[u.idx as usize];
            // A medewerker in two teams gets a workbook per team, named after both.
            let twee = |j: usize| {
                res.personen
                    .get(j)
                    .is_some_and(|o| mw.lijst[o.idx as usize].id == m.id)
            };
            let stem = if twee(i + 1) || (i > 0 && twee(i - 1)) {
                file_stem(&format!("{} {}", m.id, m.team))
            } else {
                file_stem(&m.id)
            };
            jobs.push(Job::Persoon(
                i,
                Path::new("behandelaren").join(format!("{}.xlsx", names.take(&stem, 80))),
            ));
        }
    }
    let bestanden: Vec<String> = epd
        .bestanden
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let pb = progress::bar(jobs.len() as u64, "werkmappen");
    for job in &jobs {
        staging.add(job.rel());
    }
    jobs.par_iter()
        .try_for_each(|job| -> anyhow::Result<()> {
            let path = staging.path(&job.rel());
            match job {
                Job::Json => atomic::write_bytes(
                    &path,
                    json::to_string(&json::samenvatting(res, mw)).as_bytes(),
                )?,
                Job::Rejects => {
                    atomic::write_bytes(&path, &rejects::to_csv(epd, &res.afwijzingen)?)?
                }
                Job::Organisatie => save(organisatie::workbook(&ctx, &bestanden)?, &path)?,
                Job::Team(i, _) => save(team::workbook(&ctx, &res.teams[*i])?, &path)?,
                Job::Persoon(i, _) => save(team::persoonlijk(&ctx, *i)?, &path)?,
            }
            pb.inc(1);
            Ok(())
        })
        .map_err(|e| WriteError::new(out, format!("{e:#}")))?;
    pb.finish_and_clear();
    staging.commit()?;
    Ok(())
}

/// Saves with zip level 1: several times faster than the default 6, files a little larger.
fn save(mut wb: rust_xlsxwriter::Workbook, path: &Path) -> anyhow::Result<()> {
    wb.set_zip_compression_level(1);
    // The run's workbooks hold no cell formula: every figure is a computed value.
    atomic::save_workbook(&mut wb, path, Formules::Geen)
}
