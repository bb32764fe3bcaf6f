"""The OpenAPI 3 description of /api/v1/, written by hand so that it says what the code does.

tests/api/test_schema.py checks every documented path answers and every served path is documented.
"""

from mapapp import openapi_places, openapi_stats

DATE = {"type": "string", "format": "date", "example": "2015-06-30"}
ERROR = {
    "description": "A bad parameter; the message names it and the expected form.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}


def param(name, description, schema, required=False):
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": schema,
    }


def geojson_response(description):
    return {
        "description": description,
        "content": {
            "application/geo+json": {"schema": {"$ref": "#/components/schemas/FeatureCollection"}}
        },
    }


PATHS = {
    "/api/v1/control": {
        "get": {
            "summary": "Published polygons shown on a date",
            "description": "A polygon is shown on day D when valid_from <= D < valid_to "
            "(valid_to empty: still valid). Responses carry an ETag.",
            "parameters": [
                param("date", "The day, YYYY-MM-DD.", DATE, required=True),
                param(
                    "bbox",
                    "west,south,east,north in degrees (EPSG:4326).",
                    {"type": "string", "example": "38,33,44,37.5"},
                ),
                param(
                    "actor",
                    "Only this actor (slug).",
                    {"type": "string", "example": "islamic-state"},
                ),
                param(
                    "zoom",
                    "Map zoom 0-22; below 7 the geometry is generalised.",
                    {"type": "integer", "minimum": 0, "maximum": 22},
                ),
            ],
            "responses": {
                "200": geojson_response("FeatureCollection of dated polygons."),
                "400": ERROR,
            },
        }
    },
    "/api/v1/timeline": {
        "get": {
            "summary": "Change dates: the days on which some published polygon starts or ends",
            "responses": {
                "200": {
                    "description": "Sorted ISO dates.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Timeline"}}
                    },
                },
                "400": ERROR,
            },
        }
    },
    "/api/v1/events": {
        "get": {
            "summary": "Published events (dated points)",
            "parameters": [
                param("from", "First day, inclusive.", DATE),
                param("to", "Last day, inclusive.", DATE),
            ],
            "responses": {
                "200": geojson_response("FeatureCollection of Point events."),
                "400": ERROR,
            },
        }
    },
    "/api/v1/schema": {
        "get": {
            "summary": "This document",
            "responses": {"200": {"description": "OpenAPI 3 JSON."}},
        }
    },
}

# Downloads for newsrooms and GIS tools (mapapp/exports.py).
PATHS["/api/v1/export"] = {
    "get": {
        "summary": "Download published polygons as GeoJSON, CSV (WKT), KML or GeoPackage",
        "description": "Published versions valid on `date`, or the whole published history "
        "without it, with their sources; served as an attachment with an ETag.",
        "parameters": [
            param(
                "format",
                "geojson, csv, kml or gpkg.",
                {"type": "string", "enum": ["geojson", "csv", "kml", "gpkg"]},
                required=True,
            ),
            param("date", "Only versions shown on this day, YYYY-MM-DD.", DATE),
        ],
        "responses": {
            "200": {
                "description": "The file.",
                "content": {
                    "application/geo+json": {},
                    "text/csv": {},
                    "application/vnd.google-earth.kml+xml": {},
                    "application/geopackage+sqlite3": {},
                },
            },
            "400": ERROR,
        },
    }
}

SCHEMAS = {
    "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
    "Timeline": {
        "type": "object",
        "required": ["start", "end", "change_dates"],
        "properties": {
            "start": {"type": "string", "format": "date", "nullable": True},
            "end": {"type": "string", "format": "date", "nullable": True},
            "change_dates": {"type": "array", "items": {"type": "string", "format": "date"}},
        },
    },
    "Source": {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "publisher": {"type": "string"},
            "url": {"type": "string", "nullable": True},
            "published": {"type": "string", "format": "date", "nullable": True},
            "quote": {"type": "string", "nullable": True},
        },
    },
    "FeatureCollection": {
        "type": "object",
        "required": ["type", "features"],
        "properties": {
            "type": {"type": "string", "enum": ["FeatureCollection"]},
            "features": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string", "enum": ["Feature"]},
                        "id": {"type": "integer"},
                        "geometry": {"type": "object"},
                        "properties": {
                            "type": "object",
                            "properties": {
                                "id": {"type": "integer"},
                                "territory": {"type": "string"},
                                "actor": {"type": "string"},
                                "status": {
                                    "type": "string",
                                    "enum": [
                                        "controlled",
                                        "contested",
                                        "besieged",
                                        "presence",
                                        "claimed",
                                    ],
                                },
                                "confidence": {
                                    "type": "string",
                                    "enum": ["confirmed", "assessed", "claimed"],
                                },
                                "valid_from": {"type": "string", "format": "date"},
                                "valid_to": {"type": "string", "format": "date", "nullable": True},
                                "area_km2": {"type": "number"},
                                "sources": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Source"},
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def document(server_url):
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Territorial control map API",
            "version": "1",
            "description": "Dated control polygons and events; published data only.",
        },
        "servers": [{"url": server_url.rstrip("/")}],
        "paths": {**PATHS, **openapi_stats.PATHS, **openapi_places.PATHS},
        "components": {
            "schemas": {**SCHEMAS, **openapi_stats.SCHEMAS, **openapi_places.SCHEMAS},
            "responses": openapi_stats.RESPONSES,
        },
    }
