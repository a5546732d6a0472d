//! No "recalculate on open" in a workbook without formulas.
//!
//! rust_xlsxwriter 0.102 writes `<calcPr calcId="124519" fullCalcOnLoad="1"/>` into
//! xl/workbook.xml of every workbook in its default calculation mode
//! (`CalculationMode::Automatic`; only `Manual` leaves the attribute out, and turns off
//! automatic calculation). `fullCalcOnLoad` makes Excel recalculate the workbook when it
//! opens, after which it counts as changed and Excel asks "save changes?" on every close.
//! A workbook without formulas has nothing to recalculate: [`zonder_volledige_herberekening`]
//! drops the attribute from a saved file whose worksheets hold no formula.

use std::fs::File;
use std::io::{BufWriter, Cursor, Read, Write};
use std::path::Path;

use anyhow::Context;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// The part that holds `<calcPr>`.
const WORKBOOK: &str = "xl/workbook.xml";
/// The attribute left out.
const ATTRIBUUT: &str = " fullCalcOnLoad=\"1\"";

/// True when the XML read from `r` holds a formula element (`<f>` or `<f …>`): cell text is
/// escaped (`&lt;`), so `<f` only starts an element.
fn heeft_formule(mut r: impl Read) -> std::io::Result<bool> {
    let mut buf = vec![0u8; 1 << 16];
    // The last two bytes of the previous block, so that a `<f>` across two blocks is found.
    let mut rest = 0usize;
    loop {
        let n = r.read(&mut buf[rest..])?;
        if n == 0 {
            return Ok(false);
        }
        let eind = rest + n;
        if buf[..eind]
            .windows(3)
            .any(|w| w[0] == b'<' && w[1] == b'f' && matches!(w[2], b'>' | b' ' | b'/'))
        {
            return Ok(true);
        }
        rest = eind.min(2);
        buf.copy_within(eind - rest..eind, 0);
    }
}

/// True when a part (by its stored name) is a worksheet.
fn is_werkblad(naam: &[u8]) -> bool {
    naam.starts_with(b"xl/worksheets/") && naam.ends_with(b".xml")
}

/// What the writer of a workbook knows about its formulas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formules {
    /// The writer writes no cell formula (the run's workbooks): no need to look.
    Geen,
    /// The worksheets are searched for a formula first.
    Zoeken,
}

/// Writes the xlsx `bytes` (as rust_xlsxwriter saved them) to `doel`, without
/// `fullCalcOnLoad` in xl/workbook.xml when none of its worksheets holds a formula; a
/// workbook with formulas is written as it is. Every other part is copied unchanged, so the
/// workbook is compressed only once.
pub fn schrijf_zonder_volledige_herberekening(
    bytes: &[u8],
    doel: &Path,
    formules: Formules,
) -> anyhow::Result<()> {
    let schrijf_zo = || -> anyhow::Result<()> {
        std::fs::write(doel, bytes).with_context(|| format!("cannot write {}", doel.display()))
    };
    let mut zip = ZipArchive::new(Cursor::new(bytes))?;
    if formules == Formules::Zoeken {
        for i in 0..zip.len() {
            let deel = zip.by_index(i)?;
            if is_werkblad(deel.name_raw()) && heeft_formule(deel)? {
                return schrijf_zo();
            }
        }
    }
    let mut xml = String::new();
    zip.by_name(WORKBOOK)?.read_to_string(&mut xml)?;
    if !xml.contains(ATTRIBUUT) {
        return schrijf_zo();
    }
    let xml = xml.replacen(ATTRIBUUT, "", 1);
    let bestand = File::create(doel).with_context(|| format!("cannot write {}", doel.display()))?;
    let mut uit = ZipWriter::new(BufWriter::new(bestand));
    for i in 0..zip.len() {
        let deel = zip.by_index_raw(i)?;
        if deel.name_raw() != WORKBOOK.as_bytes() {
            uit.raw_copy_file(deel)?;
            continue;
        }
        let mut opties =
            SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        if let Some(t) = deel.last_modified() {
            opties = opties.last_modified_time(t);
        }
        if let Some(m) = deel.unix_mode() {
            opties = opties.unix_permissions(m);
        }
        uit.start_file(WORKBOOK, opties)?;
        uit.write_all(xml.as_bytes())?;
    }
    uit.finish()?
        .into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| format!("cannot write {}", doel.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calc_pr(pad: &Path) -> String {
        let mut zip = ZipArchive::new(File::open(pad).unwrap()).unwrap();
        let mut xml = String::new();
        zip.by_name(WORKBOOK)
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        let i = xml.find("<calcPr").unwrap();
        xml[i..i + xml[i..].find("/>").unwrap() + 2].to_string()
    }

    #[test]
    fn only_a_workbook_with_formulas_recalculates_on_open() {
        let dir = tempfile::tempdir().unwrap();
        for (naam, formule) in [("zonder.xlsx", false), ("met.xlsx", true)] {
            let mut wb = rust_xlsxwriter::Workbook::new();
            let ws = wb.add_worksheet();
            ws.write_string(0, 0, "<f> als tekst").unwrap();
            ws.write_number(1, 0, 2.0).unwrap();
            if formule {
                ws.write_formula(2, 0, "=A2*2").unwrap();
            }
            let pad = dir.path().join(naam);
            let bytes = wb.save_to_buffer().unwrap();
            schrijf_zonder_volledige_herberekening(&bytes, &pad, Formules::Zoeken).unwrap();
            assert_eq!(calc_pr(&pad).contains("fullCalcOnLoad"), formule, "{naam}");
            // Still a workbook that calamine reads.
            let mut x: calamine::Xlsx<_> = calamine::open_workbook(&pad).unwrap();
            use calamine::Reader;
            assert!(x.worksheet_range("Sheet1").is_ok());
        }
    }

    #[test]
    fn a_formula_across_two_blocks_is_found() {
        let mut tekst = vec![b'x'; (1 << 16) - 1];
        tekst.extend_from_slice(b"<f>A1</f>");
        assert!(heeft_formule(&tekst[..]).unwrap());
        assert!(!heeft_formule(&b"<foo/>&lt;f&gt;"[..]).unwrap());
    }
}
