//! A medewerker as the HR system knows them (SPEC 2.2).

use chrono::NaiveDate;

use crate::domain::beroepscategorie::Beroepscategorie;

/// One medewerker.
#[derive(Debug, Clone, PartialEq)]
pub struct Medewerker {
    /// The id used in the EPD.
    pub id: String,
    /// Name (shown only in that person's rows and tabs).
    pub naam: String,
    /// Team.
    pub team: String,
    /// Beroep as given.
    pub beroep: String,
    /// Its beroepscategorie; `None` when the beroep cannot declare.
    pub categorie: Option<Beroepscategorie>,
    /// Contract hours a week.
    pub uren_per_week: f64,
    /// Default setting of this person's activities.
    pub setting: Option<u8>,
    /// Exemption hours a year.
    pub vrijstelling_uren: f64,
    /// Absence hours in the period (beyond the normative).
    pub afwezig_uren: f64,
    /// First day in service (inclusive).
    pub in_dienst: Option<NaiveDate>,
    /// Last day in service (inclusive).
    pub uit_dienst: Option<NaiveDate>,
    /// Line in the file.
    pub regel: usize,
}

impl Medewerker {
    /// True when `d` lies within the person's in/uit dienst.
    pub fn in_dienst_op(&self, d: NaiveDate) -> bool {
        self.in_dienst.is_none_or(|v| d >= v) && self.uit_dienst.is_none_or(|t| d <= t)
    }
}
