//! The mapping layer (SPEC 5.1, 5.6): how a file's raw headers become zpm's fields.
//!
//! A [`Mapping`] holds what the profile says about one kind of input file (a header per
//! field, fields switched off, the sheet, extra headers to capture); [`resolve`] applies it
//! with the aliases and their precedence to one candidate header row. The header is resolved
//! once per file; the rows then only look up cell positions.

use crate::domain::decimaal::Decimaal;
use crate::domain::fold::fold;
use crate::input::table::Column;

/// Where a profile setting was written, for messages: the profile file and its line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfielPlek {
    /// The profile file as given.
    pub bestand: String,
    /// 1-based line of the key.
    pub regel: usize,
    /// The key as written, e.g. `[epd.kolommen] medewerker`.
    pub sleutel: String,
}

/// What the profile says about one field's column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kolom {
    /// The field is the column with this header (compared folded).
    Kop(String),
    /// The field is not read, whatever the headers (`= false`).
    Uit,
}

/// The profile's mapping for one kind of input file. The default maps nothing: aliases only.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mapping {
    /// Field name → the profile's column for it, with where the profile said so.
    pub kolommen: Vec<(String, Kolom, ProfielPlek)>,
    /// The xlsx sheet to read first (else the first with a header row).
    pub blad: Option<String>,
    /// True when only [`Mapping::blad`] may be read (the profile named it).
    pub blad_verplicht: bool,
    /// Headers (not fields) whose cells rows must expose, in this order after the fields
    /// (e.g. a column named in `[epd.uitsluiten]`), with where the profile named them.
    pub extra: Vec<(String, ProfielPlek)>,
    /// The profile's `decimaal`: the decimal sign of every number column (SPEC 5.2).
    pub decimaal: Option<Decimaal>,
    /// The profile's `datumvolgorde`: day or month first for every date column of the file
    /// (SPEC 5.2, 5.6); `None`: decided from the values.
    pub datumvolgorde: Option<crate::input::value::datum::Volgorde>,
}

impl Mapping {
    /// A mapping that maps nothing (aliases only).
    pub const GEEN: Mapping = Mapping {
        kolommen: Vec::new(),
        blad: None,
        blad_verplicht: false,
        extra: Vec::new(),
        decimaal: None,
        datumvolgorde: None,
    };

    /// A mapping that only names the sheet to try first.
    pub fn blad(sheet: Option<&str>) -> Mapping {
        Mapping {
            blad: sheet.map(str::to_string),
            ..Mapping::default()
        }
    }
}

/// Teams as the profile names them (SPEC 5.5): other names (kostenplaats codes) by which the
/// files may call a team, and a team's setting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TeamNamen {
    /// Folded name or code → the team's name.
    namen: rustc_hash::FxHashMap<String, String>,
    /// Team name → its setting.
    settings: std::collections::BTreeMap<String, u8>,
}

impl TeamNamen {
    /// Adds a team of the profile with its other names and setting.
    pub fn voeg_toe(&mut self, team: &str, namen: &[String], setting: Option<u8>) {
        for n in namen.iter().map(String::as_str).chain([team]) {
            self.namen.insert(fold(&id_key(n)), team.to_string());
        }
        if let Some(s) = setting {
            self.settings.insert(team.to_string(), s);
        }
    }

    /// The team a file's team cell means: the profile's team it names, else the cell as is.
    pub fn team(&self, cel: &str) -> String {
        if self.namen.is_empty() {
            return cel.to_string();
        }
        self.namen
            .get(&fold(&id_key(cel)))
            .cloned()
            .unwrap_or_else(|| cel.to_string())
    }

    /// True when the profile names `cel` as a team or one of its names.
    pub fn kent(&self, cel: &str) -> bool {
        self.namen.contains_key(&fold(&id_key(cel)))
    }

    /// The setting the profile gives `team`.
    pub fn setting(&self, team: &str) -> Option<u8> {
        self.settings.get(team).copied()
    }
}

/// A code of digits only without its leading zeros (`004010` is `4010`); other text as is.
pub fn id_key(s: &str) -> std::borrow::Cow<'_, str> {
    let t = s.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        let z = t.trim_start_matches('0');
        std::borrow::Cow::Borrowed(if z.is_empty() { "0" } else { z })
    } else {
        std::borrow::Cow::Borrowed(t)
    }
}

/// One header cell that named a field but lost to another of higher precedence (SPEC 5.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voorrang {
    /// The field.
    pub veld: &'static str,
    /// The header used for it.
    pub gebruikt: String,
    /// The header ignored.
    pub genegeerd: String,
}

/// A resolved header row: for each field (then each extra header) the cell index.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// Cell index per field, then per extra header.
    pub index: Vec<Option<usize>>,
    /// Headers that named nothing.
    pub ignored: Vec<String>,
    /// Columns ignored because a header of higher precedence named the same field.
    pub voorrang: Vec<Voorrang>,
}

/// Why a candidate row is not the header row.
#[derive(Debug, Clone)]
pub enum Mismatch {
    /// Two headers fold to the very same text of one field: (field, first, second header).
    Twice(&'static str, String, String),
    /// Required fields not found, and the profile's headers not found (with their place).
    Missing {
        /// Required fields without a column.
        velden: Vec<&'static str>,
        /// Profile headers the row lacks.
        profiel: Vec<(String, ProfielPlek)>,
        /// How many fields the row did name (to pick the most telling row for the message).
        gevonden: usize,
    },
}

/// Resolves a candidate header row `cells` against `columns` and the profile's `mapping`.
pub fn resolve(
    cells: &[&str],
    columns: &[Column],
    mapping: &Mapping,
) -> Result<Resolved, Mismatch> {
    let folded: Vec<String> = cells.iter().map(|c| fold(c)).collect();
    let n = columns.len();
    let mut index: Vec<Option<usize>> = vec![None; n + mapping.extra.len()];
    let mut taken = vec![false; cells.len()];
    let mut fixed = vec![false; n];
    let mut profiel_missing = Vec::new();
    for (veld, kolom, plek) in &mapping.kolommen {
        let Some(c) = columns.iter().position(|c| c.name == veld) else {
            continue;
        };
        fixed[c] = true;
        if let Kolom::Kop(h) = kolom {
            let f = fold(h);
            match folded.iter().position(|x| *x == f) {
                Some(i) => {
                    index[c] = Some(i);
                    taken[i] = true;
                }
                None => profiel_missing.push((h.clone(), plek.clone())),
            }
        }
    }
    // Aliases with precedence: rank 0 is the field's own name, then its aliases in order.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut voorrang = Vec::new();
    let mut ignored = Vec::new();
    for (i, f) in folded.iter().enumerate() {
        if taken[i] || f.is_empty() {
            continue;
        }
        let hit = columns.iter().enumerate().find_map(|(c, col)| {
            if fixed[c] {
                return None;
            }
            std::iter::once(col.name)
                .chain(col.aliases.iter().copied())
                .position(|a| fold(a) == *f)
                .map(|rank| (c, rank))
        });
        match hit {
            None => {
                if !mapping.extra.iter().any(|(e, _)| fold(e) == *f) {
                    ignored.push(cells[i].trim().to_string());
                }
            }
            Some((c, rank)) => match best[c] {
                None => best[c] = Some((rank, i)),
                Some((r0, i0)) => {
                    if folded[i0] == *f {
                        return Err(Mismatch::Twice(
                            columns[c].name,
                            cells[i0].trim().to_string(),
                            cells[i].trim().to_string(),
                        ));
                    }
                    let (win, lose) = if rank < r0 { (i, i0) } else { (i0, i) };
                    if rank < r0 {
                        best[c] = Some((rank, i));
                    }
                    voorrang.push(Voorrang {
                        veld: columns[c].name,
                        gebruikt: cells[win].trim().to_string(),
                        genegeerd: cells[lose].trim().to_string(),
                    });
                }
            },
        }
    }
    for (c, b) in best.iter().enumerate() {
        if let Some((_, i)) = b {
            index[c] = Some(*i);
        }
    }
    // A loser of an earlier comparison may have lost again: name each ignored header once,
    // with the header finally used.
    for v in &mut voorrang {
        if let Some(c) = columns.iter().position(|c| c.name == v.veld)
            && let Some(i) = index[c]
        {
            v.gebruikt = cells[i].trim().to_string();
        }
    }
    voorrang.retain(|v| v.gebruikt != v.genegeerd);
    voorrang.dedup();
    for (j, (e, plek)) in mapping.extra.iter().enumerate() {
        let f = fold(e);
        index[n + j] = folded.iter().position(|x| *x == f);
        if index[n + j].is_none() {
            profiel_missing.push((e.clone(), plek.clone()));
        }
    }
    let velden: Vec<&'static str> = columns
        .iter()
        .zip(&index)
        .filter(|(c, i)| c.required && i.is_none())
        .filter(|(c, _)| {
            // a stand-in set of columns, all present, makes the column optional
            !c.tenzij.iter().any(|set| {
                set.iter().all(|t| {
                    columns
                        .iter()
                        .position(|x| x.name == *t)
                        .is_some_and(|j| index[j].is_some())
                })
            })
        })
        .map(|(c, _)| c.name)
        .collect();
    if !velden.is_empty() || !profiel_missing.is_empty() {
        return Err(Mismatch::Missing {
            velden,
            profiel: profiel_missing,
            gevonden: index.iter().take(n).filter(|i| i.is_some()).count(),
        });
    }
    Ok(Resolved {
        index,
        ignored,
        voorrang,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLS: [Column; 3] = [
        Column::required(
            "medewerker",
            &["medewerker_id", "uitvoerder", "behandelaar"],
        ),
        Column::required("team", &["afdeling", "kostenplaats"]),
        Column::optional("status", &[]),
    ];

    #[test]
    fn the_first_listed_name_wins_whatever_the_column_order() {
        let r = resolve(
            &["Behandelaar", "Kostenplaats", "Uitvoerder", "Afdeling"],
            &COLS,
            &Mapping::GEEN,
        )
        .unwrap();
        assert_eq!(r.index[..2], [Some(2), Some(3)]);
        assert_eq!(r.voorrang.len(), 2);
        assert_eq!(r.voorrang[0].gebruikt, "Uitvoerder");
        assert_eq!(r.voorrang[0].genegeerd, "Behandelaar");
    }

    #[test]
    fn the_same_folded_header_twice_is_refused() {
        assert!(matches!(
            resolve(&["Uitvoerder", "uitvoerder", "team"], &COLS, &Mapping::GEEN),
            Err(Mismatch::Twice("medewerker", _, _))
        ));
    }

    #[test]
    fn the_profile_wins_and_names_missing_headers() {
        let plek = ProfielPlek::default();
        let m = Mapping {
            kolommen: vec![
                ("medewerker".into(), Kolom::Kop("Code".into()), plek.clone()),
                ("status".into(), Kolom::Uit, plek.clone()),
            ],
            extra: vec![("Locatie".into(), ProfielPlek::default())],
            ..Mapping::default()
        };
        let r = resolve(
            &["Uitvoerder", "Code", "Team", "Status", "Locatie"],
            &COLS,
            &m,
        )
        .unwrap();
        assert_eq!(r.index, [Some(1), Some(2), None, Some(4)]);
        assert_eq!(r.ignored, ["Uitvoerder", "Status"]);
        let m2 = Mapping {
            kolommen: vec![("medewerker".into(), Kolom::Kop("Nummer".into()), plek)],
            ..Mapping::default()
        };
        assert!(matches!(
            resolve(&["Uitvoerder", "Team"], &COLS, &m2),
            Err(Mismatch::Missing { ref profiel, .. }) if profiel.len() == 1
        ));
    }
}
