//! Criterion benchmark of the workbook writing: cells per second through the house style
//! (`Stijl::tabel`, numbers with number formats, text as text), saved to memory with zip
//! level 1 as `zpm run` does, and the time for one team workbook with its behandelaar tabs.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rust_xlsxwriter::Workbook;

use zpm::output::sheet::cell::Cell;
use zpm::output::sheet::style::Stijl;

const ROWS: usize = 10_000;
const COLS: usize = 15;

fn rows() -> Vec<Vec<Cell>> {
    (0..ROWS)
        .map(|i| {
            let f = i as f64;
            let mut r = vec![
                Cell::text(format!("B{i:05}")),
                Cell::text("Naam"),
                Cell::text("Team Noord"),
                Cell::text("GZ-psycholoog"),
            ];
            r.extend([
                Cell::uren(f * 0.1),
                Cell::uren(f * 0.03),
                Cell::uren(f * 0.13),
                Cell::uren(130.0),
                Cell::uren(110.0),
            ]);
            r.extend([
                Cell::pct(0.8),
                Cell::pct(0.95),
                Cell::text("In balans"),
                Cell::aantal(120.0),
                Cell::aantal(40.0),
                Cell::euro(f * 3.1),
            ]);
            r
        })
        .collect()
}

fn cellen(c: &mut Criterion) {
    let data = rows();
    let koppen: Vec<String> = (0..COLS).map(|i| format!("Kolom {i}")).collect();
    let koppen: Vec<&str> = koppen.iter().map(String::as_str).collect();
    let mut g = c.benchmark_group("werkmap_schrijven");
    g.throughput(Throughput::Elements((ROWS * COLS) as u64));
    g.sample_size(10);
    g.bench_function("cellen", |b| {
        b.iter(|| {
            let st = Stijl::default();
            let mut wb = Workbook::new();
            wb.set_zip_compression_level(1);
            let ws = wb.add_worksheet();
            st.tabel(ws, 0, &koppen, &data).expect("table");
            black_box(wb.save_to_buffer().expect("save").len())
        })
    });
    g.finish();
}

fn team_werkmap(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let o = zpm::synth::Opties {
        behandelaren: 12,
        jaar: 2022,
        maand: 1,
        maanden: 12,
        seed: 1,
    };
    zpm::synth::genereer(&o, dir.path()).expect("generate");
    let p = |f: &str| dir.path().join(f).display().to_string();
    let out = p("out");
    let cli = <zpm::cli::Cli as clap::Parser>::try_parse_from([
        "zpm",
        "run",
        "--epd",
        &p("epd-export.csv"),
        "--medewerkers",
        &p("medewerkers.csv"),
        "--tarieven",
        &p("tarieven-voorbeeld.csv"),
        "--periode",
        "2022",
        "--out",
        &out,
    ])
    .expect("arguments");
    let zpm::cli::Command::Run(a) = cli.command else {
        unreachable!()
    };
    let cfg = zpm::config::RunConfig::from_args(&a, Vec::new()).expect("config");
    let b = zpm::commands::run::compute(&cfg).expect("compute");
    let audit = zpm::output::workbook::audit::Audit {
        versie: "bench",
        ..Default::default()
    };
    let ctx = zpm::output::workbook::Context {
        res: &b.res,
        mw: &b.mw,
        refs: &cfg.refs.referentie,
        organisatie: "Bench",
        setting: 7,
        audit: &audit,
    };
    let mut g = c.benchmark_group("werkmap_schrijven");
    g.sample_size(10);
    g.bench_function("team_12_behandelaren_jaar", |bch| {
        bch.iter(|| {
            let mut wb = zpm::output::workbook::team::workbook(&ctx, &b.res.teams[0])
                .expect("team workbook");
            wb.set_zip_compression_level(1);
            black_box(wb.save_to_buffer().expect("save").len())
        })
    });
    g.finish();
}

criterion_group!(benches, cellen, team_werkmap);
criterion_main!(benches);
