//! Available time, the productivity norm and the signal (SPEC 1.7), after the Fivoor
//! productivity model (seed 001): 1569 netto werkbare uren for 36 h/week, 85% productive,
//! 5% verzuim. The figures are data (`templates/productiviteitsnorm.csv`).
//!
//! This file is the one home of every capacity and norm formula: the period (available time,
//! norm), the week and its norm, the year view and FTE. `run`, `fill` and the kliniek use
//! these methods and never re-derive them.

use crate::domain::number::{nl_kort, nl_pct};
use crate::domain::signaal::Signaal;

use crate::domain::bron::Bron;
/// The norm chain and the signal thresholds.
#[derive(Debug, Clone, PartialEq)]
pub struct NormKeten {
    /// Netto werkbare uren a year for a full-timer (1569).
    pub netto_uren_fulltime: f64,
    /// Hours a week of a full-time contract (36).
    pub fulltime_uren: f64,
    /// The productive share (0.85).
    pub productief: f64,
    /// The budgeted verzuim (0.05).
    pub verzuim: f64,
    /// Below this realisation: "Ruimte in agenda" (0.90).
    pub ondergrens: f64,
    /// Above this realisation: "Meer gepland dan beschikbaar" (1.10).
    pub bovengrens: f64,
    /// Where the figures came from.
    pub bron: Option<Bron>,
}

impl NormKeten {
    /// `t` with the figures of the chain filled in, the Dutch way: `{netto}` (1.569),
    /// `{fulltime}` (36), `{productief}` (85%), `{onproductief}` (15%), `{verzuim}` (5%),
    /// `{aanwezig}` (95%), `{ondergrens}` (90%) and `{bovengrens}` (110%). Explanations take
    /// their numbers from here, so that `--netto-uren 1600` is explained as 1.600.
    pub fn tekst(&self, t: &str) -> String {
        t.replace("{netto}", &nl_kort(self.netto_uren_fulltime, 2))
            .replace("{fulltime}", &nl_kort(self.fulltime_uren, 2))
            .replace("{productief}", &nl_pct(self.productief))
            .replace("{onproductief}", &nl_pct(1.0 - self.productief))
            .replace("{verzuim}", &nl_pct(self.verzuim))
            .replace("{aanwezig}", &nl_pct(1.0 - self.verzuim))
            .replace("{ondergrens}", &nl_pct(self.ondergrens))
            .replace("{bovengrens}", &nl_pct(self.bovengrens))
    }

    /// `netto_jaar = 1569 × u / 36 − v` (hours a year, before the 85% and verzuim).
    pub fn netto_jaar(&self, uren_per_week: f64, vrijstelling: f64) -> f64 {
        self.netto_uren_fulltime * uren_per_week / self.fulltime_uren - vrijstelling
    }

    /// `beschikbaar = max(0, netto_jaar × wd_p / wd_y × (1 − verzuim) − afwezig)` (C).
    pub fn beschikbaar(&self, netto_jaar: f64, jaarfractie: f64, afwezig: f64) -> f64 {
        (netto_jaar * jaarfractie * (1.0 - self.verzuim) - afwezig).max(0.0)
    }

    /// `norm = beschikbaar × 0.85` (E).
    pub fn norm(&self, beschikbaar: f64) -> f64 {
        beschikbaar * self.productief
    }

    /// The full-timer's chain for one year: (1569, 1569 × 0.85, 1569 × 0.85 × 0.95).
    pub fn fulltime_jaar(&self) -> (f64, f64, f64) {
        let a = self.netto_uren_fulltime;
        (a, a * self.productief, self.jaarnorm(a))
    }

    /// The year norm of a netto year: `netto_jaar × productive share × (1 − verzuim)`.
    pub fn jaarnorm(&self, netto_jaar: f64) -> f64 {
        netto_jaar * self.productief * (1.0 - self.verzuim)
    }

    /// The working weeks of a netto year, less verzuim: `netto_jaar / uren_per_week ×
    /// (1 − verzuim)`; 0 without hours. A week repeated over the year is week × this.
    pub fn werkweken(&self, netto_jaar: f64, uren_per_week: f64) -> f64 {
        if uren_per_week > 0.0 {
            netto_jaar / uren_per_week * (1.0 - self.verzuim)
        } else {
            0.0
        }
    }

    /// The norm of a week: the productive share of the contract hours.
    pub fn weeknorm(&self, uren_per_week: f64) -> f64 {
        self.productief * uren_per_week
    }

    /// Productive hours of one full-time FTE in a period that is `jaarfractie` of its year
    /// (`1569 × wd_p / wd_y × (1 − verzuim) × 0.85`).
    pub fn uren_per_fte(&self, jaarfractie: f64) -> f64 {
        self.norm(self.beschikbaar(self.netto_uren_fulltime, jaarfractie, 0.0))
    }

    /// FTE of contract hours a week.
    pub fn fte(&self, uren_per_week: f64) -> f64 {
        uren_per_week / self.fulltime_uren
    }

    /// A weekly figure repeated over a full-timer's working weeks in the period, less
    /// verzuim: `per_week × 1569 / 36 × (1 − verzuim) × jaarfractie` (SPEC 2.4).
    pub fn week_in_periode(&self, per_week: f64, jaarfractie: f64) -> f64 {
        per_week * self.netto_uren_fulltime / self.fulltime_uren
            * (1.0 - self.verzuim)
            * jaarfractie
    }

    /// The signal for a realisation against the norm; `None` ratio means no available time.
    pub fn signaal(&self, realisatie: Option<f64>) -> Signaal {
        match realisatie {
            None => Signaal::GeenBeschikbareTijd,
            Some(r) if r < self.ondergrens => Signaal::RuimteInAgenda,
            Some(r) if r > self.bovengrens => Signaal::MeerGepland,
            Some(_) => Signaal::InBalans,
        }
    }
}

/// A ratio `a / b`, or 0 where `b` is 0 (SPEC 1.7: both ratios are 0 where the norm is 0).
pub fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 { a / b } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keten() -> NormKeten {
        crate::rules::Referentie::embedded().unwrap().keten
    }

    #[test]
    fn explanations_show_the_figures_of_the_chain() {
        let mut k = keten();
        let t = "{netto} uur bij {fulltime} uur, {productief} productief, {verzuim} verzuim";
        assert_eq!(
            k.tekst(t),
            "1.569 uur bij 36 uur, 85% productief, 5% verzuim"
        );
        k.netto_uren_fulltime = 1600.0;
        k.verzuim = 0.045;
        assert_eq!(k.tekst("{netto}, {aanwezig}"), "1.600, 95,5%");
    }

    #[test]
    fn full_timer_chain() {
        let k = keten();
        let (a, b, c) = k.fulltime_jaar();
        assert_eq!(a, 1569.0);
        assert!((b - 1333.65).abs() < 1e-9);
        assert!((c - 1266.9675).abs() < 1e-9);
        // A year of a full-timer: beschikbaar 1569 × 0.95, norm × 0.85 = 1266.97.
        let besch = k.beschikbaar(k.netto_jaar(36.0, 0.0), 1.0, 0.0);
        assert!((besch - 1490.55).abs() < 1e-9);
        assert!((k.norm(besch) - 1266.9675).abs() < 1e-9);
    }

    #[test]
    fn part_timer_with_exemption_and_absence() {
        let k = keten();
        // 24 h/week, 100 h vrijstelling: 1569 × 24 / 36 − 100 = 946.
        assert!((k.netto_jaar(24.0, 100.0) - 946.0).abs() < 1e-9);
        // March 2022: 23 of 260 weekdays; 946 × 23/260 × 0.95 − 10 = 69.5008…
        let b = k.beschikbaar(946.0, 23.0 / 260.0, 10.0);
        assert!((b - (946.0 * 23.0 / 260.0 * 0.95 - 10.0)).abs() < 1e-12);
        assert_eq!(k.beschikbaar(946.0, 23.0 / 260.0, 500.0), 0.0);
    }

    #[test]
    fn signal_thresholds() {
        let k = keten();
        assert_eq!(k.signaal(Some(0.89)), Signaal::RuimteInAgenda);
        assert_eq!(k.signaal(Some(0.90)), Signaal::InBalans);
        assert_eq!(k.signaal(Some(1.10)), Signaal::InBalans);
        assert_eq!(k.signaal(Some(1.11)), Signaal::MeerGepland);
        assert_eq!(k.signaal(None), Signaal::GeenBeschikbareTijd);
    }
}
