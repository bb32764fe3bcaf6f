"""Events that do not steal the story (issue 15): a click on a small pocket under an event's
dot opens the pocket; events are in the legend and reachable by keyboard."""

from datetime import date

import pytest

from tests.browser.helpers import wait_for_map
from tests.browser.story import build_story
from tests.factories import box, make_event, make_polygon, make_territory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pocket():
    story = build_story()
    # About 500 m across: some 15 px at zoom 12, smaller than the news-of-the-day dot on it.
    last = make_polygon(
        make_territory("baghouz-camp", name="Baghouz camp"),
        story["pocket"].actor,
        date(2019, 3, 1),
        None,
        geometry=box(40.9475, 34.4575, 40.9525, 34.4625),
        status="besieged",
    )
    make_event("Assault on the camp", date(2019, 3, 5), lon=40.95, lat=34.46)
    return last


def centre_of_map(page):
    r = page.locator("#map").bounding_box()
    return r["x"] + r["width"] / 2, r["y"] + r["height"] / 2


def test_a_click_on_the_pocket_under_an_event_opens_the_pocket(page, live_server, pocket):
    page.goto(live_server.url + "/?date=2019-03-10&view=12/34.46/40.95")
    wait_for_map(page, "2019-03-10")
    page.wait_for_function("() => +document.body.dataset.eventCount > 0")
    page.mouse.click(*centre_of_map(page))
    page.locator("#area-panel").wait_for()
    assert page.locator("#area-title").inner_text() == "Baghouz camp"
    assert page.locator(".leaflet-popup").count() == 0


def test_a_click_on_a_large_area_under_an_event_opens_the_event(page, live_server, pocket):
    # At zoom 9 the camp is a few pixels wide: its event's dot is drawn beside it, on the big
    # surrounding pocket, and opens the event.
    page.goto(live_server.url + "/?date=2019-03-10&view=9/34.46/40.95")
    wait_for_map(page, "2019-03-10")
    page.wait_for_function("() => +document.body.dataset.eventCount > 0")
    page.get_by_role("button", name="Event, 5 March 2019: Assault on the camp").click()
    page.locator(".leaflet-popup").wait_for()
    assert "Assault on the camp" in page.locator(".leaflet-popup").inner_text()


def test_events_are_in_the_legend_and_open_by_keyboard(page, live_server, pocket):
    page.goto(live_server.url + "/?date=2019-03-10&view=9/34.46/40.95")
    wait_for_map(page, "2019-03-10")
    assert "event" in page.locator(".legend .key").inner_text()
    marker = page.get_by_role("button", name="Event, 5 March 2019: Assault on the camp")
    marker.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup").wait_for()
    assert "Assault on the camp" in page.locator(".leaflet-popup").inner_text()
