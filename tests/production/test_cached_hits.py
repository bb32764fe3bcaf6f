"""A cached answer costs no query, an edit shows at once, and clients cannot mint cache keys."""

from datetime import date

import pytest
from django.core.cache import cache

from mapapp import cache_state, tiles
from mapapp.models import DatedPolygon
from mapapp.snapshots.freeze import freeze
from tests.factories import box, make_polygon, make_territory

pytestmark = pytest.mark.django_db


def control(client, **params):
    return client.get("/api/v1/control", params)


def test_a_cached_map_answer_makes_no_query(client, django_assert_num_queries):
    make_polygon(valid_from=date(2015, 1, 1))
    first = control(client, date="2016-01-01", actor="islamic-state", zoom="5")
    with django_assert_num_queries(0):
        again = control(client, date="2016-03-01", actor="islamic-state", zoom="4")
    assert again.status_code == 200
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]


def test_every_cached_read_endpoint_makes_no_query(client, django_assert_num_queries):
    make_polygon(valid_from=date(2015, 1, 1), valid_to=date(2017, 1, 1))
    urls = [
        "/api/v1/timeline",
        "/api/v1/events",
        "/api/v1/stats/area?actor=islamic-state",
        "/api/v1/diff?from=2015-02-01&to=2017-02-01&actor=islamic-state",
        "/api/v1/export?format=kml&date=2016-01-01",
    ]
    for url in urls:
        assert client.get(url).status_code == 200, url
    with django_assert_num_queries(0):
        for url in urls:
            assert client.get(url).status_code == 200, url


def test_a_cached_tile_makes_no_query_and_a_new_one_one(client, django_assert_num_queries):
    """A kept tile was built for an epoch: its hit checks nothing (each hit made a lookup)."""
    make_polygon(valid_from=date(2015, 1, 1), geometry=box(42.0, 34.0, 43.0, 35.0))
    z, x, y = tiles.tile_at(42.5, 34.5, 9)
    url = f"/tiles/2015-01-01/{z}/{x}/{y}.mvt"
    cache_state.data_version()  # read once per version, by whichever request comes first
    with django_assert_num_queries(1):  # the epoch and the tile, one query
        first = client.get(url)
    assert first.status_code == 200 and first.content
    with django_assert_num_queries(0):
        again = client.get(url)
    assert again.content == first.content
    assert client.get(url.replace("2015-01-01", "2015-01-02")).status_code == 404


def test_a_tile_after_the_cache_lost_the_data_version_is_one_query(
    client, django_assert_num_queries
):
    """After a write or DATA_VERSION_TTL the tile's own statement reads the version too."""
    make_polygon(valid_from=date(2015, 1, 1), geometry=box(42.0, 34.0, 43.0, 35.0))
    z, x, y = tiles.tile_at(42.5, 34.5, 9)
    url = f"/tiles/2015-01-01/{z}/{x}/{y}.mvt"
    with django_assert_num_queries(1):  # the version, the epoch and the tile
        first = client.get(url)
    assert first.status_code == 200 and first.content
    with django_assert_num_queries(0):  # the version it read is kept, and the tile
        assert client.get(url).content == first.content
    cache.clear()
    with django_assert_num_queries(1):
        again = client.get(url)
    assert again.content == first.content and again["ETag"] == first["ETag"]
    cache.clear()
    with django_assert_num_queries(1):
        assert client.get(url.replace("2015-01-01", "2015-01-02")).status_code == 404


def test_an_edit_is_on_the_map_right_after_it_is_saved(client):
    polygon = make_polygon(valid_from=date(2015, 1, 1))
    before = control(client, date="2016-01-01").json()
    assert before["features"][0]["properties"]["status"] == "controlled"
    # The next request must not be answered from the cache of the old version.
    DatedPolygon.objects.filter(pk=polygon.pk).update(status="contested")
    after = control(client, date="2016-01-01").json()
    assert after["features"][0]["properties"]["status"] == "contested"


def test_a_hit_needs_no_database_even_after_the_version_expired_from_the_cache(client):
    make_polygon(valid_from=date(2015, 1, 1))
    first = control(client, date="2016-01-01")
    cache.delete("data-version")  # DATA_VERSION_TTL passed: the version is read again
    assert control(client, date="2016-01-01")["ETag"] == first["ETag"]


def test_boxes_snap_to_a_bounded_set_of_cache_entries(client):
    make_polygon(make_territory("raqqa"), geometry=box(38.5, 35.5, 39.5, 36.3))
    make_polygon(make_territory("sirte"), geometry=box(16.0, 30.8, 17.0, 31.3))
    etags = set()
    # 200 slightly different boxes around Raqqa, as a panning client (or an attacker) sends.
    for step in range(200):
        west = 35 + step / 1000
        answer = control(client, date="2016-01-01", bbox=f"{west},32.{step},45,38")
        assert [f["properties"]["territory_slug"] for f in answer.json()["features"]] == ["raqqa"]
        etags.add(answer["ETag"])
    assert len(etags) <= 2


def test_zoom_snaps_to_the_two_geometries_it_can_choose(client):
    make_polygon(valid_from=date(2015, 1, 1))
    etags = {control(client, date="2016-01-01", zoom=str(z))["ETag"] for z in range(23)}
    assert len(etags) == 2


def test_a_snapshot_image_is_rendered_once_and_then_costs_only_the_withdrawal_check(
    client, django_assert_num_queries
):
    make_polygon(valid_from=date(2015, 1, 1))
    snapshot = freeze(title="Raqqa", day=date(2016, 1, 1))
    first = client.get(f"/s/{snapshot.id}/thumb.png")
    assert first.status_code == 200
    assert first["Content-Type"] == "image/png"
    embed = client.get(f"/embed/{snapshot.id}")
    # One primary-key lookup each: a withdrawn snapshot must answer 410 at once (issue 11).
    with django_assert_num_queries(2):
        again = client.get(f"/s/{snapshot.id}/thumb.png")
        embed_again = client.get(f"/embed/{snapshot.id}")
    assert again.content == first.content
    assert embed_again.content == embed.content
    stored = [k for k in cache._cache if f"{snapshot.id}:thumb" in k]  # locmem's own store
    assert len(stored) == 1, stored
