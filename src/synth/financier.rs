//! The financier of each synthetic EPD row (SPEC 7.1) and the contracts file `contracten.csv`.
//!
//! Four zorgverzekeraars with made-up names and made-up four-digit UZOVI-style codes (they are
//! no real insurer's codes), and DJI for forensische zorg. A client keeps one financier (a hash
//! of the client id), except that forensic rows (settings 6 and 7) go mostly to DJI; rows
//! without a client draw theirs. About 3% of the rows have none (`-`), and the code `0101` is
//! written without its leading zero (`101`) on about 40% of its rows.
//!
//! All of it comes from a random stream of its own per behandelaar ([`FinStroom`]), so the
//! other columns stay exactly what they were without the financier column.

use chrono::Datelike;

use crate::domain::beroepscategorie::Beroepscategorie;
use crate::domain::periode::{Periode, werkdagen_jaar};
use crate::rules::prestatie::is_fz;
use crate::synth::euro;
use crate::synth::rng::{Rng, mix};

/// One synthetic financier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SynthFinancier {
    /// The code as the contracts file writes it.
    pub code: &'static str,
    /// The same code without its leading zeros, where the EPD sometimes writes it so.
    pub kort: Option<&'static str>,
    /// The display name (made up, except DJI).
    pub naam: &'static str,
    /// Weight among the zorgverzekeraars (0 for DJI).
    pub gewicht: u32,
}

/// The financiers; the weights of the zorgverzekeraars add up to 100.
pub const FINANCIERS: [SynthFinancier; 5] = [
    SynthFinancier {
        code: "0101",
        kort: Some("101"),
        naam: "Zorgverzekeraar Polderland (fictief)",
        gewicht: 36,
    },
    SynthFinancier {
        code: "7001",
        kort: None,
        naam: "Zorgverzekeraar Heidezand (fictief)",
        gewicht: 30,
    },
    SynthFinancier {
        code: "7002",
        kort: None,
        naam: "Zorgverzekeraar Rivierduin (fictief)",
        gewicht: 24,
    },
    SynthFinancier {
        code: "7003",
        kort: None,
        naam: "Zorgverzekeraar Kwelder (fictief)",
        gewicht: 10,
    },
    SynthFinancier {
        code: "DJI",
        kort: None,
        naam: "DJI (forensische zorg)",
        gewicht: 0,
    },
];

/// Number of financiers.
pub const N: usize = FINANCIERS.len();
/// Index of DJI.
const DJI: usize = 4;
/// The financier that gets no row in `contracten.csv` (it then uses `--contract-percentage`
/// and has no ceiling).
pub const ZONDER_CONTRACT: usize = 3;
/// The financier whose ceiling lies below its forecast.
pub const BOVEN_PLAFOND: usize = 1;
/// Forensic rows (settings 6 and 7) that DJI pays, per mille.
const DJI_PROMILLE: u64 = 700;
/// Rows without a financier, per mille.
const ZONDER_PROMILLE: u64 = 30;
/// Rows of a code with leading zeros that write it without them, percent.
const KORT_PROCENT: u64 = 40;
/// Salt that separates the financier streams from every other stream of the seed.
const ZOUT: u64 = 0x46_494E_414E_4349; // "FINANCI"

/// One behandelaar's financier stream, and the revenue estimate per year and financier.
#[derive(Debug)]
pub(crate) struct FinStroom {
    rng: Rng,
    zout: u64,
    /// The person's beroepscategorie, `None` when the beroep cannot declare.
    pub cat: Option<Beroepscategorie>,
    /// The year of the rows being written.
    pub jaar: i32,
    /// Its offset from the first year of the period.
    pub jaar_idx: usize,
    /// Estimated revenue at the demo tariffs, `[year offset][financier]`.
    pub omzet: Vec<[f64; N]>,
}

impl FinStroom {
    /// The stream of behandelaar `persoon` for `jaren` years.
    pub fn new(seed: u64, persoon: usize, cat: Option<Beroepscategorie>, jaren: usize) -> Self {
        let zout = mix(seed ^ ZOUT);
        FinStroom {
            rng: Rng::stream(zout, persoon as u64),
            zout,
            cat,
            jaar: 0,
            jaar_idx: 0,
            omzet: vec![[0.0; N]; jaren],
        }
    }

    /// The financier of a row of `client` in `setting`: its index (none for `-`) and the text.
    pub fn kies(&mut self, client: Option<u64>, setting: u8) -> (Option<usize>, &'static str) {
        let r = self.rng.next_u64();
        if (r >> 32) % 1000 < ZONDER_PROMILLE {
            return (None, "-");
        }
        let h = match client {
            Some(c) => mix(self.zout ^ mix(c)),
            None => self.rng.next_u64(),
        };
        let i = if is_fz(setting) && (h >> 32) % 1000 < DJI_PROMILLE {
            DJI
        } else {
            let mut v = (h & 0xFFFF_FFFF) % 100;
            FINANCIERS
                .iter()
                .position(|f| {
                    let raak = v < u64::from(f.gewicht);
                    v = v.saturating_sub(u64::from(f.gewicht));
                    raak
                })
                .unwrap_or(0)
        };
        let f = &FINANCIERS[i];
        let tekst = match f.kort {
            Some(k) if (r & 0xFFFF) % 100 < KORT_PROCENT => k,
            _ => f.code,
        };
        (Some(i), tekst)
    }
}

/// The header of `contracten.csv` (SPEC 7.1).
pub const KOP: &str = "financier;jaar;percentage;plafond;naam\n";

/// `contracten.csv`: one row per financier and year of `periode`, except
/// [`ZONDER_CONTRACT`]; and its number of rows. `omzet` is the generator's estimate of each
/// financier's revenue at the demo tariffs, `[year offset][financier]`.
///
/// The ceilings follow from that estimate. A run forecasts a year as its contract production ×
/// weekdays of the year / weekdays of the period (SPEC 7.2); the generator makes the same
/// forecast from its own rows: `raming = omzet × percentage / 100 × weekdays of the year /
/// weekdays of the generated months in that year`. The ceiling of [`BOVEN_PLAFOND`] is 80% of
/// its raming, so a run over the generated months forecasts it 25% over its ceiling; every other
/// ceiling is 130–150% of its raming, so those stay 23–33% under. The estimate prices every
/// good row as the run does with `tarieven-voorbeeld.csv` (class by Planning = Realisatie,
/// setting, beroepscategorie, group blocks, overleg, toeslag reistijd) and leaves out the bad
/// rows and the rows without a financier, so it matches a run over the generated months to
/// within the contract rounding per prestatie. A run over some of the months forecasts from
/// their pace, which differs more (for the samples' single months 7001 lies 16–41% over and the
/// others 15–31% under: the generator writes about as many rows in a short month as in a long
/// one), still inside the margins. Ceilings are
/// rounded to € 1,000 from € 100,000 up, else to € 10, and are at least € 1,000.
pub fn contracten_csv(seed: u64, periode: &Periode, omzet: &[[f64; N]]) -> (String, usize) {
    let mut rng = Rng::stream(mix(seed ^ ZOUT), u64::MAX);
    let eerste = periode.van.year();
    let mut wd_gen = vec![0u32; omzet.len()];
    for m in periode.maandlijst() {
        if let Some(w) = wd_gen.get_mut((m.van.year() - eerste) as usize) {
            *w += m.werkdagen();
        }
    }
    let mut s = String::from(KOP);
    let mut n = 0;
    for (i, f) in FINANCIERS.iter().enumerate() {
        for (y, per_fin) in omzet.iter().enumerate() {
            let jaar = eerste + y as i32;
            let pct = f64::from(rng.range(166, 190)) / 2.0;
            let factor = if i == BOVEN_PLAFOND {
                0.80
            } else {
                1.30 + 0.20 * rng.unit()
            };
            if i == ZONDER_CONTRACT {
                continue;
            }
            let schaal = f64::from(werkdagen_jaar(jaar)) / f64::from(wd_gen[y].max(1));
            let raming = per_fin[i] * pct / 100.0 * schaal;
            let plafond = rond(raming * factor).max(1000.0);
            let pct_tekst = if pct.fract() == 0.0 {
                format!("{pct:.0}")
            } else {
                format!("{pct:.1}").replace('.', ",")
            };
            s.push_str(&format!(
                "{};{jaar};{pct_tekst};{};{}\n",
                f.code,
                euro(plafond),
                f.naam
            ));
            n += 1;
        }
    }
    (s, n)
}

/// A ceiling rounded to € 1,000 from € 100,000 up, else to € 10.
fn rond(x: f64) -> f64 {
    let stap = if x >= 100_000.0 { 1000.0 } else { 10.0 };
    (x / stap).round() * stap
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_and_spellings() {
        let zv: u32 = FINANCIERS.iter().map(|f| f.gewicht).sum();
        assert_eq!(zv, 100);
        assert_eq!(FINANCIERS[DJI].code, "DJI");
        let mut fs = FinStroom::new(7, 3, None, 1);
        let mut tel = std::collections::HashMap::new();
        for c in 0..20_000u64 {
            let (i, t) = fs.kies(Some(c), if c % 2 == 0 { 7 } else { 1 });
            *tel.entry((i, t)).or_insert(0u32) += 1;
        }
        let n = |i: Option<usize>, t: &str| tel.get(&(i, t)).copied().unwrap_or(0);
        // About 3% without, DJI only on the forensic half (70% of it), both spellings of 0101.
        assert!((400..800).contains(&n(None, "-")), "{tel:?}");
        assert!((6_600..7_400).contains(&n(Some(DJI), "DJI")), "{tel:?}");
        let (lang, kort) = (n(Some(0), "0101"), n(Some(0), "101"));
        assert!(lang > 0 && kort > 0 && kort < lang, "{tel:?}");
        // A client keeps its financier outside the forensic settings.
        let mut a = FinStroom::new(7, 0, None, 1);
        let mut b = FinStroom::new(7, 9, None, 1);
        let eerst: Vec<_> = (0..50).map(|c| a.kies(Some(c), 1).0).collect();
        let dan: Vec<_> = (0..50).map(|c| b.kies(Some(c), 1).0).collect();
        let gelijk = eerst.iter().zip(&dan).filter(|(x, y)| x == y).count();
        assert!(gelijk >= 45, "{gelijk}");
    }

    #[test]
    fn ceilings_follow_the_estimate() {
        let p = Periode::maanden(2022, 1, 3).unwrap();
        let omzet = [[100_000.0, 200_000.0, 50_000.0, 9_000.0, 400_000.0]];
        let (t, n) = contracten_csv(1, &p, &omzet);
        assert_eq!(n, 4);
        assert_eq!(t.lines().count(), 5);
        assert!(!t.contains("7003"));
        // Q1 2022 has 64 weekdays (21 + 20 + 23) of 260.
        for l in t.lines().skip(1) {
            let c: Vec<&str> = l.split(';').collect();
            let i = FINANCIERS.iter().position(|f| f.code == c[0]).unwrap();
            let pct: f64 = c[2].replace(',', ".").parse().unwrap();
            let plafond: f64 = c[3].replace(',', ".").parse().unwrap();
            assert!((83.0..=95.0).contains(&pct), "{l}");
            let raming = omzet[0][i] * pct / 100.0 * 260.0 / 64.0;
            let r = raming / plafond;
            if i == BOVEN_PLAFOND {
                assert!((1.24..1.26).contains(&r), "{l}: {r}");
            } else {
                assert!((0.66..0.78).contains(&r), "{l}: {r}");
            }
        }
    }
}
