"""The shared cache: Redis from CACHE_URL, and expensive answers built once for every worker."""

import shutil
import subprocess
import threading
import time
from datetime import date

import pytest
from django.core.cache import cache
from django.test import override_settings

from mapapp.settings import cache_from_url
from mapapp.shared_cache import get_or_build
from tests.factories import make_polygon
from tests.production.clusters import wait_until

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache(tmp_path):
    """A real redis-server on a unix socket, bounded in bytes with LRU as `make serve` runs it."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (tools/bootstrap.sh installs it)")
    socket = tmp_path / "redis.sock"
    server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            "0",
            "--unixsocket",
            str(socket),
            "--save",
            "",
            "--maxmemory",
            "16mb",
            "--maxmemory-policy",
            "allkeys-lru",
        ],
        stdout=subprocess.DEVNULL,
    )
    assert wait_until(socket.exists, 10)
    with override_settings(CACHES={"default": cache_from_url(f"unix://{socket}")}):
        yield
    server.terminate()
    server.wait(10)


def test_with_redis_a_cached_answer_makes_no_query(client, redis_cache, django_assert_num_queries):
    make_polygon(valid_from=date(2015, 1, 1))
    first = client.get("/api/v1/control", {"date": "2016-01-01"})
    with django_assert_num_queries(0):
        again = client.get("/api/v1/control", {"date": "2016-06-01"})
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]


def test_an_export_is_kept_gzipped_with_an_etag_and_answers_304(client):
    make_polygon(valid_from=date(2015, 1, 1))
    url = "/api/v1/export?format=kml&date=2016-01-01"
    first = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert first["Content-Encoding"] == "gzip"
    assert first["Content-Disposition"] == 'attachment; filename="control-2016-01-01.kml"'
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_workers_missing_together_build_once():
    builds = []

    def build():
        builds.append(1)
        time.sleep(0.3)  # an export or an image takes this long
        return b"bytes"

    results = []
    threads = [
        threading.Thread(target=lambda: results.append(get_or_build("slow", build)))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [b"bytes"] * 8
    assert len(builds) == 1
    cache.delete("slow")


def test_a_bad_cache_url_names_the_variable():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        cache_from_url("memcached://127.0.0.1:11211")
