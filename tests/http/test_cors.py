"""CORS: other sites may read the public API, snapshot data and oEmbed; nothing else."""

from urllib.parse import quote

import pytest

from tests.factories import make_polygon

pytestmark = pytest.mark.django_db

ORIGIN = {"HTTP_ORIGIN": "https://news.example"}


def public_reads(snapshot):
    return [
        "/api/v1/control?date=2016-01-01",
        "/api/v1/timeline",
        "/api/v1/events",
        "/api/v1/diff?from=2015-01-01&to=2016-01-01",
        "/api/v1/stats/area?actor=red-actor",
        "/api/v1/schema",
        "/api/v1/export?format=geojson",
        f"/s/{snapshot.id}/data.geojson",
        f"/oembed?url={quote(f'http://testserver/s/{snapshot.id}')}",
    ]


def test_public_reads_may_be_read_by_any_site(client, snapshot):
    for path in public_reads(snapshot):
        response = client.get(path, **ORIGIN)
        assert response.status_code == 200, path
        assert response["Access-Control-Allow-Origin"] == "*", path
        assert "ETag" in response.get("Access-Control-Expose-Headers", "ETag"), path


def test_errors_and_304s_of_public_reads_are_readable_too(client):
    make_polygon()
    bad = client.get("/api/v1/control?date=soon", **ORIGIN)
    assert bad.status_code == 400 and bad["Access-Control-Allow-Origin"] == "*"
    etag = client.get("/api/v1/control?date=2016-01-01")["ETag"]
    again = client.get("/api/v1/control?date=2016-01-01", HTTP_IF_NONE_MATCH=etag, **ORIGIN)
    assert again.status_code == 304 and again["Access-Control-Allow-Origin"] == "*"


def test_a_preflight_is_answered_with_204_methods_headers_and_max_age(client, snapshot):
    for path in public_reads(snapshot):
        response = client.options(
            path,
            HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
            HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
            **ORIGIN,
        )
        assert response.status_code == 204, path
        assert response.content == b"" and "Content-Type" not in response
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "GET" in response["Access-Control-Allow-Methods"]
        assert "If-None-Match" in response["Access-Control-Allow-Headers"]
        assert int(response["Access-Control-Max-Age"]) > 0


def test_admin_and_publishing_never_allow_other_origins(client, editor, snapshot):
    for path in ("/admin/", "/admin/login/", "/snapshots/publish", f"/s/{snapshot.id}", "/"):
        assert "Access-Control-Allow-Origin" not in client.get(path, **ORIGIN), path
        assert "Access-Control-Allow-Origin" not in client.options(path, **ORIGIN), path
    client.force_login(editor)
    published = client.post(
        "/snapshots/publish",
        {"title": "Raqqa", "date": "2016-01-01"},
        content_type="application/json",
        **ORIGIN,
    )
    assert published.status_code == 201
    assert "Access-Control-Allow-Origin" not in published
