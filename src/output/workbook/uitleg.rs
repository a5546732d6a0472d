//! The "Uitleg" sheet of every generated workbook: what each figure means, how it is
//! computed, and where the tariffs and norms came from — in plain Dutch.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::domain::number::nl_pct;
use crate::output::sheet::print::afdruk;
use crate::output::sheet::style::Stijl;
use crate::output::workbook::Context;

/// Where the tariffs came from: rows with a URL, `voorbeeld` rows and other rows, and the years.
fn tarief_herkomst(ctx: &Context<'_>) -> String {
    let (mut url, mut voorbeeld, mut anders) = (0usize, 0usize, 0usize);
    for (_, rij) in ctx.refs.tarieven.rows() {
        if rij.bron.starts_with("http") {
            url += 1;
        } else if rij.bron.trim().eq_ignore_ascii_case("voorbeeld") {
            voorbeeld += 1;
        } else {
            anders += 1;
        }
    }
    let jaren: Vec<String> = ctx
        .refs
        .tarieven
        .jaren()
        .iter()
        .map(i32::to_string)
        .collect();
    let bestanden: Vec<&str> = ctx
        .refs
        .tarieven
        .bronnen
        .iter()
        .map(|b| b.naam.as_str())
        .collect();
    format!(
        "Tarieven: {} (jaren {}). {url} regels met een openbare bron (URL), {voorbeeld} regels 'voorbeeld' \
         (verzonnen demobedragen, niet van de NZa), {anders} regels met een eigen bron van de organisatie.",
        bestanden.join(", "),
        if jaren.is_empty() {
            "geen".to_string()
        } else {
            jaren.join(", ")
        }
    )
}

/// The paragraphs of the sheet: (heading, text).
fn alineas(ctx: &Context<'_>) -> Vec<(&'static str, String)> {
    let k = &ctx.refs.keten;
    let (a, b, c) = k.fulltime_jaar();
    let normen = ctx
        .refs
        .normen
        .bron
        .as_ref()
        .map_or("onbekend".to_string(), |b| b.naam.clone());
    let normen_herkomst = if normen.starts_with("ingebouwd") {
        "[derived]: afgeleid uit de NZa-tarieven 2022 van de GZ-psycholoog (een consult behandeling van 45 minuten \
         betaalt 60 minuten: 45 direct + 15 indirect). Vervang ze door de eigen normtijden van de organisatie."
    } else {
        "de normtabel van de organisatie."
    };
    vec![
        ("Waar gaat dit over?", "Sinds 2022 (zorgprestatiemodel) schrijven behandelaren geen indirecte tijd meer. \
          Het tarief van elk consult betaalt een vaste hoeveelheid indirecte tijd mee. Dit rapport rekent die \
          genormeerde tijd terug en zet hem af tegen de tijd die beschikbaar is voor zorg.".to_string()),
        ("Directe tijd", "De minuten van consulten en groepsconsulten. Planning = Realisatie: de geplande duur telt, \
          tenzij die meer dan 15 minuten afwijkt van de gerealiseerde; dan telt de gerealiseerde. Een consult \
          korter dan 5 minuten telt als directe tijd maar is niet declarabel.".to_string()),
        ("Genormeerde indirecte tijd", format!("Per declarabel consult de indirecte minuten uit de normtabel \
          (per type en tijdsklasse), per groepsconsult het aantal blokken van 30 minuten × de blok-norm. Normtabel: \
          {normen}; herkomst: {normen_herkomst}")),
        ("Genormeerde tijd", format!("Directe tijd + genormeerde indirecte tijd + intercollegiaal overleg + reistijd: de \
          agendatijd die de tarieven betalen. Niet-patiëntgebonden tijd (werkoverleg, intervisie, scholing) telt \
          niet mee; die zit in de {} die niet productief hoeft te zijn.", nl_pct(1.0 - k.productief))),
        ("Beschikbaar en norm", format!("Netto werkbare uren per jaar: {a} × uren per week / {} − vrijstelling. \
          Beschikbaar = netto jaaruren × (werkdagen in dienst in de periode / werkdagen in het jaar) × (1 − {:.0}% \
          verzuim) − afwezigheid. Norm = beschikbaar × {:.0}%. Fulltime per jaar: {a} → {b:.2} → {c:.2} uur \
          (zonder tussentijds afronden). Bron: productiviteitsmodel Fivoor.", k.fulltime_uren, k.verzuim * 100.0,
          k.productief * 100.0)),
        ("Productiviteit en signaal", format!("Productiviteit = genormeerde tijd / beschikbaar (te vergelijken met \
          {:.0}%). Realisatie t.o.v. norm = genormeerde tijd / norm. Onder {:.0}%: 'Ruimte in agenda'; boven \
          {:.0}%: 'Meer gepland dan beschikbaar'; daartussen 'In balans'. Het advies bij elk signaal komt uit het \
          webinar van de Taskforce Forensische Zorg.", k.productief * 100.0, k.ondergrens * 100.0, k.bovengrens * 100.0)),
        ("Omzet", format!("Elk consult, groepsconsult, overleg en elke toeslag reistijd tegen het tarief van het jaar \
          van de activiteit, voor de setting en beroepscategorie van de behandelaar; de meest specifieke tariefregel \
          wint. Ontbreekt een tarief, dan blijft de tijd staan, is de omzet 0 en staat de regel onder \
          Datakwaliteit. {}", tarief_herkomst(ctx))),
        ("Omzet en omzet contract", "Omzet (€) is de productie tegen het NZa-maximumtarief. Omzet contract (€) is \
          wat de financier volgens het contract betaalt: elk tarief × het contractpercentage van de financier \
          (zorgverzekeraar, DJI, gemeente) voor dat jaar, per prestatie afgerond op de cent en dan opgeteld. Een \
          financier of jaar zonder contractregel krijgt het standaardpercentage (--contract-percentage); zonder \
          contracten zijn beide bedragen gelijk. Het blad Financiers zet de omzet contract af tegen het \
          omzetplafond: prognose jaar = omzet contract × werkdagen van het jaar / werkdagen van de periode; wat \
          daarvan boven het plafond uitkomt, wordt niet betaald.".to_string()),
        ("Begroting en december 2021", "De begroting van een langere periode wordt naar rato van werkdagen over de \
          maanden verdeeld. December 2021 (de laatste maand onder DBBC) telt één keer per maand van de periode. \
          Benodigde FTE = begroting omzet / (omzet per genormeerd uur × norm per FTE in de periode).".to_string()),
        ("Datakwaliteit en privacy", "Elke ingelezen regel is verwerkt, afgewezen (met reden) of valt buiten de \
          periode; het blad Datakwaliteit en afwijzingen.csv tonen ze. Cliëntnummers worden alleen geteld en staan \
          nergens in dit rapport.".to_string()),
    ]
}

/// Writes the sheet "Uitleg".
pub fn schrijf(wb: &mut Workbook, ctx: &Context<'_>, st: &Stijl) -> Result<(), XlsxError> {
    // Written row by row and no chart reads it: streamed (rust_xlsxwriter's constant memory).
    let ws = wb.add_worksheet_with_constant_memory()?;
    ws.set_name("Uitleg")?;
    ws.set_column_width(0, 30)?;
    ws.set_column_width(1, 110)?;
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let label = st
        .label
        .clone()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let eerste = st.titel(
        ws,
        0,
        "Uitleg bij dit rapport",
        &[
            ctx.periode_tekst(),
            format!("Peilmoment {}", ctx.audit.peilmoment),
        ],
    )?;
    for (row, (kop, tekst)) in (eerste..).zip(alineas(ctx)) {
        let tekst = tekst.split_whitespace().collect::<Vec<_>>().join(" ");
        ws.write_string_with_format(row, 0, kop, &label)?;
        ws.write_string_with_format(row, 1, &tekst, &wrap)?;
        // About 105 characters fit on a line of the wide column.
        ws.set_row_height(row, 15.0 * (tekst.chars().count() / 105 + 1) as f64)?;
    }
    afdruk(ws, None)?;
    Ok(())
}
