"""An uncached tile before and after issue 13's "tiles over HTTP" change, in one run.

"Before" is the tile view as it was (kept here, served under /before/tiles/… by
benchmarks.scale.urls): the data version read by its own query when the cache lacks it, the
tile's SQL compiled by the ORM on every miss, and the Content-Security-Policy built for the
answer. "After" is mapapp.tiles.tile. Both are asked alike through the test client and the whole
middleware, alternated, the cache cleared before every request, and checked to answer the same
bytes. Measured beside them: the floor, the tile query's execution time in the database
(EXPLAIN ANALYZE, no per-node timing), and the new view's one statement sent alone (the round
trip, parsing and planning the floor leaves out).
"""

from datetime import timedelta
from time import perf_counter

from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings

from benchmarks.scale import synth
from mapapp import geoqueries, tiles
from mapapp.api.params import parse_date
from mapapp.geoqueries import change_dates_queryset, fetch_text
from mapapp.http import api_view, error, immutable_response, public_read

ON_EPOCH_SQL = "SELECT CASE WHEN EXISTS ({epoch}) THEN COALESCE(({tile}), ''::bytea) END"


def before_tile_bytes(epoch, z, x, y):
    is_epoch, epoch_params = (
        change_dates_queryset().filter(day=epoch).values("day").query.sql_with_params()
    )
    tile_sql, tile_params = tiles.tile_query(epoch, z, x, y)
    body = fetch_text(
        ON_EPOCH_SQL.format(epoch=is_epoch, tile=tile_sql), (*epoch_params, *tile_params)
    )
    if body is None:
        raise tiles.NotAnEpoch(epoch)
    return bytes(body)


@public_read
@api_view
def before_tile(request, epoch, z, x, y):
    """The tile view before this change (its Cache-Control as the current one's)."""
    z, x, y = tiles.parse_tile(z, x, y)
    day = parse_date("epoch", epoch)
    version = tiles.tiles_version()
    try:
        return immutable_response(
            request,
            f"tile:{version}:{day.isoformat()}:{z}:{x}:{y}",
            lambda: before_tile_bytes(day, z, x, y),
            tiles.MVT,
        )
    except tiles.NotAnEpoch:
        return error(404, "not an epoch")


def floor(sql, params):
    """Execution time (s) of one run of the query in the database, without per-node timing."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) {sql}", params)
        lines = [row[0] for row in cursor.fetchall()]
    line = next(line for line in lines if "Execution Time" in line)
    return float(line.split(":")[1].split()[0]) / 1000


def statement_wall(day, z, x, y):
    """Wall time (s) of the new view's one statement sent from here: the database's share of an
    answer as the worker sees it (round trip, parsing, planning, execution), without HTTP."""
    began = perf_counter()
    tiles.versioned_tile(day, z, x, y)
    return perf_counter() - began


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def uncached(client, url):
    cache.clear()  # the data version too, as after a write or DATA_VERSION_TTL
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200, (url, response.status_code, response.content[:200])
    return response


def compare(sample, rounds=3):
    """Seconds per tile of `sample`, `rounds` times: {"in DB", "statement", "before", "after"}."""
    epoch = geoqueries.epoch_for(synth.START + timedelta(days=900))
    version = tiles.tiles_version()
    client = Client()
    times = {"in DB": [], "statement": [], "before": [], "after": []}
    with override_settings(ROOT_URLCONF="benchmarks.scale.urls"):
        for z, x, y in sample[:2]:  # the URLconf, views and connection: not timed
            path = f"tiles/{epoch.isoformat()}/{z}/{x}/{y}.mvt?v={version}"
            uncached(client, f"/before/{path}")
            uncached(client, f"/{path}")
        for turn in range(rounds):
            for index, (z, x, y) in enumerate(sample):
                path = f"tiles/{epoch.isoformat()}/{z}/{x}/{y}.mvt?v={version}"
                times["in DB"].append(floor(*tiles.tile_query(epoch, z, x, y)))
                times["statement"].append(statement_wall(epoch, z, x, y))
                order = ("before", "after") if (turn + index) % 2 == 0 else ("after", "before")
                bodies = {}
                for name in order:
                    url = f"/before/{path}" if name == "before" else f"/{path}"
                    began = perf_counter()
                    bodies[name] = uncached(client, url).content
                    times[name].append(perf_counter() - began)
                assert bodies["before"] == bodies["after"], f"tile {z}/{x}/{y} differs"
    return times


def report(times):
    """Printed lines and table rows: p50/p95 of each and HTTP / in-DB ratios."""
    rows = {}
    for share, label in ((0.5, "p50"), (0.95, "p95")):
        db = percentile(times["in DB"], share)
        line = [f"tile uncached {label}: in DB {db * 1000:.2f} ms"]
        for name in ("before", "after"):
            http = percentile(times[name], share)
            line.append(f"HTTP {name} {http * 1000:.2f} ms (x{http / db:.2f})")
            rows[f"tile uncached {label}, HTTP {name} / in DB"] = f"x{http / db:.2f}"
        statement = percentile(times["statement"], share)
        line.append(f"the statement alone {statement * 1000:.2f} ms (x{statement / db:.2f})")
        names = ("in DB", "statement", "before", "after")
        rows[f"tile uncached {label}: in DB / statement / before / after (ms)"] = " / ".join(
            f"{percentile(times[n], share) * 1000:.1f}" for n in names
        )
        print("  " + ", ".join(line), flush=True)
    p50, p95 = (
        percentile(times["after"], share) / percentile(times["before"], share)
        for share in (0.5, 0.95)
    )
    print(f"  after / before: p50 x{p50:.2f}, p95 x{p95:.2f}", flush=True)
    rows["tile uncached after / before, p50 / p95"] = f"x{p50:.2f} / x{p95:.2f}"
    return rows
