//! The synthetic organisation: teams and medewerkers (SPEC 2.2), the begroting and the
//! December 2021 realisation (SPEC 2.3). Names are combinations of common Dutch first and
//! last names: they belong to nobody.

use chrono::{Datelike, NaiveDate};

use crate::domain::beroepscategorie::Beroepscategorie;
use crate::domain::periode::Periode;
use crate::synth::rng::Rng;
use crate::synth::{euro, push_datum};

/// One synthetic team.
#[derive(Debug, Clone)]
pub struct SynthTeam {
    /// Its name.
    pub naam: String,
    /// The setting most of its members work in.
    pub setting: u8,
}

/// One synthetic medewerker.
#[derive(Debug, Clone)]
pub struct SynthPersoon {
    /// Id as used in the EPD (`B0001`).
    pub id: String,
    /// Name (synthetic).
    pub naam: String,
    /// Index into the team list.
    pub team: usize,
    /// Beroep as written in the file.
    pub beroep: &'static str,
    /// Whether the beroep can declare (SPEC 1.2).
    pub declarabel: bool,
    /// Contract hours a week.
    pub uren: f64,
    /// Default setting.
    pub setting: u8,
    /// Exemption hours a year.
    pub vrijstelling: u32,
    /// Absence hours in the period.
    pub afwezig: u32,
    /// First day in service, if known.
    pub in_dienst: Option<NaiveDate>,
    /// Last day in service, if any.
    pub uit_dienst: Option<NaiveDate>,
}

const VOORNAMEN: [&str; 40] = [
    "Anna", "Sanne", "Lotte", "Eva", "Fleur", "Lisa", "Emma", "Iris", "Femke", "Marloes", "Inge",
    "Esther", "Marieke", "Nienke", "Laura", "Sophie", "Judith", "Karin", "Monique", "Yvonne",
    "Jeroen", "Bas", "Daan", "Thijs", "Ruben", "Lucas", "Mark", "Erik", "Pieter", "Joost",
    "Sander", "Tim", "Martijn", "Rick", "Wouter", "Hans", "Kees", "Bram", "Niels", "Stefan",
];

const ACHTERNAMEN: [&str; 40] = [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Berg",
    "van Dijk",
    "Schouten",
    "Willems",
    "Hoekstra",
    "Koster",
    "Prins",
    "Post",
    "Kuipers",
    "Verhoeven",
    "Huisman",
    "Wijnen",
    "Timmermans",
    "Boersma",
];

/// Team names; a kliniek team works mostly in setting 6, the others in setting 7.
const TEAMS: [&str; 12] = [
    "Team Ambulant Noord",
    "Team Kliniek De Linde",
    "Team Ambulant Zuid",
    "Team FACT Oost",
    "Team Kliniek De Eik",
    "Team Forensisch Ambulant West",
    "Team Ambulant Centrum",
    "Team Kliniek Het Anker",
    "Team Licht Verstandelijk Beperkt",
    "Team Verslavingszorg",
    "Team Jeugd en Gezin",
    "Team Outreachend",
];

/// Beroepen that can declare, with weights (a forensisch ggz mix).
const BEROEPEN: [(&str, u32); 11] = [
    ("GZ-psycholoog", 22),
    ("Psychiater", 8),
    ("Verpleegkundig specialist GGZ", 8),
    ("Sociaal pedagogisch hulpverlener", 14),
    ("Vaktherapeut", 6),
    ("Psychotherapeut", 6),
    ("Klinisch psycholoog", 6),
    ("Maatschappelijk werker", 10),
    ("Verpleegkundige", 12),
    ("Arts", 4),
    ("WO-psycholoog", 4),
];

/// The beroepscategorie (SPEC 1.2) of a beroep of [`BEROEPEN`]; `None` for any other beroep
/// (those of [`NIET_DECLARABEL`] cannot declare).
pub fn categorie(beroep: &str) -> Option<Beroepscategorie> {
    use Beroepscategorie::*;
    Some(match beroep {
        "GZ-psycholoog" => GzPsycholoog,
        "Psychiater" => ArtsSpecialist,
        "Verpleegkundig specialist GGZ" => VerpleegkundigSpecialist,
        "Psychotherapeut" => Psychotherapeut,
        "Klinisch psycholoog" => KlinischPsycholoog,
        "Verpleegkundige" => Verpleegkundige,
        "Arts" => Arts,
        "Sociaal pedagogisch hulpverlener"
        | "Vaktherapeut"
        | "Maatschappelijk werker"
        | "WO-psycholoog" => Overige,
        _ => return None,
    })
}

/// Beroepen outside SPEC 1.2: they cannot declare (about 2% of the staff).
const NIET_DECLARABEL: [&str; 2] = ["Stagiair", "Basispsycholoog"];

/// Contract hours a week: mostly 24–36.
const UREN: [(f64, u32); 10] = [
    (16.0, 4),
    (20.0, 6),
    (24.0, 12),
    (27.0, 6),
    (28.0, 14),
    (28.8, 8),
    (30.0, 8),
    (32.0, 20),
    (34.0, 4),
    (36.0, 18),
];

/// The number of teams for `n` behandelaren: about 12 per team.
pub fn aantal_teams(n: u32) -> usize {
    n.div_ceil(12).max(1) as usize
}

/// The teams of an organisation of `n` behandelaren.
pub fn teams(n: u32) -> Vec<SynthTeam> {
    (0..aantal_teams(n))
        .map(|t| {
            let base = TEAMS[t % TEAMS.len()];
            let naam = if t < TEAMS.len() {
                base.to_string()
            } else {
                format!("{base} {}", t / TEAMS.len() + 1)
            };
            let setting = if base.contains("Kliniek") { 6 } else { 7 };
            SynthTeam { naam, setting }
        })
        .collect()
}

/// The medewerkers of `n` behandelaren over `periode`, spread over `teams`.
pub fn personen(seed: u64, n: u32, teams: &[SynthTeam], periode: &Periode) -> Vec<SynthPersoon> {
    let mut rng = Rng::stream(seed, u64::MAX);
    let nt = teams.len() as u64;
    let width = (n.max(1).ilog10() as usize + 1).max(4);
    (0..n)
        .map(|i| {
            let team = (u64::from(i) * nt / u64::from(n)) as usize;
            let naam = format!("{} {}", rng.pick(&VOORNAMEN), rng.pick(&ACHTERNAMEN));
            let (beroep, declarabel) = if i % 50 == 17 {
                (*rng.pick(&NIET_DECLARABEL), false)
            } else {
                (rng.weighted(&BEROEPEN), true)
            };
            let uren = rng.weighted(&UREN);
            let setting = if rng.percent(80) {
                teams[team].setting
            } else {
                *rng.pick(&[7, 7, 6, 5, 1, 3])
            };
            let vrijstelling = if rng.percent(12) {
                rng.range(5, 20) * 10
            } else {
                0
            };
            let afwezig = if rng.percent(20) {
                rng.range(2, 20) * 4
            } else {
                0
            };
            let (in_dienst, uit_dienst) = dienst(&mut rng, periode);
            SynthPersoon {
                id: format!("B{:0width$}", i + 1),
                naam,
                team,
                beroep,
                declarabel,
                uren,
                setting,
                vrijstelling,
                afwezig,
                in_dienst,
                uit_dienst,
            }
        })
        .collect()
}

/// In/uit dienst: a few join or leave inside the period, most have an old start date or none.
fn dienst(rng: &mut Rng, p: &Periode) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let dagen = p.dagen();
    let binnen = |rng: &mut Rng| p.van + chrono::Duration::days(i64::from(rng.range(1, dagen - 1)));
    match rng.below(100) {
        0..=3 if dagen > 20 => (Some(binnen(rng)), None),
        4..=6 if dagen > 20 => (oud(rng, p), Some(binnen(rng))),
        7..=54 => (oud(rng, p), None),
        _ => (None, None),
    }
}

/// A start date some years before the period.
fn oud(rng: &mut Rng, p: &Periode) -> Option<NaiveDate> {
    let y = p.van.year() - rng.range(1, 15) as i32;
    NaiveDate::from_ymd_opt(y, rng.range(1, 12), 1)
}

/// `medewerkers.csv` (SPEC 2.2): `;`-separated, decimal comma, dates DD-MM-YYYY.
pub fn medewerkers_csv(personen: &[SynthPersoon], teams: &[SynthTeam]) -> String {
    let mut s = String::with_capacity(120 * (personen.len() + 1));
    s.push_str(
        "medewerker;naam;team;beroep;uren_per_week;setting;vrijstelling_uren;afwezig_uren;\
         in_dienst;uit_dienst\n",
    );
    for (i, p) in personen.iter().enumerate() {
        let leeg = if i % 3 == 0 { "" } else { "-" };
        s.push_str(&p.id);
        for v in [&p.naam, &teams[p.team].naam, p.beroep] {
            s.push(';');
            s.push_str(v);
        }
        s.push(';');
        s.push_str(&getal(p.uren));
        s.push_str(&format!(";{};{};{};", p.setting, p.vrijstelling, p.afwezig));
        for (j, d) in [p.in_dienst, p.uit_dienst].into_iter().enumerate() {
            if j == 1 {
                s.push(';');
            }
            match d {
                Some(d) => push_datum(&mut s, d),
                None => s.push_str(leeg),
            }
        }
        s.push('\n');
    }
    s
}

/// A number with a decimal comma and no trailing zeros (`28,8`, `36`).
fn getal(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{}", x as i64)
    } else {
        format!("{x}").replace('.', ",")
    }
}

/// FTE per team (Σ uren / 36).
fn fte(personen: &[SynthPersoon], teams: &[SynthTeam]) -> Vec<f64> {
    let mut f = vec![0.0; teams.len()];
    for p in personen {
        f[p.team] += p.uren / 36.0;
    }
    f
}

/// Hours a full-timer is expected to produce in a month (1569 × 0.85 × 0.95 / 12).
const NORM_UREN_PER_FTE_MAAND: f64 = 1569.0 * 0.85 * 0.95 / 12.0;

/// `begroting.csv` (SPEC 2.3): per team a yearly budget (`2022`) or monthly budgets
/// (`2022-01`, …) for every month the period touches; € 9,000–12,000 per FTE a month.
pub fn begroting_csv(
    seed: u64,
    personen: &[SynthPersoon],
    teams: &[SynthTeam],
    periode: &Periode,
) -> String {
    let mut rng = Rng::stream(seed, u64::MAX - 1);
    let fte = fte(personen, teams);
    let mut s = String::from("team;periode;omzet;uren\n");
    let jaren: Vec<i32> = (periode.van.year()..=periode.tot.year()).collect();
    for (t, team) in teams.iter().enumerate() {
        let per_fte = f64::from(rng.range(9_000, 12_000));
        let maand_omzet = fte[t] * per_fte;
        let maand_uren = fte[t] * NORM_UREN_PER_FTE_MAAND;
        if t % 2 == 0 {
            for &y in &jaren {
                let groei = 1.03f64.powi(y - jaren[0]);
                s.push_str(&format!(
                    "{};{y};{};{}\n",
                    team.naam,
                    euro(maand_omzet * 12.0 * groei),
                    euro(maand_uren * 12.0)
                ));
            }
        } else {
            for m in periode.maandlijst() {
                let factor = 0.96 + rng.unit() * 0.08;
                s.push_str(&format!(
                    "{};{};{};{}\n",
                    team.naam,
                    m.label(),
                    euro(maand_omzet * factor),
                    euro(maand_uren)
                ));
            }
        }
    }
    s
}

/// `realisatie-2021.csv` (SPEC 2.3): revenue and hours realised in December 2021 per team,
/// 85–105% of a month at the budget's level.
pub fn realisatie_csv(seed: u64, personen: &[SynthPersoon], teams: &[SynthTeam]) -> String {
    let mut rng = Rng::stream(seed, u64::MAX - 2);
    let fte = fte(personen, teams);
    let mut s = String::from("team;omzet_dec_2021;uren_dec_2021\n");
    for (t, team) in teams.iter().enumerate() {
        let omzet = fte[t] * f64::from(rng.range(8_500, 11_500));
        let uren = fte[t] * NORM_UREN_PER_FTE_MAAND * (0.85 + rng.unit() * 0.2);
        s.push_str(&format!("{};{};{}\n", team.naam, euro(omzet), euro(uren)));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_agree_with_the_reference_mapping() {
        let r = crate::rules::Referentie::embedded().unwrap();
        for (b, _) in BEROEPEN {
            assert_eq!(categorie(b), r.beroepen.categorie(b), "{b}");
            assert!(categorie(b).is_some(), "{b}");
        }
        for b in NIET_DECLARABEL {
            assert_eq!(categorie(b), None, "{b}");
            assert_eq!(r.beroepen.categorie(b), None, "{b}");
        }
    }
}
