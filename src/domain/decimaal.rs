//! The number convention of a column (SPEC 5.2): which sign is the decimal one, and how the
//! convention applied to one column of one input file is reported.

/// The decimal sign of a column; the other sign (and spaces) may group thousands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Decimaal {
    /// `62.346,50`: a decimal comma, `.` groups thousands.
    Komma,
    /// `62,346.50`: a decimal point, `,` groups thousands.
    Punt,
}

impl Decimaal {
    /// Reads the profile's `decimaal` value: `komma` or `punt` (also `,` and `.`).
    pub fn parse(s: &str) -> Option<Decimaal> {
        match s.trim().to_lowercase().as_str() {
            "komma" | "," | "comma" => Some(Decimaal::Komma),
            "punt" | "." | "point" => Some(Decimaal::Punt),
            _ => None,
        }
    }

    /// The decimal sign.
    pub fn teken(self) -> char {
        match self {
            Decimaal::Komma => ',',
            Decimaal::Punt => '.',
        }
    }

    /// The sign that groups thousands.
    pub fn groep(self) -> char {
        match self {
            Decimaal::Komma => '.',
            Decimaal::Punt => ',',
        }
    }

    /// The profile's word for it.
    pub fn woord(self) -> &'static str {
        match self {
            Decimaal::Komma => "komma",
            Decimaal::Punt => "punt",
        }
    }
}

/// How a column's convention was decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GetalBron {
    /// A value of the column shows it: its line and the value as written.
    Bewezen(usize, String),
    /// The profile's `decimaal`.
    Profiel,
}

/// The number convention applied to one column of one input file, for the run's report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetalConventie {
    /// The file as given.
    pub bestand: String,
    /// The column as the file heads it.
    pub kolom: String,
    /// The convention applied.
    pub decimaal: Decimaal,
    /// How it was decided.
    pub bron: GetalBron,
    /// Values read with it.
    pub waarden: usize,
}

impl GetalConventie {
    /// English, for stderr: `begroting.csv: column "Bedrag": decimal comma (line 3: "1.234,50"), 24 values`.
    pub fn en(&self) -> String {
        let wat = match self.decimaal {
            Decimaal::Komma => "decimal comma, '.' groups thousands",
            Decimaal::Punt => "decimal point, ',' groups thousands",
        };
        let hoe = match &self.bron {
            GetalBron::Bewezen(r, w) => format!("shown by line {r}: \"{w}\""),
            GetalBron::Profiel => format!("the profile's decimaal = \"{}\"", self.decimaal.woord()),
        };
        format!(
            "{}: column \"{}\": {wat} ({hoe}); {} values",
            self.bestand, self.kolom, self.waarden
        )
    }

    /// Dutch, for the workbook: `begroting.csv, kolom "Bedrag": decimaalkomma (bewezen door regel 3: "1.234,50")`.
    pub fn nl(&self) -> String {
        let wat = match self.decimaal {
            Decimaal::Komma => "decimaalkomma, punt scheidt duizendtallen",
            Decimaal::Punt => "decimaalpunt, komma scheidt duizendtallen",
        };
        let hoe = match &self.bron {
            GetalBron::Bewezen(r, w) => format!("blijkt uit regel {r}: \"{w}\""),
            GetalBron::Profiel => format!("profiel: decimaal = \"{}\"", self.decimaal.woord()),
        };
        format!("{}, kolom \"{}\": {wat} ({hoe})", self.bestand, self.kolom)
    }
}
