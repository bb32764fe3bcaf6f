"""Vector tiles: /tiles/{epoch}/{z}/{x}/{y}.mvt draws the published versions valid on the epoch."""

import gzip
import json
import math
from datetime import date

import mapbox_vector_tile
import pytest
from django.db import connection

from mapapp import tiles
from mapapp.cache_state import data_version
from mapapp.models import DatedPolygon
from mapapp.tiles import tiles_version
from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = pytest.mark.django_db

EPOCH = date(2015, 1, 1)


def tile_of(lon, lat, z):
    """Written out here, not taken from mapapp.tiles: the test checks the app's grid."""
    size = 2**z
    x = int((lon + 180) / 360 * size)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * size)
    return z, x, y


@pytest.fixture
def mosul(db):
    """Two actors' areas near Mosul on EPOCH, one ended before it, one draft."""
    kurds = make_actor("peshmerga", name="Peshmerga", color="#c0a000")
    mosul = make_territory("mosul", name="Mosul and its plain")
    held = make_polygon(mosul, valid_from=EPOCH, geometry=box(43, 36, 43.3, 36.4))
    make_polygon(
        make_territory("zummar", name="Zummar"),
        kurds,
        valid_from=EPOCH,
        geometry=box(42.5, 36.6, 42.8, 36.9),
        status="contested",
        confidence="confirmed",
    )
    make_polygon(valid_from=date(2014, 6, 1), valid_to=EPOCH, geometry=box(43, 36, 43.3, 36.4))
    make_polygon(valid_from=EPOCH, state="draft", geometry=box(43, 36, 43.3, 36.4))
    return held


def features(client, z, x, y, epoch=EPOCH, **query):
    response = client.get(f"/tiles/{epoch.isoformat()}/{z}/{x}/{y}.mvt", query)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/vnd.mapbox-vector-tile"
    layers = mapbox_vector_tile.decode(response.content)
    return layers.get("control", {}).get("features", [])


@pytest.mark.parametrize("z", [5, 9])  # generalised geometry below zoom 7, full from 7 on
def test_a_tile_holds_the_published_versions_valid_on_the_epoch(client, mosul, z):
    found = features(client, *tile_of(43.1, 36.2, z))
    by_territory = {f["properties"]["territory"]: f for f in found}
    assert set(by_territory) <= {"Mosul and its plain", "Zummar"}
    held = by_territory["Mosul and its plain"]
    assert held["id"] == mosul.pk
    assert held["properties"] == {
        "version": mosul.pk,
        "actor": "islamic-state",
        "status": "controlled",
        "confidence": "assessed",
        "territory": "Mosul and its plain",
    }
    assert held["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_a_tile_names_each_area_as_its_card_does(client, mosul):
    # The keyboard's list of the areas in view reads the names from the tiles; the card reads
    # them from /api/v1/control: one name for one area.
    found = features(client, *tile_of(43.1, 36.2, 8))
    cards = client.get("/api/v1/control", {"date": EPOCH.isoformat()}).json()["features"]
    card_names = {f["id"]: f["properties"]["territory"] for f in cards}
    assert found and {f["id"]: f["properties"]["territory"] for f in found} == {
        f["id"]: card_names[f["id"]] for f in found
    }


def test_zummar_is_in_its_own_tile_with_its_own_properties(client, mosul):
    found = features(client, *tile_of(42.65, 36.75, 10))
    assert [f["properties"]["territory"] for f in found] == ["Zummar"]
    assert found[0]["properties"]["actor"] == "peshmerga"
    assert found[0]["properties"]["status"] == "contested"


def test_a_tile_away_from_every_area_is_empty(client, mosul):
    assert features(client, *tile_of(10.0, 50.0, 8)) == []


def test_an_earlier_epoch_shows_the_version_then_valid(client, mosul):
    found = features(client, *tile_of(43.1, 36.2, 8), epoch=date(2014, 6, 1))
    assert len(found) == 1 and found[0]["properties"]["territory"] != "Mosul and its plain"


def test_tiles_are_immutable_for_the_current_data_version_only(client, mosul):
    z, x, y = tile_of(43.1, 36.2, 8)
    url = f"/tiles/{EPOCH.isoformat()}/{z}/{x}/{y}.mvt"
    pinned = client.get(url, {"v": tiles_version()})
    assert "immutable" in pinned["Cache-Control"]
    assert pinned["Access-Control-Allow-Origin"] == "*"
    assert "immutable" not in client.get(url)["Cache-Control"]
    # A URL of the former tiles (slugs, not names: the data version alone) is not immutable.
    former = client.get(url, {"v": data_version()})
    assert former.status_code == 200 and "immutable" not in former["Cache-Control"]
    again = client.get(url, {"v": tiles_version()}, HTTP_IF_NONE_MATCH=pinned["ETag"])
    assert again.status_code == 304


@pytest.mark.parametrize(
    ("path", "status", "names"),
    [
        ("/tiles/2015-01-01/23/0/0.mvt", 400, "z must be"),
        ("/tiles/2015-01-01/a/0/0.mvt", 400, "z must be"),
        ("/tiles/2015-01-01/2/4/0.mvt", 400, "x must be"),
        ("/tiles/2015-01-01/2/0/-1.mvt", 400, "y must be"),
        ("/tiles/2015-13-01/2/0/0.mvt", 400, "epoch must be"),
        ("/tiles/2015-01-02/2/0/0.mvt", 404, "not an epoch"),
    ],
)
def test_bad_tiles_say_what_was_wrong(client, mosul, path, status, names):
    response = client.get(path)
    assert response.status_code == status
    assert names in response.json()["error"]


def map_config(client):
    html = client.get("/").content.decode()
    start = html.index('id="map-config"')
    body = html[html.index(">", start) + 1 : html.index("</script>", start)]
    return json.loads(body)


def test_the_map_draws_tiles_only_when_more_polygons_than_the_threshold_are_valid(
    client, settings, mosul
):
    # Two published versions are valid on EPOCH (the ended one and the draft do not count).
    settings.MAP_TILES_ABOVE = 2
    assert map_config(client)["area_tiles"] is None
    settings.MAP_TILES_ABOVE = 1
    tiles = map_config(client)["area_tiles"]
    assert tiles["most_valid"] == 2
    assert tiles["url"] == f"/tiles/{{epoch}}/{{z}}/{{x}}/{{y}}.mvt?v={tiles_version()}"


def orm_tile(epoch, z, x, y):
    """The tile as the querysets' query built for this one tile draws it."""
    with connection.cursor() as cursor:
        cursor.execute(*tiles.tile_query(epoch, z, x, y))
        return bytes(cursor.fetchone()[0] or b"")


@pytest.mark.parametrize(
    ("epoch", "lon", "lat", "z"),
    [
        (EPOCH, 43.1, 36.2, 5),
        (EPOCH, 43.1, 36.2, 9),
        (EPOCH, 42.65, 36.75, 10),
        (date(2014, 6, 1), 43.1, 36.2, 8),
    ],
)
def test_a_tile_answers_the_bytes_of_the_querysets_query(client, mosul, epoch, lon, lat, z):
    # The statement is compiled once per geometry column; each tile's day and box go in it.
    z, x, y = tile_of(lon, lat, z)
    response = client.get(f"/tiles/{epoch.isoformat()}/{z}/{x}/{y}.mvt")
    assert response.content and response.content == orm_tile(epoch, z, x, y)


def test_an_edit_is_in_its_tile_right_after_the_save(client, mosul):
    z, x, y = tile_of(43.1, 36.2, 9)
    url = f"/tiles/{EPOCH.isoformat()}/{z}/{x}/{y}.mvt"
    assert client.get(url).status_code == 200
    DatedPolygon.objects.filter(pk=mosul.pk).update(status="besieged")
    found = {f["properties"]["version"]: f for f in features(client, z, x, y)}
    assert found[mosul.pk]["properties"]["status"] == "besieged"


def test_a_tile_keeps_nosniff_cors_and_framing_but_no_script_policy(client, mosul):
    # A tile is data, never a document: the script policy protects documents only.
    z, x, y = tile_of(43.1, 36.2, 9)
    response = client.get(f"/tiles/{EPOCH.isoformat()}/{z}/{x}/{y}.mvt")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Content-Security-Policy"] == "frame-ancestors 'none'"
    # The map page still carries the whole policy.
    assert "script-src" in client.get("/")["Content-Security-Policy"]


def test_a_tile_travels_gzip_compressed_to_a_browser_that_accepts_it(client, mosul):
    z, x, y = tile_of(43.1, 36.2, 8)
    url = f"/tiles/{EPOCH.isoformat()}/{z}/{x}/{y}.mvt"
    plain = client.get(url)
    packed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert "Content-Encoding" not in plain
