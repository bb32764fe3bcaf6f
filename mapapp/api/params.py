"""Strict parsing of API query parameters.

Every bad value raises BadParameter with a sentence naming the parameter and the expected form;
the API turns it into a 400. Nothing is silently ignored, unknown parameters included.
"""

import math
import re
from datetime import date

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_ZOOM = 22


class BadParameter(ValueError):
    pass


def reject_unknown(query, allowed):
    unknown = sorted(set(query) - set(allowed))
    if unknown:
        raise BadParameter(
            f"unknown parameter {unknown[0]!r}; this endpoint accepts: {', '.join(allowed)}"
        )


def single(query, name, required=False):
    values = query.getlist(name)
    if len(values) > 1:
        raise BadParameter(f"{name} was given {len(values)} times; give it once")
    if not values or values[0] == "":
        if required:
            raise BadParameter(
                f"{name} is required, in the form YYYY-MM-DD"
                if name in ("date", "from", "to")
                else f"{name} is required"
            )
        return None
    return values[0]


def parse_date(name, value):
    if not ISO_DATE.match(value):
        raise BadParameter(f"{name} must be a date in the form YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadParameter(
            f"{name} must be a real calendar day in the form YYYY-MM-DD, got {value!r}"
        ) from None


def parse_bbox(value):
    """w,s,e,n in degrees of longitude and latitude (EPSG:4326)."""
    parts = value.split(",")
    expected = "bbox must be four numbers west,south,east,north in degrees"
    if len(parts) != 4:
        raise BadParameter(f"{expected}, got {len(parts)} value(s) in {value!r}")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise BadParameter(f"{expected}, got {value!r}") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise BadParameter(f"{expected}, got {value!r}")
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise BadParameter(f"bbox longitudes must lie between -180 and 180, got {value!r}")
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise BadParameter(f"bbox latitudes must lie between -90 and 90, got {value!r}")
    if south > north:
        raise BadParameter(
            f"bbox south ({south}) is north of north ({north}); the order is west,south,east,north"
        )
    if west > east:
        raise BadParameter(
            f"bbox west ({west}) is east of east ({east}); boxes crossing the "
            "antimeridian are not supported, split them in two"
        )
    return west, south, east, north


def parse_zoom(value):
    try:
        zoom = int(value)
    except ValueError:
        raise BadParameter(
            f"zoom must be a whole number from 0 to {MAX_ZOOM}, got {value!r}"
        ) from None
    if not 0 <= zoom <= MAX_ZOOM:
        raise BadParameter(f"zoom must be a whole number from 0 to {MAX_ZOOM}, got {value!r}")
    return zoom


def parse_actor(value, known_slugs):
    if value not in known_slugs:
        listed = ", ".join(sorted(known_slugs)) or "none yet"
        raise BadParameter(f"actor {value!r} is not a known actor slug; known: {listed}")
    return value


def parse_period(query):
    """Optional from/to dates, from <= to."""
    start, end = single(query, "from"), single(query, "to")
    start = parse_date("from", start) if start else None
    end = parse_date("to", end) if end else None
    if start and end and start > end:
        raise BadParameter(f"from ({start}) is after to ({end})")
    return start, end
