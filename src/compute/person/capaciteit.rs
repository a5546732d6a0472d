//! A behandelaar's available time in the period (SPEC 1.7), per contract (SPEC 5.5).

use super::*;

/// Available time and norm of `m` over `p` (SPEC 1.7, 5.5): per contract over its own
/// weekdays in `p`, with its own hours, exemption and absence (`afwezig(i, contract, its
/// weekdays in p)`), summed; and the weekdays in service under any contract.
pub(super) fn capaciteit(
    m: &Medewerker,
    p: &Periode,
    r: &Referentie,
    afwezig: &dyn Fn(usize, &Dienstverband, u32) -> f64,
) -> (Capaciteit, u32) {
    let k = &r.keten;
    let mut beschikbaar = 0.0;
    let mut spans = Vec::new();
    for (i, c) in m.contracten.iter().enumerate() {
        if let Some(cut) = p.snijd(c.in_dienst, c.uit_dienst) {
            let b = k.beschikbaar(
                k.netto_jaar(c.uren_per_week, c.vrijstelling_uren),
                cut.jaarfractie(),
                afwezig(i, c, cut.werkdagen()),
            );
            beschikbaar += b;
            spans.push((cut.van, cut.tot));
        }
    }
    if spans.is_empty() {
        return (Capaciteit::default(), 0);
    }
    let werkdagen = match spans.as_slice() {
        [(v, t)] => crate::domain::periode::werkdagen(*v, *t),
        _ => werkdagen_vereniging(spans),
    };
    (
        Capaciteit {
            beschikbaar,
            norm: k.norm(beschikbaar),
        },
        werkdagen,
    )
}

/// Each contract's weekdays in `p`.
pub(super) fn werkdagen_per_contract(m: &Medewerker, p: &Periode) -> Vec<u32> {
    m.contracten
        .iter()
        .map(|c| {
            p.snijd(c.in_dienst, c.uit_dienst)
                .map_or(0, |x| x.werkdagen())
        })
        .collect()
}

/// True when the medewerker is in service on at least one weekday of the period.
pub fn in_dienst_in(m: &Medewerker, p: &Periode) -> bool {
    m.contracten.iter().any(|c| {
        p.snijd(c.in_dienst, c.uit_dienst)
            .is_some_and(|x| x.werkdagen() > 0)
    })
}
