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

An uncached tile is one round trip and little Python (docs/scale.md, "Tiles over HTTP"): its
statement is compiled by the ORM once per geometry column, reads the data version when the cache
has lost it, checks the epoch and builds the tile; the answer carries no Content-Security-Policy
(a tile is data, never a document).
"""

import math
from datetime import date
from enum import Enum
from functools import cache

from csp.decorators import csp_exempt
from django.conf import settings
from django.db import connection
from django.db.models import F
from django.urls import reverse

from mapapp import cache_state
from mapapp.api.params import MAX_ZOOM, WHOLE_NUMBER, BadParameter, parse_date
from mapapp.db_router import read_connection
from mapapp.geojson import GENERALISED_BELOW_ZOOM, POLYGON_PROPERTIES
from mapapp.geoqueries import change_dates_queryset, data_version_queryset
from mapapp.http import IMMUTABLE, api_view, error, immutable_response, public_read
from mapapp.models import DatedPolygon, box_of

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


def tile_rows(day, bbox, generalised):
    """The published versions valid on `day` whose box meets `bbox`, as the tile draws them."""
    field = "geometry_generalised" if generalised else "geometry"
    return (
        DatedPolygon.objects.published()
        .valid_on(day)
        .in_bbox(bbox)
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


def tile_query(epoch, z, x, y):
    """(sql, params) of the MVT of the published versions valid on `epoch` in tile z/x/y."""
    rows = tile_rows(epoch, tile_bbox(z, x, y), z < GENERALISED_BELOW_ZOOM)
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


def tiles_version(*read):
    """The data version and the tile format: what a tile's bytes depend on besides its place.
    `read`: as cache_state.data_version's (the tile's own statement, on a miss)."""
    return f"{cache_state.data_version(*read)}.{TILE_FORMAT}"


# One statement answers the data version, whether the epoch is a change date, and the tile
# (NULL when it is not one): a miss is one round trip, also when the cache lost the version.
STATEMENT_SQL = (
    "SELECT ({version}), CASE WHEN EXISTS ({epoch}) THEN COALESCE(({tile}), ''::bytea) END"
)


class Slot(Enum):
    """A tile's own values among the parameters of its statement compiled once."""

    DAY = "day"
    BOX = "box"
    Z = "z"
    X = "x"
    Y = "y"


# The values the ORM compiles the statement with, found again among its parameters: no epoch is
# in year 1 and no tile's box is this one.
MARK_DAY, MARK_BOX = date(1, 1, 1), (0.0, 0.0, 1.0, 1.0)


def box_param(bbox):
    """The box as the ORM binds it for `in_bbox` (a PostGIS adapter of the polygon)."""
    return DatedPolygon._meta.get_field("geometry").get_db_prep_value(box_of(bbox), connection)


@cache
def statement(generalised):
    """(sql, parameters) of a tile's statement, compiled once per geometry column: the tile's
    own values are Slots. The SQL is the querysets' (the rules stay theirs); building and
    compiling them on every miss cost about 1 ms, as much as the query of a typical tile."""
    version_sql, version_params = data_version_queryset().query.sql_with_params()
    is_epoch = change_dates_queryset().filter(day=MARK_DAY).values("day")
    epoch_sql, epoch_params = is_epoch.query.sql_with_params()
    rows_sql, rows_params = tile_rows(MARK_DAY, MARK_BOX, generalised).query.sql_with_params()
    marks = {MARK_DAY: Slot.DAY, box_param(MARK_BOX): Slot.BOX}
    params = [
        *version_params,
        *(marks.get(p, p) for p in epoch_params),
        *(LAYER, EXTENT, Slot.Z, Slot.X, Slot.Y, EXTENT, BUFFER),
        *(marks.get(p, p) for p in rows_params),
    ]
    if {p for p in params if isinstance(p, Slot)} != set(Slot):
        raise RuntimeError(f"the tile statement lost a tile's value: {params!r}")
    tile_sql = TILE_SQL.format(rows=rows_sql)
    return STATEMENT_SQL.format(version=version_sql, epoch=epoch_sql, tile=tile_sql), params


def tile_statement(day, z, x, y):
    """(sql, params) of the statement of tile z/x/y on `day`."""
    sql, params = statement(z < GENERALISED_BELOW_ZOOM)
    values = {
        Slot.DAY: day,
        Slot.BOX: box_param(tile_bbox(z, x, y)),
        Slot.Z: z,
        Slot.X: x,
        Slot.Y: y,
    }
    return sql, [values[p] if isinstance(p, Slot) else p for p in params]


def versioned_tile(day, z, x, y):
    """(data version, the tile's bytes) read at once; the bytes are None when `day` is no epoch.

    Raw SQL bypasses the database router, so it asks the router which database reads."""
    with read_connection(DatedPolygon).cursor() as cursor:
        cursor.execute(*tile_statement(day, z, x, y))
        version, body = cursor.fetchone()
    return version or 0, None if body is None else bytes(body)


class NotAnEpoch(LookupError):
    pass


def tile_at(lon, lat, z):
    """(z, x, y) of the tile holding the point."""
    size = 2**z
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    x = int((lon + 180.0) / 360.0 * size)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * size)
    return z, min(x, size - 1), min(y, size - 1)


# A tile is data fetched by the map's script, never a document, and a Content-Security-Policy
# governs documents: building one per tile protected nothing. nosniff, the framing rules and
# CORS stay (docs/scale.md).
@csp_exempt()
@public_read
@api_view
def tile(request, epoch, z, x, y):
    z, x, y = parse_tile(z, x, y)
    day = parse_date("epoch", epoch)
    read = {}

    def read_version():
        # The cache lost the version (a write, DATA_VERSION_TTL): the tile's statement reads it,
        # and the tile it built is the answer unless one of this version is kept already.
        version, read["body"] = versioned_tile(day, z, x, y)
        return version

    def build():
        body = read.pop("body") if "body" in read else versioned_tile(day, z, x, y)[1]
        if body is None:
            raise NotAnEpoch(day)
        return body

    version = tiles_version(read_version)
    current = request.GET.get("v") == version
    # A kept tile was built for an epoch of this data version: a hit asks the database nothing.
    # A miss checks the epoch in the tile's own statement (docs/scale.md).
    try:
        return immutable_response(
            request,
            f"tile:{version}:{day.isoformat()}:{z}:{x}:{y}",
            build,
            MVT,
            IMMUTABLE if current else f"public, max-age={settings.API_MAX_AGE}",
        )
    except NotAnEpoch:
        message = f"{day.isoformat()} is not an epoch (a change date of /api/v1/timeline)"
        return error(404, message)
