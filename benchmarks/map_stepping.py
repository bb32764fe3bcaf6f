"""Benchmark: how fast the map repaints when stepping to the next change date, in Chromium.

Run with `.venv/bin/python -m benchmarks.map_stepping [--polygons 2000] [--steps 60]`.
It builds a throw-away database (bench_stepping) on the configured server, fills it with a
synthetic history in which every change date replaces about 5% of the polygons on screen, serves
the real map page from this process, and drives headless Chromium (Debian's /usr/bin/chromium
through Playwright) through the dates with the "next change" button.

For each step it measures, inside the page, the time from the click to the end of the animation
frame in which the new date's polygons were drawn (Leaflet draws the Canvas in a
requestAnimationFrame callback; ours is queued after it, so it runs once that drawing is done),
and how many frames that took. The steps are 150 ms apart, as when playing at the fast speed, so
the prefetched neighbouring epoch has usually arrived; the first visit of each epoch is what is
measured, not a cached repeat. It prints p50/p95/max per scale and the share of steps painted in
the first frame after the click. Figures include the shared machine's noise: run it twice.
"""

import argparse
import os
import random
import statistics
import threading
import time
from datetime import date, timedelta
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

BENCH_DB = "bench_stepping"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
START = date(2014, 6, 1)
FRAME_MS = 1000 / 60

MEASURE_STEP = """
async ([expected, flag]) => {
  let frames = 0;
  let done = false;
  let drawn = 0;
  const counter = () => { frames += 1; if (!done) requestAnimationFrame(counter); };
  const painted = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`${expected} not painted in 60 s`)), 60000);
    // The page marks the date it has drawn on <body>; the observer hears it in the same task.
    const observer = new MutationObserver(() => {
      if (document.body.dataset[flag] !== expected) return;
      observer.disconnect();
      drawn = performance.now();
      requestAnimationFrame(() => { done = true; resolve(); });
    });
    const attributeFilter = ["data-shown-date", "data-tiles-drawn"];
    observer.observe(document.body, { attributes: true, attributeFilter });
  });
  window.redrawMs = 0;
  const began = performance.now();
  requestAnimationFrame(counter);
  document.getElementById("next-change").click();
  await painted;
  return { ms: performance.now() - began, frames, script: drawn - began, redraw: window.redrawMs };
}
"""


# Time spent in Leaflet's Canvas redraws, to tell drawing from the rest of a step.
WRAP_REDRAW = """
(() => {
  const redraw = L.Canvas.prototype._redraw;
  L.Canvas.prototype._redraw = function () {
    const began = performance.now();
    redraw.call(this);
    window.redrawMs = (window.redrawMs || 0) + performance.now() - began;
  };
})()
"""


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def fresh_database():
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {BENCH_DB}")
    connection.close()
    settings.DATABASES["default"]["NAME"] = BENCH_DB
    call_command("migrate", verbosity=0)


def fill(polygons, change_dates):
    """`polygons` territories on a grid over Syria and Iraq, each a 33-vertex ring; on each
    change date one territory in twenty gets a new version (new holder or status)."""
    columns = max(int((polygons * 10 / 6) ** 0.5), 1)
    rows = -(-polygons // columns)
    width, height = 10.0 / columns, 6.0 / rows
    statuses = ["controlled"] * 6 + ["contested", "claimed", "presence", "besieged"]
    days = [START + timedelta(days=30 * k) for k in range(change_dates)]
    rng = random.Random(7)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM mapapp_datedpolygon; DELETE FROM mapapp_territory")
        for slug, color in (("islamic-state", "#1a1a1a"), ("sdf", "#f2c200"), ("iraq", "#2c7fb8")):
            cursor.execute(
                "INSERT INTO mapapp_actor (slug, name, color, description) VALUES (%s, %s, %s, '')"
                " ON CONFLICT (slug) DO NOTHING",
                [slug, slug.replace("-", " ").title(), color],
            )
        cursor.execute("SELECT slug, id FROM mapapp_actor")
        actors = [row[1] for row in cursor.fetchall()]
        rows_sql = []
        for t in range(polygons):
            cursor.execute(
                "INSERT INTO mapapp_territory (slug, name, description) VALUES (%s, %s, '') "
                "RETURNING id",
                [f"bench-{t}", f"Bench area {t}"],
            )
            territory = cursor.fetchone()[0]
            x = 36 + (t % columns + 0.5) * width
            y = 31 + (t // columns + 0.5) * height
            breaks = [0] + [k for k in range(1, change_dates) if k % 20 == t % 20] + [None]
            for a, b in zip(breaks, breaks[1:], strict=False):
                rows_sql.append(
                    (
                        territory,
                        rng.choice(actors),
                        x,
                        y,
                        min(width, height) * 0.45,
                        days[a],
                        days[b] if b is not None else None,
                        rng.choice(statuses),
                        rng.choice(["confirmed", "assessed"]),
                    )
                )
        # One statement: the statement-level triggers (change dates, area series) run once.
        columns = list(zip(*rows_sql, strict=True))
        cursor.execute(
            """
            INSERT INTO mapapp_datedpolygon (territory_id, actor_id, geometry, valid_from,
                valid_to, valid_from_precision, valid_to_precision, status, confidence,
                claimed_by, state, notes, created_at, updated_at)
            SELECT t, a, ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(x, y), 4326), r, 8)),
                f, u, 'day', 'day', s, c, '', 'published', '', now(), now()
            FROM unnest(%s::int[], %s::int[], %s::float8[], %s::float8[], %s::float8[],
                        %s::date[], %s::date[], %s::text[], %s::text[])
                 AS v(t, a, x, y, r, f, u, s, c)
            """,
            [list(column) for column in columns],
        )
    return [d.isoformat() for d in days], len(rows_sql)


def serve(wrap=lambda app: app):
    # A thread per request (a dozen tiles a step): each must close its connection, or the
    # server's connection slots run out within a few hundred steps.
    settings.DATABASES["default"]["CONN_MAX_AGE"] = 0
    from django.core.wsgi import get_wsgi_application

    server = make_server(
        "127.0.0.1", 0, wrap(get_wsgi_application()), ThreadingServer, handler_class=QuietHandler
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def drawn_flag(page):
    """The <body> data attribute that says a date is drawn: its tiles in tile mode (tiles.js).
    Tile mode is the page's JavaScript having loaded its tile module, not the configuration
    asking for it: a former map's code (benchmarks.scale.browser) draws GeoJSON whatever it says."""
    tiled = page.evaluate(
        "performance.getEntriesByType('resource')"
        ".some((e) => /\\/map\\/tiles(\\.[0-9a-f]+)?\\.js$/.test(new URL(e.name).pathname))"
    )
    return "tilesDrawn" if tiled else "shownDate"


# Tile mode: the neighbour's tiles in view are drawn ahead, or the page prefetches no tiles (the
# code before issue 13's tile prefetch: no data-tile-epochs).
TILES_AHEAD = """
([shown, next]) => document.body.dataset.tileEpochs === undefined
  || (document.body.dataset.tilesAhead || '').split(' ').includes(next)
"""


def wait_for_neighbour(page, shown, day):
    """The neighbour `day` has arrived (prefetched), then a short pause."""
    if drawn_flag(page) == "tilesDrawn":
        page.wait_for_function(TILES_AHEAD, arg=[shown, day], timeout=30_000)
    else:
        page.wait_for_function(
            "d => performance.getEntriesByType('resource')"
            ".some((e) => e.name.includes('control?date=' + d))",
            arg=day,
        )
    page.wait_for_timeout(50)


# A reader's pace: the requests the previous step made (neighbours, then the panels, asked for
# once the reader stays on a date: map.js PANEL_MS) have answered and the page has not changed for
# QUIET_MS. A step clicked while the page draws something else waits for the next vsync: up to one
# frame of phase, whatever the step costs (seed scale: steps of 1-2 ms of script measured 3-17 ms
# to their frame when the panels' answers landed around the click, 2-5 ms once settled).
QUIET_MS = 500
# Counts the page's fetches in flight (installed before the page's own scripts run).
COUNT_FETCHES = """
(() => {
  const fetch = window.fetch;
  window.fetchesInFlight = 0;
  window.fetch = function (...args) {
    window.fetchesInFlight += 1;
    const answer = fetch.apply(this, args);
    answer.finally(() => { window.fetchesInFlight -= 1; }).catch(() => {});
    return answer;
  };
})();
"""
SETTLED = """
async (quiet) => {
  // A page that never stops asking or changing does not hang the run.
  const until = performance.now() + 5000;
  const sleep = () => new Promise((r) => setTimeout(r, 10));
  let last = performance.now();
  const observer = new MutationObserver(() => { last = performance.now(); });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true,
    characterData: true });
  while (performance.now() < until) {
    if (window.fetchesInFlight > 0) last = performance.now();
    else if (performance.now() - last >= quiet) break;
    await sleep();
  }
  observer.disconnect();
}
"""


def measure(browser, base_url, days, steps, prefetched, settled=False):
    """(areas on screen, each step's figures). `settled`: each click waits for a reader's pace
    (SETTLED) besides the neighbour; else it comes 50 ms after the neighbour arrived."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.add_init_script(COUNT_FETCHES)
    page.goto(f"{base_url}/?date={days[0]}&view=6/34.0/41.0")
    page.wait_for_function("d => document.body.dataset.shownDate === d", arg=days[0])
    page.evaluate("performance.setResourceTimingBufferSize(100000)")
    page.wait_for_timeout(1000)  # the first date's other requests (events, chart) go out
    on_screen = int(page.evaluate("document.body.dataset.featureCount"))
    page.evaluate(WRAP_REDRAW)
    # Step over the dates the API reports, not the ones written: a date nobody changes on is
    # not a change date.
    days = page.evaluate("fetch('/api/v1/timeline').then((r) => r.json())")["change_dates"]
    results = []
    shown = days[0]
    for n, day in enumerate(days[1 : steps + 1]):
        if prefetched and n > 0:
            # The neighbour has arrived (neighbours are fetched once the reader has moved).
            wait_for_neighbour(page, shown, day)
            if settled:
                page.evaluate(SETTLED, QUIET_MS)
        else:
            page.wait_for_timeout(150)
        page.set_default_timeout(30_000)
        results.append(page.evaluate(MEASURE_STEP, [day, drawn_flag(page)]))
        shown = day
    page.close()
    return on_screen, results


WAIT_DRAWN = "([d, flag]) => document.body.dataset[flag] === d"


def heap_over_steps(browser, base_url, days, steps):
    """The JS heap after a garbage collection, every 100 steps; then Play over as many steps."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    cdp = page.context.new_cdp_session(page)
    page.goto(f"{base_url}/?date={days[0]}&view=6/34.0/41.0")
    flag = drawn_flag(page)
    page.wait_for_function(WAIT_DRAWN, arg=[days[0], flag], timeout=60_000)

    def heap_mb():
        cdp.send("HeapProfiler.collectGarbage")
        return round(cdp.send("Runtime.getHeapUsage")["usedSize"] / 1e6, 1)

    samples = [(0, heap_mb())]
    for n, day in enumerate(days[1 : steps + 1], start=1):
        page.click("#next-change")
        page.wait_for_function(WAIT_DRAWN, arg=[day, flag], timeout=60_000)
        if n % 100 == 0 or n == steps:
            samples.append((n, heap_mb()))
    print("  heap (MB) after steps: " + ", ".join(f"{n}: {mb}" for n, mb in samples), flush=True)
    page.click("#first-change")
    page.wait_for_function(WAIT_DRAWN, arg=[days[0], flag], timeout=60_000)
    page.select_option("#speed", label="fast")
    began = time.perf_counter()
    page.click("#play")
    target = days[min(steps, len(days) - 1)]
    crashed = []
    page.on("crash", lambda _: crashed.append(True))
    try:
        page.wait_for_function(
            "d => document.body.dataset.shownDate >= d", arg=target, timeout=steps * 5_000
        )
        played = time.perf_counter() - began
        after_play = heap_mb()
    except Exception as err:  # a crashed or hung page: said, not raised
        print(f"  Play over {steps} steps did not finish: {str(err).splitlines()[0]}")
        page.close()
        return samples, None, None
    print(
        f"  Play over {steps} steps: reached {target} in {played:.0f} s, "
        f"heap {after_play} MB, page {'crashed' if crashed else 'alive'}",
        flush=True,
    )
    page.close()
    return samples, (None if crashed else played), after_play


def percentile(ordered, fraction):
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(label, on_screen, results):
    times = sorted(r["ms"] for r in results)
    script = sorted(r["script"] for r in results)
    redraw = sorted(r["redraw"] for r in results)
    p95 = percentile(times, 0.95)
    first_frame = sum(1 for r in results if r["frames"] <= 1) / len(results)
    print(
        f"{label}: {on_screen:,} polygons on screen, {len(times)} steps\n"
        f"  step to painted frame: p50 {statistics.median(times):6.1f} ms   "
        f"p95 {p95:6.1f} ms   max {times[-1]:6.1f} ms   (one frame = {FRAME_MS:.1f} ms)\n"
        f"  of which until the new date's layers were in place: p50 "
        f"{statistics.median(script):6.1f} ms   p95 {percentile(script, 0.95):6.1f} ms\n"
        f"  of which drawing the Canvas: p50 {statistics.median(redraw):6.1f} ms   "
        f"p95 {percentile(redraw, 0.95):6.1f} ms\n"
        f"  painted in the first frame after the click: {first_frame:.0%}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polygons", type=int, default=2000)
    parser.add_argument("--small", type=int, default=80, help="polygons at seed scale")
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument(
        "--heap-steps", type=int, default=0, help="JS heap every 100 of these steps, then Play"
    )
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from tests.chromium import ARGS

    fresh_database()
    server, base_url = serve()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for label, count in (("seed scale", args.small), ("2,000 scale", args.polygons)):
                began = time.perf_counter()
                days, versions = fill(count, max(args.steps, args.heap_steps) + 1)
                print(
                    f"\n[{label}] {versions:,} versions written in "
                    f"{time.perf_counter() - began:.1f} s"
                )
                for prefetched in (True, False):
                    how = "neighbours prefetched" if prefetched else "stepping every 150 ms"
                    result = measure(browser, base_url, days, args.steps, prefetched)
                    if result:
                        report(f"{label}, {how}", *result)
                if args.heap_steps:
                    heap_over_steps(browser, base_url, days, args.heap_steps)
            browser.close()
    finally:
        server.shutdown()
        connection.close()


if __name__ == "__main__":
    main()
