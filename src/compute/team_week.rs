//! The figures of a leidinggevende workbook (SPEC 2.4, 1.8): each person's week (typed, or
//! linked to a filled behandelaar workbook), the team's week, its projection to the period,
//! the comparison with the budget and December 2021, and who has room.

use std::collections::HashMap;

use crate::compute::week::whole::Weekcijfers;
use crate::domain::fold::fold;
use crate::domain::message::Melding;
use crate::domain::periode::Periode;
use crate::domain::signaal::Signaal;
use crate::input::form::leidinggevende::TEAM;
use crate::input::form::leidinggevende::read::{Financieel, TeamIngevuld, TeamRegel};
use crate::rules::keten::{NormKeten, ratio};

/// Where a person's week totals came from.
#[derive(Debug, Clone, PartialEq)]
pub enum WeekHerkomst {
    /// Typed on sheet "Team".
    Getypt,
    /// Taken from a filled behandelaar workbook.
    Werkmap(Weekcijfers),
    /// Neither: the figures are missing.
    Geen,
}

/// One person of the team, computed.
#[derive(Debug, Clone, PartialEq)]
pub struct Teamlid {
    /// The row as read.
    pub regel: TeamRegel,
    /// Where the week totals came from.
    pub bron: WeekHerkomst,
    /// Uren per week used.
    pub uren: f64,
    /// Genormeerde tijd per week (uren) used.
    pub genormeerd: Option<f64>,
    /// Omzet per week (€) used.
    pub omzet: Option<f64>,
    /// Weeknorm = 0.85 × uren per week.
    pub weeknorm: f64,
    /// Genormeerd / weeknorm (`None` without a weeknorm or figures).
    pub realisatie: Option<f64>,
    /// The signal against the weeknorm.
    pub signaal: Signaal,
    /// True when below 90% of the weeknorm ("Wie heeft ruimte over?").
    pub ruimte: bool,
    /// The problems of this person (reading and linking).
    pub meldingen: Vec<Melding>,
}

/// Week totals per medewerker (folded id) from filled behandelaar workbooks.
pub type Koppelingen = HashMap<String, Vec<Weekcijfers>>;

/// The key under which a medewerker's workbook is linked.
pub fn sleutel(medewerker: &str) -> String {
    fold(medewerker)
}

/// One person's figures: linked workbook first, typed week totals otherwise.
pub fn persoon(g: &TeamRegel, links: &Koppelingen, k: &NormKeten) -> Teamlid {
    let mut meldingen = g.meldingen.clone();
    let gekoppeld = links
        .get(&sleutel(&g.medewerker))
        .filter(|_| !g.medewerker.is_empty());
    let bron = match gekoppeld.map(Vec::as_slice) {
        Some([w, rest @ ..]) => {
            if !rest.is_empty() {
                let mut namen: Vec<String> = std::iter::once(w)
                    .chain(rest)
                    .take(3)
                    .map(|w| w.werkmap.clone())
                    .collect();
                if rest.len() > 2 {
                    namen.push(format!("+{}", rest.len() - 2));
                }
                meldingen.push(Melding::fout(
                    TEAM.naam,
                    None,
                    format!(
                        "medewerker {} has more than one behandelaar workbook ({}); {} is used",
                        g.medewerker,
                        namen.join(", "),
                        w.werkmap
                    ),
                    format!(
                        "medewerker {} heeft meer dan één behandelaarwerkmap ({}); {} is gebruikt",
                        g.medewerker,
                        namen.join(", "),
                        w.werkmap
                    ),
                ));
            }
            if g.genormeerd.is_some() || g.omzet.is_some() {
                meldingen.push(Melding::opmerking(
                    TEAM.naam,
                    None,
                    format!(
                        "medewerker {}: the typed week totals are replaced by those of {}",
                        g.medewerker, w.werkmap
                    ),
                    format!(
                        "medewerker {}: de getypte weekcijfers zijn vervangen door die uit {}",
                        g.medewerker, w.werkmap
                    ),
                ));
            }
            WeekHerkomst::Werkmap(w.clone())
        }
        _ if g.genormeerd.is_some() || g.omzet.is_some() => WeekHerkomst::Getypt,
        _ => {
            if !g.fout {
                meldingen.push(Melding::fout(
                    TEAM.naam,
                    None,
                    format!(
                        "medewerker {}: no week totals: type Genormeerde tijd per week (uren) and Omzet per week (€), or pass the filled behandelaar workbook",
                        g.medewerker
                    ),
                    format!(
                        "medewerker {}: geen weekcijfers: vul Genormeerde tijd per week (uren) en Omzet per week (€) in, of geef de gevulde werkmap van de behandelaar mee",
                        g.medewerker
                    ),
                ));
            }
            WeekHerkomst::Geen
        }
    };
    let (genormeerd, omzet) = match &bron {
        WeekHerkomst::Werkmap(w) => (Some(w.genormeerd), Some(w.omzet)),
        WeekHerkomst::Getypt => (g.genormeerd, g.omzet),
        WeekHerkomst::Geen => (None, None),
    };
    let uren = match (&bron, g.uren) {
        (_, Some(u)) => u,
        (WeekHerkomst::Werkmap(w), None) => {
            meldingen.push(Melding::opmerking(
                TEAM.naam,
                None,
                format!(
                    "medewerker {}: Uren per week is taken from {}",
                    g.medewerker, w.werkmap
                ),
                format!(
                    "medewerker {}: Uren per week komt uit {}",
                    g.medewerker, w.werkmap
                ),
            ));
            w.uren_per_week
        }
        (_, None) => {
            if !g.fout {
                meldingen.push(Melding::fout(
                    TEAM.naam,
                    None,
                    format!(
                        "medewerker {}: Uren per week is empty; expected hours",
                        g.medewerker
                    ),
                    format!(
                        "medewerker {}: Uren per week is leeg; verwacht uren",
                        g.medewerker
                    ),
                ));
            }
            0.0
        }
    };
    let weeknorm = k.weeknorm(uren);
    let realisatie = genormeerd.filter(|_| weeknorm > 0.0).map(|g| g / weeknorm);
    let ruimte = realisatie.is_some_and(|r| r < k.ondergrens);
    Teamlid {
        regel: g.clone(),
        bron,
        uren,
        genormeerd,
        omzet,
        weeknorm,
        realisatie,
        signaal: k.signaal(realisatie),
        ruimte,
        meldingen,
    }
}

/// The team's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamWeek {
    /// The people, in sheet order.
    pub personen: Vec<Teamlid>,
    /// Σ genormeerde tijd per week (uren).
    pub genormeerd: f64,
    /// Σ omzet per week (€).
    pub omzet: f64,
    /// Σ uren per week.
    pub uren: f64,
    /// FTE = Σ uren / 36.
    pub fte: f64,
    /// Σ weeknorm.
    pub weeknorm: f64,
    /// Genormeerd / weeknorm.
    pub realisatie: f64,
    /// The team's signal.
    pub signaal: Signaal,
    /// The period's figures, when the period is known.
    pub periode: Option<Periodecijfers>,
    /// The Financieel labels.
    pub fin: Financieel,
}

/// The team's week projected over the period, against the budget and December 2021.
#[derive(Debug, Clone, PartialEq)]
pub struct Periodecijfers {
    /// The period.
    pub periode: Periode,
    /// wd_p / wd_y.
    pub jaarfractie: f64,
    /// Omzet in de periode (€).
    pub omzet: f64,
    /// Verschil met begroting (€).
    pub verschil_begroting: Option<f64>,
    /// Omzet / begroting.
    pub pct_begroting: Option<f64>,
    /// Realisatie december 2021 × maanden (€).
    pub dec_maanden: Option<f64>,
    /// Verschil met december 2021 (€).
    pub verschil_dec: Option<f64>,
    /// Omzet / (December 2021 × months).
    pub pct_dec: Option<f64>,
}

/// `omzet per week × 1569 / 36 × (1 − 0.05) × wd_p / wd_y` (SPEC 2.4).
pub fn omzet_in_periode(omzet_week: f64, k: &NormKeten, jaarfractie: f64) -> f64 {
    k.week_in_periode(omzet_week, jaarfractie)
}

/// The period's comparison figures.
pub fn periodecijfers(omzet_week: f64, fin: &Financieel, k: &NormKeten) -> Option<Periodecijfers> {
    let periode = fin.periode?;
    let jaarfractie = periode.jaarfractie();
    let omzet = omzet_in_periode(omzet_week, k, jaarfractie);
    let dec_maanden = fin
        .dec_2021
        .map(|d| d * f64::from(periode.aantal_maanden()));
    let pct = |b: f64| (b > 0.0).then(|| omzet / b);
    Some(Periodecijfers {
        periode,
        jaarfractie,
        omzet,
        verschil_begroting: fin.begroting.map(|b| omzet - b),
        pct_begroting: fin.begroting.and_then(pct),
        dec_maanden,
        verschil_dec: dec_maanden.map(|d| omzet - d),
        pct_dec: dec_maanden.and_then(pct),
    })
}

/// Computes the team: each person, the sums, the period.
pub fn bereken(ingevuld: &TeamIngevuld, links: &Koppelingen, k: &NormKeten) -> TeamWeek {
    let personen: Vec<Teamlid> = ingevuld
        .regels
        .iter()
        .map(|g| persoon(g, links, k))
        .collect();
    let genormeerd: f64 = personen.iter().filter_map(|p| p.genormeerd).sum();
    let omzet: f64 = personen.iter().filter_map(|p| p.omzet).sum();
    let uren: f64 = personen.iter().map(|p| p.uren).sum();
    let weeknorm: f64 = personen.iter().map(|p| p.weeknorm).sum();
    let realisatie = ratio(genormeerd, weeknorm);
    TeamWeek {
        genormeerd,
        omzet,
        uren,
        fte: k.fte(uren),
        weeknorm,
        realisatie,
        signaal: k.signaal((weeknorm > 0.0).then_some(realisatie)),
        periode: periodecijfers(omzet, &ingevuld.fin, k),
        fin: ingevuld.fin.clone(),
        personen,
    }
}

/// The people with room, lowest realisation first.
pub fn met_ruimte(t: &TeamWeek) -> Vec<&Teamlid> {
    let mut v: Vec<&Teamlid> = t.personen.iter().filter(|p| p.ruimte).collect();
    v.sort_by(|a, b| {
        a.realisatie
            .partial_cmp(&b.realisatie)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    v
}

/// Every person sorted by realisation against the weeknorm (missing last).
pub fn op_realisatie(t: &TeamWeek) -> Vec<&Teamlid> {
    let mut v: Vec<&Teamlid> = t.personen.iter().collect();
    v.sort_by(|a, b| {
        let key = |p: &Teamlid| p.realisatie.unwrap_or(f64::INFINITY);
        key(a)
            .partial_cmp(&key(b))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    v
}

#[cfg(test)]
#[path = "team_week_tests.rs"]
mod tests;
