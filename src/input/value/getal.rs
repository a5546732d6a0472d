//! Numbers and euro amounts with a decimal comma or point (SPEC 2, 5.2).

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
}
