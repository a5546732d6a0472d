#!/usr/bin/env python3
"""Writes the field-export corpus of tests/field_exports.rs (issue 11) and samples/veld/.

Every case is one small synthetic organisation (2 teams, 3-6 behandelaren, the first quarter
of 2022), written twice:

  <case>/zpm/   the data in zpm's own format (SPEC 2.1-2.3), read by zpm as it is today;
  <case>/veld/  the same data the way an EPD, HR or finance system writes it, plus profiel.toml
                (SPEC 5.6) when the case needs one.

<case>/geheim.txt lists the client ids and client names of the field export: none of them may
appear in any output. The expected `uitgesloten` count of each case is printed at the end and
written to README.md.

Run from anywhere:  python3 tests/data/field/make.py
Needs openpyxl. The output is deterministic (fixed seeds, fixed xlsx timestamps).
"""

import datetime as dt
import io
import os
import random
import re
import shutil
import zipfile

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

Q1_START = dt.date(2022, 1, 1)
Q1_END = dt.date(2022, 3, 31)

# zpm activiteit codes (SPEC 2.1) as written in the zpm-format twin.
ZPM_CODE = {
    "diag": "consult_diagnostiek",
    "beh": "consult_behandeling",
    "groep": "groepsconsult",
    "overleg": "intercollegiaal_overleg",
    "npg": "niet_patientgebonden",
}
# Labels zpm already knows (folded, SPEC 2): used in field files of cases without an activity map.
ZPM_LABEL = {
    "diag": ["Consult diagnostiek", "Diagnostiek"],
    "beh": ["Consult behandeling", "Behandeling"],
    "groep": ["Groepsconsult"],
    "overleg": ["Intercollegiaal overleg", "Overleg"],
    "npg": ["Niet-patiëntgebonden", "NPG"],
}
# The EPD's own words (SPEC 5.4), mapped by [epd.activiteiten].
EPD_WORDS = {
    "diag": ["Intakegesprek", "Diagnostisch onderzoek"],
    "beh": ["Behandelcontact", "Behandelcontact", "Telefonisch consult", "Beeldbelconsult"],
    "groep": ["Groepstherapie"],
    "overleg": ["MDO", "Consultatie collega"],
    "npg": ["Werkoverleg", "Intervisie", "Scholing"],
    "reis": ["Reistijd"],
}
EPD_WORDS_MAP = {
    "Intakegesprek": "consult_diagnostiek",
    "Diagnostisch onderzoek": "consult_diagnostiek",
    "Behandelcontact": "consult_behandeling",
    "Telefonisch consult": "consult_behandeling",
    "Beeldbelconsult": "consult_behandeling",
    "Groepstherapie": "groepsconsult",
    "MDO": "intercollegiaal_overleg",
    "Consultatie collega": "intercollegiaal_overleg",
    "Werkoverleg": "niet_patientgebonden",
    "Intervisie": "niet_patientgebonden",
    "Scholing": "niet_patientgebonden",
}
NEGEREN_WORDS = ["Kennismakingsgesprek", "Verslaglegging", "Administratie"]

CLIENT_SURNAMES = [
    "Aydemir", "Brouwer-Çelik", "Claessens", "Dijkhuis", "Evertsz", "Frölich", "Gerritsma",
    "Hoekstra-Tan", "IJzerman", "Jongejan", "Kuipers-Özdemir", "Lindeboom", "Mulderij",
    "Nieuwenhuys", "Oosterbaan", "Pronk-Léger", "Quist", "Roozendaal", "Schepers-Abdi",
    "Terpstra", "Uiterwijk", "Verbeek-Noor", "Wolters", "Ypma", "Zandbergen",
]
CLIENT_INITIALS = "ABCDEFGHJKLMNPRSTWZ"
LOCATIES = ["Hoofdlocatie", "Polikliniek Zuid", "Thuis cliënt", "Beeldbellen"]
OPMERKINGEN = ["", "", "", "", "Vervolgafspraak gemaakt", "Samen met partner",
               "Tolk aanwezig – afspraak duurde langer; € 0 eigen bijdrage", "Cliënt 10 min te laat"]
ZORGTRAJECTEN = ["Angst", "Stemming", "Persoonlijkheid", "Trauma", "Verslaving"]


# --------------------------------------------------------------------------------------------
# The data: staff and activities


class Mw:
    def __init__(self, id, naam, team, beroep, uren, functie=None, setting=None,
                 in_dienst=None, uit_dienst=None, kostenplaats=None):
        self.id, self.naam, self.team, self.beroep, self.uren = id, naam, team, beroep, uren
        self.functie = functie or beroep  # the HR title; the zpm beroep unless a case says so
        self.setting, self.in_dienst, self.uit_dienst = setting, in_dienst, uit_dienst
        self.kostenplaats = kostenplaats

    def in_dienst_op(self, d):
        return (self.in_dienst is None or d >= self.in_dienst) and (
            self.uit_dienst is None or d <= self.uit_dienst)


class Act:
    """One activity. `kind` is diag/beh/groep/overleg/npg (both twins), reis (a stand-alone
    travel row), neg (mapped to negeren), or a consult with status != Gerealiseerd."""

    def __init__(self, mw, datum, kind, direct, gepland=None, client=None, groep=None,
                 reistijd=None):
        self.mw, self.datum, self.kind, self.direct = mw, datum, kind, direct
        self.gepland, self.client, self.groep, self.reistijd = gepland, client, groep, reistijd
        self.status = "Gerealiseerd"
        self.words = None  # the EPD's description
        self.label = None  # a zpm label
        self.opmerking = self.locatie = self.zorgtraject = ""
        self.regiebehandelaar = None
        self.contactvorm = ""

    @property
    def uitgesloten(self):
        """Left out on purpose in the field file; absent in the zpm twin."""
        return self.kind == "neg" or self.status != "Gerealiseerd"


def weekdays(start=Q1_START, end=Q1_END):
    d = start
    while d <= end:
        if d.weekday() < 5:
            yield d
        d += dt.timedelta(days=1)


class Clients:
    """Pseudonymous client numbers and (made-up) names. Names never repeat staff names."""

    def __init__(self, rng, base):
        self.rng, self.next, self.names = rng, base, {}

    def new(self):
        self.next += self.rng.randint(7, 977)
        nr = str(self.next)
        self.names[nr] = "%s, %s." % (self.rng.choice(CLIENT_SURNAMES),
                                      self.rng.choice(CLIENT_INITIALS))
        return nr


def minutes(rng, choices):
    return rng.choice(choices)


def activities(rng, mws, clients, standalone_reis=False, reis_share=0.2, groepen=True):
    """A quarter of activity for each medewerker (deterministic for a seeded rng)."""
    acts = []
    for m in mws:
        caseload = [clients.new() for _ in range(rng.randint(7, 12))]
        for d in weekdays():
            if not m.in_dienst_op(d):
                continue
            wd = d.weekday()
            part = m.uren / 36.0
            # consults: about 1-2 a day, fewer for part-timers
            for _ in range(rng.choice([0, 1, 1, 2, 2]) if rng.random() < part else 0):
                kind = "diag" if rng.random() < 0.2 else "beh"
                real = minutes(rng, [15, 30, 45, 45, 45, 60, 60, 75, 90, 4])
                if rng.random() < 0.1:
                    real += 0.5  # a decimal minute (SPEC 1.1: used unrounded)
                r = rng.random()
                if r < 0.55:
                    gepland = real if real == int(real) else None
                elif r < 0.75:
                    gepland = None
                else:
                    gepland = max(5, int(real) + rng.choice([-25, -16, -10, 5, 15, 20]))
                c = rng.choice(caseload)
                a = Act(m, d, kind, real, gepland, c)
                if rng.random() < reis_share:
                    a.reistijd = rng.choice([10, 15, 20, 25, 30, 45, 50])
                acts.append(a)
            if groepen and wd == 2 and rng.random() < 0.6:
                acts.append(Act(m, d, "groep", rng.choice([60, 90, 100, 120]),
                                rng.choice([None, 90]), None, rng.randint(3, 8)))
            if wd == 1 and rng.random() < 0.8:
                acts.append(Act(m, d, "overleg", rng.choice([10, 15, 20, 30, 45]), None,
                                rng.choice(caseload)))
            if wd == 0:
                acts.append(Act(m, d, "npg", 60))
            if wd == 4 and rng.random() < 0.5:
                acts.append(Act(m, d, "npg", 90))
    acts.sort(key=lambda a: (a.mw.id, a.datum))
    # stand-alone travel rows: the consult's reistijd becomes a row of its own after it
    if standalone_reis:
        out = []
        for a in acts:
            out.append(a)
            if a.reistijd:
                r = Act(a.mw, a.datum, "reis", a.reistijd, None, a.client)
                a.reistijd = None
                out.append(r)
        acts = out
    decorate(rng, acts)
    return acts


def decorate(rng, acts):
    """The columns zpm does not need, and the words and labels of each row."""
    for a in acts:
        a.opmerking = rng.choice(OPMERKINGEN)
        a.locatie = rng.choice(LOCATIES)
        a.zorgtraject = rng.choice(ZORGTRAJECTEN) if a.client else ""
        a.contactvorm = {"beh": rng.choice(["Face-to-face", "Telefonisch", "Beeldbellen"]),
                         "diag": "Face-to-face", "groep": "Groep"}.get(a.kind, "n.v.t.")
        if a.kind in EPD_WORDS:
            a.words = rng.choice(EPD_WORDS[a.kind])
        if a.kind in ZPM_LABEL:
            a.label = rng.choice(ZPM_LABEL[a.kind])


def extra_rows(mws, clients):
    """Rows every case carries in both twins: two April rows (buiten_periode) and one row of a
    medewerker the staff list lacks (afgewezen)."""
    m = mws[0]
    rows = [Act(m, dt.date(2022, 4, 1), "beh", 45, 45, clients.new()),
            Act(m, dt.date(2022, 4, 4), "overleg", 15, None, None)]
    ghost = Mw("9999", "Secretariaat", m.team, "Secretaresse", 36)
    rows.append(Act(ghost, dt.date(2022, 2, 14), "beh", 30, 30, clients.new()))
    for r in rows:
        r.words, r.label = EPD_WORDS[r.kind][0], ZPM_LABEL[r.kind][0]
        r.locatie, r.contactvorm = "Hoofdlocatie", "Face-to-face"
    return rows


# --------------------------------------------------------------------------------------------
# Writing


def num(v, comma):
    if v is None:
        return ""
    s = ("%d" % v) if float(v) == int(v) else ("%s" % v)
    return s.replace(".", ",") if comma else s


def dmy(d):
    return d.strftime("%d-%m-%Y")


def cell(s, delim):
    s = "" if s is None else str(s)
    if any(c in s for c in (delim, '"', "\n", "\r")):
        return '"' + s.replace('"', '""') + '"'
    return s


def write_csv(path, header, rows, delim=";", encoding="utf-8", newline="\n"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = [delim.join(cell(h, delim) for h in header)]
    lines += [delim.join(cell(c, delim) for c in r) for r in rows]
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(newline.join(lines) + newline)


def fixed_zip(path):
    """Rewrites an xlsx with fixed entry timestamps so that the bytes are deterministic."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":  # openpyxl stamps the save time as "modified"
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<",
                              rb"<dcterms:modified\1>2022-04-04T08:12:00Z<", data)
            info = zipfile.ZipInfo(name, date_time=(2022, 4, 4, 8, 12, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_xlsx(wb, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    stamp = dt.datetime(2022, 4, 4, 8, 12, 0)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "EPD rapportage"
    wb.save(path)
    fixed_zip(path)


def zpm_twin(folder, mws, acts, begroting=None, dec2021=None, with_setting=False):
    """zpm's own format: `,`, UTF-8, ISO dates, decimal point."""
    header = ["medewerker", "datum", "activiteit", "directe_tijd", "geplande_tijd", "client",
              "groepsgrootte", "reistijd"]
    rows = []
    for a in acts:
        if a.uitgesloten:
            continue
        if a.kind == "reis":
            # A stand-alone travel row (SPEC 5.4) counts as the person's reistijd: normed time,
            # no direct time, no client, no toeslag. Its exact twin: a consult of 0 minutes
            # (not declarable, so no toeslag) that carries the travel minutes (SPEC 1.6).
            rows.append([a.mw.id, a.datum.isoformat(), "consult_behandeling", "0", "", "", "",
                         num(a.direct, False)])
            continue
        rows.append([a.mw.id, a.datum.isoformat(), ZPM_CODE[a.kind], num(a.direct, False),
                     num(a.gepland, False), a.client or "", num(a.groep, False),
                     num(a.reistijd, False)])
    write_csv(os.path.join(folder, "epd.csv"), header, rows, ",")
    mh = ["medewerker", "naam", "team", "beroep", "uren_per_week", "in_dienst", "uit_dienst"]
    if with_setting:
        mh.append("setting")
    mrows = []
    for m in mws:
        r = [m.id, m.naam, m.team, m.beroep, num(m.uren, False),
             m.in_dienst.isoformat() if m.in_dienst else "",
             m.uit_dienst.isoformat() if m.uit_dienst else ""]
        if with_setting:
            r.append(str(m.setting))
        mrows.append(r)
    write_csv(os.path.join(folder, "medewerkers.csv"), mh, mrows, ",")
    if begroting:
        write_csv(os.path.join(folder, "begroting.csv"), ["team", "periode", "omzet", "uren"],
                  [[t, p, "%.2f" % o, num(u, False)] for t, p, o, u in begroting], ",")
    if dec2021:
        write_csv(os.path.join(folder, "realisatie-2021.csv"),
                  ["team", "omzet_dec_2021", "uren_dec_2021"],
                  [[t, "%.2f" % o, num(u, False)] for t, o, u in dec2021], ",")


def geheim(folder, clients, acts):
    """Client ids and names that occur in the field export: never in an output."""
    ids = sorted({a.client for a in acts if a.client})
    names = sorted({clients.names[c] for c in ids})
    with open(os.path.join(folder, "geheim.txt"), "w", encoding="utf-8") as f:
        f.write("# client ids and names of the field export: none may appear in any output\n")
        for x in ids + names:
            f.write(x + "\n")


def budget(rng, teams):
    rows, dec = [], []
    for t in teams:
        for mnd in ("2022-01", "2022-02", "2022-03"):
            rows.append((t, mnd, rng.randint(2_500_000, 4_500_000) / 100, rng.randint(180, 320)))
        dec.append((t, rng.randint(2_000_000, 4_000_000) / 100, rng.randint(150, 300)))
    return rows, dec


def new_case(name):
    folder = os.path.join(HERE, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "zpm"))
    os.makedirs(os.path.join(folder, "veld"))
    return folder


def profiel(folder, text):
    with open(os.path.join(folder, "veld", "profiel.toml"), "w", encoding="utf-8") as f:
        f.write(text.lstrip())


def activiteiten_toml(extra=None):
    lines = ["[epd.activiteiten]"]
    for k, v in list(EPD_WORDS_MAP.items()) + list((extra or {}).items()):
        lines.append('"%s" = "%s"' % (k, v))
    return "\n".join(lines) + "\n"


NOORD, OOST, LINDE = "Team Ambulant Noord", "Team FACT Oost", "Team Kliniek De Linde"


def staff(n_noord, n_oost, base=4021, team2=OOST):
    """A small staff: GZ-psycholoog, verpleegkundige, psychiater, … over two teams."""
    pool = [
        ("Anouk Hendriks", "GZ-psycholoog", "Psycholoog GZ", 32),
        ("Joris van Dam", "Verpleegkundige", "Sociaal psychiatrisch verpleegkundige", 36),
        ("Zoë Vermeer", "WO-psycholoog", "Basispsycholoog", 28.8),
        ("René Kartosen", "Psychiater", "Psychiater", 24),
        ("Fleur Smits-Öztürk", "Verpleegkundig specialist GGZ", "Verpleegkundig specialist", 36),
        ("Daan Bosman", "Klinisch psycholoog", "Senior klinisch psycholoog", 20),
        ("Sanne de Groot", "Psychotherapeut", "Psychotherapeut", 28),
        ("Mohamed El Amrani", "Ervaringsdeskundig werker", "Ervaringsdeskundig werker", 24),
    ]
    mws = []
    for i, (naam, beroep, functie, uren) in enumerate(pool[: n_noord + n_oost]):
        team = NOORD if i < n_noord else team2
        mws.append(Mw(str(base + 7 * i), naam, team, beroep, uren, functie,
                      in_dienst=dt.date(2014 + i, 1 + (5 * i) % 12, 1)))
    return mws


def mw_veld(mws, header, fields, path, delim=";", encoding="utf-8-sig", newline="\r\n"):
    """A staff list: `fields` maps a medewerker to the row (one value per header)."""
    write_csv(path, header, [fields(m) for m in mws], delim, encoding, newline)


def date_or_empty(d):
    return dmy(d) if d else ""


def standard_staff_row(m):
    return [m.id, m.naam, m.team, m.beroep, num(m.uren, True), date_or_empty(m.in_dienst),
            date_or_empty(m.uit_dienst)]


STANDARD_STAFF_HEADER = ["Personeelsnummer", "Naam medewerker", "Afdeling", "Functie",
                         "Contracturen", "Datum in dienst", "Datum uit dienst"]


def standard_epd_row(a, word=False):
    """Medewerkercode, Datum activiteit, Activiteit, Gerealiseerde duur, Geplande duur,
    Cliëntnummer, Aantal deelnemers, Reistijd minuten, Locatie, Opmerking."""
    return [a.mw.id, dmy(a.datum), a.words if word else a.label, num(a.direct, True),
            num(a.gepland, True), a.client or "", num(a.groep, True), num(a.reistijd, True),
            a.locatie, a.opmerking]


STANDARD_EPD_HEADER = ["Medewerkercode", "Datum activiteit", "Activiteit", "Gerealiseerde duur",
                       "Geplande duur", "Cliëntnummer", "Aantal deelnemers", "Reistijd minuten",
                       "Locatie", "Opmerking"]


def case_kopnamen():
    """Headers no alias knows, mapped by [epd.kolommen] and [medewerkers.kolommen]."""
    f = new_case("kopnamen")
    rng = random.Random(1101)
    mws = staff(2, 2)
    mws[3].uit_dienst = dt.date(2022, 2, 28)
    cl = Clients(rng, 20_400_000)
    acts = activities(rng, mws, cl) + extra_rows(mws, cl)
    acts[5].opmerking = "Afspraak verplaatst,\nzie dossier"  # a quoted remark over two lines
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    header = ["Mdw.nr", "Datum contact", "Soort contact", "Tijdsduur", "Geplande tijdsduur",
              "Dossier", "Naam cliënt", "Deelnemers", "Reisminuten", "Locatie", "Opmerking"]
    rows = [[a.mw.id, dmy(a.datum), a.label, num(a.direct, True), num(a.gepland, True),
             a.client or "", cl.names.get(a.client, ""), num(a.groep, True),
             num(a.reistijd, True), a.locatie, a.opmerking] for a in acts]
    write_csv(os.path.join(f, "veld", "Verrichtingen_2022Q1.csv"), header, rows, ";", "cp1252",
              "\r\n")
    mw_veld(mws, ["Mdw.nr", "Weergavenaam", "Organisatie-eenheid", "Discipline", "Uren p/w",
                  "Startdatum", "Einde contract", "E-mailadres"],
            lambda m: [m.id, m.naam, m.team, m.beroep, num(m.uren, True),
                       date_or_empty(m.in_dienst), date_or_empty(m.uit_dienst),
                       m.naam.split()[0].lower() + "@ggz-voorbeeld.example"],
            os.path.join(f, "veld", "Medewerkers.csv"), ";", "cp1252")
    profiel(f, '''
# Kopnamen zoals dit EPD en dit HR-systeem ze schrijven (SPEC 5.6).
[epd.kolommen]
medewerker = "Mdw.nr"
datum = "Datum contact"
activiteit = "Soort contact"
directe_tijd = "Tijdsduur"
geplande_tijd = "Geplande tijdsduur"
client = "Dossier"
groepsgrootte = "Deelnemers"
reistijd = "Reisminuten"

[medewerkers.kolommen]
medewerker = "Mdw.nr"
naam = "Weergavenaam"
team = "Organisatie-eenheid"
beroep = "Discipline"
uren_per_week = "Uren p/w"
in_dienst = "Startdatum"
uit_dienst = "Einde contract"
''')
    geheim(f, cl, acts)
    return 0


KOSTENPLAATS = {NOORD: "4010", OOST: "4020", LINDE: "5110"}


def case_paren():
    """Uitvoerder/Behandelaar, Activiteit/Type, Afdeling/Kostenplaats side by side, no profile.
    The losing column of each pair comes first in the file, so position decides nothing."""
    f = new_case("paren")
    rng = random.Random(1102)
    mws = staff(2, 2)
    cl = Clients(rng, 31_000_000)
    acts = activities(rng, mws, cl) + extra_rows(mws, cl)
    for a in acts:
        team = [m for m in mws if m.team == a.mw.team and m is not a.mw] or mws[:1]
        # the regiebehandelaar: often a colleague, sometimes the performer, empty without client
        a.regiebehandelaar = (rng.choice(team).id if rng.random() < 0.7 else a.mw.id) \
            if a.client else ""
    begr, dec = budget(rng, [NOORD, OOST])
    zpm_twin(os.path.join(f, "zpm"), mws, acts, begr, dec)
    header = ["Behandelaar", "Uitvoerder", "Datum", "Type", "Activiteit", "Duur",
              "Geplande duur", "Cliëntnummer", "Cliëntnaam", "Aantal deelnemers", "Reistijd",
              "Locatie"]
    rows = [[a.regiebehandelaar, a.mw.id, dmy(a.datum), a.contactvorm, a.label,
             num(a.direct, True), num(a.gepland, True), a.client or "",
             cl.names.get(a.client, ""), num(a.groep, True), num(a.reistijd, True), a.locatie]
            for a in acts]
    write_csv(os.path.join(f, "veld", "Activiteitenoverzicht.csv"), header, rows, ";",
              "utf-8-sig", "\r\n")
    mw_veld(mws, ["Medewerker", "Naam", "Kostenplaats", "Afdeling", "Beroep", "Uren per week",
                  "In dienst", "Uit dienst"],
            lambda m: [m.id, m.naam, KOSTENPLAATS[m.team], m.team, m.beroep, num(m.uren, True),
                       date_or_empty(m.in_dienst), ""],
            os.path.join(f, "veld", "Personeel.csv"))
    write_csv(os.path.join(f, "veld", "Begroting_2022.csv"),
              ["Kostenplaats", "Afdeling", "Periode", "Omzet", "Uren"],
              [[KOSTENPLAATS[t], t, p, num(o, True), num(u, True)] for t, p, o, u in begr],
              ";", "utf-8-sig", "\r\n")
    write_csv(os.path.join(f, "veld", "Realisatie_dec2021.csv"),
              ["Kostenplaats", "Afdeling", "Omzet dec 2021", "Uren dec 2021"],
              [[KOSTENPLAATS[t], t, num(o, True), num(u, True)] for t, o, u in dec],
              ";", "utf-8-sig", "\r\n")
    geheim(f, cl, acts)
    return 0


def case_omschrijvingen():
    """The EPD's own activity words, mapped by [epd.activiteiten]; "Reistijd" rows of their own."""
    f = new_case("omschrijvingen")
    rng = random.Random(1103)
    mws = staff(2, 2)
    cl = Clients(rng, 40_100_000)
    acts = activities(rng, mws, cl, standalone_reis=True) + extra_rows(mws, cl)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    header = ["Medewerkercode", "Datum activiteit", "Activiteit", "Gerealiseerde duur",
              "Geplande duur", "Patiëntnummer", "Aantal deelnemers", "Zorgtraject", "Opmerking"]
    rows = [[a.mw.id, dmy(a.datum), a.words, num(a.direct, True), num(a.gepland, True),
             a.client or "", num(a.groep, True), a.zorgtraject, a.opmerking] for a in acts]
    write_csv(os.path.join(f, "veld", "EPD_activiteiten_jan-mrt_2022.csv"), header, rows, ";",
              "utf-8", "\n")
    mw_veld(mws, STANDARD_STAFF_HEADER, standard_staff_row,
            os.path.join(f, "veld", "Medewerkers.csv"))
    profiel(f, "# De omschrijvingen van dit EPD (SPEC 5.4).\n"
            + activiteiten_toml({"Reistijd": "reistijd"}))
    geheim(f, cl, acts)
    return 0


def case_reistijd():
    """A hand-worked check of stand-alone travel rows (tests/field_exports.rs works it out)."""
    f = new_case("reistijd")
    rng = random.Random(1104)
    mws = staff(1, 1)
    cl = Clients(rng, 52_000_000)
    a, b = mws
    c1, c2 = cl.new(), cl.new()
    acts = [Act(a, dt.date(2022, 1, 10), "beh", 45, 45, c1),
            Act(a, dt.date(2022, 1, 10), "reis", 30, None, c1),
            Act(a, dt.date(2022, 1, 12), "reis", 20, None, None),
            Act(a, dt.date(2022, 1, 17), "npg", 60),
            Act(b, dt.date(2022, 2, 1), "beh", 60, None, c2),
            Act(b, dt.date(2022, 2, 1), "reis", 25, None, c2)]
    decorate(rng, acts)
    for x in acts:
        x.words = {"beh": "Behandelcontact", "reis": "Reistijd", "npg": "Werkoverleg"}[x.kind]
    acts += extra_rows(mws, cl)
    for x in acts[-3:]:
        x.words = "Behandelcontact" if x.kind == "beh" else "MDO"
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    header = ["Medewerkercode", "Datum activiteit", "Activiteit", "Gerealiseerde duur",
              "Geplande duur", "Cliëntnummer", "Opmerking"]
    rows = [[x.mw.id, dmy(x.datum), x.words, num(x.direct, True), num(x.gepland, True),
             x.client or "", x.opmerking] for x in acts]
    write_csv(os.path.join(f, "veld", "Activiteiten.csv"), header, rows, ";", "utf-8-sig",
              "\r\n")
    mw_veld(mws, STANDARD_STAFF_HEADER, standard_staff_row,
            os.path.join(f, "veld", "Medewerkers.csv"))
    profiel(f, '''
[epd.activiteiten]
"Behandelcontact" = "consult_behandeling"
"Werkoverleg" = "niet_patientgebonden"
"MDO" = "intercollegiaal_overleg"
"Reistijd" = "reistijd"
''')
    geheim(f, cl, acts)
    return 0


def case_negeren():
    """Activity words mapped to "negeren": left out, counted in uitgesloten."""
    f = new_case("negeren")
    rng = random.Random(1105)
    mws = staff(2, 2)
    cl = Clients(rng, 61_000_000)
    acts = activities(rng, mws, cl)
    extra = []
    for m in mws:
        for d in weekdays():
            if not m.in_dienst_op(d) or rng.random() > 0.12:
                continue
            word = rng.choice(NEGEREN_WORDS)
            # a kennismakingsgesprek is with a client seen nowhere else: counting it would
            # change clienten as well as the hours
            x = Act(m, d, "neg", rng.choice([15, 30, 45, 60]),
                    None, cl.new() if word != "Administratie" else None)
            x.words = word
            extra.append(x)
    decorate(rng, extra)
    acts = sorted(acts + extra, key=lambda a: (a.mw.id, a.datum)) + extra_rows(mws, cl)
    for x in extra:
        x.label = None
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    header = ["Medewerkercode", "Datum", "Activiteit omschrijving", "Duur minuten",
              "Geplande duur", "Cliëntnummer", "Naam cliënt", "Aantal deelnemers",
              "Reistijd minuten", "Locatie"]
    rows = [[a.mw.id, dmy(a.datum), a.words, num(a.direct, True), num(a.gepland, True),
             a.client or "", cl.names.get(a.client, ""), num(a.groep, True),
             num(a.reistijd, True), a.locatie] for a in acts]
    write_csv(os.path.join(f, "veld", "Registraties_Q1.csv"), header, rows, ";", "cp1252",
              "\r\n")
    mw_veld(mws, STANDARD_STAFF_HEADER, standard_staff_row,
            os.path.join(f, "veld", "Medewerkers.csv"), ";", "cp1252")
    profiel(f, "# Omschrijvingen, en wat niet meetelt (SPEC 5.4).\n" + activiteiten_toml(
        {w: "negeren" for w in NEGEREN_WORDS}))
    geheim(f, cl, acts)
    return len(extra)


def case_status():
    """A Status column: "Niet verschenen" and "Geannuleerd" rows left out by [epd.uitsluiten]."""
    f = new_case("status")
    rng = random.Random(1106)
    mws = staff(2, 1)
    cl = Clients(rng, 70_000_000)
    acts = activities(rng, mws, cl)
    out, n = [], 0
    for a in acts:
        out.append(a)
        if a.kind in ("beh", "diag") and rng.random() < 0.12:
            # an appointment that did not happen, with its planned minutes as the duration
            x = Act(a.mw, a.datum, a.kind, 45, 45, rng.choice([a.client, cl.new()]))
            x.status = rng.choice(["Niet verschenen", "Geannuleerd"])
            decorate(rng, [x])
            out.append(x)
            n += 1
    acts = out + extra_rows(mws, cl)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    header = ["Medewerkercode", "Afspraakdatum", "Activiteit", "Duur minuten", "Gepland",
              "Clientcode", "Aantal clienten", "Reistijd minuten", "Status", "Locatie",
              "Opmerking"]
    rows = [[a.mw.id, dmy(a.datum), a.label, num(a.direct, True), num(a.gepland, True),
             a.client or "", num(a.groep, True), num(a.reistijd, True), a.status, a.locatie,
             a.opmerking]
            for a in acts]
    write_csv(os.path.join(f, "veld", "Afspraken_export.csv"), header, rows, "\t",
              "utf-8-sig", "\r\n")
    mw_veld(mws, ["Personeelsnummer", "Volledige naam", "Team", "Beroep", "Contracturen",
                  "Datum in dienst", "Datum uit dienst"], standard_staff_row,
            os.path.join(f, "veld", "Medewerkers.csv"), "\t")
    profiel(f, '''
# Afspraken die niet doorgingen tellen niet mee (SPEC 5.4).
[epd.uitsluiten]
status = ["Niet verschenen", "Geannuleerd"]
''')
    geheim(f, cl, acts)
    return n


def case_totaalregel():
    """A subtotal row after each medewerker and a "Totaal" row at the bottom."""
    f = new_case("totaalregel")
    rng = random.Random(1107)
    mws = staff(2, 2)
    cl = Clients(rng, 80_500_000)
    acts = sorted(activities(rng, mws, cl) + extra_rows(mws, cl), key=lambda a: a.mw.id)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    header = ["Medewerkercode", "Naam medewerker", "Datum", "Activiteit", "Duur (min)",
              "Geplande duur", "Cliëntnummer", "Aantal deelnemers", "Reistijd minuten"]
    rows, n, total = [], 0, 0
    for i, a in enumerate(acts):
        rows.append([a.mw.id, a.mw.naam, dmy(a.datum), a.label, num(a.direct, True),
                     num(a.gepland, True), a.client or "", num(a.groep, True),
                     num(a.reistijd, True)])
        if i + 1 == len(acts) or acts[i + 1].mw.id != a.mw.id:
            sub = sum(x.direct for x in acts if x.mw.id == a.mw.id)
            rows.append(["Subtotaal", a.mw.naam, "", "", num(sub, True), "", "", "", ""])
            n += 1
            total += sub
    rows.append(["", "Totaal", "", "", num(total, True), "", "", "", ""])
    n += 1
    write_csv(os.path.join(f, "veld", "Productie_per_medewerker.csv"), header, rows, ";",
              "cp1252", "\r\n")
    mw_veld(mws, STANDARD_STAFF_HEADER, standard_staff_row,
            os.path.join(f, "veld", "Medewerkers.csv"), ";", "cp1252")
    profiel(f, '''
# Dit rapport schrijft de duur onder een kop die geen alias is.
[epd.kolommen]
directe_tijd = "Duur (min)"
''')
    geheim(f, cl, acts)
    return n


def title_sheet(ws, rows_above, header, rows, total_col, date_cols=()):
    """A report sheet: a title block, an empty row, the header, the data, a totals row."""
    bold = Font(bold=True)
    for r in rows_above:
        ws.append(r)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    ws.append([])
    ws.append(header)
    for c in ws[ws.max_row]:
        c.font = bold
    total = 0
    for r in rows:
        ws.append(r)
        rn = ws.max_row
        for ci in date_cols:
            ws.cell(row=rn, column=ci + 1).number_format = "DD-MM-YYYY"
        total += r[total_col] or 0
    tot = [None] * len(header)
    tot[0] = "Totaal"
    tot[total_col] = total
    ws.append(tot)
    for c in ws[ws.max_row]:
        c.font = bold


def case_xlsx_titel():
    """An xlsx: a cover sheet "Info" first, the data on the second sheet below a title block."""
    f = new_case("xlsx_titel")
    rng = random.Random(1108)
    mws = staff(2, 2)
    cl = Clients(rng, 91_000_000)
    acts = activities(rng, mws, cl, reis_share=0) + extra_rows(mws, cl)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "Info"
    for line in ["Gerealiseerde activiteiten", "",
                 "Dit rapport is aangemaakt door EPD Rapportage.",
                 "Selectie: alle afdelingen, 01-01-2022 t/m 31-03-2022.",
                 "Vertrouwelijk: bevat persoonsgegevens van cliënten."]:
        info.append([line])
    ws = wb.create_sheet("Activiteiten")
    header = ["Medewerkercode", "Naam behandelaar", "Datum activiteit", "Activiteit",
              "Gerealiseerde duur", "Geplande duur", "Cliëntnummer", "Naam cliënt",
              "Aantal deelnemers", "Locatie", "Opmerking"]
    rows = [[a.mw.id, a.mw.naam, a.datum, a.words, a.direct, a.gepland,
             int(a.client) if a.client else None, cl.names.get(a.client),
             a.groep, a.locatie, a.opmerking or None] for a in acts]
    title_sheet(ws, [["Gerealiseerde activiteiten per medewerker"],
                           ["Periode: 01-01-2022 t/m 31-03-2022"],
                           ["Afgedrukt op: 04-04-2022 08:12"]],
                header, rows, 4, date_cols=(2,))
    save_xlsx(wb, os.path.join(f, "veld", "Rapport_activiteiten.xlsx"))
    mw_veld(mws, STANDARD_STAFF_HEADER, standard_staff_row,
            os.path.join(f, "veld", "Medewerkers.csv"))
    profiel(f, "# Geen blad genoemd: zpm kiest het blad met de kopregel (SPEC 5.3).\n"
            + activiteiten_toml())
    geheim(f, cl, acts)
    return 1


FUNCTIES = {
    "Sociaal psychiatrisch verpleegkundige": "verpleegkundige",
    "Basispsycholoog": "wo-psycholoog",
    "Psycholoog GZ": "gz-psycholoog",
    "Verpleegkundig specialist": "verpleegkundig specialist ggz",
    "Senior klinisch psycholoog": "klinisch psycholoog",
}


def case_functies():
    """An HR staff list with job titles, mapped by [medewerkers.beroepen]."""
    f = new_case("functies")
    rng = random.Random(1109)
    mws = staff(3, 3)
    mws[4].in_dienst = dt.date(2022, 2, 1)  # joins during the quarter
    cl = Clients(rng, 13_000_000)
    acts = activities(rng, mws, cl) + extra_rows(mws, cl)
    zpm_twin(os.path.join(f, "zpm"), mws, acts)
    write_csv(os.path.join(f, "veld", "Activiteiten.csv"), STANDARD_EPD_HEADER,
              [standard_epd_row(a) for a in acts], ";", "utf-8-sig", "\r\n")
    mw_veld(mws, ["Personeelsnummer", "Naam medewerker", "Functie", "Afdeling", "Contracturen",
                  "Datum in dienst", "Datum uit dienst", "Geboortedatum", "Functieschaal"],
            lambda m: [m.id, m.naam, m.functie, m.team, num(m.uren, True),
                       date_or_empty(m.in_dienst), "",
                       dmy(dt.date(1970 + int(m.id) % 25, 1 + int(m.id) % 12, 1 + int(m.id) % 28)),
                       "FWG " + str(55 + int(m.id) % 15)],
            os.path.join(f, "veld", "AFAS_medewerkers.csv"), ";", "cp1252")
    profiel(f, "# Functietitels van het HR-systeem (SPEC 5.5). \"Psychiater\" is al een beroep.\n"
            "[medewerkers.beroepen]\n"
            + "".join('"%s" = "%s"\n' % kv for kv in FUNCTIES.items()))
    geheim(f, cl, acts)
    return 0


def case_kostenplaats():
    """Begroting and December 2021 keyed by kostenplaats codes, mapped by [teams."…"] namen."""
    f = new_case("kostenplaats")
    rng = random.Random(1110)
    mws = staff(2, 2)
    cl = Clients(rng, 24_000_000)
    acts = activities(rng, mws, cl) + extra_rows(mws, cl)
    begr, dec = budget(rng, [NOORD, OOST])
    zpm_twin(os.path.join(f, "zpm"), mws, acts, begr, dec)
    write_csv(os.path.join(f, "veld", "Activiteiten.csv"), STANDARD_EPD_HEADER,
              [standard_epd_row(a) for a in acts], ";", "utf-8-sig", "\r\n")
    mw_veld(mws, STANDARD_STAFF_HEADER, standard_staff_row,
            os.path.join(f, "veld", "Medewerkers.csv"))
    omschr = {NOORD: "Ambulant volwassenen Noord", OOST: "FACT-team Oost"}
    write_csv(os.path.join(f, "veld", "Begroting_2022_kostenplaats.csv"),
              ["Kostenplaats", "Omschrijving", "Maand", "Bedrag", "Uren"],
              [[KOSTENPLAATS[t], omschr[t], p, num(o, True), num(u, True)]
               for t, p, o, u in begr], ";", "utf-8-sig", "\r\n")
    write_csv(os.path.join(f, "veld", "Realisatie_december_2021.csv"),
              ["Kostenplaats", "Omschrijving", "Realisatie december 2021", "Uren dec 2021"],
              [[KOSTENPLAATS[t], omschr[t], num(o, True), num(u, True)] for t, o, u in dec],
              ";", "utf-8-sig", "\r\n")
    profiel(f, '''
# Financien noemt de teams bij hun kostenplaats (SPEC 5.5).
[teams."Team Ambulant Noord"]
namen = ["4010"]

[teams."Team FACT Oost"]
namen = ["4020", "FACT O."]
''')
    geheim(f, cl, acts)
    return 0


def case_setting_team():
    """A staff list without settings; [teams."…"] setting gives each team its own."""
    f = new_case("setting_team")
    rng = random.Random(1111)
    mws = staff(2, 2, team2=LINDE)
    for m in mws:
        m.setting = 1 if m.team == NOORD else 5
    cl = Clients(rng, 35_000_000)
    acts = activities(rng, mws, cl) + extra_rows(mws, cl)
    zpm_twin(os.path.join(f, "zpm"), mws, acts, with_setting=True)
    write_csv(os.path.join(f, "veld", "Activiteiten.csv"), STANDARD_EPD_HEADER,
              [standard_epd_row(a) for a in acts], ";", "utf-8-sig", "\r\n")
    mw_veld(mws, ["Personeelsnummer", "Volledige naam", "Afdeling", "Functie",
                  "Contracturen per week", "Begindatum", "Einddatum"], standard_staff_row,
            os.path.join(f, "veld", "Youforce_personeel.csv"))
    profiel(f, '''
# Het HR-systeem kent geen setting: het profiel geeft elk team de zijne (SPEC 5.5).
[teams."Team Ambulant Noord"]
setting = 1

[teams."Team Kliniek De Linde"]
setting = 5
''')
    geheim(f, cl, acts)
    return 0


def case_voorbeeld():
    """samples/veld: a small synthetic organisation exported the way a real EPD, HR system and
    finance department write it, with the profile samples/veld/zpm.toml. Its zpm-format twin
    lives in tests/data/field/voorbeeld/zpm so that the test runs the sample set too."""
    f = os.path.join(HERE, "voorbeeld")
    shutil.rmtree(f, ignore_errors=True)
    os.makedirs(os.path.join(f, "zpm"))
    veld = os.path.join(ROOT, "samples", "veld")
    for name in os.listdir(veld) if os.path.isdir(veld) else []:
        if name != "README.md":
            os.remove(os.path.join(veld, name))
    os.makedirs(veld, exist_ok=True)
    rng = random.Random(2022)
    mws = staff(4, 4)
    for m in mws:
        m.setting = 1 if m.team == NOORD else 3
    mws[6].in_dienst = dt.date(2022, 2, 14)
    mws[2].uit_dienst = dt.date(2022, 3, 15)
    cl = Clients(rng, 10_200_000)
    acts = activities(rng, mws, cl, standalone_reis=True)
    out, n_uit = [], 0
    for a in acts:
        out.append(a)
        if a.kind in ("beh", "diag") and rng.random() < 0.06:
            x = Act(a.mw, a.datum, a.kind, 45, 45, a.client)
            x.status = rng.choice(["Niet verschenen", "Geannuleerd"])
            out.append(x)
            n_uit += 1
        if a.kind == "npg" and rng.random() < 0.3:
            x = Act(a.mw, a.datum, "neg", rng.choice([30, 45, 60]), None, cl.new())
            x.words = "Kennismakingsgesprek"
            out.append(x)
            n_uit += 1
    decorate(rng, [x for x in out if x.words is None and x.kind != "neg"] +
             [x for x in out if x.kind == "neg"])
    acts = out + extra_rows(mws, cl)
    print("voorbeeld: %d status rows, %d negeren rows, 1 totals row" % (
        sum(1 for a in acts if a.status != "Gerealiseerd"), sum(1 for a in acts if a.kind == "neg")))
    zpm_twin(os.path.join(f, "zpm"), mws, acts, *budget(random.Random(2023), [NOORD, OOST]),
             with_setting=True)
    begr, dec = budget(random.Random(2023), [NOORD, OOST])

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    header = ["Medewerkercode", "Naam zorgverlener", "Datum", "Activiteit", "Duur (min)",
              "Gepland (min)", "Cliëntnummer", "Naam cliënt", "Aantal deelnemers", "Status",
              "Locatie", "Opmerking"]
    rows = [[a.mw.id, a.mw.naam, a.datum, a.words, a.direct, a.gepland,
             int(a.client) if a.client else None, cl.names.get(a.client), a.groep, a.status,
             a.locatie, a.opmerking or None] for a in acts]
    title_sheet(ws, [["GGZ Voorbeeld - Gerealiseerde activiteiten"],
                     ["Periode: 01-01-2022 t/m 31-03-2022"],
                     ["Afgedrukt op: 04-04-2022 08:12 door F. Controller"]],
                header, rows, 4, date_cols=(2,))
    save_xlsx(wb, os.path.join(veld, "EPD_activiteiten_2022Q1.xlsx"))
    n_uit += 1  # the totals row

    write_csv(os.path.join(veld, "HR_medewerkers.csv"),
              ["Personeelsnummer", "Naam medewerker", "Functie", "Afdeling", "Contracturen",
               "Datum in dienst", "Datum uit dienst", "Functieschaal"],
              [[m.id, m.naam, m.functie, m.team, num(m.uren, True), date_or_empty(m.in_dienst),
                date_or_empty(m.uit_dienst), "FWG " + str(55 + int(m.id) % 15)] for m in mws],
              ";", "cp1252", "\r\n")
    omschr = {NOORD: "Ambulant volwassenen Noord", OOST: "FACT-team Oost"}
    write_csv(os.path.join(veld, "Begroting_2022.csv"),
              ["Kostenplaats", "Omschrijving", "Maand", "Bedrag", "Uren"],
              [[KOSTENPLAATS[t], omschr[t], p, num(o, True), num(u, True)]
               for t, p, o, u in begr], ";", "utf-8-sig", "\r\n")
    write_csv(os.path.join(veld, "Realisatie_december_2021.csv"),
              ["Kostenplaats", "Omschrijving", "Realisatie december 2021", "Uren dec 2021"],
              [[KOSTENPLAATS[t], omschr[t], num(o, True), num(u, True)] for t, o, u in dec],
              ";", "utf-8-sig", "\r\n")
    with open(os.path.join(veld, "zpm.toml"), "w", encoding="utf-8") as fh:
        fh.write('''# zpm profile for the synthetic exports in samples/veld (SPEC 5.6).
# Written once per organisation; the monthly run then reads the exports as they are.
organisatie = "GGZ Voorbeeld"

[epd]
# no `blad`: zpm takes the first sheet with a header row, below the report's title block

[epd.kolommen]
# field = header as the EPD writes it (the other headers are aliases zpm knows)
directe_tijd = "Duur (min)"
geplande_tijd = "Gepland (min)"

[epd.activiteiten]
# the EPD's own words = activiteit, "reistijd" (a travel row of its own) or "negeren"
''' + "".join('"%s" = "%s"\n' % kv for kv in EPD_WORDS_MAP.items()) + '''"Reistijd" = "reistijd"
"Kennismakingsgesprek" = "negeren"

[epd.uitsluiten]
# appointments that did not take place
status = ["Niet verschenen", "Geannuleerd"]

[medewerkers.beroepen]
# HR job titles = beroep (SPEC 1.2); titles that already are a beroep need no line
''' + "".join('"%s" = "%s"\n' % kv for kv in FUNCTIES.items()) + '''
[teams."Team Ambulant Noord"]
setting = 1
namen = ["4010"]

[teams."Team FACT Oost"]
setting = 3
namen = ["4020"]
''')
    geheim(f, cl, acts)
    return n_uit


CASES = [
    ("kopnamen", case_kopnamen),
    ("paren", case_paren),
    ("omschrijvingen", case_omschrijvingen),
    ("reistijd", case_reistijd),
    ("negeren", case_negeren),
    ("status", case_status),
    ("totaalregel", case_totaalregel),
    ("xlsx_titel", case_xlsx_titel),
    ("functies", case_functies),
    ("kostenplaats", case_kostenplaats),
    ("setting_team", case_setting_team),
    ("voorbeeld", case_voorbeeld),
]


def main():
    lines = []
    for name, make in CASES:
        n = make()
        epd = os.path.join(HERE, name, "zpm", "epd.csv")
        with open(epd, encoding="utf-8") as fh:
            rows = sum(1 for _ in fh) - 1
        lines.append("| `%s` | %d | %d |" % (name, rows, n))
        print("%-15s zpm rows %4d  uitgesloten %3d" % (name, rows, n))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(lines) + "\n")


README_HEAD = """# Field-shaped exports (issue 11)

Each folder holds one small synthetic organisation (first quarter of 2022) twice:
`zpm/` in zpm's own format, `veld/` the way an EPD, HR or finance system writes it, with
`profiel.toml` (SPEC 5.6) when the case needs one. `geheim.txt` lists the client ids and
names of the field export, none of which may appear in any output. `voorbeeld/` is the twin
of `samples/veld/`. `tests/field_exports.rs` runs both twins and compares the figures.

All files are written by `make.py` (`python3 tests/data/field/make.py`, needs openpyxl);
edit the script, not the files. Both twins carry two April rows (`buiten_periode` for
`--periode 2022-Q1`) and one row of medewerker 9999, who is on no staff list (`afgewezen`).

| case | rows in zpm/epd.csv | field rows left out on purpose (`uitgesloten`) |
|---|---|---|
"""

if __name__ == "__main__":
    main()
