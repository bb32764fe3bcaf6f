"""Build the import test files with GDAL's ogr2ogr, so each format is what real tools write.

Run from the repository root: `python tests/data/import/make_files.py` (needs gdal-bin). The
produced files are committed; the tests read them, they never run this script.

Every good file holds the same two versions of `test-core` (so one assertion fits all formats);
each bad file holds exactly one fault. Flat formats (KML, GeoPackage, Shapefile) carry the sources
as a JSON string and Shapefiles the 10-character field names (`terr_name`).
"""

import json
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [{"title": "Test dispatch", "publisher": "Test wire", "published": "2016-01-01"}]
SQUARE = [[[40.0, 34.0], [41.0, 34.0], [41.0, 35.0], [40.0, 35.0], [40.0, 34.0]]]
SMALLER = [[[40.2, 34.2], [40.8, 34.2], [40.8, 34.8], [40.2, 34.8], [40.2, 34.2]]]
# Crosses itself at (40.5, 34.5): the classic bow-tie an editor draws by mistake.
BOWTIE = [[[40.0, 34.0], [41.0, 35.0], [41.0, 34.0], [40.0, 35.0], [40.0, 34.0]]]
TWO_PARTS = [SQUARE, [[[42.0, 34.0], [42.5, 34.0], [42.5, 34.5], [42.0, 34.5], [42.0, 34.0]]]]


def props(valid_from="2016-01-01", valid_to="2016-07-01", flat=False, **extra):
    base = {
        "territory": "test-core",
        "territory_name": "Test core",
        "actor": "islamic-state",
        "status": "controlled",
        "confidence": "assessed",
        "valid_from": valid_from,
        "valid_to": valid_to,
        "sources": json.dumps(SOURCES) if flat else SOURCES,
    }
    return {**base, **extra}


def collection(*features, crs=None):
    data = {"type": "FeatureCollection", "features": list(features)}
    if crs:
        data["crs"] = {"type": "name", "properties": {"name": crs}}
    return data


def feature(coordinates, kind="Polygon", **properties):
    geometry = {"type": kind, "coordinates": coordinates}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def good(flat):
    return collection(
        feature(SQUARE, **props(flat=flat)),
        feature(TWO_PARTS, "MultiPolygon", **props("2016-07-01", None, flat=flat)),
    )


def write_json(name, data):
    (HERE / name).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def ogr2ogr(target, source, *options):
    subprocess.run(["ogr2ogr", *options, str(target), str(source)], check=True)


def shapefile_zip(name, data, *options, keep_prj=True):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "in.geojson"
        renamed = {"territory_name": "terr_name"}
        for item in data["features"]:
            item["properties"] = {renamed.get(k, k): v for k, v in item["properties"].items()}
        source.write_text(json.dumps(data))
        out = folder / "shp"
        ogr2ogr(out, source, "-f", "ESRI Shapefile", "-nln", "polygons", *options)
        target = HERE / name
        target.unlink(missing_ok=True)
        with zipfile.ZipFile(target, "w") as archive:
            for path in sorted(out.iterdir()):
                if keep_prj or path.suffix != ".prj":
                    archive.write(path, path.name)


def with_gdal(name, data, driver, *options):
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.geojson"
        source.write_text(json.dumps(data))
        target = HERE / name
        target.unlink(missing_ok=True)
        # KML has no date type: GDAL turns dates into YYYY/MM/DD text, which the importer reads.
        if driver.endswith("KML"):
            options = ("-mapFieldType", "Date=String", *options)
        ogr2ogr(target, source, "-f", driver, "-nln", "polygons", *options)


def main():
    if not shutil.which("ogr2ogr"):
        raise SystemExit("ogr2ogr not found: apt-get install gdal-bin")
    write_json("good.geojson", good(flat=False))
    with_gdal("good.kml", good(flat=True), "LIBKML")
    with_gdal("good.gpkg", good(flat=True), "GPKG")
    shapefile_zip("good-shapefile.zip", good(flat=True))
    # Web Mercator, declared: reprojected on import.
    with_gdal(
        "web-mercator.gpkg", good(flat=True), "GPKG", "-s_srs", "EPSG:4326", "-t_srs", "EPSG:3857"
    )
    shapefile_zip(
        "web-mercator-no-prj.zip",
        good(flat=True),
        "-s_srs",
        "EPSG:4326",
        "-t_srs",
        "EPSG:3857",
        keep_prj=False,
    )
    mercator = json.loads((HERE / "good.geojson").read_text())
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.geojson"
        source.write_text(json.dumps(mercator))
        ogr2ogr(
            HERE / "web-mercator-crs.geojson",
            source,
            "-f",
            "GeoJSON",
            "-s_srs",
            "EPSG:4326",
            "-t_srs",
            "EPSG:3857",
            "-lco",
            "RFC7946=NO",
        )
    with_gdal("bowtie.kml", collection(feature(BOWTIE, **props(flat=True))), "KML")
    write_json("bowtie.geojson", collection(feature(BOWTIE, **props())))
    with_gdal("points.gpkg", collection(feature([40.5, 34.5], "Point", **props(flat=True))), "GPKG")
    write_json(
        "reversed-dates.geojson", collection(feature(SQUARE, **props("2016-07-01", "2016-01-01")))
    )
    write_json("missing-date.geojson", collection(feature(SQUARE, **props(None))))
    write_json("empty-polygon.geojson", collection(feature([], **props())))
    write_json(
        "outside-range.geojson",
        collection(feature([[[c[0] * 100, c[1]] for c in SQUARE[0]]], **props())),
    )
    write_json("unknown-crs.geojson", collection(feature(SQUARE, **props()), crs="LOCAL:42"))
    (HERE / "not-a-geopackage.gpkg").write_bytes(b"This is a text file, not a GeoPackage.\n")
    (HERE / "polygons.csv").write_text("territory,valid_from\ntest-core,2016-01-01\n")


if __name__ == "__main__":
    main()
