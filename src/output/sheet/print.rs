//! Print set-up of every generated sheet.

use rust_xlsxwriter::{Worksheet, XlsxError};

/// Landscape, one page wide (the Taskforce workbooks).
pub fn afdruk_liggend(ws: &mut Worksheet) {
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
}

/// Landscape A4, one page wide, the header row repeated on every page, a footer with the
/// sheet name and page numbers (the run workbooks).
pub fn afdruk(ws: &mut Worksheet, kop_rij: Option<u32>) -> Result<(), XlsxError> {
    afdruk_liggend(ws);
    ws.set_paper_size(9);
    ws.set_footer("&L&A&RPagina &P van &N");
    if let Some(r) = kop_rij {
        ws.set_repeat_rows(r, r)?;
    }
    Ok(())
}
