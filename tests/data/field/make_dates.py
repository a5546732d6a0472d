#!/usr/bin/env python3
"""Writes the field cases of tests/field_dates.rs (issue 12: dates, times and group rows).

Each case is one small organisation twice, as in make.py (whose helpers it uses):
  datum_mdy         month-first dates 3/14/2022 (EPD and staff list), profile datumvolgorde = "mdy"
  datum_maandnaam   Dutch month names: 1 mrt 2022, 1 maart 2022, 01-mrt-2022, 1 mrt. 2022
  datum_serieel     Excel serial day numbers in a CSV, as a macro writes them
  begin_eind        Begintijd and Eindtijd, no duration column
  xlsx_tijden       an xlsx export with date cells and time cells (begin, end), no duration
  groep_deelnemer   a group session written once per participant (profile: per deelnemer)

Run from anywhere:  python3 tests/data/field/make_dates.py   (needs openpyxl; deterministic)
"""

import datetime as dt
import os
import random
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make  # noqa: E402
from make import (Act, Clients, STANDARD_EPD_HEADER, STANDARD_STAFF_HEADER, activities,  # noqa: E402
                  extra_rows, geheim, mw_veld, new_case, num, profiel, save_xlsx, staff,
                  write_csv, zpm_twin)

MAAND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sept", "okt", "nov", "dec"]
MAAND_VOL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]


def mdy(d):
    return "%d/%d/%d" % (d.month, d.day, d.year)


def serial(d):
    return str((d - dt.date(1899, 12, 30)).days)


def maandnaam(rng):
    def f(d):
        vorm = rng.randrange(4)
        if vorm == 0:
            return "%d %s %d" % (d.day, MAAND[d.month - 1], d.year)
        if vorm == 1:
            return "%d %s %d" % (d.day, MAAND_VOL[d.month - 1], d.year)
        if vorm == 2:
            return "%02d-%s-%d" % (d.day, MAAND[d.month - 1], d.year)
        return "%d %s. %d" % (d.day, MAAND[d.month - 1], d.year)
    return f


def dated_case(name, seed, base, fmt, profile_text=None):
    """The standard export and staff list with every date written by `fmt`."""
    f = new_case(name)
    rng = random.Random(seed)
    mws = staff(2, 2)
    cl = Clients(rng, base)
    acts = activities(rng, mws, cl) + extra_rows(mws, cl)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    rows = [[a.mw.id, fmt(a.datum), a.label, num(a.direct, True), num(a.gepland, True),
             a.client or "", num(a.groep, True), num(a.reistijd, True), a.locatie, a.opmerking]
            for a in acts]
    write_csv(os.path.join(f, "veld", "Activiteiten.csv"), STANDARD_EPD_HEADER, rows, ";",
              "utf-8-sig", "\r\n")
    mw_veld(mws, STANDARD_STAFF_HEADER,
            lambda m: [m.id, m.naam, m.team, m.beroep, num(m.uren, True),
                       fmt(m.in_dienst) if m.in_dienst else "",
                       fmt(m.uit_dienst) if m.uit_dienst else ""],
            os.path.join(f, "veld", "Medewerkers.csv"))
    if profile_text:
        profiel(f, profile_text)
    geheim(f, cl, acts)
    return 0


def case_datum_mdy():
    return dated_case("datum_mdy", 1201, 21_300_000, mdy, '''
# Dit EPD en dit HR-systeem schrijven datums als maand/dag/jaar (SPEC 5.2).
[epd]
datumvolgorde = "mdy"

[medewerkers]
datumvolgorde = "mdy"
''')


def case_datum_maandnaam():
    return dated_case("datum_maandnaam", 1202, 22_400_000, maandnaam(random.Random(12020)))


def case_datum_serieel():
    return dated_case("datum_serieel", 1203, 23_500_000, serial)


def whole_minutes(acts):
    for a in acts:
        a.direct = int(a.direct)
        if a.gepland is not None:
            a.gepland = int(a.gepland)


def times(acts):
    """Begin and end of each activity: a day starts at 8:30; the last npg of a Friday runs
    past midnight (23:30 + its minutes)."""
    t, day = 0, None
    out = []
    for a in acts:
        if (a.mw.id, a.datum) != day:
            day, t = (a.mw.id, a.datum), 8 * 60 + 30
        begin = t if not (a.kind == "npg" and a.direct == 90) else 23 * 60 + 30
        end = (begin + a.direct) % 1440
        t = begin + a.direct + 15
        out.append((begin, end))
    return out


def hm(m):
    return "%d:%02d" % (m // 60, m % 60)


def case_begin_eind():
    f = new_case("begin_eind")
    rng = random.Random(1204)
    mws = staff(2, 2)
    cl = Clients(rng, 24_600_000)
    acts = activities(rng, mws, cl) + extra_rows(mws, cl)
    whole_minutes(acts)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    header = ["Medewerkercode", "Datum", "Begintijd", "Eindtijd", "Activiteit", "Geplande duur",
              "Cliëntnummer", "Aantal deelnemers", "Reistijd minuten", "Locatie"]
    rows = [[a.mw.id, make.dmy(a.datum), "%02d:%02d" % (b // 60, b % 60), hm(e), a.label,
             num(a.gepland, True), a.client or "", num(a.groep, True), num(a.reistijd, True),
             a.locatie] for a, (b, e) in zip(acts, times(acts))]
    write_csv(os.path.join(f, "veld", "Agenda_export.csv"), header, rows, ";", "utf-8-sig",
              "\r\n")
    mw_veld(mws, STANDARD_STAFF_HEADER, make.standard_staff_row,
            os.path.join(f, "veld", "Medewerkers.csv"))
    geheim(f, cl, acts)
    return 0


def case_xlsx_tijden():
    f = new_case("xlsx_tijden")
    rng = random.Random(1205)
    mws = staff(2, 2)
    cl = Clients(rng, 25_700_000)
    acts = activities(rng, mws, cl) + extra_rows(mws, cl)
    whole_minutes(acts)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws.append(["Medewerkercode", "Datum", "Begintijd", "Eindtijd", "Activiteit", "Geplande duur",
               "Cliëntnummer", "Aantal deelnemers", "Reistijd minuten"])
    for a, (b, e) in zip(acts, times(acts)):
        ws.append([a.mw.id, a.datum, dt.time(b // 60, b % 60), dt.time(e // 60, e % 60),
                   a.label, a.gepland, a.client or None, a.groep, a.reistijd])
        r = ws.max_row
        ws.cell(row=r, column=2).number_format = "dd-mm-yyyy"
        ws.cell(row=r, column=3).number_format = "h:mm"
        ws.cell(row=r, column=4).number_format = "h:mm"
    save_xlsx(wb, os.path.join(f, "veld", "Agenda_export.xlsx"))
    mw_veld(mws, STANDARD_STAFF_HEADER, make.standard_staff_row,
            os.path.join(f, "veld", "Medewerkers.csv"))
    geheim(f, cl, acts)
    return 0


def case_groep_deelnemer():
    """Each group session written once per participant: n rows with the same datum,
    begintijd and duur, each with its own client (clients the behandelaar also sees in
    consults, so that the number of clients is that of the zpm twin)."""
    f = new_case("groep_deelnemer")
    rng = random.Random(1206)
    mws = staff(2, 2)
    cl = Clients(rng, 26_800_000)
    acts = activities(rng, mws, cl) + extra_rows(mws, cl)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    header = ["Medewerkercode", "Datum", "Begintijd", "Activiteit", "Gerealiseerde duur",
              "Geplande duur", "Cliëntnummer", "Aantal deelnemers", "Reistijd minuten"]
    gezien = {}
    for a in acts:
        if a.kind in ("beh", "diag") and make.Q1_START <= a.datum <= make.Q1_END and a.client:
            gezien.setdefault(a.mw.id, set()).add(a.client)
    rows, n = [], 0
    for a in acts:
        base = [a.mw.id, make.dmy(a.datum), "10:00" if a.kind == "groep" else "", a.label,
                num(a.direct, True), num(a.gepland, True)]
        if a.kind != "groep":
            rows.append(base + [a.client or "", num(a.groep, True), num(a.reistijd, True)])
            continue
        deelnemers = rng.sample(sorted(gezien[a.mw.id]), a.groep)
        for c in deelnemers:
            rows.append(base + [c, num(a.groep, True), ""])
            n += 1
    write_csv(os.path.join(f, "veld", "Clientcontacten.csv"), header, rows, ";", "utf-8-sig",
              "\r\n")
    mw_veld(mws, STANDARD_STAFF_HEADER, make.standard_staff_row,
            os.path.join(f, "veld", "Medewerkers.csv"))
    profiel(f, '''
# Dit EPD schrijft een groepsconsult per deelnemer (SPEC 5.4).
[epd]
groepsconsult_per_deelnemer = true
''')
    geheim(f, cl, acts)
    print("groep_deelnemer: %d participant rows" % n)
    return 0


CASES = [
    ("datum_mdy", case_datum_mdy),
    ("datum_maandnaam", case_datum_maandnaam),
    ("datum_serieel", case_datum_serieel),
    ("begin_eind", case_begin_eind),
    ("xlsx_tijden", case_xlsx_tijden),
    ("groep_deelnemer", case_groep_deelnemer),
]

if __name__ == "__main__":
    for name, make_case in CASES:
        n = make_case()
        with open(os.path.join(make.HERE, name, "zpm", "epd.csv"), encoding="utf-8") as fh:
            rows = sum(1 for _ in fh) - 1
        print("| `%s` | %d | %d |" % (name, rows, n))
