//! "Resultaat" of a leidinggevende workbook (SPEC 2.4) and the tab per person.

use rust_xlsxwriter::{Workbook, XlsxError};

use crate::compute::team_week::{TeamWeek, Teamlid, WeekHerkomst, met_ruimte, op_realisatie};
use crate::domain::number::nl_getal;
use crate::output::form::leidinggevende::{TeamBerekend, bron_tekst};
use crate::output::grafiek::Titel;
use crate::output::sanitize::{Unique, sheet_name};
use crate::output::sheet::block::{Uitvoer, Waarde};
use crate::output::sheet::style::{FormStijl, Getal};

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
pub fn schrijf(wb: &mut Workbook, st: &FormStijl, b: &TeamBerekend) -> Result<(), XlsxError> {
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
        Waarde::uren(t.genormeerd),
        "Som over de behandelaren van het team.",
    )?;
    u.waarde(
        "Omzet per week (€)",
        Waarde::euro(t.omzet),
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
        Waarde::of(p.map(|p| p.omzet), Getal::Euro),
        &match p {
            Some(p) => format!(
                "Omzet per week × 1.569 / 36 × (1 − 5% verzuim) × {} van {} werkdagen.",
                p.periode.werkdagen(),
                nl_getal(p.periode.werkdagen() as f64 / p.jaarfractie, 0)
            ),
            None => "Vul de Periode in op het blad Financieel.".to_string(),
        },
    )?;
    u.waarde(
        "Begroting omzet (€)",
        Waarde::of(t.fin.begroting, Getal::Euro),
        "Zoals ingevuld op het blad Financieel (de begroting voor deze periode).",
    )?;
    u.waarde(
        "Verschil met begroting (€)",
        Waarde::of(of(|p| p.verschil_begroting), Getal::Euro),
        "Omzet in de periode − begroting.",
    )?;
    u.waarde(
        "Realisatie t.o.v. begroting",
        Waarde::of(of(|p| p.pct_begroting), Getal::Pct),
        "Omzet in de periode / begroting.",
    )?;
    u.waarde(
        "Realisatie december 2021 × maanden (€)",
        Waarde::of(of(|p| p.dec_maanden), Getal::Euro),
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
        Waarde::of(of(|p| p.verschil_dec), Getal::Euro),
        "Omzet in de periode − december 2021 × maanden.",
    )?;
    u.waarde(
        "Realisatie t.o.v. december 2021",
        Waarde::of(of(|p| p.pct_dec), Getal::Pct),
        "Omzet in de periode / (december 2021 × maanden).",
    )?;

    u.sectie("Tijd voor zorg")?;
    u.waarde("Uren per week (contract)", Waarde::uren(t.uren), "")?;
    u.waarde(
        "FTE",
        Waarde::Getal(t.fte, Getal::Fte),
        "Uren per week / 36.",
    )?;
    u.waarde(
        "Weeknorm (uren)",
        Waarde::uren(t.weeknorm),
        "85% van de uren per week: de jaarnorm verdeeld over dezelfde werkweken.",
    )?;
    u.waarde(
        "Realisatie t.o.v. weeknorm",
        Waarde::pct(t.realisatie),
        "Genormeerde tijd / weeknorm; onder 90% ruimte, boven 110% meer gepland dan beschikbaar.",
    )?;
    u.waarde("Signaal", Waarde::tekst(t.signaal.label()), "")?;
    u.waarde("Advies", Waarde::tekst(t.signaal.advies()), "")?;

    u.sectie("Wie heeft ruimte over?")?;
    let ruimte = met_ruimte(t);
    if ruimte.is_empty() {
        u.tekst("Niemand: iedereen heeft minstens 90% van de weeknorm genormeerd staan.")?;
    } else {
        let rijen: Vec<Vec<Waarde>> = ruimte
            .iter()
            .map(|q| {
                vec![
                    Waarde::tekst(&q.regel.medewerker),
                    Waarde::tekst(&q.regel.naam),
                    Waarde::of(q.genormeerd, Getal::Uren),
                    Waarde::uren(q.weeknorm),
                    Waarde::of(q.realisatie, Getal::Pct),
                    Waarde::uren(q.weeknorm - q.genormeerd.unwrap_or(0.0)),
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
    let rijen: Vec<Vec<Waarde>> = lijst.iter().map(|q| persoonsrij(q)).collect();
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

fn persoonsrij(q: &Teamlid) -> Vec<Waarde> {
    vec![
        Waarde::tekst(&q.regel.medewerker),
        Waarde::tekst(&q.regel.naam),
        Waarde::tekst(&q.regel.beroep),
        Waarde::uren(q.uren),
        Waarde::of(q.genormeerd, Getal::Uren),
        Waarde::of(q.omzet, Getal::Euro),
        Waarde::uren(q.weeknorm),
        Waarde::of(q.realisatie, Getal::Pct),
        Waarde::tekst(q.signaal.label()),
        Waarde::tekst(bron_tekst(&q.bron)),
    ]
}

/// Writes one tab per person, named after the person (sanitised, distinct from `bezet`).
pub fn tabbladen(
    wb: &mut Workbook,
    st: &FormStijl,
    t: &TeamWeek,
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
        u.waarde("Medewerker", Waarde::tekst(&g.medewerker), "")?;
        u.waarde("Naam", Waarde::tekst(&g.naam), "")?;
        u.waarde("Beroep", Waarde::tekst(&g.beroep), "")?;
        u.waarde(
            "Beroepscategorie",
            Waarde::tekst(g.categorie.map_or("", |c| c.naam())),
            "",
        )?;
        u.waarde("Uren per week", Waarde::uren(q.uren), "")?;
        u.waarde(
            "Genormeerde tijd per week (uren)",
            Waarde::of(q.genormeerd, Getal::Uren),
            "",
        )?;
        u.waarde("Omzet per week (€)", Waarde::of(q.omzet, Getal::Euro), "")?;
        u.waarde(
            "Weeknorm (uren)",
            Waarde::uren(q.weeknorm),
            "85% van de uren per week.",
        )?;
        u.waarde(
            "Realisatie t.o.v. weeknorm",
            Waarde::of(q.realisatie, Getal::Pct),
            "",
        )?;
        u.waarde(
            "Ruimte per week (uren)",
            Waarde::of(q.genormeerd.map(|g| q.weeknorm - g), Getal::Uren),
            "Weeknorm − genormeerde tijd; positief is ruimte.",
        )?;
        u.waarde("Signaal", Waarde::tekst(q.signaal.label()), "")?;
        u.waarde("Advies", Waarde::tekst(q.signaal.advies()), "")?;
        u.waarde("Bron", Waarde::tekst(bron_tekst(&q.bron)), "")?;
        if let WeekHerkomst::Werkmap(w) = &q.bron {
            u.sectie("Uit de werkmap van de behandelaar")?;
            u.waarde("Directe tijd (uren)", Waarde::uren(w.direct), "")?;
            u.waarde("Tijd voor zorg (uren)", Waarde::uren(w.tijd_voor_zorg), "")?;
            u.waarde(
                "Signaal van de week",
                Waarde::tekst(w.signaal.label()),
                "Genormeerde tijd tegenover de tijd voor zorg van die week.",
            )?;
        }
        u.meldingen(&q.meldingen)?;
    }
    Ok(())
}
