//! `zpm run` end to end on a small hand-made month (tests/data/run), with every figure worked
//! out by hand from the SPEC, and the workbooks read back with calamine.

mod common;

use common::*;
use serde_json::Value;

fn run(out: &std::path::Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    let mut cmd = zpm();
    cmd.arg("run")
        .arg("--epd")
        .arg(data("run/epd-maart.csv"))
        .arg("--medewerkers")
        .arg(data("run/medewerkers.csv"))
        .arg("--begroting")
        .arg(data("run/begroting.csv"))
        .arg("--realisatie-2021")
        .arg(data("run/dec2021.csv"))
        .arg("--out")
        .arg(out)
        .args(extra);
    cmd.assert()
}

fn json(out: &std::path::Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap()).unwrap()
}

// March 2022: 23 weekdays of 260. A full-timer: 1569 × 23/260 × 0.95 = 131.856346…; norm × 0.85.
const FULLTIME_MAART: f64 = 1569.0 * 23.0 / 260.0 * 0.95;

#[test]
fn figures_match_the_hand_computation() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["--periode", "2022-03"]).success();
    let j = json(dir.path());
    assert_eq!(j["periode"]["van"], "2022-03-01");
    assert_eq!(j["periode"]["tot"], "2022-03-31");
    assert_eq!(j["periode"]["werkdagen"], 23);
    // 20 rows: 10 accepted, 8 rejected (rows 11-18), 2 dated in April.
    assert_eq!(j["invoer"]["regels"], 20);
    assert_eq!(j["invoer"]["verwerkt"], 10);
    assert_eq!(j["invoer"]["afgewezen"], 8);
    assert_eq!(j["invoer"]["buiten_periode"], 2);

    let b = &j["behandelaren"];
    assert_eq!(
        b.as_array().unwrap().len(),
        3,
        "M4 joins in April: in no list"
    );
    let m1 = &b[0];
    assert_eq!(m1["medewerker"], "M1");
    assert_eq!(m1["beroepscategorie"], "gz_psycholoog");
    // Direct: 45 (P=R 30/45) + 29 (P=R 29/45 → realised) + 4 (<5) + 90 (group) + 140 + 29.5 = 337.5 min.
    close(
        m1["directe_uren"].as_f64().unwrap(),
        337.5 / 60.0,
        "M1 direct",
    );
    // Indirect: 15 (beh 45) + 15.4 (diag 15) + 36.6 (3 blocks × 12.2) + 37.6 (beh 120) + 9.7 (beh 15) = 114.3.
    close(
        m1["indirecte_uren"].as_f64().unwrap(),
        114.3 / 60.0,
        "M1 indirect",
    );
    // Normed: 337.5 + 114.3 + 15 overleg + 20 reistijd = 486.8 min.
    close(
        m1["genormeerde_uren"].as_f64().unwrap(),
        486.8 / 60.0,
        "M1 normed",
    );
    close(
        m1["beschikbaar_uren"].as_f64().unwrap(),
        FULLTIME_MAART,
        "M1 beschikbaar",
    );
    close(
        m1["norm_uren"].as_f64().unwrap(),
        FULLTIME_MAART * 0.85,
        "M1 norm",
    );
    close(
        m1["productiviteit"].as_f64().unwrap(),
        486.8 / 60.0 / FULLTIME_MAART,
        "M1 productiviteit",
    );
    close(
        m1["realisatie_norm"].as_f64().unwrap(),
        486.8 / 60.0 / (FULLTIME_MAART * 0.85),
        "M1 realisatie",
    );
    assert_eq!(m1["signaal"], "Ruimte in agenda");
    assert_eq!(m1["consulten"], 4);
    assert_eq!(m1["clienten"], 3);
    // 120.99 + 61.31 + 22.07 (overleg kort) + 317.73 + 49.89; the group has no 2022 tariff.
    close(m1["omzet"].as_f64().unwrap(), 571.99, "M1 omzet");

    let m2 = &b[1];
    // Psychiater (arts_specialist): no 2022 tariff → revenue 0, time kept; indirect 11.3 (beh 60).
    assert_eq!(m2["beroepscategorie"], "arts_specialist");
    close(
        m2["genormeerde_uren"].as_f64().unwrap(),
        71.3 / 60.0,
        "M2 normed",
    );
    close(m2["omzet"].as_f64().unwrap(), 0.0, "M2 omzet");
    // 18 h: 1569 × 18/36 × 23/260 × 0.95 − 10 afwezig.
    close(
        m2["beschikbaar_uren"].as_f64().unwrap(),
        784.5 * 23.0 / 260.0 * 0.95 - 10.0,
        "M2 beschikbaar",
    );

    let m3 = &b[2];
    // Secretaresse cannot declare: 45 direct + 10 reistijd, no indirect, no revenue, no consults.
    assert_eq!(m3["beroepscategorie"], "");
    close(
        m3["genormeerde_uren"].as_f64().unwrap(),
        55.0 / 60.0,
        "M3 normed",
    );
    assert_eq!(m3["consulten"], 0);
    assert_eq!(m3["clienten"], 1);

    let ta = &j["teams"][0];
    assert_eq!(ta["team"], "Team A");
    // Budget 260,000 for 2022 spread by weekdays: 23/260 → 23,000; December 2021 × 1 month.
    close(ta["begroting"].as_f64().unwrap(), 23_000.0, "begroting");
    close(
        ta["realisatie_dec_2021"].as_f64().unwrap(),
        20_000.0,
        "dec 2021",
    );
    close(
        ta["genormeerde_uren"].as_f64().unwrap(),
        (486.8 + 71.3) / 60.0,
        "team A normed",
    );
    assert!(j["teams"][1]["begroting"].is_null());
    close(
        j["organisatie"]["omzet"].as_f64().unwrap(),
        571.99,
        "org omzet",
    );
}

#[test]
fn rejects_are_listed_in_file_order_without_client_ids() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["--periode", "2022-03"])
        .success()
        .stderr(predicates::str::contains(
            "regels 20 = verwerkt 10 + afgewezen 8 + buiten_periode 2",
        ));
    let csv = std::fs::read_to_string(dir.path().join("afwijzingen.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "Medewerker,Datum,Activiteit,Directe tijd,Geplande tijd,Groepsgrootte,Setting,Reistijd,bestand,regel,reden"
    );
    assert_eq!(lines.len(), 9);
    let regels: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.rsplit(',').nth(1).unwrap())
        .collect();
    assert_eq!(regels, ["11", "12", "13", "14", "15", "16", "17", "18"]);
    assert!(lines[1].contains("onbekende medewerker"));
    assert!(lines[2].contains("datum onleesbaar"));
    assert!(lines[8].contains("buiten in/uit dienst"));
    assert!(
        !csv.contains("C9") && !csv.contains("C7"),
        "client ids must not be written"
    );
}

#[test]
fn workbooks_have_the_spec_sheets_and_labels() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["--periode", "2022-03", "--per-behandelaar"]).success();
    let org = dir.path().join("organisatie.xlsx");
    let names = sheets(&org);
    for s in ["Organisatie", "Teams", "Behandelaren", "Datakwaliteit"] {
        assert!(
            names.contains(&s.to_string()),
            "missing sheet {s}: {names:?}"
        );
    }
    let g = grid(&org, "Behandelaren");
    let header: Vec<String> = g[0].iter().map(text).collect();
    assert_eq!(
        &header[..15],
        [
            "Medewerker",
            "Naam",
            "Team",
            "Beroepscategorie",
            "Directe tijd (uren)",
            "Genormeerde indirecte tijd (uren)",
            "Genormeerde tijd (uren)",
            "Beschikbaar (uren)",
            "Norm (uren)",
            "Productiviteit",
            "Realisatie t.o.v. norm",
            "Signaal",
            "Consulten",
            "Cliënten",
            "Omzet (€)"
        ]
    );
    assert_eq!(text(&g[1][0]), "M1");
    assert_eq!(
        g[1][14],
        calamine::Data::Float(571.99),
        "omzet is a number, not text"
    );
    close(
        match g[1][6] {
            calamine::Data::Float(f) => f,
            ref o => panic!("{o:?}"),
        },
        486.8 / 60.0,
        "sheet normed",
    );

    let team = dir.path().join("teams/Team A.xlsx");
    let tn = sheets(&team);
    assert_eq!(tn[0], "Team");
    assert_eq!(
        tn,
        [
            "Team",
            "Test Twee",
            "Test Een",
            "Uitleg",
            "Over dit rapport"
        ],
        "Team, one tab per behandelaar (by realisation), then the explanation and audit trail"
    );
    let tg = grid(&team, "Team");
    close(
        label_number(&tg, "Begroting omzet (€)"),
        23_000.0,
        "team begroting",
    );
    let texts: Vec<String> = tg.iter().flatten().map(text).collect();
    assert!(texts.contains(&"Wie heeft ruimte over?".to_string()));

    let dq = grid(&org, "Datakwaliteit");
    let dq_text: Vec<String> = dq.iter().flatten().map(text).collect();
    assert!(dq_text.iter().any(|t| t.contains("consult van 4 minuten")));
    assert!(
        dq_text
            .iter()
            .any(|t| t.contains("tarief ontbreekt: 2022 groepsconsult"))
    );
    assert!(dq_text.iter().any(|t| t == "beroep kan niet declareren"));

    // A personal workbook holds one person's data only.
    let p = dir.path().join("behandelaren/M1.xlsx");
    let cells: Vec<String> = sheets(&p)
        .iter()
        .flat_map(|s| grid(&p, s))
        .flatten()
        .map(|c| text(&c))
        .collect();
    assert!(cells.contains(&"M1".to_string()));
    for other in ["M2", "M3", "Test Twee", "Test Drie", "Team B"] {
        assert!(
            !cells.iter().any(|c| c.contains(other)),
            "M1's workbook mentions {other}"
        );
    }
    // No client id appears in any workbook.
    for (file, t) in all_cell_texts(dir.path()) {
        for c in ["C1", "C2", "C3", "C4", "C5", "C7", "C9"] {
            assert!(
                !t.split(|ch: char| !ch.is_alphanumeric()).any(|w| w == c),
                "{} holds client id {c}: {t}",
                file.display()
            );
        }
    }
}

#[test]
fn default_period_is_the_data_span_in_whole_months() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &[]).success();
    let j = json(dir.path());
    // Readable dates span 07-03-2022 … 06-04-2022 → March and April.
    assert_eq!(j["periode"]["van"], "2022-03-01");
    assert_eq!(j["periode"]["tot"], "2022-04-30");
    assert_eq!(j["invoer"]["buiten_periode"], 0);
    let n = j["invoer"]["verwerkt"].as_u64().unwrap() + j["invoer"]["afgewezen"].as_u64().unwrap();
    assert_eq!(n, 20);
}

#[test]
fn missing_required_column_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("epd.csv");
    std::fs::write(
        &bad,
        "medewerker;datum;activiteit;duurtje\nM1;07-03-2022;behandeling;45\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    zpm()
        .arg("run")
        .arg("--epd")
        .arg(&bad)
        .arg("--medewerkers")
        .arg(data("run/medewerkers.csv"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("epd.csv"))
        .stderr(predicates::str::contains("directe_tijd"))
        .stderr(predicates::str::contains("duurtje"));
    assert!(!out.exists(), "nothing may be written");
}
