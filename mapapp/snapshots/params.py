"""Checking what an editor asks to freeze; every refusal names the field and the form expected.

The publish button and `create_snapshot` share these checks, and the API's own parsers
(mapapp.api.params), so a date or a box means the same everywhere.
"""

import math
import re

from mapapp.api.params import (
    BadParameter,
    parse_bbox,
    parse_date,
    parse_id,
    parse_known_actor,
    parse_zoom,
)

MAX_TITLE, MAX_CAPTION = 200, 2000
FIELDS = ("title", "caption", "date", "compare", "view", "bbox", "area", "side")


def text(data, name, limit, required=False):
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise BadParameter(f"{name} is required: a text of 1 to {limit} characters")
        return ""
    if not isinstance(value, str):
        raise BadParameter(f"{name} must be a text of at most {limit} characters")
    if "\x00" in value:
        raise BadParameter(f"{name} must not contain NUL characters")
    if len(value.strip()) > limit:
        raise BadParameter(f"{name} must be at most {limit} characters, got {len(value.strip())}")
    return value.strip()


def coordinate(name, value, limit):
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or abs(number) > limit:
        raise BadParameter(f"view {name} must be a number from -{limit} to {limit}, got {value!r}")
    return round(number, 5)


def parse_view(value):
    """docs/url-state.md's view: "zoom/lat/lon" or {"zoom", "lat", "lon"} -> (zoom, lat, lon)."""
    if isinstance(value, dict):
        parts = [value.get("zoom"), value.get("lat"), value.get("lon")]
    elif isinstance(value, str):
        parts = value.split("/")
    else:
        parts = []
    if len(parts) != 3 or None in parts:
        raise BadParameter(f"view must be zoom/lat/lon, e.g. 7/34.46/40.95, got {value!r}")
    try:
        zoom = parse_zoom(str(parts[0]))
    except BadParameter as exc:
        raise BadParameter(f"view {exc}") from None
    return zoom, coordinate("lat", parts[1], 90), coordinate("lon", parts[2], 180)


def parse_area(value):
    return parse_id("area", value)


def parse_side(value):
    """The map's ?side=: an actor's slug, checked as /api/v1/summary?actor= checks it."""
    if value in (None, ""):
        return ""
    if not isinstance(value, str):
        raise BadParameter(f"side must be an actor's slug, got {value!r}")
    try:
        return parse_known_actor(value)
    except BadParameter as exc:
        raise BadParameter(f"side: {exc}") from None


def parse_box(value):
    if isinstance(value, list | tuple):
        value = ",".join(str(v) for v in value)
    if not isinstance(value, str):
        raise BadParameter(f"bbox must be west,south,east,north in degrees, got {value!r}")
    return parse_bbox(value)


def snapshot_request(data):
    """Keyword arguments for freeze() from a publish request or the command's options."""
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise BadParameter(f"unknown field {unknown[0]!r}; a snapshot takes: {', '.join(FIELDS)}")
    if not isinstance(data.get("date"), str):
        raise BadParameter("date is required, in the form YYYY-MM-DD")
    day = parse_date("date", data["date"])
    compare = parse_date("compare", str(data["compare"])) if data.get("compare") else None
    if compare == day:
        raise BadParameter("compare must be a different day from date (YYYY-MM-DD)")
    return {
        "title": text(data, "title", MAX_TITLE, required=True),
        "caption": text(data, "caption", MAX_CAPTION),
        "day": day,
        "compare": compare,
        "view": parse_view(data["view"]) if data.get("view") else None,
        "bbox": parse_box(data["bbox"]) if data.get("bbox") else None,
        "area": parse_area(data["area"]) if data.get("area") not in (None, "") else None,
        "side": parse_side(data.get("side")),
    }


IDEMPOTENCY_KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def idempotency_key(value):
    """The Idempotency-Key header of a publish request: None, or 8–64 letters, digits, - or _."""
    if value in (None, ""):
        return None
    if not IDEMPOTENCY_KEY.match(value):
        raise BadParameter(
            "the Idempotency-Key header must be 8 to 64 letters, digits, '-' or '_' "
            f"(one random key per publish dialog), got {value[:80]!r}"
        )
    return value
