//! Writing a kliniek workbook: blank, typed, or filled in (the computed verblijfsdagen on
//! "Afdelingen" and the sheet "Resultaat").

use std::path::Path;

use rust_xlsxwriter::{Workbook, XlsxError};

use crate::compute::kliniek::{AfdelingUitkomst, Kliniek};
use crate::domain::number::nl_getal;
use crate::input::form::Soort;
use crate::input::form::grid::{Werkblad, Werkmap};
use crate::input::form::kliniek::{AFDELINGEN, KLINIEK, NORMEN, kol};
use crate::output::form::template;
use crate::output::grafiek::Titel;
use crate::output::sheet::block::{Uitvoer, Waarde};
use crate::output::sheet::style::{FormStijl, Getal};

/// The sheet's name.
pub const BLAD: &str = "Resultaat";

/// The columns of the Resultaat table, exactly as SPEC 2.4 names them.
pub const KOLOMMEN: [&str; 10] = [
    "Afdeling",
    "Verblijfsdagen",
    "Uren vaktherapie",
    "Uren dagbesteding",
    "FTE vaktherapie toegestaan",
    "FTE dagbesteding toegestaan",
    "FTE vaktherapie huidig",
    "FTE dagbesteding huidig",
    "Verschil FTE vaktherapie",
    "Verschil FTE dagbesteding",
];

/// Writes the workbook to `path` atomically.
pub fn schrijf(wm: &Werkmap, berekend: Option<&Kliniek>, path: &Path) -> anyhow::Result<()> {
    template::schrijf_werkmap(Soort::Kliniek, wm, path, |wb, st, blad| {
        bouw(wb, st, blad, berekend)
    })
}

fn bouw(
    wb: &mut Workbook,
    st: &FormStijl,
    blad: &dyn Fn(&str) -> Option<Werkblad>,
    berekend: Option<&Kliniek>,
) -> Result<(), XlsxError> {
    if let Some(b) = blad(KLINIEK.naam) {
        KLINIEK.schrijf(wb, st, &b)?;
    }
    if let Some(b) = blad(AFDELINGEN.naam) {
        let (ws, plaats) = AFDELINGEN.schrijf(wb, st, &b)?;
        if let (Some(p), Some(k)) = (plaats, berekend) {
            let mut u = Uitvoer::op(ws, st, p.kop_rij);
            for a in &k.afdelingen {
                let c = p.berekend(kol::DAGEN_BEREKEND);
                u.cel(a.afd.rij, c, &Waarde::of(a.dagen, Getal::Dagen))?;
            }
        }
    }
    if let Some(b) = blad(NORMEN.naam) {
        NORMEN.schrijf(wb, st, &b)?;
    }
    if let Some(k) = berekend {
        resultaat(wb, st, k)?;
    }
    Ok(())
}

fn rij(u: &AfdelingUitkomst) -> Vec<Waarde> {
    vec![
        Waarde::tekst(&u.afd.naam),
        Waarde::of(u.dagen, Getal::Dagen),
        Waarde::of(u.uren_vak, Getal::Uren),
        Waarde::of(u.uren_dag, Getal::Uren),
        Waarde::of(u.fte_vak, Getal::Fte),
        Waarde::of(u.fte_dag, Getal::Fte),
        Waarde::Getal(u.afd.fte_vak, Getal::Fte),
        Waarde::Getal(u.afd.fte_dag, Getal::Fte),
        Waarde::of(u.verschil_vak(), Getal::Fte),
        Waarde::of(u.verschil_dag(), Getal::Fte),
    ]
}

fn resultaat(wb: &mut Workbook, st: &FormStijl, k: &Kliniek) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(BLAD)?;
    ws.set_active(true);
    let mut u = Uitvoer::nieuw(
        ws,
        st,
        "Resultaat: vaktherapie en dagbesteding",
        "uit de bladen Kliniek, Afdelingen en Normen",
    )?;
    let mut breedtes: Vec<(u16, f64)> = (1..KOLOMMEN.len() as u16).map(|c| (c, 18.0)).collect();
    breedtes.push((0, 30.0));
    u.breedtes(&breedtes)?;
    u.sectie("Per afdeling")?;
    let mut rijen: Vec<Vec<Waarde>> = k.afdelingen.iter().map(rij).collect();
    let t = &k.totaal;
    rijen.push(vec![
        Waarde::tekst("Totaal"),
        Waarde::Getal(t.dagen, Getal::Dagen),
        Waarde::uren(t.uren_vak),
        Waarde::uren(t.uren_dag),
        Waarde::of(t.fte_vak, Getal::Fte),
        Waarde::of(t.fte_dag, Getal::Fte),
        Waarde::Getal(t.huidig_vak, Getal::Fte),
        Waarde::Getal(t.huidig_dag, Getal::Fte),
        Waarde::of(t.verschil_vak, Getal::Fte),
        Waarde::of(t.verschil_dag, Getal::Fte),
    ]);
    let kop = u.tabel(&KOLOMMEN, &rijen)?;
    u.ws.write_string_with_format(kop + rijen.len() as u32, 0, "Totaal", &st.label)?;
    u.tekst(
        "Verschil = huidig − toegestaan: positief is meer personeel dan de verblijfsdagen betalen.",
    )?;

    u.sectie("Toelichting")?;
    u.waarde(
        "Periode",
        Waarde::tekst(k.periode_label()),
        "Van het blad Kliniek.",
    )?;
    u.waarde(
        "Uren per FTE in de periode",
        Waarde::of(k.uren_per_fte, Getal::Uren),
        "1.569 × werkdagen van de periode / werkdagen van het jaar × (1 − 5% verzuim) × 85% productief.",
    )?;
    u.waarde(
        "Normen",
        Waarde::tekst(&k.normbron),
        "Minuten per verblijfsdag; Uren = verblijfsdagen × minuten / 60.",
    )?;
    let normen: Vec<Vec<Waarde>> = k
        .afdelingen
        .iter()
        .map(|a| {
            let n = a.norm.as_ref();
            vec![
                Waarde::tekst(&a.afd.naam),
                Waarde::tekst(a.afd.categorie.map_or(String::new(), |c| c.to_string())),
                a.afd.niveau.map_or(Waarde::tekst("geen"), |n| {
                    Waarde::Getal(f64::from(n), Getal::Aantal)
                }),
                Waarde::tekst(if a.uit_bedden {
                    format!(
                        "{} bedden × {}%",
                        kort(a.afd.bedden.unwrap_or(0.0)),
                        kort(a.afd.bezetting.unwrap_or(0.0) * 100.0)
                    )
                } else {
                    "ingevuld".to_string()
                }),
                Waarde::of(n.map(|n| n.vaktherapie), Getal::Minuten),
                Waarde::of(n.map(|n| n.dagbesteding), Getal::Minuten),
                Waarde::tekst(n.map_or("geen norm", |n| n.bron.as_str())),
            ]
        })
        .collect();
    u.sectie("Gebruikte normen per afdeling")?;
    u.tabel(
        &[
            "Afdeling",
            "Verblijfscategorie",
            "Beveiligingsniveau",
            "Verblijfsdagen",
            "Vaktherapie (min per dag)",
            "Dagbesteding (min per dag)",
            "Bron",
        ],
        &normen,
    )?;
    u.meldingen(&k.meldingen)?;
    let n = k.afdelingen.len();
    u.kolomgrafiek(
        BLAD,
        (kop + 1, &rijen[..n]),
        &[
            (4, "FTE vaktherapie toegestaan", "toegestaan"),
            (6, "FTE vaktherapie huidig", "huidig"),
        ],
        Titel::Reeksen {
            voor: "FTE vaktherapie: ",
            achter: "",
        },
        (520, 280),
    )?;
    Ok(())
}

/// A number in Dutch without needless decimals: `24`, `92,5`.
fn kort(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        nl_getal(v, 0)
    } else {
        nl_getal(v, 1)
    }
}

impl Kliniek {
    /// The period's label, or a note that it is missing.
    pub fn periode_label(&self) -> String {
        self.periode
            .map_or("(niet ingevuld)".to_string(), |p| p.label())
    }
}
