#!/usr/bin/env python3
"""Writes the field cases of the `rows` branch (issue 12, SPEC 5.4) with make.py's helpers.

  maanden/  a quarter as three monthly EPD exports that overlap by one day, the way an EPD
            writes them when the controller picks 1 Jan - 1 Feb, 1 Feb - 1 Mar, 1 Mar - 4 Apr:
            the rows of 1 Feb and 1 Mar are in two files. One consult of 1 Feb is there twice
            (two equal rows in one file: both kept in each twin). The zpm twin holds the quarter
            once. Prints the number of rows the field run must reject as `dubbel`.

Run from anywhere:  python3 tests/data/field/make_rows.py
"""

import datetime as dt
import os
import random

import make


def case_maanden():
    f = make.new_case("maanden")
    rng = random.Random(1201)
    mws = make.staff(2, 2)
    cl = make.Clients(rng, 61_200_000)
    acts = make.activities(rng, mws, cl) + make.extra_rows(mws, cl)
    feb1 = dt.date(2022, 2, 1)
    twin = next(a for a in acts if a.datum == feb1 and a.kind == "beh")
    copy = make.Act(twin.mw, twin.datum, twin.kind, twin.direct, twin.gepland, twin.client,
                    twin.groep, twin.reistijd)
    for k in ("label", "words", "opmerking", "locatie", "zorgtraject", "contactvorm"):
        setattr(copy, k, getattr(twin, k))
    acts.insert(acts.index(twin) + 1, copy)
    make.zpm_twin(os.path.join(f, "zpm"), mws, acts)
    months = [
        ("EPD_export_20220101_20220201.csv", dt.date(2022, 1, 1), dt.date(2022, 2, 1)),
        ("EPD_export_20220201_20220301.csv", dt.date(2022, 2, 1), dt.date(2022, 3, 1)),
        ("EPD_export_20220301_20220404.csv", dt.date(2022, 3, 1), dt.date(2022, 4, 4)),
    ]
    for name, van, tot in months:
        rows = [make.standard_epd_row(a) for a in acts if van <= a.datum <= tot]
        make.write_csv(os.path.join(f, "veld", name), make.STANDARD_EPD_HEADER, rows, ";",
                       "utf-8-sig", "\r\n")
    make.mw_veld(mws, make.STANDARD_STAFF_HEADER, make.standard_staff_row,
                 os.path.join(f, "veld", "Medewerkers.csv"))
    make.geheim(f, cl, acts)
    dubbel = sum(1 for a in acts if a.datum in (feb1, dt.date(2022, 3, 1)))
    print("maanden: %d rows in zpm/epd.csv, %d dubbel" % (len(acts), dubbel))
    return dubbel


if __name__ == "__main__":
    case_maanden()
