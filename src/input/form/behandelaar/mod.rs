//! The behandelaar workbook (SPEC 2.4): the person on sheet "Behandelaar", a week agenda on
//! "Weekagenda", own scenarios on "Scenario's"; `zpm fill` adds the computed agenda columns,
//! the scenario outcomes and a sheet "Resultaat" (week, year view, signal and advice).

pub mod read;

use crate::input::form::layout::{InvoerSoort, KolomDef, LabelBlad, LabelVeld, TabelBlad};
use crate::input::form::lists::{Lijst, Validatie};

/// Sheet "Behandelaar": who, and how many hours.
pub const PERSOON: LabelBlad = LabelBlad {
    naam: "Behandelaar",
    titel: "Behandelaar",
    velden: &[
        LabelVeld::nieuw(
            "Medewerker",
            InvoerSoort::Tekst,
            "Uw medewerkernummer; de leidinggevende koppelt hiermee uw werkmap aan het team.",
            Validatie::Geen,
        ),
        LabelVeld::nieuw("Naam", InvoerSoort::Tekst, "Uw naam.", Validatie::Geen),
        LabelVeld::nieuw(
            "Team",
            InvoerSoort::Tekst,
            "Uw team of afdeling.",
            Validatie::Geen,
        ),
        LabelVeld::nieuw(
            "Beroep",
            InvoerSoort::Tekst,
            "Kies uit de lijst: het beroep bepaalt de beroepscategorie en dus het tarief.",
            Validatie::Lijst(Lijst::Beroep),
        ),
        LabelVeld::nieuw(
            "Setting",
            InvoerSoort::Tekst,
            "Kies uit de lijst (1-8). Leeg: setting 7 (of wat zpm fill met --setting krijgt).",
            Validatie::Lijst(Lijst::Setting),
        ),
        LabelVeld::nieuw(
            "Uren per week",
            InvoerSoort::Getal,
            "Uw contracturen per week (fulltime is 36).",
            Validatie::getal(0.0, 80.0, "de uren per week"),
        ),
        LabelVeld::nieuw(
            "Jaar",
            InvoerSoort::Getal,
            "Het jaar van de weekagenda: de tarieven van dat jaar gelden.",
            Validatie::heel(2022.0, 2100.0, "het jaar"),
        ),
        LabelVeld::nieuw(
            "Niet-patiëntgebonden uren per week",
            InvoerSoort::Getal,
            "Werkoverleg, intervisie, scholing. Leeg: de regels Niet-patiëntgebonden in de Weekagenda.",
            Validatie::getal(0.0, 80.0, "de niet-patiëntgebonden uren"),
        ),
        LabelVeld::nieuw(
            "Afwezig uren deze week",
            InvoerSoort::Getal,
            "Verlof of ziekte in deze week (leeg is 0).",
            Validatie::getal(0.0, 80.0, "de afwezige uren"),
        ),
        LabelVeld::nieuw(
            "Vrijstelling (uren per jaar)",
            InvoerSoort::Getal,
            "Uren per jaar vrijgesteld voor andere taken (leeg is 0); telt mee in het jaarbeeld.",
            Validatie::getal(0.0, 2000.0, "de vrijstelling"),
        ),
    ],
};

/// Field indices of [`PERSOON`].
pub mod veld {
    /// Medewerker.
    pub const MEDEWERKER: usize = 0;
    /// Naam.
    pub const NAAM: usize = 1;
    /// Team.
    pub const TEAM: usize = 2;
    /// Beroep.
    pub const BEROEP: usize = 3;
    /// Setting.
    pub const SETTING: usize = 4;
    /// Uren per week.
    pub const UREN: usize = 5;
    /// Jaar.
    pub const JAAR: usize = 6;
    /// Niet-patiëntgebonden uren per week.
    pub const NPG: usize = 7;
    /// Afwezig uren deze week.
    pub const AFWEZIG: usize = 8;
    /// Vrijstelling (uren per jaar).
    pub const VRIJSTELLING: usize = 9;
}

/// Validation of "Aantal" (Weekagenda and Scenario's).
const AANTAL: Validatie = Validatie::heel(1.0, 1000.0, "het aantal");
/// Validation of "Groepsgrootte" (Weekagenda and Scenario's).
const GROEPSGROOTTE: Validatie = Validatie::heel(2.0, 100.0, "de groepsgrootte");

/// Sheet "Weekagenda": one row per (group of identical) activities.
pub const AGENDA: TabelBlad = TabelBlad {
    naam: "Weekagenda",
    titel: "Weekagenda",
    noten: &[
        "Eén regel per activiteit; met Aantal telt een regel voor zoveel gelijke activiteiten. Dag is vrije tekst.",
    ],
    kolommen: &[
        KolomDef::invoer("Dag", &[], false, InvoerSoort::Tekst, Validatie::Geen, 14.0),
        KolomDef::invoer(
            "Activiteit",
            &["activiteitsoort", "soort"],
            true,
            InvoerSoort::Tekst,
            Validatie::Lijst(Lijst::Activiteit),
            26.0,
        ),
        KolomDef::invoer(
            "Directe tijd (min)",
            &["directe tijd", "directe_tijd", "minuten", "duur"],
            true,
            InvoerSoort::Getal,
            Validatie::minuten("de directe tijd in minuten"),
            12.0,
        ),
        KolomDef::invoer(
            "Geplande tijd (min)",
            &["geplande tijd", "geplande_tijd", "gepland"],
            false,
            InvoerSoort::Getal,
            Validatie::minuten("de geplande tijd in minuten"),
            12.0,
        ),
        KolomDef::invoer("Aantal", &[], false, InvoerSoort::Getal, AANTAL, 9.0),
        KolomDef::invoer(
            "Groepsgrootte",
            &["groep"],
            false,
            InvoerSoort::Getal,
            GROEPSGROOTTE,
            12.0,
        ),
        KolomDef::invoer(
            "Reistijd (min)",
            &["reistijd"],
            false,
            InvoerSoort::Getal,
            Validatie::minuten("de reistijd in minuten"),
            11.0,
        ),
        KolomDef::berekend("Klasse", 12.0),
        KolomDef::berekend("Declarabel", 11.0),
        KolomDef::berekend("Indirecte tijd (min)", 12.0),
        KolomDef::berekend("Genormeerde tijd (min)", 12.0),
        KolomDef::berekend("Tarief (€)", 12.0),
        KolomDef::berekend("Omzet (€)", 12.0),
    ],
    kop_rij: 4,
    rijen: 100,
    gegenereerd: None,
};

/// Column indices of [`AGENDA`].
pub mod kol {
    /// Dag.
    pub const DAG: usize = 0;
    /// Activiteit.
    pub const ACTIVITEIT: usize = 1;
    /// Directe tijd (min).
    pub const DIRECT: usize = 2;
    /// Geplande tijd (min).
    pub const GEPLAND: usize = 3;
    /// Aantal.
    pub const AANTAL: usize = 4;
    /// Groepsgrootte.
    pub const GROEP: usize = 5;
    /// Reistijd (min).
    pub const REISTIJD: usize = 6;
    /// Klasse (computed).
    pub const KLASSE: usize = 7;
    /// Declarabel (computed).
    pub const DECLARABEL: usize = 8;
    /// Indirecte tijd (min) (computed).
    pub const INDIRECT: usize = 9;
    /// Genormeerde tijd (min) (computed).
    pub const GENORMEERD: usize = 10;
    /// Tarief (€) (computed).
    pub const TARIEF: usize = 11;
    /// Omzet (€) (computed).
    pub const OMZET: usize = 12;
}

/// Rows of "Scenario's" that `zpm fill` regenerates (the outcome table above the input).
pub const SCENARIO_UITKOMST: std::ops::Range<u32> = 2..22;
/// The first row of scenario outcomes, below its header.
pub const SCENARIO_EERSTE: u32 = 6;
/// Room for outcomes: the four fixed fillings and ten own scenarios.
pub const SCENARIO_PLAATS: u32 = 14;

/// Sheet "Scenario's": the user's own fillings (rows with one name form one scenario).
pub const SCENARIOS: TabelBlad = TabelBlad {
    naam: "Scenario's",
    titel: "Scenario's",
    noten: &[],
    kolommen: &[
        KolomDef::invoer(
            "Eigen scenario",
            &["scenario"],
            true,
            InvoerSoort::Tekst,
            Validatie::Geen,
            36.0,
        ),
        KolomDef::invoer(
            "Activiteit",
            &[],
            true,
            InvoerSoort::Tekst,
            Validatie::Lijst(Lijst::Activiteit),
            40.0,
        ),
        KolomDef::invoer("Aantal", &[], false, InvoerSoort::Getal, AANTAL, 16.0),
        KolomDef::invoer(
            "Directe tijd per consult (min)",
            &["directe tijd (min)", "minuten per consult", "minuten"],
            true,
            InvoerSoort::Getal,
            Validatie::minuten("de directe tijd per consult"),
            18.0,
        ),
        KolomDef::invoer(
            "Groepsgrootte",
            &["groep"],
            false,
            InvoerSoort::Getal,
            GROEPSGROOTTE,
            18.0,
        ),
    ],
    kop_rij: 22,
    rijen: 30,
    gegenereerd: Some(SCENARIO_UITKOMST),
};
