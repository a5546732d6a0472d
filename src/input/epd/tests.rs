//! Dates, begin and end times, durations that read two ways, and group sessions written once
//! per participant (SPEC 5.2, 5.4), read through [`EpdInvoer::read_sized`] in one piece and in
//! small chunks.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::opties::EpdOpties;
use super::*;
use crate::input::value::datum::Volgorde;
use crate::input::value::datum::volgorde::DatumBron;

fn d(y: i32, m: u32, dag: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dag).unwrap()
}

struct Set {
    _dir: tempfile::TempDir,
    mw: Medewerkers,
    epd: PathBuf,
}

/// Medewerker 1 in service from 5 March 2022; medewerker 2 always.
fn set(epd: &str) -> Set {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("mw.csv");
    std::fs::write(
        &m,
        "medewerker,naam,team,beroep,uren_per_week,in_dienst\n1,A,T,gz-psycholoog,36,2022-03-05\n2,B,T,gz-psycholoog,36,\n",
    )
    .unwrap();
    let r = crate::rules::Referentie::embedded().unwrap();
    let mw =
        Medewerkers::read(&m, &r.beroepen, &Default::default(), r.keten.fulltime_uren).unwrap();
    let e = dir.path().join("epd.csv");
    std::fs::write(&e, epd).unwrap();
    Set {
        _dir: dir,
        mw,
        epd: e,
    }
}

/// Reads in one piece and in chunks of 40 bytes; both must agree.
fn lees(s: &Set, o: &EpdOpties) -> Result<EpdInvoer, crate::error::InputError> {
    let files = vec![s.epd.clone()];
    let heel = EpdInvoer::read_sized(&files, &s.mw, o, usize::MAX);
    let stukken = EpdInvoer::read_sized(&files, &s.mw, o, 40);
    match (&heel, &stukken) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.afwijzingen, b.afwijzingen);
            assert_eq!(a.span, b.span);
            assert_eq!(a.datums, b.datums);
            assert_eq!(
                format!("{:?}", a.per_medewerker),
                format!("{:?}", b.per_medewerker)
            );
        }
        (Err(a), Err(b)) => assert_eq!(a, b),
        _ => panic!("one piece and chunks disagree"),
    }
    heel
}

fn datums(inv: &EpdInvoer, idx: usize) -> Vec<(u32, NaiveDate)> {
    inv.per_medewerker[idx]
        .iter()
        .map(|r| (r.regel, r.datum))
        .collect()
}

const KOP: &str = "medewerker,datum,activiteit,directe_tijd\n";

#[test]
fn a_file_that_proves_month_first_is_read_month_first_whatever_the_chunks() {
    let mut t = String::from(KOP);
    for _ in 0..6 {
        t.push_str("2,01/02/2022,behandeling,45\n");
    }
    t.push_str("2,03/04/2022,behandeling,45\n"); // line 8
    t.push_str("1,03/04/2022,behandeling,45\n"); // line 9: 4 March, before 5 March
    t.push_str("1,04/03/2022,behandeling,45\n"); // line 10: 3 April, in service
    t.push_str("9,05/06/2022,behandeling,45\n"); // line 11: unknown medewerker
    t.push_str("2,3/14/2022,behandeling,45\n"); // line 12: proves month first
    let s = set(&t);
    let inv = lees(&s, &EpdOpties::default()).unwrap();
    let b = &inv.datums[0];
    assert_eq!(b.volgorde, Volgorde::Mdy);
    assert!(matches!(&b.bron, DatumBron::Bewezen(c) if c.regel == 12 && c.tekst == "3/14/2022"));
    assert_eq!(b.aantal(), 11);
    let m2 = datums(&inv, 1);
    assert_eq!(m2[0], (2, d(2022, 1, 2)));
    assert_eq!(m2[6], (8, d(2022, 3, 4)));
    assert_eq!(m2[7], (12, d(2022, 3, 14)));
    assert_eq!(datums(&inv, 0), [(10, d(2022, 4, 3))]);
    let afw: Vec<_> = inv
        .afwijzingen
        .iter()
        .map(|a| (a.regel, a.soort, a.datum))
        .collect();
    assert_eq!(
        afw,
        [
            (9, "buiten in/uit dienst", Some(d(2022, 3, 4))),
            (11, "onbekende medewerker", Some(d(2022, 5, 6)))
        ]
    );
    assert!(inv.afwijzingen[0].reden.contains("04-03-2022"));
    assert_eq!(inv.span, Some((d(2022, 1, 2), d(2022, 5, 6))));

    // The profile's order wins: day first rejects 3/14/2022.
    let mut o = EpdOpties::default();
    o.mapping.datumvolgorde = Some(Volgorde::Dmy);
    let inv = lees(&s, &o).unwrap();
    assert_eq!(datums(&inv, 0), [(9, d(2022, 4, 3))]);
    assert!(
        inv.afwijzingen
            .iter()
            .any(|a| a.regel == 12 && a.soort == "datum onleesbaar")
    );
    assert!(
        inv.afwijzingen
            .iter()
            .any(|a| a.regel == 10 && a.soort == "buiten in/uit dienst")
    );
}

#[test]
fn a_file_with_both_orders_is_refused_naming_a_cell_of_each() {
    let t = format!(
        "{KOP}2,03/04/2022,behandeling,45\n2,14/03/2022,behandeling,45\n2,3/15/2022,behandeling,45\n"
    );
    let e = lees(&set(&t), &EpdOpties::default()).unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (Some(3), Some("datum")));
    assert!(
        e.message.contains("line 3 (\"14/03/2022\")")
            && e.message.contains("line 4 (\"3/15/2022\")"),
        "{e}"
    );
    // A file without proof is read day first and says so for `/`.
    let t = format!("{KOP}2,03/04/2022,behandeling,45\n2,2022-03-05,behandeling,45\n");
    let inv = lees(&set(&t), &EpdOpties::default()).unwrap();
    assert_eq!(datums(&inv, 1)[0].1, d(2022, 4, 3));
    assert!(inv.datums[0].melden() && inv.datums[0].bron == DatumBron::Aangenomen);
    assert_eq!(inv.datums[0].aantal(), 1);
}

#[test]
fn begin_and_end_times_give_the_direct_minutes() {
    let t = "medewerker,datum,activiteit,begintijd,eindtijd,directe_tijd\n\
        2,01-03-2022,behandeling,09:15,10:00,\n\
        2,01-03-2022,behandeling,23:30,0:15:00,\n\
        2,01-03-2022,behandeling,9:00,10:00,30\n\
        2,01-03-2022,behandeling,9:00,,\n\
        2,01-03-2022,behandeling,9 uur,10:00,\n";
    let inv = lees(&set(t), &EpdOpties::default()).unwrap();
    let m: Vec<(f64, u16)> = inv.per_medewerker[1]
        .iter()
        .map(|r| (r.directe_min, r.begintijd))
        .collect();
    assert_eq!(m, [(45.0, 555), (45.0, 1410), (30.0, 540)]);
    let afw: Vec<_> = inv.afwijzingen.iter().map(|a| a.soort).collect();
    assert_eq!(afw, ["directe tijd ontbreekt", "begintijd onleesbaar"]);
    // no duration column: begin and end stand in for it; a date with a time is the begintijd
    let t = "medewerker,datum,activiteit,begintijd,eindtijd\n2,01-03-2022,behandeling,9:15,10:05\n";
    assert_eq!(
        lees(&set(t), &EpdOpties::default()).unwrap().per_medewerker[1][0].directe_min,
        50.0
    );
    let t = "medewerker,datum,activiteit,directe_tijd\n2,2022-03-01T09:15:00,behandeling,45\n";
    assert_eq!(
        lees(&set(t), &EpdOpties::default()).unwrap().per_medewerker[1][0].begintijd,
        555
    );
    let t = "medewerker,datum,activiteit,eindtijd\n2,01-03-2022,behandeling,10:00\n";
    let e = lees(&set(t), &EpdOpties::default()).unwrap_err();
    assert!(e.message.contains("directe_tijd"), "{e}");
}

#[test]
fn durations_that_read_two_ways_are_rejected() {
    let t = format!(
        "{KOP}2,01-03-2022,behandeling,1.250\n2,01-03-2022,behandeling,1,250\n2,01-03-2022,behandeling,\"1,250\"\n2,01-03-2022,behandeling,\"12,5\"\n"
    );
    let inv = lees(&set(&t), &EpdOpties::default()).unwrap();
    assert_eq!(
        inv.per_medewerker[1].len(),
        2,
        "1 (the 4th cell is ignored) and 12,5"
    );
    assert_eq!(inv.afwijzingen.len(), 2);
    for a in &inv.afwijzingen {
        assert_eq!(a.soort, "directe tijd dubbelzinnig");
        assert!(a.reden.contains("1250 of 1,250 minuten"), "{}", a.reden);
    }
    let t =
        "medewerker,datum,activiteit,directe_tijd,reistijd\n2,01-03-2022,behandeling,45,1.500\n";
    let inv = lees(&set(t), &EpdOpties::default()).unwrap();
    assert_eq!(inv.afwijzingen[0].soort, "reistijd onleesbaar");
    assert!(inv.afwijzingen[0].reden.contains("reistijd dubbelzinnig"));
}

#[test]
fn group_rows_per_participant_form_one_session() {
    let kop = "medewerker,datum,activiteit,directe_tijd,groepsgrootte,begintijd,eindtijd,client\n";
    let mut t = String::from(kop);
    for c in 1..=4 {
        t.push_str(&format!(
            "2,02-03-2022,groepsconsult,90,4,10:00,11:30,{c}\n"
        ));
    }
    for c in 1..=3 {
        t.push_str(&format!("2,09-03-2022,groepsconsult,,,10:00,11:30,{c}\n"));
    }
    t.push_str("2,16-03-2022,groepsconsult,60,,10:00,11:00,1\n");
    let s = set(&t);
    let mut o = EpdOpties {
        groepsconsult_per_deelnemer: true,
        ..Default::default()
    };
    let inv = lees(&s, &o).unwrap();
    let g: Vec<(u16, u8)> = inv.per_medewerker[1]
        .iter()
        .map(|r| (r.groepsgrootte, r.vlag & VLAG_DEELNEMER))
        .collect();
    let v = VLAG_DEELNEMER;
    assert_eq!(g, [(4, 0), (4, v), (4, v), (4, v), (3, 0), (3, v), (3, v)]);
    assert_eq!(inv.afwijzingen.len(), 1);
    assert_eq!(
        (inv.afwijzingen[0].regel, inv.afwijzingen[0].soort),
        (9, "groepsgrootte ontbreekt")
    );
    assert!(!inv.afwijzingen[0].velden.is_empty());
    // without the setting: rows without a size are rejected, and four rows of a group of
    // four look like one row per participant
    o.groepsconsult_per_deelnemer = false;
    let inv = lees(&s, &o).unwrap();
    let lijkt = inv.per_medewerker[1]
        .iter()
        .filter(|r| r.vlag & VLAG_LIJKT_DEELNEMER != 0)
        .count();
    assert_eq!((inv.per_medewerker[1].len(), lijkt), (4, 4));
    assert_eq!(inv.afwijzingen.len(), 4);
}
