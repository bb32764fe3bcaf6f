"""The one FeatureCollection builder: the ORM selects the rows, PostGIS writes the GeoJSON text.

A per-feature Python serializer is about 25x slower on 2,000 polygons (docs/architecture.md), so
the whole FeatureCollection is assembled by json_agg in one query. As in django-vectortiles, the
ORM builds the inner query (which rows: published, valid on a day, in a box) and raw SQL only
wraps the aggregate around its `sql_with_params()`.

Output is valid RFC 7946 GeoJSON: polygons are snapped to the grid of the digits written (so the
rounding cannot make them invalid), made valid, exterior rings counter-clockwise and holes
clockwise (§3.1.6), and always MultiPolygon, so a collection never mixes geometry types.
"""

from django.contrib.gis.db.models import GeometryField
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import F, FloatField, Func, OuterRef, Value, Window
from django.db.models.functions import JSONObject, NullIf, RowNumber

from mapapp.geoqueries import events_window, fetch_text
from mapapp.models import DatedPolygon, Event, Source

# Below this zoom the pre-generalised geometry is indistinguishable on screen and much smaller.
GENERALISED_BELOW_ZOOM = 7
DIGITS, COARSE_DIGITS = 5, 4

COLLECTION_SQL = """
SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(
    json_build_object('type', 'Feature', 'id', q.feature_id,
                      'geometry', ST_AsGeoJSON(q.feature_geometry, {digits})::json,
                      'properties', q.feature_properties)
    ORDER BY q.feature_order), '[]'::json))::text
FROM ({rows}) AS q
"""


def feature_collection(queryset, properties, geometry="geometry", digits=DIGITS, order_by=("pk",)):
    """FeatureCollection text of `queryset`, one Feature per row.

    `properties` maps each property name to a field name or expression; `geometry` is a field
    name or expression (see valid_multipolygon()); `order_by` fields order the features.
    """
    ordering = [F(o[1:]).desc() if o.startswith("-") else F(o).asc() for o in order_by]
    rows = queryset.order_by().values(
        feature_id=F("pk"),
        feature_geometry=F(geometry) if isinstance(geometry, str) else geometry,
        feature_properties=JSONObject(**properties),
        feature_order=Window(RowNumber(), order_by=ordering),
    )
    sql, params = rows.query.sql_with_params()
    return fetch_text(COLLECTION_SQL.format(digits=int(digits), rows=sql), params)


def valid_multipolygon(expression, digits=DIGITS):
    """MultiPolygon as written with `digits` decimals: valid, CCW exterior rings, no slivers."""
    return Func(
        F(expression) if isinstance(expression, str) else expression,
        template=(
            "ST_ForcePolygonCCW(ST_Multi(ST_CollectionExtract(ST_MakeValid("
            f"ST_ReducePrecision(%(expressions)s, {10.0 ** -int(digits)!r})), 3)))"
        ),
        output_field=GeometryField(srid=4326),
    )


def sources_json(owner):
    """Each row's sources as a JSON list, oldest first; `owner` is Source's related name."""
    cited = Source.objects.filter(**{owner: OuterRef("pk")}).order_by(
        F("published").asc(nulls_last=True), "title"
    )
    return ArraySubquery(
        cited.values(
            json=JSONObject(
                title="title",
                publisher="publisher",
                url=NullIf("url", Value("")),
                published="published",
                quote=NullIf("quote", Value("")),
            )
        )
    )


POLYGON_PROPERTIES = {
    "id": "pk",
    "territory": "territory__name",
    "territory_slug": "territory__slug",
    "actor": "actor__slug",
    "actor_name": "actor__name",
    "color": "actor__color",
    "status": "status",
    "confidence": "confidence",
    "claimed_by": NullIf("claimed_by", Value("")),
    "valid_from": "valid_from",
    "valid_to": "valid_to",
    "valid_from_precision": "valid_from_precision",
    "valid_to_precision": "valid_to_precision",
    "area_km2": Func(
        F("area_km2"), template="round(%(expressions)s::numeric, 2)", output_field=FloatField()
    ),
    "precision_km": "precision_km",
    "notes": NullIf("notes", Value("")),
    "sources": sources_json("polygons"),
}

EVENT_PROPERTIES = {
    "id": "pk",
    "title": "title",
    "date": "date",
    "date_precision": "date_precision",
    "description": NullIf("description", Value("")),
    "sources": sources_json("events"),
}


def is_coarse(zoom):
    return zoom is not None and zoom < GENERALISED_BELOW_ZOOM


def control_collection(day, bbox=None, actor=None, zoom=None):
    """FeatureCollection text of the published polygons shown on `day`."""
    rows = DatedPolygon.objects.published().valid_on(day).in_bbox(bbox).of_actor(actor)
    coarse = is_coarse(zoom)
    digits = COARSE_DIGITS if coarse else DIGITS
    geometry = "geometry_generalised" if coarse else "geometry"
    return feature_collection(
        rows,
        POLYGON_PROPERTIES,
        valid_multipolygon(geometry, digits),
        digits,
        order_by=("actor__slug", "territory__slug"),
    )


def events_collection(start=None, end=None, bbox=None):
    """FeatureCollection text of published events dated within [start, end] (both optional)."""
    rows = Event.objects.published().between(start, end).in_bbox(bbox)
    return feature_collection(rows, EVENT_PROPERTIES, "location", order_by=("date", "pk"))


def events_shown_on(day, bbox=None):
    """The events the map shows with `day`: those of the window up to it."""
    return events_collection(*events_window(day), bbox=bbox)
