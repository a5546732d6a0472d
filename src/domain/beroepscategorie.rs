//! The beroepscategorie of a zorgverlener: decides which tariff applies (SPEC 1.2).

use crate::domain::fold::fold;
use serde::Serialize;

/// A beroepscategorie: decides which tariff applies (SPEC 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Beroepscategorie {
    /// Arts (BIG art. 3).
    Arts,
    /// Arts-specialist (BIG art. 14).
    ArtsSpecialist,
    /// Gezondheidszorgpsycholoog (BIG art. 3).
    GzPsycholoog,
    /// Klinisch (neuro)psycholoog (BIG art. 14).
    KlinischPsycholoog,
    /// Psychotherapeut (BIG art. 3).
    Psychotherapeut,
    /// Verpleegkundig specialist ggz (BIG art. 14).
    VerpleegkundigSpecialist,
    /// Verpleegkundige (BIG art. 3).
    Verpleegkundige,
    /// Overige beroepen.
    Overige,
}

impl Beroepscategorie {
    /// Every category, in the SPEC's order.
    pub const ALLE: [Beroepscategorie; 8] = [
        Self::Arts,
        Self::ArtsSpecialist,
        Self::GzPsycholoog,
        Self::KlinischPsycholoog,
        Self::Psychotherapeut,
        Self::VerpleegkundigSpecialist,
        Self::Verpleegkundige,
        Self::Overige,
    ];

    /// The code used in files (`gz_psycholoog`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Arts => "arts",
            Self::ArtsSpecialist => "arts_specialist",
            Self::GzPsycholoog => "gz_psycholoog",
            Self::KlinischPsycholoog => "klinisch_psycholoog",
            Self::Psychotherapeut => "psychotherapeut",
            Self::VerpleegkundigSpecialist => "verpleegkundig_specialist",
            Self::Verpleegkundige => "verpleegkundige",
            Self::Overige => "overige",
        }
    }

    /// The category's name as users know it.
    pub fn naam(self) -> &'static str {
        match self {
            Self::Arts => "Arts",
            Self::ArtsSpecialist => "Arts-specialist",
            Self::GzPsycholoog => "Gezondheidszorgpsycholoog",
            Self::KlinischPsycholoog => "Klinisch (neuro)psycholoog",
            Self::Psychotherapeut => "Psychotherapeut",
            Self::VerpleegkundigSpecialist => "Verpleegkundig specialist ggz",
            Self::Verpleegkundige => "Verpleegkundige",
            Self::Overige => "Overige beroepen",
        }
    }

    /// The category for a code or category name (folded), if any.
    pub fn from_code(s: &str) -> Option<Self> {
        let f = fold(s);
        Self::ALLE
            .into_iter()
            .find(|c| fold(c.code()) == f || fold(c.naam()) == f)
    }
}
