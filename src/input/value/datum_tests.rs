use super::volgorde::{Bewijs, DatumBron};
use super::*;

fn d(y: i32, m: u32, dag: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dag).unwrap()
}

#[test]
fn dates_in_all_dialects() {
    let x = d(2022, 3, 7);
    for s in [
        "2022-03-07",
        "07-03-2022",
        "7-3-2022",
        "7/3/2022",
        "7.3.2022",
        "2022/03/07",
        "2022.3.7",
        "20220307",
        "2022-03-07 09:30",
        "2022-03-07T09:30:00",
        "07-03-2022 9:30",
        "7 mrt 2022",
        "7 maart 2022",
        "07-mrt-2022",
        "7 mrt. 2022",
        "7-Mrt.-2022",
        "7 MAART 2022 09:15",
        "44627",
    ] {
        assert_eq!(parse_date(s), Some(x), "{s}");
    }
    assert_eq!(parse_date("1 sept 2022"), Some(d(2022, 9, 1)));
    assert_eq!(parse_date("1 sep. 2022"), Some(d(2022, 9, 1)));
    assert_eq!(parse_date("31 okt 2022"), Some(d(2022, 10, 31)));
    assert_eq!(parse_date("1 mei 2022"), Some(d(2022, 5, 1)));
    for bad in [
        "31-02-2022",
        "2022-02-31",
        "gisteren",
        "1 mrz 2022",
        "7-3/2022",
        "07 03 2022",
        "2022-03-07 25:00",
        "7-3-22",
        "0",
        "2958466",
        "60",
        "",
        "1-2-3-2022",
    ] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
}

#[test]
fn excel_serial_days_in_the_1900_system() {
    assert_eq!(parse_date("44621"), Some(d(2022, 3, 1)));
    assert_eq!(parse_date("1"), Some(d(1900, 1, 1)));
    assert_eq!(parse_date("59"), Some(d(1900, 2, 28)));
    assert_eq!(parse_date("61"), Some(d(1900, 3, 1)));
    assert_eq!(parse_date("2958465"), Some(d(9999, 12, 31)));
    let l = Lezing::lees("44621,375").unwrap();
    assert_eq!(l.datum(Volgorde::Dmy), Some(d(2022, 3, 1)));
    assert_eq!(l.tijd, Some(9 * 60));
    assert_eq!(Lezing::lees("44621.5").unwrap().tijd, Some(720));
}

#[test]
fn times_after_a_date_are_kept() {
    assert_eq!(Lezing::lees("01-03-2022 09:15").unwrap().tijd, Some(555));
    assert_eq!(Lezing::lees("2022-03-01T09:15:00").unwrap().tijd, Some(555));
    assert_eq!(Lezing::lees("1 mrt 2022 9:15").unwrap().tijd, Some(555));
    assert_eq!(Lezing::lees("2022-03-01").unwrap().tijd, None);
    assert_eq!(parse_tijdstip("2022-03-01 13:05"), Some(785));
    assert_eq!(parse_tijdstip("13:05:00"), Some(785));
    assert_eq!(parse_tijdstip("2022-03-01"), None);
}

#[test]
fn the_order_of_a_b_yyyy_is_left_open_and_proved_by_parts_above_12() {
    let l = Lezing::lees("03/04/2022").unwrap();
    assert!(l.omkeerbaar() && l.met_schuine_streep() && l.bewijs().is_none());
    assert_eq!(l.datum(Volgorde::Dmy), Some(d(2022, 4, 3)));
    assert_eq!(l.datum(Volgorde::Mdy), Some(d(2022, 3, 4)));
    let m = Lezing::lees("3/14/2022").unwrap();
    assert_eq!(m.bewijs(), Some(Volgorde::Mdy));
    assert_eq!(m.datum(Volgorde::Dmy), None);
    assert_eq!(m.datum_of_enige(Volgorde::Dmy), Some(d(2022, 3, 14)));
    assert_eq!(
        Lezing::lees("14.3.2022").unwrap().bewijs(),
        Some(Volgorde::Dmy)
    );
    assert!(!Lezing::lees("2022-03-04").unwrap().volgorde_telt());
    assert!(!Lezing::lees("4/4/2022").unwrap().omkeerbaar());
    assert_eq!(Lezing::lees("31/31/2022"), None);
    assert_eq!(omgedraaid(d(2022, 4, 3)), Some(d(2022, 3, 4)));
    assert_eq!(
        parse_date_in("3/14/2022", Volgorde::Mdy),
        Some(d(2022, 3, 14))
    );
    assert_eq!(parse_date_in("14/3/2022", Volgorde::Mdy), None);
}

fn besluit(cellen: &[&str]) -> Result<super::volgorde::DatumBesluit, crate::error::InputError> {
    let mut b = Bewijs::default();
    for (i, c) in cellen.iter().enumerate() {
        if let Some(l) = Lezing::lees(c) {
            b.zie(&l, i + 2, c);
        }
    }
    b.besluit("x.csv", "datum", None)
}

#[test]
fn a_column_with_both_orders_is_refused_naming_both_cells() {
    let e = besluit(&["03/04/2022", "14/03/2022", "3/15/2022"]).unwrap_err();
    assert_eq!(e.line, Some(3));
    assert_eq!(e.column.as_deref(), Some("datum"));
    assert!(e.message.contains("line 3 (\"14/03/2022\")"), "{e}");
    assert!(e.message.contains("line 4 (\"3/15/2022\")"), "{e}");
    let b = besluit(&["03/04/2022", "3/15/2022"]).unwrap();
    assert_eq!(b.volgorde, Volgorde::Mdy);
    assert!(b.melden() && b.aantal() == 2);
    let c = besluit(&["03/04/2022", "05/06/2022", "2022-01-01"]).unwrap();
    assert_eq!(
        (c.volgorde, &c.bron),
        (Volgorde::Dmy, &DatumBron::Aangenomen)
    );
    assert!(c.melden() && c.aantal() == 2);
    assert!(!besluit(&["03-04-2022"]).unwrap().melden());
    assert!(!besluit(&["14/04/2022", "03/04/2022"]).unwrap().melden());
}

proptest::proptest! {
    /// Every form round-trips: a date written in each form of SPEC 5.2 reads back as itself.
    #[test]
    fn every_form_round_trips(dagen in 0i64..40_000, uur in 0u32..24, min in 0u32..60) {
        let x = d(1950, 1, 1) + chrono::Duration::days(dagen);
        let maanden = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
        let vol = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"];
        use chrono::Datelike;
        let m0 = x.month0() as usize;
        let vormen = [
            x.format("%Y-%m-%d").to_string(),
            x.format("%d-%m-%Y").to_string(),
            x.format("%-d-%-m-%Y").to_string(),
            x.format("%d/%m/%Y").to_string(),
            x.format("%-d.%-m.%Y").to_string(),
            x.format("%Y%m%d").to_string(),
            format!("{} {} {}", x.day(), maanden[m0], x.year()),
            format!("{:02}-{}-{}", x.day(), maanden[m0], x.year()),
            format!("{} {}. {}", x.day(), maanden[m0], x.year()),
            format!("{} {} {}", x.day(), vol[m0], x.year()),
            format!("{}", (x - d(1899, 12, 30)).num_days()),
        ];
        for v in &vormen {
            proptest::prop_assert_eq!(parse_date(v), Some(x), "{}", v);
            let met = format!("{v} {uur}:{min:02}");
            let l = Lezing::lees(&met);
            proptest::prop_assert_eq!(l.and_then(|l| l.datum(Volgorde::Dmy)), Some(x), "{}", met);
            proptest::prop_assert_eq!(l.and_then(|l| l.tijd), Some((uur * 60 + min) as u16));
        }
        let iso = format!("{}T{uur:02}:{min:02}:00", x.format("%Y-%m-%d"));
        proptest::prop_assert_eq!(Lezing::lees(&iso).and_then(|l| l.tijd), Some((uur * 60 + min) as u16));
        let mdy = x.format("%m/%d/%Y").to_string();
        proptest::prop_assert_eq!(parse_date_in(&mdy, Volgorde::Mdy), Some(x));
    }

    /// A date's day/month reading never depends on row order: the column's decision and
    /// every date read are the same for any order of its rows (and any cut into parts).
    #[test]
    fn the_reading_does_not_depend_on_row_order(
        dagen in proptest::collection::vec(0i64..365, 1..40),
        mdy in proptest::bool::ANY,
        seed in 0u64..1000,
        cut in 0usize..40,
    ) {
        let cellen: Vec<String> = dagen
            .iter()
            .map(|&n| {
                let x = d(2022, 1, 1) + chrono::Duration::days(n);
                x.format(if mdy { "%-m/%-d/%Y" } else { "%-d/%-m/%Y" }).to_string()
            })
            .collect();
        let lees = |rijen: &[(usize, &String)]| {
            let cut = cut.min(rijen.len());
            let mut a = Bewijs::default();
            let mut b = Bewijs::default();
            for (i, (r, c)) in rijen.iter().enumerate() {
                let l = Lezing::lees(c).unwrap();
                if i < cut { a.zie(&l, *r, c) } else { b.zie(&l, *r, c) }
            }
            a.voeg_toe(b);
            let v = a.besluit("x", "datum", None).unwrap().volgorde;
            let mut datums: Vec<(usize, NaiveDate)> = rijen
                .iter()
                .map(|(r, c)| (*r, Lezing::lees(c).unwrap().datum(v).unwrap()))
                .collect();
            datums.sort();
            (v, datums)
        };
        let rijen: Vec<(usize, &String)> = cellen.iter().enumerate().map(|(i, c)| (i + 2, c)).collect();
        let mut geschud = rijen.clone();
        let mut s = seed;
        for i in (1..geschud.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            geschud.swap(i, (s >> 33) as usize % (i + 1));
        }
        let (v1, d1) = lees(&rijen);
        let (v2, d2) = lees(&geschud);
        proptest::prop_assert_eq!(v1, v2);
        proptest::prop_assert_eq!(&d1, &d2);
        // and the dates are the ones written whenever a value proves the order
        let bewezen = dagen.iter().any(|&n| {
            let x = d(2022, 1, 1) + chrono::Duration::days(n);
            use chrono::Datelike;
            x.day() > 12
        });
        if bewezen || !mdy {
            for ((_, got), &n) in d1.iter().zip(&dagen) {
                proptest::prop_assert_eq!(*got, d(2022, 1, 1) + chrono::Duration::days(n));
            }
        }
    }
}
