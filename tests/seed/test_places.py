"""Every dated place in places.csv lies inside the published IS core exactly while IS held it.

The dates below are read from tests/data/places.csv (a copy of shared/data/places.csv) by hand,
because its columns are prose ("city 27-28 Aug 2017; victory declared 31 Aug 2017"). Each date is
(first, last, precision):
  - "day": inside on the first day held, outside on the day before (gain); inside on the day
    before the loss, outside on the day of loss. A range ("27-28 Aug") is a window: the edges are
    checked on either side of it, not inside it.
  - "month": only the month is known; checked a month wide (outside before the month of capture,
    inside from the first of the next month; inside before the month of loss, outside from the
    next month).
  - "approx" ("2014", "mid-2014"): no edge check; the date only places the mid-interval check.
Rows whose coordinates are marked APPROXIMATE (±5–6 km) are only checked mid-interval, and pass
when IS ground lies within 0.06° (about 6 km) of the point.
"""

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.contrib.gis.geos import Point

from mapapp.models import DatedPolygon
from tools.seedcheck import SYRIA_IRAQ_BOX

CSV = Path(__file__).resolve().parents[1] / "data" / "places.csv"
APPROX_TOLERANCE_DEG = 0.06
D = date.fromisoformat


def day(first, last=None, precision="day"):
    return (D(first), D(last or first), precision)


def approx(nominal):
    return (D(nominal), D(nominal), "approx")


# name in places.csv -> list of (gained, lost) intervals
HELD = {
    "Al-Baghuz Fawqani (Baghouz)": [(approx("2014-07-01"), day("2019-03-23"))],
    "Hajin": [(approx("2014-07-01"), day("2018-12-14"))],
    # Audit (fixtures/audit/syria.csv): SMART dates the SDF's full control to 18 Jan 2019.
    "Al-Susah (Sousa)": [(approx("2014-07-01"), approx("2019-01-18"))],
    "Al-Busayrah (Busaira)": [(approx("2014-07-01"), day("2017-11-12"))],
    "Al-Omar oil field": [(approx("2014-07-01"), day("2017-10-22"))],
    # Audit: Reuters dates both days (Nusra left it to IS on 3 Jul 2014; army 14 Oct 2017).
    "Al-Mayadin": [(day("2014-07-03"), day("2017-10-14"))],
    "Abu Kamal (Al-Bukamal)": [(day("2014-07-01"), day("2017-11-08", "2017-11-19"))],
    "Raqqa": [(day("2014-01-14"), day("2017-10-17"))],
    "Tabqa (Al-Thawrah)": [(day("2014-01-01", "2014-01-31", "month"), day("2017-05-10"))],
    "Palmyra (Tadmur)": [
        (day("2015-05-20", "2015-05-21"), day("2016-03-27")),
        (day("2016-12-11"), day("2017-03-02")),
    ],
    "Manbij": [(day("2014-01-01", "2014-01-31", "month"), day("2016-08-12"))],
    "Al-Bab": [(approx("2014-01-15"), day("2017-02-23"))],
    "Dabiq": [(day("2014-08-13"), day("2016-10-16"))],
    "Al-Hawl (town)": [(approx("2014-07-01"), day("2015-11-13"))],
    "Tulul al-Safa (Sweida desert pocket)": [(approx("2018-08-15"), day("2018-11-17"))],
    "Mosul": [(day("2014-06-10"), day("2017-07-10"))],
    "Great Mosque of al-Nuri (Mosul)": [(day("2014-06-10"), day("2017-06-29"))],
    "Tal Afar": [(day("2014-06-16"), day("2017-08-27", "2017-08-31"))],
    "Sinjar": [(day("2014-08-03"), day("2015-11-13"))],
    "Tikrit": [(day("2014-06-11"), day("2015-03-31", "2015-04-04"))],
    "Hawija": [(day("2014-06-01", "2014-06-30", "month"), day("2017-10-05"))],
    "Al-Qa'im": [(day("2014-06-21"), day("2017-11-03"))],
    # Rawa and Baiji: dates from the place-by-place audit (fixtures/audit/iraq.csv), which
    # found the day Rawa fell (21 Jun 2014) and Baiji's six weeks in government hands in 2014.
    "Rawa": [(day("2014-06-21"), day("2017-11-17"))],
    "Fallujah": [(day("2014-01-01", "2014-01-31", "month"), day("2016-06-26"))],
    "Ramadi": [(day("2015-05-17"), day("2015-12-27", "2015-12-28"))],
    "Baiji": [
        (day("2014-06-11"), day("2014-11-14")),
        (day("2014-12-21"), day("2015-10-20")),
    ],
}
# Never held by IS (an assault or raid at most): outside on every sample day.
NEVER = ["Kobani (Ayn al-Arab)", "Al-Hasakah", "As-Suwayda (Sweida city)", "Erbil", "Kirkuk",
         "Daraa (Yarmouk Basin pocket ref.)"]  # fmt: skip
SAMPLE_DAYS = [D(d) for d in ("2014-08-20", "2014-11-15", "2015-06-01", "2016-06-01", "2017-07-15")]
SKIPPED = {
    "Deir ez-Zor": "city divided 2014–2017; its centre point was front line, not one side's",
    "Al-Hawl camp": "a camp (an event in part B), no change of hands",
    "Yarmouk Basin pocket (Jamlah / al-Shajara area)": "IS affiliate pocket, drawn in part B",
}
ABROAD = {"LY", "EG", "AF", "NG", "NE", "TD/NE/NG/CM", "DE"}  # part B's provinces, not the core


def rows():
    with CSV.open(encoding="utf-8") as handle:
        return {row["name"]: row for row in csv.DictReader(handle)}


def point_of(row):
    return Point(float(row["lon"]), float(row["lat"]), srid=4326)


def approximate_coordinates(row):
    return "APPROXIMATE" in row["coord_source"].upper()


def is_ground(day_, point, tolerance=0.0):
    held = (
        DatedPolygon.objects.published()
        .valid_on(day_)
        .filter(actor__slug="islamic-state", status="controlled")
    )
    if tolerance:
        return held.filter(geometry__dwithin=(point, tolerance)).exists()
    return held.filter(geometry__intersects=point).exists()


def checks_for(name, row):
    """(day, expected inside?, why) for one place."""
    out = []
    for gained, lost in HELD[name]:
        (g_first, g_last, g_prec), (l_first, l_last, l_prec) = gained, lost
        out.append((g_last + (l_first - g_last) / 2, True, "mid-interval"))
        if approximate_coordinates(row):
            continue
        if g_prec == "day":
            out += [(g_last, True, "first day held"), (g_first - timedelta(1), False, "day before")]
        elif g_prec == "month":
            out += [(g_last + timedelta(1), True, "month after capture"),
                    (g_first - timedelta(1), False, "before the month of capture")]  # fmt: skip
        if l_prec == "day":
            out += [
                (l_first - timedelta(1), True, "day before loss"),
                (l_last, False, "day of loss"),
            ]
        elif l_prec == "month":
            out += [(l_first - timedelta(1), True, "before the month of loss"),
                    (l_last + timedelta(1), False, "month after loss")]  # fmt: skip
    return out


def test_every_row_of_places_csv_is_accounted_for():
    unknown = [
        name
        for name, row in rows().items()
        if name not in HELD and name not in NEVER and name not in SKIPPED
        and row["country"] not in ABROAD
    ]  # fmt: skip
    assert unknown == [], "add these places.csv rows to HELD, NEVER or SKIPPED"


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(HELD))
def test_held_place_is_inside_exactly_while_held(seeded, name):
    row = rows()[name]
    point = point_of(row)
    tolerance = APPROX_TOLERANCE_DEG if approximate_coordinates(row) else 0.0
    wrong = [
        f"{day_} ({why}): expected {'inside' if inside else 'outside'}"
        for day_, inside, why in checks_for(name, row)
        if is_ground(day_, point, tolerance) != inside
    ]
    assert wrong == []


@pytest.mark.django_db
@pytest.mark.parametrize("name", NEVER)
def test_never_held_place_stays_outside(seeded, name):
    point = point_of(rows()[name])
    assert [d for d in SAMPLE_DAYS if is_ground(d, point)] == []


@pytest.mark.django_db
def test_no_is_ground_from_the_fall_of_baghouz(seeded):
    baghouz = point_of(rows()["Al-Baghuz Fawqani (Baghouz)"])
    assert is_ground(D("2019-03-22"), baghouz)
    for day_ in (D("2019-03-23"), D("2019-06-01"), D("2021-01-01")):
        held = (
            DatedPolygon.objects.published()
            .valid_on(day_)
            .filter(actor__slug="islamic-state", status="controlled")
        )
        assert not held.filter(geometry__intersects=SYRIA_IRAQ_BOX).exists()
