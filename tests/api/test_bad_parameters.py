"""Every bad parameter answers 400 with a JSON error naming it and the expected form."""

import pytest

from tests.factories import make_actor

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("date=2019-02-30", ["date", "real calendar day", "2019-02-30"]),
        ("date=yesterday", ["date", "YYYY-MM-DD", "yesterday"]),
        ("date=2019-2-3", ["date", "YYYY-MM-DD"]),
        ("", ["date is required"]),
        ("date=2015-01-01&date=2016-01-01", ["date", "once"]),
        ("date=2015-01-01&bbox=1,2,3", ["bbox", "four numbers", "3 value"]),
        ("date=2015-01-01&bbox=a,b,c,d", ["bbox", "four numbers"]),
        ("date=2015-01-01&bbox=30,40,45,35", ["bbox south", "north"]),
        ("date=2015-01-01&bbox=45,30,30,35", ["bbox west", "antimeridian"]),
        ("date=2015-01-01&bbox=30,-95,45,35", ["latitudes"]),
        ("date=2015-01-01&bbox=nan,30,45,35", ["bbox"]),
        ("date=2015-01-01&actor=daesh", ["actor", "daesh", "islamic-state"]),
        ("date=2015-01-01&zoom=99", ["zoom", "0 to 22"]),
        ("date=2015-01-01&zoom=-1", ["zoom"]),
        ("date=2015-01-01&zoom=4.5", ["zoom", "whole number"]),
        ("date=2015-01-01&colour=red", ["unknown parameter", "colour"]),
        ("date=2015-01-01&bbox=", ["bbox is empty"]),
    ],
)
def test_control_refuses_bad_parameters_with_a_400_that_names_them(client, query, names):
    make_actor("islamic-state")
    response = client.get(f"/api/v1/control?{query}")
    assert response.status_code == 400
    message = response.json()["error"]
    for name in names:
        assert name in message


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("from=2019-13-01", ["from", "YYYY-MM-DD"]),
        ("to=soon", ["to", "YYYY-MM-DD"]),
        ("from=2019-03-23&to=2014-06-29", ["from", "after", "to"]),
        ("since=2019-01-01", ["unknown parameter", "since"]),
    ],
)
def test_events_refuses_bad_parameters_with_a_400_that_names_them(client, query, names):
    response = client.get(f"/api/v1/events?{query}")
    assert response.status_code == 400
    for name in names:
        assert name in response.json()["error"]


def test_timeline_refuses_parameters_it_does_not_take(client):
    response = client.get("/api/v1/timeline?date=2015-01-01")
    assert response.status_code == 400
    assert "unknown parameter 'date'" in response.json()["error"]


def test_writes_are_refused_with_405_in_json(client):
    response = client.post("/api/v1/control?date=2015-01-01")
    assert response.status_code == 405
    assert "GET" in response.json()["error"]


def test_unknown_api_paths_answer_404_in_json(client):
    response = client.get("/api/v1/frontlines")
    assert response.status_code == 404
    assert "/api/v1/schema" in response.json()["error"]
