//! The reference tables (SPEC 2.5): embedded in the binary from `templates/`, each
//! replaceable (or, for beroepen, extendable) by a file. Each table records its source and
//! SHA-256 so that a report can say which figures it used. The loaders of the tables live
//! beside this file, one per table.

pub mod beroepen;
pub mod keten;
pub mod kliniek;
pub mod normen;
pub mod nza;
pub mod tarieven;

use crate::domain::bron::Bron;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::error::InputError;
use crate::input::csv_reader;
use crate::input::table::{Column, read_table};
use crate::rules::Referentie;
use crate::rules::beroep::Beroepen;
use crate::rules::keten::NormKeten;
use crate::rules::normen::Normen;
use crate::rules::tarieven::Tarieven;

/// The embedded tariff tables, one per year (`templates/tarieven/<jaar>.csv`).
pub const TARIEVEN: [(&str, &str); 4] = [
    (
        "templates/tarieven/2022.csv",
        include_str!("../../../templates/tarieven/2022.csv"),
    ),
    (
        "templates/tarieven/2023.csv",
        include_str!("../../../templates/tarieven/2023.csv"),
    ),
    (
        "templates/tarieven/2024.csv",
        include_str!("../../../templates/tarieven/2024.csv"),
    ),
    (
        "templates/tarieven/2025.csv",
        include_str!("../../../templates/tarieven/2025.csv"),
    ),
];
/// The embedded norm table of normative indirect time.
pub const NORMTIJDEN: (&str, &str) = (
    "templates/normtijden.csv",
    include_str!("../../../templates/normtijden.csv"),
);
/// The embedded beroep → beroepscategorie mapping.
pub const BEROEPEN: (&str, &str) = (
    "templates/beroepen.csv",
    include_str!("../../../templates/beroepen.csv"),
);
/// The embedded productivity norm chain (1569 h, 85%, 5%, thresholds).
pub const PRODUCTIVITEITSNORM: (&str, &str) = (
    "templates/productiviteitsnorm.csv",
    include_str!("../../../templates/productiviteitsnorm.csv"),
);
/// The embedded kliniek norms (columns only: no public figures exist).
pub const KLINIEK_NORMEN: (&str, &str) = (
    "templates/kliniek-normen.csv",
    include_str!("../../../templates/kliniek-normen.csv"),
);

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Lowercase hex SHA-256 of a file's bytes, or `None` when it cannot be read.
pub fn sha256_file(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|b| sha256_hex(&b))
}

/// Reads one reference table, from embedded `text` or from `path`, and calls `on_row` with
/// the 1-based line and a getter for the expected columns (trimmed, `None` when empty).
/// The first row error stops the table: reference tables must be clean.
pub fn read_reference<F>(
    name: &str,
    text: Option<&str>,
    path: Option<&Path>,
    columns: &[Column],
    mut on_row: F,
) -> Result<Bron, InputError>
where
    F: for<'r> FnMut(usize, &'r dyn Fn(usize) -> Option<&'r str>) -> Result<(), InputError>,
{
    let mut first_err: Option<InputError> = None;
    let mut regels = 0usize;
    let mut handle = |row: &crate::input::table::Row<'_>| {
        regels += 1;
        if first_err.is_some() {
            return;
        }
        if row.repeated_header {
            return;
        }
        let get = |c: usize| row.get(c);
        if let Err(e) = on_row(row.line, &get) {
            first_err = Some(e);
        }
    };
    let (label, hash) = match (text, path) {
        (_, Some(p)) => {
            let bytes = std::fs::read(p).map_err(|e| {
                InputError::file(
                    p.display().to_string(),
                    format!("cannot read the file: {e}"),
                )
            })?;
            read_table(p, columns, None, &mut handle)?;
            (p.display().to_string(), sha256_hex(&bytes))
        }
        (Some(t), None) => {
            csv_reader::read_str(name, t, columns, &mut handle)?;
            (format!("ingebouwd: {name}"), sha256_hex(t.as_bytes()))
        }
        (None, None) => return Err(InputError::file(name, "no table given")),
    };
    match first_err {
        Some(e) => Err(e),
        None => Ok(Bron {
            naam: label,
            sha256: hash,
            regels,
        }),
    }
}

impl Referentie {
    /// The embedded defaults.
    pub fn embedded() -> Result<Self, InputError> {
        let mut beroepen = Beroepen::default();
        beroepen.load(BEROEPEN.0, Some(BEROEPEN.1), None)?;
        let mut tarieven = Tarieven::default();
        for (name, text) in TARIEVEN {
            tarieven.load(name, Some(text), None)?;
        }
        let normen = Normen::load(NORMTIJDEN.0, Some(NORMTIJDEN.1), None)?;
        let keten = NormKeten::load(PRODUCTIVITEITSNORM.0, Some(PRODUCTIVITEITSNORM.1), None)?;
        Ok(Referentie {
            beroepen,
            tarieven,
            normen,
            keten,
        })
    }
}
