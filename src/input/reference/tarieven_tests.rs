//! Tests of the tariff tables: parsing, cents, specificity and the contract percentage.

use super::*;
use crate::domain::activiteit::Prestatie;
use crate::domain::beroepscategorie::Beroepscategorie;
use crate::input::value::parse_cents;

fn table(text: &str) -> Tarieven {
    let mut t = Tarieven::default();
    t.load("test.csv", Some(text), None).unwrap();
    t
}

const HEAD: &str = "jaar,prestatie,setting,beroepscategorie,type,klasse,tarief,bron\n";

#[test]
fn exact_setting_beats_star_and_exact_categorie_beats_both() {
    let t = table(&format!(
        "{HEAD}2022,consult,*,gz_psycholoog,behandeling,45,100.00,voorbeeld\n\
         2022,consult,7,gz_psycholoog,behandeling,45,110.00,voorbeeld\n\
         2022,consult,7,*,behandeling,45,90.00,voorbeeld\n"
    ));
    let key = |setting, categorie| TariefKey {
        jaar: 2022,
        prestatie: Prestatie::Consult,
        setting: Some(setting),
        categorie: Some(categorie),
        soort: "behandeling",
        klasse: Some(45),
    };
    assert_eq!(
        t.prijs(&key(7, Beroepscategorie::GzPsycholoog)),
        Some(11_000)
    );
    assert_eq!(
        t.prijs(&key(1, Beroepscategorie::GzPsycholoog)),
        Some(10_000)
    );
    assert_eq!(t.prijs(&key(7, Beroepscategorie::Arts)), Some(9_000));
    assert_eq!(t.prijs(&key(1, Beroepscategorie::Arts)), None);
    assert_eq!(
        t.prijs(&TariefKey {
            jaar: 2023,
            ..key(7, Beroepscategorie::GzPsycholoog)
        }),
        None
    );
}

#[test]
fn duplicate_key_is_an_error_with_its_line() {
    let mut t = Tarieven::default();
    let e = t.load("dup.csv", Some(&format!(
        "{HEAD}2022,consult,1,*,behandeling,45,1.00,x\n2022,consult,1,*,behandeling,45,2.00,y\n")), None).unwrap_err();
    assert_eq!(e.line, Some(3));
    assert!(e.message.contains("same key"), "{e}");
}

#[test]
fn cents_and_contract_rounding() {
    assert_eq!(parse_cents("35.56"), Some(3556));
    assert_eq!(parse_cents("35.5"), Some(3550));
    assert_eq!(parse_cents("35"), Some(3500));
    assert_eq!(parse_cents("35.567"), None);
    use crate::rules::tarieven::met_percentage;
    // 27.91 × 85% = 23.7235 → 23.72; 120.99 × 85% = 102.8415 → 102.84
    assert_eq!(met_percentage(2791, 8_500), 2372);
    assert_eq!(met_percentage(12099, 8_500), 10284);
    // 0.10 × 95% = 0.095 → 0.10 (half away from zero)
    assert_eq!(met_percentage(10, 9_500), 10);
}

#[test]
fn embedded_tables_hold_the_sourced_rows() {
    let r = crate::rules::Referentie::embedded().unwrap();
    assert_eq!(r.tarieven.jaren(), vec![2022, 2023, 2024, 2025]);
    assert_eq!(r.tarieven.rows().count(), 40 + 66 + 47 + 21);
    assert!(
        r.tarieven
            .rows()
            .all(|(_, row)| row.bron.starts_with("https://") || row.bron.starts_with("http://"))
    );
    let key = TariefKey {
        jaar: 2022,
        prestatie: Prestatie::Consult,
        setting: Some(1),
        categorie: Some(Beroepscategorie::GzPsycholoog),
        soort: "behandeling",
        klasse: Some(45),
    };
    assert_eq!(r.tarieven.prijs(&key), Some(12_099));
}

#[test]
fn tariffs_with_a_decimal_comma_and_thousands() {
    let h = "jaar;prestatie;setting;beroepscategorie;type;klasse;tarief;bron\n";
    let key = |klasse| TariefKey {
        jaar: 2022,
        prestatie: Prestatie::Consult,
        setting: Some(1),
        categorie: None,
        soort: "behandeling",
        klasse: Some(klasse),
    };
    let t = table(&format!(
        "{h}2022;consult;1;*;behandeling;45;135,89;x\n2022;consult;1;*;behandeling;60;1.234,56;x\n2022;consult;1;*;behandeling;75;1.250;x\n"
    ));
    assert_eq!(t.prijs(&key(45)), Some(13_589));
    assert_eq!(t.prijs(&key(60)), Some(123_456));
    // `1.250` in a column that shows a decimal comma: 1250 euros.
    assert_eq!(t.prijs(&key(75)), Some(125_000));
    // `1.250` alone could be 1.25 or 1250 euros: refused, naming the line and value.
    let mut t = Tarieven::default();
    let e = t
        .load(
            "t.csv",
            Some(&format!("{h}2022;consult;1;*;behandeling;45;1.250;x\n")),
            None,
        )
        .unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (Some(2), Some("tarief")));
    assert!(e.message.contains("\"1.250\""), "{e}");
}
