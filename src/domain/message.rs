//! Problems found while reading a Taskforce workbook ("Meldingen"). Each names the sheet and
//! cell, carries an English text for stderr and a Dutch text for the workbook's "Resultaat",
//! and has a severity: a [`Ernst::Fout`] makes `zpm fill` exit with code 1, an
//! [`Ernst::Opmerking`] is information only.

use std::fmt;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ernst {
    /// Bad or missing input: the figure it feeds is left out (exit code 1).
    Fout,
    /// Information: a default was used, a figure was linked, a tariff is missing.
    Opmerking,
}

impl Ernst {
    /// The Dutch word shown in the workbook.
    pub fn label(self) -> &'static str {
        match self {
            Ernst::Fout => "Fout",
            Ernst::Opmerking => "Opmerking",
        }
    }
}

/// One problem, located in a sheet (and a cell where known).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Melding {
    /// Severity.
    pub ernst: Ernst,
    /// The sheet's name (empty for the workbook as a whole).
    pub blad: String,
    /// The cell in A1 notation, where known.
    pub cel: Option<String>,
    /// English text (stderr).
    pub en: String,
    /// Dutch text (the workbook).
    pub nl: String,
}

impl Melding {
    /// An error at a cell (row and column 0-based) of `blad`.
    pub fn fout(
        blad: &str,
        cel: Option<(u32, u16)>,
        en: impl Into<String>,
        nl: impl Into<String>,
    ) -> Self {
        Melding {
            ernst: Ernst::Fout,
            blad: blad.to_string(),
            cel: cel.map(|(r, c)| a1(r, c)),
            en: en.into(),
            nl: nl.into(),
        }
    }

    /// A note at a cell (row and column 0-based) of `blad`.
    pub fn opmerking(
        blad: &str,
        cel: Option<(u32, u16)>,
        en: impl Into<String>,
        nl: impl Into<String>,
    ) -> Self {
        Melding {
            ernst: Ernst::Opmerking,
            ..Melding::fout(blad, cel, en, nl)
        }
    }

    /// `expected X, found "…"` for a cell that holds text where a number belongs.
    pub fn geen_getal(blad: &str, cel: (u32, u16), verwacht: Verwacht, gevonden: &str) -> Self {
        Melding::fout(
            blad,
            Some(cel),
            format!("expected {}, found \"{gevonden}\"", verwacht.en()),
            format!("verwacht {}, gevonden \"{gevonden}\"", verwacht.nl()),
        )
    }

    /// A required value that is empty.
    pub fn leeg(blad: &str, cel: (u32, u16), wat: &str, verwacht: Verwacht) -> Self {
        Melding::fout(
            blad,
            Some(cel),
            format!("{wat} is empty; expected {}", verwacht.en()),
            format!("{wat} is leeg; verwacht {}", verwacht.nl()),
        )
    }

    /// A label that is not found in column A of `blad`.
    pub fn label_ontbreekt(blad: &str, label: &str) -> Self {
        Melding::fout(
            blad,
            None,
            format!("label \"{label}\" not found in column A"),
            format!("label \"{label}\" niet gevonden in kolom A"),
        )
    }

    /// Where the problem is, as `Sheet!C7` (or the sheet alone).
    pub fn plaats(&self) -> String {
        match &self.cel {
            Some(c) if !self.blad.is_empty() => format!("{}!{c}", self.blad),
            Some(c) => c.clone(),
            None => self.blad.clone(),
        }
    }

    /// The stderr line: `werkmap.xlsx, Weekagenda!C7: expected minutes, found "drie kwartier"`.
    pub fn regel(&self, werkmap: &str) -> String {
        let plaats = self.plaats();
        let soort = match self.ernst {
            Ernst::Fout => "",
            Ernst::Opmerking => "note: ",
        };
        if plaats.is_empty() {
            format!("{werkmap}: {soort}{}", self.en)
        } else {
            format!("{werkmap}, {plaats}: {soort}{}", self.en)
        }
    }
}

impl fmt::Display for Melding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.plaats(), self.en)
    }
}

/// What a number cell should hold (for messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verwacht {
    /// Minutes.
    Minuten,
    /// Hours.
    Uren,
    /// A whole number ≥ 1 (Aantal).
    Aantal,
    /// A group size of at least 2.
    Groepsgrootte,
    /// A year such as 2022.
    Jaar,
    /// Euros.
    Euro,
    /// A percentage or fraction.
    Percentage,
    /// A number of FTE.
    Fte,
    /// A number of days.
    Dagen,
    /// A number of beds.
    Bedden,
}

impl Verwacht {
    /// English wording.
    pub fn en(self) -> &'static str {
        match self {
            Verwacht::Minuten => "minutes",
            Verwacht::Uren => "hours",
            Verwacht::Aantal => "a whole number of at least 1",
            Verwacht::Groepsgrootte => "a group size of at least 2",
            Verwacht::Jaar => "a year such as 2022",
            Verwacht::Euro => "an amount in euros",
            Verwacht::Percentage => "a percentage (85%) or a fraction (0.85)",
            Verwacht::Fte => "a number of FTE",
            Verwacht::Dagen => "a number of days",
            Verwacht::Bedden => "a number of beds",
        }
    }

    /// Dutch wording.
    pub fn nl(self) -> &'static str {
        match self {
            Verwacht::Minuten => "minuten",
            Verwacht::Uren => "uren",
            Verwacht::Aantal => "een heel getal van minstens 1",
            Verwacht::Groepsgrootte => "een groepsgrootte van minstens 2",
            Verwacht::Jaar => "een jaartal zoals 2022",
            Verwacht::Euro => "een bedrag in euro's",
            Verwacht::Percentage => "een percentage (85%) of een fractie (0,85)",
            Verwacht::Fte => "een aantal FTE",
            Verwacht::Dagen => "een aantal dagen",
            Verwacht::Bedden => "een aantal bedden",
        }
    }
}

/// A cell reference in A1 notation from 0-based row and column: (6, 2) → `C7`.
pub fn a1(row: u32, col: u16) -> String {
    let mut letters = Vec::new();
    let mut c = u32::from(col) + 1;
    while c > 0 {
        let rem = (c - 1) % 26;
        letters.push(b'A' + rem as u8);
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_references() {
        assert_eq!(a1(6, 2), "C7");
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(9, 25), "Z10");
        assert_eq!(a1(0, 26), "AA1");
        assert_eq!(a1(0, 701), "ZZ1");
        assert_eq!(a1(0, 702), "AAA1");
    }

    #[test]
    fn message_names_workbook_sheet_and_cell() {
        let m = Melding::geen_getal("Weekagenda", (6, 2), Verwacht::Minuten, "drie kwartier");
        assert_eq!(
            m.regel("behandelaar-jan.xlsx"),
            "behandelaar-jan.xlsx, Weekagenda!C7: expected minutes, found \"drie kwartier\""
        );
        assert_eq!(m.nl, "verwacht minuten, gevonden \"drie kwartier\"");
        assert_eq!(m.ernst, Ernst::Fout);
    }
}
