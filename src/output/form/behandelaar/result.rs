//! The sheet "Resultaat" of a behandelaar workbook (SPEC 2.4): the week, the signal with the
//! webinar's advice, the year view against the jaarnorm, how each figure was computed, the
//! consults per class, the problems found, and a chart of normed time against time for care.

use std::collections::BTreeMap;

use rust_xlsxwriter::{ChartType, Workbook, XlsxError};

use crate::output::sheet::chart::{Grafiek, Reeks, Titel};
use crate::rules::klasse::KLASSEN;

use crate::compute::week::whole::WeekBerekend;
use crate::domain::number::{nl_getal, nl_kort, nl_pct};
use crate::output::form::sheet::Uitvoer;
use crate::output::sheet::cell::{Cell, Unit};
use crate::output::sheet::style::FormStijl;
use crate::rules::keten::NormKeten;

/// The sheet's name.
pub const BLAD: &str = "Resultaat";

/// Writes "Resultaat" and makes it the sheet that opens first.
pub fn schrijf(
    wb: &mut Workbook,
    st: &FormStijl,
    b: &WeekBerekend,
    keten: &NormKeten,
) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(BLAD)?;
    ws.set_active(true);
    let p = &b.ingevuld.persoon;
    let res = &b.res;
    let k = &b.week;
    let wie = [p.naam.as_str(), p.medewerker.as_str()]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or("behandelaar");
    let mut u = Uitvoer::nieuw(
        ws,
        st,
        &format!("Resultaat: {wie}"),
        "één week uit de Weekagenda, met het jaarbeeld",
    )?;
    u.sectie("Per week")?;
    u.waarde(
        "Directe tijd (uren)",
        Cell::uren(res.direct),
        "Minuten van consulten en groepsconsulten (Planning = Realisatie) / 60.",
    )?;
    u.waarde(
        "Genormeerde indirecte tijd (uren)",
        Cell::uren(res.indirect),
        "Indirecte tijd die het tarief per declarabel consult vergoedt (normtabel), niet geregistreerd.",
    )?;
    let r_genormeerd = u.waarde(
        "Genormeerde tijd (uren)",
        Cell::uren(res.genormeerd),
        "Directe tijd + genormeerde indirecte tijd + intercollegiaal overleg + reistijd.",
    )?;
    u.waarde(
        "Beschikbare tijd (uren)",
        Cell::uren(res.beschikbaar),
        &format!(
            "Uren per week {} − afwezig {}.",
            nl_getal(p.uren_per_week, 2),
            nl_getal(p.afwezig, 2)
        ),
    )?;
    let r_zorg = u.waarde(
        "Tijd voor zorg (uren)",
        Cell::uren(res.tijd_voor_zorg),
        &format!(
            "Beschikbare tijd − niet-patiëntgebonden {} uur.",
            nl_getal(res.npg, 2)
        ),
    )?;
    u.waarde(
        "Verschil (uren)",
        Cell::uren(res.verschil),
        "Tijd voor zorg − genormeerde tijd: positief is ruimte in de agenda.",
    )?;
    let grenzen = "onder 90% ruimte in agenda, boven 110% meer gepland dan beschikbaar";
    u.waarde(
        "Signaal",
        Cell::text(res.signaal.label()),
        &match res.verhouding {
            Some(v) => format!(
                "Genormeerde tijd / tijd voor zorg = {}%: {grenzen}.",
                nl_getal(v * 100.0, 1)
            ),
            None => "Geen tijd voor zorg deze week.".to_string(),
        },
    )?;
    u.waarde("Advies", Cell::text(res.signaal.advies()), "")?;
    u.waarde(
        "Omzet (€)",
        Cell::euro(res.omzet),
        &format!(
            "Tarieven {}, setting {}, {}.",
            p.jaar,
            p.setting,
            p.categorie
                .map_or("geen beroepscategorie (kan niet declareren)", |c| c.naam())
        ),
    )?;

    u.sectie("Per jaar")?;
    u.waarde(
        "Jaarnorm (uren)",
        Cell::uren(res.jaarnorm),
        &format!(
            "Netto werkbare uren {} × {} productief × (1 − {} verzuim).",
            nl_getal(res.netto_jaar, 2),
            nl_pct(keten.productief),
            nl_pct(keten.verzuim)
        ),
    )?;
    u.waarde(
        "Genormeerde tijd per jaar bij deze week (uren)",
        Cell::uren(res.per_jaar),
        &format!(
            "Genormeerde tijd × {} / {} uur per week × (1 − {} verzuim): deze week herhaald over uw werkweken.",
            nl_getal(res.netto_jaar, 2),
            nl_getal(p.uren_per_week, 2),
            nl_pct(keten.verzuim)
        ),
    )?;
    u.waarde(
        "Realisatie t.o.v. jaarnorm",
        Cell::pct(res.realisatie_jaar),
        "Genormeerde tijd per jaar / jaarnorm; 100% is precies op de norm.",
    )?;

    u.sectie("Toelichting")?;
    u.waarde(
        "Genormeerde tijd t.o.v. tijd voor zorg",
        Cell::of(res.verhouding, Unit::Pct),
        "Waarop het signaal berust.",
    )?;
    for (label, t) in [
        ("Medewerker", p.medewerker.as_str()),
        ("Naam", p.naam.as_str()),
        ("Team", p.team.as_str()),
        ("Beroep", p.beroep.as_str()),
        (
            "Beroepscategorie",
            p.categorie
                .map_or("(geen: kan niet declareren)", |c| c.naam()),
        ),
    ] {
        u.waarde(label, Cell::text(t), "")?;
    }
    u.waarde(
        "Setting",
        Cell::Number(f64::from(p.setting), Unit::Aantal),
        "",
    )?;
    u.waarde("Jaar", Cell::Number(f64::from(p.jaar), Unit::Aantal), "")?;
    u.waarde(
        "Intercollegiaal overleg (uren)",
        Cell::uren(k.som.overleg_min / 60.0),
        "",
    )?;
    u.waarde("Reistijd (uren)", Cell::uren(k.som.reistijd_min / 60.0), "")?;
    u.waarde(
        "Niet-patiëntgebonden tijd (uren)",
        Cell::uren(res.npg),
        if p.npg_uren.is_some() {
            "Zoals ingevuld op het blad Behandelaar."
        } else {
            "Uit de regels Niet-patiëntgebonden van de Weekagenda."
        },
    )?;
    u.waarde(
        "Consulten (declarabel)",
        Cell::Number(f64::from(k.consulten), Unit::Aantal),
        "",
    )?;
    u.waarde(
        "Consulten korter dan 5 minuten",
        Cell::Number(f64::from(k.onder_5), Unit::Aantal),
        "Niet declarabel; tellen alleen als directe tijd.",
    )?;
    u.waarde(
        "Netto werkbare uren per jaar",
        Cell::uren(res.netto_jaar),
        &format!(
            "{} × {} / {} − vrijstelling {}.",
            nl_kort(keten.netto_uren_fulltime, 2),
            nl_getal(p.uren_per_week, 2),
            nl_kort(keten.fulltime_uren, 2),
            nl_getal(p.vrijstelling, 2)
        ),
    )?;
    u.waarde(
        "Omzet per jaar bij deze week (€)",
        Cell::euro(res.omzet_per_jaar),
        "Omzet × dezelfde werkweken als hierboven.",
    )?;

    u.sectie("Consulten per klasse")?;
    let rijen = klasse_rijen(&k.per_klasse);
    u.tabel(&["Klasse (min)", "Diagnostiek", "Behandeling"], &rijen)?;
    u.meldingen(&b.ingevuld.meldingen)?;

    let reeks = |naam, in_titel, r| Reeks {
        naam,
        in_titel,
        waarden: (r, 1, r, 1),
        gevuld: true,
    };
    let grafiek = Grafiek::nieuw(
        ChartType::Column,
        BLAD,
        Titel::Reeksen {
            voor: "",
            achter: " (uren per week)",
        },
    )
    .reeks(reeks(
        "Genormeerde tijd (uren)",
        "genormeerde tijd",
        r_genormeerd,
    ))
    .reeks(reeks("Tijd voor zorg (uren)", "tijd voor zorg", r_zorg));
    if let Some(mut chart) = grafiek.bouw() {
        chart.set_width(480).set_height(300);
        u.ws.insert_chart(3, 3, &chart)?;
    }
    Ok(())
}

/// One row per class bound: the declarable consults diagnostiek and behandeling.
fn klasse_rijen(per: &BTreeMap<(&'static str, u16), u32>) -> Vec<Vec<Cell>> {
    let n = |t: &'static str, k: u16| {
        Cell::Number(
            f64::from(per.get(&(t, k)).copied().unwrap_or(0)),
            Unit::Aantal,
        )
    };
    KLASSEN
        .iter()
        .map(|&k| {
            vec![
                Cell::Number(f64::from(k), Unit::Aantal),
                n("diagnostiek", k),
                n("behandeling", k),
            ]
        })
        .collect()
}
