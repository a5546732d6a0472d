//! Consult classes (tijdstaffels) and Planning = Realisatie (SPEC 1.1), and groepsconsult
//! blocks (SPEC 1.6).

/// The class bounds of a consult in minutes: "vanaf 5, 15, 30, 45, 60, 75, 90, 120".
pub const KLASSEN: [u16; 8] = [5, 15, 30, 45, 60, 75, 90, 120];

/// The largest allowed deviation between planned and realised minutes before the realised
/// minutes count (NZa: "meer dan 15 minuten").
pub const PLANNING_MARGE_MIN: f64 = 15.0;

/// The class of a consult of `minutes` (unrounded): the largest bound ≤ minutes, or `None`
/// under 5 minutes (not declarable).
pub fn klasse(minutes: f64) -> Option<u16> {
    KLASSEN
        .iter()
        .rev()
        .copied()
        .find(|&k| minutes >= f64::from(k))
}

/// Position of a class bound in [`KLASSEN`].
pub fn klasse_index(k: u16) -> Option<usize> {
    KLASSEN.iter().position(|&b| b == k)
}

/// Planning = Realisatie: the minutes that count. The planned minutes count unless they differ
/// from the realised minutes by more than 15 minutes (either way); without a plan, the realised.
pub fn telbare_minuten(realised: f64, planned: Option<f64>) -> f64 {
    match planned {
        Some(p) if (p - realised).abs() <= PLANNING_MARGE_MIN => p,
        _ => realised,
    }
}

/// Groepsconsult blocks of 30 minutes; a remainder counts only above 15 minutes.
pub fn groepsblokken(minutes: f64) -> u32 {
    if minutes <= 0.0 {
        return 0;
    }
    let whole = (minutes / 30.0).floor();
    let rest = minutes - whole * 30.0;
    whole as u32 + u32::from(rest > 15.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nza_planning_examples() {
        // NZa: planned 45, realised 30 → class 45; planned 45, realised 29 → class 15.
        assert_eq!(klasse(telbare_minuten(30.0, Some(45.0))), Some(45));
        assert_eq!(klasse(telbare_minuten(29.0, Some(45.0))), Some(15));
        // The other way round: realised 61 against planned 45 is within 16 → realised.
        assert_eq!(telbare_minuten(61.0, Some(45.0)), 61.0);
        assert_eq!(telbare_minuten(60.0, Some(45.0)), 45.0);
        assert_eq!(telbare_minuten(50.0, None), 50.0);
    }

    #[test]
    fn class_bounds() {
        assert_eq!(klasse(140.0), Some(120));
        assert_eq!(klasse(4.0), None);
        assert_eq!(klasse(4.5), None);
        assert_eq!(klasse(5.0), Some(5));
        assert_eq!(klasse(29.5), Some(15));
        assert_eq!(klasse(30.0), Some(30));
        assert_eq!(klasse(119.9), Some(90));
        assert_eq!(klasse(1440.0), Some(120));
    }

    #[test]
    fn group_blocks() {
        assert_eq!(groepsblokken(90.0), 3);
        assert_eq!(groepsblokken(44.0), 1);
        assert_eq!(groepsblokken(45.0), 1);
        assert_eq!(groepsblokken(46.0), 2);
        assert_eq!(groepsblokken(15.0), 0);
        assert_eq!(groepsblokken(16.0), 1);
        assert_eq!(groepsblokken(0.0), 0);
    }
}
