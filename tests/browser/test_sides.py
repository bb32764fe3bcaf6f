"""Every side on the map, the story's side told first (issue 16), in Chromium: the summary and
the chart are Islamic State's by default and switch to any side; the link keeps the choice; the
legend hides an actor's whole lineage (YPG, then SDF) at once."""

from datetime import date

import pytest

from tests.browser.helpers import url_says, wait_for_map
from tests.browser.story import build_story
from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story():
    built = build_story()
    ypg = make_actor("ypg", name="People's Protection Units (YPG)", color="#5b2bd1",
                     successor=make_actor("sdf"), succeeded_on=date(2015, 10, 10))  # fmt: skip
    make_polygon(make_territory("kobani"), ypg, date(2014, 6, 1), date(2015, 10, 10),
                 box(38.1, 36.6, 38.6, 36.9))  # fmt: skip
    return built


def summary_starts(page, text):
    page.wait_for_function(
        "t => document.getElementById('summary').textContent.startsWith(t)", arg=text
    )


def chart_names(page):
    return page.locator("#chart-legend").inner_text()


def test_the_summary_and_chart_switch_sides_and_the_link_keeps_it(page, live_server, story):
    page.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(page, "2016-01-01")
    summary_starts(page, "On 1 January 2016: Islamic State holds")
    page.wait_for_function("() => document.getElementById('chart-legend').children.length > 0")
    assert "Islamic State, Syria–Iraq" in chart_names(page)
    assert "Syrian Democratic Forces" not in chart_names(page)

    page.select_option("#side-actor", "sdf")
    summary_starts(page, "On 1 January 2016: Syrian Democratic Forces holds")
    page.wait_for_function(
        "() => document.getElementById('chart-legend').textContent.includes('Syrian Democratic')"
    )
    assert "Islamic State" not in chart_names(page)
    url_says(page, side="sdf")

    # The link restores the side; before the SDF's founding its side is the YPG's.
    page.goto(live_server.url + "/?date=2015-01-01&side=sdf")
    wait_for_map(page, "2015-01-01")
    summary_starts(page, "On 1 January 2015: People's Protection Units (YPG) holds")
    assert page.locator("#side-actor").input_value() == "sdf"

    page.go_back()
    wait_for_map(page, "2016-01-01")
    page.go_back()
    wait_for_map(page, "2016-01-01")
    summary_starts(page, "On 1 January 2016: Islamic State holds")
    assert page.locator("#side-actor").input_value() == "islamic-state"


def test_hiding_the_ypg_hides_the_sdf_it_became(page, live_server, story):
    page.goto(live_server.url + "/?date=2015-01-01")
    wait_for_map(page, "2015-01-01")
    shown = int(page.evaluate("document.body.dataset.featureCount"))
    page.get_by_role("checkbox", name="People's Protection Units (YPG)").uncheck()
    page.wait_for_function(f"() => document.body.dataset.featureCount === '{shown - 1}'")
    # Two changes on, the SDF holds the ground: it stays hidden, its toggle unticked.
    page.click("#next-change")
    wait_for_map(page, "2015-10-10")
    page.click("#next-change")
    wait_for_map(page, "2016-01-01")
    sdf = page.get_by_role("checkbox", name="Syrian Democratic Forces")
    assert not sdf.is_checked()
    hidden = int(page.evaluate("document.body.dataset.featureCount"))
    sdf.check()
    page.wait_for_function(f"() => document.body.dataset.featureCount === '{hidden + 1}'")
