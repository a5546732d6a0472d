//! `zpm fill FILE... --out DIR`: fills Taskforce-style workbooks (behandelaar, leidinggevende,
//! kliniek) and writes each, under its own file name, into DIR. Exit code 0 when every
//! workbook was written without errors, 1 when any had errors or was skipped, 2 for unusable
//! arguments (nothing is written then), 3 when the output folder cannot be created.
//!
//! The workbooks are read and computed in parallel (rayon), behandelaar workbooks first so
//! that leidinggevende workbooks can link to their weeks; each is written atomically under its
//! own name and reported on. A workbook that cannot be read is skipped; the others are still
//! written.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::compute::team_week::{Koppelingen, sleutel};
use crate::compute::week::whole::{self, Weekcijfers};
use crate::config::RefConfig;
use crate::config::fill::FillConfig;
use crate::domain::message::{Ernst, Melding};
use crate::input::form::grid::Werkmap;
use crate::input::form::{Defaults, Soort};
use crate::output::form;

/// Runs `zpm fill`.
pub fn execute(a: &crate::cli::FillArgs) -> anyhow::Result<ExitCode> {
    let cfg = FillConfig::from_args(a, uitvoernaam)?;
    std::fs::create_dir_all(&cfg.out).map_err(|e| {
        crate::error::WriteError::new(&cfg.out, format!("cannot create the folder: {e}"))
    })?;
    let verslag = vul(&cfg);
    for regel in verslag.regels(&a.out) {
        eprintln!("{regel}");
    }
    Ok(if verslag.alles_gelukt() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// What became of one workbook.
#[derive(Debug, Clone, PartialEq)]
pub enum Uitslag {
    /// Written (with the problems found, if any).
    Geschreven {
        /// The kind.
        soort: Soort,
        /// Problems found.
        meldingen: Vec<Melding>,
    },
    /// Not written, with the reason.
    Overgeslagen(String),
}

impl Uitslag {
    /// True when the workbook was written without errors (notes are fine).
    pub fn gelukt(&self) -> bool {
        match self {
            Uitslag::Geschreven { meldingen, .. } => {
                meldingen.iter().all(|m| m.ernst != Ernst::Fout)
            }
            Uitslag::Overgeslagen(_) => false,
        }
    }
}

/// The outcome per workbook, in the order given.
#[derive(Debug, Clone, PartialEq)]
pub struct Verslag {
    /// (file name, outcome).
    pub bestanden: Vec<(String, Uitslag)>,
}

impl Verslag {
    /// True when every workbook was written without errors.
    pub fn alles_gelukt(&self) -> bool {
        self.bestanden.iter().all(|(_, u)| u.gelukt())
    }

    /// The lines to print on stderr: every problem, then a summary.
    pub fn regels(&self, uit: &Path) -> Vec<String> {
        let mut v = Vec::new();
        let (mut geschreven, mut met_fouten, mut overgeslagen) = (0, 0, 0);
        for (naam, u) in &self.bestanden {
            match u {
                Uitslag::Geschreven { meldingen, .. } => {
                    geschreven += 1;
                    if !u.gelukt() {
                        met_fouten += 1;
                    }
                    v.extend(meldingen.iter().map(|m| format!("zpm: {}", m.regel(naam))));
                }
                Uitslag::Overgeslagen(r) => {
                    overgeslagen += 1;
                    v.push(format!("zpm: {naam}: skipped: {r}"));
                }
            }
        }
        v.push(format!(
            "zpm fill: {geschreven} workbook(s) written to {} ({met_fouten} with errors), {overgeslagen} skipped",
            uit.display()
        ));
        v
    }
}

/// The readers' fallbacks from the checked reference config.
fn defaults(refs: &RefConfig) -> Defaults<'_> {
    Defaults {
        referentie: &refs.referentie,
        setting: refs.setting,
    }
}

fn balk(n: usize) -> ProgressBar {
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let pb = ProgressBar::with_draw_target(Some(n as u64), target);
    if let Ok(s) = ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({elapsed})") {
        pb.set_style(s.progress_chars("=> "));
    }
    pb.set_message("zpm fill");
    pb
}

/// The output file name for input `p`: the same name for an `.xlsx`, else the same stem with
/// `.xlsx` (the output is always an xlsx workbook).
pub fn uitvoernaam(p: &Path) -> String {
    let naam = naam(p);
    let is_xlsx = p
        .extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case("xlsx"));
    if is_xlsx {
        naam
    } else {
        let stam = p
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or(naam);
        format!("{stam}.xlsx")
    }
}

fn naam(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

/// After the first pass: a finished workbook, or a leidinggevende one waiting for links.
enum Stap {
    Klaar(Uitslag, Option<Weekcijfers>),
    Wacht(Box<Werkmap>),
}

fn first_pass(p: &Path, o: &FillConfig) -> Stap {
    let doel = o.out.join(uitvoernaam(p));
    let wm = match Werkmap::lees(p) {
        Ok(wm) => wm,
        Err(e) => return Stap::Klaar(Uitslag::Overgeslagen(e.message), None),
    };
    let soort = match Soort::herken(&wm) {
        Ok(s) => s,
        Err(e) => return Stap::Klaar(Uitslag::Overgeslagen(e.message), None),
    };
    let r = &o.refs.referentie;
    let onleesbaar = onleesbaar(p, &wm);
    let met = |mut m: Vec<Melding>| {
        m.extend(onleesbaar.iter().cloned());
        m
    };
    match soort {
        Soort::Behandelaar => {
            let ing = crate::input::form::behandelaar::read::lees(&wm, &defaults(&o.refs));
            let b = whole::bereken(ing, r);
            let week = b.weekcijfers(&wm.bestand);
            let u = geschreven(
                soort,
                form::behandelaar::schrijf(&wm, Some(&b), &r.keten, &doel),
                met(b.ingevuld.meldingen),
            );
            Stap::Klaar(u, Some(week))
        }
        Soort::Kliniek => {
            let ing = crate::input::form::kliniek::read::lees(&wm);
            let normen = ing.normen.as_ref().unwrap_or(&o.kliniek_normen);
            let k = crate::compute::kliniek::bereken(&ing, normen, &r.keten);
            let res = form::kliniek::schrijf(&wm, Some(&k), &r.keten, &doel);
            Stap::Klaar(geschreven(soort, res, met(k.meldingen)), None)
        }
        Soort::Leidinggevende => Stap::Wacht(Box::new(wm)),
    }
}

/// A note per sheet that could not be read, and one when the output gets another name.
fn onleesbaar(p: &Path, wm: &Werkmap) -> Vec<Melding> {
    let uit = uitvoernaam(p);
    let hernoemd = (uit != wm.bestand).then(|| {
        Melding::opmerking(
            "",
            None,
            format!("written as {uit} (zpm writes xlsx workbooks)"),
            format!("geschreven als {uit} (zpm schrijft xlsx-werkmappen)"),
        )
    });
    wm.onleesbaar
        .iter()
        .map(|b| {
            Melding::opmerking(
                "",
                None,
                format!("the sheet {b} cannot be read and is left out"),
                format!("het blad {b} kan niet worden gelezen en is weggelaten"),
            )
        })
        .chain(hernoemd)
        .collect()
}

fn second_pass(p: &Path, wm: &Werkmap, o: &FillConfig, links: &Koppelingen) -> Uitslag {
    let ing = crate::input::form::leidinggevende::read::lees(wm, &defaults(&o.refs));
    let team = crate::compute::team_week::bereken(&ing, links, &o.refs.referentie.keten);
    let mut meldingen = ing.meldingen.clone();
    for p in &team.personen {
        for m in &p.meldingen {
            if !meldingen.contains(m) {
                meldingen.push(m.clone());
            }
        }
    }
    meldingen.extend(onleesbaar(p, wm));
    let b = form::leidinggevende::TeamBerekend {
        team,
        meldingen: ing.meldingen,
    };
    let res = form::leidinggevende::schrijf(
        wm,
        Some(&b),
        &o.refs.referentie.keten,
        &o.out.join(uitvoernaam(p)),
    );
    geschreven(Soort::Leidinggevende, res, meldingen)
}

fn geschreven(soort: Soort, res: anyhow::Result<()>, meldingen: Vec<Melding>) -> Uitslag {
    match res {
        Ok(()) => Uitslag::Geschreven { soort, meldingen },
        Err(e) => Uitslag::Overgeslagen(format!("{e:#}")),
    }
}

/// Fills every workbook of `o`; never stops at a bad one.
pub fn vul(o: &FillConfig) -> Verslag {
    let pb = balk(o.files.len());
    let stappen: Vec<Stap> = o
        .files
        .par_iter()
        .map(|p| {
            let s = first_pass(p, o);
            if matches!(s, Stap::Klaar(..)) {
                pb.inc(1);
            }
            s
        })
        .collect();
    let mut links = Koppelingen::new();
    for s in &stappen {
        if let Stap::Klaar(_, Some(w)) = s
            && !w.medewerker.is_empty()
        {
            links
                .entry(sleutel(&w.medewerker))
                .or_default()
                .push(w.clone());
        }
    }
    let uitslagen: Vec<Uitslag> = stappen
        .into_par_iter()
        .zip(o.files.par_iter())
        .map(|(s, p)| match s {
            Stap::Klaar(u, _) => u,
            Stap::Wacht(wm) => {
                let u = second_pass(p, &wm, o, &links);
                pb.inc(1);
                u
            }
        })
        .collect();
    pb.finish_and_clear();
    Verslag {
        bestanden: o.files.iter().map(|p| naam(p)).zip(uitslagen).collect(),
    }
}
