"""The facts a summary is made of: per actor and region, held ground, presence, areas, places.

Computed in PostGIS on the union of each actor's published polygons shown on the day (versions
of one actor may overlap: a besieged pocket inside a controlled area counts once), split into
Syria–Iraq and abroad by the reference outlines, areas geodesic in km².
"""

import json
from dataclasses import dataclass, field

from django.db.models import F
from shapely import prepare
from shapely.geometry import Point, shape

from mapapp import gazetteer
from mapapp.db_router import read_connection
from mapapp.models import HELD_STATUSES, DatedPolygon
from mapapp.speech import PRESENCE_STATUSES, regions

# Differences of unions leave hairline slivers; below this they are drawing noise.
SLIVER_KM2 = 0.01
PLACES_PER_AREA = 3

# A version belongs to Syria–Iraq or abroad as a whole, by whether it lies in Syria or Iraq at
# all: clipping by the outlines would turn a border drawn a few hundred metres off into a
# "holding in Turkey", and an enclave straddling a border (Qalamoun, Syria and Lebanon) is part
# of the war in Syria, not a province abroad. Which rows are shown is the query layer's
# (published, valid on the day, in the box); the SQL here only wraps the unions around it.
FACTS_SQL = """
WITH core AS (SELECT ST_GeomFromText(%s, 4326) AS g),
shown AS (
    SELECT q.slug, q.name, q.status, {clip} AS g,
           CASE WHEN ST_Intersects(core.g, q.geometry) THEN 'syria-iraq'
                ELSE 'abroad' END AS region
    FROM ({rows}) AS q CROSS JOIN core
), unions AS (
    SELECT slug, name, region,
           ST_Union(g) FILTER (WHERE status = ANY(%s)) AS held,
           ST_Union(g) FILTER (WHERE status = ANY(%s)) AS presence
    FROM shown GROUP BY slug, name, region
), all_held AS (
    SELECT slug, ST_Union(held) AS g FROM unions GROUP BY slug
)
SELECT u.slug, u.name, u.region, 'held', ST_Area(d.geom::geography) / 1e6,
       ST_AsGeoJSON(d.geom, 5)
FROM unions u, ST_Dump(ST_CollectionExtract(u.held, 3)) AS d
UNION ALL
-- Presence where the actor does not also hold the ground: never added to what it holds.
SELECT u.slug, u.name, u.region, 'presence',
       ST_Area(ST_CollectionExtract(
           CASE WHEN h.g IS NULL THEN u.presence ELSE ST_Difference(u.presence, h.g) END,
           3)::geography) / 1e6, NULL
FROM unions u JOIN all_held h ON h.slug = u.slug WHERE u.presence IS NOT NULL
"""
CLIP = "ST_Intersection(q.geometry, ST_MakeEnvelope(%s, %s, %s, %s, 4326))"


@dataclass
class Area:
    km2: float
    country: str | None  # the country holding most of it
    countries: tuple = ()  # every country holding a tenth of it or more
    places: list = field(default_factory=list)  # gazetteer places inside, largest first
    near: dict | None = None  # when no town lies inside: the nearest in the same country


@dataclass
class Fact:
    actor: str
    actor_name: str
    region: str
    held_km2: float = 0.0
    presence_km2: float = 0.0
    areas: list = field(default_factory=list)  # Area, largest first

    def as_json(self):
        names = [p["name"] for a in self.areas[:2] for p in a.places[:PLACES_PER_AREA]]
        return {
            "actor": self.actor,
            "actor_name": self.actor_name,
            "region": self.region,
            "held_km2": round(self.held_km2, 2),
            "presence_km2": round(self.presence_km2, 2),
            "areas": len(self.areas),
            "places": names or [a.near["name"] for a in self.areas[:1] if a.near],
            "pockets": [
                {
                    "km2": round(a.km2, 2),
                    "country": a.country,
                    "places": [p["name"] for p in a.places[:PLACES_PER_AREA]],
                    "near": a.near["name"] if a.near else None,
                }
                for a in self.areas
            ],
        }


def facts_on(day, bbox=None):
    """[Fact] for every actor and region with held ground or presence on `day`."""
    shown = DatedPolygon.objects.published().valid_on(day).in_bbox(bbox).order_by()
    shown = shown.values("status", "geometry", slug=F("actor__slug"), name=F("actor__name"))
    rows_sql, rows_params = shown.query.sql_with_params()
    sql = FACTS_SQL.format(clip=CLIP if bbox else "q.geometry", rows=rows_sql)
    params = (
        regions.core_wkt(),
        *(bbox or ()),
        *rows_params,
        list(HELD_STATUSES),
        list(PRESENCE_STATUSES),
    )
    with read_connection(DatedPolygon).cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    facts = {}
    for slug, name, region, kind, km2, geometry in rows:
        if not km2 or km2 < SLIVER_KM2:
            continue
        fact = facts.setdefault((slug, region), Fact(slug, name, region))
        if kind == "presence":
            fact.presence_km2 += km2
        else:
            fact.held_km2 += km2
            fact.areas.append(describe(shape(json.loads(geometry)), km2))
    for fact in facts.values():
        fact.areas.sort(key=lambda a: -a.km2)
    return sorted(facts.values(), key=lambda f: (f.region != "syria-iraq", -f.held_km2))


def _importance(place):
    # Story places (Baghouz) carry no population; they are what the story is told by.
    return (-(place["population"] or 0), not place["id"].startswith("story-"), place["name"])


def describe(geom, km2):
    """An area, with the gazetteer's largest towns inside it, each in its own country."""
    countries = regions.countries_of_area(geom)
    prepare(geom)
    candidates = [p for code in countries for p in gazetteer.settlements_in(code)]
    inside = [p for p in candidates if geom.contains(Point(p["lon"], p["lat"]))]
    inside.sort(key=_importance)
    near = None
    if not inside and candidates:
        centre = geom.representative_point()
        near = min(candidates, key=lambda p: Point(p["lon"], p["lat"]).distance(centre))
    country = countries[0] if countries else None
    return Area(km2=km2, country=country, countries=tuple(countries), places=inside, near=near)
