//! Revenue per financier (SPEC 7.2): production at the maximum and at the contract, the
//! omzetplafond and the share of it used, and a year-end forecast by weekdays with the expected
//! overshoot. The percentages per financier and year are looked up once, before the rows.

use chrono::Datelike;

use crate::domain::financier::{Contracten, ONBEKEND};
use crate::domain::periode::{Periode, werkdagen_jaar};
use crate::input::epd::financiers::FinancierNaam;

/// The contract percentage of each financier for each year of the period, in hundredths of
/// a percent: the contract row's, else `--contract-percentage` (SPEC 7.1).
#[derive(Debug, Clone, Default)]
pub struct Percentages {
    eerste_jaar: i32,
    /// `[financier][year − eerste_jaar]`: the contract's percentage, `None` without a row.
    bp: Vec<Vec<Option<i64>>>,
    standaard: i64,
}

impl Percentages {
    /// Looks up every financier of the run for every year of `periode`.
    pub fn new(
        financiers: &[FinancierNaam],
        contracten: &Contracten,
        periode: &Periode,
        standaard: i64,
    ) -> Self {
        let (a, b) = (periode.van.year(), periode.tot.year());
        let bp = financiers
            .iter()
            .map(|f| {
                (a..=b)
                    .map(|j| contracten.contract(&f.sleutel, j).map(|c| c.percentage_bp))
                    .collect()
            })
            .collect();
        Percentages {
            eerste_jaar: a,
            bp,
            standaard,
        }
    }

    /// The percentage of financier number `f` in `jaar`, and whether a contract row gives it
    /// (else it is `--contract-percentage`, a default the run counts).
    pub fn bp(&self, f: u16, jaar: i32) -> (i64, bool) {
        match self
            .bp
            .get(usize::from(f))
            .and_then(|v| v.get(usize::try_from(jaar - self.eerste_jaar).ok()?))
            .copied()
            .flatten()
        {
            Some(bp) => (bp, true),
            None => (self.standaard, false),
        }
    }

    /// Number of financiers.
    pub fn len(&self) -> usize {
        self.bp.len()
    }

    /// True when the run has no financier at all (not even "(onbekend)").
    pub fn is_empty(&self) -> bool {
        self.bp.is_empty()
    }
}

/// One financier's figures for the period.
#[derive(Debug, Clone, PartialEq)]
pub struct FinancierUitkomst {
    /// The financier as the contracten file writes it, else as first seen in the EPD.
    pub financier: String,
    /// Its display name: the contract's `naam`, else the financier itself.
    pub naam: String,
    /// Production at the maximum tariffs, in cents.
    pub omzet_cents: i64,
    /// Production at the contract, in cents.
    pub omzet_contract_cents: i64,
    /// The contract percentage (the period's first year), e.g. 92.5.
    pub percentage: f64,
    /// True when a contract row gives the percentage (else `--contract-percentage`).
    pub met_contract: bool,
    /// The omzetplafond of the period's year in cents (`None`: none agreed, or the period
    /// spans two years).
    pub plafond_cents: Option<i64>,
    /// Year-end forecast at the contract, in cents: production × weekdays of the year /
    /// weekdays of the period (`None` for a period across two years).
    pub prognose_cents: Option<i64>,
    /// Forecast − plafond when positive, else 0 (`None` for a period across two years).
    pub overschrijding_cents: Option<i64>,
}

impl FinancierUitkomst {
    /// Production at the contract in the period / plafond.
    pub fn aandeel_plafond(&self) -> Option<f64> {
        self.plafond_cents
            .filter(|p| *p > 0)
            .map(|p| self.omzet_contract_cents as f64 / p as f64)
    }

    /// The share of the forecast that would not be paid: overshoot / forecast.
    pub fn aandeel_niet_betaald(&self) -> Option<f64> {
        match (self.overschrijding_cents, self.prognose_cents) {
            (Some(o), Some(p)) if p > 0 => Some(o as f64 / p as f64),
            (Some(_), Some(_)) => Some(0.0),
            _ => None,
        }
    }
}

/// The figures of every financier with production in the period, sorted by financier;
/// `sommen[f]` is financier number `f`'s (maximum, contract) production in cents.
pub fn per_financier(
    financiers: &[FinancierNaam],
    sommen: &[[i64; 2]],
    contracten: &Contracten,
    percentages: &Percentages,
    periode: &Periode,
) -> Vec<FinancierUitkomst> {
    let jaar = periode.van.year();
    let een_jaar = jaar == periode.tot.year();
    let mut uit: Vec<FinancierUitkomst> = financiers
        .iter()
        .zip(sommen)
        .enumerate()
        // with production, or (seen in the EPD) with a contract
        .filter(|(i, (f, s))| {
            s[0] != 0 || s[1] != 0 || (*i > 0 && contracten.eerste(&f.sleutel).is_some())
        })
        .map(|(i, (f, s))| {
            let contract = contracten.contract(&f.sleutel, jaar);
            let eerste = contracten.eerste(&f.sleutel);
            let financier = eerste.map_or_else(|| f.geschreven.clone(), |c| c.financier.clone());
            let naam = eerste
                .and_then(|c| c.naam.clone())
                .unwrap_or_else(|| financier.clone());
            let plafond = contract.and_then(|c| c.plafond_cents).filter(|_| een_jaar);
            let prognose = een_jaar.then(|| {
                let wd = i64::from(periode.werkdagen().max(1));
                let wj = i64::from(werkdagen_jaar(jaar));
                // rounded half away from zero, in integers
                (2 * s[1] * wj + wd * s[1].signum()) / (2 * wd)
            });
            FinancierUitkomst {
                financier,
                naam,
                omzet_cents: s[0],
                omzet_contract_cents: s[1],
                percentage: percentages.bp(i as u16, jaar).0 as f64 / 100.0,
                met_contract: contract.is_some(),
                plafond_cents: plafond,
                prognose_cents: prognose,
                overschrijding_cents: prognose.map(|p| plafond.map_or(0, |pl| (p - pl).max(0))),
            }
        })
        .collect();
    uit.sort_by(|a, b| {
        (a.financier != ONBEKEND, &a.financier).cmp(&(b.financier != ONBEKEND, &b.financier))
    });
    uit
}
