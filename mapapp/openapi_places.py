"""OpenAPI description of what the map says: summary, places, place history, changes.

Kept apart (merged into the document in one line) so it can move to a generated schema whole.
"""

DATE = {"type": "string", "format": "date", "example": "2019-03-01"}
ERROR = {"$ref": "#/components/responses/BadParameter"}


def _param(name, description, schema, required=False, where="query"):
    return {
        "name": name,
        "in": where,
        "required": required or where == "path",
        "description": description,
        "schema": schema,
    }


def _json(description, ref):
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}},
    }


HOLDER = {
    "type": "object",
    "nullable": True,
    "properties": {
        "actor": {"type": "string"},
        "actor_name": {"type": "string"},
        "status": {"type": "string"},
    },
}

PATHS = {
    "/api/v1/summary": {
        "get": {
            "summary": "What the map says on a date, as text a journalist can paste",
            "description": "Held ground (controlled, contested, besieged) per actor, Syria and "
            "Iraq apart from abroad; insurgent presence and claims apart, never added; each "
            "area named by the largest towns inside it, in its own country; a last pocket "
            "named; 'holds no ground in Syria or Iraq' when nothing is held.",
            "parameters": [
                _param("date", "The day, YYYY-MM-DD.", DATE, required=True),
                _param(
                    "bbox",
                    "Only ground inside west,south,east,north (degrees).",
                    {"type": "string", "example": "38,33,44,37.5"},
                ),
            ],
            "responses": {"200": _json("The text and its facts.", "Summary"), "400": ERROR},
        }
    },
    "/api/v1/places": {
        "get": {
            "summary": "Gazetteer search: spellings and transliterations match",
            "description": "Best first. No match answers 200 with places=[], a message "
            "'no place called …' and the nearest spellings.",
            "parameters": [
                _param("q", "Part of a place name.", {"type": "string", "example": "Mossul"}, True),
                _param("limit", "1-50, default 10.", {"type": "integer", "minimum": 1}),
            ],
            "responses": {"200": _json("Matching places.", "PlaceSearch"), "400": ERROR},
        }
    },
    "/api/v1/places/{ident}/history": {
        "get": {
            "summary": "Who held a place when, consecutive versions merged, with sources",
            "parameters": [
                _param(
                    "ident", "A place id from /api/v1/places.", {"type": "string"}, where="path"
                ),
            ],  # fmt: skip
            "responses": {
                "200": _json("The place, a sentence and its intervals.", "PlaceHistory"),
                "404": ERROR,
            },
        }
    },
    "/api/v1/changes": {
        "get": {
            "summary": "What changed on a date, told by place",
            "description": "The epoch of the date and the one before, the versions that began "
            "and ended, the events between, and every gazetteer place whose holder changed.",
            "parameters": [
                _param("date", "The day, YYYY-MM-DD.", DATE, required=True),
                _param(
                    "since",
                    "Compare with this day instead of the epoch before: only places and "
                    "lines are answered (the map's comparison).",
                    DATE,
                ),
            ],
            "responses": {"200": _json("Changes.", "Changes"), "400": ERROR},
        }
    },
}

PLACE = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "names": {"type": "array", "items": {"type": "string"}},
        "country": {"type": "string"},
        "lat": {"type": "number"},
        "lon": {"type": "number"},
        "kind": {"type": "string", "enum": ["city", "town", "village", "site"]},
        "population": {"type": "integer", "nullable": True},
    },
}

SCHEMAS = {
    "Place": PLACE,
    "PlaceSearch": {
        "type": "object",
        "properties": {
            "q": {"type": "string"},
            "places": {"type": "array", "items": {"$ref": "#/components/schemas/Place"}},
            "message": {"type": "string"},
            "nearest": {"type": "array", "items": {"type": "string"}},
        },
    },
    "Summary": {
        "type": "object",
        "properties": {
            "date": DATE,
            "text": {"type": "string"},
            "facts": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "actor": {"type": "string"},
                        "region": {"type": "string", "enum": ["syria-iraq", "abroad"]},
                        "held_km2": {"type": "number"},
                        "presence_km2": {"type": "number"},
                        "areas": {"type": "integer"},
                        "places": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
        },
    },
    "PlaceHistory": {
        "type": "object",
        "properties": {
            "place": {"$ref": "#/components/schemas/Place"},
            "text": {"type": "string"},
            "intervals": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "actor": {"type": "string"},
                        "status": {"type": "string"},
                        "valid_from": DATE,
                        "valid_to": {**DATE, "nullable": True},
                        "territory": {"type": "string"},
                        "sources": {"type": "array", "items": {"type": "object"}},
                    },
                },
            },
        },
    },
    "Changes": {
        "type": "object",
        "properties": {
            "epoch": {**DATE, "nullable": True},
            "previous_epoch": {**DATE, "nullable": True},
            "began": {"type": "array", "items": {"type": "object"}},
            "ended": {"type": "array", "items": {"type": "object"}},
            "events": {"type": "array", "items": {"type": "object"}},
            "places": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "lat": {"type": "number"},
                        "lon": {"type": "number"},
                        "from": HOLDER,
                        "to": HOLDER,
                    },
                },
            },
            "lines": {"type": "array", "items": {"type": "string"}},
        },
    },
}
