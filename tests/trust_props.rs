//! Property tests for the rules and the reconciliation of SPEC 4.

use proptest::prelude::*;
use zpm::rules::klasse::{KLASSEN, groepsblokken, klasse, telbare_minuten};

proptest! {
    #[test]
    fn class_is_monotonic_and_the_largest_bound_not_above(a in 0.0f64..1440.0, b in 0.0f64..1440.0) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(klasse(lo).map_or(0, i32::from) <= klasse(hi).map_or(0, i32::from));
        match klasse(a) {
            None => prop_assert!(a < 5.0),
            Some(k) => {
                prop_assert!(f64::from(k) <= a);
                prop_assert!(KLASSEN.iter().all(|&b| f64::from(b) > a || b <= k));
            }
        }
    }

    #[test]
    fn blocks_follow_the_formula(d in 0u32..1440) {
        let expected = d / 30 + u32::from(d % 30 > 15);
        prop_assert_eq!(groepsblokken(f64::from(d)), expected);
    }

    #[test]
    fn planning_counts_within_15_minutes(real in 0.0f64..600.0, delta in -60.0f64..60.0) {
        let planned = (real + delta).max(0.0);
        let t = telbare_minuten(real, Some(planned));
        if (planned - real).abs() <= 15.0 { prop_assert_eq!(t, planned) } else { prop_assert_eq!(t, real) }
        prop_assert_eq!(telbare_minuten(real, None), real);
    }
}

/// Kinds of generated rows: (row text, is_good, is_bad, is_outside).
fn row(kind: u8, i: usize) -> (String, u8) {
    let day = 1 + (i % 28);
    match kind % 10 {
        0 => (
            format!("M1;{day:02}-03-2022;behandeling;{};C{i}", 5 + i % 100),
            0,
        ),
        1 => (format!("M1;{day:02}-03-2022;overleg;20;-"), 0),
        2 => (format!("M1;{day:02}-03-2022;groepsconsult;90;-;6"), 0),
        3 => (format!("X9;{day:02}-03-2022;behandeling;45;C{i}"), 1),
        4 => (format!("M1;31-02-2022;behandeling;45;C{i}"), 1),
        5 => (format!("M1;{day:02}-03-2022;telefoon;45;C{i}"), 1),
        6 => (format!("M1;{day:02}-03-2022;behandeling;-3;C{i}"), 1),
        7 => (format!("M1;{day:02}-03-2022;groepsconsult;60;-;1"), 1),
        8 => (format!("M1;{day:02}-04-2022;behandeling;45;C{i}"), 2),
        _ => (format!("X9;{day:02}-05-2022;telefoon;drie;C{i}"), 2),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn every_row_is_counted_once(kinds in proptest::collection::vec(any::<u8>(), 0..120)) {
        let dir = tempfile::tempdir().unwrap();
        let epd = dir.path().join("epd.csv");
        let mw = dir.path().join("mw.csv");
        let mut text = String::from("medewerker;datum;activiteit;directe_tijd;client;groepsgrootte\n");
        let mut counts = [0u64; 3];
        for (i, k) in kinds.iter().enumerate() {
            let (r, c) = row(*k, i);
            text.push_str(&r);
            text.push('\n');
            counts[c as usize] += 1;
        }
        std::fs::write(&epd, text).unwrap();
        std::fs::write(&mw, "medewerker;naam;team;beroep;uren_per_week\nM1;Een;A;gz-psycholoog;36\n").unwrap();
        let out = dir.path().join("out");
        let cli = <zpm::cli::Cli as clap::Parser>::try_parse_from([
            "zpm", "run", "--epd", epd.to_str().unwrap(), "--medewerkers", mw.to_str().unwrap(),
            "--periode", "2022-03", "--out", out.to_str().unwrap(),
        ]).unwrap();
        let zpm::cli::Command::Run(a) = cli.command else { unreachable!() };
        let cfg = zpm::config::RunConfig::from_args(&a, Vec::new()).unwrap();
        let uitkomst = zpm::commands::run::compute(&cfg);
        if counts[0] == 0 && !kinds.is_empty() {
            // No row processed: an unusable input (SPEC 4), refused before anything is written.
            let e = uitkomst
                .expect_err("a run without processed rows is refused")
                .to_string();
            prop_assert!(e.contains("could be processed"), "{}", e);
            return Ok(());
        }
        let res = uitkomst.unwrap().res;
        let t = res.telling;
        prop_assert_eq!(t.regels, kinds.len() as u64);
        prop_assert_eq!(t.verwerkt, counts[0]);
        prop_assert_eq!(t.afgewezen, counts[1]);
        prop_assert_eq!(t.buiten_periode, counts[2]);
        prop_assert_eq!(t.regels, t.verwerkt + t.afgewezen + t.buiten_periode);
    }
}
