//! A column a reader expects: its field name, aliases and whether it is required.

use crate::domain::fold::fold;

/// One expected column of a header table.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The SPEC's name of the column (e.g. `directe_tijd`).
    pub name: &'static str,
    /// Other accepted header names (folded before comparison).
    pub aliases: &'static [&'static str],
    /// Whether a file without this column is unusable.
    pub required: bool,
    /// Sets of columns that stand in for a required column: when every column of one set is
    /// present, this one is not required (`directe_tijd`, or `begintijd` + `eindtijd`, or
    /// `prestatiecode`).
    pub tenzij: &'static [&'static [&'static str]],
}

impl Column {
    /// A required column.
    pub const fn required(name: &'static str, aliases: &'static [&'static str]) -> Self {
        Column {
            name,
            aliases,
            required: true,
            tenzij: &[],
        }
    }

    /// A column required unless every column of one set in `tenzij` is present.
    pub const fn required_unless(
        name: &'static str,
        aliases: &'static [&'static str],
        tenzij: &'static [&'static [&'static str]],
    ) -> Self {
        Column {
            name,
            aliases,
            required: true,
            tenzij,
        }
    }

    /// An optional column.
    pub const fn optional(name: &'static str, aliases: &'static [&'static str]) -> Self {
        Column {
            name,
            aliases,
            required: false,
            tenzij: &[],
        }
    }

    /// True when the header text `h` names this column.
    pub fn matches(&self, h: &str) -> bool {
        let f = fold(h);
        !f.is_empty() && (f == fold(self.name) || self.aliases.iter().any(|a| fold(a) == f))
    }
}
