"""Measuring ground: area of an actor over time, and ground gained and lost between two dates.

Both are computed in PostGIS on the union of an actor's published polygons, because versions of
different territories of one actor may overlap (a besieged pocket inside a controlled area) and
summing their areas would count that ground twice. Areas are geodesic (WGS84 spheroid), in km².
"""

from django.db import connection

from mapapp.geoqueries import PUBLISHED_SQL
from mapapp.speech.regions import union_wkt

# Differences of two unions leave hairline slivers along shared borders; below this they are
# drawing noise, not ground that changed hands (0.01 km² is a hundred metres square).
SLIVER_KM2 = 0.01

CHANGE_DATES_SQL = """
    SELECT valid_from AS d FROM mapapp_datedpolygon WHERE state = 'published'
    UNION
    SELECT valid_to FROM mapapp_datedpolygon WHERE state = 'published' AND valid_to IS NOT NULL
"""

AREA_SERIES_SQL = f"""
SELECT COALESCE(json_agg(json_build_object('date', dates.d,
                                           'area_km2', round(COALESCE(held.km2, 0)::numeric, 2))
                         ORDER BY dates.d), '[]'::json)::text
FROM ({CHANGE_DATES_SQL}) AS dates
LEFT JOIN LATERAL (
    SELECT ST_Area({{clip}}::geography) / 1000000.0 AS km2
    FROM mapapp_datedpolygon p JOIN mapapp_actor a ON a.id = p.actor_id
    WHERE {PUBLISHED_SQL} AND p.validity @> dates.d AND a.slug = %(actor)s {{status}}
) AS held ON true
"""

# Per actor: the union on each date, then each difference as one feature. A side missing
# entirely (the actor held nothing on that date) makes the other side wholly gained or lost.
HELD_ON_SQL = f"""
    SELECT p.actor_id, ST_Union(p.geometry) AS g
    FROM mapapp_datedpolygon p JOIN mapapp_actor a ON a.id = p.actor_id
    WHERE {PUBLISHED_SQL} AND p.validity @> %({{day}})s::date AND {{actor}} {{status}}
    GROUP BY p.actor_id
"""

DIFF_SQL = """
WITH before AS ({before}), after AS ({after}),
changes AS (
    SELECT a.slug, a.name, a.color, c.change, c.g
    FROM mapapp_actor a
    LEFT JOIN before b ON b.actor_id = a.id
    LEFT JOIN after f ON f.actor_id = a.id
    CROSS JOIN LATERAL (VALUES
        ('gained', CASE WHEN b.g IS NULL THEN f.g ELSE ST_Difference(f.g, b.g) END),
        ('lost', CASE WHEN f.g IS NULL THEN b.g ELSE ST_Difference(b.g, f.g) END)
    ) AS c(change, g)
    WHERE b.g IS NOT NULL OR f.g IS NOT NULL
),
measured AS (
    SELECT slug, name, color, change,
           ST_Multi(ST_CollectionExtract(g, 3)) AS g,
           ST_Area(g::geography) / 1000000.0 AS km2
    FROM changes WHERE g IS NOT NULL AND NOT ST_IsEmpty(g)
)
SELECT json_build_object('type', 'FeatureCollection', 'features',
    COALESCE(json_agg(json_build_object(
        'type', 'Feature',
        'geometry', ST_AsGeoJSON(g, 5)::json,
        'properties', json_build_object(
            'change', change, 'actor', slug, 'actor_name', name, 'color', color,
            'from', %(from)s::date, 'to', %(to)s::date,
            'area_km2', round(km2::numeric, 2)))
        ORDER BY slug, change), '[]'::json))::text
FROM measured WHERE km2 >= {sliver}
"""


def area_series(actor, status=None, countries=None):
    """JSON text: [{"date", "area_km2"}] for every change date, the actor's ground on that day.

    `status`, when given, is a list of statuses to count; `countries`, ISO codes whose
    reference outlines (fixtures/reference/countries-10m.geojson) clip the ground.
    """
    clip = "ST_Union(p.geometry)"
    if countries:
        clip = "ST_Intersection(ST_Union(p.geometry), ST_GeomFromText(%(clip)s, 4326))"
    sql = AREA_SERIES_SQL.format(
        status="AND p.status = ANY(%(status)s)" if status else "", clip=clip
    )
    params = {"actor": actor, "status": status}
    if countries:
        params["clip"] = union_wkt(tuple(countries))
    return _fetch_text(sql, params)


def diff_collection(start, end, actor=None, status=None):
    """GeoJSON text of the ground each actor (or the one given) gained and lost, start to end."""
    actor_sql = "a.slug = %(actor)s" if actor else "true"
    status_sql = "AND p.status = ANY(%(status)s)" if status else ""
    held = {
        side: HELD_ON_SQL.format(day=side, actor=actor_sql, status=status_sql)
        for side in ("from", "to")
    }
    sql = DIFF_SQL.format(before=held["from"], after=held["to"], sliver=SLIVER_KM2)
    return _fetch_text(sql, {"from": start, "to": end, "actor": actor, "status": status})


def _fetch_text(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]
