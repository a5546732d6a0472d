//! Numbers and euro amounts (SPEC 2, 5.2): a decimal comma or point, thousands grouped by the
//! other sign or by spaces, an optional `€`. Which sign is the decimal one is decided per file
//! and column ([`GetalKolom`]): a value such as `62.346` reads as 62346 or as 62.346, so it
//! is never read without a convention that the column (or the profile) proves.

use crate::error::InputError;

pub use crate::domain::decimaal::{Decimaal, GetalBron, GetalConventie};

mod los;
pub use los::parse_number;

/// Parses euros into cents, exactly (`35.56` → 3556, `1.234,56` → 123456); a value that
/// could group thousands or hold decimals (`1.234`) is `None` ([`lees_centen`] with no
/// convention).
pub fn parse_cents(s: &str) -> Option<i64> {
    lees_centen(s, None)
}

/// What one value shows about the convention of its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetalBewijs {
    /// No separator (or unreadable): shows nothing.
    Geen,
    /// Only a decimal comma can read it (`12,5`, `1.234,56`, `2.145.028`).
    Komma,
    /// Only a decimal point can read it (`12.5`, `1,234.56`, `2,145,028`).
    Punt,
    /// Readable both ways: one sign followed by three digits (`62.346`, `1,250`).
    Dubbelzinnig,
}

/// The longest number (digits and signs, without spaces and `€`) that is read.
const MAX_LEN: usize = 40;

/// A value without spaces, `€` and sign: only digits, `,` and `.`.
struct Kaal {
    neg: bool,
    buf: [u8; MAX_LEN],
    len: usize,
}

impl Kaal {
    fn of(s: &str) -> Option<Kaal> {
        let mut k = Kaal {
            neg: false,
            buf: [0; MAX_LEN],
            len: 0,
        };
        let (mut euro, mut sign, mut na_euro) = (false, false, false);
        for ch in s.chars() {
            match ch {
                c if c.is_whitespace() => {}
                '€' if !euro => {
                    euro = true;
                    na_euro = k.len > 0;
                }
                '-' | '+' if !sign && k.len == 0 => {
                    sign = true;
                    k.neg = ch == '-';
                }
                '0'..='9' | '.' | ',' if !na_euro && k.len < MAX_LEN => {
                    k.buf[k.len] = ch as u8;
                    k.len += 1;
                }
                _ => return None,
            }
        }
        (k.len > 0).then_some(k)
    }

    fn body(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    fn bewijs(&self) -> GetalBewijs {
        let b = self.body();
        let n = |c: u8| b.iter().filter(|&&x| x == c).count();
        let (komma, punt) = (n(b','), n(b'.'));
        let last = |c: u8| b.iter().rposition(|&x| x == c);
        let decimaal = |sign: u8| {
            if sign == b',' {
                GetalBewijs::Komma
            } else {
                GetalBewijs::Punt
            }
        };
        match (komma, punt) {
            (0, 0) => GetalBewijs::Geen,
            (k, p) if k > 0 && p > 0 => {
                if last(b',') > last(b'.') {
                    GetalBewijs::Komma
                } else {
                    GetalBewijs::Punt
                }
            }
            (k, p) => {
                let (sign, count) = if k > 0 { (b',', k) } else { (b'.', p) };
                if count >= 2 {
                    // The sign that occurs twice groups thousands: the other is the decimal one.
                    return if sign == b',' {
                        GetalBewijs::Punt
                    } else {
                        GetalBewijs::Komma
                    };
                }
                let i = b.iter().position(|&x| x == sign).unwrap_or(0);
                let (lead, tail) = (&b[..i], &b[i + 1..]);
                if tail.len() == 3 && (1..=3).contains(&lead.len()) && lead[0] != b'0' {
                    GetalBewijs::Dubbelzinnig
                } else {
                    decimaal(sign)
                }
            }
        }
    }

    /// The value under convention `d`, as its integer digits without grouping (in a buffer,
    /// with their count) and its decimals; `None` when the value does not follow `d`.
    fn lees(&self, d: Decimaal) -> Option<([u8; MAX_LEN], usize, &[u8])> {
        let b = self.body();
        let (dec, groep) = (d.teken() as u8, d.groep() as u8);
        let mut parts = b.splitn(2, |&x| x == dec);
        let int = parts.next().unwrap_or(&[]);
        let frac = parts.next().unwrap_or(&[]);
        if frac.iter().any(|&x| !x.is_ascii_digit()) || (int.is_empty() && frac.is_empty()) {
            return None;
        }
        let (mut digits, mut n) = ([0u8; MAX_LEN], 0);
        for (i, g) in int.split(|&x| x == groep).enumerate() {
            let grouped = int.contains(&groep);
            let ok = !grouped
                || if i == 0 {
                    (1..=3).contains(&g.len())
                } else {
                    g.len() == 3
                };
            if !ok || g.iter().any(|x| !x.is_ascii_digit()) {
                return None;
            }
            digits[n..n + g.len()].copy_from_slice(g);
            n += g.len();
        }
        Some((digits, n, frac))
    }

    /// The convention to read this value with: `d`, else what the value itself shows
    /// (`None` when it is readable both ways).
    fn conventie(&self, d: Option<Decimaal>) -> Option<Decimaal> {
        match (d, self.bewijs()) {
            (Some(d), _) => Some(d),
            (None, GetalBewijs::Komma) => Some(Decimaal::Komma),
            (None, GetalBewijs::Punt | GetalBewijs::Geen) => Some(Decimaal::Punt),
            (None, GetalBewijs::Dubbelzinnig) => None,
        }
    }
}

/// What `s` shows about its column's convention ([`GetalBewijs::Geen`] for unreadable text).
pub fn bewijs(s: &str) -> GetalBewijs {
    Kaal::of(s).map_or(GetalBewijs::Geen, |k| k.bewijs())
}

/// Reads a number with `€`, spaces and thousands separators (`€ 62.346,00`, `62,346.00`,
/// `-1 234,5`) under the column's convention `d`; with `None` (a column that shows no
/// convention) only a value that reads one way. `None` for text that does not follow it.
pub fn lees_getal(s: &str, d: Option<Decimaal>) -> Option<f64> {
    let k = Kaal::of(s)?;
    let (digits, len, frac) = k.lees(k.conventie(d)?)?;
    let (neg, int) = (k.neg, &digits[..len]);
    let mut buf = [0u8; MAX_LEN + 3];
    let mut n = 0;
    for &c in [b'-'].iter().filter(|_| neg).chain(int) {
        buf[n] = c;
        n += 1;
    }
    if int.is_empty() {
        buf[n] = b'0';
        n += 1;
    }
    if !frac.is_empty() {
        buf[n] = b'.';
        n += 1;
        for &c in frac {
            buf[n] = c;
            n += 1;
        }
    }
    std::str::from_utf8(&buf[..n])
        .ok()?
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

/// [`lees_getal`] into cents, exactly; `None` also for more than two decimals.
pub fn lees_centen(s: &str, d: Option<Decimaal>) -> Option<i64> {
    let k = Kaal::of(s)?;
    let (digits, len, frac) = k.lees(k.conventie(d)?)?;
    let (neg, int) = (k.neg, &digits[..len]);
    if frac.len() > 2 || int.len() > 13 {
        return None;
    }
    let num = |ds: &[u8]| ds.iter().fold(0i64, |a, &c| a * 10 + i64::from(c - b'0'));
    let v = num(int) * 100 + num(frac) * if frac.len() == 1 { 10 } else { 1 };
    Some(if neg { -v } else { v })
}

/// The value of a cell: a number cell of a workbook (`getypt`) as written by the reader
/// (decimal point), text under the column's convention `d`.
pub fn lees_cel(s: &str, getypt: bool, d: Option<Decimaal>) -> Option<f64> {
    lees_getal(s, if getypt { Some(Decimaal::Punt) } else { d })
}

/// Writes `cents` as euros under `d`: with thousands grouped when `groepen`, with `€ ` before
/// it when `euro`. The inverse of [`lees_centen`] (for tests and examples).
pub fn schrijf_euro(cents: i64, d: Decimaal, groepen: bool, euro: bool) -> String {
    let heel = (cents.unsigned_abs() / 100).to_string();
    let mut int = String::new();
    for (i, c) in heel.chars().enumerate() {
        if groepen && i > 0 && (heel.len() - i).is_multiple_of(3) {
            int.push(d.groep());
        }
        int.push(c);
    }
    format!(
        "{}{}{int}{}{:02}",
        if cents < 0 { "-" } else { "" },
        if euro { "€ " } else { "" },
        d.teken(),
        cents.unsigned_abs() % 100
    )
}

/// The text values of one column, seen before it is read, to decide its convention
/// (SPEC 5.2). The result never depends on the order in which values are seen.
#[derive(Debug, Clone)]
pub struct GetalKolom {
    kop: String,
    vast: Option<Decimaal>,
    komma: Option<Plek>,
    punt: Option<Plek>,
    dubbel: Option<Plek>,
    waarden: usize,
}

/// Where a value was seen: line, value as written, column as headed.
type Plek = (usize, String, String);

/// Keeps the value of the lowest line (then the lowest column), whatever the order seen.
fn eerste(slot: &mut Option<Plek>, regel: usize, s: &str, kolom: &str) {
    if slot
        .as_ref()
        .is_none_or(|(r, _, k)| (regel, kolom) < (*r, k.as_str()))
    {
        *slot = Some((regel, s.trim().to_string(), kolom.to_string()));
    }
}

impl GetalKolom {
    /// A column headed `kop`; `vast` is the profile's `decimaal`, if any.
    pub fn new(kop: impl Into<String>, vast: Option<Decimaal>) -> Self {
        GetalKolom {
            kop: kop.into(),
            vast,
            komma: None,
            punt: None,
            dubbel: None,
            waarden: 0,
        }
    }

    /// Sees one text value (not a number cell of a workbook) on `regel`.
    pub fn zie(&mut self, regel: usize, s: &str) {
        let kop = std::mem::take(&mut self.kop);
        self.zie_in(regel, &kop, s);
        self.kop = kop;
    }

    /// [`GetalKolom::zie`] for a value in `kolom`, one of several columns of one field (the
    /// months of a wide begroting) that share a convention.
    pub fn zie_in(&mut self, regel: usize, kolom: &str, s: &str) {
        self.waarden += 1;
        match bewijs(s) {
            GetalBewijs::Geen => {}
            GetalBewijs::Komma => eerste(&mut self.komma, regel, s, kolom),
            GetalBewijs::Punt => eerste(&mut self.punt, regel, s, kolom),
            GetalBewijs::Dubbelzinnig => eerste(&mut self.dubbel, regel, s, kolom),
        }
    }

    /// Decides the convention for `bestand`: the profile's, else the one the values show, else
    /// none (no value has a separator). A column that shows both, or a value readable both
    /// ways in a column that shows neither, is an error naming the line, the column and the
    /// value, and the profile's `decimaal` under `[sectie]` (`None`: a table the profile does
    /// not describe, such as tariffs, whose amounts must then show their decimals).
    pub fn besluit(
        &self,
        bestand: &str,
        sectie: Option<&str>,
    ) -> Result<Option<GetalConventie>, InputError> {
        let profiel = |w: &str| match sectie {
            Some(s) => format!(
                "; set decimaal = \"komma\" ({w} is {}) or decimaal = \"punt\" ({w} is {}) under [{s}] in the profile",
                lees_getal(w, Some(Decimaal::Komma)).map_or(String::new(), |v| v.to_string()),
                lees_getal(w, Some(Decimaal::Punt)).map_or(String::new(), |v| v.to_string()),
            ),
            None => "; write the amounts with their decimals, such as 135,89 or 135.89".to_string(),
        };
        let conventie = |decimaal, bron| GetalConventie {
            bestand: bestand.to_string(),
            kolom: self.kop.clone(),
            decimaal,
            bron,
            waarden: self.waarden,
        };
        let bewezen = |p: &Plek| GetalBron::Bewezen(p.0, p.1.clone());
        match (&self.vast, &self.komma, &self.punt, &self.dubbel) {
            (Some(d), ..) => Ok(Some(conventie(*d, GetalBron::Profiel))),
            (None, Some(k), Some(p), _) => Err(InputError::at(
                bestand,
                k.0.max(p.0),
                Some(if k.0 > p.0 { &k.2 } else { &p.2 }.clone()),
                format!(
                    "this column writes numbers two ways: \"{}\" (line {}) has a decimal comma, \"{}\" (line {}) a decimal point; write them one way{}",
                    k.1,
                    k.0,
                    p.1,
                    p.0,
                    match sectie {
                        Some(s) => format!(
                            ", or set decimaal = \"komma\" or \"punt\" under [{s}] in the profile"
                        ),
                        None => String::new(),
                    }
                ),
            )),
            (None, Some(k), None, _) => Ok(Some(conventie(Decimaal::Komma, bewezen(k)))),
            (None, None, Some(p), _) => Ok(Some(conventie(Decimaal::Punt, bewezen(p)))),
            (None, None, None, Some((regel, w, kolom))) => Err(InputError::at(
                bestand,
                *regel,
                Some(kolom.clone()),
                format!(
                    "\"{w}\" can be read two ways (a point or comma grouping thousands, or a decimal one), and no value of this column shows which{}",
                    profiel(w)
                ),
            )),
            (None, None, None, None) => Ok(None),
        }
    }
}

#[cfg(test)]
#[path = "getal_tests.rs"]
mod tests;
