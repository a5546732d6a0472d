//! Golden sheet dumps: every sheet of every workbook that `run` (samples, with
//! `--per-behandelaar`), `fill` (the Taskforce samples) and `templates` write, dumped per cell
//! as its value and number format into `tests/data/golden/sheets/*.tsv`.
//!
//! A redesign must leave these files unchanged, or change them only in a commit that says why.
//! Refresh them with `ZPM_GOLDEN_UPDATE=1 cargo test --test golden_sheets` (debug or release: the
//! binary's path is written as `<ZPM>`).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::xml::{attr, cell_formats, elements, shared_strings, texts, unescape};
use common::{data, root, walk, xlsx_parts, zpm};

/// One workbook as `sheet<TAB>cell<TAB>value<TAB>format` lines, in sheet and cell order.
fn dump(xlsx: &Path, normalise: &dyn Fn(String) -> String) -> String {
    let parts = xlsx_parts(xlsx);
    let part = |name: &str| parts.get(name).cloned().unwrap_or_default();
    let shared = shared_strings(&part("xl/sharedStrings.xml"));
    let formats = cell_formats(&part("xl/styles.xml"));
    let rels: BTreeMap<String, String> =
        elements(&part("xl/_rels/workbook.xml.rels"), "Relationship")
            .into_iter()
            .filter_map(|(t, _)| Some((attr(t, "Id")?.to_string(), attr(t, "Target")?.to_string())))
            .collect();
    let mut out = String::new();
    for (tag, _) in elements(&part("xl/workbook.xml"), "sheet") {
        let name = unescape(attr(tag, "name").unwrap_or(""));
        let target = attr(tag, "r:id")
            .and_then(|id| rels.get(id))
            .cloned()
            .unwrap_or_default();
        let target = target.trim_start_matches("/xl/").to_string();
        let xml = part(&format!("xl/{target}"));
        for (c, body) in elements(&xml, "c") {
            let r = attr(c, "r").unwrap_or("?");
            let s: usize = attr(c, "s").and_then(|v| v.parse().ok()).unwrap_or(0);
            let format = formats.get(s).cloned().unwrap_or_default();
            let v = elements(body, "v").first().map(|(_, v)| unescape(v));
            let value = match attr(c, "t") {
                Some("s") => {
                    let i: usize = v
                        .as_deref()
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(usize::MAX);
                    format!("s:{}", shared.get(i).cloned().unwrap_or_default())
                }
                Some("inlineStr") => format!("s:{}", texts(body)),
                Some("str") => format!("s:{}", v.unwrap_or_default()),
                Some("b") => format!("b:{}", v.unwrap_or_default()),
                Some("e") => format!("e:{}", v.unwrap_or_default()),
                _ => match v {
                    Some(v) => format!("n:{v}"),
                    None => "blank".to_string(),
                },
            };
            let value = match elements(body, "f").first() {
                Some((_, f)) => format!("={} -> {value}", unescape(f)),
                None => value,
            };
            let value = normalise(value)
                .replace('\\', "\\\\")
                .replace('\t', "\\t")
                .replace('\n', "\\n")
                .replace('\r', "\\r");
            out.push_str(&format!("{name}\t{r}\t{value}\t{format}\n"));
        }
    }
    out
}

/// The golden folder.
fn golden_dir() -> PathBuf {
    data("golden/sheets")
}

/// A golden file name for a workbook: its kind, then its path under the output folder.
fn golden_name(kind: &str, out: &Path, xlsx: &Path) -> String {
    let rel = xlsx.strip_prefix(out).unwrap_or(xlsx).to_string_lossy();
    format!(
        "{kind}-{}.tsv",
        rel.trim_end_matches(".xlsx").replace(['/', '\\'], "-")
    )
}

/// Dumps every workbook under `out` and compares each with its golden file (or writes it).
fn check(kind: &str, out: &Path, mismatches: &mut Vec<String>) -> Vec<String> {
    let update = std::env::var_os("ZPM_GOLDEN_UPDATE").is_some();
    let out_text = out.to_string_lossy().to_string();
    let root_text = root().to_string_lossy().to_string();
    // The binary's path differs between debug and release builds (and target folders).
    let exe_text = env!("CARGO_BIN_EXE_zpm").to_string();
    let normalise = move |s: String| {
        s.replace(&exe_text, "<ZPM>")
            .replace(&out_text, "<OUT>")
            .replace(&root_text, "<ROOT>")
    };
    let mut names = Vec::new();
    for xlsx in walk(out) {
        if xlsx.extension().and_then(|e| e.to_str()) != Some("xlsx") {
            continue;
        }
        let name = golden_name(kind, out, &xlsx);
        let text = dump(&xlsx, &normalise);
        let path = golden_dir().join(&name);
        if update {
            std::fs::create_dir_all(golden_dir()).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else {
            let want = std::fs::read_to_string(&path).unwrap_or_default();
            if want != text {
                let line = want
                    .lines()
                    .zip(text.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(want.lines().count().min(text.lines().count()));
                mismatches.push(format!(
                    "{name}: differs from line {}: want {:?}, got {:?}",
                    line + 1,
                    want.lines().nth(line).unwrap_or("<end>"),
                    text.lines().nth(line).unwrap_or("<end>")
                ));
            }
        }
        names.push(name);
    }
    names
}

#[test]
fn every_sheet_of_run_fill_and_templates_matches_its_golden_dump() {
    let tmp = tempfile::tempdir().unwrap();
    let run_out = tmp.path().join("run");
    zpm()
        .current_dir(root())
        .env("ZPM_PEILDATUM", "2026-01-01")
        .args(["run", "--epd", "samples/epd-export.csv"])
        .args(["--medewerkers", "samples/medewerkers.csv"])
        .args(["--begroting", "samples/begroting.csv"])
        .args(["--realisatie-2021", "samples/realisatie-2021.csv"])
        .args(["--tarieven", "samples/tarieven-voorbeeld.csv"])
        .args(["--per-behandelaar", "--out"])
        .arg(&run_out)
        .assert()
        .success();
    let fill_out = tmp.path().join("fill");
    let mut fill = zpm();
    fill.current_dir(root()).arg("fill");
    for f in [
        "behandelaar-jan.xlsx",
        "behandelaar-sanne.xlsx",
        "kliniek-de-horst.xlsx",
        "leidinggevende-team-noord.xlsx",
    ] {
        fill.arg(format!("samples/taskforce/{f}"));
    }
    fill.args(["--tarieven", "samples/tarieven-voorbeeld.csv"])
        .args([
            "--kliniek-normen",
            "samples/taskforce/kliniek-normen-voorbeeld.csv",
        ])
        .arg("--out")
        .arg(&fill_out)
        .assert()
        .success();
    let templates_out = tmp.path().join("templates");
    zpm()
        .args(["templates", "--out"])
        .arg(&templates_out)
        .assert()
        .success();

    let mut mismatches = Vec::new();
    let mut names = check("run", &run_out, &mut mismatches);
    names.extend(check("fill", &fill_out, &mut mismatches));
    names.extend(check("templates", &templates_out, &mut mismatches));
    assert!(names.len() > 40, "too few workbooks dumped: {names:?}");
    // No golden file may be left without a workbook that writes it.
    let mut stale: Vec<String> = walk(&golden_dir())
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().to_string()))
        .filter(|n| !names.contains(n))
        .collect();
    stale.sort();
    assert!(
        stale.is_empty(),
        "golden dumps without a workbook: {stale:?}"
    );
    assert!(
        mismatches.is_empty(),
        "sheet dumps differ from tests/data/golden/sheets (refresh with ZPM_GOLDEN_UPDATE=1 only \
         in a commit that says why):\n{}",
        mismatches.join("\n")
    );
}
