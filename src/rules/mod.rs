//! The ZPM rules: consult classes, Planning = Realisatie, beroepscategorieën, tariffs,
//! normative indirect time, periods, available time and the signal. Figures are data,
//! loaded by [`reference`]; this module only knows how to apply them.

pub mod beroep;
pub mod keten;
pub mod klasse;
pub mod normen;
pub mod prestatie;
pub mod reference;
pub mod tarieven;
