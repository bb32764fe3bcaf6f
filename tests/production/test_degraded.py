"""With the database down, cached answers keep serving and the rest says 503, briefly."""

import logging
from datetime import date

import pytest

from tests.factories import make_polygon
from tests.production.outage import database_down

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def map_data():
    make_polygon(valid_from=date(2015, 1, 1))


def test_cached_answers_keep_serving_while_the_database_is_down(client, map_data):
    cached = client.get("/api/v1/control", {"date": "2016-01-01"})
    with database_down():
        again = client.get("/api/v1/control", {"date": "2016-02-01"})
    assert again.status_code == 200
    assert again.content == cached.content


def test_an_uncached_api_answer_is_a_503_json_with_retry_after(client, map_data, caplog):
    with database_down(), caplog.at_level(logging.WARNING):
        response = client.get("/api/v1/control", {"date": "2016-01-01"})
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert "temporarily unavailable" in response.json()["error"]
    assert int(response["Retry-After"]) > 0
    assert response["Cache-Control"] == "no-store"
    # One short line, not a traceback per request.
    lines = [r for r in caplog.records if r.name.startswith(("mapapp", "django"))]
    assert len(lines) == 1
    assert lines[0].exc_info is None
    assert "503 GET /api/v1/control" in lines[0].getMessage()


def test_a_page_never_served_before_is_a_short_html_503(client, map_data):
    with database_down():
        response = client.get("/")
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    assert b"temporarily unavailable" in response.content
    assert len(response.content) < 1000
    assert response["Retry-After"]


def test_the_map_page_opens_on_its_last_configuration_while_the_database_is_down(client, map_data):
    before = client.get("/")
    answer = client.get("/api/v1/control", {"date": "2016-01-01"})
    with database_down():
        page = client.get("/")
        again = client.get("/api/v1/control", {"date": "2016-01-01"})
    assert page.status_code == 200 and again.status_code == 200
    # The same configuration (actors, sides, opening date), so the cached answers draw the map.
    assert page.context["config"] == before.context["config"]
    assert again.content == answer.content


def test_it_recovers_by_itself_when_the_database_is_back(client, map_data):
    with database_down():
        assert client.get("/api/v1/timeline").status_code == 503
    assert client.get("/api/v1/timeline").status_code == 200
    assert client.get("/").status_code == 200


def test_healthz_answers_without_the_database_and_readyz_names_what_failed(client):
    assert client.get("/readyz").json()["status"] == "ok"
    with database_down():
        health = client.get("/healthz")
        ready = client.get("/readyz")
    assert health.status_code == 200
    assert ready.status_code == 503
    checks = ready.json()["checks"]
    assert checks["database:default"]["status"] == "error"
    assert checks["cache"]["status"] == "ok"
