//! Dates `YYYY-MM-DD`, `DD-MM-YYYY` or `D-M-YYYY` (SPEC 2, 5.2).

use chrono::NaiveDate;

/// Parses a date `YYYY-MM-DD`, `DD-MM-YYYY` or `D-M-YYYY` (also with `/` or `.`), with an
/// optional time after a space or `T`, which is ignored. Impossible dates (31-02) give `None`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    let date_part = t.split([' ', 'T']).next()?;
    let mut parts = date_part.split(['-', '/', '.']);
    let a = parts.next()?;
    let b = parts.next()?;
    let c = parts.next()?;
    if parts.next().is_some() {
        return None;
    }
    let num = |p: &str| -> Option<u32> {
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse().ok()
    };
    let (y, m, d) = if a.len() == 4 {
        (num(a)?, num(b)?, num(c)?)
    } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        (num(c)?, num(b)?, num(a)?)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_all_dialects() {
        let d = NaiveDate::from_ymd_opt(2022, 3, 7).unwrap();
        assert_eq!(parse_date("2022-03-07"), Some(d));
        assert_eq!(parse_date("07-03-2022"), Some(d));
        assert_eq!(parse_date("7-3-2022"), Some(d));
        assert_eq!(parse_date("7/3/2022"), Some(d));
        assert_eq!(parse_date("2022-03-07 09:30"), Some(d));
        assert_eq!(parse_date("31-02-2022"), None);
        assert_eq!(parse_date("gisteren"), None);
    }
}
