//! Cell values in the Dutch dialects of SPEC 2 and 5.2: `-` or empty for empty; numbers
//! ([`getal`]), durations ([`duur`]), dates ([`datum`]) and times of day ([`tijd`]).

pub mod datum;
pub mod duur;
pub mod getal;
pub mod maandnaam;
pub mod tijd;

pub use datum::parse_date;
pub use duur::parse_minutes;
pub use getal::{Decimaal, GetalKolom, lees_cel, lees_getal, parse_cents, parse_number};

/// True when a cell counts as empty: only white space, or a lone `-`.
pub fn is_empty(s: &str) -> bool {
    let t = trim(s);
    t.is_empty() || t == "-"
}

/// `s.trim()`, without the Unicode scan when the first and last bytes are printable ASCII
/// (as nearly every cell of an export is): the white space `str::trim` removes is ASCII
/// 0x09–0x0D and 0x20, or a character beyond ASCII.
pub fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [a, .., b] if (0x21..0x7F).contains(a) && (0x21..0x7F).contains(b) => s,
        [a] if (0x21..0x7F).contains(a) => s,
        _ => s.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_equals_str_trim() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\ta\r",
            "ab",
            "a b",
            "\u{a0}a",
            "a\u{a0}",
            "\u{3000}x\u{2029}",
            "~",
            "-",
            " - ",
            "\u{7f}a",
            "a\u{85}",
            "é",
            " é ",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn dash_is_empty() {
        assert!(is_empty("-"));
        assert!(is_empty("  "));
        assert!(!is_empty("0"));
    }
}
