//! Writing a kliniek workbook: blank, typed, or filled in (the computed verblijfsdagen on
//! "Afdelingen" and the sheet "Resultaat").

use std::path::Path;

use rust_xlsxwriter::{Workbook, XlsxError};

use crate::compute::kliniek::{AfdelingUitkomst, Kliniek};
use crate::domain::number::nl_getal;
use crate::input::form::Soort;
use crate::input::form::grid::{Werkblad, Werkmap};
use crate::input::form::kliniek::{AFDELINGEN, KLINIEK, NORMEN, kol};
use crate::output::form::sheet::Uitvoer;
use crate::output::form::template;
use crate::output::sheet::cell::{Cell, Unit};
use crate::output::sheet::chart::Titel;
use crate::output::sheet::style::FormStijl;
use crate::rules::keten::NormKeten;

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
pub fn schrijf(
    wm: &Werkmap,
    berekend: Option<&Kliniek>,
    keten: &NormKeten,
    path: &Path,
) -> anyhow::Result<()> {
    template::schrijf_werkmap(Soort::Kliniek, wm, (path, keten), |wb, st, blad| {
        bouw(wb, st, blad, (berekend, keten))
    })
}

fn bouw(
    wb: &mut Workbook,
    st: &FormStijl,
    blad: &dyn Fn(&str) -> Option<Werkblad>,
    (berekend, keten): (Option<&Kliniek>, &NormKeten),
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
                u.cel(a.afd.rij, c, &Cell::of(a.dagen, Unit::Dagen))?;
            }
        }
    }
    if let Some(b) = blad(NORMEN.naam) {
        NORMEN.schrijf(wb, st, &b)?;
    }
    if let Some(k) = berekend {
        resultaat(wb, st, k, keten)?;
    }
    Ok(())
}

fn rij(u: &AfdelingUitkomst) -> Vec<Cell> {
    vec![
        Cell::text(&u.afd.naam),
        Cell::of(u.dagen, Unit::Dagen),
        Cell::of(u.uren_vak, Unit::Uren),
        Cell::of(u.uren_dag, Unit::Uren),
        Cell::of(u.fte_vak, Unit::Fte),
        Cell::of(u.fte_dag, Unit::Fte),
        Cell::Number(u.afd.fte_vak, Unit::Fte),
        Cell::Number(u.afd.fte_dag, Unit::Fte),
        Cell::of(u.verschil_vak(), Unit::Fte),
        Cell::of(u.verschil_dag(), Unit::Fte),
    ]
}

fn resultaat(
    wb: &mut Workbook,
    st: &FormStijl,
    k: &Kliniek,
    keten: &NormKeten,
) -> Result<(), XlsxError> {
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
    let mut rijen: Vec<Vec<Cell>> = k.afdelingen.iter().map(rij).collect();
    let t = &k.totaal;
    rijen.push(vec![
        Cell::text("Totaal"),
        Cell::Number(t.dagen, Unit::Dagen),
        Cell::uren(t.uren_vak),
        Cell::uren(t.uren_dag),
        Cell::of(t.fte_vak, Unit::Fte),
        Cell::of(t.fte_dag, Unit::Fte),
        Cell::Number(t.huidig_vak, Unit::Fte),
        Cell::Number(t.huidig_dag, Unit::Fte),
        Cell::of(t.verschil_vak, Unit::Fte),
        Cell::of(t.verschil_dag, Unit::Fte),
    ]);
    let kop = u.tabel(&KOLOMMEN, &rijen)?;
    u.ws.write_string_with_format(kop + rijen.len() as u32, 0, "Totaal", &st.label)?;
    u.tekst(
        "Verschil = huidig − toegestaan: positief is meer personeel dan de verblijfsdagen betalen.",
    )?;

    u.sectie("Toelichting")?;
    u.waarde(
        "Periode",
        Cell::text(k.periode_label()),
        "Van het blad Kliniek.",
    )?;
    u.waarde(
        "Uren per FTE in de periode",
        Cell::of(k.uren_per_fte, Unit::Uren),
        &keten.tekst(
            "{netto} × werkdagen van de periode / werkdagen van het jaar × (1 − {verzuim} verzuim) × {productief} productief.",
        ),
    )?;
    u.waarde(
        "Normen",
        Cell::text(&k.normbron),
        "Minuten per verblijfsdag; Uren = verblijfsdagen × minuten / 60.",
    )?;
    let normen: Vec<Vec<Cell>> = k
        .afdelingen
        .iter()
        .map(|a| {
            let n = a.norm.as_ref();
            vec![
                Cell::text(&a.afd.naam),
                Cell::text(a.afd.categorie.map_or(String::new(), |c| c.to_string())),
                a.afd.niveau.map_or(Cell::text("geen"), |n| {
                    Cell::Number(f64::from(n), Unit::Aantal)
                }),
                Cell::text(if a.uit_bedden {
                    format!(
                        "{} bedden × {}%",
                        kort(a.afd.bedden.unwrap_or(0.0)),
                        kort(a.afd.bezetting.unwrap_or(0.0) * 100.0)
                    )
                } else {
                    "ingevuld".to_string()
                }),
                Cell::of(n.map(|n| n.vaktherapie), Unit::Minuten),
                Cell::of(n.map(|n| n.dagbesteding), Unit::Minuten),
                Cell::text(n.map_or("geen norm", |n| n.bron.as_str())),
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
