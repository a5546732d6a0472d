//! The choice lists behind the dropdowns (the hidden sheet "Lijsten") and the validations of
//! the input cells, as data: lists for Activiteit, Beroep, Setting, Verblijfscategorie and
//! Beveiligingsniveau; number ranges for minutes, hours, counts and money.

use crate::domain::activiteit::Activiteit;
use crate::domain::fold::fold;
use crate::input::reference::BEROEPEN;

/// The name of the hidden sheet that holds the lists.
pub const BLAD: &str = "Lijsten";

/// The settings of SPEC 1.3 as users pick them: `7 forensisch niet-klinisch/ambulant`.
pub const SETTINGS: [&str; 8] = [
    "1 ambulant sectie II",
    "2 ambulant sectie III mono",
    "3 ambulant sectie III multi",
    "4 outreachend",
    "5 klinisch (excl. forensisch)",
    "6 forensisch klinisch",
    "7 forensisch niet-klinisch/ambulant",
    "8 hoogspecialistisch",
];

/// Verblijfscategorieën A–H (ggz A–H, fz A–G).
pub const VERBLIJFSCATEGORIEEN: [&str; 8] = ["A", "B", "C", "D", "E", "F", "G", "H"];

/// Beveiligingsniveaus (fz).
pub const BEVEILIGINGSNIVEAUS: [&str; 4] = ["1", "2", "3", "4"];

/// A dropdown list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lijst {
    /// The activiteiten of a week agenda.
    Activiteit,
    /// The beroepen of the embedded beroepen table.
    Beroep,
    /// Settings 1–8.
    Setting,
    /// Verblijfscategorie A–H.
    Verblijfscategorie,
    /// Beveiligingsniveau 1–4.
    Beveiligingsniveau,
}

/// The beroepen of the embedded table (`templates/beroepen.csv`), in file order.
pub fn beroepen() -> Vec<String> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(BEROEPEN.1.as_bytes());
    rdr.records()
        .filter_map(|r| r.ok())
        .filter_map(|r| r.get(0).map(|s| s.trim().to_string()))
        .filter(|s| !s.is_empty())
        .collect()
}

impl Lijst {
    /// Every list, in column order of the "Lijsten" sheet.
    pub const ALLE: [Lijst; 5] = [
        Lijst::Activiteit,
        Lijst::Beroep,
        Lijst::Setting,
        Lijst::Verblijfscategorie,
        Lijst::Beveiligingsniveau,
    ];

    /// The heading of the list on the "Lijsten" sheet.
    pub fn kop(self) -> &'static str {
        match self {
            Lijst::Activiteit => "Activiteit",
            Lijst::Beroep => "Beroep",
            Lijst::Setting => "Setting",
            Lijst::Verblijfscategorie => "Verblijfscategorie",
            Lijst::Beveiligingsniveau => "Beveiligingsniveau",
        }
    }

    /// The values of the list.
    pub fn waarden(self) -> Vec<String> {
        match self {
            Lijst::Activiteit => Activiteit::ALLE
                .iter()
                .map(|a| a.label().to_string())
                .collect(),
            Lijst::Beroep => beroepen(),
            Lijst::Setting => SETTINGS.iter().map(|s| s.to_string()).collect(),
            Lijst::Verblijfscategorie => VERBLIJFSCATEGORIEEN.map(String::from).to_vec(),
            Lijst::Beveiligingsniveau => BEVEILIGINGSNIVEAUS.map(String::from).to_vec(),
        }
    }

    /// The column of the list on the "Lijsten" sheet.
    pub fn kolom(self) -> u16 {
        Lijst::ALLE.iter().position(|l| *l == self).unwrap_or(0) as u16
    }
}

/// The validation of an input cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Validatie {
    /// None.
    Geen,
    /// A dropdown list.
    Lijst(Lijst),
    /// A number between `min` and `max` (whole when `heel`); `wat` names it in the message.
    Getal {
        /// Lowest allowed.
        min: f64,
        /// Highest allowed.
        max: f64,
        /// Whole numbers only.
        heel: bool,
        /// What the cell holds, in Dutch ("het aantal minuten").
        wat: &'static str,
    },
}

impl Validatie {
    /// A number from `min` to `max`, decimals allowed.
    pub const fn getal(min: f64, max: f64, wat: &'static str) -> Self {
        Validatie::Getal {
            min,
            max,
            heel: false,
            wat,
        }
    }

    /// A whole number from `min` to `max`.
    pub const fn heel(min: f64, max: f64, wat: &'static str) -> Self {
        Validatie::Getal {
            min,
            max,
            heel: true,
            wat,
        }
    }

    /// Minutes within a day (0 to 1440).
    pub const fn minuten(wat: &'static str) -> Self {
        Validatie::getal(0.0, 1440.0, wat)
    }
}

/// Parses a setting: `7`, `7 forensisch niet-klinisch/ambulant` or the label alone.
pub fn parse_setting(s: &str) -> Option<u8> {
    let t = s.trim();
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() {
        let rest = t[digits.len()..].trim();
        let ok = rest.is_empty()
            || rest == ".0"
            || SETTINGS
                .iter()
                .any(|l| fold(&l[2..]) == fold(rest) && l.starts_with(&digits));
        return digits
            .parse::<u8>()
            .ok()
            .filter(|n| ok && (1..=8).contains(n));
    }
    let f = fold(t);
    SETTINGS
        .iter()
        .position(|l| fold(&l[2..]) == f)
        .map(|i| i as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_parse_from_number_or_label() {
        assert_eq!(parse_setting("7"), Some(7));
        assert_eq!(
            parse_setting("7 forensisch niet-klinisch/ambulant"),
            Some(7)
        );
        assert_eq!(parse_setting("ambulant sectie II"), Some(1));
        assert_eq!(parse_setting("9"), None);
        assert_eq!(parse_setting("7 ambulant sectie II"), None);
        assert_eq!(parse_setting("zeven"), None);
    }

    #[test]
    fn lists_fit_and_hold_the_beroepen() {
        let b = beroepen();
        assert!(b.iter().any(|x| x == "gz-psycholoog"));
        assert!(b.len() >= 38);
    }
}
