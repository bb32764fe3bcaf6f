"""Export dated polygons as GeoJSON, CSV (geometry as WKT), KML or GeoPackage, for one date or
all history, with each version's sources.

The public endpoint /api/v1/export gives published versions only, to anyone, cached per
(format, date, data version) with an ETag; the admin's export actions give whatever versions an
editor selected, drafts included, through the same writers.
"""

import csv
import io
import json
from datetime import date
from typing import Literal

from django.http import HttpResponse
from pydantic import Field, field_validator

from mapapp import cache_state, export_gpkg, export_kml
from mapapp.api.params import BadParameter, Day, Query
from mapapp.http import api_view, cached_body, public_read
from mapapp.models import DatedPolygon

FORMATS = {
    "geojson": ("application/geo+json", "geojson"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "kml": ("application/vnd.google-earth.kml+xml", "kml"),
    "gpkg": ("application/geopackage+sqlite3", "gpkg"),
}
COLUMNS = (
    "id",
    "territory",
    "territory_name",
    "actor",
    "status",
    "confidence",
    "claimed_by",
    "state",
    "valid_from",
    "valid_to",
    "valid_from_precision",
    "valid_to_precision",
    "area_km2",
    "notes",
)
# Flat files (CSV, GeoPackage) carry the sources as parallel lists, one column per field, in
# the same order, joined with SOURCE_SEPARATOR: the n-th URL belongs to the n-th title.
SOURCE_COLUMNS = {
    "source_titles": "title",
    "source_publishers": "publisher",
    "source_urls": "url",
    "source_dates": "published",
}
SOURCE_SEPARATOR = " | "


def source_order(source):
    """The API's order of sources: oldest first, undated last, then by title."""
    return (source.published is None, source.published or date.min, source.title)


def properties(version):
    return {
        "id": version.pk,
        "territory": version.territory.slug,
        "territory_name": version.territory.name,
        "actor": version.actor.slug,
        "status": version.status,
        "confidence": version.confidence,
        "claimed_by": version.claimed_by,
        "state": version.state,
        "valid_from": version.valid_from.isoformat(),
        "valid_to": version.valid_to.isoformat() if version.valid_to else None,
        "valid_from_precision": version.valid_from_precision,
        "valid_to_precision": version.valid_to_precision,
        "area_km2": round(version.area_km2, 3) if version.area_km2 is not None else None,
        "sources": [
            {
                "title": s.title,
                "publisher": s.publisher,
                "url": s.url,
                "published": s.published.isoformat() if s.published else None,
            }
            for s in sorted(version.sources.all(), key=source_order)
        ],
        "notes": version.notes,
    }


def flat_properties(version):
    """properties() with the sources as SOURCE_COLUMNS, for formats without nested values."""
    row = properties(version)
    sources = row.pop("sources")
    for column, field in SOURCE_COLUMNS.items():
        # A separator inside a title would shift the lists; it is written as a slash.
        row[column] = SOURCE_SEPARATOR.join(
            (s[field] or "").replace(SOURCE_SEPARATOR, " / ") for s in sources
        )
    return row


def as_geojson(versions):
    features = [
        {"type": "Feature", "geometry": json.loads(v.geometry.geojson), "properties": properties(v)}
        for v in versions
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…), +cmd|…);
# names and notes come from editors and imported files, so such text is written with a leading
# apostrophe, which spreadsheets show as text and do not evaluate (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """The text of one CSV cell; every cell of the export is written through here."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def as_csv(versions):
    out = io.StringIO()
    writer = csv.writer(out)
    header = (*COLUMNS, *SOURCE_COLUMNS, "wkt")
    writer.writerow(header)
    for version in versions:
        row = {**flat_properties(version), "wkt": version.geometry.wkt}
        writer.writerow(csv_cell(row[column]) for column in header)
    return out.getvalue()


def as_kml(versions):
    return export_kml.document(versions, properties, COLUMNS)


def as_gpkg(versions):
    features = [
        {
            "type": "Feature",
            "geometry": json.loads(v.geometry.geojson),
            "properties": flat_properties(v),
        }
        for v in versions
    ]
    return export_gpkg.geopackage({"type": "FeatureCollection", "features": features})


WRITERS = {"geojson": as_geojson, "csv": as_csv, "kml": as_kml, "gpkg": as_gpkg}


def body_of(versions, fmt):
    versions = versions.select_related("territory", "actor").prefetch_related("sources")
    return WRITERS[fmt](versions)


def attach(response, fmt, name):
    response["Content-Disposition"] = f'attachment; filename="{name}.{FORMATS[fmt][1]}"'
    return response


def export_response(versions, fmt, name):
    """The file for an admin action: built on the spot (a selection is not worth caching)."""
    response = HttpResponse(body_of(versions, fmt), content_type=FORMATS[fmt][0])
    return attach(response, fmt, name)


class ExportQuery(Query):
    format: Literal["geojson", "csv", "kml", "gpkg"] = Field(
        description="geojson, csv, kml or gpkg."
    )
    day: Day("date") | None = Field(
        None, alias="date", description="Only versions shown on this day, YYYY-MM-DD."
    )

    @field_validator("format", mode="before")
    @classmethod
    def known_format(cls, value):
        if value not in FORMATS:
            raise BadParameter(f"format must be one of {', '.join(FORMATS)}, got {value!r}")
        return value


@public_read
@api_view
def export(request):
    """GET /api/v1/export?format=geojson|csv|kml|gpkg[&date=YYYY-MM-DD] — published versions."""
    from mapapp import export_stream  # it imports this module's writers

    q = ExportQuery.parse(request.GET)
    versions = DatedPolygon.objects.published()
    versions = versions.valid_on(q.day) if q.day else versions
    versions = versions.order_by("valid_from", "territory__slug")
    name = f"control-{q.day.isoformat()}" if q.day else "control-history"
    if q.day is None and q.format in export_stream.STREAMED:
        # The whole history grows with the archive: streamed, never held in memory or cache.
        return attach(export_stream.streamed_export(request, versions, q.format), q.format, name)
    # Built once per (format, epoch, data version) for every worker, kept gzipped with an ETag:
    # a 1 MB KML took half a second of CPU per request, enough for 8 clients to starve the map.
    epoch = cache_state.epoch_for(q.day) if q.day else None
    response = cached_body(
        request,
        ["export", q.format, q.day is not None, epoch],
        lambda: body_of(versions, q.format),
        FORMATS[q.format][0],
    )
    return attach(response, q.format, name)
