"""What the scale benchmark times: in-database floors (EXPLAIN ANALYZE) and HTTP answers.

"Today" is the code before migration 0007 (change dates scanned from the versions), kept here
as SQL so both run on the same data in one run; for the kept area series' recompute, migration
0011's function (before the space-time index of 0013) and 0013's (before pairs meant ground that
overlaps, 0014), swapped in and out on the same data.
"""

import gzip
import importlib
import json
import random
import statistics
import time
import tracemalloc
from datetime import timedelta

from django.core.cache import cache
from django.db import OperationalError, connection
from django.test import Client, RequestFactory

from benchmarks.scale import synth, tile_http
from mapapp import cache_state, geoqueries, stats, tiles
from mapapp.api.params import parse_date
from mapapp.http import api_view, error, immutable_response, public_read
from mapapp.models import HELD_STATUSES

TODAY_EPOCH = """
SELECT GREATEST(
    (SELECT valid_from FROM mapapp_datedpolygon WHERE state = 'published' AND valid_from <= %s
     ORDER BY valid_from DESC LIMIT 1),
    (SELECT valid_to FROM mapapp_datedpolygon WHERE state = 'published' AND valid_to <= %s
     ORDER BY valid_to DESC NULLS LAST LIMIT 1))
"""
TODAY_TIMELINE = """
SELECT valid_from FROM mapapp_datedpolygon WHERE state = 'published'
UNION SELECT valid_to FROM mapapp_datedpolygon WHERE state = 'published' AND valid_to IS NOT NULL
"""
# One date of today's area series; the whole series repeats it once per change date.
ONE_DATE_AREA = """
SELECT ST_Area(ST_Union(geometry)::geography) / 1e6 FROM mapapp_datedpolygon
WHERE state = 'published' AND validity @> %s::date AND status = ANY(%s)
  AND actor_id = (SELECT id FROM mapapp_actor WHERE slug = %s)
"""


def explain(sql, params, analyze=True):
    """(execution seconds, plan text) of `sql` run once by EXPLAIN ANALYZE."""
    options = "ANALYZE, COSTS OFF, BUFFERS OFF" if analyze else "COSTS OFF"
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN ({options}) {sql}", params)
        lines = [row[0] for row in cursor.fetchall()]
    seconds = next(
        (float(line.split(":")[1].split()[0]) / 1000 for line in lines if "Execution Time" in line),
        None,
    )
    return seconds, "\n".join(lines)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def days(count, seed=13):
    rng = random.Random(seed)
    return [synth.START + timedelta(days=rng.randrange(synth.DAYS)) for _ in range(count)]


def epoch_sql(day):
    rows = geoqueries.change_dates_queryset().filter(day__lte=day).order_by("-day")[:1]
    return rows.query.sql_with_params()


def timed(function):
    began = time.perf_counter()
    result = function()
    return time.perf_counter() - began, result


def get(client, url, cold):
    if cold:
        cache.clear()
    seconds, response = timed(lambda: client.get(url, HTTP_ACCEPT_ENCODING="gzip"))
    assert response.status_code == 200, (url, response.status_code, response.content[:200])
    return seconds, response


def in_db(rows):
    """epoch and timeline, ours and today's, as in-database medians (seconds)."""
    sample = days(20)
    rows["epoch lookup, in DB"] = statistics.median(explain(*epoch_sql(d))[0] for d in sample)
    rows["epoch lookup, in DB (today)"] = statistics.median(
        explain(TODAY_EPOCH, (d, d))[0] for d in sample
    )
    timeline = geoqueries.change_dates_queryset().query.sql_with_params()
    rows["timeline, in DB"] = statistics.median(explain(*timeline)[0] for _ in range(5))
    rows["timeline, in DB (today)"] = statistics.median(
        explain(TODAY_TIMELINE, ())[0] for _ in range(3)
    )


def over_http(rows):
    client = Client()
    client.get("/api/v1/schema")  # the first request loads the URLconf and views: not timed
    rows["timeline, cold (HTTP)"] = get(client, "/api/v1/timeline", cold=True)[0]
    cold, warm, sizes = [], [], None
    for day in days(5, seed=7):
        url = f"/api/v1/control?date={day.isoformat()}"
        seconds, response = get(client, url, cold=True)
        cold.append(seconds)
        warm.append(get(client, url, cold=False)[0])
        packed = response.content
        sizes = (len(gzip.decompress(packed)), len(packed))
    rows["control for a day, cold (HTTP)"] = statistics.median(cold)
    rows["control for a day, warm (HTTP)"] = statistics.median(warm)
    rows["control answer raw / gzip (MB)"] = tuple(round(s / 1e6, 2) for s in sizes)
    start, end = diff_dates()
    url = f"/api/v1/diff?from={start.isoformat()}&to={end.isoformat()}"
    # Today's code is the exact answer (its SQL is unchanged); ours is the fast one by default
    # on a large archive. Alternated, median of three each, cold.
    fast, exact = [], []
    for _ in range(3):
        seconds, response = get(client, url, cold=True)
        fast.append(seconds)
        exact.append(get(client, url + "&exact=true", cold=True)[0])
    rows["diff, one year apart, cold (HTTP)"] = statistics.median(fast)
    rows["diff, one year apart, cold (HTTP) (today: exact)"] = statistics.median(exact)
    rows["diff answer: exact? / gzip (MB)"] = (
        json.loads(gzip.decompress(response.content))["exact"],
        round(len(response.content) / 1e6, 2),
    )


def diff_dates():
    start = synth.START + timedelta(days=500)
    return start, start + timedelta(days=365)


def area(rows, actor="islamic-state"):
    """Today's series for one actor: one date's union area times the change dates (estimate)."""
    dates = geoqueries.change_dates()
    one = statistics.median(
        explain(ONE_DATE_AREA, (d, list(HELD_STATUSES), actor))[0] for d in days(5)
    )
    rows["stats/area one date, in DB"] = one
    rows["stats/area whole series (today: one date x change dates)"] = one * len(dates)
    if not kept_series_built():
        rows["stats/area kept series"] = "not built (the build stopped before its rebuild)"
        return
    # Ours: the kept series (migration 0011), end to end, cold, for held ground and Syria–Iraq.
    client = Client()
    for label, query in (("", ""), (", Syria-Iraq", "&country=SY,IQ")):
        url = f"/api/v1/stats/area?actor={actor}{query}"
        rows[f"stats/area whole series{label}, cold (HTTP)"] = get(client, url, cold=True)[0]
    kept = stats.KEPT_SERIES_SQL.format(
        dates=geoqueries.change_dates_queryset().query.sql_with_params()[0], column="km2"
    )
    rows["stats/area whole series, kept, in DB"] = explain(kept, (kept_actor(actor), True))[0]
    if len(dates) <= 200:  # small archives: the real series, end to end
        rows["stats/area whole series, measured"] = timed(
            lambda: stats.area_series(actor, HELD_STATUSES)
        )[0]


def kept_series_built():
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM mapapp_areaseries)")
        return cursor.fetchone()[0]


def kept_actor(slug):
    """The ids KEPT_SERIES_SQL sums over (the actor's lineage; the synthetic actors have none)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM mapapp_actor WHERE slug = %s", [slug])
        return [cursor.fetchone()[0]]


def area_build(rows):
    """Recomputing the kept series: one edited version (median of 5), the pairs step of a month's
    versions, the former functions (migrations 0011 and 0013) and ours alternated; and from
    scratch. On touching territories the former functions take a union per day of an actor's
    whole front: 0011 is left out there (its unions are 0013's) and a former edit is stopped
    after EDIT_TIMEOUT seconds."""
    if not kept_series_built():
        return
    points = rows.get("layout", "points") == "points"
    functions = (TODAY, BEFORE, OURS) if points else (BEFORE, OURS)
    edits = {which: [] for which in functions}
    with connection.cursor() as cursor:
        for i in edited_versions():
            for which in functions:  # ends with ours in place
                if None in edits[which]:
                    continue  # stopped once: not again
                cursor.execute(series_module(which).RECOMPUTE)
                edits[which].append(timed_edit(cursor, i))
        cursor.execute(series_module(OURS).RECOMPUTE)
        for which in functions:
            seconds = edits[which]
            rows[f"stats/area kept: one version's edit recomputed{which}"] = (
                f"> {EDIT_TIMEOUT} s" if None in seconds else statistics.median(seconds)
            )
        month = f"AND valid_to <= DATE '{synth.START + timedelta(days=31)}'"
        for which in functions:
            rows[f"stats/area kept: pairs step of the first month's versions{which}"] = explain(
                pairs_step(month, which), ()
            )[0]
        # The build ran this same rebuild (synth.fill); at 1M it takes minutes, so not twice.
        if "build: kept area series, one rebuild" not in rows:
            seconds = timed(lambda: cursor.execute(AREA_BACKFILL))[0]
            rows["stats/area kept: whole series rebuilt (bulk load)"] = seconds


EDIT_TIMEOUT = 120


def timed_edit(cursor, version):
    """Seconds to recompute the rows of one version's interval; None when stopped."""
    cursor.execute(f"SET statement_timeout = '{EDIT_TIMEOUT}s'")
    try:
        return timed(lambda: cursor.execute(AREA_BACKFILL + " AND id = %s", [version]))[0]
    except OperationalError:  # cancelled at the timeout (the rows were rolled back with it)
        return None
    finally:
        cursor.execute("SET statement_timeout = 0")


def kept_and_computed(sample):
    """For every actor, group (held, presence) and region (everywhere, Syria–Iraq):
    ((actor, statuses, countries), kept, computed), the kept series and the series computed from
    the versions (a union per date) on the change dates of `sample`, each as {date: km2}."""
    from mapapp.speech import CORE_COUNTRIES, PRESENCE_STATUSES

    wanted = {day.isoformat() for day in sample}
    for actor in synth.ACTORS:
        for statuses in (HELD_STATUSES, PRESENCE_STATUSES):
            for countries in (None, CORE_COUNTRIES):
                kept = {
                    r["date"]: r["area_km2"]
                    for r in json.loads(stats.kept_series(actor, statuses, countries))
                    if r["date"] in wanted
                }
                answer = stats.computed_series(actor, statuses, countries, sample)
                computed = {r["date"]: r["area_km2"] for r in json.loads(answer)}
                yield (actor, statuses, countries), kept, computed


def kept_equals_computed(rows, count=12):
    """The kept series against the computed one on `count` sampled change dates, for every
    actor, group and region (kept_and_computed)."""
    from mapapp.speech import CORE_COUNTRIES

    if not kept_series_built():
        return
    sample = sorted(random.Random(11).sample(geoqueries.change_dates(), count))
    compared, over = 0, 0
    worst = {None: (0.0, 0.0), CORE_COUNTRIES: (0.0, 0.0)}  # per region: km2, share
    began = time.perf_counter()
    for (_, _, countries), kept, computed in kept_and_computed(sample):
        for day, area in computed.items():
            gap = abs(kept[day] - area)
            compared += 1
            over += gap > 0.01
            km2, share = worst[countries]
            worst[countries] = max(km2, gap), max(share, gap / max(area, 1.0))
    rows["kept = computed: values compared / over 0.01 km2 apart"] = (compared, over)
    for countries, label in ((None, "everywhere"), (CORE_COUNTRIES, "Syria-Iraq")):
        km2, share = worst[countries]
        rows[f"kept = computed: largest gap km2 / share, {label}"] = (f"{km2:.2f}", f"{share:.1e}")
    rows["kept = computed: the check took"] = time.perf_counter() - began


# The kept series' recompute before the space-time index (0011), before pairs meant ground that
# overlaps (0013), and ours (0014).
TODAY, BEFORE, OURS = " (today)", " (0013)", ""
SERIES_MIGRATIONS = {
    TODAY: "mapapp.migrations.0011_issue13_area_series",
    BEFORE: "mapapp.migrations.0013_issue13_series_sweep",
    OURS: "mapapp.migrations.0014_issue13_touching_series",
}


def series_module(which=OURS):
    return importlib.import_module(SERIES_MIGRATIONS[which])


AREA_BACKFILL = """
SELECT mapapp_recompute_area_series(jsonb_agg(jsonb_build_object(
    'actor_id', actor_id, 'held', mapapp_is_held(status), 'lo', valid_from, 'hi', valid_to)))
FROM mapapp_datedpolygon WHERE state = 'published'
"""
TOUCHED = """(SELECT jsonb_agg(jsonb_build_object(
    'actor_id', actor_id, 'held', mapapp_is_held(status), 'lo', valid_from, 'hi', valid_to))
FROM mapapp_datedpolygon WHERE state = 'published' {where})"""


def pairs_step(where="", which=OURS):
    """The recompute's pairs step alone, as a query counting its pairs (for EXPLAIN).

    Cut from the function's own SQL (ours, or today's): its ranges and versions, then the pairs,
    for the versions `where` adds to the backfill's selection (all by default).
    """
    recompute = series_module(which).RECOMPUTE
    body = recompute.split("INSERT INTO mapapp_areaseries (actor_id, held, day, km2, core_km2)")[1]
    # The ranges and versions come before the deltas (0011, 0013) or before the pairs (0014).
    head = body[: min(body.index("deltas AS ("), body.index("pairs AS MATERIALIZED ("))]
    pairs = body.split("pairs AS MATERIALIZED (")[1].split("\n),\n")[0]
    sql = f"{head}pairs AS MATERIALIZED ({pairs}\n)\nSELECT count(*) FROM pairs"
    return sql.replace("mapapp_area_ranges(touched)", f"mapapp_area_ranges({TOUCHED})").format(
        where=where
    )


def edited_versions():
    """The versions whose edits area_build times (the plans show the first's)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM mapapp_datedpolygon ORDER BY id")
        ids = [row[0] for row in cursor.fetchall()]
    return random.Random(5).sample(ids, 5)


def sample_tiles(count=20, seed=3):
    """Random tiles of zooms 6 to 10 over the synthetic region."""
    rng = random.Random(seed)
    return [
        tiles.tile_at(
            rng.uniform(synth.WEST, synth.EAST),
            rng.uniform(synth.SOUTH, synth.NORTH),
            rng.choice((6, 7, 8, 9, 10)),
        )
        for _ in range(count)
    ]


def tile_times(rows):
    dates = geoqueries.change_dates()
    epoch = geoqueries.epoch_for(synth.START + timedelta(days=900))
    in_db, cold, warm, sizes = [], [], [], []
    client = Client()
    for z, x, y in sample_tiles():
        in_db.append(explain(*tiles.tile_query(epoch, z, x, y))[0])
        url = f"/tiles/{epoch.isoformat()}/{z}/{x}/{y}.mvt"
        seconds, response = get(client, url, cold=True)
        cold.append(seconds)
        sizes.append(len(response.content))
        warm.append(get(client, url, cold=False)[0])
    rows["tile uncached p95, in DB"] = percentile(in_db, 0.95)
    rows["tile uncached p95 (HTTP)"] = percentile(cold, 0.95)
    rows["tile cached p95 (HTTP)"] = percentile(warm, 0.95)
    # Medians too: on a shared machine a p95 of 20 is one scheduler stall.
    rows["tile uncached median, in DB / HTTP"] = tuple(
        f"{statistics.median(v) * 1000:.1f} ms" for v in (in_db, cold)
    )
    rows["tile cached median (HTTP)"] = statistics.median(warm)
    rows["tile cached p95, view only"], rows["tile cached p95, view only (today)"] = cached_views(
        epoch
    )
    rows["tile size median (KB)"] = f"{statistics.median(sizes) / 1e3:.1f}"
    rows["change dates"] = len(dates)
    print(f"{rows['versions']:,} versions, an uncached tile before and after, alternated:")
    rows.update(tile_http.report(tile_http.compare(sample_tiles())))


@public_read
@api_view
def today_tile(request, epoch, z, x, y):
    """The tile view before this change: the epoch checked before the cache, on every hit."""
    z, x, y = tiles.parse_tile(z, x, y)
    day = parse_date("epoch", epoch)
    # Its epoch check: the cached change dates when at hand, else one primary-key lookup.
    dates = cache.get(cache_state.per_version_key(cache_state.CHANGE_DATES))
    known = day in dates if dates is not None else None
    if known is None:
        known = geoqueries.change_dates_queryset().filter(day=day).exists()
    if not known:
        return error(404, "not an epoch")
    # The same cache entry as ours (the key holds the tile format since the names).
    version = tiles.tiles_version()
    return immutable_response(
        request,
        f"tile:{version}:{day.isoformat()}:{z}:{x}:{y}",
        lambda: tile_http.before_tile_bytes(day, z, x, y),
        tiles.MVT,
    )


def cached_views(epoch):
    """p95 of a cached tile, ours and today's view, called alike (no middleware), alternated."""
    factory = RequestFactory()
    ours, today = [], []
    for z, x, y in sample_tiles():
        args = (epoch.isoformat(), str(z), str(x), str(y))
        request = factory.get(f"/tiles/{'/'.join(args)}.mvt")
        tiles.tile(request, *args)  # kept in the cache
        for _ in range(3):
            ours.append(timed(lambda a=args, r=request: tiles.tile(r, *a))[0])
            today.append(timed(lambda a=args, r=request: today_tile(r, *a))[0])
    return percentile(ours, 0.95), percentile(today, 0.95)


def export_memory(rows, budget=50_000_000):
    """Python heap peak while streaming the first `budget` bytes of the history export."""
    client = Client()
    cache.clear()
    tracemalloc.start()
    began, written = time.perf_counter(), 0
    response = client.get("/api/v1/export?format=geojson")
    for chunk in response.streaming_content:
        written += len(chunk)
        if written >= budget:
            break
    seconds = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    response.close()
    rows["history export streamed: MB written / heap peak MB"] = (
        round(written / 1e6, 1),
        round(peak / 1e6, 1),
    )
    rows["history export streamed: MB/s"] = f"{written / 1e6 / seconds:.1f}"


def series_plans():
    """The plans of the kept series' pairs step: for one version's edit, for the whole rebuild."""
    if not kept_series_built():
        return {"kept series": "(the kept series was not built)"}
    return {
        "kept series: pairs step of one version's edit": explain(
            pairs_step("AND id = %s"), [edited_versions()[0]]
        )[1],
        # At 1M the whole pairs step takes minutes (the build ran it): its plan, not run.
        "kept series: pairs step of the whole rebuild": explain(
            pairs_step(), (), analyze=versions() <= 200_000
        )[1],
    }


def versions():
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM mapapp_datedpolygon")
        return cursor.fetchone()[0]


def plans():
    """The plans for the epoch, timeline, tile and stats queries (text); the diff's: diff.py."""
    day = synth.START + timedelta(days=900)
    epoch = geoqueries.epoch_for(day)
    z, x, y = sample_tiles(1, seed=5)[0]
    kept = kept_series_built()
    return {
        "epoch": explain(*epoch_sql(day))[1],
        "timeline": explain(*geoqueries.change_dates_queryset().query.sql_with_params())[1],
        f"tile {z}/{x}/{y}": explain(*tiles.tile_query(epoch, z, x, y))[1],
        "stats/area, whole series (kept)": explain(
            stats.KEPT_SERIES_SQL.format(
                dates=geoqueries.change_dates_queryset().query.sql_with_params()[0],
                column="core_km2",
            ),
            (kept_actor("islamic-state"), True),
        )[1]
        if kept
        else "(the kept series was not built)",
        **series_plans(),
        "stats/area, one date (today)": explain(
            ONE_DATE_AREA, (day, list(HELD_STATUSES), "islamic-state")
        )[1],
    }
