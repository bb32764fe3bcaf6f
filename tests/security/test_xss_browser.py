"""Item 1 in Chromium: a name planted by an editor or a file is shown as text and never runs.

The payload is `<img src=x onerror=window.__pwned=1>` in a territory name, a source title, an
event title, a snapshot title and caption, and a file's territory; each page that shows it is
opened as its reader would, and `window.__pwned` must stay unset while the text is visible.
"""

import json

import pytest

from tests.security.browser import (
    DAY,
    hover_centre,
    plant,
    planted_images,
    planted_snapshot,
    pwned,
    sign_in,
    watch,
)
from tests.security.conftest import PAYLOAD, feature

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def assert_safe(page):
    page.wait_for_timeout(300)  # an onerror would have fired by now
    assert not pwned(page)
    assert planted_images(page) == 0


def test_a_planted_name_in_the_admin_neighbours_tooltip_is_text(page, live_server, reviewer):
    plant()
    watch(page)
    sign_in(page, live_server.url)
    page.goto(live_server.url + "/admin/mapapp/datedpolygon/add/")
    page.fill("#id_valid_from", DAY)
    page.dispatch_event("#id_valid_from", "change")
    page.wait_for_selector(".editor-neighbours-status:has-text('1 other version(s)')")
    hover_centre(page, "#id_geometry-map")
    tooltip = page.locator(".leaflet-tooltip")
    tooltip.wait_for()
    assert PAYLOAD in tooltip.inner_text()
    assert_safe(page)


def test_a_planted_name_in_an_import_preview_is_text(page, live_server, reviewer, tmp_path):
    plant()
    path = tmp_path / "planted.geojson"
    planted = feature(territory=PAYLOAD, territory_name=PAYLOAD, valid_from="2017-01-01")
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [planted]}))
    watch(page)
    sign_in(page, live_server.url)
    page.goto(live_server.url + "/admin/mapapp/datedpolygon/import/")
    page.set_input_files("#id_file", str(path))
    page.click("input[type=submit]")
    page.wait_for_selector("#import-plan")
    assert PAYLOAD in page.locator("#import-plan").inner_text()
    page.locator("#import-preview-map path.leaflet-interactive").first.hover()
    tooltip = page.locator(".leaflet-tooltip")
    tooltip.wait_for()
    assert PAYLOAD in tooltip.inner_text()
    assert_safe(page)


def test_a_planted_name_on_the_public_map_is_text(page, live_server):
    plant()
    watch(page)
    page.goto(f"{live_server.url}/?date={DAY}")
    page.wait_for_function("d => document.body.dataset.shownDate === d", arg=DAY)
    # What changed on the date: the area that began and the event of the day.
    changes = page.locator("#changes-list")
    changes.get_by_role("button").first.wait_for()
    assert changes.inner_text().count(PAYLOAD) == 2
    # The area card: its name, notes and source.
    changes.get_by_role("button").first.click()
    page.locator("#area-panel").wait_for()
    assert page.locator("#area-title").inner_text() == PAYLOAD
    assert page.locator("#area-body").inner_text().count(PAYLOAD) == 2
    # The event's popup, opened from its marker with the keyboard as a reader would.
    marker = page.locator('[role="button"][aria-label^="Event,"]').first
    marker.focus()
    marker.press("Enter")
    popup = page.locator(".event-popup")
    popup.wait_for()
    assert popup.inner_text().count(PAYLOAD) == 2
    # The place search says what it did not find, with the text as typed.
    page.fill("#place-input", PAYLOAD)
    page.click("#place-search button[type=submit]")
    page.wait_for_function("() => document.getElementById('place-status').textContent !== ''")
    assert PAYLOAD in page.locator("#place-status").text_content()
    assert_safe(page)


def test_a_planted_name_on_the_snapshot_and_embed_pages_is_text(page, live_server):
    plant()
    snapshot = planted_snapshot()
    watch(page)
    page.goto(f"{live_server.url}/s/{snapshot.id}")
    assert page.locator("h1").inner_text() == PAYLOAD
    assert PAYLOAD in page.locator(".caption").inner_text()
    assert PAYLOAD in page.locator("ol.sources").inner_text()
    embed = page.frame_locator("iframe.snapshot-frame")
    embed.locator("body[data-rendered=true]").wait_for()
    assert_safe(page)

    page.goto(f"{live_server.url}/embed/{snapshot.id}")
    page.locator("body[data-rendered=true]").wait_for()
    assert page.locator("h1").inner_text() == PAYLOAD
    page.locator("#embed-map").scroll_into_view_if_needed()
    page.mouse.click(*centre(page, "#embed-map"))
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert PAYLOAD in popup.inner_text()
    assert_safe(page)


def centre(page, selector):
    area = page.locator(selector).bounding_box()
    return area["x"] + area["width"] / 2, area["y"] + area["height"] / 2
