//! The one cell value of every generated sheet: text (always written as text, never a formula:
//! SPEC 4's formula injection), a number with its unit (which picks its number format in a
//! [`Palette`](crate::output::sheet::style::Palette)), a date, or nothing.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::output::sheet::chart::Inhoud;

/// Excel's limit on the characters in one cell.
pub const MAX_TEKST: usize = 32_767;

/// The marker that ends a text cut to Excel's limit.
pub const AFGEKORT: &str = "… [afgekort]";

/// What a number stands for; a palette gives each unit its number format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Hours.
    Uren,
    /// Minutes.
    Minuten,
    /// Euros.
    Euro,
    /// A fraction shown as a percentage.
    Pct,
    /// FTE.
    Fte,
    /// Days.
    Dagen,
    /// A whole count.
    Aantal,
    /// A number with two decimals.
    Decimaal,
    /// A number as typed (General format).
    Gewoon,
}

impl Unit {
    /// Every unit, in the order of a palette's number formats.
    pub const ALLE: [Unit; 9] = [
        Unit::Uren,
        Unit::Minuten,
        Unit::Euro,
        Unit::Pct,
        Unit::Fte,
        Unit::Dagen,
        Unit::Aantal,
        Unit::Decimaal,
        Unit::Gewoon,
    ];

    /// The index of the unit in [`Unit::ALLE`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One cell value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text (written as text even when it starts with `=`, `+`, `-` or `@`).
    Text(String),
    /// A number and its unit.
    Number(f64, Unit),
    /// A date.
    Date(NaiveDate),
    /// Nothing (a figure that could not be computed).
    Empty,
}

impl Cell {
    /// Text from anything printable.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// Hours.
    pub fn uren(v: f64) -> Cell {
        Cell::Number(v, Unit::Uren)
    }

    /// Euros.
    pub fn euro(v: f64) -> Cell {
        Cell::Number(v, Unit::Euro)
    }

    /// A fraction shown as a percentage.
    pub fn pct(v: f64) -> Cell {
        Cell::Number(v, Unit::Pct)
    }

    /// A count.
    pub fn aantal(n: impl Into<f64>) -> Cell {
        Cell::Number(n.into(), Unit::Aantal)
    }

    /// A number with two decimals (minutes, FTE, hours a week).
    pub fn decimaal(v: f64) -> Cell {
        Cell::Number(v, Unit::Decimaal)
    }

    /// A number of `unit`, or empty.
    pub fn of(v: Option<f64>, unit: Unit) -> Cell {
        v.map_or(Cell::Empty, |v| Cell::Number(v, unit))
    }

    /// An optional euro amount (empty when `None`).
    pub fn euro_opt(v: Option<f64>) -> Cell {
        Cell::of(v, Unit::Euro)
    }

    /// An optional fraction (empty when `None`).
    pub fn pct_opt(v: Option<f64>) -> Cell {
        Cell::of(v, Unit::Pct)
    }
}

impl Inhoud for Cell {
    fn leeg(&self) -> bool {
        matches!(self, Cell::Empty) || matches!(self, Cell::Text(t) if t.is_empty())
    }

    fn datum(&self) -> bool {
        matches!(self, Cell::Date(_))
    }
}

/// Text cut to Excel's cell limit: a longer text keeps its first characters and ends in
/// [`AFGEKORT`], so that the cell holds exactly [`MAX_TEKST`] characters and the run goes on.
pub fn kort(t: &str) -> Cow<'_, str> {
    // Only a text of more than MAX_TEKST bytes can hold more than MAX_TEKST characters.
    if t.len() <= MAX_TEKST || t.char_indices().nth(MAX_TEKST).is_none() {
        return Cow::Borrowed(t);
    }
    let keep = MAX_TEKST - AFGEKORT.chars().count();
    let end = t.char_indices().nth(keep).map_or(t.len(), |(i, _)| i);
    Cow::Owned(format!("{}{AFGEKORT}", &t[..end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_to_the_limit_with_the_marker() {
        assert_eq!(kort("kort"), "kort");
        let precies = "é".repeat(MAX_TEKST);
        assert_eq!(kort(&precies), precies);
        let lang = "é".repeat(40_000);
        let k = kort(&lang);
        assert_eq!(k.chars().count(), MAX_TEKST);
        assert!(k.ends_with(AFGEKORT));
        assert!(k.starts_with("éé"));
    }
}
