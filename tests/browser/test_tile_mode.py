"""A large archive in real Chromium: the map draws vector tiles, and reads like the GeoJSON map.

600 synthetic territories (benchmarks/scale/synth.py, written by one INSERT … SELECT as the scale
benchmark does) are valid at once, more than MAP_TILES_ABOVE: the page fetches the tiles in view
instead of the GeoJSON of the whole date, and clicking, hovering and the legend still work.
"""

from datetime import timedelta

import pytest
from django.db import connection

from benchmarks.scale import synth
from tests.browser.helpers import url_says

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
    # Every request counted: Chromium stops recording after 250 by default.
    page.evaluate("performance.setResourceTimingBufferSize(100000)")


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
    url_says(page, area=True)
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


def change_dates(page):
    return page.evaluate("fetch('/api/v1/timeline').then((r) => r.json())")["change_dates"]


def step_to(page, day, button="#next-change"):
    page.click(button)
    page.wait_for_function("d => document.body.dataset.tilesDrawn === d", arg=day)


def tiles_of(page, epoch):
    return requests_to(page, f"/tiles/{epoch}/")


def test_stepping_draws_the_next_epochs_tiles(page, live_server, large_archive):
    open_map(page, live_server)
    dates = change_dates(page)
    shown = dates[dates.index(DAY) + 1]
    step_to(page, shown)
    epochs = {url.split("/tiles/")[1].split("/")[0] for url in requests_to(page, "/tiles/")}
    assert {DAY, shown} <= epochs
    # Beyond the two drawn, only the neighbours fetched ahead once the reader moved.
    assert epochs <= {DAY, shown, *dates[dates.index(shown) + 1 : dates.index(shown) + 3]}
    assert page.console_errors == []


def test_a_step_to_a_prefetched_neighbour_asks_the_network_for_nothing(
    page, live_server, large_archive
):
    open_map(page, live_server)
    dates = change_dates(page)
    first, second, third = dates[dates.index(DAY) + 1 : dates.index(DAY) + 4]
    step_to(page, first)  # the reader moves: the next epochs' tiles in view are fetched ahead
    in_view = len(tiles_of(page, first))
    page.wait_for_function(
        "([d, n]) => performance.getEntriesByType('resource')"
        ".filter((e) => e.name.includes('/tiles/' + d + '/')).length >= n",
        arg=[second, in_view],
    )
    fetched = len(tiles_of(page, second))
    step_to(page, second)
    assert len(tiles_of(page, second)) == fetched
    assert int(page.evaluate("document.body.dataset.featureCount")) > 0
    # The step's own prefetch asks for the epoch after; the one drawn is not asked again.
    page.wait_for_function(
        "([d, n]) => performance.getEntriesByType('resource')"
        ".filter((e) => e.name.includes('/tiles/' + d + '/')).length >= n",
        arg=[third, in_view],
    )
    step_to(page, third)
    assert len(tiles_of(page, second)) == fetched
    assert page.console_errors == []


def test_the_tiles_kept_stay_bounded_and_an_epoch_left_far_behind_is_fetched_again(
    page, live_server, large_archive
):
    open_map(page, live_server)
    dates = change_dates(page)
    start = dates.index(DAY)
    in_view = len(tiles_of(page, DAY))
    walk = dates[start + 1 : start + 13]
    for day in walk:
        step_to(page, day)
        assert int(page.evaluate("document.body.dataset.tileEpochs")) <= 6
    assert len(tiles_of(page, DAY)) == in_view
    for day in reversed([DAY, *walk[:-1]]):
        step_to(page, day, "#prev-change")
        assert int(page.evaluate("document.body.dataset.tileEpochs")) <= 6
    # Twelve steps on, the first epoch's decoded tiles had been let go: back there, they were
    # asked for again (as the neighbour behind, or when drawn), and the map is drawn.
    assert len(tiles_of(page, DAY)) == 2 * in_view
    assert int(page.evaluate("document.body.dataset.featureCount")) > 0
    assert page.console_errors == []


def test_the_keyboard_alone_opens_an_areas_card(page, live_server, large_archive):
    open_map(page, live_server)
    summary = page.locator("#areas-list").locator("xpath=..").locator("summary")
    page.wait_for_function("() => document.querySelectorAll('#areas-list button').length > 0")
    for _ in range(300):
        page.keyboard.press("Tab")
        if summary.evaluate("(el) => el === document.activeElement"):
            break
    else:
        raise AssertionError("Tab never reached the list of the areas in view")
    page.keyboard.press("Enter")  # opens the list
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    # The list names the area as its card does ("Synthetic 12"), not by its slug.
    name = focused.split(" (")[0]
    assert name.startswith("Synthetic "), focused
    page.keyboard.press("Enter")
    page.wait_for_function("() => !document.getElementById('area-panel').hidden")
    assert page.locator("#area-title").inner_text() == name
    assert page.evaluate("document.activeElement.id") == "area-title"
    url_says(page, area=True)
    # Escape closes the card and focus goes back to the list.
    page.keyboard.press("Escape")
    page.wait_for_function("() => document.getElementById('area-panel').hidden")
    assert page.evaluate("document.activeElement.closest('#areas-list') !== null")
    assert page.console_errors == []
