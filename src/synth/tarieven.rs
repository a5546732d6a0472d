//! A complete demo tariff table (SPEC 1.4) for the years of the synthetic data. The figures
//! are made up: the 2022 GZ-psycholoog sectie II tariffs (public, see
//! `reference/tarieven-bronnen.csv`) scaled by a factor per beroepscategorie and per setting,
//! +5% a year. Every row's `bron` is `voorbeeld`; such rows belong in `samples/` only.

use std::fmt::Write;

use crate::domain::beroepscategorie::Beroepscategorie;
use crate::rules::klasse::KLASSEN;
use crate::rules::prestatie::is_fz;

/// 2022 consult diagnostiek, GZ-psycholoog, setting 1, per class of [`KLASSEN`].
const GZ_DIAGNOSTIEK_2022: [f64; 8] =
    [35.56, 61.31, 101.78, 142.31, 163.37, 199.03, 244.07, 351.55];
/// 2022 consult behandeling, GZ-psycholoog, setting 1, per class of [`KLASSEN`].
const GZ_BEHANDELING_2022: [f64; 8] = [27.91, 49.89, 85.16, 120.99, 143.71, 176.88, 216.11, 317.73];
/// 2022 intercollegiaal overleg kort and lang, setting 1.
const OVERLEG_2022: [(&str, f64); 2] = [("kort", 22.07), ("lang", 67.29)];

/// The demo factor of a beroepscategorie relative to the GZ-psycholoog.
fn categorie_factor(c: Beroepscategorie) -> f64 {
    use Beroepscategorie::*;
    match c {
        Arts => 1.02,
        ArtsSpecialist => 1.45,
        GzPsycholoog => 1.0,
        KlinischPsycholoog => 1.33,
        Psychotherapeut => 1.14,
        VerpleegkundigSpecialist => 1.12,
        Verpleegkundige => 0.80,
        Overige => 0.75,
    }
}

/// The demo factor of a setting relative to setting 1 (ambulant sectie II).
fn setting_factor(s: u8) -> f64 {
    match s {
        1 => 1.0,
        2 => 1.05,
        3 => 1.10,
        4 => 1.20,
        5 => 1.25,
        6 => 1.35,
        7 => 1.30,
        _ => 1.40,
    }
}

/// Appends one row (`tarief` rounded to the cent, half away from zero).
/// `key` is prestatie, setting, beroepscategorie, type, klasse.
fn rij(s: &mut String, jaar: i32, key: [&str; 5], tarief: f64) {
    let cents = (tarief * 100.0).round() as i64;
    let [prestatie, setting, cat, soort, klasse] = key;
    let _ = writeln!(
        s,
        "{jaar},{prestatie},{setting},{cat},{soort},{klasse},{}.{:02},voorbeeld",
        cents / 100,
        cents % 100
    );
}

/// The table for every year from `van` to `tot` (inclusive), and its number of rows:
/// consults for every setting × beroepscategorie × type × class; groepsconsulten for every
/// beroepscategorie and group size 2–12 (setting `*`); intercollegiaal overleg kort/lang per
/// setting; toeslag reistijd tot/vanaf per setting (ggz 25 minutes, fz 45 minutes).
pub fn tabel(van: i32, tot: i32) -> (String, usize) {
    let mut s = String::from("jaar,prestatie,setting,beroepscategorie,type,klasse,tarief,bron\n");
    let mut n = 0;
    for jaar in van..=tot {
        let groei = 1.05f64.powi(jaar - 2022);
        for setting in 1..=8u8 {
            let st = setting.to_string();
            for c in Beroepscategorie::ALLE {
                let f = groei * setting_factor(setting) * categorie_factor(c);
                for (soort, basis) in [
                    ("diagnostiek", &GZ_DIAGNOSTIEK_2022),
                    ("behandeling", &GZ_BEHANDELING_2022),
                ] {
                    for (k, b) in KLASSEN.iter().zip(basis) {
                        rij(
                            &mut s,
                            jaar,
                            ["consult", &st, c.code(), soort, &k.to_string()],
                            b * f,
                        );
                        n += 1;
                    }
                }
            }
        }
        for c in Beroepscategorie::ALLE {
            // Per client per 30-minute block: a 30-minute treatment shared, less per head as
            // the group grows.
            let blok = GZ_BEHANDELING_2022[2] * categorie_factor(c) * groei * 1.6;
            for g in 2..=12u32 {
                let t = blok / f64::from(g) + 4.0;
                rij(
                    &mut s,
                    jaar,
                    ["groepsconsult", "*", c.code(), "", &g.to_string()],
                    t,
                );
                n += 1;
            }
        }
        for setting in 1..=8u8 {
            let st = setting.to_string();
            for (soort, b) in OVERLEG_2022 {
                let t = b * setting_factor(setting) * groei;
                rij(
                    &mut s,
                    jaar,
                    ["intercollegiaal_overleg", &st, "*", soort, ""],
                    t,
                );
                n += 1;
            }
            let (soort, grens, tot_t, vanaf_t) = if is_fz(setting) {
                ("fz", "45", 38.50, 82.40)
            } else {
                ("ggz", "25", 21.60, 47.30)
            };
            for (klasse, t) in [("0", tot_t), (grens, vanaf_t)] {
                rij(
                    &mut s,
                    jaar,
                    ["toeslag_reistijd", &st, "*", soort, klasse],
                    t * groei,
                );
                n += 1;
            }
        }
    }
    (s, n)
}

/// A euro amount rounded to the cent as [`tabel`] writes it (half away from zero).
fn cent(t: f64) -> f64 {
    (t * 100.0).round() / 100.0
}

/// The yearly growth factor of the demo figures (+5% a year from 2022).
fn groei(jaar: i32) -> f64 {
    1.05f64.powi(jaar - 2022)
}

/// The demo tariff of a consult of class index `k` (into [`KLASSEN`]), exactly as [`tabel`]
/// writes it; the generator's own revenue estimate (see `financier`) uses it.
pub(crate) fn consult(jaar: i32, setting: u8, c: Beroepscategorie, diag: bool, k: usize) -> f64 {
    let f = groei(jaar) * setting_factor(setting) * categorie_factor(c);
    let basis = if diag {
        &GZ_DIAGNOSTIEK_2022
    } else {
        &GZ_BEHANDELING_2022
    };
    basis.get(k).map_or(0.0, |b| cent(b * f))
}

/// The demo tariff of a groepsconsult per client per block for a group of `g`, as [`tabel`].
pub(crate) fn groep(jaar: i32, c: Beroepscategorie, g: u32) -> f64 {
    if !(2..=12).contains(&g) {
        return 0.0;
    }
    let blok = GZ_BEHANDELING_2022[2] * categorie_factor(c) * groei(jaar) * 1.6;
    cent(blok / f64::from(g) + 4.0)
}

/// The demo tariff of intercollegiaal overleg (`lang` above 15 minutes), as [`tabel`].
pub(crate) fn overleg(jaar: i32, setting: u8, lang: bool) -> f64 {
    let b = OVERLEG_2022[usize::from(lang)].1;
    cent(b * setting_factor(setting) * groei(jaar))
}

/// The demo toeslag reistijd for `minuten` of travel in `setting`, as [`tabel`].
pub(crate) fn reistijd(jaar: i32, setting: u8, minuten: f64) -> f64 {
    let (grens, tot_t, vanaf_t) = if is_fz(setting) {
        (45.0, 38.50, 82.40)
    } else {
        (25.0, 21.60, 47.30)
    };
    cent(if minuten >= grens { vanaf_t } else { tot_t } * groei(jaar))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_and_labelled() {
        let (t, n) = tabel(2022, 2023);
        assert_eq!(n, 2 * (8 * 8 * 2 * 8 + 8 * 11 + 8 * 2 + 8 * 2));
        assert_eq!(t.lines().count(), n + 1);
        assert!(t.lines().skip(1).all(|l| l.ends_with(",voorbeeld")));
        // The GZ-psycholoog setting 1 row of 2022 equals its public figure.
        assert!(t.contains("2022,consult,1,gz_psycholoog,behandeling,45,120.99,voorbeeld"));
        assert!(t.contains("2023,consult,1,gz_psycholoog,behandeling,45,127.04,voorbeeld"));
        assert!(t.contains("2022,toeslag_reistijd,7,*,fz,45,82.40,voorbeeld"));
    }

    #[test]
    fn loads_as_a_tariff_table() {
        let (t, n) = tabel(2022, 2022);
        let mut tar = crate::rules::tarieven::Tarieven::default();
        tar.load("tarieven-voorbeeld.csv", Some(&t), None).unwrap();
        assert_eq!(n, 1144);
    }

    #[test]
    fn helpers_agree_with_the_table() {
        let (t, _) = tabel(2022, 2023);
        let has = |key: &str, x: f64| {
            let line = format!("{key},{x:.2},voorbeeld");
            assert!(t.contains(&line), "{line}");
        };
        use Beroepscategorie::*;
        for (k, klasse) in KLASSEN.iter().enumerate() {
            has(
                &format!("2023,consult,6,klinisch_psycholoog,diagnostiek,{klasse}"),
                consult(2023, 6, KlinischPsycholoog, true, k),
            );
            has(
                &format!("2022,consult,3,overige,behandeling,{klasse}"),
                consult(2022, 3, Overige, false, k),
            );
        }
        has(
            "2023,groepsconsult,*,verpleegkundige,,7",
            groep(2023, Verpleegkundige, 7),
        );
        has(
            "2022,intercollegiaal_overleg,5,*,lang,",
            overleg(2022, 5, true),
        );
        has("2023,toeslag_reistijd,7,*,fz,45", reistijd(2023, 7, 50.0));
        has("2022,toeslag_reistijd,1,*,ggz,0", reistijd(2022, 1, 20.0));
        assert_eq!(groep(2022, Overige, 1), 0.0);
    }
}
