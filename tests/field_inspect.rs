//! `zpm inspect` on the field corpus (issue 11, SPEC 5.6): with a case's profile it names the
//! field of every column the profile maps, and never prints a client value; without one,
//! `--concept` writes a draft that, with only its commented lines filled in, makes the run give
//! exactly the figures of the zpm-format twin. The commented lines are filled in from the case's
//! own profile, as a controller would from what they know of their export.

mod common;

use std::path::PathBuf;

use common::field::*;
use common::*;

/// The field files of a case, in the order a controller would pass them.
fn files(c: &Case) -> Vec<PathBuf> {
    let v = c.veld_dir();
    let mut f = vec![v.join(c.epd), v.join(c.medewerkers)];
    if let Some((b, d)) = c.financieel {
        f.extend([v.join(b), v.join(d)]);
    }
    f
}

fn oracle(c: &Case) -> toml::Table {
    match c.profiel {
        None => toml::Table::new(),
        Some(p) => std::fs::read_to_string(c.veld_dir().join(p))
            .unwrap()
            .parse()
            .unwrap(),
    }
}

/// The table at a section header's path (`epd.kolommen`, `teams."Team A"`).
fn section<'t>(t: &'t toml::Table, path: &str) -> Option<&'t toml::Table> {
    let mut parts = Vec::new();
    let (mut cur, mut quoted) = (String::new(), false);
    for ch in path.chars() {
        match ch {
            '"' => quoted = !quoted,
            '.' if !quoted => parts.push(std::mem::take(&mut cur)),
            _ => cur.push(ch),
        }
    }
    parts.push(cur);
    let mut t = t;
    for p in parts {
        t = t.get(p.trim())?.as_table()?;
    }
    Some(t)
}

/// Fills the commented `key = value` lines of a draft from the case's profile.
fn fill_in(concept: &str, oracle: &toml::Table) -> String {
    let mut out = String::new();
    let mut sect = String::new();
    for line in concept.lines() {
        if let Some(h) = line.strip_prefix('[') {
            sect = h.trim_end_matches(']').to_string();
        }
        let filled = line
            .strip_prefix("# ")
            .and_then(|body| body.split("    #").next())
            .and_then(|body| body.split_once(" = "))
            .and_then(|(key, value)| {
                let key = key.trim().trim_matches('"');
                let table = section(oracle, &sect)?;
                if sect.ends_with(".kolommen") && key == "veld" {
                    let header: String = toml::from_str::<toml::Table>(&format!("x = {value}"))
                        .ok()?["x"]
                        .as_str()?
                        .to_string();
                    let (field, _) = table.iter().find(|(_, h)| h.as_str() == Some(&header))?;
                    return Some(format!("{field} = {value}"));
                }
                let (k, v) = table.iter().find(|(k, _)| k.eq_ignore_ascii_case(key))?;
                Some(format!("{} = {v}", toml::Value::String(k.clone())))
            });
        out.push_str(filled.as_deref().unwrap_or(line));
        out.push('\n');
    }
    out
}

#[test]
fn inspect_names_the_field_of_every_mapped_column_and_hides_clients() {
    for naam in CASES {
        let c = case(naam);
        let mut cmd = zpm();
        cmd.arg("inspect").args(files(&c));
        if let Some(p) = c.profiel {
            cmd.arg("--profiel").arg(c.veld_dir().join(p));
        }
        let out = cmd.output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(out.status.success(), "{naam}: {text}");
        // Every header the profile maps shows its field.
        let o = oracle(&c);
        for sect in ["epd", "medewerkers", "begroting", "realisatie_2021"] {
            let Some(k) = section(&o, &format!("{sect}.kolommen")) else {
                continue;
            };
            for (field, header) in k {
                let Some(h) = header.as_str() else { continue };
                assert!(
                    text.lines().any(
                        |l| l.trim_start().starts_with(h) && l.contains(&format!("→ {field} "))
                    ),
                    "{naam}: inspect does not show {h} → {field}:\n{text}"
                );
            }
        }
        for kind in ["EPD export", "medewerkers"] {
            assert!(
                text.contains(&format!("kind        {kind}")),
                "{naam}: {text}"
            );
        }
        // No client id of the field export on screen (ids of 5+ digits: short ones may occur
        // as minutes or counts).
        let geheim =
            std::fs::read_to_string(data("field").join(c.naam).join("geheim.txt")).unwrap();
        for s in geheim
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            if s.len() >= 5 || !s.bytes().all(|b| b.is_ascii_digit()) {
                assert!(!text.contains(s), "{naam}: inspect shows client value {s}");
            }
        }
    }
}

#[test]
fn the_concept_filled_in_gives_the_figures_of_the_zpm_format_run() {
    for naam in CASES {
        let c = case(naam);
        let tmp = tempfile::tempdir().unwrap();
        let draft = tmp.path().join("concept.toml");
        let profiel = tmp.path().join("zpm.toml");
        // As a controller would: draft, fill in, inspect again with the profile (now the
        // activity column is known, its values become lines to fill in), fill in again.
        let mut filled = String::new();
        for round in 0..2 {
            let mut cmd = zpm();
            cmd.arg("inspect")
                .args(files(&c))
                .arg("--concept")
                .arg(&draft);
            if round == 1 {
                cmd.arg("--profiel").arg(&profiel);
            }
            let out = cmd.output().unwrap();
            assert!(
                out.status.success(),
                "{naam}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let concept = std::fs::read_to_string(&draft).unwrap();
            filled = fill_in(&concept, &oracle(&c));
            std::fs::write(&profiel, &filled).unwrap();
        }
        let b = check_with(&c, Some(profiel));
        assert_eq!(
            b["invoer"]["uitgesloten"].as_u64(),
            Some(c.uitgesloten),
            "{naam}:\n{filled}"
        );
    }
}

#[test]
fn an_unfilled_concept_still_reads_and_names_what_is_open() {
    let c = case("kopnamen");
    let tmp = tempfile::tempdir().unwrap();
    let draft = tmp.path().join("concept.toml");
    zpm()
        .arg("inspect")
        .args(files(&c))
        .arg("--concept")
        .arg(&draft)
        .assert()
        .success();
    let concept = std::fs::read_to_string(&draft).unwrap();
    // The draft is valid TOML as written, and every header zpm could not place is a line to
    // fill in.
    concept.parse::<toml::Table>().unwrap();
    for h in [
        "Mdw.nr",
        "Datum contact",
        "Tijdsduur",
        "Weergavenaam",
        "Uren p/w",
    ] {
        assert!(
            concept.contains(&format!("# veld = \"{h}\"")),
            "{h} not offered:\n{concept}"
        );
    }
}
