"""Place labels on the snapshot images, by the map's rule (static/map/labels.js).

Which places, in which order, and from which zoom: static/basemap/labels.json, the ranking that
labels.js's rankPlaces exports (tools/export_label_ranking.mjs), so the ranking has one
definition. Where: the map's collision rule, redone here for Pillow: in rank order, each place
shown at this zoom whose dot is in the image and clear of what is already taken puts its name
right, left, above or below the dot, the first of the four that stays inside the image and clear
of the names already placed, of the title, legend and credit, and of the dots of the
metropolises and the story's places; a place with no free side gets no label.

The sizes are labels.css's (12 px, 13 for big cities, story places in italic), in CSS pixels;
the image multiplies them by its CSS scale. The colours are the style spec's (basemap.label,
label_story, label_halo).
"""

import json
import math
from functools import cache

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

from mapapp import style

MAX_LABELS = 120
PAD, DOT, GAP = 2, 4, 3  # labels.js: halo around the text, the dot's size, dot-to-text gap
SIZE = {1: 13}  # px by rank; 12 otherwise (labels.css)
MIN_PX = 9
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
MEASURE = ImageDraw.Draw(Image.new("L", (1, 1)))


@cache
def ranked_places():
    path = settings.BASE_DIR / "static" / "basemap" / "labels.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def label_font(rank, px):
    # Bold (labels.css's weight 600); the story's places in italic.
    name = "DejaVuSans-BoldOblique.ttf" if rank == 3 else "DejaVuSans-Bold.ttf"
    try:
        return ImageFont.truetype(f"{FONT_DIR}/{name}", px)
    except OSError:
        return ImageFont.load_default(px)


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def candidates(x, y, w, h, s):
    """labels.js's four places for a w x h box around the dot at (x, y), best first."""
    half = (DOT / 2 + GAP) * s
    return [
        (x + half, y - h / 2),
        (x - half - w, y - h / 2),
        (x - w / 2, y - half - h),
        (x - w / 2, y + half),
    ]


def shown(frame, zoom, s):
    """(place, x, y, dot box) of the ranked places shown at `zoom` whose dot is in the image."""
    west, south, east, north = frame.bounds()
    r = DOT * s
    for place in ranked_places():
        if zoom < place["shownFrom"] or not (
            west <= place["lon"] <= east and south <= place["lat"] <= north
        ):
            continue
        x, y = frame.point(place["lon"], place["lat"])
        yield place, x, y, (x - r, y - r, x + r, y + r)


def text_size(place, s):
    """(font, width, height) of a place's label box: the text plus PAD of halo all round."""
    # Never below MIN_PX: the thumbnail's names stay letters, at the cost of fewer of them.
    px = max(SIZE.get(place["rank"], 12) * s, MIN_PX)
    font = label_font(place["rank"], round(px))
    width = math.ceil(MEASURE.textlength(place["label"], font)) + 2 * PAD * s
    return font, width, math.ceil(px) + 2 * PAD * s


def place_labels(frame, s, blocked):
    """[(place, text box, dot (x, y))] placed by the rule, `s` image px per CSS px.

    `blocked`: boxes (x0, y0, x1, y1) the furniture covers.
    """
    zoom = math.floor(frame.zoom(s) + 1e-6)
    candidates_shown = list(shown(frame, zoom, s))
    # The dots of metropolises and the story's places stay clear of other names (labels.js).
    reserved = [(p, dot) for p, _, _, dot in candidates_shown if p["tier"] <= 1]
    taken, placed = list(blocked), []
    for place, x, y, dot in candidates_shown:
        if len(placed) >= MAX_LABELS:
            break
        if any(overlaps(t, dot) for t in taken):
            continue
        _, w, h = text_size(place, s)
        for left, top in candidates(x, y, w, h, s):
            box = (left, top, left + w, top + h)
            inside = left >= 0 and top >= 0 and box[2] <= frame.width and box[3] <= frame.height
            clear = not any(overlaps(t, box) for t in taken) and not any(
                other is not place and overlaps(d, box) for other, d in reserved
            )
            if inside and clear:
                taken += [box, dot]
                placed.append((place, box, (x, y)))
                break
    return placed


def draw_labels(canvas, frame, s, blocked):
    """Draw the placed labels on `canvas`; answer how many."""
    draw = ImageDraw.Draw(canvas)
    basemap = style.spec()["basemap"]
    ink, story = style.rgb(basemap["label"]), style.rgb(basemap["label_story"])
    halo = style.rgb(basemap["label_halo"])
    placed = place_labels(frame, s, blocked)
    for place, box, (x, y) in placed:
        r = DOT / 2 * s
        draw.ellipse((x - r, y - r, x + r, y + r), fill=ink)
        font, _, _ = text_size(place, s)
        draw.text(
            ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2),
            place["label"],
            font=font,
            fill=story if place["rank"] == 3 else ink,
            anchor="mm",
            stroke_width=max(1, round(1.5 * s)),
            stroke_fill=halo,
        )
    return len(placed)
