#!/usr/bin/env python3
"""Writes the budget cases of tests/field_budget.rs (issue 12, SPEC 5.2 and 5.7): begrotingen as
a finance system writes them, each beside the same budget in zpm's own format.

  begroting_breed        a wide budget xlsx: title block, kostenplaats codes and omschrijving,
                         months jan-22 ... dec-22 as columns, a "Totaal 2022" column and a
                         totals row, amounts as number cells with a euro format
  begroting_breed_csv    the same as a CSV: ';', Windows-1252, "EUR 62.346,00" text amounts
  begroting_kwartaal     a long budget with periods "Q1 2022" ... "Q4 2022"
  begroting_duizendtal   whole euros written "62.346" in a column whose other values prove the
                         decimal comma ("58.120,50"): read as 62346
  begroting_dubbelzinnig whole euros "62.346" and nothing proves the convention: exit 2 without
                         a profile; with decimaal = "komma" (profiel.toml) read as 62346
  begroting_onbekend     one team the medewerkers lack ("Team Preventie"): listed with a warning
  begroting_geen_team    kostenplaats codes and no profile: no row names a team, exit 2

Every case carries make.py's two April rows and one row of an unknown medewerker.
Run from anywhere:  python3 tests/data/field/make_budget.py   (needs openpyxl)
"""

import os
import random
import sys

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make  # noqa: E402

NOORD, OOST = make.NOORD, make.OOST
CODE = make.KOSTENPLAATS
OMSCHR = {NOORD: "Ambulant volwassenen Noord", OOST: "FACT-team Oost"}
MND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
NBSP = "\u00a0"

TEAMS_PROFIEL = '''
[teams."Team Ambulant Noord"]
namen = ["4010"]

[teams."Team FACT Oost"]
namen = ["4020"]
'''


def base(name, seed, client_base):
    """One small organisation: the zpm twin's EPD and staff, the field EPD and staff."""
    f = make.new_case(name)
    rng = random.Random(seed)
    mws = make.staff(2, 2)
    cl = make.Clients(rng, client_base)
    acts = make.activities(rng, mws, cl) + make.extra_rows(mws, cl)
    make.write_csv(os.path.join(f, "veld", "Activiteiten.csv"), make.STANDARD_EPD_HEADER,
                   [make.standard_epd_row(a) for a in acts], ";", "utf-8-sig", "\r\n")
    make.mw_veld(mws, make.STANDARD_STAFF_HEADER, make.standard_staff_row,
                 os.path.join(f, "veld", "Medewerkers.csv"))
    make.geheim(f, cl, acts)
    return f, rng, mws, acts


def dec2021(rng):
    return [(t, rng.randint(2_000_000, 4_000_000) / 100, rng.randint(150, 300))
            for t in (NOORD, OOST)]


def write_dec(f, dec, codes=False):
    """December 2021 as finance writes it: decimal comma, by team name or kostenplaats."""
    if codes:
        rows = [[CODE[t], OMSCHR[t], make.num(o, True), make.num(u, True)] for t, o, u in dec]
        header = ["Kostenplaats", "Omschrijving", "Realisatie december 2021", "Uren dec 2021"]
    else:
        rows = [[t, make.num(o, True), make.num(u, True)] for t, o, u in dec]
        header = ["Afdeling", "Realisatie december 2021", "Uren dec 2021"]
    make.write_csv(os.path.join(f, "veld", "Realisatie_december_2021.csv"), header, rows, ";",
                   "utf-8-sig", "\r\n")


def euro(cents, groep=True, teken=True, nbsp=False):
    """Cents as finance writes euros: "EUR 62.346,00" with '.' grouping thousands."""
    heel, rest = divmod(cents, 100)
    s = "{:,}".format(heel).replace(",", ".") if groep else str(heel)
    s += ",%02d" % rest
    return ("€" + (NBSP if nbsp else " ") + s) if teken else s


def wide_amounts(rng):
    """Per team twelve monthly amounts in cents (some whole euros)."""
    out = {}
    for t in (NOORD, OOST):
        out[t] = [rng.randint(2_500_000, 6_500_000) if rng.random() < 0.7
                  else rng.randint(25_000, 65_000) * 100 for _ in MND]
    return out


def zpm_budget_months(amounts):
    return [(t, "2022-%02d" % (i + 1), c / 100, None)
            for t, cs in amounts.items() for i, c in enumerate(cs)]


def case_breed():
    f, rng, mws, acts = base("begroting_breed", 1201, 52_000_000)
    amounts = wide_amounts(rng)
    dec = dec2021(rng)
    make.zpm_twin(os.path.join(f, "zpm"), mws, acts, zpm_budget_months(amounts), dec)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Begroting 2022"
    ws.append(["Begroting 2022 – omzet per kostenplaats"])
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    ws.append(["GGZ Voorbeeld – Afdeling Financiën, versie 3 (vastgesteld 14-12-2021)"])
    ws.append([])
    header = ["Kostenplaats", "Omschrijving"] + ["%s-22" % m for m in MND] + ["Totaal 2022"]
    ws.append(header)
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    fmt = '"€" #,##0.00'
    for t in (NOORD, OOST):
        cs = amounts[t]
        ws.append([int(CODE[t]), OMSCHR[t]] + [c / 100 for c in cs] + [sum(cs) / 100])
        for col in range(3, 3 + len(MND) + 1):
            ws.cell(row=ws.max_row, column=col).number_format = fmt
    totals = [sum(amounts[t][i] for t in amounts) / 100 for i in range(len(MND))]
    ws.append([None, "Totaal"] + totals + [sum(totals)])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
        c.number_format = fmt
    make.save_xlsx(wb, os.path.join(f, "veld", "Begroting_2022_per_kostenplaats.xlsx"))
    write_dec(f, dec, codes=True)
    make.profiel(f, "# Financien schrijft kostenplaatsen (SPEC 5.5, 5.7).\n" + TEAMS_PROFIEL)
    return 0


def case_breed_csv():
    f, rng, mws, acts = base("begroting_breed_csv", 1202, 53_000_000)
    amounts = wide_amounts(rng)
    # The first data row's January is 62.346 euros: whole, grouped by a point.
    amounts[NOORD][0] = 6_234_600
    dec = dec2021(rng)
    make.zpm_twin(os.path.join(f, "zpm"), mws, acts, zpm_budget_months(amounts), dec)
    n = 2 + len(MND) + 1
    pad = [""] * (n - 1)
    rows = [["Begroting 2022 – omzet per kostenplaats"] + pad,
            ["Export uit Financieel systeem, 14-12-2021"] + pad, [""] * n]
    header = ["Kostenplaats", "Omschrijving"] + ["%s-22" % m for m in MND] + ["Totaal 2022"]
    body = []
    for k, t in enumerate((NOORD, OOST)):
        cs = amounts[t]
        body.append([CODE[t], OMSCHR[t]]
                    + [euro(c, nbsp=(i + k) % 3 == 0) for i, c in enumerate(cs)]
                    + [euro(sum(cs))])
    totals = [sum(amounts[t][i] for t in amounts) for i in range(len(MND))]
    body.append(["Totaal", ""] + [euro(c) for c in totals] + [euro(sum(totals))])
    path = os.path.join(f, "veld", "Begroting_2022.csv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = [";".join(make.cell(c, ";") for c in r) for r in rows + [header] + body]
    with open(path, "w", encoding="cp1252", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    write_dec(f, dec, codes=True)
    make.profiel(f, "# Financien schrijft kostenplaatsen (SPEC 5.5, 5.7).\n" + TEAMS_PROFIEL)
    return 0


def long_budget(f, header, rows, name="Begroting_2022.csv"):
    make.write_csv(os.path.join(f, "veld", name), header, rows, ";", "utf-8-sig", "\r\n")


def case_kwartaal():
    f, rng, mws, acts = base("begroting_kwartaal", 1203, 54_000_000)
    begr = [(t, q, rng.randint(7_500_000, 13_500_000) / 100, rng.randint(500, 900))
            for t in (NOORD, OOST) for q in (1, 2, 3, 4)]
    dec = dec2021(rng)
    make.zpm_twin(os.path.join(f, "zpm"), mws, acts,
                  [(t, "2022-Q%d" % q, o, u) for t, q, o, u in begr], dec)
    long_budget(f, ["Afdeling", "Periode", "Begroot", "Uren"],
                [[t, "Q%d 2022" % q, make.num(o, True), make.num(u, True)]
                 for t, q, o, u in begr])
    write_dec(f, dec)
    return 0


def case_duizendtal():
    f, rng, mws, acts = base("begroting_duizendtal", 1204, 55_000_000)
    cents = {(NOORD, 1): 6_234_600, (NOORD, 2): 5_812_050, (NOORD, 3): 6_100_200,
             (OOST, 1): 4_789_000, (OOST, 2): 4_987_125, (OOST, 3): 5_002_300}
    dec = dec2021(rng)
    make.zpm_twin(os.path.join(f, "zpm"), mws, acts,
                  [(t, "2022-%02d" % m, c / 100, None) for (t, m), c in cents.items()], dec)
    # Whole euros without decimals ("62.346"); the others show the decimal comma ("58.120,50").
    rows = [[t, "%s 2022" % ["januari", "februari", "maart"][m - 1],
             euro(c, teken=False)[:-3] if c % 100 == 0 else euro(c, teken=False)]
            for (t, m), c in cents.items()]
    long_budget(f, ["Team", "Maand", "Bedrag"], rows)
    write_dec(f, dec)
    return 0


def case_dubbelzinnig():
    f, rng, mws, acts = base("begroting_dubbelzinnig", 1205, 56_000_000)
    cents = {(NOORD, 1): 6_234_600, (NOORD, 2): 5_812_000, (NOORD, 3): 6_100_000,
             (OOST, 1): 4_789_000, (OOST, 2): 4_987_100, (OOST, 3): 5_002_300}
    dec = dec2021(rng)
    make.zpm_twin(os.path.join(f, "zpm"), mws, acts,
                  [(t, "2022-%02d" % m, c / 100, None) for (t, m), c in cents.items()], dec)
    # Every amount is whole euros under 1 million: "62.346" reads as 62346 or as 62.346.
    rows = [[t, "2022-%02d" % m, euro(c, teken=False)[:-3]] for (t, m), c in cents.items()]
    long_budget(f, ["Team", "Maand", "Bedrag"], rows)
    write_dec(f, dec)
    make.profiel(f, '''
# Financien schrijft hele euro's met een punt voor de duizendtallen (SPEC 5.2).
[begroting]
decimaal = "komma"
''')
    return 0


def case_onbekend():
    f, rng, mws, acts = base("begroting_onbekend", 1206, 57_000_000)
    begr, dec = make.budget(rng, [NOORD, OOST])
    make.zpm_twin(os.path.join(f, "zpm"), mws, acts, begr, dec)
    rows = [[t, p, make.num(o, True), make.num(u, True)] for t, p, o, u in begr]
    # A team finance budgets but the staff list does not have (yet): line 8.
    rows.insert(6, ["Team Preventie", "2022-01", "12500,00", "90"])
    long_budget(f, ["Team", "Periode", "Omzet", "Uren"], rows)
    write_dec(f, dec)
    return 0


def case_geen_team():
    f, rng, mws, acts = base("begroting_geen_team", 1207, 58_000_000)
    begr, dec = make.budget(rng, [NOORD, OOST])
    make.zpm_twin(os.path.join(f, "zpm"), mws, acts, begr, dec)
    # Kostenplaats codes only, and no profile that names them.
    long_budget(f, ["Kostenplaats", "Periode", "Omzet"],
                [[CODE[t], p, make.num(o, True)] for t, p, o, u in begr])
    write_dec(f, dec)
    return 0


CASES = [
    ("begroting_breed", case_breed),
    ("begroting_breed_csv", case_breed_csv),
    ("begroting_kwartaal", case_kwartaal),
    ("begroting_duizendtal", case_duizendtal),
    ("begroting_dubbelzinnig", case_dubbelzinnig),
    ("begroting_onbekend", case_onbekend),
    ("begroting_geen_team", case_geen_team),
]


def main():
    rows = []
    for name, fn in CASES:
        n = fn()
        with open(os.path.join(HERE, name, "zpm", "epd.csv"), encoding="utf-8") as fh:
            rows.append("| `%s` | %d | %d |" % (name, sum(1 for _ in fh) - 1, n))
    readme = os.path.join(HERE, "README.md")
    with open(readme, encoding="utf-8") as fh:
        lines = [l for l in fh.read().splitlines() if not l.startswith("| `begroting_")]
    with open(readme, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines + rows) + "\n")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
