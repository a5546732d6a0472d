//! One behandelaar's figures (SPEC 1.7): every accepted activity valued by
//! [`crate::rules::prestatie::waardeer`], summed, and set against the available time.

use std::collections::BTreeMap;

use rustc_hash::FxHashSet as HashSet;

use chrono::{Datelike, Duration, NaiveDate};

use crate::compute::financier::Percentages;
use crate::domain::activiteit::Activiteit;
use crate::domain::medewerker::{Dienstverband, Medewerker};
use crate::domain::periode::{Periode, werkdagen_vereniging};
use crate::domain::signaal::Signaal;
use crate::input::epd::{Regel, VLAG_DEELNEMER, VLAG_LIJKT_DEELNEMER};
use crate::rules::Referentie;
use crate::rules::keten::ratio;
use crate::rules::klasse::klasse_index;
use crate::rules::prestatie::{Invoer, Waardering, waardeer};

mod capaciteit;
mod melding;
pub use capaciteit::in_dienst_in;
use capaciteit::{capaciteit, werkdagen_per_contract};
pub use melding::{Bijzonderheid, CodeTelling, Kwaliteitsmelding};

/// Minutes and money summed over activities.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Som {
    /// Direct minutes (consults and groups).
    pub direct_min: f64,
    /// Normative indirect minutes.
    pub indirect_min: f64,
    /// Overleg minutes.
    pub overleg_min: f64,
    /// Travel minutes.
    pub reistijd_min: f64,
    /// Non-patient minutes.
    pub npg_min: f64,
    /// Normed minutes.
    pub genormeerd_min: f64,
    /// Revenue in cents at the maximum tariffs.
    pub omzet_cents: i64,
    /// Revenue in cents at the financiers' contracts (SPEC 7.2).
    pub omzet_contract_cents: i64,
}

impl Som {
    /// Adds another sum.
    pub fn add(&mut self, o: &Som) {
        self.direct_min += o.direct_min;
        self.indirect_min += o.indirect_min;
        self.overleg_min += o.overleg_min;
        self.reistijd_min += o.reistijd_min;
        self.npg_min += o.npg_min;
        self.genormeerd_min += o.genormeerd_min;
        self.omzet_cents += o.omzet_cents;
        self.omzet_contract_cents += o.omzet_contract_cents;
    }

    /// Adds `n` activities valued as `w`.
    pub fn tel(&mut self, w: &Waardering, n: u32) {
        let f = f64::from(n);
        self.direct_min += w.direct_min * f;
        self.indirect_min += w.indirect_min * f;
        self.overleg_min += w.overleg_min * f;
        self.reistijd_min += w.reistijd_min * f;
        self.npg_min += w.npg_min * f;
        self.genormeerd_min += w.genormeerd_min * f;
        self.omzet_cents += w.omzet_cents * i64::from(n);
        self.omzet_contract_cents += w.omzet_contract_cents * i64::from(n);
    }
}

/// Available time and norm for a span (hours).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Capaciteit {
    /// Time available for care (C).
    pub beschikbaar: f64,
    /// Expected normed time (E).
    pub norm: f64,
}

/// Planning = Realisatie check (NZa's yearly duty): consults with both times.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PlanningCheck {
    /// Consults with both planned and realised time.
    pub met_beide: u32,
    /// Σ (planned − realised) minutes.
    pub som_afwijking: f64,
    /// Consults whose planned time is more than 15 minutes off.
    pub buiten_marge: u32,
}

/// One behandelaar's outcome for the period.
#[derive(Debug, Clone, PartialEq)]
pub struct Uitkomst {
    /// Index in the medewerkers list.
    pub idx: u32,
    /// Summed activity.
    pub som: Som,
    /// Available time and norm.
    pub cap: Capaciteit,
    /// genormeerd / beschikbaar.
    pub productiviteit: f64,
    /// genormeerd / norm.
    pub realisatie_norm: f64,
    /// The signal.
    pub signaal: Signaal,
    /// Declarable consults.
    pub consulten: u32,
    /// Distinct clients.
    pub clienten: u32,
    /// Consults per type (0 diagnostiek, 1 behandeling) and class index.
    pub per_klasse: [[u32; 8]; 2],
    /// Consults under 5 minutes.
    pub onder_5: u32,
    /// Groepsconsult prestaties (blocks × n).
    pub groepsprestaties: u32,
    /// Overleg (kort ≤ 15 min, lang).
    pub overleg: [u32; 2],
    /// Weekdays in service in the period (under any contract in this team).
    pub werkdagen: u32,
    /// Contract hours a week: the contract's, or with several contracts their average over
    /// the weekdays in service in the period (concurrent contracts add up).
    pub uren_per_week: f64,
    /// Σ contract hours a week × the contract's weekdays in the period.
    pub uren_dagen: f64,
    /// FTE: hours a week / fulltime hours; a person with entries in several teams shares
    /// their FTE between them by weekdays (set by [`crate::compute::bereken_alles`]).
    pub fte: f64,
    /// Activities in the period on a date with contracts in two teams (SPEC 5.5).
    pub twee_teams: u32,
    /// Per week (Monday) of the period.
    pub per_week: BTreeMap<NaiveDate, Som>,
    /// Per month of the period, with that month's capacity.
    pub per_maand: Vec<(Periode, Som, Capaciteit)>,
    /// Planning = Realisatie.
    pub planning: PlanningCheck,
    /// Flagged rows.
    pub meldingen: Vec<Kwaliteitsmelding>,
    /// Accepted rows in the period.
    pub verwerkt: u64,
    /// Consults that got the default setting (SPEC 5.4).
    pub standaard_setting: u32,
    /// Stand-alone reistijd rows in the period (SPEC 5.4).
    pub losse_reistijd: u32,
    /// Participants' rows of group sessions valued on another row (SPEC 5.4).
    pub groep_deelnemers: u32,
    /// Groepsconsult rows that look like one row per participant (a warning, SPEC 5.4).
    pub lijkt_per_deelnemer: u32,
    /// What the prestatiecodes did to the rows (SPEC 6.2).
    pub prestatiecodes: CodeTelling,
    /// Production per financier number: (maximum, contract) in cents (SPEC 7.2).
    pub per_financier: Vec<[i64; 2]>,
    /// Valued rows without a financier ("(onbekend)"), and valued rows of a financier
    /// without a contract row for the year (valued at `--contract-percentage`; SPEC 7.1).
    pub financier_standaard: [u32; 2],
    /// Rows outside the period.
    pub buiten_periode: Vec<NaiveDate>,
}

/// Computes one behandelaar over `periode` from their rows (any order; rows outside the
/// period are counted apart). `default_setting` applies where neither row nor person has one;
/// `pct` gives each financier's contract percentage (SPEC 7.2).
pub fn bereken(
    idx: u32,
    m: &Medewerker,
    regels: &[Regel],
    periode: &Periode,
    r: &Referentie,
    (default_setting, pct): (u8, &Percentages),
) -> Uitkomst {
    let (cap, werkdagen) = capaciteit(m, periode, r, &|_, c, _| c.afwezig_uren);
    let wd_contract = werkdagen_per_contract(m, periode);
    let uren_dagen: f64 = m
        .contracten
        .iter()
        .zip(&wd_contract)
        .map(|(c, wd)| c.uren_per_week * f64::from(*wd))
        .sum();
    let mut u = Uitkomst {
        idx,
        som: Som::default(),
        cap,
        productiviteit: 0.0,
        realisatie_norm: 0.0,
        signaal: Signaal::GeenBeschikbareTijd,
        consulten: 0,
        clienten: 0,
        per_klasse: [[0; 8]; 2],
        onder_5: 0,
        groepsprestaties: 0,
        overleg: [0; 2],
        werkdagen,
        uren_per_week: match m.contracten.as_slice() {
            [c] => c.uren_per_week,
            _ if werkdagen > 0 => uren_dagen / f64::from(werkdagen),
            _ => m.huidig().uren_per_week,
        },
        uren_dagen,
        fte: 0.0,
        twee_teams: 0,
        per_week: BTreeMap::new(),
        per_maand: Vec::new(),
        planning: PlanningCheck::default(),
        meldingen: Vec::new(),
        verwerkt: 0,
        standaard_setting: 0,
        losse_reistijd: 0,
        groep_deelnemers: 0,
        lijkt_per_deelnemer: 0,
        prestatiecodes: CodeTelling::default(),
        per_financier: vec![[0; 2]; pct.len()],
        financier_standaard: [0; 2],
        buiten_periode: Vec::new(),
    };
    let maanden = periode.maandlijst();
    let mut maand_som = vec![Som::default(); maanden.len()];
    let mut clients: HashSet<u64> = HashSet::default();
    for regel in regels {
        if !periode.bevat(regel.datum) {
            u.buiten_periode.push(regel.datum);
            continue;
        }
        u.verwerkt += 1;
        // The contract valid on the date gives the setting and beroepscategorie (SPEC 5.5).
        let c = m
            .contracten
            .get(usize::from(regel.contract))
            .unwrap_or_else(|| m.huidig());
        u.twee_teams += u32::from(regel.twee_teams);
        if regel.vlag & VLAG_LIJKT_DEELNEMER != 0 {
            u.lijkt_per_deelnemer += 1;
        }
        if regel.vlag & VLAG_DEELNEMER != 0 {
            // one participant of a session valued on its first row (SPEC 5.4)
            u.groep_deelnemers += 1;
            if regel.client != 0 {
                clients.insert(regel.client);
            }
            continue;
        }
        let gepland = (!regel.geplande_min.is_nan()).then_some(regel.geplande_min);
        let code = r.tarieven.codes.key(regel.code);
        let (contract_bp, met_contract) = pct.bp(regel.financier, regel.datum.year());
        let inv = Invoer {
            soort: regel.soort,
            directe_min: regel.directe_min,
            geplande_min: gepland,
            groepsgrootte: u32::from(regel.groepsgrootte),
            reistijd_min: regel.reistijd_min,
            setting: if let Some(s) = code.and_then(|k| k.setting) {
                s
            } else if regel.setting > 0 {
                regel.setting
            } else if let Some(s) = c.setting {
                s
            } else {
                if regel.soort.consult_soort().is_some() {
                    u.standaard_setting += 1;
                }
                default_setting
            },
            jaar: regel.datum.year(),
            categorie: c.categorie,
            code,
            contract_bp,
        };
        u.financier_standaard[0] += u32::from(regel.financier == 0);
        u.financier_standaard[1] += u32::from(!met_contract);
        let w = waardeer(&inv, r);
        if let Some(f) = u.per_financier.get_mut(usize::from(regel.financier)) {
            f[0] += w.omzet_cents;
            f[1] += w.omzet_contract_cents;
        }
        u.prestatiecodes
            .tel(regel, code, &w, c.categorie, &mut u.meldingen);
        let mut s = Som::default();
        s.tel(&w, 1);
        u.som.add(&s);
        let monday =
            regel.datum - Duration::days(i64::from(regel.datum.weekday().num_days_from_monday()));
        u.per_week.entry(monday).or_default().add(&s);
        if let Some(i) = maanden.iter().position(|mp| mp.bevat(regel.datum)) {
            maand_som[i].add(&s);
        }
        let is_consult = regel.soort.consult_soort().is_some();
        if (is_consult || regel.soort == Activiteit::Groepsconsult) && regel.client != 0 {
            clients.insert(regel.client);
        }
        if is_consult {
            if w.declarabel {
                u.consulten += 1;
                let t = usize::from(regel.soort == Activiteit::ConsultBehandeling);
                if let Some(k) = w.klasse.and_then(klasse_index) {
                    u.per_klasse[t][k] += 1;
                }
            }
            if let Some(p) = gepland {
                u.planning.met_beide += 1;
                u.planning.som_afwijking += p - regel.directe_min;
                if (p - regel.directe_min).abs() > crate::rules::klasse::PLANNING_MARGE_MIN {
                    u.planning.buiten_marge += 1;
                }
            }
        }
        if w.onder_5 {
            u.onder_5 += 1;
            u.meldingen.push(Kwaliteitsmelding {
                bestand: regel.bestand,
                regel: regel.regel,
                wat: Bijzonderheid::OnderVijf(w.minuten),
            });
        }
        if let Some(key) = w.ontbreekt {
            u.meldingen.push(Kwaliteitsmelding {
                bestand: regel.bestand,
                regel: regel.regel,
                wat: Bijzonderheid::TariefOntbreekt(key),
            });
        }
        match regel.soort {
            Activiteit::Reistijd => u.losse_reistijd += 1,
            Activiteit::Groepsconsult => u.groepsprestaties += w.prestaties,
            Activiteit::Overleg => {
                let lang = code.map_or(w.minuten > 15.0, |k| k.soort == "lang");
                u.overleg[usize::from(lang)] += 1;
            }
            _ => {}
        }
    }
    u.clienten = clients.len() as u32;
    // Each contract's absence is spread over the months by its weekdays in service.
    u.per_maand = maanden
        .iter()
        .zip(maand_som)
        .map(|(mp, s)| {
            let (c, _) = capaciteit(m, mp, r, &|i, c, wd| {
                c.afwezig_uren * f64::from(wd) / f64::from(wd_contract[i].max(1))
            });
            (*mp, s, c)
        })
        .collect();
    let genormeerd = u.som.genormeerd_min / 60.0;
    u.productiviteit = ratio(genormeerd, u.cap.beschikbaar);
    u.realisatie_norm = ratio(genormeerd, u.cap.norm);
    u.signaal = r
        .keten
        .signaal((u.cap.norm > 0.0).then_some(u.realisatie_norm));
    u
}
