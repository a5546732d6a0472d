//! Reading the NZa's tariff list (SPEC 6.1): columns `Prestatie_code`, `Naam` and
//! `Maximum-tarief (in Euro)`, xlsx or CSV, recognised by those columns. Each `Naam` is
//! decoded with the phrase table ([`NzaNamen`]); rows that cannot be decoded, or that decode
//! to a key another row has, are listed and not used.

use std::path::Path;

use crate::domain::bron::Bron;
use crate::error::InputError;
use crate::input::mapping::Mapping;
use crate::input::reference::nza::namen::NzaNamen;
use crate::input::reference::sha256_file;
use crate::input::table::{Column, read_mapped};
use crate::input::value::{parse_date, parse_number};
use crate::rules::tarieven::{TariefRij, Tarieven};

/// The columns of the NZa layout, with their aliases (SPEC 6.1).
pub const COLUMNS: [Column; 5] = [
    Column::required("prestatie_code", &["prestatiecode", "code"]),
    Column::required("naam", &["omschrijving", "prestatie_omschrijving"]),
    Column::required(
        "maximum_tarief",
        &[
            "maximum-tarief (in euro)",
            "maximumtarief",
            "maximum_tarief_in_euro",
            "tarief",
        ],
    ),
    Column::optional("jaar", &[]),
    Column::optional("ingangsdatum", &[]),
];

/// A row of an NZa list that was not used, with its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NietGelezen {
    /// Line (CSV) or row (xlsx).
    pub regel: usize,
    /// The prestatiecode as written.
    pub code: String,
    /// The name as written.
    pub naam: String,
    /// Why it was not used.
    pub reden: String,
}

/// What loading one NZa list gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NzaVerslag {
    /// The file.
    pub bestand: String,
    /// Data rows read.
    pub regels: usize,
    /// Rows decoded and used.
    pub gebruikt: usize,
    /// Rows not used (undecodable or a key twice), in file order.
    pub niet_gelezen: Vec<NietGelezen>,
}

impl NzaVerslag {
    /// The lines for "Over dit rapport": the count, then every row not used with its line,
    /// code, name and reason.
    pub fn regels_tekst(&self) -> Vec<String> {
        let mut v = vec![format!(
            "NZa-lijst {}: {} van {} regels gelezen, {} niet gebruikt",
            self.bestand,
            self.gebruikt,
            self.regels,
            self.niet_gelezen.len()
        )];
        v.extend(self.niet_gelezen.iter().map(|n| {
            format!(
                "{} regel {}: {} \"{}\": {}",
                self.bestand, n.regel, n.code, n.naam, n.reden
            )
        }));
        v
    }
}

/// True when `path` holds a table in the NZa layout (its header has a code, a name and a
/// tariff column).
pub fn is_nza_lijst(path: &Path) -> bool {
    read_mapped(path, &COLUMNS, &Mapping::GEEN, |_| {}).is_ok()
}

/// A four-digit year 2022–2099 in the file name.
fn jaar_uit_naam(path: &Path) -> Option<i32> {
    let name = path.file_name()?.to_string_lossy().to_string();
    let b = name.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let w = &b[i..i + 4];
        let digit = |j: usize| j < b.len() && b[j].is_ascii_digit();
        let starts_word = i == 0 || !digit(i - 1);
        let whole = starts_word && !digit(i + 4);
        let y: i32 = std::str::from_utf8(w).ok()?.parse().ok()?;
        (whole && w.iter().all(u8::is_ascii_digit) && (2022..=2099).contains(&y)).then_some(y)
    })
}

/// A tariff as the NZa writes it: a number or text with a decimal comma, at most two
/// decimals (a third would mean a thousands separator or a typo: refused).
fn cents(s: &str) -> Option<i64> {
    let t: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '€')
        .collect();
    let v = parse_number(&t)?;
    let c = v * 100.0;
    ((c - c.round()).abs() < 1e-6 && c >= 0.0).then_some(c.round() as i64)
}

/// Loads an NZa list into `tarieven` (rows get `bron` = `NZa-lijst <file name> <code>`, and
/// each code is learnt for SPEC 6.2). `jaar` is the profile's year, used when the file has no
/// `Jaar` or `Ingangsdatum` column.
pub fn laad(
    path: &Path,
    jaar: Option<i32>,
    namen: &NzaNamen,
    tarieven: &mut Tarieven,
) -> Result<NzaVerslag, InputError> {
    let file = path.display().to_string();
    let short = path
        .file_name()
        .map_or_else(|| file.clone(), |n| n.to_string_lossy().to_string());
    let standaard_jaar = jaar.or_else(|| jaar_uit_naam(path));
    let mut verslag = NzaVerslag {
        bestand: file.clone(),
        ..Default::default()
    };
    let mut fout: Option<InputError> = None;
    let header = read_mapped(path, &COLUMNS, &Mapping::GEEN, |row| {
        if fout.is_some() || row.repeated_header {
            return;
        }
        verslag.regels += 1;
        let code = row.get(0).unwrap_or("").to_string();
        let naam = row.get(1).unwrap_or("").to_string();
        let niet = |reden: String| NietGelezen {
            regel: row.line,
            code: code.clone(),
            naam: naam.clone(),
            reden,
        };
        let rij_jaar = match (row.get(3), row.get(4)) {
            (Some(j), _) => j
                .trim()
                .parse::<i32>()
                .ok()
                .filter(|y| (2000..=2100).contains(y)),
            (None, Some(d)) => parse_date(d).map(|d| chrono::Datelike::year(&d)),
            (None, None) => standaard_jaar,
        };
        let Some(rij_jaar) = rij_jaar else {
            let (col, msg) = if row.get(3).is_some() || row.get(4).is_some() {
                ("jaar", "expected a year such as 2023 or a date".to_string())
            } else {
                (
                    "jaar",
                    "the list gives no year: add a Jaar or Ingangsdatum column, set `[tarieven] jaar` in the profile, or put the year in the file name (nza-tarieven-2023.xlsx)".to_string(),
                )
            };
            fout = Some(InputError::at(&file, row.line, Some(col.into()), msg));
            return;
        };
        let Some(c) = row.get(2).and_then(cents) else {
            let found = row.get(2).unwrap_or("");
            fout = Some(InputError::at(
                &file,
                row.line,
                Some("maximum_tarief".into()),
                format!(
                    "expected euros with at most two decimals, such as 135,89, found \"{found}\""
                ),
            ));
            return;
        };
        match namen.decodeer(&naam, rij_jaar) {
            Err(reden) => verslag.niet_gelezen.push(niet(reden)),
            Ok(key) => {
                let rij = TariefRij {
                    cents: c,
                    bron: format!("NZa-lijst {short} {code}"),
                };
                if tarieven.voeg_toe(key, rij) {
                    if !tarieven.codes.leer(&code, key) {
                        verslag.niet_gelezen.push(niet(format!(
                            "prestatiecode {code} staat in een eerder geladen lijst voor een andere prestatie; de code wordt gelezen zoals die lijst hem leest"
                        )));
                    }
                    verslag.gebruikt += 1;
                } else {
                    verslag.niet_gelezen.push(niet(format!(
                        "dezelfde sleutel als een andere regel ({key})"
                    )));
                }
            }
        }
    })?;
    if let Some(e) = fout {
        return Err(e);
    }
    if verslag.gebruikt == 0 {
        return Err(InputError::at(
            &file,
            header.line,
            Some("naam".into()),
            format!(
                "no row of this NZa list could be decoded ({} rows; the first: {}); extend the phrase table with --nza-namen",
                verslag.regels,
                verslag.niet_gelezen.first().map_or_else(
                    || "none".to_string(),
                    |n| format!("\"{}\": {}", n.naam, n.reden)
                )
            ),
        ));
    }
    tarieven.codes.lijst_geladen = true;
    tarieven.bronnen.push(Bron {
        naam: file,
        sha256: sha256_file(path).unwrap_or_default(),
        regels: verslag.regels,
    });
    Ok(verslag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_in_a_file_name_is_a_whole_four_digit_number() {
        assert_eq!(
            jaar_uit_naam(Path::new("/x/nza-tarieven-2023.xlsx")),
            Some(2023)
        );
        assert_eq!(
            jaar_uit_naam(Path::new("Tarieflijst_2025_v2.csv")),
            Some(2025)
        );
        assert_eq!(jaar_uit_naam(Path::new("lijst-120231.csv")), None);
        assert_eq!(jaar_uit_naam(Path::new("lijst.csv")), None);
    }

    #[test]
    fn tariffs_as_the_nza_writes_them() {
        assert_eq!(cents("135,89"), Some(13589));
        assert_eq!(cents("135.89"), Some(13589));
        assert_eq!(cents("€ 1.234,50"), Some(123450));
        assert_eq!(cents("1.234"), None, "three decimals: ambiguous, refused");
        assert_eq!(cents("-3,00"), None);
        assert_eq!(cents("n.v.t."), None);
    }
}
