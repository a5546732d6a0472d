use super::*;
use crate::rules::tarieven::TariefRij;

fn key(jaar: i32, prestatie: Prestatie, klasse: u16) -> TariefKey {
    TariefKey {
        jaar,
        prestatie,
        setting: if prestatie == Prestatie::Groepsconsult {
            None
        } else {
            Some(1)
        },
        categorie: Some(Beroepscategorie::GzPsycholoog),
        soort: if prestatie == Prestatie::Consult {
            "behandeling"
        } else {
            ""
        },
        klasse: Some(klasse),
    }
}

fn tabel(rows: &[(i32, Prestatie, u16, i64)]) -> Tarieven {
    let mut t = Tarieven::default();
    for (j, p, k, c) in rows {
        assert!(t.voeg_toe(
            key(*j, *p, *k),
            TariefRij {
                cents: *c,
                bron: "test".into()
            }
        ));
    }
    t
}

#[test]
fn a_sound_table_gives_no_warning() {
    use Prestatie::*;
    let t = tabel(&[
        (2022, Consult, 30, 8516),
        (2022, Consult, 45, 12099),
        (2023, Consult, 30, 9000),
        (2023, Consult, 45, 12800),
        (2025, Groepsconsult, 6, 1209),
        (2025, Groepsconsult, 10, 725),
    ]);
    assert_eq!(controleer(&t), Vec::<String>::new());
}

#[test]
fn a_jump_a_lower_class_and_a_spread_group_are_flagged() {
    use Prestatie::*;
    // 2023 behandeling 45 typed as 1.280,00 instead of 128,00: +958% against 2022, and class
    // 60 (140,00) then lies below class 45.
    let t = tabel(&[
        (2022, Consult, 45, 12099),
        (2023, Consult, 45, 128000),
        (2023, Consult, 60, 14000),
        (2025, Groepsconsult, 2, 7213),
        (2025, Groepsconsult, 12, 1535),
    ]);
    let w = controleer(&t);
    assert_eq!(w.len(), 3, "{w:#?}");
    assert_eq!(
        w[0],
        "2023 consult setting 1 gz_psycholoog behandeling klasse 45: € 1.280,00 is +958% t.o.v. 2022 (€ 120,99); controleer de tabel"
    );
    assert_eq!(
        w[1],
        "2023 consult setting 1 gz_psycholoog behandeling klasse 60: € 140,00 is lager dan klasse 45 (€ 1.280,00); controleer de tabel"
    );
    // 2 × 72,13 = 144,26 and 12 × 15,35 = 184,20: 28% apart.
    assert_eq!(
        w[2],
        "2025 groepsconsult setting * gz_psycholoog: tarief × groepsgrootte loopt van € 144,26 tot € 184,20 (28% verschil, meer dan 10%); controleer de tabel"
    );
}

#[test]
fn a_jump_is_measured_against_the_previous_loaded_year() {
    use Prestatie::*;
    // 2022 and 2024 loaded, no 2023: 2024 is compared with 2022 (+20%: no warning).
    let t = tabel(&[(2022, Consult, 45, 10000), (2024, Consult, 45, 12000)]);
    assert!(controleer(&t).is_empty());
    let t = tabel(&[(2022, Consult, 45, 10000), (2024, Consult, 45, 7400)]);
    assert_eq!(controleer(&t).len(), 1);
}
