//! Periods (SPEC 1.7): a month `YYYY-MM`, a quarter `YYYY-Qn` or a year `YYYY`, and weekday
//! counts (Mon–Fri) that spread yearly figures over a period.

use chrono::{Datelike, NaiveDate, Weekday};

/// A closed date range with the label the user gave (or the derived one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Periode {
    /// First day (inclusive).
    pub van: NaiveDate,
    /// Last day (inclusive).
    pub tot: NaiveDate,
}

fn last_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

impl Periode {
    /// Parses `YYYY-MM`, `YYYY-Qn`, `YYYY`, or a range of whole months `YYYY-MM..YYYY-MM`
    /// (SPEC 7.4: from the first day of the first month to the last day of the last).
    pub fn parse(s: &str) -> Option<Periode> {
        let t = s.trim();
        if let Some((a, b)) = t.split_once("..") {
            let maand = |x: &str| {
                let x = x.trim();
                // whole months only: `YYYY-MM`
                (x.len() == 7 && !x.contains(['Q', 'q']))
                    .then(|| Periode::parse(x))
                    .flatten()
            };
            let (a, b) = (maand(a)?, maand(b)?);
            return (a.van <= b.van).then_some(Periode {
                van: a.van,
                tot: b.tot,
            });
        }
        let year = |y: &str| -> Option<i32> {
            (y.len() == 4)
                .then(|| y.parse().ok())
                .flatten()
                .filter(|y| (1900..=2200).contains(y))
        };
        if let Some((y, rest)) = t.split_once('-') {
            let y = year(y)?;
            if let Some(q) = rest.strip_prefix(['Q', 'q']) {
                let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
                return Periode::maanden(y, 3 * q - 2, 3);
            }
            let m: u32 = rest.parse().ok().filter(|m| (1..=12).contains(m))?;
            return Periode::maanden(y, m, 1);
        }
        Periode::maanden(year(t)?, 1, 12)
    }

    /// `n` whole months from month `m` of year `y`.
    pub fn maanden(y: i32, m: u32, n: u32) -> Option<Periode> {
        let van = NaiveDate::from_ymd_opt(y, m, 1)?;
        let end = m + n - 1;
        let tot = last_of_month(y + ((end - 1) / 12) as i32, (end - 1) % 12 + 1)?;
        Some(Periode { van, tot })
    }

    /// The whole months that hold `first` and `last` (the default period: the span of the
    /// data rounded out).
    pub fn rond_af(first: NaiveDate, last: NaiveDate) -> Periode {
        let van = first.with_day(1).unwrap_or(first);
        let tot = last_of_month(last.year(), last.month()).unwrap_or(last);
        Periode { van, tot }
    }

    /// True when `d` lies in the period.
    pub fn bevat(&self, d: NaiveDate) -> bool {
        self.van <= d && d <= self.tot
    }

    /// The overlap with `[van, tot]` (either bound open), if any.
    pub fn snijd(&self, van: Option<NaiveDate>, tot: Option<NaiveDate>) -> Option<Periode> {
        let v = van.map_or(self.van, |d| d.max(self.van));
        let t = tot.map_or(self.tot, |d| d.min(self.tot));
        (v <= t).then_some(Periode { van: v, tot: t })
    }

    /// Weekdays (Mon–Fri) in the period.
    pub fn werkdagen(&self) -> u32 {
        werkdagen(self.van, self.tot)
    }

    /// Calendar days in the period.
    pub fn dagen(&self) -> u32 {
        (self.tot - self.van).num_days() as u32 + 1
    }

    /// The number of calendar months the period touches (a whole-month period: its length).
    pub fn aantal_maanden(&self) -> u32 {
        ((self.tot.year() - self.van.year()) * 12 + self.tot.month() as i32
            - self.van.month() as i32
            + 1) as u32
    }

    /// Σ over the years it touches of weekdays in the period that year / weekdays of that
    /// year: the share of a year's working time that falls in the period (`wd_p / wd_y`).
    pub fn jaarfractie(&self) -> f64 {
        (self.van.year()..=self.tot.year())
            .filter_map(|y| {
                let p = self.snijd(
                    NaiveDate::from_ymd_opt(y, 1, 1),
                    NaiveDate::from_ymd_opt(y, 12, 31),
                )?;
                Some(f64::from(p.werkdagen()) / f64::from(werkdagen_jaar(y)))
            })
            .sum()
    }

    /// The months of the period, each as a period.
    pub fn maandlijst(&self) -> Vec<Periode> {
        let mut out = Vec::new();
        let mut d = self.van.with_day(1).unwrap_or(self.van);
        while d <= self.tot {
            if let Some(m) = Periode::maanden(d.year(), d.month(), 1) {
                out.push(m.snijd(Some(self.van), Some(self.tot)).unwrap_or(m));
                d = m.tot.succ_opt().unwrap_or(m.tot);
                if d == m.tot {
                    break;
                }
            } else {
                break;
            }
        }
        out
    }

    /// A label: `2022-03`, `2022-Q1`, `2022`, or `2022-03-01 t/m 2022-05-31`.
    pub fn label(&self) -> String {
        let (y, m) = (self.van.year(), self.van.month());
        let hele_maanden = self.van.day() == 1
            && Some(self.tot) == last_of_month(self.tot.year(), self.tot.month());
        if hele_maanden && self.tot.year() == y {
            let n = self.aantal_maanden();
            if n == 1 {
                return format!("{y}-{m:02}");
            }
            if n == 3 && m % 3 == 1 {
                return format!("{y}-Q{}", m / 3 + 1);
            }
            if n == 12 {
                return format!("{y}");
            }
        }
        if hele_maanden {
            return format!("{y}-{m:02}..{}-{:02}", self.tot.year(), self.tot.month());
        }
        format!("{} t/m {}", self.van, self.tot)
    }
}

/// Weekdays (Mon–Fri) in the union of the closed ranges `spans` (which may overlap): each
/// day is counted once.
pub fn werkdagen_vereniging(mut spans: Vec<(NaiveDate, NaiveDate)>) -> u32 {
    spans.sort_unstable();
    let mut n = 0;
    let mut open: Option<(NaiveDate, NaiveDate)> = None;
    for (v, t) in spans {
        open = match open {
            Some((a, b)) if v <= b.succ_opt().unwrap_or(b) => Some((a, b.max(t))),
            Some((a, b)) => {
                n += werkdagen(a, b);
                Some((v, t))
            }
            None => Some((v, t)),
        };
    }
    n + open.map_or(0, |(a, b)| werkdagen(a, b))
}

/// Weekdays (Mon–Fri) from `van` to `tot`, both inclusive.
pub fn werkdagen(van: NaiveDate, tot: NaiveDate) -> u32 {
    if tot < van {
        return 0;
    }
    let days = (tot - van).num_days() + 1;
    let weeks = days / 7;
    let mut n = weeks * 5;
    let mut d = van + chrono::Duration::days(weeks * 7);
    while d <= tot {
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            n += 1;
        }
        d = d.succ_opt().unwrap_or(tot + chrono::Duration::days(1));
    }
    n as u32
}

/// Weekdays in a calendar year (2022: 260, 2024: 262, 2025: 261).
pub fn werkdagen_jaar(y: i32) -> u32 {
    match (
        NaiveDate::from_ymd_opt(y, 1, 1),
        NaiveDate::from_ymd_opt(y, 12, 31),
    ) {
        (Some(a), Some(b)) => werkdagen(a, b),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_of_whole_months_is_one_period() {
        let r = Periode::parse("2022-01..2022-03").unwrap();
        assert_eq!(r, Periode::parse("2022-Q1").unwrap());
        assert_eq!(r.label(), "2022-Q1");
        let ytd = Periode::parse(" 2022-02 .. 2022-05 ").unwrap();
        assert_eq!(ytd.van, NaiveDate::from_ymd_opt(2022, 2, 1).unwrap());
        assert_eq!(ytd.tot, NaiveDate::from_ymd_opt(2022, 5, 31).unwrap());
        assert_eq!(ytd.label(), "2022-02..2022-05");
        assert_eq!(ytd.maandlijst().len(), 4);
        let over = Periode::parse("2022-11..2023-02").unwrap();
        assert_eq!(over.label(), "2022-11..2023-02");
        assert_eq!(over.aantal_maanden(), 4);
        assert_eq!(
            Periode::parse("2022-03..2022-03"),
            Periode::parse("2022-03")
        );
        // backwards, quarters or years as ends, and half-written ranges are refused
        for s in [
            "2022-03..2022-01",
            "2022-Q1..2022-Q2",
            "2022..2023",
            "2022-01..",
            "..2022-01",
        ] {
            assert_eq!(Periode::parse(s), None, "{s}");
        }
    }

    #[test]
    fn weekdays_per_year_match_the_spec() {
        assert_eq!(werkdagen_jaar(2022), 260);
        assert_eq!(werkdagen_jaar(2023), 260);
        assert_eq!(werkdagen_jaar(2024), 262);
        assert_eq!(werkdagen_jaar(2025), 261);
        assert_eq!(werkdagen_jaar(2026), 261);
    }

    #[test]
    fn parses_month_quarter_year() {
        let p = Periode::parse("2022-03").unwrap();
        assert_eq!(
            (p.van.to_string(), p.tot.to_string()),
            ("2022-03-01".into(), "2022-03-31".into())
        );
        assert_eq!(p.werkdagen(), 23);
        let q = Periode::parse("2022-Q4").unwrap();
        assert_eq!(
            (q.van.to_string(), q.tot.to_string()),
            ("2022-10-01".into(), "2022-12-31".into())
        );
        assert_eq!(q.aantal_maanden(), 3);
        assert_eq!(q.label(), "2022-Q4");
        let y = Periode::parse("2024").unwrap();
        assert_eq!(y.werkdagen(), 262);
        assert_eq!(y.jaarfractie(), 1.0);
        assert_eq!(
            Periode::parse("2022-02").unwrap().tot.to_string(),
            "2022-02-28"
        );
        assert!(Periode::parse("2022-13").is_none());
        assert!(Periode::parse("2022-Q5").is_none());
        assert!(Periode::parse("maart").is_none());
    }

    #[test]
    fn fraction_spans_years() {
        let p = Periode::rond_af(
            NaiveDate::from_ymd_opt(2022, 12, 5).unwrap(),
            NaiveDate::from_ymd_opt(2023, 1, 3).unwrap(),
        );
        // Dec 2022: 22 weekdays of 260; Jan 2023: 22 of 260.
        assert_eq!(p.jaarfractie(), 22.0 / 260.0 + 22.0 / 260.0);
        assert_eq!(p.maandlijst().len(), 2);
        assert_eq!(p.aantal_maanden(), 2);
    }
}
