"""The area series precomputed per actor, held or presence ground, and country group (docs/scale.md).

/api/v1/stats/area computed the union of an actor's polygons on every change date per request:
132 s at a million versions. Here mapapp_areaseries keeps, per actor and status group (held
ground as mapapp.models.HELD_STATUSES says, or the rest: presence and claims), one row per day on
which a version of that group starts or ends: the area of the union on that day, everywhere and
inside Syria–Iraq (the clip of mapapp_areaclip, the reference outlines of mapapp.speech.regions).
The series for a change date is the latest row on or before it (between two rows the group's
versions do not change).

Statement-level triggers with transition tables, like the change dates (0007): a statement that
changes a published version's actor, status, state, dates or geometry recomputes, per actor and
group, the rows from the earliest start to the latest end it touched; an edit of notes recomputes
nothing, an edit of one version recomputes the days of its own interval.

A bulk load must not take a union per day: each row is a running sum of the areas of the versions
starting and ending (the generated column area_km2, the same geodesic area; the area inside the
clip computed once per version), and only on the days on which some versions of a group touch or
overlap is their union taken in place of their sum. A bulk load of 10k versions costs ~1 s.
"""

from django.db import migrations

# Which side of the held rule a version's status is on. The statuses are written into the
# function at migration time; tests/models/test_area_series.py checks they still equal
# HELD_STATUSES, so a change of the rule fails the suite until a migration re-creates it.
HELD_FUNCTION = """
CREATE OR REPLACE FUNCTION mapapp_is_held(status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT status = ANY(ARRAY[{statuses}]) $$;
"""

# Which statuses the series counts at all: held ground and the rest reported apart (presence,
# claims, PRESENCE_STATUSES); open desert held by no one (issue 16) is neither.
COUNTED_FUNCTION = """
CREATE OR REPLACE FUNCTION mapapp_is_counted(status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT status = ANY(ARRAY[{statuses}]) $$;
"""

# Per (actor, group), the touched interval [lo, hi] (hi NULL: open), merged over a statement.
RANGES = """
CREATE OR REPLACE FUNCTION mapapp_area_ranges(touched jsonb)
    RETURNS TABLE (actor_id int, held boolean, lo date, hi date)
    LANGUAGE sql IMMUTABLE AS $$
SELECT t.actor_id, t.held, min(t.lo), CASE WHEN bool_or(t.hi IS NULL) THEN NULL ELSE max(t.hi) END
FROM jsonb_to_recordset(touched) AS t(actor_id int, held boolean, lo date, hi date)
GROUP BY t.actor_id, t.held
$$;
"""

# The rows of each touched interval: on lo, on hi, and on every day inside on which a version of
# the group starts or ends. Rows outside stay right: the versions valid on those days did not
# change. Each row is a running sum of the areas of the versions starting and ending (each
# version's area inside the clip computed once), corrected on the days on which some versions of
# the group meet (touch or overlap): their union replaces the sum of their areas there.
RECOMPUTE = """
CREATE OR REPLACE FUNCTION mapapp_recompute_area_series(touched jsonb) RETURNS void
    -- Compiling the query costs more than an edit's whole recompute (0.8 s against 60 ms at
    -- 100k versions, measured): no JIT.
    LANGUAGE sql SET jit = off AS $$
DELETE FROM mapapp_areaseries s USING mapapp_area_ranges(touched) t
WHERE s.actor_id = t.actor_id AND s.held = t.held AND s.day >= t.lo
  AND (t.hi IS NULL OR s.day <= t.hi);
INSERT INTO mapapp_areaseries (actor_id, held, day, km2, core_km2)
WITH r AS MATERIALIZED (SELECT * FROM mapapp_area_ranges(touched)),
clip AS (SELECT geom FROM mapapp_areaclip WHERE name = 'core'),
v AS MATERIALIZED (
    -- Per range, its versions through the (validity, geometry) index: an edit reads a few
    -- hundred rows, not the archive; a bulk load reads them all.
    SELECT r.actor_id, r.held, r.lo, r.hi, p.id, p.geometry, p.validity, p.valid_from,
           p.valid_to, p.area_km2,
           CASE WHEN ST_Covers(clip.geom, p.geometry) THEN p.area_km2
                WHEN NOT ST_Intersects(clip.geom, p.geometry) THEN 0
                ELSE ST_Area(ST_Intersection(p.geometry, clip.geom)::geography) / 1000000.0
           END AS core_km2
    FROM r CROSS JOIN clip
    CROSS JOIN LATERAL (
        SELECT * FROM mapapp_datedpolygon q
        WHERE q.validity && daterange(r.lo, r.hi, '[]') AND q.actor_id = r.actor_id
          AND q.state = 'published' AND mapapp_is_held(q.status) = r.held
          AND mapapp_is_counted(q.status)
        OFFSET 0  -- kept apart, so that it runs per range with the range's own dates
    ) AS p
),
deltas AS (
    SELECT r.actor_id, r.held, r.lo AS day, 0::float8 AS km2, 0::float8 AS core_km2 FROM r
    UNION ALL
    SELECT r.actor_id, r.held, r.hi, 0, 0 FROM r WHERE r.hi IS NOT NULL
    UNION ALL
    SELECT actor_id, held, lo, area_km2, core_km2 FROM v WHERE validity @> lo
    UNION ALL
    SELECT actor_id, held, valid_from, area_km2, core_km2 FROM v
    WHERE valid_from > lo AND (hi IS NULL OR valid_from <= hi)
    UNION ALL
    SELECT actor_id, held, valid_to, -area_km2, -core_km2 FROM v
    WHERE valid_to > lo AND (hi IS NULL OR valid_to <= hi)
),
running AS (
    SELECT actor_id, held, day,
           sum(sum(km2)) OVER w AS km2, sum(sum(core_km2)) OVER w AS core_km2
    FROM deltas GROUP BY actor_id, held, day
    WINDOW w AS (PARTITION BY actor_id, held ORDER BY day)
),
pairs AS MATERIALIZED (
    SELECT a.actor_id, a.held, a.id, a.validity * b.validity AS together
    FROM v a JOIN mapapp_datedpolygon b ON b.actor_id = a.actor_id AND b.id <> a.id
         AND b.state = 'published' AND mapapp_is_held(b.status) = a.held
         AND mapapp_is_counted(b.status)
         AND b.validity && a.validity AND b.geometry && a.geometry
         AND ST_Intersects(b.geometry, a.geometry)
),
meeting AS (
    SELECT x.actor_id, x.held, x.day, ST_Union(v.geometry) AS g,
           sum(v.area_km2) AS km2, sum(v.core_km2) AS core_km2
    FROM (SELECT DISTINCT running.actor_id, running.held, running.day, pairs.id
          FROM running JOIN pairs ON pairs.actor_id = running.actor_id
               AND pairs.held = running.held AND pairs.together @> running.day) AS x
    JOIN v ON v.id = x.id AND v.actor_id = x.actor_id AND v.held = x.held
    GROUP BY x.actor_id, x.held, x.day
)
SELECT running.actor_id, running.held, running.day,
       greatest(running.km2 - COALESCE(m.km2, 0)
                + COALESCE(ST_Area(m.g::geography) / 1000000.0, 0), 0),
       greatest(running.core_km2 - COALESCE(m.core_km2, 0)
                + COALESCE(ST_Area(ST_Intersection(m.g, clip.geom)::geography) / 1000000.0, 0), 0)
FROM running CROSS JOIN clip
LEFT JOIN meeting m USING (actor_id, held, day)
ORDER BY running.actor_id, running.held, running.day;
$$;
"""

# The touched (actor, group, interval) of a statement's published rows, as jsonb.
TOUCHED = (
    "SELECT jsonb_agg(jsonb_build_object('actor_id', actor_id, 'held', mapapp_is_held(status), "
    "'lo', valid_from, 'hi', valid_to)) FROM ({rows}) AS r WHERE state = 'published'"
)
# An update touches the rows whose drawn ground changed, before and after.
CHANGED = """
    SELECT o.* FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.actor_id, o.status, o.state, o.valid_from, o.valid_to, o.geometry)
          IS DISTINCT FROM (n.actor_id, n.status, n.state, n.valid_from, n.valid_to, n.geometry)
    UNION ALL
    SELECT n.* FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.actor_id, o.status, o.state, o.valid_from, o.valid_to, o.geometry)
          IS DISTINCT FROM (n.actor_id, n.status, n.state, n.valid_from, n.valid_to, n.geometry)
"""

TRIGGER = f"""
CREATE OR REPLACE FUNCTION mapapp_keep_area_series() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    touched jsonb;
BEGIN
    IF TG_OP = 'INSERT' THEN
        touched := ({TOUCHED.format(rows="SELECT * FROM new_rows")});
    ELSIF TG_OP = 'DELETE' THEN
        touched := ({TOUCHED.format(rows="SELECT * FROM old_rows")});
    ELSIF TG_OP = 'UPDATE' THEN
        touched := ({TOUCHED.format(rows=CHANGED)});
    ELSE
        DELETE FROM mapapp_areaseries;
        RETURN NULL;
    END IF;
    IF touched IS NOT NULL THEN
        PERFORM mapapp_recompute_area_series(touched);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER mapapp_datedpolygon_area_series_insert AFTER INSERT ON mapapp_datedpolygon
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mapapp_keep_area_series();
CREATE TRIGGER mapapp_datedpolygon_area_series_update AFTER UPDATE ON mapapp_datedpolygon
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mapapp_keep_area_series();
CREATE TRIGGER mapapp_datedpolygon_area_series_delete AFTER DELETE ON mapapp_datedpolygon
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mapapp_keep_area_series();
CREATE TRIGGER mapapp_datedpolygon_area_series_truncate AFTER TRUNCATE ON mapapp_datedpolygon
    FOR EACH STATEMENT EXECUTE FUNCTION mapapp_keep_area_series();
"""

TABLES = """
CREATE TABLE mapapp_areaclip (name text PRIMARY KEY, geom geometry(Geometry, 4326) NOT NULL);
CREATE TABLE mapapp_areaseries (
    actor_id int NOT NULL,
    held boolean NOT NULL,
    day date NOT NULL,
    km2 float8 NOT NULL,
    core_km2 float8 NOT NULL,
    PRIMARY KEY (actor_id, held, day)
);
"""

BACKFILL = """
SELECT mapapp_recompute_area_series(jsonb_agg(jsonb_build_object(
    'actor_id', actor_id, 'held', mapapp_is_held(status), 'lo', valid_from, 'hi', valid_to)))
FROM mapapp_datedpolygon WHERE state = 'published' HAVING count(*) > 0;
"""

DROP = """
DROP TRIGGER IF EXISTS mapapp_datedpolygon_area_series_insert ON mapapp_datedpolygon;
DROP TRIGGER IF EXISTS mapapp_datedpolygon_area_series_update ON mapapp_datedpolygon;
DROP TRIGGER IF EXISTS mapapp_datedpolygon_area_series_delete ON mapapp_datedpolygon;
DROP TRIGGER IF EXISTS mapapp_datedpolygon_area_series_truncate ON mapapp_datedpolygon;
DROP FUNCTION IF EXISTS mapapp_keep_area_series();
DROP FUNCTION IF EXISTS mapapp_recompute_area_series(jsonb);
DROP FUNCTION IF EXISTS mapapp_area_ranges(jsonb);
DROP FUNCTION IF EXISTS mapapp_is_held(text);
DROP FUNCTION IF EXISTS mapapp_is_counted(text);
DROP TABLE IF EXISTS mapapp_areaseries;
DROP TABLE IF EXISTS mapapp_areaclip;
"""


def create(apps, schema_editor):
    # The rule and the outlines are read from their one place when the migration runs.
    from mapapp.models import HELD_STATUSES
    from mapapp.speech import PRESENCE_STATUSES
    from mapapp.speech.regions import core_wkt

    statuses = ", ".join(f"'{status}'" for status in HELD_STATUSES)
    counted = ", ".join(f"'{status}'" for status in (*HELD_STATUSES, *PRESENCE_STATUSES))
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(TABLES)
        cursor.execute(
            "INSERT INTO mapapp_areaclip (name, geom) VALUES ('core', ST_GeomFromText(%s, 4326))",
            [core_wkt()],
        )
        cursor.execute(HELD_FUNCTION.format(statuses=statuses))
        cursor.execute(COUNTED_FUNCTION.format(statuses=counted))
        cursor.execute(RANGES + RECOMPUTE + TRIGGER)
        cursor.execute(BACKFILL)


def drop(apps, schema_editor):
    schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("mapapp", "0010_issue16_actor_lineage")]

    operations = [migrations.RunPython(create, drop)]
