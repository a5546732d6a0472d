//! Day or month first, decided per file and column from its values (SPEC 5.2): a first part
//! above 12 proves day first, a second part above 12 month first; a column with both is
//! refused naming one cell of each; a column with neither is read day first (and the run says
//! so when the separator is `/`). The profile's `datumvolgorde` fixes the order.
//!
//! [`Bewijs`] gathers a column's evidence; it can be filled per chunk of a file and merged in
//! chunk order, so the decision does not depend on how the file was cut.

use super::{Lezing, Volgorde};
use crate::error::InputError;

/// One cell that proves an order: its line and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BewijsCel {
    /// 1-based line (CSV) or row (xlsx).
    pub regel: usize,
    /// The cell as written.
    pub tekst: String,
}

/// What a date column's values say about its order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bewijs {
    /// The first cell that proves day first.
    pub dag_eerst: Option<BewijsCel>,
    /// The first cell that proves month first.
    pub maand_eerst: Option<BewijsCel>,
    /// Dates `a-b-YYYY` (whose reading depends on the order).
    pub afhankelijk: u64,
    /// Of those, dates `a/b/YYYY`.
    pub schuin: u64,
}

impl Bewijs {
    /// Notes one read cell (allocates only for the first proof of each order).
    pub fn zie(&mut self, l: &Lezing, regel: usize, tekst: &str) {
        if !l.volgorde_telt() {
            return;
        }
        self.afhankelijk += 1;
        if l.met_schuine_streep() {
            self.schuin += 1;
        }
        let plek = match l.bewijs() {
            Some(Volgorde::Dmy) => &mut self.dag_eerst,
            Some(Volgorde::Mdy) => &mut self.maand_eerst,
            None => return,
        };
        if plek.is_none() {
            *plek = Some(BewijsCel {
                regel,
                tekst: tekst.trim().to_string(),
            });
        }
    }

    /// Adds the evidence of a later part of the same column (the earlier proofs stay).
    pub fn voeg_toe(&mut self, later: Bewijs) {
        if self.dag_eerst.is_none() {
            self.dag_eerst = later.dag_eerst;
        }
        if self.maand_eerst.is_none() {
            self.maand_eerst = later.maand_eerst;
        }
        self.afhankelijk += later.afhankelijk;
        self.schuin += later.schuin;
    }

    /// Decides the order of column `kolom` of `bestand`: the profile's `vast` order, else the
    /// order the values prove, else day first. A column that proves both is an error naming
    /// one cell of each.
    pub fn besluit(
        &self,
        bestand: &str,
        kolom: &'static str,
        vast: Option<Volgorde>,
    ) -> Result<DatumBesluit, InputError> {
        let (volgorde, bron) = match (vast, &self.dag_eerst, &self.maand_eerst) {
            (Some(v), _, _) => (v, DatumBron::Profiel),
            (None, Some(d), Some(m)) => {
                let eerst = d.regel.min(m.regel);
                return Err(InputError::at(
                    bestand,
                    eerst,
                    Some(kolom.to_string()),
                    format!(
                        "the dates are written day first on line {} (\"{}\") and month first on line {} (\"{}\"), so no date of this column can be read with certainty; correct the export, or fix the order in the profile (datumvolgorde = \"dmy\" or \"mdy\") to reject the dates of the other order",
                        d.regel, d.tekst, m.regel, m.tekst
                    ),
                ));
            }
            (None, Some(d), None) => (Volgorde::Dmy, DatumBron::Bewezen(d.clone())),
            (None, None, Some(m)) => (Volgorde::Mdy, DatumBron::Bewezen(m.clone())),
            (None, None, None) => (Volgorde::Dmy, DatumBron::Aangenomen),
        };
        Ok(DatumBesluit {
            bestand: bestand.to_string(),
            kolom,
            volgorde,
            bron,
            afhankelijk: self.afhankelijk,
            schuin: self.schuin,
        })
    }
}

/// Why a column's dates are read in their order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatumBron {
    /// The profile's `datumvolgorde`.
    Profiel,
    /// This cell proves it.
    Bewezen(BewijsCel),
    /// Nothing proves it: day first, zpm's default.
    Aangenomen,
}

/// The order of one date column, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatumBesluit {
    /// The file.
    pub bestand: String,
    /// The field (`datum`, `in_dienst`, …).
    pub kolom: &'static str,
    /// The order.
    pub volgorde: Volgorde,
    /// Why.
    pub bron: DatumBron,
    /// Dates `a-b-YYYY` in the column.
    pub afhankelijk: u64,
    /// Of those, dates `a/b/YYYY`.
    pub schuin: u64,
}

impl DatumBesluit {
    /// True when the run must say how it read the column (SPEC 4, 5.2): the file proved
    /// month first, or nothing proved the order of dates written with `/`.
    pub fn melden(&self) -> bool {
        match self.bron {
            DatumBron::Profiel => false,
            DatumBron::Bewezen(_) => self.volgorde == Volgorde::Mdy && self.afhankelijk > 0,
            DatumBron::Aangenomen => self.schuin > 0,
        }
    }

    /// The dates this convention decided (for the counts).
    pub fn aantal(&self) -> u64 {
        match self.bron {
            DatumBron::Aangenomen => self.schuin,
            _ => self.afhankelijk,
        }
    }

    /// The run's line on stderr (English, as the run's other lines).
    pub fn regel_stderr(&self) -> String {
        match &self.bron {
            DatumBron::Bewezen(c) => format!(
                "zpm: {}: column {}: {} dates read month first (M-D-YYYY), as line {} proves (\"{}\")",
                self.bestand,
                self.kolom,
                self.aantal(),
                c.regel,
                c.tekst
            ),
            _ => format!(
                "zpm: warning: {}: column {}: {} dates such as 03/04/2022 read day first (D/M/YYYY): no value proves whether day or month comes first; if the export writes month first, set datumvolgorde = \"mdy\" in the profile",
                self.bestand,
                self.kolom,
                self.aantal()
            ),
        }
    }

    /// The reason on the Datakwaliteit sheet (Dutch).
    pub fn reden(&self) -> String {
        match &self.bron {
            DatumBron::Bewezen(c) => format!(
                "{}, kolom {}: datums als maand-dag-jaar gelezen, zoals regel {} bewijst (\"{}\")",
                self.bestand, self.kolom, c.regel, c.tekst
            ),
            _ => format!(
                "{}, kolom {}: dag of maand eerst niet te bewijzen; datums met / als dag-maand-jaar gelezen (zet datumvolgorde = \"mdy\" in het profiel als dat niet klopt)",
                self.bestand, self.kolom
            ),
        }
    }
}
