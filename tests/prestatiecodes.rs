//! Prestatiecodes in the EPD (issue 13, SPEC 6.2): an export whose consults carry only the
//! declared code, valued by the NZa list given to `--tarieven` (tests/data/nza, the sample
//! tariffs in the NZa's layout, codes CO0001…). Every figure below is worked out by hand from
//! that list and templates/normtijden.csv.

mod common;

use std::path::Path;

use common::field::{by_person, count, num};
use common::{data, root, zpm};
use serde_json::Value;

/// Two behandelaren of one team; neither has a setting of their own.
const MEDEWERKERS: &str = "medewerker;naam;team;beroep;uren_per_week;in_dienst\n\
101;Anna Jansen;Team Noord;GZ-psycholoog;36;01-01-2020\n\
102;Bram de Vries;Team Noord;Psychotherapeut;36;01-01-2020\n";

/// The export as an EPD writes it: its own headers, `;`, day-first dates, a code and the
/// realised minutes, no activity column.
const EPD: &str = "Uitvoerder;Activiteitdatum;Prestatiecode;Gerealiseerde duur\n\
101;01-03-2022;CO0036;50\n\
101;02-03-2022;CO0044;45\n\
101;03-03-2022;CO0173;70\n\
102;01-03-2022;CO0203;35\n\
102;02-03-2022;CO0069;62\n\
101;04-03-2022;OV1117;10\n\
101;07-03-2022;CO0044;30\n\
102;07-03-2022;CO0203;\n\
101;08-03-2022;CO9547;45\n\
102;09-03-2022;co0044;45\n";

fn nza_lijst() -> std::path::PathBuf {
    data("nza").join("nza-tarieven-2022.csv")
}

/// Runs zpm over March 2022 and returns (exit code, stderr, samenvatting.json if written).
fn run(dir: &Path, epd: &str, tarieven: &Path, naam: &str) -> (i32, String, Option<Value>) {
    let mw = dir.join("medewerkers.csv");
    std::fs::write(&mw, MEDEWERKERS).unwrap();
    let e = dir.join(format!("{naam}.csv"));
    std::fs::write(&e, epd).unwrap();
    let out = dir.join(format!("out-{naam}"));
    let o = zpm()
        .arg("run")
        .arg("--epd")
        .arg(&e)
        .arg("--medewerkers")
        .arg(&mw)
        .arg("--tarieven")
        .arg(tarieven)
        .args(["--periode", "2022-03", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let json = std::fs::read_to_string(out.join("samenvatting.json"))
        .ok()
        .map(|s| serde_json::from_str(&s).unwrap());
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        json,
    )
}

fn close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() < 1e-6, "{what}: {a} != {b}");
}

#[test]
fn a_code_decides_the_prestatie_and_the_minutes_stay_the_rows_own() {
    let dir = tempfile::tempdir().unwrap();
    let (code, err, json) = run(dir.path(), EPD, &nza_lijst(), "codes");
    assert_eq!(code, 0, "{err}");
    let j = json.unwrap();
    // Ten rows: nine valued by their code, CO9547 (no code of the list) rejected.
    assert_eq!(count(&j, "regels"), 10);
    assert_eq!(count(&j, "verwerkt"), 9);
    assert_eq!(count(&j, "afgewezen"), 1);
    assert_eq!(count(&j, "prestatiecode"), 9);
    assert_eq!(count(&j, "klasse_wijkt_af_van_prestatiecode"), 1);
    assert_eq!(count(&j, "duur_uit_prestatiecode"), 1);
    assert_eq!(count(&j, "beroepscategorie_wijkt_af_van_prestatiecode"), 1);

    let p = by_person(&j);
    let a = &p[&("101".to_string(), "Team Noord".to_string())];
    // 101, GZ-psycholoog:
    //   CO0036 setting 1 gz diagnostiek 45, 50 min: € 142,31, indirect 25,6
    //   CO0044 setting 1 gz behandeling 45, 45 min: € 120,99, indirect 15,0
    //   CO0173 setting 2 gz behandeling 60, 70 min: € 150,90, indirect 11,3
    //   OV1117 setting 2 overleg kort, 10 min:       €  23,17, overleg 10
    //   CO0044 with 30 min (class 30 ≠ 45):          € 120,99, indirect 15,0 (flagged)
    close(
        num(a, "directe_uren"),
        (50.0 + 45.0 + 70.0 + 30.0) / 60.0,
        "101 direct",
    );
    close(
        num(a, "indirecte_uren"),
        (25.6 + 15.0 + 11.3 + 15.0) / 60.0,
        "101 indirect",
    );
    close(
        num(a, "genormeerde_uren"),
        (195.0 + 66.9 + 10.0) / 60.0,
        "101 genormeerd",
    );
    close(
        num(a, "omzet"),
        142.31 + 120.99 + 150.90 + 23.17 + 120.99,
        "101 omzet",
    );
    assert_eq!(a["consulten"], 4);
    assert_eq!(a["beroepscategorie"], "gz_psycholoog");

    let b = &p[&("102".to_string(), "Team Noord".to_string())];
    // 102, Psychotherapeut:
    //   CO0203 setting 2 psychotherapeut behandeling 30, 35 min: € 101,94, indirect 12,2
    //   CO0069 setting 1 psychotherapeut diagnostiek 60, 62 min: € 186,24, indirect 21,0
    //   CO0203 without a duration: 30 min from the code:         € 101,94, indirect 12,2
    //   co0044 (gz behandeling 45), 45 min, another categorie:   € 120,99, indirect 15,0
    close(
        num(b, "directe_uren"),
        (35.0 + 62.0 + 30.0 + 45.0) / 60.0,
        "102 direct",
    );
    close(
        num(b, "indirecte_uren"),
        (12.2 + 21.0 + 12.2 + 15.0) / 60.0,
        "102 indirect",
    );
    close(
        num(b, "omzet"),
        101.94 + 186.24 + 101.94 + 120.99,
        "102 omzet",
    );
    assert_eq!(b["consulten"], 4);
    close(
        num(&j["organisatie"], "omzet"),
        558.36 + 511.11,
        "organisatie omzet",
    );

    // The rejection names the code; the flags reach stderr.
    let afw = std::fs::read_to_string(dir.path().join("out-codes/afwijzingen.csv")).unwrap();
    assert!(afw.contains("prestatiecode onbekend: CO9547"), "{afw}");
    assert!(
        err.contains("9 rows were valued by their prestatiecode (SPEC 6.2): 1 with another class than their minutes give, 1 without a duration (the code's class bound), 1 with another beroepscategorie"),
        "{err}"
    );
}

/// The rows the zpm format can say as well (no flag), once by code and once by activity,
/// duration and setting: the same figures.
#[test]
fn coded_rows_equal_the_same_rows_written_by_activity() {
    let dir = tempfile::tempdir().unwrap();
    let codes = "Uitvoerder;Activiteitdatum;Prestatiecode;Gerealiseerde duur\n\
101;01-03-2022;CO0036;50\n\
101;02-03-2022;CO0044;45\n\
101;03-03-2022;CO0173;70\n\
102;01-03-2022;CO0203;35\n\
102;02-03-2022;CO0069;62\n\
101;04-03-2022;OV1117;10\n";
    let zpm_vorm = "medewerker;datum;activiteit;directe_tijd;setting\n\
101;01-03-2022;consult_diagnostiek;50;1\n\
101;02-03-2022;consult_behandeling;45;1\n\
101;03-03-2022;consult_behandeling;70;2\n\
102;01-03-2022;consult_behandeling;35;2\n\
102;02-03-2022;consult_diagnostiek;62;1\n\
101;04-03-2022;intercollegiaal_overleg;10;2\n";
    let (c1, e1, j1) = run(dir.path(), codes, &nza_lijst(), "codes");
    let (c2, e2, j2) = run(dir.path(), zpm_vorm, &nza_lijst(), "zpm");
    assert_eq!((c1, c2), (0, 0), "{e1}\n{e2}");
    let (j1, j2) = (j1.unwrap(), j2.unwrap());
    assert_eq!(j1["organisatie"], j2["organisatie"]);
    assert_eq!(j1["behandelaren"], j2["behandelaren"]);
    assert_eq!(j1["teams"], j2["teams"]);
    assert_eq!(count(&j1, "prestatiecode"), 6);
}

#[test]
fn without_an_nza_list_codes_are_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let tabel = root().join("samples/tarieven-voorbeeld.csv");
    // Only codes: every row rejected, so the run refuses (exit 2) and names the reason.
    let (code, err, _) = run(dir.path(), EPD, &tabel, "alleen-codes");
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("prestatiecode onbekend: geen NZa-lijst geladen, geef --tarieven"),
        "{err}"
    );
    // Codes beside activities: read by the activity, and said once.
    let beide = "medewerker;datum;activiteit;directe_tijd;prestatiecode\n\
101;01-03-2022;consult_diagnostiek;50;CO0036\n\
101;02-03-2022;consult_behandeling;45;CO0044\n\
102;02-03-2022;consult_behandeling;40;\n";
    let (code, err, json) = run(dir.path(), beide, &tabel, "beide");
    assert_eq!(code, 0, "{err}");
    let j = json.unwrap();
    assert_eq!(count(&j, "verwerkt"), 3);
    assert_eq!(count(&j, "prestatiecode_niet_gebruikt"), 2);
    assert!(j["invoer"].get("prestatiecode").is_none());
    assert!(
        err.contains(
            "2 rows carry a prestatiecode that was not used, because no NZa tariff list is loaded"
        ),
        "{err}"
    );
    // With the list, the code wins over the activity: CO0044 is behandeling 45, not the
    // diagnostiek the activity column says.
    let gemengd = "medewerker;datum;activiteit;directe_tijd;prestatiecode\n\
101;01-03-2022;consult_diagnostiek;45;CO0044\n";
    let (code, err, json) = run(dir.path(), gemengd, &nza_lijst(), "gemengd");
    assert_eq!(code, 0, "{err}");
    let j = json.unwrap();
    close(num(&j["organisatie"], "omzet"), 120.99, "code wins");
}

#[test]
fn inspect_reports_an_nza_list_and_the_codes_of_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let lijst = dir.path().join("tarieflijst-2024.csv");
    std::fs::write(
        &lijst,
        "Prestatie_code;Naam;Maximum-tarief (in Euro)\n\
         CO0497;Ambulant – kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 45 minuten;135,89\n\
         OV0001;Ambulant – kwaliteitsstatuut sectie II Intercollegiaal overleg kort;23,17\n\
         ZZ0001;Zorgprestatie die niemand kent;10,00\n",
    )
    .unwrap();
    let o = zpm().arg("inspect").arg(&lijst).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("kind        NZa tariff list"), "{out}");
    assert!(out.contains("years       2024"), "{out}");
    assert!(
        out.contains("data rows   3, decoded 2, not used 1"),
        "{out}"
    );
    assert!(
        out.contains("line 4  ZZ0001  \"Zorgprestatie die niemand kent\": niet te lezen"),
        "{out}"
    );
    // Without a year anywhere: exit 2 and what to do.
    let zonder = dir.path().join("tarieflijst.csv");
    std::fs::copy(&lijst, &zonder).unwrap();
    let o = zpm().arg("inspect").arg(&zonder).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(2), "{out}");
    assert!(
        out.contains("problem") && out.contains("[tarieven] jaar"),
        "{out}"
    );

    // An export with codes and no activity: no "activiteit ontbreekt", no "directe tijd
    // ontbreekt" for the row whose code gives its duration.
    let e = dir.path().join("epd.csv");
    std::fs::write(&e, EPD).unwrap();
    let o = zpm().arg("inspect").arg(&e).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("prestatiecode  10 rows carry one"), "{out}");
    assert!(!out.contains("ontbreekt"), "{out}");
}
