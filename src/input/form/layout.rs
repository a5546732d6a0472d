//! The two shapes of an input sheet, described once for reading and writing: a *label sheet*
//! (label in column A, value in B, a hint in C) and a *table sheet* (a header row with input
//! columns and computed columns below a title). The reader finds labels and headers with these
//! descriptions; `output::form::inputs` writes the blank template and the filled-in copy from
//! the same ones.

use std::ops::Range;

use crate::input::form::grid::{Kop, Werkblad};
use crate::input::form::lists::Validatie;
use crate::input::table::Column;

/// The note in A2 of every sheet that `zpm fill` generates; such sheets are not copied when a
/// filled workbook is filled again.
pub const GEMAAKT_DOOR: &str = "Berekend door zpm fill";
/// The legend under each input sheet's title.
pub const LEGENDA: &str = "Gele cellen vult u in; blauwe cellen berekent zpm fill.";

/// The kind of value an input cell holds (decides its number format and validation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvoerSoort {
    /// Free text or a choice from a list.
    Tekst,
    /// A number (minutes, hours, counts).
    Getal,
    /// A fraction shown as a percentage.
    Pct,
    /// Euros.
    Euro,
}

/// One labelled input of a label sheet.
#[derive(Debug, Clone, Copy)]
pub struct LabelVeld {
    /// The label in column A, exactly as SPEC 2.4 names it.
    pub label: &'static str,
    /// The kind of value in column B.
    pub soort: InvoerSoort,
    /// A hint in column C.
    pub hint: &'static str,
    /// The validation of the value cell.
    pub validatie: Validatie,
}

impl LabelVeld {
    /// A labelled input.
    pub const fn nieuw(
        label: &'static str,
        soort: InvoerSoort,
        hint: &'static str,
        validatie: Validatie,
    ) -> Self {
        LabelVeld {
            label,
            soort,
            hint,
            validatie,
        }
    }
}

/// A sheet of labels in column A and values in column B.
#[derive(Debug, Clone, Copy)]
pub struct LabelBlad {
    /// Sheet name.
    pub naam: &'static str,
    /// Title in A1.
    pub titel: &'static str,
    /// The labels, from row 4 down.
    pub velden: &'static [LabelVeld],
}

/// The first row (0-based) of labels in a blank template.
pub const EERSTE_LABELRIJ: u32 = 3;

impl LabelBlad {
    /// The blank template's grid.
    pub fn sjabloon(&self) -> Werkblad {
        let mut b = Werkblad::nieuw(self.naam);
        b.zet_tekst(0, 0, self.titel);
        b.zet_tekst(1, 0, LEGENDA);
        for (i, v) in self.velden.iter().enumerate() {
            let r = EERSTE_LABELRIJ + i as u32;
            b.zet_tekst(r, 0, v.label);
            b.zet_tekst(r, 2, v.hint);
        }
        b
    }

    /// The row of each label in `bron` (folded match in column A), in field order.
    pub fn rijen(&self, bron: &Werkblad) -> Vec<Option<u32>> {
        self.velden
            .iter()
            .map(|v| bron.zoek_label(v.label))
            .collect()
    }
}

/// One column of a table sheet.
#[derive(Debug, Clone, Copy)]
pub struct KolomDef {
    /// The header, exactly as SPEC 2.4 names it.
    pub kop: &'static str,
    /// Other accepted headers (folded).
    pub aliassen: &'static [&'static str],
    /// A sheet without this column cannot be read.
    pub verplicht: bool,
    /// `Some(kind)` for an input column, `None` for a computed one.
    pub invoer: Option<InvoerSoort>,
    /// Validation of the input cells.
    pub validatie: Validatie,
    /// Column width in characters.
    pub breedte: f64,
}

impl KolomDef {
    /// An input column of kind `soort`.
    pub const fn invoer(
        kop: &'static str,
        aliassen: &'static [&'static str],
        verplicht: bool,
        soort: InvoerSoort,
        validatie: Validatie,
        breedte: f64,
    ) -> Self {
        KolomDef {
            kop,
            aliassen,
            verplicht,
            invoer: Some(soort),
            validatie,
            breedte,
        }
    }

    /// A computed column (optional, no aliases, no validation).
    pub const fn berekend(kop: &'static str, breedte: f64) -> Self {
        KolomDef {
            kop,
            aliassen: &[],
            verplicht: false,
            invoer: None,
            validatie: Validatie::Geen,
            breedte,
        }
    }
}

/// A sheet with a header table.
#[derive(Debug, Clone)]
pub struct TabelBlad {
    /// Sheet name.
    pub naam: &'static str,
    /// Title in A1.
    pub titel: &'static str,
    /// Notes from A2 down.
    pub noten: &'static [&'static str],
    /// The columns, input and computed.
    pub kolommen: &'static [KolomDef],
    /// The header row (0-based) in a blank template.
    pub kop_rij: u32,
    /// Input rows in a blank template.
    pub rijen: u32,
    /// Rows that `zpm fill` regenerates (not copied from the input).
    pub gegenereerd: Option<Range<u32>>,
}

impl TabelBlad {
    /// The columns as header-matching specs.
    pub fn columns(&self) -> Vec<Column> {
        self.kolommen
            .iter()
            .map(|k| Column {
                name: k.kop,
                aliases: k.aliassen,
                required: k.verplicht,
                tenzij: &[],
            })
            .collect()
    }

    /// The index of the column headed `kop`.
    pub fn index(&self, kop: &str) -> usize {
        self.kolommen
            .iter()
            .position(|k| k.kop == kop)
            .unwrap_or_else(|| panic!("no column {kop} in {}", self.naam))
    }

    /// The header row in `bron`, if any.
    pub fn zoek(&self, bron: &Werkblad) -> Option<Kop> {
        bron.zoek_kop(&self.columns())
    }

    /// The blank template's grid.
    pub fn sjabloon(&self) -> Werkblad {
        let mut b = Werkblad::nieuw(self.naam);
        b.zet_tekst(0, 0, self.titel);
        b.zet_tekst(1, 0, LEGENDA);
        for (i, n) in self.noten.iter().enumerate() {
            b.zet_tekst(2 + i as u32, 0, n);
        }
        for (c, k) in self.kolommen.iter().enumerate() {
            b.zet_tekst(self.kop_rij, c as u16, k.kop);
        }
        b
    }
}

/// True for a sheet that `zpm fill` generated (its A2 holds [`GEMAAKT_DOOR`]).
pub fn is_gegenereerd(b: &Werkblad) -> bool {
    b.tekst(1, 0).starts_with(GEMAAKT_DOOR)
}
