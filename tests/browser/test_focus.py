"""Focus in the side panel and the phone's sheet (issue 15): choosing an area moves focus into
its card and scrolls the card into view; Escape and ✕ close it and focus goes back."""

import pytest

from tests.browser.helpers import wait_for_map
from tests.browser.story import build_story
from tests.chromium import close_and_settle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True}

IN_VIEW = """
() => {
  const card = document.getElementById('area-title').getBoundingClientRect();
  const box = document.getElementById('side-content').getBoundingClientRect();
  return card.top >= box.top - 1 && card.bottom <= box.bottom + 1
    && card.top >= 0 && card.bottom <= window.innerHeight;
}
"""


@pytest.fixture
def story():
    return build_story()


def focused(page):
    return page.evaluate(
        "({id: document.activeElement.id, area: document.activeElement.dataset.area || null,"
        " text: document.activeElement.textContent})"
    )


def choose_from_the_list(page, story):
    page.locator("#areas-list").wait_for(state="attached")
    page.get_by_text("All areas on the map").click()
    button = page.locator("#areas-list").get_by_role("button", name="Baghouz pocket")
    button.focus()
    page.keyboard.press("Enter")
    page.locator("#area-panel").wait_for()
    page.wait_for_function("() => document.activeElement.id === 'area-title'")
    assert page.evaluate(IN_VIEW), "the card is out of view"


def test_choosing_an_area_focuses_its_card_and_escape_returns(page, live_server, story):
    page.set_viewport_size({"width": 1280, "height": 600})  # short: the list is below the fold
    page.goto(live_server.url + "/?date=2017-10-17")
    wait_for_map(page, "2017-10-17")
    choose_from_the_list(page, story)
    page.keyboard.press("Escape")
    page.wait_for_function("() => document.getElementById('area-panel').hidden")
    back = focused(page)
    assert back["area"] == str(story["pocket"].id)
    assert "Baghouz pocket" in back["text"]


def test_the_close_button_returns_focus_too(page, live_server, story):
    page.goto(live_server.url + "/?date=2017-10-17")
    wait_for_map(page, "2017-10-17")
    choose_from_the_list(page, story)
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "area-close"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.getElementById('area-panel').hidden")
    assert focused(page)["area"] == str(story["pocket"].id)


def test_on_a_phone_the_sheet_shows_the_chosen_card(browser, live_server, story):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/?date=2017-10-17")
        wait_for_map(page, "2017-10-17")
        page.click("#sheet-toggle")
        choose_from_the_list(page, story)
        page.keyboard.press("Escape")
        page.wait_for_function("() => document.getElementById('area-panel').hidden")
        assert focused(page)["area"] == str(story["pocket"].id)
    finally:
        close_and_settle(context)
