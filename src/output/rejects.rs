//! `afwijzingen.csv` (SPEC 3): UTF-8, one header row, then one line per rejected row in file
//! and line order: the row's mapped columns as read (never the client column, never a column
//! that no field maps), plus `bestand`, `regel`, `reden`.

use crate::input::epd::{Afwijzing, CLIENT, COLUMNS, EpdInvoer};
use crate::input::table::kept_positions;

/// The header cells: the first file's headers of the mapped columns (less the client) when
/// every file has the same header and mapping, else the SPEC's column names.
fn header(epd: &EpdInvoer) -> (Vec<String>, bool) {
    let first = epd.headers.first();
    let same = first.is_some_and(|f| {
        epd.headers
            .iter()
            .all(|h| h.names == f.names && h.index == f.index)
    });
    match (same, first) {
        (true, Some(h)) => (
            kept_positions(&h.index, COLUMNS.len(), CLIENT)
                .into_iter()
                .map(|i| h.names.get(i).cloned().unwrap_or_default())
                .collect(),
            true,
        ),
        _ => (
            COLUMNS
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != CLIENT)
                .map(|(_, c)| c.name.to_string())
                .collect(),
            false,
        ),
    }
}

/// Writes the rejects as CSV bytes.
pub fn to_csv(epd: &EpdInvoer, afwijzingen: &[Afwijzing]) -> anyhow::Result<Vec<u8>> {
    let (mut head, as_read) = header(epd);
    let width = head.len();
    head.extend(["bestand", "regel", "reden"].map(String::from));
    let mut w = csv::WriterBuilder::new()
        .flexible(false)
        .from_writer(Vec::new());
    w.write_record(&head)?;
    for a in afwijzingen {
        let mut rec: Vec<String> = if as_read {
            let mut v = a.velden.clone();
            v.resize(width, String::new());
            v
        } else {
            canonical(epd, a)
        };
        let file = epd
            .bestanden
            .get(a.bestand as usize)
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        rec.extend([file, a.regel.to_string(), a.reden.clone()]);
        w.write_record(&rec)?;
    }
    w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}

/// The row's cells rearranged to the SPEC's columns (for mixed headers).
fn canonical(epd: &EpdInvoer, a: &Afwijzing) -> Vec<String> {
    let Some(h) = epd.headers.get(a.bestand as usize) else {
        return Vec::new();
    };
    // velden holds the mapped cells in file order: map file positions to velden positions.
    let kept = kept_positions(&h.index, COLUMNS.len(), CLIENT);
    let pos = |file_idx: usize| kept.iter().position(|&k| k == file_idx);
    (0..COLUMNS.len())
        .filter(|&c| c != CLIENT)
        .map(|c| {
            h.index[c]
                .and_then(pos)
                .and_then(|p| a.velden.get(p).cloned())
                .unwrap_or_default()
        })
        .collect()
}
