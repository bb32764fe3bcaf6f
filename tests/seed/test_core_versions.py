"""The versions of the IS core form one unbroken timeline with a step at every dated change."""

import json
from datetime import date

import pytest
from django.conf import settings
from django.contrib.gis.db.models.functions import Difference
from django.contrib.gis.geos import GEOSGeometry

from mapapp.models import DatedPolygon, GeodesicAreaKm2

D = date.fromisoformat
# Every change of hands in Syria and Iraq that CHRONOLOGY.md dates to the day (or, for
# "2019-01 (mid)", to the day drawn), except the Yarmouk Basin (part B's after-the-fall file).
CHRONOLOGY_CHANGES = [
    D(d)
    for d in [
        "2014-01-14",
        "2014-06-10",
        "2014-06-11",
        "2014-06-16",
        "2014-06-21",
        "2014-07-01",
        "2014-08-03",
        "2014-08-13",
        "2014-09-13",
        "2015-01-27",
        "2015-04-01",
        "2015-05-17",
        "2015-05-20",
        "2015-11-13",
        "2015-12-28",
        "2016-02-09",
        "2016-03-27",
        "2016-06-26",
        "2016-08-12",
        "2016-10-16",
        "2016-10-17",
        "2016-12-11",
        "2017-02-23",
        "2017-03-02",
        "2017-05-10",
        "2017-06-29",
        "2017-07-10",
        "2017-08-31",
        "2017-09-05",
        "2017-10-05",
        "2017-10-17",
        "2017-10-22",
        "2017-11-03",
        "2017-11-12",
        "2017-11-17",
        "2017-11-19",
        "2018-09-10",
        "2018-10-27",
        "2018-11-17",
        "2018-12-14",
        "2019-01-18",  # al-Susah: SMART 18 Jan 2019 (fixtures/audit/syria.csv)
        "2019-02-09",
        "2019-03-19",
        "2019-03-23",
    ]
]


def core_versions():
    rows = DatedPolygon.objects.filter(territory__slug="is-core", state="published")
    return list(rows.order_by("valid_from").values("valid_from", "valid_to", "area_km2"))


@pytest.mark.django_db
def test_versions_meet_exactly_and_end_on_the_fall_of_baghouz(seeded):
    versions = core_versions()
    gaps = [
        (a["valid_to"], b["valid_from"])
        for a, b in zip(versions, versions[1:], strict=False)
        if a["valid_to"] != b["valid_from"]
    ]
    assert gaps == []
    assert versions[-1]["valid_to"] == D("2019-03-23")
    assert all(v["area_km2"] > 0 for v in versions)


@pytest.mark.django_db
def test_a_version_begins_in_every_quarter(seeded):
    starts = {(v["valid_from"].year, (v["valid_from"].month - 1) // 3) for v in core_versions()}
    quarters = [(y, q) for y in range(2014, 2019) for q in range(4)] + [(2019, 0)]
    assert [q for q in quarters if q not in starts] == []


@pytest.mark.django_db
def test_a_version_begins_or_ends_at_every_dated_change(seeded):
    edges = {v["valid_from"] for v in core_versions()} | {v["valid_to"] for v in core_versions()}
    assert [d for d in CHRONOLOGY_CHANGES if d not in edges] == []


# The generator simplifies large shapes by about 200 m after clipping, so the outline may cross a
# border by a sliver; a real spill (a valley drawn into Turkey or Jordan) is hundreds of km².
SPILL_KM2 = 2.0


@pytest.mark.django_db
def test_core_stays_inside_syria_and_iraq(seeded):
    reference = settings.BASE_DIR / "fixtures" / "reference" / "countries-10m.geojson"
    features = json.loads(reference.read_text(encoding="utf-8"))["features"]
    outlines = [
        GEOSGeometry(json.dumps(f["geometry"]), srid=4326)
        for f in features
        if f["properties"]["iso_a2"] in ("SY", "IQ")
    ]
    syria_and_iraq = outlines[0].union(outlines[1])
    spill = (
        DatedPolygon.objects.filter(territory__slug="is-core")
        .annotate(outside=GeodesicAreaKm2(Difference("geometry", syria_and_iraq)))
        .filter(outside__gt=SPILL_KM2)
        .values_list("valid_from", "outside")
    )
    assert list(spill) == []
