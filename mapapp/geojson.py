"""The one place that builds GeoJSON: PostGIS writes it, Python passes the text through.

A per-feature Python serializer is about 25x slower on 2,000 polygons (ARCHITECTURE.md), so the
whole FeatureCollection is assembled by json_build_object/json_agg in one query.
"""

from django.db import connection

from mapapp.geoqueries import PUBLISHED_SQL, VALID_ON_SQL

# Below this zoom the pre-generalised geometry is indistinguishable on screen and much smaller.
GENERALISED_BELOW_ZOOM = 7

SOURCES_JSON = """
    (SELECT COALESCE(json_agg(json_build_object(
                'title', s.title, 'publisher', s.publisher, 'url', NULLIF(s.url, ''),
                'published', s.published, 'quote', NULLIF(s.quote, ''))
             ORDER BY s.published NULLS LAST, s.title), '[]'::json)
     FROM mapapp_source s JOIN {through} m ON m.source_id = s.id
     WHERE m.{owner}_id = {alias}.id)
"""

CONTROL_SQL = """
SELECT json_build_object('type', 'FeatureCollection', 'features',
                         COALESCE(json_agg(f.feature ORDER BY f.sort_key), '[]'::json))::text
FROM (
    SELECT a.slug || t.slug AS sort_key, json_build_object(
        'type', 'Feature',
        'id', p.id,
        'geometry', ST_AsGeoJSON({geometry}, {digits})::json,
        'properties', json_build_object(
            'id', p.id,
            'territory', t.name,
            'territory_slug', t.slug,
            'actor', a.slug,
            'actor_name', a.name,
            'color', a.color,
            'status', p.status,
            'confidence', p.confidence,
            'claimed_by', NULLIF(p.claimed_by, ''),
            'valid_from', p.valid_from,
            'valid_to', p.valid_to,
            'valid_from_precision', p.valid_from_precision,
            'valid_to_precision', p.valid_to_precision,
            'area_km2', round(p.area_km2::numeric, 2),
            'precision_km', p.precision_km,
            'notes', NULLIF(p.notes, ''),
            'sources', {sources})) AS feature
    FROM mapapp_datedpolygon p
    JOIN mapapp_territory t ON t.id = p.territory_id
    JOIN mapapp_actor a ON a.id = p.actor_id
    WHERE {where}
) AS f
"""

EVENTS_SQL = """
SELECT json_build_object('type', 'FeatureCollection', 'features',
                         COALESCE(json_agg(f.feature ORDER BY f.date, f.id), '[]'::json))::text
FROM (
    SELECT e.id, e.date, json_build_object(
        'type', 'Feature',
        'id', e.id,
        'geometry', ST_AsGeoJSON(e.location, 5)::json,
        'properties', json_build_object(
            'id', e.id, 'title', e.title, 'date', e.date, 'date_precision', e.date_precision,
            'description', NULLIF(e.description, ''), 'sources', {sources})) AS feature
    FROM mapapp_event e
    WHERE {where}
) AS f
"""


def control_collection(day, bbox=None, actor=None, zoom=None):
    """FeatureCollection text of the published polygons shown on `day`."""
    where, params = [PUBLISHED_SQL, VALID_ON_SQL], [day]
    if bbox:
        where.append("p.geometry && ST_MakeEnvelope(%s, %s, %s, %s, 4326)")
        params.extend(bbox)
    if actor:
        where.append("a.slug = %s")
        params.append(actor)
    coarse = zoom is not None and zoom < GENERALISED_BELOW_ZOOM
    sql = CONTROL_SQL.format(
        geometry="p.geometry_generalised" if coarse else "p.geometry",
        digits=4 if coarse else 5,
        sources=SOURCES_JSON.format(
            through="mapapp_datedpolygon_sources", owner="datedpolygon", alias="p"
        ),
        where=" AND ".join(where),
    )
    return _fetch_text(sql, params)


def events_collection(start=None, end=None):
    """FeatureCollection text of published events dated within [start, end] (both optional)."""
    where, params = ["e.state = 'published'"], []
    if start:
        where.append("e.date >= %s")
        params.append(start)
    if end:
        where.append("e.date <= %s")
        params.append(end)
    sql = EVENTS_SQL.format(
        sources=SOURCES_JSON.format(through="mapapp_event_sources", owner="event", alias="e"),
        where=" AND ".join(where),
    )
    return _fetch_text(sql, params)


def _fetch_text(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]
