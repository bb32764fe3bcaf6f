"""Honest zoom (issue 15): a version's stated precision limits how far the map invites zooming
in, and beyond it the map says how approximate the lines are."""

from datetime import date

import pytest

from tests.browser.helpers import wait_for_map
from tests.browser.story import build_story
from tests.chromium import close_and_settle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story():
    story = build_story()
    story["second"].precision_km = 10
    story["second"].save()
    return story


def notice_text(page):
    return page.locator("#map-message").inner_text()


def test_the_map_says_how_approximate_the_lines_are_and_stops_inviting_zoom(
    page, live_server, story
):
    # ±10 km at latitude 35: 16 px from zoom 7, so zoom 8 is the deepest offered.
    page.goto(live_server.url + "/?date=2017-01-01&view=6/35/40")
    wait_for_map(page, "2017-01-01")
    page.wait_for_function("() => document.body.dataset.honestZoom === '7'")
    assert "approximate" not in notice_text(page)
    zoom_in = page.locator(".leaflet-control-zoom-in")
    for zoom in (7, 8):
        zoom_in.click()
        page.wait_for_function(
            f"() => location.search.includes('view={zoom}%2F')"
            f" || location.search.includes('view={zoom}/')"
        )
    page.wait_for_function(
        "() => document.getElementById('map-message').innerText.includes('±10 km')"
    )
    assert "Lines here are approximate to ±10 km." in notice_text(page)
    page.wait_for_function(
        "() => document.querySelector('.leaflet-control-zoom-in')"
        ".classList.contains('leaflet-disabled')"
    )
    # A link deeper than that keeps its view, with the notice.
    page.goto(live_server.url + "/?date=2017-01-01&view=12/34.5/40.5")
    wait_for_map(page, "2017-01-01")
    page.wait_for_function(
        "() => document.getElementById('map-message').innerText.includes('±10 km')"
    )


def test_versions_without_a_stated_precision_set_no_limit(page, live_server, story):
    page.goto(live_server.url + f"/?date={date(2019, 3, 23).isoformat()}&view=12/36/40.5")
    wait_for_map(page, "2019-03-23")
    page.wait_for_function("() => document.body.dataset.honestZoom === ''")
    assert "approximate" not in notice_text(page)


def test_the_api_returns_each_versions_precision(client, story):
    body = client.get("/api/v1/control?date=2017-01-01").json()
    by_territory = {f["properties"]["territory"]: f["properties"] for f in body["features"]}
    assert by_territory["IS core, Syria–Iraq"]["precision_km"] == 10
    assert by_territory["SDF north-east"]["precision_km"] is None


PHONE = {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True}
BOXES = """() => {
  const box = (selector) => {
    const r = document.querySelector(selector).getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom];
  };
  return {notice: box("#map-message"), legend: box(".legend"), zoom: box(".leaflet-control-zoom"),
          sheet: box("#side")};
}"""


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_on_a_phone_the_notice_covers_neither_legend_nor_controls_nor_the_sheet(
    browser, live_server, story
):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/?date=2017-01-01&view=12/34.5/40.5")
        wait_for_map(page, "2017-01-01")
        page.wait_for_function(
            "() => document.getElementById('map-message').innerText.includes('±10 km')"
        )
        for state in ("sheet folded", "sheet open"):
            if state == "sheet open":
                page.click(".sheet-toggle")
                page.wait_for_function("() => document.getElementById('side').offsetHeight > 300")
                page.wait_for_timeout(300)  # the sheet's 0.2 s transition
            boxes = page.evaluate(BOXES)
            covered = [name for name in ("legend", "zoom", "sheet")
                       if overlaps(boxes["notice"], boxes[name])]  # fmt: skip
            assert covered == [], f"{state}: the notice covers the {covered} ({boxes})"
    finally:
        close_and_settle(context)
