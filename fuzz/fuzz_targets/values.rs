//! Fuzzes the value parsers of SPEC 5.2 (`zpm::input::value`): dates in both orders,
//! durations, times of day, numbers and euro amounts under both conventions, month names and
//! the per-column convention decision, on arbitrary text. None may panic; what they accept
//! must be consistent: a date formats back to a text that parses to the same date, a duration
//! is finite and not negative unless written with a sign, a time of day lies within the day,
//! and cents written back under a convention read as the same cents.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zpm::input::value::datum::volgorde::Bewijs;
use zpm::input::value::datum::{Lezing, Volgorde, parse_date_in, parse_tijdstip};
use zpm::input::value::duur::dubbelzinnig;
use zpm::input::value::getal::{bewijs, lees_centen, schrijf_euro};
use zpm::input::value::maandnaam::maandnaam;
use zpm::input::value::tijd::parse_tijd;
use zpm::input::value::{
    Decimaal, GetalKolom, lees_cel, lees_getal, parse_cents, parse_date, parse_minutes,
    parse_number,
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(d) = parse_date(text) {
        let iso = d.format("%Y-%m-%d").to_string();
        assert_eq!(parse_date(&iso), Some(d), "{text:?}");
    }
    if let Some(l) = Lezing::lees(text) {
        for v in [Volgorde::Dmy, Volgorde::Mdy] {
            assert_eq!(l.datum(v), parse_date_in(text, v), "{text:?}");
            if let Some(d) = l.datum(v) {
                assert_eq!(l.datum_of_enige(v), Some(d), "{text:?}");
            }
        }
        if let Some(v) = l.bewijs() {
            assert!(l.datum(v).is_some(), "{text:?} proves an order it cannot read");
        }
        if l.omkeerbaar() {
            let (a, b) = (l.datum(Volgorde::Dmy), l.datum(Volgorde::Mdy));
            assert!(a.is_some() && b.is_some() && a != b, "{text:?}");
        }
        if let Some(t) = l.tijd {
            assert!(t <= 1440, "{text:?} gave {t}");
        }
    }
    if let Some(t) = parse_tijd(text) {
        assert!(t <= 1440, "{text:?} gave {t}");
    }
    if let Some(t) = parse_tijdstip(text) {
        assert!(t <= 1440, "{text:?} gave {t}");
    }
    if let Some(m) = parse_minutes(text) {
        assert!(m.is_finite(), "{text:?} gave {m}");
        if !text.contains('-') {
            assert!(m >= 0.0, "{text:?} gave {m}");
        }
    }
    let _ = dubbelzinnig(text);
    if let Some(m) = maandnaam(text) {
        assert!((1..=12).contains(&m), "{text:?} gave {m}");
    }
    if let Some(n) = parse_number(text) {
        assert!(n.is_finite(), "{text:?} gave {n}");
    }
    if let Some(c) = parse_cents(text) {
        let back = format!(
            "{}{}.{:02}",
            if c < 0 { "-" } else { "" },
            (c / 100).abs(),
            (c % 100).abs()
        );
        assert_eq!(parse_cents(&back), Some(c), "{text:?} → {back}");
    }
    let _ = bewijs(text);
    for d in [None, Some(Decimaal::Komma), Some(Decimaal::Punt)] {
        if let Some(n) = lees_getal(text, d) {
            assert!(n.is_finite(), "{text:?} gave {n}");
        }
        let _ = lees_cel(text, false, d);
        if let (Some(c), Some(conv)) = (lees_centen(text, d), d) {
            for groepen in [false, true] {
                for euro in [false, true] {
                    let back = schrijf_euro(c, conv, groepen, euro);
                    assert_eq!(lees_centen(&back, Some(conv)), Some(c), "{text:?} → {back}");
                }
            }
        }
    }
    let mut kolom = GetalKolom::new("Bedrag", None);
    for (i, regel) in text.lines().take(64).enumerate() {
        kolom.zie(i + 2, regel);
    }
    let _ = kolom.besluit("fuzz.csv", Some("epd"));

    // A date column's order never depends on row order or on where the file is cut.
    let regels: Vec<(usize, &str)> = text.lines().take(64).enumerate().collect();
    let bewijs_van = |rs: &mut dyn Iterator<Item = &(usize, &str)>| {
        let mut b = Bewijs::default();
        for (i, r) in rs {
            if let Some(l) = Lezing::lees(r) {
                b.zie(&l, i + 2, r);
            }
        }
        b
    };
    let heel = bewijs_van(&mut regels.iter());
    let achteruit = bewijs_van(&mut regels.iter().rev());
    let knip = data.first().map_or(0, |&b| usize::from(b) % (regels.len() + 1));
    let mut gesneden = bewijs_van(&mut regels[..knip].iter());
    gesneden.voeg_toe(bewijs_van(&mut regels[knip..].iter()));
    assert_eq!(gesneden, heel, "{text:?} cut at {knip}");
    let volgorde = |b: &Bewijs| b.besluit("fuzz.csv", "datum", None).map(|d| d.volgorde).ok();
    assert_eq!(volgorde(&heel), volgorde(&achteruit), "{text:?}");
});
