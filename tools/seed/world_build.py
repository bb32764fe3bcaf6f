"""Build the seed fixtures outside the IS core: provinces abroad, after the fall, the other side.

The outlines are drawn by hand in `world_provinces.py`, `world_provinces_more.py`,
`world_after.py` and `world_opponents.py` as rough lon/lat rings (what a reader would draw on a
paper map from the sources cited next to each ring). This script makes them publishable:

- each ring is clipped to the 1:10m outlines of the countries it belongs to
  (`fixtures/reference/countries-10m.geojson`), so no polygon spills into the sea or across a
  border;
- the opponents' polygons lose any ground that the IS core (part A's `is-*.geojson` fixtures)
  holds as `controlled` on any day of the same interval, so the two sides never overlap;
- coordinates are rounded to 5 decimals (about 1 m) and the result is made valid again.

    .venv/bin/python tools/seed/world_build.py

rewrites `fixtures/polygons/{provinces,after-the-fall,opponents}.geojson`. Events are written by
hand in `fixtures/events/events.geojson` and are not generated.
"""

import json
import sys
from datetime import date
from pathlib import Path

from shapely import make_valid, set_precision
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.ops import unary_union

sys.path.insert(0, str(Path(__file__).resolve().parent))

import world_after  # noqa: E402
import world_opponents  # noqa: E402
import world_provinces  # noqa: E402
import world_provinces_more  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
COUNTRIES = ROOT / "fixtures" / "reference" / "countries-10m.geojson"
POLYGONS = ROOT / "fixtures" / "polygons"
# Part B's own outputs; every other file in fixtures/polygons belongs to the IS core.
OUTPUTS = {
    "provinces.geojson": world_provinces.FEATURES + world_provinces_more.FEATURES,
    "after-the-fall.geojson": world_after.FEATURES,
    "opponents.geojson": world_opponents.FEATURES,
}
GRID = 0.00001  # 5 decimals


def load_countries():
    data = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    return {f["properties"]["iso_a2"]: shape(f["geometry"]) for f in data["features"]}


def outline(parts):
    """Union of rings (lists of (lon, lat)) and ready-made polygons."""
    shapes = [part if hasattr(part, "geom_type") else Polygon(part) for part in parts]
    return unary_union([make_valid(s) for s in shapes])


def polygonal(geometry):
    """Keep only the areas of a geometry (clipping can leave stray lines and points)."""
    if isinstance(geometry, Polygon):
        return MultiPolygon([geometry])
    if isinstance(geometry, MultiPolygon):
        return geometry
    polygons = [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon)]
    polygons += [
        p for g in getattr(geometry, "geoms", []) if isinstance(g, MultiPolygon) for p in g.geoms
    ]
    return MultiPolygon(polygons)


def finish(geometry, min_area=1e-6):
    geometry = make_valid(set_precision(geometry, GRID))
    parts = [p for p in polygonal(geometry).geoms if p.area >= min_area]
    result = MultiPolygon(parts)
    if not result.is_valid or result.is_empty:
        raise SystemExit(f"geometry could not be made valid: {result.wkt[:200]}")
    return result


def is_core_controlled(valid_from, valid_to):
    """Union of the IS core's controlled polygons valid on any day of [valid_from, valid_to)."""
    end = date.fromisoformat(valid_to) if valid_to else date.max
    start = date.fromisoformat(valid_from)
    shapes = []
    for path in sorted(POLYGONS.glob("*.geojson")):
        if path.name in OUTPUTS:
            continue
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            props = feature["properties"]
            if props.get("actor") != "islamic-state" or props.get("status") != "controlled":
                continue
            # The lead's rough placeholder outline is no boundary to respect; it goes away
            # when the core dataset lands.
            if props["territory"].startswith("placeholder-"):
                continue
            f_start = date.fromisoformat(props["valid_from"])
            f_end = date.fromisoformat(props["valid_to"]) if props.get("valid_to") else date.max
            if f_start < end and start < f_end:
                shapes.append(shape(feature["geometry"]))
    return unary_union(shapes) if shapes else None


def build_feature(spec, countries):
    props = dict(spec["properties"])
    land = unary_union([countries[code] for code in props["countries"]])
    geometry = outline(spec["parts"]).intersection(land)
    # The other side never covers IS-held ground, and IS presence is drawn around, not over, it.
    if props["actor"] != "islamic-state" or props["status"] != "controlled":
        core = is_core_controlled(props["valid_from"], props.get("valid_to"))
        # Only cut where they meet, so distant outlines keep their vertices from run to run.
        if core is not None and geometry.intersects(core):
            geometry = geometry.difference(core)
    if geometry.is_empty:
        raise SystemExit(
            f"{props['territory']} from {props['valid_from']}: nothing is left after clipping to "
            f"{', '.join(props['countries'])} and cutting away IS-held ground; check the outline"
        )
    geometry = finish(geometry)
    return {"type": "Feature", "properties": props, "geometry": mapping(geometry)}


def readable(features):
    """One feature per block: properties indented for review, the geometry on one line."""
    blocks = []
    for feature in features:
        props = json.dumps(feature["properties"], ensure_ascii=False, indent=2)
        geometry = json.dumps(feature["geometry"], separators=(",", ":"))
        props = props.replace("\n", "\n  ")
        block = f'  {{"type": "Feature",\n  "properties": {props},\n  "geometry": {geometry}}}'
        blocks.append(block)
    return '{"type": "FeatureCollection", "features": [\n' + ",\n".join(blocks) + "\n]}\n"


def main():
    countries = load_countries()
    for name, specs in OUTPUTS.items():
        features = [build_feature(spec, countries) for spec in specs]
        (POLYGONS / name).write_text(readable(features), encoding="utf-8")
        print(f"{name}: {len(features)} dated polygons")


if __name__ == "__main__":
    main()
