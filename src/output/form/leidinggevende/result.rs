//! "Resultaat" of a leidinggevende workbook (SPEC 2.4) and the tab per person.

use rust_xlsxwriter::{Workbook, XlsxError};

use crate::compute::team_week::{TeamWeek, Teamlid, WeekHerkomst, met_ruimte, op_realisatie};
use crate::domain::number::nl_getal;
use crate::output::form::leidinggevende::{TeamBerekend, bron_tekst};
use crate::output::form::sheet::Uitvoer;
use crate::output::sanitize::{Unique, sheet_name};
use crate::output::sheet::cell::{Cell, Unit};
use crate::output::sheet::chart::Titel;
use crate::output::sheet::style::FormStijl;
use crate::rules::keten::NormKeten;

/// The sheet's name.
pub const BLAD: &str = "Resultaat";

const BEHANDELAREN: [&str; 10] = [
    "Medewerker",
    "Naam",
    "Beroep",
    "Uren per week",
    "Genormeerde tijd per week (uren)",
    "Omzet per week (€)",
    "Weeknorm (uren)",
    "Realisatie t.o.v. weeknorm",
    "Signaal",
    "Bron",
];

/// Writes "Resultaat" and makes it the sheet that opens first.
pub fn schrijf(
    wb: &mut Workbook,
    st: &FormStijl,
    b: &TeamBerekend,
    keten: &NormKeten,
) -> Result<(), XlsxError> {
    let t = &b.team;
    let ws = wb.add_worksheet();
    ws.set_name(BLAD)?;
    ws.set_active(true);
    let team = if t.fin.team.is_empty() {
        "team".to_string()
    } else {
        t.fin.team.clone()
    };
    let mut u = Uitvoer::nieuw(
        ws,
        st,
        &format!("Resultaat: {team}"),
        "uit de bladen Team en Financieel (en de meegegeven werkmappen van behandelaren)",
    )?;
    // Explanations in C overflow to the right; the tables below need narrower columns.
    let mut breedtes = vec![(0, 40.0), (1, 30.0), (2, 30.0)];
    breedtes.extend((3..8).map(|c| (c, 14.0)));
    breedtes.extend([(8, 28.0), (9, 34.0)]);
    u.breedtes(&breedtes)?;
    u.sectie("Team per week")?;
    u.waarde(
        "Genormeerde tijd per week (uren)",
        Cell::uren(t.genormeerd),
        "Som over de behandelaren van het team.",
    )?;
    u.waarde(
        "Omzet per week (€)",
        Cell::euro(t.omzet),
        "Som over de behandelaren van het team.",
    )?;
    let p = t.periode.as_ref();
    let of = |f: fn(&crate::compute::team_week::Periodecijfers) -> Option<f64>| p.and_then(f);
    u.sectie(&match p {
        Some(p) => format!("Periode {}", p.periode.label()),
        None => "Periode (niet ingevuld)".to_string(),
    })?;
    u.waarde(
        "Omzet in de periode (€)",
        Cell::of(p.map(|p| p.omzet), Unit::Euro),
        &match p {
            Some(p) => format!(
                "Omzet per week × {} × {} van {} werkdagen.",
                keten.tekst("{netto} / {fulltime} × (1 − {verzuim} verzuim)"),
                p.periode.werkdagen(),
                nl_getal(p.periode.werkdagen() as f64 / p.jaarfractie, 0)
            ),
            None => "Vul de Periode in op het blad Financieel.".to_string(),
        },
    )?;
    u.waarde(
        "Begroting omzet (€)",
        Cell::of(t.fin.begroting, Unit::Euro),
        "Zoals ingevuld op het blad Financieel (de begroting voor deze periode).",
    )?;
    u.waarde(
        "Verschil met begroting (€)",
        Cell::of(of(|p| p.verschil_begroting), Unit::Euro),
        "Omzet in de periode − begroting.",
    )?;
    u.waarde(
        "Realisatie t.o.v. begroting",
        Cell::of(of(|p| p.pct_begroting), Unit::Pct),
        "Omzet in de periode / begroting.",
    )?;
    u.waarde(
        "Realisatie december 2021 × maanden (€)",
        Cell::of(of(|p| p.dec_maanden), Unit::Euro),
        &match p {
            Some(p) => format!(
                "Omzet van december 2021 × {} maand(en).",
                p.periode.aantal_maanden()
            ),
            None => String::new(),
        },
    )?;
    u.waarde(
        "Verschil met december 2021 (€)",
        Cell::of(of(|p| p.verschil_dec), Unit::Euro),
        "Omzet in de periode − december 2021 × maanden.",
    )?;
    u.waarde(
        "Realisatie t.o.v. december 2021",
        Cell::of(of(|p| p.pct_dec), Unit::Pct),
        "Omzet in de periode / (december 2021 × maanden).",
    )?;

    u.sectie("Tijd voor zorg")?;
    u.waarde("Uren per week (contract)", Cell::uren(t.uren), "")?;
    u.waarde(
        "FTE",
        Cell::Number(t.fte, Unit::Fte),
        &keten.tekst("Uren per week / {fulltime}."),
    )?;
    u.waarde(
        "Weeknorm (uren)",
        Cell::uren(t.weeknorm),
        &keten.tekst(
            "{productief} van de uren per week: de jaarnorm verdeeld over dezelfde werkweken.",
        ),
    )?;
    u.waarde(
        "Realisatie t.o.v. weeknorm",
        Cell::pct(t.realisatie),
        "Genormeerde tijd / weeknorm; onder 90% ruimte, boven 110% meer gepland dan beschikbaar.",
    )?;
    u.waarde("Signaal", Cell::text(t.signaal.label()), "")?;
    u.waarde("Advies", Cell::text(t.signaal.advies()), "")?;

    u.sectie("Wie heeft ruimte over?")?;
    let ruimte = met_ruimte(t);
    if ruimte.is_empty() {
        u.tekst("Niemand: iedereen heeft minstens 90% van de weeknorm genormeerd staan.")?;
    } else {
        let rijen: Vec<Vec<Cell>> = ruimte
            .iter()
            .map(|q| {
                vec![
                    Cell::text(&q.regel.medewerker),
                    Cell::text(&q.regel.naam),
                    Cell::of(q.genormeerd, Unit::Uren),
                    Cell::uren(q.weeknorm),
                    Cell::of(q.realisatie, Unit::Pct),
                    Cell::uren(q.weeknorm - q.genormeerd.unwrap_or(0.0)),
                ]
            })
            .collect();
        u.tabel(
            &[
                "Medewerker",
                "Naam",
                "Genormeerde tijd per week (uren)",
                "Weeknorm (uren)",
                "Realisatie t.o.v. weeknorm",
                "Ruimte per week (uren)",
            ],
            &rijen,
        )?;
        u.tekst("Ga het gesprek aan: werkbalans en gevoel tellen mee; misschien kan de caseload omhoog.")?;
    }

    u.sectie("Behandelaren (laagste realisatie eerst)")?;
    let lijst = op_realisatie(t);
    let rijen: Vec<Vec<Cell>> = lijst.iter().map(|q| persoonsrij(q)).collect();
    let kop = u.tabel(&BEHANDELAREN, &rijen)?;
    let mut meldingen = b.meldingen.clone();
    for q in &t.personen {
        meldingen.extend(
            q.meldingen
                .iter()
                .filter(|m| !b.meldingen.contains(m))
                .cloned(),
        );
    }
    u.meldingen(&meldingen)?;
    u.kolomgrafiek(
        BLAD,
        (kop + 1, &rijen),
        &[
            (4, "Genormeerde tijd per week (uren)", "genormeerde tijd"),
            (6, "Weeknorm (uren)", "weeknorm"),
        ],
        Titel::Reeksen {
            voor: "",
            achter: " per behandelaar",
        },
        (560, 300),
    )?;
    Ok(())
}

fn persoonsrij(q: &Teamlid) -> Vec<Cell> {
    vec![
        Cell::text(&q.regel.medewerker),
        Cell::text(&q.regel.naam),
        Cell::text(&q.regel.beroep),
        Cell::uren(q.uren),
        Cell::of(q.genormeerd, Unit::Uren),
        Cell::of(q.omzet, Unit::Euro),
        Cell::uren(q.weeknorm),
        Cell::of(q.realisatie, Unit::Pct),
        Cell::text(q.signaal.label()),
        Cell::text(bron_tekst(&q.bron)),
    ]
}

/// Writes one tab per person, named after the person (sanitised, distinct from `bezet`).
pub fn tabbladen(
    wb: &mut Workbook,
    st: &FormStijl,
    (t, keten): (&TeamWeek, &NormKeten),
    bezet: &[&str],
) -> Result<(), XlsxError> {
    let mut namen = Unique::with_reserved(bezet);
    for q in &t.personen {
        let g = &q.regel;
        let wie = if g.naam.is_empty() {
            &g.medewerker
        } else {
            &g.naam
        };
        let naam = namen.take(&sheet_name(wie), 31);
        let ws = wb.add_worksheet();
        ws.set_name(&naam)?;
        let mut u = Uitvoer::nieuw(
            ws,
            st,
            &format!("{} ({})", g.naam, g.medewerker),
            "één behandelaar uit het blad Team",
        )?;
        u.waarde("Medewerker", Cell::text(&g.medewerker), "")?;
        u.waarde("Naam", Cell::text(&g.naam), "")?;
        u.waarde("Beroep", Cell::text(&g.beroep), "")?;
        u.waarde(
            "Beroepscategorie",
            Cell::text(g.categorie.map_or("", |c| c.naam())),
            "",
        )?;
        u.waarde("Uren per week", Cell::uren(q.uren), "")?;
        u.waarde(
            "Genormeerde tijd per week (uren)",
            Cell::of(q.genormeerd, Unit::Uren),
            "",
        )?;
        u.waarde("Omzet per week (€)", Cell::of(q.omzet, Unit::Euro), "")?;
        u.waarde(
            "Weeknorm (uren)",
            Cell::uren(q.weeknorm),
            &keten.tekst("{productief} van de uren per week."),
        )?;
        u.waarde(
            "Realisatie t.o.v. weeknorm",
            Cell::of(q.realisatie, Unit::Pct),
            "",
        )?;
        u.waarde(
            "Ruimte per week (uren)",
            Cell::of(q.genormeerd.map(|g| q.weeknorm - g), Unit::Uren),
            "Weeknorm − genormeerde tijd; positief is ruimte.",
        )?;
        u.waarde("Signaal", Cell::text(q.signaal.label()), "")?;
        u.waarde("Advies", Cell::text(q.signaal.advies()), "")?;
        u.waarde("Bron", Cell::text(bron_tekst(&q.bron)), "")?;
        if let WeekHerkomst::Werkmap(w) = &q.bron {
            u.sectie("Uit de werkmap van de behandelaar")?;
            u.waarde("Directe tijd (uren)", Cell::uren(w.direct), "")?;
            u.waarde("Tijd voor zorg (uren)", Cell::uren(w.tijd_voor_zorg), "")?;
            u.waarde(
                "Signaal van de week",
                Cell::text(w.signaal.label()),
                "Genormeerde tijd tegenover de tijd voor zorg van die week.",
            )?;
        }
        u.meldingen(&q.meldingen)?;
    }
    Ok(())
}
