//! Loading the keten table into [`NormKeten`].

use crate::error::InputError;
use crate::input::reference::read_reference;
use crate::input::table::Column;
use crate::input::value::parse_number;
use crate::rules::keten::NormKeten;
use std::path::Path;
const COLUMNS: [Column; 3] = [
    Column::required("instelling", &["naam"]),
    Column::required("waarde", &[]),
    Column::optional("bron", &[]),
];

impl NormKeten {
    /// Reads `instelling, waarde, bron`; every setting must be present.
    pub fn load(name: &str, text: Option<&str>, path: Option<&Path>) -> Result<Self, InputError> {
        let file = path
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| name.to_string());
        let mut k = NormKeten {
            netto_uren_fulltime: f64::NAN,
            fulltime_uren: f64::NAN,
            productief: f64::NAN,
            verzuim: f64::NAN,
            ondergrens: f64::NAN,
            bovengrens: f64::NAN,
            bron: None,
        };
        let bron = read_reference(name, text, path, &COLUMNS, |line, get| {
            let naam = get(0).unwrap_or_default();
            let v = get(1)
                .and_then(parse_number)
                .filter(|v| *v >= 0.0)
                .ok_or_else(|| {
                    InputError::at(
                        &file,
                        line,
                        Some("waarde".into()),
                        format!("expected a number ≥ 0, found \"{}\"", get(1).unwrap_or("")),
                    )
                })?;
            let slot = match crate::domain::fold::fold(naam).as_str() {
                "nettourenfulltime" => &mut k.netto_uren_fulltime,
                "fulltimeurenperweek" => &mut k.fulltime_uren,
                "productievenorm" => &mut k.productief,
                "verzuim" => &mut k.verzuim,
                "signaalondergrens" => &mut k.ondergrens,
                "signaalbovengrens" => &mut k.bovengrens,
                _ => {
                    return Err(InputError::at(
                        &file,
                        line,
                        Some("instelling".into()),
                        format!(
                            "unknown setting \"{naam}\"; expected netto_uren_fulltime, fulltime_uren_per_week, productieve_norm, verzuim, signaal_ondergrens or signaal_bovengrens"
                        ),
                    ));
                }
            };
            *slot = v;
            Ok(())
        })?;
        if [
            k.netto_uren_fulltime,
            k.fulltime_uren,
            k.productief,
            k.verzuim,
            k.ondergrens,
            k.bovengrens,
        ]
        .iter()
        .any(|v| v.is_nan())
            || k.fulltime_uren == 0.0
        {
            return Err(InputError::file(
                &file,
                "every setting of the norm chain must be given (and fulltime_uren_per_week > 0)",
            ));
        }
        k.bron = Some(bron);
        Ok(k)
    }
}
