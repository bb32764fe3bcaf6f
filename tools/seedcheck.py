"""IS-held area in Iraq and Syria on a day, against the published estimates (fixtures/area/).

Checks the seed data, not the app: used by tests/seed/ and printed as a Markdown table by
`.venv/bin/python -m tools.seedcheck` (the table in fixtures/NOTES.md) after `make seed`.
"""

import json
import os
from datetime import date

import django

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mapapp.settings")
    django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.gis.geos import Polygon  # noqa: E402
from django.db.models import Sum  # noqa: E402

from mapapp.models import DatedPolygon  # noqa: E402

SERIES = settings.BASE_DIR / "fixtures" / "area" / "is-published.json"
# Syria and Iraq's bounding box: the provinces abroad (Libya, Sinai, ...) lie outside it.
SYRIA_IRAQ_BOX = Polygon.from_bbox((35.5, 29.0, 48.8, 37.5))
SYRIA_IRAQ_BOX.srid = 4326


def is_area_km2(day):
    """Geodesic km² of published, IS-controlled polygons in Iraq and Syria shown on `day`."""
    rows = (
        DatedPolygon.objects.published()
        .valid_on(day)
        .filter(
            actor__slug="islamic-state", status="controlled", geometry__intersects=SYRIA_IRAQ_BOX
        )
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


def report(write=print):
    write("| date | published km² | source | computed km² | difference | tolerance | ok |")
    write("|---|---:|---|---:|---:|---|---|")
    for entry in published_series():
        computed = is_area_km2(entry["day"])
        published = entry["km2"]
        diff = f"{(computed - published) / published:+.1%}" if published >= 100 else "—"
        label = entry["label"] + (f" ({entry['date_note']})" if entry.get("date_note") else "")
        shown = f"{computed:,.0f}" if computed >= 100 else f"{computed:.2f}"
        write(
            f"| {entry['date']} | {published:,g} | {label} | {shown} | {diff} "
            f"| {tolerance_text(entry)} | {'yes' if within(entry, computed) else 'NO'} |"
        )


if __name__ == "__main__":
    report()
