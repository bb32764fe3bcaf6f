"""The browser on the built archive: today's map against ours, on the same server and data.

Today's map is the JavaScript before issue 13 (TODAY_REF: one GeoJSON of the whole world per
date, every date kept, four dates fetched per step); ours draws vector tiles in view and keeps
a few epochs. The page is served from this process (benchmarks.map_stepping.serve) on the
archive just built; the static files come from TODAY_REF's tree or this checkout's
(benchmarks.tile_stepping.static_from), so the server, the data and Chromium are the same.

For each it times, in headless Chromium at 1280x800 with the whole synthetic area in view
(~2,000 areas): the first polygons (median of three visits), 40 steps with the "next change"
button (p95, and how many painted in their first frame) at a reader's pace and 50 ms after the
prefetched neighbour arrived, the JS heap after a garbage collection after HEAP_STEPS steps,
and whether Play over as many steps finished with the page alive. Today's heap is taken after
TODAY_HEAP_STEPS steps, as the issue's table has it: it grows ~19 MB a step at 1M, and its tab
dies past ~200.
"""

import statistics
import tempfile
import threading
from pathlib import Path

from django.core.cache import cache
from django.db import connection

from benchmarks import map_stepping as ms
from benchmarks import tile_stepping as ts
from benchmarks.first_paint import export_tree

# The last commit before issue 13 (the change-date table, tiles): the map as the issue found it.
TODAY_REF = "3cd3063"
STEPS = 40
HEAP_STEPS = 500
TODAY_HEAP_STEPS = 20


def change_dates(count):
    with connection.cursor() as cursor:
        cursor.execute("SELECT day::text FROM mapapp_changedate ORDER BY day LIMIT %s", [count])
        return [row[0] for row in cursor.fetchall()]


def steps(browser, base_url, days, settled):
    _, results = ms.measure(browser, base_url, days, STEPS, prefetched=True, settled=settled)
    times = sorted(r["ms"] for r in results)
    painted = sum(1 for r in results if r["frames"] <= 1)
    return f"{ms.percentile(times, 0.95):.1f} ms / {painted}/{len(results)}"


def one(browser, base_url, days, heap_steps):
    firsts = [ts.first_polygons(browser, base_url, days[0]) for _ in range(3)]
    print(f"  first polygons {statistics.median(firsts):.0f} ms", flush=True)
    reader = steps(browser, base_url, days, settled=True)
    quick = steps(browser, base_url, days, settled=False)
    print(f"  step p95 / first frame: reader's pace {reader}, 50 ms after {quick}", flush=True)
    samples, played, _ = ms.heap_over_steps(browser, base_url, days, heap_steps)
    return {
        "first polygons": statistics.median(firsts) / 1000,
        "step p95, reader's pace / first frame": reader,
        "step p95, 50 ms after the neighbour / first frame": quick,
        f"heap after {heap_steps} steps (MB)": f"{samples[-1][1]:.1f}",
        f"Play over {heap_steps} steps": "finished" if played is not None else "DID NOT FINISH",
    }


def timings(rows):
    """Today's and our browser figures, added to `rows` (ours plain, today's "(today)")."""
    from playwright.sync_api import sync_playwright

    from tests.chromium import ARGS

    days = change_dates(HEAP_STEPS + 1)
    cache.clear()
    tree = {"root": None, "busy": 0, "lock": threading.Lock()}
    server, base_url = ms.serve(lambda app: ts.static_from(tree, app))
    try:
        with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
            today_tree = export_tree(TODAY_REF, Path(tmp) / "today")
            browser = playwright.chromium.launch(executable_path=ms.CHROMIUM, args=ARGS)
            for suffix, root, heap_steps in (
                (" (today)", today_tree, TODAY_HEAP_STEPS),
                ("", None, HEAP_STEPS),
            ):
                ts.wait_idle(tree)
                tree["root"] = root
                print(f"browser: {'today' if root else 'ours'}", flush=True)
                for name, value in one(browser, base_url, days, heap_steps).items():
                    rows[f"browser: {name}{suffix}"] = value
            browser.close()
    finally:
        server.shutdown()
        connection.close()
