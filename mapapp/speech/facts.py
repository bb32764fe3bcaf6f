"""The facts a summary is made of: per actor and region, held ground, presence, areas, places.

Computed in PostGIS on the union of each actor's published polygons shown on the day (versions
of one actor may overlap: a besieged pocket inside a controlled area counts once), split into
Syria–Iraq and abroad by the reference outlines, areas geodesic in km².
"""

from dataclasses import dataclass, field

import shapely
from django.db import transaction
from django.db.models import F
from shapely import prepare

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
kinds AS (SELECT %s::text[] AS held, %s::text[] AS presence),
shown AS (
    SELECT q.slug, q.name, q.status = ANY(kinds.held) AS held, {clip} AS g,
           CASE WHEN ST_Intersects(core.g, q.geometry) THEN 'syria-iraq'
                ELSE 'abroad' END AS region
    FROM ({rows}) AS q CROSS JOIN core CROSS JOIN kinds
    WHERE q.status = ANY(kinds.held) OR q.status = ANY(kinds.presence)
), clustered AS (
    -- Only polygons that meet can merge, or take ground from one another: each group of an
    -- actor's meeting ones (a cluster at distance 0, held and presence together) is unioned on
    -- its own, not all of the actor's at once (docs/scale.md).
    SELECT *, ST_ClusterDBSCAN(g, 0, 1) OVER (PARTITION BY slug) AS cluster FROM shown
), unions AS (
    SELECT slug, name, region, held, cluster, ST_Union(g) AS g
    FROM clustered GROUP BY slug, name, region, held, cluster
), held_anywhere AS (
    SELECT slug, cluster, ST_Union(g) AS g FROM clustered WHERE held GROUP BY slug, cluster
)
SELECT u.slug, u.name, u.region, 'held', ST_Area(d.geom::geography) / 1e6,
       ST_AsGeoJSON(d.geom, 5)
FROM unions u, ST_Dump(ST_CollectionExtract(u.g, 3)) AS d WHERE u.held
UNION ALL
-- Presence where the actor does not also hold the ground (in either region): never added to
-- what it holds. Only the held polygons of its cluster can meet it.
SELECT u.slug, u.name, u.region, 'presence',
       sum(ST_Area(ST_CollectionExtract(
           CASE WHEN h.g IS NULL THEN u.g ELSE ST_Difference(u.g, h.g) END,
           3)::geography)) / 1e6, NULL
FROM unions u LEFT JOIN held_anywhere h ON h.slug = u.slug AND h.cluster = u.cluster
WHERE NOT u.held
GROUP BY u.slug, u.name, u.region
"""
CLIP = "ST_Intersection(q.geometry, ST_MakeEnvelope(%s, %s, %s, %s, 4326))"


@dataclass
class Area:
    km2: float
    country: str | None  # the country holding most of it
    countries: tuple = ()  # every country holding a tenth of it or more
    places: list = field(default_factory=list)  # gazetteer places inside, largest first
    near: dict | None = None  # when no town lies inside: the nearest in the same country
    # (-north, west) of its bounds: of areas of equal size, the north-western is told first.
    corner: tuple = field(default=(), repr=False)


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
        list(HELD_STATUSES),
        list(PRESENCE_STATUSES),
        *(bbox or ()),
        *rows_params,
    )
    connection = read_connection(DatedPolygon)
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        # The planner guesses a thousand parts per union and compiles the query (JIT): ~1.1 s
        # of compiling against ~1 s of work at 2,000 areas, and nothing gained (docs/scale.md).
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    # Parsed by GEOS at once: a Python parse per area cost a fifth of the summary at 2,000.
    shapes = shapely.from_geojson([row[5] for row in rows])
    facts = {}
    for (slug, name, region, kind, km2, _), geometry in zip(rows, shapes, strict=True):
        if not km2 or km2 < SLIVER_KM2:
            continue
        fact = facts.setdefault((slug, region), Fact(slug, name, region))
        if kind == "presence":
            fact.presence_km2 += km2
        else:
            fact.held_km2 += km2
            fact.areas.append(describe(geometry, km2))
    for fact in facts.values():
        # The largest first; areas equal to the hundredth of a km² (as said) in a fixed order,
        # not in the order the unions happen to return their parts.
        fact.areas.sort(key=lambda a: (-round(a.km2, 2), a.corner))
    return sorted(facts.values(), key=lambda f: (f.region != "syria-iraq", -f.held_km2))


def _importance(place):
    # Story places (Baghouz) carry no population; they are what the story is told by.
    return (-(place["population"] or 0), not place["id"].startswith("story-"), place["name"])


def describe(geom, km2):
    """An area, with the gazetteer's largest towns inside it, each in its own country."""
    countries = regions.countries_of_area(geom)
    prepare(geom)
    inside = []
    for code in countries:
        places, tree = gazetteer.settlements_tree(code)
        inside += [places[i] for i in sorted(tree.query(geom, predicate="contains"))]
    inside.sort(key=_importance)
    near = None if inside else nearest(geom.representative_point(), countries)
    country = countries[0] if countries else None
    west, _, _, north = geom.bounds
    return Area(km2, country, tuple(countries), inside, near, corner=(-north, west))


def nearest(point, countries):
    """The settlement of `countries` nearest to `point`; of equally near ones, the first in
    the countries' order and the gazetteer's."""
    best = None
    for code in countries:
        places, tree = gazetteer.settlements_tree(code)
        if not places:
            continue
        indices, distances = tree.query_nearest(point, all_matches=True, return_distance=True)
        distance = distances.min()
        if best is None or distance < best[0]:
            best = (distance, places[int(indices[distances == distance].min())])
    return best[1] if best else None
