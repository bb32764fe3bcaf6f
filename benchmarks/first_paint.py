"""Benchmark: the map page's weight and first paint, before and after the light basemap, in one run.

    .venv/bin/python -m benchmarks.first_paint [--before REF] [--runs 3] [--network 4g]

needs `make db seed`. For each of two code trees, BEFORE (REF, default: the commit this change
started from, exported with `git archive`) and AFTER (this checkout), it runs `collectstatic`
into a temporary folder (hashed, precompressed files, as `make serve` builds them), serves that
tree with DEBUG off against the same database (whitenoise sends the precompressed files, as
nginx does under `make serve`), and opens the map cold in headless Chromium:

- desktop: 1280x800, no throttling;
- phone: 375x812 touch, CPU slowed 4x (DevTools `Emulation.setCPUThrottlingRate`), and with
  `--network 4g` a 4G link (20 ms, 9 Mbit/s down).

It prints the bytes transferred (response bodies and headers until the network is quiet), the
time of the first basemap paint and of the first polygon paint (the first canvas fill in a
basemap pane, in the polygons' pane, to the next frame), medians of --runs, and AFTER/BEFORE.
Both trees are served at once and their visits alternate, so that other work on a shared machine
slows both alike; each visit awaits a promise of the probe, not Playwright's polling, whose
injected script would run on the throttled main thread while the map starts.
Not part of `make test`: it needs a minute or two and a quiet machine.
"""

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from pathlib import Path

from benchmarks import database_url

ROOT = Path(__file__).resolve().parent.parent
# The commit before the first paint's new order (preloads, modules after the polygons); the one
# before the light basemap (issue 15's first part) is e400cb5.
BEFORE_REF = "c2ad9ab"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PATH = "/?date=2016-01-01"
RENDERED = "document.body.dataset.featureCount !== undefined"
# Records the first fill or stroke on a canvas in a basemap pane and in the polygons' pane,
# stamped at the next animation frame (when it reaches the screen).
PROBE = """
(() => {
  const seen = {};
  window.__firstPaint = seen;
  const mark = (canvas) => {
    const pane = canvas && canvas.closest && canvas.closest(".leaflet-pane");
    if (!pane) return;
    const kind = /leaflet-basemap/.test(pane.className) ? "basemap"
      : /leaflet-overlay-pane/.test(pane.className) ? "polygons" : null;
    if (!kind || kind in seen) return;
    seen[kind] = null;
    requestAnimationFrame(() => {
      seen[kind] = performance.now();
      if (kind === "polygons") done();
    });
  };
  let done;
  window.__polygonsPainted = new Promise((resolve) => { done = resolve; });
  for (const name of ["fill", "stroke"]) {
    const original = CanvasRenderingContext2D.prototype[name];
    CanvasRenderingContext2D.prototype[name] = function (...args) {
      mark(this.canvas);
      return original.apply(this, args);
    };
  }
})();
"""
PROFILES = {
    "desktop": ({"viewport": {"width": 1280, "height": 800}}, 1),
    "phone": (
        {
            "viewport": {"width": 375, "height": 812},
            "device_scale_factor": 2,
            "is_mobile": True,
            "has_touch": True,
        },
        4,
    ),
}
# The network is quiet once no request has started or ended for this long (s).
QUIET_S = 1.5
NETWORKS = {"4g": {"latency": 20, "downloadThroughput": 9e6 / 8, "uploadThroughput": 1.5e6 / 8}}


def export_tree(ref, target):
    """The code at `ref`, written to `target` (no worktree: nothing in .git changes)."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def environment(tree, static_root):
    return {
        **os.environ,
        "DEBUG": "false",
        "DJANGO_SETTINGS_MODULE": "mapapp.settings",
        "STATIC_ROOT": str(static_root),
        "DATABASE_URL": database_url(),
        "PYTHONPATH": str(tree),
    }


def serve(tree, port, static_root):
    """collectstatic, then runserver for `tree` on `port`; returns the process."""
    env = environment(tree, static_root)
    python = str(ROOT / ".venv" / "bin" / "python")
    subprocess.run(
        [python, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=tree, env=env, check=True,
    )  # fmt: skip
    server = subprocess.Popen(
        [python, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/timeline", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"the server for {tree} did not start on port {port}")


def visit(browser, url, profile, network):
    """(bytes transferred, ms to first basemap paint, ms to first polygon paint, requests)."""
    options, cpu = PROFILES[profile]
    context = browser.new_context(bypass_csp=True, **options)
    context.add_init_script(PROBE)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": cpu})
    if network and profile == "phone":
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", {"offline": False, **NETWORKS[network]})
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    activity = {"open": 0, "last": time.monotonic()}

    def opened(request):
        activity.update(open=activity["open"] + 1, last=time.monotonic())

    def closed(request):
        activity.update(open=activity["open"] - 1, last=time.monotonic())

    page.on("request", opened)
    page.on("requestfinished", closed)
    page.on("requestfailed", closed)
    # Not goto()'s wait for the load event and wait_for_function(): Playwright then evaluates its
    # own injected script (~100 KB) in the page, on the throttled main thread, right while the map
    # starts, and the figure measured Playwright as well. The probe's promise is awaited instead.
    page.goto(url, wait_until="commit", timeout=60_000)
    page.evaluate("window.__polygonsPainted")
    # Bytes until the network is quiet after the first paint. Not Playwright's "networkidle": it
    # fires once, after the load event, and a slow phone still building the first polygons can
    # be quiet for its 500 ms before the page asks for what follows them.
    while activity["open"] > 0 or time.monotonic() - activity["last"] < QUIET_S:
        page.wait_for_timeout(100)
    assert page.evaluate(RENDERED), "the map painted polygons but did not say it had rendered"
    paint = page.evaluate("window.__firstPaint")
    total = 0
    for request in finished:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    context.close()
    return total, paint.get("basemap"), paint.get("polygons"), len(finished)


def measure(browser, bases, runs, network):
    """{tree: {profile: medians}}; the trees' visits alternate, so that a machine shared with
    other work slows both alike."""
    samples = {name: {profile: [] for profile in PROFILES} for name in bases}
    for profile in PROFILES:
        for base in bases.values():
            visit(browser, base + PATH, profile, network)  # warm the server, not the browser
        for _ in range(runs):
            for name, base in bases.items():
                samples[name][profile].append(visit(browser, base + PATH, profile, network))
    return {
        name: {
            profile: [
                statistics.median(s[i] if s[i] is not None else float("inf") for s in runs_)
                for i in range(4)
            ]
            for profile, runs_ in profiles.items()
        }
        for name, profiles in samples.items()
    }


def report(before, after, runs, network):
    link = f", 4G link ({network})" if network else ""
    print(f"Map page {PATH}, cold cache, production static files; medians of {runs} runs")
    rows = (("bytes transferred (KB)", 0, 1024), ("first basemap paint (ms)", 1, 1),
            ("first polygon paint (ms)", 2, 1), ("requests", 3, 1))  # fmt: skip
    for profile in PROFILES:
        title = "phone 375x812, CPU 4x slower" + link if profile == "phone" else "desktop 1280x800"
        print(f"\n{title}")
        print(f"  {'':26} {'before':>9} {'after':>9} {'after/before':>13}")
        for label, index, unit in rows:
            b, a = before[profile][index] / unit, after[profile][index] / unit
            ratio = f"{a / b:.2f}" if b else "-"
            print(f"  {label:26} {b:9.1f} {a:9.1f} {ratio:>13}")
    weight = after["desktop"][0] / 1024
    phone_poly = after["phone"][2]
    print(f"\nmap page {weight:.1f} KB: {'within' if weight <= 400 else 'OVER'} the 400 KB budget")
    verdict = "under" if phone_poly < 1500 else "OVER"
    print(f"first polygons on the throttled phone {phone_poly:.0f} ms: {verdict} 1.5 s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE_REF, help="git ref of the former code")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=8071)
    parser.add_argument("--network", choices=sorted(NETWORKS), help="throttle the phone's link")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mapapp.settings")
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox"]
        )
        trees = {"before": export_tree(args.before, Path(tmp) / "before"), "after": ROOT}
        servers, bases = [], {}
        try:
            for offset, (name, tree) in enumerate(trees.items()):
                servers.append(serve(tree, args.port + offset, Path(tmp) / f"static-{name}"))
                bases[name] = f"http://127.0.0.1:{args.port + offset}"
            measured = measure(browser, bases, args.runs, args.network)
        finally:
            for server in servers:
                server.terminate()
                server.wait()
        browser.close()
    report(measured["before"], measured["after"], args.runs, args.network)


if __name__ == "__main__":
    main()
