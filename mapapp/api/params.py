"""Strict parsing of API query parameters, declared once per endpoint as a pydantic model.

Every bad value raises BadParameter with a sentence naming the parameter and the expected form;
the API turns it into a 400. Nothing is silently ignored, unknown parameters included. The same
models generate the parameters of /api/v1/schema (mapapp.api.schema), so the document and the
parser cannot drift apart.
"""

import math
import re
from datetime import date
from functools import partial
from typing import Annotated, ClassVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, WithJsonSchema

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_ZOOM = 22


class BadParameter(ValueError):
    pass


def reject_unknown(query, allowed):
    unknown = sorted(set(query) - set(allowed))
    if unknown:
        raise BadParameter(
            f"unknown parameter {unknown[0]!r}; this endpoint accepts: {', '.join(allowed)}"
        )


def single(query, name, required=False):
    values = query.getlist(name)
    if len(values) > 1:
        raise BadParameter(f"{name} was given {len(values)} times; give it once")
    if not values or values[0] == "":
        if required:
            raise BadParameter(
                f"{name} is required, in the form YYYY-MM-DD"
                if name in ("date", "from", "to")
                else f"{name} is required"
            )
        return None
    return values[0]


def parse_date(name, value):
    if not ISO_DATE.match(value):
        raise BadParameter(f"{name} must be a date in the form YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadParameter(
            f"{name} must be a real calendar day in the form YYYY-MM-DD, got {value!r}"
        ) from None


def parse_bbox(value):
    """w,s,e,n in degrees of longitude and latitude (EPSG:4326)."""
    parts = value.split(",")
    expected = "bbox must be four numbers west,south,east,north in degrees"
    if len(parts) != 4:
        raise BadParameter(f"{expected}, got {len(parts)} value(s) in {value!r}")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise BadParameter(f"{expected}, got {value!r}") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise BadParameter(f"{expected}, got {value!r}")
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise BadParameter(f"bbox longitudes must lie between -180 and 180, got {value!r}")
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise BadParameter(f"bbox latitudes must lie between -90 and 90, got {value!r}")
    if south > north:
        raise BadParameter(
            f"bbox south ({south}) is north of north ({north}); the order is west,south,east,north"
        )
    if west > east:
        raise BadParameter(
            f"bbox west ({west}) is east of east ({east}); boxes crossing the "
            "antimeridian are not supported, split them in two"
        )
    return west, south, east, north


def parse_zoom(value):
    try:
        zoom = int(value)
    except ValueError:
        raise BadParameter(
            f"zoom must be a whole number from 0 to {MAX_ZOOM}, got {value!r}"
        ) from None
    if not 0 <= zoom <= MAX_ZOOM:
        raise BadParameter(f"zoom must be a whole number from 0 to {MAX_ZOOM}, got {value!r}")
    return zoom


def parse_actor(value, known_slugs):
    if value not in known_slugs:
        listed = ", ".join(sorted(known_slugs)) or "none yet"
        raise BadParameter(f"actor {value!r} is not a known actor slug; known: {listed}")
    return value


def parse_known_actor(value):
    # Imported here so the parsers above stay usable without the app loaded; the slugs come
    # from the shared cache, so a cached answer still makes no query.
    from mapapp.cache_state import actor_slugs

    return parse_actor(value, actor_slugs())


def parse_status(value):
    """One status or several, comma-separated (the chart asks for held ground: three of them)."""
    from mapapp.models import Status

    statuses = value.split(",")
    for status in statuses:
        if status not in Status.values:
            raise BadParameter(
                f"status must be one or more of {', '.join(Status.values)} separated by "
                f"commas, got {value!r}"
            )
    return tuple(sorted(set(statuses)))


# ASCII digits only: str.isdigit() also accepts "²" and other digits int() cannot read.
WHOLE_NUMBER = re.compile(r"^[0-9]+$")


def parse_id(name, value):
    """A database id (a positive bigint) from text, or BadParameter naming `name`."""
    text = value if isinstance(value, str) else str(value)
    shown = text if len(text) <= 40 else text[:40] + "…"
    if isinstance(value, bool) or not WHOLE_NUMBER.match(text):
        raise BadParameter(
            f"{name} must be the id of a dated polygon (a whole number), got {shown!r}"
        )
    if len(text) > 19 or int(text) >= 2**63:
        raise BadParameter(f"{name} must be the id of a dated polygon, got the too large {shown}")
    return int(text)


# The parameter types: how a value is written in the URL (the JSON Schema the document shows)
# and the parser that turns it into a Python value or names what is wrong with it.
NUMBER = r"-?\d{1,3}(\.\d{1,6})?"
DATE_SCHEMA = {"type": "string", "format": "date", "example": "2015-06-30"}


def Day(name):  # noqa: N802 (a type, written like one)
    return Annotated[date, BeforeValidator(partial(parse_date, name)), WithJsonSchema(DATE_SCHEMA)]


Bbox = Annotated[
    tuple[float, float, float, float],
    BeforeValidator(parse_bbox),
    WithJsonSchema(
        {
            "type": "string",
            "description": "west,south,east,north in degrees (EPSG:4326)",
            "pattern": rf"^{NUMBER}(,{NUMBER}){{3}}$",
            "example": "38,33,44,37.5",
        }
    ),
]
Zoom = Annotated[
    int,
    BeforeValidator(parse_zoom),
    WithJsonSchema({"type": "integer", "minimum": 0, "maximum": MAX_ZOOM}),
]
ActorSlug = Annotated[
    str,
    BeforeValidator(parse_known_actor),
    WithJsonSchema({"type": "string", "example": "islamic-state"}),
]


def parse_countries(value):
    """ISO 3166-1 alpha-2 codes, comma-separated, among the reference outlines."""
    from mapapp.speech.regions import known_codes  # the outlines are read only when asked

    codes = sorted({code.strip().upper() for code in str(value).split(",") if code.strip()})
    if not codes or [code for code in codes if code not in known_codes()]:
        raise BadParameter(
            f"country must be ISO codes separated by commas, among {', '.join(known_codes())}; "
            f"got {value!r}"
        )
    return tuple(codes)


Countries = Annotated[
    tuple[str, ...],
    BeforeValidator(parse_countries),
    WithJsonSchema(
        {"type": "string", "pattern": "^[A-Za-z]{2}(,[A-Za-z]{2})*$", "example": "SY,IQ"}
    ),
]


STATUSES = "controlled|contested|besieged|presence|claimed"
Statuses = Annotated[
    tuple[str, ...],
    BeforeValidator(parse_status),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": f"^({STATUSES})(,({STATUSES}))*$",
            "example": "controlled,contested,besieged",
        }
    ),
]


def parse_flag(name, value):
    if value not in ("true", "false"):
        raise BadParameter(f"{name} must be true or false, got {value!r}")
    return value == "true"


def Flag(name):  # noqa: N802 (a type, written like one)
    return Annotated[
        bool, BeforeValidator(partial(parse_flag, name)), WithJsonSchema({"type": "boolean"})
    ]


class Query(BaseModel):
    """The query string of one endpoint. Field aliases are the parameter names."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    # Sentences for a missing required parameter, where the default one would say too little.
    required_messages: ClassVar[dict[str, str]] = {}

    @classmethod
    def parameter_names(cls):
        return [field.alias or name for name, field in cls.model_fields.items()]

    @classmethod
    def parse(cls, query):
        """The model for a QueryDict, or BadParameter naming the first thing wrong."""
        names = cls.parameter_names()
        reject_unknown(query, names)
        raw = {}
        for name, field in zip(names, cls.model_fields.values(), strict=True):
            if field.is_required() and name in cls.required_messages and not query.get(name):
                raise BadParameter(cls.required_messages[name])
            value = single(query, name, required=field.is_required())
            if value is None and name in query:
                raise BadParameter(f"{name} is empty; give a value or leave {name} out")
            if value is not None:
                raw[name] = value
        try:
            return cls.model_validate(raw)
        except ValidationError as exc:
            raise BadParameter(first_message(exc)) from None


def first_message(exc):
    error = exc.errors()[0]
    cause = error.get("ctx", {}).get("error")
    if isinstance(cause, Exception):
        return str(cause)
    return f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}"


class ControlQuery(Query):
    day: Day("date") = Field(alias="date", description="The day shown, YYYY-MM-DD.")
    bbox: Bbox | None = Field(None, description="Only polygons meeting this box.")
    actor: ActorSlug | None = Field(
        None, description="Only this actor (slug), with its predecessors (the YPG for the SDF)."
    )
    zoom: Zoom | None = Field(
        None, description="Map zoom 0-22; below 7 the geometry is generalised."
    )


class PeriodQuery(Query):
    start: Day("from") | None = Field(None, alias="from", description="First day, inclusive.")
    end: Day("to") | None = Field(None, alias="to", description="Last day, inclusive.")

    def model_post_init(self, context):
        if self.start and self.end and self.start > self.end:
            raise BadParameter(f"from ({self.start}) is after to ({self.end})")


class NoQuery(Query):
    pass


class AreaQuery(Query):
    required_messages: ClassVar[dict[str, str]] = {
        "actor": "actor is required: the slug of an actor, e.g. actor=islamic-state"
    }
    actor: ActorSlug = Field(
        description="Actor slug; its predecessors' ground counts as its own (the YPG's for "
        "the SDF)."
    )
    status: Statuses | None = Field(
        None,
        description="Count ground of these statuses; by default held ground "
        "(controlled, contested, besieged).",
    )
    country: Countries | None = Field(
        None, description="Only ground inside these countries (ISO codes, e.g. SY,IQ)."
    )


class DiffQuery(Query):
    start: Day("from") = Field(alias="from", description="The earlier day, YYYY-MM-DD.")
    end: Day("to") = Field(alias="to", description="The later day, YYYY-MM-DD.")
    actor: ActorSlug | None = Field(
        None, description="Only this actor (slug), with its predecessors (the YPG for the SDF)."
    )
    status: Statuses | None = Field(
        None,
        description="Count ground of these statuses; by default held ground "
        "(controlled, contested, besieged).",
    )
    exact: Flag("exact") | None = Field(
        None,
        description="true: the changes of the drawn geometry; false: of the geometry generalised "
        "to ~1 km (the map's below zoom 7), fast on a large archive. By default exact, except on "
        "an archive with more than MAP_TILES_ABOVE areas valid on some day.",
    )

    def model_post_init(self, context):
        if self.start > self.end:
            raise BadParameter(
                f"from ({self.start}) is after to ({self.end}); give the earlier date as from, "
                "so that gained means gained over time"
            )


# What the map says (mapapp/api_places.py): summary, place search, changes by place.
MAX_PLACES = 50


def parse_search(value):
    text = str(value)
    if not text.strip():
        raise BadParameter("q is required: part of a place name, e.g. q=Mosul")
    return text


def parse_limit(value):
    message = f"limit must be a whole number from 1 to {MAX_PLACES}, got {value!r}"
    try:
        limit = int(value)
    except ValueError:
        raise BadParameter(message) from None
    if not 1 <= limit <= MAX_PLACES:
        raise BadParameter(message)
    return limit


class SummaryQuery(Query):
    day: Day("date") = Field(alias="date", description="The day described, YYYY-MM-DD.")
    bbox: Bbox | None = Field(None, description="Only what lies in this box.")
    actor: ActorSlug | None = Field(
        None,
        description="Tell it from this actor's side (slug; its predecessors count as itself); "
        "by default Islamic State, the story's actor.",
    )


class PlacesQuery(Query):
    required_messages: ClassVar[dict[str, str]] = {
        "q": "q is required: part of a place name, e.g. q=Mosul"
    }
    q: Annotated[
        str, BeforeValidator(parse_search), WithJsonSchema({"type": "string", "example": "Mosul"})
    ] = Field(description="A place name in any common spelling.")
    limit: Annotated[
        int,
        BeforeValidator(parse_limit),
        WithJsonSchema({"type": "integer", "minimum": 1, "maximum": MAX_PLACES}),
    ] = Field(10, description=f"At most this many places (1-{MAX_PLACES}).")


class ChangesQuery(Query):
    day: Day("date") = Field(alias="date", description="The day, YYYY-MM-DD.")
    since: Day("since") | None = Field(
        None, description="Only places whose holder differs between this day and date."
    )
