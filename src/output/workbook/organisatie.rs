//! `organisatie.xlsx` (SPEC 3): "Organisatie" (totals, the norm chain, budget and December
//! 2021, FTE check), "Teams", "Behandelaren", "Datakwaliteit", with charts per team.

use rust_xlsxwriter::{ChartType, DocProperties, Workbook, XlsxError};

use crate::output::sheet::chart::{Grafiek, Titel};

use crate::domain::number::nl_pct;
use crate::output::sheet::block::breedtes;
use crate::output::sheet::cell::Cell;
use crate::output::sheet::colour::{realisatie_kleuren, signaal_kleuren};
use crate::output::sheet::print::afdruk;
use crate::output::sheet::style::Stijl;
use crate::output::workbook::team::totaal_items;
use crate::output::workbook::{BEHANDELAAR_BREEDTES, BEHANDELAAR_KOPPEN, Context, behandelaar_rij};
use crate::output::workbook::{audit, datakwaliteit, planning, trend, uitleg};

/// Builds the organisation workbook.
pub fn workbook(ctx: &Context<'_>, bestanden: &[String]) -> Result<Workbook, XlsxError> {
    let st = Stijl::default();
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(format!("ZPM-rapport {}", ctx.organisatie))
            .set_subject(ctx.periode_tekst())
            .set_company(ctx.organisatie)
            .set_author("zpm"),
    );
    organisatie_sheet(&mut wb, ctx, &st)?;
    teams_sheet(&mut wb, ctx, &st)?;
    // The long lists are streamed to disk row by row (rust_xlsxwriter's constant memory).
    let ws = wb.add_worksheet_with_constant_memory()?;
    ws.set_name("Behandelaren")?;
    breedtes(ws, &BEHANDELAAR_BREEDTES)?;
    let rows: Vec<Vec<Cell>> = ctx
        .res
        .personen
        .iter()
        .map(|u| behandelaar_rij(ctx, u))
        .collect();
    st.tabel(ws, 0, &BEHANDELAAR_KOPPEN, &rows)?;
    ws.autofilter(0, 0, rows.len() as u32, BEHANDELAAR_KOPPEN.len() as u16 - 1)?;
    ws.set_freeze_panes(1, 2)?;
    signaal_kleuren(ws, 1, rows.len() as u32, 11)?;
    afdruk(ws, Some(0))?;
    super::financiers::schrijf(&mut wb, ctx, &st)?;
    datakwaliteit::sheet(&mut wb, ctx, &st, bestanden)?;
    planning::schrijf(&mut wb, ctx, &st)?;
    trend::schrijf(
        &mut wb,
        ctx,
        &st,
        ctx.organisatie,
        &ctx.res.organisatie.maanden,
    )?;
    uitleg::schrijf(&mut wb, ctx, &st)?;
    audit::schrijf(&mut wb, ctx, &st, true)?;
    Ok(wb)
}

fn organisatie_sheet(wb: &mut Workbook, ctx: &Context<'_>, st: &Stijl) -> Result<(), XlsxError> {
    let r = ctx.res;
    let o = &r.organisatie;
    let k = &ctx.refs.keten;
    // Written row by row and no chart reads it: streamed (rust_xlsxwriter's constant memory).
    let ws = wb.add_worksheet_with_constant_memory()?;
    ws.set_name("Organisatie")?;
    breedtes(ws, &[52.0, 18.0, 60.0])?;
    let mut row = st.titel(
        ws,
        0,
        &format!("ZPM-rapport {}", ctx.organisatie),
        &[ctx.periode_tekst(), ctx.peil_tekst()],
    )?;
    afdruk(ws, None)?;
    row = st.sectie(ws, row, "Totalen")?;
    let t = &o.totaal;
    let mut items = vec![("Teams", Cell::aantal(r.teams.len() as f64))];
    items.extend(totaal_items(t, o.begroting.map(|b| b.omzet), o.dec2021));
    row = st.labels(ws, row, &items)?.volgende;
    row += 1;
    row = st.sectie(ws, row, "Normketen (fulltime, per jaar)")?;
    let (a, b, c) = k.fulltime_jaar();
    row = st
        .labels(
            ws,
            row,
            &[
                ("Netto werkbare uren per jaar (fulltime)", Cell::uren(a)),
                ("× productieve norm", Cell::pct(k.productief)),
                ("= productieve uren per jaar", Cell::uren(b)),
                ("× (1 − verzuim)", Cell::pct(1.0 - k.verzuim)),
                ("= norm per jaar (fulltime)", Cell::uren(c)),
                (
                    "Werkdagen in de periode / werkdagen in het jaar",
                    Cell::decimaal(r.periode.jaarfractie()),
                ),
                (
                    "Norm per FTE in de periode (uren)",
                    Cell::uren(o.norm_per_fte),
                ),
            ],
        )?
        .volgende;
    let bron = format!(
        "Bron: productiviteitsmodel Fivoor ({} uur, {}, {} verzuim); zonder tussentijds afronden.",
        ctx.refs.keten.netto_uren_fulltime,
        nl_pct(ctx.refs.keten.productief),
        nl_pct(ctx.refs.keten.verzuim)
    );
    ws.write_string(row, 0, bron)?;
    row += 2;
    row = st.sectie(ws, row, "FTE-toets")?;
    row = st
        .labels(
            ws,
            row,
            &[
                (
                    "Omzet per genormeerd uur (€)",
                    Cell::euro(o.omzet_per_genormeerd_uur),
                ),
                (
                    "Benodigde FTE voor de begroting bij de norm",
                    o.benodigde_fte.map_or(Cell::Empty, Cell::decimaal),
                ),
                ("FTE behandelaren", Cell::decimaal(t.fte)),
                (
                    "Verschil FTE (huidig − benodigd)",
                    o.benodigde_fte
                        .map_or(Cell::Empty, |b| Cell::decimaal(t.fte - b)),
                ),
            ],
        )?
        .volgende;
    row += 1;
    row = st.sectie(ws, row, "Invoer")?;
    st.labels(ws, row, &super::telling_items(&r.telling))?;
    Ok(())
}

fn teams_sheet(wb: &mut Workbook, ctx: &Context<'_>, st: &Stijl) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name("Teams")?;
    let koppen = [
        "Team",
        "Behandelaren",
        "FTE",
        "Directe tijd (uren)",
        "Genormeerde tijd (uren)",
        "Beschikbaar (uren)",
        "Norm (uren)",
        "Productiviteit",
        "Realisatie t.o.v. norm",
        "Signaal",
        "Omzet (€)",
        "Omzet contract (€)",
        "Begroting omzet (€)",
        "Verschil met begroting (€)",
        "Realisatie t.o.v. begroting",
        "Realisatie december 2021 × maanden (€)",
        "Verschil met december 2021 (€)",
    ];
    breedtes(
        ws,
        &[
            28.0, 12.0, 8.0, 12.0, 12.0, 12.0, 12.0, 12.0, 12.0, 28.0, 14.0, 14.0, 14.0, 14.0,
            12.0, 16.0, 14.0,
        ],
    )?;
    let rows: Vec<Vec<Cell>> = ctx
        .res
        .teams
        .iter()
        .map(|t| {
            let tt = &t.totaal;
            let omzet = tt.omzet();
            let b = t.begroting.map(|b| b.omzet);
            let d = t.dec2021.map(|d| d.0);
            vec![
                Cell::text(&t.naam),
                Cell::aantal(tt.behandelaren),
                Cell::decimaal(tt.fte),
                Cell::uren(tt.som.direct_min / 60.0),
                Cell::uren(tt.som.genormeerd_min / 60.0),
                Cell::uren(tt.cap.beschikbaar),
                Cell::uren(tt.cap.norm),
                Cell::pct(tt.productiviteit),
                Cell::pct(tt.realisatie_norm),
                Cell::text(tt.signaal.label()),
                Cell::euro(omzet),
                Cell::euro(tt.som.omzet_contract_cents as f64 / 100.0),
                Cell::euro_opt(b),
                Cell::euro_opt(b.map(|b| omzet - b)),
                Cell::pct_opt(b.filter(|b| *b > 0.0).map(|b| omzet / b)),
                Cell::euro_opt(d),
                Cell::euro_opt(d.map(|d| omzet - d)),
            ]
        })
        .collect();
    st.tabel(ws, 0, &koppen, &rows)?;
    let n = rows.len() as u32;
    ws.autofilter(0, 0, n, koppen.len() as u16 - 1)?;
    ws.set_freeze_panes(1, 1)?;
    signaal_kleuren(ws, 1, n, 9)?;
    realisatie_kleuren(ws, 1, n, 14)?;
    afdruk(ws, Some(0))?;
    let per_team = Titel::Reeksen {
        voor: "",
        achter: " per team",
    };
    let uren = Grafiek::nieuw(ChartType::Column, "Teams", per_team).tabel(
        1,
        &rows,
        0,
        &[
            (4, "Genormeerde tijd (uren)", "genormeerde tijd"),
            (6, "Norm (uren)", "norm"),
        ],
    );
    if let Some(chart) = uren.bouw() {
        ws.insert_chart(n + 3, 0, &chart)?;
    }
    let geld = Grafiek::nieuw(ChartType::Column, "Teams", per_team).tabel(
        1,
        &rows,
        0,
        &[
            (10, "Omzet (€)", "omzet"),
            (12, "Begroting omzet (€)", "begroting"),
        ],
    );
    if let Some(chart) = geld.bouw() {
        ws.insert_chart(n + 3, 6, &chart)?;
    }
    Ok(())
}
