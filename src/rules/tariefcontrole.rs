//! A sanity check on the loaded tariff tables (issue 13): warnings, never errors, shown on
//! "Over dit rapport" and counted on stderr. A tariff table typed or decoded wrongly shows
//! itself in three ways:
//! - a cell more than 25% above or below the same key in the previous loaded year;
//! - a class whose tariff is lower than the class below it (same year, prestatie, setting,
//!   beroepscategorie and type);
//! - a groepsconsult whose tariff × group size (the session's revenue) varies by more than
//!   10% across the group sizes of one key.

use std::collections::BTreeMap;

use crate::domain::activiteit::Prestatie;
use crate::domain::beroepscategorie::Beroepscategorie;
use crate::rules::tarieven::{TariefKey, Tarieven};

/// Largest change of one cell from one loaded year to the next before it is flagged.
pub const MAX_JAARSPRONG: f64 = 0.25;
/// Largest spread of a groepsconsult's session revenue across group sizes (max / min − 1).
pub const MAX_GROEPSSPREIDING: f64 = 0.10;

fn euro(cents: i64) -> String {
    format!(
        "€ {}",
        crate::domain::number::nl_getal(cents as f64 / 100.0, 2)
    )
}

/// The key without year and class: the cells that form one series.
type Reeks = (
    Prestatie,
    Option<u8>,
    Option<Beroepscategorie>,
    &'static str,
);

/// The cells of one series in one year: (class, cents, key), by class.
type Klassen = Vec<(u16, i64, TariefKey)>;

fn reeks(k: &TariefKey) -> Reeks {
    (k.prestatie, k.setting, k.categorie, k.soort)
}

/// The warnings for `t`, in a fixed order (by key).
pub fn controleer(t: &Tarieven) -> Vec<String> {
    let mut rows: Vec<(TariefKey, i64)> = t.rows().map(|(k, r)| (*k, r.cents)).collect();
    rows.sort_by_key(|(k, _)| *k);
    let cells: BTreeMap<TariefKey, i64> = rows.iter().copied().collect();
    let mut out = Vec::new();
    let jaren = t.jaren();
    for (k, c) in &rows {
        let vorig = jaren.iter().rev().find(|j| **j < k.jaar);
        if let Some(&j) = vorig
            && let Some(&v) = cells.get(&TariefKey { jaar: j, ..*k })
            && v > 0
        {
            let sprong = *c as f64 / v as f64 - 1.0;
            if sprong.abs() > MAX_JAARSPRONG {
                out.push(format!(
                    "{k}: {} is {:+.0}% t.o.v. {j} ({}); controleer de tabel",
                    euro(*c),
                    sprong * 100.0,
                    euro(v)
                ));
            }
        }
    }
    // Classes within a series, per year.
    let mut series: BTreeMap<(i32, Reeks), Klassen> = BTreeMap::new();
    for (k, c) in &rows {
        if let Some(kl) = k.klasse {
            series
                .entry((k.jaar, reeks(k)))
                .or_default()
                .push((kl, *c, *k));
        }
    }
    for ((_, (prestatie, ..)), cells) in &series {
        if *prestatie == Prestatie::Groepsconsult {
            let sessie: Vec<f64> = cells
                .iter()
                .map(|(n, c, _)| *c as f64 * f64::from(*n))
                .collect();
            let (lo, hi) = sessie
                .iter()
                .fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(*x), b.max(*x)));
            if cells.len() > 1 && lo > 0.0 && hi / lo - 1.0 > MAX_GROEPSSPREIDING {
                let k = cells[0].2;
                out.push(format!(
                    "{} groepsconsult setting {} {}: tarief × groepsgrootte loopt van {} tot {} ({:.0}% verschil, meer dan {:.0}%); controleer de tabel",
                    k.jaar,
                    k.setting.map_or("*".into(), |s| s.to_string()),
                    k.categorie.map_or("*", |c| c.code()),
                    euro(lo.round() as i64),
                    euro(hi.round() as i64),
                    (hi / lo - 1.0) * 100.0,
                    MAX_GROEPSSPREIDING * 100.0
                ));
            }
            continue;
        }
        for w in cells.windows(2) {
            let ((ka, ca, _), (_, cb, key)) = (w[0], w[1]);
            if cb < ca {
                out.push(format!(
                    "{key}: {} is lager dan klasse {ka} ({}); controleer de tabel",
                    euro(cb),
                    euro(ca)
                ));
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "tariefcontrole_tests.rs"]
mod tests;
