//! What the profile tells the EPD reader (SPEC 5.3, 5.4): the column mapping, what each value
//! of the activity column means, and which rows are left out on purpose.

use rustc_hash::FxHashMap;

use super::COLUMNS;
use crate::domain::activiteit::Activiteit;
use crate::domain::fold::fold;
use crate::input::mapping::{Mapping, ProfielPlek};

/// What a value of the activity column means (SPEC 5.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duiding {
    /// An activiteit of SPEC 2.1.
    Activiteit(Activiteit),
    /// A stand-alone travel row.
    Reistijd,
    /// A row left out on purpose (`negeren`).
    Negeren,
}

impl Duiding {
    /// Parses a profile value: an activiteit of SPEC 2.1, `reistijd` or `negeren`.
    pub fn parse(s: &str) -> Option<Self> {
        match fold(s).as_str() {
            "reistijd" => Some(Duiding::Reistijd),
            "negeren" => Some(Duiding::Negeren),
            _ => Activiteit::parse(s).map(Duiding::Activiteit),
        }
    }
}

/// Rows whose cell in one column holds one of some values are left out (`[epd.uitsluiten]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uitsluiting {
    /// The column's index in the row's index (a field of [`COLUMNS`], or an extra header).
    pub kolom: usize,
    /// The field or header as the profile names it.
    pub naam: String,
    /// The values, folded.
    pub waarden: Vec<String>,
    /// The values as the profile writes them.
    pub geschreven: Vec<String>,
}

/// The profile's settings for EPD exports; the default is "no profile".
#[derive(Debug, Clone, Default)]
pub struct EpdOpties {
    /// Columns and sheet.
    pub mapping: Mapping,
    /// Folded value of the activity column → its meaning.
    pub activiteiten: FxHashMap<String, Duiding>,
    /// Rows to leave out.
    pub uitsluiten: Vec<Uitsluiting>,
    /// `groepsconsult_per_deelnemer`: the export writes a group session once per participant
    /// (SPEC 5.4).
    pub groepsconsult_per_deelnemer: bool,
    /// The prestatiecodes of the loaded NZa lists (SPEC 6.2; set by the run from its tariff
    /// tables, not by the profile).
    pub codes: crate::rules::prestatiecode::Prestatiecodes,
}

impl EpdOpties {
    /// Leaves out rows whose `veld_of_kop` (a field of SPEC 2.1/5.1, or any header of the
    /// export) holds one of `waarden` (compared folded).
    pub fn sluit_uit(&mut self, veld_of_kop: &str, waarden: &[String], plek: ProfielPlek) {
        let f = fold(veld_of_kop);
        let kolom = match COLUMNS.iter().position(|c| fold(c.name) == f) {
            Some(c) => c,
            None => {
                let j = match self.mapping.extra.iter().position(|(e, _)| fold(e) == f) {
                    Some(j) => j,
                    None => {
                        self.mapping.extra.push((veld_of_kop.to_string(), plek));
                        self.mapping.extra.len() - 1
                    }
                };
                COLUMNS.len() + j
            }
        };
        self.uitsluiten.push(Uitsluiting {
            kolom,
            naam: veld_of_kop.to_string(),
            waarden: waarden.iter().map(|w| fold(w)).collect(),
            geschreven: waarden.to_vec(),
        });
    }

    /// The meaning of an activity value: the profile's mapping, else an activiteit of 2.1.
    pub fn duid(&self, s: &str) -> Option<Duiding> {
        if !self.activiteiten.is_empty()
            && let Some(d) = self.activiteiten.get(&fold(s))
        {
            return Some(*d);
        }
        Activiteit::parse(s).map(Duiding::Activiteit)
    }
}

/// Values of a `status` or `declarabel` column that suggest a row that did not happen or is
/// not billed (SPEC 5.4: without a profile, the run warns how many such rows it counted).
pub fn lijkt_niet_doorgegaan(veld: usize, waarde: &str) -> bool {
    let f = fold(waarde);
    match COLUMNS.get(veld).map(|c| c.name) {
        Some("status") => matches!(
            f.as_str(),
            "nietverschenen" | "noshow" | "geannuleerd" | "afgezegd" | "vervallen"
        ),
        Some("declarabel") => matches!(f.as_str(), "nee" | "n" | "no" | "false" | "0"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_values_win_and_fall_back_to_spec_activities() {
        let mut o = EpdOpties::default();
        o.activiteiten.insert(
            fold("Behandelcontact"),
            Duiding::Activiteit(Activiteit::ConsultBehandeling),
        );
        o.activiteiten.insert(fold("Reistijd"), Duiding::Reistijd);
        assert_eq!(
            o.duid("behandelcontact"),
            Some(Duiding::Activiteit(Activiteit::ConsultBehandeling))
        );
        assert_eq!(o.duid("Reis tijd"), Some(Duiding::Reistijd));
        assert_eq!(
            o.duid("npg"),
            Some(Duiding::Activiteit(Activiteit::NietPatientgebonden))
        );
        assert_eq!(o.duid("Intervisie"), None);
        assert_eq!(EpdOpties::default().duid("Reistijd"), None);
    }

    #[test]
    fn a_header_that_is_no_field_becomes_an_extra_column() {
        let mut o = EpdOpties::default();
        o.sluit_uit(
            "status",
            &["Niet verschenen".into()],
            ProfielPlek::default(),
        );
        o.sluit_uit("Locatie", &["Thuis".into()], ProfielPlek::default());
        assert_eq!(o.uitsluiten[0].kolom, 9);
        assert_eq!(o.uitsluiten[1].kolom, COLUMNS.len());
        assert_eq!(o.mapping.extra[0].0, "Locatie");
        assert_eq!(o.uitsluiten[0].waarden, ["nietverschenen"]);
    }
}
