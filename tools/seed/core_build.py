"""Build fixtures/polygons/is-core.geojson from the pieces in core_syria, core_iraq, core_endgame.

Run from the checkout:  .venv/bin/python tools/seed/core_build.py [--areas]

Every day on which a piece starts or ends, and the first day of every quarter, begins a new
version; consecutive versions meet exactly (valid_to of one = valid_from of the next) and the last
ends on 2019-03-23. `--areas` prints each version's equal-area size instead of writing the file.
"""

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

from core_endgame import ENDGAME
from core_geo import ROOT, as_multipolygon, country_outlines, geodesic_area_km2, grow
from core_iraq import IRAQ
from core_pieces import END
from core_syria import SYRIA
from shapely.geometry import Polygon, mapping
from shapely.ops import unary_union

OUT = ROOT / "fixtures" / "polygons" / "is-core.geojson"
PIECES = SYRIA + IRAQ + ENDGAME
# Each piece is clipped to its own country, so a valley drawn along a border town (al-Qa'im,
# Abu Kamal) cannot take ground on the other side before IS crossed it.
CLOSE_KM = 12
HOLE_KM2 = 1_000
COUNTRY = {id(p): "IQ" for p in IRAQ} | {id(p): "SY" for p in SYRIA + ENDGAME}
TERRITORY = {"territory": "is-core", "territory_name": "Islamic State core, Syria–Iraq"}
GENERAL_NOTE = (
    "Drawn by judgement from named waypoints (tools/seed/core_*.py): river valleys, roads and "
    "desert blocks IS held, minus ground it never took; clipped to Syria and Iraq; sized against "
    "the IHS Conflict Monitor series (see fixtures/NOTES.md). Lines are approximate to 10–20 km."
)


def quarter_starts(first, last):
    days, year, month = [], first.year, 1
    while date(year, month, 1) < last:
        if date(year, month, 1) > first:
            days.append(date(year, month, 1))
        month += 3
        if month > 12:
            year, month = year + 1, 1
    return days


def breakpoints():
    first = min(p.start for p in PIECES if not p.cut)
    days = {first, END} | set(quarter_starts(first, END))
    for piece in PIECES:
        days |= {d for d in (piece.start, piece.end) if first <= d <= END}
    return sorted(days)


def active(day):
    return [p for p in PIECES if p.start <= day < p.end]


def geometry_on(day, countries):
    pieces = active(day)
    held = unary_union(
        [p.shape.intersection(countries[COUNTRY[id(p)]]) for p in pieces if not p.cut]
    )
    held = fill_small_holes(close_gaps(held)).intersection(unary_union(list(countries.values())))
    cuts = [p.shape for p in pieces if p.cut]
    if cuts:
        held = held.difference(unary_union(cuts))
    return as_multipolygon(held)


def close_gaps(held):
    """Fill gaps narrower than 2 × CLOSE_KM between held pieces, across the border too.

    The pieces are drawn along valleys and roads; the villages and tracks between two valleys a
    few kilometres apart were held too, IS erased the Syria–Iraq border in 2014, and the maps of
    the time show one mass, not sticks. Each piece was clipped to its own country first, so the
    closing cannot reach a border town before IS took it (al-Qa'im, Abu Kamal).
    """
    if held.is_empty:
        return held
    return grow(grow(held, CLOSE_KM), -CLOSE_KM)


def fill_small_holes(held):
    """Close pockets of unheld desert smaller than HOLE_KM2 enclosed by IS ground.

    Ground IS never took inside its territory (Kobani, al-Hasakah, Deir ez-Zor's enclave) is cut
    out afterwards by the `Cut` pieces, so it is not lost here.
    """
    parts = []
    for part in getattr(held, "geoms", [held]):
        if not isinstance(part, Polygon):
            continue
        keep = [r for r in part.interiors if geodesic_area_km2(Polygon(r)) >= HOLE_KM2]
        parts.append(Polygon(part.exterior, keep))
    return unary_union(parts)


def precision(day):
    """'month' if any piece starting or ending on `day` has only a month-exact date there."""
    for p in PIECES:
        if (p.start == day and p.start_prec == "month") or (p.end == day and p.end_prec == "month"):
            return "month"
    return "day"


def changes(day):
    """What changes on `day`, one sentence per piece, and the pieces that changed."""
    started = [p for p in PIECES if p.start == day]
    ended = [p for p in PIECES if p.end == day]
    lines = []
    for p, verb in [(p, "Gained") for p in started] + [(p, "Lost") for p in ended]:
        if p.cut:
            verb = "Cut out (not IS)" if verb == "Gained" else "No longer cut out"
            lines.append(f"{verb}: {p.name}.")
            continue
        held = f"IS-held {p.start.isoformat()} to {p.end.isoformat()}"
        lines.append(f"{verb}: {p.name} ({held}). {p.note}".strip())
    return lines, started + ended


def feature(start, end, geom):
    lines, changed = changes(start)
    if not lines:
        # The outline carries over, so the sources that drew it do too.
        changed = active(start)
        lines = ["Quarterly checkpoint: no dated change; the outline carries over."]
    sources = sorted({key for p in changed for key in p.src} | {"core-chronology"})
    props = {
        **TERRITORY,
        "actor": "islamic-state",
        "status": "controlled",
        "confidence": "assessed",
        "valid_from": start.isoformat(),
        "valid_to": end.isoformat(),
        "valid_from_precision": precision(start),
        "valid_to_precision": precision(end),
        "state": "published",
        "sources": sources,
        "notes": " ".join(lines) + " " + GENERAL_NOTE,
    }
    return {"type": "Feature", "properties": props, "geometry": mapping(geom)}


def build():
    countries = country_outlines()
    days = breakpoints()
    versions = []
    for start, end in zip(days, days[1:], strict=False):
        versions.append((start, end, geometry_on(start, countries)))
    return versions


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--areas", action="store_true", help="print areas, write nothing")
    args = parser.parse_args(argv)
    versions = build()
    if args.areas:
        for start, end, geom in versions:
            print(f"{start} → {end}  {geodesic_area_km2(geom):10.1f} km²  {len(geom.geoms)} parts")
        return
    collection = {"type": "FeatureCollection", "features": []}
    for start, end, geom in versions:
        if geom.is_empty:
            raise SystemExit(f"version from {start} is empty: every version must hold ground")
        collection["features"].append(feature(start, end, geom))
    # One coordinate pair per line: readable, and a moved vertex is a one-line diff.
    text = re.sub(
        r"\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]",
        r"[\1, \2]",
        json.dumps(collection, ensure_ascii=False, indent=1),
    )
    Path(OUT).write_text(text + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(versions)} versions, {len(text) // 1024} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
