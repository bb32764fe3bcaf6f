"""Benchmark: the map at ~2,000 areas a day in tile mode, before and after the tile prefetch.

    .venv/bin/python -m benchmarks.tile_stepping [--before REF] [--steps 40] [--heap-steps 500]
        [--rounds N] [--only 2000|seed]

One run, one process, one synthetic archive (map_stepping.fill: POLYGONS territories on a grid
over Syria and Iraq, all valid every day, one in twenty changing on each change date; with 501
change dates that is ~52,000 versions, so ~2,000 areas a day: the per-day load is what the
browser feels, not the archive's length). The page is served from this process twice: BEFORE
with the static files (the map's JavaScript) of REF (default: the commit before the prefetch,
exported with `git archive`, as benchmarks/first_paint.py does), AFTER with this checkout's.
For each it prints, in headless Chromium at 1280x800, zoom 6 over Syria and Iraq:

- first polygons: navigation start to the frame after the page marked the first epoch's tiles
  drawn (`data-tiles-drawn`);
- a step (the "next change" button) to the frame after the new epoch's polygons are painted:
  p50, p95, and how many of the steps painted in their first frame (16.7 ms at 60 fps). AFTER
  waits for the neighbour's tiles to arrive before each step (what the prefetch is for); BEFORE
  has no prefetch, so its steps are 150 ms apart, as Play's fast speed. Each is measured at two
  paces: 50 ms after the neighbour arrived (the previous step's panels are often still being
  drawn, so the step waits for the next vsync: up to a frame of phase), and at a reader's pace,
  once the page has settled (map_stepping.SETTLED);
- the JS heap after a garbage collection after --heap-steps steps, and whether Play over as many
  steps finished with the page alive;
- then the same at seed scale (80 areas, GeoJSON mode): the step p95 must not move.

The summary (/api/v1/summary) is asked for at every step, as a reader's page does: it was
answered empty while it cost the server ~13 s a date at 2,000 areas (it starved the tiles'
requests); it costs well under a second since (benchmarks/summary_scale.py).
With --rounds N, BEFORE and AFTER are measured N times, alternated (BEFORE first in odd rounds,
AFTER first in even ones), and the medians of the rounds are reported, with each round's
ratios: the machine is shared, and its load moves within a run.
Ratios AFTER/BEFORE are printed; absolute figures carry the shared machine's noise.
"""

import argparse
import mimetypes
import statistics
import tempfile
import threading
import time
from pathlib import Path

from benchmarks import map_stepping as ms
from benchmarks.first_paint import export_tree

BEFORE_REF = "c2ad9ab"
SEED_POLYGONS = 80
# Stamps the frame after the page first marks a date drawn (tiles or GeoJSON).
FIRST_DRAWN = """
(() => {
  new MutationObserver((_, observer) => {
    const body = document.body;
    if (!body || !(body.dataset.tilesDrawn || (body.dataset.shownDate && !body.dataset.tilesDrawn
      && body.dataset.featureCount))) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstDrawn = performance.now(); });
  }).observe(document, { attributes: true, subtree: true,
    attributeFilter: ["data-tiles-drawn", "data-feature-count"] });
})();
"""


def static_from(tree, app):
    """`app`, with /static/ answered from `tree`'s static/ folder when `tree["root"]` is set."""

    def serve(environ, start_response):
        with tree["lock"]:
            tree["busy"] += 1
        try:
            return answer(environ, start_response)
        finally:
            with tree["lock"]:
                tree["busy"] -= 1

    def answer(environ, start_response):
        path = environ.get("PATH_INFO", "")
        root = tree["root"]
        if root and path.startswith("/static/"):
            file = (root / "static" / path[len("/static/") :]).resolve()
            if file.is_file() and (root / "static") in file.parents:
                kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
                if file.suffix in (".js", ".mjs"):
                    kind = "text/javascript"
                body = file.read_bytes()
                start_response("200 OK", [("Content-Type", kind), ("Cache-Control", "no-cache"),
                                          ("Content-Length", str(len(body)))])  # fmt: skip
                return [body]
        return app(environ, start_response)

    return serve


def wait_idle(tree):
    """Until the server has answered every request: a page closed leaves the tiles it asked for
    being built (Play asks for hundreds), and the next tree's figures must not pay for them."""
    for _ in range(1200):
        if tree["busy"] == 0:
            return
        time.sleep(0.5)


def first_polygons(browser, base_url, day):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.add_init_script(FIRST_DRAWN)
    page.goto(f"{base_url}/?date={day}&view=6/34.0/41.0")
    page.wait_for_function("() => window.__firstDrawn !== undefined", timeout=60_000)
    ms_ = page.evaluate("window.__firstDrawn")
    page.close()
    return ms_


def steps_summary(results, prefix=""):
    times = sorted(r["ms"] for r in results)
    return {
        f"{prefix}p50": statistics.median(times),
        f"{prefix}p95": ms.percentile(times, 0.95),
        f"{prefix}first_frame": sum(1 for r in results if r["frames"] <= 1),
        "steps": len(results),
    }


def run(browser, base_url, days, args, heap):
    figures = {
        "first": statistics.median(first_polygons(browser, base_url, days[0]) for _ in range(3))
    }
    on_screen, results = ms.measure(browser, base_url, days, args.steps, prefetched=True)
    figures.update(steps_summary(results), on_screen=on_screen)
    # The same steps at a reader's pace (map_stepping.SETTLED).
    _, results = ms.measure(browser, base_url, days, args.steps, prefetched=True, settled=True)
    figures.update(steps_summary(results, "settled_"))
    if heap and args.heap_steps:
        samples, played, after_play = ms.heap_over_steps(browser, base_url, days, args.heap_steps)
        figures.update(heap=samples[-1][1], played=played, play_heap=after_play)
    return figures


def alternated(browser, base_url, days, args, heap, tree, before_tree):
    """{"before": figures, "after": figures}, each the median of args.rounds rounds."""
    rounds = {"before": [], "after": []}
    for n in range(args.rounds):
        order = (("before", before_tree), ("after", None))
        for name, root in order if n % 2 == 0 else order[::-1]:
            wait_idle(tree)
            tree["root"] = root
            where = args.before if root else "this checkout"
            print(f"  round {n + 1}: measuring {name} ({where})", flush=True)
            # The heap and Play in the first round only: they take minutes.
            rounds[name].append(run(browser, base_url, days, args, heap and n == 0))
        if args.rounds > 1:
            b, a = rounds["before"][-1], rounds["after"][-1]
            print(
                f"    p50 {b['p50']:.1f} -> {a['p50']:.1f} ms ({ratio(a['p50'], b['p50'])}), "
                f"p95 {b['p95']:.1f} -> {a['p95']:.1f} ms ({ratio(a['p95'], b['p95'])})",
                flush=True,
            )
    return {name: {**median_round(figures), "heap_steps": args.heap_steps}
            for name, figures in rounds.items()}  # fmt: skip


STEP_KEYS = ("p50", "p95", "first_frame")


def median_round(figures):
    """Each figure's median over the rounds (the heap and Play: from the round that had them)."""
    merged = {**figures[0]}
    for key in ("first", "on_screen", *(p + k for p in ("", "settled_") for k in STEP_KEYS)):
        merged[key] = statistics.median(f[key] for f in figures)
    return merged


def ratio(after, before):
    return f"x{after / before:.2f}" if before and after is not None else "-"


def report(label, before, after, steps_too=True):
    print(f"\n{label}")
    print(f"  {'':44} {'before':>10} {'after':>10} {'after/before':>13}")
    rows = [("first polygons (ms)", "first")]
    if steps_too:
        for pace, prefix in (("50 ms after the neighbour", ""), ("a reader's pace", "settled_")):
            rows += [
                (f"step p50, {pace} (ms)", f"{prefix}p50"),
                (f"step p95, {pace} (ms)", f"{prefix}p95"),
            ]
    for name, key in rows:
        b, a = before[key], after[key]
        print(f"  {name:44} {b:10.1f} {a:10.1f} {ratio(a, b):>13}")
    n = after["steps"]
    for pace, prefix in (("50 ms after", ""), ("reader's pace", "settled_")):
        b, a = before[f"{prefix}first_frame"], after[f"{prefix}first_frame"]
        print(f"  {f'painted in their first frame, {pace}':44} {b:>7g}/{n} {a:>7g}/{n}")
    if "heap" in after:
        steps = before.get("heap_steps", "")
        b, a = before["heap"], after["heap"]
        print(f"  {f'heap after {steps} steps (MB)':44} {b:10.1f} {a:10.1f} {ratio(a, b):>13}")
        said = {True: "finished", False: "DID NOT FINISH"}
        print(f"  {f'Play over {steps} steps':44} {said[before['played'] is not None]:>10} "
              f"{said[after['played'] is not None]:>10}")  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE_REF, help="git ref of the former map code")
    parser.add_argument("--polygons", type=int, default=2000)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--heap-steps", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=1, help="BEFORE and AFTER alternated")
    parser.add_argument(
        "--only", choices=("2000", "seed"), help="measure one scale (default: both)"
    )
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from tests.chromium import ARGS

    tree = {"root": None, "busy": 0, "lock": threading.Lock()}
    ms.fresh_database()
    server, base_url = ms.serve(lambda app: static_from(tree, app))
    measured = {}
    try:
        with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
            before_tree = export_tree(args.before, Path(tmp) / "before")
            browser = playwright.chromium.launch(executable_path=ms.CHROMIUM, args=ARGS)
            scales = {
                "2000": ("2,000 scale", args.polygons, True),
                "seed": ("seed scale", SEED_POLYGONS, False),
            }
            for key, (label, count, heap) in scales.items():
                if args.only not in (None, key):
                    continue
                began = time.perf_counter()
                days, versions = ms.fill(count, max(args.steps, args.heap_steps) + 1)
                print(f"\n[{label}] {versions:,} versions written in "
                      f"{time.perf_counter() - began:.1f} s", flush=True)  # fmt: skip
                for name, figures in alternated(browser, base_url, days, args, heap, tree,
                                                before_tree).items():  # fmt: skip
                    measured[label, name] = figures
                on_screen = measured[label, "after"]["on_screen"]
                title = (
                    f"{label}: {on_screen:,} areas drawn, {args.steps} steps, {versions:,} versions"
                )
                report(title, measured[label, "before"], measured[label, "after"])
            browser.close()
    finally:
        server.shutdown()
        ms.connection.close()
    if ("seed scale", "after") in measured:
        seed = measured["seed scale", "after"]
        for pace, key in (("50 ms after the neighbour", "p95"), ("a reader's pace", "settled_p95")):
            verdict = "within" if seed[key] <= 12 else "OVER"
            print(f"seed scale (GeoJSON) step p95 at {pace}: {seed[key]:.1f} ms, {verdict} 12 ms")


if __name__ == "__main__":
    main()
