"""Reading the map in Chromium: legend toggles, area panel, what changed, summary, chart,
events and town labels."""

import pytest

from tests.browser.helpers import shown_features, url_says, wait_for_map
from tests.browser.story import build_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story():
    return build_story()


def test_an_actor_can_be_hidden_and_shown_from_the_legend(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(page, "2016-01-01")
    assert shown_features(page) == 2
    toggle = page.get_by_role("checkbox", name="Syrian Democratic Forces")
    toggle.uncheck()
    page.wait_for_function("() => document.body.dataset.featureCount === '1'")
    toggle.check()
    page.wait_for_function("() => document.body.dataset.featureCount === '2'")


def test_an_area_chosen_by_keyboard_opens_its_panel_with_sources_and_jumps(
    page, live_server, story
):
    page.goto(live_server.url + "/?date=2017-10-17")
    wait_for_map(page, "2017-10-17")
    page.locator("#areas-list").wait_for(state="attached")
    page.get_by_text("All areas on the map").focus()
    page.keyboard.press("Enter")
    page.locator("#areas-list").get_by_role("button", name="Baghouz pocket").focus()
    page.keyboard.press("Enter")
    panel = page.locator("#area-panel")
    panel.wait_for()
    text = panel.inner_text()
    for expected in (
        "Baghouz pocket",
        "Islamic State",
        "besieged",
        "17 October 2017",
        "23 March 2019",
        "AFP: Last pocket besieged",
        "a few hundred metres of the village of Baghouz",
    ):
        assert expected in text
    assert "km²" in text
    url_says(page, area=str(story["pocket"].id))
    assert panel.locator("a").get_attribute("href") == "https://example.org/baghouz"
    page.get_by_role("button", name="Go to its end (2019-03-23)").click()
    wait_for_map(page, "2019-03-23")
    # The card is rewritten after the frame that paints the date (map.js afterPaint).
    page.wait_for_function(
        "() => document.getElementById('area-panel').innerText"
        ".includes('not on the map on the date shown')"
    )
    page.get_by_role("button", name="Go to its start (2017-10-17)").click()
    wait_for_map(page, "2017-10-17")
    page.click("#area-close")
    page.wait_for_function("() => document.getElementById('area-panel').hidden")
    url_says(page, area=None)


def test_the_changes_panel_lists_what_began_and_ended_on_the_date(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(page, "2016-01-01")
    changes = page.locator("#changes-list")
    page.wait_for_function("() => document.getElementById('changes-list').children.length >= 2")
    text = changes.inner_text()
    assert "SDF north-east: Syrian Democratic Forces, contested — began" in text
    # The core ended and began again that day: its line moved, said once.
    assert "IS core, Syria–Iraq: Islamic State, controlled — line moved" in text
    assert "IS core, Syria–Iraq: Islamic State, controlled — ended" not in text
    page.goto(live_server.url + "/?date=2019-03-23")
    wait_for_map(page, "2019-03-23")
    page.wait_for_function(
        "() => document.getElementById('changes-list').innerText.includes('Event')"
    )
    assert "Event, 23 March 2019: Baghouz captured" in changes.inner_text()
    assert "Baghouz pocket: Islamic State, besieged — ended" in changes.inner_text()


def test_the_summary_describes_the_date_in_words_near_a_named_place(page, live_server, story):
    page.goto(live_server.url + "/?date=2017-10-17")
    wait_for_map(page, "2017-10-17")
    summary = page.locator("#summary")
    page.wait_for_function("() => document.getElementById('summary').innerText.includes('Baghouz')")
    text = summary.inner_text()
    # Held ground (besieged counts), named by the towns inside it, in words from the API.
    assert text.startswith("On 17 October 2017: Islamic State holds about 82 km² in Syria, around")
    assert "Syrian Democratic Forces holds about" in text
    # The summary is what describes the map to a screen reader.
    assert page.locator("#map").get_attribute("aria-describedby") == "summary"


def test_the_area_chart_follows_the_slider_and_clicking_it_sets_the_date(page, live_server, story):
    page.goto(live_server.url + "/?date=2014-06-01")
    wait_for_map(page, "2014-06-01")
    page.wait_for_selector("#area-chart polyline[data-actor='islamic-state']", state="attached")
    # The chart tells the story's side (Islamic State) unless the reader picks another.
    assert page.locator("#area-chart polyline").count() == 1
    cursor = page.locator("#chart-cursor")
    before = float(cursor.get_attribute("x1"))
    page.click("#next-change")
    wait_for_map(page, "2016-01-01")
    page.wait_for_function(
        f"() => +document.getElementById('chart-cursor').getAttribute('x1') > {before}"
    )
    # Clicking near the right end picks the last change date on or before that day. The panels
    # above it (what changed, by place) load after the map and move it: Playwright scrolls to
    # it and waits until it stands still.
    chart = page.locator("#area-chart")
    box_ = chart.bounding_box()
    chart.click(position={"x": box_["width"] * 0.99, "y": box_["height"] / 2})
    wait_for_map(page, "2019-03-23")
    url_says(page, date="2019-03-23")


def test_events_are_markers_with_dated_popups(page, live_server, story):
    page.goto(live_server.url + "/?date=2019-03-23&view=9/34.46/40.95")
    wait_for_map(page, "2019-03-23")
    page.wait_for_function("() => document.body.dataset.eventCount === '1'")
    marker = page.locator(".leaflet-events-pane path.leaflet-interactive")
    marker.click(force=True)
    popup = page.locator(".event-popup")
    popup.wait_for()
    assert "23 March 2019" in popup.inner_text()
    assert "Baghouz captured" in popup.inner_text()
    # A year and more before, the event is not on the map yet.
    page.goto(live_server.url + "/?date=2016-01-01&view=9/34.46/40.95")
    wait_for_map(page, "2016-01-01")
    page.wait_for_function("() => document.body.dataset.eventCount === '0'")


def test_town_labels_appear_at_suitable_zooms(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01&view=7/35.5/41.5")
    wait_for_map(page, "2016-01-01")
    page.wait_for_function("() => +document.body.dataset.placeLabels > 5")
    labels = page.locator(".place-label").all_inner_texts()
    assert {"Mosul", "Raqqa"} <= set(labels)
    # Abu Kamal, Baghouz and Al-Susah are 3-5 km apart: at zoom 7 their dots touch and one is
    # named; from zoom 9 each is (issue 15: labels never overlap).
    page.goto(live_server.url + "/?date=2016-01-01&view=9/34.45/40.95")
    wait_for_map(page, "2016-01-01")
    page.wait_for_function("() => +document.body.dataset.placeLabels > 2")
    assert {"Abu Kamal", "Al-Baghuz Fawqani"} <= set(page.locator(".place-label").all_inner_texts())
    # One label per town, in the story's spelling.
    assert not {"Great Mosque of al-Nuri", "Al Mawşil al Jadīdah", "Ar Raqqah"} & set(labels)
    page.goto(live_server.url + "/?date=2016-01-01&view=3/35.5/41.5")
    wait_for_map(page, "2016-01-01")
    page.wait_for_function("() => document.body.dataset.placeLabels === '0'")


COLOURS_ACROSS_THE_MIDDLE = """
() => {
  const canvas = document.querySelector('.leaflet-overlay-pane canvas');
  const ctx = canvas.getContext('2d');
  const y = Math.round(canvas.height / 2);
  const row = ctx.getImageData(Math.round(canvas.width * 0.4), y, 60, 1).data;
  const colours = new Set();
  for (let i = 0; i < row.length; i += 4) colours.add(row.slice(i, i + 4).join(','));
  return colours.size;
}
"""


def test_contested_ground_is_hatched_and_controlled_ground_is_plain(page, live_server, story):
    # Zoomed inside the SDF's contested area: stripes give several colours along a line.
    page.goto(live_server.url + "/?date=2016-01-01&view=9/36.3/40.5")
    wait_for_map(page, "2016-01-01")
    page.wait_for_timeout(300)
    assert page.evaluate(COLOURS_ACROSS_THE_MIDDLE) >= 2
    # Zoomed inside the Islamic State's controlled area: one flat colour.
    page.goto(live_server.url + "/?date=2016-01-01&view=9/34.7/40.0")
    wait_for_map(page, "2016-01-01")
    page.wait_for_timeout(300)
    assert page.evaluate(COLOURS_ACROSS_THE_MIDDLE) == 1
