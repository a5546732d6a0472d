//! Reading a filled leidinggevende workbook: the team rows and the Financieel labels.

use crate::domain::beroepscategorie::Beroepscategorie;
use crate::domain::message::{Melding, Verwacht};
use crate::domain::periode::Periode;
use crate::input::form::Defaults;
use crate::input::form::grid::{Werkblad, Werkmap};
use crate::input::form::leidinggevende::{FINANCIEEL, TEAM, kol, veld};
use crate::input::form::read::{Lezer, zoek_kop};

/// One row of sheet "Team".
#[derive(Debug, Clone, PartialEq)]
pub struct TeamRegel {
    /// The sheet row (0-based).
    pub rij: u32,
    /// Medewerker id.
    pub medewerker: String,
    /// Naam.
    pub naam: String,
    /// Beroep as typed.
    pub beroep: String,
    /// Its beroepscategorie, if known.
    pub categorie: Option<Beroepscategorie>,
    /// Uren per week, if usable.
    pub uren: Option<f64>,
    /// Genormeerde tijd per week (uren), typed.
    pub genormeerd: Option<f64>,
    /// Omzet per week (€), typed.
    pub omzet: Option<f64>,
    /// True when a typed cell of this row could not be read.
    pub fout: bool,
    /// The problems of this row.
    pub meldingen: Vec<Melding>,
}

/// The labels of sheet "Financieel".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Financieel {
    /// Team.
    pub team: String,
    /// Periode, if usable.
    pub periode: Option<Periode>,
    /// Begroting omzet (€).
    pub begroting: Option<f64>,
    /// Realisatie december 2021 (€).
    pub dec_2021: Option<f64>,
}

/// Everything read from a leidinggevende workbook.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamIngevuld {
    /// The team rows.
    pub regels: Vec<TeamRegel>,
    /// The Financieel labels.
    pub fin: Financieel,
    /// Problems found.
    pub meldingen: Vec<Melding>,
}

/// Reads the team and the Financieel labels; never fails.
pub fn lees(wm: &Werkmap, refs: &Defaults<'_>) -> TeamIngevuld {
    let mut meldingen = Vec::new();
    let regels = match wm.blad(TEAM.naam) {
        Some(b) => lees_team(b, refs, &mut meldingen),
        None => Vec::new(),
    };
    let leeg = Werkblad::nieuw(FINANCIEEL.naam);
    let fin = lees_financieel(wm.blad(FINANCIEEL.naam).unwrap_or(&leeg), &mut meldingen);
    TeamIngevuld {
        regels,
        fin,
        meldingen,
    }
}

fn lees_team(blad: &Werkblad, refs: &Defaults<'_>, meldingen: &mut Vec<Melding>) -> Vec<TeamRegel> {
    let Some(kop) = zoek_kop(&TEAM, blad, meldingen) else {
        return Vec::new();
    };
    let c = |i: usize| kop.kolom(i);
    let invoer = [
        kol::MEDEWERKER,
        kol::NAAM,
        kol::BEROEP,
        kol::UREN,
        kol::GENORMEERD,
        kol::OMZET,
    ];
    let mut uit = Vec::new();
    for r in kop.rij + 1..=blad.laatste_rij() {
        if invoer.iter().all(|&i| c(i).is_none_or(|k| blad.leeg(r, k))) {
            continue;
        }
        let mut l = Lezer::nieuw(blad);
        let tekst = |l: &Lezer, i: usize| c(i).map(|k| l.tekst(r, k)).unwrap_or_default();
        let medewerker = tekst(&l, kol::MEDEWERKER);
        let naam = tekst(&l, kol::NAAM);
        let beroep = tekst(&l, kol::BEROEP);
        if medewerker.is_empty()
            && let Some(k) = c(kol::MEDEWERKER)
        {
            l.fout(
                r,
                k,
                "Medewerker is empty; expected the behandelaar's id",
                "Medewerker is leeg; vul het medewerkernummer in",
            );
        }
        let categorie = refs.referentie.beroepen.categorie(&beroep);
        if !beroep.is_empty()
            && categorie.is_none()
            && let Some(k) = c(kol::BEROEP)
        {
            l.fout(
                r,
                k,
                format!("unknown beroep \"{beroep}\": it is not in the beroepen list (it cannot declare)"),
                format!("onbekend beroep \"{beroep}\": het staat niet in de lijst van beroepen (kan niet declareren)"),
            );
        }
        let getal = |l: &mut Lezer, i: usize, v: Verwacht, max: f64| match c(i) {
            Some(k) => l.getal(r, k, v, 0.0, max),
            None => Ok(None),
        };
        let uren = getal(&mut l, kol::UREN, Verwacht::Uren, 168.0);
        let genormeerd = getal(&mut l, kol::GENORMEERD, Verwacht::Uren, 168.0);
        let omzet = getal(&mut l, kol::OMZET, Verwacht::Euro, 1.0e9);
        let fout = uren.is_err() || genormeerd.is_err() || omzet.is_err();
        meldingen.extend(l.meldingen.iter().cloned());
        uit.push(TeamRegel {
            rij: r,
            medewerker,
            naam,
            beroep,
            categorie,
            uren: uren.ok().flatten(),
            genormeerd: genormeerd.ok().flatten(),
            omzet: omzet.ok().flatten(),
            fout,
            meldingen: l.meldingen,
        });
    }
    uit
}

fn lees_financieel(blad: &Werkblad, meldingen: &mut Vec<Melding>) -> Financieel {
    let rijen = FINANCIEEL.rijen(blad);
    let mut l = Lezer::nieuw(blad);
    for (v, r) in FINANCIEEL.velden.iter().zip(&rijen) {
        if r.is_none() {
            l.meldingen
                .push(Melding::label_ontbreekt(&blad.naam, v.label));
        }
    }
    let euro = |l: &mut Lezer, i: usize| -> Option<f64> {
        let r = rijen[i]?;
        l.getal(r, 1, Verwacht::Euro, 0.0, 1.0e12).ok().flatten()
    };
    let fin = Financieel {
        team: rijen[veld::TEAM].map(|r| l.tekst(r, 1)).unwrap_or_default(),
        periode: rijen[veld::PERIODE].and_then(|r| l.periode(r, 1)),
        begroting: euro(&mut l, veld::BEGROTING),
        dec_2021: euro(&mut l, veld::DEC_2021),
    };
    meldingen.append(&mut l.meldingen);
    fin
}
