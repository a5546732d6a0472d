//! The fast paths give the same answers as the plain ones: a generated organisation read in
//! small parallel chunks equals the read in one piece, and `samenvatting.json` of a generated
//! set stays byte for byte what it was before the optimisations (tests/data/golden).

mod common;

use common::*;
use zpm::input::epd::EpdInvoer;
use zpm::input::medewerkers::Medewerkers;
use zpm::rules::Referentie;
#[test]
fn chunked_read_equals_the_sequential_read() {
    let dir = tempfile::tempdir().unwrap();
    genereer(dir.path(), 60, 3, "2022-01", 7);
    let r = Referentie::embedded().unwrap();
    let mw = Medewerkers::read(
        &dir.path().join("medewerkers.csv"),
        &r.beroepen,
        &Default::default(),
        r.keten.fulltime_uren,
    )
    .unwrap();
    let files = vec![dir.path().join("epd-export.csv")];
    let whole = EpdInvoer::read_sized(&files, &mw, &Default::default(), usize::MAX).unwrap();
    let chunked = EpdInvoer::read_sized(&files, &mw, &Default::default(), 16 << 10).unwrap();
    assert!(
        whole.regels() > 10_000,
        "a realistic set: {} rows",
        whole.regels()
    );
    assert_eq!(whole.regels_per_bestand, chunked.regels_per_bestand);
    assert_eq!(whole.span, chunked.span);
    assert_eq!(whole.afwijzingen, chunked.afwijzingen);
    assert!(!whole.afwijzingen.is_empty());
    // Debug text compares NaN (no planned time) as equal, and keeps a failure short.
    let (a, b) = (
        format!("{:?}", whole.per_medewerker),
        format!("{:?}", chunked.per_medewerker),
    );
    assert!(
        a == b,
        "rows per medewerker differ between the chunked and the whole read"
    );
}

#[test]
fn summary_is_byte_identical_to_the_golden_file() {
    let dir = tempfile::tempdir().unwrap();
    genereer(dir.path(), 60, 3, "2022-01", 7);
    let out = dir.path().join("out");
    let g = |f: &str| dir.path().join(f);
    zpm()
        .arg("run")
        .arg("--epd")
        .arg(g("epd-export.csv"))
        .arg("--medewerkers")
        .arg(g("medewerkers.csv"))
        .arg("--begroting")
        .arg(g("begroting.csv"))
        .arg("--realisatie-2021")
        .arg(g("realisatie-2021.csv"))
        .arg("--tarieven")
        .arg(g("tarieven-voorbeeld.csv"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let got = std::fs::read(out.join("samenvatting.json")).unwrap();
    let golden = data("golden/samenvatting-g60-m3-s7.json");
    if std::env::var_os("ZPM_UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &got).unwrap();
    }
    let want = std::fs::read(&golden).unwrap();
    assert!(
        got == want,
        "samenvatting.json differs from {}",
        golden.display()
    );
}
