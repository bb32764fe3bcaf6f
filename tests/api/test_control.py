"""GET /api/v1/control: published polygons valid on a date, as GeoJSON built by PostGIS."""

from datetime import date

import pytest

from tests.factories import box, make_actor, make_polygon, make_source, make_territory

pytestmark = pytest.mark.django_db


def get(client, **params):
    return client.get("/api/v1/control", params)


def test_it_returns_the_polygons_valid_on_the_date_with_their_properties(client):
    source = make_source(
        title="Fall of Mosul",
        publisher="Reuters",
        url="https://example.org/mosul",
        published=date(2014, 6, 10),
    )
    polygon = make_polygon(
        make_territory("is-core", name="IS core, Syria–Iraq"),
        valid_from=date(2014, 6, 10),
        valid_to=date(2014, 6, 29),
        sources=[source],
        valid_from_precision="day",
    )
    response = get(client, date="2014-06-20")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    feature = response.json()["features"][0]
    assert feature["geometry"]["type"] == "MultiPolygon"
    props = feature["properties"]
    assert props["id"] == polygon.id
    assert props["territory"] == "IS core, Syria–Iraq"
    assert props["actor"] == "islamic-state"
    assert (props["status"], props["confidence"]) == ("controlled", "assessed")
    assert (props["valid_from"], props["valid_to"]) == ("2014-06-10", "2014-06-29")
    assert props["area_km2"] == pytest.approx(10_188, rel=0.001)
    assert props["sources"] == [
        {
            "title": "Fall of Mosul",
            "publisher": "Reuters",
            "url": "https://example.org/mosul",
            "published": "2014-06-10",
            "quote": None,
        }
    ]


def test_it_shows_a_polygon_on_valid_from_and_not_on_valid_to(client):
    make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2017, 7, 10))
    assert len(get(client, date="2014-06-10").json()["features"]) == 1
    assert len(get(client, date="2017-07-09").json()["features"]) == 1
    assert get(client, date="2017-07-10").json()["features"] == []


def test_it_never_shows_drafts(client):
    make_polygon(valid_from=date(2015, 1, 1), state="draft")
    assert get(client, date="2015-06-01").json()["features"] == []


def test_bbox_keeps_only_polygons_that_reach_into_the_box(client):
    make_polygon(make_territory("raqqa"), geometry=box(38.5, 35.5, 39.5, 36.3))
    make_polygon(make_territory("sirte"), geometry=box(16.0, 30.8, 17.0, 31.3))
    features = get(client, date="2016-01-01", bbox="35,32,45,38").json()["features"]
    assert [f["properties"]["territory_slug"] for f in features] == ["raqqa"]


def test_actor_keeps_only_that_actors_polygons(client):
    make_polygon(make_territory("is-core"))
    make_polygon(make_territory("sdf-ne"), actor=make_actor("sdf", color="#f5c400"))
    features = get(client, date="2016-01-01", actor="sdf").json()["features"]
    assert [f["properties"]["actor"] for f in features] == ["sdf"]


def test_small_zooms_get_the_generalised_geometry_with_fewer_points(client):
    # A ring with thousands of tiny wiggles, like a river-following front line.
    from django.contrib.gis.geos import MultiPolygon, Polygon

    ring = [(40 + i / 4000, 34 + (0.001 if i % 2 else 0)) for i in range(4001)]
    ring += [(41, 35), (40, 35), ring[0]]
    make_polygon(geometry=MultiPolygon(Polygon(ring), srid=4326))
    fine = get(client, date="2016-01-01", zoom="10").json()["features"][0]["geometry"]
    coarse = get(client, date="2016-01-01", zoom="4").json()["features"][0]["geometry"]
    assert len(str(coarse["coordinates"])) < len(str(fine["coordinates"])) / 10


def test_it_sends_an_etag_and_answers_304_when_nothing_changed(client):
    polygon = make_polygon()
    first = get(client, date="2016-01-01")
    etag = first["ETag"]
    assert "max-age" in first["Cache-Control"]
    again = client.get("/api/v1/control", {"date": "2016-01-01"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    polygon.notes = "Corrected after new reporting."
    polygon.save()
    changed = client.get("/api/v1/control", {"date": "2016-01-01"}, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["features"][0]["properties"]["notes"] == "Corrected after new reporting."


def test_two_days_of_one_epoch_share_a_cached_body(client):
    make_polygon(valid_from=date(2015, 1, 1), valid_to=date(2016, 1, 1))
    assert get(client, date="2015-03-01")["ETag"] == get(client, date="2015-09-30")["ETag"]


def test_it_sends_gzip_to_clients_that_accept_it(client):
    import gzip
    import json

    make_polygon()
    response = client.get(
        "/api/v1/control", {"date": "2016-01-01"}, HTTP_ACCEPT_ENCODING="gzip, br"
    )
    assert response["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(response.content))["type"] == "FeatureCollection"


def test_the_feature_collection_is_built_in_one_query(client, django_assert_max_num_queries):
    for n in range(5):
        make_polygon(make_territory(f"t{n}"), sources=[make_source(), make_source()])
    # Data version, epoch and the FeatureCollection itself: no query per feature.
    with django_assert_max_num_queries(3):
        assert len(get(client, date="2016-01-01").json()["features"]) == 5
