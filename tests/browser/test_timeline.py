"""The timeline in Chromium: keyboard-only stepping, play and pause, picking a date, precision,
and a fast drag that never ends on an older date."""

import pytest

from tests.browser.helpers import shown_features, url_says, wait_for_map
from tests.browser.story import CHANGE_DATES, build_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story():
    return build_story()


def tab_to(page, element_id, limit=40):
    """Press Tab until `element_id` has focus, as a keyboard-only reader would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == element_id:
            return
    raise AssertionError(f"#{element_id} is not reachable with Tab")


def test_the_slider_is_operable_by_keyboard_alone(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(page, "2016-01-01")
    tab_to(page, "date-slider")
    # The focus is visible: a real outline, not the browser's suppressed default.
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    page.keyboard.press("ArrowRight")
    wait_for_map(page, "2017-10-17")
    page.keyboard.press("ArrowLeft")
    wait_for_map(page, "2016-01-01")
    page.keyboard.press("End")
    wait_for_map(page, "2019-03-23")
    assert shown_features(page) == 1
    page.keyboard.press("Home")
    wait_for_map(page, "2014-06-01")
    url_says(page, date="2014-06-01")


def test_the_date_is_announced_with_its_precision(page, live_server, story):
    page.goto(live_server.url + "/?date=2014-06-01")
    wait_for_map(page, "2014-06-01")
    current = page.locator("#current-date")
    assert current.get_attribute("aria-live") == "polite"
    # Only the month of the first version's start is known: no invented day.
    assert current.inner_text() == "June 2014"
    assert page.locator("#date-slider").get_attribute("aria-valuetext") == "June 2014"
    page.wait_for_function(
        "() => document.getElementById('summary').innerText.startsWith('In June')"
    )
    page.click("#next-change")
    wait_for_map(page, "2016-01-01")
    assert current.inner_text() == "1 January 2016"


def test_play_steps_from_change_to_change_and_pause_stops_it(page, live_server, story):
    page.goto(live_server.url + "/?date=2014-06-01")
    wait_for_map(page, "2014-06-01")
    page.select_option("#speed", "300")
    page.evaluate(
        "window.seen = []; new MutationObserver(() => "
        "window.seen.push(document.body.dataset.shownDate))"
        ".observe(document.body, {attributes: true, attributeFilter: ['data-shown-date']})"
    )
    tab_to(page, "play")
    page.keyboard.press("Enter")
    assert page.locator("#play").get_attribute("aria-pressed") == "true"
    wait_for_map(page, "2019-03-23")
    # Every frame was a change date, in order, with no empty frames in between.
    assert page.evaluate("window.seen") == CHANGE_DATES[1:]
    page.wait_for_function(
        "() => document.getElementById('play').getAttribute('aria-pressed') === 'false'"
    )
    page.keyboard.press("Home")
    wait_for_map(page, "2014-06-01")
    page.click("#play")
    page.click("#play")
    assert page.locator("#play").get_attribute("aria-pressed") == "false"
    page.wait_for_timeout(800)
    assert page.evaluate("document.body.dataset.shownDate") in CHANGE_DATES[:2]


def test_any_day_can_be_typed_and_shows_its_epochs_map(page, live_server, story):
    page.goto(live_server.url + "/")
    wait_for_map(page, "2019-03-23")
    page.fill("#date-input", "2016-07-14")
    wait_for_map(page, "2016-07-14")
    assert page.locator("#current-date").inner_text() == "14 July 2016"
    assert shown_features(page) == 2
    url_says(page, date="2016-07-14")


def test_a_fast_drag_ends_on_the_last_position_not_an_older_date(page, live_server, story):
    page.goto(live_server.url + "/?date=2014-06-01")
    wait_for_map(page, "2014-06-01")
    # Many input events in one task, as a quick drag produces: the last one must win.
    page.evaluate(
        """() => {
          const slider = document.getElementById('date-slider');
          for (const value of [2000, 100, 1500, 600, 1300]) {
            slider.value = String(value);
            slider.dispatchEvent(new Event('input', {bubbles: true}));
          }
        }"""
    )
    # Day 1300 from 2014-06-01 is 2017-12-23: nearest change date 2017-10-17.
    wait_for_map(page, "2017-10-17")
    page.wait_for_timeout(500)
    assert page.evaluate("document.body.dataset.shownDate") == "2017-10-17"
    assert page.locator("#current-date").inner_text() == "17 October 2017"


def test_the_strip_under_the_slider_marks_each_change_date(page, live_server, story):
    page.goto(live_server.url + "/")
    wait_for_map(page, "2019-03-23")
    assert page.locator("#density rect").count() == len(CHANGE_DATES)
