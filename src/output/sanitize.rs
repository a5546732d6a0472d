//! Safe file and sheet names from input names (SPEC 4): no `..`, no separators, no reserved
//! Windows names, sheet names of at most 31 characters, and distinct after sanitising.
//!
//! A sheet name is stored in xl/workbook.xml as an ST_Xstring (ECMA-376 Part 1, 22.9.2.19),
//! in which `_xHHHH_` stands for the character U+HHHH: Excel shows a stored `Team_x0041_` as
//! `TeamA`. rust_xlsxwriter escapes such literals in cell text but writes sheet names as
//! given, so [`sheet_name`] returns the stored form, with the underscore of each literal
//! `_xHHHH_` escaped as `_x005F_`, and Excel shows the name itself.

use std::borrow::Cow;
use std::collections::HashSet;

const RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Most UTF-8 bytes in a file-name stem: file systems allow 255 bytes a name, and the
/// temporary name (`.<stem> (n).xlsx.zpm-tmp-<pid>-<n>`) needs room beside it.
pub const MAX_STEM_BYTES: usize = 120;

/// A file-name stem for `name`: characters outside letters, digits, space, `-`, `_` and `.`
/// become `_`; leading dots and trailing dots/spaces are dropped; reserved device names get a
/// `_` suffix; empty becomes `_`; at most 80 characters and [`MAX_STEM_BYTES`] bytes.
pub fn file_stem(name: &str) -> String {
    let mapped: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut s = fit(&mapped, 80, MAX_STEM_BYTES)
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

/// The longest prefix of `s` of at most `units` UTF-16 code units (Excel's measure of a
/// sheet name; never more characters) and at most `bytes` UTF-8 bytes.
pub fn fit(s: &str, units: usize, bytes: usize) -> &str {
    let (mut u, mut end) = (0usize, 0usize);
    for (i, c) in s.char_indices() {
        u += c.len_utf16();
        if u > units || i + c.len_utf8() > bytes {
            break;
        }
        end = i + c.len_utf8();
    }
    &s[..end]
}

/// True when an ST_Xstring escape `_xHHHH_` starts at byte `i` of `s`.
fn escape_at(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    b.len() >= i + 7
        && b[i] == b'_'
        && b[i + 1] == b'x'
        && b[i + 2..i + 6].iter().all(u8::is_ascii_hexdigit)
        && b[i + 6] == b'_'
}

/// `s` as an ST_Xstring: the underscore that starts a literal `_xHHHH_` becomes `_x005F_`,
/// so that a reader shows `s` itself (`Team_x0041_` is stored as `Team_x005F_x0041_`).
pub fn xstring(s: &str) -> Cow<'_, str> {
    if !(0..s.len()).any(|i| escape_at(s, i)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 12);
    for (i, c) in s.char_indices() {
        if escape_at(s, i) {
            out.push_str("_x005F");
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// A sheet name for `name`, as stored in the workbook: `[]:*?/\\` and control characters
/// become `_`, no leading or trailing `'` or white space, a literal `_xHHHH_` escaped (see
/// [`xstring`]), at most 31 UTF-16 units of that stored form (Excel's limit, which
/// rust_xlsxwriter checks on it), never empty, never the reserved `History`. Use the result
/// both to name the sheet and in references to it (charts, print titles).
pub fn sheet_name(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let mut s = trim_sheet(fit(&xstring(trim_sheet(&s)), 31, usize::MAX)).to_string();
    if s.is_empty() || s.eq_ignore_ascii_case("history") {
        s = format!("_{s}");
    }
    s
}

/// Drops leading and trailing `'` and white space (Excel refuses a sheet name that starts
/// or ends with `'`).
fn trim_sheet(s: &str) -> &str {
    s.trim_matches(|c: char| c == '\'' || c.is_whitespace())
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

    /// `name`, or `name (n)`, cut to `max` UTF-16 units and 128 bytes (see [`fit`]), whichever
    /// is not yet taken. `name` should already be a [`sheet_name`] or a [`file_stem`].
    pub fn take(&mut self, name: &str, max: usize) -> String {
        let mut candidate = trim_sheet(fit(name, max, 128)).to_string();
        if candidate.is_empty() {
            candidate.push('_');
        }
        let mut n = 2;
        while !self.seen.insert(candidate.to_lowercase()) {
            let suffix = format!(" ({n})");
            let keep = max.saturating_sub(suffix.len());
            candidate = trim_sheet(fit(name, keep, 128 - suffix.len())).to_string() + &suffix;
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

    #[test]
    fn a_literal_escape_is_escaped_in_sheet_names() {
        assert_eq!(sheet_name("Team_x0041_"), "Team_x005F_x0041_");
        assert_eq!(sheet_name("_x0041__x0042_"), "_x005F_x0041__x005F_x0042_");
        assert_eq!(sheet_name("a_x0041_x0042_"), "a_x005F_x0041_x005F_x0042_");
        for plain in [
            "Team_x41_",
            "Team_X0041_",
            "_x004G_",
            "_x0041",
            "Jan de Vries",
        ] {
            assert_eq!(sheet_name(plain), plain);
        }
        let long = sheet_name(&format!("{}_x0041_", "x".repeat(24)));
        assert!(long.encode_utf16().count() <= 31, "{long}");
        let mut u = Unique::default();
        assert_ne!(u.take(&long, 31), u.take(&long, 31));
    }

    #[test]
    fn names_excel_or_the_file_system_would_refuse_are_made_acceptable() {
        let ok = |s: &str| {
            s.encode_utf16().count() <= 31
                && !s.is_empty()
                && !s.starts_with('\'')
                && !s.ends_with('\'')
                && !s.contains(['[', ']', ':', '*', '?', '/', '\\'])
        };
        let hostile = [
            format!("{}'yy", "x".repeat(30)),
            "'  'abc".to_string(),
            "\u{1d4d0}".repeat(20),
            "\u{1f600}".repeat(40),
            format!("{}'", "a".repeat(31)),
            "''".to_string(),
            "x\u{1f600}".repeat(16),
        ];
        let mut u = Unique::default();
        for h in &hostile {
            let s = sheet_name(h);
            assert!(ok(&s), "{h:?} gave {s:?}");
            for _ in 0..3 {
                let t = u.take(&s, 31);
                assert!(ok(&t), "{h:?} gave {t:?}");
            }
        }
        for h in [
            "\u{6f22}".repeat(100),
            "\u{1d4d0}".repeat(100),
            "..".repeat(200),
        ] {
            let f = file_stem(&h);
            assert!(f.len() <= MAX_STEM_BYTES && !f.starts_with('.'), "{f}");
            let mut u = Unique::default();
            assert!(u.take(&f, 80).len() <= 128);
            assert!(u.take(&f, 80).ends_with(" (2)"));
        }
    }
}
