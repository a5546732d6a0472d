//! Dates in every form of SPEC 5.2: `YYYY-MM-DD`, `DD-MM-YYYY`, `D-M-YYYY` with `-`, `/` or
//! `.`; `YYYYMMDD`; Dutch month names (`1 mrt 2022`, `01-mrt-2022`, `1 maart 2022`); an Excel
//! serial day number; each optionally followed by a time of day (`01-03-2022 09:15`,
//! `2022-03-01T09:15:00`).
//!
//! A form `a-b-YYYY` can be read day first or month first; [`Lezing`] keeps both parts so that
//! the order can be decided per file and column afterwards ([`volgorde::Bewijs`]). Parsing
//! never allocates.

use chrono::{Days, NaiveDate};

use super::maandnaam::maandnaam;
use super::tijd::parse_tijd;

pub mod volgorde;

/// Day or month first, for dates written `a-b-YYYY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Volgorde {
    /// Day first (`14-03-2022`): zpm's default.
    Dmy,
    /// Month first (`3/14/2022`).
    Mdy,
}

impl Volgorde {
    /// Parses a profile value: `dmy` or `mdy` (any case).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "dmy" => Some(Volgorde::Dmy),
            "mdy" => Some(Volgorde::Mdy),
            _ => None,
        }
    }

    /// The order as the user writes it (`D-M-JJJJ` or `M-D-JJJJ`).
    pub fn patroon(self) -> &'static str {
        match self {
            Volgorde::Dmy => "D-M-JJJJ",
            Volgorde::Mdy => "M-D-JJJJ",
        }
    }
}

/// A date cell as read, before its column's order is known: the year and the two other parts
/// as written, and the time of day when one follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lezing {
    jaar: i32,
    /// Month for a fixed form; the first part of `a-b-YYYY`.
    a: u8,
    /// Day for a fixed form; the second part of `a-b-YYYY`.
    b: u8,
    /// The separator of `a-b-YYYY` (`-`, `/` or `.`); 0 for a form with a fixed order.
    scheiding: u8,
    /// The time of day in minutes after midnight, when the cell gives one.
    pub tijd: Option<u16>,
}

/// Digits only, 1 to `max` of them, as a number.
fn cijfers(s: &str, min: usize, max: usize) -> Option<u32> {
    if s.len() < min || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Largest Excel serial day number (31-12-9999).
const MAX_SERIAL: u32 = 2_958_465;

/// An Excel serial day number (1900 system, with its fictitious 29-02-1900 as 60) and an
/// optional fraction of a day: `44621` is 1 March 2022, `44621,375` the same at 09:00.
fn serial(t: &str) -> Option<(NaiveDate, Option<u16>)> {
    let (dag, frac) = match t.find(['.', ',']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let n = cijfers(dag, 1, 7).filter(|n| (1..=MAX_SERIAL).contains(n))?;
    let tijd = match frac {
        None => None,
        Some(f) => {
            cijfers(f, 1, 15)?;
            // The fraction's digits as a number, without allocating.
            let x = f
                .bytes()
                .rev()
                .fold(0.0, |acc, b| (acc + f64::from(b - b'0')) / 10.0);
            let min = (x * 1440.0).round() as u16;
            (min < 1440).then_some(min)
        }
    };
    let basis = if n < 60 {
        NaiveDate::from_ymd_opt(1899, 12, 31)?
    } else if n == 60 {
        return None;
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 30)?
    };
    Some((basis.checked_add_days(Days::new(u64::from(n)))?, tijd))
}

/// Splits a trimmed cell into its date and its time of day: `2022-03-01T09:15`, or a last
/// word with a `:` (`01-03-2022 09:15`, `1 mrt 2022 9:15`).
fn splits_tijd(t: &str) -> (&str, Option<&str>) {
    let b = t.as_bytes();
    if let Some(i) = (1..b.len().saturating_sub(1)).find(|&i| {
        matches!(b[i], b'T' | b't') && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit()
    }) {
        return (&t[..i], Some(&t[i + 1..]));
    }
    match t.rfind(char::is_whitespace) {
        Some(i) if t[i..].contains(':') => (t[..i].trim_end(), Some(t[i..].trim_start())),
        _ => (t, None),
    }
}

impl Lezing {
    /// Reads a date cell in any form of SPEC 5.2; `None` when it is no date in these forms
    /// (an impossible date in a fixed form, such as `2022-02-31`, is none either).
    pub fn lees(s: &str) -> Option<Lezing> {
        let t = super::trim(s);
        if t.is_empty() {
            return None;
        }
        if t.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
            && t.bytes().filter(|b| !b.is_ascii_digit()).count() <= 1
        {
            if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
                return Self::vast(cijfers(&t[..4], 4, 4)?, &t[4..6], &t[6..8], None);
            }
            return serial(t).map(|(d, tijd)| Lezing::van(d, tijd));
        }
        let (datum, tijd_tekst) = splits_tijd(t);
        let tijd = match tijd_tekst {
            None => None,
            Some(x) => Some(parse_tijd(x)?),
        };
        if datum.bytes().all(|b| b.is_ascii_digit()) {
            if datum.len() == 8 {
                return Self::vast(
                    cijfers(&datum[..4], 4, 4)?,
                    &datum[4..6],
                    &datum[6..8],
                    tijd,
                );
            }
            return serial(datum).map(|(d, _)| Lezing::van(d, tijd));
        }
        // Three words of letters or digits, with separators between them.
        let mut delen: [&str; 3] = [""; 3];
        let mut gaps: [&str; 2] = [""; 2];
        let mut n = 0;
        let mut rest = datum;
        loop {
            let w = rest
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            if w == 0 || n == 3 {
                return None;
            }
            delen[n] = &rest[..w];
            n += 1;
            rest = &rest[w..];
            if rest.is_empty() {
                break;
            }
            let g = rest
                .find(|c: char| !matches!(c, '-' | '/' | '.' | ' '))
                .unwrap_or(rest.len());
            if g == rest.len() || n == 3 {
                return None;
            }
            gaps[n - 1] = &rest[..g];
            rest = &rest[g..];
        }
        if n != 3 {
            return None;
        }
        let [p, q, r] = delen;
        if let Some(m) = maandnaam(q) {
            // `1 mrt 2022`, `01-mrt-2022`, `1 maart 2022`
            let d = cijfers(p, 1, 2)?;
            let y = cijfers(r, 4, 4)?;
            let datum = NaiveDate::from_ymd_opt(y as i32, u32::from(m), d)?;
            return Some(Lezing::van(datum, tijd));
        }
        let sep = gaps[0].as_bytes()[0];
        if gaps[0].len() != 1 || gaps[0] != gaps[1] || sep == b' ' {
            return None;
        }
        if p.len() == 4 {
            return Self::vast(cijfers(p, 4, 4)?, q, r, tijd);
        }
        let (a, b, y) = (cijfers(p, 1, 2)?, cijfers(q, 1, 2)?, cijfers(r, 4, 4)?);
        let l = Lezing {
            jaar: y as i32,
            a: a as u8,
            b: b as u8,
            scheiding: sep,
            tijd,
        };
        (l.datum(Volgorde::Dmy).is_some() || l.datum(Volgorde::Mdy).is_some()).then_some(l)
    }

    /// A date of a fixed form.
    fn van(d: NaiveDate, tijd: Option<u16>) -> Lezing {
        use chrono::Datelike;
        Lezing {
            jaar: d.year(),
            a: d.month() as u8,
            b: d.day() as u8,
            scheiding: 0,
            tijd,
        }
    }

    /// `YYYY`, `MM`, `DD` of a fixed form (1 or 2 digits each for month and day).
    fn vast(y: u32, m: &str, d: &str, tijd: Option<u16>) -> Option<Lezing> {
        let datum = NaiveDate::from_ymd_opt(y as i32, cijfers(m, 1, 2)?, cijfers(d, 1, 2)?)?;
        Some(Lezing::van(datum, tijd))
    }

    /// The date in `volgorde` (which matters only for `a-b-YYYY`); `None` when that reading
    /// is no date (`3/14/2022` day first).
    pub fn datum(&self, volgorde: Volgorde) -> Option<NaiveDate> {
        let (m, d) = if self.scheiding == 0 || volgorde == Volgorde::Mdy {
            (self.a, self.b)
        } else {
            (self.b, self.a)
        };
        NaiveDate::from_ymd_opt(self.jaar, u32::from(m), u32::from(d))
    }

    /// The date in `volgorde`, or else its only valid reading: a cell such as `3/14/2022`
    /// proves its own order (used before the column's order is decided).
    pub fn datum_of_enige(&self, volgorde: Volgorde) -> Option<NaiveDate> {
        self.datum(volgorde).or_else(|| match self.bewijs() {
            Some(v) if v != volgorde => self.datum(v),
            _ => None,
        })
    }

    /// The order this cell proves: a first part above 12 proves day first, a second part
    /// above 12 month first (only when that reading is a date).
    pub fn bewijs(&self) -> Option<Volgorde> {
        if self.scheiding == 0 {
            return None;
        }
        if self.a > 12 && self.b <= 12 && self.datum(Volgorde::Dmy).is_some() {
            Some(Volgorde::Dmy)
        } else if self.b > 12 && self.a <= 12 && self.datum(Volgorde::Mdy).is_some() {
            Some(Volgorde::Mdy)
        } else {
            None
        }
    }

    /// True when the two orders give two different dates (`03/04/2022`).
    pub fn omkeerbaar(&self) -> bool {
        self.scheiding != 0 && self.a != self.b && self.a <= 12 && self.b <= 12
    }

    /// True for a form `a-b-YYYY`, whose reading depends on the column's order.
    pub fn volgorde_telt(&self) -> bool {
        self.scheiding != 0
    }

    /// True for `a/b/YYYY`.
    pub fn met_schuine_streep(&self) -> bool {
        self.scheiding == b'/'
    }
}

/// Day and month of `d` swapped (the other reading of an [`Lezing::omkeerbaar`] date).
pub fn omgedraaid(d: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    NaiveDate::from_ymd_opt(d.year(), d.day(), d.month())
}

/// Parses a date in any form of SPEC 5.2, day first where the order matters; the time after
/// it is ignored. Impossible dates (31-02) give `None`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    Lezing::lees(s)?.datum(Volgorde::Dmy)
}

/// Parses a date in any form of SPEC 5.2 in the given order where it matters.
pub fn parse_date_in(s: &str, volgorde: Volgorde) -> Option<NaiveDate> {
    Lezing::lees(s)?.datum(volgorde)
}

/// Parses a time of day for `begintijd` or `eindtijd`: `9:15`, `09:15:00`, or a date with a
/// time (an xlsx date-time cell); minutes after midnight.
pub fn parse_tijdstip(s: &str) -> Option<u16> {
    parse_tijd(s).or_else(|| Lezing::lees(s)?.tijd)
}

#[cfg(test)]
#[path = "datum_tests.rs"]
mod tests;
