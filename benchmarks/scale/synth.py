"""A synthetic DeepStateMap-like history, written through the app's own tables.

TERRITORIES territories over Syria and Iraq, each with one version valid on every day of five
years (so ~2,000 valid on any day), advancing and retreating at staggered dates: at 10k versions
each holds a year, at 1M about four days. Each version is a polygon of 21 to 201 vertices; the
actor and status change from version to version. Two layouts (LAYOUTS): "points", the default,
a buffered point (quad_segs 5 to 50) whose size changes from version to version, the territories
never touching; "touching", each territory its grid cell with wavy edges shared vertex for
vertex with its neighbours, the actors holding regions that drift. One INSERT … SELECT per
table, so the generated columns (validity, area, generalised geometry), the constraints (disjoint
versions, valid geometry) and the triggers (data version, change dates) all run as they do for
an editor.

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
SELECT tr.id, ac.id, {geometry},
       v.valid_from, v.valid_to, 'day', 'day',
       (%(statuses)s::text[])[1 + (p.t * 7 + v.n * 3) %% %(status_count)s],
       'assessed', '', 'published', '', now(), now()
FROM (
    SELECT t,
           (t - 1) %% %(columns)s AS i,
           (t - 1) / %(columns)s %% %(rows)s AS j,
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
{joins}
JOIN mapapp_actor ac ON ac.slug = {actor};
"""


# The layouts: what a territory's ground is and which actor holds a version.
# "points" (the default, the figures of docs/scale.md): a buffered point inside its own grid cell,
# its size changing from version to version, the actor by territory and version number. No two
# territories ever touch, so the kept series' pairs step finds no pairs.
POINTS = {
    "geometry": """ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(p.x, p.y), 4326),
                          p.radius * (0.75 + 0.25 * sin(v.n * 0.7 + p.t)), p.segments))""",
    "joins": "",
    "actor": "(%(actors)s::text[])[1 + ((p.t / 97) + v.n / 3) %% %(actor_count)s]",
}

# "touching": each territory is its grid cell, so the territories tile the area edge to edge, as
# front lines do. The cells' edges are wavy (a hump of up to WAVE of the cell across, one way or
# the other), with 5 to 50 segments each (21 to 201 vertices a cell), and every edge is computed
# once per edge from its own grid position: the two cells on either side of it have the very same
# vertices. The actor of a version is the region it lies in on its first day: the nearest of one
# centre per actor (in cells), each centre drifting over the years, so the actors hold large
# clusters of neighbouring cells (hundreds each) whose frontier cells change hands over time.
WAVE = 0.1
CENTRES = ((10, 10), (40, 8), (25, 22), (8, 32), (42, 33))
# In float8 throughout (a numeric step would round a corner differently on each side of it).
EDGE_POINT = """
    %(west)s::float8
    + (e.ei + CASE WHEN e.kind = 'h' THEN q.k::float8 / s.n ELSE 0 END) * %(cell_x)s::float8
    + CASE WHEN e.kind = 'v' THEN w.off ELSE 0 END * %(cell_x)s::float8,
    %(south)s::float8
    + (e.ej + CASE WHEN e.kind = 'v' THEN q.k::float8 / s.n ELSE 0 END) * %(cell_y)s::float8
    + CASE WHEN e.kind = 'h' THEN w.off ELSE 0 END * %(cell_y)s::float8"""
CELLS = f"""
JOIN (
    SELECT c.t, ST_Multi(ST_MakePolygon(ST_AddPoint(line, ST_StartPoint(line)))) AS geom
    FROM (
        SELECT c.t, ST_SetSRID(ST_MakeLine(ST_MakePoint({EDGE_POINT}) ORDER BY e.side, q.o),
                               4326) AS line
        FROM (SELECT t, (t - 1) %% %(columns)s AS i, (t - 1) / %(columns)s %% %(rows)s AS j
              FROM generate_series(1, %(territories)s) t) AS c
        -- Counter-clockwise from the lower-left corner: bottom, right, top, left; each side
        -- without its last vertex (the next side's first).
        CROSS JOIN LATERAL (VALUES (1, 'h', c.i, c.j, false), (2, 'v', c.i + 1, c.j, false),
                                   (3, 'h', c.i, c.j + 1, true), (4, 'v', c.i, c.j, true))
            AS e(side, kind, ei, ej, reversed)
        CROSS JOIN LATERAL (
            SELECT 5 + (e.ei * 31 + e.ej * 17 + CASE WHEN e.kind = 'v' THEN 13 ELSE 0 END)
                   %% 46 AS n) AS s
        CROSS JOIN LATERAL (
            SELECT o, CASE WHEN e.reversed THEN s.n - o ELSE o END AS k
            FROM generate_series(0, s.n - 1) o) AS q
        -- The hump is 0 at both ends exactly (sin(pi) is not), so corners are shared too.
        CROSS JOIN LATERAL (
            SELECT CASE WHEN q.k IN (0, s.n) THEN 0::float8
                        ELSE {WAVE} * sin(pi() * q.k / s.n)
                             * sin(e.ei * CASE WHEN e.kind = 'h' THEN 1.7 ELSE 2.9 END
                                   + e.ej * CASE WHEN e.kind = 'h' THEN 2.3 ELSE 1.1 END)
                   END AS off) AS w
        GROUP BY c.t
    ) AS c
) AS cell ON cell.t = p.t
CROSS JOIN LATERAL (
    SELECT a.s FROM unnest(%(actors)s::text[]) WITH ORDINALITY AS a(s, n)
    CROSS JOIN LATERAL (SELECT v.valid_from - %(start)s::date AS d) AS day
    ORDER BY (p.i + 0.5 - ((%(centre_x)s::float8[])[a.n] + 8 * sin(day.d / 160.0 + a.n * 1.3)))
             ^ 2
           + (p.j + 0.5 - ((%(centre_y)s::float8[])[a.n] + 6 * cos(day.d / 210.0 + a.n * 0.9)))
             ^ 2
    LIMIT 1
) AS region"""
TOUCHING = {"geometry": "cell.geom", "joins": CELLS, "actor": "region.s"}
LAYOUTS = {"points": POINTS, "touching": TOUCHING}


AREA_TRIGGER = "mapapp_datedpolygon_area_series_insert"


def area_backfill():
    """The migration's own rebuild of the whole kept series (one statement)."""
    return importlib.import_module("mapapp.migrations.0011_issue13_area_series").BACKFILL


def fill(cursor, versions, territories=TERRITORIES, layout="points"):
    """Write about `versions` versions (a multiple of `territories`) into the app's tables,
    the territories laid out as LAYOUTS[layout] says.

    Returns (versions written, {phase: seconds}).
    """
    per = max(1, versions // territories)
    span = max(1, (DAYS - 1) // per)
    phases = {}
    began = time.perf_counter()
    cursor.execute(f"ALTER TABLE mapapp_datedpolygon DISABLE TRIGGER {AREA_TRIGGER}")
    try:
        cursor.execute(
            SQL.format(**LAYOUTS[layout]),
            {
                "centre_x": [float(x) for x, _ in CENTRES],
                "centre_y": [float(y) for _, y in CENTRES],
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
