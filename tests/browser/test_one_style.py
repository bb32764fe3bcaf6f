"""One style spec everywhere: contested ground is hatched on the map, in the embed and in the
snapshot image, with the same stripes (static/style/map-style.json)."""

import io
import json
import math
from datetime import date

import pytest
from PIL import Image

from mapapp import style
from mapapp.snapshots.freeze import freeze
from mapapp.snapshots.view import frame_for
from tests.browser.helpers import wait_for_map
from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DAY = "2016-01-01"
WEST, SOUTH, EAST, NORTH = 38.0, 35.0, 41.0, 37.0
LINE = 120  # pixels sampled along a horizontal line through the middle of the area

# The alpha of the overlay canvas along a row through its middle: the areas are drawn there
# alone, so stripes (full) and the tint between them (faint) show as alternating alpha.
ALPHA_ACROSS_THE_MIDDLE = """
(length) => {
  const canvas = document.querySelector('.leaflet-overlay-pane canvas');
  const y = Math.round(canvas.height / 2), x = Math.round(canvas.width / 2 - length / 2);
  const row = canvas.getContext('2d').getImageData(x, y, length, 1).data;
  return Array.from({ length }, (_, i) => row[i * 4 + 3]);
}
"""


@pytest.fixture
def contested():
    make_polygon(
        territory=make_territory("deir-ez-zor", name="Deir ez-Zor"),
        actor=make_actor("red-actor", name="Red actor", color="#ff0000"),
        geometry=box(WEST, SOUTH, EAST, NORTH),
        valid_from=date(2015, 1, 1),
        status="contested",
        confidence="confirmed",
    )


def stripes(values):
    """Where the stripes start along a line of values (high on a stripe, low between)."""
    low, high = min(values), max(values)
    on = [v > (low + high) / 2 for v in values]
    starts = [i for i in range(1, len(on)) if on[i] and not on[i - 1]]
    return starts, (low, high)


def assert_hatched(values, scale=1):
    starts, (low, high) = stripes(values)
    spec = style.spec()["hatch"]["striped"]
    # Along a horizontal line, stripes at `angle` repeat every spacing / sin(angle) pixels.
    period = spec["spacing"] * scale / math.sin(math.radians(spec["angle"]))
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert high - low > 60, (low, high)  # two clearly different colours, not a flat fill
    assert len(starts) >= LINE / period - 2, starts
    assert all(abs(gap - period) <= 1.5 for gap in gaps), (gaps, period)
    return {"stripes": len(starts), "mean_gap": sum(gaps) / len(gaps), "low": low, "high": high}


def test_contested_ground_is_hatched_on_the_map(page, live_server, contested):
    page.goto(f"{live_server.url}/?date={DAY}&view=8/36.0/39.5")
    wait_for_map(page, DAY)
    page.wait_for_timeout(300)
    found = assert_hatched(page.evaluate(ALPHA_ACROSS_THE_MIDDLE, LINE))
    print("map", found)


def test_contested_ground_is_hatched_in_the_embed(page, live_server, contested):
    snapshot = freeze(title="Deir ez-Zor", day=date(2016, 1, 1), bbox=(WEST, SOUTH, EAST, NORTH))
    page.goto(f"{live_server.url}/embed/{snapshot.id}")
    page.wait_for_selector("body[data-rendered='true']")
    page.wait_for_timeout(300)
    found = assert_hatched(page.evaluate(ALPHA_ACROSS_THE_MIDDLE, LINE))
    print("embed", found)


def test_contested_ground_is_hatched_in_the_image(client, contested):
    snapshot = freeze(title="Deir ez-Zor", day=date(2016, 1, 1), bbox=(WEST, SOUTH, EAST, NORTH))
    response = client.get(f"/s/{snapshot.id}/social.png")
    image = Image.open(io.BytesIO(response.content)).convert("RGB")
    frame = frame_for(snapshot, *image.size)
    x, y = (round(v) for v in frame.point((WEST + EAST) / 2, (SOUTH + NORTH) / 2))
    # Red stripes over pale land: green falls on a stripe and rises between stripes.
    row = [255 - image.getpixel((x - LINE // 2 + i, y))[1] for i in range(LINE)]
    found = assert_hatched(row)
    print("image", json.dumps(found))
