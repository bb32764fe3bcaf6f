"""The embedded PostGIS cluster: a private PostgreSQL under var/ that the project starts itself.

Used when DATABASE_URL is not set. The cluster has its own data directory and unix socket, listens
on no TCP port, and needs no system service. PostgreSQL refuses to run as root, so as root the
cluster runs as a dedicated system user; otherwise it runs as whoever calls it.

This module imports nothing outside the standard library: `make` calls it before the virtual
environment exists (`python3 -m mapapp.embedded_pg start|stop|status|url`), and settings.py
imports it only to learn where the socket is.
"""

import hashlib
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
SYSTEM_USER = "mapapp-pg"
DIGEST = hashlib.sha1(str(ROOT).encode()).hexdigest()[:10]


def _reachable_by_others(path):
    """Whether every existing directory above `path` lets other users pass through."""
    return all(os.stat(parent).st_mode & 0o001 for parent in path.parents if parent.exists())


# As root the cluster runs as SYSTEM_USER, who must reach its files. A checkout under a private
# directory (such as /root) is out of its reach, so the cluster then lives in /var/tmp instead.
if os.geteuid() == 0 and not _reachable_by_others(VAR):
    CLUSTER_HOME = Path("/var/tmp") / f"mapapp-pg-{DIGEST}"
else:
    CLUSTER_HOME = VAR
DATA_DIR = CLUSTER_HOME / "pgdata"
LOG_FILE = CLUSTER_HOME / "postgres.log"
DB_NAME = "mapapp"
DB_USER = "mapapp"
# Only names the socket file (.s.PGSQL.<port>); nothing listens on TCP.
PORT = 5432
EXTENSIONS = ("postgis", "btree_gist")


def socket_dir():
    """Where the unix socket lives: var/pgsock, or a short /tmp path when that one is too long.

    A unix socket path is limited to 107 bytes, which a deep checkout can exceed.
    """
    preferred = CLUSTER_HOME / "pgsock"
    if len(str(preferred)) + len(f"/.s.PGSQL.{PORT}") < 100:
        return preferred
    return Path(tempfile.gettempdir()) / f"mapapp-pgsock-{DIGEST}"


def pg_bin():
    """The directory holding initdb and pg_ctl: PG_BIN, else the newest Debian PostgreSQL."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if candidates:
        return candidates[0].parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    sys.exit(
        "embedded_pg: no PostgreSQL server found (initdb). Install postgresql-15-postgis-3, "
        "set PG_BIN to its bin directory, or set DATABASE_URL to an existing PostGIS."
    )


def cluster_user():
    """The operating-system user that owns and runs the cluster."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid()).pw_name
    try:
        pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SYSTEM_USER,
            ],
            check=True,
        )
    return SYSTEM_USER


def _as_cluster_user(cmd, **kwargs):
    user = cluster_user()
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", user, "--", *cmd]
        # The cluster user may not be allowed into the checkout; start it where it may go.
        kwargs.setdefault("cwd", CLUSTER_HOME)
    return subprocess.run(cmd, **kwargs)


def _own(path):
    if os.geteuid() == 0:
        shutil.chown(path, user=cluster_user())


def init():
    """Create the data directory once; later calls reuse it."""
    if (DATA_DIR / "PG_VERSION").exists():
        return
    CLUSTER_HOME.mkdir(parents=True, exist_ok=True)
    _own(CLUSTER_HOME)
    DATA_DIR.mkdir(mode=0o700, exist_ok=True)
    _own(DATA_DIR)
    _as_cluster_user(
        [
            str(pg_bin() / "initdb"),
            "-D",
            str(DATA_DIR),
            "-U",
            DB_USER,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    settings = (
        "\n# Written by mapapp/embedded_pg.py: unix socket only, tuned for a developer machine.\n"
        "listen_addresses = ''\n"
        f"unix_socket_directories = '{socket_dir()}'\n"
        f"port = {PORT}\n"
        # Losing the last few commits in a power cut is acceptable on a dev cluster; waiting for
        # fsync on every test transaction is not.
        "synchronous_commit = off\n"
        "max_connections = 50\n"
    )
    with open(DATA_DIR / "postgresql.conf", "a") as conf:
        conf.write(settings)


def is_running():
    result = _as_cluster_user(
        [str(pg_bin() / "pg_ctl"), "status", "-D", str(DATA_DIR)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return result.returncode == 0


def _remove_stale_pid_file():
    """A crashed run leaves postmaster.pid behind; remove it when its process is gone."""
    pid_file = DATA_DIR / "postmaster.pid"
    if not pid_file.exists():
        return
    try:
        pid = int(pid_file.read_text().split()[0])
        os.kill(pid, 0)
        # After a reboot the pid may belong to another program: only a postgres counts.
        alive = b"postgres" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except (ValueError, IndexError, ProcessLookupError, FileNotFoundError):
        alive = False
    except PermissionError:
        alive = True
    if not alive:
        pid_file.unlink()


def psql(sql, database=DB_NAME):
    cmd = [
        str(pg_bin() / "psql"),
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "-h",
        str(socket_dir()),
        "-p",
        str(PORT),
        "-U",
        DB_USER,
        "-d",
        database,
        "-tAc",
        sql,
    ]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip()


def start():
    init()
    sock = socket_dir()
    sock.mkdir(exist_ok=True)
    _own(sock)
    if not is_running():
        _remove_stale_pid_file()
        LOG_FILE.touch()
        _own(LOG_FILE)
        result = _as_cluster_user(
            [
                str(pg_bin() / "pg_ctl"),
                "start",
                "-w",
                "-t",
                "60",
                "-D",
                str(DATA_DIR),
                "-l",
                str(LOG_FILE),
            ],
            stdout=subprocess.DEVNULL,
        )
        if result.returncode != 0:
            sys.exit(f"embedded_pg: PostgreSQL did not start; see {LOG_FILE}")
    if psql(f"SELECT 1 FROM pg_database WHERE datname = '{DB_NAME}'", "postgres") != "1":
        psql(f"CREATE DATABASE {DB_NAME}", "postgres")
    # Extensions in template1 too, so that test databases are born with them.
    for database in ("template1", DB_NAME):
        for extension in EXTENSIONS:
            psql(f"CREATE EXTENSION IF NOT EXISTS {extension}", database)


def stop():
    if (DATA_DIR / "PG_VERSION").exists() and is_running():
        _as_cluster_user(
            [str(pg_bin() / "pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(DATA_DIR)],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def database_settings():
    """Django DATABASES entry for the embedded cluster."""
    return {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": DB_NAME,
        "USER": DB_USER,
        "HOST": str(socket_dir()),
        "PORT": str(PORT),
    }


def main(argv):
    command = argv[1] if len(argv) > 1 else "status"
    if command == "start":
        start()
        print(f"embedded PostGIS running: socket {socket_dir()}, data {DATA_DIR}")
    elif command == "stop":
        stop()
        print("embedded PostGIS stopped")
    elif command == "status":
        running = (DATA_DIR / "PG_VERSION").exists() and is_running()
        print("running" if running else "stopped")
        return 0 if running else 3
    else:
        print("usage: python3 -m mapapp.embedded_pg start|stop|status", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
