//! The synthetic EPD export (SPEC 2.1) in the Dutch dialect: UTF-8 with BOM, `;`, decimal
//! comma, DD-MM-YYYY, `-` for empty. About 65 rows per behandelaar per month on the weekdays
//! the person is in dienst, with about 0.3% bad rows of the kinds SPEC 2.1 rejects.
//!
//! Each behandelaar has its own random stream, so people are generated in parallel; the file
//! lists month by month, person by person, date by date.

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;

use crate::rules::periode::Periode;
use crate::synth::cel::{self, Cel};
use crate::synth::datum_bytes;
use crate::synth::organisatie::Persoon;
use crate::synth::rng::Rng;

/// The header line, with the BOM; the headers fold to the SPEC 2.1 names and aliases.
pub const KOP: &str = "\u{feff}Medewerker;Datum;Activiteit;Directe tijd;Geplande tijd;Cliënt;\
                       Groepsgrootte;Setting;Reistijd\n";

/// Rows per month for the mean contract (29.2 hours) at mean workload, before the
/// share of the month in dienst and the vrijstelling.
const RIJEN_PER_MAAND: f64 = 67.0;
/// The mean contract hours of the synthetic staff.
const GEMIDDELDE_UREN: f64 = 29.2;
/// Bad rows per mille.
const SLECHT_PROMILLE: u32 = 3;

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
}

/// Generates every person's rows over `periode`.
pub fn genereer(seed: u64, personen: &[Persoon], periode: &Periode) -> Blokken {
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
            Maand { dagen, ongeldig }
        })
        .collect();
    // Each team's index range (teams are contiguous), for clients shared with colleagues.
    let mut team_van = vec![usize::MAX; personen.iter().map(|p| p.team + 1).max().unwrap_or(0)];
    let mut team_tot = vec![0; team_van.len()];
    for (i, p) in personen.iter().enumerate() {
        team_van[p.team] = team_van[p.team].min(i);
        team_tot[p.team] = i + 1;
    }
    let per_persoon: Vec<(Vec<Vec<u8>>, usize, usize)> = personen
        .par_iter()
        .enumerate()
        .map(|(i, p)| {
            let team = (team_van[p.team], team_tot[p.team]);
            persoon(seed, i, p, team, &maanden)
        })
        .collect();
    let mut b = Blokken {
        maanden: maanden.len(),
        ..Blokken::default()
    };
    for (blok, rijen, slecht) in per_persoon {
        b.rijen += rijen;
        b.slecht += slecht;
        b.per_persoon.push(blok);
    }
    b
}

/// A pseudonymous client id for client number `raw` (a bijection below 999,983).
fn client_id(raw: u64) -> u64 {
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
    p: &Persoon,
    team: (usize, usize),
    maanden: &[Maand],
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

/// Writes one row.
struct Rij<'a> {
    rng: &'a mut Rng,
    buf: &'a mut Vec<u8>,
    p: &'a Persoon,
    datum: &'a [u8; 10],
    caseload: u64,
    basis: u64,
    team: (usize, usize),
}

const BEHANDELING: [(&str, u32); 3] = [
    ("consult_behandeling", 5),
    ("Behandeling", 3),
    ("Consult behandeling", 2),
];
const DIAGNOSTIEK: [(&str, u32); 3] = [
    ("consult_diagnostiek", 5),
    ("Diagnostiek", 3),
    ("Consult diagnostiek", 2),
];
const GROEP: [&str; 2] = ["groepsconsult", "Groepsconsult"];
const OVERLEG: [&str; 3] = [
    "intercollegiaal_overleg",
    "Intercollegiaal overleg",
    "Overleg",
];
const NPG: [&str; 3] = ["niet_patientgebonden", "Niet-patiëntgebonden", "NPG"];
/// Planned consult minutes and their weights (every class, and some above 120).
const GEPLAND: [(i32, u32); 10] = [
    (10, 2),
    (15, 4),
    (20, 3),
    (30, 12),
    (45, 30),
    (60, 28),
    (75, 9),
    (90, 8),
    (120, 3),
    (150, 2),
];
/// How busy a person is relative to the mean (spreads the productivity signal).
const WERKDRUK: [(f64, u32); 5] = [(0.8, 20), (0.9, 20), (1.0, 25), (1.15, 20), (1.3, 15)];

impl Rij<'_> {
    /// A row; `id` and `datum` as given, then the other cells.
    fn rij(&mut self, id: &str, datum: &[u8], cellen: [Cel<'_>; 7]) {
        cel::rij(self.buf, id, datum, cellen);
    }

    /// A client from the caseload, sometimes one of a colleague in the team.
    fn client(&mut self) -> u64 {
        let (van, tot) = self.team;
        let basis = if tot - van > 1 && self.rng.percent(10) {
            (van + self.rng.below((tot - van) as u32) as usize) as u64 * 40
        } else {
            self.basis
        };
        client_id(basis + self.rng.below(self.caseload as u32) as u64)
    }

    /// Realised and planned minutes (tenths) of a consult: planned on ~70%, mostly within
    /// 15 minutes of realised, ~5% further off; a few half minutes.
    fn consult_minuten(&mut self, diagnostiek: bool) -> (i32, Option<i32>) {
        let mut gepland = self.rng.weighted(&GEPLAND);
        if diagnostiek && gepland < 45 && self.rng.percent(30) {
            gepland = 60;
        }
        let mut echt = if self.rng.percent(5) {
            let d = self.rng.range(16, 35) as i32;
            if gepland - d >= 5 && self.rng.percent(60) {
                gepland - d
            } else {
                gepland + d
            }
        } else if self.rng.percent(55) {
            gepland
        } else {
            (gepland + self.rng.range(0, 20) as i32 - 12).max(5)
        } * 10;
        if self.rng.percent(3) {
            echt += 5;
        }
        (echt, self.rng.percent(70).then_some(gepland * 10))
    }

    /// A consult row (diagnostiek or behandeling).
    fn consult(&mut self, id: &str, datum: &[u8], diagnostiek: bool, onder_5: bool) {
        let tekst = self.rng.weighted(if diagnostiek {
            &DIAGNOSTIEK
        } else {
            &BEHANDELING
        });
        let (echt, gepland) = if onder_5 {
            (self.rng.range(2, 9) as i32 * 5, None)
        } else {
            self.consult_minuten(diagnostiek)
        };
        let client = self.client();
        let reis = self
            .rng
            .percent(8)
            .then(|| u64::from(self.rng.range(2, 12) * 5));
        let setting = match self.rng.below(100) {
            0..=4 => Cel::Getal(u64::from(self.p.setting)),
            5..=6 => Cel::Getal(*self.rng.pick(&[1, 3, 5, 6, 7])),
            _ => Cel::Leeg,
        };
        self.rij(
            id,
            datum,
            [
                Cel::Tekst(tekst),
                Cel::Tienden(echt),
                gepland.map_or(Cel::Leeg, Cel::Tienden),
                Cel::Client(client),
                Cel::Leeg,
                setting,
                reis.map_or(Cel::Leeg, Cel::Getal),
            ],
        );
    }

    /// A groepsconsult row with group size `groep` (a cell).
    fn groep(&mut self, id: &str, datum: &[u8], groep: Cel<'_>) {
        let min = *self.rng.pick(&[60, 75, 90, 90, 105, 120]) * 10;
        let gepland = self.rng.percent(70).then_some(min);
        let tekst = *self.rng.pick(&GROEP);
        self.rij(
            id,
            datum,
            [
                Cel::Tekst(tekst),
                Cel::Tienden(min),
                gepland.map_or(Cel::Leeg, Cel::Tienden),
                Cel::Leeg,
                groep,
                Cel::Leeg,
                Cel::Leeg,
            ],
        );
    }

    /// A good row of a random kind.
    fn goed(&mut self) {
        let id = self.p.id.as_str();
        let datum = *self.datum;
        match self.rng.below(1000) {
            0..=479 => self.consult(id, &datum, false, false),
            480..=639 => self.consult(id, &datum, true, false),
            640..=689 => {
                let n = u64::from(self.rng.range(3, 10));
                self.groep(id, &datum, Cel::Getal(n))
            }
            690..=839 => {
                let min = *self.rng.pick(&[10, 15, 15, 20, 25, 30, 30, 45]) * 10;
                let client = self.rng.percent(60).then(|| self.client());
                let tekst = *self.rng.pick(&OVERLEG);
                self.rij(
                    id,
                    &datum,
                    [
                        Cel::Tekst(tekst),
                        Cel::Tienden(min),
                        Cel::Leeg,
                        client.map_or(Cel::Leeg, Cel::Client),
                        Cel::Leeg,
                        Cel::Leeg,
                        Cel::Leeg,
                    ],
                );
            }
            840..=989 => {
                let min = self.rng.range(2, 8) as i32 * 150;
                let tekst = *self.rng.pick(&NPG);
                self.rij(
                    id,
                    &datum,
                    [
                        Cel::Tekst(tekst),
                        Cel::Tienden(min),
                        Cel::Leeg,
                        Cel::Leeg,
                        Cel::Leeg,
                        Cel::Leeg,
                        Cel::Leeg,
                    ],
                );
            }
            _ => self.consult(id, &datum, false, true),
        }
    }

    /// A bad row of kind `soort` (mod 7) of those SPEC 2.1 rejects: unknown medewerker,
    /// impossible date, unknown activiteit, negative, text or too many minutes, a group of
    /// one or of no size.
    fn slecht(&mut self, ongeldig: &[u8; 10], soort: u32) {
        let id = self.p.id.clone();
        let datum = *self.datum;
        let (act, min): (&str, String) = match soort % 7 {
            0 => {
                let ext = format!("EXT{:03}", self.rng.range(1, 40));
                return self.consult(&ext, &datum, false, false);
            }
            1 => return self.consult(&id, ongeldig, false, false),
            2 => (
                *self
                    .rng
                    .pick(&["Telefonisch contact", "Verslaglegging", "Crisisdienst"]),
                "30".into(),
            ),
            3 => ("consult_behandeling", format!("-{}", self.rng.range(5, 60))),
            4 => (
                "Behandeling",
                (*self.rng.pick(&["veertig", "45 min", "drie kwartier"])).into(),
            ),
            5 => (
                "consult_behandeling",
                self.rng.range(1441, 4500).to_string(),
            ),
            _ => {
                let groep = if self.rng.percent(50) {
                    Cel::Getal(1)
                } else {
                    Cel::Leeg
                };
                return self.groep(&id, &datum, groep);
            }
        };
        let client = self.client();
        self.rij(
            &id,
            &datum,
            [
                Cel::Tekst(act),
                Cel::Tekst(&min),
                Cel::Leeg,
                Cel::Client(client),
                Cel::Leeg,
                Cel::Leeg,
                Cel::Leeg,
            ],
        );
    }
}
