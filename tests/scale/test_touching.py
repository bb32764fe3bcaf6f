"""Territories that tile the ground: the kept area series sums neighbours that share a border.

The scale benchmark's touching layout (benchmarks/scale/synth.py: each territory its grid cell,
with wavy edges whose vertices both neighbours share; actors holding regions of hundreds of
cells) at a small size: the kept series equals the series computed from the versions (a union
per date), and the recompute pairs no neighbours that only touch, so that it takes no union of
an actor's whole front per day (migration 0014, docs/scale.md).
"""

import random

import pytest
from django.db import connection

from benchmarks.scale import measure, synth
from mapapp import geoqueries
from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = pytest.mark.django_db
TERRITORIES = 600  # 50 x 12 cells


def pairs(where="", params=()):
    with connection.cursor() as cursor:
        cursor.execute(measure.pairs_step(where), params)
        return cursor.fetchone()[0]


@pytest.fixture
def tiled(db):
    with connection.cursor() as cursor:
        synth.fill(cursor, 2 * TERRITORIES, territories=TERRITORIES, layout="touching")


def test_the_cells_tile_the_ground_and_actors_hold_regions(tiled):
    with connection.cursor() as cursor:
        # Neighbours share whole edges: their union has the sum of their areas, one part.
        cursor.execute(
            "SELECT ST_NumGeometries(ST_Union(geometry)), "
            "abs(ST_Area(ST_Union(geometry)) - sum(ST_Area(geometry))) / sum(ST_Area(geometry)), "
            "min(ST_NPoints(geometry)), max(ST_NPoints(geometry)) "
            "FROM mapapp_datedpolygon WHERE validity @> %s::date",
            [synth.START],
        )
        parts, gap, fewest, most = cursor.fetchone()
        # Most neighbours of a cell on a day are its actor's.
        cursor.execute(
            "SELECT avg((a.actor_id = b.actor_id)::int) FROM mapapp_datedpolygon a "
            "JOIN mapapp_datedpolygon b ON a.id < b.id AND a.validity && b.validity "
            "AND ST_Touches(a.geometry, b.geometry) "
            "WHERE a.validity @> %s::date AND b.validity @> %s::date",
            [synth.START, synth.START],
        )
        same = cursor.fetchone()[0]
    assert parts == 1 and gap < 1e-9, (parts, gap)
    assert fewest >= 20 and most <= 201, (fewest, most)
    assert same > 0.7, same


def test_neighbours_that_only_touch_are_not_paired(tiled):
    assert pairs() == 0


def test_the_kept_series_of_touching_regions_is_the_computed_one(tiled):
    sample = sorted(random.Random(3).sample(geoqueries.change_dates(), 5))
    wanted = {day.isoformat() for day in sample}
    holding = set()
    for (actor, statuses, countries), kept, computed in measure.kept_and_computed(sample):
        assert computed.keys() == kept.keys() == wanted
        for day, km2 in computed.items():
            # Sums of areas against a union's: the same ground, measured apart. Inside
            # Syria–Iraq each cell is clipped on its own, and the outline's edges, cut at
            # the cells' borders, are geodesics between other points (~1e-5 of the area).
            tolerance = max(0.02, 1e-4 * km2)
            assert abs(kept[day] - km2) <= tolerance, (actor, statuses, countries, day)
        if any(computed.values()):
            holding.add(actor)
    assert len(holding) >= 3, holding


def test_ground_that_overlaps_is_paired_and_ground_that_touches_is_not():
    actor = make_actor("islamic-state")
    make_polygon(make_territory(), actor, synth.START, None, box(40, 34, 41, 35))
    make_polygon(make_territory(), actor, synth.START, None, box(41, 34, 42, 35))
    assert pairs() == 0
    # A pocket over the border overlaps both: it is paired with each, each with it.
    make_polygon(make_territory(), actor, synth.START, None, box(40.8, 34.4, 41.2, 34.6))
    assert pairs() == 4
