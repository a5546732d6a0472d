//! `zpm templates`: the three blank workbooks, written by the same code that writes a filled
//! one (from the description's grid instead of a user's file).

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Workbook, XlsxError};

use crate::domain::fold::fold;
use crate::input::form::grid::{Werkblad, Werkmap};
use crate::input::form::layout::is_gegenereerd;
use crate::input::form::lists;
use crate::input::form::{Soort, behandelaar, kliniek, leidinggevende};
use crate::output::form::inputs::schrijf_kopie;
use crate::output::form::lists::schrijf_lijsten;
use crate::output::form::uitleg;
use crate::output::sheet::style::FormStijl;
use crate::rules::Referentie;
use crate::rules::keten::NormKeten;

/// The input sheets of a blank workbook of `soort`, as grids.
pub fn bladen(soort: Soort) -> Vec<Werkblad> {
    match soort {
        Soort::Behandelaar => vec![
            behandelaar::PERSOON.sjabloon(),
            behandelaar::AGENDA.sjabloon(),
            behandelaar::SCENARIOS.sjabloon(),
        ],
        Soort::Leidinggevende => vec![
            leidinggevende::TEAM.sjabloon(),
            leidinggevende::FINANCIEEL.sjabloon(),
        ],
        Soort::Kliniek => vec![
            kliniek::KLINIEK.sjabloon(),
            kliniek::AFDELINGEN.sjabloon(),
            kliniek::NORMEN.sjabloon(),
        ],
    }
}

/// A blank workbook of `soort` as if read from a file (for filling in programmatically).
pub fn werkmap(soort: Soort) -> Werkmap {
    Werkmap {
        bestand: soort.bestand().to_string(),
        bladen: bladen(soort),
        onleesbaar: Vec::new(),
    }
}

/// Writes the input sheets of `wm` (template or filled in by hand, not computed) to `path`
/// with the template's colours, dropdowns and validations.
/// The explanations use the embedded norm chain.
pub fn schrijf_invoer(soort: Soort, wm: &Werkmap, path: &Path) -> anyhow::Result<()> {
    let keten = &Referentie::embedded()?.keten;
    match soort {
        Soort::Behandelaar => crate::output::form::behandelaar::schrijf(wm, None, keten, path),
        Soort::Leidinggevende => {
            crate::output::form::leidinggevende::schrijf(wm, None, keten, path)
        }
        Soort::Kliniek => crate::output::form::kliniek::schrijf(wm, None, keten, path),
    }
}

/// Writes the three blank workbooks into `dir`; returns their paths.
pub fn schrijf_alle(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    Soort::ALLE
        .into_iter()
        .map(|s| {
            let p = dir.join(s.bestand());
            schrijf_invoer(s, &werkmap(s), &p)?;
            Ok(p)
        })
        .collect()
}

/// Writes a workbook of `soort` to `path` atomically, in this order: "Uitleg" (its figures
/// from `keten`); the sheets
/// `bladen` writes, given the workbook, the formats and a lookup of input sheets by name (the
/// sheet of `wm`, or else the blank template's); the sheets of `wm` that `zpm` does not know,
/// as they are; and the hidden "Lijsten".
pub fn schrijf_werkmap(
    soort: Soort,
    wm: &Werkmap,
    (path, keten): (&Path, &NormKeten),
    bladen: impl FnOnce(
        &mut Workbook,
        &FormStijl,
        &dyn Fn(&str) -> Option<Werkblad>,
    ) -> Result<(), XlsxError>,
) -> anyhow::Result<()> {
    let mut wb = Workbook::new();
    let st = FormStijl::default();
    let leeg = werkmap(soort);
    let blad = |naam: &str| wm.blad(naam).or_else(|| leeg.blad(naam)).cloned();
    uitleg::schrijf(&mut wb, &st, soort, keten)?;
    bladen(&mut wb, &st, &blad)?;
    for b in overige(wm, soort) {
        schrijf_kopie(&mut wb, &st, b)?;
    }
    schrijf_lijsten(&mut wb)?;
    crate::output::atomic::save_workbook(
        &mut wb,
        path,
        crate::output::herberekening::Formules::Zoeken,
    )
}

/// The sheets of `wm` that `zpm` does not know for `soort` (copied as they are), in workbook
/// order.
pub fn overige(wm: &Werkmap, soort: Soort) -> Vec<&Werkblad> {
    let invoer = bladen(soort);
    let bekend: Vec<String> = invoer
        .iter()
        .map(|b| b.naam.as_str())
        .chain(["Uitleg", "Resultaat", lists::BLAD])
        .map(fold)
        .collect();
    wm.bladen
        .iter()
        .filter(|b| !bekend.contains(&fold(&b.naam)) && !is_gegenereerd(b))
        .collect()
}
