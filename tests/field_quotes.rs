//! Stray quotes (issue 12, SPEC 5.4): one `"` typed at the start of a free-text field opens a
//! quoted field that would swallow the records after it. zpm reads each physical line as the
//! record it is, takes the quote as a literal character and flags it (stderr, Datakwaliteit,
//! "Over dit rapport"): the figures are those of the same export without the quote, and
//! `regels` is the number of data records. A valid remark over two lines stays one record.

mod common;

use std::path::Path;

use calamine::Data;
use common::*;
use serde_json::Value;

const ROWS: usize = 7727;

/// Runs the samples' medewerkers and tariffs over `epd` for 2022-Q1.
fn run(epd: &Path, out: &Path) -> (Value, String) {
    let o = zpm()
        .arg("run")
        .arg("--epd")
        .arg(epd)
        .arg("--medewerkers")
        .arg(root().join("samples/medewerkers.csv"))
        .arg("--tarieven")
        .arg(root().join("samples/tarieven-voorbeeld.csv"))
        .args(["--periode", "2022-Q1", "--out"])
        .arg(out)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "{}: {err}", epd.display());
    let j = serde_json::from_str(&std::fs::read_to_string(out.join("samenvatting.json")).unwrap());
    (j.unwrap(), err)
}

/// The sample export with an "Opmerking" column, `copies` times over: a remark on every 9th
/// row, a valid remark over two lines on data row 100 of each copy, and `"dringend` (a stray
/// quote) on the data rows (counted over all copies, 1-based) in `stray`. Returns the text and
/// the physical line of each stray quote.
fn export(copies: usize, stray: &[usize]) -> (String, Vec<usize>) {
    let sample = std::fs::read_to_string(root().join("samples/epd-export.csv")).unwrap();
    let mut lines = sample.lines();
    let mut out = format!("{};Opmerking\r\n", lines.next().unwrap());
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), ROWS);
    let (mut line, mut at) = (2, Vec::new());
    for n in 0..copies * ROWS {
        let i = n + 1;
        let remark = if stray.contains(&i) {
            at.push(line);
            "\"dringend, bel terug".to_string()
        } else if n % ROWS == 99 {
            line += 1;
            "\"Belt terug;\r\nmorgen na 14:00\"".to_string()
        } else if n % 9 == 0 {
            format!("Vervolgafspraak {n}")
        } else {
            String::new()
        };
        out.push_str(&format!("{};{remark}\r\n", rows[n % ROWS]));
        line += 1;
    }
    (out, at)
}

fn same_figures(a: &Value, b: &Value) {
    assert_eq!(a["invoer"], b["invoer"]);
    assert_eq!(a["organisatie"], b["organisatie"]);
    assert_eq!(a["behandelaren"], b["behandelaren"]);
}

/// The flag's count on Datakwaliteit.
fn flagged(out: &Path) -> f64 {
    let g = grid(&out.join("organisatie.xlsx"), "Datakwaliteit");
    g.iter()
        .find(|r| text(&r[0]).starts_with("los aanhalingsteken"))
        .map_or(0.0, |r| match r[2] {
            Data::Float(f) => f,
            _ => 0.0,
        })
}

#[test]
fn a_stray_quote_early_in_the_middle_and_near_the_end_loses_no_row() {
    let tmp = tempfile::tempdir().unwrap();
    let clean = tmp.path().join("schoon.csv");
    std::fs::write(&clean, export(1, &[]).0).unwrap();
    let (a, err) = run(&clean, &tmp.path().join("a"));
    assert_eq!(a["invoer"]["regels"], ROWS);
    assert!(!err.contains("stray quote"), "{err}");
    assert_eq!(flagged(&tmp.path().join("a")), 0.0);
    for (naam, row) in [("early", 12), ("middle", ROWS / 2), ("end", ROWS - 200)] {
        let (csv, at) = export(1, &[row]);
        let f = tmp.path().join(format!("{naam}.csv"));
        std::fs::write(&f, csv).unwrap();
        let out = tmp.path().join(naam);
        let (b, err) = run(&f, &out);
        same_figures(&a, &b);
        let line = at[0];
        assert!(
            err.contains(&format!(
                "1 stray quote(s) (\") opened a field that ran over whole records, on line {line}:"
            )),
            "{naam}: {err}"
        );
        assert_eq!(flagged(&out), 1.0, "{naam}");
        let over = grid(&out.join("organisatie.xlsx"), "Over dit rapport");
        let note = format!("los aanhalingsteken op regel {line}");
        assert!(
            over.iter().flatten().any(|c| text(c).contains(&note)),
            "{naam}: Over dit rapport"
        );
    }
}

/// A file above 4 MB is read in parallel chunks: three stray quotes, one of them in the first
/// rows, give the figures of the same file without them.
#[test]
fn stray_quotes_in_a_large_chunked_export_lose_no_row() {
    const COPIES: usize = 12;
    let tmp = tempfile::tempdir().unwrap();
    let n = COPIES * ROWS;
    let (schoon, _) = export(COPIES, &[]);
    assert!(schoon.len() > 4 << 20, "{} bytes", schoon.len());
    let (csv, at) = export(COPIES, &[3, n / 2, n - 200]);
    let (c, s) = (tmp.path().join("schoon.csv"), tmp.path().join("los.csv"));
    std::fs::write(&c, schoon).unwrap();
    std::fs::write(&s, csv).unwrap();
    let (a, _) = run(&c, &tmp.path().join("a"));
    let (b, err) = run(&s, &tmp.path().join("b"));
    assert_eq!(b["invoer"]["regels"], n);
    same_figures(&a, &b);
    let lines: Vec<String> = at.iter().map(|l| l.to_string()).collect();
    assert!(
        err.contains(&format!(
            "3 stray quote(s) (\") opened a field that ran over whole records, on line {}:",
            lines.join(", ")
        )),
        "{err}"
    );
    assert_eq!(flagged(&tmp.path().join("b")), 3.0);
}
