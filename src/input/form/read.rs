//! Reading typed values out of a sheet while collecting [`Melding`]s: a bad cell becomes a
//! message naming the sheet and cell, and the caller leaves out only what depends on it.

use chrono::Datelike;

use crate::domain::activiteit::Activiteit;
use crate::domain::message::{Melding, Verwacht};
use crate::domain::periode::Periode;
use crate::input::form::grid::{Kop, Werkblad};
use crate::input::form::layout::TabelBlad;
use crate::input::value::parse_date;

/// Reads cells of one sheet and records the problems it finds.
#[derive(Debug)]
pub struct Lezer<'a> {
    /// The sheet.
    pub blad: &'a Werkblad,
    /// Problems found so far.
    pub meldingen: Vec<Melding>,
}

/// A cell whose value could not be used (the problem is already recorded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Onbruikbaar;

impl<'a> Lezer<'a> {
    /// A reader of `blad`.
    pub fn nieuw(blad: &'a Werkblad) -> Self {
        Lezer {
            blad,
            meldingen: Vec::new(),
        }
    }

    /// The trimmed text of a cell (empty for `-`).
    pub fn tekst(&self, r: u32, c: u16) -> String {
        if self.blad.leeg(r, c) {
            String::new()
        } else {
            self.blad.tekst(r, c)
        }
    }

    /// A number between `min` and `max`; `Ok(None)` when empty.
    pub fn getal(
        &mut self,
        r: u32,
        c: u16,
        verwacht: Verwacht,
        min: f64,
        max: f64,
    ) -> Result<Option<f64>, Onbruikbaar> {
        match self.blad.getal(r, c) {
            Ok(None) => Ok(None),
            Ok(Some(v)) if v >= min && v <= max => Ok(Some(v)),
            Ok(Some(v)) => {
                let gevonden = crate::input::xlsx_reader::number_text(v);
                self.buiten_bereik(r, c, verwacht, min, max, &gevonden);
                Err(Onbruikbaar)
            }
            Err(e) => {
                self.meldingen.push(Melding::geen_getal(
                    &self.blad.naam,
                    (r, c),
                    verwacht,
                    &e.gevonden,
                ));
                Err(Onbruikbaar)
            }
        }
    }

    /// A whole number between `min` and `max`; `Ok(None)` when empty.
    pub fn heel(
        &mut self,
        r: u32,
        c: u16,
        verwacht: Verwacht,
        min: f64,
        max: f64,
    ) -> Result<Option<u32>, Onbruikbaar> {
        match self.getal(r, c, verwacht, min, max)? {
            None => Ok(None),
            Some(v) if v.fract() == 0.0 => Ok(Some(v as u32)),
            Some(v) => {
                let t = crate::input::xlsx_reader::number_text(v);
                self.meldingen
                    .push(Melding::geen_getal(&self.blad.naam, (r, c), verwacht, &t));
                Err(Onbruikbaar)
            }
        }
    }

    /// A fraction (`85%`, `0.85`, or `85` read as a percentage) between 0 and 1.
    pub fn fractie(&mut self, r: u32, c: u16) -> Result<Option<f64>, Onbruikbaar> {
        match self.blad.fractie(r, c) {
            Ok(None) => Ok(None),
            Ok(Some(v)) if (0.0..=1.0).contains(&v) => Ok(Some(v)),
            Ok(Some(_)) => {
                let t = self.blad.tekst(r, c);
                self.buiten_bereik(r, c, Verwacht::Percentage, 0.0, 100.0, &t);
                Err(Onbruikbaar)
            }
            Err(e) => {
                self.meldingen.push(Melding::geen_getal(
                    &self.blad.naam,
                    (r, c),
                    Verwacht::Percentage,
                    &e.gevonden,
                ));
                Err(Onbruikbaar)
            }
        }
    }

    fn buiten_bereik(&mut self, r: u32, c: u16, v: Verwacht, min: f64, max: f64, t: &str) {
        let (a, b) = (
            crate::input::xlsx_reader::number_text(min),
            crate::input::xlsx_reader::number_text(max),
        );
        self.meldingen.push(Melding::fout(
            &self.blad.naam,
            Some((r, c)),
            format!("expected {} between {a} and {b}, found \"{t}\"", v.en()),
            format!("verwacht {} tussen {a} en {b}, gevonden \"{t}\"", v.nl()),
        ));
    }

    /// A period `YYYY-MM`, `YYYY-Qn` or `YYYY`; a date (Excel turns `2022-03` into one) is read
    /// as its month, with a note. Records a missing or unreadable period.
    pub fn periode(&mut self, r: u32, c: u16) -> Option<Periode> {
        let t = self.tekst(r, c);
        if t.is_empty() {
            self.meldingen.push(Melding::fout(
                &self.blad.naam,
                Some((r, c)),
                "Periode is empty; expected a month (2022-03), a quarter (2022-Q1) or a year (2022)",
                "Periode is leeg; verwacht een maand (2022-03), een kwartaal (2022-Q1) of een jaar (2022)",
            ));
            return None;
        }
        if let Some(p) = Periode::parse(&t) {
            return Some(p);
        }
        if let Some(d) = parse_date(&t) {
            let p = Periode::maanden(d.year(), d.month(), 1)?;
            self.opmerking(
                r,
                c,
                format!("the date {t} is read as the month {}", p.label()),
                format!("de datum {t} is gelezen als de maand {}", p.label()),
            );
            return Some(p);
        }
        self.fout(
            r,
            c,
            format!("expected a month (2022-03), a quarter (2022-Q1) or a year (2022), found \"{t}\""),
            format!("verwacht een maand (2022-03), een kwartaal (2022-Q1) of een jaar (2022), gevonden \"{t}\""),
        );
        None
    }

    /// Records an error at a cell.
    pub fn fout(&mut self, r: u32, c: u16, en: impl Into<String>, nl: impl Into<String>) {
        self.meldingen
            .push(Melding::fout(&self.blad.naam, Some((r, c)), en, nl));
    }

    /// Records a note at a cell.
    pub fn opmerking(&mut self, r: u32, c: u16, en: impl Into<String>, nl: impl Into<String>) {
        self.meldingen
            .push(Melding::opmerking(&self.blad.naam, Some((r, c)), en, nl));
    }
}

/// Finds a table's header or records that it is missing.
pub fn zoek_kop(def: &TabelBlad, blad: &Werkblad, meldingen: &mut Vec<Melding>) -> Option<Kop> {
    let kop = def.zoek(blad);
    if kop.is_none() {
        let nodig: Vec<&str> = def
            .kolommen
            .iter()
            .filter(|k| k.verplicht)
            .map(|k| k.kop)
            .collect();
        meldingen.push(Melding::fout(
            &blad.naam,
            None,
            format!("no header row found with the columns {}", nodig.join(", ")),
            format!(
                "geen kopregel gevonden met de kolommen {}",
                nodig.join(", ")
            ),
        ));
    }
    kop
}

/// Reads an activiteit cell, recording an unknown one.
pub fn activiteit(l: &mut Lezer, r: u32, c: u16) -> Option<Activiteit> {
    let t = l.tekst(r, c);
    let a = Activiteit::parse(&t);
    if a.is_none() {
        let lijst: Vec<&str> = Activiteit::ALLE.iter().map(|a| a.label()).collect();
        let (en, nl) = if t.is_empty() {
            (
                "Activiteit is empty".to_string(),
                "Activiteit is leeg".to_string(),
            )
        } else {
            (
                format!("unknown activiteit \"{t}\""),
                format!("onbekende activiteit \"{t}\""),
            )
        };
        l.fout(
            r,
            c,
            format!("{en}; expected one of {}", lijst.join(", ")),
            format!("{nl}; kies uit {}", lijst.join(", ")),
        );
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_cells_are_recorded_with_their_reference() {
        let mut b = Werkblad::nieuw("Weekagenda");
        b.zet_tekst(6, 2, "drie kwartier");
        b.zet_getal(7, 2, -5.0);
        b.zet_getal(8, 4, 2.5);
        b.zet_tekst(9, 4, "3");
        let mut l = Lezer::nieuw(&b);
        assert_eq!(
            l.getal(6, 2, Verwacht::Minuten, 0.0, 1440.0),
            Err(Onbruikbaar)
        );
        assert_eq!(
            l.getal(7, 2, Verwacht::Minuten, 0.0, 1440.0),
            Err(Onbruikbaar)
        );
        assert_eq!(l.heel(8, 4, Verwacht::Aantal, 1.0, 1e6), Err(Onbruikbaar));
        assert_eq!(l.heel(9, 4, Verwacht::Aantal, 1.0, 1e6), Ok(Some(3)));
        assert_eq!(l.getal(10, 2, Verwacht::Minuten, 0.0, 1440.0), Ok(None));
        let refs: Vec<String> = l.meldingen.iter().map(|m| m.plaats()).collect();
        assert_eq!(refs, ["Weekagenda!C7", "Weekagenda!C8", "Weekagenda!E9"]);
        assert!(l.meldingen[1].en.contains("between 0 and 1440"));
    }

    #[test]
    fn periods_from_text_or_a_date() {
        let mut b = Werkblad::nieuw("Financieel");
        b.zet_tekst(0, 1, "2022-Q1");
        b.zet_tekst(1, 1, "2022-03-01");
        b.zet_getal(2, 1, 2022.0);
        b.zet_tekst(3, 1, "maart");
        let mut l = Lezer::nieuw(&b);
        assert_eq!(l.periode(0, 1).unwrap().label(), "2022-Q1");
        assert_eq!(l.periode(1, 1).unwrap().label(), "2022-03");
        assert_eq!(l.periode(2, 1).unwrap().label(), "2022");
        assert!(l.periode(3, 1).is_none());
        assert!(l.periode(4, 1).is_none());
        assert_eq!(l.meldingen.len(), 3);
        assert_eq!(l.meldingen[1].plaats(), "Financieel!B4");
    }
}
