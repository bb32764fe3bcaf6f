"""The public map in real Chromium: loads clean, offline, and keeps date and URL in step."""

from datetime import date

import pytest

from tests.browser.helpers import shown_features, url_says, wait_for_map
from tests.factories import box, make_actor, make_polygon, make_source, make_territory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story():
    """IS ground shrinking over three change dates, and an SDF area from the second."""
    islamic_state = make_actor("islamic-state", name="Islamic State", color="#1a1a1a")
    sdf = make_actor("sdf", name="Syrian Democratic Forces", color="#f2c200")
    core = make_territory("is-core", name="IS core, Syria–Iraq")
    source = make_source(
        title="Fall of Mosul", publisher="Reuters", url="https://example.org/fall-of-mosul"
    )
    make_polygon(
        core,
        islamic_state,
        date(2014, 6, 10),
        date(2016, 1, 1),
        geometry=box(38.0, 33.5, 43.5, 36.5),
        sources=[source],
    )
    make_polygon(
        core,
        islamic_state,
        date(2016, 1, 1),
        date(2017, 10, 17),
        geometry=box(39.0, 34.0, 41.0, 35.5),
        sources=[source],
    )
    make_polygon(
        make_territory("sdf-ne", name="SDF north-east"),
        sdf,
        date(2016, 1, 1),
        None,
        geometry=box(39.0, 35.6, 42.0, 37.0),
        status="controlled",
    )


def test_the_map_loads_without_console_errors_or_third_party_requests(page, live_server, story):
    page.goto(live_server.url + "/")
    wait_for_map(page, "2017-10-17")
    page.wait_for_load_state("networkidle")
    assert page.console_errors == []
    assert page.foreign_requests == []
    assert page.locator("#map canvas").count() >= 1


def test_moving_the_slider_changes_the_polygons_and_the_url(page, live_server, story):
    page.goto(live_server.url + "/?date=2014-06-10")
    wait_for_map(page, "2014-06-10")
    assert shown_features(page) == 1
    slider = page.locator("#date-slider")
    slider.focus()
    page.keyboard.press("ArrowRight")
    wait_for_map(page, "2016-01-01")
    assert shown_features(page) == 2
    url_says(page, date="2016-01-01")
    assert page.locator("#current-date").inner_text() == "1 January 2016"
    page.keyboard.press("ArrowRight")
    wait_for_map(page, "2017-10-17")
    assert shown_features(page) == 1


def test_a_date_in_the_url_is_restored_on_opening_it(page, live_server, story):
    page.goto(live_server.url + "/?date=2015-03-01")
    wait_for_map(page, "2015-03-01")
    assert page.locator("#current-date").inner_text() == "1 March 2015"
    # The slider measures time in days from the first change date (2014-06-10).
    assert page.locator("#date-slider").input_value() == "264"
    assert page.locator("#date-slider").get_attribute("aria-valuetext") == "1 March 2015"
    assert shown_features(page) == 1


def test_a_bad_date_in_the_url_is_explained_and_the_latest_map_shown(page, live_server, story):
    page.goto(live_server.url + "/?date=2019-02-30")
    wait_for_map(page, "2017-10-17")
    assert "2019-02-30" in page.locator("#map-message").inner_text()


def test_clicking_an_area_opens_its_panel_with_dates_and_linked_sources(page, live_server, story):
    page.goto(live_server.url + "/?date=2015-03-01")
    wait_for_map(page, "2015-03-01")
    box_ = page.locator("#map").bounding_box()
    # Click the middle of the IS polygon: the map is centred near it by default.
    page.mouse.click(box_["x"] + box_["width"] / 2, box_["y"] + box_["height"] / 2)
    popup = page.locator("#area-panel")
    popup.wait_for()
    text = popup.inner_text()
    for expected in (
        "IS core, Syria–Iraq",
        "Islamic State",
        "controlled",
        "10 June 2014",
        "1 January 2016",
        "Reuters: Fall of Mosul",
    ):
        assert expected in text
    assert popup.locator("a").get_attribute("href") == "https://example.org/fall-of-mosul"


def test_the_prev_and_next_buttons_step_between_change_dates(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(page, "2016-01-01")
    page.click("#prev-change")
    wait_for_map(page, "2014-06-10")
    page.click("#next-change")
    page.click("#next-change")
    wait_for_map(page, "2017-10-17")
    assert page.locator("#current-date").inner_text() == "17 October 2017"
