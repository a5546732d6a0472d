//! The ZPM rules: consult classes, Planning = Realisatie, beroepscategorieën, tariffs,
//! normative indirect time, periods, available time and the signal. Figures are data,
//! loaded by [`crate::input::reference`]; this module only knows how to apply them. It does
//! no I/O and imports nothing from `input`.

pub mod beroep;
pub mod keten;
pub mod klasse;
pub mod kliniek_normen;
pub mod normen;
pub mod prestatie;
pub mod prestatiecode;
pub mod tariefcontrole;
pub mod tarieven;

use crate::rules::beroep::Beroepen;
use crate::rules::keten::NormKeten;
use crate::rules::normen::Normen;
use crate::rules::tarieven::Tarieven;

/// All reference tables a computation needs.
#[derive(Debug, Clone)]
pub struct Referentie {
    /// Beroep → beroepscategorie.
    pub beroepen: Beroepen,
    /// NZa (or contract) tariffs per year.
    pub tarieven: Tarieven,
    /// Normative indirect time.
    pub normen: Normen,
    /// The productivity norm chain.
    pub keten: NormKeten,
}
