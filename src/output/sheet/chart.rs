//! Charts of every generated workbook (`zpm run` and the Taskforce workbooks): a series only
//! for a column that holds a value (an absent input, such as a begroting that was not given,
//! leaves its column empty and gets no series), a title that names only the series shown,
//! and a date format on a category axis of dates.

use rust_xlsxwriter::{Chart, ChartType};

use crate::output::sheet::style::formaat;

/// What a chart needs to know of a cell it plots.
pub trait Inhoud {
    /// True when the cell is written empty.
    fn leeg(&self) -> bool;

    /// True when the cell holds a date.
    fn datum(&self) -> bool {
        false
    }
}

/// Cells on the chart's sheet: first row, first column, last row, last column (0-based).
pub type Bereik = (u32, u16, u32, u16);

/// One series.
#[derive(Debug, Clone, PartialEq)]
pub struct Reeks<'a> {
    /// The name in the legend.
    pub naam: &'a str,
    /// How a [`Titel::Reeksen`] names it ("begroting"); empty when it is not named.
    pub in_titel: &'a str,
    /// The cells of its values.
    pub waarden: Bereik,
    /// True when any of those cells holds a value; an empty series is left out.
    pub gevuld: bool,
}

/// A chart's title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Titel<'a> {
    /// The same text whichever series are shown.
    Vast(&'a str),
    /// `voor`, the shown series' [`Reeks::in_titel`] as "a, b en c", then `achter`; the first
    /// letter a capital.
    Reeksen {
        /// Text before the series.
        voor: &'a str,
        /// Text after the series (with its leading space).
        achter: &'a str,
    },
}

/// A chart being put together on sheet `blad`.
#[derive(Clone, PartialEq)]
pub struct Grafiek<'a> {
    soort: ChartType,
    blad: &'a str,
    titel: Titel<'a>,
    categorieen: Option<(Bereik, bool)>,
    reeksen: Vec<Reeks<'a>>,
}

impl<'a> Grafiek<'a> {
    /// A chart of `soort` on sheet `blad` without series yet.
    pub fn nieuw(soort: ChartType, blad: &'a str, titel: Titel<'a>) -> Self {
        Grafiek {
            soort,
            blad,
            titel,
            categorieen: None,
            reeksen: Vec::new(),
        }
    }

    /// Adds one series.
    pub fn reeks(mut self, r: Reeks<'a>) -> Self {
        self.reeksen.push(r);
        self
    }

    /// Sets the categories: the cells `bereik` (not dates).
    pub fn categorieen(mut self, bereik: Bereik) -> Self {
        self.categorieen = Some((bereik, false));
        self
    }

    /// A table written from sheet row `eerste` with `rijen`: categories from column `cat`
    /// (dates when its cells are), and per `(column, legend name, name in the title)` a series.
    pub fn tabel<T: Inhoud>(
        mut self,
        eerste: u32,
        rijen: &[Vec<T>],
        cat: u16,
        reeksen: &[(u16, &'a str, &'a str)],
    ) -> Self {
        if rijen.is_empty() {
            return self;
        }
        let laatste = eerste + rijen.len() as u32 - 1;
        let gevuld = |c: u16| {
            rijen
                .iter()
                .any(|r| r.get(c as usize).is_some_and(|v| !v.leeg()))
        };
        let mut cats = rijen
            .iter()
            .filter_map(|r| r.get(cat as usize))
            .filter(|v| !v.leeg())
            .peekable();
        let datums = cats.peek().is_some() && cats.all(|v| v.datum());
        self.categorieen = Some(((eerste, cat, laatste, cat), datums));
        for &(c, naam, in_titel) in reeksen {
            self.reeksen.push(Reeks {
                naam,
                in_titel,
                waarden: (eerste, c, laatste, c),
                gevuld: gevuld(c),
            });
        }
        self
    }

    /// The title for the series shown.
    pub fn titeltekst(&self) -> String {
        match self.titel {
            Titel::Vast(t) => t.to_string(),
            Titel::Reeksen { voor, achter } => {
                let delen: Vec<&str> = self
                    .reeksen
                    .iter()
                    .filter(|r| r.gevuld && !r.in_titel.is_empty())
                    .map(|r| r.in_titel)
                    .collect();
                let lijst = match delen.split_last() {
                    None => String::new(),
                    Some((laatste, [])) => laatste.to_string(),
                    Some((laatste, rest)) => format!("{} en {laatste}", rest.join(", ")),
                };
                hoofdletter(format!("{voor}{lijst}{achter}").trim())
            }
        }
    }

    /// The chart, or `None` when no series holds a value.
    pub fn bouw(&self) -> Option<Chart> {
        let gevuld: Vec<&Reeks<'_>> = self.reeksen.iter().filter(|r| r.gevuld).collect();
        if gevuld.is_empty() {
            return None;
        }
        let mut chart = Chart::new(self.soort);
        for r in gevuld {
            let (r0, c0, r1, c1) = r.waarden;
            let s = chart
                .add_series()
                .set_name(r.naam)
                .set_values((self.blad, r0, c0, r1, c1));
            if let Some(((k0, kc0, k1, kc1), _)) = self.categorieen {
                s.set_categories((self.blad, k0, kc0, k1, kc1));
            }
        }
        if let Some((_, true)) = self.categorieen {
            // A format of its own, not linked to the cells: with the link LibreOffice draws
            // the serial numbers (44564) instead of dates.
            chart.x_axis().set_num_format(formaat::DATUM);
        }
        chart.title().set_name(&self.titeltekst());
        Some(chart)
    }
}

/// `t` with its first letter a capital.
fn hoofdletter(t: &str) -> String {
    let mut c = t.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct C(Option<f64>);

    impl Inhoud for C {
        fn leeg(&self) -> bool {
            self.0.is_none()
        }
    }

    fn grafiek(begroting: Option<f64>) -> Grafiek<'static> {
        let rijen = vec![
            vec![C(Some(1.0)), C(Some(2.0)), C(begroting), C(None)],
            vec![C(Some(1.0)), C(Some(3.0)), C(None), C(None)],
        ];
        Grafiek::nieuw(
            ChartType::Line,
            "Trend",
            Titel::Reeksen {
                voor: "",
                achter: " per maand",
            },
        )
        .tabel(
            4,
            &rijen,
            0,
            &[
                (1, "Omzet (€)", "omzet"),
                (2, "Begroting omzet (€)", "begroting"),
                (3, "Realisatie december 2021 (€)", "december 2021"),
            ],
        )
    }

    #[test]
    fn absent_inputs_get_no_series_and_are_not_named() {
        assert_eq!(grafiek(None).titeltekst(), "Omzet per maand");
        assert_eq!(
            grafiek(Some(5.0)).titeltekst(),
            "Omzet en begroting per maand"
        );
        assert!(grafiek(None).bouw().is_some());
        let leeg = Grafiek::nieuw(ChartType::Column, "X", Titel::Vast("Leeg")).tabel(
            1,
            &[vec![C(Some(1.0)), C(None)]],
            0,
            &[(1, "Niets", "")],
        );
        assert!(leeg.bouw().is_none());
    }
}
