"""What each endpoint answers, declared once as pydantic models; /api/v1/schema is built from them.

PostGIS writes the bodies (mapapp.geojson, mapapp.stats) and these models describe them: every
model forbids fields it does not list, so the schema test (schemathesis, tests/api/) fails as soon
as a builder and its description drift apart.
"""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel

Position = list[float]
Precision = Literal["day", "month", "year"]


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Error(Answer):
    error: str = Field(description="What was wrong and the form expected.")


class Source(Answer):
    title: str
    publisher: str
    url: str | None
    published: date | None
    quote: str | None


class MultiPolygon(Answer):
    """Exterior rings counter-clockwise, holes clockwise (RFC 7946 §3.1.6)."""

    type: Literal["MultiPolygon"]
    coordinates: list[list[list[Position]]]


class Point(Answer):
    type: Literal["Point"]
    coordinates: Position


class ControlProperties(Answer):
    id: int
    territory: str
    territory_slug: str
    actor: str
    actor_name: str
    color: str
    status: Literal["controlled", "contested", "besieged", "presence", "claimed", "unheld"]
    confidence: Literal["confirmed", "assessed", "claimed"]
    claimed_by: str | None
    valid_from: date
    valid_to: date | None = Field(description="First day no longer shown; null: still valid.")
    valid_from_precision: Precision
    valid_to_precision: Precision
    area_km2: float = Field(description="Geodesic area in km².")
    precision_km: float | None = Field(
        description="Lines approximate to ± this many km; null when not stated."
    )
    notes: str | None
    sources: list[Source]


class ControlFeature(Answer):
    type: Literal["Feature"]
    id: int
    geometry: MultiPolygon
    properties: ControlProperties


class ControlCollection(Answer):
    type: Literal["FeatureCollection"]
    features: list[ControlFeature]


class EventProperties(Answer):
    id: int
    title: str
    date: date
    date_precision: Precision
    description: str | None
    sources: list[Source]


class EventFeature(Answer):
    type: Literal["Feature"]
    id: int
    geometry: Point
    properties: EventProperties


class EventCollection(Answer):
    type: Literal["FeatureCollection"]
    features: list[EventFeature]


class DiffProperties(Answer):
    change: Literal["gained", "lost"]
    actor: str
    actor_name: str
    color: str
    from_: date = Field(alias="from")
    to: date
    area_km2: float = Field(description="Geodesic area in km².")


class DiffFeature(Answer):
    type: Literal["Feature"]
    geometry: MultiPolygon
    properties: DiffProperties


class DiffCollection(Answer):
    type: Literal["FeatureCollection"]
    exact: bool = Field(
        description="false: computed on the geometry generalised to ~1 km (areas within a few "
        "percent, docs/scale.md); ask exact=true for the changes of the drawn geometry."
    )
    features: list[DiffFeature]


class Timeline(Answer):
    start: date | None
    end: date | None
    change_dates: list[date] = Field(description="Sorted change dates.")


class AreaRow(Answer):
    date: date
    area_km2: float


class AreaSeries(RootModel[list[AreaRow]]):
    """One row per change date, sorted."""


class Document(RootModel[dict]):
    """An OpenAPI 3.1 document."""
