//! `samenvatting.json` (SPEC 3): the run's figures for machines. Hours and euros unrounded,
//! ratios as fractions, no timestamp or path, so equal inputs give equal bytes.

use serde::Serialize;

use crate::compute::Resultaat;
use crate::input::medewerkers::Medewerkers;

/// The period block.
#[derive(Debug, Serialize)]
pub struct JsonPeriode {
    /// First day.
    pub van: String,
    /// Last day.
    pub tot: String,
    /// Weekdays.
    pub werkdagen: u32,
}

/// The reconciliation block.
#[derive(Debug, Serialize)]
pub struct JsonInvoer {
    /// Rows read.
    pub regels: u64,
    /// Accepted.
    pub verwerkt: u64,
    /// Rejected.
    pub afgewezen: u64,
    /// Outside the period.
    pub buiten_periode: u64,
    /// Left out on purpose (totals rows, `negeren`, `[epd.uitsluiten]`).
    pub uitgesloten: u64,
    /// EPD dates read month first because the file proves it (SPEC 5.2; absent when 0).
    #[serde(skip_serializing_if = "is_nul")]
    pub datum_maand_eerst: u64,
    /// EPD dates `a/b/YYYY` read day first without proof (SPEC 5.2; absent when 0).
    #[serde(skip_serializing_if = "is_nul")]
    pub datum_dag_eerst_aangenomen: u64,
    /// Participants' rows of group sessions valued once (SPEC 5.4; absent when 0).
    #[serde(skip_serializing_if = "is_nul")]
    pub groep_deelnemers: u64,
    /// Groepsconsult rows that look like one row per participant (SPEC 5.4; absent when 0).
    #[serde(skip_serializing_if = "is_nul")]
    pub lijkt_per_deelnemer: u64,
    /// Rows valued by their prestatiecode (SPEC 6.2; absent when 0).
    #[serde(skip_serializing_if = "is_nul")]
    pub prestatiecode: u64,
    /// Of those, rows whose minutes give another class (absent when 0).
    #[serde(skip_serializing_if = "is_nul")]
    pub klasse_wijkt_af_van_prestatiecode: u64,
    /// Of those, rows without a duration, given the code's class bound (absent when 0).
    #[serde(skip_serializing_if = "is_nul")]
    pub duur_uit_prestatiecode: u64,
    /// Of those, rows whose code names another beroepscategorie (absent when 0).
    #[serde(skip_serializing_if = "is_nul")]
    pub beroepscategorie_wijkt_af_van_prestatiecode: u64,
    /// Rows with a code read by their activity, no NZa list loaded (absent when 0).
    #[serde(skip_serializing_if = "is_nul")]
    pub prestatiecode_niet_gebruikt: u64,
}

fn is_nul(n: &u64) -> bool {
    *n == 0
}

/// Organisation totals.
#[derive(Debug, Serialize)]
pub struct JsonOrganisatie {
    /// Direct hours.
    pub directe_uren: f64,
    /// Normed hours.
    pub genormeerde_uren: f64,
    /// Available hours.
    pub beschikbaar_uren: f64,
    /// Norm hours.
    pub norm_uren: f64,
    /// Revenue at the maximum tariffs (€).
    pub omzet: f64,
    /// Revenue at the financiers' contracts (€; SPEC 7.2).
    pub omzet_contract: f64,
}

/// One team.
#[derive(Debug, Serialize)]
pub struct JsonTeam {
    /// Team.
    pub team: String,
    /// Direct hours.
    pub directe_uren: f64,
    /// Normed hours.
    pub genormeerde_uren: f64,
    /// Available hours.
    pub beschikbaar_uren: f64,
    /// Norm hours.
    pub norm_uren: f64,
    /// Revenue at the maximum tariffs (€).
    pub omzet: f64,
    /// Revenue at the financiers' contracts (€; SPEC 7.2).
    pub omzet_contract: f64,
    /// Budget revenue for the period (€), spread by weekdays.
    pub begroting: Option<f64>,
    /// December 2021 revenue × months (€).
    pub realisatie_dec_2021: Option<f64>,
}

/// One behandelaar.
#[derive(Debug, Serialize)]
pub struct JsonBehandelaar {
    /// Id.
    pub medewerker: String,
    /// Team.
    pub team: String,
    /// Beroepscategorie code, "" where none.
    pub beroepscategorie: String,
    /// Direct hours.
    pub directe_uren: f64,
    /// Normative indirect hours.
    pub indirecte_uren: f64,
    /// Normed hours.
    pub genormeerde_uren: f64,
    /// Available hours.
    pub beschikbaar_uren: f64,
    /// Norm hours.
    pub norm_uren: f64,
    /// genormeerd / beschikbaar.
    pub productiviteit: f64,
    /// genormeerd / norm.
    pub realisatie_norm: f64,
    /// Signal label.
    pub signaal: String,
    /// Declarable consults.
    pub consulten: u32,
    /// Distinct clients.
    pub clienten: u32,
    /// Revenue at the maximum tariffs (€).
    pub omzet: f64,
    /// Revenue at the financiers' contracts (€; SPEC 7.2).
    pub omzet_contract: f64,
}

/// One financier (SPEC 7.3).
#[derive(Debug, Serialize)]
pub struct JsonFinancier {
    /// As the contracten file writes it, else as first seen in the EPD.
    pub financier: String,
    /// Display name.
    pub naam: String,
    /// Production at the maximum tariffs (€).
    pub omzet: f64,
    /// Production at the contract (€).
    pub omzet_contract: f64,
    /// Contract percentage of the maximum.
    pub percentage: f64,
    /// Omzetplafond of the year (€), `null` when none.
    pub plafond: Option<f64>,
    /// Year-end forecast at the contract (€), `null` for a period across two years.
    pub prognose_jaar: Option<f64>,
    /// Forecast − plafond when positive, else 0 (€), `null` for a period across two years.
    pub overschrijding: Option<f64>,
}

/// The whole file.
#[derive(Debug, Serialize)]
pub struct Samenvatting {
    /// Period.
    pub periode: JsonPeriode,
    /// Reconciliation.
    pub invoer: JsonInvoer,
    /// Organisation.
    pub organisatie: JsonOrganisatie,
    /// Teams by name.
    pub teams: Vec<JsonTeam>,
    /// Behandelaren by id.
    pub behandelaren: Vec<JsonBehandelaar>,
    /// Production per financier, sorted by financier (SPEC 7.3).
    pub financiers: Vec<JsonFinancier>,
}

fn euro(cents: i64) -> f64 {
    cents as f64 / 100.0
}

/// The EPD dates read month first as proved (`bewezen`), or day first without proof.
fn datums(r: &Resultaat, bewezen: bool) -> u64 {
    use crate::input::value::datum::volgorde::DatumBron;
    r.datums
        .iter()
        .filter(|b| b.melden() && matches!(b.bron, DatumBron::Bewezen(_)) == bewezen)
        .map(|b| b.aantal())
        .sum()
}

/// Builds the summary from a result.
pub fn samenvatting(r: &Resultaat, mw: &Medewerkers) -> Samenvatting {
    let o = &r.organisatie.totaal;
    Samenvatting {
        periode: JsonPeriode {
            van: r.periode.van.to_string(),
            tot: r.periode.tot.to_string(),
            werkdagen: r.periode.werkdagen(),
        },
        invoer: JsonInvoer {
            regels: r.telling.regels,
            verwerkt: r.telling.verwerkt,
            afgewezen: r.telling.afgewezen,
            buiten_periode: r.telling.buiten_periode,
            uitgesloten: r.telling.uitgesloten,
            datum_maand_eerst: datums(r, true),
            datum_dag_eerst_aangenomen: datums(r, false),
            groep_deelnemers: r.telling.groep_deelnemers,
            lijkt_per_deelnemer: r.telling.lijkt_per_deelnemer,
            prestatiecode: u64::from(r.telling.prestatiecodes.rijen),
            klasse_wijkt_af_van_prestatiecode: u64::from(r.telling.prestatiecodes.klasse_wijkt_af),
            duur_uit_prestatiecode: u64::from(r.telling.prestatiecodes.duur_uit_code),
            beroepscategorie_wijkt_af_van_prestatiecode: u64::from(
                r.telling.prestatiecodes.categorie_wijkt_af,
            ),
            prestatiecode_niet_gebruikt: u64::from(r.telling.prestatiecodes.niet_gebruikt),
        },
        organisatie: JsonOrganisatie {
            directe_uren: o.som.direct_min / 60.0,
            genormeerde_uren: o.som.genormeerd_min / 60.0,
            beschikbaar_uren: o.cap.beschikbaar,
            norm_uren: o.cap.norm,
            omzet: euro(o.som.omzet_cents),
            omzet_contract: euro(o.som.omzet_contract_cents),
        },
        teams: r
            .teams
            .iter()
            .map(|t| JsonTeam {
                team: t.naam.clone(),
                directe_uren: t.totaal.som.direct_min / 60.0,
                genormeerde_uren: t.totaal.som.genormeerd_min / 60.0,
                beschikbaar_uren: t.totaal.cap.beschikbaar,
                norm_uren: t.totaal.cap.norm,
                omzet: euro(t.totaal.som.omzet_cents),
                omzet_contract: euro(t.totaal.som.omzet_contract_cents),
                begroting: t.begroting.map(|b| b.omzet),
                realisatie_dec_2021: t.dec2021.map(|d| d.0),
            })
            .collect(),
        behandelaren: r
            .personen
            .iter()
            .map(|u| {
                let m = &mw.lijst[u.idx as usize];
                JsonBehandelaar {
                    medewerker: m.id.clone(),
                    team: m.team.clone(),
                    beroepscategorie: m
                        .categorie
                        .map(|c| c.code().to_string())
                        .unwrap_or_default(),
                    directe_uren: u.som.direct_min / 60.0,
                    indirecte_uren: u.som.indirect_min / 60.0,
                    genormeerde_uren: u.som.genormeerd_min / 60.0,
                    beschikbaar_uren: u.cap.beschikbaar,
                    norm_uren: u.cap.norm,
                    productiviteit: u.productiviteit,
                    realisatie_norm: u.realisatie_norm,
                    signaal: u.signaal.label().to_string(),
                    consulten: u.consulten,
                    clienten: u.clienten,
                    omzet: euro(u.som.omzet_cents),
                    omzet_contract: euro(u.som.omzet_contract_cents),
                }
            })
            .collect(),
        financiers: r
            .financiers
            .iter()
            .map(|f| JsonFinancier {
                financier: f.financier.clone(),
                naam: f.naam.clone(),
                omzet: euro(f.omzet_cents),
                omzet_contract: euro(f.omzet_contract_cents),
                percentage: f.percentage,
                plafond: f.plafond_cents.map(euro),
                prognose_jaar: f.prognose_cents.map(euro),
                overschrijding: f.overschrijding_cents.map(euro),
            })
            .collect(),
    }
}

/// The JSON text (pretty, with a final newline).
pub fn to_string(s: &Samenvatting) -> String {
    let mut t = serde_json::to_string_pretty(s).unwrap_or_else(|_| "{}".into());
    t.push('\n');
    t
}
