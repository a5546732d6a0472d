//! Criterion benchmarks of the hot paths: reading an EPD export (MB/s) and valuing one
//! activity under the ZPM rules (rows/s). Whole runs are timed by `bench/run.sh`.
//!
//! The input is generated with `zpm::synth` (200 behandelaren × 12 months, about 155,000
//! rows) into a temporary folder, so the benchmark needs no files of its own.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use zpm::domain::activiteit::Activiteit;
use zpm::domain::beroepscategorie::Beroepscategorie;
use zpm::input::epd::COLUMNS;
use zpm::input::table::read_table;
use zpm::rules::Referentie;
use zpm::rules::prestatie::{Invoer, waardeer};
use zpm::rules::tarieven::Tarieven;
use zpm::synth::rng::Rng;

/// Generates the synthetic organisation once; returns the folder (kept alive) and the EPD.
fn dataset() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let o = zpm::synth::Opties {
        behandelaren: 200,
        jaar: 2022,
        maand: 1,
        maanden: 12,
        seed: 1,
    };
    zpm::synth::genereer(&o, dir.path()).expect("generate the benchmark data");
    let epd = dir.path().join(zpm::synth::EPD);
    (dir, epd)
}

fn lees_epd(c: &mut Criterion) {
    let (_dir, epd) = dataset();
    let bytes = std::fs::metadata(&epd).expect("EPD file").len();
    let mut g = c.benchmark_group("epd_lezen");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    g.bench_function("read_table", |b| {
        b.iter(|| {
            let mut rijen = 0usize;
            let mut lengte = 0usize;
            read_table(&epd, &COLUMNS, None, |row| {
                rijen += 1;
                lengte += row.get(3).map_or(0, str::len);
            })
            .expect("read the EPD");
            black_box((rijen, lengte))
        })
    });
    g.finish();
}

/// A deterministic, realistic mix of activities (mostly consults in setting 7).
fn invoer(n: usize) -> Vec<Invoer> {
    let mut rng = Rng::new(42);
    let soorten = [
        (Activiteit::ConsultBehandeling, 47),
        (Activiteit::ConsultDiagnostiek, 16),
        (Activiteit::Groepsconsult, 5),
        (Activiteit::Overleg, 15),
        (Activiteit::NietPatientgebonden, 15),
    ];
    (0..n)
        .map(|_| {
            let soort = rng.weighted(&soorten);
            let directe_min = f64::from(rng.range(3, 130)) + if rng.percent(3) { 0.5 } else { 0.0 };
            Invoer {
                soort,
                directe_min,
                geplande_min: rng
                    .percent(70)
                    .then(|| (directe_min + f64::from(rng.range(0, 40)) - 20.0).max(0.0)),
                groepsgrootte: if soort == Activiteit::Groepsconsult {
                    rng.range(2, 10)
                } else {
                    0
                },
                reistijd_min: if rng.percent(8) {
                    f64::from(rng.range(10, 60))
                } else {
                    0.0
                },
                setting: *rng.pick(&[7, 7, 7, 6, 5, 1, 3]),
                jaar: 2022,
                categorie: if rng.percent(2) {
                    None
                } else {
                    Some(*rng.pick(&Beroepscategorie::ALLE))
                },
                code: None,
                contract_bp: 10_000,
            }
        })
        .collect()
}

fn regels(c: &mut Criterion) {
    let rijen = invoer(100_000);
    let embedded = Referentie::embedded().expect("embedded reference tables");
    let mut voorbeeld = embedded.clone();
    let (tabel, _) = zpm::synth::tarieven::tabel(2022, 2022);
    voorbeeld.tarieven = Tarieven::default();
    voorbeeld
        .tarieven
        .load("tarieven-voorbeeld.csv", Some(&tabel), None)
        .expect("demo tariffs");
    let mut g = c.benchmark_group("regels");
    g.throughput(Throughput::Elements(rijen.len() as u64));
    for (naam, r) in [("embedded", &embedded), ("voorbeeld_tarieven", &voorbeeld)] {
        g.bench_function(format!("waardeer/{naam}"), |b| {
            b.iter(|| {
                let mut omzet = 0i64;
                let mut genormeerd = 0.0;
                for inv in &rijen {
                    let w = waardeer(black_box(inv), r);
                    omzet += w.omzet_cents;
                    genormeerd += w.genormeerd_min;
                }
                black_box((omzet, genormeerd))
            })
        });
    }
    g.finish();
}

criterion_group!(benches, lees_epd, regels);
criterion_main!(benches);
