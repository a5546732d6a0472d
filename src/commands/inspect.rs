//! `zpm inspect`: what zpm sees in each input file (SPEC 5.6), and with `--concept` a draft
//! profile: every mapping zpm is sure of as a line, what it could not place as commented
//! lines to fill in. Changes nothing else, and never prints a client value.

use std::fmt::Write as _;
use std::process::ExitCode;

use crate::cli::InspectArgs;
use crate::config::profiel::Profiel;
use crate::domain::activiteit::Activiteit;
use crate::error::{InputError, WriteError};
use crate::input::epd::opties::Duiding;
use crate::input::inspectie::{Inspectie, Profielzicht, Soort, inspecteer};

/// Runs `zpm inspect`.
pub fn execute(a: &InspectArgs) -> anyhow::Result<ExitCode> {
    let profiel = match &a.profiel {
        Some(p) => Profiel::read(p)?,
        None => Profiel::default(),
    };
    let zicht = Profielzicht {
        epd: &profiel.epd,
        medewerkers: &profiel.medewerkers.mapping,
        begroting: &profiel.begroting,
        realisatie_2021: &profiel.realisatie_2021,
    };
    let mut alle = Vec::new();
    for f in &a.files {
        if !f.is_file() {
            return Err(InputError::file(
                f.display().to_string(),
                "the file does not exist or is not a file",
            )
            .into());
        }
        let ins = inspecteer(f, &zicht);
        // A closed pipe (`zpm inspect … | head`) is no error.
        let _ = std::io::Write::write_all(&mut std::io::stdout(), toon(&ins).as_bytes());
        alle.push(ins);
    }
    if let Some(out) = &a.concept {
        let text = concept(&alle, &profiel);
        std::fs::write(out, text).map_err(|e| WriteError::new(out, e.to_string()))?;
        eprintln!("zpm: draft profile written to {}", out.display());
    }
    Ok(if alle.iter().all(|i| i.soort.is_some()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

fn betekenis(d: Option<Duiding>) -> String {
    match d {
        Some(Duiding::Activiteit(a)) => a.code().to_string(),
        Some(Duiding::Reistijd) => "reistijd (stand-alone travel)".into(),
        Some(Duiding::Negeren) => "negeren (left out)".into(),
        None => "NOT MAPPED: onbekende activiteit".into(),
    }
}

/// The report of one file, for a terminal.
pub fn toon(i: &Inspectie) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", i.bestand);
    let _ = writeln!(s, "  stored as   {}", i.opmaak);
    let Some(soort) = i.soort else {
        let _ = writeln!(s, "  kind        not recognised");
        if let Some(e) = &i.fout {
            let _ = writeln!(s, "  problem     {e}");
        }
        let _ = writeln!(s);
        return s;
    };
    let _ = writeln!(s, "  kind        {}", soort.naam());
    if let Some(h) = &i.header {
        match &h.sheet {
            Some(sheet) => {
                let _ = writeln!(s, "  header      sheet \"{sheet}\", row {}", h.line);
            }
            None => {
                let _ = writeln!(s, "  header      line {}", h.line);
            }
        }
    }
    let _ = writeln!(s, "  data rows   {}", i.regels);
    let _ = writeln!(s, "  columns");
    let w = i.kolommen.iter().map(|k| k.kop.chars().count()).max().unwrap_or(0);
    for k in &i.kolommen {
        let veld = k.veld.unwrap_or("genegeerd");
        let voorbeeld = if k.veld == Some("client") {
            "(values not shown)".to_string()
        } else {
            k.voorbeelden.join(", ")
        };
        let _ = writeln!(s, "    {:w$}  → {:16} {}", k.kop, veld, voorbeeld);
    }
    if let Some(h) = &i.header {
        for v in &h.voorrang {
            let _ = writeln!(
                s,
                "    note: \"{}\" is used for {}, \"{}\" is ignored (the field's first-listed name wins)",
                v.gebruikt, v.veld, v.genegeerd
            );
        }
    }
    if !i.activiteiten.is_empty() {
        let _ = writeln!(s, "  activity values");
        let w = i.activiteiten.iter().map(|a| a.0.chars().count()).max().unwrap_or(0);
        for (waarde, n, d) in &i.activiteiten {
            let _ = writeln!(s, "    {waarde:w$}  {n:>8}  → {}", betekenis(*d));
        }
    }
    if !i.problemen.is_empty() {
        let _ = writeln!(s, "  first problems a run would report");
        for p in &i.problemen {
            let _ = writeln!(s, "    {p}");
        }
    }
    let _ = writeln!(s);
    s
}

/// A hint for an activity value the EPD writes in its own words (never applied unasked).
fn hint(waarde: &str) -> &'static str {
    let f = crate::domain::fold::fold(waarde);
    let has = |w: &str| f.contains(w);
    if has("reis") {
        "reistijd"
    } else if has("groep") {
        "groepsconsult"
    } else if has("mdo") || has("multidisciplinair") || has("overleg") && !has("werkoverleg") {
        "intercollegiaal_overleg"
    } else if has("intervisie") || has("werkoverleg") || has("scholing") || has("supervisie") {
        "niet_patientgebonden"
    } else if has("intake") || has("diagnos") {
        "consult_diagnostiek"
    } else if has("verschenen") || has("noshow") || has("geannuleerd") {
        "negeren"
    } else {
        "consult_behandeling"
    }
}

/// The draft profile for the files inspected.
pub fn concept(alle: &[Inspectie], profiel: &Profiel) -> String {
    let mut s = String::from(
        "# zpm profile (draft written by `zpm inspect --concept`).\n\
         # Lines without # are mappings zpm is sure of. Fill in the lines that start with #\n\
         # (replace the value, then remove the #), and delete those you do not need.\n\n",
    );
    let velden = |soort: Soort| {
        soort
            .columns()
            .iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut gezien: Vec<Soort> = Vec::new();
    for i in alle {
        let Some(soort) = i.soort else {
            let _ = writeln!(s, "# {}: kind not recognised, not in this draft\n", i.bestand);
            continue;
        };
        if gezien.contains(&soort) {
            let _ = writeln!(
                s,
                "# {}: another {}; the [{}] section above applies to it too\n",
                i.bestand,
                soort.naam(),
                soort.sectie()
            );
            continue;
        }
        gezien.push(soort);
        if soort == Soort::Tarieven {
            let _ = writeln!(s, "# tarieven = [\"{}\"]\n", i.bestand);
            continue;
        }
        let sectie = soort.sectie();
        let _ = writeln!(s, "[{sectie}]");
        let sleutel = if soort == Soort::Epd { "bestanden" } else { "bestand" };
        let _ = writeln!(s, "# {sleutel} = \"{}\"", i.bestand.replace('\\', "/"));
        if let Some(sheet) = i.header.as_ref().and_then(|h| h.sheet.as_ref()) {
            let _ = writeln!(s, "blad = \"{sheet}\"");
        }
        let _ = writeln!(s, "\n[{sectie}.kolommen]");
        for k in &i.kolommen {
            match k.veld {
                Some(v) => {
                    let _ = writeln!(s, "{v} = \"{}\"", k.kop.replace('"', "\\\""));
                }
                None => {
                    let _ = writeln!(
                        s,
                        "# veld = \"{}\"    # not placed: replace `veld` by one of: {}; or leave it out",
                        k.kop.replace('"', "\\\""),
                        velden(soort)
                    );
                }
            }
        }
        if soort == Soort::Epd && !i.activiteiten.is_empty() {
            let _ = writeln!(s, "\n[epd.activiteiten]");
            for (waarde, n, d) in &i.activiteiten {
                let w = waarde.replace('"', "\\\"");
                match d {
                    Some(Duiding::Activiteit(a)) if Activiteit::parse(waarde) == Some(*a) => {
                        let _ = writeln!(s, "# \"{w}\" is already an activiteit ({n} rows)");
                    }
                    Some(d) => {
                        let _ = writeln!(s, "\"{w}\" = \"{}\"", duiding_code(*d));
                    }
                    None => {
                        let _ = writeln!(
                            s,
                            "# \"{w}\" = \"{}\"    # {n} rows; check: an activiteit, reistijd or negeren",
                            hint(waarde)
                        );
                    }
                }
            }
            let _ = writeln!(s, "\n[epd.uitsluiten]");
            let _ = writeln!(
                s,
                "# status = [\"Niet verschenen\", \"Geannuleerd\"]    # rows to leave out, by field or header"
            );
        }
        if soort == Soort::Medewerkers {
            let _ = writeln!(s, "\n[medewerkers.beroepen]");
            let _ = writeln!(
                s,
                "# \"Functietitel uit HR\" = \"gz-psycholoog\"    # titles zpm does not know"
            );
        }
        let _ = writeln!(s);
    }
    if profiel.bestand.is_empty() {
        let _ = writeln!(
            s,
            "# [teams.\"Team Ambulant Noord\"]\n# setting = 1\n# namen = [\"4010\"]    # kostenplaats codes by which files call this team"
        );
    }
    s
}

fn duiding_code(d: Duiding) -> &'static str {
    match d {
        Duiding::Activiteit(a) => a.code(),
        Duiding::Reistijd => "reistijd",
        Duiding::Negeren => "negeren",
    }
}
