"""The map's country outlines per zoom: the first paint's file and the finer levels' cells.

tools/build_basemap.py writes static/basemap/levels/index.json; the page's config carries each
cell's static URL (content-hashed in production), so basemap.js fetches only the cells in view.
"""

import json
from functools import cache

from django.conf import settings
from django.templatetags.static import static


@cache
def _index():
    path = settings.BASE_DIR / "static" / "basemap" / "levels" / "index.json"
    return json.loads(path.read_text())


def basemap_levels():
    """[{zoom, step, cells: {"x,y": url}}], coarsest first; x, y: a cell's south-west corner."""
    return [
        {
            "zoom": level["zoom"],
            "step": level["step"],
            "cells": {key: static(f"basemap/levels/{p}") for key, p in level["cells"].items()},
        }
        for level in _index()
    ]
