"""Throw-away PostgreSQL clusters for tests: a primary and its streaming standby, under a tmp dir.

They reuse the embedded cluster's helpers (mapapp/embedded_pg.py): the same PostgreSQL binaries,
and as root the same unprivileged cluster user, since PostgreSQL refuses to run as root.
"""

import os
import shutil
import subprocess
import time
from pathlib import Path

from mapapp import embedded_pg

SETTINGS = (
    "listen_addresses = ''\n"
    "port = 5432\n"
    "wal_level = replica\n"
    "max_wal_senders = 4\n"
    "hot_standby = on\n"
    # Throw-away: durability is not the point, speed is.
    "fsync = off\n"
    "synchronous_commit = off\n"
    "max_connections = 30\n"
)


def as_cluster_user(cmd, home):
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", embedded_pg.cluster_user(), "--", *cmd]
    return subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=home)


def own(path):
    if os.geteuid() == 0:
        shutil.chown(path, user=embedded_pg.cluster_user())


class Cluster:
    def __init__(self, home, name):
        self.home = Path(home)
        self.data = self.home / name
        self.socket = self.home / f"{name}-sock"
        self.log = self.home / f"{name}.log"

    def url(self, database="mapapp"):
        return f"postgres://{embedded_pg.DB_USER}@/{database}?host={self.socket}"

    def configure(self):
        self.socket.mkdir(exist_ok=True)
        own(self.socket)
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(SETTINGS + f"unix_socket_directories = '{self.socket}'\n")

    def start(self):
        pg_ctl = str(embedded_pg.pg_bin() / "pg_ctl")
        as_cluster_user(
            [pg_ctl, "start", "-w", "-D", str(self.data), "-l", str(self.log)], self.home
        )

    def stop(self):
        if (self.data / "postmaster.pid").exists():
            pg_ctl = str(embedded_pg.pg_bin() / "pg_ctl")
            as_cluster_user(
                [pg_ctl, "stop", "-w", "-m", "immediate", "-D", str(self.data)], self.home
            )

    def psql(self, sql, database="mapapp"):
        psql = str(embedded_pg.pg_bin() / "psql")
        args = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(self.socket), "-U", "mapapp"]
        return as_cluster_user([psql, *args, "-d", database, "-tAc", sql], self.home).stdout.strip()


def start_primary(home):
    own(home)
    primary = Cluster(home, "primary")
    initdb = str(embedded_pg.pg_bin() / "initdb")
    as_cluster_user(
        [initdb, "-D", str(primary.data), "-U", embedded_pg.DB_USER, "--auth=trust", "--no-locale"],
        home,
    )
    primary.configure()
    primary.start()
    primary.psql("CREATE DATABASE mapapp", "postgres")
    for extension in embedded_pg.EXTENSIONS:
        primary.psql(f"CREATE EXTENSION {extension}")
    return primary


def start_standby(primary):
    """A hot standby streaming from `primary`: pg_basebackup -R writes its recovery settings."""
    standby = Cluster(primary.home, "standby")
    basebackup = str(embedded_pg.pg_bin() / "pg_basebackup")
    as_cluster_user(
        [
            basebackup,
            "-h",
            str(primary.socket),
            "-U",
            "mapapp",
            "-D",
            str(standby.data),
            "-R",
            "--checkpoint=fast",
        ],
        primary.home,
    )
    standby.configure()
    standby.start()
    return standby


def wait_until(test, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if test():
            return True
        time.sleep(0.1)
    return False
