//! The lenient number of cells whose convention no column decides (SPEC 5.2).

/// Parses a number with a decimal comma or point (`12,5`, `12.5`, `1.234,5`, `1,234.5`).
/// Returns `None` for text that is not a finite number. Lenient: `1.234` is 1.234; columns
/// whose values may group thousands are read with [`super::lees_getal`] instead.
pub fn parse_number(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let has_comma = t.contains(',');
    let has_point = t.contains('.');
    match snel(t, has_comma, has_point) {
        Some(v) => v,
        None => algemeen(t, has_comma, has_point),
    }
}

/// [`parse_number`] of a trimmed, non-empty cell, by the general path.
fn algemeen(t: &str, has_comma: bool, has_point: bool) -> Option<f64> {
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

/// [`parse_number`] of the common cells without an allocation: digits with at most one
/// separator, read as the decimal one (`113`, `88,5`, `-12.25`); `None` when the cell takes
/// the general path.
fn snel(t: &str, has_comma: bool, has_point: bool) -> Option<Option<f64>> {
    const MAX: usize = 40;
    if (has_comma && has_point) || t.len() > MAX {
        return None;
    }
    let b = t.as_bytes();
    let cijfers = b
        .strip_prefix(b"-")
        .or_else(|| b.strip_prefix(b"+"))
        .unwrap_or(b);
    if cijfers.iter().filter(|&&c| !c.is_ascii_digit()).count() > 1 {
        return None;
    }
    let mut buf = [0u8; MAX];
    for (d, &c) in buf.iter_mut().zip(b) {
        *d = if c == b',' { b'.' } else { c };
    }
    let v = std::str::from_utf8(&buf[..b.len()]).ok()?;
    if !v
        .bytes()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == b'.' || ((c == b'-' || c == b'+') && i == 0))
    {
        return Some(None);
    }
    Some(v.parse::<f64>().ok().filter(|v| v.is_finite()))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The path without allocation reads every cell it takes as the general path does.
        #[test]
        fn the_fast_path_equals_the_general_one(t in "[-+]?[0-9]{0,7}([.,][0-9]{0,5})?([.,][0-9]{0,3})?[a-z]?") {
            proptest::prop_assume!(!t.is_empty());
            let (c, p) = (t.contains(','), t.contains('.'));
            if let Some(v) = snel(&t, c, p) {
                proptest::prop_assert_eq!(v, algemeen(&t, c, p), "{}", t);
            }
        }
    }

    #[test]
    fn common_cells() {
        assert_eq!(parse_number("113"), Some(113.0));
        assert_eq!(parse_number(" 88,5 "), Some(88.5));
        assert_eq!(parse_number("-12.25"), Some(-12.25));
        assert_eq!(parse_number("1,2,3"), None);
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("-"), None);
        assert_eq!(parse_number("1e5"), None);
    }
}
