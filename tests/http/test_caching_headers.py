"""Cached reads follow RFC 9110: 304 decided before any body is built, weak ETags, Vary."""

import gzip
import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_polygon

pytestmark = pytest.mark.django_db

CONTROL = "/api/v1/control?date=2016-01-01"


@pytest.fixture
def polygon():
    return make_polygon()


def test_the_etag_is_weak_and_shared_by_the_gzip_and_the_plain_body(client, polygon):
    plain = client.get(CONTROL)
    packed = client.get(CONTROL, HTTP_ACCEPT_ENCODING="gzip")
    assert plain["ETag"].startswith('W/"')
    assert packed["Content-Encoding"] == "gzip" and "Content-Encoding" not in plain
    assert plain["ETag"] == packed["ETag"]
    assert json.loads(gzip.decompress(packed.content)) == plain.json()


def test_a_304_is_decided_before_the_body_is_built(client, polygon):
    etag = client.get(CONTROL)["ETag"]
    cache.clear()  # nothing kept: the old code rebuilt the body to find its ETag
    with CaptureQueriesContext(connection) as queries:
        again = client.get(CONTROL, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert not [q for q in queries.captured_queries if "FeatureCollection" in q["sql"]]


def test_a_304_carries_etag_cache_control_and_vary_but_no_content_type_or_body(client, polygon):
    first = client.get(CONTROL)
    again = client.get(CONTROL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert "Content-Type" not in again
    assert again["ETag"] == first["ETag"]
    assert again["Cache-Control"] == first["Cache-Control"]
    assert "Accept-Encoding" in again["Vary"]


def test_the_strong_form_of_the_etag_also_matches(client, polygon):
    """If-None-Match uses the weak comparison (RFC 9110 §13.1.2)."""
    etag = client.get(CONTROL)["ETag"]
    assert client.get(CONTROL, HTTP_IF_NONE_MATCH=etag.removeprefix("W/")).status_code == 304
    assert client.get(CONTROL, HTTP_IF_NONE_MATCH="*").status_code == 304


@pytest.mark.parametrize(
    "path", ["/api/v1/control?date=2016-01-01", "/api/v1/timeline", "/api/v1/events"]
)
def test_every_compressible_answer_varies_on_accept_encoding(client, polygon, path):
    for encoding in ("", "gzip"):
        response = client.get(path, HTTP_ACCEPT_ENCODING=encoding)
        assert response.status_code == 200
        assert "Accept-Encoding" in response["Vary"]
        assert response["Cache-Control"].startswith("public, max-age=")


@pytest.mark.parametrize("header", ["gzip;q=0", "identity", "br", "gzipx"])
def test_gzip_is_not_sent_to_clients_that_refuse_it(client, polygon, header):
    response = client.get(CONTROL, HTTP_ACCEPT_ENCODING=header)
    assert "Content-Encoding" not in response
    assert response.json()["type"] == "FeatureCollection"


def test_snapshot_answers_follow_the_same_rules(client, snapshot):
    page = f"/embed/{snapshot.id}"
    first = client.get(page, HTTP_ACCEPT_ENCODING="gzip")
    assert first["ETag"].startswith('W/"') and first["Content-Encoding"] == "gzip"
    assert client.get(page)["ETag"] == first["ETag"]
    again = client.get(page, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and "Content-Type" not in again
    # Pages and embeds are revalidated after five minutes, so that a withdrawal reaches readers.
    assert again["Cache-Control"] == "public, max-age=300"
    assert "Accept-Encoding" in again["Vary"]
    image = client.get(f"/s/{snapshot.id}/social.png")
    assert image["Cache-Control"] == "public, max-age=31536000, immutable"
    assert "Vary" not in image  # a PNG is sent as it is, whatever the client accepts
