use super::*;
use proptest::prelude::*;

#[test]
fn numbers_in_both_dialects() {
    assert_eq!(parse_number("12,5"), Some(12.5));
    assert_eq!(parse_number("12.5"), Some(12.5));
    assert_eq!(parse_number("1.234,5"), Some(1234.5));
    assert_eq!(parse_number("1,234.5"), Some(1234.5));
    assert_eq!(parse_number(" 45 "), Some(45.0));
    assert_eq!(parse_number("-3"), Some(-3.0));
    assert_eq!(parse_number("drie kwartier"), None);
    assert_eq!(parse_number("1,2,3"), None);
    assert_eq!(parse_number("NaN"), None);
    assert_eq!(parse_number("inf"), None);
}

#[test]
fn what_a_value_shows() {
    use GetalBewijs::*;
    for (s, b) in [
        ("62346", Geen),
        ("€ 62.346,00", Komma),
        ("62,346.00", Punt),
        ("€62.346", Dubbelzinnig),
        ("62,346", Dubbelzinnig),
        ("135,89", Komma),
        ("135,8", Komma),
        ("12.5", Punt),
        ("2.145.028", Komma),
        ("2,145,028", Punt),
        ("0,346", Komma),
        ("0.346", Punt),
        ("1234,567", Komma),
        (",346", Komma),
        ("-1.250", Dubbelzinnig),
        ("62 346,00", Komma),
        ("62\u{a0}346", Geen),
        ("tekst", Geen),
    ] {
        assert_eq!(bewijs(s), b, "{s}");
    }
}

#[test]
fn values_under_a_convention() {
    let (k, p) = (Some(Decimaal::Komma), Some(Decimaal::Punt));
    assert_eq!(lees_getal("€ 62.346,00", k), Some(62346.0));
    assert_eq!(lees_getal("€62.346", k), Some(62346.0));
    assert_eq!(lees_getal("62.346", p), Some(62.346));
    assert_eq!(lees_getal("62,346.00", p), Some(62346.0));
    assert_eq!(lees_getal("62\u{a0}346,5", k), Some(62346.5));
    assert_eq!(lees_getal("\u{202f}-€ 1.234,5 ", k), Some(-1234.5));
    assert_eq!(lees_getal("€ -1.234,5", k), Some(-1234.5));
    assert_eq!(lees_getal("2.145.028", None), Some(2_145_028.0));
    assert_eq!(lees_getal("135,89", None), Some(135.89));
    assert_eq!(lees_getal("1234", None), Some(1234.0));
    // Readable both ways: only under a convention.
    assert_eq!(lees_getal("62.346", None), None);
    // A value that does not follow the convention.
    assert_eq!(lees_getal("12.5", k), None);
    assert_eq!(lees_getal("1.2345,00", k), None);
    assert_eq!(lees_getal("12,5", p), None);
    assert_eq!(lees_getal("1,2,3", None), None);
    assert_eq!(lees_getal("12 € 5", k), None);
    assert_eq!(lees_getal("€", k), None);
    assert_eq!(lees_getal("--5", k), None);
    assert_eq!(lees_getal("5-", k), None);
    assert_eq!(lees_getal("1e5", p), None);
    assert_eq!(lees_cel("62346.5", true, k), Some(62346.5));
}

#[test]
fn cents_exactly() {
    assert_eq!(parse_cents("35.56"), Some(3556));
    assert_eq!(parse_cents("35,5"), Some(3550));
    assert_eq!(parse_cents("1.234,56"), Some(123_456));
    assert_eq!(parse_cents("35.567"), None);
    assert_eq!(parse_cents("1.234"), None);
    assert_eq!(lees_centen("1.234", Some(Decimaal::Komma)), Some(123_400));
    assert_eq!(lees_centen("-0,05", None), Some(-5));
}

fn kolom(waarden: &[(usize, &str)], vast: Option<Decimaal>) -> GetalKolom {
    let mut k = GetalKolom::new("Bedrag", vast);
    for (r, w) in waarden {
        k.zie(*r, w);
    }
    k
}

#[test]
fn a_column_decides_its_convention() {
    let d = |w: &[(usize, &str)]| {
        kolom(w, None)
            .besluit("b.csv", Some("begroting"))
            .map(|c| c.map(|c| c.decimaal))
    };
    assert_eq!(
        d(&[(2, "62.346"), (3, "1.250,50")]),
        Ok(Some(Decimaal::Komma))
    );
    assert_eq!(
        d(&[(2, "62.346"), (3, "2,145,028")]),
        Ok(Some(Decimaal::Punt))
    );
    assert_eq!(d(&[(2, "62346"), (3, "100")]), Ok(None));
    let e = d(&[(2, "100"), (5, "62.346")]).unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (Some(5), Some("Bedrag")));
    assert!(e.message.contains("\"62.346\""), "{e}");
    assert!(e.message.contains("decimaal = \"komma\""), "{e}");
    assert!(e.message.contains("[begroting]"), "{e}");
    let e = d(&[(2, "12,5"), (7, "12.5")]).unwrap_err();
    assert!(e.message.contains("two ways"), "{e}");
    // The profile decides.
    let c = kolom(&[(2, "62.346")], Some(Decimaal::Komma))
        .besluit("b.csv", None)
        .unwrap()
        .unwrap();
    assert_eq!(
        (c.decimaal, c.bron, c.waarden),
        (Decimaal::Komma, GetalBron::Profiel, 1)
    );
}

fn conventie() -> impl Strategy<Value = Decimaal> {
    prop_oneof![Just(Decimaal::Komma), Just(Decimaal::Punt)]
}

proptest! {
    /// parse(format(x)) = x for euro amounts in both conventions, with and without thousands
    /// separators and `€`.
    #[test]
    fn euros_round_trip(
        cents in -10_000_000_000i64..10_000_000_000,
        d in conventie(),
        groepen: bool,
        euro: bool,
    ) {
        let s = schrijf_euro(cents, d, groepen, euro);
        prop_assert_eq!(lees_centen(&s, Some(d)), Some(cents), "{}", s);
        prop_assert_eq!(lees_getal(&s, Some(d)), Some(cents as f64 / 100.0), "{}", s);
        // Two decimals always show the convention.
        prop_assert_eq!(lees_getal(&s, None), Some(cents as f64 / 100.0), "{}", s);
    }

    /// Whole euros with thousands separators (`62.346`): read back under the convention.
    #[test]
    fn whole_euros_round_trip(euros in 0i64..1_000_000_000, d in conventie()) {
        let s = schrijf_euro(euros * 100, d, true, false);
        let heel = &s[..s.len() - 3];
        prop_assert_eq!(lees_getal(heel, Some(d)), Some(euros as f64), "{}", heel);
    }

    /// The convention a column gets never depends on the order of its rows.
    #[test]
    fn detection_ignores_row_order(
        waarden in proptest::collection::vec(
            prop_oneof![
                (0i64..10_000_000).prop_map(|c| schrijf_euro(c, Decimaal::Komma, true, false)),
                (0i64..10_000_000).prop_map(|c| schrijf_euro(c, Decimaal::Punt, true, true)),
                (1i64..1_000_000).prop_map(|e| schrijf_euro(e * 100, Decimaal::Komma, true, false)[..].trim_end_matches(",00").to_string()),
                (0i64..100_000).prop_map(|e| e.to_string()),
            ],
            0..12,
        ),
        seed: u64,
    ) {
        let rows: Vec<(usize, &str)> = waarden.iter().enumerate().map(|(i, w)| (i + 2, w.as_str())).collect();
        let mut shuffled = rows.clone();
        let mut s = seed;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        let a = kolom(&rows, None).besluit("b.csv", None);
        let b = kolom(&shuffled, None).besluit("b.csv", None);
        prop_assert_eq!(a, b);
    }
}
