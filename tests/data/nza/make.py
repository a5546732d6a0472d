#!/usr/bin/env python3
"""Writes the NZa tariff list of samples/tarieven-voorbeeld.csv (voorbeeld figures) the way the
NZa publishes its list: an xlsx with a title row above the header, columns Prestatie_code,
Naam and Maximum-tarief (in Euro), the tariff as text with a decimal comma ("135,89"), names
with an en-dash and "Wet Big"; and the same list as a CSV (';', cp1252, decimal comma).
Run: python3 tests/data/nza/make.py (needs openpyxl)."""
import csv, os, zipfile, io
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

SETTING = {
    "1": "Ambulant – kwaliteitsstatuut sectie II",
    "2": "Ambulant – kwaliteitsstatuut sectie III monodisciplinair",
    "3": "Ambulant – kwaliteitsstatuut sectie III multidisciplinair",
    "4": "Outreachend",
    "5": "Klinisch (exclusief forensische en beveiligde zorg)",
    "6": "Forensische en beveiligde zorg – klinische zorg",
    "7": "Forensische en beveiligde zorg – niet-klinische of ambulante zorg",
    "8": "Hoogspecialistisch ggz",
}
BEROEP = {
    "arts": "Arts (Wet Big artikel 3)",
    "arts_specialist": "Arts-specialist (Wet Big artikel 14)",
    "gz_psycholoog": "Gezondheidszorgpsycholoog (Wet Big artikel 3)",
    "klinisch_psycholoog": "Klinisch (neuro)psycholoog (Wet Big artikel 14)",
    "psychotherapeut": "Psychotherapeut (Wet Big artikel 3)",
    "verpleegkundig_specialist": "Verpleegkundig specialist ggz (Wet Big artikel 14)",
    "verpleegkundige": "Verpleegkundige (Wet Big artikel 3)",
    "overige": "Overige beroepen",
}


def naam(r):
    p, s, b, t, k = r["prestatie"], r["setting"], r["beroepscategorie"], r["type"], r["klasse"]
    if p == "consult":
        return f"{SETTING[s]} {BEROEP[b]} {t.capitalize()} {k} minuten"
    if p == "groepsconsult":
        return f"Groepsconsult {BEROEP[b]} {k} deelnemers"
    if p == "intercollegiaal_overleg":
        return f"{SETTING[s]} Intercollegiaal overleg {t}"
    if p == "toeslag_reistijd":
        bound = "25" if t == "ggz" else "45"
        when = f"tot {bound} minuten" if k == "0" else f"vanaf {k} minuten"
        return f"{SETTING[s]} Toeslag reistijd {t} {when}"
    raise ValueError(p)


def rows():
    with open(os.path.join(ROOT, "samples", "tarieven-voorbeeld.csv"), newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            code = {"consult": "CO", "groepsconsult": "GC", "intercollegiaal_overleg": "OV",
                    "toeslag_reistijd": "TR"}[r["prestatie"]] + f"{i + 1:04d}"
            yield code, naam(r), r["tarief"].replace(".", ",")


def fixed_zip(path):
    """Rewrites an xlsx with fixed timestamps, so the file is the same on every run."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2022, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def main():
    data = list(rows())
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tarieven 2022"
    ws.append(["Bijlage bij tariefbeschikking TB/REG-22607-01 – maximumtarieven 2022 (voorbeeld)"])
    ws.append(["Prestatie_code", "Naam", "Maximum-tarief (in Euro)"])
    for code, n, t in data:
        ws.append([code, n, t])  # the tariff as text with a decimal comma
    path = os.path.join(HERE, "nza-tarieven-2022.xlsx")
    wb.save(path)
    fixed_zip(path)
    with open(os.path.join(HERE, "nza-tarieven-2022.csv"), "w", newline="", encoding="cp1252") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Prestatie_code", "Naam", "Maximum-tarief (in Euro)"])
        for code, n, t in data:
            w.writerow([code, n, t])


if __name__ == "__main__":
    main()
