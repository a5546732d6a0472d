//! The contracten file (`--contracten FILE`, SPEC 7.1): per financier and year the contract
//! percentage of the maximum tariff, an optional omzetplafond and a display name. CSV or xlsx;
//! numbers follow their column's convention (SPEC 5.2). Two rows for one financier and year
//! are an error naming both lines.

use std::path::Path;

use crate::domain::decimaal::GetalConventie;
use crate::domain::financier::{Contract, Contracten, sleutel};
use crate::error::InputError;
use crate::input::getallen::KolomGetallen;
use crate::input::mapping::Mapping;
use crate::input::table::{Column, Header, read_mapped};

/// The columns of a contracten file, in this order.
pub const COLUMNS: [Column; 5] = [
    Column::required(
        "financier",
        &[
            "uzovi",
            "uzovi_code",
            "uzovicode",
            "zorgverzekeraar",
            "verzekeraar",
            "financier_code",
        ],
    ),
    Column::required("jaar", &["boekjaar", "contractjaar"]),
    Column::required(
        "percentage",
        &[
            "contractpercentage",
            "contract_percentage",
            "percentage_maximumtarief",
            "tariefpercentage",
        ],
    ),
    Column::optional(
        "plafond",
        &[
            "omzetplafond",
            "plafond_euro",
            "budgetplafond",
            "omzetplafond_euro",
        ],
    ),
    Column::optional(
        "naam",
        &["financier_naam", "naam_financier", "omschrijving"],
    ),
];

/// A contracten file as read.
#[derive(Debug, Clone, Default)]
pub struct ContractenInvoer {
    /// The contracts.
    pub contracten: Contracten,
    /// The number conventions applied (SPEC 5.2).
    pub getallen: Vec<GetalConventie>,
    /// The header as found.
    pub kop: Header,
    /// Data rows read.
    pub regels: u64,
}

impl ContractenInvoer {
    /// Reads `path` (the profile's top-level `decimaal` in `mapping` applies).
    pub fn read(path: &Path, mapping: &Mapping) -> Result<Self, InputError> {
        let file = path.display().to_string();
        let getallen = KolomGetallen::lees(path, &COLUMNS, mapping, &[2, 3], "")?;
        let mut c = Contracten {
            bestand: Some(file.clone()),
            ..Contracten::default()
        };
        let mut err: Option<InputError> = None;
        let mut regels = 0u64;
        let kop = read_mapped(path, &COLUMNS, mapping, |row| {
            if err.is_some() || row.repeated_header {
                return;
            }
            regels += 1;
            let fout = |kolom: &str, msg: String| {
                Some(InputError::at(&file, row.line, Some(kolom.into()), msg))
            };
            let Some(financier) = row.get(0) else {
                err = fout(
                    "financier",
                    "expected a financier (a name or UZOVI code)".into(),
                );
                return;
            };
            let jaar = row
                .get(1)
                .and_then(|j| getallen.getal(row, 1, j))
                .filter(|j| j.fract() == 0.0 && (2000.0..=2100.0).contains(j));
            let Some(jaar) = jaar else {
                err = fout(
                    "jaar",
                    format!(
                        "expected a year such as 2022, found \"{}\"",
                        row.get(1).unwrap_or("")
                    ),
                );
                return;
            };
            let tekst = row.get(2).unwrap_or("");
            let pct = row
                .get(2)
                .and_then(|p| getallen.getal(row, 2, p.trim_end_matches('%').trim()))
                .filter(|p| p.is_finite() && (0.0..=200.0).contains(p));
            let Some(pct) = pct else {
                err = fout(
                    "percentage",
                    format!(
                        "expected a percentage of the maximum tariff such as 92,5, found \"{tekst}\""
                    ),
                );
                return;
            };
            let plafond = match row.get(3) {
                None => None,
                Some(p) => match getallen
                    .getal(row, 3, p)
                    .filter(|v| v.is_finite() && *v >= 0.0)
                {
                    Some(v) => Some((v * 100.0).round() as i64),
                    None => {
                        err = fout(
                            "plafond",
                            format!(
                                "expected an amount in euros such as 1250000,00, found \"{p}\""
                            ),
                        );
                        return;
                    }
                },
            };
            let contract = Contract {
                financier: financier.to_string(),
                jaar: jaar as i32,
                percentage_bp: (pct * 100.0).round() as i64,
                plafond_cents: plafond,
                naam: row.get(4).map(str::to_string),
                regel: row.line,
            };
            let key = (sleutel(financier), jaar as i32);
            if let Some(eerder) = c.rijen.get(&key) {
                err = fout(
                    "financier",
                    format!(
                        "financier \"{financier}\" has two rows for {} (lines {} and {}); keep one row per financier and year",
                        key.1, eerder.regel, row.line
                    ),
                );
                return;
            }
            c.rijen.insert(key, contract);
        })?;
        if let Some(e) = err {
            return Err(e);
        }
        Ok(ContractenInvoer {
            contracten: c,
            getallen: getallen.getallen,
            kop,
            regels,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lees(text: &str) -> Result<ContractenInvoer, InputError> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("contracten.csv");
        std::fs::write(&p, text).unwrap();
        ContractenInvoer::read(&p, &Mapping::GEEN)
    }

    #[test]
    fn rows_by_financier_key_and_year() {
        let c = lees(
            "financier;jaar;percentage;plafond;naam\n\
             0101;2022;92,5;1250000,00;Zorgverzekeraar Noord\n\
             DJI;2022;100;;\n",
        )
        .unwrap();
        let noord = c.contracten.contract("101", 2022).unwrap();
        assert_eq!(noord.percentage_bp, 9_250);
        assert_eq!(noord.plafond_cents, Some(125_000_000));
        assert_eq!(noord.financier, "0101");
        assert_eq!(noord.naam.as_deref(), Some("Zorgverzekeraar Noord"));
        let dji = c.contracten.contract("dji", 2022).unwrap();
        assert_eq!((dji.percentage_bp, dji.plafond_cents), (10_000, None));
        assert_eq!(c.regels, 2);
    }

    #[test]
    fn two_rows_for_one_financier_and_year_name_both_lines() {
        let e = lees("financier,jaar,percentage\n0101,2022,90\n101,2022,95\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 3") && e.contains("lines 2 and 3"), "{e}");
    }

    #[test]
    fn a_bad_percentage_names_line_and_column() {
        let e = lees("financier;jaar;percentage\nDJI;2022;veel\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 2") && e.contains("percentage"), "{e}");
    }
}
