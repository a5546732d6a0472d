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
use crate::input::inspectie::{Bestandsoort, Inspectie, Profielzicht, inspecteer};

mod nza;

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
    let mut lijsten_ok = true;
    for f in &a.files {
        if !f.is_file() {
            return Err(InputError::file(
                f.display().to_string(),
                "the file does not exist or is not a file",
            )
            .into());
        }
        if crate::input::reference::nza::lijst::is_nza_lijst(f) {
            let (tekst, ok) = nza::toon(f, &profiel);
            let _ = std::io::Write::write_all(&mut std::io::stdout(), tekst.as_bytes());
            lijsten_ok &= ok;
            continue;
        }
        let ins = inspecteer(f, &zicht);
        // A closed pipe (`zpm inspect … | head`) is no error.
        let _ = std::io::Write::write_all(&mut std::io::stdout(), toon(&ins).as_bytes());
        alle.push(ins);
    }
    if let Some(out) = &a.concept {
        let mut r = crate::rules::Referentie::embedded()?;
        if let Some(p) = &profiel.beroepen {
            r.beroepen.load(&p.display().to_string(), None, Some(p))?;
        }
        let text = concept(&alle, &|b| r.beroepen.categorie(b).is_some(), &profiel);
        std::fs::write(out, text).map_err(|e| WriteError::new(out, e.to_string()))?;
        eprintln!("zpm: draft profile written to {}", out.display());
    }
    Ok(if lijsten_ok && alle.iter().all(|i| i.soort.is_some()) {
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
    if i.geraden {
        let _ = writeln!(
            s,
            "  kind        {}? (guessed from the values: no header is a name zpm knows; map the columns in a profile)",
            soort.naam()
        );
    } else {
        let _ = writeln!(s, "  kind        {}", soort.naam());
    }
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
    let w = i
        .kolommen
        .iter()
        .map(|k| k.kop.chars().count())
        .max()
        .unwrap_or(0);
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
    for (veld, w) in &i.waarden {
        let lijst: Vec<String> = w
            .iter()
            .take(12)
            .map(|(v, n)| format!("{v} ({n})"))
            .collect();
        let meer = if w.len() > 12 { ", …" } else { "" };
        let _ = writeln!(s, "  {veld} values   {}{meer}", lijst.join(", "));
    }
    if !i.activiteiten.is_empty() {
        let _ = writeln!(s, "  activity values");
        let w = i
            .activiteiten
            .iter()
            .map(|a| a.0.chars().count())
            .max()
            .unwrap_or(0);
        for (waarde, n, d) in &i.activiteiten {
            let _ = writeln!(s, "    {waarde:w$}  {n:>8}  → {}", betekenis(*d));
        }
    }
    if i.prestatiecodes > 0 {
        let _ = writeln!(
            s,
            "  prestatiecode  {} rows carry one: a run values them by the NZa list given to --tarieven (SPEC 6.2); without a list, rows with only a code are rejected",
            i.prestatiecodes
        );
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

fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn waarden<'a>(i: &'a Inspectie, veld: &str) -> &'a [(String, u64)] {
    i.waarden
        .iter()
        .find(|(v, _)| *v == veld)
        .map_or(&[], |(_, w)| w.as_slice())
}

/// The draft profile for the files inspected, keeping what `profiel` says already.
/// `is_beroep` tells which function titles zpm knows already.
pub fn concept(alle: &[Inspectie], is_beroep: &dyn Fn(&str) -> bool, profiel: &Profiel) -> String {
    let mut s = String::from(
        "# zpm profile (draft written by `zpm inspect --concept`).\n\
         # Lines without # are mappings zpm is sure of. Fill in the lines that start with #\n\
         # (correct the value, then remove the #), and delete those you do not need.\n\n",
    );
    let velden = |soort: Bestandsoort| {
        soort
            .columns()
            .iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut gezien: Vec<Bestandsoort> = Vec::new();
    let mut teams: Vec<String> = Vec::new();
    let mut andere_teamnamen: Vec<String> = Vec::new();
    for i in alle {
        let Some(soort) = i.soort else {
            let _ = writeln!(
                s,
                "# {}: kind not recognised, not in this draft\n",
                i.bestand
            );
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
        if soort == Bestandsoort::Tarieven {
            let _ = writeln!(s, "# tarieven = [{}]\n", q(&i.bestand));
            continue;
        }
        if soort == Bestandsoort::Contracten {
            let _ = writeln!(s, "# contracten = {}\n", q(&i.bestand));
            continue;
        }
        let sectie = soort.sectie();
        let _ = writeln!(s, "[{sectie}]");
        let sleutel = if soort == Bestandsoort::Epd {
            "bestanden"
        } else {
            "bestand"
        };
        let _ = writeln!(s, "# {sleutel} = {}", q(&i.bestand.replace('\\', "/")));
        if let Some(sheet) = i.header.as_ref().and_then(|h| h.sheet.as_ref()) {
            let _ = writeln!(s, "blad = {}", q(sheet));
        }
        let _ = writeln!(s, "\n[{sectie}.kolommen]");
        if i.kolommen.iter().any(|k| k.veld.is_none()) {
            let _ = writeln!(
                s,
                "# Headers not placed: replace `veld` by the field each holds ({}), or delete the line.",
                velden(soort)
            );
        }
        for k in &i.kolommen {
            match k.veld {
                Some(v) => {
                    let _ = writeln!(s, "{v} = {}", q(&k.kop));
                }
                None => {
                    let _ = writeln!(s, "# veld = {}", q(&k.kop));
                }
            }
        }
        match soort {
            Bestandsoort::Epd => epd_concept(&mut s, i, profiel),
            Bestandsoort::Medewerkers => {
                let _ = writeln!(s, "\n[medewerkers.beroepen]");
                for (titel, n) in waarden(i, "beroep") {
                    let fold = crate::domain::fold::fold(titel);
                    if let Some(b) = profiel.medewerkers.beroepen.get(&fold) {
                        let _ = writeln!(s, "{} = {}", q(titel), q(b));
                    } else if !is_beroep(titel) {
                        let _ = writeln!(
                            s,
                            "# {} = \"\"    # {n} medewerkers; a beroep of templates/beroepen.csv (e.g. gz-psycholoog, psycholoog, verpleegkundig specialist)",
                            q(titel)
                        );
                    }
                }
                teams.extend(waarden(i, "team").iter().map(|(t, _)| t.clone()));
            }
            _ => andere_teamnamen.extend(waarden(i, "team").iter().map(|(t, _)| t.clone())),
        }
        let _ = writeln!(s);
    }
    andere_teamnamen.retain(|t| !teams.contains(t));
    andere_teamnamen.dedup();
    if !andere_teamnamen.is_empty() {
        let _ = writeln!(
            s,
            "# The begroting or December 2021 calls teams {}, which no medewerker has:\n\
             # give them as namen of their team below.",
            andere_teamnamen.join(", ")
        );
    }
    for (t, setting, namen) in &profiel.teams_geschreven {
        let _ = writeln!(s, "[teams.{}]", q(t));
        if let Some(x) = setting {
            let _ = writeln!(s, "setting = {x}");
        }
        let namen: Vec<String> = namen.iter().map(|n| q(n)).collect();
        let _ = writeln!(s, "namen = [{}]\n", namen.join(", "));
    }
    teams.retain(|t| !profiel.teams_geschreven.iter().any(|g| g.0 == *t));
    for t in &teams {
        let _ = writeln!(s, "[teams.{}]", q(t));
        let _ = writeln!(
            s,
            "# setting = 1    # the setting (1-8) of this team's activities"
        );
        let _ = writeln!(
            s,
            "# namen = [\"\"]    # other names (kostenplaats codes) by which files call this team\n"
        );
    }
    s
}

fn epd_concept(s: &mut String, i: &Inspectie, profiel: &Profiel) {
    if !i.activiteiten.is_empty() {
        let _ = writeln!(s, "\n[epd.activiteiten]");
        for (waarde, n, d) in &i.activiteiten {
            match d {
                Some(Duiding::Activiteit(a)) if Activiteit::parse(waarde) == Some(*a) => {
                    let _ = writeln!(s, "# {} is already an activiteit ({n} rows)", q(waarde));
                }
                Some(d) => {
                    let _ = writeln!(s, "{} = \"{}\"", q(waarde), duiding_code(*d));
                }
                None => {
                    let _ = writeln!(
                        s,
                        "# {} = \"{}\"    # {n} rows; check: an activiteit, reistijd or negeren",
                        q(waarde),
                        hint(waarde)
                    );
                }
            }
        }
    }
    let _ = writeln!(s, "\n[epd.uitsluiten]");
    for u in &profiel.epd.uitsluiten {
        let w: Vec<String> = u.geschreven.iter().map(|v| q(v)).collect();
        let _ = writeln!(s, "{} = [{}]", q(&u.naam), w.join(", "));
    }
    for veld in ["status", "declarabel"] {
        let w = waarden(i, veld);
        if w.is_empty() || profiel.epd.uitsluiten.iter().any(|u| u.naam == veld) {
            continue;
        }
        let lijst: Vec<String> = w.iter().map(|(v, n)| format!("{v} ({n})")).collect();
        let _ = writeln!(
            s,
            "# {veld} = []    # rows to leave out; the values found: {}",
            lijst.join(", ")
        );
    }
}

fn duiding_code(d: Duiding) -> &'static str {
    match d {
        Duiding::Activiteit(a) => a.code(),
        Duiding::Reistijd => "reistijd",
        Duiding::Negeren => "negeren",
    }
}
