//! What was done: the kinds of activity in an EPD export or a week agenda (SPEC 2.1), and the
//! prestaties that carry a tariff (SPEC 1.4).

use crate::domain::fold::fold;

/// The kinds of activity in an EPD export or a week agenda (SPEC 2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Activiteit {
    /// Consult diagnostiek.
    ConsultDiagnostiek,
    /// Consult behandeling.
    ConsultBehandeling,
    /// Groepsconsult.
    Groepsconsult,
    /// Intercollegiaal overleg.
    Overleg,
    /// Niet-patiëntgebonden tijd (werkoverleg, intervisie, scholing).
    NietPatientgebonden,
    /// A stand-alone travel row (SPEC 5.4): only an EPD value the profile maps to `reistijd`
    /// becomes one; its minutes are the person's reistijd, normed time without toeslag.
    Reistijd,
}

impl Activiteit {
    /// Every kind of SPEC 2.1 (a week agenda's choices), in the order users see them;
    /// [`Activiteit::Reistijd`] comes only from a profile's mapping.
    pub const ALLE: [Activiteit; 5] = [
        Self::ConsultDiagnostiek,
        Self::ConsultBehandeling,
        Self::Groepsconsult,
        Self::Overleg,
        Self::NietPatientgebonden,
    ];

    /// The code used in files.
    pub fn code(self) -> &'static str {
        match self {
            Self::ConsultDiagnostiek => "consult_diagnostiek",
            Self::ConsultBehandeling => "consult_behandeling",
            Self::Groepsconsult => "groepsconsult",
            Self::Overleg => "intercollegiaal_overleg",
            Self::NietPatientgebonden => "niet_patientgebonden",
            Self::Reistijd => "reistijd",
        }
    }

    /// The label users see (dropdowns, sheets).
    pub fn label(self) -> &'static str {
        match self {
            Self::ConsultDiagnostiek => "Consult diagnostiek",
            Self::ConsultBehandeling => "Consult behandeling",
            Self::Groepsconsult => "Groepsconsult",
            Self::Overleg => "Intercollegiaal overleg",
            Self::NietPatientgebonden => "Niet-patiëntgebonden",
            Self::Reistijd => "Reistijd",
        }
    }

    /// Parses a code, label or short form (folded): `Behandeling`, `consult_behandeling`, `npg`.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match fold(s).as_str() {
            "consultdiagnostiek" | "diagnostiek" => Self::ConsultDiagnostiek,
            "consultbehandeling" | "behandeling" => Self::ConsultBehandeling,
            "groepsconsult" | "groep" => Self::Groepsconsult,
            "intercollegiaaloverleg" | "overleg" => Self::Overleg,
            "nietpatientgebonden" | "npg" | "nietpatientgebondentijd" => Self::NietPatientgebonden,
            _ => return None,
        })
    }

    /// The consult type (`diagnostiek`/`behandeling`), for consults only.
    pub fn consult_soort(self) -> Option<&'static str> {
        match self {
            Self::ConsultDiagnostiek => Some("diagnostiek"),
            Self::ConsultBehandeling => Some("behandeling"),
            _ => None,
        }
    }
}

/// A prestatie that carries a tariff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Prestatie {
    /// Consult diagnostiek or behandeling.
    Consult,
    /// Groepsconsult (klasse = group size).
    Groepsconsult,
    /// Intercollegiaal overleg (kort/lang).
    IntercollegiaalOverleg,
    /// Toeslag reistijd (ggz/fz, tot/vanaf).
    ToeslagReistijd,
}

impl Prestatie {
    /// The code used in files.
    pub fn code(self) -> &'static str {
        match self {
            Self::Consult => "consult",
            Self::Groepsconsult => "groepsconsult",
            Self::IntercollegiaalOverleg => "intercollegiaal_overleg",
            Self::ToeslagReistijd => "toeslag_reistijd",
        }
    }

    /// Parses a code (folded).
    pub fn from_code(s: &str) -> Option<Self> {
        let f = fold(s);
        [
            Self::Consult,
            Self::Groepsconsult,
            Self::IntercollegiaalOverleg,
            Self::ToeslagReistijd,
        ]
        .into_iter()
        .find(|p| fold(p.code()) == f)
    }
}
