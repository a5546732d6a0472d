//! Cell values in the Dutch dialects of SPEC 2 and 5.2: `-` or empty for empty; numbers
//! ([`getal`]), durations ([`duur`]), dates ([`datum`]) and times of day ([`tijd`]).

pub mod datum;
pub mod duur;
pub mod getal;
pub mod maandnaam;
pub mod tijd;

pub use datum::parse_date;
pub use duur::parse_minutes;
pub use getal::{Decimaal, GetalKolom, lees_cel, lees_getal, parse_cents, parse_number};

/// True when a cell counts as empty: only white space, or a lone `-`.
pub fn is_empty(s: &str) -> bool {
    let t = s.trim();
    t.is_empty() || t == "-"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dash_is_empty() {
        assert!(is_empty("-"));
        assert!(is_empty("  "));
        assert!(!is_empty("0"));
    }
}
