//! Folding of headers and coded values (SPEC 2): case-, accent-, space-, hyphen- and
//! underscore-insensitive, so that `Directe tijd`, `directe_tijd` and `DIRECTE-TIJD` are one.

/// Folds `s` for comparison: lowercase, accents removed, spaces, `_` and `-` dropped.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_whitespace() || c == '_' || c == '-' || c == '\u{feff}' {
            continue;
        }
        match strip_accent(c) {
            Some(base) => out.push(base),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// True when `a` and `b` are equal after [`fold`].
pub fn same(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

fn strip_accent(c: char) -> Option<char> {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        _ => return None,
    };
    Some(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_spaces_underscores() {
        assert_eq!(fold("Directe tijd"), "directetijd");
        assert_eq!(fold("directe_tijd"), "directetijd");
        assert_eq!(fold("Cliënt"), "client");
        assert_eq!(fold("Niet-patiëntgebonden"), "nietpatientgebonden");
        assert_eq!(fold("Diëtist"), "dietist");
        assert!(same("Consult behandeling", "consult_behandeling"));
        assert!(!same("Duurtje", "duur"));
    }
}
