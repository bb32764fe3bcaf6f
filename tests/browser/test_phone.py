"""The map on a 375 px wide phone, driven by touch: the timeline fits, panels are a bottom sheet."""

import pytest

from tests.browser.helpers import url_says, wait_for_map
from tests.browser.story import build_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story():
    return build_story()


def test_nothing_overflows_the_narrow_screen_and_the_sheet_starts_closed(phone, live_server, story):
    phone.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(phone, "2016-01-01")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    for control in ("#prev-change", "#play", "#next-change", "#date-slider", "#place-input"):
        box = phone.locator(control).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, control
    sheet = phone.locator("#side")
    assert sheet.bounding_box()["height"] <= 60
    phone.locator("#sheet-toggle").tap()
    phone.wait_for_function(
        "() => document.getElementById('side').getBoundingClientRect().height > 300"
    )
    assert phone.locator("#sheet-toggle").get_attribute("aria-expanded") == "true"
    assert phone.errors == []


def test_the_timeline_works_by_touch(phone, live_server, story):
    phone.goto(live_server.url + "/?date=2014-06-01")
    wait_for_map(phone, "2014-06-01")
    phone.locator("#next-change").tap()
    wait_for_map(phone, "2016-01-01")
    slider = phone.locator("#date-slider").bounding_box()
    phone.touchscreen.tap(slider["x"] + slider["width"] - 2, slider["y"] + slider["height"] / 2)
    wait_for_map(phone, "2019-03-23")
    url_says(phone, date="2019-03-23")


def test_tapping_an_area_opens_the_sheet_on_its_panel(phone, live_server, story):
    phone.goto(live_server.url + "/?date=2015-03-01&view=6/34.8/40.5")
    wait_for_map(phone, "2015-03-01")
    box = phone.locator("#map").bounding_box()
    phone.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    phone.locator("#area-panel").wait_for()
    phone.wait_for_function(
        "() => document.getElementById('side').getBoundingClientRect().height > 300"
    )
    assert phone.locator("#area-title").inner_text() == "IS core, Syria–Iraq"
    assert phone.locator("#area-title").is_visible()
    url_says(phone, area=str(story["first"].id))
