"""Every side's ground (issue 16): on every day of 2014–2019 Syria and Iraq are covered, by some
actor's held ground or by open desert drawn as held by no one, and no two actors' ground overlaps.

Checked in PostGIS on the loaded seed, on every day the map can show a change (the change-date
table) and on the first day of every quarter. Tolerances: 1 % of a country may stay uncovered
(slivers under 1 km² between two hand-drawn lines are dropped when the government's ground is
derived), and two actors may share under 1 km² (the 1 m coordinate grid and rounding).
"""

import json
from datetime import date
from functools import cache
from math import cos, radians
from pathlib import Path

import pytest
from django.contrib.gis.db.models import Union
from django.contrib.gis.geos import GEOSGeometry

from mapapp.ground.derive import WINDOW
from mapapp.models import COVERING_STATUSES, HELD_STATUSES, Actor, ChangeDate, DatedPolygon

pytestmark = pytest.mark.django_db

COUNTRIES = Path(__file__).resolve().parents[2] / "fixtures" / "reference" / "countries-10m.geojson"
UNCOVERED_SHARE = 0.01
OVERLAP_KM2 = 1.0
KEY_DAYS = [date(2014, 8, 24), date(2016, 1, 1), date(2017, 7, 10), date(2019, 3, 10)]
QUARTERS = [date(y, m, 1) for y in range(2014, 2020) for m in (1, 4, 7, 10)]


@cache
def country(code):
    for feature in json.loads(COUNTRIES.read_text("utf-8"))["features"]:
        if feature["properties"]["iso_a2"] == code:
            return GEOSGeometry(json.dumps(feature["geometry"]), srid=4326)
    raise LookupError(code)


def km2(geometry):
    """Area in km² of a lon/lat geometry near Syria and Iraq (good to a few % there)."""
    return geometry.area * 111.32**2 * cos(radians(geometry.centroid.y))


def ground(day, code, statuses):
    """{actor slug: union of its ground of `statuses` in the country on `day`}."""
    land = country(code)
    rows = (
        DatedPolygon.objects.published()
        .valid_on(day)
        .with_status(statuses)
        .filter(geometry__intersects=land)
        .values("actor__slug")
        .annotate(union=Union("geometry"))
    )
    return {row["actor__slug"]: row["union"].intersection(land) for row in rows}


def days_to_check():
    changes = ChangeDate.objects.filter(day__gte=WINDOW[0], day__lt=WINDOW[1])
    return sorted({*changes.values_list("day", flat=True), *QUARTERS, *KEY_DAYS})


def uncovered_share(day, code):
    parts = list(ground(day, code, COVERING_STATUSES).values())
    covered = parts[0]
    for part in parts[1:]:
        covered = covered.union(part)
    land = country(code)
    return land.difference(covered).area / land.area


def overlaps(day, code):
    held = sorted(ground(day, code, COVERING_STATUSES).items())
    found = []
    for i, (a, ga) in enumerate(held):
        for b, gb in held[i + 1 :]:
            if ga.intersects(gb):
                shared = km2(ga.intersection(gb))
                if shared >= OVERLAP_KM2:
                    found.append(f"{day} {code}: {a} and {b} share {shared:,.1f} km²")
    return found


@pytest.mark.parametrize("code", ["SY", "IQ"])
def test_every_day_every_part_of_the_country_is_someones_or_no_ones(seeded, code):
    gaps = []
    for day in days_to_check():
        share = uncovered_share(day, code)
        if share > UNCOVERED_SHARE:
            gaps.append(f"{day}: {share:.1%} of {code} is blank")
    assert gaps == []


@pytest.mark.parametrize("code", ["SY", "IQ"])
def test_no_two_actors_ground_overlaps_on_any_day(seeded, code):
    found = []
    for day in days_to_check():
        found.extend(overlaps(day, code))
    assert found == []


@pytest.mark.parametrize("day", KEY_DAYS, ids=str)
def test_on_the_story_key_days_both_governments_and_their_opponents_hold_ground(seeded, day):
    for code, government in (("SY", "syrian-government"), ("IQ", "iraqi-government")):
        held = ground(day, code, HELD_STATUSES)
        assert km2(held[government]) > 10_000, f"{government} on {day}"
        assert len(held) >= 3, f"{code} on {day}: only {sorted(held)}"


def test_the_sdf_takes_over_the_ypg_on_its_founding_day(seeded):
    ypg = Actor.objects.get(slug="ypg")
    assert (ypg.successor.slug, ypg.succeeded_on) == ("sdf", date(2015, 10, 10))
    rows = DatedPolygon.objects.published()
    assert not rows.filter(actor__slug="sdf", valid_from__lt=ypg.succeeded_on).exists()
    assert not rows.filter(actor__slug="ypg", valid_from__gte=ypg.succeeded_on).exists()
