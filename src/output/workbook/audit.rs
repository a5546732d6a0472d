//! "Over dit rapport": the audit trail finance needs to prove which figures went to whom —
//! the zpm version, the command line, each input file with its SHA-256 and rows, the
//! reference tables used (embedded or file, with hash), the peilmoment and the reconciliation.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::domain::bron::Bron;
use crate::output::sheet::block::{breedtes, label_rij, regels};
use crate::output::sheet::cell::{Cell, kort};
use crate::output::sheet::print::afdruk;
use crate::output::sheet::style::Stijl;
use crate::output::workbook::Context;

/// One input file of the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoerBestand {
    /// What it is ("EPD-export", "Medewerkers", …).
    pub soort: &'static str,
    /// The path as given.
    pub pad: String,
    /// SHA-256, lowercase hex.
    pub sha256: String,
    /// Data rows read.
    pub regels: u64,
}

/// Everything the audit trail shows.
#[derive(Debug, Clone, Default)]
pub struct Audit {
    /// The zpm version.
    pub versie: &'static str,
    /// The command line as given.
    pub opdracht: String,
    /// The peilmoment (date of the run, or `ZPM_PEILDATUM`).
    pub peilmoment: String,
    /// The input files.
    pub bestanden: Vec<InvoerBestand>,
    /// The reference tables used, with their kind.
    pub tabellen: Vec<(&'static str, Bron)>,
    /// The contract percentage applied to the tariffs.
    pub contract_percentage: f64,
    /// How the inputs' headers were read: the sheet used and the columns ignored because a
    /// header of higher precedence named the same field (SPEC 5.1, 5.3), one line each.
    pub kolomkeuzes: Vec<String>,
    /// What each NZa tariff list gave and the rows it could not use (SPEC 6.1), one line each.
    pub tarieflijsten: Vec<String>,
    /// Warnings of the sanity check on the loaded tariff tables (`rules::tariefcontrole`).
    pub tariefcontrole: Vec<String>,
    /// Number conventions applied and budget rows of unknown teams (SPEC 5.2, 5.7).
    pub controle: Invoercontrole,
}

/// What reading the inputs other than the EPD decided or found (SPEC 4: never a silent wrong
/// figure): the number convention of each column, and begroting or December 2021 rows whose
/// team is no team of the medewerkers.
#[derive(Debug, Clone, Default)]
pub struct Invoercontrole {
    /// Each number column's convention, per file and column.
    pub getallen: Vec<crate::domain::decimaal::GetalConventie>,
    /// Begroting and December 2021 rows of unknown teams.
    pub onbekende_teams: Vec<crate::input::begroting::OnbekendTeam>,
}

impl Invoercontrole {
    /// Collects what reading the tariffs, the medewerkers, the begroting and December 2021
    /// decided or found.
    pub fn van(
        tarieven: &crate::rules::tarieven::Tarieven,
        mw: &crate::input::medewerkers::Medewerkers,
        begroting: Option<&crate::input::begroting::Begroting>,
        dec: Option<&crate::input::begroting::Realisatie2021>,
    ) -> Self {
        let mut c = Invoercontrole::default();
        c.getallen.extend(tarieven.getallen.iter().cloned());
        c.getallen.extend(mw.getallen.iter().cloned());
        if let Some(b) = begroting {
            c.getallen.extend(b.getallen.iter().cloned());
            c.onbekende_teams.extend(b.onbekend.iter().cloned());
        }
        if let Some(d) = dec {
            c.getallen.extend(d.getallen.iter().cloned());
            c.onbekende_teams.extend(d.onbekend.iter().cloned());
        }
        c
    }

    /// The run's last lines on stderr (after `zpm: `): each convention, each unknown team.
    pub fn regels(&self) -> Vec<String> {
        self.getallen
            .iter()
            .map(|g| g.en())
            .chain(
                self.onbekende_teams
                    .iter()
                    .map(|o| format!("warning: {}", o.en())),
            )
            .collect()
    }
}

impl Audit {
    /// The peilmoment: `ZPM_PEILDATUM` (YYYY-MM-DD) when set, else today's date.
    pub fn peilmoment_nu() -> String {
        match std::env::var("ZPM_PEILDATUM") {
            Ok(d) if !d.trim().is_empty() => d.trim().to_string(),
            _ => chrono::Local::now()
                .date_naive()
                .format("%Y-%m-%d")
                .to_string(),
        }
    }
}

/// Writes the sheet "Over dit rapport"; `volledig` adds the input files and tables (the
/// organisation workbook), otherwise a short version (team and personal workbooks).
pub fn schrijf(
    wb: &mut Workbook,
    ctx: &Context<'_>,
    st: &Stijl,
    volledig: bool,
) -> Result<(), XlsxError> {
    let a = ctx.audit;
    let r = ctx.res;
    // Written row by row and no chart reads it: streamed (rust_xlsxwriter's constant memory).
    let ws = wb.add_worksheet_with_constant_memory()?;
    ws.set_name("Over dit rapport")?;
    breedtes(ws, &[34.0, WAARDE_BREEDTE, 12.0, 66.0])?;
    let mut row = st.titel(ws, 0, "Over dit rapport", &[ctx.periode_tekst()])?;
    let mut items = vec![
        ("Gemaakt met", Cell::text(format!("zpm {}", a.versie))),
        ("Peilmoment", Cell::text(&a.peilmoment)),
        ("Organisatie", Cell::text(ctx.organisatie)),
        ("Opdracht", Cell::text(&a.opdracht)),
        (
            "Contractpercentage op de tarieven",
            Cell::pct(a.contract_percentage / 100.0),
        ),
    ];
    items.extend(super::telling_items(&r.telling));
    items.push((
        "Aansluiting",
        Cell::text(format!("regels {}", super::aansluiting(&r.telling))),
    ));
    row = labels_met_omloop(ws, st, row, &items)?;
    if volledig {
        row += 1;
        row = st.sectie(ws, row, "Invoerbestanden")?;
        let rows: Vec<Vec<Cell>> = a
            .bestanden
            .iter()
            .map(|b| {
                vec![
                    Cell::text(b.soort),
                    Cell::text(&b.pad),
                    Cell::aantal(b.regels as f64),
                    Cell::text(&b.sha256),
                ]
            })
            .collect();
        let kop = row;
        row = st.tabel(ws, row, &["Soort", "Bestand", "Regels", "SHA-256"], &rows)?;
        ws.autofilter(kop, 0, kop + rows.len() as u32, 3)?;
        row += 1;
        row = st.sectie(ws, row, "Referentietabellen")?;
        let rows: Vec<Vec<Cell>> = a
            .tabellen
            .iter()
            .map(|(soort, b)| {
                vec![
                    Cell::text(*soort),
                    Cell::text(&b.naam),
                    Cell::aantal(b.regels as f64),
                    Cell::text(&b.sha256),
                ]
            })
            .collect();
        row = st.tabel(ws, row, &["Soort", "Tabel", "Regels", "SHA-256"], &rows)?;
        for (kop, regels) in [
            ("Gelezen kolommen", &a.kolomkeuzes),
            ("NZa-tarieflijsten", &a.tarieflijsten),
            ("Controle van de tarieftabellen", &a.tariefcontrole),
        ] {
            if !regels.is_empty() {
                row += 1;
                row = st.sectie(ws, row, kop)?;
                for k in regels {
                    ws.write_string(row, 0, k)?;
                    row += 1;
                }
            }
        }
    } else {
        ws.write_string(row + 1, 0, "De invoerbestanden en tabellen met hun SHA-256 staan in organisatie.xlsx, blad \"Over dit rapport\".")?;
    }
    afdruk(ws, None)?;
    Ok(())
}

/// Width of the value column of the label block (characters).
const WAARDE_BREEDTE: f64 = 70.0;

/// [`Stijl::labels`], but a text too long for the value column (the command line, the
/// reconciliation) wraps in a row high enough for it: otherwise it runs far to the right and
/// the page, fitted to one page wide, prints tiny. Returns the next free row.
fn labels_met_omloop(
    ws: &mut Worksheet,
    st: &Stijl,
    row: u32,
    items: &[(&str, Cell)],
) -> Result<u32, XlsxError> {
    let boven = rust_xlsxwriter::FormatAlign::Top;
    let omloop = Format::new().set_text_wrap().set_align(boven);
    let label_boven = st.label.clone().set_align(boven);
    for (r, (label, cell)) in (row..).zip(items) {
        match cell {
            Cell::Text(t) if t.chars().count() as f64 > WAARDE_BREEDTE => {
                ws.write_string_with_format(r, 0, *label, &label_boven)?;
                ws.write_string_with_format(r, 1, kort(t).as_ref(), &omloop)?;
                ws.set_row_height(r, 15.0 * regels(t, WAARDE_BREEDTE) as f64)?;
            }
            _ => label_rij(ws, r, (label, &st.label), cell, &st.cellen)?,
        }
    }
    Ok(row + items.len() as u32)
}
