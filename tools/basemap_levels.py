"""Country outlines generalised per zoom, cut into cells, for a light first paint.

Used by tools/build_basemap.py. The map first draws one small file of the whole world at 1:110m;
from LEVELS' zoom on it adds the cells of a finer level that are in view (1:50m, then 1:10m),
over the story's region only. Each cell is self-contained and covers what lies under it:

- `sea`: the cell's square, so a cell hides the coarser land drawn beneath it (a 1:110m coast
  can lie kilometres out to sea);
- `land`: the land inside the cell, filled, without an outline (a clipped polygon's outline
  would draw the cell's edge);
- `borders`: the coasts and borders inside the cell, as lines (topology arcs, each once).

Squares overlap their neighbours by a hair so no seam of the coarse layer shows between them.
"""

import json
from pathlib import Path

from shapely import make_valid, set_precision
from shapely.geometry import LineString, MultiLineString, box, mapping
from shapely.ops import unary_union

# (name, first zoom, cell size in degrees, decimals, simplification tolerance in degrees)
# A tolerance of half a pixel at the level's first zoom keeps the line as drawn.
LEVELS = (
    ("50m", 5, 12, 2, 0.01),
    ("10m", 7, 6, 3, 0.002),
)
# Squares overlap by a hair; land by a pixel at the level's first zoom, so that no seam of sea
# shows where two cells' land meets (the map draws every cell's sea before any cell's land).
OVERLAP = 0.01
LAND_OVERLAP = 0.05


def land_and_mesh(land, arcs, region):
    """The land and every arc (coasts and borders, each once), cut to around `region`."""
    around = region.buffer(1)
    mesh = MultiLineString([LineString(a) for a in arcs if len(a) >= 2])
    return make_valid(land).intersection(around), mesh.intersection(around)


def rounded(geom, digits):
    return json.loads(json.dumps(mapping(set_precision(geom, 10**-digits))))


def cell_collection(square, land, mesh, digits, tolerance):
    """The three features of one cell: its sea, land and borders."""
    wider = square.buffer(LAND_OVERLAP - OVERLAP, join_style="mitre")
    inner_land = land.intersection(wider).simplify(tolerance, preserve_topology=True)
    lines = mesh.intersection(square).simplify(tolerance, preserve_topology=False)
    features = [{"type": "Feature", "properties": {"kind": "sea"}, "geometry": mapping(square)}]
    for kind, geom in (("land", inner_land), ("borders", lines)):
        geom = make_valid(geom) if kind == "land" else geom
        if kind == "land":
            # Repair can leave stray lines beside the areas; only the areas are land.
            parts = getattr(geom, "geoms", [geom])
            geom = unary_union([g for g in parts if g.geom_type in ("Polygon", "MultiPolygon")])
        if geom.is_empty:
            continue
        features.append(
            {"type": "Feature", "properties": {"kind": kind}, "geometry": rounded(geom, digits)}
        )
    return {"type": "FeatureCollection", "features": features}


def cells(region, step):
    """Cell origins (lower-left corners) on a grid of `step` degrees covering `region`."""
    west, south, east, north = region.bounds
    x = west
    while x < east:
        y = south
        while y < north:
            yield x, y
            y += step
        x += step


def write_level(out, name, region, land, mesh, step, digits, tolerance):
    """Write one level's cells under out/name/; return {"x,y": relative path} of those written."""
    written = {}
    for x, y in cells(region, step):
        square = box(x - OVERLAP, y - OVERLAP, x + step + OVERLAP, y + step + OVERLAP)
        # Open sea far from any coast (even the coarse one): the container's sea is right there.
        if not square.buffer(1).intersects(land):
            continue
        data = cell_collection(square, land, mesh, digits, tolerance)
        text = json.dumps(data, separators=(",", ":")) + "\n"
        path = Path(name) / f"{x:g}_{y:g}.geojson"
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(text)
        written[f"{x:g},{y:g}"] = path.as_posix()
    return written
