"""The OpenAPI 3.0 definition of /ogc/ (the landing page's service-desc), built from the code's
own limits so the two cannot disagree."""

from mapapp.ogc.collections import COLLECTIONS
from mapapp.ogc.params import DEFAULT_LIMIT, MAX_LIMIT

JSON_OBJECT = {"application/json": {"schema": {"type": "object"}}}
GEOJSON_OBJECT = {"application/geo+json": {"schema": {"type": "object"}}}
ERROR = {
    "description": 'What was wrong, as {"error": ...}',
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "string"}},
            }
        }
    },
}


def parameter(name, where, schema, description, required=False):
    return {
        "name": name,
        "in": where,
        "required": required or where == "path",
        "schema": schema,
        "description": description,
        **({"style": "form", "explode": False} if schema.get("type") == "array" else {}),
    }


COLLECTION_ID = parameter(
    "collectionId", "path", {"type": "string", "enum": list(COLLECTIONS)}, "A collection"
)
ITEMS_PARAMETERS = [
    COLLECTION_ID,
    parameter(
        "bbox",
        "query",
        {"type": "array", "minItems": 4, "maxItems": 6, "items": {"type": "number"}},
        "west,south,east,north in CRS84; features whose bounding box meets it",
    ),
    parameter(
        "datetime",
        "query",
        {"type": "string"},
        "One day (RFC 3339 date or date-time): the versions valid on it. An interval D1/D2, "
        "../D2 or D1/..: the versions whose validity overlaps it.",
    ),
    parameter(
        "limit",
        "query",
        {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
        f"Features per page; more than {MAX_LIMIT} is served as {MAX_LIMIT}",
    ),
    parameter(
        "offset", "query", {"type": "integer", "minimum": 0, "default": 0}, "Features to skip"
    ),
]


def get(summary, parameters, content, not_found=False):
    responses = {"200": {"description": summary, "content": content}, "400": ERROR}
    if not_found:
        responses["404"] = ERROR
    return {"get": {"summary": summary, "parameters": parameters, "responses": responses}}


def document(base_url):
    feature_id = parameter("featureId", "path", {"type": "string"}, "A feature's id")
    return {
        "openapi": "3.0.3",
        "info": {"title": "Territorial control map: OGC API - Features", "version": "1.0"},
        "servers": [{"url": base_url.rstrip("/")}],
        "paths": {
            "/": get("Landing page", [], JSON_OBJECT),
            "/conformance": get("Conformance classes", [], JSON_OBJECT),
            "/api": get("This definition", [], JSON_OBJECT),
            "/collections": get("The collections", [], JSON_OBJECT),
            "/collections/{collectionId}": get(
                "One collection", [COLLECTION_ID], JSON_OBJECT, True
            ),
            "/collections/{collectionId}/items": get(
                "Features, a page at a time", ITEMS_PARAMETERS, GEOJSON_OBJECT, True
            ),
            "/collections/{collectionId}/items/{featureId}": get(
                "One feature", [COLLECTION_ID, feature_id], GEOJSON_OBJECT, True
            ),
        },
    }
