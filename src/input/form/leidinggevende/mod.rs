//! The leidinggevende workbook (SPEC 2.4): the team on sheet "Team" (week totals typed, or
//! taken from filled behandelaar workbooks passed in the same call), the budget on
//! "Financieel"; `zpm fill` adds per-row columns, "Resultaat" and a tab per person.

pub mod read;

use crate::input::form::layout::{InvoerSoort, KolomDef, LabelBlad, LabelVeld, TabelBlad};
use crate::input::form::lists::{Lijst, Validatie};

/// Sheet "Team": one row per behandelaar.
pub const TEAM: TabelBlad = TabelBlad {
    naam: "Team",
    titel: "Team",
    noten: &[
        "Genormeerde tijd en omzet per week: typ ze, of laat ze leeg en geef de gevulde werkmap van de behandelaar mee aan zpm fill (gekoppeld op Medewerker).",
    ],
    kolommen: &[
        KolomDef::invoer(
            "Medewerker",
            &["medewerker_id", "behandelaar"],
            true,
            InvoerSoort::Tekst,
            Validatie::Geen,
            14.0,
        ),
        KolomDef::invoer(
            "Naam",
            &[],
            false,
            InvoerSoort::Tekst,
            Validatie::Geen,
            22.0,
        ),
        KolomDef::invoer(
            "Beroep",
            &[],
            false,
            InvoerSoort::Tekst,
            Validatie::Lijst(Lijst::Beroep),
            22.0,
        ),
        KolomDef::invoer(
            "Uren per week",
            &["uren_per_week"],
            true,
            InvoerSoort::Getal,
            Validatie::getal(0.0, 80.0, "de uren per week"),
            10.0,
        ),
        KolomDef::invoer(
            "Genormeerde tijd per week (uren)",
            &["genormeerde tijd per week", "genormeerde tijd (uren)"],
            false,
            InvoerSoort::Getal,
            Validatie::getal(0.0, 168.0, "de genormeerde tijd in uren"),
            14.0,
        ),
        KolomDef::invoer(
            "Omzet per week (€)",
            &["omzet per week", "omzet (€)"],
            false,
            InvoerSoort::Euro,
            Validatie::getal(0.0, 1.0e7, "de omzet in euro's"),
            14.0,
        ),
        KolomDef::berekend("Bron", 26.0),
        KolomDef::berekend("Genormeerde tijd gebruikt (uren)", 14.0),
        KolomDef::berekend("Omzet gebruikt (€)", 14.0),
        KolomDef::berekend("Weeknorm (uren)", 11.0),
        KolomDef::berekend("Realisatie t.o.v. weeknorm", 12.0),
        KolomDef::berekend("Signaal", 26.0),
    ],
    kop_rij: 4,
    rijen: 60,
    gegenereerd: None,
};

/// Column indices of [`TEAM`].
pub mod kol {
    /// Medewerker.
    pub const MEDEWERKER: usize = 0;
    /// Naam.
    pub const NAAM: usize = 1;
    /// Beroep.
    pub const BEROEP: usize = 2;
    /// Uren per week.
    pub const UREN: usize = 3;
    /// Genormeerde tijd per week (uren).
    pub const GENORMEERD: usize = 4;
    /// Omzet per week (€).
    pub const OMZET: usize = 5;
    /// Bron (computed).
    pub const BRON: usize = 6;
    /// Genormeerde tijd gebruikt (computed).
    pub const GENORMEERD_GEBRUIKT: usize = 7;
    /// Omzet gebruikt (computed).
    pub const OMZET_GEBRUIKT: usize = 8;
    /// Weeknorm (computed).
    pub const WEEKNORM: usize = 9;
    /// Realisatie t.o.v. weeknorm (computed).
    pub const REALISATIE: usize = 10;
    /// Signaal (computed).
    pub const SIGNAAL: usize = 11;
}

/// Sheet "Financieel": the team, the period and the figures to compare with.
pub const FINANCIEEL: LabelBlad = LabelBlad {
    naam: "Financieel",
    titel: "Financieel",
    velden: &[
        LabelVeld {
            label: "Team",
            soort: InvoerSoort::Tekst,
            hint: "De naam van het team.",
            validatie: Validatie::Geen,
        },
        LabelVeld {
            label: "Periode",
            soort: InvoerSoort::Tekst,
            hint: "Een maand (2022-03), een kwartaal (2022-Q1) of een jaar (2022).",
            validatie: Validatie::Geen,
        },
        LabelVeld {
            label: "Begroting omzet",
            soort: InvoerSoort::Euro,
            hint: "De begrote omzet van het team voor deze periode, in euro's.",
            validatie: Validatie::getal(0.0, 1.0e10, "de begroting in euro's"),
        },
        LabelVeld {
            label: "Realisatie december 2021",
            soort: InvoerSoort::Euro,
            hint: "De omzet van het team in december 2021 (de laatste maand onder de DBBC), in euro's.",
            validatie: Validatie::getal(0.0, 1.0e10, "de omzet van december 2021 in euro's"),
        },
    ],
};

/// Field indices of [`FINANCIEEL`].
pub mod veld {
    /// Team.
    pub const TEAM: usize = 0;
    /// Periode.
    pub const PERIODE: usize = 1;
    /// Begroting omzet.
    pub const BEGROTING: usize = 2;
    /// Realisatie december 2021.
    pub const DEC_2021: usize = 3;
}
