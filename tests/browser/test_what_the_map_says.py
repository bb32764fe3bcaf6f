"""What the map says, in Chromium: summary, changes by place, place histories, search, the chart,
the comparison, the area card across steps, the opening date (issue 10)."""

from datetime import date

import pytest

from mapapp.models import MapSettings
from tests.browser.helpers import url_says, wait_for_map
from tests.browser.story import build_story
from tests.factories import box, make_actor, make_polygon, make_territory


@pytest.fixture
def story():
    return build_story()


def place_panel(page):
    panel = page.locator("#place-panel")
    panel.wait_for(state="visible")
    return panel


def test_the_summary_says_when_nothing_is_held_in_syria_or_iraq(page, live_server, story):
    page.goto(live_server.url + "/?date=2019-03-23")
    wait_for_map(page, "2019-03-23")
    page.wait_for_function(
        "() => document.getElementById('summary').innerText.includes('no ground')"
    )
    text = page.locator("#summary").inner_text()
    assert text.startswith("On 23 March 2019: Islamic State holds no ground in Syria or Iraq.")


def test_dates_passed_quickly_cost_no_summary_and_the_last_one_is_told(page, live_server, story):
    told = (
        "y => { const summary = document.getElementById('summary');"
        " return summary.textContent.includes(y) && !summary.hasAttribute('aria-busy'); }"
    )
    page.goto(live_server.url + "/?date=2014-06-01")
    wait_for_map(page, "2014-06-01")
    # One step there and back: the dates ahead are then prefetched, so each quick step paints.
    page.click("#next-change")
    wait_for_map(page, "2016-01-01")
    page.wait_for_function(told, arg="2016")
    page.click("#prev-change")
    wait_for_map(page, "2014-06-01")
    page.wait_for_function(told, arg="2014")
    asked = []
    page.on("request", lambda r: "/api/v1/summary" in r.url and asked.append(r.url))
    # Three steps 50 ms apart, as Play's fast speed or a held arrow key send them.
    page.evaluate(
        """async () => {
          for (let n = 0; n < 3; n++) {
            document.getElementById("next-change").click();
            await new Promise((r) => setTimeout(r, 50));
          }
        }"""
    )
    wait_for_map(page, "2019-03-23")
    # Until its answer comes, the summary of the date left says it is being brought up to date.
    page.wait_for_selector('#summary[aria-busy="true"]', state="attached")
    page.wait_for_function(
        "() => document.getElementById('summary').textContent.startsWith('On 23 March 2019')"
    )
    assert page.get_attribute("#summary", "aria-busy") is None
    assert [url.split("date=")[1][:10] for url in asked] == ["2019-03-23"]


def test_what_changed_is_told_by_place_and_opens_its_history(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(page, "2016-01-01")
    places = page.locator("#changes-places")
    page.wait_for_function("() => document.getElementById('changes-places').children.length > 0")
    text = places.inner_text()
    assert "Mosul: Islamic State → no one mapped" in text
    assert "Raqqa: Islamic State → Syrian Democratic Forces" in text
    places.get_by_role("button", name="Mosul: Islamic State → no one mapped").click()
    panel = place_panel(page)
    assert "Mosul: Islamic State (controlled) 1 June 2014 to 1 January 2016" in panel.inner_text()
    link = panel.get_by_role("link", name="Reuters: Fall of Mosul")
    assert link.get_attribute("href") == "https://example.org/fall-of-mosul"


def test_a_search_by_another_spelling_opens_the_place(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(page, "2016-01-01")
    page.fill("#place-input", "Mossul")
    page.keyboard.press("Enter")
    assert place_panel(page).locator("#place-title").inner_text() == "Mosul"
    page.fill("#place-input", "Mosulx")
    page.keyboard.press("Enter")
    message = page.locator("#place-message")
    message.wait_for(state="visible")
    assert message.inner_text() == "No place called “Mosulx”. Nearest spellings: Mosul."


def test_clicking_a_town_label_opens_its_history(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01&view=9/36.335/43.1189")
    wait_for_map(page, "2016-01-01")
    page.locator(".place-label.clickable", has_text="Mosul").first.click()
    panel = place_panel(page)
    assert panel.locator("#place-title").inner_text() == "Mosul"
    assert "Islamic State (controlled)" in panel.inner_text()


def test_the_area_card_follows_its_territory_across_steps(page, live_server, story):
    first, second = story["first"], story["second"]
    page.goto(live_server.url + f"/?date=2014-06-01&area={first.pk}")
    wait_for_map(page, "2014-06-01")
    page.locator("#area-panel").wait_for(state="visible")
    page.click("#next-change")
    wait_for_map(page, "2016-01-01")
    page.wait_for_function(f"() => document.body.dataset.selectedArea === '{second.pk}'")
    url_says(page, area=str(second.pk))
    assert "1 January 2016" in page.locator("#area-body").inner_text()
    assert "not on the map" not in page.locator("#area-body").inner_text()


def test_the_chart_has_a_legend_axis_values_and_a_read_out(page, live_server, story):
    # A province abroad (Sirte), drawn apart from Syria–Iraq.
    make_polygon(make_territory("sirte"), make_actor("islamic-state"), date(2014, 6, 1),
                 date(2016, 1, 1), box(16.5, 31.1, 16.7, 31.3))  # fmt: skip
    page.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(page, "2016-01-01")
    legend = page.locator("#chart-legend")
    page.wait_for_function("() => document.getElementById('chart-legend').children.length >= 2")
    assert "Islamic State, Syria–Iraq" in legend.inner_text()
    assert "Islamic State, abroad" in legend.inner_text()
    labels = page.evaluate(
        "[...document.querySelectorAll('#area-chart text')].map((t) => t.textContent)"
    )
    assert "0 km²" in labels and "2016" in labels
    page.focus("#area-chart")
    page.keyboard.press("ArrowLeft")
    readout = page.locator("#chart-readout").inner_text()
    assert readout.startswith("1 June 2014: ") and "Islamic State, Syria–Iraq" in readout
    page.locator("#area-chart").hover()
    assert "km²" in page.locator("#chart-readout").inner_text()


def test_the_comparison_reports_held_ground_and_names_places(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01&compare=2014-06-01")
    wait_for_map(page, "2016-01-01")
    results = page.locator("#compare-results")
    page.wait_for_function(
        "() => document.getElementById('compare-results').innerText.includes('Main places')"
    )
    text = results.inner_text()
    assert "Islamic State: gained" in text and "lost" in text
    assert "Raqqa: Islamic State → Syrian Democratic Forces" in text
    colours = page.evaluate(
        "['--selected', '--gained', '--lost'].map((v) =>"
        " getComputedStyle(document.documentElement).getPropertyValue(v).trim().toLowerCase())"
    )
    assert colours[0] not in colours[1:]


def test_without_a_date_the_map_opens_on_the_editors_choice(page, live_server, story):
    MapSettings.objects.create(pk=1, default_date=date(2016, 1, 1))
    page.goto(live_server.url + "/")
    wait_for_map(page, "2016-01-01")


def test_without_a_date_the_map_opens_on_the_last_day_with_held_ground(page, live_server):
    islamic_state = make_actor("islamic-state", name="Islamic State")
    core = make_territory("core")
    make_polygon(core, islamic_state, date(2015, 1, 1), date(2016, 1, 1), box(40, 34, 41, 35))
    make_polygon(core, islamic_state, date(2016, 1, 1), date(2017, 1, 1), box(40, 34, 41, 35),
                 status="presence")  # fmt: skip
    page.goto(live_server.url + "/")
    # The last change date (2017-01-01) shows an empty map; the story's last held day is shown.
    wait_for_map(page, "2015-01-01")
