"""Benchmark: "which polygons are valid on day D (in this box)?" under three index designs.

Run with `make bench` or `.venv/bin/python -m benchmarks.control_query [--versions N]`.
It builds a throw-away database (bench_mapapp) on the configured server, fills three copies of
the same synthetic history, each indexed differently, and times the same random queries on each,
interleaved so that a noisy neighbour slows all three alike. It prints medians and ratios against
the project's design (composite GiST on (validity, geometry)), then the plan PostgreSQL chose.

A second part compares building GeoJSON in PostGIS with a per-feature Python serializer.
"""

import argparse
import json
import random
import statistics
import time
from datetime import date, timedelta

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402

DESIGNS = {
    "composite GiST (validity, geometry)": (
        "CREATE INDEX ON {t} USING gist (validity, geometry)",
        "validity @> %(day)s::date",
    ),
    "GiST (geometry) + btree (valid_from, valid_to)": (
        "CREATE INDEX ON {t} USING gist (geometry); CREATE INDEX ON {t} (valid_from, valid_to)",
        "valid_from <= %(day)s AND (valid_to IS NULL OR valid_to > %(day)s)",
    ),
    "btree (valid_from, valid_to) only": (
        "CREATE INDEX ON {t} (valid_from, valid_to)",
        "valid_from <= %(day)s AND (valid_to IS NULL OR valid_to > %(day)s)",
    ),
}
START = date(2000, 1, 1)
DAYS = 8000  # about 22 years of history


def fill(table, versions, territories):
    """`versions` rows: each territory's versions tile time; boxes of ~0.3° spread over 60x40°."""
    per_territory = versions // territories
    span = DAYS // per_territory
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            CREATE TABLE {table} (
                id bigserial PRIMARY KEY, territory int, valid_from date, valid_to date,
                validity daterange, geometry geometry(Polygon, 4326));
            INSERT INTO {table} (territory, valid_from, valid_to, validity, geometry)
            SELECT t, %(start)s::date + v * %(span)s, %(start)s::date + (v + 1) * %(span)s,
                   daterange(%(start)s::date + v * %(span)s, %(start)s::date + (v + 1) * %(span)s),
                   ST_MakeEnvelope(x, y, x + 0.3, y + 0.3, 4326)
            FROM generate_series(1, %(territories)s) t,
                 LATERAL (SELECT 10 + (t * 7919 %% 600) / 10.0 AS x,
                                 10 + (t * 104729 %% 400) / 10.0 AS y) AS p,
                 generate_series(0, %(per)s - 1) v;
        """,
            {"start": START, "span": span, "territories": territories, "per": per_territory},
        )


def time_queries(table, predicate, queries):
    timings = []
    with connection.cursor() as cursor:
        for day, box in queries:
            sql = f"SELECT count(*) FROM {table} WHERE {predicate}"
            params = {"day": day}
            if box:
                sql += " AND geometry && ST_MakeEnvelope(%(w)s, %(s)s, %(e)s, %(n)s, 4326)"
                params.update(zip("wsen", box, strict=True))
            began = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchone()
            timings.append(time.perf_counter() - began)
    return timings


def random_queries(count, with_box):
    rng = random.Random(42)
    queries = []
    for _ in range(count):
        day = START + timedelta(days=rng.randrange(DAYS))
        if with_box:
            w, s = rng.uniform(10, 60), rng.uniform(10, 40)
            queries.append((day, (w, s, w + 5, s + 4)))
        else:
            queries.append((day, None))
    return queries


def compare_designs(versions, territories, rounds):
    tables = {}
    for i, (name, (index_sql, predicate)) in enumerate(DESIGNS.items()):
        table = f"bench_design_{i}"
        fill(table, versions, territories)
        with connection.cursor() as cursor:
            cursor.execute(index_sql.format(t=table))
            cursor.execute(f"ANALYZE {table}")
        tables[name] = (table, predicate)
    for with_box in (False, True):
        samples = {name: [] for name in tables}
        for _ in range(rounds):
            queries = random_queries(20, with_box)
            for name, (table, predicate) in tables.items():
                samples[name].extend(time_queries(table, predicate, queries))
        label = "day and 5°x4° box" if with_box else "day only"
        baseline = statistics.median(samples[next(iter(tables))])
        print(f"\n{label}: median per query over {len(samples[name])} queries")
        for name, values in samples.items():
            median = statistics.median(values)
            print(f"  {name:48s} {median * 1000:8.2f} ms   x{median / baseline:6.1f}")
    table, predicate = next(iter(tables.values()))
    with connection.cursor() as cursor:
        cursor.execute(
            f"EXPLAIN SELECT id FROM {table} WHERE {predicate}",
            {"day": START + timedelta(days=4000)},
        )
        print(
            "\nPlan for the project's design:\n  "
            + "\n  ".join(row[0] for row in cursor.fetchall())
        )


def compare_serializers(features):
    """GeoJSON from PostGIS (one query, text passed through) against Python per feature."""
    from django.contrib.gis.geos import GEOSGeometry

    with connection.cursor() as cursor:
        cursor.execute("SELECT geometry FROM bench_design_0 LIMIT %s", [features])
        rows = cursor.fetchall()

        def in_postgis():
            cursor.execute(
                "SELECT json_build_object('type','FeatureCollection','features', json_agg("
                "json_build_object('type','Feature','id',id,'geometry',"
                "ST_AsGeoJSON(geometry, 5)::json,'properties',"
                "json_build_object('territory', territory, 'valid_from', valid_from))))::text "
                "FROM (SELECT * FROM bench_design_0 LIMIT %s) f",
                [features],
            )
            return cursor.fetchone()[0]

        def in_python():
            cursor.execute(
                "SELECT id, territory, valid_from, geometry FROM bench_design_0 LIMIT %s",
                [features],
            )
            out = [
                {
                    "type": "Feature",
                    "id": i,
                    "geometry": json.loads(GEOSGeometry(g).json),
                    "properties": {"territory": t, "valid_from": f.isoformat()},
                }
                for i, t, f, g in cursor.fetchall()
            ]
            return json.dumps({"type": "FeatureCollection", "features": out})

        timings = {"PostGIS json_agg": [], "Python per feature": []}
        for _ in range(7):
            for name, build in (
                ("PostGIS json_agg", in_postgis),
                ("Python per feature", in_python),
            ):
                began = time.perf_counter()
                build()
                timings[name].append(time.perf_counter() - began)
    base = statistics.median(timings["PostGIS json_agg"])
    print(f"\nGeoJSON for {len(rows)} features, median of 7:")
    for name, values in timings.items():
        median = statistics.median(values)
        print(f"  {name:20s} {median * 1000:8.1f} ms   x{median / base:5.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=200_000)
    parser.add_argument("--territories", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    bench_name = "bench_mapapp"
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {bench_name} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {bench_name}")
    connection.close()
    settings.DATABASES["default"]["NAME"] = bench_name
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    print(f"{args.versions:,} versions of {args.territories:,} territories in {bench_name}")
    try:
        compare_designs(args.versions, args.territories, args.rounds)
        compare_serializers(2_000)
    finally:
        connection.close()


if __name__ == "__main__":
    main()
