//! Reading a filled behandelaar workbook: the person, the agenda rows and the own scenarios,
//! with a [`Melding`] for every cell that cannot be used.

use crate::domain::activiteit::Activiteit;
use crate::domain::beroepscategorie::Beroepscategorie;
use crate::domain::message::{Melding, Verwacht};
use crate::input::form::Defaults;
use crate::input::form::behandelaar::{AGENDA, PERSOON, SCENARIOS, kol, veld};
use crate::input::form::grid::{Werkblad, Werkmap};
use crate::input::form::lists::parse_setting;
use crate::input::form::read::{Lezer, activiteit, zoek_kop};

mod scenario;
pub use scenario::EigenRegel;
use scenario::lees_eigen;

/// The person on sheet "Behandelaar".
#[derive(Debug, Clone, PartialEq)]
pub struct BehandelaarGegevens {
    /// Medewerker id.
    pub medewerker: String,
    /// Naam.
    pub naam: String,
    /// Team.
    pub team: String,
    /// Beroep as typed.
    pub beroep: String,
    /// Its beroepscategorie; `None` when it cannot declare (or is unknown).
    pub categorie: Option<Beroepscategorie>,
    /// Setting 1–8.
    pub setting: u8,
    /// Contract hours a week.
    pub uren_per_week: f64,
    /// Tariff year.
    pub jaar: i32,
    /// Niet-patiëntgebonden hours a week as typed (`None`: from the agenda).
    pub npg_uren: Option<f64>,
    /// Absent hours this week.
    pub afwezig: f64,
    /// Exemption hours a year.
    pub vrijstelling: f64,
}

/// One usable Weekagenda row: `aantal` identical activities.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AgendaRegel {
    /// The sheet row (0-based).
    pub rij: u32,
    /// The activity.
    pub soort: Activiteit,
    /// Realised direct minutes.
    pub directe: f64,
    /// Planned minutes.
    pub geplande: Option<f64>,
    /// How many identical activities the row stands for.
    pub aantal: u32,
    /// Group size (groepsconsult).
    pub groep: u32,
    /// Travel minutes (consults).
    pub reistijd: f64,
}

/// Everything read from a behandelaar workbook.
#[derive(Debug, Clone, PartialEq)]
pub struct BehandelaarIngevuld {
    /// The person.
    pub persoon: BehandelaarGegevens,
    /// The usable agenda rows.
    pub regels: Vec<AgendaRegel>,
    /// Agenda rows that could not be used (their problems are in `meldingen`).
    pub foute_rijen: Vec<u32>,
    /// The own scenario rows.
    pub eigen: Vec<EigenRegel>,
    /// Problems found.
    pub meldingen: Vec<Melding>,
}

const MAX_UREN: f64 = 168.0;

/// Reads the person, the agenda and the own scenarios. Never fails: what cannot be read is
/// reported and left out.
pub fn lees(wm: &Werkmap, refs: &Defaults<'_>) -> BehandelaarIngevuld {
    let mut meldingen = Vec::new();
    let leeg = Werkblad::nieuw(PERSOON.naam);
    let blad = wm.blad(PERSOON.naam).unwrap_or(&leeg);
    let persoon = lees_persoon(blad, refs, &mut meldingen);
    let (regels, foute_rijen) = match wm.blad(AGENDA.naam) {
        Some(b) => lees_agenda(b, &mut meldingen),
        None => (Vec::new(), Vec::new()),
    };
    let eigen = match wm.blad(SCENARIOS.naam) {
        Some(b) => lees_eigen(b, &mut meldingen),
        None => Vec::new(),
    };
    BehandelaarIngevuld {
        persoon,
        regels,
        foute_rijen,
        eigen,
        meldingen,
    }
}

fn lees_persoon(
    blad: &Werkblad,
    refs: &Defaults<'_>,
    meldingen: &mut Vec<Melding>,
) -> BehandelaarGegevens {
    let rijen = PERSOON.rijen(blad);
    let mut l = Lezer::nieuw(blad);
    for (i, (v, r)) in PERSOON.velden.iter().zip(&rijen).enumerate() {
        // Vrijstelling is optional (SPEC 2.4: default 0).
        if r.is_none() && i != veld::VRIJSTELLING {
            l.meldingen
                .push(Melding::label_ontbreekt(&blad.naam, v.label));
        }
    }
    let tekst = |l: &Lezer, i: usize| rijen[i].map(|r| l.tekst(r, 1)).unwrap_or_default();
    let uren = |l: &mut Lezer, i: usize| -> Option<f64> {
        let r = rijen[i]?;
        l.getal(r, 1, Verwacht::Uren, 0.0, MAX_UREN).ok().flatten()
    };
    let uren_per_week = uren(&mut l, veld::UREN);
    if let (Some(r), None) = (rijen[veld::UREN], uren_per_week)
        && l.blad.leeg(r, 1)
    {
        l.meldingen.push(Melding::leeg(
            &blad.naam,
            (r, 1),
            "Uren per week",
            Verwacht::Uren,
        ));
    }
    let npg_uren = uren(&mut l, veld::NPG);
    let afwezig = uren(&mut l, veld::AFWEZIG).unwrap_or(0.0);
    let vrijstelling = match rijen[veld::VRIJSTELLING] {
        Some(r) => l
            .getal(r, 1, Verwacht::Uren, 0.0, 8784.0)
            .ok()
            .flatten()
            .unwrap_or(0.0),
        None => 0.0,
    };

    let beroep = tekst(&l, veld::BEROEP);
    let categorie = refs.referentie.beroepen.categorie(&beroep);
    if let Some(r) = rijen[veld::BEROEP] {
        if beroep.is_empty() {
            l.fout(
                r,
                1,
                "Beroep is empty; expected a beroep from the list (it decides the tariff)",
                "Beroep is leeg; kies een beroep uit de lijst (het bepaalt het tarief)",
            );
        } else if categorie.is_none() {
            l.fout(
                r,
                1,
                format!(
                    "unknown beroep \"{beroep}\": it is not in the beroepen list, so no tariff applies and omzet is 0; choose one from the list (or extend the list with --beroepen)"
                ),
                format!(
                    "onbekend beroep \"{beroep}\": het staat niet in de lijst van beroepen, dus geldt geen tarief en is de omzet 0; kies een beroep uit de lijst"
                ),
            );
        }
    }

    let setting_tekst = tekst(&l, veld::SETTING);
    let setting = match (rijen[veld::SETTING], setting_tekst.as_str()) {
        (_, "") => {
            if let Some(r) = rijen[veld::SETTING] {
                l.opmerking(
                    r,
                    1,
                    format!("Setting is empty; setting {} is used", refs.setting),
                    format!("Setting is leeg; setting {} is gebruikt", refs.setting),
                );
            }
            refs.setting
        }
        (Some(r), t) => parse_setting(t).unwrap_or_else(|| {
            l.fout(
                r,
                1,
                format!(
                    "expected a setting 1-8, found \"{t}\"; setting {} is used",
                    refs.setting
                ),
                format!(
                    "verwacht een setting 1-8, gevonden \"{t}\"; setting {} is gebruikt",
                    refs.setting
                ),
            );
            refs.setting
        }),
        (None, _) => refs.setting,
    };

    let standaard_jaar = refs
        .referentie
        .tarieven
        .jaren()
        .last()
        .copied()
        .unwrap_or(2022);
    let jaar = match rijen[veld::JAAR] {
        Some(r) => match l.heel(r, 1, Verwacht::Jaar, 2000.0, 2100.0) {
            Ok(Some(j)) => j as i32,
            Ok(None) => {
                l.fout(
                    r,
                    1,
                    format!("Jaar is empty; expected a year such as 2022 (the tariffs of {standaard_jaar} are used)"),
                    format!("Jaar is leeg; verwacht een jaartal zoals 2022 (de tarieven van {standaard_jaar} zijn gebruikt)"),
                );
                standaard_jaar
            }
            Err(_) => standaard_jaar,
        },
        None => standaard_jaar,
    };
    let p = BehandelaarGegevens {
        medewerker: tekst(&l, veld::MEDEWERKER),
        naam: tekst(&l, veld::NAAM),
        team: tekst(&l, veld::TEAM),
        beroep,
        categorie,
        setting,
        uren_per_week: uren_per_week.unwrap_or(0.0),
        jaar,
        npg_uren,
        afwezig,
        vrijstelling,
    };
    meldingen.append(&mut l.meldingen);
    p
}

fn lees_agenda(blad: &Werkblad, meldingen: &mut Vec<Melding>) -> (Vec<AgendaRegel>, Vec<u32>) {
    let Some(kop) = zoek_kop(&AGENDA, blad, meldingen) else {
        return (Vec::new(), Vec::new());
    };
    let mut l = Lezer::nieuw(blad);
    let (mut regels, mut fout) = (Vec::new(), Vec::new());
    let invoer = [
        kol::ACTIVITEIT,
        kol::DIRECT,
        kol::GEPLAND,
        kol::AANTAL,
        kol::GROEP,
        kol::REISTIJD,
    ];
    let c = |i: usize| kop.kolom(i);
    for r in kop.rij + 1..=blad.laatste_rij() {
        if invoer.iter().all(|&i| c(i).is_none_or(|c| blad.leeg(r, c))) {
            continue;
        }
        let voor = l.meldingen.len();
        let soort = c(kol::ACTIVITEIT).and_then(|k| activiteit(&mut l, r, k));
        let min = |l: &mut Lezer, i: usize| match c(i) {
            Some(k) => l.getal(r, k, Verwacht::Minuten, 0.0, 1440.0),
            None => Ok(None),
        };
        let directe = min(&mut l, kol::DIRECT);
        let geplande = min(&mut l, kol::GEPLAND);
        let reistijd = min(&mut l, kol::REISTIJD);
        let aantal = match c(kol::AANTAL) {
            Some(k) => l.heel(r, k, Verwacht::Aantal, 1.0, 100_000.0),
            None => Ok(None),
        };
        let groep = match c(kol::GROEP) {
            Some(k) => l.heel(r, k, Verwacht::Groepsgrootte, 0.0, 100_000.0),
            None => Ok(None),
        };
        let k_direct = c(kol::DIRECT).unwrap_or(0);
        if let Ok(None) = directe {
            l.meldingen.push(Melding::leeg(
                &blad.naam,
                (r, k_direct),
                "Directe tijd (min)",
                Verwacht::Minuten,
            ));
        }
        if soort == Some(Activiteit::Groepsconsult)
            && let Ok(g) = groep
            && g.unwrap_or(0) < 2
        {
            let k = c(kol::GROEP).unwrap_or(k_direct);
            let gevonden = g.map_or(String::new(), |g| g.to_string());
            l.fout(
                r,
                k,
                format!("a groepsconsult needs a Groepsgrootte of at least 2, found \"{gevonden}\""),
                format!("een groepsconsult heeft een groepsgrootte van minstens 2 nodig, gevonden \"{gevonden}\""),
            );
        }
        if l.meldingen.len() > voor {
            fout.push(r);
            continue;
        }
        let (Some(soort), Ok(Some(directe)), Ok(geplande), Ok(reistijd), Ok(aantal), Ok(groep)) =
            (soort, directe, geplande, reistijd, aantal, groep)
        else {
            fout.push(r);
            continue;
        };
        regels.push(AgendaRegel {
            rij: r,
            soort,
            directe,
            geplande,
            aantal: aantal.unwrap_or(1),
            groep: groep.unwrap_or(0),
            reistijd: reistijd.unwrap_or(0.0),
        });
    }
    meldingen.append(&mut l.meldingen);
    (regels, fout)
}
