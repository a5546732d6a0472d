//! Group sessions written once per participant (SPEC 5.4). With the profile's
//! `groepsconsult_per_deelnemer = true`, groepsconsult rows of one medewerker with the same
//! datum, begintijd and directe tijd form one session: its group size is `groepsgrootte` when
//! given, else the number of rows; the first row carries the session (valued once, SPEC 1.6),
//! the others are marked [`VLAG_DEELNEMER`] (counted as `verwerkt`, not valued again). Without
//! the setting, sessions whose row count equals their group size are marked
//! [`VLAG_LIJKT_DEELNEMER`] for the run's warning.

use rustc_hash::FxHashMap;

use super::opties::EpdOpties;
use super::{Afwijzing, EpdInvoer, Regel, VLAG_DEELNEMER, VLAG_LIJKT_DEELNEMER};
use crate::domain::activiteit::Activiteit;

/// What makes rows one session: datum, begintijd, directe tijd.
fn sleutel(r: &Regel) -> (chrono::NaiveDate, u16, u64) {
    (r.datum, r.begintijd, r.directe_min.to_bits())
}

/// Forms the group sessions of every medewerker (see the module doc). `zonder_groep` holds the
/// mapped cells of groepsconsult rows without a group size, by file and line: a session of one
/// such row has no group and is rejected.
pub(super) fn vorm(
    inv: &mut EpdInvoer,
    opties: &EpdOpties,
    zonder_groep: Vec<(u16, u32, Vec<String>)>,
) {
    let mut velden: FxHashMap<(u16, u32), Vec<String>> = zonder_groep
        .into_iter()
        .map(|(b, r, v)| ((b, r), v))
        .collect();
    let mut afgewezen = Vec::new();
    for regels in &mut inv.per_medewerker {
        let mut idx: Vec<_> = (0..regels.len())
            .filter(|&i| regels[i].soort == Activiteit::Groepsconsult)
            .map(|i| (sleutel(&regels[i]), i))
            .collect();
        if idx.len() < 2 && !opties.groepsconsult_per_deelnemer {
            continue;
        }
        idx.sort_by_key(|x| x.0);
        let mut weg = Vec::new();
        for groep in idx.chunk_by(|a, b| a.0 == b.0) {
            let sessie: Vec<usize> = groep.iter().map(|x| x.1).collect();
            let sessie = &sessie[..];
            let n = sessie.len();
            if opties.groepsconsult_per_deelnemer {
                let gegeven = sessie.iter().map(|&i| regels[i].groepsgrootte).max();
                let grootte = gegeven.filter(|&g| g > 0).unwrap_or(n as u16);
                if grootte < 2 {
                    for &i in sessie {
                        let r = &regels[i];
                        afgewezen.push(Afwijzing {
                            bestand: r.bestand,
                            regel: r.regel,
                            datum: Some(r.datum),
                            soort: "groepsgrootte ontbreekt",
                            reden: "groepsconsult zonder groepsgrootte, en geen andere deelnemer met dezelfde datum, begintijd en duur".into(),
                            velden: velden.remove(&(r.bestand, r.regel)).unwrap_or_default(),
                        });
                        weg.push(i);
                    }
                    continue;
                }
                regels[sessie[0]].groepsgrootte = grootte;
                for &i in &sessie[1..] {
                    regels[i].vlag |= VLAG_DEELNEMER;
                    regels[i].groepsgrootte = grootte;
                }
            } else if n >= 2
                && sessie
                    .iter()
                    .all(|&i| usize::from(regels[i].groepsgrootte) == n)
            {
                for &i in sessie {
                    regels[i].vlag |= VLAG_LIJKT_DEELNEMER;
                }
            }
        }
        if !weg.is_empty() {
            weg.sort_unstable();
            let mut k = 0;
            let mut i = 0;
            regels.retain(|_| {
                let keep = weg.get(k) != Some(&i);
                if !keep {
                    k += 1;
                }
                i += 1;
                keep
            });
        }
    }
    if !afgewezen.is_empty() {
        inv.afwijzingen.extend(afgewezen);
        inv.afwijzingen.sort_by_key(|a| (a.bestand, a.regel));
    }
}
