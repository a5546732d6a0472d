//! The profile (`--profiel FILE`, SPEC 5.6): a TOML file that describes an organisation's
//! exports once. [`Profiel::read`] parses it with serde and checks every key, field, header
//! and value; an error names the profile's line and key and what is allowed there.

use std::path::{Path, PathBuf};

use toml::Spanned;

use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::epd::opties::{Duiding, EpdOpties};
use crate::input::mapping::{Mapping, ProfielPlek, TeamNamen};
use crate::input::medewerkers::MedewerkerOpties;

mod raw;
use raw::{Lezer, Ruw, line_of};

/// The checked profile: run settings (paths resolved against the profile's folder) and the
/// mapping of each kind of input.
#[derive(Debug, Clone, Default)]
pub struct Profiel {
    /// The profile file as given.
    pub bestand: String,
    /// `organisatie`.
    pub organisatie: Option<String>,
    /// `periode`, as written.
    pub periode: Option<String>,
    /// `out`.
    pub out: Option<PathBuf>,
    /// `per_behandelaar`.
    pub per_behandelaar: Option<bool>,
    /// `setting`.
    pub setting: Option<u8>,
    /// `contract_percentage`.
    pub contract_percentage: Option<f64>,
    /// `tarieven`, or `[tarieven] bestanden`.
    pub tarieven: Vec<PathBuf>,
    /// `[tarieven] jaar`: the year of an NZa list that gives none itself (SPEC 6.1).
    pub tarieven_jaar: Option<i32>,
    /// `[tarieven] nza_namen`: the phrase table for NZa names (SPEC 6.1).
    pub nza_namen: Option<PathBuf>,
    /// `contracten` (SPEC 7.1).
    pub contracten: Option<PathBuf>,
    /// `normen`.
    pub normen: Option<PathBuf>,
    /// `beroepen`.
    pub beroepen: Option<PathBuf>,
    /// `productiviteitsnorm`.
    pub productiviteitsnorm: Option<PathBuf>,
    /// `netto_uren`.
    pub netto_uren: Option<f64>,
    /// `fulltime_uren`.
    pub fulltime_uren: Option<f64>,
    /// `productieve_norm`.
    pub productieve_norm: Option<f64>,
    /// `verzuim`.
    pub verzuim: Option<f64>,
    /// `[epd] bestanden`.
    pub epd_bestanden: Vec<PathBuf>,
    /// `[medewerkers] bestand`.
    pub medewerkers_bestand: Option<PathBuf>,
    /// `[begroting] bestand`.
    pub begroting_bestand: Option<PathBuf>,
    /// `[realisatie_2021] bestand`.
    pub realisatie_bestand: Option<PathBuf>,
    /// The EPD's mapping, activity values and left-out rows.
    pub epd: EpdOpties,
    /// The medewerkers' mapping, beroepen and teams.
    pub medewerkers: MedewerkerOpties,
    /// The begroting's mapping.
    pub begroting: Mapping,
    /// December 2021's mapping.
    pub realisatie_2021: Mapping,
    /// The teams' other names and settings.
    pub teams: TeamNamen,
    /// The top-level `decimaal`: every input's number columns unless its section says otherwise
    /// (SPEC 5.2), also the tariff tables.
    pub decimaal: Option<crate::domain::decimaal::Decimaal>,
    /// The teams as the profile writes them: name, setting, other names.
    pub teams_geschreven: Vec<(String, Option<u8>, Vec<String>)>,
    /// Each beroep of `[medewerkers.beroepen]` with where it was written (checked against
    /// the loaded beroepen by [`Profiel::check_beroepen`]).
    beroep_plekken: Vec<(String, ProfielPlek)>,
}

impl Profiel {
    /// Reads and checks the profile at `path`.
    pub fn read(path: &Path) -> Result<Self, InputError> {
        let bestand = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| InputError::file(&bestand, format!("cannot read the profile: {e}")))?;
        Self::parse(&bestand, &text, path.parent().unwrap_or(Path::new("")))
    }

    /// Checks that every beroep of `[medewerkers.beroepen]` is one zpm knows (`is_beroep`).
    pub fn check_beroepen(&self, is_beroep: &dyn Fn(&str) -> bool) -> Result<(), InputError> {
        match self.beroep_plekken.iter().find(|(b, _)| !is_beroep(b)) {
            None => Ok(()),
            Some((b, plek)) => Err(InputError::at(
                &plek.bestand,
                plek.regel,
                Some(plek.sleutel.clone()),
                format!(
                    "\"{b}\" is no beroep zpm knows; allowed: a beroep of templates/beroepen.csv (e.g. gz-psycholoog, psychiater, verpleegkundig specialist) or a beroepscategorie"
                ),
            )),
        }
    }

    /// Parses profile `text` (named `bestand`; relative paths are taken from `dir`).
    pub fn parse(bestand: &str, text: &str, dir: &Path) -> Result<Self, InputError> {
        let l = Lezer {
            bestand: bestand.to_string(),
            text,
            dir: dir.to_path_buf(),
        };
        let ruw: Ruw = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            InputError::at(
                bestand,
                line,
                None,
                format!(
                    "{}; see the profile's keys in the README (\"Your own exports\")",
                    e.message().trim_end()
                ),
            )
        })?;
        let mut p = Profiel {
            bestand: bestand.to_string(),
            organisatie: ruw.organisatie,
            periode: ruw.periode,
            out: ruw.out.as_deref().map(|o| l.pad(o)),
            per_behandelaar: ruw.per_behandelaar,
            contract_percentage: ruw.contract_percentage,
            contracten: ruw.contracten.as_deref().map(|o| l.pad(o)),
            normen: ruw.normen.as_deref().map(|o| l.pad(o)),
            beroepen: ruw.beroepen.as_deref().map(|o| l.pad(o)),
            productiviteitsnorm: ruw.productiviteitsnorm.as_deref().map(|o| l.pad(o)),
            netto_uren: ruw.netto_uren,
            fulltime_uren: ruw.fulltime_uren,
            productieve_norm: ruw.productieve_norm,
            verzuim: ruw.verzuim,
            ..Profiel::default()
        };
        (p.tarieven, p.tarieven_jaar, p.nza_namen) = l.tarieven(ruw.tarieven)?;
        p.decimaal = ruw
            .decimaal
            .as_ref()
            .map(|d| l.decimaal(d, ""))
            .transpose()?;
        let setting = |s: &Spanned<i64>, key: &str| {
            u8::try_from(*s.get_ref())
                .ok()
                .filter(|v| (1..=8).contains(v))
                .ok_or_else(|| l.err(s.span(), key, "expected a setting 1-8"))
        };
        p.setting = ruw
            .setting
            .as_ref()
            .map(|s| setting(s, "setting"))
            .transpose()?;
        for (team, t) in &ruw.teams {
            let key = format!("[teams.\"{}\"]", team.get_ref());
            let s = t
                .get_ref()
                .setting
                .as_ref()
                .map(|s| setting(s, &key))
                .transpose()?;
            p.teams.voeg_toe(team.get_ref(), &t.get_ref().namen, s);
            p.teams_geschreven
                .push((team.get_ref().clone(), s, t.get_ref().namen.clone()));
        }
        let e = ruw.epd.unwrap_or_default();
        p.epd_bestanden = l.paden(e.bestanden, "[epd] bestanden")?;
        let cols = &crate::input::epd::COLUMNS;
        p.epd.mapping = l.mapping(
            "epd",
            cols,
            e.kolommen,
            e.blad,
            [e.datumvolgorde, e.decimaal],
        )?;
        p.epd.groepsconsult_per_deelnemer =
            e.groepsconsult_per_deelnemer.is_some_and(|g| *g.get_ref());
        for (waarde, doel) in &e.activiteiten {
            let d = Duiding::parse(doel.get_ref()).ok_or_else(|| {
                l.err(
                    doel.span(),
                    &format!("[epd.activiteiten] \"{}\"", waarde.get_ref()),
                    format!(
                        "\"{}\" is no activiteit; allowed: consult_diagnostiek, consult_behandeling, groepsconsult, intercollegiaal_overleg, niet_patientgebonden, reistijd, negeren",
                        doel.get_ref()
                    ),
                )
            })?;
            p.epd.activiteiten.insert(fold(waarde.get_ref()), d);
        }
        for (veld, waarden) in &e.uitsluiten {
            let key = format!("[epd.uitsluiten] {}", veld.get_ref());
            let v = l.teksten(waarden, &key)?;
            p.epd
                .sluit_uit(veld.get_ref(), &v, l.plek(veld.span(), key));
        }
        let m = ruw.medewerkers.unwrap_or_default();
        p.medewerkers_bestand = m.bestand.as_deref().map(|o| l.pad(o));
        p.medewerkers.mapping = l.mapping(
            "medewerkers",
            &crate::input::medewerkers::COLUMNS,
            m.kolommen,
            m.blad,
            [m.datumvolgorde, m.decimaal],
        )?;
        for (titel, beroep) in &m.beroepen {
            let key = format!("[medewerkers.beroepen] \"{}\"", titel.get_ref());
            p.beroep_plekken
                .push((beroep.get_ref().clone(), l.plek(beroep.span(), key)));
            p.medewerkers
                .beroepen
                .insert(fold(titel.get_ref()), beroep.get_ref().clone());
        }
        p.medewerkers.teams = p.teams.clone();
        for (sectie, t, bestand, mapping, cols) in [
            (
                "begroting",
                ruw.begroting,
                &mut p.begroting_bestand,
                &mut p.begroting,
                &crate::input::begroting::BEGROTING_COLUMNS[..],
            ),
            (
                "realisatie_2021",
                ruw.realisatie_2021,
                &mut p.realisatie_bestand,
                &mut p.realisatie_2021,
                &crate::input::begroting::REALISATIE_COLUMNS[..],
            ),
        ] {
            let t = t.unwrap_or_default();
            *bestand = t.bestand.as_deref().map(|o| l.pad(o));
            *mapping = l.mapping(
                sectie,
                cols,
                t.kolommen,
                t.blad,
                [t.datumvolgorde, t.decimaal],
            )?;
        }
        for m in [
            &mut p.epd.mapping,
            &mut p.medewerkers.mapping,
            &mut p.begroting,
            &mut p.realisatie_2021,
        ] {
            m.decimaal = m.decimaal.or(p.decimaal);
        }
        Ok(p)
    }
}

#[cfg(test)]
#[path = "profiel_tests.rs"]
mod tests;
