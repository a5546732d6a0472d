//! Flagged rows (accepted, listed on Datakwaliteit) and what the prestatiecodes did to a
//! behandelaar's rows (SPEC 6.2).

use crate::domain::beroepscategorie::Beroepscategorie;
use crate::input::epd::{Regel, VLAG_CODE_NIET_GEBRUIKT, VLAG_DUUR_UIT_CODE};
use crate::rules::prestatie::Waardering;
use crate::rules::tarieven::TariefKey;

/// What is notable about a flagged row (kept small: the text is made only when shown).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bijzonderheid {
    /// A consult under 5 minutes (its counted minutes).
    OnderVijf(f64),
    /// No tariff row matches this key.
    TariefOntbreekt(TariefKey),
    /// The class the row's minutes (or group size) give differs from its prestatiecode's: the
    /// code's prestatie and the row's minutes (SPEC 6.2).
    KlasseWijktAf(TariefKey, f64),
    /// The row had no duration: its direct minutes are the code's class bound (SPEC 6.2).
    DuurUitCode(TariefKey),
    /// The code's beroepscategorie differs from the medewerker's (SPEC 6.2).
    CategorieWijktAf(TariefKey, Option<Beroepscategorie>),
}

/// A data-quality note on an accepted row (flagged, not rejected).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kwaliteitsmelding {
    /// File index.
    pub bestand: u16,
    /// Line.
    pub regel: u32,
    /// What is notable.
    pub wat: Bijzonderheid,
}

impl Kwaliteitsmelding {
    /// Category (for counts per reason).
    pub fn soort(&self) -> &'static str {
        match self.wat {
            Bijzonderheid::OnderVijf(_) => "consult korter dan 5 minuten",
            Bijzonderheid::TariefOntbreekt(_) => "tarief ontbreekt",
            Bijzonderheid::KlasseWijktAf(..) => "klasse wijkt af van prestatiecode",
            Bijzonderheid::DuurUitCode(_) => "duur uit prestatiecode",
            Bijzonderheid::CategorieWijktAf(..) => "beroepscategorie wijkt af van prestatiecode",
        }
    }

    /// The full reason, in Dutch.
    pub fn reden(&self) -> String {
        match self.wat {
            Bijzonderheid::OnderVijf(m) => {
                format!("consult van {m} minuten: niet declarabel (korter dan 5 minuten)")
            }
            Bijzonderheid::TariefOntbreekt(key) => format!("tarief ontbreekt: {key}"),
            Bijzonderheid::KlasseWijktAf(key, m) => format!(
                "klasse wijkt af van prestatiecode: {m} minuten, gedeclareerd als {}; geteld als gedeclareerd",
                zonder_jaar(&key)
            ),
            Bijzonderheid::DuurUitCode(key) => format!(
                "duur uit prestatiecode: geen duur, {} minuten directe tijd volgens {}",
                key.klasse.unwrap_or(0),
                zonder_jaar(&key)
            ),
            Bijzonderheid::CategorieWijktAf(key, cat) => format!(
                "beroepscategorie wijkt af van prestatiecode: medewerker {}, gedeclareerd als {}",
                cat.map_or("kan niet declareren", |c| c.naam()),
                zonder_jaar(&key)
            ),
        }
    }
}

/// A code's prestatie without its year (the list's year is not the activity's).
fn zonder_jaar(key: &TariefKey) -> String {
    let t = key.to_string();
    t.split_once(' ')
        .map_or(t.clone(), |(_, rest)| rest.to_string())
}

/// What the prestatiecodes did to one behandelaar's rows in the period (SPEC 6.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeTelling {
    /// Rows valued by their prestatiecode.
    pub rijen: u32,
    /// Of those, rows whose minutes give another class ("klasse wijkt af van prestatiecode").
    pub klasse_wijkt_af: u32,
    /// Of those, rows without a duration ("duur uit prestatiecode").
    pub duur_uit_code: u32,
    /// Of those, rows whose code names another beroepscategorie than the medewerker's.
    pub categorie_wijkt_af: u32,
    /// Rows with a code read by their activity, because no NZa list is loaded.
    pub niet_gebruikt: u32,
}

impl CodeTelling {
    /// Counts one valued row with its code (if any), flagging it in `meldingen`; `categorie`
    /// is the medewerker's.
    pub fn tel(
        &mut self,
        regel: &Regel,
        code: Option<TariefKey>,
        w: &Waardering,
        categorie: Option<Beroepscategorie>,
        meldingen: &mut Vec<Kwaliteitsmelding>,
    ) {
        if regel.vlag & VLAG_CODE_NIET_GEBRUIKT != 0 {
            self.niet_gebruikt += 1;
        }
        let Some(key) = code else {
            return;
        };
        self.rijen += 1;
        let mut meld = |wat| {
            meldingen.push(Kwaliteitsmelding {
                bestand: regel.bestand,
                regel: regel.regel,
                wat,
            })
        };
        if regel.vlag & VLAG_DUUR_UIT_CODE != 0 {
            self.duur_uit_code += 1;
            meld(Bijzonderheid::DuurUitCode(key));
        } else if w.klasse_wijkt_af {
            self.klasse_wijkt_af += 1;
            meld(Bijzonderheid::KlasseWijktAf(key, w.minuten));
        }
        if key.categorie.is_some_and(|c| Some(c) != categorie) {
            self.categorie_wijkt_af += 1;
            meld(Bijzonderheid::CategorieWijktAf(key, categorie));
        }
    }

    /// Adds another count.
    pub fn add(&mut self, o: &CodeTelling) {
        self.rijen += o.rijen;
        self.klasse_wijkt_af += o.klasse_wijkt_af;
        self.duur_uit_code += o.duur_uit_code;
        self.categorie_wijkt_af += o.categorie_wijkt_af;
        self.niet_gebruikt += o.niet_gebruikt;
    }
}
