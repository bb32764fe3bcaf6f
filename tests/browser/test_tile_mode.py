"""A large archive in real Chromium: the map draws vector tiles, and reads like the GeoJSON map.

600 synthetic territories (benchmarks/scale/synth.py, written by one INSERT … SELECT as the scale
benchmark does) are valid at once, more than MAP_TILES_ABOVE: the page fetches the tiles in view
instead of the GeoJSON of the whole date, and clicking, hovering and the legend still work.
"""

from datetime import timedelta

import pytest
from django.db import connection

from benchmarks.scale import synth
from tests.browser.helpers import query_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TERRITORIES = 600
# Territory 1's centre (synth.py's grid) and the day shown.
LON = synth.WEST + 0.5 * (synth.EAST - synth.WEST) / synth.COLUMNS
LAT = synth.SOUTH + 0.5 * (synth.NORTH - synth.SOUTH) / synth.ROWS
DAY = (synth.START + timedelta(days=10)).isoformat()


@pytest.fixture
def large_archive(settings):
    settings.MAP_TILES_ABOVE = 500
    with connection.cursor() as cursor:
        synth.fill(cursor, 3 * TERRITORIES, territories=TERRITORIES)
        cursor.execute(
            "SELECT a.slug FROM mapapp_datedpolygon p JOIN mapapp_actor a ON a.id = p.actor_id "
            "JOIN mapapp_territory t ON t.id = p.territory_id "
            "WHERE t.slug = 'synthetic-1' AND p.validity @> %s::date",
            [DAY],
        )
        return cursor.fetchone()[0]


def open_map(page, live_server, zoom=9):
    page.goto(f"{live_server.url}/?date={DAY}&view={zoom}/{LAT}/{LON}")
    page.wait_for_function("d => document.body.dataset.tilesDrawn === d", arg=DAY)


def requests_to(page, path):
    return page.evaluate(
        "p => performance.getEntriesByType('resource').map((e) => e.name)"
        ".filter((n) => n.includes(p))",
        path,
    )


def centre(page):
    box = page.locator("#map").bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def test_the_map_fetches_the_tiles_in_view_not_the_dates_geojson(page, live_server, large_archive):
    open_map(page, live_server)
    assert requests_to(page, "/api/v1/control") == []
    tiles = requests_to(page, "/tiles/")
    assert 0 < len(tiles) <= 24, tiles
    epoch = page.evaluate("document.body.dataset.tilesDrawn")
    assert all(f"/tiles/{epoch}/9/" in url for url in tiles), tiles
    assert int(page.evaluate("document.body.dataset.featureCount")) > 0
    assert page.console_errors == []


def test_clicking_an_area_opens_its_card_and_the_pointer_shows_areas(
    page, live_server, large_archive
):
    open_map(page, live_server)
    x, y = centre(page)
    page.mouse.move(x, y)
    page.wait_for_function("() => document.querySelector('#map').classList.contains('over-area')")
    page.mouse.click(x, y)
    page.wait_for_function("() => !document.getElementById('area-panel').hidden")
    assert page.locator("#area-title").inner_text() == "Synthetic 1"
    assert query_of(page)["area"]
    assert page.console_errors == []


def test_hiding_an_actor_removes_its_areas_from_the_tiles(page, live_server, large_archive):
    open_map(page, live_server)
    x, y = centre(page)
    page.locator(f"#legend-actors input[value='{large_archive}']").uncheck()
    page.mouse.move(x, y)
    page.wait_for_timeout(200)
    assert not page.evaluate("document.querySelector('#map').classList.contains('over-area')")
    page.mouse.click(x, y)
    page.wait_for_timeout(500)
    assert page.evaluate("document.getElementById('area-panel').hidden")


def test_stepping_draws_the_next_epochs_tiles(page, live_server, large_archive):
    open_map(page, live_server)
    page.click("#next-change")
    page.wait_for_function(
        "d => document.body.dataset.tilesDrawn && document.body.dataset.tilesDrawn !== d", arg=DAY
    )
    epochs = {url.split("/tiles/")[1].split("/")[0] for url in requests_to(page, "/tiles/")}
    assert len(epochs) == 2
    assert page.console_errors == []
