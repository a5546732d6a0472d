//! A medewerker as the HR system knows them (SPEC 2.2, 5.5): one entry per medewerker and
//! team, with the contracts (dienstverbanden) of that person in that team.

use chrono::NaiveDate;

use crate::domain::beroepscategorie::Beroepscategorie;

/// One contract row of the staff list (SPEC 5.5): its own period, hours and setting.
#[derive(Debug, Clone, PartialEq)]
pub struct Dienstverband {
    /// First day in service (inclusive).
    pub in_dienst: Option<NaiveDate>,
    /// Last day in service (inclusive).
    pub uit_dienst: Option<NaiveDate>,
    /// Contract hours a week (from `uren_per_week`, else `fte` × fulltime hours).
    pub uren_per_week: f64,
    /// Default setting of the activities under this contract.
    pub setting: Option<u8>,
    /// Beroep as given on this row.
    pub beroep: String,
    /// Its beroepscategorie; `None` when the beroep cannot declare.
    pub categorie: Option<Beroepscategorie>,
    /// Exemption hours a year.
    pub vrijstelling_uren: f64,
    /// Absence hours in the period (beyond the normative).
    pub afwezig_uren: f64,
    /// Line in the file.
    pub regel: usize,
}

impl Dienstverband {
    /// True when `d` lies within this contract's in/uit dienst.
    pub fn in_dienst_op(&self, d: NaiveDate) -> bool {
        self.in_dienst.is_none_or(|v| d >= v) && self.uit_dienst.is_none_or(|t| d <= t)
    }
}

/// One medewerker in one team, with every contract of theirs in that team (file order;
/// at least one).
#[derive(Debug, Clone, PartialEq)]
pub struct Medewerker {
    /// The id used in the EPD.
    pub id: String,
    /// Name (shown only in that person's rows and tabs).
    pub naam: String,
    /// Team.
    pub team: String,
    /// Beroep shown: that of the contract that starts last (see [`Medewerker::huidig`]).
    pub beroep: String,
    /// Its beroepscategorie; `None` when the beroep cannot declare.
    pub categorie: Option<Beroepscategorie>,
    /// The contracts in this team, in file order.
    pub contracten: Vec<Dienstverband>,
    /// Line of the first row in the file.
    pub regel: usize,
}

impl Medewerker {
    /// The contract shown as the person's current one: the one that starts last (an open
    /// start counts as earliest; on a tie the one listed last).
    pub fn huidig(&self) -> &Dienstverband {
        let mut best = &self.contracten[0];
        for c in &self.contracten[1..] {
            if c.in_dienst >= best.in_dienst {
                best = c;
            }
        }
        best
    }

    /// The index of the first contract (file order) valid on `d`.
    pub fn contract_op(&self, d: NaiveDate) -> Option<usize> {
        self.contracten.iter().position(|c| c.in_dienst_op(d))
    }
}
