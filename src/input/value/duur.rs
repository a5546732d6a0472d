//! Durations in minutes: a number, or `u:mm` / `u:mm:ss` (SPEC 5.2).

use super::getal::parse_number;

/// Parses a duration in minutes (SPEC 5.2): a number of minutes (decimals allowed), or
/// `u:mm`, `uu:mm` or `u:mm:ss` as hours and minutes (`0:45` is 45, `1:30` is 90). Minutes and
/// seconds above 59 are no duration.
pub fn parse_minutes(s: &str) -> Option<f64> {
    let t = super::trim(s);
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

/// True for a duration that reads two ways (SPEC 4, 5.2): one `.` or `,` followed by exactly
/// three digits after 1 to 3 digits that do not start with 0 (`1.250`, `1,250`: 1250 minutes
/// with a thousands separator, or 1.25 minutes).
pub fn dubbelzinnig(s: &str) -> bool {
    let t = super::trim(s);
    let Some(i) = t.find(['.', ',']) else {
        return false;
    };
    let (heel, rest) = (&t[..i], &t[i + 1..]);
    let cijfers = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    (1..=3).contains(&heel.len())
        && !heel.starts_with('0')
        && cijfers(heel)
        && rest.len() == 3
        && cijfers(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_separator_before_exactly_three_digits_reads_two_ways() {
        for s in ["1.250", "1,250", " 12.500 ", "999,000"] {
            assert!(dubbelzinnig(s), "{s}");
        }
        for s in [
            "1250", "1,25", "12,5", "0,250", "1.250,5", "1.2500", "1234.500", "45", "0:45",
            "1:30:00",
        ] {
            assert!(!dubbelzinnig(s), "{s}");
        }
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
}
