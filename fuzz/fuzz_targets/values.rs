//! Fuzzes the value parsers of SPEC 5.2 (`zpm::input::value`): dates, durations, numbers and
//! euro amounts, on arbitrary text. None may panic; what they accept must be consistent: a
//! duration is finite and not negative unless written with a sign, a date formats back to a
//! text that parses to the same date, and cents agree with the number reading.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zpm::input::value::{parse_cents, parse_date, parse_minutes, parse_number};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(d) = parse_date(text) {
        let iso = d.format("%Y-%m-%d").to_string();
        assert_eq!(parse_date(&iso), Some(d), "{text:?}");
    }
    if let Some(m) = parse_minutes(text) {
        assert!(m.is_finite(), "{text:?} gave {m}");
        if !text.contains('-') {
            assert!(m >= 0.0, "{text:?} gave {m}");
        }
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
});
