"""Sharing in Chromium: the whole state in the URL, back and forward, the mapstate event,
comparing two dates and finding a place."""

import pytest

from tests.browser.helpers import url_says, wait_for_map
from tests.browser.story import build_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story():
    return build_story()


def test_a_link_restores_date_view_area_and_comparison(page, live_server, story):
    pocket = story["pocket"].id
    page.goto(
        live_server.url + f"/?date=2018-05-01&view=9/34.46/40.95&area={pocket}&compare=2016-06-01"
    )
    wait_for_map(page, "2018-05-01")
    assert page.locator("#current-date").inner_text() == "1 May 2018"
    # The card's module comes after the first polygons (after_paint.js): wait for the card.
    page.wait_for_function("() => document.getElementById('area-title').textContent !== ''")
    assert page.locator("#area-title").inner_text() == "Baghouz pocket"
    page.wait_for_function("() => document.body.dataset.compare === '2016-06-01/2018-05-01'")
    assert page.locator("#compare-input").input_value() == "2016-06-01"
    url_says(page, view="9/34.46/40.95")


def test_back_and_forward_walk_through_the_dates_and_selections(page, live_server, story):
    page.goto(live_server.url + "/?date=2014-06-01")
    wait_for_map(page, "2014-06-01")
    page.click("#next-change")
    wait_for_map(page, "2016-01-01")
    page.click("#next-change")
    wait_for_map(page, "2017-10-17")
    page.go_back()
    wait_for_map(page, "2016-01-01")
    url_says(page, date="2016-01-01")
    page.go_back()
    wait_for_map(page, "2014-06-01")
    page.go_forward()
    wait_for_map(page, "2016-01-01")
    assert page.locator("#current-date").inner_text() == "1 January 2016"


def test_every_state_change_is_announced_as_a_mapstate_event(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01&view=6/34.8/40.5")
    wait_for_map(page, "2016-01-01")
    page.evaluate(
        "window.states = []; document.addEventListener('mapstate', (e) => "
        "window.states.push(e.detail))"
    )
    page.click("#next-change")
    wait_for_map(page, "2017-10-17")
    page.wait_for_function("() => window.states.length > 0")
    detail = page.evaluate("window.states[window.states.length - 1]")
    assert detail["date"] == "2017-10-17"
    assert detail["view"] == {"zoom": 6, "lat": 34.8, "lon": 40.5}
    west, south, east, north = detail["bbox"]
    assert west < 40.5 < east and south < 34.8 < north
    assert detail["area"] is None and detail["compare"] is None
    page.fill("#compare-input", "2014-07-01")
    page.wait_for_function("() => window.states[window.states.length - 1].compare === '2014-07-01'")
    url_says(page, compare="2014-07-01")


def test_comparing_two_dates_draws_gains_and_losses_with_km2(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-06-01")
    wait_for_map(page, "2016-06-01")
    page.fill("#compare-input", "2015-06-01")
    page.wait_for_function("() => document.body.dataset.compare === '2015-06-01/2016-06-01'")
    results = page.locator("#compare-results").inner_text()
    assert "From 1 June 2015 to 1 June 2016" in results
    assert "Islamic State: gained 0 km², lost 1" in results
    assert "Syrian Democratic Forces: gained " in results
    assert page.locator(".leaflet-diff-pane canvas").count() == 1
    page.click("#compare-clear")
    page.wait_for_function("() => document.body.dataset.compare === ''")
    url_says(page, compare=None)


def test_a_bad_view_or_compare_in_the_link_is_explained_and_ignored(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01&view=99/abc/1&compare=2016-13-01&area=x")
    wait_for_map(page, "2016-01-01")
    message = page.locator("#map-message").inner_text()
    assert 'view "99/abc/1"' in message
    assert 'compare "2016-13-01"' in message
    assert 'area "x"' in message
    url_says(page, compare=None)


def test_the_place_search_flies_to_the_place(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01&view=5/34.8/40.5")
    wait_for_map(page, "2016-01-01")
    page.fill("#place-input", "Baghouz")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => (() => { const v = new URLSearchParams(location.search).get('view') || '';"
        " const [z, lat, lon] = v.split('/').map(Number);"
        " return z >= 9 && Math.abs(lat - 34.4586) < 0.05 && Math.abs(lon - 40.9506) < 0.05; })()"
    )
    assert "Showing Baghouz" in page.locator("#place-status").inner_text()
    page.fill("#place-input", "Atlantis")
    page.keyboard.press("Enter")
    message = page.locator("#place-message")
    message.wait_for(state="visible")
    assert "No place called “Atlantis”" in message.inner_text()


def test_a_link_to_an_area_that_is_not_on_the_map_says_so_once(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01&area=999999")
    wait_for_map(page, "2016-01-01")
    page.wait_for_function(
        "() => document.getElementById('map-message').innerText.includes('999999')"
    )
    page.click("#next-change")
    wait_for_map(page, "2017-10-17")
    page.wait_for_timeout(300)
    message = page.locator("#map-message").inner_text()
    assert message.count("Area 999999 is not on the map") == 1
    assert page.locator("#area-panel").is_hidden()
