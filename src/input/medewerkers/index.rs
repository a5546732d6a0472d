//! The staff list grouped into one entry per medewerker and team (SPEC 5.5), and the lookup
//! of the entry and contract valid on an activity's date.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use super::Medewerkers;
use crate::domain::fold::fold;
use crate::domain::medewerker::{Dienstverband, Medewerker};
use crate::error::InputError;
use crate::input::mapping::id_key;

/// One row of the staff list, parsed.
#[derive(Debug, Clone)]
pub(super) struct Rij {
    pub(super) id: String,
    pub(super) naam: String,
    pub(super) team: String,
    pub(super) contract: Dienstverband,
}

/// Where an id's rows are: all in one entry (the common case, one team), or spread over
/// entries of several teams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plek {
    /// Every row of the id is in this entry of [`Medewerkers::lijst`].
    Een(u32),
    /// The rows are in several entries; the index of their list in file order.
    Meer(u32),
}

/// The entry and contract an activity belongs to (SPEC 5.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Toewijzing {
    /// Index in [`Medewerkers::lijst`].
    pub idx: u32,
    /// Index in that entry's `contracten`.
    pub contract: u8,
    /// True when another contract in another team is valid on the same date too (the
    /// activity went to the row listed first).
    pub twee_teams: bool,
}

/// True when two rows are equal in every field.
fn gelijk(a: &Rij, b: &Rij) -> bool {
    let (x, y) = (&a.contract, &b.contract);
    a.naam == b.naam
        && a.team == b.team
        && x.beroep == y.beroep
        && x.uren_per_week == y.uren_per_week
        && x.setting == y.setting
        && x.vrijstelling_uren == y.vrijstelling_uren
        && x.afwezig_uren == y.afwezig_uren
        && x.in_dienst == y.in_dienst
        && x.uit_dienst == y.uit_dienst
}

/// Groups the rows into entries per (medewerker, team); two rows equal in every field are
/// an error naming both lines.
pub(super) fn groepeer(rijen: Vec<Rij>, file: &str) -> Result<Medewerkers, InputError> {
    let mut m = Medewerkers::default();
    // id key → the (entry, contract, row) of each of its rows, in file order
    let mut per_id: FxHashMap<String, Vec<(u32, u8, usize)>> = FxHashMap::default();
    let mut volgorde: Vec<String> = Vec::new();
    for (i, r) in rijen.iter().enumerate() {
        let key = id_key(&r.id).into_owned();
        let rows = per_id.entry(key.clone()).or_insert_with(|| {
            volgorde.push(key);
            Vec::new()
        });
        if let Some(&(_, _, j)) = rows.iter().find(|&&(_, _, j)| gelijk(&rijen[j], r)) {
            return Err(InputError::at(
                file,
                r.contract.regel,
                Some("medewerker".into()),
                format!(
                    "this row of medewerker \"{}\" equals line {} in every field; remove one of the two (each contract is listed once)",
                    r.id, rijen[j].contract.regel
                ),
            ));
        }
        // The rows of one medewerker (one per contract) name the same person: an id with
        // another naam is taken for a mistyped id, not for a second contract.
        if let Some(&(_, _, j)) = rows
            .iter()
            .find(|&&(_, _, j)| fold(&rijen[j].naam) != fold(&r.naam))
        {
            return Err(InputError::at(
                file,
                r.contract.regel,
                Some("medewerker".into()),
                format!(
                    "medewerker \"{}\" appears twice (also on line {}) with another naam (\"{}\", \"{}\"); the rows of one medewerker (one per contract) carry the same naam, and ids must be unique per person",
                    r.id, rijen[j].contract.regel, rijen[j].naam, r.naam
                ),
            ));
        }
        let entry = rows
            .iter()
            .map(|&(e, _, _)| e)
            .find(|&e| m.lijst[e as usize].team == r.team);
        let (e, c) = match entry {
            Some(e) => {
                let lijst = &mut m.lijst[e as usize].contracten;
                let c = u8::try_from(lijst.len()).map_err(|_| {
                    InputError::at(
                        file,
                        r.contract.regel,
                        Some("medewerker".into()),
                        format!(
                            "medewerker \"{}\" has more than 255 contract rows in one team",
                            r.id
                        ),
                    )
                })?;
                lijst.push(r.contract.clone());
                (e, c)
            }
            None => {
                let e = m.lijst.len() as u32;
                m.lijst.push(Medewerker {
                    id: r.id.clone(),
                    naam: r.naam.clone(),
                    team: r.team.clone(),
                    beroep: String::new(),
                    categorie: None,
                    contracten: vec![r.contract.clone()],
                    regel: r.contract.regel,
                });
                (e, 0)
            }
        };
        rows.push((e, c, i));
    }
    for e in &mut m.lijst {
        let h = e.huidig();
        (e.beroep, e.categorie) = (h.beroep.clone(), h.categorie);
    }
    for key in volgorde {
        let Some(rows) = per_id.remove(&key) else {
            continue;
        };
        let e0 = rows[0].0;
        let plek = if rows.iter().all(|&(e, _, _)| e == e0) {
            Plek::Een(e0)
        } else {
            m.meer
                .push(rows.into_iter().map(|(e, c, _)| (e, c)).collect());
            Plek::Meer(m.meer.len() as u32 - 1)
        };
        m.by_id.insert(key, plek);
    }
    Ok(m)
}

impl Medewerkers {
    /// Where the rows of medewerker `id` are; ids of digits only match without regard to
    /// leading zeros (SPEC 5.2). `None` for an unknown id.
    pub fn plek(&self, id: &str) -> Option<Plek> {
        self.by_id.get(id_key(id).as_ref()).copied()
    }

    /// The entry of the id's first row (for messages).
    pub fn eerste(&self, p: Plek) -> &Medewerker {
        let e = match p {
            Plek::Een(e) => e,
            Plek::Meer(k) => self.meer[k as usize][0].0,
        };
        &self.lijst[e as usize]
    }

    /// The entry and contract valid on `d` (SPEC 5.5): the first row in file order whose
    /// in/uit dienst holds `d`; `None` when no contract does.
    pub fn op_datum(&self, p: Plek, d: NaiveDate) -> Option<Toewijzing> {
        match p {
            Plek::Een(e) => {
                let m = &self.lijst[e as usize];
                let c = if m.contracten.len() == 1 {
                    m.contracten[0].in_dienst_op(d).then_some(0)
                } else {
                    m.contract_op(d)
                }?;
                Some(Toewijzing {
                    idx: e,
                    contract: c as u8,
                    twee_teams: false,
                })
            }
            Plek::Meer(k) => {
                let rows = &self.meer[k as usize];
                let geldig = |&&(e, c): &&(u32, u8)| {
                    self.lijst[e as usize].contracten[usize::from(c)].in_dienst_op(d)
                };
                let &(e, c) = rows.iter().find(geldig)?;
                Some(Toewijzing {
                    idx: e,
                    contract: c,
                    twee_teams: rows.iter().filter(geldig).any(|&(o, _)| o != e),
                })
            }
        }
    }

    /// The weekdays of `p` on which medewerker `id` is in service under any contract, in
    /// any team.
    pub fn werkdagen_persoon(&self, id: &str, p: &crate::domain::periode::Periode) -> u32 {
        let mut spans: Vec<(NaiveDate, NaiveDate)> = Vec::new();
        let mut add = |c: &Dienstverband| {
            if let Some(cut) = p.snijd(c.in_dienst, c.uit_dienst) {
                spans.push((cut.van, cut.tot));
            }
        };
        match self.plek(id) {
            None => {}
            Some(Plek::Een(e)) => self.lijst[e as usize].contracten.iter().for_each(&mut add),
            Some(Plek::Meer(k)) => {
                for &(e, c) in &self.meer[k as usize] {
                    add(&self.lijst[e as usize].contracten[usize::from(c)]);
                }
            }
        }
        crate::domain::periode::werkdagen_vereniging(spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::periode::Periode;

    fn d(y: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dag).unwrap()
    }

    fn rij(id: &str, team: &str, uren: f64, van: NaiveDate, tot: Option<NaiveDate>) -> Rij {
        Rij {
            id: id.into(),
            naam: "N".into(),
            team: team.into(),
            contract: Dienstverband {
                in_dienst: Some(van),
                uit_dienst: tot,
                uren_per_week: uren,
                setting: None,
                beroep: "gz-psycholoog".into(),
                categorie: None,
                vrijstelling_uren: 0.0,
                afwezig_uren: 0.0,
                regel: 0,
            },
        }
    }

    fn lijst() -> Medewerkers {
        let mut rows = vec![
            // A: team change on 1 February; B: two contracts in one team; C: two teams at once.
            rij("A", "Noord", 32.0, d(2020, 1, 1), Some(d(2022, 1, 31))),
            rij("A", "Oost", 36.0, d(2022, 2, 1), None),
            rij("B", "Noord", 18.0, d(2020, 1, 1), None),
            rij("B", "Noord", 12.0, d(2022, 3, 1), None),
            rij("C", "Noord", 18.0, d(2020, 1, 1), None),
            rij("C", "Oost", 16.0, d(2021, 1, 1), None),
        ];
        for (i, r) in rows.iter_mut().enumerate() {
            r.contract.regel = i + 2;
        }
        groepeer(rows, "mw.csv").unwrap()
    }

    #[test]
    fn an_activity_goes_to_the_contract_valid_on_its_date() {
        let m = lijst();
        assert_eq!(m.lijst.len(), 5, "one entry per medewerker and team");
        let a = m.plek("A").unwrap();
        let jan = m.op_datum(a, d(2022, 1, 31)).unwrap();
        let feb = m.op_datum(a, d(2022, 2, 1)).unwrap();
        assert_eq!(m.lijst[jan.idx as usize].team, "Noord");
        assert_eq!(m.lijst[feb.idx as usize].team, "Oost");
        assert!(!jan.twee_teams && !feb.twee_teams);
        assert_eq!(m.op_datum(a, d(2019, 12, 31)), None);
        let b = m.plek("B").unwrap();
        assert!(matches!(b, Plek::Een(_)));
        assert_eq!(m.op_datum(b, d(2022, 3, 1)).unwrap().contract, 0);
        let c = m.op_datum(m.plek("C").unwrap(), d(2022, 3, 1)).unwrap();
        assert_eq!(m.lijst[c.idx as usize].team, "Noord");
        assert!(c.twee_teams);
        assert_eq!(m.plek("D"), None);
    }

    #[test]
    fn weekdays_in_service_count_each_day_once() {
        let m = lijst();
        let q1 = Periode::parse("2022-Q1").unwrap();
        assert_eq!(m.werkdagen_persoon("A", &q1), 64);
        assert_eq!(m.werkdagen_persoon("B", &q1), 64);
        assert_eq!(m.werkdagen_persoon("C", &q1), 64);
    }

    #[test]
    fn one_id_with_two_names_is_an_error() {
        let mut r1 = rij("A", "Noord", 32.0, d(2020, 1, 1), None);
        let mut r2 = rij("A", "Oost", 32.0, d(2020, 1, 1), None);
        (r1.contract.regel, r2.contract.regel, r2.naam) = (2, 4, "Ander".into());
        let e = groepeer(vec![r1, r2], "mw.csv").unwrap_err();
        assert_eq!(e.line, Some(4));
        assert!(
            e.message.contains("appears twice (also on line 2)"),
            "{}",
            e.message
        );
    }

    #[test]
    fn two_equal_rows_are_an_error_naming_both_lines() {
        let r = rij("A", "Noord", 32.0, d(2020, 1, 1), None);
        let mut r2 = r.clone();
        r2.contract.regel = 7;
        let mut r1 = r;
        r1.contract.regel = 3;
        let e = groepeer(vec![r1, r2], "mw.csv").unwrap_err();
        assert_eq!(e.line, Some(7));
        assert!(e.message.contains("equals line 3"), "{}", e.message);
    }
}
