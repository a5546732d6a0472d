//! The synthetic EPD export (SPEC 2.1) in the Dutch dialect: UTF-8 with BOM, `;`, decimal
//! comma, DD-MM-YYYY, `-` for empty. About 65 rows per behandelaar per month on the weekdays
//! the person is in dienst, with about 0.3% bad rows of the kinds SPEC 2.1 rejects.
//!
//! Each behandelaar has its own random stream, so people are generated in parallel; the file
//! lists month by month, person by person, date by date. The last column, `Financier`, comes
//! from a second stream per behandelaar (see `financier`), so every other cell is what it was
//! before that column existed.

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;

use crate::domain::periode::Periode;
use crate::synth::datum_bytes;
use crate::synth::financier::{FinStroom, N};
use crate::synth::organisatie::{SynthPersoon, categorie};
use crate::synth::rij::Rij;
use crate::synth::rng::Rng;

/// The header line, with the BOM; the headers fold to the SPEC 2.1 names and aliases.
pub const KOP: &str = "\u{feff}Medewerker;Datum;Activiteit;Directe tijd;Geplande tijd;Cliënt;\
                       Groepsgrootte;Setting;Reistijd;Financier\n";

/// Rows per month for the mean contract (29.2 hours) at mean workload, before the
/// share of the month in dienst and the vrijstelling.
const RIJEN_PER_MAAND: f64 = 67.0;
/// The mean contract hours of the synthetic staff.
const GEMIDDELDE_UREN: f64 = 29.2;
/// Bad rows per mille.
const SLECHT_PROMILLE: u32 = 3;
/// How busy a person is relative to the mean (spreads the productivity signal).
const WERKDRUK: [(f64, u32); 5] = [(0.8, 20), (0.9, 20), (1.0, 25), (1.15, 20), (1.3, 15)];

/// The generated rows: one byte block per person and month.
#[derive(Debug, Default)]
pub struct Blokken {
    /// `[persoon][maand]` → the rows as bytes.
    per_persoon: Vec<Vec<Vec<u8>>>,
    /// Number of months.
    maanden: usize,
    /// Data rows in all blocks.
    pub rijen: usize,
    /// Of which bad on purpose.
    pub slecht: usize,
    /// Estimated revenue at the demo tariffs, `[year offset][financier]` (good rows with a
    /// financier only).
    pub omzet: Vec<[f64; N]>,
}

impl Blokken {
    /// The blocks in file order: month by month, person by person.
    pub fn in_volgorde(&self) -> impl Iterator<Item = &[u8]> + '_ {
        (0..self.maanden).flat_map(move |m| self.per_persoon.iter().map(move |p| &p[m][..]))
    }

    /// Total bytes of all blocks.
    pub fn bytes(&self) -> usize {
        self.per_persoon.iter().flatten().map(Vec::len).sum()
    }
}

/// The weekdays of one month, as dates and as `DD-MM-YYYY` bytes.
struct Maand {
    dagen: Vec<(NaiveDate, [u8; 10])>,
    ongeldig: [u8; 10],
    /// The year, and its offset from the period's first year.
    jaar: (i32, usize),
}

/// Generates every person's rows over `periode`.
pub fn genereer(seed: u64, personen: &[SynthPersoon], periode: &Periode) -> Blokken {
    let maanden: Vec<Maand> = periode
        .maandlijst()
        .iter()
        .map(|m| {
            let dagen = m
                .van
                .iter_days()
                .take_while(|d| *d <= m.tot)
                .filter(|d| d.weekday().number_from_monday() <= 5)
                .map(|d| (d, datum_bytes(d)))
                .collect();
            let mut ongeldig = datum_bytes(m.van);
            ongeldig[..5].copy_from_slice(b"31-02");
            let jaar = (m.van.year(), (m.van.year() - periode.van.year()) as usize);
            Maand {
                dagen,
                ongeldig,
                jaar,
            }
        })
        .collect();
    // Each team's index range (teams are contiguous), for clients shared with colleagues.
    let mut team_van = vec![usize::MAX; personen.iter().map(|p| p.team + 1).max().unwrap_or(0)];
    let mut team_tot = vec![0; team_van.len()];
    for (i, p) in personen.iter().enumerate() {
        team_van[p.team] = team_van[p.team].min(i);
        team_tot[p.team] = i + 1;
    }
    let jaren = (periode.tot.year() - periode.van.year() + 1) as usize;
    let per_persoon: Vec<(Vec<Vec<u8>>, usize, usize, FinStroom)> = personen
        .par_iter()
        .enumerate()
        .map(|(i, p)| {
            let team = (team_van[p.team], team_tot[p.team]);
            let cat = categorie(p.beroep).filter(|_| p.declarabel);
            let mut fin = FinStroom::new(seed, i, cat, jaren);
            let (blok, rijen, slecht) = persoon(seed, i, p, team, &maanden, &mut fin);
            (blok, rijen, slecht, fin)
        })
        .collect();
    let mut b = Blokken {
        maanden: maanden.len(),
        omzet: vec![[0.0; N]; jaren],
        ..Blokken::default()
    };
    for (blok, rijen, slecht, fin) in per_persoon {
        b.rijen += rijen;
        b.slecht += slecht;
        b.per_persoon.push(blok);
        for (som, per_fin) in b.omzet.iter_mut().zip(&fin.omzet) {
            for (s, x) in som.iter_mut().zip(per_fin) {
                *s += x;
            }
        }
    }
    b
}

/// A pseudonymous client id for client number `raw` (a bijection below 999,983).
pub(super) fn client_id(raw: u64) -> u64 {
    const P: u64 = 999_983;
    if raw < P {
        (raw * 4_999) % P + 1
    } else {
        raw + 1
    }
}

/// One person's rows, per month; also the row count and bad-row count.
fn persoon(
    seed: u64,
    idx: usize,
    p: &SynthPersoon,
    team: (usize, usize),
    maanden: &[Maand],
    fin: &mut FinStroom,
) -> (Vec<Vec<u8>>, usize, usize) {
    let mut rng = Rng::stream(seed, idx as u64);
    let caseload = u64::from(rng.range(20, 40));
    let netto = 1569.0 * p.uren / 36.0;
    let vrij = (1.0 - f64::from(p.vrijstelling) / netto).max(0.3);
    let werkdruk = rng.weighted(&WERKDRUK);
    let mut rijen = 0;
    let mut slecht = 0u32;
    let mut dagen_idx: Vec<u16> = Vec::new();
    let blokken = maanden
        .iter()
        .map(|m| {
            let dagen: Vec<&(NaiveDate, [u8; 10])> = m
                .dagen
                .iter()
                .filter(|(d, _)| {
                    p.in_dienst.is_none_or(|v| *d >= v) && p.uit_dienst.is_none_or(|t| *d <= t)
                })
                .collect();
            if dagen.is_empty() {
                return Vec::new();
            }
            (fin.jaar, fin.jaar_idx) = m.jaar;
            let deel = dagen.len() as f64 / m.dagen.len() as f64;
            let jitter = 0.85 + 0.3 * rng.unit();
            let n = (RIJEN_PER_MAAND * p.uren / GEMIDDELDE_UREN * deel * vrij * werkdruk * jitter)
                .round();
            dagen_idx.clear();
            dagen_idx.extend((0..n as u32).map(|_| rng.below(dagen.len() as u32) as u16));
            dagen_idx.sort_unstable();
            let mut buf = Vec::with_capacity(dagen_idx.len() * 60);
            for &d in &dagen_idx {
                let mut r = Rij {
                    rng: &mut rng,
                    buf: &mut buf,
                    p,
                    datum: &dagen[d as usize].1,
                    caseload,
                    basis: idx as u64 * 40,
                    team,
                    fin: &mut *fin,
                    slecht: false,
                };
                if r.rng.per_mille(SLECHT_PROMILLE) {
                    // The kinds take turns, so that a small sample shows all of them.
                    r.slecht(&m.ongeldig, idx as u32 + slecht);
                    slecht += 1;
                } else {
                    r.goed();
                }
                rijen += 1;
            }
            buf
        })
        .collect();
    (blokken, rijen, slecht as usize)
}
