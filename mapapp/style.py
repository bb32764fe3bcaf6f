"""The map's one style spec, static/style/map-style.json, for the Python side.

The browser reads the same file (static/style/style.js); the snapshot renderer and the KML
export read it here, so a colour or a hatch changed there changes everywhere.
"""

import json
from functools import cache

from django.conf import settings

SPEC_PATH = settings.BASE_DIR / "static" / "style" / "map-style.json"


@cache
def spec():
    with SPEC_PATH.open(encoding="utf-8") as f:
        return json.load(f)


def polygon_style(status, confidence):
    """fill_opacity, weight, hatch (a spec entry or None) and dash (list or None) of an area."""
    status_style = spec()["status"].get(status, spec()["status"]["controlled"])
    hatch = status_style["hatch"]
    return {
        "fill_opacity": status_style["fill_opacity"],
        "weight": status_style["weight"],
        "hatch": spec()["hatch"][hatch] if hatch else None,
        "dash": spec()["confidence"].get(confidence, {}).get("dash"),
    }


def change_style(change):
    """gained/lost: color, fill_opacity, weight and hatch (a spec entry or None)."""
    style = dict(spec()["change"][change])
    style["hatch"] = spec()["hatch"][style["hatch"]] if style["hatch"] else None
    return style


def rgb(color):
    """'#rrggbb' -> (r, g, b)."""
    color = color.lstrip("#")
    return tuple(int(color[i : i + 2], 16) for i in (0, 2, 4))


def kml_color(color, opacity=1.0):
    """'#rrggbb' and an opacity -> KML's aabbggrr."""
    r, g, b = rgb(color)
    return f"{round(opacity * 255):02x}{b:02x}{g:02x}{r:02x}"


def mean_fill_opacity(status):
    """The average opacity a status's fill shows, for formats without hatching (KML).

    A hatch covers its tint everywhere plus its stripes on width/spacing of the ground (for a
    cross-hatch, of both directions), all at the status's fill opacity.
    """
    style = spec()["status"].get(status, spec()["status"]["controlled"])
    if not style["hatch"]:
        return style["fill_opacity"]
    hatch = spec()["hatch"][style["hatch"]]
    bare = 1 - min(1.0, hatch["width"] / hatch["spacing"])
    covered = 1 - bare * bare if hatch["cross"] else 1 - bare
    return style["fill_opacity"] * (hatch["tint"] + (1 - hatch["tint"]) * covered)
