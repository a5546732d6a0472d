//! What zpm sees in an input file (SPEC 5.6, `zpm inspect`): its kind, recognised from its
//! columns; its encoding, delimiter, sheet and header row; each column with its field and a
//! few example values; for an EPD export every activity value with its count and meaning; and
//! the first problems a run would report. Client values are never kept.

mod guess;

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::InputError;
use crate::input::epd::opties::{Duiding, EpdOpties};
use crate::input::mapping::Mapping;
use crate::input::table::{Column, Header, read_mapped};

/// The kinds of input file, in the order they are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bestandsoort {
    /// An EPD activity export (SPEC 2.1).
    Epd,
    /// A tariff table (SPEC 2.5).
    Tarieven,
    /// A contracten file (SPEC 7.1).
    Contracten,
    /// A medewerkers list (SPEC 2.2).
    Medewerkers,
    /// A begroting (SPEC 2.3).
    Begroting,
    /// December 2021 (SPEC 2.3).
    Realisatie2021,
}

impl Bestandsoort {
    /// Every kind, in the order they are tried (the most specific first).
    pub const ALLE: [Bestandsoort; 6] = [
        Bestandsoort::Epd,
        Bestandsoort::Tarieven,
        Bestandsoort::Contracten,
        Bestandsoort::Medewerkers,
        Bestandsoort::Begroting,
        Bestandsoort::Realisatie2021,
    ];

    /// The kind's name for people.
    pub fn naam(self) -> &'static str {
        match self {
            Bestandsoort::Epd => "EPD export",
            Bestandsoort::Tarieven => "tariff table",
            Bestandsoort::Contracten => "contracten",
            Bestandsoort::Medewerkers => "medewerkers",
            Bestandsoort::Begroting => "begroting",
            Bestandsoort::Realisatie2021 => "December 2021",
        }
    }

    /// The kind's section in the profile.
    pub fn sectie(self) -> &'static str {
        match self {
            Bestandsoort::Epd => "epd",
            Bestandsoort::Tarieven => "tarieven",
            Bestandsoort::Contracten => "contracten",
            Bestandsoort::Medewerkers => "medewerkers",
            Bestandsoort::Begroting => "begroting",
            Bestandsoort::Realisatie2021 => "realisatie_2021",
        }
    }

    /// The kind's columns.
    pub fn columns(self) -> &'static [Column] {
        match self {
            Bestandsoort::Epd => &crate::input::epd::COLUMNS,
            Bestandsoort::Tarieven => &crate::input::reference::tarieven::COLUMNS,
            Bestandsoort::Contracten => &crate::input::contracten::COLUMNS,
            Bestandsoort::Medewerkers => &crate::input::medewerkers::COLUMNS,
            Bestandsoort::Begroting => &crate::input::begroting::BEGROTING_COLUMNS,
            Bestandsoort::Realisatie2021 => &crate::input::begroting::REALISATIE_COLUMNS,
        }
    }
}

/// One column as zpm sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kolomzicht {
    /// The header as written.
    pub kop: String,
    /// The field it maps to; `None`: ignored.
    pub veld: Option<&'static str>,
    /// Up to three distinct example values (none for the client and for ignored columns).
    pub voorbeelden: Vec<String>,
}

/// Everything `zpm inspect` shows of one file.
#[derive(Debug, Clone)]
pub struct Inspectie {
    /// The file as given.
    pub bestand: String,
    /// How the file is stored: "xlsx workbook", or the CSV's encoding and delimiter.
    pub opmaak: String,
    /// The kind recognised; `None` when no kind's header was found.
    pub soort: Option<Bestandsoort>,
    /// The header found.
    pub header: Option<Header>,
    /// Each column with its field.
    pub kolommen: Vec<Kolomzicht>,
    /// Data rows.
    pub regels: u64,
    /// EPD: every activity value (as first written) with its count and meaning.
    pub activiteiten: Vec<(String, u64, Option<Duiding>)>,
    /// The distinct values (up to 50) of the fields a profile maps by value: `status` and
    /// `declarabel` of an EPD export, `team` and `beroep` of a medewerkers list, `team` of a
    /// begroting or December 2021 file; with their counts.
    pub waarden: Vec<(&'static str, Vec<(String, u64)>)>,
    /// The first problems a run would report, with their counts.
    pub problemen: Vec<String>,
    /// Why no kind was recognised (the error of the kind whose header came closest).
    pub fout: Option<InputError>,
    /// True when the kind was guessed from the values: no header named a field.
    pub geraden: bool,
    /// EPD: rows that carry a prestatiecode (SPEC 6.2).
    pub prestatiecodes: u64,
}

/// The profile's settings that `inspect` applies.
#[derive(Debug, Clone, Copy)]
pub struct Profielzicht<'a> {
    /// EPD.
    pub epd: &'a EpdOpties,
    /// Medewerkers.
    pub medewerkers: &'a Mapping,
    /// Begroting.
    pub begroting: &'a Mapping,
    /// December 2021.
    pub realisatie_2021: &'a Mapping,
}

fn opmaak(path: &Path) -> String {
    if crate::input::xlsx_reader::is_workbook(path) {
        return "workbook (xlsx)".into();
    }
    let Ok(bytes) = std::fs::read(path) else {
        return "unreadable".into();
    };
    let enc = if bytes.starts_with(&[0xFF, 0xFE]) {
        "UTF-16 LE"
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        "UTF-16 BE"
    } else if bytes.starts_with(b"\xEF\xBB\xBF") {
        "UTF-8 with BOM"
    } else if std::str::from_utf8(&bytes).is_ok() {
        "UTF-8"
    } else {
        "Windows-1252"
    };
    let text = crate::input::csv_reader::decode(&bytes);
    let head: String = text.chars().take(1 << 16).collect();
    let delim = match crate::input::csv_reader::detect_delimiter(&head) {
        b'\t' => "tab".to_string(),
        d => format!("'{}'", d as char),
    };
    format!("CSV, {enc}, delimiter {delim}")
}

/// The fields whose distinct values `inspect` lists, per kind.
fn waardevelden(soort: Bestandsoort) -> &'static [&'static str] {
    match soort {
        Bestandsoort::Epd => &["status", "declarabel", "financier"],
        Bestandsoort::Medewerkers => &["team", "beroep"],
        Bestandsoort::Begroting | Bestandsoort::Realisatie2021 => &["team"],
        Bestandsoort::Tarieven => &[],
        Bestandsoort::Contracten => &["financier"],
    }
}

#[derive(Default)]
struct Tellers {
    regels: u64,
    waarden: BTreeMap<usize, BTreeMap<String, u64>>,
    voorbeelden: Vec<Vec<String>>,
    activiteiten: BTreeMap<String, (String, u64)>,
    problemen: BTreeMap<&'static str, (u64, usize)>,
    prestatiecodes: u64,
}

impl Tellers {
    fn probleem(&mut self, wat: &'static str, line: usize) {
        let e = self.problemen.entry(wat).or_insert((0, line));
        e.0 += 1;
    }
}

/// Inspects one file with the profile's settings.
pub fn inspecteer(path: &Path, p: &Profielzicht<'_>) -> Inspectie {
    let bestand = path.display().to_string();
    let mut ins = Inspectie {
        bestand: bestand.clone(),
        opmaak: opmaak(path),
        soort: None,
        header: None,
        kolommen: Vec::new(),
        regels: 0,
        activiteiten: Vec::new(),
        waarden: Vec::new(),
        problemen: Vec::new(),
        fout: None,
        geraden: false,
        prestatiecodes: 0,
    };
    let geen = Mapping::default();
    let mut beste: Option<InputError> = None;
    for soort in Bestandsoort::ALLE {
        let mapping = match soort {
            Bestandsoort::Epd => &p.epd.mapping,
            Bestandsoort::Medewerkers => p.medewerkers,
            Bestandsoort::Begroting => p.begroting,
            Bestandsoort::Realisatie2021 => p.realisatie_2021,
            Bestandsoort::Tarieven | Bestandsoort::Contracten => &geen,
        };
        let cols = soort.columns();
        let mut t = Tellers::default();
        let res = read_mapped(path, cols, mapping, |row| {
            t.regels += 1;
            if t.voorbeelden.is_empty() {
                t.voorbeelden = vec![Vec::new(); row.index.len()];
            }
            for (c, v) in t.voorbeelden.iter_mut().enumerate() {
                if v.len() < 3
                    && cols.get(c).is_some_and(|col| col.name != "client")
                    && let Some(x) = row.get(c)
                    && !v.iter().any(|y| y == x)
                {
                    v.push(x.to_string());
                }
            }
            for (c, col) in cols.iter().enumerate() {
                if waardevelden(soort).contains(&col.name)
                    && let Some(v) = row.get(c)
                {
                    let m = t.waarden.entry(c).or_default();
                    if m.len() < 50 || m.contains_key(v) {
                        *m.entry(v.to_string()).or_insert(0) += 1;
                    }
                }
            }
            if soort == Bestandsoort::Epd {
                epd_rij(&mut t, row, p.epd);
            }
        });
        match res {
            Ok(h) => {
                ins.soort = Some(soort);
                ins.regels = t.regels;
                ins.prestatiecodes = t.prestatiecodes;
                ins.kolommen = kolommen(&h, cols, &t.voorbeelden);
                ins.activiteiten = t
                    .activiteiten
                    .into_values()
                    .map(|(w, n)| {
                        let d = p.epd.duid(&w);
                        (w, n, d)
                    })
                    .collect();
                ins.activiteiten
                    .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                ins.waarden = t
                    .waarden
                    .into_iter()
                    .map(|(c, m)| (cols[c].name, m.into_iter().collect()))
                    .collect();
                ins.problemen = t
                    .problemen
                    .into_iter()
                    .map(|(wat, (n, line))| format!("{n} × {wat} (first on line {line})"))
                    .collect();
                ins.header = Some(h);
                return ins;
            }
            Err(e) => {
                if beste.is_none() {
                    beste = Some(e);
                }
            }
        }
    }
    ins.fout = beste;
    guess::raad(path, &mut ins);
    ins
}

fn kolommen(h: &Header, cols: &[Column], voorbeelden: &[Vec<String>]) -> Vec<Kolomzicht> {
    h.names
        .iter()
        .enumerate()
        .filter(|(_, k)| !k.is_empty())
        .map(|(i, k)| {
            let veld = h.index.iter().take(cols.len()).position(|x| *x == Some(i));
            Kolomzicht {
                kop: k.clone(),
                veld: veld.map(|c| cols[c].name),
                voorbeelden: veld
                    .and_then(|c| voorbeelden.get(c))
                    .cloned()
                    .unwrap_or_default(),
            }
        })
        .collect()
}

fn epd_rij(t: &mut Tellers, row: &crate::input::table::Row<'_>, o: &EpdOpties) {
    let line = row.line;
    if let Some(a) = row.get(2) {
        let e = t
            .activiteiten
            .entry(crate::domain::fold::fold(a))
            .or_insert_with(|| (a.to_string(), 0));
        e.1 += 1;
        if o.duid(a).is_none() {
            t.probleem("onbekende activiteit", line);
        }
    }
    match row.get(1) {
        None => t.probleem("datum ontbreekt (or a totals row)", line),
        Some(d)
            if crate::input::value::datum::Lezing::lees(d)
                .and_then(|l| match o.mapping.datumvolgorde {
                    Some(v) => l.datum(v),
                    None => l.datum_of_enige(crate::input::value::datum::Volgorde::Dmy),
                })
                .is_none() =>
        {
            t.probleem("datum onleesbaar (or a totals row)", line)
        }
        _ => {}
    }
    // A prestatiecode stands in for the activity and, with the NZa list, the duration
    // (SPEC 6.2); begintijd and eindtijd for the duration (SPEC 5.1).
    let code = row.get(crate::input::epd::PRESTATIECODE).is_some();
    if code {
        t.prestatiecodes += 1;
    } else if row.get(2).is_none() {
        t.probleem("activiteit ontbreekt", line);
    }
    let tijden = row.get(crate::input::epd::BEGINTIJD).is_some()
        && row.get(crate::input::epd::EINDTIJD).is_some();
    match row.get(3) {
        None if code || tijden => {}
        None => t.probleem("directe tijd ontbreekt", line),
        Some(d) if crate::input::value::duur::dubbelzinnig(d) => t.probleem(
            "directe tijd dubbelzinnig (1.250: 1250 or 1,25 minutes?)",
            line,
        ),
        Some(d) if crate::input::value::parse_minutes(d).is_none() => {
            t.probleem("directe tijd onleesbaar", line)
        }
        _ => {}
    }
    if o.uitsluiten.is_empty()
        && [9, 10].iter().any(|&c| {
            row.get(c)
                .is_some_and(|v| crate::input::epd::opties::lijkt_niet_doorgegaan(c, v))
        })
    {
        t.probleem(
            "status/declarabel suggests a row that did not happen (see [epd.uitsluiten])",
            line,
        );
    }
}
