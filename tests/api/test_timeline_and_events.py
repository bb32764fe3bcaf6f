"""GET /api/v1/timeline and /api/v1/events."""

from datetime import date

import pytest

from tests.factories import make_event, make_polygon, make_source

pytestmark = pytest.mark.django_db


def test_the_timeline_lists_sorted_change_dates_with_start_and_end(client):
    make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2017, 7, 10))
    make_polygon(valid_from=date(2014, 1, 14), valid_to=date(2014, 6, 10))
    body = client.get("/api/v1/timeline").json()
    assert body == {
        "start": "2014-01-14",
        "end": "2017-07-10",
        "change_dates": ["2014-01-14", "2014-06-10", "2017-07-10"],
    }


def test_an_empty_database_has_an_empty_timeline(client):
    assert client.get("/api/v1/timeline").json() == {"start": None, "end": None, "change_dates": []}


def test_events_are_dated_points_with_their_sources(client):
    source = make_source(title="Baghouz falls", publisher="Washington Post")
    make_event("Last IS-held ground at Baghouz captured", date(2019, 3, 23), sources=[source])
    feature = client.get("/api/v1/events").json()["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [40.95, 34.46]}
    assert feature["properties"]["date"] == "2019-03-23"
    assert feature["properties"]["sources"][0]["publisher"] == "Washington Post"


def test_events_can_be_limited_to_a_period_inclusive(client):
    make_event("Caliphate proclaimed", date(2014, 6, 29))
    make_event("Sermon at al-Nuri", date(2014, 7, 4))
    make_event("Baghouz captured", date(2019, 3, 23))
    body = client.get("/api/v1/events?from=2014-06-29&to=2014-07-04").json()
    assert [f["properties"]["title"] for f in body["features"]] == [
        "Caliphate proclaimed",
        "Sermon at al-Nuri",
    ]


def test_draft_events_are_not_public(client):
    make_event("Unconfirmed raid", state="draft")
    assert client.get("/api/v1/events").json()["features"] == []
