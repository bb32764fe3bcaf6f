"""Freezing what the map shows into a Snapshot row.

The GeoJSON comes from the same builder as the API (mapapp.geojson), so an embed draws exactly
what the live map drew that day; it is then copied into the row and never read from the dated
polygons again.
"""

import json
import math
from datetime import timedelta

from django.db import connection, transaction

from mapapp import geojson, geoqueries
from mapapp.models import Actor
from mapapp.snapshots.models import Snapshot
from mapapp.speech.summary import summary

# Events shown with a snapshot without a comparison: those of the last quarter up to its date.
# Every event since 2014 would bury the map; the quarter matches the data's coarsest step.
EVENT_WINDOW = timedelta(days=92)

# Ground gained and lost between two dates, per actor: the difference of each actor's union of
# controlled polygons. Presence and claims are not holding ground, so they do not count.
DIFF_SQL = """
WITH held AS (
    SELECT a.slug, a.name, a.color, p.validity @> %(then)s::date AS at_then,
           p.validity @> %(now)s::date AS at_now, p.geometry
    FROM mapapp_datedpolygon p JOIN mapapp_actor a ON a.id = p.actor_id
    WHERE p.state = 'published' AND p.status = 'controlled'
      AND (p.validity @> %(then)s::date OR p.validity @> %(now)s::date)
), unions AS (
    SELECT slug, name, color,
           COALESCE(ST_Union(geometry) FILTER (WHERE at_then), 'SRID=4326;POLYGON EMPTY') AS g_then,
           COALESCE(ST_Union(geometry) FILTER (WHERE at_now), 'SRID=4326;POLYGON EMPTY') AS g_now
    FROM held GROUP BY slug, name, color
), changes AS (
    SELECT slug, name, color, 'gained' AS change,
           ST_CollectionExtract(ST_Difference(g_now, g_then), 3) AS g FROM unions
    UNION ALL
    SELECT slug, name, color, 'lost', ST_CollectionExtract(ST_Difference(g_then, g_now), 3)
    FROM unions
)
SELECT json_build_object('type', 'FeatureCollection', 'features',
    COALESCE(json_agg(json_build_object(
        'type', 'Feature', 'geometry', ST_AsGeoJSON(g, 5)::json,
        'properties', json_build_object(
            'actor', slug, 'actor_name', name, 'color', color, 'change', change,
            'area_km2', round((ST_Area(g::geography) / 1e6)::numeric, 2)))
        ORDER BY slug, change), '[]'::json))::text
FROM changes WHERE NOT ST_IsEmpty(g) AND ST_Area(g::geography) > 1e4 {in_box}
"""
IN_BOX = "AND g && ST_MakeEnvelope(%(west)s, %(south)s, %(east)s, %(north)s, 4326)"


def diff_collection(then, now, bbox=None):
    """Gained/lost FeatureCollection between two days (slivers under 0.01 km² left out)."""
    params = {"then": then, "now": now}
    if bbox:
        params.update(zip(("west", "south", "east", "north"), bbox, strict=True))
    with connection.cursor() as cursor:
        cursor.execute(DIFF_SQL.format(in_box=IN_BOX if bbox else ""), params)
        return json.loads(cursor.fetchone()[0])


def legend_for(*collections):
    """The actors drawn, in the order of the Actor table, with the colours the map uses."""
    shown = {f["properties"]["actor"] for c in collections if c for f in c["features"]}
    return [
        {"slug": a.slug, "name": a.name, "color": a.color}
        for a in Actor.objects.filter(slug__in=shown)
    ]


def sources_of(*collections):
    """Every source cited by the features and events shown, once, in a stable order."""
    seen = {}
    for collection in collections:
        for feature in collection["features"]:
            for source in feature["properties"].get("sources") or []:
                key = (source.get("title"), source.get("publisher"), source.get("url"))
                seen.setdefault(key, source)
    return sorted(seen.values(), key=lambda s: (s.get("published") or "", s.get("title") or ""))


def zoom_for(view, bbox):
    """The zoom the snapshot is seen at, which picks full or generalised geometry as the API does.

    Without a view, the zoom at which the box fills a ~1000 px wide embed; without either, the
    whole region (generalised geometry keeps a wide embed light).
    """
    if view:
        return view[0]
    if not bbox:
        return 0
    width = max(bbox[2] - bbox[0], 1e-6)
    return max(0, min(22, int(math.log2(360 * 1000 / 256 / width))))


def events_for(day, compare, bbox):
    start = min(day, compare) if compare else day - EVENT_WINDOW
    end = max(day, compare) if compare else day
    events = json.loads(geojson.events_collection(start, end))
    if bbox:
        west, south, east, north = bbox
        events["features"] = [
            f
            for f in events["features"]
            if west <= f["geometry"]["coordinates"][0] <= east
            and south <= f["geometry"]["coordinates"][1] <= north
        ]
    return events


@transaction.atomic
def freeze(*, title, day, caption="", bbox=None, compare=None, view=None, area=None, user=None):
    """Create and return a Snapshot of the published data shown on `day` (within `bbox`).

    The data version is read before the data, so a concurrent edit can make the recorded version
    older than the data it holds, never newer.
    """
    version = geoqueries.data_version()
    zoom = zoom_for(view, bbox)
    features = json.loads(geojson.control_collection(day, bbox, None, zoom))
    # The words the map said that day are frozen with it (a foreign member of the collection):
    # a later edit of the data or of the rules of speech does not rewrite a published caption.
    features["summary"] = summary(day, bbox)["text"]
    diff = diff_collection(compare, day, bbox) if compare else None
    events = events_for(day, compare, bbox)
    return Snapshot.objects.create(
        title=title,
        caption=caption,
        date=day,
        compare=compare,
        zoom=view[0] if view else None,
        lat=view[1] if view else None,
        lon=view[2] if view else None,
        bbox=list(bbox) if bbox else None,
        area=area,
        features=features,
        diff=diff,
        events=events,
        legend=legend_for(features, diff),
        sources=sources_of(features, events),
        data_version=version,
        created_by=user,
    )
