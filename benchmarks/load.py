"""Load benchmark of the production stack (`make serve`), with wrk, in one run.

    make serve
    .venv/bin/python -m benchmarks.load [--seconds 8] [--connections 32] [--rounds 3] [--today DIR]

1. Throughput: the cached map answer, 200 rotating dates, an embed, a social image, a static file
   and an export, each with wrk (gzip accepted, as browsers do): req/s, p50, p99, and the ratio to
   a bare nginx serving the identical response (body and headers) from a file, run alternately
   --rounds times (the ratio printed is the median round's; every round's is printed beside it).
   "app path" rows go through nginx without its proxy cache, to Django and Redis.
2. Slow clients: 64 connections trickle their request headers, one byte a second, while a normal
   page request is timed; gunicorn's WORKER TIMEOUT lines are counted.
3. Fault: the embedded PostgreSQL is stopped for 10 s; answers per second by status, for a cached
   answer, an uncached API answer and the map page; how long after the restart they recover.
4. Page weight: bytes transferred for the embed and the map page, in headless Chromium.

--today DIR additionally measures the README's former deployment, sync gunicorn with 4 workers
facing the clients directly, run from DIR (a checkout of the code before this change).
Not part of `make test`: it needs minutes and the whole machine.
"""

import argparse
import importlib.util
import json
import os
import re
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("stack", ROOT / "tools" / "serve" / "stack.py")
stack = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(stack)
# The settings `make serve` runs with: DEBUG off, its Redis, its static files.
os.environ.update(stack.app_env())

import django  # noqa: E402

django.setup()

from benchmarks import database_url  # noqa: E402
from mapapp import embedded_pg, geoqueries  # noqa: E402
from mapapp.snapshots.freeze import freeze  # noqa: E402
from mapapp.snapshots.models import Snapshot  # noqa: E402

GZIP = {"Accept-Encoding": "gzip"}
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60000.0}
BASELINE_CONF = """
worker_processes auto;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    default_type application/octet-stream;
    server {{
        listen {host}:{port} backlog=4096;
{files}
        location / {{
            proxy_pass http://unix:{socket}:;
            proxy_set_header Host $http_host;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }}
    }}
}}
"""
# One file served with the headers the stack sent with it, so that the reference sends the same
# response, headers and body, not the body alone with nginx's few headers of a plain file.
FILE_LOCATION = """
        location = /__file/{name} {{
            alias {dir}/files/{name};
            types {{ }}
            default_type "{content_type}";
            etag off;
{headers}
        }}"""
# nginx writes these itself (or they describe the connection, not the answer).
OWN_HEADERS = {"server", "date", "content-length", "connection", "content-type", "keep-alive"}
ROTATE_LUA = """
local dates = {%s}
local i = 0
request = function()
  i = i %% #dates + 1
  return wrk.format("GET", "/api/v1/control?date=" .. dates[i])
end
"""


def fetch(url, headers=None, timeout=10):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


def wrk(url, seconds, connections, script=None):
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-H",
        "Accept-Encoding: gzip",
    ]
    if script:
        command += ["-s", script]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {}
    for percent, value, unit in re.findall(r"\s(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s|m)\b", out):
        latency[percent] = float(value) * UNITS[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "errors": int(errors.group(1)) if errors else 0,
    }


class Baseline:
    """A bare nginx: the same response from a file (/__file/…), and the app without proxy cache."""

    def __init__(self, port):
        self.dir = Path(tempfile.mkdtemp(prefix="mapapp-bench-"))
        # nginx started by root reads files as its unprivileged worker user: mkdtemp's 0700 made
        # every reference request a 403, which wrk counted as fast answers (fixed, and checked
        # below: the reference must answer 200 with the very bytes).
        self.dir.chmod(0o755)
        (self.dir / "files").mkdir(mode=0o755)
        self.port = port
        self.conf = self.dir / "nginx.conf"
        self.locations = []
        self.write_conf()
        subprocess.run(self.nginx(), check=True)
        self.base = f"http://{stack.HOST}:{port}"

    def nginx(self, *signal):
        return [
            "nginx",
            "-p",
            str(self.dir),
            "-c",
            str(self.conf),
            "-e",
            str(self.dir / "error.log"),
            *signal,
        ]

    def write_conf(self):
        self.conf.write_text(
            BASELINE_CONF.format(
                dir=self.dir,
                host=stack.HOST,
                port=self.port,
                socket=stack.GUNICORN_SOCKET,
                files="".join(self.locations),
            )
        )

    def same_bytes(self, name, body, headers):
        """The URL of a file holding `body`, answered with the stack's `headers` beside it."""
        (self.dir / "files" / name).write_bytes(body)
        lines = [
            f'            add_header {key} "{value.replace(chr(34), chr(92) + chr(34))}";'
            for key, value in headers.items()
            if key.lower() not in OWN_HEADERS
        ]
        content_type = headers.get("Content-Type", "application/octet-stream")
        self.locations.append(
            FILE_LOCATION.format(
                name=name, dir=self.dir, content_type=content_type, headers="\n".join(lines)
            )
        )
        self.write_conf()
        subprocess.run(self.nginx("-s", "reload"), check=True)
        url = f"{self.base}/__file/{name}"
        for _ in range(50):  # the reload is asynchronous: wait for the new workers
            status, served, _ = fetch(url, GZIP)
            if status == 200 and served == body:
                return url
            time.sleep(0.1)
        raise RuntimeError(f"the reference nginx does not serve {name}")

    def stop(self):
        pid = int((self.dir / "nginx.pid").read_text())
        os.kill(pid, 3)


def paired(url, file_url, seconds, connections, script, rounds):
    """wrk on `url` and on the same bytes from a file, alternating, `rounds` times each.

    The machine is shared: a burst of someone else's work during one of two back-to-back runs
    halved or doubled a ratio between runs of this benchmark. Alternating the two and taking the
    median of each round's ratio lets both sides meet the same noise.
    """
    measured, reference, ratios = [], [], []
    for _ in range(rounds):
        measured.append(wrk(url, seconds, connections, script))
        reference.append(wrk(file_url, seconds, connections))
        if reference[-1]["errors"]:  # an error page is no reference (see Baseline.__init__)
            raise RuntimeError(f"the reference nginx answered errors for {file_url}")
        ratios.append(measured[-1]["rps"] / reference[-1]["rps"])
    middle = sorted(range(rounds), key=lambda i: ratios[i])[rounds // 2]
    return measured[middle], reference[middle], ratios


def throughput(base, baseline, targets, seconds, connections, rounds=1):
    rows = []
    for label, path, script in targets:
        status, body, headers = fetch(base + path, GZIP)  # warms every cache on the way
        assert status == 200, (label, status)
        file_url = baseline.same_bytes(re.sub(r"\W", "_", label), body, headers)
        measured, reference, ratios = paired(
            base + path, file_url, seconds, connections, script, rounds
        )
        rows.append((label, len(body), measured, reference, ratios))
        if path.startswith("/api/") and not script:
            app = wrk(baseline.base + path, seconds, connections)
            rows.append((label + " (app path)", len(body), app, reference, None))
    return rows


def print_throughput(rows, title):
    print(f"\n{title}")
    print(
        f"{'':34} {'bytes':>8} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8}"
        f" {'nginx file req/s':>17} {'ratio':>6}  rounds"
    )
    for label, size, m, ref, ratios in rows:
        ratio = m["rps"] / ref["rps"]
        spread = " ".join(f"{r:.2f}" for r in ratios) if ratios and len(ratios) > 1 else ""
        print(
            f"{label:34} {size:8d} {m['rps']:9.0f} {m['p50']:8.2f} {m['p99']:8.2f} "
            f"{m['errors']:8d} {ref['rps']:17.0f} {ratio:6.2f}  {spread}"
        )


def trickle(host, port, seconds, stop):
    """One slow client: a request whose headers arrive one byte a second."""
    try:
        sock = socket.create_connection((host, port), timeout=seconds + 5)
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        for byte in b"X-Slow: " + b"a" * 100:
            if stop.is_set():
                break
            sock.sendall(bytes([byte]))
            time.sleep(1)
        sock.close()
    except OSError:
        pass


def slow_clients(base, host, port, log, seconds=12, clients=64):
    stop = threading.Event()
    timeouts_before = log.read_text().count("WORKER TIMEOUT") if log.exists() else 0
    threads = [
        threading.Thread(target=trickle, args=(host, port, seconds, stop), daemon=True)
        for _ in range(clients)
    ]
    for thread in threads:
        thread.start()
    time.sleep(1)
    latencies, failures = [], 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            status, _, _ = fetch(base + "/", timeout=40)
            failures += status != 200
        except OSError:
            failures += 1
        latencies.append((time.monotonic() - started) * 1000)
        time.sleep(0.2)
    stop.set()
    timeouts = (log.read_text().count("WORKER TIMEOUT") if log.exists() else 0) - timeouts_before
    latencies.sort()
    return {
        "requests": len(latencies),
        "p50": latencies[len(latencies) // 2],
        "max": latencies[-1],
        "failures": failures,
        "worker_timeouts": timeouts,
    }


def fault(base, before=5, down=10, after=10):
    """Status counts per second for three kinds of request around a 10 s database stop."""
    counts = defaultdict(Counter)
    bodies = {}
    stop = threading.Event()
    started = time.monotonic()
    fetch(base + "/api/v1/control?date=2016-01-01", GZIP)

    def client(kind, paths):
        for n in range(10**6):
            if stop.is_set():
                return
            try:
                status, _, headers = fetch(base + paths(n), GZIP, timeout=5)
            except OSError:
                status, headers = "conn", {}
            second = int(time.monotonic() - started)
            counts[(kind, second)][status] += 1
            if status == 503:
                bodies[kind] = headers.get("Content-Type", "")
            time.sleep(0.02)

    grid = [(lon, lat) for lon in range(-170, 170, 3) for lat in range(-80, 80, 3)]
    kinds = {
        "cached API": lambda n: "/api/v1/control?date=2016-01-01",
        "uncached API": lambda n: "/api/v1/control?date=2016-01-01&bbox={},{},{},{}".format(
            *grid[n % len(grid)], grid[n % len(grid)][0] + 1, grid[n % len(grid)][1] + 1
        ),
        "map page": lambda n: "/",
    }
    threads = [
        threading.Thread(target=client, args=(kind, paths), daemon=True)
        for kind, paths in kinds.items()
    ]
    for thread in threads:
        thread.start()
    time.sleep(before)
    embedded_pg.stop()
    stopped_at = time.monotonic() - started
    time.sleep(down)
    embedded_pg.start()
    restarted_at = time.monotonic() - started
    time.sleep(after)
    stop.set()
    for thread in threads:
        thread.join()
    return counts, bodies, stopped_at, restarted_at, before + down + after, list(kinds)


def print_fault(result):
    counts, bodies, stopped_at, restarted_at, total, kinds = result
    print(
        f"\nFault run: database stopped at {stopped_at:.1f} s, restarted (ready) at "
        f"{restarted_at:.1f} s; answers per second by status"
    )
    print("  s  " + "  ".join(f"{kind:>24}" for kind in kinds))
    for second in range(int(total) + 1):
        cells = []
        for kind in kinds:
            c = counts.get((kind, second), Counter())
            cells.append(" ".join(f"{s}:{n}" for s, n in sorted(c.items(), key=str)) or "-")
        print(f"{second:3d}  " + "  ".join(f"{cell:>24}" for cell in cells))
    for kind in kinds:
        down = [
            counts.get((kind, s), Counter()) for s in range(int(stopped_at) + 1, int(restarted_at))
        ]
        ok = sum(c[200] for c in down)
        total_down = sum(sum(c.values()) for c in down)
        recovered = next(
            (
                s
                for s in range(int(restarted_at), int(total) + 1)
                if counts.get((kind, s)) and set(counts[(kind, s)]) == {200}
            ),
            None,
        )
        if ok == total_down:
            after = "never failed"
        elif recovered is None:
            after = "never all 200 again"
        else:
            # The first whole second of only 200s ends this long after the restart at most.
            after = f"all 200 within {max(0.0, recovered + 1 - restarted_at):.1f} s of the restart"
        print(
            f"  {kind:14} while down: {ok}/{total_down} answered 200; {after}; "
            f"503 type: {bodies.get(kind, '-')}"
        )


def page_weights(base, snapshot_id):
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    pages = {
        # Functions, not strings: the pages' CSP refuses to evaluate a string.
        "embed": (f"/embed/{snapshot_id}", "() => document.body.dataset.rendered === 'true'", 150),
        "map": ("/?date=2016-01-01", "() => document.body.dataset.featureCount !== undefined", 400),
    }
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--headless=new", "--no-sandbox"]
        )
        for name, (path, rendered, budget) in pages.items():
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            page = context.new_page()
            finished = []
            page.on("requestfinished", lambda request, seen=finished: seen.append(request))
            page.goto(base + path)
            page.wait_for_function(rendered, polling="raf", timeout=30_000)
            page.wait_for_load_state("networkidle")
            total = 0
            for request in finished:
                sizes = request.sizes()
                total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
            results[name] = (total, len(finished), budget)
            context.close()
        browser.close()
    print("\nPage weight (bytes transferred, cold browser cache, production static files)")
    for name, (total, count, budget) in results.items():
        verdict = "within" if total <= budget * 1024 else "OVER"
        print(f"  {name:6} {total / 1024:7.1f} KB in {count} requests ({verdict} {budget} KB)")


def today(directory, port, seconds, connections, baseline):
    """The former deployment: sync gunicorn, 4 workers, facing clients, per-worker caches."""
    env = {key: value for key, value in os.environ.items() if key != "CACHE_URL"}
    env.update(
        DEBUG="false",
        DJANGO_SETTINGS_MODULE="mapapp.settings",
        DATABASE_URL=database_url(),
        STATIC_ROOT=str(Path(directory) / "var" / "staticfiles"),
    )
    log = Path(directory) / "gunicorn-today.log"
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "mapapp.wsgi",
            "--workers",
            "4",
            "--bind",
            f"{stack.HOST}:{port}",
            "--error-logfile",
            str(log),
        ],
        cwd=directory,
        env=env,
    )
    base = f"http://{stack.HOST}:{port}"
    try:
        for _ in range(100):
            try:
                fetch(base + "/api/v1/timeline", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        targets = [("cached map answer", "/api/v1/control?date=2016-01-01", None)]
        rows = [
            row
            for row in throughput(base, baseline, targets, seconds, connections)
            if not row[0].endswith("(app path)")
        ]
        print_throughput(rows, "Today: sync gunicorn x4 directly (no nginx, per-worker cache)")
        result = slow_clients(base, stack.HOST, port, log)
        print(
            f"Today, 64 slow clients: normal page p50 {result['p50']:.0f} ms, max "
            f"{result['max']:.0f} ms, {result['failures']} failed of {result['requests']}, "
            f"{result['worker_timeouts']} WORKER TIMEOUT"
        )
    finally:
        server.terminate()
        server.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--today", help="a checkout of the former code, to measure it too")
    parser.add_argument("--skip-fault", action="store_true")
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternating runs of each row and its nginx file"
    )
    args = parser.parse_args()
    base = f"http://{stack.HOST}:{stack.PORT}"
    try:
        fetch(base + "/healthz", timeout=2)
    except OSError:
        raise SystemExit(f"nothing answers on {base}: start the stack with `make serve`") from None

    dates = geoqueries.change_dates()
    snapshot = Snapshot.objects.filter(title="Load benchmark").first() or freeze(
        title="Load benchmark", day=date(2016, 1, 1)
    )
    days = [dates[0] + timedelta(days=(dates[-1] - dates[0]).days * i // 200) for i in range(200)]
    lua = Path(tempfile.mkdtemp()) / "rotate.lua"
    lua.write_text(ROTATE_LUA % ", ".join(f'"{d.isoformat()}"' for d in days))
    # Readers keep a newsroom's dates warm; a run must not measure the 200 first misses.
    for day in days:
        fetch(f"{base}/api/v1/control?date={day.isoformat()}", GZIP)
    _, html, _ = fetch(base + "/")
    static_js = re.search(rb'src="(/static/map/map\.[0-9a-f]+\.js)"', html).group(1).decode()
    targets = [
        ("cached map answer", "/api/v1/control?date=2016-01-01", None),
        ("200 rotating dates", "/api/v1/control?date=2016-01-01", str(lua)),
        ("embed", f"/embed/{snapshot.id}", None),
        ("social image", f"/s/{snapshot.id}/social.png", None),
        ("static file (map.js)", static_js, None),
        ("export (KML, one date)", "/api/v1/export?format=kml&date=2016-01-01", None),
    ]
    baseline = Baseline(stack.PORT + 1)
    try:
        rows = throughput(base, baseline, targets, args.seconds, args.connections, args.rounds)
        print_throughput(
            rows,
            f"Throughput: wrk -t2 -c{args.connections} -d{args.seconds}s "
            "through make serve (nginx -> gunicorn gthread -> Redis); "
            f"ratio: the median of {args.rounds} rounds, each beside its own nginx-file run",
        )
        slow = slow_clients(base, stack.HOST, stack.PORT, stack.LOG / "gunicorn-error.log")
        print(
            f"\n64 slow clients (headers trickled 1 byte/s) through nginx: a normal page "
            f"request p50 {slow['p50']:.0f} ms, max {slow['max']:.0f} ms, {slow['failures']} "
            f"failed of {slow['requests']}; {slow['worker_timeouts']} WORKER TIMEOUT"
        )
        page_weights(base, snapshot.id)
        if args.today:
            today(args.today, stack.PORT + 2, args.seconds, args.connections, baseline)
    finally:
        baseline.stop()
    if not args.skip_fault:
        print_fault(fault(base))
    print(json.dumps({"done": True}))


if __name__ == "__main__":
    main()
