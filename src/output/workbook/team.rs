//! `teams/<team>.xlsx` (SPEC 3): the sheet "Team" (team figures, the behandelaar table with
//! signals, "Wie heeft ruimte over?", a chart) and one tab per behandelaar.

use rust_xlsxwriter::{ChartType, DocProperties, Workbook, XlsxError};

use crate::compute::team::{TeamUitkomst, Totaal};
use crate::domain::signaal::Signaal;
use crate::output::sanitize::{Unique, sheet_name};
use crate::output::sheet::block::breedtes;
use crate::output::sheet::cell::Cell;
use crate::output::sheet::chart::{Grafiek, Titel};
use crate::output::sheet::colour::{realisatie_kleuren, signaal_kleuren};
use crate::output::sheet::print::afdruk;
use crate::output::sheet::style::Stijl;
use crate::output::workbook::{
    BEHANDELAAR_BREEDTES, BEHANDELAAR_KOPPEN, Context, behandelaar, behandelaar_rij,
};
use crate::output::workbook::{audit, trend, uitleg};

/// Label/value rows of a team's (or the organisation's) finance against budget and 2021.
pub fn financieel(
    (omzet, omzet_contract): (f64, f64),
    begroting: Option<f64>,
    dec2021: Option<f64>,
) -> Vec<(&'static str, Cell)> {
    vec![
        ("Omzet (€)", Cell::euro(omzet)),
        ("Omzet contract (€)", Cell::euro(omzet_contract)),
        ("Begroting omzet (€)", Cell::euro_opt(begroting)),
        (
            "Verschil met begroting (€)",
            Cell::euro_opt(begroting.map(|b| omzet - b)),
        ),
        (
            "Realisatie t.o.v. begroting",
            Cell::pct_opt(begroting.filter(|b| *b > 0.0).map(|b| omzet / b)),
        ),
        (
            "Realisatie december 2021 × maanden (€)",
            Cell::euro_opt(dec2021),
        ),
        (
            "Verschil met december 2021 (€)",
            Cell::euro_opt(dec2021.map(|d| omzet - d)),
        ),
        (
            "Realisatie t.o.v. december 2021",
            Cell::pct_opt(dec2021.filter(|d| *d > 0.0).map(|d| omzet / d)),
        ),
    ]
}

/// The title of a team: its name, with "Team" before it unless the name starts with it.
pub fn titel(naam: &str) -> String {
    if naam.to_lowercase().starts_with("team") {
        naam.to_string()
    } else {
        format!("Team {naam}")
    }
}

/// The label/value rows of a team's or the organisation's totals, then its finance.
pub fn totaal_items(
    t: &Totaal,
    begroting: Option<f64>,
    dec2021: Option<f64>,
) -> Vec<(&'static str, Cell)> {
    let mut items = vec![
        ("Behandelaren", Cell::aantal(t.behandelaren)),
        ("FTE", Cell::decimaal(t.fte)),
        ("Directe tijd (uren)", Cell::uren(t.som.direct_min / 60.0)),
        (
            "Genormeerde indirecte tijd (uren)",
            Cell::uren(t.som.indirect_min / 60.0),
        ),
        (
            "Genormeerde tijd (uren)",
            Cell::uren(t.som.genormeerd_min / 60.0),
        ),
        ("Beschikbaar (uren)", Cell::uren(t.cap.beschikbaar)),
        ("Norm (uren)", Cell::uren(t.cap.norm)),
        ("Productiviteit", Cell::pct(t.productiviteit)),
        ("Realisatie t.o.v. norm", Cell::pct(t.realisatie_norm)),
        ("Signaal", Cell::text(t.signaal.label())),
        ("Consulten", Cell::aantal(t.consulten)),
    ];
    items.extend(financieel(
        (t.omzet(), t.som.omzet_contract_cents as f64 / 100.0),
        begroting,
        dec2021,
    ));
    items
}

/// Builds the team workbook.
pub fn workbook(ctx: &Context<'_>, t: &TeamUitkomst) -> Result<Workbook, XlsxError> {
    let st = Stijl::default();
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(titel(&t.naam))
            .set_subject(ctx.periode_tekst())
            .set_company(ctx.organisatie)
            .set_author("zpm"),
    );
    let ws = wb.add_worksheet();
    ws.set_name("Team")?;
    breedtes(ws, &BEHANDELAAR_BREEDTES)?;
    ws.set_column_width(0, 40)?;
    let mut row = st.titel(
        ws,
        0,
        &titel(&t.naam),
        &[
            ctx.organisatie.to_string(),
            ctx.periode_tekst(),
            ctx.peil_tekst(),
        ],
    )?;
    row = st.sectie(ws, row, "Teamcijfers")?;
    let items = totaal_items(
        &t.totaal,
        t.begroting.map(|b| b.omzet),
        t.dec2021.map(|d| d.0),
    );
    let cijfers = st.labels(ws, row, &items)?;
    row = cijfers.volgende;
    row += 1;
    row = st.sectie(
        ws,
        row,
        "Behandelaren (gesorteerd op realisatie t.o.v. norm)",
    )?;
    let rows: Vec<Vec<Cell>> = t
        .leden
        .iter()
        .map(|&i| behandelaar_rij(ctx, &ctx.res.personen[i]))
        .collect();
    let kop = row;
    row = st.tabel(ws, row, &BEHANDELAAR_KOPPEN, &rows)?;
    ws.autofilter(
        kop,
        0,
        kop + rows.len() as u32,
        BEHANDELAAR_KOPPEN.len() as u16 - 1,
    )?;
    // A dashboard sheet: the title rows and the first column stay in view.
    ws.set_freeze_panes(4, 1)?;
    signaal_kleuren(ws, kop + 1, kop + rows.len() as u32, 11)?;
    if let Some(r) = cijfers.rij("Signaal") {
        signaal_kleuren(ws, r, r, 1)?;
    }
    if let Some(r) = cijfers.rij("Realisatie t.o.v. begroting") {
        realisatie_kleuren(ws, r, r, 1)?;
    }
    afdruk(ws, Some(kop))?;
    let per_behandelaar = Titel::Reeksen {
        voor: "",
        achter: " per behandelaar",
    };
    let grafiek = Grafiek::nieuw(ChartType::Bar, "Team", per_behandelaar).tabel(
        kop + 1,
        &rows,
        1,
        &[
            (6, "Genormeerde tijd (uren)", "genormeerde tijd"),
            (8, "Norm (uren)", "norm"),
        ],
    );
    if let Some(chart) = grafiek.bouw() {
        ws.insert_chart(2, 3, &chart)?;
    }
    row += 1;
    row = st.sectie(ws, row, "Wie heeft ruimte over?")?;
    let ruimte: Vec<Vec<Cell>> = t
        .leden
        .iter()
        .map(|&i| &ctx.res.personen[i])
        .filter(|u| u.signaal == Signaal::RuimteInAgenda)
        .map(|u| {
            let m = ctx.medewerker(u);
            vec![
                Cell::text(&m.id),
                Cell::text(&m.naam),
                Cell::uren(u.cap.norm - u.som.genormeerd_min / 60.0),
                Cell::pct(u.realisatie_norm),
            ]
        })
        .collect();
    if ruimte.is_empty() {
        ws.write_string(row, 0, "Niemand: iedereen zit op of boven 90% van de norm.")?;
    } else {
        st.tabel(
            ws,
            row,
            &[
                "Medewerker",
                "Naam",
                "Ruimte tot de norm (uren)",
                "Realisatie t.o.v. norm",
            ],
            &ruimte,
        )?;
    }
    let mut names = Unique::with_reserved(&["Team", "Trend", "Uitleg", "Over dit rapport"]);
    for &i in &t.leden {
        let u = &ctx.res.personen[i];
        let m = ctx.medewerker(u);
        let name = names.take(
            &sheet_name(if m.naam.is_empty() { &m.id } else { &m.naam }),
            31,
        );
        let ws = wb.add_worksheet();
        ws.set_name(&name)?;
        behandelaar::schrijf(ws, &name, ctx, u, &st)?;
    }
    trend::schrijf(&mut wb, ctx, &st, &titel(&t.naam), &t.maanden)?;
    uitleg::schrijf(&mut wb, ctx, &st)?;
    audit::schrijf(&mut wb, ctx, &st, false)?;
    Ok(wb)
}

/// Builds a personal workbook: that person's tab only.
pub fn persoonlijk(ctx: &Context<'_>, i: usize) -> Result<Workbook, XlsxError> {
    let st = Stijl::default();
    let u = &ctx.res.personen[i];
    let m = ctx.medewerker(u);
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(format!("{} ({})", m.naam, m.id))
            .set_subject(ctx.periode_tekst())
            .set_company(ctx.organisatie)
            .set_author("zpm"),
    );
    let ws = wb.add_worksheet();
    ws.set_name("Behandelaar")?;
    behandelaar::schrijf(ws, "Behandelaar", ctx, u, &st)?;
    uitleg::schrijf(&mut wb, ctx, &st)?;
    Ok(wb)
}
