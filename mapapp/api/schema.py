"""/api/v1/schema: the OpenAPI 3.1 document, generated from the endpoints' declarations.

Each endpoint is declared once here by its query model (mapapp.api.params, which also parses the
request) and its answer model (mapapp.api.answers); nothing is written by hand twice.
"""

from dataclasses import dataclass, field

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from mapapp.api import answers, params
from mapapp.exports import ExportQuery

GEOJSON, JSON = "application/geo+json", "application/json"
REF = "#/components/schemas/{model}"


@dataclass(frozen=True)
class Endpoint:
    path: str
    summary: str
    query: type[params.Query]
    answer: type[BaseModel] | None
    content_type: str = JSON
    description: str = ""
    # Other content types of the 200 answer, each with a JSON Schema.
    also: dict = field(default_factory=dict)
    # Names of {parameters} in the path (strings); such an endpoint may also answer 404.
    path_parameters: tuple = ()


ENDPOINTS = [
    Endpoint(
        "/api/v1/control",
        "Published polygons shown on a date",
        params.ControlQuery,
        answers.ControlCollection,
        GEOJSON,
        "A polygon is shown on day D when valid_from <= D < valid_to (valid_to empty: still "
        "valid). Answers carry a weak ETag and are the same for every day of one epoch.",
    ),
    Endpoint(
        "/api/v1/timeline",
        "Change dates: the days on which some published polygon starts or ends",
        params.NoQuery,
        answers.Timeline,
    ),
    Endpoint(
        "/api/v1/events",
        "Published events (dated points)",
        params.PeriodQuery,
        answers.EventCollection,
        GEOJSON,
    ),
    Endpoint(
        "/api/v1/stats/area",
        "An actor's ground on every change date, in geodesic km²",
        params.AreaQuery,
        answers.AreaSeries,
        description="The area of the union of the actor's published polygons valid on each "
        "change date (overlapping versions are counted once).",
    ),
    Endpoint(
        "/api/v1/diff",
        "Ground gained and lost between two dates",
        params.DiffQuery,
        answers.DiffCollection,
        GEOJSON,
        "Per actor (or the one given), the ground held on `to` but not on `from` "
        "(change=gained) and held on `from` but not on `to` (change=lost), with geodesic km². "
        "Parts under 0.01 km² are left out.",
    ),
    Endpoint(
        "/api/v1/export",
        "Download published polygons as GeoJSON, CSV (WKT), KML or GeoPackage",
        ExportQuery,
        None,
        GEOJSON,
        "Published versions valid on `date`, or the whole published history without it, with "
        "their sources; served as an attachment with an ETag.",
        also={
            "text/csv": {"type": "string"},
            "application/vnd.google-earth.kml+xml": {"type": "string"},
            "application/geopackage+sqlite3": {"type": "string", "format": "binary"},
        },
    ),
    Endpoint(
        "/api/v1/summary",
        "What the map says on a date, as text a journalist can paste",
        params.SummaryQuery,
        None,
        description="`{text, facts}` under the rules of speech (docs/speech.md): held ground "
        "(controlled, contested, besieged) apart from insurgent presence and claims, Syria and "
        "Iraq apart from provinces abroad, areas named by the largest towns inside them.",
    ),
    Endpoint(
        "/api/v1/places",
        "Gazetteer places matching a name, best first",
        params.PlacesQuery,
        None,
        description="Spellings and transliterations match (Kobane, Ayn al-Arab, Mossul, Dayr "
        "az-Zawr). No match answers `message` and the `nearest` spellings.",
    ),
    Endpoint(
        "/api/v1/places/{ident}/history",
        "Who held a place when (held ground), consecutive versions merged",
        params.NoQuery,
        None,
        path_parameters=("ident",),
    ),
    Endpoint(
        "/api/v1/changes",
        "What changed on a date: versions begun and ended, events, places that changed hands",
        params.ChangesQuery,
        None,
    ),
    Endpoint("/api/v1/schema", "This document", params.NoQuery, answers.Document),
]


def parameters(query):
    """OpenAPI query parameters from the model's fields (alias = parameter name)."""
    properties = query.model_json_schema(by_alias=True).get("properties", {})
    found = []
    for name, model_field in query.model_fields.items():
        alias = model_field.alias or name
        schema = dict(properties[alias])
        schema.pop("default", None)
        schema.pop("title", None)
        description = schema.pop("description", model_field.description or "")
        if "anyOf" in schema:  # Optional[X]: an absent parameter, not a null one
            schema = next(s for s in schema.pop("anyOf") if s.get("type") != "null")
        found.append(
            {
                "name": alias,
                "in": "query",
                "required": model_field.is_required(),
                "description": description,
                "schema": schema,
            }
        )
    return found


def operation(endpoint):
    content = {endpoint.content_type: {"schema": body_schema(endpoint.answer)}}
    content.update({kind: {"schema": schema} for kind, schema in endpoint.also.items()})
    error = {"description": "A bad parameter; the message names it and the expected form."}
    error["content"] = {JSON: {"schema": {"$ref": REF.format(model="Error")}}}
    in_path = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in endpoint.path_parameters
    ]
    responses = {
        "200": {"description": endpoint.summary, "content": content},
        "304": {"description": "Not modified: the ETag given in If-None-Match still holds."},
        "400": error,
    }
    if endpoint.path_parameters:
        responses["404"] = {"description": "No such item.", "content": error["content"]}
    operation_id = endpoint.path.removeprefix("/api/v1/").replace("/", "_")
    return {
        "summary": endpoint.summary,
        "description": endpoint.description,
        "operationId": operation_id.replace("{", "").replace("}", ""),
        "parameters": in_path + parameters(endpoint.query),
        "responses": responses,
    }


def body_schema(model):
    return {"$ref": REF.format(model=model.__name__)} if model else {"type": "object"}


def component_schemas():
    models = [answers.Error, *(e.answer for e in ENDPOINTS if e.answer)]
    _, schemas = models_json_schema(
        [(model, "serialization") for model in models], by_alias=True, ref_template=REF
    )
    return schemas["$defs"]


def document(server_url):
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Territorial control map API",
            "version": "1",
            "description": "Dated control polygons and events; published data only. "
            "Any site may read it (CORS).",
        },
        "servers": [{"url": server_url.rstrip("/")}],
        "paths": {e.path: {"get": operation(e)} for e in ENDPOINTS},
        "components": {"schemas": component_schemas()},
    }
