//! One row of the synthetic EPD export: the kinds of activity with their spellings and
//! weights, planned and realised minutes, clients from the caseload, and the bad rows of
//! SPEC 2.1; the financier of each row (see `financier`), drawn from a stream of its own.

use crate::rules::klasse::{groepsblokken, klasse, klasse_index, telbare_minuten};
use crate::synth::cel::{self, SynthCel};
use crate::synth::epd::client_id;
use crate::synth::financier::FinStroom;
use crate::synth::organisatie::SynthPersoon;
use crate::synth::rng::Rng;
use crate::synth::tarieven;

/// Writes the rows of one person on one date.
pub(super) struct Rij<'a> {
    /// The person's random stream.
    pub rng: &'a mut Rng,
    /// Where the rows go.
    pub buf: &'a mut Vec<u8>,
    /// The person.
    pub p: &'a SynthPersoon,
    /// The date as DD-MM-YYYY.
    pub datum: &'a [u8; 10],
    /// Clients in the person's caseload.
    pub caseload: u64,
    /// The first raw client number of the caseload.
    pub basis: u64,
    /// The range of person indices of the team (clients shared within a team).
    pub team: (usize, usize),
    /// The person's financier stream and revenue estimate (never touches `rng`).
    pub fin: &'a mut FinStroom,
    /// Whether this row is bad on purpose (its revenue is not estimated).
    pub slecht: bool,
}

const BEHANDELING: [(&str, u32); 3] = [
    ("consult_behandeling", 5),
    ("Behandeling", 3),
    ("Consult behandeling", 2),
];
const DIAGNOSTIEK: [(&str, u32); 3] = [
    ("consult_diagnostiek", 5),
    ("Diagnostiek", 3),
    ("Consult diagnostiek", 2),
];
const GROEP: [&str; 2] = ["groepsconsult", "Groepsconsult"];
const OVERLEG: [&str; 3] = [
    "intercollegiaal_overleg",
    "Intercollegiaal overleg",
    "Overleg",
];
const NPG: [&str; 3] = ["niet_patientgebonden", "Niet-patiëntgebonden", "NPG"];
/// Planned consult minutes and their weights (every class, and some above 120).
const GEPLAND: [(i32, u32); 10] = [
    (10, 2),
    (15, 4),
    (20, 3),
    (30, 12),
    (45, 30),
    (60, 28),
    (75, 9),
    (90, 8),
    (120, 3),
    (150, 2),
];

impl Rij<'_> {
    /// A row; `id` and `datum` as given, then the other cells and the financier. `omzet` is
    /// the row's revenue at the demo tariffs, added to its financier's estimate.
    fn rij(&mut self, id: &str, datum: &[u8], cellen: [SynthCel<'_>; 7], omzet: f64) {
        let client = match cellen[3] {
            SynthCel::Client(c) => Some(c),
            _ => None,
        };
        let setting = self.setting(cellen[5]);
        let (fin, tekst) = self.fin.kies(client, setting);
        if let (Some(f), false) = (fin, self.slecht) {
            let j = self.fin.jaar_idx;
            if let Some(per_fin) = self.fin.omzet.get_mut(j) {
                per_fin[f] += omzet;
            }
        }
        let [a, b, c, d, e, f, g] = cellen;
        cel::rij(
            self.buf,
            id,
            datum,
            [a, b, c, d, e, f, g, SynthCel::Tekst(tekst)],
        );
    }

    /// The setting of a row: its cell's, else the person's.
    fn setting(&self, cel: SynthCel<'_>) -> u8 {
        match cel {
            SynthCel::Getal(s) => s as u8,
            _ => self.p.setting,
        }
    }

    /// The demo revenue of a consult of `echt` and `gepland` tenths of minutes in `setting`,
    /// with its toeslag reistijd (SPEC 1.1, 1.4, 1.6); 0 under 5 minutes or without a
    /// beroepscategorie.
    fn consult_omzet(
        &self,
        diag: bool,
        min: (i32, Option<i32>),
        setting: u8,
        reis: Option<u64>,
    ) -> f64 {
        let Some(cat) = self.fin.cat else {
            return 0.0;
        };
        let echt = f64::from(min.0) / 10.0;
        let gepland = min.1.map(|g| f64::from(g) / 10.0);
        let Some(k) = klasse(telbare_minuten(echt, gepland)).and_then(klasse_index) else {
            return 0.0;
        };
        let jaar = self.fin.jaar;
        tarieven::consult(jaar, setting, cat, diag, k)
            + reis.map_or(0.0, |r| tarieven::reistijd(jaar, setting, r as f64))
    }

    /// A client from the caseload, sometimes one of a colleague in the team.
    fn client(&mut self) -> u64 {
        let (van, tot) = self.team;
        let basis = if tot - van > 1 && self.rng.percent(10) {
            (van + self.rng.below((tot - van) as u32) as usize) as u64 * 40
        } else {
            self.basis
        };
        client_id(basis + self.rng.below(self.caseload as u32) as u64)
    }

    /// Realised and planned minutes (tenths) of a consult: planned on ~70%, mostly within
    /// 15 minutes of realised, ~5% further off; a few half minutes.
    fn consult_minuten(&mut self, diagnostiek: bool) -> (i32, Option<i32>) {
        let mut gepland = self.rng.weighted(&GEPLAND);
        if diagnostiek && gepland < 45 && self.rng.percent(30) {
            gepland = 60;
        }
        let mut echt = if self.rng.percent(5) {
            let d = self.rng.range(16, 35) as i32;
            if gepland - d >= 5 && self.rng.percent(60) {
                gepland - d
            } else {
                gepland + d
            }
        } else if self.rng.percent(55) {
            gepland
        } else {
            (gepland + self.rng.range(0, 20) as i32 - 12).max(5)
        } * 10;
        if self.rng.percent(3) {
            echt += 5;
        }
        (echt, self.rng.percent(70).then_some(gepland * 10))
    }

    /// A consult row (diagnostiek or behandeling).
    fn consult(&mut self, id: &str, datum: &[u8], diagnostiek: bool, onder_5: bool) {
        let tekst = self.rng.weighted(if diagnostiek {
            &DIAGNOSTIEK
        } else {
            &BEHANDELING
        });
        let (echt, gepland) = if onder_5 {
            (self.rng.range(2, 9) as i32 * 5, None)
        } else {
            self.consult_minuten(diagnostiek)
        };
        let client = self.client();
        let reis = self
            .rng
            .percent(8)
            .then(|| u64::from(self.rng.range(2, 12) * 5));
        let setting = match self.rng.below(100) {
            0..=4 => SynthCel::Getal(u64::from(self.p.setting)),
            5..=6 => SynthCel::Getal(*self.rng.pick(&[1, 3, 5, 6, 7])),
            _ => SynthCel::Leeg,
        };
        let omzet = self.consult_omzet(diagnostiek, (echt, gepland), self.setting(setting), reis);
        self.rij(
            id,
            datum,
            [
                SynthCel::Tekst(tekst),
                SynthCel::Tienden(echt),
                gepland.map_or(SynthCel::Leeg, SynthCel::Tienden),
                SynthCel::Client(client),
                SynthCel::Leeg,
                setting,
                reis.map_or(SynthCel::Leeg, SynthCel::Getal),
            ],
            omzet,
        );
    }

    /// A groepsconsult row with group size `groep` (a cell).
    fn groep(&mut self, id: &str, datum: &[u8], groep: SynthCel<'_>) {
        let min = *self.rng.pick(&[60, 75, 90, 90, 105, 120]) * 10;
        let gepland = self.rng.percent(70).then_some(min);
        let tekst = *self.rng.pick(&GROEP);
        // Blocks × group size × the tariff per client (SPEC 1.6); planned = realised here.
        let omzet = match (groep, self.fin.cat) {
            (SynthCel::Getal(n @ 2..=12), Some(cat)) => {
                let n = n as u32;
                let blokken = groepsblokken(f64::from(min) / 10.0);
                f64::from(blokken * n) * tarieven::groep(self.fin.jaar, cat, n)
            }
            _ => 0.0,
        };
        self.rij(
            id,
            datum,
            [
                SynthCel::Tekst(tekst),
                SynthCel::Tienden(min),
                gepland.map_or(SynthCel::Leeg, SynthCel::Tienden),
                SynthCel::Leeg,
                groep,
                SynthCel::Leeg,
                SynthCel::Leeg,
            ],
            omzet,
        );
    }

    /// A good row of a random kind.
    pub(super) fn goed(&mut self) {
        let id = self.p.id.as_str();
        let datum = *self.datum;
        match self.rng.below(1000) {
            0..=479 => self.consult(id, &datum, false, false),
            480..=639 => self.consult(id, &datum, true, false),
            640..=689 => {
                let n = u64::from(self.rng.range(3, 10));
                self.groep(id, &datum, SynthCel::Getal(n))
            }
            690..=839 => {
                let min = *self.rng.pick(&[10, 15, 15, 20, 25, 30, 30, 45]) * 10;
                let client = self.rng.percent(60).then(|| self.client());
                let tekst = *self.rng.pick(&OVERLEG);
                let omzet = if self.fin.cat.is_some() {
                    tarieven::overleg(self.fin.jaar, self.p.setting, min > 150)
                } else {
                    0.0
                };
                self.rij(
                    id,
                    &datum,
                    [
                        SynthCel::Tekst(tekst),
                        SynthCel::Tienden(min),
                        SynthCel::Leeg,
                        client.map_or(SynthCel::Leeg, SynthCel::Client),
                        SynthCel::Leeg,
                        SynthCel::Leeg,
                        SynthCel::Leeg,
                    ],
                    omzet,
                );
            }
            840..=989 => {
                let min = self.rng.range(2, 8) as i32 * 150;
                let tekst = *self.rng.pick(&NPG);
                self.rij(
                    id,
                    &datum,
                    [
                        SynthCel::Tekst(tekst),
                        SynthCel::Tienden(min),
                        SynthCel::Leeg,
                        SynthCel::Leeg,
                        SynthCel::Leeg,
                        SynthCel::Leeg,
                        SynthCel::Leeg,
                    ],
                    0.0,
                );
            }
            _ => self.consult(id, &datum, false, true),
        }
    }

    /// A bad row of kind `soort` (mod 7) of those SPEC 2.1 rejects: unknown medewerker,
    /// impossible date, unknown activiteit, negative, text or too many minutes, a group of
    /// one or of no size.
    pub(super) fn slecht(&mut self, ongeldig: &[u8; 10], soort: u32) {
        self.slecht = true;
        let id = self.p.id.clone();
        let datum = *self.datum;
        let (act, min): (&str, String) = match soort % 7 {
            0 => {
                let ext = format!("EXT{:03}", self.rng.range(1, 40));
                return self.consult(&ext, &datum, false, false);
            }
            1 => return self.consult(&id, ongeldig, false, false),
            2 => (
                *self
                    .rng
                    .pick(&["Telefonisch contact", "Verslaglegging", "Crisisdienst"]),
                "30".into(),
            ),
            3 => ("consult_behandeling", format!("-{}", self.rng.range(5, 60))),
            4 => (
                "Behandeling",
                (*self.rng.pick(&["veertig", "45 min", "drie kwartier"])).into(),
            ),
            5 => (
                "consult_behandeling",
                self.rng.range(1441, 4500).to_string(),
            ),
            _ => {
                let groep = if self.rng.percent(50) {
                    SynthCel::Getal(1)
                } else {
                    SynthCel::Leeg
                };
                return self.groep(&id, &datum, groep);
            }
        };
        let client = self.client();
        self.rij(
            &id,
            &datum,
            [
                SynthCel::Tekst(act),
                SynthCel::Tekst(&min),
                SynthCel::Leeg,
                SynthCel::Client(client),
                SynthCel::Leeg,
                SynthCel::Leeg,
                SynthCel::Leeg,
            ],
            0.0,
        );
    }
}
