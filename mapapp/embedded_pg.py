"""The embedded PostGIS cluster: a private PostgreSQL under var/ that the project starts itself.

Used when DATABASE_URL is not set. The cluster has its own data directory and unix socket, listens
on no TCP port, and needs no system service. PostgreSQL refuses to run as root, so as root the
cluster runs as a dedicated system user; otherwise it runs as whoever calls it.

Other accounts on the machine must not get in (issue 11): the socket directory and the socket are
private to the cluster's user (mode 0700; root passes anyway), every sign-in needs a password
(SCRAM), and the app signs in as a role that owns its database but is no superuser. The two
random passwords live in var/, readable by their owner only. A cluster made by an older version
(trust sign-in, the app as superuser) is converted in place on the next `start`.

This module imports nothing outside the standard library: `make` calls it before the virtual
environment exists (`python3 -m mapapp.embedded_pg start|stop|status|url`), and settings.py
imports it only to learn where the socket is.
"""

import hashlib
import os
import pwd
import secrets
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
# The app's role: owns its database, may create the test database, is no superuser.
DB_USER = "mapapp"
# Installs extensions and manages the app's role; only `start` signs in as it.
SUPERUSER = "mapapp_admin"
APP_PASSWORD_FILE = "pg-password"
SUPERUSER_PASSWORD_FILE = "pg-superuser-password"
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
    # initdb reads the superuser's password from a file the cluster user can read; it lives
    # only for the duration of initdb.
    pwfile = CLUSTER_HOME / ".initdb-password"
    _write_private(pwfile, superuser_password())
    _own(pwfile)
    try:
        _as_cluster_user(
            [
                str(pg_bin() / "initdb"),
                "-D",
                str(DATA_DIR),
                "-U",
                SUPERUSER,
                f"--pwfile={pwfile}",
                "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--no-locale",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    finally:
        pwfile.unlink(missing_ok=True)
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
    secure_config()


def _write_private(path, text):
    """Write `text` to a file only its owner may read (created so, never readable in between)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def _password(name, create):
    path = VAR / name
    if not path.exists():
        if not create:
            return ""
        _write_private(path, secrets.token_urlsafe(32))
    return path.read_text().strip()


def app_password(create=False):
    """The app role's password (var/pg-password); made by `start`, read by settings.py."""
    return _password(APP_PASSWORD_FILE, create)


def superuser_password():
    return _password(SUPERUSER_PASSWORD_FILE, create=True)


HBA = (
    "# Written by mapapp/embedded_pg.py: unix socket only, a password for every role.\n"
    "local all all scram-sha-256\n"
)
PRIVATE_SOCKET = "unix_socket_permissions = 0700\n"


def trusts_everyone():
    """Whether pg_hba.conf lets some sign-in through without a password (older clusters)."""
    lines = (DATA_DIR / "pg_hba.conf").read_text().splitlines()
    return any(line.split()[-1] == "trust" for line in lines if line.strip()[:1] not in ("", "#"))


def secure_config():
    """Password sign-in and a private socket; True when a file changed (restart needed)."""
    changed = False
    if trusts_everyone():
        (DATA_DIR / "pg_hba.conf").write_text(HBA)
        changed = True
    conf = DATA_DIR / "postgresql.conf"
    if PRIVATE_SOCKET not in conf.read_text():
        with open(conf, "a") as handle:
            handle.write(PRIVATE_SOCKET)
        changed = True
    return changed


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


def psql(sql, database=DB_NAME, user=SUPERUSER, password=None):
    """Run `sql` as the superuser (or `user`); the SQL goes on stdin, out of the process list."""
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
        user,
        "-d",
        database,
        "-tA",
    ]
    env = {**os.environ, "PGPASSWORD": superuser_password() if password is None else password}
    return subprocess.run(
        cmd, input=sql, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def private_socket_dir():
    """The socket's directory, reachable by the cluster's user only (root passes anyway)."""
    sock = socket_dir()
    sock.mkdir(mode=0o700, exist_ok=True)
    _own(sock)
    sock.chmod(0o700)


def start():
    init()
    private_socket_dir()
    legacy = trusts_everyone()
    run_server()
    if legacy:
        upgrade_legacy_cluster()
    if secure_config():
        stop()
        run_server()
    ensure_app_role()
    if psql(f"SELECT 1 FROM pg_database WHERE datname = '{DB_NAME}'", "postgres") != "1":
        psql(f"CREATE DATABASE {DB_NAME} OWNER {DB_USER}", "postgres")
    # Extensions in template1 too, so that test databases are born with them; PostGIS is no
    # trusted extension, so the superuser creates it and the app's role finds it there.
    for database in ("template1", DB_NAME):
        for extension in EXTENSIONS:
            psql(f"CREATE EXTENSION IF NOT EXISTS {extension}", database)


def ensure_app_role():
    """The app's role: signs in with var/pg-password, owns its data, creates test databases."""
    psql(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{DB_USER}') THEN "
        f"CREATE ROLE {DB_USER}; END IF; END $$;\n"
        f"ALTER ROLE {DB_USER} LOGIN NOSUPERUSER CREATEDB NOCREATEROLE "
        f"PASSWORD '{app_password(create=True)}';",
        "postgres",
    )


# Tables, views, sequences and functions the app made in its database, but not those that
# belong to an extension (PostGIS's stay with the superuser).
OWN_OBJECTS = f"""
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT c.oid::regclass AS name FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                      AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
  LOOP EXECUTE format('ALTER TABLE %s OWNER TO {DB_USER}', r.name); END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure AS name FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public'
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                      AND d.objid = p.oid AND d.deptype = 'e')
  LOOP EXECUTE format('ALTER FUNCTION %s OWNER TO {DB_USER}', r.name); END LOOP;
END $$;
"""


def upgrade_legacy_cluster():
    """Convert a cluster made with trust sign-in, whose superuser was the app's role `mapapp`.

    While trust still holds: a helper superuser renames the old superuser to SUPERUSER (a role
    cannot rename itself, and PostgreSQL keeps the first role a superuser), the app's role is
    made anew, and it receives its databases and everything the app created in them.
    """
    helper = "mapapp_upgrade"
    try:
        psql("SELECT 1", "postgres", password="")
    except subprocess.CalledProcessError:  # not renamed yet (a failed upgrade may have done it)
        psql(f"CREATE ROLE {helper} SUPERUSER LOGIN", "postgres", user=DB_USER, password="")
        psql(f"ALTER ROLE {DB_USER} RENAME TO {SUPERUSER}", "postgres", user=helper, password="")
        psql(f"DROP ROLE {helper}", "postgres", password="")
    psql(f"ALTER ROLE {SUPERUSER} PASSWORD '{superuser_password()}'", "postgres", password="")
    ensure_app_role()
    databases = psql(
        "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'",
        "postgres",
    ).split()
    for database in databases:
        psql(f'ALTER DATABASE "{database}" OWNER TO {DB_USER}', "postgres")
        psql(OWN_OBJECTS, database)


def run_server():
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
        "PASSWORD": app_password(),
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
