//! What one chunk of an EPD file yields: each row parsed into an accepted [`Regel`], a
//! rejection or a row left out, with the date column's evidence about its order (SPEC 5.2).

use chrono::NaiveDate;
use rayon::prelude::*;

use super::dubbel::{self, Eerder, Kandidaat};
use super::financiers::Spellingen;
use super::opties::{self, EpdOpties};
use super::row::{Geheugen, Uit, buiten_dienst, parse_row};
use super::{Afwijzing, CLIENT, COLUMNS, FINANCIER, Regel, VLAG_OMKEERBAAR};
use crate::domain::activiteit::Activiteit;
use crate::input::medewerkers::Medewerkers;
use crate::input::table::Row;
use crate::input::value::datum::volgorde::Bewijs;

/// What one chunk of a file yields (merged in chunk order by [`EpdInvoer::read`]).
pub(super) struct Deel {
    pub(super) count: u64,
    pub(super) uitgesloten: Vec<(Option<NaiveDate>, String)>,
    pub(super) verdacht: u64,
    pub(super) geheugen: Geheugen,
    pub(super) per_medewerker: Vec<Vec<Regel>>,
    pub(super) afwijzingen: Vec<Afwijzing>,
    pub(super) span: Option<(NaiveDate, NaiveDate)>,
    /// The date column's evidence about its order.
    pub(super) bewijs: Bewijs,
    /// Indices in `afwijzingen` and `uitgesloten` of rows whose date the order decides.
    pub(super) omkeerbaar_afw: Vec<u32>,
    pub(super) omkeerbaar_uit: Vec<u32>,
    /// Rows whose in/uit dienst check depends on the column's order (rare).
    pub(super) twijfel: Vec<(u32, Regel, Vec<String>)>,
    /// The mapped cells of groepsconsult rows without a group size (per participant, SPEC
    /// 5.4), by line, in case their session turns out to have one row.
    pub(super) zonder_groep: Vec<(u32, Vec<String>)>,
    /// With several files: the keys and lines of the accepted rows (SPEC 5.4 `dubbel`).
    pub(super) sleutels: Vec<(u64, u32)>,
    /// With several files: accepted rows an earlier file may hold too.
    pub(super) kandidaten: Vec<Kandidaat>,
    /// The financiers' spellings met, numbered (SPEC 7.1).
    pub(super) financiers: Spellingen,
}

/// Appends each chunk's rows per medewerker to `dst`, in chunk order, on every core: a
/// medewerker's rows from one chunk are moved, from several copied once into a vector of
/// the exact size.
pub(super) fn voeg_regels_samen(dst: &mut [Vec<Regel>], delen: &mut [Deel]) {
    let mut per: Vec<Vec<Vec<Regel>>> = (0..dst.len())
        .map(|_| Vec::with_capacity(delen.len()))
        .collect();
    for d in delen.iter_mut() {
        for (p, v) in per.iter_mut().zip(std::mem::take(&mut d.per_medewerker)) {
            if !v.is_empty() {
                p.push(v);
            }
        }
    }
    dst.par_iter_mut().zip(per).for_each(|(dst, mut stukken)| {
        if dst.is_empty() && stukken.len() == 1 {
            *dst = stukken.pop().unwrap_or_default();
            return;
        }
        dst.reserve_exact(stukken.iter().map(Vec::len).sum());
        for s in &stukken {
            dst.extend_from_slice(s);
        }
    });
}

/// The mapped cells of a row, less the client column (for `afwijzingen.csv`).
fn velden(row: &Row<'_>) -> Vec<String> {
    row.fields_except(COLUMNS.len(), CLIENT)
        .map(str::to_string)
        .collect()
}

impl Deel {
    pub(super) fn new(n: usize) -> Self {
        Deel {
            count: 0,
            uitgesloten: Vec::new(),
            verdacht: 0,
            geheugen: Geheugen::default(),
            per_medewerker: vec![Vec::new(); n],
            afwijzingen: Vec::new(),
            span: None,
            bewijs: Bewijs::default(),
            omkeerbaar_afw: Vec::new(),
            omkeerbaar_uit: Vec::new(),
            twijfel: Vec::new(),
            zonder_groep: Vec::new(),
            sleutels: Vec::new(),
            kandidaten: Vec::new(),
            financiers: Spellingen::default(),
        }
    }

    pub(super) fn push(
        &mut self,
        row: &Row<'_>,
        mw: &Medewerkers,
        opties: &EpdOpties,
        bestand: u16,
        eerder: Option<&Eerder>,
    ) {
        self.count += 1;
        let (datum, lezing, res) = parse_row(row, mw, opties, bestand, &mut self.geheugen);
        if opties.uitsluiten.is_empty()
            && [9, 10].iter().any(|&c| {
                row.get(c)
                    .is_some_and(|v| opties::lijkt_niet_doorgegaan(c, v))
            })
        {
            self.verdacht += 1;
        }
        if let Some(l) = &lezing {
            self.bewijs.zie(l, row.line, row.get(1).unwrap_or(""));
        }
        let omkeerbaar = datum.is_some()
            && opties.mapping.datumvolgorde.is_none()
            && lezing.is_some_and(|l| l.omkeerbaar());
        if let Some(d) = datum {
            self.span = Some(self.span.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
        }
        let res = res.map(|(idx, mut regel)| {
            if omkeerbaar {
                regel.vlag |= VLAG_OMKEERBAAR;
            }
            regel.financier = self.financiers.nummer(row.get(FINANCIER));
            (idx, regel)
        });
        match res {
            Ok((idx, regel)) => {
                let nu = buiten_dienst(mw, idx, regel.datum);
                let anders = crate::input::value::datum::omgedraaid(regel.datum)
                    .map(|d| buiten_dienst(mw, idx, d).is_some());
                if omkeerbaar && anders.is_some_and(|a| a != nu.is_some()) {
                    self.twijfel.push((idx, regel, velden(row)));
                    return;
                }
                if regel.soort == Activiteit::Groepsconsult && regel.groepsgrootte == 0 {
                    self.zonder_groep.push((regel.regel, velden(row)));
                }
                if nu.is_none()
                    && let Some(e) = eerder
                {
                    // A row whose date the column's order decides is keyed by its date as
                    // written and always looked up: the order is known only after the file.
                    let k = dubbel::sleutel(row, idx, &regel, omkeerbaar);
                    if (omkeerbaar || e.zoek(regel.datum)) && e.bevat(k) {
                        self.kandidaten.push(Kandidaat::new(row, k, idx, regel));
                        return;
                    }
                    if e.bewaar {
                        self.sleutels.push((k, regel.regel));
                    }
                }
                match nu {
                    None => self.per_medewerker[idx as usize].push(regel),
                    Some(Uit::Afgewezen(soort, reden)) => {
                        self.afwijs(row, bestand, datum, soort, reden, omkeerbaar)
                    }
                    Some(Uit::Uitgesloten(_)) => {}
                }
            }
            Err(Uit::Uitgesloten(reden)) => {
                if omkeerbaar {
                    self.omkeerbaar_uit.push(self.uitgesloten.len() as u32);
                }
                self.uitgesloten.push((datum, reden))
            }
            Err(Uit::Afgewezen(soort, reden)) => {
                self.afwijs(row, bestand, datum, soort, reden, omkeerbaar)
            }
        }
    }

    fn afwijs(
        &mut self,
        row: &Row<'_>,
        bestand: u16,
        datum: Option<NaiveDate>,
        soort: &'static str,
        reden: String,
        omkeerbaar: bool,
    ) {
        if omkeerbaar {
            self.omkeerbaar_afw.push(self.afwijzingen.len() as u32);
        }
        self.afwijzingen.push(Afwijzing {
            bestand,
            regel: row.line as u32,
            datum,
            soort,
            reden,
            velden: velden(row),
        });
    }
}
