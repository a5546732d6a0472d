//! The lenient number of cells whose convention no column decides (SPEC 5.2).

/// Parses a number with a decimal comma or point (`12,5`, `12.5`, `1.234,5`, `1,234.5`).
/// Returns `None` for text that is not a finite number. Lenient: `1.234` is 1.234; columns
/// whose values may group thousands are read with [`super::lees_getal`] instead.
pub fn parse_number(s: &str) -> Option<f64> {
    let t = crate::input::value::trim(s);
    if t.is_empty() {
        return None;
    }
    decimaal(t.as_bytes()).or_else(|| algemeen(t))
}

/// [`parse_number`] of a trimmed, non-empty cell, by the general path (it allocates when the
/// cell has a comma).
fn algemeen(t: &str) -> Option<f64> {
    let (has_comma, has_point) = (t.contains(','), t.contains('.'));
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

/// Powers of ten, each exact in an `f64`.
const MACHTEN: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// The common cell without an allocation: `[-+]digits[(.|,)digits]` with at most 15 digits
/// (`113`, `88,5`, `-12.25`), computed as the integer of its digits over a
/// power of ten: both are exact in an `f64`, so the one rounding of the division gives the
/// nearest `f64` to the decimal value, as `str::parse` does. `None` for any other text.
fn decimaal(b: &[u8]) -> Option<f64> {
    let (negatief, b) = match b {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, b),
    };
    let sep = b.iter().position(|c| !c.is_ascii_digit());
    let (heel, deel) = match sep {
        None => (b, &b[b.len()..]),
        Some(i) if matches!(b[i], b'.' | b',') => (&b[..i], &b[i + 1..]),
        Some(_) => return None,
    };
    let cijfers = heel.len() + deel.len();
    if heel.is_empty()
        || (sep.is_some() && deel.is_empty())
        || cijfers > 15
        || !deel.iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    let n = heel
        .iter()
        .chain(deel)
        .fold(0u64, |n, c| n * 10 + u64::from(c - b'0'));
    let v = n as f64 / MACHTEN[deel.len()];
    Some(if negatief { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The path without allocation reads every cell it takes as the general path does.
        #[test]
        fn the_fast_path_equals_the_general_one(t in "[-+]?[0-9]{0,9}([.,][0-9]{0,7})?([.,][0-9]{0,3})?[a-z]?") {
            proptest::prop_assume!(!t.is_empty());
            if let Some(v) = decimaal(t.as_bytes()) {
                proptest::prop_assert_eq!(Some(v.to_bits()), algemeen(&t).map(f64::to_bits), "{}", t);
            }
        }
    }

    proptest::proptest! {
        /// The integer over a power of ten is the number `str::parse` reads.
        #[test]
        fn decimals_equal_the_parse(t in "[-+]?[0-9]{1,8}([.,][0-9]{1,7})?") {
            let gelezen = t.replace(',', ".").parse::<f64>().ok();
            proptest::prop_assert_eq!(decimaal(t.as_bytes()).map(f64::to_bits), gelezen.map(f64::to_bits), "{}", t);
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
