"""The kept area series' pairs step through a space-time index (docs/scale.md, issue 13).

The recompute of migration 0011 finds, per version, the versions of its actor and status group
that overlap it in time and meet it in space (the only days on which a union replaces the sum of
areas). It asked the geometry-only GiST index, which returns the whole history of the place
(every version of a territory covers the same ground: ~500 at a million versions) and filtered
the time on the heap: O(versions x versions per place); the rebuild at a million did not end.

Here each published version is indexed as a box in three dimensions, x, y and day (PostGIS n-D
GiST over a line from its lower corner to its upper one), so that a probe returns the versions
near the place *and* alive at the same time: O(versions x log versions). The answers are the same
rows (only the candidates of the pairs step change); no backfill is needed.
"""

import importlib

from django.db import migrations

AREA_SERIES = importlib.import_module("mapapp.migrations.0011_issue13_area_series")

# A version as a box over (x, y, day): its bounding box, from its first day to its last one
# (valid_to is exclusive, so its last day is valid_to - 1; open-ended: 9999-12-31). Days are
# counted from 2000-01-01 so that they stay small integers, exact in the index's float4. A
# standard SQL body (RETURN), parsed here: pg_restore builds the index with an empty search_path,
# where a quoted body's ST_ functions would not be found; it is still inlined into queries.
SPACE_TIME = """
CREATE OR REPLACE FUNCTION mapapp_space_time(g geometry, valid_from date, valid_to date)
    RETURNS geometry LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ST_MakeLine(
    ST_MakePoint(ST_XMin(g), ST_YMin(g), valid_from - date '2000-01-01'),
    ST_MakePoint(ST_XMax(g), ST_YMax(g),
                 COALESCE(valid_to - 1, date '9999-12-31') - date '2000-01-01'));
"""

INDEX = """
CREATE INDEX mapapp_datedpolygon_space_time ON mapapp_datedpolygon
    USING gist (mapapp_space_time(geometry, valid_from, valid_to) gist_geometry_ops_nd)
    WHERE state = 'published';
"""

# The pairs step of 0011, as written there (replaced below; the check makes a mismatch loud).
PAIRS_BEFORE = """
    FROM v a JOIN mapapp_datedpolygon b ON b.actor_id = a.actor_id AND b.id <> a.id
         AND b.state = 'published' AND mapapp_is_held(b.status) = a.held
         AND mapapp_is_counted(b.status)
         AND b.validity && a.validity AND b.geometry && a.geometry
         AND ST_Intersects(b.geometry, a.geometry)
"""
# The same conditions, but the candidates come from the space-time index alone: the overlap of
# the boxes (`&&&`, exact in time, a bounding box in space) is the only condition the planner
# sees inside the fenced subquery (OFFSET 0), so it cannot pick the geometry-only index (which it
# estimates as selective and which returns the place's whole history) or the actor's.
PAIRS = """
    FROM v a CROSS JOIN LATERAL (
        SELECT * FROM mapapp_datedpolygon b
        WHERE mapapp_space_time(b.geometry, b.valid_from, b.valid_to)
              &&& mapapp_space_time(a.geometry, a.valid_from, a.valid_to)
          AND b.state = 'published'
        OFFSET 0
    ) AS b
    WHERE b.actor_id = a.actor_id AND b.id <> a.id
          AND mapapp_is_held(b.status) = a.held AND mapapp_is_counted(b.status)
          AND b.validity && a.validity AND ST_Intersects(b.geometry, a.geometry)
"""
assert AREA_SERIES.RECOMPUTE.count(PAIRS_BEFORE) == 1
RECOMPUTE = AREA_SERIES.RECOMPUTE.replace(PAIRS_BEFORE, PAIRS)

DROP = """
DROP INDEX IF EXISTS mapapp_datedpolygon_space_time;
DROP FUNCTION IF EXISTS mapapp_space_time(geometry, date, date);
"""


class Migration(migrations.Migration):
    dependencies = [("mapapp", "0012_issue12_seed_load")]

    operations = [
        migrations.RunSQL(
            SPACE_TIME + INDEX + RECOMPUTE + "ANALYZE mapapp_datedpolygon;",
            AREA_SERIES.RECOMPUTE + DROP,
        )
    ]
