//! One behandelaar's tab (in the team workbook and in the personal workbook): figures, the
//! norm chain, consults per class and type, each week of the period, the signal and advice.

use rust_xlsxwriter::{ChartType, Worksheet, XlsxError};

use crate::compute::person::Uitkomst;
use crate::domain::medewerker::Dienstverband;
use crate::domain::periode::Periode;
use crate::output::sheet::block::breedtes;
use crate::output::sheet::cell::Cell;
use crate::output::sheet::chart::{Grafiek, Titel};
use crate::output::sheet::colour::signaal_kleuren;
use crate::output::sheet::print::afdruk;
use crate::output::sheet::style::Stijl;
use crate::output::workbook::Context;
use crate::rules::klasse::KLASSEN;

/// Writes the tab of `u` into `ws` (whose name is already set to `sheet`).
pub fn schrijf(
    ws: &mut Worksheet,
    sheet: &str,
    ctx: &Context<'_>,
    u: &Uitkomst,
    st: &Stijl,
) -> Result<(), XlsxError> {
    let m = ctx.medewerker(u);
    breedtes(ws, &[44.0, 16.0, 16.0, 16.0, 16.0])?;
    let mut row = st.titel(
        ws,
        0,
        &format!("{} ({})", m.naam, m.id),
        &[
            format!(
                "{} · {} · {}",
                m.team,
                if m.beroep.is_empty() {
                    "beroep onbekend"
                } else {
                    &m.beroep
                },
                ctx.organisatie
            ),
            ctx.periode_tekst(),
            ctx.peil_tekst(),
        ],
    )?;
    afdruk(ws, None)?;
    let setting = m.huidig().setting.unwrap_or(ctx.setting);
    row = st.sectie(ws, row, "Cijfers over de periode")?;
    let cijfers = st.labels(
        ws,
        row,
        &[
            ("Medewerker", Cell::text(&m.id)),
            ("Naam", Cell::text(&m.naam)),
            ("Team", Cell::text(&m.team)),
            ("Beroep", Cell::text(&m.beroep)),
            (
                "Beroepscategorie",
                Cell::text(m.categorie.map_or("kan niet declareren", |c| c.naam())),
            ),
            ("Setting (standaard)", Cell::aantal(setting)),
            ("Uren per week", Cell::decimaal(u.uren_per_week)),
            ("Werkdagen in dienst", Cell::aantal(u.werkdagen)),
            ("Directe tijd (uren)", Cell::uren(u.som.direct_min / 60.0)),
            (
                "Genormeerde indirecte tijd (uren)",
                Cell::uren(u.som.indirect_min / 60.0),
            ),
            (
                "Intercollegiaal overleg (uren)",
                Cell::uren(u.som.overleg_min / 60.0),
            ),
            ("Reistijd (uren)", Cell::uren(u.som.reistijd_min / 60.0)),
            (
                "Genormeerde tijd (uren)",
                Cell::uren(u.som.genormeerd_min / 60.0),
            ),
            (
                "Niet-patiëntgebonden tijd (uren)",
                Cell::uren(u.som.npg_min / 60.0),
            ),
            ("Beschikbaar (uren)", Cell::uren(u.cap.beschikbaar)),
            ("Norm (uren)", Cell::uren(u.cap.norm)),
            ("Productiviteit", Cell::pct(u.productiviteit)),
            ("Realisatie t.o.v. norm", Cell::pct(u.realisatie_norm)),
            ("Signaal", Cell::text(u.signaal.label())),
            ("Advies", Cell::text(u.signaal.advies())),
            ("Consulten", Cell::aantal(u.consulten)),
            ("Cliënten", Cell::aantal(u.clienten)),
            ("Consulten korter dan 5 minuten", Cell::aantal(u.onder_5)),
            ("Groepsconsult-prestaties", Cell::aantal(u.groepsprestaties)),
            ("Omzet (€)", Cell::euro(u.som.omzet_cents as f64 / 100.0)),
            (
                "Omzet contract (€)",
                Cell::euro(u.som.omzet_contract_cents as f64 / 100.0),
            ),
        ],
    )?;
    if let Some(r) = cijfers.rij("Signaal") {
        signaal_kleuren(ws, r, r, 1)?;
    }
    row = cijfers.volgende;
    row += 1;
    row = st.sectie(ws, row, "Zo is de norm berekend")?;
    let periode = &ctx.res.periode;
    let in_periode: Vec<(&Dienstverband, Periode)> = m
        .contracten
        .iter()
        .filter_map(|c| Some((c, periode.snijd(c.in_dienst, c.uit_dienst)?)))
        .collect();
    row = match in_periode.as_slice() {
        [] => keten(ws, row, ctx, u, (m.huidig(), None), st)?,
        [(c, cut)] => keten(ws, row, ctx, u, (c, Some(*cut)), st)?,
        _ => keten_per_contract(ws, row, ctx, u, &in_periode, st)?,
    };
    row += 1;
    row = st.sectie(ws, row, "Consulten per klasse")?;
    let klasse_rows: Vec<Vec<Cell>> = KLASSEN
        .iter()
        .enumerate()
        .map(|(i, kl)| {
            let (d, b) = (u.per_klasse[0][i], u.per_klasse[1][i]);
            vec![
                Cell::text(format!("vanaf {kl} min")),
                Cell::aantal(d),
                Cell::aantal(b),
                Cell::aantal(d + b),
            ]
        })
        .collect();
    let klasse_kop = row;
    row = st.tabel(
        ws,
        row,
        &["Klasse", "Diagnostiek", "Behandeling", "Totaal"],
        &klasse_rows,
    )?;
    let klassen = Grafiek::nieuw(
        ChartType::Column,
        sheet,
        Titel::Vast("Consulten per klasse"),
    )
    .tabel(
        klasse_kop + 1,
        &klasse_rows,
        0,
        &[(1, "Diagnostiek", ""), (2, "Behandeling", "")],
    );
    if let Some(chart) = klassen.bouw() {
        ws.insert_chart(klasse_kop, 6, &chart)?;
    }
    row += 1;
    row = st.sectie(ws, row, "Per week")?;
    let week_rows: Vec<Vec<Cell>> = u
        .per_week
        .iter()
        .map(|(maandag, s)| {
            vec![
                Cell::Date(*maandag),
                Cell::uren(s.direct_min / 60.0),
                Cell::uren(s.genormeerd_min / 60.0),
                Cell::euro(s.omzet_cents as f64 / 100.0),
            ]
        })
        .collect();
    let week_kop = row;
    st.tabel(
        ws,
        row,
        &[
            "Week (maandag)",
            "Directe tijd (uren)",
            "Genormeerde tijd (uren)",
            "Omzet (€)",
        ],
        &week_rows,
    )?;
    let weken = Grafiek::nieuw(
        ChartType::Line,
        sheet,
        Titel::Vast("Genormeerde tijd per week"),
    )
    .tabel(
        week_kop + 1,
        &week_rows,
        0,
        &[(2, "Genormeerde tijd (uren)", "")],
    );
    if let Some(chart) = weken.bouw() {
        ws.insert_chart(week_kop, 6, &chart)?;
    }
    ws.set_freeze_panes(0, 1)?;
    Ok(())
}

/// The norm chain of one contract (SPEC 1.7), as label/value rows.
fn keten(
    ws: &mut Worksheet,
    row: u32,
    ctx: &Context<'_>,
    u: &Uitkomst,
    (c, cut): (&Dienstverband, Option<Periode>),
    st: &Stijl,
) -> Result<u32, XlsxError> {
    let k = &ctx.refs.keten;
    let netto = k.netto_jaar(c.uren_per_week, c.vrijstelling_uren);
    Ok(st
        .labels(
            ws,
            row,
            &[
                (
                    "Netto werkbare uren per jaar, fulltime",
                    Cell::uren(k.netto_uren_fulltime),
                ),
                (
                    "× uren per week / fulltime uren",
                    Cell::decimaal(c.uren_per_week / k.fulltime_uren),
                ),
                (
                    "− vrijstelling (uren per jaar)",
                    Cell::uren(c.vrijstelling_uren),
                ),
                ("= netto jaaruren", Cell::uren(netto)),
                (
                    "× deel van het jaar in dienst (werkdagen)",
                    Cell::decimaal(cut.map_or(0.0, |x| x.jaarfractie())),
                ),
                ("× (1 − verzuim)", Cell::pct(1.0 - k.verzuim)),
                ("− afwezig in de periode (uren)", Cell::uren(c.afwezig_uren)),
                ("= beschikbaar (uren)", Cell::uren(u.cap.beschikbaar)),
                ("× productieve norm", Cell::pct(k.productief)),
                ("= norm (uren)", Cell::uren(u.cap.norm)),
            ],
        )?
        .volgende)
}

/// The norm chain of a medewerker with several contracts in the period (SPEC 5.5): one row
/// per contract, summed.
fn keten_per_contract(
    ws: &mut Worksheet,
    row: u32,
    ctx: &Context<'_>,
    u: &Uitkomst,
    contracten: &[(&Dienstverband, Periode)],
    st: &Stijl,
) -> Result<u32, XlsxError> {
    let k = &ctx.refs.keten;
    let rows: Vec<Vec<Cell>> = contracten
        .iter()
        .map(|(c, cut)| {
            let netto = k.netto_jaar(c.uren_per_week, c.vrijstelling_uren);
            vec![
                Cell::Date(cut.van),
                Cell::Date(cut.tot),
                Cell::decimaal(c.uren_per_week),
                Cell::uren(c.vrijstelling_uren),
                Cell::uren(netto),
                Cell::decimaal(cut.jaarfractie()),
                Cell::uren(c.afwezig_uren),
                Cell::uren(k.beschikbaar(netto, cut.jaarfractie(), c.afwezig_uren)),
            ]
        })
        .collect();
    let row = st.tabel(
        ws,
        row,
        &[
            "Dienstverband van",
            "t/m",
            "Uren per week",
            "Vrijstelling (uren per jaar)",
            "Netto jaaruren",
            "Deel van het jaar (werkdagen)",
            "Afwezig in de periode (uren)",
            "Beschikbaar (uren)",
        ],
        &rows,
    )?;
    Ok(st
        .labels(
            ws,
            row,
            &[
                (
                    "Netto werkbare uren per jaar, fulltime",
                    Cell::uren(k.netto_uren_fulltime),
                ),
                (
                    "× (1 − verzuim), per dienstverband",
                    Cell::pct(1.0 - k.verzuim),
                ),
                (
                    "= beschikbaar (uren), opgeteld",
                    Cell::uren(u.cap.beschikbaar),
                ),
                ("× productieve norm", Cell::pct(k.productief)),
                ("= norm (uren)", Cell::uren(u.cap.norm)),
            ],
        )?
        .volgende)
}
