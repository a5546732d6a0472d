//! Budgets as finance writes them (issue 12, SPEC 5.2 and 5.7), each beside the same budget in
//! zpm's own format (tests/data/field/begroting_*, written by make_budget.py): a wide budget
//! xlsx and CSV, a long budget by quarter, whole euros grouped by a point (`62.346`) read as
//! 62346 where the column or the profile proves it and refused where nothing does, and the
//! checks of teams the medewerkers lack. Every run that succeeds gives the twin's budget and
//! December 2021 figures and its "Realisatie t.o.v. begroting".

mod common;

use std::path::Path;

use calamine::Data;
use common::field::*;
use common::*;
use serde_json::Value;

/// A budget case: the field EPD and staff of make_budget.py, its begroting and December 2021.
fn case(naam: &'static str, begroting: &'static str, profiel: bool) -> Case {
    Case {
        financieel: Some((begroting, "Realisatie_december_2021.csv")),
        profiel: profiel.then_some("profiel.toml"),
        ..Case::new(naam, "Activiteiten.csv", "Medewerkers.csv")
    }
}

/// Runs the field files of `c` (with `profiel` when given) into `out`: exit code and stderr.
fn run_veld(c: &Case, profiel: Option<&Path>, out: &Path) -> (Option<i32>, String) {
    let v = c.veld_dir();
    let (begroting, dec) = c.financieel.unwrap();
    let mut cmd = zpm();
    cmd.arg("run")
        .arg("--epd")
        .arg(v.join(c.epd))
        .arg("--medewerkers")
        .arg(v.join(c.medewerkers))
        .arg("--begroting")
        .arg(v.join(begroting))
        .arg("--realisatie-2021")
        .arg(v.join(dec))
        .arg("--tarieven")
        .arg(root().join("samples/tarieven-voorbeeld.csv"))
        .args(["--periode", "2022-Q1", "--out"])
        .arg(out);
    if let Some(p) = profiel {
        cmd.arg("--profiel").arg(p);
    }
    let o = cmd.output().unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Team → "Realisatie t.o.v. begroting" of organisatie.xlsx, sheet "Teams".
fn realisatie_tov_begroting(out: &Path) -> Vec<(String, f64)> {
    let g = grid(&out.join("organisatie.xlsx"), "Teams");
    let kop = g
        .iter()
        .position(|r| r.first().map(text).as_deref() == Some("Team"))
        .expect("header row of Teams");
    let col = g[kop]
        .iter()
        .position(|c| text(c) == "Realisatie t.o.v. begroting")
        .expect("column Realisatie t.o.v. begroting");
    g[kop + 1..]
        .iter()
        .filter(|r| !r.first().map(text).unwrap_or_default().is_empty())
        .map(|r| match &r[col] {
            Data::Float(f) => (text(&r[0]), *f),
            other => panic!("{}: Realisatie t.o.v. begroting is {other:?}", text(&r[0])),
        })
        .collect()
}

/// The twins agree (tests/common/field.rs), and so do their "Realisatie t.o.v. begroting";
/// returns the field run's samenvatting and stderr.
fn vergelijk(c: &Case) -> (Value, String) {
    let b = check(c);
    let tmp = tempfile::tempdir().unwrap();
    let (zo, vo) = (tmp.path().join("zpm"), tmp.path().join("veld"));
    let z = c.zpm_dir();
    run(
        &z,
        &z.join("epd.csv"),
        &z.join("medewerkers.csv"),
        Some((z.join("begroting.csv"), z.join("realisatie-2021.csv"))),
        None,
        &zo,
    );
    let profiel = c.profiel.map(|p| c.veld_dir().join(p));
    let (code, err) = run_veld(c, profiel.as_deref(), &vo);
    assert_eq!(code, Some(0), "{}: {err}", c.naam);
    let (a, v) = (realisatie_tov_begroting(&zo), realisatie_tov_begroting(&vo));
    assert_eq!(a.len(), 2, "{}: two teams", c.naam);
    assert_eq!(a.len(), v.len());
    for ((ta, ra), (tv, rv)) in a.iter().zip(&v) {
        assert_eq!(ta, tv);
        close(
            *rv,
            *ra,
            &format!("{} {ta} Realisatie t.o.v. begroting", c.naam),
        );
    }
    for t in b["teams"].as_array().unwrap() {
        assert!(num(t, "begroting") > 0.0, "{}: {t}", c.naam);
        assert!(num(t, "realisatie_dec_2021") > 0.0, "{}: {t}", c.naam);
    }
    (b, err)
}

fn begroting(j: &Value, team: &str) -> f64 {
    num(&by_team(j)[team], "begroting")
}

/// Every text of the sheet "Datakwaliteit" of organisatie.xlsx.
fn datakwaliteit(out: &Path) -> Vec<String> {
    grid(&out.join("organisatie.xlsx"), "Datakwaliteit")
        .iter()
        .flatten()
        .map(text)
        .collect()
}

/// A wide budget xlsx as finance writes it: title block, kostenplaats codes and omschrijving,
/// `jan-22`…`dec-22` as number cells with a € format, a `Totaal 2022` column and a totals row.
#[test]
fn wide_budget_xlsx() {
    let (_, err) = vergelijk(&case(
        "begroting_breed",
        "Begroting_2022_per_kostenplaats.xlsx",
        true,
    ));
    assert!(err.contains("header on row 4"), "{err}");
    assert!(
        err.contains("ignored columns: Totaal 2022"),
        "the totals column is named as ignored: {err}"
    );
    // Number cells need no convention: none is reported for the begroting.
    assert!(
        !err.contains("Begroting_2022_per_kostenplaats.xlsx: column"),
        "{err}"
    );
}

/// The same as a CSV (`;`, Windows-1252) with `€ 62.346,00` text: the months together show
/// the decimal comma, so the first January reads 62346.
#[test]
fn wide_budget_csv_with_euro_text() {
    let c = case("begroting_breed_csv", "Begroting_2022.csv", true);
    let (_, err) = vergelijk(&c);
    assert!(
        err.contains("Begroting_2022.csv: column \"jan-22 … dec-22\": decimal comma"),
        "{err}"
    );
    let tmp = tempfile::tempdir().unwrap();
    let (code, _) = run_veld(&c, Some(&c.veld_dir().join("profiel.toml")), tmp.path());
    assert_eq!(code, Some(0));
    let dk = datakwaliteit(tmp.path());
    assert!(
        dk.iter()
            .any(|t| t.contains("Begroting_2022.csv, kolom \"jan-22 … dec-22\": decimaalkomma")),
        "Datakwaliteit names the convention"
    );
    assert!(dk.iter().any(|t| t == "Getalnotatie toegepast"));
}

/// A long budget by quarter (`Q1 2022`): the same as `2022-Q1`.
#[test]
fn long_budget_by_quarter() {
    vergelijk(&case("begroting_kwartaal", "Begroting_2022.csv", false));
}

/// `62.346` in a column whose other values (`58.120,50`) prove the decimal comma: 62346.
#[test]
fn whole_euros_grouped_by_a_point_where_the_column_proves_it() {
    let (b, err) = vergelijk(&case("begroting_duizendtal", "Begroting_2022.csv", false));
    // Noord: 62.346 + 58.120,50 + 61.002 = 181,468.50; Oost: 47.890 + 49.871,25 + 50.023.
    close(begroting(&b, "Team Ambulant Noord"), 181_468.5, "Noord");
    close(begroting(&b, "Team FACT Oost"), 147_784.25, "Oost");
    assert!(
        err.contains("column \"Bedrag\": decimal comma, '.' groups thousands (shown by line 3: \"58.120,50\")"),
        "{err}"
    );
}

/// `62.346` where nothing proves the convention: exit 2 naming file, line, column and value,
/// nothing written; with `decimaal = "komma"` in the profile it reads 62346.
#[test]
fn whole_euros_grouped_by_a_point_where_nothing_proves_it() {
    let c = case("begroting_dubbelzinnig", "Begroting_2022.csv", true);
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let (code, err) = run_veld(&c, None, &out);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("Begroting_2022.csv, line 2, column Bedrag: \"62.346\""),
        "{err}"
    );
    assert!(err.contains("decimaal = \"komma\""), "{err}");
    assert!(err.contains("[begroting]"), "{err}");
    assert!(!out.join("samenvatting.json").exists(), "nothing written");

    let (b, err) = vergelijk(&c);
    // Noord: 62.346 + 58.120 + 61.000; Oost: 47.890 + 49.871 + 50.023.
    close(begroting(&b, "Team Ambulant Noord"), 181_466.0, "Noord");
    close(begroting(&b, "Team FACT Oost"), 147_784.0, "Oost");
    assert!(err.contains("the profile's decimaal = \"komma\""), "{err}");
}

/// A budget row of a team the medewerkers lack: listed with a warning, the others read.
#[test]
fn a_budget_row_of_an_unknown_team_is_listed() {
    let c = case("begroting_onbekend", "Begroting_2022.csv", false);
    let (_, err) = vergelijk(&c);
    assert!(
        err.contains("zpm: warning: ")
            && err.contains(
                "Begroting_2022.csv, line 8: team \"Team Preventie\" is no team of the medewerkers"
            ),
        "{err}"
    );
    let tmp = tempfile::tempdir().unwrap();
    let (code, _) = run_veld(&c, None, tmp.path());
    assert_eq!(code, Some(0));
    let dk = datakwaliteit(tmp.path());
    assert!(
        dk.iter()
            .any(|t| t.starts_with("team \"Team Preventie\" is geen team van de medewerkers")),
        "Datakwaliteit lists the row"
    );
}

/// A budget in which no row names a team of the medewerkers: exit 2 naming the teams found
/// and those expected.
#[test]
fn a_budget_without_a_known_team_is_refused() {
    let c = case("begroting_geen_team", "Begroting_2022.csv", false);
    let tmp = tempfile::tempdir().unwrap();
    let (code, err) = run_veld(&c, None, &tmp.path().join("out"));
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("teams found: \"4010\", \"4020\"; teams of the medewerkers: \"Team Ambulant Noord\", \"Team FACT Oost\""),
        "{err}"
    );
    assert!(err.contains("namen"), "{err}");
    assert!(!tmp.path().join("out").join("samenvatting.json").exists());
}

/// The medewerkers' hours columns follow the same rule (SPEC 5.2): a `vrijstelling_uren` of
/// `1.250` in a column that shows no convention stops the run naming it; with
/// `[medewerkers] decimaal = "komma"` it is 1250 hours and the run goes on.
#[test]
fn staff_hours_readable_both_ways() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("samples/medewerkers.csv")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[1] = lines[1].replacen(";16;7;0;0;", ";16;7;1.250;0;", 1);
    let mw = tmp.path().join("mw.csv");
    std::fs::write(&mw, lines.join("\n") + "\n").unwrap();
    let epd = root().join("samples/epd-export.csv");
    let o = run_epd(&epd, &mw, &tmp.path().join("a"), &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("mw.csv, line 2, column vrijstelling_uren: \"1.250\""),
        "{err}"
    );
    assert!(err.contains("under [medewerkers]"), "{err}");
    let profiel = tmp.path().join("p.toml");
    std::fs::write(&profiel, "[medewerkers]\ndecimaal = \"komma\"\n").unwrap();
    let o = run_epd(
        &epd,
        &mw,
        &tmp.path().join("b"),
        &["--profiel".as_ref(), profiel.as_os_str()],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("mw.csv: column \"vrijstelling_uren\": decimal comma, '.' groups thousands (the profile's decimaal = \"komma\")"),
        "{err}"
    );
}
