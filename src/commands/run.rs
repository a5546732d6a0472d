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
use crate::input::epd::EpdInvoer;
use crate::input::medewerkers::Medewerkers;
use crate::output::herberekening::Formules;
use crate::output::sanitize::{Unique, file_stem};
use crate::output::staging::Staging;
use crate::output::workbook::audit::{Audit, InvoerBestand};
use crate::output::workbook::{Context, organisatie, team};
use crate::output::{atomic, json, progress, rejects};

/// Runs `zpm run`.
pub fn execute(a: &RunArgs, command_line: Vec<String>) -> anyhow::Result<ExitCode> {
    let cfg = RunConfig::from_args(a, command_line)?;
    let Berekening {
        res,
        mw,
        epd,
        bestanden,
    } = compute(&cfg)?;
    write_all(&cfg, &res, &mw, &epd, bestanden)?;
    let t = &res.telling;
    eprintln!(
        "zpm: {} behandelaren in {} teams, periode {}; regels {} = verwerkt {} + afgewezen {} + buiten_periode {} + uitgesloten {}",
        res.personen.len(),
        res.teams.len(),
        res.periode.label(),
        t.regels,
        t.verwerkt,
        t.afgewezen,
        t.buiten_periode,
        t.uitgesloten
    );
    for (reden, n) in &res.uitgesloten {
        eprintln!("zpm: uitgesloten: {n} × {reden}");
    }
    if t.verdacht > 0 {
        eprintln!(
            "zpm: warning: {} EPD rows have a status or declarabel such as \"niet verschenen\", \"geannuleerd\" or \"nee\" and were counted as activities; to leave them out, list those values in the profile under [epd.uitsluiten] (for example status = [\"Niet verschenen\"])",
            t.verdacht
        );
    }
    if t.standaard_setting > 0 {
        eprintln!(
            "zpm: {} consults got the default setting {} (no setting on the row, the medewerker or the profile's team; give --setting or [teams.\"…\"] setting)",
            t.standaard_setting, cfg.refs.setting
        );
    }
    if mw.uit_fte > 0 {
        eprintln!(
            "zpm: {} medewerker rows give an fte and no uren_per_week: hours a week = fte × {} (--fulltime-uren)",
            mw.uit_fte, mw.fulltime_uren
        );
    }
    if t.twee_teams > 0 {
        eprintln!(
            "zpm: {} activities fell on a date with contracts in two teams and went to the team of the row listed first in the medewerkers file (SPEC 5.5)",
            t.twee_teams
        );
    }
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
    let mut epd = EpdInvoer::read(&cfg.epd, &mw, &p.epd)?;
    for h in &epd.headers {
        meld_kop(h);
    }
    let teams: std::collections::BTreeSet<&str> =
        mw.lijst.iter().map(|m| m.team.as_str()).collect();
    let bekend = |t: &str| teams.contains(t);
    let begroting = cfg
        .begroting
        .as_deref()
        .map(|b| Begroting::read(b, &p.begroting, &p.teams, &bekend))
        .transpose()?;
    let dec = cfg
        .realisatie_2021
        .as_deref()
        .map(|b| Realisatie2021::read(b, &p.realisatie_2021, &p.teams, &bekend))
        .transpose()?;
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
    Ok(Berekening {
        res,
        mw,
        epd,
        bestanden,
    })
}

/// The three most frequent reasons why rows were not processed, with their counts.
fn top_redenen(res: &Resultaat) -> Vec<String> {
    let mut n: std::collections::BTreeMap<String, u64> = std::collections::BTreeMap::new();
    for a in &res.afwijzingen {
        *n.entry(a.soort.to_string()).or_insert(0) += 1;
    }
    for (reden, k) in &res.uitgesloten {
        *n.entry(format!("uitgesloten: {reden}")).or_insert(0) += k;
    }
    if res.telling.buiten_periode > 0 {
        n.insert(
            format!("buiten de periode {}", res.periode.label()),
            res.telling.buiten_periode,
        );
    }
    let mut v: Vec<(String, u64)> = n.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.into_iter()
        .take(3)
        .map(|(r, k)| format!("{k} × {r}"))
        .collect()
}

/// Names on stderr what zpm made of a file's header: the sheet used, columns ignored by
/// precedence (SPEC 5.1) and columns that named nothing.
fn meld_kop(h: &crate::input::table::Header) {
    if let Some(sheet) = &h.sheet {
        eprintln!(
            "zpm: {}: sheet \"{sheet}\", header on row {}",
            h.file, h.line
        );
    }
    for v in &h.voorrang {
        eprintln!(
            "zpm: {}: column \"{}\" used for {}; \"{}\" ignored",
            h.file, v.gebruikt, v.veld, v.genegeerd
        );
    }
    if !h.ignored.is_empty() {
        eprintln!("zpm: {}: ignored columns: {}", h.file, h.ignored.join(", "));
    }
}

/// The lines of "Over dit rapport" that say how a file's header was read.
fn kolomkeuzes(h: &crate::input::table::Header) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(sheet) = &h.sheet {
        v.push(format!(
            "{}: blad \"{sheet}\", kopregel op rij {}",
            h.file, h.line
        ));
    }
    for k in &h.voorrang {
        v.push(format!(
            "{}: kolom \"{}\" gebruikt als {}; \"{}\" genegeerd",
            h.file, k.gebruikt, k.veld, k.genegeerd
        ));
    }
    v
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
            .collect(),
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
