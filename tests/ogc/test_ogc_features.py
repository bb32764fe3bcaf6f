"""OGC API - Features at /ogc/: the documents a GIS client reads, items by date, box and page."""

from datetime import date

import pytest

from tests.factories import box, make_actor, make_event, make_polygon, make_territory

pytestmark = pytest.mark.django_db

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"


@pytest.fixture
def versions():
    mosul = make_territory("mosul", name="Mosul")
    return {
        "early": make_polygon(
            territory=mosul, valid_from=date(2014, 6, 10), valid_to=date(2016, 1, 1)
        ),
        "late": make_polygon(
            territory=mosul, valid_from=date(2016, 1, 1), valid_to=date(2017, 7, 10)
        ),
        "far": make_polygon(
            actor=make_actor("sdf", name="SDF", color="#d4a017"),
            geometry=box(10.0, 30.0, 11.0, 31.0),
            valid_from=date(2015, 1, 1),
        ),
        "draft": make_polygon(valid_from=date(2014, 1, 1), state="draft"),
    }


def items(client, **params):
    return client.get("/ogc/collections/control/items", params)


def ids(response):
    return sorted(f["id"] for f in response.json()["features"])


def test_the_landing_page_links_the_definition_the_conformance_and_the_data(client):
    links = {link["rel"]: link["href"] for link in client.get("/ogc/").json()["links"]}
    assert set(links) >= {"self", "service-desc", "conformance", "data"}
    assert client.get(links["service-desc"]).json()["openapi"].startswith("3.0")
    classes = client.get(links["conformance"]).json()["conformsTo"]
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core" in classes
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson" in classes


def test_collections_list_control_and_events_with_their_extent(client, versions):
    make_event(day=date(2014, 7, 4))
    found = {c["id"]: c for c in client.get("/ogc/collections").json()["collections"]}
    assert set(found) == {"control", "events"}
    extent = found["control"]["extent"]
    assert extent["spatial"]["crs"] == CRS84
    assert extent["spatial"]["bbox"] == [[10.0, 30.0, 41.0, 35.0]]
    # The draft of 2014-01-01 is not public; "far" is still valid, so the interval is open.
    assert extent["temporal"]["interval"] == [["2014-06-10T00:00:00Z", None]]
    assert client.get("/ogc/collections/events").json()["id"] == "events"


def test_a_day_gives_the_versions_valid_that_day(client, versions):
    response = items(client, datetime="2016-01-01")
    assert response["Content-Type"] == "application/geo+json"
    assert ids(response) == sorted([versions["late"].pk, versions["far"].pk])
    assert ids(items(client, datetime="2015-12-31T23:00:00Z")) == sorted(
        [versions["early"].pk, versions["far"].pk]
    )


def test_an_interval_gives_the_versions_whose_validity_overlaps_it(client, versions):
    assert ids(items(client, datetime="2014-01-01/2014-12-31")) == [versions["early"].pk]
    assert ids(items(client, datetime="../2014-06-10")) == [versions["early"].pk]
    assert ids(items(client, datetime="2017-07-10/..")) == [versions["far"].pk]


def test_bbox_keeps_what_reaches_into_the_box(client, versions):
    assert ids(items(client, bbox="9,29,12,32")) == [versions["far"].pk]


def test_pages_carry_counts_and_next_and_prev_links(client, versions):
    first = items(client, limit=2).json()
    assert (first["numberMatched"], first["numberReturned"]) == (3, 2)
    assert "timeStamp" in first
    links = {link["rel"]: link["href"] for link in first["links"]}
    assert "prev" not in links
    second = client.get(links["next"]).json()
    assert second["numberReturned"] == 1
    rels = {link["rel"] for link in second["links"]}
    assert "prev" in rels and "next" not in rels
    seen = {f["id"] for f in first["features"]} | {f["id"] for f in second["features"]}
    assert seen == {versions[k].pk for k in ("early", "late", "far")}


def test_a_limit_above_the_maximum_is_served_at_the_maximum(client, versions):
    assert items(client, limit=5000).json()["numberReturned"] == 3


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"datetime": "2016-13-01"}, "datetime must be an RFC 3339 date"),
        ({"datetime": "2017-01-01/2016-01-01"}, "starts (2017-01-01) after it ends"),
        ({"datetime": "2016-01-01T10:00:00"}, "needs a time zone"),
        ({"limit": "0"}, "limit must be a whole number of at least 1"),
        ({"offset": "-3"}, "offset must be a whole number of at least 0"),
        ({"bbox": "1,2,3"}, "bbox must be four numbers"),
        ({"sort": "date"}, "unknown parameter 'sort'"),
        ({"f": "html"}, "f must be json"),
    ],
)
def test_bad_parameters_answer_400_saying_what_was_wrong(client, params, message):
    response = items(client, **params)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_one_feature_by_id_and_404s_for_unknown_ones(client, versions):
    feature = client.get(f"/ogc/collections/control/items/{versions['far'].pk}").json()
    assert feature["properties"]["actor"] == "sdf"
    for url in (
        f"/ogc/collections/control/items/{versions['draft'].pk}",
        "/ogc/collections/control/items/nope",
        "/ogc/collections/borders/items",
        "/ogc/collections/borders",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "error" in response.json()


def test_public_reads_are_open_to_other_sites(client, versions):
    assert items(client)["Access-Control-Allow-Origin"] == "*"
    assert client.get("/ogc/")["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/ogc/collections/control/items")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def test_items_carry_an_etag_and_answer_304(client, versions):
    etag = items(client, datetime="2016-01-01")["ETag"]
    again = client.get(
        "/ogc/collections/control/items", {"datetime": "2016-01-01"}, HTTP_IF_NONE_MATCH=etag
    )
    assert again.status_code == 304
