#!/usr/bin/env python3
"""Writes the staff cases of tests/field_staff.rs (issue 12, SPEC 5.5): an HR export with a
part-time factor (`Deeltijdfactor`) instead of hours, and one row per contract (dienstverband),
the way an HR system such as AFAS or Youforce writes them (Windows-1252, `;`, CRLF,
kostenplaats codes). Each case is written twice, as make.py does: `zpm/` in zpm's own format,
`veld/` as the HR system writes it.

Run from anywhere:  python3 tests/data/field/make_staff.py   (needs make.py beside it)
It prints the figures tests/field_staff.rs asserts (worked out here from the rows, not by zpm).
"""

import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make  # noqa: E402
from make import (NOORD, OOST, KOSTENPLAATS, Mw, Clients, activities, extra_rows,  # noqa: E402
                  zpm_twin, write_csv, standard_epd_row, STANDARD_EPD_HEADER, num, geheim,
                  new_case, profiel, date_or_empty)

HR_HEADER = ["Personeelsnummer", "Naam medewerker", "Dienstverband", "Begindatum", "Einddatum",
             "Kostenplaats", "Functie", "Deeltijdfactor"]

PROFIEL = '''
# Het HR-systeem noemt de teams bij hun kostenplaats (SPEC 5.5).
[teams."Team Ambulant Noord"]
namen = ["4010"]

[teams."Team FACT Oost"]
namen = ["4020"]
'''


def contract(id, naam, team, beroep, fte, van, tot=None, nr=1):
    m = Mw(id, naam, team, beroep, float(fte.replace(",", ".")) * 36, in_dienst=van,
           uit_dienst=tot)
    m.fte, m.nr = fte, nr
    return m


def hr_row(m):
    return [m.id, m.naam, str(m.nr), date_or_empty(m.in_dienst), date_or_empty(m.uit_dienst),
            KOSTENPLAATS[m.team], m.beroep, m.fte]


def write_hr(path, mws, header=HR_HEADER, row=hr_row):
    write_csv(path, header, [row(m) for m in mws], ";", "cp1252", "\r\n")


def epd(folder, acts):
    write_csv(os.path.join(folder, "veld", "Activiteiten.csv"), STANDARD_EPD_HEADER,
              [standard_epd_row(a) for a in acts], ";", "cp1252", "\r\n")


def case_fte():
    """One contract each; Deeltijdfactor instead of hours."""
    f = new_case("fte")
    rng = random.Random(1201)
    mws = [
        contract("4021", "Anouk Hendriks", NOORD, "GZ-psycholoog", "0,8889", dt.date(2016, 9, 1)),
        contract("4028", "Joris van Dam", NOORD, "Verpleegkundige", "1", dt.date(2018, 3, 1)),
        contract("4035", "Zoë Vermeer", OOST, "WO-psycholoog", "0,8", dt.date(2019, 5, 1),
                 dt.date(2022, 2, 28)),
        contract("4042", "René Kartosen", OOST, "Psychiater", "0,6667", dt.date(2022, 1, 17)),
    ]
    cl = Clients(rng, 41_000_000)
    acts = activities(rng, mws, cl) + extra_rows(mws, cl)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    epd(f, acts)
    write_hr(os.path.join(f, "veld", "HR_export.csv"), mws)
    # Both columns: Contracturen counts, the (deliberately wrong) Deeltijdfactor is not used.
    write_hr(os.path.join(f, "veld", "HR_export_uren_en_fte.csv"), mws,
             HR_HEADER + ["Contracturen"], lambda m: hr_row(m)[:-1] + ["1,0", num(m.uren, True)])
    profiel(f, PROFIEL)
    geheim(f, cl, acts)
    return 0


def direct_min(a):
    """Direct minutes as SPEC 1.1 picks them (Planning = Realisatie)."""
    if a.kind not in ("diag", "beh", "groep"):
        return 0
    if a.gepland is not None and abs(a.gepland - a.direct) <= 15:
        return a.gepland
    return a.direct


def case_dienstverband():
    """Several rows per medewerker, one per contract."""
    f = new_case("dienstverband")
    rng = random.Random(1202)
    jan31, feb1 = dt.date(2022, 1, 31), dt.date(2022, 2, 1)
    mws = [
        # 4021 moves from Noord to Oost on 1 February, and from 32 to 36 hours.
        contract("4021", "Anouk Hendriks", NOORD, "GZ-psycholoog", "0,8889", dt.date(2016, 9, 1),
                 jan31, 1),
        contract("4021", "Anouk Hendriks", OOST, "GZ-psycholoog", "1", feb1, None, 2),
        # 4028 has two concurrent contracts in Noord: 18 + 12 hours.
        contract("4028", "Joris van Dam", NOORD, "Verpleegkundige", "0,5", dt.date(2018, 3, 1),
                 None, 1),
        contract("4028", "Joris van Dam", NOORD, "Verpleegkundige", "0,3333", dt.date(2021, 1, 1),
                 dt.date(2022, 12, 31), 2),
        # 4035 has concurrent contracts in two teams; the Noord row is listed first.
        contract("4035", "Zoë Vermeer", NOORD, "WO-psycholoog", "0,5", dt.date(2019, 5, 1),
                 None, 1),
        contract("4042", "René Kartosen", OOST, "Psychiater", "0,6667", dt.date(2020, 1, 1)),
        contract("4035", "Zoë Vermeer", OOST, "WO-psycholoog", "0,4444", dt.date(2021, 6, 1),
                 None, 2),
    ]
    cl = Clients(rng, 42_000_000)
    # 4035's activities are made once, under its Noord row (where they all belong).
    acts = activities(rng, [m for m in mws if not (m.id == "4035" and m.team == OOST)], cl)
    acts += extra_rows(mws, cl)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    epd(f, acts)
    write_hr(os.path.join(f, "veld", "HR_dienstverbanden.csv"), mws)
    # The same list with 4028's first contract listed twice.
    dubbel = mws[:3] + [mws[2]] + mws[3:]
    write_hr(os.path.join(f, "veld", "HR_dubbel.csv"), dubbel)
    profiel(f, PROFIEL)
    geheim(f, cl, acts)
    q1 = [a for a in acts if a.datum.month <= 3 and a.mw.id != "9999"]
    for id, team in [("4021", NOORD), ("4021", OOST), ("4028", NOORD), ("4035", NOORD)]:
        rows = [a for a in q1 if a.mw.id == id and a.mw.team == team]
        print("dienstverband: %s %s: %d rows, direct %s min" % (
            id, team, len(rows), sum(direct_min(a) for a in rows)))
    return 0


CASES = [("fte", case_fte), ("dienstverband", case_dienstverband)]


README_SECTION = """
Written by `make_staff.py` (issue 12, SPEC 5.5; `tests/field_staff.rs`):

| case | rows in zpm/epd.csv | field rows left out on purpose (`uitgesloten`) |
|---|---|---|
"""


def main():
    lines = []
    for name, mk in CASES:
        n = mk()
        with open(os.path.join(make.HERE, name, "zpm", "epd.csv"), encoding="utf-8") as fh:
            rows = sum(1 for _ in fh) - 1
        print("%-15s zpm rows %4d" % (name, rows))
        lines.append("| `%s` | %d | %d |" % (name, rows, n))
    # make.py rewrites README.md; this script (re)writes its own section at the end.
    readme = os.path.join(make.HERE, "README.md")
    with open(readme, encoding="utf-8") as fh:
        text = fh.read().split(README_SECTION)[0].rstrip("\n") + "\n"
    with open(readme, "w", encoding="utf-8") as fh:
        fh.write(text + README_SECTION + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
