"""The order of the map's first paint: what the polygons wait for comes first, the rest after.

benchmarks/first_paint.py measures the time on a throttled phone; these tests hold the order
that made it fast: the opening date's areas, the timeline and the region's outlines are asked
for by the page head (before any module runs) and used once, and the panels, chart, events and
labels are fetched only once the first polygons are drawn.
"""

import pytest

from mapapp.speech.opening import opening_date
from tests.browser.story import build_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAP_READY = "() => document.body.dataset.featureCount !== undefined"
# The time of the first fill or stroke on the polygons' canvas (the overlay pane).
FIRST_FILL = """
(() => {
  for (const name of ["fill", "stroke"]) {
    const original = CanvasRenderingContext2D.prototype[name];
    CanvasRenderingContext2D.prototype[name] = function (...args) {
      const pane = this.canvas.closest && this.canvas.closest(".leaflet-overlay-pane");
      if (pane && window.__polygonsDrawn === undefined) window.__polygonsDrawn = performance.now();
      return original.apply(this, args);
    };
  }
})();
"""
# Resource timing: [path and query, initiator, start time] of every request the page made.
REQUESTS = """() => performance.getEntriesByType("resource").map((e) => {
  const url = new URL(e.name);
  return [url.pathname + url.search, e.initiatorType, e.startTime];
})"""


def load(page, url):
    page.add_init_script(FIRST_FILL)
    asked = []
    page.on("request", lambda r: asked.append(r.url.split("://", 1)[1].split("/", 1)[1]))
    page.goto(url)
    page.wait_for_function(MAP_READY)
    page.wait_for_function("() => document.body.dataset.eventCount !== undefined")
    page.wait_for_function("() => document.querySelector('#area-chart *') !== null")
    page.wait_for_load_state("networkidle")
    return (
        ["/" + a for a in asked],
        page.evaluate(REQUESTS),
        page.evaluate("window.__polygonsDrawn"),
    )


@pytest.mark.parametrize("linked", ["2016-01-01", None], ids=["linked", "opening"])
def test_the_opening_dates_areas_are_asked_for_by_the_head_once(page, live_server, linked):
    build_story()
    day = linked or opening_date().isoformat()
    asked, timing, _ = load(page, live_server.url + (f"/?date={linked}" if linked else "/"))
    first = [f"/api/v1/control?date={day}", "/api/v1/timeline"]
    first += [p for p, _, _ in timing if "/basemap/world-110m-region" in p][:1]
    assert len(first) == 3, timing
    for request in first:
        # Asked for once: the preload's answer is the one map.js reads, not a second request.
        assert asked.count(request) == 1, (request, asked)
        assert [kind for p, kind, _ in timing if p == request] == ["link"], (request, timing)
    # Before the map's own modules: the head asks, not map.js once it runs.
    started = {p: start for p, _, start in timing}
    module = min(start for p, _, start in timing if p.startswith("/static/map/"))
    assert all(started[request] <= module for request in first), timing


def test_panels_chart_events_and_labels_are_fetched_after_the_first_polygons(page, live_server):
    build_story()
    _, timing, drawn = load(page, live_server.url + "/?date=2016-01-01")
    assert drawn is not None
    later = ("after_paint.js", "chart.js", "panels.js", "labels.js", "/api/v1/events",
             "/api/v1/stats/area", "/api/v1/summary", "/basemap/places.json")  # fmt: skip
    for name in later:
        starts = [start for p, _, start in timing if name in p]
        assert starts, f"{name} was never fetched: {timing}"
        assert min(starts) >= drawn, f"{name} was fetched before the first polygons were drawn"


def test_the_modules_of_the_first_paint_are_announced_in_the_head_and_fetched_once(
    page, live_server
):
    build_story()
    asked, timing, drawn = load(page, live_server.url + "/")
    hinted = page.eval_on_selector_all(
        "link[rel=modulepreload]", "links => links.map((l) => new URL(l.href).pathname)"
    )
    modules = [
        p for p in asked if p.startswith(("/static/map/", "/static/style/")) and p.endswith(".js")
    ]
    before = {p for p, _, start in timing if p in modules and start < drawn}
    # Announced modules are fetched at once, not one import level after another; what the head
    # announces is only what the first paint needs.
    assert before - {"/static/map/map.js"} == set(hinted), before ^ set(hinted)
    assert len(modules) == len(set(modules)), modules
