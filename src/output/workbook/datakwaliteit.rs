//! The sheet "Datakwaliteit" of the organisation workbook: the reconciliation, counts per
//! reason (rejected, flagged, left out on purpose) and every rejected or flagged row.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Workbook, XlsxError};

use crate::output::sheet::block::breedtes;
use crate::output::sheet::cell::Cell;
use crate::output::sheet::print::afdruk;
use crate::output::sheet::style::Stijl;
use crate::output::workbook::Context;

/// At most this many flagged or rejected rows are listed one by one in Datakwaliteit (all
/// rejected rows are always in `afwijzingen.csv`).
pub const MAX_DATAKWALITEIT_REGELS: usize = 100_000;

/// Writes the sheet "Datakwaliteit".
pub(super) fn sheet(
    wb: &mut Workbook,
    ctx: &Context<'_>,
    st: &Stijl,
    bestanden: &[String],
) -> Result<(), XlsxError> {
    let r = ctx.res;
    let ws = wb.add_worksheet_with_constant_memory()?;
    ws.set_name("Datakwaliteit")?;
    breedtes(ws, &[40.0, 14.0, 10.0, 90.0])?;
    afdruk(ws, None)?;
    let mut row = st.titel(
        ws,
        0,
        "Datakwaliteit",
        &[
            ctx.periode_tekst(),
            ctx.peil_tekst(),
            format!("Regels: {}", super::aansluiting(&r.telling)),
        ],
    )?;
    if let Some((a, b)) = r.buiten_span {
        ws.write_string(row - 1, 0, format!("{} regels buiten de periode, gedateerd {} t/m {} (niet afgewezen, niet meegeteld).",
            r.telling.buiten_periode, a.format("%d-%m-%Y"), b.format("%d-%m-%Y")))?;
        row += 1;
    }
    let mut counts: BTreeMap<(&str, &str), u64> = BTreeMap::new();
    for a in &r.afwijzingen {
        *counts.entry(("Afgewezen", a.soort)).or_default() += 1;
    }
    for m in &r.meldingen {
        *counts
            .entry(("Verwerkt, gemarkeerd", m.soort()))
            .or_default() += 1;
    }
    let niet_declarabel: Vec<_> = r
        .personen
        .iter()
        .filter(|u| ctx.medewerker(u).categorie.is_none())
        .collect();
    if !niet_declarabel.is_empty() {
        counts.insert(
            ("Medewerker", "beroep kan niet declareren"),
            niet_declarabel.len() as u64,
        );
    }
    for (reden, n) in &r.uitgesloten {
        counts.insert(("Uitgesloten", reden.as_str()), *n);
    }
    let standaard = format!(
        "consult zonder setting: standaard setting {} gebruikt",
        ctx.setting
    );
    if r.telling.standaard_setting > 0 {
        counts.insert(
            ("Verwerkt, gemarkeerd", &standaard),
            r.telling.standaard_setting,
        );
    }
    if r.telling.verdacht > 0 {
        counts.insert(
            (
                "Verwerkt, gemarkeerd",
                "status of declarabel lijkt \"niet verschenen\" of \"nee\" (sluit uit met [epd.uitsluiten])",
            ),
            r.telling.verdacht,
        );
    }
    // SPEC 6.2: rows valued by their prestatiecode, and codes not used without a list.
    let codes = &r.telling.prestatiecodes;
    if codes.rijen > 0 {
        counts.insert(
            (
                "Verwerkt",
                "prestatiecode bepaalt de prestatie (klasse, setting en beroepscategorie uit de NZa-lijst)",
            ),
            u64::from(codes.rijen),
        );
    }
    if codes.niet_gebruikt > 0 {
        counts.insert(
            (
                "Verwerkt, gemarkeerd",
                "prestatiecode niet gebruikt: geen NZa-lijst geladen, gelezen op de activiteit (geef de NZa-lijst met --tarieven)",
            ),
            u64::from(codes.niet_gebruikt),
        );
    }
    // SPEC 7.1: the defaults of the financiers, once the run knows any financier.
    let zonder_contract = format!(
        "financier zonder contractregel voor het jaar: standaardpercentage {} (--contract-percentage)",
        crate::domain::number::nl_kort(ctx.refs.tarieven.contract_basispunten as f64 / 100.0, 2)
    );
    if r.financiers
        .iter()
        .any(|f| f.financier != crate::domain::financier::ONBEKEND || f.met_contract)
    {
        for (tekst, n) in [
            (
                "geen financier op de regel: telt als (onbekend)",
                r.telling.zonder_financier,
            ),
            (zonder_contract.as_str(), r.telling.zonder_contract),
        ] {
            if n > 0 {
                counts.insert(("Verwerkt, gemarkeerd", tekst), n);
            }
        }
    }
    if r.telling.losse_reistijd > 0 {
        counts.insert(
            (
                "Verwerkt, gemarkeerd",
                "losse reistijdregel: telt als reistijd, zonder toeslag",
            ),
            r.telling.losse_reistijd,
        );
    }
    // Number conventions applied and budget rows of unknown teams (SPEC 5.2, 5.7).
    let controle = &ctx.audit.controle;
    let notaties: Vec<String> = controle.getallen.iter().map(|g| g.nl()).collect();
    for (g, tekst) in controle.getallen.iter().zip(&notaties) {
        counts.insert(("Getalnotatie toegepast", tekst), g.waarden as u64);
    }
    if !controle.onbekende_teams.is_empty() {
        counts.insert(
            (
                "Niet gebruikt",
                "begroting of december 2021: team is geen team van de medewerkers",
            ),
            controle.onbekende_teams.len() as u64,
        );
    }
    if r.telling.losse_quotes > 0 {
        counts.insert(
            (
                "Gelezen, gemarkeerd",
                "los aanhalingsteken (\") dat over hele regels liep: elke regel als eigen regel gelezen, het teken als gewoon teken (bestand en regel: zie Over dit rapport)",
            ),
            r.telling.losse_quotes,
        );
    }
    let datums: Vec<(String, u64)> = r
        .datums
        .iter()
        .chain(&ctx.mw.datums)
        .filter(|b| b.melden())
        .map(|b| (b.reden(), b.aantal()))
        .collect();
    for (reden, n) in &datums {
        counts.insert(("Conventie", reden.as_str()), *n);
    }
    if r.telling.groep_deelnemers > 0 {
        counts.insert(
            (
                "Verwerkt, gemarkeerd",
                "groepsconsult per deelnemer: regel telt mee in de sessie van de eerste deelnemer (groepsconsult_per_deelnemer)",
            ),
            r.telling.groep_deelnemers,
        );
    }
    if r.telling.lijkt_per_deelnemer > 0 {
        counts.insert(
            (
                "Verwerkt, gemarkeerd",
                "groepsconsult lijkt één regel per deelnemer (zelfde medewerker, datum, begintijd en duur, evenveel regels als de groepsgrootte): elke regel telt als hele sessie; zet groepsconsult_per_deelnemer = true in het profiel als de export zo schrijft",
            ),
            r.telling.lijkt_per_deelnemer,
        );
    }
    let uit_fte = format!(
        "uren per week uit fte × {} (fulltime uren)",
        crate::domain::number::nl_kort(ctx.mw.fulltime_uren, 2)
    );
    if ctx.mw.uit_fte > 0 {
        counts.insert(("Medewerker", &uit_fte), ctx.mw.uit_fte as u64);
    }
    if r.telling.twee_teams > 0 {
        counts.insert(
            (
                "Verwerkt, gemarkeerd",
                "datum valt in dienstverbanden in twee teams: toegewezen aan de eerste regel",
            ),
            r.telling.twee_teams,
        );
    }
    row = st.sectie(ws, row, "Aantallen per reden")?;
    let count_rows: Vec<Vec<Cell>> = counts
        .iter()
        .map(|((s, reden), n)| vec![Cell::text(*reden), Cell::text(*s), Cell::aantal(*n as f64)])
        .collect();
    row = st.tabel(ws, row, &["Reden", "Status", "Aantal"], &count_rows)?;
    if !niet_declarabel.is_empty() {
        row += 1;
        row = st.sectie(
            ws,
            row,
            "Medewerkers met een beroep dat niet kan declareren",
        )?;
        let rows: Vec<Vec<Cell>> = niet_declarabel
            .iter()
            .map(|u| {
                let m = ctx.medewerker(u);
                vec![
                    Cell::text(&m.id),
                    Cell::text(&m.team),
                    Cell::text(&m.beroep),
                    Cell::text("beroep hoort bij geen beroepscategorie: tijd telt mee, geen omzet"),
                ]
            })
            .collect();
        row = st.tabel(ws, row, &["Medewerker", "Team", "Beroep", "Gevolg"], &rows)?;
    }
    if !controle.onbekende_teams.is_empty() {
        row += 1;
        row = st.sectie(
            ws,
            row,
            "Begroting en december 2021: regels zonder bekend team",
        )?;
        let rows: Vec<Vec<Cell>> = controle
            .onbekende_teams
            .iter()
            .map(|o| {
                vec![
                    Cell::text(&o.bestand),
                    Cell::aantal(o.regel as f64),
                    Cell::text("Niet gebruikt"),
                    Cell::text(o.nl()),
                ]
            })
            .collect();
        row = st.tabel(ws, row, &["Bestand", "Regel", "Status", "Reden"], &rows)?;
    }
    row += 1;
    row = st.sectie(ws, row, "Regels (afgewezen of niet declarabel)")?;
    let file = |i: u16| bestanden.get(i as usize).cloned().unwrap_or_default();
    // (file, line, 0 = rejected / 1 = flagged, index): sorted, cut, then given their text.
    let mut list: Vec<(u16, u32, u8, usize)> = r
        .afwijzingen
        .iter()
        .enumerate()
        .map(|(i, a)| (a.bestand, a.regel, 0, i))
        .chain(
            r.meldingen
                .iter()
                .enumerate()
                .map(|(i, m)| (m.bestand, m.regel, 1, i)),
        )
        .collect();
    list.sort_unstable();
    let total = list.len();
    let rows: Vec<Vec<Cell>> = list
        .into_iter()
        .take(MAX_DATAKWALITEIT_REGELS)
        .map(|(b, l, kind, i)| {
            let (status, reden) = if kind == 0 {
                ("Afgewezen", r.afwijzingen[i].reden.clone())
            } else {
                ("Verwerkt, gemarkeerd", r.meldingen[i].reden())
            };
            vec![
                Cell::text(file(b)),
                Cell::aantal(l),
                Cell::text(status),
                Cell::Text(reden),
            ]
        })
        .collect();
    let kop = row;
    row = st.tabel(ws, row, &["Bestand", "Regel", "Status", "Reden"], &rows)?;
    ws.autofilter(kop, 0, kop + rows.len() as u32, 3)?;
    if total > rows.len() {
        ws.write_string(
            row,
            0,
            format!(
                "… en nog {} regels (alle afgewezen regels staan in afwijzingen.csv).",
                total - rows.len()
            ),
        )?;
    }
    Ok(())
}
