"""The fast diff (/api/v1/diff on a large archive), today's SQL against ours, in one run.

"Today" is the fast answer before its second pass (docs/scale.md): every cluster overlaid, even
one whose versions are the same rows on both dates; every change snap-rounded
(ST_ReducePrecision) and made valid; every part measured on the spheroid, then every change
again. It is kept here as SQL, as measure.py keeps today's epoch and timeline, so both run on
the same data: alternated, cold (no cached answer), in the database and over HTTP.
"""

import contextlib
import json
import statistics
from datetime import timedelta
from functools import partial
from unittest import mock

from django.db import connection, transaction
from django.db.models import F
from django.test import Client

from benchmarks.scale import measure
from mapapp import stats
from mapapp.geoqueries import fetch_text

TODAY_FAST_CHANGES = """
sides AS (
    SELECT false AS later, q.actor_id, q.g FROM ({before}) AS q
    UNION ALL
    SELECT true, q.actor_id, q.g FROM ({after}) AS q
),
clustered AS (
    SELECT later, actor_id, g,
           ST_ClusterDBSCAN(g, {cluster_distance}, 1) OVER (PARTITION BY actor_id) AS cluster
    FROM sides
),
local AS (
    SELECT actor_id, ST_Union(g) FILTER (WHERE NOT later) AS b,
           ST_Union(g) FILTER (WHERE later) AS f
    FROM clustered GROUP BY actor_id, cluster
),
changes AS (
    SELECT a.slug, a.name, a.color, c.change, c.g
    FROM local
    JOIN mapapp_actor a ON a.id = local.actor_id
    CROSS JOIN LATERAL (VALUES
        ('gained', CASE WHEN local.b IS NULL THEN local.f ELSE ST_Difference(local.f, local.b) END),
        ('lost', CASE WHEN local.f IS NULL THEN local.b ELSE ST_Difference(local.b, local.f) END)
    ) AS c(change, g)
    WHERE c.g IS NOT NULL AND NOT ST_IsEmpty(c.g)
)"""

TODAY_DIFF_SQL = """
WITH {changes},
parts AS (
    SELECT slug, name, color, change, part.geom AS g
    FROM changes,
    LATERAL ST_Dump(ST_CollectionExtract(ST_MakeValid(ST_ReducePrecision(g, %s)), 3)) AS part
    WHERE CASE WHEN ST_Area(part.geom) * 12400 < %s THEN false
               ELSE ST_Area(part.geom::geography) / 1000000.0 >= %s END
),
measured AS (
    SELECT slug, name, color, change, ST_ForcePolygonCCW(ST_Multi(ST_Collect(g))) AS g,
           ST_Area(ST_Collect(g)::geography) / 1000000.0 AS km2
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
FROM measured WHERE km2 >= %s
"""


def today_query(start, end, actor=None, status=None, bbox=None, exact=False):
    """(sql, params) of today's fast answer, called as stats.diff_query() is."""
    assert not exact and bbox is None, "today's fast answer only"
    sides = []
    for day in (start, end):
        rows = stats.held(status or stats.HELD_STATUSES, actor, day).order_by()
        sides.append(rows.values("actor_id", g=F("geometry_generalised")).query.sql_with_params())
    (before, before_params), (after, after_params) = sides
    digits = stats.COARSE_DIGITS
    changes = TODAY_FAST_CHANGES.format(
        before=before, after=after, cluster_distance=repr(2 * 10.0**-digits)
    )
    sql = TODAY_DIFF_SQL.format(changes=changes, digits=digits)
    sliver = stats.SLIVER_KM2
    params = (*before_params, *after_params, 10.0**-digits, sliver, sliver, False, start, end)
    return sql, (*params, sliver)


def today_collection(start, end, actor=None, status=None, bbox=None, exact=None):
    """Today's diff_collection() on a large archive: today's SQL, JIT as the server decides."""
    return fetch_text(*today_query(start, end, actor, status, bbox))


def ours_collection(start, end):
    return stats.diff_collection(start, end, exact=False)


# One year apart: the target (at 1M versions no version lasts a year, every cluster
# changed). One month apart: at 10k versions (a year each) most clusters are the same rows on
# both dates, the case the shortcut skips.
SPANS = {"one year apart": 365, "one month apart": 30}


def spans():
    start = measure.diff_dates()[0]
    return {name: (start, start + timedelta(days=days)) for name, days in SPANS.items()}


def timings(rows, rounds=5):
    """Today's and our fast answer, alternated, cold, median of `rounds`: in DB and over HTTP."""
    client = Client()
    client.get("/api/v1/schema")  # the URLconf and views load on the first request: not timed
    for name, (start, end) in spans().items():
        url = f"/api/v1/diff?from={start.isoformat()}&to={end.isoformat()}&exact=false"
        times = {(who, where): [] for who in ("today", "ours") for where in ("DB", "HTTP")}
        for _ in range(rounds):
            for who, collection in (("today", today_collection), ("ours", ours_collection)):
                times[who, "DB"].append(measure.timed(partial(collection, start, end))[0])
                # Today's over HTTP: the same view, cache and writer around today's query.
                with serving(who):
                    times[who, "HTTP"].append(measure.get(client, url, cold=True)[0])
        for where in ("DB", "HTTP"):
            today, ours = (statistics.median(times[who, where]) for who in ("today", "ours"))
            rows[f"diff fast, {name}, {where}: today / ours / ratio"] = (
                f"{today * 1000:.0f} ms",
                f"{ours * 1000:.0f} ms",
                f"x{today / ours:.2f}",
            )
        rows[f"diff fast, {name}: features today / ours, largest gap"] = agreement(start, end)


def serving(who):
    if who == "today":
        return mock.patch.object(stats, "diff_collection", today_collection)
    return contextlib.nullcontext()


def agreement(start, end):
    """Both answers' areas side by side: how many features, the largest gap in km²."""
    today, ours = areas(today_collection(start, end)), areas(ours_collection(start, end))
    keys = today.keys() | ours.keys()
    worst = max((abs(today.get(k, 0) - ours.get(k, 0)) for k in keys), default=0)
    largest = max(today.values(), default=0)
    return f"{len(today)} / {len(ours)}, {worst:.2f} km² (of {largest:,.0f})"


def areas(text):
    return {
        (f["properties"]["actor"], f["properties"]["change"]): f["properties"]["area_km2"]
        for f in json.loads(text)["features"]
    }


def plans():
    start, end = spans()["one year apart"]
    ours = stats.diff_query(start, end, exact=False)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")  # as stats.diff_collection() runs it
        ours_plan = measure.explain(*ours)[1]
    return {
        "diff fast, one year apart (today)": measure.explain(*today_query(start, end))[1],
        "diff fast, one year apart (ours)": ours_plan,
    }
