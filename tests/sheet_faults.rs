//! Faults that independent checks found in the generated workbooks, one test each: what the
//! parts of the xlsx files must (not) hold, for `run`, `fill` and `templates`.

mod common;

use std::path::{Path, PathBuf};

use common::xml::{Book, attr, chart_title, date_format, elements, series, xstring_decode};
use common::*;

/// `zpm run` on samples/ for 2022-Q1 with `--per-behandelaar`; with the begroting and the
/// December 2021 realisation when `financieel`; `medewerkers` replaces the sample's file.
fn run(out: &Path, financieel: bool, medewerkers: Option<&Path>) {
    let s = |f: &str| root().join("samples").join(f);
    let mut cmd = zpm();
    cmd.arg("run").arg("--epd").arg(s("epd-export.csv"));
    cmd.arg("--medewerkers")
        .arg(medewerkers.map_or_else(|| s("medewerkers.csv"), Path::to_path_buf));
    if financieel {
        cmd.arg("--begroting").arg(s("begroting.csv"));
        cmd.arg("--realisatie-2021").arg(s("realisatie-2021.csv"));
    }
    cmd.arg("--tarieven")
        .arg(s("tarieven-voorbeeld.csv"))
        .args(["--periode", "2022-Q1", "--per-behandelaar", "--out"])
        .arg(out)
        .env("ZPM_PEILDATUM", "2022-04-05")
        .assert()
        .success();
}

/// The Taskforce samples.
fn samples() -> Vec<PathBuf> {
    walk(&root().join("samples/taskforce"))
        .into_iter()
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("xlsx"))
        .collect()
}

/// `zpm fill` on every Taskforce sample.
fn fill(out: &Path) {
    zpm()
        .current_dir(root())
        .arg("fill")
        .args(samples())
        .args(["--tarieven", "samples/tarieven-voorbeeld.csv"])
        .args([
            "--kliniek-normen",
            "samples/taskforce/kliniek-normen-voorbeeld.csv",
        ])
        .arg("--out")
        .arg(out)
        .assert()
        .success();
}

/// Every xlsx under `dir`.
fn xlsx(dir: &Path) -> Vec<PathBuf> {
    walk(dir)
        .into_iter()
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("xlsx"))
        .collect()
}

#[test]
fn charts_hold_no_series_for_absent_inputs() {
    let tmp = tempfile::tempdir().unwrap();
    let (zonder, met, gevuld) = (
        tmp.path().join("zonder"),
        tmp.path().join("met"),
        tmp.path().join("fill"),
    );
    run(&zonder, false, None);
    run(&met, true, None);
    fill(&gevuld);
    let mut namen_met = Vec::new();
    for (dir, financieel) in [(&zonder, false), (&met, true), (&gevuld, true)] {
        for path in xlsx(dir) {
            let book = Book::read(&path);
            for (part, chart) in book.charts() {
                let what = format!("{}: {part}", path.display());
                for s in series(chart) {
                    let cells = book
                        .range(&s.values)
                        .unwrap_or_else(|| panic!("{what}: {s:?} points at no sheet"));
                    assert!(
                        cells
                            .iter()
                            .flatten()
                            .any(|c| c.kind != "blank" && !c.text.is_empty()),
                        "{what}: series {:?} over {} has only empty cells",
                        s.name,
                        s.values
                    );
                    if financieel {
                        namen_met.push(s.name.to_lowercase());
                    }
                }
                if !financieel {
                    let lower = chart.to_lowercase();
                    assert!(
                        !lower.contains("begroting") && !lower.contains("december"),
                        "{what}: names an absent input: {:?} {:?}",
                        chart_title(chart),
                        series(chart).iter().map(|s| &s.name).collect::<Vec<_>>()
                    );
                }
            }
        }
    }
    // With the inputs, their series are still there.
    for naam in ["begroting omzet (€)", "realisatie december 2021 (€)"] {
        assert!(namen_met.iter().any(|n| n == naam), "no series {naam:?}");
    }
    let org = Book::read(&met.join("organisatie.xlsx"));
    let titels: Vec<String> = org.charts().iter().map(|(_, c)| chart_title(c)).collect();
    for t in [
        "Omzet, begroting en december 2021 per maand",
        "Omzet en begroting per team",
    ] {
        assert!(
            titels.iter().any(|x| x == t),
            "no chart {t:?} in {titels:?}"
        );
    }
}

/// True when `t` reads as a number (`3`, `1620`, `1,5`).
fn numeric(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty() && t.replace(',', ".").parse::<f64>().is_ok()
}

/// Headers of columns that hold numbers the user types (or that echo them).
const NUMERIC_HEADERS: [&str; 6] = [
    "Beveiligingsniveau",
    "Verblijfsdagen",
    "Bedden",
    "FTE",
    "Uren per week",
    "Minuten",
];

/// A kliniek workbook whose numbers were typed into cells formatted as text.
fn kliniek_with_text_numbers(path: &Path) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Kliniek").unwrap();
    ws.write(3, 0, "Periode").unwrap();
    ws.write(3, 1, "2022-Q1").unwrap();
    ws.write(4, 0, "Instelling").unwrap();
    ws.write(4, 1, "Kliniek Tekst").unwrap();
    let ws = wb.add_worksheet().set_name("Afdelingen").unwrap();
    let kop = [
        "Afdeling",
        "Verblijfscategorie",
        "Beveiligingsniveau",
        "Verblijfsdagen",
    ];
    for (c, (k, v)) in kop.iter().zip(["De Linde", "C", "3", "1620"]).enumerate() {
        ws.write(4, c as u16, *k).unwrap();
        ws.write(5, c as u16, v).unwrap();
    }
    ws.write(4, 6, "FTE vaktherapie").unwrap();
    ws.write(5, 6, "1,5").unwrap();
    wb.save(path).unwrap();
}

#[test]
fn numbers_typed_by_the_user_stay_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("fill");
    fill(&out);
    let tekst = tmp.path().join("tekst");
    std::fs::create_dir_all(&tekst).unwrap();
    kliniek_with_text_numbers(&tekst.join("kliniek-tekst.xlsx"));
    zpm()
        .current_dir(root())
        .arg("fill")
        .arg(tekst.join("kliniek-tekst.xlsx"))
        .args([
            "--kliniek-normen",
            "samples/taskforce/kliniek-normen-voorbeeld.csv",
        ])
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let written = xlsx(&out);
    assert_eq!(written.len(), samples().len() + 1, "{written:?}");
    for path in &written {
        let book = Book::read(path);
        for sheet in &book.sheets {
            let what = format!("{}!{}", path.display(), sheet.name);
            // No number stored as text under a numeric header, on any sheet.
            for ((r, c), head) in &sheet.cells {
                if head.kind != "s" || !NUMERIC_HEADERS.iter().any(|h| head.text.starts_with(h)) {
                    continue;
                }
                for ((r2, _), cell) in sheet
                    .cells
                    .range((r + 1, *c)..)
                    .filter(|((_, c2), _)| c2 == c)
                {
                    assert!(
                        !(cell.kind == "s" && numeric(&cell.text)),
                        "{what}: row {} under {:?} (row {}) holds the number {:?} as text",
                        r2 + 1,
                        head.text,
                        r + 1,
                        cell.text
                    );
                }
            }
        }
        // Whatever the user typed as a number is written back as a number.
        let Some(input) = samples()
            .into_iter()
            .find(|s| s.file_name() == path.file_name())
        else {
            continue;
        };
        for name in sheets(&input) {
            let Some(sheet) = book.sheet(&name) else {
                continue;
            };
            for (r, row) in grid(&input, &name).iter().enumerate() {
                for (c, d) in row.iter().enumerate() {
                    if let calamine::Data::Float(_) | calamine::Data::Int(_) = d {
                        let cell = sheet.cells.get(&(r as u32, c as u32));
                        assert!(
                            cell.is_some_and(|x| x.kind == "n"),
                            "{}!{name}: the number at row {} column {} came back as {cell:?}",
                            path.display(),
                            r + 1,
                            c + 1
                        );
                    }
                }
            }
        }
    }
    let book = Book::read(&out.join("kliniek-tekst.xlsx"));
    let afd = book.sheet("Afdelingen").unwrap();
    for (c, want) in [(2, 3.0), (3, 1620.0), (6, 1.5)] {
        let cell = &afd.cells[&(5, c)];
        let v = cell.text.parse::<f64>().ok();
        assert_eq!((cell.kind, v), ("n", Some(want)), "Afdelingen column {c}");
    }
}

#[test]
fn date_axes_have_a_date_format() {
    let tmp = tempfile::tempdir().unwrap();
    run(tmp.path(), true, None);
    let mut dated = 0;
    for path in xlsx(tmp.path()) {
        let book = Book::read(&path);
        for (part, chart) in book.charts() {
            let dates = series(chart)
                .iter()
                .filter_map(|s| s.categories.clone())
                .any(|f| {
                    let cells = book.range(&f).unwrap_or_default();
                    let filled: Vec<_> = cells
                        .into_iter()
                        .flatten()
                        .filter(|c| c.kind != "blank")
                        .collect();
                    !filled.is_empty()
                        && filled
                            .iter()
                            .all(|c| c.kind == "n" && date_format(&c.format))
                });
            if !dates {
                continue;
            }
            dated += 1;
            let axis = elements(chart, "c:catAx")
                .into_iter()
                .chain(elements(chart, "c:dateAx"))
                .map(|(_, b)| b)
                .next()
                .unwrap_or_else(|| panic!("{}: {part}: no category axis", path.display()));
            let fmt = elements(axis, "c:numFmt");
            let ok = fmt.iter().any(|(t, _)| {
                attr(t, "formatCode").is_some_and(date_format)
                    && attr(t, "sourceLinked") == Some("0")
            });
            assert!(
                ok,
                "{}: {part}: date categories without a date format on the axis: {fmt:?}",
                path.display()
            );
        }
    }
    assert!(
        dated >= 40,
        "only {dated} charts over dates: the week charts of each behandelaar"
    );
}

#[test]
fn sheet_names_show_a_literal_escape_as_typed() {
    let tmp = tempfile::tempdir().unwrap();
    let mw = tmp.path().join("medewerkers.csv");
    let lang = "Rick_x0042_ van der Vermeulen-Jansen";
    let tekst = std::fs::read_to_string(root().join("samples/medewerkers.csv")).unwrap();
    let tekst = tekst
        .replace("Sander van den Berg", "Team_x0041_")
        .replace("Rick Vermeulen", lang);
    std::fs::write(&mw, tekst).unwrap();
    let out = tmp.path().join("out");
    run(&out, true, Some(&mw));
    let team = out.join("teams/Team Ambulant Noord.xlsx");
    let stored = sheets(&team);
    let visible: Vec<String> = stored.iter().map(|s| xstring_decode(s)).collect();
    assert!(visible.iter().any(|s| s == "Team_x0041_"), "{visible:?}");
    let rick = visible.iter().find(|s| s.starts_with("Rick")).unwrap();
    assert!(
        lang.starts_with(rick.as_str()) && rick.encode_utf16().count() <= 31,
        "{rick}"
    );
    let book = Book::read(&team);
    assert!(
        book.parts["xl/workbook.xml"].contains("name=\"Team_x005F_x0041_\""),
        "workbook.xml does not escape the literal _x0041_"
    );
    // calamine reads the stored name; a chart refers to its sheet by that same name.
    assert_eq!(
        stored,
        book.sheets
            .iter()
            .map(|s| s.name.clone())
            .collect::<Vec<_>>()
    );
    for (part, chart) in book.charts() {
        for s in series(chart) {
            assert!(
                book.range(&s.values).is_some(),
                "{part}: {} names no sheet",
                s.values
            );
        }
    }
    // Names without an escape are stored as they are.
    assert!(stored.iter().any(|s| s == "Team") && visible.len() == stored.len());
}

#[test]
fn workbooks_without_formulas_do_not_recalculate_on_open() {
    let tmp = tempfile::tempdir().unwrap();
    let (r, f, t) = (
        tmp.path().join("run"),
        tmp.path().join("fill"),
        tmp.path().join("templates"),
    );
    run(&r, true, None);
    fill(&f);
    zpm()
        .args(["templates", "--out"])
        .arg(&t)
        .assert()
        .success();
    let all: Vec<PathBuf> = [r, f, t].iter().flat_map(|d| xlsx(d)).collect();
    assert!(all.len() > 40, "{all:?}");
    for path in all {
        let parts = xlsx_parts(&path);
        let formulas = parts
            .iter()
            .filter(|(n, _)| n.starts_with("xl/worksheets/sheet"))
            .any(|(_, x)| !elements(x, "f").is_empty());
        let calc = elements(&parts["xl/workbook.xml"], "calcPr");
        let full = calc
            .iter()
            .any(|(tag, _)| attr(tag, "fullCalcOnLoad") == Some("1"));
        assert!(
            formulas || !full,
            "{}: no formulas, yet {calc:?}",
            path.display()
        );
    }
}
