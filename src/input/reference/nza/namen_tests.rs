use super::*;

fn namen() -> NzaNamen {
    NzaNamen::embedded().unwrap()
}

fn consult(setting: u8, c: Beroepscategorie, soort: &'static str, klasse: u16) -> TariefKey {
    TariefKey {
        jaar: 2024,
        prestatie: Prestatie::Consult,
        setting: Some(setting),
        categorie: Some(c),
        soort,
        klasse: Some(klasse),
    }
}

#[test]
fn the_spec_example_decodes() {
    let n = "Ambulant – kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 45 minuten";
    assert_eq!(
        namen().decodeer(n, 2024),
        Ok(consult(
            1,
            Beroepscategorie::GzPsycholoog,
            "behandeling",
            45
        ))
    );
}

#[test]
fn the_longest_phrase_of_each_kind_wins() {
    // "sectie III monodisciplinair" also contains "sectie II"; "Arts-specialist" contains "Arts".
    let n = "Ambulant - kwaliteitsstatuut sectie III monodisciplinair Arts-specialist (Wet BIG artikel 14) Diagnostiek 120 minuten";
    assert_eq!(
        namen().decodeer(n, 2024),
        Ok(consult(
            2,
            Beroepscategorie::ArtsSpecialist,
            "diagnostiek",
            120
        ))
    );
    let n = "Klinisch (exclusief forensische en beveiligde zorg) Klinisch (neuro)psycholoog (Wet BIG artikel 14) Behandeling 5 minuten";
    assert_eq!(
        namen().decodeer(n, 2024),
        Ok(consult(
            5,
            Beroepscategorie::KlinischPsycholoog,
            "behandeling",
            5
        ))
    );
}

#[test]
fn other_prestaties_decode_with_a_star_for_what_they_lack() {
    let k = namen()
        .decodeer(
            "Groepsconsult Gezondheidszorgpsycholoog (Wet BIG artikel 3) 6 deelnemers",
            2025,
        )
        .unwrap();
    assert_eq!(
        (k.prestatie, k.setting, k.klasse),
        (Prestatie::Groepsconsult, None, Some(6))
    );
    assert_eq!(k.categorie, Some(Beroepscategorie::GzPsycholoog));
    let k = namen()
        .decodeer("Intercollegiaal overleg kort, 15 minuten", 2025)
        .unwrap();
    assert_eq!(
        (k.prestatie, k.soort, k.klasse, k.setting, k.categorie),
        (Prestatie::IntercollegiaalOverleg, "kort", None, None, None)
    );
    let k = namen()
        .decodeer("Toeslag reistijd ggz vanaf 25 minuten", 2025)
        .unwrap();
    assert_eq!(
        (k.prestatie, k.soort, k.klasse),
        (Prestatie::ToeslagReistijd, "ggz", Some(25))
    );
    let k = namen()
        .decodeer("Toeslag reistijd fz tot 25 minuten", 2025)
        .unwrap();
    assert_eq!((k.soort, k.klasse), ("fz", Some(0)));
}

#[test]
fn what_cannot_be_decoded_says_what_is_missing() {
    let e = namen()
        .decodeer(
            "Ambulant kwaliteitsstatuut sectie II Behandeling 45 minuten",
            2024,
        )
        .unwrap_err();
    assert_eq!(e, "niet te lezen: geen beroepscategorie");
    let e = namen()
        .decodeer(
            "Ambulant kwaliteitsstatuut sectie II Psychotherapeut (Wet BIG artikel 3) Behandeling",
            2024,
        )
        .unwrap_err();
    assert_eq!(e, "niet te lezen: geen <n> minuten");
    assert!(namen().decodeer("Zorgprestatie onbekend", 2024).is_err());
    // A number glued to its word is not `<n> minuten`: numbers are whole words.
    assert!(
        namen()
            .decodeer(
                "Outreachend Verpleegkundige (Wet BIG artikel 3) Diagnostiek 45minuten",
                2024
            )
            .is_err()
    );
}

#[test]
fn a_bad_phrase_row_names_its_line_and_column() {
    let text = "soort,tekst,waarde,bron\nsetting,Outreachend,9,x\n";
    let e = NzaNamen::load("namen.csv", Some(text), None)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("namen.csv") && e.contains('2') && e.contains("waarde"),
        "{e}"
    );
    assert!(e.contains("a setting 1-8"), "{e}");
}
