//! Numbers as Dutch text, for messages and explanations: `1.266,97`.

/// Formats a number the Dutch way for explanations: `1.266,97`.
pub fn nl_getal(v: f64, decimalen: usize) -> String {
    let s = format!("{:.*}", decimalen, v.abs());
    let (heel, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut groepen = String::new();
    for (i, ch) in heel.chars().enumerate() {
        if i > 0 && (heel.len() - i) % 3 == 0 {
            groepen.push('.');
        }
        groepen.push(ch);
    }
    let teken = if v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{teken}{groepen}")
    } else {
        format!("{teken}{groepen},{frac}")
    }
}

/// A number the Dutch way with no more decimals than it needs, up to `max`: `1.569`, `37,5`.
pub fn nl_kort(v: f64, max: usize) -> String {
    let s = nl_getal(v, max);
    if s.contains(',') {
        s.trim_end_matches('0').trim_end_matches(',').to_string()
    } else {
        s
    }
}

/// A fraction as a Dutch percentage with no more decimals than it needs: 0.85 → `85%`,
/// 0.875 → `87,5%`.
pub fn nl_pct(f: f64) -> String {
    format!("{}%", nl_kort(f * 100.0, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_numbers() {
        assert_eq!(nl_getal(1266.9675, 2), "1.266,97");
        assert_eq!(nl_getal(0.85, 2), "0,85");
        assert_eq!(nl_getal(1569.0, 0), "1.569");
        assert_eq!(nl_getal(-12.5, 1), "-12,5");
        assert_eq!(nl_getal(-0.001, 1), "0,0");
        assert_eq!(nl_getal(1234567.0, 0), "1.234.567");
        assert_eq!(nl_kort(1569.0, 2), "1.569");
        assert_eq!(nl_kort(37.5, 2), "37,5");
        assert_eq!(nl_pct(0.85), "85%");
        assert_eq!(nl_pct(1.0 - 0.05), "95%");
        assert_eq!(nl_pct(0.875), "87,5%");
    }
}
