"""Read endpoints of the public API, /api/v1/ (contract in ARCHITECTURE.md)."""

import json

from django.http import JsonResponse

from mapapp import geojson, geoqueries, openapi
from mapapp.api.params import (
    parse_actor,
    parse_bbox,
    parse_date,
    parse_period,
    parse_zoom,
    reject_unknown,
    single,
)
from mapapp.http import GEOJSON, api_view, cached_body, error, public_read
from mapapp.models import Actor


@public_read
@api_view
def control(request):
    query = request.GET
    reject_unknown(query, ("date", "bbox", "actor", "zoom"))
    day = parse_date("date", single(query, "date", required=True))
    bbox = parse_bbox(single(query, "bbox")) if single(query, "bbox") else None
    actor = single(query, "actor")
    if actor:
        parse_actor(actor, set(Actor.objects.values_list("slug", flat=True)))
    zoom = parse_zoom(single(query, "zoom")) if single(query, "zoom") else None
    # Days with the same epoch show the same map: key the cache by epoch, not by day.
    epoch = geoqueries.epoch_for(day)
    coarse = zoom is not None and zoom < geojson.GENERALISED_BELOW_ZOOM
    return cached_body(
        request,
        ["control", epoch, bbox, actor, coarse],
        lambda: geojson.control_collection(day, bbox, actor, zoom),
        GEOJSON,
    )


@public_read
@api_view
def timeline(request):
    reject_unknown(request.GET, ())

    def build():
        dates = [d.isoformat() for d in geoqueries.change_dates()]
        return json.dumps(
            {
                "start": dates[0] if dates else None,
                "end": dates[-1] if dates else None,
                "change_dates": dates,
            }
        )

    return cached_body(request, ["timeline"], build)


@public_read
@api_view
def events(request):
    reject_unknown(request.GET, ("from", "to"))
    start, end = parse_period(request.GET)
    return cached_body(
        request, ["events", start, end], lambda: geojson.events_collection(start, end), GEOJSON
    )


@public_read
@api_view
def schema(request):
    return JsonResponse(openapi.document(request.build_absolute_uri("/")))


@public_read
def not_found(request, path=""):
    return error(404, f"no API endpoint at {request.path}; see /api/v1/schema")
