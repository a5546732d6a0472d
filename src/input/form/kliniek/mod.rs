//! The kliniek workbook (SPEC 1.9, 2.4): the period on "Kliniek", the afdelingen with their
//! verblijfsdagen (or beds × occupancy) and current FTE on "Afdelingen", the norms on
//! "Normen"; `zpm fill` adds "Resultaat": hours and FTE of vaktherapie and dagbesteding that
//! the verblijfsdagen pay for, per afdeling and in total, against the current FTE.

pub mod read;

use crate::input::form::layout::{InvoerSoort, KolomDef, LabelBlad, LabelVeld, TabelBlad};
use crate::input::form::lists::{Lijst, Validatie};

/// Sheet "Kliniek": the period and the institution.
pub const KLINIEK: LabelBlad = LabelBlad {
    naam: "Kliniek",
    titel: "Kliniek",
    velden: &[
        LabelVeld {
            label: "Periode",
            soort: InvoerSoort::Tekst,
            hint: "Een maand (2022-03), een kwartaal (2022-Q1) of een jaar (2022).",
            validatie: Validatie::Geen,
        },
        LabelVeld {
            label: "Instelling",
            soort: InvoerSoort::Tekst,
            hint: "De naam van de instelling of kliniek.",
            validatie: Validatie::Geen,
        },
    ],
};

/// Sheet "Afdelingen": one row per afdeling.
pub const AFDELINGEN: TabelBlad = TabelBlad {
    naam: "Afdelingen",
    titel: "Afdelingen",
    noten: &[
        "Vul Verblijfsdagen in, of laat die leeg en vul Bedden en Bezetting % in (verblijfsdagen = bedden × bezetting × kalenderdagen van de periode).",
    ],
    kolommen: &[
        KolomDef::invoer(
            "Afdeling",
            &[],
            true,
            InvoerSoort::Tekst,
            Validatie::Geen,
            24.0,
        ),
        KolomDef::invoer(
            "Verblijfscategorie",
            &["categorie"],
            true,
            InvoerSoort::Tekst,
            Validatie::Lijst(Lijst::Verblijfscategorie),
            14.0,
        ),
        // A number (1-4): not formatted as text, so a typed 3 is a number.
        KolomDef::invoer(
            "Beveiligingsniveau",
            &["niveau"],
            false,
            InvoerSoort::Getal,
            Validatie::Lijst(Lijst::Beveiligingsniveau),
            14.0,
        ),
        KolomDef::invoer(
            "Verblijfsdagen",
            &[],
            false,
            InvoerSoort::Getal,
            Validatie::getal(0.0, 1.0e7, "het aantal verblijfsdagen"),
            14.0,
        ),
        KolomDef::invoer(
            "Bedden",
            &["aantal bedden"],
            false,
            InvoerSoort::Getal,
            Validatie::getal(0.0, 1.0e5, "het aantal bedden"),
            10.0,
        ),
        KolomDef::invoer(
            "Bezetting %",
            &["bezetting", "bezettingsgraad"],
            false,
            InvoerSoort::Pct,
            Validatie::getal(0.0, 100.0, "de bezetting (85% of 0,85)"),
            11.0,
        ),
        KolomDef::invoer(
            "FTE vaktherapie",
            &[],
            false,
            InvoerSoort::Getal,
            Validatie::getal(0.0, 1.0e5, "het aantal FTE"),
            12.0,
        ),
        KolomDef::invoer(
            "FTE dagbesteding",
            &[],
            false,
            InvoerSoort::Getal,
            Validatie::getal(0.0, 1.0e5, "het aantal FTE"),
            12.0,
        ),
        KolomDef::berekend("Verblijfsdagen (berekend)", 14.0),
    ],
    kop_rij: 4,
    rijen: 40,
    gegenereerd: None,
};

/// Column indices of [`AFDELINGEN`].
pub mod kol {
    /// Afdeling.
    pub const AFDELING: usize = 0;
    /// Verblijfscategorie.
    pub const CATEGORIE: usize = 1;
    /// Beveiligingsniveau.
    pub const NIVEAU: usize = 2;
    /// Verblijfsdagen.
    pub const DAGEN: usize = 3;
    /// Bedden.
    pub const BEDDEN: usize = 4;
    /// Bezetting %.
    pub const BEZETTING: usize = 5;
    /// FTE vaktherapie.
    pub const FTE_VAK: usize = 6;
    /// FTE dagbesteding.
    pub const FTE_DAG: usize = 7;
    /// Verblijfsdagen (berekend), computed.
    pub const DAGEN_BEREKEND: usize = 8;
}

/// Sheet "Normen": minutes per verblijfsdag (columns as `templates/kliniek-normen.csv`).
pub const NORMEN: TabelBlad = TabelBlad {
    naam: "Normen",
    titel: "Normen",
    noten: &[
        "Minuten vaktherapie en dagbesteding per verblijfsdag die het tarief vergoedt. Er zijn geen openbare cijfers: vul uw eigen normen in. Beveiligingsniveau * geldt voor elk niveau; leeg voor ggz zonder niveau.",
    ],
    kolommen: &[
        KolomDef::invoer(
            "Verblijfscategorie",
            &["categorie"],
            true,
            InvoerSoort::Tekst,
            Validatie::Lijst(Lijst::Verblijfscategorie),
            16.0,
        ),
        // 1-4 as a number, or * for every level.
        KolomDef::invoer(
            "Beveiligingsniveau",
            &["niveau"],
            false,
            InvoerSoort::Getal,
            Validatie::Geen,
            16.0,
        ),
        KolomDef::invoer(
            "Vaktherapie (min per dag)",
            &["vaktherapie_min_per_dag", "vaktherapie"],
            true,
            InvoerSoort::Getal,
            Validatie::minuten("de minuten per dag"),
            16.0,
        ),
        KolomDef::invoer(
            "Dagbesteding (min per dag)",
            &["dagbesteding_min_per_dag", "dagbesteding"],
            true,
            InvoerSoort::Getal,
            Validatie::minuten("de minuten per dag"),
            16.0,
        ),
        KolomDef::invoer(
            "Bron",
            &[],
            false,
            InvoerSoort::Tekst,
            Validatie::Geen,
            40.0,
        ),
    ],
    kop_rij: 4,
    rijen: 40,
    gegenereerd: None,
};
