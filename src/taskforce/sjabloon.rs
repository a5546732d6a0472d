//! `zpm templates`: the three blank workbooks, written by the same code that writes a filled
//! one (from the description's grid instead of a user's file).

use std::path::{Path, PathBuf};

use crate::taskforce::grid::{Werkblad, Werkmap};
use crate::taskforce::{Soort, behandelaar, kliniek, leidinggevende};

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
pub fn schrijf_invoer(soort: Soort, wm: &Werkmap, path: &Path) -> anyhow::Result<()> {
    match soort {
        Soort::Behandelaar => behandelaar::schrijf::schrijf(wm, None, path),
        Soort::Leidinggevende => leidinggevende::schrijf::schrijf(wm, None, path),
        Soort::Kliniek => kliniek::schrijf::schrijf(wm, None, path),
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

/// The sheets of `wm` that `zpm` does not know (copied as they are), in workbook order.
pub fn overige<'a>(wm: &'a Werkmap, bekend: &[&str]) -> Vec<&'a Werkblad> {
    let bekend: Vec<String> = bekend
        .iter()
        .chain(&["Uitleg", "Resultaat", crate::taskforce::lijsten::BLAD])
        .map(|n| crate::input::fold::fold(n))
        .collect();
    wm.bladen
        .iter()
        .filter(|b| {
            !bekend.contains(&crate::input::fold::fold(&b.naam))
                && !crate::taskforce::blad::is_gegenereerd(b)
        })
        .collect()
}
