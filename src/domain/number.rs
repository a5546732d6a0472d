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
    }
}
