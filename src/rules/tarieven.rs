//! NZa maximum (or contract) tariffs as data (SPEC 1.4): `templates/tarieven/<jaar>.csv` or
//! an organisation's own table. Lookup: exact beroepscategorie beats `*`; among those,
//! exact setting beats `*`. Revenue is in euro cents, with `--contract-percentage` applied
//! per tariff and rounded to the cent (half away from zero).

use crate::domain::activiteit::Prestatie;
use rustc_hash::FxHashMap as HashMap;
use std::fmt;

use crate::domain::beroepscategorie::Beroepscategorie;
use crate::domain::bron::Bron;
use crate::domain::fold::fold;
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

/// A tariff in cents × a percentage in hundredths of a percent (10000 = 100%), rounded to the
/// cent half away from zero (SPEC 1.4, 7.2: each tariff is rounded before summing).
pub fn met_percentage(cents: i64, basispunten: i64) -> i64 {
    let num = cents * basispunten;
    let q = num / 10_000;
    let r = num % 10_000;
    if r.abs() * 2 >= 10_000 {
        q + num.signum()
    } else {
        q
    }
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
    /// The default contract percentage (`--contract-percentage`) in hundredths of a percent
    /// (10000 = 100%): for financiers and years without a contract row (SPEC 7.1).
    pub contract_basispunten: i64,
    /// Where the rows came from.
    pub bronnen: Vec<Bron>,
    /// Prestatiecodes learnt from the NZa lists (SPEC 6.2).
    pub codes: crate::rules::prestatiecode::Prestatiecodes,
    /// The number convention of each tariff file's `tarief` column (SPEC 5.2).
    pub getallen: Vec<crate::domain::decimaal::GetalConventie>,
}

impl Default for Tarieven {
    fn default() -> Self {
        Tarieven {
            rows: HashMap::default(),
            contract_basispunten: 10_000,
            bronnen: Vec::new(),
            codes: Default::default(),
            getallen: Vec::new(),
        }
    }
}

impl Tarieven {
    /// Adds one row; `false` (and nothing changed) when a row with the same key exists.
    pub fn voeg_toe(&mut self, key: TariefKey, rij: TariefRij) -> bool {
        match self.rows.entry(key) {
            std::collections::hash_map::Entry::Occupied(_) => false,
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(rij);
                true
            }
        }
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

    /// The maximum tariff of one prestatie in cents (SPEC 1.4), or `None` when no row matches.
    pub fn prijs(&self, key: &TariefKey) -> Option<i64> {
        self.rij(key).map(|r| r.cents)
    }

    /// An iterator over every row (for reports).
    pub fn rows(&self) -> impl Iterator<Item = (&TariefKey, &TariefRij)> {
        self.rows.iter()
    }
}
