//! The blank workbooks of `zpm templates` as Excel sees them: dropdown lists and number
//! validations on the input columns, and the input cells filled in the input colour. Read
//! from the xlsx parts themselves (calamine does not read validations or fills).

mod common;
mod taskforce_hulp;

use std::collections::BTreeMap;

use common::xlsx_parts as delen;
use taskforce_hulp::*;
use zpm::output::sheet::style::KLEUR_INVOER;

/// The opening tags `<naam …>` in `xml`, without the `<naam` and the closing `>`.
fn tags<'a>(xml: &'a str, naam: &str) -> Vec<&'a str> {
    let open = format!("<{naam} ");
    xml.match_indices(&open)
        .map(|(i, _)| {
            let rest = &xml[i + open.len()..];
            &rest[..rest.find('>').unwrap()]
        })
        .collect()
}

/// The value of attribute `naam` in a tag from [`tags`].
fn attr<'a>(tag: &'a str, naam: &str) -> Option<&'a str> {
    let key = format!(" {naam}=\"");
    let i = format!(" {tag}").find(&key)? + key.len() - 1;
    let rest = &tag[i..];
    Some(&rest[..rest.find('"')?])
}

/// The XML of the sheet named `blad`, found through the workbook and its relationships.
fn blad_xml<'a>(d: &'a BTreeMap<String, String>, blad: &str) -> &'a str {
    let sheet = tags(&d["xl/workbook.xml"], "sheet")
        .into_iter()
        .find(|t| attr(t, "name").map(|n| n.replace("&apos;", "'")) == Some(blad.to_string()))
        .unwrap_or_else(|| panic!("no sheet {blad}"));
    let id = attr(sheet, "r:id").unwrap();
    let rel = tags(&d["xl/_rels/workbook.xml.rels"], "Relationship")
        .into_iter()
        .find(|t| attr(t, "Id") == Some(id))
        .unwrap();
    &d[&format!("xl/{}", attr(rel, "Target").unwrap())]
}

/// One `<dataValidation>`: type, cells and the first and second formula.
#[derive(Debug)]
struct Validatie {
    soort: String,
    cellen: String,
    formule1: String,
    formule2: String,
}

/// The data validations of a sheet.
fn validaties(xml: &str) -> Vec<Validatie> {
    let binnen = |s: &str, naam: &str| {
        let (open, dicht) = (format!("<{naam}>"), format!("</{naam}>"));
        s.find(&open)
            .map(|i| {
                let rest = &s[i + open.len()..];
                rest[..rest.find(&dicht).unwrap()].to_string()
            })
            .unwrap_or_default()
    };
    xml.split("<dataValidation ")
        .skip(1)
        .map(|s| {
            let s = &s[..s.find("</dataValidation>").unwrap()];
            let tag = &s[..s.find('>').unwrap()];
            Validatie {
                soort: attr(tag, "type").unwrap_or_default().to_string(),
                cellen: attr(tag, "sqref").unwrap_or_default().to_string(),
                formule1: binnen(s, "formula1"),
                formule2: binnen(s, "formula2"),
            }
        })
        .collect()
}

/// Asserts that `cellen` of `blad` carry a validation of type `soort` whose first formula
/// starts with `formules[0]` and whose second formula is `formules[1]`.
#[track_caller]
fn heeft(d: &BTreeMap<String, String>, blad: &str, cellen: &str, soort: &str, formules: [&str; 2]) {
    let v = validaties(blad_xml(d, blad));
    let gevonden = v.iter().find(|v| v.cellen == cellen);
    let Some(g) = gevonden else {
        panic!("{blad}!{cellen}: no validation; found {v:?}");
    };
    assert_eq!(g.soort, soort, "{blad}!{cellen}: {g:?}");
    assert!(
        g.formule1.starts_with(formules[0]),
        "{blad}!{cellen}: {g:?}"
    );
    assert_eq!(g.formule2, formules[1], "{blad}!{cellen}: {g:?}");
}

// The column of each list on the hidden sheet "Lijsten", as the list validations refer to it.
const ACTIVITEIT: [&str; 2] = ["Lijsten!$A$2:$A$", ""];
const BEROEP: [&str; 2] = ["Lijsten!$B$2:$B$", ""];
const SETTING: [&str; 2] = ["Lijsten!$C$2:$C$", ""];
const CATEGORIE: [&str; 2] = ["Lijsten!$D$2:$D$", ""];
const NIVEAU: [&str; 2] = ["Lijsten!$E$2:$E$", ""];
// Minutes in a day.
const MINUTEN: [&str; 2] = ["0", "1440"];

#[test]
fn templates_have_dropdowns_and_number_validations() {
    let dir = tempfile::tempdir().unwrap();
    templates(dir.path());

    let b = delen(&dir.path().join("behandelaar.xlsx"));
    heeft(&b, "Behandelaar", "B7", "list", BEROEP);
    heeft(&b, "Behandelaar", "B8", "list", SETTING);
    heeft(&b, "Behandelaar", "B9", "decimal", ["0", "80"]);
    heeft(&b, "Behandelaar", "B10", "whole", ["2022", "2100"]);
    heeft(&b, "Weekagenda", "B6:B105", "list", ACTIVITEIT);
    heeft(&b, "Weekagenda", "C6:C105", "decimal", MINUTEN);
    heeft(&b, "Weekagenda", "D6:D105", "decimal", MINUTEN);
    heeft(&b, "Weekagenda", "E6:E105", "whole", ["1", "1000"]);
    heeft(&b, "Weekagenda", "F6:F105", "whole", ["2", "100"]);
    heeft(&b, "Weekagenda", "G6:G105", "decimal", MINUTEN);
    heeft(&b, "Scenario's", "B24:B53", "list", ACTIVITEIT);
    heeft(&b, "Scenario's", "D24:D53", "decimal", MINUTEN);

    let l = delen(&dir.path().join("leidinggevende.xlsx"));
    heeft(&l, "Team", "C6:C65", "list", BEROEP);
    heeft(&l, "Team", "D6:D65", "decimal", ["0", "80"]);
    heeft(&l, "Team", "E6:E65", "decimal", ["0", "168"]);

    let k = delen(&dir.path().join("kliniek.xlsx"));
    heeft(&k, "Afdelingen", "B6:B45", "list", CATEGORIE);
    heeft(&k, "Afdelingen", "C6:C45", "list", NIVEAU);
    heeft(&k, "Afdelingen", "D6:D45", "decimal", ["0", "10000000"]);
    heeft(&k, "Normen", "A6:A45", "list", CATEGORIE);
    heeft(&k, "Normen", "C6:C45", "decimal", MINUTEN);
    heeft(&k, "Normen", "D6:D45", "decimal", MINUTEN);
}

/// The cell formats (indices into `cellXfs`) whose fill is the input colour.
fn invoer_formats(d: &BTreeMap<String, String>) -> Vec<usize> {
    let styles = &d["xl/styles.xml"];
    let kleur = format!("FF{KLEUR_INVOER:06X}");
    let fills = &styles[styles.find("<fills").unwrap()..styles.find("</fills>").unwrap()];
    let fill = fills
        .split("<fill>")
        .skip(1)
        .position(|f| f.contains(&format!("<fgColor rgb=\"{kleur}\"")))
        .unwrap_or_else(|| panic!("styles.xml has no fill in {kleur}"));
    let xfs = &styles[styles.find("<cellXfs").unwrap()..styles.find("</cellXfs>").unwrap()];
    tags(xfs, "xf")
        .iter()
        .enumerate()
        .filter(|(_, t)| attr(t, "fillId") == Some(fill.to_string().as_str()))
        .map(|(i, _)| i)
        .collect()
}

/// The format index of cell `a1` of `blad`.
fn format_van(d: &BTreeMap<String, String>, blad: &str, a1: &str) -> usize {
    let xml = blad_xml(d, blad);
    tags(xml, "c")
        .into_iter()
        .find(|t| attr(t, "r") == Some(a1))
        .and_then(|t| attr(t.trim_end_matches('/'), "s"))
        .map_or(0, |s| s.parse().unwrap())
}

#[test]
fn template_input_cells_are_filled_in_the_input_colour() {
    let dir = tempfile::tempdir().unwrap();
    templates(dir.path());
    for (bestand, invoer, berekend) in [
        (
            "behandelaar.xlsx",
            &[
                ("Behandelaar", "B4"),
                ("Behandelaar", "B13"),
                ("Weekagenda", "A6"),
                ("Weekagenda", "G105"),
            ][..],
            &[("Weekagenda", "H6"), ("Behandelaar", "A4")][..],
        ),
        (
            "leidinggevende.xlsx",
            &[("Team", "A6"), ("Team", "F65"), ("Financieel", "B7")][..],
            &[("Team", "G6")][..],
        ),
        (
            "kliniek.xlsx",
            &[("Kliniek", "B4"), ("Afdelingen", "H45"), ("Normen", "C6")][..],
            &[("Afdelingen", "I6")][..],
        ),
    ] {
        let d = delen(&dir.path().join(bestand));
        let geel = invoer_formats(&d);
        assert!(!geel.is_empty(), "{bestand}: no format uses the input fill");
        for (blad, a1) in invoer {
            let f = format_van(&d, blad, a1);
            assert!(
                geel.contains(&f),
                "{bestand} {blad}!{a1}: format {f} is not an input format"
            );
        }
        for (blad, a1) in berekend {
            let f = format_van(&d, blad, a1);
            assert!(
                !geel.contains(&f),
                "{bestand} {blad}!{a1}: computed cell in the input colour"
            );
        }
    }
}
