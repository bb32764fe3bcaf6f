"""Server-side PNG of a snapshot: social card (1200x630), thumbnail and print size.

The image carries what the map shows: the offline Natural Earth basemap and gazetteer, the
polygons in their actors' colours (Actor.color, frozen in the snapshot's legend) with the map's
opacities, the gained/lost ground of a comparison, the events, a legend, the date and the
credit. Snapshots never change, so the bytes are rendered once and kept in the shared cache.
"""

import io
import json
from functools import cache as memoize

from django.conf import settings
from django.utils.dateformat import format as format_date
from PIL import Image, ImageDraw, ImageFont

from mapapp.snapshots import mapdraw

SIZES = {"social": (1200, 630), "thumb": (600, 315), "print": (2400, 1600)}
# Raise when the drawing changes, so cached images of the old drawing are not served.
RENDERER_VERSION = 5
DEFAULT_BBOX = (35.5, 31.0, 48.5, 38.0)  # Syria and Iraq, where the story happens.
SEA, LAND, BORDER = (207, 223, 235), (243, 240, 232), (138, 138, 138)
WATER, RIVER = (188, 214, 234), (109, 156, 196)
GAINED, LOST, INK = (26, 150, 65), (215, 25, 28), (34, 34, 34)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def status_opacity(status):
    """The fill opacities of static/map/map.js, so image and map read the same."""
    return {"presence": 0.18, "contested": 0.3, "claimed": 0.3}.get(status, 0.55)


def render_png(snapshot, size="social"):
    """PNG bytes of `snapshot` at one of SIZES (views.image keeps them in the shared cache)."""
    return draw_snapshot(snapshot, *SIZES[size])


def draw_snapshot(snapshot, width, height):
    # Pillow does not antialias fills: draw small images at twice the size and scale down.
    factor = 2 if width <= 1200 else 1
    canvas = Image.new("RGB", (width * factor, height * factor), SEA)
    frame = mapdraw.Frame(frame_bbox(snapshot), *canvas.size)
    draw_basemap(canvas, frame, factor)
    draw_data(canvas, frame, snapshot, factor)
    if factor != 1:
        canvas = canvas.resize((width, height), Image.Resampling.LANCZOS)
    scale = width / 1200
    draw_places(canvas, mapdraw.Frame(frame_bbox(snapshot), width, height), scale)
    draw_furniture(canvas, snapshot, scale)
    out = io.BytesIO()
    canvas.save(out, "PNG", optimize=True)
    return out.getvalue()


def frame_bbox(snapshot):
    """The box the editor framed, else the data's extent with a margin, else the region."""
    if snapshot.bbox:
        return snapshot.bbox
    coords = [
        point
        for f in snapshot.features["features"]
        for polygon in mapdraw.polygons_of(f["geometry"])
        for point in polygon[0]
    ]
    if not coords:
        return DEFAULT_BBOX
    lons, lats = [c[0] for c in coords], [c[1] for c in coords]
    pad_x = max((max(lons) - min(lons)) * 0.08, 0.2)
    pad_y = max((max(lats) - min(lats)) * 0.08, 0.2)
    return (min(lons) - pad_x, min(lats) - pad_y, max(lons) + pad_x, max(lats) + pad_y)


@memoize
def basemap_layer(name):
    path = settings.BASE_DIR / "static" / "basemap" / f"{name}.geojson"
    return json.loads(path.read_text())["features"] if path.exists() else []


def draw_basemap(canvas, frame, factor):
    for feature in basemap_layer("countries"):
        mapdraw.fill(canvas, frame, feature["geometry"], LAND, 1.0, BORDER, 1.2 * factor)
    for feature in basemap_layer("lakes"):
        mapdraw.fill(canvas, frame, feature["geometry"], WATER, 1.0, RIVER, 0.6 * factor)
    for feature in basemap_layer("rivers"):
        mapdraw.stroke(canvas, frame, feature["geometry"], RIVER, 1.5 * factor)


def draw_data(canvas, frame, snapshot, factor):
    colours = {a["slug"]: mapdraw.hex_rgb(a["color"]) for a in snapshot.legend}
    for feature in snapshot.features["features"]:
        p = feature["properties"]
        rgb = colours.get(p["actor"]) or mapdraw.hex_rgb(p.get("color") or "#666666")
        # Line weights and dashes follow static/map/map.js: besieged ground has a heavy edge,
        # boundaries not confirmed are dashed, and the area the editor had selected stands out.
        weight = 3 if p["status"] == "besieged" else 1.5
        if snapshot.area and p.get("id") == snapshot.area:
            weight = 4
        dash = (5 * factor, 4 * factor) if p.get("confidence") != "confirmed" else None
        opacity = status_opacity(p["status"])
        mapdraw.fill(
            canvas, frame, feature["geometry"], rgb, opacity, rgb, weight * factor, dash=dash
        )
    for feature in (snapshot.diff or {}).get("features", []):
        rgb = GAINED if feature["properties"]["change"] == "gained" else LOST
        # Hatched, so the colour of whoever holds the ground stays visible beneath.
        hatch = (16 * factor, 4 * factor)
        mapdraw.fill(canvas, frame, feature["geometry"], rgb, 0.8, rgb, 2.5 * factor, hatch)
    draw = ImageDraw.Draw(canvas)
    radius = 5 * factor
    for feature in snapshot.events["features"]:
        x, y = frame.point(*feature["geometry"]["coordinates"])
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=(153, 27, 30),
            outline="white",
            width=factor * 2,
        )


@memoize
def places():
    """The gazetteer (static/basemap/places.json), biggest first within each rank."""
    path = settings.BASE_DIR / "static" / "basemap" / "places.json"
    rows = json.loads(path.read_text()) if path.exists() else []
    return sorted(rows, key=lambda p: (p.get("rank", 3), -(p.get("population") or 0)))


def draw_places(canvas, frame, s, limit=14):
    """Town names from the gazetteer, big cities first, none on top of another."""
    draw = ImageDraw.Draw(canvas)
    label_font = font(round(15 * s))
    west, south, east, north = frame.bounds()
    # The title (top left), the legend (bottom left) and the credit strip are not for labels.
    taken = [
        (0, 0, canvas.width * 0.45, 100 * s),
        (0, canvas.height - 200 * s, 480 * s, canvas.height),
        (0, canvas.height - 30 * s, canvas.width, canvas.height),
    ]
    shown = 0
    for place in places():
        if shown >= limit or not (west < place["lon"] < east and south < place["lat"] < north):
            continue
        x, y = frame.point(place["lon"], place["lat"])
        width = draw.textlength(place["name"], label_font)
        box = (x - 4 * s, y - 10 * s, x + 8 * s + width, y + 10 * s)
        outside = box[1] < 0 or box[2] + 4 * s > canvas.width
        if outside or any(overlaps(box, other) for other in taken):
            continue
        taken.append(box)
        shown += 1
        draw.ellipse((x - 3 * s, y - 3 * s, x + 3 * s, y + 3 * s), fill=INK, outline="white")
        draw.text(
            (x + 7 * s, y),
            place["name"],
            font=label_font,
            fill=INK,
            anchor="lm",
            stroke_width=max(1, round(2 * s)),
            stroke_fill="white",
        )


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@memoize
def font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(f"{FONT_DIR}/{name}", size)
    except OSError:
        # Without fonts-dejavu-core (see README) Pillow's own font still writes the text.
        return ImageFont.load_default(size)


def day_text(day):
    return format_date(day, "j F Y")


def draw_furniture(canvas, snapshot, s):
    """Title and date at the top, the legend bottom left, the credit along the bottom."""
    draw = ImageDraw.Draw(canvas, "RGBA")
    pad = round(16 * s)
    title_font, date_font = font(round(30 * s), True), font(round(22 * s))
    when = day_text(snapshot.date)
    if snapshot.compare:
        when = f"{when} · change since {day_text(snapshot.compare)}"
    title = fit(draw, snapshot.title, title_font, canvas.width - 4 * pad)
    box_w = max(draw.textlength(title, title_font), draw.textlength(when, date_font)) + 2 * pad
    draw.rectangle((0, 0, box_w, round(86 * s)), fill=(255, 255, 255, 225))
    draw.text((pad, pad * 0.8), title, font=title_font, fill=INK)
    draw.text((pad, pad + round(38 * s)), when, font=date_font, fill=INK)
    draw_legend(draw, snapshot, s, canvas.height - round(28 * s))
    credit = (
        f"Territorial control map · snapshot {snapshot.id}, data as of "
        f"{snapshot.date.isoformat()} · basemap: Natural Earth · sources: /s/{snapshot.id}"
    )
    credit_font = font(round(15 * s))
    draw.rectangle(
        (0, canvas.height - round(26 * s), canvas.width, canvas.height), fill=(255, 255, 255, 230)
    )
    draw.text((pad, canvas.height - round(22 * s)), credit, font=credit_font, fill=(70, 70, 70))


def draw_legend(draw, snapshot, s, bottom):
    rows = [(mapdraw.hex_rgb(a["color"]), a["name"]) for a in snapshot.legend]
    if snapshot.diff is not None:
        rows += [(GAINED, "Ground gained"), (LOST, "Ground lost")]
    props = [f["properties"] for f in snapshot.features["features"]]
    keys = []
    if any(p["status"] == "presence" for p in props):
        keys.append("pale: insurgent presence")
    if any(p.get("confidence") != "confirmed" for p in props):
        keys.append("dashed: boundary assessed, not confirmed")
    if keys:
        rows.append((None, "; ".join(keys).capitalize() + "."))
    rows.append((None, "Uncoloured ground is not mapped, not empty."))
    row_font, line = font(round(17 * s)), round(26 * s)
    width = max(draw.textlength(text, row_font) for _, text in rows) + round(56 * s)
    top = bottom - line * len(rows) - round(16 * s)
    draw.rectangle((0, top, width, bottom), fill=(255, 255, 255, 225))
    y = top + round(8 * s)
    for rgb, text in rows:
        x = round(16 * s)
        if rgb:
            draw.rectangle((x, y + 2 * s, x + 22 * s, y + 18 * s), fill=rgb, outline=INK)
            x += round(32 * s)
        draw.text((x, y), text, font=row_font, fill=INK)
        y += line


def fit(draw, text, text_font, width):
    """Cut `text` with an ellipsis so that it fits in `width` pixels."""
    if draw.textlength(text, text_font) <= width:
        return text
    while text and draw.textlength(text + "…", text_font) > width:
        text = text[:-1]
    return text.rstrip() + "…"
