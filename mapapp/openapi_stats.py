"""OpenAPI description of the measuring endpoints (/api/v1/stats/area, /api/v1/diff).

Kept apart from openapi.py so that each endpoint family documents itself next to its neighbours.
"""

DATE = {"type": "string", "format": "date", "example": "2015-06-30"}
ERROR = {"$ref": "#/components/responses/BadParameter"}
STATUS = {
    "type": "string",
    "description": "One or more of controlled, contested, besieged, presence, claimed, "
    "separated by commas.",
    "example": "controlled,contested,besieged",
}


def _param(name, description, schema, required=False):
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": schema,
    }


ACTOR = {"type": "string", "example": "islamic-state"}

PATHS = {
    "/api/v1/stats/area": {
        "get": {
            "summary": "An actor's ground on every change date, in geodesic km²",
            "description": "The area of the union of the actor's published polygons valid on "
            "each change date (overlapping versions are counted once).",
            "parameters": [
                _param("actor", "Actor slug.", ACTOR, required=True),
                _param("status", "Only ground of these statuses; default held ground.", STATUS),
                _param(
                    "country",
                    "Only ground inside these countries (ISO codes, 1:10m outlines).",
                    {"type": "string", "example": "SY,IQ"},
                ),
            ],
            "responses": {
                "200": {
                    "description": "One row per change date, sorted.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/AreaRow"},
                            }
                        }
                    },
                },
                "400": ERROR,
            },
        }
    },
    "/api/v1/diff": {
        "get": {
            "summary": "Ground gained and lost between two dates",
            "description": "Per actor (or the one given), the ground held on `to` but not on "
            "`from` (change=gained) and held on `from` but not on `to` (change=lost), with "
            "geodesic km². Slivers under 0.01 km² are left out.",
            "parameters": [
                _param("from", "The earlier day, YYYY-MM-DD.", DATE, required=True),
                _param("to", "The later day, YYYY-MM-DD.", DATE, required=True),
                _param("actor", "Only this actor (slug).", ACTOR),
                _param("status", "Only ground of these statuses; default held ground.", STATUS),
            ],
            "responses": {
                "200": {
                    "description": "FeatureCollection; each feature's properties: change "
                    "(gained/lost), actor, actor_name, color, from, to, area_km2.",
                    "content": {
                        "application/geo+json": {
                            "schema": {"$ref": "#/components/schemas/FeatureCollection"}
                        }
                    },
                },
                "400": ERROR,
            },
        }
    },
}

SCHEMAS = {
    "AreaRow": {
        "type": "object",
        "required": ["date", "area_km2"],
        "properties": {"date": DATE, "area_km2": {"type": "number"}},
    },
}

RESPONSES = {
    "BadParameter": {
        "description": "A bad parameter; the message names it and the expected form.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    },
}
