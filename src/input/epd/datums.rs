//! The order of an EPD file's date column (SPEC 5.2), decided after its chunks were read in
//! parallel: the chunks' evidence is merged in chunk order, the order decided, and the rows
//! whose date it decides are read again (their day and month swapped when the file proves
//! month first). Rows whose in/uit dienst check depended on the order go where the order says.
//! The period is applied afterwards, so rows outside it are decided with the right dates.

use super::row::buiten_dienst;
use super::{Afwijzing, Deel, Uit, VLAG_OMKEERBAAR};
use crate::error::InputError;
use crate::input::epd::opties::EpdOpties;
use crate::input::medewerkers::Medewerkers;
use crate::input::value::datum::volgorde::{Bewijs, DatumBesluit};
use crate::input::value::datum::{Volgorde, omgedraaid};

/// Decides the order of `file`'s date column from the evidence of its `delen`, and settles
/// every row's date accordingly. Both orders proved: an error naming a cell of each.
pub(super) fn besluit(
    delen: &mut [Deel],
    file: &str,
    mw: &Medewerkers,
    opties: &EpdOpties,
) -> Result<DatumBesluit, InputError> {
    let mut bewijs = Bewijs::default();
    for d in delen.iter_mut() {
        bewijs.voeg_toe(std::mem::take(&mut d.bewijs));
    }
    let besluit = bewijs.besluit(file, "datum", opties.mapping.datumvolgorde)?;
    // With the profile's order every date was read in it already.
    let draai = besluit.volgorde == Volgorde::Mdy && opties.mapping.datumvolgorde.is_none();
    for d in delen.iter_mut() {
        if draai {
            draai_om(d);
        }
        let twijfel = std::mem::take(&mut d.twijfel);
        let extra = !twijfel.is_empty();
        for (idx, mut regel, velden) in twijfel {
            if draai {
                regel.datum = omgedraaid(regel.datum).unwrap_or(regel.datum);
            }
            match buiten_dienst(mw, idx, regel.datum) {
                None => d.per_medewerker[idx as usize].push(regel),
                Some(Uit::Afgewezen(soort, reden)) => d.afwijzingen.push(Afwijzing {
                    bestand: regel.bestand,
                    regel: regel.regel,
                    datum: Some(regel.datum),
                    soort,
                    reden,
                    velden,
                }),
                Some(Uit::Uitgesloten(_)) => {}
            }
        }
        if extra {
            d.afwijzingen.sort_by_key(|a| a.regel);
            for v in d.per_medewerker.iter_mut() {
                v.sort_by_key(|r| r.regel);
            }
        }
        if draai {
            d.span = span(d);
        }
    }
    Ok(besluit)
}

/// Swaps day and month of every date the order decides (the file proved month first).
fn draai_om(d: &mut Deel) {
    for regels in &mut d.per_medewerker {
        for r in regels.iter_mut().filter(|r| r.vlag & VLAG_OMKEERBAAR != 0) {
            r.datum = omgedraaid(r.datum).unwrap_or(r.datum);
        }
    }
    for &i in &d.omkeerbaar_afw {
        let a = &mut d.afwijzingen[i as usize];
        if let Some(oud) = a.datum
            && let Some(nieuw) = omgedraaid(oud)
        {
            a.datum = Some(nieuw);
            // a reason that names the date names the date as read
            let (o, n) = (oud.format("%d-%m-%Y"), nieuw.format("%d-%m-%Y"));
            a.reden = a.reden.replace(&o.to_string(), &n.to_string());
        }
    }
    for &i in &d.omkeerbaar_uit {
        let u = &mut d.uitgesloten[i as usize];
        u.0 = u.0.and_then(omgedraaid).or(u.0);
    }
}

/// The first and last readable date of a part's rows.
fn span(d: &Deel) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    d.per_medewerker
        .iter()
        .flatten()
        .map(|r| r.datum)
        .chain(d.afwijzingen.iter().filter_map(|a| a.datum))
        .chain(d.uitgesloten.iter().filter_map(|u| u.0))
        .fold(None, |s, x| {
            Some(s.map_or((x, x), |(a, b): (_, _)| (x.min(a), x.max(b))))
        })
}
