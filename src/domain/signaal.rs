//! The signal of a behandelaar or team (SPEC 1.7) and the advice that goes with it.

use serde::Serialize;

/// The signal of a behandelaar or team (SPEC 1.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Signaal {
    /// Below 90% of the norm.
    RuimteInAgenda,
    /// Between 90% and 110%.
    InBalans,
    /// Above 110%.
    MeerGepland,
    /// No available time (norm 0).
    GeenBeschikbareTijd,
}

impl Signaal {
    /// The label shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Signaal::RuimteInAgenda => "Ruimte in agenda",
            Signaal::InBalans => "In balans",
            Signaal::MeerGepland => "Meer gepland dan beschikbaar",
            Signaal::GeenBeschikbareTijd => "Geen beschikbare tijd",
        }
    }

    /// The webinar's advice (Taskforce FZ), for a good and for a poor work balance.
    pub fn advies(self) -> &'static str {
        match self {
            Signaal::RuimteInAgenda => {
                "Werkbalans goed en ruimte in de agenda: meer tijd voor zorg inplannen. \
                Werkbalans niet in orde en hoge werkdruk: gesprek met de leidinggevende over de oorzaak."
            }
            Signaal::MeerGepland => {
                "Werkbalans goed en passend: agendaplanning behouden. \
                Werkbalans niet in orde en hoge werkdruk: mogelijk minder tijd inplannen."
            }
            Signaal::InBalans => {
                "De genormeerde tijd past bij de beschikbare tijd: agendaplanning behouden."
            }
            Signaal::GeenBeschikbareTijd => {
                "Geen beschikbare tijd in deze periode (afwezig, vrijgesteld of niet in dienst)."
            }
        }
    }
}
