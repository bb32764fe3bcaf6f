"""The two collections served over OGC API - Features: dated control polygons and events.

Which rows a request gets is decided by ORM querysets (published only, the time rule, bbox,
paging); the features themselves are written by the project's one GeoJSON builder
(mapapp/geojson.py), asked for exactly the ids of one page.
"""

from dataclasses import dataclass

from django.contrib.gis.db.models import Extent
from django.contrib.gis.geos import Polygon
from django.db.backends.postgresql.psycopg_any import DateRange
from django.db.models import Max, Min

from mapapp import geojson
from mapapp.models import DatedPolygon, Event

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"


def published_versions():
    return DatedPolygon.objects.published()


def control_rows(period, bbox):
    """Published versions for a `datetime` filter: one day keeps the versions shown that day
    (the time rule); an interval keeps those whose validity overlaps it."""
    if period and period.instant:
        rows = published_versions().valid_on(period.start)
    else:
        rows = published_versions()
        if period:
            rows = rows.filter(validity__overlap=DateRange(period.start, period.end, "[]"))
    if bbox:
        rows = rows.filter(geometry__bboverlaps=Polygon.from_bbox(bbox))
    return rows.order_by("valid_from", "id")


def event_rows(period, bbox):
    rows = Event.objects.published()
    if period and period.start:
        rows = rows.filter(date__gte=period.start)
    if period and period.end:
        rows = rows.filter(date__lte=period.end)
    if bbox:
        rows = rows.filter(location__bboverlaps=Polygon.from_bbox(bbox))
    return rows.order_by("date", "id")


def control_features(ids):
    """FeatureCollection text of the given published versions, from the one GeoJSON builder."""
    rows = published_versions().filter(pk__in=list(ids))
    return geojson.feature_collection(
        rows,
        geojson.POLYGON_PROPERTIES,
        geojson.valid_multipolygon("geometry"),
        order_by=("valid_from", "pk"),
    )


def event_features(ids):
    rows = Event.objects.published().filter(pk__in=list(ids))
    return geojson.feature_collection(
        rows, geojson.EVENT_PROPERTIES, "location", order_by=("date", "pk")
    )


def day_time(day):
    return f"{day.isoformat()}T00:00:00Z" if day else None


def control_extent():
    rows = published_versions()
    found = rows.aggregate(box=Extent("geometry"), start=Min("valid_from"), end=Max("valid_to"))
    # A version still valid (no valid_to) leaves the interval open at the end.
    still_valid = rows.filter(valid_to__isnull=True).exists()
    return found["box"], found["start"], None if still_valid else found["end"]


def event_extent():
    found = Event.objects.published().aggregate(
        box=Extent("location"), start=Min("date"), end=Max("date")
    )
    return found["box"], found["start"], found["end"]


@dataclass(frozen=True)
class Collection:
    id: str
    title: str
    description: str
    rows: object
    features: object
    extent: object

    def metadata(self):
        box, start, end = self.extent()
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "itemType": "feature",
            "crs": [CRS84],
            "extent": {
                "spatial": {"bbox": [list(box) if box else [-180, -90, 180, 90]], "crs": CRS84},
                "temporal": {"interval": [[day_time(start), day_time(end)]], "trs": GREGORIAN},
            },
        }


COLLECTIONS = {
    "control": Collection(
        "control",
        "Territorial control",
        "Dated polygons of who held what: one feature per published version, valid from "
        "valid_from up to (not including) valid_to; datetime=D gives the map of day D.",
        control_rows,
        control_features,
        control_extent,
    ),
    "events": Collection(
        "events",
        "Events",
        "Dated points (battles, declarations, captures) with their sources.",
        event_rows,
        event_features,
        event_extent,
    ),
}
