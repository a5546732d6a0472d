//! The behandelaar workbook (SPEC 2.4): the person on sheet "Behandelaar", a week agenda on
//! "Weekagenda", own scenarios on "Scenario's"; `zpm fill` adds the computed agenda columns,
//! the scenario outcomes and a sheet "Resultaat" (week, year view, signal and advice).

pub mod geheel;
pub mod lezen;
pub mod reken;
pub mod resultaat;
pub mod schrijf;

use crate::taskforce::blad::{KolomDef, LabelBlad, LabelVeld, TabelBlad, Validatie};
use crate::taskforce::lijsten::Lijst;
use crate::taskforce::stijl::Invoer;

/// Sheet "Behandelaar": who, and how many hours.
pub const PERSOON: LabelBlad = LabelBlad {
    naam: "Behandelaar",
    titel: "Behandelaar",
    velden: &[
        veld(
            "Medewerker",
            Invoer::Tekst,
            "Uw medewerkernummer; de leidinggevende koppelt hiermee uw werkmap aan het team.",
            Validatie::Geen,
        ),
        veld("Naam", Invoer::Tekst, "Uw naam.", Validatie::Geen),
        veld(
            "Team",
            Invoer::Tekst,
            "Uw team of afdeling.",
            Validatie::Geen,
        ),
        veld(
            "Beroep",
            Invoer::Tekst,
            "Kies uit de lijst: het beroep bepaalt de beroepscategorie en dus het tarief.",
            Validatie::Lijst(Lijst::Beroep),
        ),
        veld(
            "Setting",
            Invoer::Tekst,
            "Kies uit de lijst (1-8). Leeg: setting 7 (of wat zpm fill met --setting krijgt).",
            Validatie::Lijst(Lijst::Setting),
        ),
        veld(
            "Uren per week",
            Invoer::Getal,
            "Uw contracturen per week (fulltime is 36).",
            uren(0.0, 80.0, "de uren per week"),
        ),
        veld(
            "Jaar",
            Invoer::Getal,
            "Het jaar van de weekagenda: de tarieven van dat jaar gelden.",
            Validatie::Getal {
                min: 2022.0,
                max: 2100.0,
                heel: true,
                wat: "het jaar",
            },
        ),
        veld(
            "Niet-patiëntgebonden uren per week",
            Invoer::Getal,
            "Werkoverleg, intervisie, scholing. Leeg: de regels Niet-patiëntgebonden in de Weekagenda.",
            uren(0.0, 80.0, "de niet-patiëntgebonden uren"),
        ),
        veld(
            "Afwezig uren deze week",
            Invoer::Getal,
            "Verlof of ziekte in deze week (leeg is 0).",
            uren(0.0, 80.0, "de afwezige uren"),
        ),
        veld(
            "Vrijstelling (uren per jaar)",
            Invoer::Getal,
            "Uren per jaar vrijgesteld voor andere taken (leeg is 0); telt mee in het jaarbeeld.",
            uren(0.0, 2000.0, "de vrijstelling"),
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

const fn veld(
    label: &'static str,
    soort: Invoer,
    hint: &'static str,
    validatie: Validatie,
) -> LabelVeld {
    LabelVeld {
        label,
        soort,
        hint,
        validatie,
    }
}

const fn uren(min: f64, max: f64, wat: &'static str) -> Validatie {
    Validatie::Getal {
        min,
        max,
        heel: false,
        wat,
    }
}

const fn minuten(wat: &'static str) -> Validatie {
    Validatie::Getal {
        min: 0.0,
        max: 1440.0,
        heel: false,
        wat,
    }
}

const fn invoer(
    kop: &'static str,
    aliassen: &'static [&'static str],
    verplicht: bool,
    soort: Invoer,
    validatie: Validatie,
    breedte: f64,
) -> KolomDef {
    KolomDef {
        kop,
        aliassen,
        verplicht,
        invoer: Some(soort),
        validatie,
        breedte,
    }
}

const fn berekend(kop: &'static str, breedte: f64) -> KolomDef {
    KolomDef {
        kop,
        aliassen: &[],
        verplicht: false,
        invoer: None,
        validatie: Validatie::Geen,
        breedte,
    }
}

/// Sheet "Weekagenda": one row per (group of identical) activities.
pub const AGENDA: TabelBlad = TabelBlad {
    naam: "Weekagenda",
    titel: "Weekagenda",
    noten: &[
        "Eén regel per activiteit; met Aantal telt een regel voor zoveel gelijke activiteiten. Dag is vrije tekst.",
    ],
    kolommen: &[
        invoer("Dag", &[], false, Invoer::Tekst, Validatie::Geen, 14.0),
        invoer(
            "Activiteit",
            &["activiteitsoort", "soort"],
            true,
            Invoer::Tekst,
            Validatie::Lijst(Lijst::Activiteit),
            26.0,
        ),
        invoer(
            "Directe tijd (min)",
            &["directe tijd", "directe_tijd", "minuten", "duur"],
            true,
            Invoer::Getal,
            minuten("de directe tijd in minuten"),
            12.0,
        ),
        invoer(
            "Geplande tijd (min)",
            &["geplande tijd", "geplande_tijd", "gepland"],
            false,
            Invoer::Getal,
            minuten("de geplande tijd in minuten"),
            12.0,
        ),
        invoer(
            "Aantal",
            &[],
            false,
            Invoer::Getal,
            Validatie::Getal {
                min: 1.0,
                max: 1000.0,
                heel: true,
                wat: "het aantal",
            },
            9.0,
        ),
        invoer(
            "Groepsgrootte",
            &["groep"],
            false,
            Invoer::Getal,
            Validatie::Getal {
                min: 2.0,
                max: 100.0,
                heel: true,
                wat: "de groepsgrootte",
            },
            12.0,
        ),
        invoer(
            "Reistijd (min)",
            &["reistijd"],
            false,
            Invoer::Getal,
            minuten("de reistijd in minuten"),
            11.0,
        ),
        berekend("Klasse", 12.0),
        berekend("Declarabel", 11.0),
        berekend("Indirecte tijd (min)", 12.0),
        berekend("Genormeerde tijd (min)", 12.0),
        berekend("Tarief (€)", 12.0),
        berekend("Omzet (€)", 12.0),
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
        invoer(
            "Eigen scenario",
            &["scenario"],
            true,
            Invoer::Tekst,
            Validatie::Geen,
            36.0,
        ),
        invoer(
            "Activiteit",
            &[],
            true,
            Invoer::Tekst,
            Validatie::Lijst(Lijst::Activiteit),
            40.0,
        ),
        invoer(
            "Aantal",
            &[],
            false,
            Invoer::Getal,
            Validatie::Getal {
                min: 1.0,
                max: 1000.0,
                heel: true,
                wat: "het aantal",
            },
            16.0,
        ),
        invoer(
            "Directe tijd per consult (min)",
            &["directe tijd (min)", "minuten per consult", "minuten"],
            true,
            Invoer::Getal,
            minuten("de directe tijd per consult"),
            18.0,
        ),
        invoer(
            "Groepsgrootte",
            &["groep"],
            false,
            Invoer::Getal,
            Validatie::Getal {
                min: 2.0,
                max: 100.0,
                heel: true,
                wat: "de groepsgrootte",
            },
            18.0,
        ),
    ],
    kop_rij: 22,
    rijen: 30,
    gegenereerd: Some(SCENARIO_UITKOMST),
};
