//! The same rows in two files (SPEC 5.4): when `--epd` gets several files whose dates overlap,
//! a row of a later file that equals a row of an earlier file in every mapped field is
//! rejected as `dubbel`, copy for copy; equal rows inside one file are kept.
//!
//! Cheap by design: a single file never computes a key. With several files each accepted row
//! gets a 64-bit key (SipHash of its parsed fields, the client by its hash, and the texts of the
//! other mapped fields). The keys of the rows kept so far are held per key with the place of
//! each copy. A row of a later file is only looked up when its date lies in the earlier files'
//! span, and only a row whose key is found keeps its cells (to list it if it is rejected); the
//! decision is taken after the file is read, in file order, so it does not depend on the chunks.

use std::hash::Hasher;
use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;

use super::{Afwijzing, CLIENT, COLUMNS, EpdInvoer, Regel};
use crate::input::table::Row;

/// The first field of [`COLUMNS`] that a [`Regel`] does not hold as a parsed value (`status`
/// and every field after it are compared as read).
const ALS_GELEZEN: usize = 9;

/// The reason's category of a row rejected as a copy.
pub const DUBBEL: &str = "dubbel";

/// The key of an accepted row: equal keys mean equal rows in every mapped field.
/// `als_geschreven`: the date is keyed by its text as written (its day/month order is not yet
/// known), else by its value.
pub(super) fn sleutel(row: &Row<'_>, medewerker: u32, r: &Regel, als_geschreven: bool) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write_u32(medewerker);
    if als_geschreven {
        h.write(row.get(1).unwrap_or("").trim().as_bytes());
        h.write_u8(0xFF);
    } else {
        h.write_i32(r.datum.num_days_from_ce());
    }
    h.write_u8(r.soort as u8);
    for v in [r.directe_min, r.geplande_min, r.reistijd_min] {
        h.write_u64(v.to_bits());
    }
    h.write_u64(r.client);
    h.write_u16(r.groepsgrootte);
    h.write_u8(r.setting);
    for c in ALS_GELEZEN..COLUMNS.len() {
        match row.get(c) {
            None => h.write_u8(0),
            Some(s) => {
                h.write_u8(1);
                h.write(s.as_bytes());
                h.write_u8(0xFF);
            }
        }
    }
    h.finish()
}

/// An accepted row of a later file whose key an earlier file holds: kept aside until the
/// whole file is read.
#[derive(Debug)]
pub(super) struct Kandidaat {
    pub(super) sleutel: u64,
    pub(super) medewerker: u32,
    pub(super) regel: Regel,
    /// The mapped cells as read, less the client (for the rejection's listing).
    pub(super) velden: Vec<String>,
}

impl Kandidaat {
    /// A candidate from `row`.
    pub(super) fn new(row: &Row<'_>, sleutel: u64, medewerker: u32, regel: Regel) -> Self {
        Kandidaat {
            sleutel,
            medewerker,
            regel,
            velden: row
                .fields_except(COLUMNS.len(), CLIENT)
                .map(str::to_string)
                .collect(),
        }
    }
}

/// The rows kept from the files read so far: per key, the file and line of every copy.
#[derive(Debug, Default)]
pub struct Eerder {
    kopieen: FxHashMap<u64, Vec<(u16, u32)>>,
    span: Option<(NaiveDate, NaiveDate)>,
    /// Whether the keys of this file's rows must be kept (another file follows).
    pub(super) bewaar: bool,
}

impl Eerder {
    /// Whether an accepted row dated `d` must be looked up.
    pub(super) fn zoek(&self, d: NaiveDate) -> bool {
        self.span.is_some_and(|(a, b)| a <= d && d <= b)
    }

    /// Whether an earlier file holds a row with key `k`.
    pub(super) fn bevat(&self, k: u64) -> bool {
        self.kopieen.contains_key(&k)
    }

    /// Records the rows kept from file `bestand` (their keys and lines) and its date span.
    fn voeg_toe(
        &mut self,
        bestand: u16,
        sleutels: impl IntoIterator<Item = (u64, u32)>,
        span: Option<(NaiveDate, NaiveDate)>,
    ) {
        for (k, regel) in sleutels {
            self.kopieen.entry(k).or_default().push((bestand, regel));
        }
        self.span = samen(self.span, span);
    }

    /// After file `bestand` is read: rejects its candidates that copy rows of earlier files
    /// (the rejections join the file's others in line order), puts the others back among its
    /// accepted rows in line order, and records the file's rows for the files that follow.
    pub(super) fn na_bestand(
        &mut self,
        inv: &mut EpdInvoer,
        files: &[PathBuf],
        bestand: u16,
        kandidaten: Vec<Kandidaat>,
        mut sleutels: Vec<(u64, u32)>,
        span: Option<(NaiveDate, NaiveDate)>,
    ) {
        let naam = |b: u16| {
            files
                .get(b as usize)
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        };
        let (kept, dubbel) = self.beslis(kandidaten, &naam);
        if !dubbel.is_empty() {
            let eerste = inv.afwijzingen.partition_point(|a| a.bestand < bestand);
            inv.afwijzingen.extend(dubbel);
            inv.afwijzingen[eerste..].sort_by_key(|a| a.regel);
        }
        let mut geraakt = Vec::new();
        for k in kept {
            sleutels.push((k.sleutel, k.regel.regel));
            inv.per_medewerker[k.medewerker as usize].push(k.regel);
            geraakt.push(k.medewerker as usize);
        }
        geraakt.sort_unstable();
        geraakt.dedup();
        for m in geraakt {
            let v = &mut inv.per_medewerker[m];
            let start = v.partition_point(|r| r.bestand < bestand);
            v[start..].sort_by_key(|r| r.regel);
        }
        if self.bewaar {
            self.voeg_toe(bestand, sleutels, span);
        }
    }

    /// Decides the candidates of one file, in file order: the n-th copy of a key in this
    /// file is rejected while the earlier files hold more than n copies of it (naming the
    /// n-th), else kept. Returns the kept candidates and the rejections.
    fn beslis(
        &self,
        kandidaten: Vec<Kandidaat>,
        naam: &dyn Fn(u16) -> String,
    ) -> (Vec<Kandidaat>, Vec<Afwijzing>) {
        let mut gebruikt: FxHashMap<u64, usize> = FxHashMap::default();
        let (mut kept, mut weg) = (Vec::new(), Vec::new());
        for k in kandidaten {
            let n = gebruikt.entry(k.sleutel).or_default();
            match self.kopieen.get(&k.sleutel).and_then(|v| v.get(*n)) {
                Some(&(b, regel)) => {
                    *n += 1;
                    weg.push(Afwijzing {
                        bestand: k.regel.bestand,
                        regel: k.regel.regel,
                        datum: Some(k.regel.datum),
                        soort: DUBBEL,
                        reden: format!("dubbel: ook in {} regel {regel}", naam(b)),
                        velden: k.velden,
                    });
                }
                None => kept.push(k),
            }
        }
        (kept, weg)
    }
}

/// The union of two date spans.
pub(super) fn samen(
    a: Option<(NaiveDate, NaiveDate)>,
    b: Option<(NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate)> {
    match (a, b) {
        (None, s) | (s, None) => s,
        (Some((a, b)), Some((c, e))) => Some((a.min(c), b.max(e))),
    }
}
