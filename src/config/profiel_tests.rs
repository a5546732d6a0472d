//! The profile's checks: every error names the profile's line and key.

use super::*;
use crate::input::mapping::Kolom;

fn parse(text: &str) -> Result<Profiel, InputError> {
    Profiel::parse("zpm.toml", text, Path::new("/org"))
}

fn err(text: &str) -> InputError {
    parse(text).expect_err("the profile must be refused")
}

#[test]
fn a_full_profile_is_read_with_paths_from_its_folder() {
    let p = parse(
        r#"
organisatie = "GGZ Voorbeeld"
setting = 1
periode = "2022-03"
[epd]
bestanden = ["uit/epd.csv"]
blad = "Data"
[epd.kolommen]
medewerker = "Medewerkercode"
client = false
[epd.activiteiten]
"Behandelcontact" = "consult_behandeling"
"Reistijd" = "reistijd"
"Kennismakingsgesprek" = "negeren"
[epd.uitsluiten]
status = ["Niet verschenen", "Geannuleerd"]
Locatie = "Thuis"
[medewerkers]
bestand = "/hr/mw.csv"
[medewerkers.beroepen]
"Psycholoog GZ" = "gz-psycholoog"
[teams."Team Ambulant Noord"]
setting = 3
namen = ["4010", "Amb. Noord"]
"#,
    )
    .unwrap();
    assert_eq!(p.organisatie.as_deref(), Some("GGZ Voorbeeld"));
    assert_eq!(p.setting, Some(1));
    assert_eq!(p.epd_bestanden, [PathBuf::from("/org/uit/epd.csv")]);
    assert_eq!(p.medewerkers_bestand, Some(PathBuf::from("/hr/mw.csv")));
    assert_eq!(p.epd.mapping.blad.as_deref(), Some("Data"));
    assert!(p.epd.mapping.blad_verplicht);
    assert_eq!(p.epd.mapping.kolommen.len(), 2);
    let kolom = |veld: &str| p.epd.mapping.kolommen.iter().find(|k| k.0 == veld).unwrap();
    assert_eq!(kolom("client").1, Kolom::Uit);
    assert_eq!(kolom("medewerker").1, Kolom::Kop("Medewerkercode".into()));
    assert_eq!(kolom("medewerker").2.regel, 9);
    assert_eq!(
        p.epd.duid("behandelcontact"),
        Some(Duiding::Activiteit(
            crate::domain::activiteit::Activiteit::ConsultBehandeling
        ))
    );
    assert_eq!(p.epd.duid("Kennismakingsgesprek"), Some(Duiding::Negeren));
    assert_eq!(p.epd.uitsluiten.len(), 2);
    assert_eq!(p.epd.mapping.extra[0].0, "Locatie");
    assert_eq!(
        p.medewerkers
            .beroepen
            .get("psycholooggz")
            .map(String::as_str),
        Some("gz-psycholoog")
    );
    assert_eq!(p.teams.team("04010"), "Team Ambulant Noord");
    assert_eq!(p.teams.team("amb. noord"), "Team Ambulant Noord");
    assert_eq!(p.teams.setting("Team Ambulant Noord"), Some(3));
}

#[test]
fn each_error_names_the_profiles_line_and_key() {
    let cases: [(&str, usize, &str); 10] = [
        ("[epd]\nbestanden = 3\n", 2, "expected a text"),
        ("[epd.uitsluiten]\nstatus = [1]\n", 2, "expected a text"),
        (
            "organisatie = \"x\"\nonbekend = 1\n",
            2,
            "unknown field `onbekend`",
        ),
        (
            "[epd]\nblad = \"x\"\n[epd.kolommen]\nmedewerkr = \"Code\"\n",
            4,
            "no field of this file",
        ),
        (
            "[epd.activiteiten]\n\"Intake\" = \"intake\"\n",
            2,
            "no activiteit",
        ),
        ("[teams.\"A\"]\nsetting = 9\n", 2, "setting 1-8"),
        ("[epd.kolommen]\ndatum = 3\n", 2, "expected the header"),
        ("[epd]\ndatumvolgorde = \"ymd\"\n", 2, "no date order"),
        ("[begroting]\ndatumvolgorde = \"mdy\"\n", 2, "has no dates"),
        ("[medewerkers]\nkolom = 1\n", 2, "unknown field `kolom`"),
    ];
    for (text, line, wat) in cases {
        let e = err(text);
        assert_eq!(e.file, "zpm.toml", "{text}");
        assert_eq!(e.line, Some(line), "{text}: {e}");
        assert!(e.to_string().contains(wat), "{text}: {e}");
    }
}

#[test]
fn date_order_and_group_rows_per_participant_are_read() {
    use crate::input::value::datum::Volgorde;
    let p = parse(
        "[epd]\ndatumvolgorde = \"mdy\"\ngroepsconsult_per_deelnemer = true\n[medewerkers]\ndatumvolgorde = \"DMY\"\n",
    )
    .unwrap();
    assert_eq!(p.epd.mapping.datumvolgorde, Some(Volgorde::Mdy));
    assert!(p.epd.groepsconsult_per_deelnemer);
    assert_eq!(p.medewerkers.mapping.datumvolgorde, Some(Volgorde::Dmy));
    let q = parse("[epd]\ngroepsconsult_per_deelnemer = false\n").unwrap();
    assert!(!q.epd.groepsconsult_per_deelnemer && q.epd.mapping.datumvolgorde.is_none());
}

#[test]
fn an_unknown_beroep_is_refused_with_its_line() {
    let p =
        parse("[medewerkers.beroepen]\n\"Basispsycholoog\" = \"psycholoog\"\n\"Kok\" = \"kok\"\n")
            .unwrap();
    let e = p.check_beroepen(&|b| b != "kok").unwrap_err();
    assert_eq!(e.line, Some(3));
    assert!(e.message.contains("\"kok\" is no beroep"));
    assert!(p.check_beroepen(&|_| true).is_ok());
}

#[test]
fn decimaal_per_section_and_at_the_top() {
    use crate::domain::decimaal::Decimaal;
    let p = parse("decimaal = \"punt\"\n[begroting]\ndecimaal = \"komma\"\n").unwrap();
    assert_eq!(p.begroting.decimaal, Some(Decimaal::Komma));
    assert_eq!(p.medewerkers.mapping.decimaal, Some(Decimaal::Punt));
    assert_eq!(p.realisatie_2021.decimaal, Some(Decimaal::Punt));
    assert_eq!(p.decimaal, Some(Decimaal::Punt));
    let e = err("[medewerkers]\ndecimaal = \"duizendtal\"\n");
    assert_eq!(e.line, Some(2));
    assert_eq!(e.column.as_deref(), Some("[medewerkers] decimaal"));
}
