"""Snap the free-form query parameters of cached answers to a small fixed set of values.

Every distinct bbox used to be a new cache entry, so a client stepping through boxes could fill
the cache (and evict everyone's answers) at will. A bbox now snaps outward to the cells of a
fixed grid: the finest of GRID_LEVELS at which it covers at most MAX_CELLS x MAX_CELLS cells. The
answer holds every polygon reaching into the requested box (and perhaps a few near it), and there
are at most a few tens of thousands of distinct boxes whatever the client sends. zoom only
chooses between full and generalised geometry, so it snaps to one of two values.
"""

import math

from mapapp.geojson import GENERALISED_BELOW_ZOOM

# Level L divides the world into 2^L x 2^L cells (at level 6: 5.6 by 2.8 degrees).
GRID_LEVELS = range(6, 0, -1)
MAX_CELLS = 3
WORLD = (-180.0, -90.0, 180.0, 90.0)


def _snap_axis(low, high, origin, cell):
    first = math.floor((low - origin) / cell)
    last = max(first + 1, math.ceil((high - origin) / cell))
    return first, last, origin + first * cell, origin + last * cell


def snap_bbox(bbox):
    """The grid box containing `bbox`; None (no filter) when that is the whole world."""
    if bbox is None:
        return None
    west, south, east, north = bbox
    for level in GRID_LEVELS:
        width, height = 360 / 2**level, 180 / 2**level
        x0, x1, snapped_west, snapped_east = _snap_axis(west, east, -180, width)
        y0, y1, snapped_south, snapped_north = _snap_axis(south, north, -90, height)
        if x1 - x0 <= MAX_CELLS and y1 - y0 <= MAX_CELLS:
            snapped = (
                max(snapped_west, -180.0),
                max(snapped_south, -90.0),
                min(snapped_east, 180.0),
                min(snapped_north, 90.0),
            )
            return None if snapped == WORLD else snapped
    return None


def snap_zoom(zoom):
    """The two zooms that give different answers: generalised geometry below the threshold."""
    if zoom is None:
        return None
    return 0 if zoom < GENERALISED_BELOW_ZOOM else GENERALISED_BELOW_ZOOM
