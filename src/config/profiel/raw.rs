//! The profile as TOML gives it (serde types with their spans), and the reader that turns
//! its parts into checked settings with messages that name the profile's line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::domain::decimaal::Decimaal;
use crate::domain::fold::fold;
use crate::error::InputError;
use crate::input::mapping::{Kolom, Mapping, ProfielPlek};
use crate::input::table::Column;
use crate::input::value::datum::Volgorde;

/// One text or a list of texts (paths, values); checked by [`Lezer::teksten`].
pub(super) type Paden = Spanned<toml::Value>;
/// `tarieven` read: the paths, `[tarieven] jaar` and `[tarieven] nza_namen`.
pub(super) type TarievenRuw = (Vec<PathBuf>, Option<i32>, Option<PathBuf>);
/// A header, or `false` for a field not to read; checked by [`Lezer::mapping`].
pub(super) type KolomRuw = toml::Value;
pub(super) type Waarden = toml::Value;

pub(super) type Kolommen = BTreeMap<Spanned<String>, Spanned<KolomRuw>>;
pub(super) type Woorden = BTreeMap<Spanned<String>, Spanned<String>>;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TabelRuw {
    pub(super) bestand: Option<String>,
    pub(super) blad: Option<String>,
    pub(super) datumvolgorde: Option<Spanned<String>>,
    pub(super) decimaal: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) kolommen: Kolommen,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MedewerkersRuw {
    pub(super) bestand: Option<String>,
    pub(super) blad: Option<String>,
    pub(super) datumvolgorde: Option<Spanned<String>>,
    pub(super) decimaal: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) kolommen: Kolommen,
    #[serde(default)]
    pub(super) beroepen: Woorden,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EpdRuw {
    #[serde(alias = "bestand")]
    pub(super) bestanden: Option<Paden>,
    pub(super) blad: Option<String>,
    pub(super) datumvolgorde: Option<Spanned<String>>,
    pub(super) decimaal: Option<Spanned<String>>,
    pub(super) groepsconsult_per_deelnemer: Option<Spanned<bool>>,
    #[serde(default)]
    pub(super) kolommen: Kolommen,
    #[serde(default)]
    pub(super) activiteiten: Woorden,
    #[serde(default)]
    pub(super) uitsluiten: BTreeMap<Spanned<String>, Spanned<Waarden>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TeamRuw {
    pub(super) setting: Option<Spanned<i64>>,
    #[serde(default)]
    pub(super) namen: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Ruw {
    pub(super) organisatie: Option<String>,
    pub(super) periode: Option<String>,
    pub(super) out: Option<String>,
    pub(super) per_behandelaar: Option<bool>,
    pub(super) setting: Option<Spanned<i64>>,
    pub(super) contract_percentage: Option<f64>,
    pub(super) tarieven: Option<Paden>,
    pub(super) contracten: Option<String>,
    pub(super) normen: Option<String>,
    pub(super) beroepen: Option<String>,
    pub(super) productiviteitsnorm: Option<String>,
    pub(super) netto_uren: Option<f64>,
    pub(super) fulltime_uren: Option<f64>,
    pub(super) productieve_norm: Option<f64>,
    pub(super) verzuim: Option<f64>,
    pub(super) decimaal: Option<Spanned<String>>,
    pub(super) epd: Option<EpdRuw>,
    pub(super) medewerkers: Option<MedewerkersRuw>,
    pub(super) begroting: Option<TabelRuw>,
    pub(super) realisatie_2021: Option<TabelRuw>,
    #[serde(default)]
    pub(super) teams: BTreeMap<Spanned<String>, Spanned<TeamRuw>>,
}

/// The 1-based line of byte `offset` in `text`.
pub(super) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

pub(super) struct Lezer<'t> {
    pub(super) bestand: String,
    pub(super) text: &'t str,
    pub(super) dir: PathBuf,
}

impl Lezer<'_> {
    pub(super) fn err(
        &self,
        span: std::ops::Range<usize>,
        key: &str,
        msg: impl Into<String>,
    ) -> InputError {
        InputError::at(
            &self.bestand,
            line_of(self.text, span.start),
            Some(key.to_string()),
            msg,
        )
    }

    pub(super) fn plek(&self, span: std::ops::Range<usize>, key: String) -> ProfielPlek {
        ProfielPlek {
            bestand: self.bestand.clone(),
            regel: line_of(self.text, span.start),
            sleutel: key,
        }
    }

    pub(super) fn pad(&self, p: &str) -> PathBuf {
        let p = Path::new(p);
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.dir.join(p)
        }
    }

    /// A text or a list of texts.
    pub(super) fn teksten(
        &self,
        v: &Spanned<toml::Value>,
        key: &str,
    ) -> Result<Vec<String>, InputError> {
        let bad = || {
            self.err(
                v.span(),
                key,
                "expected a text \"…\" or a list [\"…\", \"…\"]",
            )
        };
        match v.get_ref() {
            toml::Value::String(s) => Ok(vec![s.clone()]),
            toml::Value::Array(a) => a
                .iter()
                .map(|x| x.as_str().map(str::to_string).ok_or_else(bad))
                .collect(),
            _ => Err(bad()),
        }
    }

    /// `tarieven`: a path or list of paths, or a table `[tarieven]` with `bestanden`, `jaar`
    /// (the year of an NZa list whose columns and file name give none, SPEC 6.1) and
    /// `nza_namen` (the phrase table). Returns (paths, year, phrase table).
    pub(super) fn tarieven(&self, p: Option<Paden>) -> Result<TarievenRuw, InputError> {
        let Some(v) = p else {
            return Ok((Vec::new(), None, None));
        };
        let toml::Value::Table(t) = v.get_ref() else {
            return Ok((self.paden(Some(v), "tarieven")?, None, None));
        };
        let mut uit = (Vec::new(), None, None);
        for (k, w) in t {
            let key = format!("[tarieven] {k}");
            // The table's values carry no span of their own: the line that writes the key.
            let span = self.sleutel(v.span(), k);
            match k.as_str() {
                "bestanden" => {
                    uit.0 = self
                        .teksten(&Spanned::new(span.clone(), w.clone()), &key)?
                        .iter()
                        .map(|s| self.pad(s))
                        .collect();
                }
                "jaar" => {
                    uit.1 = Some(
                        w.as_integer()
                            .and_then(|j| i32::try_from(j).ok())
                            .filter(|j| (2022..=2099).contains(j))
                            .ok_or_else(|| {
                                self.err(
                                    span.clone(),
                                    &key,
                                    "expected a year 2022-2099, such as 2023",
                                )
                            })?,
                    );
                }
                "nza_namen" => {
                    let s = w.as_str().ok_or_else(|| {
                        self.err(
                            span.clone(),
                            &key,
                            "expected a path \"…\" to a phrase table",
                        )
                    })?;
                    uit.2 = Some(self.pad(s));
                }
                _ => {
                    return Err(self.err(
                        span,
                        &key,
                        "unknown key; allowed under [tarieven]: bestanden, jaar, nza_namen",
                    ));
                }
            }
        }
        Ok(uit)
    }

    /// The span of the line that writes `key = …` inside the table spanning `tabel` (the
    /// table's own span when no such line is found).
    fn sleutel(&self, tabel: std::ops::Range<usize>, key: &str) -> std::ops::Range<usize> {
        let mut pos = tabel.start;
        for line in self.text[tabel.start.min(self.text.len())..].split_inclusive('\n') {
            let t = line.trim_start();
            if t.strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
            {
                let start = pos + (line.len() - t.len());
                return start..start + t.trim_end().len();
            }
            pos += line.len();
        }
        tabel
    }

    pub(super) fn paden(&self, p: Option<Paden>, key: &str) -> Result<Vec<PathBuf>, InputError> {
        match p {
            None => Ok(Vec::new()),
            Some(v) => Ok(self.teksten(&v, key)?.iter().map(|s| self.pad(s)).collect()),
        }
    }

    /// `decimaal = "komma"` or `"punt"` (SPEC 5.2), under `[sectie]` (`""`: the top level).
    pub(super) fn decimaal(
        &self,
        d: &Spanned<String>,
        sectie: &str,
    ) -> Result<Decimaal, InputError> {
        Decimaal::parse(d.get_ref()).ok_or_else(|| {
            let key = if sectie.is_empty() { "decimaal".to_string() } else { format!("[{sectie}] decimaal") };
            self.err(
                d.span(),
                &key,
                format!(
                    "\"{}\" is no decimal sign; allowed: \"komma\" (62.346,50) or \"punt\" (62,346.50)",
                    d.get_ref()
                ),
            )
        })
    }

    /// `[<sectie>.kolommen]`, `blad` and the value conventions of one input kind.
    pub(super) fn mapping(
        &self,
        sectie: &str,
        columns: &[Column],
        kolommen: Kolommen,
        blad: Option<String>,
        conventies: [Option<Spanned<String>>; 2],
    ) -> Result<Mapping, InputError> {
        let [volgorde, decimaal] = conventies;
        let datums = matches!(sectie, "epd" | "medewerkers");
        let datumvolgorde = match volgorde {
            None => None,
            Some(v) => match Volgorde::parse(v.get_ref()).filter(|_| datums) {
                Some(x) => Some(x),
                None => {
                    return Err(self.err(
                        v.span(),
                        &format!("[{sectie}] datumvolgorde"),
                        if datums {
                            format!(
                                "\"{}\" is no date order; allowed: \"dmy\" (day first) or \"mdy\" (month first)",
                                v.get_ref()
                            )
                        } else {
                            "is not used for this file (it has no dates); leave it out".to_string()
                        },
                    ));
                }
            },
        };
        let decimaal = decimaal.map(|d| self.decimaal(&d, sectie)).transpose()?;
        let mut m = Mapping {
            datumvolgorde,
            blad_verplicht: blad.is_some(),
            blad,
            decimaal,
            ..Mapping::default()
        };
        for (veld, waarde) in kolommen {
            let key = format!("[{sectie}.kolommen] {}", veld.get_ref());
            let Some(c) = columns
                .iter()
                .find(|c| fold(c.name) == fold(veld.get_ref()))
            else {
                let velden: Vec<&str> = columns.iter().map(|c| c.name).collect();
                return Err(self.err(
                    veld.span(),
                    &key,
                    format!(
                        "\"{}\" is no field of this file; allowed: {}",
                        veld.get_ref(),
                        velden.join(", ")
                    ),
                ));
            };
            let kolom = match waarde.get_ref() {
                toml::Value::String(h) if !h.trim().is_empty() => Kolom::Kop(h.clone()),
                toml::Value::Boolean(false) => Kolom::Uit,
                _ => {
                    return Err(self.err(
                        waarde.span(),
                        &key,
                        "expected the header as the export writes it (\"…\"), or false to leave the field unread",
                    ));
                }
            };
            m.kolommen
                .push((c.name.to_string(), kolom, self.plek(veld.span(), key)));
        }
        Ok(m)
    }
}
