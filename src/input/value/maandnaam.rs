//! Month names as Dutch systems write them (SPEC 5.2, 5.7): full and short Dutch names
//! (`januari`, `jan`, `mrt`, `sept`, `febr`), and the English short forms a spreadsheet in an
//! English locale writes (`mar`, `may`, `oct`). One table for dates and budget periods.

/// Month names and abbreviations, by month number.
const MAANDEN: [(&str, u8); 28] = [
    ("januari", 1),
    ("jan", 1),
    ("februari", 2),
    ("feb", 2),
    ("febr", 2),
    ("maart", 3),
    ("mrt", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("jun", 6),
    ("juli", 7),
    ("jul", 7),
    ("augustus", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("oktober", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// The month (1–12) a month name names, in any case, with or without a closing dot
/// (`mrt.`); `None` for any other word.
pub fn maandnaam(s: &str) -> Option<u8> {
    let s = s.strip_suffix('.').unwrap_or(s);
    MAANDEN
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(s))
        .map(|(_, m)| *m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_case_with_or_without_dot() {
        assert_eq!(maandnaam("mrt"), Some(3));
        assert_eq!(maandnaam("Maart"), Some(3));
        assert_eq!(maandnaam("MRT."), Some(3));
        assert_eq!(maandnaam("sept"), Some(9));
        assert_eq!(maandnaam("febr."), Some(2));
        assert_eq!(maandnaam("oct"), Some(10));
        assert_eq!(maandnaam("mei"), Some(5));
        assert_eq!(maandnaam("ma"), None);
        assert_eq!(maandnaam("maartje"), None);
        assert_eq!(maandnaam(""), None);
    }

    #[test]
    fn every_month_has_its_full_dutch_name() {
        let volle = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ];
        for (i, n) in volle.iter().enumerate() {
            assert_eq!(maandnaam(n), Some(i as u8 + 1), "{n}");
        }
    }
}
