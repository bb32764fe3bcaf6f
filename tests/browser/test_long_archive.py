"""A long archive in real Chromium: the map paints before the figures, memory stays bounded.

The page keeps a few epochs (static/map/epoch_cache.js), asks for the chart's figures once the
map has painted, and lists a bounded number of the areas that began or ended on a date.
"""

from datetime import date, timedelta

import pytest

from tests.browser.helpers import wait_for_map
from tests.factories import box, make_actor, make_polygon, make_source, make_territory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
START = date(2015, 1, 1)
MONTHS = [(START + timedelta(days=30 * n)).isoformat() for n in range(16)]


@pytest.fixture
def front():
    """One territory advancing every month for sixteen months, the last version still valid."""
    actor = make_actor("islamic-state", name="Islamic State", color="#1a1a1a")
    territory, source = make_territory("front", name="Front"), make_source()
    for n, day in enumerate(MONTHS):
        end = date.fromisoformat(MONTHS[n + 1]) if n + 1 < len(MONTHS) else None
        west = 38.0 + 0.1 * n
        make_polygon(
            territory,
            actor,
            date.fromisoformat(day),
            end,
            box(west, 34.0, west + 2.0, 35.5),
            sources=[source],
        )


def control_requests(page):
    return page.evaluate(
        "performance.getEntriesByType('resource')"
        ".filter((e) => e.name.includes('/api/v1/control?'))"
        ".map((e) => new URL(e.name).searchParams.get('date'))"
    )


def test_the_charts_figures_are_asked_for_after_the_maps_own_answer(page, live_server, front):
    page.goto(f"{live_server.url}/?date={MONTHS[3]}")
    wait_for_map(page, MONTHS[3])
    page.wait_for_function("() => document.querySelector('#area-chart polyline') !== null")
    timings = page.evaluate(
        """() => performance.getEntriesByType('resource').map((e) => ({
            url: e.name, start: e.startTime, end: e.responseEnd }))"""
    )
    shown = next(t for t in timings if f"control?date={MONTHS[3]}" in t["url"])
    figures = [t["start"] for t in timings if "/api/v1/stats/area" in t["url"]]
    assert figures and min(figures) >= shown["end"], (shown, figures)


def test_an_epoch_stepped_far_past_is_let_go_and_fetched_again(page, live_server, front):
    page.goto(f"{live_server.url}/?date={MONTHS[0]}")
    wait_for_map(page, MONTHS[0])
    for day in MONTHS[1:13]:
        page.click("#next-change")
        wait_for_map(page, day)
    assert control_requests(page).count(MONTHS[0]) == 1
    page.click("#first-change")
    wait_for_map(page, MONTHS[0])
    # Twelve steps on, the first month was released: it is fetched again, and the map is right.
    assert control_requests(page).count(MONTHS[0]) == 2
    assert page.evaluate("document.body.dataset.featureCount") == "1"
    # The neighbour fetched ahead is kept: stepping on to it fetches nothing.
    page.wait_for_function(
        "d => performance.getEntriesByType('resource').filter("
        "(e) => e.name.includes('control?date=' + d)).length === 2",
        arg=MONTHS[1],
    )
    page.click("#next-change")
    wait_for_map(page, MONTHS[1])
    assert control_requests(page).count(MONTHS[1]) == 2


def test_a_date_on_which_many_areas_begin_lists_fifty_and_counts_the_rest(page, live_server, front):
    actor = make_actor("sdf", name="SDF", color="#f2c200")
    source = make_source()
    for n in range(60):
        west, south = 36.0 + (n % 10) * 0.5, 30.0 + (n // 10) * 0.5
        make_polygon(
            make_territory(f"village-{n}", name=f"Village {n}"),
            actor,
            date(2016, 6, 1),
            None,
            box(west, south, west + 0.4, south + 0.4),
            sources=[source],
        )
    page.goto(f"{live_server.url}/?date=2016-06-01")
    wait_for_map(page, "2016-06-01")
    page.wait_for_function("() => document.querySelectorAll('#changes-list li.began').length > 0")
    began = page.locator("#changes-list li.began")
    assert began.locator("button").count() == 50
    assert "… and 10 more areas began on this date." in began.last.inner_text()
