"""The snapshot's saved view: its image shows that view, names its places, its page cites it.

A snapshot published from the map's address has a centre and zoom and no box; it freezes every
area of the day, so the image used to frame them all (the whole region) and the page cited all
their sources.
"""

import io
from datetime import date

import numpy as np
import pytest
from PIL import Image

from mapapp.snapshots import labels, renderer, view
from mapapp.snapshots.freeze import freeze
from tests.factories import box, make_actor, make_polygon, make_source, make_territory

RAQQA = (39.0, 35.95)
MOSUL = (43.13, 36.34)


@pytest.fixture
def two_areas(db):
    """A red area around Raqqa and a blue one around Mosul, each with its own source."""
    for slug, colour, (lon, lat) in (("red", "#ff0000", RAQQA), ("blue", "#0000ff", MOSUL)):
        make_polygon(
            territory=make_territory(f"{slug}-area", name=f"{slug.title()} area"),
            actor=make_actor(f"{slug}-actor", name=f"{slug.title()} actor", color=colour),
            geometry=box(lon - 0.3, lat - 0.2, lon + 0.3, lat + 0.2),
            valid_from=date(2014, 6, 29),
            sources=[make_source(title=f"{slug.title()} report", publisher="Wire")],
        )


def seen_from(lon, lat, zoom=9):
    return freeze(title="A view", day=date(2016, 1, 1), view=(zoom, lat, lon))


def image(client, snapshot, size="social"):
    response = client.get(f"/s/{snapshot.id}/{size}.png")
    assert response.status_code == 200
    return np.asarray(Image.open(io.BytesIO(response.content)).convert("RGB")).astype(int)


def share(pixels, rgb):
    """The share of the map's pixels within a tint of `rgb` (55 % over the land colour).

    The map's: right of the legend, whose swatches show every actor frozen with the snapshot.
    """
    pixels = pixels[:, 500:]
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    red = (r > 200) & (g < 150) & (b < 150)
    blue = (b > 180) & (r < 150) & (g < 150)
    hit = red if rgb == "red" else blue
    return float(hit.mean())


def test_the_image_shows_the_saved_view_not_the_whole_region(client, two_areas):
    pixels = image(client, seen_from(*RAQQA))
    # At zoom 9 the red area (0.6° by 0.4°, ~220 x 180 px) sits in the middle of the card…
    red, green, blue = pixels[315, 600]
    assert red > 200 and green < 150 and blue < 150, (red, green, blue)
    assert share(pixels, "red") > 0.03
    # …and Mosul, 4° east, is out of the picture.
    assert share(pixels, "blue") == 0


def test_two_views_give_two_images(client, two_areas):
    on_raqqa, on_mosul = image(client, seen_from(*RAQQA)), image(client, seen_from(*MOSUL))
    assert (on_raqqa != on_mosul).any(axis=-1).mean() > 0.05
    assert share(on_mosul, "blue") > 0.03 and share(on_mosul, "red") == 0


def test_every_size_shows_the_same_place(client, two_areas):
    snapshot = seen_from(*RAQQA)
    for size, (width, height) in renderer.SIZES.items():
        red, green, blue = image(client, snapshot, size)[height // 2, width // 2]
        assert red > 200 and green < 150 and blue < 150, size


def test_a_saved_box_frames_the_image(client, two_areas):
    snapshot = freeze(title="Box", day=date(2016, 1, 1), bbox=(42.5, 35.9, 43.8, 36.8))
    pixels = image(client, snapshot)
    assert share(pixels, "blue") > 0.1 and share(pixels, "red") == 0


def test_the_image_names_places_by_the_maps_rule(db):
    snapshot = freeze(title="Syria", day=date(2016, 1, 1), bbox=(36.5, 34.0, 42.0, 37.2))
    frame = view.frame_for(snapshot, 1200, 630)
    furniture = [(0, 0, 400, 90), (0, 400, 480, 630)]
    placed = labels.place_labels(frame, 1.0, furniture)
    names = [place["label"] for place, _, _ in placed]
    assert {"Aleppo", "Raqqa", "Deir ez-Zor"} <= set(names), names
    boxes = [b for _, b, _ in placed]
    assert not [
        (names[i], names[j])
        for i in range(len(boxes))
        for j in range(i + 1, len(boxes))
        if labels.overlaps(boxes[i], boxes[j])
    ]
    assert not [
        n
        for n, b in zip(names, boxes, strict=True)
        if any(labels.overlaps(b, f) for f in furniture)
    ]
    assert all(b[0] >= 0 and b[2] <= 1200 and b[1] >= 0 and b[3] <= 630 for b in boxes)
    # Placed in the exported ranking's order (static/basemap/labels.json), as the map places them.
    order = [p["label"] for p in labels.ranked_places()]
    assert names == sorted(names, key=order.index)
    assert len(names) == len(set(names))


def test_a_closer_view_names_more_towns(db):
    wide = freeze(title="Wide", day=date(2016, 1, 1), view=(6, 35.9, 39.0))
    close = freeze(title="Close", day=date(2016, 1, 1), view=(9, 35.9, 39.0))
    at_6 = labels.place_labels(view.frame_for(wide, 1200, 630), 1.0, [])
    at_9 = labels.place_labels(view.frame_for(close, 1200, 630), 1.0, [])
    # Zoom 6 shows big cities and the story's places only; towns come in from zoom 7.
    assert all(p["shownFrom"] <= 6 for p, _, _ in at_6)
    assert any(p["shownFrom"] == 7 for p, _, _ in at_9)


def test_the_page_cites_the_sources_of_the_view_only(client, two_areas):
    snapshot = seen_from(*RAQQA)
    assert {s["title"] for s in snapshot.sources} == {"Red report", "Blue report"}
    page = client.get(f"/s/{snapshot.id}").content.decode()
    assert "Red report" in page
    assert "Blue report" not in page


def test_without_a_saved_view_the_page_cites_everything_shown(client, two_areas):
    snapshot = freeze(title="All", day=date(2016, 1, 1))
    page = client.get(f"/s/{snapshot.id}").content.decode()
    assert "Red report" in page and "Blue report" in page
