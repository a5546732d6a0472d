//! The field corpus of tests/data/field (issue 11, SPEC 5): each case holds one small
//! organisation twice, in zpm's own format (`zpm/`) and the way an EPD, HR or finance system
//! writes it (`veld/`). [`check`] runs both and compares every behandelaar's figures.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::*;

const PERIODE: &str = "2022-Q1";

/// One case: the field files (in `veld`, relative to the repository root) and what the field
/// run leaves out on purpose.
pub struct Case {
    /// Folder under tests/data/field with `zpm/` and `geheim.txt`.
    pub naam: &'static str,
    /// Folder of the field files; `None` is tests/data/field/<naam>/veld.
    pub veld: Option<&'static str>,
    pub epd: &'static str,
    pub medewerkers: &'static str,
    /// Begroting and December 2021, when the case has them.
    pub financieel: Option<(&'static str, &'static str)>,
    /// The profile, relative to the field folder.
    pub profiel: Option<&'static str>,
    /// Rows of the field export left out on purpose (SPEC 5.3, 5.4).
    pub uitgesloten: u64,
}

impl Case {
    /// A case with a profile named profiel.toml and nothing left out.
    pub const fn new(naam: &'static str, epd: &'static str, medewerkers: &'static str) -> Self {
        Case {
            naam,
            veld: None,
            epd,
            medewerkers,
            financieel: None,
            profiel: Some("profiel.toml"),
            uitgesloten: 0,
        }
    }

    /// The zpm-format twin.
    pub fn zpm_dir(&self) -> PathBuf {
        data("field").join(self.naam).join("zpm")
    }

    /// The field files.
    pub fn veld_dir(&self) -> PathBuf {
        match self.veld {
            Some(v) => root().join(v),
            None => data("field").join(self.naam).join("veld"),
        }
    }
}

/// Runs `zpm run` and returns its samenvatting.json; the run must succeed.
pub fn run(
    dir: &Path,
    epd: &Path,
    medewerkers: &Path,
    financieel: Option<(PathBuf, PathBuf)>,
    profiel: Option<PathBuf>,
    out: &Path,
) -> Value {
    let mut cmd = zpm();
    cmd.arg("run").arg("--epd").arg(epd);
    cmd.arg("--medewerkers").arg(medewerkers);
    if let Some((begroting, dec)) = financieel {
        cmd.arg("--begroting").arg(begroting);
        cmd.arg("--realisatie-2021").arg(dec);
    }
    if let Some(p) = profiel {
        cmd.arg("--profiel").arg(p);
    }
    cmd.arg("--tarieven")
        .arg(root().join("samples/tarieven-voorbeeld.csv"))
        .args(["--periode", PERIODE])
        .arg("--out")
        .arg(out);
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "zpm run on {} failed ({}):\n{}",
        dir.display(),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap()).unwrap()
}

pub fn num(v: &Value, key: &str) -> f64 {
    v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is no number in {v}"))
}

pub fn count(j: &Value, key: &str) -> u64 {
    j["invoer"][key]
        .as_u64()
        .unwrap_or_else(|| panic!("invoer.{key} missing in {}", j["invoer"]))
}

/// `behandelaren` keyed by (medewerker, team).
pub fn by_person(j: &Value) -> BTreeMap<(String, String), Value> {
    j["behandelaren"]
        .as_array()
        .expect("behandelaren")
        .iter()
        .map(|b| {
            let key = (
                b["medewerker"].as_str().unwrap(),
                b["team"].as_str().unwrap(),
            );
            ((key.0.to_string(), key.1.to_string()), b.clone())
        })
        .collect()
}

pub fn by_team(j: &Value) -> BTreeMap<String, Value> {
    j["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .map(|t| (t["team"].as_str().unwrap().to_string(), t.clone()))
        .collect()
}

/// Client ids and names of the field export (written by make.py beside the case).
pub fn secrets(case: &Case) -> (Vec<String>, Vec<String>) {
    let text = std::fs::read_to_string(data("field").join(case.naam).join("geheim.txt")).unwrap();
    let (mut ids, mut names) = (Vec::new(), Vec::new());
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if line.bytes().all(|b| b.is_ascii_digit()) {
            ids.push(line.to_string());
        } else {
            // "Surname, I.": the full name and the surname alone
            names.push(line.to_string());
            names.push(line.split(", ").next().unwrap().to_string());
        }
    }
    assert!(
        ids.len() > 1 && !names.is_empty(),
        "{}: geheim.txt",
        case.naam
    );
    (ids, names)
}

/// Runs both twins of a case and compares them; returns the field run's samenvatting.
pub fn check(case: &Case) -> Value {
    check_with(case, case.profiel.map(|p| case.veld_dir().join(p)))
}

/// [`check`] with another profile for the field run (`None`: no profile).
pub fn check_with(case: &Case, profiel: Option<PathBuf>) -> Value {
    let tmp = tempfile::tempdir().unwrap();
    let (out_zpm, out_veld) = (tmp.path().join("zpm"), tmp.path().join("veld"));
    let z = case.zpm_dir();
    let zpm_financieel = case
        .financieel
        .map(|_| (z.join("begroting.csv"), z.join("realisatie-2021.csv")));
    let a = run(
        &z,
        &z.join("epd.csv"),
        &z.join("medewerkers.csv"),
        zpm_financieel,
        None,
        &out_zpm,
    );
    let v = case.veld_dir();
    let b = run(
        &v,
        &v.join(case.epd),
        &v.join(case.medewerkers),
        case.financieel.map(|(x, y)| (v.join(x), v.join(y))),
        profiel,
        &out_veld,
    );

    // The same behandelaren with the same figures.
    let (pa, pb) = (by_person(&a), by_person(&b));
    assert_eq!(
        pa.keys().collect::<Vec<_>>(),
        pb.keys().collect::<Vec<_>>(),
        "{}: behandelaren (medewerker, team)",
        case.naam
    );
    for (key, x) in &pa {
        let y = &pb[key];
        for f in [
            "directe_uren",
            "genormeerde_uren",
            "beschikbaar_uren",
            "norm_uren",
            "consulten",
            "clienten",
            "omzet",
        ] {
            close(num(y, f), num(x, f), &format!("{} {key:?} {f}", case.naam));
        }
    }

    // The same teams; their budget and December 2021 where the case has a begroting.
    let (ta, tb) = (by_team(&a), by_team(&b));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (team, x) in &ta {
        // The corpus itself must be worth comparing: every team has revenue.
        assert!(num(x, "omzet") > 0.0, "{}: {team} has no omzet", case.naam);
        if case.financieel.is_some() {
            for f in ["begroting", "realisatie_dec_2021"] {
                let what = format!("{} {team} {f}", case.naam);
                close(num(&tb[team], f), num(x, f), &what);
            }
        }
    }

    // Every field row is accounted for; the rows left out are exactly those the field file adds.
    let n = |j: &Value, k| count(j, k);
    assert_eq!(
        n(&b, "uitgesloten"),
        case.uitgesloten,
        "{}: uitgesloten",
        case.naam
    );
    assert_eq!(
        n(&b, "regels"),
        n(&b, "verwerkt") + n(&b, "afgewezen") + n(&b, "buiten_periode") + n(&b, "uitgesloten"),
        "{}: reconciliation",
        case.naam
    );
    let zpm_uitgesloten = a["invoer"]["uitgesloten"].as_u64().unwrap_or(0);
    assert_eq!(
        zpm_uitgesloten, 0,
        "{}: zpm twin leaves nothing out",
        case.naam
    );
    assert_eq!(
        n(&b, "regels"),
        n(&a, "regels") + case.uitgesloten,
        "{}: regels",
        case.naam
    );
    for k in ["verwerkt", "afgewezen", "buiten_periode"] {
        assert_eq!(n(&b, k), n(&a, k), "{}: {k}", case.naam);
    }
    // make.py puts one row of an unknown medewerker and two April rows in every case.
    assert_eq!(n(&b, "afgewezen"), 1, "{}: afgewezen", case.naam);
    assert_eq!(n(&b, "buiten_periode"), 2, "{}: buiten_periode", case.naam);

    // No client id or client name of the field export in any output of either run.
    let (ids, names) = secrets(case);
    assert_no_secrets(&out_veld, &ids, &names);
    assert_no_secrets(&out_zpm, &ids, &names);
    b
}

/// Every case of the corpus by name, with what its field run leaves out on purpose.
pub fn case(naam: &str) -> Case {
    match naam {
        // Headers no alias knows, mapped by [epd.kolommen] and [medewerkers.kolommen]; Windows-1252.
        "kopnamen" => Case::new("kopnamen", "Verrichtingen_2022Q1.csv", "Medewerkers.csv"),
        // Behandelaar/Uitvoerder, Type/Activiteit, Kostenplaats/Afdeling side by side, the losing
        // column first; no profile (SPEC 5.1 precedence).
        "paren" => Case {
            profiel: None,
            financieel: Some(("Begroting_2022.csv", "Realisatie_dec2021.csv")),
            ..Case::new("paren", "Activiteitenoverzicht.csv", "Personeel.csv")
        },
        // The EPD's own activity words, with "Reistijd" rows of their own.
        "omschrijvingen" => Case::new(
            "omschrijvingen",
            "EPD_activiteiten_jan-mrt_2022.csv",
            "Medewerkers.csv",
        ),
        // "Kennismakingsgesprek", "Verslaglegging", "Administratie" = "negeren".
        "negeren" => Case {
            uitgesloten: 41,
            ..Case::new("negeren", "Registraties_Q1.csv", "Medewerkers.csv")
        },
        // Status "Niet verschenen" / "Geannuleerd" left out by [epd.uitsluiten]; tab-separated.
        "status" => Case {
            uitgesloten: 27,
            ..Case::new("status", "Afspraken_export.csv", "Medewerkers.csv")
        },
        // A "Subtotaal" row after each of 5 medewerkers (one unknown) and a "Totaal" row.
        "totaalregel" => Case {
            uitgesloten: 6,
            ..Case::new(
                "totaalregel",
                "Productie_per_medewerker.csv",
                "Medewerkers.csv",
            )
        },
        // Data on the second sheet below a title block, with a totals row.
        "xlsx_titel" => Case {
            uitgesloten: 1,
            ..Case::new("xlsx_titel", "Rapport_activiteiten.xlsx", "Medewerkers.csv")
        },
        // HR job titles mapped by [medewerkers.beroepen].
        "functies" => Case::new("functies", "Activiteiten.csv", "AFAS_medewerkers.csv"),
        // Begroting and December 2021 keyed by kostenplaats, mapped by [teams."…"] namen.
        "kostenplaats" => Case {
            financieel: Some((
                "Begroting_2022_kostenplaats.csv",
                "Realisatie_december_2021.csv",
            )),
            ..Case::new("kostenplaats", "Activiteiten.csv", "Medewerkers.csv")
        },
        // A staff list without settings; [teams."…"] setting per team.
        "setting_team" => Case::new("setting_team", "Activiteiten.csv", "Youforce_personeel.csv"),
        // samples/veld with its profile zpm.toml: 1 totals row, 52 negeren, 30 status rows.
        "samples_veld" => Case {
            veld: Some("samples/veld"),
            profiel: Some("zpm.toml"),
            financieel: Some(("Begroting_2022.csv", "Realisatie_december_2021.csv")),
            uitgesloten: 83,
            ..Case::new(
                "voorbeeld",
                "EPD_activiteiten_2022Q1.xlsx",
                "HR_medewerkers.csv",
            )
        },
        _ => panic!("no field case {naam}"),
    }
}

/// The names of every case (the `reistijd` case is checked by hand in field_exports.rs).
pub const CASES: [&str; 11] = [
    "kopnamen",
    "paren",
    "omschrijvingen",
    "negeren",
    "status",
    "totaalregel",
    "xlsx_titel",
    "functies",
    "kostenplaats",
    "setting_team",
    "samples_veld",
];
