"""Export dated polygons as GeoJSON, CSV (geometry as WKT) or KML, for one date or all history.

The public endpoint /api/v1/export gives published versions only, to anyone; the admin's export
action gives whatever versions an editor selected, drafts included.
"""

import csv
import io
import json
from xml.sax.saxutils import escape

from django.http import HttpResponse

from mapapp import cache_state
from mapapp.http import api_view, cached_body
from mapapp.models import DatedPolygon, State
from mapapp.params import BadParameter, parse_date, reject_unknown, single

FORMATS = {
    "geojson": ("application/geo+json", "geojson"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "kml": ("application/vnd.google-earth.kml+xml", "kml"),
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
    "sources",
    "notes",
)


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
            {"title": s.title, "publisher": s.publisher, "url": s.url}
            for s in version.sources.all()
        ],
        "notes": version.notes,
    }


def as_geojson(versions):
    features = [
        {"type": "Feature", "geometry": json.loads(v.geometry.geojson), "properties": properties(v)}
        for v in versions
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def as_csv(versions):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow((*COLUMNS, "wkt"))
    for version in versions:
        row = properties(version)
        row["sources"] = " | ".join(f"{s['publisher']}: {s['title']}" for s in row["sources"])
        writer.writerow(
            (*(row[c] if row[c] is not None else "" for c in COLUMNS), version.geometry.wkt)
        )
    return out.getvalue()


def as_kml(versions):
    placemarks = []
    for version in versions:
        row = properties(version)
        data = "".join(
            f'<Data name="{name}"><value>{escape(str(row[name] or ""))}</value></Data>'
            for name in COLUMNS
            if name != "sources"
        )
        end = f"<end>{row['valid_to']}</end>" if row["valid_to"] else ""
        placemarks.append(
            f"<Placemark><name>{escape(str(version))}</name>"
            f"<TimeSpan><begin>{row['valid_from']}</begin>{end}</TimeSpan>"
            f"<ExtendedData>{data}</ExtendedData>{version.geometry.kml}</Placemark>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document>{''.join(placemarks)}</Document></kml>\n"
    )


WRITERS = {"geojson": as_geojson, "csv": as_csv, "kml": as_kml}


def export_response(versions, fmt, name):
    content_type, suffix = FORMATS[fmt]
    versions = versions.select_related("territory", "actor").prefetch_related("sources")
    response = HttpResponse(WRITERS[fmt](versions), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{suffix}"'
    return response


def valid_on(queryset, day):
    return queryset.filter(validity__contains=day) if day else queryset


@api_view
def export(request):
    """GET /api/v1/export?format=geojson|csv|kml[&date=YYYY-MM-DD] — published versions."""
    reject_unknown(request.GET, ("format", "date"))
    fmt = single(request.GET, "format", required=True)
    if fmt not in FORMATS:
        raise BadParameter(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    day = single(request.GET, "date")
    day = parse_date("date", day) if day else None
    name = f"control-{day.isoformat()}" if day else "control-history"

    def build():
        versions = valid_on(DatedPolygon.objects.filter(state=State.PUBLISHED), day)
        versions = versions.order_by("valid_from", "territory__slug")
        versions = versions.select_related("territory", "actor").prefetch_related("sources")
        return WRITERS[fmt](versions)

    # Built once per (format, epoch, data version) for every worker, kept gzipped with an ETag:
    # a 1 MB KML took half a second of CPU per request, enough for 8 clients to starve the map.
    epoch = cache_state.epoch_for(day) if day else None
    response = cached_body(request, ["export", fmt, day is not None, epoch], build, FORMATS[fmt][0])
    response["Content-Disposition"] = f'attachment; filename="{name}.{FORMATS[fmt][1]}"'
    return response
