//! The nouns of the domain: activities, periods, beroepscategorieën, medewerkers, signals and
//! the provenance of reference tables. Plain data with no I/O and no dependency on the rest of
//! the crate.

pub mod activiteit;
pub mod beroepscategorie;
pub mod bron;
pub mod decimaal;
pub mod financier;
pub mod fold;
pub mod medewerker;
pub mod message;
pub mod number;
pub mod periode;
pub mod signaal;
