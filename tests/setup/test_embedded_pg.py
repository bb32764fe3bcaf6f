"""The embedded PostGIS: starts from nothing, survives a crash, stops cleanly."""

import os
import shutil
import signal
import time
import uuid

import pytest

from mapapp import embedded_pg


@pytest.fixture
def private_cluster(monkeypatch):
    """A second, throw-away cluster beside the one serving the tests, which is left alone."""
    var = embedded_pg.CLUSTER_HOME / f"test-cluster-{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr(embedded_pg, "VAR", var)
    monkeypatch.setattr(embedded_pg, "CLUSTER_HOME", var)
    monkeypatch.setattr(embedded_pg, "DATA_DIR", var / "pgdata")
    monkeypatch.setattr(embedded_pg, "LOG_FILE", var / "postgres.log")
    yield var
    embedded_pg.stop()
    shutil.rmtree(var, ignore_errors=True)
    shutil.rmtree(embedded_pg.socket_dir(), ignore_errors=True)


def postmaster_pid():
    return int((embedded_pg.DATA_DIR / "postmaster.pid").read_text().split()[0])


def test_it_starts_a_cluster_with_postgis_and_btree_gist(private_cluster):
    embedded_pg.start()
    extensions = embedded_pg.psql(
        "SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension"
    )
    assert {"postgis", "btree_gist"} <= set(extensions.split(","))
    assert embedded_pg.psql("SHOW listen_addresses", "postgres") == ""


def test_it_restarts_after_a_crash_that_left_a_stale_pid_file(private_cluster):
    embedded_pg.start()
    pid = postmaster_pid()
    os.kill(pid, signal.SIGKILL)
    for _ in range(50):
        if not os.path.exists(f"/proc/{pid}"):
            break
        time.sleep(0.1)
    # The backends die with their postmaster; the pid file stays behind, as after a power cut.
    time.sleep(0.5)
    assert (embedded_pg.DATA_DIR / "postmaster.pid").exists()
    embedded_pg.start()
    assert embedded_pg.psql("SELECT 1") == "1"
    assert postmaster_pid() != pid


def test_it_reports_stopped_after_stop(private_cluster):
    embedded_pg.start()
    embedded_pg.stop()
    assert not embedded_pg.is_running()
    assert embedded_pg.main(["embedded_pg", "status"]) == 3
