"""IS-held area in Iraq and Syria on a day, against the published estimates (fixtures/area/)."""

import json
from datetime import date

from django.conf import settings
from django.contrib.gis.geos import Polygon
from django.db.models import Sum

from mapapp.geoqueries import published_on

SERIES = settings.BASE_DIR / "fixtures" / "area" / "is-published.json"
# Syria and Iraq's bounding box: the provinces abroad (Libya, Sinai, ...) lie outside it.
SYRIA_IRAQ_BOX = Polygon.from_bbox((35.5, 29.0, 48.8, 37.5))
SYRIA_IRAQ_BOX.srid = 4326


def is_area_km2(day):
    """Geodesic km² of published, IS-controlled polygons in Iraq and Syria shown on `day`."""
    rows = published_on(day).filter(
        actor__slug="islamic-state", status="controlled", geometry__intersects=SYRIA_IRAQ_BOX
    )
    return rows.aggregate(total=Sum("area_km2"))["total"] or 0.0


def published_series():
    entries = json.loads(SERIES.read_text(encoding="utf-8"))["series"]
    for entry in entries:
        entry["day"] = date.fromisoformat(entry["date"])
    return entries


def within(entry, computed):
    """Whether `computed` agrees with a published figure under that figure's own tolerance."""
    if "max_km2" in entry:
        return computed < entry["max_km2"]
    if "abs_km2" in entry:
        return abs(computed - entry["km2"]) <= entry["abs_km2"]
    return abs(computed - entry["km2"]) <= entry["tolerance"] * entry["km2"]


def tolerance_text(entry):
    if "max_km2" in entry:
        return f"< {entry['max_km2']:g}"
    if "abs_km2" in entry:
        return f"± {entry['abs_km2']:g} km²"
    return f"± {entry['tolerance']:.0%}"
