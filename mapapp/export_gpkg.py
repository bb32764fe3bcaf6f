"""A GeoPackage of a FeatureCollection, written by GDAL's ogr2ogr (gdal-bin, see README).

Django's GDAL bindings read vector data but do not write it, so the collection goes through a
temporary GeoJSON file; the layer is called "control" and keeps every property as a column.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

LAYER = "control"


def geopackage(collection):
    """GeoPackage bytes of `collection` (a GeoJSON dict of MultiPolygons in EPSG:4326)."""
    ogr2ogr = shutil.which("ogr2ogr")
    if not ogr2ogr:
        raise RuntimeError("ogr2ogr not found: install GDAL's command-line tools (gdal-bin)")
    with tempfile.TemporaryDirectory(prefix="export-gpkg-") as folder:
        source, target = Path(folder) / "in.geojson", Path(folder) / "out.gpkg"
        source.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
        subprocess.run(
            [ogr2ogr, "-f", "GPKG", str(target), str(source), "-nln", LAYER]
            + ["-nlt", "MULTIPOLYGON", "-a_srs", "EPSG:4326"],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return target.read_bytes()
