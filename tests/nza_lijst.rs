//! The NZa's own tariff list behind `--tarieven` (issue 13, SPEC 6.1): the list written as the
//! NZa writes it (xlsx with a title row, text tariffs with a decimal comma, an en-dash and
//! "Wet Big" in the names; and the same as a CSV) decodes row for row to the keys of the
//! hand-written table it was made from (samples/tarieven-voorbeeld.csv), and a run priced with
//! either gives the same samenvatting.json.

mod common;

use std::path::Path;

use common::{data, root, run_epd};
use zpm::input::reference::nza::lijst;
use zpm::input::reference::nza::namen::NzaNamen;
use zpm::rules::tarieven::Tarieven;

fn hand() -> Tarieven {
    let p = root().join("samples/tarieven-voorbeeld.csv");
    let mut t = Tarieven::default();
    t.load(&p.display().to_string(), None, Some(&p)).unwrap();
    t
}

fn nza(file: &str) -> (Tarieven, lijst::NzaVerslag) {
    let p = data("nza").join(file);
    assert!(
        lijst::is_nza_lijst(&p),
        "{file} is recognised as an NZa list"
    );
    let mut t = Tarieven::default();
    let v = lijst::laad(&p, None, &NzaNamen::embedded().unwrap(), &mut t).unwrap();
    (t, v)
}

#[test]
fn every_row_decodes_to_the_key_of_the_hand_written_table() {
    let hand = hand();
    let n_hand = hand.rows().count();
    assert_eq!(n_hand, 1144);
    for file in ["nza-tarieven-2022.xlsx", "nza-tarieven-2022.csv"] {
        let (t, v) = nza(file);
        assert_eq!(v.regels, 1144, "{file}");
        assert_eq!(v.gebruikt, 1144, "{file}: {:?}", v.niet_gelezen.first());
        assert!(v.niet_gelezen.is_empty());
        assert_eq!(t.rows().count(), n_hand, "{file}");
        for (key, rij) in hand.rows() {
            let got = t
                .rij(key)
                .unwrap_or_else(|| panic!("{file}: no row for {key}"));
            assert_eq!(got.cents, rij.cents, "{file}: {key}");
            assert!(
                got.bron.starts_with(&format!("NZa-lijst {file} ")),
                "{}",
                got.bron
            );
        }
        // The code is learnt: CO0001 is the first row, arts diagnostiek 5 minuten setting 1.
        let k = t.codes.zoek("co0001").expect("CO0001 learnt").1;
        assert_eq!(
            k.to_string(),
            "2022 consult setting 1 arts diagnostiek klasse 5"
        );
    }
    // The hand-written table is not taken for an NZa list.
    assert!(!lijst::is_nza_lijst(
        &root().join("samples/tarieven-voorbeeld.csv")
    ));
}

fn samenvatting(tarieven: &Path, out: &Path) -> String {
    let o = run_epd(
        &root().join("samples/epd-export.csv"),
        &root().join("samples/medewerkers.csv"),
        out,
        &["--tarieven".as_ref(), tarieven.as_os_str()],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::read_to_string(out.join("samenvatting.json")).unwrap()
}

#[test]
fn a_run_priced_with_the_nza_list_equals_one_priced_with_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let expected = samenvatting(
        &root().join("samples/tarieven-voorbeeld.csv"),
        &dir.path().join("a"),
    );
    for (i, file) in ["nza-tarieven-2022.xlsx", "nza-tarieven-2022.csv"]
        .iter()
        .enumerate()
    {
        let out = dir.path().join(format!("n{i}"));
        assert_eq!(
            samenvatting(&data("nza").join(file), &out),
            expected,
            "{file}"
        );
    }
}

#[test]
fn undecodable_rows_are_listed_and_a_list_without_a_year_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("tarieflijst-2024.csv");
    std::fs::write(
        &p,
        "Prestatie_code;Naam;Maximum-tarief (in Euro)\n\
         CO0497;Ambulant – kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 45 minuten;135,89\n\
         CO0498;Ambulant – kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 45 minuten;135,89\n\
         ZZ0001;Zorgprestatie die niemand kent;10,00\n",
    )
    .unwrap();
    let mut t = Tarieven::default();
    let v = lijst::laad(&p, None, &NzaNamen::embedded().unwrap(), &mut t).unwrap();
    assert_eq!((v.regels, v.gebruikt), (3, 1));
    let redenen: Vec<(usize, &str)> = v
        .niet_gelezen
        .iter()
        .map(|n| (n.regel, n.code.as_str()))
        .collect();
    assert_eq!(redenen, vec![(3, "CO0498"), (4, "ZZ0001")]);
    assert!(
        v.niet_gelezen[0].reden.starts_with("dezelfde sleutel"),
        "{:?}",
        v.niet_gelezen[0]
    );
    assert_eq!(
        t.codes.zoek("CO0497").map(|z| z.1.to_string()).as_deref(),
        Some("2024 consult setting 1 gz_psycholoog behandeling klasse 45")
    );
    // The same list without a year in its name, columns or profile: an error naming the line.
    let q = dir.path().join("tarieflijst.csv");
    std::fs::copy(&p, &q).unwrap();
    let e = lijst::laad(
        &q,
        None,
        &NzaNamen::embedded().unwrap(),
        &mut Tarieven::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("tarieflijst.csv") && e.contains("Jaar"), "{e}");
    // The run lists the rows not used on stderr.
    let out = dir.path().join("out");
    let o = run_epd(
        &root().join("samples/epd-export.csv"),
        &root().join("samples/medewerkers.csv"),
        &out,
        &[
            "--tarieven".as_ref(),
            p.as_os_str(),
            "--periode".as_ref(),
            "2022-01".as_ref(),
        ],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("NZa tariff list, 1 of 3 rows decoded"),
        "{err}"
    );
    assert!(err.contains(":4: not used: ZZ0001"), "{err}");
}

#[test]
fn the_profile_gives_the_year_of_a_list_without_one() {
    let dir = tempfile::tempdir().unwrap();
    let expected = samenvatting(
        &root().join("samples/tarieven-voorbeeld.csv"),
        &dir.path().join("a"),
    );
    std::fs::copy(
        data("nza").join("nza-tarieven-2022.csv"),
        dir.path().join("lijst.csv"),
    )
    .unwrap();
    let profiel = dir.path().join("zpm.toml");
    let run = |toml: &str, out: &str| {
        std::fs::write(&profiel, toml).unwrap();
        run_epd(
            &root().join("samples/epd-export.csv"),
            &root().join("samples/medewerkers.csv"),
            &dir.path().join(out),
            &["--profiel".as_ref(), profiel.as_os_str()],
        )
    };
    let o = run(
        "[tarieven]\nbestanden = [\"lijst.csv\"]\njaar = 2022\n",
        "p",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let got = std::fs::read_to_string(dir.path().join("p/samenvatting.json")).unwrap();
    assert_eq!(got, expected);
    // Without the year: the run stops and says how to give it.
    let o = run("[tarieven]\nbestanden = [\"lijst.csv\"]\n", "q");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("lijst.csv") && err.contains("[tarieven] jaar"),
        "{err}"
    );
    // A year out of range names the profile's line and key.
    let o = run("organisatie = \"X\"\n[tarieven]\njaar = 1999\n", "r");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("zpm.toml, line 3, column [tarieven] jaar") && err.contains("2022-2099"),
        "{err}"
    );
}
