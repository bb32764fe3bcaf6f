"""The map's ES modules, named in the page head so the browser fetches them all at once.

Without the hints the browser learns of a module only once the module importing it has arrived
and been parsed: three rounds of requests before the map can start, the slowest part of its first
paint on a slow phone (benchmarks/first_paint.py). Every module in static/map/ and static/style/
belongs to the map's import graph, so the list is read from the folders, not kept by hand.
"""

from functools import cache

from django.conf import settings
from django.templatetags.static import static

FOLDERS = ("map", "style")


@cache
def _modules():
    root = settings.BASE_DIR / "static"
    return [
        path.relative_to(root).as_posix()
        for folder in FOLDERS
        for path in sorted((root / folder).glob("*.js"))
        if path.name != "map.js"  # the page's own script tag loads it
    ]


def map_modules():
    """Static URLs (hashed in production) of the modules map.js imports, directly or not."""
    return [static(name) for name in _modules()]
