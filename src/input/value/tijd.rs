//! Times of day (`begintijd`, `eindtijd`, the time after a date; SPEC 5.1, 5.2).

/// Digits only, `min` to `max` of them, as a number.
fn getal(s: &str, min: usize, max: usize) -> Option<u16> {
    if s.len() < min || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses a time of day `9:15`, `09:15`, `09:15:00` or `09:15:00.000` into minutes after
/// midnight (seconds are dropped); `24:00` is the end of the day (1440). Never allocates.
pub fn parse_tijd(s: &str) -> Option<u16> {
    let t = super::trim(s);
    let mut parts = t.splitn(3, ':');
    let h = getal(parts.next()?, 1, 2)?;
    let m = getal(parts.next()?, 2, 2)?;
    if let Some(sec) = parts.next() {
        let (heel, frac) = sec.split_once(['.', ',']).unwrap_or((sec, "0"));
        let s = getal(heel, 2, 2)?;
        getal(frac, 1, 9)?;
        if s > 59 {
            return None;
        }
    }
    match (h, m) {
        (24, 0) => Some(1440),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_of_day() {
        assert_eq!(parse_tijd("9:15"), Some(555));
        assert_eq!(parse_tijd("09:15"), Some(555));
        assert_eq!(parse_tijd(" 09:15:00 "), Some(555));
        assert_eq!(parse_tijd("09:15:59.999"), Some(555));
        assert_eq!(parse_tijd("0:00"), Some(0));
        assert_eq!(parse_tijd("23:59"), Some(1439));
        assert_eq!(parse_tijd("24:00"), Some(1440));
        for bad in [
            "24:01",
            "9:5",
            "9:60",
            "9",
            "9:15:7",
            "9:15:61",
            "a:15",
            "9:15:00:00",
            "",
        ] {
            assert_eq!(parse_tijd(bad), None, "{bad}");
        }
    }
}
