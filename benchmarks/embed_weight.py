"""Benchmark: the embed's weight and time to first render beside the full map's; image render time.

Run with `.venv/bin/python -m benchmarks.embed_weight [--runs N] [--port P]` after `make db`.
It loads the seed data (idempotent), freezes a snapshot of the latest change date, serves the
site with `runserver` (DEBUG off, static files through whitenoise as in production), and opens
each page N times in headless Chromium with an empty cache. It prints:

- weight: the bytes of every response the page needed, each counted gzip-compressed (as
  whitenoise's precompressed files and our gzipped pages travel), against the 150 KB budget;
- time to first render: the embed's own `embed-rendered` mark, and for the map the moment its
  polygons are on the canvas (`data-feature-count` set), both from navigation start;
- image render time: the social card and the print image, drawn uncached.
"""

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import date

import django

django.setup()

from django.core.management import call_command  # noqa: E402

from mapapp import geoqueries  # noqa: E402
from mapapp.snapshots.freeze import freeze  # noqa: E402
from mapapp.snapshots.renderer import SIZES, draw_snapshot  # noqa: E402

BUDGET = 150 * 1024
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
MAP_RENDERED = "() => document.body.dataset.featureCount !== undefined"
EMBED_RENDERED = "() => document.body.dataset.rendered === 'true'"


def serve(port):
    env = {**os.environ, "DEBUG": "false"}
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/timeline", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"the server on port {port} did not start")


def visit(browser, url, rendered):
    """(compressed bytes, ms to first render, requests) for one cold load of `url`."""
    context = browser.new_context(viewport={"width": 640, "height": 800})
    page = context.new_page()
    bodies = []
    page.on("requestfinished", lambda request: bodies.append(request))
    page.goto(url)
    page.wait_for_function(rendered, polling="raf", timeout=30_000)
    render_ms = page.evaluate("performance.now()")
    mark = page.evaluate("(performance.getEntriesByName('embed-rendered')[0] || {}).startTime")
    page.wait_for_load_state("networkidle")
    weight = 0
    for request in bodies:
        response = request.response()
        body = response.body() if response else b""
        weight += len(gzip.compress(body, 6)) + 300  # ~300 bytes of headers each
    count = len(bodies)
    context.close()
    return weight, mark or render_ms, count


def image_times(snapshot, runs):
    timings = {}
    for name, (width, height) in SIZES.items():
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            draw_snapshot(snapshot, width, height)
            samples.append((time.perf_counter() - start) * 1000)
        timings[name] = (width, height, statistics.median(samples))
    return timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--port", type=int, default=8069)
    parser.add_argument("--fixtures", help="a seed directory other than fixtures/ to load first")
    parser.add_argument("--date", help="YYYY-MM-DD to freeze (default: the last change but one)")
    args = parser.parse_args()
    call_command("load_seed", *(["--fixtures", args.fixtures] if args.fixtures else []))
    dates = geoqueries.change_dates()
    if not dates:
        raise SystemExit("no published data: load the seed first (make seed)")
    day = date.fromisoformat(args.date) if args.date else dates[-2] if len(dates) > 1 else dates[0]
    snapshot = freeze(title="Benchmark snapshot", day=day)
    print(f"snapshot {snapshot.id} of {day}: {len(snapshot.features['features'])} areas")

    from playwright.sync_api import sync_playwright

    server = serve(args.port)
    base = f"http://127.0.0.1:{args.port}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox"]
            )
            pages = {
                "embed /embed/<id>": (f"{base}/embed/{snapshot.id}", EMBED_RENDERED),
                "full map /": (f"{base}/?date={day.isoformat()}", MAP_RENDERED),
            }
            for label, (url, rendered) in pages.items():
                visit(browser, url, rendered)  # warm the server's caches, not the browser's
                runs = [visit(browser, url, rendered) for _ in range(args.runs)]
                weight = statistics.median(r[0] for r in runs)
                render = statistics.median(r[1] for r in runs)
                budget = ""
                if label.startswith("embed"):
                    budget = " (within budget)" if weight < BUDGET else " (OVER the 150 KB budget)"
                print(
                    f"{label:18} {weight / 1024:6.1f} KB compressed{budget} in {runs[0][2]} "
                    f"requests; first render {render:5.0f} ms (median of {args.runs})"
                )
            browser.close()
    finally:
        server.terminate()
        server.wait()
    for name, (width, height, ms) in image_times(snapshot, args.runs).items():
        print(f"image {name:7} {width}x{height}: rendered in {ms:6.0f} ms (median, uncached)")
    snapshot.delete()


if __name__ == "__main__":
    main()
