"""`make serve` and `make stop`: the production stack on one machine, all of it under var/.

    python3 tools/serve/stack.py start|stop|status

start: Redis (unless CACHE_URL/REDIS_URL names one), `collectstatic`, gunicorn on a unix socket,
nginx in front, each with its configuration, pid file and logs under var/ (no system service,
nothing in /etc). stop: stops what start started, in the reverse order. The embedded PostGIS is
started and stopped by the Makefile (mapapp/embedded_pg.py) unless DATABASE_URL is set.

Standard library only, like embedded_pg: `make stop` must work without the virtual environment.
"""

import hashlib
import http.client
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VAR = ROOT / "var"
SERVE = VAR / "serve"
LOG = VAR / "log"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or SERVE / "static")
HOST = os.environ.get("SERVE_HOST", "127.0.0.1")
PORT = int(os.environ.get("SERVE_PORT", "8080"))
# gthread: nginx has already read each request and buffers each answer, so a worker thread is
# busy only while the app computes. Most of that time is waiting for Redis or PostgreSQL, where
# threads overlap; CPU-bound work (an uncached export, an image) holds one process's GIL, so
# there are processes too. Sync workers would need one process per concurrent request; async
# workers would need psycopg and Pillow to cooperate with an event loop.
WORKERS = int(os.environ.get("WEB_WORKERS") or max(2, (os.cpu_count() or 1) + 1))
THREADS = int(os.environ.get("WEB_THREADS", "4"))
REDIS_MAXMEMORY = os.environ.get("REDIS_MAXMEMORY", "256mb")
PROXY_CACHE_SIZE = os.environ.get("PROXY_CACHE_SIZE", "512m")
WEB_USER = "mapapp-web"
VENV_BIN = ROOT / ".venv" / "bin"


def run_dir():
    """var/serve/run, or a short /tmp path when the sockets' paths would be too long."""
    preferred = SERVE / "run"
    if len(str(preferred / "gunicorn.sock")) < 100:
        return preferred
    digest = hashlib.sha1(str(ROOT).encode()).hexdigest()[:10]
    return Path(tempfile.gettempdir()) / f"mapapp-run-{digest}"


RUN = run_dir()
REDIS_SOCKET = RUN / "redis.sock"
GUNICORN_SOCKET = RUN / "gunicorn.sock"


def cache_url():
    return os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL") or f"unix://{REDIS_SOCKET}"


def app_env():
    """The environment gunicorn and manage.py run with: production settings, the shared cache."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mapapp.settings",
        "DEBUG": "false",
        "CACHE_URL": cache_url(),
        "STATIC_ROOT": str(STATIC_ROOT),
    }


def read_pid(name):
    try:
        pid = int((RUN / f"{name}.pid").read_text().split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return None
    return pid


def wait_for(test, what, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if test():
            return
        time.sleep(0.1)
    sys.exit(f"serve: {what} did not start in {seconds} s; see {LOG}")


def start_redis():
    if os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL"):
        return
    if read_pid("redis"):
        return
    (SERVE / "redis").mkdir(parents=True, exist_ok=True)
    conf = SERVE / "redis.conf"
    conf.write_text(
        "# Written by tools/serve/stack.py: a cache only, on a unix socket, bounded in bytes.\n"
        "port 0\n"
        f"unixsocket {REDIS_SOCKET}\n"
        "unixsocketperm 700\n"
        "daemonize yes\n"
        f"pidfile {RUN}/redis.pid\n"
        f"logfile {LOG}/redis.log\n"
        f"dir {SERVE}/redis\n"
        f"maxmemory {REDIS_MAXMEMORY}\n"
        # Every entry can be rebuilt from PostgreSQL: evict the least recently used, never refuse.
        "maxmemory-policy allkeys-lru\n"
        'save ""\n'
        "appendonly no\n"
    )
    subprocess.run(["redis-server", str(conf)], check=True, stdout=subprocess.DEVNULL)
    wait_for(REDIS_SOCKET.exists, "Redis")


def manage(*args):
    subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", *args], cwd=ROOT, env=app_env(), check=True
    )


def answers(path):
    """Whether gunicorn answers `path` on its unix socket."""
    try:
        sock = socket.socket(socket.AF_UNIX)
        sock.settimeout(2)
        sock.connect(str(GUNICORN_SOCKET))
        conn = http.client.HTTPConnection("localhost")
        conn.sock = sock
        conn.request("GET", path, headers={"Host": "127.0.0.1"})
        return conn.getresponse().status == 200
    except OSError:
        return False


def start_gunicorn():
    running = read_pid("gunicorn")
    if running:
        # `make serve` again, after a pull say: the workers must run the new code and read the
        # new static manifest (a page of the old workers named CSS files that no longer exist
        # after collectstatic). HUP starts new workers, which import the app afresh, and lets
        # the old ones finish their requests.
        os.kill(running, signal.SIGHUP)
        time.sleep(1)
        wait_for(lambda: answers("/healthz"), "gunicorn")
        return
    # 30 s is far above any request's work (the slowest, an uncached KML export, takes ~0.5 s):
    # a timeout means a stuck worker, not a slow client, since nginx holds the slow clients.
    command = [
        str(VENV_BIN / "gunicorn"),
        "mapapp.wsgi",
        f"--bind=unix:{GUNICORN_SOCKET}",
        "--worker-class=gthread",
        f"--workers={WORKERS}",
        f"--threads={THREADS}",
        "--timeout=30",
        "--graceful-timeout=20",
        "--max-requests=20000",
        "--max-requests-jitter=2000",
        f"--pid={RUN}/gunicorn.pid",
        f"--access-logfile={LOG}/gunicorn-access.log",
        f"--error-logfile={LOG}/gunicorn-error.log",
        # nginx's workers, another user when run as root, connect to the socket.
        "--umask=0o000",
        "--daemon",
    ]
    subprocess.run(command, cwd=ROOT, env=app_env(), check=True)
    wait_for(lambda: answers("/healthz"), "gunicorn")


def web_user():
    """Who nginx's workers run as: the caller, or as root a dedicated user without a shell."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(WEB_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", WEB_USER],
            check=True,
        )
    return WEB_USER


def brotli_line():
    modules = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
    return "brotli_static on;" if modules.exists() else "# brotli_static: module not installed"


def nginx_conf():
    user = web_user()
    state = SERVE / "nginx"
    for sub in ("client-body", "proxy-temp", "fastcgi-temp", "uwsgi-temp", "scgi-temp", "cache"):
        (state / sub).mkdir(parents=True, exist_ok=True)
        if user:
            shutil.chown(state / sub, user=user)
    values = {
        "USER_LINE": f"user {user};" if user else "# user: nginx runs as whoever started it",
        "RUN": RUN,
        "LOG": LOG,
        "STATE": state,
        "STATIC_ROOT": STATIC_ROOT,
        "HOST": HOST,
        "PORT": PORT,
        "PROXY_CACHE_SIZE": PROXY_CACHE_SIZE,
        "BROTLI_LINE": brotli_line(),
    }
    text = (ROOT / "tools" / "serve" / "nginx.conf").read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", str(value))
    conf = SERVE / "nginx.conf"
    conf.write_text(text)
    return conf


def nginx(*args):
    conf = SERVE / "nginx.conf"
    return subprocess.run(
        ["nginx", "-p", str(SERVE), "-c", str(conf), "-e", str(LOG / "nginx-error.log"), *args],
        check=True,
    )


def start_nginx():
    nginx_conf()
    if read_pid("nginx"):
        nginx("-s", "reload")
        return
    nginx("-t", "-q")
    nginx()
    wait_for(lambda: read_pid("nginx") is not None, "nginx")


def start():
    for path in (SERVE, LOG, RUN):
        path.mkdir(parents=True, exist_ok=True)
    start_redis()
    manage("collectstatic", "--no-input", "-v", "0")
    start_gunicorn()
    start_nginx()
    print()
    print(f"  Serving: http://{HOST}:{PORT}/   (nginx -> gunicorn gthread {WORKERS}x{THREADS})")
    print(f"  Cache:   {cache_url()}")
    print(f"  Logs:    {LOG}/   Stop everything with 'make stop'.")
    print()


def stop_process(name, sig=signal.SIGTERM, seconds=30):
    pid = read_pid(name)
    if pid is None:
        return
    os.kill(pid, sig)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    print(f"serve: {name} (pid {pid}) did not stop in {seconds} s", file=sys.stderr)


def stop():
    stop_process("nginx", signal.SIGQUIT)
    stop_process("gunicorn")
    stop_process("redis")
    for name in ("nginx", "gunicorn", "redis"):
        (RUN / f"{name}.pid").unlink(missing_ok=True)


def status():
    states = {name: read_pid(name) for name in ("redis", "gunicorn", "nginx")}
    for name, pid in states.items():
        print(f"{name}: {'running, pid ' + str(pid) if pid else 'stopped'}")
    return 0 if all(states.values()) else 3


def main(argv):
    command = argv[1] if len(argv) > 1 else "status"
    if command == "start":
        start()
    elif command == "stop":
        stop()
    elif command == "status":
        return status()
    else:
        print("usage: python3 tools/serve/stack.py start|stop|status", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
