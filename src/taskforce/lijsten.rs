//! The choice lists behind the dropdowns (a hidden sheet "Lijsten") and the data validations
//! of the input cells: lists for Activiteit, Beroep, Setting, Verblijfscategorie and
//! Beveiligingsniveau; number ranges for minutes, hours, counts and money.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, Formula, Workbook, Worksheet,
    XlsxError,
};

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

    fn kolom(self) -> u16 {
        Lijst::ALLE.iter().position(|l| *l == self).unwrap_or(0) as u16
    }

    /// A dropdown validation for this list. A value typed outside the list only warns, so
    /// that accepted short forms (`behandeling`, `7`) still go in.
    pub fn validatie(self) -> Result<DataValidation, XlsxError> {
        let n = self.waarden().len() as u32;
        let col = col_letter(self.kolom());
        DataValidation::new()
            .allow_list_formula(Formula::new(format!("={BLAD}!${col}$2:${col}${}", n + 1)))
            .set_error_style(DataValidationErrorStyle::Warning)
            .set_error_title("Niet in de lijst")?
            .set_error_message(format!(
                "Deze waarde staat niet in de lijst {}. Kies bij voorkeur uit de lijst.",
                self.kop()
            ))
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

    /// Validates the cells of column `c` from row `r0` to row `r1`.
    pub fn zet(&self, ws: &mut Worksheet, r0: u32, c: u16, r1: u32) -> Result<(), XlsxError> {
        let dv = match *self {
            Validatie::Geen => return Ok(()),
            Validatie::Lijst(l) => l.validatie()?,
            Validatie::Getal {
                min,
                max,
                heel,
                wat,
            } => getal_validatie(min, max, heel, wat)?,
        };
        ws.add_data_validation(r0, c, r1, c, &dv)?;
        Ok(())
    }
}

fn col_letter(c: u16) -> char {
    (b'A' + c as u8) as char
}

/// Writes the hidden "Lijsten" sheet with every list. A choice that is a number (a
/// beveiligingsniveau) is written as a number, so that picking it from the dropdown enters a
/// number and not a number stored as text.
pub fn schrijf_lijsten(wb: &mut Workbook) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(BLAD)?;
    for l in Lijst::ALLE {
        let c = l.kolom();
        ws.write_string(0, c, l.kop())?;
        for (i, v) in l.waarden().iter().enumerate() {
            match v.parse::<u32>() {
                Ok(n) => ws.write_number(i as u32 + 1, c, n)?,
                Err(_) => ws.write_string(i as u32 + 1, c, v)?,
            };
        }
        ws.set_column_width(c, 34)?;
    }
    ws.set_hidden(true);
    Ok(())
}

/// A number validation between `min` and `max` (whole numbers when `heel`), stopping other
/// input, with a Dutch message naming `wat`.
fn getal_validatie(min: f64, max: f64, heel: bool, wat: &str) -> Result<DataValidation, XlsxError> {
    let dv = if heel {
        DataValidation::new()
            .allow_whole_number(DataValidationRule::Between(min as i32, max as i32))
    } else {
        DataValidation::new().allow_decimal_number(DataValidationRule::Between(min, max))
    };
    dv.set_error_title("Geen geldig getal")?
        .set_error_message(format!(
            "Vul {wat} in als getal tussen {} en {}.",
            crate::input::xlsx_reader::number_text(min),
            crate::input::xlsx_reader::number_text(max)
        ))
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
        for l in Lijst::ALLE {
            assert!(l.validatie().is_ok());
        }
    }
}
