"""What the map page's head announces, so the browser fetches it before any script runs.

Modules: without the hints the browser learns of a module only once the module importing it has
arrived and been parsed: three rounds of requests before the map can start, the slowest part of
its first paint on a slow phone (benchmarks/first_paint.py). The hints name map.js's static
imports, read from the modules themselves (not kept by hand). What map.js imports only later
(LATER: the panels, chart, events and labels once the first polygons are out, the vector tiles
only on a tiled archive) is not announced: on a slow phone fetching and compiling it delayed the
first paint.

First answers: the opening date's areas, the timeline and the region's outlines are what the map
waits for before its first polygons. Announced as preloads they are requested with the page's
own files and are there when map.js starts, instead of one round trip after it.
"""

import re
from datetime import date
from functools import cache
from posixpath import dirname, normpath

from django.conf import settings
from django.templatetags.static import static

ENTRY = "map/map.js"
# Imported with import(), by the URLs in the page's config (hashed in production).
LATER = {"after_paint": "map/after_paint.js", "tiles": "map/tiles.js"}
# `import … from "./x.js";` and `export … from "./x.js";`, the forms the static storage rewrites
# to hashed names (mapapp/static_storage.py).
STATIC_IMPORT = re.compile(
    r"""^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["'](\.{1,2}/[^"']+)["']""", re.MULTILINE
)
# state.js isCalendarDay(): ASCII digits only, as JavaScript's \d.
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@cache
def _static_graph(entry=ENTRY):
    """Every module `entry` imports statically, directly or not (static/-relative paths)."""
    root = settings.BASE_DIR / "static"
    found, pending = [], [entry]
    while pending:
        name = pending.pop(0)
        for target in STATIC_IMPORT.findall((root / name).read_text()):
            path = normpath(f"{dirname(name)}/{target}")
            if path not in found and path != entry:
                found.append(path)
                pending.append(path)
    return sorted(found)


def map_modules():
    """Static URLs (hashed in production) of the modules map.js imports statically."""
    return [static(name) for name in _static_graph()]


def later_modules():
    """{name: static URL} of the modules map.js imports later, with import()."""
    return {key: static(name) for key, name in LATER.items()}


def linked_day(value):
    """The link's ?date as map.js reads it (state.js readUrl): a real YYYY-MM-DD day, else None."""
    if not value or not ISO_DAY.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def first_answers(request, config):
    """URLs of the answers map.js asks for first, exactly as it asks for them (same URL, so the
    browser hands the preloaded answer to map.js's fetch): the region's 1:110m outlines, the
    timeline and, unless the map draws tiles, the opening date's areas (the link's ?date, else
    the opening date; map.js start())."""
    urls = [config["basemap"]["region"], config["api"]["timeline"]]
    linked = request.GET.getlist("date")[:1]  # URLSearchParams.get() reads the first
    day = linked_day(linked[0] if linked else None) or config["opening_date"]
    if day and not config["area_tiles"]:
        urls.append(f"{config['api']['control']}?date={day}")
    return urls
