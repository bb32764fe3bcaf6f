"""Measuring ground: area of an actor over time, and ground gained and lost between two dates.

Both are computed in PostGIS on the union of an actor's published polygons, because versions of
different territories of one actor may overlap (a besieged pocket inside a controlled area) and
summing their areas would count that ground twice. Areas are geodesic (WGS84 spheroid), in km².
The ORM selects the rows (published, valid on a day); raw SQL only wraps the aggregates.
"""

from django.contrib.gis.db.models import Union
from django.db.models import F
from django.db.models.expressions import RawSQL

from mapapp import cache_state
from mapapp.geojson import COARSE_DIGITS, DIGITS
from mapapp.geoqueries import change_dates_queryset, fetch_text
from mapapp.models import HELD_STATUSES, Actor, DatedPolygon, lineage

# Differences of two unions leave hairline slivers along shared borders; below this they are
# drawing noise, not ground that changed hands (0.01 km² is a hundred metres square). The same
# threshold drops each part of a change under it, so no part collapses to a line or two points.
SLIVER_KM2 = 0.01
# What a square degree measures at a latitude on the WGS84 ellipsoid (km²): the area element
# M·N·cos φ of the meridian and prime-vertical radii, (π/180)² a² (1 − e²) cos φ / (1 − e² sin² φ)².
# Over the latitudes a polygon spans it barely varies, so a polygon's area in square degrees
# times it at the polygon's centroid is its area to a few parts in 1,000 (docs/scale.md) for a
# tenth of the cost of measuring it on the spheroid.
WGS84_A_KM, WGS84_E2 = 6378.137, 0.00669437999014
KM2_PER_SQUARE_DEGREE_SQL = (
    f"(radians(1) ^ 2 * {WGS84_A_KM**2 * (1 - WGS84_E2)!r} * cos(radians({{lat}}))"
    f" / (1 - {WGS84_E2!r} * sin(radians({{lat}})) ^ 2) ^ 2)"
)
# Bounds of it over all latitudes, divided by cos φ (1 − e² sin² φ lies between 1 − e² and 1),
# rounded outwards: cheap bounds of a polygon's area from its latitude range.
KM2_PER_SQUARE_DEGREE_COS_MIN, KM2_PER_SQUARE_DEGREE_COS_MAX = 12_300, 12_480

AREA_SERIES_SQL = """
SELECT COALESCE(json_agg(json_build_object('date', dates.d,
                                           'area_km2', round(COALESCE(held.km2, 0)::numeric, 2))
                         ORDER BY dates.d), '[]'::json)::text
FROM ({dates}) AS dates(d)
LEFT JOIN LATERAL (
    SELECT ST_Area({clip}::geography) / 1000000.0 AS km2 FROM ({held}) AS q
) AS held ON true
"""


# The kept series (migration 0011, docs/scale.md): per change date, the latest row of the
# actor's group on or before it; before the group's first row the actor held nothing.
KEPT_SERIES_SQL = """
SELECT COALESCE(json_agg(json_build_object('date', dates.d,
                                           'area_km2', round(COALESCE(kept.km2, 0)::numeric, 2))
                         ORDER BY dates.d), '[]'::json)::text
FROM ({dates}) AS dates(d)
LEFT JOIN LATERAL (
    -- An actor's lineage (the YPG, then the SDF) never holds the same ground on one day: the
    -- kept areas of its members add up.
    SELECT sum(latest.km2) AS km2 FROM unnest(%s::int[]) AS member(id)
    CROSS JOIN LATERAL (
        SELECT s.{column} AS km2 FROM mapapp_areaseries s
        WHERE s.actor_id = member.id AND s.held = %s AND s.day <= dates.d
        ORDER BY s.day DESC LIMIT 1
    ) AS latest
) AS kept ON true
"""


def held(statuses=HELD_STATUSES, actor=None, day=None):
    """Published versions an actor holds (of `statuses`), valid on `day` when given."""
    rows = DatedPolygon.objects.published().with_status(statuses).of_actor(actor)
    return rows.valid_on(day) if day is not None else rows


def area_series(actor, status=None, countries=None):
    """JSON text: [{"date", "area_km2"}] for every change date, the actor's ground on that day.

    `status`, when given, is a list of statuses to count; by default every status. `countries`,
    ISO codes whose reference outlines (fixtures/reference/countries-10m.geojson) clip the ground.
    """
    kept = kept_series(actor, status, countries)
    return kept if kept is not None else computed_series(actor, status, countries)


def computed_series(actor, status=None, countries=None, days=None):
    """The series computed from the versions: a union per change date (slow on a large archive).

    `days`, when given, limits it to those change dates (the scale benchmark's sample).
    """
    from mapapp.speech.regions import union_wkt  # reads the outlines only when asked

    dates = change_dates_queryset()
    if days is not None:
        dates = dates.filter(day__in=days)
    dates_sql, dates_params = dates.query.sql_with_params()
    # The inner query is correlated with the outer date through the time rule's own queryset.
    on_date = held(status, actor, RawSQL("dates.d", ())).values("geometry")
    held_sql, held_params = on_date.query.sql_with_params()
    clip, clip_params = "ST_Union(q.geometry)", ()
    if countries:
        clip = "ST_Intersection(ST_Union(q.geometry), ST_GeomFromText(%s, 4326))"
        clip_params = (union_wkt(tuple(countries)),)
    sql = AREA_SERIES_SQL.format(dates=dates_sql, held=held_sql, clip=clip)
    return fetch_text(sql, (*dates_params, *clip_params, *held_params))


def kept_series(actor, status, countries):
    """The series from the kept table when it holds this question, else None.

    Kept: held ground or the rest (presence and claims), everywhere or inside Syria–Iraq, the
    questions the map's chart and the rules of speech ask. Any other is computed as asked.
    """
    from mapapp.speech import CORE_COUNTRIES, PRESENCE_STATUSES

    group = {frozenset(HELD_STATUSES): True, frozenset(PRESENCE_STATUSES): False}
    held_group = group.get(frozenset(status or ()))
    if held_group is None or countries not in (None, CORE_COUNTRIES):
        return None
    actor_ids = list(Actor.objects.filter(slug__in=lineage(actor)).values_list("id", flat=True))
    if not actor_ids:
        return None
    dates_sql, dates_params = change_dates_queryset().query.sql_with_params()
    column = "core_km2" if countries else "km2"
    sql = KEPT_SERIES_SQL.format(dates=dates_sql, column=column)
    return fetch_text(sql, (*dates_params, actor_ids, held_group))


# The exact answer: per actor, the union on each date, then each difference as one feature. A
# side missing entirely (the actor held nothing on that date) makes the other side wholly gained
# or lost.
EXACT_CHANGES = """
before AS ({before}), after AS ({after}),
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
)"""

# The fast answer (docs/scale.md): the generalised geometry the map draws below zoom 7, and no
# union of a whole side. The polygons of both dates are grouped per actor into clusters of those
# that meet or nearly meet (ST_ClusterDBSCAN); ground can only change within a cluster, so each
# cluster's union and differences are taken apart (a few polygons each) and collected: clusters
# never meet, so the collection is the same ground as the differences of the whole unions. At a
# million versions that is ~2,000 small overlays in place of two unions of ~2,000 polygons and
# their difference per actor, on ~10 times fewer vertices. A cluster whose versions are all
# valid on both dates (the very same rows on both sides) changed nothing and is not overlaid.
FAST_CHANGES = """
sides AS (
    SELECT false AS later, q.id, q.actor_id, q.g FROM ({before}) AS q
    UNION ALL
    SELECT true, q.id, q.actor_id, q.g FROM ({after}) AS q
),
clustered AS (
    -- Polygons closer than twice the grid written out share a cluster: snapped to that grid,
    -- the parts of two clusters can then never touch, so collecting them stays valid. A version
    -- valid on both dates is on both sides (twice); one on one side only is a change.
    SELECT later, actor_id, g,
           ST_ClusterDBSCAN(g, {cluster_distance}, 1) OVER (PARTITION BY actor_id) AS cluster,
           count(*) OVER (PARTITION BY id) = 1 AS one_side
    FROM sides
),
flagged AS (
    -- A cluster changed when some version in it is on one side only. A version on both sides
    -- still counts in a changed cluster: ground it covers on both dates was neither gained nor
    -- lost, whatever the other versions did there.
    SELECT later, actor_id, g, cluster,
           bool_or(one_side) OVER (PARTITION BY actor_id, cluster) AS changed
    FROM clustered
),
local AS (
    SELECT actor_id, ST_Union(g) FILTER (WHERE NOT later) AS b,
           ST_Union(g) FILTER (WHERE later) AS f
    FROM flagged WHERE changed GROUP BY actor_id, cluster
),
changes AS (
    -- One row per cluster and change: each is cut into polygons, snapped and measured on its
    -- own below, a few polygons at a time, and the parts are collected per actor at the end.
    SELECT a.slug, a.name, a.color, c.change, c.g
    FROM local
    JOIN mapapp_actor a ON a.id = local.actor_id
    CROSS JOIN LATERAL (VALUES
        ('gained', CASE WHEN local.b IS NULL THEN local.f ELSE ST_Difference(local.f, local.b) END),
        ('lost', CASE WHEN local.f IS NULL THEN local.b ELSE ST_Difference(local.b, local.f) END)
    ) AS c(change, g)
    WHERE c.g IS NOT NULL AND NOT ST_IsEmpty(c.g)
)"""

# What both answers share: the changes cut into polygons, slivers dropped, measured, written.
DIFF_SQL = """
WITH {changes},
snapped AS (
    -- Each change on the grid written out, so that writing it cannot make it invalid. Moving
    -- the vertices to the grid (ST_SnapToGrid) mostly leaves a change valid and costs a small
    -- part of snap-rounding it (ST_ReducePrecision); where it does not, the change is
    -- snap-rounded, which is valid by construction and on the same grid.
    SELECT slug, name, color, change,
           CASE WHEN ST_IsValid(s, 0) THEN s ELSE ST_ReducePrecision(g, {grid}) END AS g
    FROM changes, LATERAL ST_SnapToGrid(g, {grid}) AS s
),
parts AS (
    -- Each polygon of a change; parts under the sliver threshold (and collapsed ones) are
    -- dropped. Its square degrees times the most a square degree measures anywhere, and times
    -- the least it measures at the part's most poleward latitude, bound its area and decide
    -- almost every part; only a part whose bounds straddle the threshold is measured on the
    -- spheroid. The margins cover straight edges in degrees against geodesic edges.
    SELECT slug, name, color, change, part.geom AS g, ST_Area(part.geom) AS square_degrees
    FROM snapped, LATERAL ST_Dump(ST_CollectionExtract(g, 3)) AS part
    WHERE CASE
        WHEN ST_Area(part.geom) * {most} < 0.95 * {sliver} THEN false
        WHEN ST_Area(part.geom) * {least}
             * cos(radians(greatest(abs(ST_YMin(part.geom)), abs(ST_YMax(part.geom)))))
             >= 1.05 * {sliver} THEN true
        ELSE ST_Area(part.geom::geography) / 1000000.0 >= {sliver} END {in_box}
),
measured AS (
    SELECT slug, name, color, change, ST_ForcePolygonCCW(ST_Multi(ST_Collect(g))) AS g,
           {km2} AS km2
    FROM parts GROUP BY slug, name, color, change
)
SELECT json_build_object('type', 'FeatureCollection', 'exact', %s, 'features',
    COALESCE(json_agg(json_build_object(
        'type', 'Feature',
        'geometry', ST_AsGeoJSON(g, {digits})::json,
        'properties', json_build_object(
            'change', change, 'actor', slug, 'actor_name', name, 'color', color,
            'from', %s::date, 'to', %s::date,
            'area_km2', round(km2::numeric, 2)))
        ORDER BY slug, change), '[]'::json))::text
FROM measured WHERE km2 >= {sliver}
"""
IN_BOX = "AND part.geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)"
# A change's area: exact, the geodesic area of its parts (ST_Area on the spheroid); fast, the sum
# of each part's square degrees times what a square degree measures at its centroid (parts never
# overlap). On the seed, at most 0.25% from the geodesic area on changes over 1,000 km²: long
# straight edges are geodesics to ST_Area(geography), lines straight in degrees here.
GEODESIC_KM2 = "ST_Area(ST_Collect(g)::geography) / 1000000.0"
ESTIMATED_KM2 = "sum(square_degrees * {})".format(
    KM2_PER_SQUARE_DEGREE_SQL.format(lat="ST_Y(ST_Centroid(g))")
)


def diff_is_exact(asked=None):
    """Exact unless not asked and the archive is large (the fast answer, docs/scale.md)."""
    return asked if asked is not None else not cache_state.is_large_archive()


def diff_collection(start, end, actor=None, status=None, bbox=None, exact=None):
    """GeoJSON text of the ground each actor (or the one given) gained and lost, start to end.

    The one comparison of two dates, for the API and for snapshots. Ground means held ground
    (HELD_STATUSES) unless `status` lists others: insurgent presence and claims spreading is not
    ground gained. `bbox` keeps the parts that meet the box (a snapshot's frame). `exact` False:
    computed on the generalised geometry (FAST_CHANGES), written to the coarse digits the map
    uses for it; None: as diff_is_exact() decides. The answer says which (`exact`).
    """
    query = diff_query(start, end, actor, status, bbox, diff_is_exact(exact))
    return fetch_text(*query, jit=False)  # compiling it costs more than it saves


def diff_query(start, end, actor=None, status=None, bbox=None, exact=True, changes=None):
    """(sql, params) of diff_collection(); `changes` replaces the way the changes are cut."""
    statuses = status or HELD_STATUSES
    field = "geometry" if exact else "geometry_generalised"
    changes = changes or (EXACT_CHANGES if exact else FAST_CHANGES)
    sides = []
    for day in (start, end):
        rows = held(statuses, actor, day).order_by()
        if changes is EXACT_CHANGES:  # one union per actor and side
            rows = rows.values("actor_id").annotate(g=Union(field))
        else:  # the polygons themselves
            rows = rows.values("id", "actor_id", g=F(field))
        sides.append(rows.query.sql_with_params())
    (before, before_params), (after, after_params) = sides
    digits = DIGITS if exact else COARSE_DIGITS
    sql = DIFF_SQL.format(
        changes=changes.format(
            before=before, after=after, cluster_distance=repr(2 * 10.0**-digits)
        ),
        in_box=IN_BOX if bbox else "",
        digits=digits,
        grid=repr(10.0**-digits),
        sliver=repr(SLIVER_KM2),
        least=KM2_PER_SQUARE_DEGREE_COS_MIN,
        most=KM2_PER_SQUARE_DEGREE_COS_MAX,
        km2=GEODESIC_KM2 if exact else ESTIMATED_KM2,
    )
    return sql, (*before_params, *after_params, *(bbox or ()), exact, start, end)
