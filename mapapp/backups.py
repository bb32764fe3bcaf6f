"""Backups of the database: pg_dump in custom format to var/backups/, pg_restore back.

The custom format is compressed and lets pg_restore recreate everything (PostGIS included) in an
empty database, or replace the objects of an existing one. The client programs come from the
same PostgreSQL as the embedded cluster, so the dump format matches the server.
"""

import os
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connections

from mapapp import embedded_pg

BACKUP_DIR = settings.BASE_DIR / "var" / "backups"


def client_args(settings_dict, database=None):
    """Connection options and environment for pg_dump/pg_restore from a DATABASES entry."""
    args = ["--no-password", "--dbname", database or settings_dict["NAME"]]
    if settings_dict.get("HOST"):
        args += ["--host", settings_dict["HOST"]]
    if settings_dict.get("PORT"):
        args += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["--username", settings_dict["USER"]]
    env = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    if settings_dict.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = settings_dict["OPTIONS"]["sslmode"]
    return args, env


def program(name):
    return str(embedded_pg.pg_bin() / name)


def backup(alias="default", directory=BACKUP_DIR):
    """Dump the database of `alias` to directory/mapapp-<UTC time>.dump; the file's path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = directory / f"mapapp-{stamp}.dump"
    args, env = client_args(connections[alias].settings_dict)
    subprocess.run(
        [program("pg_dump"), "--format=custom", "--file", str(path), *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return path


def newest_backup(directory=BACKUP_DIR):
    dumps = sorted(Path(directory).glob("mapapp-*.dump"))
    return dumps[-1] if dumps else None


def restore(path, alias="default", database=None):
    """Restore `path` into the database of `alias` (or `database` on the same server).

    Objects the dump holds are dropped and recreated (--clean --if-exists) in one transaction:
    a restore that fails half-way changes nothing. Extensions are left out of the restore: the
    application's role owns its tables but is no superuser (issue 11), so PostGIS and btree_gist
    are created beforehand by the embedded cluster's superuser, or by the DBA of an external one.
    """
    settings_dict = connections[alias].settings_dict
    target = database or settings_dict["NAME"]
    if settings_dict.get("HOST") == str(embedded_pg.socket_dir()):
        embedded_pg.psql(
            "".join(f"CREATE EXTENSION IF NOT EXISTS {name};" for name in embedded_pg.EXTENSIONS),
            database=target,
        )
    args, env = client_args(settings_dict, database)
    with tempfile.NamedTemporaryFile("w", suffix=".list") as listing:
        listing.write(without_extensions(path))
        listing.flush()
        subprocess.run(
            [
                program("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--exit-on-error",
                "--use-list",
                listing.name,
                *args,
                str(path),
            ],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )


def without_extensions(path):
    """The dump's table of contents less what the extensions own: the EXTENSION entries, their
    comments, and PostGIS's own table of coordinate systems (created with the extension)."""
    contents = subprocess.run(
        [program("pg_restore"), "--list", str(path)], check=True, capture_output=True, text=True
    ).stdout
    return "".join(
        line + "\n"
        for line in contents.splitlines()
        if " EXTENSION " not in f" {line} " and "spatial_ref_sys" not in line
    )
