//! `zpm inspect` on an NZa tariff list (SPEC 6.1): how many rows decode with the phrase
//! table, the years, the prestaties found, and every row that does not decode, with its reason.

use std::fmt::Write as _;
use std::path::Path;

use crate::config::profiel::Profiel;
use crate::domain::activiteit::Prestatie;
use crate::input::reference::nza::lijst;
use crate::input::reference::nza::namen::NzaNamen;
use crate::rules::tarieven::Tarieven;

/// At most this many undecoded rows are listed; the count says how many there are.
const MAX_LIJST: usize = 50;

/// The report on NZa list `f` for a terminal, and whether a run could use it. The profile's
/// `[tarieven] jaar` and `nza_namen` apply as in a run.
pub fn toon(f: &Path, profiel: &Profiel) -> (String, bool) {
    let mut s = String::new();
    let _ = writeln!(s, "{}", f.display());
    let _ = writeln!(
        s,
        "  kind        NZa tariff list (Prestatie_code, Naam, Maximum-tarief)"
    );
    let namen = match &profiel.nza_namen {
        Some(p) => NzaNamen::load(&p.display().to_string(), None, Some(p)),
        None => NzaNamen::embedded(),
    };
    let mut t = Tarieven::default();
    let verslag = namen.and_then(|n| lijst::laad(f, profiel.tarieven_jaar, &n, &mut t));
    let v = match verslag {
        Ok(v) => v,
        Err(e) => {
            let _ = writeln!(s, "  problem     {e}\n");
            return (s, false);
        }
    };
    let jaren: Vec<String> = t.jaren().iter().map(i32::to_string).collect();
    let _ = writeln!(s, "  years       {}", jaren.join(", "));
    let _ = writeln!(
        s,
        "  data rows   {}, decoded {}, not used {}",
        v.regels,
        v.gebruikt,
        v.niet_gelezen.len()
    );
    for p in [
        Prestatie::Consult,
        Prestatie::Groepsconsult,
        Prestatie::IntercollegiaalOverleg,
        Prestatie::ToeslagReistijd,
    ] {
        let n = t.rows().filter(|(k, _)| k.prestatie == p).count();
        if n > 0 {
            let _ = writeln!(s, "    {:24} {n:>6}", p.code());
        }
    }
    let _ = writeln!(s, "  prestatiecodes learnt  {}", t.codes.len());
    if !v.niet_gelezen.is_empty() {
        let _ = writeln!(
            s,
            "  rows not used (extend the phrase table with --nza-namen or [tarieven] nza_namen)"
        );
        for n in v.niet_gelezen.iter().take(MAX_LIJST) {
            let _ = writeln!(
                s,
                "    line {}  {}  \"{}\": {}",
                n.regel, n.code, n.naam, n.reden
            );
        }
        if v.niet_gelezen.len() > MAX_LIJST {
            let _ = writeln!(s, "    … {} more", v.niet_gelezen.len() - MAX_LIJST);
        }
    }
    let _ = writeln!(s);
    (s, true)
}
