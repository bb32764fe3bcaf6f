"""A synthetic DeepStateMap-like history, written through the app's own tables.

TERRITORIES territories over Syria and Iraq, each with one version valid on every day of five
years (so ~2,000 valid on any day), advancing and retreating at staggered dates: at 10k versions
each holds a year, at 1M about four days. Each version is a polygon of 21 to 201 vertices
(a buffered point, quad_segs 5 to 50) whose size changes from version to version; the actor and
status change too. One INSERT … SELECT per table, so the generated columns (validity, area,
generalised geometry), the constraints (disjoint versions, valid geometry) and the triggers
(data version, change dates) all run as they do for an editor.

The kept area series (migration 0011) is the one exception, on purpose: its INSERT trigger is
disabled for the load and the migration's own function then rebuilds the whole series in one
statement (its backfill), after ANALYZE. Run inside the INSERT the same function plans without
statistics on the fresh rows (6.5 s against 0.9 s at 10k versions, measured); a bulk importer
would do the same. The phases' times are returned so that the benchmark prints them.
"""

import importlib
import time
from datetime import date

START = date(2014, 1, 1)
DAYS = 5 * 365 + 1
TERRITORIES = 2_000
# Syria and Iraq, roughly: a 50 x 40 grid of territory centres.
WEST, SOUTH, EAST, NORTH = 36.0, 30.0, 48.0, 37.5
COLUMNS, ROWS = 50, 40
ACTORS = ("islamic-state", "syrian-government", "sdf", "iraq", "rebels")
STATUSES = ("controlled", "controlled", "controlled", "contested", "besieged", "presence")

SQL = """
INSERT INTO mapapp_actor (slug, name, color, description)
SELECT s, initcap(replace(s, '-', ' ')), '#' || lpad(to_hex((n * 2654435) %% 16777215), 6, '0'), ''
FROM unnest(%(actors)s::text[]) WITH ORDINALITY AS a(s, n)
ON CONFLICT (slug) DO NOTHING;

INSERT INTO mapapp_territory (slug, name, description)
SELECT 'synthetic-' || t, 'Synthetic ' || t, '' FROM generate_series(1, %(territories)s) t;

INSERT INTO mapapp_datedpolygon (
    territory_id, actor_id, geometry, valid_from, valid_to, valid_from_precision,
    valid_to_precision, status, confidence, claimed_by, state, notes, created_at, updated_at)
SELECT tr.id, ac.id,
       ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(p.x, p.y), 4326),
                          p.radius * (0.75 + 0.25 * sin(v.n * 0.7 + p.t)), p.segments)),
       v.valid_from, v.valid_to, 'day', 'day',
       (%(statuses)s::text[])[1 + (p.t * 7 + v.n * 3) %% %(status_count)s],
       'assessed', '', 'published', '', now(), now()
FROM (
    SELECT t,
           %(west)s + ((t - 1) %% %(columns)s + 0.5) * %(cell_x)s AS x,
           %(south)s + ((t - 1) / %(columns)s %% %(rows)s + 0.5) * %(cell_y)s AS y,
           0.45 * least(%(cell_x)s, %(cell_y)s) AS radius,
           5 + (t * 37) %% 46 AS segments,
           1 + (t * 7919) %% %(span)s AS offset_days
    FROM generate_series(1, %(territories)s) t
) AS p
JOIN mapapp_territory tr ON tr.slug = 'synthetic-' || p.t
CROSS JOIN LATERAL (
    -- Version n runs from its start to the next one's; the first starts on START, the last
    -- stays valid (valid_to empty).
    SELECT n,
           CASE WHEN n = 0 THEN %(start)s::date
                ELSE %(start)s::date + p.offset_days + (n - 1) * %(span)s END AS valid_from,
           CASE WHEN n = %(per)s - 1 THEN NULL
                ELSE %(start)s::date + p.offset_days + n * %(span)s END AS valid_to
    FROM generate_series(0, %(per)s - 1) n
) AS v
JOIN mapapp_actor ac
  ON ac.slug = (%(actors)s::text[])[1 + ((p.t / 97) + v.n / 3) %% %(actor_count)s];
"""


AREA_TRIGGER = "mapapp_datedpolygon_area_series_insert"


def area_backfill():
    """The migration's own rebuild of the whole kept series (one statement)."""
    return importlib.import_module("mapapp.migrations.0011_issue13_area_series").BACKFILL


def fill(cursor, versions, territories=TERRITORIES):
    """Write about `versions` versions (a multiple of `territories`) into the app's tables.

    Returns (versions written, {phase: seconds}).
    """
    per = max(1, versions // territories)
    span = max(1, (DAYS - 1) // per)
    phases = {}
    began = time.perf_counter()
    cursor.execute(f"ALTER TABLE mapapp_datedpolygon DISABLE TRIGGER {AREA_TRIGGER}")
    try:
        cursor.execute(
            SQL,
            {
                "actors": list(ACTORS),
                "actor_count": len(ACTORS),
                "statuses": list(STATUSES),
                "status_count": len(STATUSES),
                "territories": territories,
                "per": per,
                "span": span,
                "start": START,
                "west": WEST,
                "south": SOUTH,
                "columns": COLUMNS,
                "rows": ROWS,
                "cell_x": (EAST - WEST) / COLUMNS,
                "cell_y": (NORTH - SOUTH) / ROWS,
            },
        )
        # Inside a transaction (the tests'), the deferred foreign keys are checked now: a table
        # with pending trigger events cannot be altered.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    finally:
        cursor.execute(f"ALTER TABLE mapapp_datedpolygon ENABLE TRIGGER {AREA_TRIGGER}")
    phases["build: INSERT (generated columns, constraints, triggers)"] = lap(began)
    began = time.perf_counter()
    cursor.execute("ANALYZE")
    phases["build: ANALYZE"] = lap(began)
    began = time.perf_counter()
    cursor.execute(area_backfill())
    phases["build: kept area series, one rebuild"] = lap(began)
    return per * territories, phases


def lap(began):
    return time.perf_counter() - began
