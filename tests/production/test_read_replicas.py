"""DATABASE_REPLICA_URLS against a real streaming standby of a throw-away primary."""

import json
import os
import shutil
import subprocess
import sys
import tempfile

import pytest
from django.conf import settings

from tests.production.clusters import start_primary, start_standby, wait_until

PROBE = r"""
import json
from django.core.signals import request_started
from django.db import connections, router, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from mapapp.models import Actor

def standby(alias):
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery()")
        return cursor.fetchone()[0]

def queries_on(call):
    with CaptureQueriesContext(connections["default"]) as primary, \
         CaptureQueriesContext(connections["replica_1"]) as replica:
        call()
    return {"primary": len(primary), "replica": len(replica)}

out = {}
request_started.send(sender=None)
out["read_alias"] = router.db_for_read(Actor)
out["read_alias_is_standby"] = standby(out["read_alias"])
out["primary_is_standby"] = standby("default")
Actor.objects.create(slug="sdf", name="SDF", color="#f5c400")
out["after_write"] = router.db_for_read(Actor)
out["after_write_sees_it"] = Actor.objects.filter(slug="sdf").exists()
request_started.send(sender=None)
with transaction.atomic():
    out["in_transaction"] = router.db_for_read(Actor)
out["next_request"] = router.db_for_read(Actor)
reader, editor = Client(HTTP_HOST="localhost"), Client(HTTP_HOST="localhost")
out["public_api"] = queries_on(lambda: reader.get("/api/v1/control?date=2016-01-01"))
editor.cookies["sessionid"] = "an-editor"
# A cache miss of its own (the reader filled the control answer), so that it has to read.
out["editor"] = queries_on(lambda: editor.get("/api/v1/events?from=2017-01-01"))
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def primary_and_standby():
    home = tempfile.mkdtemp(prefix="mapapp-replica-")
    primary = start_primary(home)
    standby = start_standby(primary)
    yield primary, standby
    standby.stop()
    primary.stop()
    shutil.rmtree(home, ignore_errors=True)


def run(args, env):
    return subprocess.run(
        [sys.executable, *args],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def test_reads_go_to_the_standby_and_writes_and_what_follows_them_to_the_primary(
    primary_and_standby,
):
    primary, standby = primary_and_standby
    env = {
        **os.environ,
        "DATABASE_URL": primary.url(),
        "DATABASE_REPLICA_URLS": standby.url(),
        "CACHE_URL": "locmem://",
    }
    run(["manage.py", "migrate", "--no-input", "-v", "0"], env)
    # The standby replays the migrations through streaming replication.
    assert wait_until(lambda: standby.psql("SELECT to_regclass('mapapp_actor')") != "")
    out = json.loads(run(["manage.py", "shell", "-c", PROBE], env).splitlines()[-1])

    assert out["read_alias"] == "replica_1"
    assert out["read_alias_is_standby"] is True
    assert out["primary_is_standby"] is False
    # Read your writes: after a write, and inside a transaction, reads go to the primary.
    assert out["after_write"] == "default" and out["after_write_sees_it"] is True
    assert out["in_transaction"] == "default"
    assert out["next_request"] == "replica_1"
    assert out["public_api"]["replica"] > 0 and out["public_api"]["primary"] == 0
    assert out["editor"]["primary"] > 0 and out["editor"]["replica"] == 0
    # And the write reached the standby.
    assert wait_until(lambda: standby.psql("SELECT count(*) FROM mapapp_actor") == "1")
