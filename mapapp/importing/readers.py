"""Read an uploaded or named file into features: properties plus a GEOS geometry in EPSG:4326.

GeoJSON is read as JSON (it is the seed format, and GEOS keeps its coordinates exact); KML,
GeoPackage and zipped Shapefiles are read through GDAL. A declared CRS is reprojected to WGS84;
a file without one is taken as longitude/latitude, and validation refuses it when its coordinates
do not fit that range (an unknown CRS is never guessed).
"""

import json
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from django.contrib.gis.gdal import DataSource, GDALException, SpatialReference
from django.contrib.gis.geos import GEOSException, GEOSGeometry

FORMATS = {
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".kml": "KML",
    ".gpkg": "GeoPackage",
    ".zip": "zipped Shapefile",
}


# Shapefile field names stop at 10 characters; these short names stand for the long ones.
FIELD_ALIASES = {
    "territory_": "territory_name",
    "terr_name": "territory_name",
    "from_prec": "valid_from_precision",
    "to_prec": "valid_to_precision",
}


class ImportRefused(Exception):
    """The file cannot be imported; `errors` says which feature and why."""

    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class RawFeature:
    properties: dict
    geometry: object = None  # GEOSGeometry in EPSG:4326, or None when it could not be read
    problem: str = ""  # why the geometry could not be read
    crs_declared: bool = True
    extra: dict = field(default_factory=dict)


def read_features(path):
    """All features of the file, whatever its format; ImportRefused when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ImportRefused(
            [
                f"{path.name}: unsupported file type {suffix or '(none)'!r}; expected "
                ".geojson, .json, .kml, .gpkg or .zip (a zipped Shapefile)"
            ]
        )
    if FORMATS[suffix] == "GeoJSON":
        return read_geojson(path)
    if suffix == ".zip":
        return read_zipped_shapefile(path)
    return read_with_gdal(path, path.name)


def read_geojson(path):
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportRefused([f"{path}: not a readable GeoJSON file ({exc})"]) from None
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        raise ImportRefused([f"{path}: expected a GeoJSON FeatureCollection"])
    source_srid, declared = geojson_srid(data.get("crs"), path)
    features = []
    for raw in data["features"]:
        raw = raw if isinstance(raw, dict) else {}
        feature = RawFeature(properties=raw.get("properties") or {}, crs_declared=declared)
        feature.geometry, feature.problem = geojson_geometry(raw.get("geometry"), source_srid)
        features.append(feature)
    return features


def geojson_srid(crs, path):
    """The SRID a (pre-RFC 7946) `crs` member names; RFC 7946 GeoJSON is always WGS84."""
    if not crs:
        return 4326, False
    name = str((crs.get("properties") or {}).get("name", "")) if isinstance(crs, dict) else ""
    if re.search(r"CRS84$", name):
        return 4326, True
    match = re.search(r"EPSG:+(\d+)$", name)
    if not match:
        raise ImportRefused([f"{path}: the file declares CRS {name or crs!r}, which is not known"])
    return int(match.group(1)), True


def geojson_geometry(raw, srid):
    if not raw:
        return None, "geometry is missing"
    if isinstance(raw, dict) and raw.get("coordinates") == []:
        return None, f"geometry is empty (a {raw.get('type')} without coordinates)"
    try:
        geometry = GEOSGeometry(json.dumps(raw))
    except (GEOSException, GDALException, ValueError, TypeError) as exc:
        return None, f"geometry could not be read ({exc})"
    if geometry.hasz:
        flat = geometry.ogr
        flat.set_3d(False)
        geometry = flat.geos
    # The GeoJSON parser stamps 4326 on everything; the file's own `crs` member decides.
    geometry.srid = srid
    return to_wgs84(geometry)


def to_wgs84(geometry):
    if geometry.srid in (None, 4326):
        geometry.srid = 4326
        return geometry, ""
    try:
        return geometry.transform(4326, clone=True), ""
    except (GEOSException, GDALException) as exc:
        return None, f"could not reproject from EPSG:{geometry.srid} ({exc})"


def read_zipped_shapefile(path):
    # Imported here: zips.py raises this module's ImportRefused.
    from mapapp.importing.zips import extract_shapefile

    name = Path(path).name
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ImportRefused([f"{name}: not a readable zip archive ({exc})"]) from None
    # A fresh private folder (mode 0700) per read, removed with everything in it afterwards.
    with archive, tempfile.TemporaryDirectory(prefix="mapapp-shp-") as folder:
        try:
            shp = extract_shapefile(archive, folder, name)
        except (zipfile.BadZipFile, NotImplementedError, EOFError) as exc:
            raise ImportRefused([f"{name}: the zip cannot be unpacked ({exc})"]) from None
        return read_with_gdal(shp, name)


def read_with_gdal(path, name):
    try:
        source = DataSource(str(path))
    except GDALException as exc:
        raise ImportRefused(
            [f"{name}: not a readable KML, GeoPackage or Shapefile ({exc})"]
        ) from None
    features = []
    for layer in source:
        srs = layer.srs
        for ogr_feature in layer:
            properties = {
                FIELD_ALIASES.get(f, f): plain(ogr_feature.get(f)) for f in ogr_feature.fields
            }
            feature = RawFeature(properties=properties, crs_declared=srs is not None)
            feature.geometry, feature.problem = gdal_geometry(ogr_feature, srs)
            features.append(feature)
    return features


def gdal_geometry(ogr_feature, srs):
    try:
        ogr_geometry = ogr_feature.geom
    except GDALException:
        return None, "geometry is missing"
    if ogr_geometry is None:
        return None, "geometry is missing"
    if srs is not None and not srs_is_wgs84(srs):
        try:
            ogr_geometry.transform(SpatialReference(4326))
        except GDALException as exc:
            return None, f"could not reproject from {srs.name} ({exc})"
    # KML and some Shapefiles carry a Z (altitude) the 2-D column does not take.
    ogr_geometry.set_3d(False)
    try:
        geometry = GEOSGeometry(ogr_geometry.wkb, srid=4326)
    except (GEOSException, ValueError) as exc:
        return None, f"geometry could not be read ({exc})"
    return geometry, ""


def srs_is_wgs84(srs):
    return srs.geographic and (srs.srid in (4326, None) and "WGS" in (srs.name or "").upper())


def plain(value):
    """GDAL field values as the JSON-like values the GeoJSON path gives."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value == "":
        return None
    # GDAL writes dates it turned into text as YYYY/MM/DD (e.g. KML, which has no date type).
    if isinstance(value, str) and re.fullmatch(r"\d{4}/\d{2}/\d{2}", value):
        return value.replace("/", "-")
    return value
