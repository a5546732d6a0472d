//! The financiers named on EPD rows (SPEC 7.1): each chunk numbers the spellings it meets
//! ([`Spellingen`]); after the file, the numbers are mapped onto one list for the run, keyed
//! by [`crate::domain::financier::sleutel`] (`0101` and `101` are one financier), with the
//! spelling first seen. Number 0 is "(onbekend)", a row without a financier.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::Regel;
use super::deel::Deel;
use crate::domain::financier::{ONBEKEND, sleutel};

/// One financier of the run: its key and its name as first written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinancierNaam {
    /// The key it is matched by.
    pub sleutel: String,
    /// As the EPD first wrote it (`(onbekend)` for number 0).
    pub geschreven: String,
}

/// The spellings one chunk met, numbered from 1 in the order met.
#[derive(Debug, Default)]
pub(super) struct Spellingen {
    nummers: FxHashMap<String, u16>,
    lijst: Vec<String>,
}

impl Spellingen {
    /// The chunk's number of `cel` (0 for none); a chunk with more than 65,534 spellings
    /// numbers the rest 0 (they then count as "(onbekend)"; never seen in practice).
    pub(super) fn nummer(&mut self, cel: Option<&str>) -> u16 {
        let Some(c) = cel else {
            return 0;
        };
        if let Some(&n) = self.nummers.get(c) {
            return n;
        }
        if self.lijst.len() >= usize::from(u16::MAX) - 1 {
            return 0;
        }
        self.lijst.push(c.to_string());
        let n = self.lijst.len() as u16;
        self.nummers.insert(c.to_string(), n);
        n
    }
}

/// The run's list of financiers: "(onbekend)" first.
pub fn nieuwe_lijst() -> Vec<FinancierNaam> {
    vec![FinancierNaam {
        sleutel: sleutel(ONBEKEND),
        geschreven: ONBEKEND.to_string(),
    }]
}

/// Maps each chunk's numbers onto the run's `lijst` (adding financiers met first there, in
/// chunk order) and renumbers every row the chunks hold, the chunks on every core.
pub(super) fn voeg_samen(lijst: &mut Vec<FinancierNaam>, delen: &mut [Deel]) {
    let naar: Vec<Vec<u16>> = delen.iter().map(|d| nummering(lijst, d)).collect();
    delen
        .par_iter_mut()
        .zip(naar)
        .filter(|(_, naar)| !naar.is_empty())
        .for_each(|(deel, naar)| {
            let zet = |r: &mut Regel| r.financier = naar[usize::from(r.financier)];
            deel.per_medewerker.iter_mut().flatten().for_each(zet);
            deel.twijfel.iter_mut().for_each(|t| zet(&mut t.1));
            deel.kandidaten.iter_mut().for_each(|k| zet(&mut k.regel));
        });
}

/// The run's number of each of the chunk's numbers (empty when the chunk met none).
fn nummering(lijst: &mut Vec<FinancierNaam>, deel: &Deel) -> Vec<u16> {
    if deel.financiers.lijst.is_empty() {
        return Vec::new();
    }
    let mut naar = vec![0u16; deel.financiers.lijst.len() + 1];
    for (i, spelling) in deel.financiers.lijst.iter().enumerate() {
        let s = sleutel(spelling);
        naar[i + 1] = match lijst.iter().position(|f| f.sleutel == s) {
            Some(j) => j as u16,
            None if lijst.len() < usize::from(u16::MAX) => {
                lijst.push(FinancierNaam {
                    sleutel: s,
                    geschreven: spelling.clone(),
                });
                (lijst.len() - 1) as u16
            }
            None => 0,
        };
    }
    naar
}
