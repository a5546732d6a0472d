//! Cell values in the Dutch dialects of SPEC 2: `-` or empty for empty, decimal comma or
//! point, dates `YYYY-MM-DD`, `DD-MM-YYYY` or `D-M-YYYY`.

use chrono::NaiveDate;

/// True when a cell counts as empty: only white space, or a lone `-`.
pub fn is_empty(s: &str) -> bool {
    let t = s.trim();
    t.is_empty() || t == "-"
}

/// Parses a number with a decimal comma or point (`12,5`, `12.5`, `1.234,5`, `1,234.5`).
/// Returns `None` for text that is not a finite number.
pub fn parse_number(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let has_comma = t.contains(',');
    let has_point = t.contains('.');
    let normalised: std::borrow::Cow<str> = match (has_comma, has_point) {
        (true, true) => {
            // The last separator is the decimal one; the other groups thousands.
            if t.rfind(',') > t.rfind('.') {
                t.replace('.', "").replace(',', ".").into()
            } else {
                t.replace(',', "").into()
            }
        }
        (true, false) => {
            if t.matches(',').count() > 1 {
                return None;
            }
            t.replace(',', ".").into()
        }
        _ => t.into(),
    };
    let valid = normalised
        .bytes()
        .enumerate()
        .all(|(i, b)| b.is_ascii_digit() || b == b'.' || ((b == b'-' || b == b'+') && i == 0));
    if !valid {
        return None;
    }
    normalised.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Parses a duration in minutes (SPEC 5.2): a number of minutes (decimals allowed), or
/// `u:mm`, `uu:mm` or `u:mm:ss` as hours and minutes (`0:45` is 45, `1:30` is 90). Minutes and
/// seconds above 59 are no duration.
pub fn parse_minutes(s: &str) -> Option<f64> {
    let t = s.trim();
    if !t.contains(':') {
        return parse_number(t);
    }
    let mut parts = t.split(':');
    let (h, m, sec) = (parts.next()?, parts.next()?, parts.next());
    if parts.next().is_some() {
        return None;
    }
    let digits = |x: &str, min_len: usize, max_len: usize| {
        (min_len..=max_len).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    let ok = digits(h, 1, 4) && digits(m, 2, 2) && sec.is_none_or(|x| digits(x, 2, 2));
    if !ok {
        return None;
    }
    let (h, m): (f64, f64) = (h.parse().ok()?, m.parse().ok()?);
    let sec: f64 = sec.map_or(Some(0.0), |x| x.parse().ok())?;
    (m < 60.0 && sec < 60.0).then_some(h * 60.0 + m + sec / 60.0)
}

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

/// Parses euros with a decimal point (or comma) into cents, exactly: `35.56` → 3556.
pub fn parse_cents(s: &str) -> Option<i64> {
    let t = s.trim().replace(',', ".");
    let (neg, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, t),
    };
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
        || whole.len() > 12
    {
        return None;
    }
    let w: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let f: i64 = format!("{frac:0<2}").parse().ok()?;
    let v = w * 100 + f;
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_both_dialects() {
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("1,234.5"), Some(1234.5));
        assert_eq!(parse_number(" 45 "), Some(45.0));
        assert_eq!(parse_number("-3"), Some(-3.0));
        assert_eq!(parse_number("drie kwartier"), None);
        assert_eq!(parse_number("1,2,3"), None);
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("inf"), None);
    }

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

    #[test]
    fn durations_as_minutes_or_hours_and_minutes() {
        assert_eq!(parse_minutes("45"), Some(45.0));
        assert_eq!(parse_minutes("12,5"), Some(12.5));
        assert_eq!(parse_minutes("0:45"), Some(45.0));
        assert_eq!(parse_minutes("1:30"), Some(90.0));
        assert_eq!(parse_minutes("01:30"), Some(90.0));
        assert_eq!(parse_minutes("0:45:30"), Some(45.5));
        assert_eq!(parse_minutes("25:00:00"), Some(1500.0));
        for bad in [
            "1:5",
            "1:60",
            "0:45:7",
            ":45",
            "1:30:00:00",
            "a:30",
            "1,5:30",
        ] {
            assert_eq!(parse_minutes(bad), None, "{bad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn u_mm_round_trips(h in 0u32..48, m in 0u32..60) {
            let text = format!("{h}:{m:02}");
            proptest::prop_assert_eq!(parse_minutes(&text), Some(f64::from(h * 60 + m)));
        }
    }

    #[test]
    fn dash_is_empty() {
        assert!(is_empty("-"));
        assert!(is_empty("  "));
        assert!(!is_empty("0"));
    }
}
