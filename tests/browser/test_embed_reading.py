"""The embed reads like the map: place names by the map's rule, a scale bar, the map's hatching.

Real Chromium on the real embed page (/embed/<id>) and on the snapshot page that frames it.
"""

import gzip
import io
import json
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from mapapp.snapshots.freeze import freeze
from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SYRIA = (37.0, 34.5, 41.5, 37.0)  # Aleppo, Raqqa, Deir ez-Zor, Al-Hasakah
LOST_RED = (229, 32, 24)  # map-style.json change.lost
BUDGET = 150 * 1024  # benchmarks/embed_weight.py

LABEL_BOXES = """() => [...document.querySelectorAll('.place-label')].map((el) => {
  const r = el.getBoundingClientRect();
  return {text: el.textContent, x: r.left, y: r.top, w: r.width, h: r.height};
})"""
CONTROL_BOXES = """() => [...document.querySelectorAll('.leaflet-control')].map((el) => {
  const r = el.getBoundingClientRect();
  return {text: el.className, x: r.left, y: r.top, w: r.width, h: r.height};
})"""


def overlaps(a, b):
    return (
        a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and b["y"] < a["y"] + a["h"]
    )


def held(west, south, east, north, valid_from, valid_to=None):
    return make_polygon(
        territory=make_territory(f"held-{west}-{valid_from}", name=f"Held {west}"),
        actor=make_actor("grey-actor", name="Grey actor", color="#555555"),
        geometry=box(west, south, east, north),
        valid_from=valid_from,
        valid_to=valid_to,
    )


@pytest.fixture
def syria_snapshot():
    held(38.0, 35.5, 40.0, 36.5, date(2014, 6, 29))
    return freeze(title="Raqqa under IS", day=date(2016, 1, 1), bbox=SYRIA)


@pytest.fixture
def comparison_snapshot():
    """Ground held from 38 to 41 east in 2015, from 38 to 39.5 in 2017: the east half was lost."""
    held(38.0, 35.0, 41.0, 37.0, date(2014, 6, 29), date(2016, 6, 1))
    held(38.0, 35.0, 39.5, 37.0, date(2016, 6, 1))
    return freeze(
        title="Lost ground",
        day=date(2017, 1, 1),
        compare=date(2015, 1, 1),
        bbox=SYRIA,
    )


def open_embed(page, live_server, snapshot):
    page.set_viewport_size({"width": 700, "height": 700})
    page.goto(f"{live_server.url}/embed/{snapshot.id}")
    page.wait_for_function("() => Number(document.body.dataset.placeLabels) > 0")


def test_the_embed_names_places_without_overlap_and_clear_of_its_controls(
    page, live_server, syria_snapshot
):
    open_embed(page, live_server, syria_snapshot)
    labels = page.evaluate(LABEL_BOXES)
    names = [label["text"] for label in labels]
    assert len(labels) >= 5, names
    assert "Aleppo" in names and "Raqqa" in names, names  # a metropolis and a story place
    pairs = [(a, b) for i, a in enumerate(labels) for b in labels[i + 1 :]]
    assert [(a["text"], b["text"]) for a, b in pairs if overlaps(a, b)] == []
    controls = page.evaluate(CONTROL_BOXES)
    under = [(lab["text"], c["text"]) for lab in labels for c in controls if overlaps(lab, c)]
    assert under == []
    assert len(names) == len(set(names))  # one name per place
    assert page.console_errors == []


def test_the_embed_has_a_metric_scale_bar(page, live_server, syria_snapshot):
    open_embed(page, live_server, syria_snapshot)
    scale = page.locator(".leaflet-control-scale-line")
    assert scale.count() == 1
    assert re.fullmatch(r"\d+ k?m", scale.inner_text().strip()), scale.inner_text()
    assert scale.bounding_box()["width"] > 20


def test_the_snapshot_pages_map_names_places_too(page, live_server, syria_snapshot):
    page.goto(f"{live_server.url}/s/{syria_snapshot.id}")
    frame = page.frame_locator("iframe.snapshot-frame")
    frame.locator("body[data-rendered='true']").wait_for()
    frame.locator(".place-label").first.wait_for()
    assert frame.locator(".place-label").count() > 0
    assert frame.locator(".leaflet-control-scale-line").count() == 1


def stripes_across(pixels):
    """How often a row of pixels switches between the lost colour and something paler."""
    red = np.all(np.abs(pixels.astype(int) - LOST_RED) < 40, axis=-1)
    return int(np.count_nonzero(red[1:] != red[:-1]))


def test_a_comparison_embed_hatches_lost_ground_as_the_map_does(
    page, live_server, comparison_snapshot
):
    assert comparison_snapshot.diff["features"], "the fixture must lose ground"
    open_embed(page, live_server, comparison_snapshot)
    shot = Image.open(io.BytesIO(page.locator("#embed-map").screenshot())).convert("RGB")
    pixels = np.asarray(shot)
    red = np.all(np.abs(pixels.astype(int) - LOST_RED) < 40, axis=-1)
    rows = [y for y in range(pixels.shape[0]) if red[y].sum() > 20]
    assert rows, "no lost ground drawn"
    middle = rows[len(rows) // 2]
    # Stripes 6 px apart at 45°: dozens of switches along a row across a degree and a half of
    # lost ground; a flat fill switches twice (in and out).
    assert stripes_across(pixels[middle]) > 20, stripes_across(pixels[middle])


def test_the_exported_ranking_is_what_labels_js_ranks_today(page, live_server, syria_snapshot):
    """static/basemap/labels.json (read by the embed and the images) is labels.js's ranking."""
    open_embed(page, live_server, syria_snapshot)
    exported, computed = page.evaluate(
        """async () => {
          const labels = await import('/static/map/labels.js');
          const places = await (await fetch('/static/basemap/places.json')).json();
          const exported = await (await fetch('/static/basemap/labels.json')).json();
          return [exported, labels.rankedForExport(places)];
        }"""
    )
    assert json.dumps(exported) == json.dumps(computed), (
        "static/basemap/labels.json is stale: run `node tools/export_label_ranking.mjs`"
    )


def test_the_embed_stays_within_its_weight_budget(page, live_server, syria_snapshot):
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    open_embed(page, live_server, syria_snapshot)
    page.wait_for_load_state("networkidle")
    # Each body as it travels gzip-compressed (whitenoise's precompressed files, our gzipped
    # pages), plus about 300 bytes of headers: the benchmark's measure.
    weight = sum(len(gzip.compress(r.response().body(), 6)) + 300 for r in responses)
    assert weight < BUDGET, f"{weight / 1024:.1f} KB"
