//! The sheet "Uitleg" of each workbook: in plain Dutch, what to fill in and what comes out.

use rust_xlsxwriter::{Color, Format, Workbook, XlsxError};

use crate::input::form::Soort;
use crate::output::sheet::style::{FormStijl, KLEUR_BEREKEND, KLEUR_INVOER};
use crate::rules::keten::NormKeten;

/// A line of the Uitleg: a heading (`# `) or a paragraph.
const GEMEEN: &[&str] = &[
    "# Hoe werkt deze werkmap?",
    "Vul de gele cellen in. Laat de blauwe cellen leeg: die vult zpm fill.",
    "Bewaar de werkmap en laat hem vullen met: zpm fill <werkmap.xlsx> --out <map>. zpm schrijft een gevulde kopie met dezelfde naam in die map; uw eigen bestand blijft zoals het is.",
    "Waar een lijst bij een cel hoort, kiest u uit de lijst. U mag ook de code of een korte vorm typen (bijvoorbeeld 'behandeling').",
    "Getallen mogen met een komma of een punt (12,5 of 12.5). Een streepje (-) telt als leeg.",
    "Gaat er iets mis met een cel, dan staat op het blad Resultaat onder Meldingen welke cel het is en wat er verwacht werd; de rest wordt wel berekend.",
];

const BEHANDELAAR: &[&str] = &[
    "# Behandelaar: grip op uw agenda",
    "Sinds 2022 (zorgprestatiemodel) registreert u geen indirecte tijd meer: het tarief van elk consult vergoedt een vaste hoeveelheid indirecte tijd. Deze werkmap laat zien hoe vol uw agenda daarmee zit.",
    "# Wat vult u in?",
    "Blad Behandelaar: uw medewerkernummer, naam, team, beroep, setting, uren per week, het jaar, de niet-patiëntgebonden uren per week (werkoverleg, intervisie, scholing), de uren die u deze week afwezig bent en eventueel een vrijstelling in uren per jaar.",
    "Blad Weekagenda: zet een gewone week uit uw agenda over, één regel per activiteit. Directe tijd is de tijd met de cliënt in minuten. Geplande tijd vult u in als die anders was: wijkt de gerealiseerde tijd meer dan 15 minuten af, dan telt de gerealiseerde tijd (Planning = Realisatie). Met Aantal telt een regel voor meer gelijke consulten. Bij een groepsconsult vult u de groepsgrootte in (minstens 2). Reistijd hoort bij een consult.",
    "Blad Scenario's: hier ziet u hoe 4 uur directe tijd, op verschillende manieren ingevuld, andere genormeerde tijd en omzet geeft. Onderaan kunt u eigen scenario's toevoegen.",
    "# Wat komt eruit?",
    "Per regel: de klasse, of het consult declarabel is, de genormeerde indirecte tijd, de genormeerde tijd, het tarief en de omzet.",
    "Blad Resultaat: directe tijd, genormeerde indirecte tijd en genormeerde tijd per week, tegenover uw tijd voor zorg (beschikbare tijd min niet-patiëntgebonden tijd). Het signaal: onder {ondergrens} 'Ruimte in agenda', boven {bovengrens} 'Meer gepland dan beschikbaar', daartussen 'In balans'. Met het advies uit het webinar van de Taskforce Forensische Zorg.",
    "Het jaarbeeld: deze week herhaald over uw werkweken ({netto} netto werkbare uren per jaar bij {fulltime} uur, min {verzuim} verzuim), tegenover de jaarnorm ({productief} productief).",
    "Een consult korter dan 5 minuten is niet declarabel. Een beroep dat niet in de lijst staat kan niet declareren: de omzet is dan 0.",
];

const LEIDINGGEVENDE: &[&str] = &[
    "# Leidinggevende: het team in één oogopslag",
    "Hoe presteert het team op financieel vlak, op tijd voor zorg, en hoe doet elke behandelaar het? En wie heeft ruimte over in de agenda?",
    "# Wat vult u in?",
    "Blad Team: per behandelaar het medewerkernummer, de naam, het beroep en de uren per week. Vul de genormeerde tijd en de omzet per week in, of laat die leeg en geef de gevulde werkmap van die behandelaar mee aan zpm fill: dan komen de cijfers uit die werkmap (gekoppeld op Medewerker).",
    "Blad Financieel: het team, de periode (2022-03, 2022-Q1 of 2022), de begroting van de omzet voor die periode en de omzet van december 2021 (de laatste maand onder de DBBC-bekostiging).",
    "# Wat komt eruit?",
    "Blad Resultaat: genormeerde tijd en omzet per week van het team, de omzet in de periode (de week herhaald over de werkweken van een fulltimer, min {verzuim} verzuim), het verschil met de begroting en met december 2021 in euro's en procenten, en wie ruimte over heeft: wie minder dan {ondergrens} van de weeknorm ({productief} van de uren per week) genormeerd heeft staan.",
    "Per behandelaar een eigen tabblad met de cijfers en het signaal.",
];

const KLINIEK: &[&str] = &[
    "# Kliniek: ruimte voor vaktherapie en dagbesteding",
    "Sinds 2022 zijn vaktherapie en dagbesteding geen behandelprestaties meer: ze zitten in het tarief van de verblijfsdag. Deze werkmap rekent uit hoeveel uren en FTE uw verblijfsdagen betalen, tegenover uw huidige FTE.",
    "# Wat vult u in?",
    "Blad Kliniek: de periode (2022-03, 2022-Q1 of 2022) en de naam van de instelling.",
    "Blad Afdelingen: per afdeling de verblijfscategorie (A-H), het beveiligingsniveau (1-4, leeg voor ggz), en de verblijfsdagen in de periode. Of laat de verblijfsdagen leeg en vul het aantal bedden en de bezetting in (85% of 0,85): dan is het aantal verblijfsdagen bedden × bezetting × de kalenderdagen van de periode. Vul ook de huidige FTE vaktherapie en FTE dagbesteding in.",
    "Blad Normen: de minuten vaktherapie en dagbesteding per verblijfsdag die het tarief vergoedt, per verblijfscategorie en beveiligingsniveau. Hiervoor bestaan geen openbare cijfers: vul de normen van uw eigen organisatie in. Een * bij beveiligingsniveau geldt voor elk niveau. Laat u dit blad leeg, dan gebruikt zpm fill de normen van --kliniek-normen.",
    "# Wat komt eruit?",
    "Blad Resultaat: per afdeling en in totaal de uren vaktherapie en dagbesteding (verblijfsdagen × minuten per dag / 60), de FTE die dat toestaat (uren / ({netto} × het deel van het jaar × {aanwezig} × {productief})), de huidige FTE en het verschil (huidig − toegestaan: positief is meer personeel dan de verblijfsdagen betalen).",
    "Een afdeling zonder norm voor haar categorie en niveau wordt gemeld en niet geschat.",
];

/// Width of the text column, in characters.
const BREEDTE: f64 = 100.0;

/// Writes the sheet "Uitleg" of `soort`, its figures from `keten`.
pub fn schrijf(
    wb: &mut Workbook,
    st: &FormStijl,
    soort: Soort,
    keten: &NormKeten,
) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name("Uitleg")?;
    ws.set_column_width(0, BREEDTE)?;
    crate::output::sheet::print::afdruk_liggend(ws);
    let (titel, eigen) = match soort {
        Soort::Behandelaar => ("Werkmap behandelaar", BEHANDELAAR),
        Soort::Leidinggevende => ("Werkmap leidinggevende", LEIDINGGEVENDE),
        Soort::Kliniek => ("Werkmap kliniek", KLINIEK),
    };
    ws.write_string_with_format(0, 0, titel, &st.titel)?;
    ws.write_string_with_format(
        1,
        0,
        "Naar de tools van de Taskforce Forensische Zorg (webinar 'Zorgprestatiemodel: hoe ondersteun je behandelaren optimaal?').",
        &st.noot,
    )?;
    let mut r = 3;
    for regel in eigen.iter().chain(GEMEEN) {
        let regel = keten.tekst(regel);
        match regel.strip_prefix("# ") {
            Some(kop) => {
                r += 1;
                ws.write_string_with_format(r, 0, kop, &st.sectie)?;
            }
            None => {
                ws.write_string_with_format(r, 0, &regel, &st.alinea)?;
                let n = crate::output::sheet::block::regels(&regel, BREEDTE);
                ws.set_row_height(r, 15.0 * n as f64 + 2.0)?;
            }
        }
        r += 1;
    }
    r += 1;
    let geel = Format::new().set_background_color(Color::RGB(KLEUR_INVOER));
    let blauw = Format::new().set_background_color(Color::RGB(KLEUR_BEREKEND));
    ws.write_string_with_format(r, 0, "Geel: hier vult u in.", &geel)?;
    ws.write_string_with_format(r + 1, 0, "Blauw: dit berekent zpm fill.", &blauw)?;
    Ok(())
}
