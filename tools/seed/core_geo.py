"""Geometry helpers for the core generator: shapes sized in kilometres, equal-area measures.

Shapes are built in a local equirectangular plane (kilometres east/north of 38°E 35°N) so that
"a 12 km wide valley" means 12 km on the ground, then turned back into lon/lat. Over Syria and
Iraq (31–37.5°N) the distortion of that plane stays under a few per cent, far below how exactly
a front line is known.
"""

import json
import math
from pathlib import Path

from shapely import make_valid, set_precision
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, shape
from shapely.ops import transform

ROOT = Path(__file__).resolve().parents[2]
COUNTRIES = ROOT / "fixtures" / "reference" / "countries-10m.geojson"

LON0, LAT0 = 38.0, 35.0
KM_PER_DEG_LAT = 110.574
KM_PER_DEG_LON = 111.320 * math.cos(math.radians(LAT0))
EARTH_RADIUS_KM = 6371.0072  # authalic radius: areas on this sphere match the WGS84 ellipsoid


def to_km(lon, lat):
    return (lon - LON0) * KM_PER_DEG_LON, (lat - LAT0) * KM_PER_DEG_LAT


def to_lonlat(x, y):
    return x / KM_PER_DEG_LON + LON0, y / KM_PER_DEG_LAT + LAT0


def _km(geom):
    return transform(lambda x, y, z=None: to_km(x, y), geom)


def _deg(geom):
    return transform(lambda x, y, z=None: to_lonlat(x, y), geom)


def valley(points, width_km):
    """A band `width_km` wide (total) along a polyline of (lon, lat) waypoints."""
    return _deg(_km(LineString(points)).buffer(width_km / 2, quad_segs=6))


def disc(point, radius_km):
    return _deg(_km(Point(point)).buffer(radius_km, quad_segs=12))


def block(points):
    """A polygon through named (lon, lat) waypoints, in order."""
    return make_valid(Polygon(points))


def grow(geom, km):
    """Widen (or with a negative value, shrink) a shape by `km` kilometres on every side."""
    return _deg(_km(geom).buffer(km, quad_segs=6))


def country_outlines():
    """{"SY": Syria, "IQ": Iraq} from Natural Earth 1:10m."""
    if not COUNTRIES.exists():
        raise SystemExit(f"{COUNTRIES} is missing: it comes with the offline basemap on main")
    features = json.loads(COUNTRIES.read_text(encoding="utf-8"))["features"]
    shapes = {
        f["properties"]["iso_a2"]: shape(f["geometry"])
        for f in features
        if f["properties"]["iso_a2"] in ("SY", "IQ")
    }
    if len(shapes) != 2:
        raise SystemExit(f"{COUNTRIES}: expected Syria and Iraq, found {sorted(shapes)}")
    return shapes


def geodesic_area_km2(geom):
    """Area on the authalic sphere via a Lambert azimuthal equal-area projection (±0.5 %)."""
    lam0, phi0 = math.radians(41.0), math.radians(34.5)

    def laea(lon, lat, z=None):
        lam, phi = math.radians(lon), math.radians(lat)
        k = math.sqrt(
            2
            / (
                1
                + math.sin(phi0) * math.sin(phi)
                + math.cos(phi0) * math.cos(phi) * math.cos(lam - lam0)
            )
        )
        x = EARTH_RADIUS_KM * k * math.cos(phi) * math.sin(lam - lam0)
        y = (
            EARTH_RADIUS_KM
            * k
            * (
                math.cos(phi0) * math.sin(phi)
                - math.sin(phi0) * math.cos(phi) * math.cos(lam - lam0)
            )
        )
        return x, y

    return transform(laea, geom).area if not geom.is_empty else 0.0


def as_multipolygon(geom, grid=1e-5):
    """Round to 5 decimals (about 1 m) and return a valid MultiPolygon without slivers."""
    geom = set_precision(make_valid(geom), grid)
    parts = []
    for part in getattr(geom, "geoms", [geom]):
        if isinstance(part, Polygon):
            parts.append(part)
        elif isinstance(part, MultiPolygon):
            parts.extend(part.geoms)
        elif hasattr(part, "geoms"):
            parts.extend(p for p in part.geoms if isinstance(p, Polygon))
    # Clipping to the border leaves needle-thin scraps; 0.05 km² is below anything drawn on purpose.
    parts = [p for p in parts if geodesic_area_km2(p) > 0.05]
    # About 200 m of simplification on large shapes keeps the file small without moving a line
    # visibly; the late pockets (a few km²) keep every vertex.
    parts = [p.simplify(0.002 if geodesic_area_km2(p) > 100 else 0.0) for p in parts]
    return MultiPolygon([p for p in parts if p.is_valid and not p.is_empty])
