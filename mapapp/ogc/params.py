"""Query parameters of OGC API - Features items: bbox, datetime, limit, offset (Part 1 Core).

Bad values raise mapapp.api.params.BadParameter, which the API turns into a 400 that names the
parameter, like every other endpoint of the project.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from mapapp.api.params import BadParameter, parse_bbox, reject_unknown, single

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
ITEMS_PARAMETERS = ("bbox", "datetime", "limit", "offset", "f")
OPEN = ("", "..")


@dataclass(frozen=True)
class Period:
    """A `datetime` filter in days: one day (start == end, `instant`) or an interval.

    Either end of an interval may be None (open, `..`).
    """

    start: date | None
    end: date | None
    instant: bool = False


def parse_format(query):
    """`f` is accepted for clients that send it; JSON is the one encoding served."""
    value = single(query, "f")
    if value not in (None, "json", "geojson"):
        raise BadParameter(f"f must be json (the only encoding served here), got {value!r}")


def parse_day(text):
    """An RFC 3339 date or date-time, as the UTC day it falls on (the data has day precision)."""
    # GDAL 3.6's OAPIF driver turns a -where on a date field into "2016-01-01T" (a bare T).
    text = text.removesuffix("T")
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise BadParameter(
            "datetime must be an RFC 3339 date or date-time (2016-01-01 or "
            f"2016-01-01T00:00:00Z), or an interval of two (D1/D2, ../D2, D1/..), got {text!r}"
        ) from None
    if moment.tzinfo is None:
        raise BadParameter(f"datetime {text!r} needs a time zone, e.g. 2016-01-01T00:00:00Z")
    return moment.astimezone(UTC).date()


def parse_datetime(value):
    """datetime=D (one day) or D1/D2, ../D2, D1/.. (an interval, both ends included)."""
    if "/" not in value:
        day = parse_day(value)
        return Period(day, day, instant=True)
    if value.count("/") != 1:
        raise BadParameter(f"datetime interval must have one '/', got {value!r}")
    first, last = value.split("/")
    start = None if first in OPEN else parse_day(first)
    end = None if last in OPEN else parse_day(last)
    if start and end and start > end:
        raise BadParameter(f"datetime interval starts ({start}) after it ends ({end})")
    return Period(start, end)


def parse_count(name, value, minimum):
    try:
        number = int(value)
    except ValueError:
        number = None
    if number is None or number < minimum:
        raise BadParameter(f"{name} must be a whole number of at least {minimum}, got {value!r}")
    return number


def parse_items_bbox(value):
    """bbox of 4 numbers, or 6 with heights (which 2D data ignores), in CRS84."""
    parts = value.split(",")
    if len(parts) == 6:
        value = ",".join(parts[i] for i in (0, 1, 3, 4))
    return parse_bbox(value)


@dataclass(frozen=True)
class ItemsQuery:
    bbox: tuple | None
    period: Period | None
    limit: int
    offset: int


def parse_items_query(query):
    reject_unknown(query, ITEMS_PARAMETERS)
    parse_format(query)
    bbox, when = single(query, "bbox"), single(query, "datetime")
    limit, offset = single(query, "limit"), single(query, "offset")
    # A limit above the maximum is served at the maximum, as OGC API - Features asks, not refused.
    return ItemsQuery(
        bbox=parse_items_bbox(bbox) if bbox else None,
        period=parse_datetime(when) if when else None,
        limit=min(parse_count("limit", limit, 1), MAX_LIMIT) if limit else DEFAULT_LIMIT,
        offset=parse_count("offset", offset, 0) if offset else 0,
    )
