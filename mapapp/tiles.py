"""Vector tiles of the map: /tiles/{epoch}/{z}/{x}/{y}.mvt (docs/scale.md).

One tile is one query: the ORM selects the rows (published, valid on the epoch, meeting the
tile's box, through the querysets of mapapp.models, so the composite GiST index serves it) and
PostGIS writes the Mapbox Vector Tile with ST_AsMVT/ST_AsMVTGeom, as django-vectortiles does.
Below GENERALISED_BELOW_ZOOM the geometry generalised at write time is drawn, as for GeoJSON.

An epoch's map never changes for a given data version, so the tile is built once and kept in the
shared cache under a key holding the data version and the tile format (tiles_version()). The
URL holds the epoch, not the version: with `?v=<tiles_version()>` (the current one) the answer
is immutable; without it, or with an old version, it is cached for API_MAX_AGE like the API, so
no reader keeps a stale map for ever.
"""

import math

from django.conf import settings
from django.db.models import F
from django.urls import reverse

from mapapp import cache_state
from mapapp.api.params import MAX_ZOOM, WHOLE_NUMBER, BadParameter, parse_date
from mapapp.geojson import GENERALISED_BELOW_ZOOM, POLYGON_PROPERTIES
from mapapp.geoqueries import change_dates_queryset, fetch_text
from mapapp.http import IMMUTABLE, api_view, error, immutable_response, public_read
from mapapp.models import DatedPolygon

MVT = "application/vnd.mapbox-vector-tile"
LAYER = "control"
EXTENT, BUFFER = 4096, 64
# What a tile holds, in its cache key and its immutable URL: a deploy that changes it (2: the
# territory's name for its slug) must reach readers whose browsers keep the former tiles.
TILE_FORMAT = 2
# Web Mercator's latitude limit: the square world of the tile grid.
MAX_LATITUDE = 85.0511287798

TILE_SQL = """
SELECT ST_AsMVT(tile, %s, %s, 'geom', 'id') FROM (
    -- The id again as a property: the map's renderer reads properties, not feature ids.
    SELECT q.id, q.id AS version, q.actor_slug AS actor, q.status, q.confidence,
           q.territory_name AS territory,
           ST_AsMVTGeom(ST_Transform(q.g, 3857), ST_TileEnvelope(%s, %s, %s), %s, %s, true)
               AS geom
    FROM ({rows}) AS q
) AS tile WHERE tile.geom IS NOT NULL
"""


def parse_tile(z, x, y):
    """(z, x, y) as whole numbers of the XYZ grid, or BadParameter naming the bad one."""
    if not WHOLE_NUMBER.match(z) or int(z) > MAX_ZOOM:
        raise BadParameter(f"z must be a whole number from 0 to {MAX_ZOOM}, got {z!r}")
    size = 2 ** int(z)
    for name, value in (("x", x), ("y", y)):
        if not WHOLE_NUMBER.match(value) or int(value) >= size:
            raise BadParameter(
                f"{name} must be a whole number from 0 to {size - 1} at zoom {z}, got {value!r}"
            )
    return int(z), int(x), int(y)


def tile_bbox(z, x, y):
    """(west, south, east, north) in degrees of the tile, widened by the drawing buffer."""
    size = 2**z
    margin = BUFFER / EXTENT

    def lon(column):
        return max(-180.0, min(180.0, (column / size) * 360.0 - 180.0))

    def lat(row):
        row = max(0.0, min(float(size), row))
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / size))))

    west, east = lon(x - margin), lon(x + 1 + margin)
    south, north = lat(y + 1 + margin), lat(y - margin)
    return west, max(south, -MAX_LATITUDE), east, min(north, MAX_LATITUDE)


def tile_query(epoch, z, x, y):
    """(sql, params) of the MVT of the published versions valid on `epoch` in tile z/x/y."""
    field = "geometry_generalised" if z < GENERALISED_BELOW_ZOOM else "geometry"
    rows = (
        DatedPolygon.objects.published()
        .valid_on(epoch)
        .in_bbox(tile_bbox(z, x, y))
        .order_by()
        .values(
            "id",
            "status",
            "confidence",
            actor_slug=F("actor__slug"),
            # The name the area's card says (the GeoJSON's `territory`): the keyboard's list
            # of the areas in view reads it from the tiles.
            territory_name=F(POLYGON_PROPERTIES["territory"]),
            g=F(field),
        )
    )
    sql, params = rows.query.sql_with_params()
    return TILE_SQL.format(rows=sql), (LAYER, EXTENT, z, x, y, EXTENT, BUFFER, *params)


def map_config():
    """What the map page needs to draw tiles, or None when GeoJSON serves it better.

    Measured (docs/scale.md): below MAP_TILES_ABOVE polygons valid on a day one GeoJSON answer
    per date paints sooner than a dozen tiles; above it the GeoJSON of a date grows to megabytes.
    """
    if not cache_state.is_large_archive():
        return None
    url = (
        reverse("tile", args=["{epoch}", "{z}", "{x}", "{y}"])
        .replace("%7B", "{")
        .replace("%7D", "}")
    )
    return {"url": f"{url}?v={tiles_version()}", "most_valid": cache_state.most_valid()}


def tiles_version():
    """The data version and the tile format: what a tile's bytes depend on besides its place."""
    return f"{cache_state.data_version()}.{TILE_FORMAT}"


# One query answers both whether the epoch is a change date and the tile: NULL when it is not.
ON_EPOCH_SQL = "SELECT CASE WHEN EXISTS ({epoch}) THEN COALESCE(({tile}), ''::bytea) END"


class NotAnEpoch(LookupError):
    pass


def tile_bytes(epoch, z, x, y):
    """The tile's bytes (empty when no version meets it); NotAnEpoch when `epoch` is not one."""
    is_epoch, epoch_params = (
        change_dates_queryset().filter(day=epoch).values("day").query.sql_with_params()
    )
    tile_sql, tile_params = tile_query(epoch, z, x, y)
    body = fetch_text(
        ON_EPOCH_SQL.format(epoch=is_epoch, tile=tile_sql), (*epoch_params, *tile_params)
    )
    if body is None:
        raise NotAnEpoch(epoch)
    return bytes(body)


def tile_at(lon, lat, z):
    """(z, x, y) of the tile holding the point."""
    size = 2**z
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    x = int((lon + 180.0) / 360.0 * size)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * size)
    return z, min(x, size - 1), min(y, size - 1)


@public_read
@api_view
def tile(request, epoch, z, x, y):
    z, x, y = parse_tile(z, x, y)
    day = parse_date("epoch", epoch)
    version = tiles_version()
    current = request.GET.get("v") == version
    # A kept tile was built for an epoch of this data version: a hit asks the database nothing.
    # A miss checks the epoch in the tile's own query (docs/scale.md).
    try:
        return immutable_response(
            request,
            f"tile:{version}:{day.isoformat()}:{z}:{x}:{y}",
            lambda: tile_bytes(day, z, x, y),
            MVT,
            IMMUTABLE if current else f"public, max-age={settings.API_MAX_AGE}",
        )
    except NotAnEpoch:
        message = f"{day.isoformat()} is not an epoch (a change date of /api/v1/timeline)"
        return error(404, message)
