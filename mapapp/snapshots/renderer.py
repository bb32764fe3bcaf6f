"""Server-side PNG of a snapshot: social card (1200x630), thumbnail and print size.

The image shows the snapshot's saved view (mapapp/snapshots/view.py), as the embed does. It
carries what the map shows: the offline Natural Earth basemap, place names placed by the map's
rule (mapapp/snapshots/labels.py), the polygons in their actors' colours (Actor.color, frozen in
the snapshot's legend) with the map's opacities, hatching, weights and dashes, the gained/lost
ground of a comparison, the events, a legend, the date and the credit. Every colour and line
comes from the map's style spec (static/style/map-style.json, read through mapapp/style.py).
Snapshots never change, so the bytes are rendered once and kept in the shared cache.
"""

import io
import json
from functools import cache as memoize

from django.conf import settings
from django.utils.dateformat import format as format_date
from PIL import Image, ImageDraw, ImageFont

from mapapp import style
from mapapp.snapshots import labels, mapdraw, view

SIZES = {"social": (1200, 630), "thumb": (600, 315), "print": (2400, 1600)}
# Raise when the drawing changes, so cached images of the old drawing are not served.
RENDERER_VERSION = 7
INK = (34, 34, 34)


def basemap_rgb(name):
    return style.rgb(style.spec()["basemap"][name])


def change_rgb(change):
    return style.rgb(style.spec()["change"][change]["color"])


def render_png(snapshot, size="social"):
    """PNG bytes of `snapshot` at one of SIZES (views.image keeps them in the shared cache)."""
    return draw_snapshot(snapshot, *SIZES[size])


def draw_snapshot(snapshot, width, height):
    # Pillow does not antialias fills: draw small images at twice the size and scale down.
    factor = 2 if width <= 1200 else 1
    # Image pixels per CSS pixel: every size shows the social card's view (view.CARD), the
    # thumbnail smaller, the print image sharper and taller.
    scale = width / view.CARD[0]
    canvas = Image.new("RGB", (width * factor, height * factor), basemap_rgb("sea"))
    frame = view.frame_for(snapshot, *canvas.size, css_scale=scale * factor)
    draw_basemap(canvas, frame, factor)
    draw_data(canvas, frame, snapshot, factor)
    if factor != 1:
        canvas = canvas.resize((width, height), Image.Resampling.LANCZOS)
    furniture = draw_furniture(canvas, snapshot, scale)
    labels.draw_labels(canvas, view.frame_for(snapshot, width, height, scale), scale, furniture)
    out = io.BytesIO()
    canvas.save(out, "PNG", optimize=True)
    return out.getvalue()


@memoize
def basemap_layer(name):
    path = settings.BASE_DIR / "static" / "basemap" / f"{name}.geojson"
    return json.loads(path.read_text())["features"] if path.exists() else []


def draw_basemap(canvas, frame, factor):
    b = style.spec()["basemap"]
    land, border, lake, edge = (basemap_rgb(k) for k in ("land", "border", "lake", "lake_edge"))
    for feature in basemap_layer("countries"):
        geometry = feature["geometry"]
        mapdraw.fill(canvas, frame, geometry, land, 1.0, border, b["border_weight"] * factor)
    for feature in basemap_layer("lakes"):
        geometry = feature["geometry"]
        mapdraw.fill(canvas, frame, geometry, lake, 1.0, edge, b["lake_edge_weight"] * factor)
    for feature in basemap_layer("rivers"):
        river = basemap_rgb("river")
        mapdraw.stroke(canvas, frame, feature["geometry"], river, b["river_weight"] * factor)


def draw_area(canvas, frame, feature, rgb, selected, factor):
    """One area as the map draws it: the status's fill or hatch, weight and confidence dash."""
    p = feature["properties"]
    look = style.polygon_style(p["status"], p.get("confidence"))
    outline, weight = rgb, look["weight"]
    if selected:
        # The area the editor had selected stands out, as it did on the map.
        outline, weight = (
            style.rgb(style.spec()["selected"]["color"]),
            style.spec()["selected"]["weight"],
        )
    dash = tuple(v * factor for v in look["dash"]) if look["dash"] and not selected else None
    hatch = (look["hatch"], factor) if look["hatch"] else None
    mapdraw.fill(
        canvas,
        frame,
        feature["geometry"],
        rgb,
        look["fill_opacity"],
        outline,
        weight * factor,
        hatch=hatch,
        dash=dash,
    )


def draw_change(canvas, frame, feature, factor):
    """Ground gained or lost, in the spec's colours (lost ground hatched, as on the map)."""
    look = style.change_style(feature["properties"]["change"])
    rgb = style.rgb(look["color"])
    hatch = (look["hatch"], factor) if look["hatch"] else None
    mapdraw.fill(
        canvas,
        frame,
        feature["geometry"],
        rgb,
        look["fill_opacity"],
        rgb,
        look["weight"] * factor,
        hatch,
    )


def draw_data(canvas, frame, snapshot, factor):
    colours = {a["slug"]: style.rgb(a["color"]) for a in snapshot.legend}
    fallback = style.spec()["fallback_color"]
    for feature in snapshot.features["features"]:
        p = feature["properties"]
        rgb = colours.get(p["actor"]) or style.rgb(p.get("color") or fallback)
        selected = bool(snapshot.area and p.get("id") == snapshot.area)
        draw_area(canvas, frame, feature, rgb, selected, factor)
    for feature in (snapshot.diff or {}).get("features", []):
        draw_change(canvas, frame, feature, factor)
    draw = ImageDraw.Draw(canvas)
    event = style.spec()["event"]
    radius = event["radius"] * factor
    for feature in snapshot.events["features"]:
        x, y = frame.point(*feature["geometry"]["coordinates"])
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=style.rgb(event["fill"]),
            outline=event["line"],
            width=factor * event["weight"],
        )


@memoize
def font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(f"{labels.FONT_DIR}/{name}", size)
    except OSError:
        # Without fonts-dejavu-core (see README) Pillow's own font still writes the text.
        return ImageFont.load_default(size)


def day_text(day):
    return format_date(day, "j F Y")


def draw_furniture(canvas, snapshot, s):
    """Title and date at the top, the legend bottom left, the credit along the bottom.

    Answers the boxes they cover, which place names keep clear of.
    """
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
    legend = draw_legend(draw, snapshot, s, canvas.height - round(28 * s))
    credit = (
        f"Territorial control map · snapshot {snapshot.id}, data as of "
        f"{snapshot.date.isoformat()} · basemap: Natural Earth · sources: /s/{snapshot.id}"
    )
    credit_font = font(round(15 * s))
    draw.rectangle(
        (0, canvas.height - round(26 * s), canvas.width, canvas.height), fill=(255, 255, 255, 230)
    )
    draw.text((pad, canvas.height - round(22 * s)), credit, font=credit_font, fill=(70, 70, 70))
    return [
        (0, 0, box_w, round(86 * s)),
        legend,
        (0, canvas.height - round(26 * s), canvas.width, canvas.height),
    ]


def draw_legend(draw, snapshot, s, bottom):
    rows = [(style.rgb(a["color"]), a["name"]) for a in snapshot.legend]
    if snapshot.diff is not None:
        rows += [(change_rgb("gained"), "Ground gained"), (change_rgb("lost"), "Ground lost")]
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
    return (0, top, width, bottom)


def fit(draw, text, text_font, width):
    """Cut `text` with an ellipsis so that it fits in `width` pixels."""
    if draw.textlength(text, text_font) <= width:
        return text
    while text and draw.textlength(text + "…", text_font) > width:
        text = text[:-1]
    return text.rstrip() + "…"
