//! Budget periods as finance writes them (SPEC 2.3, 5.7): months `2022-01`, `01-2022`,
//! `jan-22`, `jan 2022`, `januari 2022` (also `mrt`, `maart`, `sept`…), quarters `Q1 2022`,
//! and the forms of [`Periode::parse`] (`2022-03`, `2022-Q1`, `2022`).

use crate::domain::periode::Periode;

/// The parts of `s`: runs of letters and runs of digits, lowercase (`jan-22` → `jan`, `22`).
fn delen(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<bool> = None;
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        let kind = if c.is_ascii_digit() {
            Some(true)
        } else if c.is_alphabetic() {
            Some(false)
        } else {
            None
        };
        match kind {
            Some(k) if prev == Some(k) => out.last_mut().into_iter().for_each(|l| l.push(c)),
            Some(_) => out.push(c.to_string()),
            None => {}
        }
        prev = kind;
    }
    out
}

/// The month a name names ([`crate::input::value::maandnaam`]).
fn maandnaam(s: &str) -> Option<u32> {
    crate::input::value::maandnaam::maandnaam(s).map(u32::from)
}

fn getal(s: &str, lens: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn jaar(s: &str) -> Option<i32> {
    match s.len() {
        4 => getal(s, 4..=4).map(|y| y as i32),
        2 => getal(s, 2..=2).map(|y| 2000 + y as i32),
        _ => None,
    }
    .filter(|y| (1900..=2200).contains(y))
}

fn maandnummer(s: &str) -> Option<u32> {
    getal(s, 1..=2).filter(|m| (1..=12).contains(m))
}

/// A month header or period: `2022-01`, `01-2022`, `jan-22`, `jan 2022`, `januari 2022`,
/// `2022 jan`, `mrt.-22`, or the first day of a month as a date (`2022-01-01`, a workbook's
/// date cell). `None` for anything else.
pub fn maand(s: &str) -> Option<Periode> {
    let d = delen(s);
    let jaartal = |a: &str| a.len() == 4 && a.bytes().all(|b| b.is_ascii_digit());
    let (y, m) = match d.as_slice() {
        [a, b] if jaartal(a) => (jaar(a)?, maandnummer(b).or_else(|| maandnaam(b))?),
        [a, b] => match maandnaam(a) {
            Some(m) => (jaar(b)?, m),
            None if b.len() == 4 => (jaar(b)?, maandnummer(a)?),
            None => return None,
        },
        [a, b, c] if jaartal(a) && getal(c, 1..=2) == Some(1) => (jaar(a)?, maandnummer(b)?),
        _ => return None,
    };
    Periode::maanden(y, m, 1)
}

/// A quarter: `Q1 2022`, `Q1-2022`, `2022 Q1`, `kw1 2022`. `None` for anything else.
pub fn kwartaal(s: &str) -> Option<Periode> {
    let d = delen(s);
    let is_q = |s: &str| matches!(s, "q" | "kw" | "k");
    let (y, q) = match d.as_slice() {
        [q, n, y] if is_q(q) => (jaar(y)?, n),
        [y, q, n] if is_q(q) => (jaar(y)?, n),
        _ => return None,
    };
    let q = getal(q, 1..=1).filter(|q| (1..=4).contains(q))?;
    Periode::maanden(y, 3 * q - 2, 3)
}

/// A long begroting's `periode` (SPEC 2.3, 5.7): `YYYY-MM`, `YYYY-Qn`, `YYYY`, a month as
/// [`maand`] reads it, or a quarter as [`kwartaal`] reads it.
pub fn periode(s: &str) -> Option<Periode> {
    Periode::parse(s)
        .or_else(|| maand(s))
        .or_else(|| kwartaal(s))
}

/// True when a header reads `totaal` or `total`, with or without a year or more words
/// (`Totaal 2022`, `Total (€)`): a column of a wide begroting that is not a month.
pub fn is_totaal(s: &str) -> bool {
    let d = delen(s);
    d.first()
        .is_some_and(|w| matches!(w.as_str(), "totaal" | "total" | "jaartotaal" | "subtotaal"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_as_finance_writes_them() {
        let jan = Periode::parse("2022-01");
        let mrt = Periode::parse("2022-03");
        let sep = Periode::parse("2022-09");
        for s in [
            "2022-01",
            "01-2022",
            "1-2022",
            "jan-22",
            "jan 2022",
            "januari 2022",
            "Jan.-22",
            "2022 jan",
            "2022-01-01",
            "2022/1",
        ] {
            assert_eq!(maand(s), jan, "{s}");
        }
        for s in ["mrt-22", "maart 2022", "Mar 2022", "03-2022", "MRT 22"] {
            assert_eq!(maand(s), mrt, "{s}");
        }
        for s in ["sept 2022", "sep-22", "september 2022", "Sept. 2022"] {
            assert_eq!(maand(s), sep, "{s}");
        }
        for s in [
            "Totaal 2022",
            "2022",
            "13-2022",
            "2022-01-15",
            "jan",
            "kostenplaats",
            "dec-2",
        ] {
            assert_eq!(maand(s), None, "{s}");
        }
        assert_eq!(maand("dec-22"), Periode::parse("2022-12"));
        assert_eq!(maand("juni 2022"), Periode::parse("2022-06"));
        assert_eq!(maand("juli-22"), Periode::parse("2022-07"));
    }

    #[test]
    fn quarters_mean_what_2022_q1_means() {
        let q1 = Periode::parse("2022-Q1");
        for s in ["Q1 2022", "q1-2022", "2022 Q1", "KW1 2022", "2022-Q1"] {
            assert_eq!(periode(s), q1, "{s}");
        }
        assert_eq!(periode("Q5 2022"), None);
        assert_eq!(periode("2022"), Periode::parse("2022"));
        assert_eq!(periode("jan-22"), Periode::parse("2022-01"));
    }

    #[test]
    fn totals_columns() {
        assert!(is_totaal("Totaal 2022"));
        assert!(is_totaal("totaal"));
        assert!(is_totaal("Total (€)"));
        assert!(!is_totaal("jan-22"));
        assert!(!is_totaal("Kostenplaats"));
    }
}
