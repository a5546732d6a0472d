//! Financiers and their contracts (SPEC 7.1): a zorgverzekeraar, DJI or a gemeente, named in
//! the EPD by a name or a UZOVI code, paying a contract percentage of the maximum tariff up to
//! an omzetplafond per year.

use std::collections::BTreeMap;

use crate::domain::fold::fold;

/// The financier of EPD rows without one (SPEC 7.1).
pub const ONBEKEND: &str = "(onbekend)";

/// The key a financier is matched by: folded, and a numeric code without its leading zeros
/// (`0101` and `101` are one UZOVI code).
pub fn sleutel(s: &str) -> String {
    let f = fold(s.trim());
    if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) {
        let t = f.trim_start_matches('0');
        return if t.is_empty() { "0".into() } else { t.into() };
    }
    f
}

/// One row of the contracten file: a financier's terms for one year.
#[derive(Debug, Clone, PartialEq)]
pub struct Contract {
    /// The financier as the file writes it (the output names it so).
    pub financier: String,
    /// The year.
    pub jaar: i32,
    /// Percentage of the maximum tariff, in hundredths of a percent (9250 = 92.5%).
    pub percentage_bp: i64,
    /// The omzetplafond for the year, in cents, if agreed.
    pub plafond_cents: Option<i64>,
    /// A display name for a code.
    pub naam: Option<String>,
    /// The line of the file.
    pub regel: usize,
}

/// Every contract row, by financier key and year.
#[derive(Debug, Clone, Default)]
pub struct Contracten {
    /// (key, year) → contract.
    pub rijen: BTreeMap<(String, i32), Contract>,
    /// The file read (`None`: no `--contracten`).
    pub bestand: Option<String>,
}

impl Contracten {
    /// The contract of financier key `sleutel` for `jaar`.
    pub fn contract(&self, sleutel: &str, jaar: i32) -> Option<&Contract> {
        self.rijen.get(&(sleutel.to_string(), jaar))
    }

    /// Any contract row of the financier (for its name as the file writes it).
    pub fn eerste(&self, sleutel: &str) -> Option<&Contract> {
        self.rijen
            .range((sleutel.to_string(), i32::MIN)..=(sleutel.to_string(), i32::MAX))
            .next()
            .map(|(_, c)| c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uzovi_codes_match_without_leading_zeros_and_names_folded() {
        assert_eq!(sleutel("0101"), "101");
        assert_eq!(sleutel(" 101 "), "101");
        assert_eq!(sleutel("000"), "0");
        assert_eq!(sleutel("Zorgverzekeraar Noord"), "zorgverzekeraarnoord");
        assert_eq!(sleutel("ZORGVERZEKERAAR-NOORD"), "zorgverzekeraarnoord");
        assert_eq!(sleutel("DJI"), "dji");
    }

    #[test]
    fn a_contract_is_found_by_key_and_year() {
        let mut c = Contracten::default();
        let rij = |jaar| Contract {
            financier: "0101".into(),
            jaar,
            percentage_bp: 9_250,
            plafond_cents: Some(10_000_000),
            naam: Some("Zorgverzekeraar Noord".into()),
            regel: 2,
        };
        c.rijen.insert(("101".into(), 2022), rij(2022));
        c.rijen.insert(("101".into(), 2023), rij(2023));
        assert_eq!(c.contract("101", 2022).map(|c| c.jaar), Some(2022));
        assert_eq!(c.contract("101", 2024), None);
        assert_eq!(c.eerste("101").map(|c| c.jaar), Some(2022));
        assert_eq!(c.eerste("102"), None);
    }
}
