"""Honest zoom (issue 15): a version's stated precision limits how far the map invites zooming
in, and beyond it the map says how approximate the lines are."""

from datetime import date

import pytest

from tests.browser.helpers import wait_for_map
from tests.browser.story import build_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story():
    story = build_story()
    story["second"].precision_km = 10
    story["second"].save()
    return story


def notice_text(page):
    return page.locator("#map-message").inner_text()


def test_the_map_says_how_approximate_the_lines_are_and_stops_inviting_zoom(
    page, live_server, story
):
    # ±10 km at latitude 35: 16 px from zoom 7, so zoom 8 is the deepest offered.
    page.goto(live_server.url + "/?date=2017-01-01&view=6/35/40")
    wait_for_map(page, "2017-01-01")
    page.wait_for_function("() => document.body.dataset.honestZoom === '7'")
    assert "approximate" not in notice_text(page)
    zoom_in = page.locator(".leaflet-control-zoom-in")
    for zoom in (7, 8):
        zoom_in.click()
        page.wait_for_function(
            f"() => location.search.includes('view={zoom}%2F')"
            f" || location.search.includes('view={zoom}/')"
        )
    page.wait_for_function(
        "() => document.getElementById('map-message').innerText.includes('±10 km')"
    )
    assert "Lines here are approximate to ±10 km." in notice_text(page)
    page.wait_for_function(
        "() => document.querySelector('.leaflet-control-zoom-in')"
        ".classList.contains('leaflet-disabled')"
    )
    # A link deeper than that keeps its view, with the notice.
    page.goto(live_server.url + "/?date=2017-01-01&view=12/34.5/40.5")
    wait_for_map(page, "2017-01-01")
    page.wait_for_function(
        "() => document.getElementById('map-message').innerText.includes('±10 km')"
    )


def test_versions_without_a_stated_precision_set_no_limit(page, live_server, story):
    page.goto(live_server.url + f"/?date={date(2019, 3, 23).isoformat()}&view=12/36/40.5")
    wait_for_map(page, "2019-03-23")
    page.wait_for_function("() => document.body.dataset.honestZoom === ''")
    assert "approximate" not in notice_text(page)


def test_the_api_returns_each_versions_precision(client, story):
    body = client.get("/api/v1/control?date=2017-01-01").json()
    by_territory = {f["properties"]["territory"]: f["properties"] for f in body["features"]}
    assert by_territory["IS core, Syria–Iraq"]["precision_km"] == 10
    assert by_territory["SDF north-east"]["precision_km"] is None
