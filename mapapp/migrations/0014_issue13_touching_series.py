"""The kept area series' pairs: ground that overlaps, not borders shared (docs/scale.md, issue 13).

Migration 0011's recompute corrects its running sum of areas on the days on which versions of a
group meet: the union of those versions that day replaces the sum of their areas. "Meet" was
`ST_Intersects`, which is true of neighbours that only share a border. Territories that tile the
ground (front lines: neighbours of one actor sharing their borders) all meet, so every change
day took the union of an actor's whole front, hundreds of polygons: a rebuild of 10k such
versions had not ended after 10 minutes, against under a second when they never touch
(`python -m benchmarks.scale --layouts points,touching`).

A shared border has no area: the union of versions that only touch measures the sum of their
areas. So a pair is now two versions whose interiors overlap (they intersect and do not merely
touch); versions that touch are summed like any other. Telling the two apart costs a full
relate per neighbour (~60 us, against ~9 us for the prepared `ST_Intersects`), so each pair is
tested once, from its version of higher id, and gives both its versions. The higher one is always
among the recomputed versions when the pair matters: their shared days lie inside its validity,
and the recompute reads every version valid on a day of its range. The rows are the same ground;
no rebuild.
"""

import importlib

from django.db import migrations

SWEEP = importlib.import_module("mapapp.migrations.0013_issue13_series_sweep")

# 0013's pairs step (the check makes a mismatch loud).
PAIRS_BEFORE = """
    SELECT a.actor_id, a.held, a.id, a.validity * b.validity AS together
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
PAIRS = """
    SELECT a.actor_id, a.held, side.id, a.validity * b.validity AS together
    FROM v a CROSS JOIN LATERAL (
        SELECT * FROM mapapp_datedpolygon b
        WHERE mapapp_space_time(b.geometry, b.valid_from, b.valid_to)
              &&& mapapp_space_time(a.geometry, a.valid_from, a.valid_to)
          AND b.state = 'published'
        OFFSET 0
    ) AS b
    CROSS JOIN LATERAL (VALUES (a.id), (b.id)) AS side (id)
    WHERE b.actor_id = a.actor_id AND b.id < a.id
          AND mapapp_is_held(b.status) = a.held AND mapapp_is_counted(b.status)
          AND b.validity && a.validity AND ST_Intersects(b.geometry, a.geometry)
          AND NOT ST_Touches(b.geometry, a.geometry)
"""
assert SWEEP.RECOMPUTE.count(PAIRS_BEFORE) == 1
RECOMPUTE = SWEEP.RECOMPUTE.replace(PAIRS_BEFORE, PAIRS)


class Migration(migrations.Migration):
    dependencies = [("mapapp", "0013_issue13_series_sweep")]

    operations = [migrations.RunSQL(RECOMPUTE, SWEEP.RECOMPUTE)]
