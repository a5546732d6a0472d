//! Safe file and sheet names from input names (SPEC 4): no `..`, no separators, no reserved
//! Windows names, sheet names of at most 31 characters, and distinct after sanitising.

use std::collections::HashSet;

const RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A file-name stem for `name`: characters outside letters, digits, space, `-`, `_` and `.`
/// become `_`; leading dots and trailing dots/spaces are dropped; reserved device names get a
/// `_` suffix; empty becomes `_`; at most 80 characters.
pub fn file_stem(name: &str) -> String {
    let mut s: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    s = s
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' '])
        .to_string();
    if s.is_empty() {
        s.push('_');
    }
    let base = s.split('.').next().unwrap_or("").to_ascii_lowercase();
    if RESERVED.contains(&base.as_str()) {
        s.push('_');
    }
    s
}

/// A sheet name for `name`: `[]:*?/\` become `_`, no leading or trailing `'`, at most 31
/// characters, never empty, never the reserved `History`.
pub fn sheet_name(name: &str) -> String {
    let mut s: String = name
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    s = s.trim_matches('\'').trim().to_string();
    if s.is_empty() || s.eq_ignore_ascii_case("history") {
        s = format!("_{s}");
    }
    s.chars().take(31).collect()
}

/// Makes names distinct (case-insensitively, as Excel and some file systems compare them)
/// by adding ` (2)`, ` (3)`, … within `max_chars`.
#[derive(Debug, Default)]
pub struct Unique {
    seen: HashSet<String>,
}

impl Unique {
    /// A fresh set; `reserved` names count as taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Unique {
            seen: reserved.iter().map(|s| s.to_lowercase()).collect(),
        }
    }

    /// `name`, or `name (n)` shortened to `max_chars`, whichever is not yet taken.
    pub fn take(&mut self, name: &str, max_chars: usize) -> String {
        let mut candidate: String = name.chars().take(max_chars).collect();
        let mut n = 2;
        while !self.seen.insert(candidate.to_lowercase()) {
            let suffix = format!(" ({n})");
            let keep = max_chars.saturating_sub(suffix.chars().count());
            candidate = name.chars().take(keep).collect::<String>() + &suffix;
            n += 1;
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_become_safe_and_distinct() {
        assert_eq!(file_stem("../x"), "_x");
        assert_eq!(file_stem("a/b"), "a_b");
        assert_eq!(file_stem("CON"), "CON_");
        assert_eq!(file_stem(".."), "_");
        assert_eq!(file_stem(""), "_");
        assert_eq!(sheet_name("a/b:c"), "a_b_c");
        assert_eq!(sheet_name(&"x".repeat(40)).chars().count(), 31);
        let mut u = Unique::default();
        let long = "Team Noord-Holland Forensisch Ambulant";
        let a = u.take(&sheet_name(long), 31);
        let b = u.take(&sheet_name(long), 31);
        assert_ne!(a, b);
        assert!(b.chars().count() <= 31 && b.ends_with(" (2)"));
        assert_ne!(u.take("a_b", 31), u.take("A_B", 31));
    }
}
