//! The workbooks of `zpm run` (SPEC 3): `organisatie.xlsx`, `teams/<team>.xlsx` and, with
//! `--per-behandelaar`, `behandelaren/<medewerker>.xlsx`.

pub mod audit;
pub mod behandelaar;
pub mod datakwaliteit;
pub mod financiers;
pub mod organisatie;
pub mod planning;
pub mod team;
pub mod trend;
pub mod uitleg;

use crate::compute::person::Uitkomst;
use crate::compute::{Resultaat, Telling};
use crate::domain::medewerker::Medewerker;
use crate::input::medewerkers::Medewerkers;
use crate::output::sheet::cell::Cell;
use crate::rules::Referentie;

/// What every workbook writer needs.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The computed result.
    pub res: &'a Resultaat,
    /// The medewerkers.
    pub mw: &'a Medewerkers,
    /// The reference tables used.
    pub refs: &'a Referentie,
    /// Organisation name.
    pub organisatie: &'a str,
    /// Default setting.
    pub setting: u8,
    /// The audit trail (version, command line, inputs, peilmoment).
    pub audit: &'a audit::Audit,
}

impl Context<'_> {
    /// The medewerker of an outcome.
    pub fn medewerker(&self, u: &Uitkomst) -> &Medewerker {
        &self.mw.lijst[u.idx as usize]
    }

    /// "Peilmoment 2022-04-01 · zpm 0.1.0" for title blocks.
    pub fn peil_tekst(&self) -> String {
        format!(
            "Peilmoment {} · zpm {}",
            self.audit.peilmoment, self.audit.versie
        )
    }

    /// "Periode 2022-03 (01-03-2022 t/m 31-03-2022, 23 werkdagen)".
    pub fn periode_tekst(&self) -> String {
        let p = &self.res.periode;
        format!(
            "Periode {} ({} t/m {}, {} werkdagen)",
            p.label(),
            p.van.format("%d-%m-%Y"),
            p.tot.format("%d-%m-%Y"),
            p.werkdagen()
        )
    }
}

/// The column labels of a behandelaar list (SPEC 3, in this order; more follow).
pub const BEHANDELAAR_KOPPEN: [&str; 21] = [
    "Medewerker",
    "Naam",
    "Team",
    "Beroepscategorie",
    "Directe tijd (uren)",
    "Genormeerde indirecte tijd (uren)",
    "Genormeerde tijd (uren)",
    "Beschikbaar (uren)",
    "Norm (uren)",
    "Productiviteit",
    "Realisatie t.o.v. norm",
    "Signaal",
    "Consulten",
    "Cliënten",
    "Omzet (€)",
    "Omzet contract (€)",
    "Beroep",
    "Uren per week",
    "Intercollegiaal overleg (uren)",
    "Reistijd (uren)",
    "Niet-patiëntgebonden tijd (uren)",
];

/// One row of a behandelaar list, in [`BEHANDELAAR_KOPPEN`] order.
pub fn behandelaar_rij(ctx: &Context<'_>, u: &Uitkomst) -> Vec<Cell> {
    let m = ctx.medewerker(u);
    vec![
        Cell::text(&m.id),
        Cell::text(&m.naam),
        Cell::text(&m.team),
        Cell::text(m.categorie.map(|c| c.naam()).unwrap_or("")),
        Cell::uren(u.som.direct_min / 60.0),
        Cell::uren(u.som.indirect_min / 60.0),
        Cell::uren(u.som.genormeerd_min / 60.0),
        Cell::uren(u.cap.beschikbaar),
        Cell::uren(u.cap.norm),
        Cell::pct(u.productiviteit),
        Cell::pct(u.realisatie_norm),
        Cell::text(u.signaal.label()),
        Cell::aantal(u.consulten),
        Cell::aantal(u.clienten),
        Cell::euro(u.som.omzet_cents as f64 / 100.0),
        Cell::euro(u.som.omzet_contract_cents as f64 / 100.0),
        Cell::text(&m.beroep),
        Cell::decimaal(u.uren_per_week),
        Cell::uren(u.som.overleg_min / 60.0),
        Cell::uren(u.som.reistijd_min / 60.0),
        Cell::uren(u.som.npg_min / 60.0),
    ]
}

/// Column widths of a behandelaar list.
pub const BEHANDELAAR_BREEDTES: [f64; 21] = [
    12.0, 24.0, 22.0, 26.0, 11.0, 13.0, 12.0, 12.0, 11.0, 13.0, 12.0, 28.0, 10.0, 9.0, 13.0, 14.0,
    24.0, 9.0, 12.0, 10.0, 14.0,
];

/// The label/value rows of the row count: read, processed, rejected, outside the period, left
/// out (on the Organisatie sheet and on "Over dit rapport").
pub fn telling_items(t: &Telling) -> [(&'static str, Cell); 5] {
    [
        ("Regels gelezen", Cell::aantal(t.regels as f64)),
        ("Verwerkt", Cell::aantal(t.verwerkt as f64)),
        ("Afgewezen", Cell::aantal(t.afgewezen as f64)),
        ("Buiten de periode", Cell::aantal(t.buiten_periode as f64)),
        ("Uitgesloten", Cell::aantal(t.uitgesloten as f64)),
    ]
}

/// The reconciliation of the row count as one line, after `regels`.
pub fn aansluiting(t: &Telling) -> String {
    format!(
        "{} = verwerkt {} + afgewezen {} + buiten de periode {} + uitgesloten {}",
        t.regels, t.verwerkt, t.afgewezen, t.buiten_periode, t.uitgesloten
    )
}
