//! NZa maximum (or contract) tariffs as data (SPEC 1.4): `templates/tarieven/<jaar>.csv` or
//! an organisation's own table. Lookup: exact beroepscategorie beats `*`; among those,
//! exact setting beats `*`. Revenue is in euro cents, with `--contract-percentage` applied
//! per tariff and rounded to the cent (half away from zero).

use crate::domain::activiteit::Prestatie;
use rustc_hash::FxHashMap as HashMap;
use std::fmt;
use std::path::Path;

use crate::domain::beroepscategorie::Beroepscategorie;
use crate::domain::bron::Bron;
use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::table::Column;
use crate::rules::reference::read_reference;
/// The key of one tariff: what a prestatie is priced by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TariefKey {
    /// Tariff year (the activity's year).
    pub jaar: i32,
    /// The prestatie.
    pub prestatie: Prestatie,
    /// Setting 1–8, or `None` for `*`.
    pub setting: Option<u8>,
    /// Beroepscategorie, or `None` for `*`.
    pub categorie: Option<Beroepscategorie>,
    /// `diagnostiek`/`behandeling`/`kort`/`lang`/`ggz`/`fz`, or empty.
    pub soort: &'static str,
    /// Class bound, group size, or reistijd bound; `None` when empty.
    pub klasse: Option<u16>,
}

impl fmt::Display for TariefKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let star = |o: Option<String>| o.unwrap_or_else(|| "*".into());
        write!(
            f,
            "{} {} setting {} {}",
            self.jaar,
            self.prestatie.code(),
            star(self.setting.map(|s| s.to_string())),
            star(self.categorie.map(|c| c.code().to_string())),
        )?;
        if !self.soort.is_empty() {
            write!(f, " {}", self.soort)?;
        }
        if let Some(k) = self.klasse {
            write!(f, " klasse {k}")?;
        }
        Ok(())
    }
}

/// The `type` values a tariff or norm row may carry.
pub const SOORTEN: [&str; 6] = ["diagnostiek", "behandeling", "kort", "lang", "ggz", "fz"];

/// Parses a `type` cell to its canonical static text (empty for none).
pub fn parse_soort(s: Option<&str>) -> Option<&'static str> {
    match s {
        None => Some(""),
        Some(t) => {
            let f = fold(t);
            SOORTEN.into_iter().find(|x| *x == f)
        }
    }
}

/// Parses euros with a decimal point (or comma) into cents, exactly: `35.56` → 3556.
pub fn parse_cents(s: &str) -> Option<i64> {
    let t = s.trim().replace(',', ".");
    let (neg, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, t),
    };
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
        || whole.len() > 12
    {
        return None;
    }
    let w: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let f: i64 = format!("{frac:0<2}").parse().ok()?;
    let v = w * 100 + f;
    Some(if neg { -v } else { v })
}

/// One tariff row as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TariefRij {
    /// The tariff in cents (before the contract percentage).
    pub cents: i64,
    /// Its source: a URL or `voorbeeld`.
    pub bron: String,
}

/// The tariff table of every loaded year.
#[derive(Debug, Clone)]
pub struct Tarieven {
    rows: HashMap<TariefKey, TariefRij>,
    /// Contract percentage in hundredths of a percent (10000 = 100%).
    pub contract_basispunten: i64,
    /// Where the rows came from.
    pub bronnen: Vec<Bron>,
}

impl Default for Tarieven {
    fn default() -> Self {
        Tarieven {
            rows: HashMap::default(),
            contract_basispunten: 10_000,
            bronnen: Vec::new(),
        }
    }
}

const COLUMNS: [Column; 8] = [
    Column::required("jaar", &[]),
    Column::required("prestatie", &[]),
    Column::required("setting", &[]),
    Column::required("beroepscategorie", &[]),
    Column::required("type", &["soort"]),
    Column::required("klasse", &[]),
    Column::required("tarief", &[]),
    Column::required("bron", &[]),
];

impl Tarieven {
    /// Adds a tariff table; two rows with the same key (also across files) are an error.
    pub fn load(
        &mut self,
        name: &str,
        text: Option<&str>,
        path: Option<&Path>,
    ) -> Result<(), InputError> {
        let file = path
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| name.to_string());
        let rows = &mut self.rows;
        let bron = read_reference(name, text, path, &COLUMNS, |line, get| {
            let bad = |col: &str, expected: &str| {
                let found = COLUMNS
                    .iter()
                    .position(|c| c.name == col)
                    .and_then(get)
                    .unwrap_or("");
                InputError::at(
                    &file,
                    line,
                    Some(col.into()),
                    format!("expected {expected}, found \"{found}\""),
                )
            };
            let jaar: i32 = get(0)
                .and_then(|s| s.parse().ok())
                .filter(|y| (2000..=2100).contains(y))
                .ok_or_else(|| bad("jaar", "a year such as 2022"))?;
            let prestatie = get(1).and_then(Prestatie::from_code).ok_or_else(|| {
                bad(
                    "prestatie",
                    "consult, groepsconsult, intercollegiaal_overleg or toeslag_reistijd",
                )
            })?;
            let setting = match get(2) {
                Some("*") => None,
                s => Some(
                    s.and_then(|s| s.parse::<u8>().ok())
                        .filter(|s| (1..=8).contains(s))
                        .ok_or_else(|| bad("setting", "a setting 1-8 or *"))?,
                ),
            };
            let categorie = match get(3) {
                Some("*") => None,
                s => Some(
                    s.and_then(Beroepscategorie::from_code)
                        .ok_or_else(|| bad("beroepscategorie", "a beroepscategorie code or *"))?,
                ),
            };
            let soort = parse_soort(get(4)).ok_or_else(|| {
                bad(
                    "type",
                    "diagnostiek, behandeling, kort, lang, ggz, fz or empty",
                )
            })?;
            let klasse = match get(5) {
                None => None,
                Some(s) => Some(
                    s.parse::<u16>()
                        .map_err(|_| bad("klasse", "whole minutes or a group size"))?,
                ),
            };
            let cents = get(6)
                .and_then(parse_cents)
                .filter(|c| *c >= 0)
                .ok_or_else(|| bad("tarief", "euros with a decimal point, such as 120.99"))?;
            let bron = get(7).unwrap_or_default().to_string();
            let key = TariefKey {
                jaar,
                prestatie,
                setting,
                categorie,
                soort,
                klasse,
            };
            if rows.insert(key, TariefRij { cents, bron }).is_some() {
                return Err(InputError::at(
                    &file,
                    line,
                    None,
                    format!("a second row with the same key ({key})"),
                ));
            }
            Ok(())
        })?;
        self.bronnen.push(bron);
        Ok(())
    }

    /// The years that have at least one row.
    pub fn jaren(&self) -> Vec<i32> {
        let mut j: Vec<i32> = self.rows.keys().map(|k| k.jaar).collect();
        j.sort_unstable();
        j.dedup();
        j
    }

    /// The most specific row for `key` (whose setting and categorie are exact values).
    pub fn rij(&self, key: &TariefKey) -> Option<&TariefRij> {
        let cats = [key.categorie, None];
        let sets = [key.setting, None];
        for c in cats {
            for s in sets {
                let k = TariefKey {
                    categorie: c,
                    setting: s,
                    ..*key
                };
                if let Some(r) = self.rows.get(&k) {
                    return Some(r);
                }
                if key.setting.is_none() {
                    break;
                }
            }
            if key.categorie.is_none() {
                break;
            }
        }
        None
    }

    /// The price of one prestatie in cents after the contract percentage (rounded half away
    /// from zero), or `None` when no row matches.
    pub fn prijs(&self, key: &TariefKey) -> Option<i64> {
        self.rij(key).map(|r| self.met_contract(r.cents))
    }

    /// Applies the contract percentage to a tariff in cents.
    pub fn met_contract(&self, cents: i64) -> i64 {
        let num = cents * self.contract_basispunten;
        let q = num / 10_000;
        let r = num % 10_000;
        if r.abs() * 2 >= 10_000 {
            q + num.signum()
        } else {
            q
        }
    }

    /// An iterator over every row (for reports).
    pub fn rows(&self) -> impl Iterator<Item = (&TariefKey, &TariefRij)> {
        self.rows.iter()
    }
}

#[cfg(test)]
#[path = "tarieven_tests.rs"]
mod tests;
