//! Computation: each behandelaar (in parallel with rayon), then teams and the organisation.

pub mod financier;
pub mod kliniek;
pub mod person;
pub mod team;
pub mod team_week;
pub mod week;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::domain::periode::Periode;
use crate::input::begroting::{Begroting, Realisatie2021};
use crate::input::epd::{Afwijzing, EpdInvoer};
use crate::input::medewerkers::Medewerkers;
use crate::rules::Referentie;
use person::{Kwaliteitsmelding, Uitkomst, bereken, in_dienst_in};
use team::{OrgUitkomst, TeamUitkomst, organisatie, teams};

/// The reconciliation of input rows:
/// `regels = verwerkt + afgewezen + buiten_periode + uitgesloten`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Telling {
    /// Every data row read from every EPD file.
    pub regels: u64,
    /// Accepted rows in the period (flagged ones included).
    pub verwerkt: u64,
    /// Rejected rows.
    pub afgewezen: u64,
    /// Rows with a readable date outside the period.
    pub buiten_periode: u64,
    /// Rows left out on purpose (SPEC 5.4): totals rows, `negeren`, `[epd.uitsluiten]`.
    pub uitgesloten: u64,
    /// Consults that got the default setting (`--setting`) because neither the row, the
    /// medewerker nor the profile's team gave one (SPEC 5.4).
    pub standaard_setting: u64,
    /// Stand-alone reistijd rows (SPEC 5.4), counted as reistijd without toeslag.
    pub losse_reistijd: u64,
    /// Rows whose `status` or `declarabel` suggests a no-show or an unbilled row, counted as
    /// activities because no profile leaves them out (SPEC 5.4; a warning).
    pub verdacht: u64,
    /// Stray quotes in the EPD files (SPEC 5.4), each taken as a literal character.
    pub losse_quotes: u64,
    /// Participants' rows of group sessions valued once on their session's first row
    /// (`groepsconsult_per_deelnemer`, SPEC 5.4).
    pub groep_deelnemers: u64,
    /// Groepsconsult rows that look like one row per participant (same medewerker, datum,
    /// begintijd and duur, as many rows as their group size) while the profile does not say
    /// so (a warning, SPEC 5.4).
    pub lijkt_per_deelnemer: u64,
    /// Activities on a date with contracts in two teams, given to the row listed first
    /// (SPEC 5.5).
    pub twee_teams: u64,
    /// What the prestatiecodes did to the rows in the period (SPEC 6.2).
    pub prestatiecodes: person::CodeTelling,
    /// Valued rows without a financier (counted as "(onbekend)", SPEC 7.1).
    pub zonder_financier: u64,
    /// Valued rows of a financier without a contract row for the year, valued at
    /// `--contract-percentage` (SPEC 7.1).
    pub zonder_contract: u64,
}

/// Everything a run computed.
#[derive(Debug)]
pub struct Resultaat {
    /// The period.
    pub periode: Periode,
    /// Behandelaren in service in the period, sorted by medewerker id.
    pub personen: Vec<Uitkomst>,
    /// Teams sorted by name.
    pub teams: Vec<TeamUitkomst>,
    /// The organisation.
    pub organisatie: OrgUitkomst,
    /// Row counts.
    pub telling: Telling,
    /// Rejected rows in the period, in file and line order.
    pub afwijzingen: Vec<Afwijzing>,
    /// Flagged rows, in file and line order.
    pub meldingen: Vec<Kwaliteitsmelding>,
    /// First and last date of the rows outside the period.
    pub buiten_span: Option<(NaiveDate, NaiveDate)>,
    /// The rows left out on purpose in the period, counted per reason.
    pub uitgesloten: BTreeMap<String, u64>,
    /// How each EPD file's date column was read (SPEC 5.2).
    pub datums: Vec<crate::input::value::datum::volgorde::DatumBesluit>,
    /// Production per financier, sorted by financier (SPEC 7.2).
    pub financiers: Vec<financier::FinancierUitkomst>,
}

/// The master data and reference tables a computation uses besides the EPD rows.
#[derive(Debug, Clone, Copy)]
pub struct Bronnen<'a> {
    /// The medewerkers.
    pub mw: &'a Medewerkers,
    /// The budget, if given.
    pub begroting: Option<&'a Begroting>,
    /// December 2021, if given.
    pub dec: Option<&'a Realisatie2021>,
    /// Reference tables.
    pub refs: &'a Referentie,
    /// Setting for rows and medewerkers without one.
    pub default_setting: u8,
    /// The financiers' contracts (SPEC 7.1; empty without `--contracten`).
    pub contracten: &'a crate::domain::financier::Contracten,
}

/// The FTE of an entry: its hours a week / fulltime hours, where a medewerker with several
/// contracts counts the average of their hours over the weekdays they are in service in the
/// period (in any team), so that a team change shares one person's FTE between two teams.
fn fte(
    mw: &Medewerkers,
    m: &crate::domain::medewerker::Medewerker,
    u: &Uitkomst,
    periode: &Periode,
    r: &Referentie,
) -> f64 {
    let k = &r.keten;
    match (m.contracten.len(), mw.plek(&m.id)) {
        (1, Some(crate::input::medewerkers::Plek::Een(_))) => k.fte(u.uren_per_week),
        _ => match mw.werkdagen_persoon(&m.id, periode) {
            0 => 0.0,
            wd => k.fte(u.uren_dagen / f64::from(wd)),
        },
    }
}

/// Computes everything for `periode`. Persons run in parallel; every sum is taken in a fixed
/// order, so the result does not depend on the number of threads.
pub fn bereken_alles(
    epd: &mut EpdInvoer,
    periode: Periode,
    bronnen: &Bronnen<'_>,
    on_person: &(dyn Fn() + Sync),
) -> Resultaat {
    let Bronnen {
        mw,
        begroting,
        dec,
        refs: r,
        default_setting,
        contracten,
    } = *bronnen;
    let pct = financier::Percentages::new(
        &epd.financiers,
        contracten,
        &periode,
        r.tarieven.contract_basispunten,
    );
    let (afwijzingen, uit, mut buiten) = epd.classify(&periode);
    let mut uitgesloten = BTreeMap::new();
    for reden in uit {
        *uitgesloten.entry(reden).or_insert(0u64) += 1;
    }
    let mut order: Vec<usize> = (0..mw.lijst.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&mw.lijst[a], &mw.lijst[b]);
        x.id.cmp(&y.id).then_with(|| x.team.cmp(&y.team))
    });
    let all: Vec<(bool, Uitkomst)> = order
        .par_iter()
        .map(|&i| {
            let m = &mw.lijst[i];
            let u = bereken(
                i as u32,
                m,
                &epd.per_medewerker[i],
                &periode,
                r,
                (default_setting, &pct),
            );
            on_person();
            let mut u = u;
            u.fte = fte(mw, m, &u, &periode, r);
            (in_dienst_in(m, &periode), u)
        })
        .collect();
    let mut telling = Telling {
        regels: epd.regels(),
        afgewezen: afwijzingen.len() as u64,
        uitgesloten: uitgesloten.values().sum(),
        verdacht: epd.verdacht,
        losse_quotes: epd
            .headers
            .iter()
            .map(|h| h.losse_quotes.len() as u64)
            .sum(),
        ..Default::default()
    };
    let mut meldingen = Vec::new();
    let mut personen = Vec::new();
    let mut per_financier = vec![[0i64; 2]; epd.financiers.len()];
    for (in_dienst, mut u) in all {
        for (t, s) in per_financier.iter_mut().zip(&u.per_financier) {
            t[0] += s[0];
            t[1] += s[1];
        }
        telling.verwerkt += u.verwerkt;
        telling.standaard_setting += u64::from(u.standaard_setting);
        telling.losse_reistijd += u64::from(u.losse_reistijd);
        telling.groep_deelnemers += u64::from(u.groep_deelnemers);
        telling.lijkt_per_deelnemer += u64::from(u.lijkt_per_deelnemer);
        telling.twee_teams += u64::from(u.twee_teams);
        telling.prestatiecodes.add(&u.prestatiecodes);
        telling.zonder_financier += u64::from(u.financier_standaard[0]);
        telling.zonder_contract += u64::from(u.financier_standaard[1]);
        buiten.append(&mut u.buiten_periode);
        meldingen.append(&mut u.meldingen);
        if in_dienst {
            personen.push(u);
        }
    }
    telling.buiten_periode = buiten.len() as u64;
    meldingen.sort_by_key(|m| (m.bestand, m.regel));
    let buiten_span = buiten
        .iter()
        .min()
        .zip(buiten.iter().max())
        .map(|(a, b)| (*a, *b));
    let teams = teams(&personen, mw, &periode, begroting, dec, &r.keten);
    let organisatie = organisatie(&personen, &teams, mw, &periode, &r.keten);
    let financiers =
        financier::per_financier(&epd.financiers, &per_financier, contracten, &pct, &periode);
    Resultaat {
        financiers,
        periode,
        personen,
        teams,
        organisatie,
        telling,
        afwijzingen,
        meldingen,
        buiten_span,
        uitgesloten,
        datums: epd.datums.clone(),
    }
}
