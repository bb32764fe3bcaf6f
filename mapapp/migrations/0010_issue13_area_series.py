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

The area of a union is exact and costly; a polygon that meets no other polygon of its group on
that day adds its own area (the generated column area_km2, the same geodesic area), so only the
polygons that touch or overlap others are unioned.
"""

from django.db import migrations

# Which side of the held rule a version's status is on. The statuses are written into the
# function at migration time; tests/models/test_area_series.py checks they still equal
# HELD_STATUSES, so a change of the rule fails the suite until a migration re-creates it.
HELD_FUNCTION = """
CREATE OR REPLACE FUNCTION mapapp_is_held(status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT status = ANY(ARRAY[{statuses}]) $$;
"""

# The area of a group's union on a day, everywhere and inside the clip.
AREA_ON = """
CREATE OR REPLACE FUNCTION mapapp_area_on(actor int, held boolean, day date,
                                          OUT km2 float8, OUT core_km2 float8)
    LANGUAGE sql STABLE AS $$
WITH valid AS (
    SELECT p.geometry, p.area_km2,
           EXISTS (SELECT 1 FROM mapapp_datedpolygon q
                   WHERE q.validity @> day AND q.geometry && p.geometry AND q.id <> p.id
                     AND q.actor_id = actor AND q.state = 'published'
                     AND mapapp_is_held(q.status) = held
                     AND ST_Intersects(q.geometry, p.geometry)) AS meets
    FROM mapapp_datedpolygon p
    WHERE p.validity @> day AND p.actor_id = actor AND p.state = 'published'
      AND mapapp_is_held(p.status) = held
),
clip AS (SELECT geom FROM mapapp_areaclip WHERE name = 'core'),
alone AS (
    SELECT sum(v.area_km2) AS km2,
           sum(CASE WHEN ST_CoveredBy(v.geometry, clip.geom) THEN v.area_km2
                    ELSE ST_Area(ST_Intersection(v.geometry, clip.geom)::geography) / 1000000.0
               END) AS core_km2
    FROM valid v, clip WHERE NOT v.meets
),
joined AS (SELECT ST_Union(geometry) AS g FROM valid WHERE meets)
SELECT COALESCE(alone.km2, 0) + COALESCE(ST_Area(joined.g::geography) / 1000000.0, 0),
       COALESCE(alone.core_km2, 0)
       + COALESCE(ST_Area(ST_Intersection(joined.g, clip.geom)::geography) / 1000000.0, 0)
FROM alone, joined, clip
$$;
"""

# Recompute, per (actor, group), the rows of every day from `lo` to `hi` (NULL: open) on which a
# version of the group starts or ends, and the two ends themselves. Rows outside stay right: the
# versions valid on those days did not change.
RECOMPUTE = """
CREATE OR REPLACE FUNCTION mapapp_area_ranges(touched jsonb)
    RETURNS TABLE (actor_id int, held boolean, lo date, hi date)
    LANGUAGE sql IMMUTABLE AS $$
SELECT t.actor_id, t.held, min(t.lo), CASE WHEN bool_or(t.hi IS NULL) THEN NULL ELSE max(t.hi) END
FROM jsonb_to_recordset(touched) AS t(actor_id int, held boolean, lo date, hi date)
GROUP BY t.actor_id, t.held
$$;
CREATE OR REPLACE FUNCTION mapapp_recompute_area_series(touched jsonb) RETURNS void
    LANGUAGE sql AS $$
DELETE FROM mapapp_areaseries s USING mapapp_area_ranges(touched) t
WHERE s.actor_id = t.actor_id AND s.held = t.held AND s.day >= t.lo
  AND (t.hi IS NULL OR s.day <= t.hi);
INSERT INTO mapapp_areaseries (actor_id, held, day, km2, core_km2)
SELECT d.actor_id, d.held, d.day, a.km2, a.core_km2
FROM (
    SELECT t.actor_id, t.held, t.lo AS day FROM mapapp_area_ranges(touched) t
    UNION SELECT t.actor_id, t.held, t.hi FROM mapapp_area_ranges(touched) t WHERE t.hi IS NOT NULL
    UNION SELECT t.actor_id, t.held, e.day
    FROM mapapp_area_ranges(touched) t
    JOIN mapapp_datedpolygon p ON p.actor_id = t.actor_id AND p.state = 'published'
         AND mapapp_is_held(p.status) = t.held
    CROSS JOIN LATERAL (VALUES (p.valid_from), (p.valid_to)) AS e(day)
    WHERE e.day > t.lo AND (t.hi IS NULL OR e.day < t.hi)
) AS d
CROSS JOIN LATERAL mapapp_area_on(d.actor_id, d.held, d.day) AS a
ORDER BY d.actor_id, d.held, d.day;
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
DROP FUNCTION IF EXISTS mapapp_area_on(int, boolean, date);
DROP FUNCTION IF EXISTS mapapp_is_held(text);
DROP TABLE IF EXISTS mapapp_areaseries;
DROP TABLE IF EXISTS mapapp_areaclip;
"""


def create(apps, schema_editor):
    # The rule and the outlines are read from their one place when the migration runs.
    from mapapp.models import HELD_STATUSES
    from mapapp.speech.regions import core_wkt

    statuses = ", ".join(f"'{status}'" for status in HELD_STATUSES)
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(TABLES)
        cursor.execute(
            "INSERT INTO mapapp_areaclip (name, geom) VALUES ('core', ST_GeomFromText(%s, 4326))",
            [core_wkt()],
        )
        cursor.execute(HELD_FUNCTION.format(statuses=statuses))
        cursor.execute(AREA_ON + RECOMPUTE + TRIGGER)
        cursor.execute(BACKFILL)


def drop(apps, schema_editor):
    schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("mapapp", "0009_issue10_default_date")]

    operations = [migrations.RunPython(create, drop)]
