//! What `zpm run` says on stderr: the reconciliation and every default, convention and
//! warning of the run (SPEC 4: "never a silent wrong figure"), and how headers were read.

use crate::compute::Resultaat;
use crate::config::RunConfig;
use crate::input::epd::EpdInvoer;
use crate::input::medewerkers::Medewerkers;
use crate::output::workbook::audit::Invoercontrole;

/// The run's last lines: the reconciliation, then each count of rows left out, flagged or
/// read by a default or a detected convention.
pub(super) fn laatste_regels(
    cfg: &RunConfig,
    res: &Resultaat,
    mw: &Medewerkers,
    epd: &EpdInvoer,
    controle: &Invoercontrole,
) {
    let t = &res.telling;
    eprintln!(
        "zpm: {} behandelaren in {} teams, periode {}; regels {} = verwerkt {} + afgewezen {} + buiten_periode {} + uitgesloten {}",
        res.personen.len(),
        res.teams.len(),
        res.periode.label(),
        t.regels,
        t.verwerkt,
        t.afgewezen,
        t.buiten_periode,
        t.uitgesloten
    );
    for (reden, n) in &res.uitgesloten {
        eprintln!("zpm: uitgesloten: {n} × {reden}");
    }
    if t.verdacht > 0 {
        eprintln!(
            "zpm: warning: {} EPD rows have a status or declarabel such as \"niet verschenen\", \"geannuleerd\" or \"nee\" and were counted as activities; to leave them out, list those values in the profile under [epd.uitsluiten] (for example status = [\"Niet verschenen\"])",
            t.verdacht
        );
    }
    if t.standaard_setting > 0 {
        eprintln!(
            "zpm: {} consults got the default setting {} (no setting on the row, the medewerker or the profile's team; give --setting or [teams.\"…\"] setting)",
            t.standaard_setting, cfg.refs.setting
        );
    }
    for l in controle.regels() {
        eprintln!("zpm: {l}");
    }
    for h in epd.headers.iter().filter(|h| !h.losse_quotes.is_empty()) {
        eprintln!(
            "zpm: warning: {}: {} stray quote(s) (\") opened a field that ran over whole records, on line {}: each line was read as its own record, the quote as a literal character; check that free-text field in the export",
            h.file,
            h.losse_quotes.len(),
            regellijst(&h.losse_quotes)
        );
    }
    let dubbel = res
        .afwijzingen
        .iter()
        .filter(|a| a.soort == crate::input::epd::dubbel::DUBBEL)
        .count();
    if dubbel > 0 {
        eprintln!(
            "zpm: {dubbel} rows rejected as dubbel: they repeat rows of an earlier --epd file whose dates overlap (see afwijzingen.csv)"
        );
    }
    for b in res.datums.iter().chain(&mw.datums).filter(|b| b.melden()) {
        eprintln!("{}", b.regel_stderr());
    }
    if t.groep_deelnemers > 0 {
        eprintln!(
            "zpm: {} groepsconsult rows of participants were valued once with their session (groepsconsult_per_deelnemer = true)",
            t.groep_deelnemers
        );
    }
    if t.lijkt_per_deelnemer > 0 {
        eprintln!(
            "zpm: warning: {} groepsconsult rows look like one row per participant (same medewerker, datum, begintijd and duur, as many rows as their group size) and were each valued as a whole session; if the export writes a group session once per participant, set groepsconsult_per_deelnemer = true under [epd] in the profile",
            t.lijkt_per_deelnemer
        );
    }
    let c = &t.prestatiecodes;
    if c.rijen > 0 {
        eprintln!(
            "zpm: {} rows were valued by their prestatiecode (SPEC 6.2): {} with another class than their minutes give, {} without a duration (the code's class bound), {} with another beroepscategorie than the medewerker's (each listed on Datakwaliteit)",
            c.rijen, c.klasse_wijkt_af, c.duur_uit_code, c.categorie_wijkt_af
        );
    }
    if c.niet_gebruikt > 0 {
        eprintln!(
            "zpm: warning: {} rows carry a prestatiecode that was not used, because no NZa tariff list is loaded: they were read by their activity (give the NZa list with --tarieven to value them by their code)",
            c.niet_gebruikt
        );
    }
    meld_financiers(cfg, res);
    if mw.uit_fte > 0 {
        eprintln!(
            "zpm: {} medewerker rows give an fte and no uren_per_week: hours a week = fte × {} (--fulltime-uren)",
            mw.uit_fte, mw.fulltime_uren
        );
    }
    if t.twee_teams > 0 {
        eprintln!(
            "zpm: {} activities fell on a date with contracts in two teams and went to the team of the row listed first in the medewerkers file (SPEC 5.5)",
            t.twee_teams
        );
    }
}

/// The three most frequent reasons why rows were not processed, with their counts.
pub(super) fn top_redenen(res: &Resultaat) -> Vec<String> {
    let mut n: std::collections::BTreeMap<String, u64> = std::collections::BTreeMap::new();
    for a in &res.afwijzingen {
        *n.entry(a.soort.to_string()).or_insert(0) += 1;
    }
    for (reden, k) in &res.uitgesloten {
        *n.entry(format!("uitgesloten: {reden}")).or_insert(0) += k;
    }
    if res.telling.buiten_periode > 0 {
        n.insert(
            format!("buiten de periode {}", res.periode.label()),
            res.telling.buiten_periode,
        );
    }
    let mut v: Vec<(String, u64)> = n.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.into_iter()
        .take(3)
        .map(|(r, k)| format!("{k} × {r}"))
        .collect()
}

/// Says on stderr what each NZa tariff list gave, and lists the rows it could not use.
pub(super) fn meld_nza(lijsten: &[crate::input::reference::nza::lijst::NzaVerslag]) {
    for l in lijsten {
        eprintln!(
            "zpm: {}: NZa tariff list, {} of {} rows decoded",
            l.bestand, l.gebruikt, l.regels
        );
        for n in &l.niet_gelezen {
            eprintln!(
                "zpm: {}:{}: not used: {} \"{}\": {}",
                l.bestand, n.regel, n.code, n.naam, n.reden
            );
        }
    }
}

/// Names on stderr what zpm made of a file's header: the sheet used, columns ignored by
/// precedence (SPEC 5.1) and columns that named nothing.
pub(super) fn meld_kop(h: &crate::input::table::Header) {
    if let Some(sheet) = &h.sheet {
        eprintln!(
            "zpm: {}: sheet \"{sheet}\", header on row {}",
            h.file, h.line
        );
    }
    for v in &h.voorrang {
        eprintln!(
            "zpm: {}: column \"{}\" used for {}; \"{}\" ignored",
            h.file, v.gebruikt, v.veld, v.genegeerd
        );
    }
    if !h.ignored.is_empty() {
        eprintln!("zpm: {}: ignored columns: {}", h.file, h.ignored.join(", "));
    }
}

/// The lines of "Over dit rapport" that say how a file's header was read.
/// Up to five line numbers, then how many more.
pub(super) fn regellijst(lines: &[usize]) -> String {
    let mut s: Vec<String> = lines.iter().take(5).map(|l| l.to_string()).collect();
    if lines.len() > 5 {
        s.push(format!("… (+{})", lines.len() - 5));
    }
    s.join(", ")
}

pub(super) fn kolomkeuzes(h: &crate::input::table::Header) -> Vec<String> {
    let mut v = Vec::new();
    if !h.losse_quotes.is_empty() {
        v.push(format!(
            "{}: los aanhalingsteken op regel {}: elke regel als eigen regel gelezen",
            h.file,
            regellijst(&h.losse_quotes)
        ));
    }
    if let Some(sheet) = &h.sheet {
        v.push(format!(
            "{}: blad \"{sheet}\", kopregel op rij {}",
            h.file, h.line
        ));
    }
    for k in &h.voorrang {
        v.push(format!(
            "{}: kolom \"{}\" gebruikt als {}; \"{}\" genegeerd",
            h.file, k.gebruikt, k.veld, k.genegeerd
        ));
    }
    v
}

/// The financiers in one line: how many, which use `--contract-percentage` for want of a
/// contract row, and which are forecast over their omzetplafond (SPEC 7.2).
fn meld_financiers(cfg: &RunConfig, res: &Resultaat) {
    let f = &res.financiers;
    if cfg.contracten.is_none()
        && f.iter()
            .all(|x| x.financier == crate::domain::financier::ONBEKEND)
    {
        return;
    }
    let zonder: Vec<&str> = f
        .iter()
        .filter(|x| !x.met_contract)
        .map(|x| x.financier.as_str())
        .collect();
    eprintln!(
        "zpm: {} financiers; {} rows without a financier (counted as (onbekend)); {} rows of a financier without a contract row for {} (valued at --contract-percentage {}): {}",
        f.len(),
        res.telling.zonder_financier,
        res.telling.zonder_contract,
        chrono::Datelike::year(&res.periode.van),
        cfg.refs.referentie.tarieven.contract_basispunten as f64 / 100.0,
        if zonder.is_empty() {
            "none".to_string()
        } else {
            zonder.join(", ")
        }
    );
    for x in f
        .iter()
        .filter(|x| x.overschrijding_cents.is_some_and(|o| o > 0))
    {
        eprintln!(
            "zpm: warning: financier {} is forecast over its omzetplafond: forecast € {:.2}, ceiling € {:.2}, overshoot € {:.2} would not be paid (sheet Financiers)",
            x.financier,
            x.prognose_cents.unwrap_or(0) as f64 / 100.0,
            x.plafond_cents.unwrap_or(0) as f64 / 100.0,
            x.overschrijding_cents.unwrap_or(0) as f64 / 100.0
        );
    }
}
