//! One behandelaar's tab (in the team workbook and in the personal workbook): figures, the
//! norm chain, consults per class and type, each week of the period, the signal and advice.

use rust_xlsxwriter::{ChartType, Worksheet, XlsxError};

use crate::compute::person::Uitkomst;
use crate::output::grafiek::{Grafiek, Titel};
use crate::output::sheet::cell::{Cel, Stijl, breedtes};
use crate::output::sheet::print::{afdruk, signaal_kleuren};
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
    let k = &ctx.refs.keten;
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
    // "Signaal" is the 19th label of the block below its section heading.
    signaal_kleuren(ws, row + 19, row + 19, 1)?;
    afdruk(ws, None)?;
    let setting = m.setting.unwrap_or(ctx.setting);
    row = st.sectie(ws, row, "Cijfers over de periode")?;
    row = st.labels(
        ws,
        row,
        &[
            ("Medewerker", Cel::tekst(&m.id)),
            ("Naam", Cel::tekst(&m.naam)),
            ("Team", Cel::tekst(&m.team)),
            ("Beroep", Cel::tekst(&m.beroep)),
            (
                "Beroepscategorie",
                Cel::tekst(m.categorie.map_or("kan niet declareren", |c| c.naam())),
            ),
            ("Setting (standaard)", Cel::getal(setting)),
            ("Uren per week", Cel::Decimaal(m.uren_per_week)),
            ("Werkdagen in dienst", Cel::getal(u.werkdagen)),
            ("Directe tijd (uren)", Cel::Uren(u.som.direct_min / 60.0)),
            (
                "Genormeerde indirecte tijd (uren)",
                Cel::Uren(u.som.indirect_min / 60.0),
            ),
            (
                "Intercollegiaal overleg (uren)",
                Cel::Uren(u.som.overleg_min / 60.0),
            ),
            ("Reistijd (uren)", Cel::Uren(u.som.reistijd_min / 60.0)),
            (
                "Genormeerde tijd (uren)",
                Cel::Uren(u.som.genormeerd_min / 60.0),
            ),
            (
                "Niet-patiëntgebonden tijd (uren)",
                Cel::Uren(u.som.npg_min / 60.0),
            ),
            ("Beschikbaar (uren)", Cel::Uren(u.cap.beschikbaar)),
            ("Norm (uren)", Cel::Uren(u.cap.norm)),
            ("Productiviteit", Cel::Pct(u.productiviteit)),
            ("Realisatie t.o.v. norm", Cel::Pct(u.realisatie_norm)),
            ("Signaal", Cel::tekst(u.signaal.label())),
            ("Advies", Cel::tekst(u.signaal.advies())),
            ("Consulten", Cel::getal(u.consulten)),
            ("Cliënten", Cel::getal(u.clienten)),
            ("Consulten korter dan 5 minuten", Cel::getal(u.onder_5)),
            ("Groepsconsult-prestaties", Cel::getal(u.groepsprestaties)),
            ("Omzet (€)", Cel::Euro(u.som.omzet_cents as f64 / 100.0)),
        ],
    )?;
    row += 1;
    row = st.sectie(ws, row, "Zo is de norm berekend")?;
    let netto = k.netto_jaar(m.uren_per_week, m.vrijstelling_uren);
    let cut = ctx.res.periode.snijd(m.in_dienst, m.uit_dienst);
    row = st.labels(
        ws,
        row,
        &[
            (
                "Netto werkbare uren per jaar, fulltime",
                Cel::Uren(k.netto_uren_fulltime),
            ),
            (
                "× uren per week / fulltime uren",
                Cel::Decimaal(m.uren_per_week / k.fulltime_uren),
            ),
            (
                "− vrijstelling (uren per jaar)",
                Cel::Uren(m.vrijstelling_uren),
            ),
            ("= netto jaaruren", Cel::Uren(netto)),
            (
                "× deel van het jaar in dienst (werkdagen)",
                Cel::Decimaal(cut.map_or(0.0, |c| c.jaarfractie())),
            ),
            ("× (1 − verzuim)", Cel::Pct(1.0 - k.verzuim)),
            ("− afwezig in de periode (uren)", Cel::Uren(m.afwezig_uren)),
            ("= beschikbaar (uren)", Cel::Uren(u.cap.beschikbaar)),
            ("× productieve norm", Cel::Pct(k.productief)),
            ("= norm (uren)", Cel::Uren(u.cap.norm)),
        ],
    )?;
    row += 1;
    row = st.sectie(ws, row, "Consulten per klasse")?;
    let klasse_rows: Vec<Vec<Cel>> = KLASSEN
        .iter()
        .enumerate()
        .map(|(i, kl)| {
            let (d, b) = (u.per_klasse[0][i], u.per_klasse[1][i]);
            vec![
                Cel::tekst(format!("vanaf {kl} min")),
                Cel::getal(d),
                Cel::getal(b),
                Cel::getal(d + b),
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
    let week_rows: Vec<Vec<Cel>> = u
        .per_week
        .iter()
        .map(|(maandag, s)| {
            vec![
                Cel::Datum(*maandag),
                Cel::Uren(s.direct_min / 60.0),
                Cel::Uren(s.genormeerd_min / 60.0),
                Cel::Euro(s.omzet_cents as f64 / 100.0),
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
