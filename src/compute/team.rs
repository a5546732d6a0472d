//! Team and organisation figures (SPEC 1.8): sums over medewerkers with the same ratios and
//! signal, the budget spread by weekdays, December 2021 × months, and the FTE check.

use crate::compute::person::{Capaciteit, Som, Uitkomst};
use crate::domain::periode::Periode;
use crate::domain::signaal::Signaal;
use crate::input::begroting::{Begroting, Budget, Realisatie2021};
use crate::input::medewerkers::Medewerkers;
use crate::rules::keten::{NormKeten, ratio};

/// Sums with their ratios and signal: for a team or the organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Totaal {
    /// Summed activity.
    pub som: Som,
    /// Summed capacity.
    pub cap: Capaciteit,
    /// Σ uren_per_week / fulltime hours.
    pub fte: f64,
    /// Declarable consults.
    pub consulten: u32,
    /// Number of behandelaren.
    pub behandelaren: u32,
    /// genormeerd / beschikbaar.
    pub productiviteit: f64,
    /// genormeerd / norm.
    pub realisatie_norm: f64,
    /// The signal.
    pub signaal: Signaal,
}

impl Totaal {
    /// Sums `personen` (figures of the period).
    pub fn van<'a>(personen: impl Iterator<Item = &'a Uitkomst>, k: &NormKeten) -> Totaal {
        let mut t = Totaal {
            som: Som::default(),
            cap: Capaciteit::default(),
            fte: 0.0,
            consulten: 0,
            behandelaren: 0,
            productiviteit: 0.0,
            realisatie_norm: 0.0,
            signaal: Signaal::GeenBeschikbareTijd,
        };
        for u in personen {
            t.som.add(&u.som);
            t.cap.beschikbaar += u.cap.beschikbaar;
            t.cap.norm += u.cap.norm;
            t.fte += u.fte;
            t.consulten += u.consulten;
            t.behandelaren += 1;
        }
        t.afronden(k);
        t
    }

    /// Recomputes the ratios and the signal from the sums.
    pub fn afronden(&mut self, k: &NormKeten) {
        let g = self.som.genormeerd_min / 60.0;
        self.productiviteit = ratio(g, self.cap.beschikbaar);
        self.realisatie_norm = ratio(g, self.cap.norm);
        self.signaal = k.signaal((self.cap.norm > 0.0).then_some(self.realisatie_norm));
    }

    /// Revenue in euros.
    pub fn omzet(&self) -> f64 {
        self.som.omzet_cents as f64 / 100.0
    }
}

/// One month of a team or the organisation (for the trend sheets).
#[derive(Debug, Clone, PartialEq)]
pub struct Maand {
    /// The month (cut to the period).
    pub periode: Periode,
    /// Summed activity.
    pub som: Som,
    /// Summed capacity.
    pub cap: Capaciteit,
    /// Budget for the month.
    pub begroting: Option<Budget>,
    /// December 2021 revenue (one month).
    pub dec2021: Option<f64>,
}

/// A team's outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamUitkomst {
    /// Team name.
    pub naam: String,
    /// Indices into the run's `personen`, sorted by realisatie_norm (then medewerker id).
    pub leden: Vec<usize>,
    /// Totals.
    pub totaal: Totaal,
    /// Budget for the period.
    pub begroting: Option<Budget>,
    /// December 2021 revenue × months, and hours × months.
    pub dec2021: Option<(f64, Option<f64>)>,
    /// Per month.
    pub maanden: Vec<Maand>,
}

/// Month rows summed over persons, with budget and December 2021 per month.
pub fn maanden<'a>(
    personen: impl Iterator<Item = &'a Uitkomst> + Clone,
    periode: &Periode,
    budget: impl Fn(&Periode) -> Option<Budget>,
    dec: Option<f64>,
) -> Vec<Maand> {
    periode
        .maandlijst()
        .into_iter()
        .enumerate()
        .map(|(i, mp)| {
            let mut som = Som::default();
            let mut cap = Capaciteit::default();
            for u in personen.clone() {
                if let Some((_, s, c)) = u.per_maand.get(i) {
                    som.add(s);
                    cap.beschikbaar += c.beschikbaar;
                    cap.norm += c.norm;
                }
            }
            Maand {
                begroting: budget(&mp),
                periode: mp,
                som,
                cap,
                dec2021: dec,
            }
        })
        .collect()
}

/// Builds the teams from the persons (sorted by team name).
pub fn teams(
    personen: &[Uitkomst],
    mw: &Medewerkers,
    periode: &Periode,
    begroting: Option<&Begroting>,
    dec: Option<&Realisatie2021>,
    k: &NormKeten,
) -> Vec<TeamUitkomst> {
    let mut namen: Vec<&str> = personen
        .iter()
        .map(|u| mw.lijst[u.idx as usize].team.as_str())
        .collect();
    namen.sort_unstable();
    namen.dedup();
    namen
        .into_iter()
        .map(|naam| {
            let mut leden: Vec<usize> = (0..personen.len())
                .filter(|&i| mw.lijst[personen[i].idx as usize].team == naam)
                .collect();
            leden.sort_by(|&a, &b| {
                personen[a]
                    .realisatie_norm
                    .total_cmp(&personen[b].realisatie_norm)
                    .then_with(|| {
                        mw.lijst[personen[a].idx as usize]
                            .id
                            .cmp(&mw.lijst[personen[b].idx as usize].id)
                    })
            });
            let totaal = Totaal::van(leden.iter().map(|&i| &personen[i]), k);
            let d = dec.and_then(|d| d.teams.get(naam)).copied();
            let m = f64::from(periode.aantal_maanden());
            TeamUitkomst {
                naam: naam.to_string(),
                totaal,
                begroting: begroting.and_then(|b| b.voor(naam, periode)),
                dec2021: d.map(|(o, u)| (o * m, u.map(|u| u * m))),
                maanden: maanden(
                    leden.iter().map(|&i| &personen[i]),
                    periode,
                    |mp| begroting.and_then(|b| b.voor(naam, mp)),
                    d.map(|x| x.0),
                ),
                leden,
            }
        })
        .collect()
}

/// The organisation: totals over teams, budget, December 2021 and the FTE check.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgUitkomst {
    /// Totals.
    pub totaal: Totaal,
    /// Σ team budgets (None when no team has one).
    pub begroting: Option<Budget>,
    /// Σ December 2021 × months.
    pub dec2021: Option<f64>,
    /// Revenue per normed hour.
    pub omzet_per_genormeerd_uur: f64,
    /// A full-timer's norm hours in the period (1569 × wd_p/wd_y × (1 − verzuim) × 0.85).
    pub norm_per_fte: f64,
    /// FTE the budget needs at the norm: begroting / (omzet per genormeerd uur × norm per FTE).
    pub benodigde_fte: Option<f64>,
    /// Per month.
    pub maanden: Vec<Maand>,
}

/// Sums the teams into the organisation.
pub fn organisatie(
    personen: &[Uitkomst],
    teams: &[TeamUitkomst],
    mw: &Medewerkers,
    periode: &Periode,
    k: &NormKeten,
) -> OrgUitkomst {
    let mut totaal = Totaal::van(personen.iter(), k);
    // A medewerker in two teams (a team change) is one behandelaar of the organisation.
    let id = |i: usize| mw.lijst[personen[i].idx as usize].id.as_str();
    totaal.behandelaren = (0..personen.len())
        .filter(|&i| i == 0 || id(i) != id(i - 1))
        .count() as u32;
    let sum_opt = |f: &dyn Fn(&TeamUitkomst) -> Option<f64>| -> Option<f64> {
        teams
            .iter()
            .filter_map(f)
            .fold(None, |acc, v| Some(acc.unwrap_or(0.0) + v))
    };
    let begroting = sum_opt(&|t| t.begroting.map(|b| b.omzet)).map(|omzet| Budget {
        omzet,
        uren: sum_opt(&|t| t.begroting.and_then(|b| b.uren)),
    });
    let dec2021 = sum_opt(&|t| t.dec2021.map(|d| d.0));
    let omzet_per_uur = ratio(totaal.omzet(), totaal.som.genormeerd_min / 60.0);
    let norm_per_fte = k.uren_per_fte(periode.jaarfractie());
    let benodigde_fte = begroting.map(|b| ratio(b.omzet, omzet_per_uur * norm_per_fte));
    let mut months = maanden(personen.iter(), periode, |_| None, None);
    for (i, m) in months.iter_mut().enumerate() {
        let per_team = |f: &dyn Fn(&Maand) -> Option<f64>| {
            teams
                .iter()
                .filter_map(|t| t.maanden.get(i).and_then(f))
                .fold(None, |a: Option<f64>, v| Some(a.unwrap_or(0.0) + v))
        };
        m.begroting = per_team(&|tm| tm.begroting.map(|b| b.omzet)).map(|omzet| Budget {
            omzet,
            uren: per_team(&|tm| tm.begroting.and_then(|b| b.uren)),
        });
        m.dec2021 = per_team(&|tm| tm.dec2021);
    }
    OrgUitkomst {
        totaal,
        begroting,
        dec2021,
        omzet_per_genormeerd_uur: omzet_per_uur,
        norm_per_fte,
        benodigde_fte,
        maanden: months,
    }
}
