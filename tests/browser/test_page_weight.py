"""What a reader's browser downloads: the map page and an embed stay within their budgets.

Bodies are counted gzip-compressed, as the production static files (precompressed by
collectstatic) and the gzipped API answers travel, plus a few hundred bytes of headers each.
benchmarks/first_paint.py measures the same against the real production stack.
"""

import gzip
import json
from datetime import date

import pytest

from mapapp.snapshots.freeze import freeze
from tests.browser.story import build_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADERS = 300
MAP_BUDGET = 400 * 1024
EMBED_BUDGET = 150 * 1024
# The country outlines of the first view: 231 KB before they were cut per zoom (issue 15).
OUTLINES_BUDGET = 80 * 1024
MAP_READY = "() => document.body.dataset.featureCount !== undefined"
EMBED_READY = "() => document.body.dataset.rendered === 'true'"


def downloads(page, url, ready):
    """{url: compressed bytes} of every response the page needed until the network was idle."""
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url)
    page.wait_for_function(ready)
    page.wait_for_load_state("networkidle")
    sizes = {}
    for request in finished:
        response = request.response()
        body = response.body() if response else b""
        sizes[request.url] = sizes.get(request.url, 0) + len(gzip.compress(body, 9)) + HEADERS
    return sizes


def outlines(sizes):
    """The country outlines' share (rivers, lakes and labels are not outlines)."""
    names = ("/basemap/world-110m-", "/basemap/levels/", "/basemap/countries.")
    return sum(n for url, n in sizes.items() if any(name in url for name in names))


@pytest.mark.parametrize("screen", ["page", "phone"])
def test_the_map_page_weighs_under_400_kb(request, live_server, screen):
    build_story()
    page = request.getfixturevalue(screen)
    sizes = downloads(page, live_server.url + "/", MAP_READY)
    total = sum(sizes.values())
    heaviest = sorted(sizes.items(), key=lambda item: -item[1])[:5]
    assert total <= MAP_BUDGET, f"{total / 1024:.0f} KB; heaviest: {heaviest}"
    assert outlines(sizes) <= OUTLINES_BUDGET, heaviest
    # The first view shows the light outlines, never the 674 KB file the editor's map uses.
    assert not any(url.endswith("/countries.geojson") for url in sizes)


def test_zooming_in_fetches_only_the_detailed_outlines_in_view(page, live_server):
    build_story()
    sizes = downloads(page, live_server.url + "/?view=9/35.95/39.01", MAP_READY)
    detailed = [url for url in sizes if "/levels/10m/" in url]
    # Raqqa at zoom 9 lies in one or two 6° cells of the 1:10m level, out of 133.
    assert 1 <= len(detailed) <= 4, detailed
    assert not any("/levels/50m/" in url for url in sizes)
    assert outlines(sizes) <= OUTLINES_BUDGET


def test_an_embed_weighs_under_150_kb(page, live_server):
    build_story()
    snapshot = freeze(title="Weight", day=date(2016, 1, 1))
    sizes = downloads(page, f"{live_server.url}/embed/{snapshot.id}", EMBED_READY)
    total = sum(sizes.values())
    assert total <= EMBED_BUDGET, f"{total / 1024:.0f} KB"


def test_a_reader_who_only_looks_downloads_one_date_and_stepping_fetches_ahead(page, live_server):
    build_story()
    asked = []
    page.on("request", lambda r: "/api/v1/control" in r.url and asked.append(r.url))
    page.goto(live_server.url + "/?date=2016-01-01")
    page.wait_for_function(MAP_READY)
    page.wait_for_load_state("networkidle")
    # The date shown, and the one before it for "what ended on this date"; no date ahead.
    assert sorted(u.split("date=")[1] for u in asked) == ["2014-06-01", "2016-01-01"]
    page.click("#next-change")
    page.wait_for_function("() => document.body.dataset.shownDate === '2017-10-17'")
    page.wait_for_function(
        "() => performance.getEntriesByType('resource').some("
        "(e) => e.name.includes('control?date=2019-03-23'))"
    )


def test_an_embed_carries_what_it_draws_not_the_sources_its_page_lists(client):
    build_story()
    snapshot = freeze(title="Slim", day=date(2016, 1, 1))
    page = client.get(f"/embed/{snapshot.id}").content.decode()
    config = json.loads(page.split('id="embed-config" type="application/json">')[1].split("<")[0])
    properties = config["features"]["features"][0]["properties"]
    assert {"territory", "status", "actor", "valid_from"} <= set(properties)
    assert not {"sources", "notes"} & set(properties)
    assert "Fall of Mosul" in client.get(f"/s/{snapshot.id}").content.decode()
