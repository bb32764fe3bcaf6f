"""Entry point: see benchmarks/scale/__init__.py."""

import argparse
import sys
import time

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import DatabaseError, connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from benchmarks.scale import browser, diff, measure, synth  # noqa: E402


def create(name):
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {name}")
    connection.close()
    settings.DATABASES["default"]["NAME"] = name
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    call_command("migrate", verbosity=0)


def use(name):
    connection.close()
    settings.DATABASES["default"]["NAME"] = name


def drop(name, home):
    use(home)
    for _ in range(30):
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        except DatabaseError:
            # An autovacuum worker (a superuser's) on the fresh database cannot be terminated
            # by FORCE; it ends on its own.
            time.sleep(10)
    print(f"could not drop {name}; drop it by hand", file=sys.stderr)


# A build kept for a later --reuse run keeps its phases' times with it (a throw-away database).
PHASES = "bench_scale_build"


def build(size, layout):
    """Fill the database; its phases' times, also kept in it for a later --reuse run."""
    with connection.cursor() as cursor:
        seconds, (written, phases) = measure.timed(lambda: synth.fill(cursor, size, layout=layout))
        rows = {"build (s)": seconds, **phases, "versions": written}
        cursor.execute(f"CREATE TABLE {PHASES} (name text, seconds float8)")
        cursor.executemany(
            f"INSERT INTO {PHASES} VALUES (%s, %s)", [(k, float(v)) for k, v in rows.items()]
        )
    return rows


def built():
    """The phases of an earlier --keep build (none when it stopped before its end)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [PHASES])
        if not cursor.fetchone()[0]:
            cursor.execute("SELECT count(*) FROM mapapp_datedpolygon")
            return {"build (s)": "unfinished", "versions": cursor.fetchone()[0]}
        cursor.execute(f"SELECT name, seconds FROM {PHASES}")
        rows = dict(cursor.fetchall())
    rows["versions"] = int(rows["versions"])
    return rows


def run(size, layout, fresh=True, only=None):
    rows = build(size, layout) if fresh else built()
    rows["layout"] = layout
    print(f"{size:,} versions ({layout}) built: {rows}", flush=True)
    if only == "browser":
        browser.timings(rows)
        return rows, {}
    if only in (None, "series"):
        if only is None:
            measure.in_db(rows)
            measure.over_http(rows)
        measure.area(rows)
        measure.area_build(rows)
        if layout != "points":  # the points never meet: their sums are the unions
            measure.kept_equals_computed(rows)
        if only is None:
            measure.tile_times(rows)
            measure.export_memory(rows)
    if only in (None, "diff"):
        diff.timings(rows)
    plans = {}
    if only is None:
        plans.update(measure.plans())
    if only == "series":
        plans.update(measure.series_plans())
    if only in (None, "diff"):
        plans.update(diff.plans())
    return rows, plans


def cell(value):
    if isinstance(value, float):
        if value < 0.001:
            return f"{value * 1000:.3f} ms"
        return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.0f} s"
    if isinstance(value, tuple):
        return " / ".join(str(v) for v in value)
    return str(value)


def print_table(results):
    """`results`: {(size, layout): (rows, plans)}, printed as a column each."""
    keys = list(results)
    names = list(dict.fromkeys(name for rows, _ in results.values() for name in rows))
    print("\n| | " + " | ".join(f"{s:,} {layout}" for s, layout in keys) + " |")
    print("|---|" + "---|" * len(keys))
    for name in names:
        cells = [cell(results[k][0].get(name, "")) for k in keys]
        print(f"| {name} | " + " | ".join(cells) + " |")
    sizes = [k for k in keys if k[1] == "points"]
    if not sizes:
        return
    first, last = sizes[0], sizes[-1]
    rows = results[last][0]
    if "tile uncached p95 (HTTP)" not in rows:  # --only diff: the table says it all
        return
    print(f"\nGrowth {first[0]:,} -> {last[0]:,} (x), and today / ours at {last[0]:,}:")
    for name in ("epoch lookup, in DB", "timeline, in DB"):
        a, b = results[first][0][name], results[last][0][name]
        today = results[last][0][f"{name} (today)"]
        print(f"  {name}: growth x{b / a:.2f}; today / ours x{today / b:.0f}")
    ratio = rows["tile uncached p95 (HTTP)"] / rows["tile uncached p95, in DB"]
    # The first pass includes the process's first requests (URLconf, connection, the statement
    # compiled); the alternated one (tile_http) measures three rounds after a warm-up.
    print(
        f"  tile p95: HTTP / in-DB floor x{ratio:.2f} (one pass, first requests included), "
        f"{rows['tile uncached p95, HTTP after / in DB']} (three rounds after a warm-up)"
    )


def print_ratios(results):
    """Each layout against the points at the same size, measured in the same run: the machine is
    shared, so a ratio says more than a time."""
    for (size, layout), (rows, _) in results.items():
        base = results.get((size, "points"))
        if layout == "points" or base is None:
            continue
        print(f"\n{layout} / points at {size:,} versions (x):")
        for name, value in rows.items():
            other = base[0].get(name)
            if isinstance(value, float) and isinstance(other, float) and other > 0:
                print(f"  {name}: {cell(other)} -> {cell(value)} (x{value / other:.2f})")


def database(size, layout):
    """The throw-away database of a size and layout (the points' keep their former name)."""
    return f"bench_scale_{size}" if layout == "points" else f"bench_scale_{layout}_{size}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000", help="versions, comma-separated")
    parser.add_argument(
        "--layouts",
        default="points",
        help="comma-separated, each measured at each size in turn: points (the default: "
        "territories that never touch) and/or touching (territories tiling the ground, "
        "neighbours of one actor sharing their borders); see benchmarks/scale/synth.py",
    )
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    parser.add_argument(
        "--build-only", action="store_true", help="build (and keep) the databases, measure nothing"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="measure databases kept by an earlier --keep run"
    )
    parser.add_argument(
        "--only",
        choices=["diff", "series", "browser"],
        help="measure only this (diff: today's fast diff against ours, and their plans; series: "
        "the area series, its recomputes with the former functions and ours, its check against "
        "the computed series on touching territories, and the pairs step's plans; browser: "
        "today's map against ours in Chromium, benchmarks/scale/browser.py)",
    )
    args = parser.parse_args()
    setup_test_environment()  # the test client's host, as the test suite has it
    home = settings.DATABASES["default"]["NAME"]
    results = {}
    layouts = args.layouts.split(",")
    unknown = set(layouts) - set(synth.LAYOUTS)
    if unknown:
        parser.error(f"unknown layouts: {', '.join(sorted(unknown))}")
    for size in (int(s) for s in args.sizes.split(",")):
        for layout in layouts:
            name = database(size, layout)
            began = time.perf_counter()
            if args.reuse:
                use(name)
            else:
                create(name)
            try:
                if args.build_only:
                    print(build(size, layout), flush=True)
                    continue
                key = (size, layout)
                results[key] = run(size, layout, fresh=not args.reuse, only=args.only)
            finally:
                if not (args.keep or args.build_only):
                    drop(name, home)
            print(f"{size:,} versions, {layout}: {time.perf_counter() - began:.0f} s", flush=True)
            print_table({key: results[key]})  # at once: a later size may take long
    if len(results) > 1:
        print_table(results)
        print_ratios(results)
    if not results:
        return
    largest = max(size for size, _ in results)
    for (size, layout), (_, plans) in results.items():
        if size == largest:
            for title, plan in plans.items():
                print(f"\nEXPLAIN ANALYZE, {title}, at {size:,} versions, {layout}:\n{plan}")


if __name__ == "__main__":
    main()
