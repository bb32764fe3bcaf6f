"""Read endpoints of the public API, /api/v1/ (contract in ARCHITECTURE.md)."""

import json

from django.http import JsonResponse

from mapapp import cache_state, geojson, geoqueries, openapi
from mapapp.http import GEOJSON, api_view, cached_body, error
from mapapp.key_bounds import snap_bbox, snap_zoom
from mapapp.params import (
    parse_actor,
    parse_bbox,
    parse_date,
    parse_period,
    parse_zoom,
    reject_unknown,
    single,
)


@api_view
def control(request):
    query = request.GET
    reject_unknown(query, ("date", "bbox", "actor", "zoom"))
    day = parse_date("date", single(query, "date", required=True))
    # bbox and zoom snap to a fixed set of values, so that no client can mint cache keys at will.
    bbox = snap_bbox(parse_bbox(single(query, "bbox"))) if single(query, "bbox") else None
    actor = single(query, "actor")
    if actor:
        parse_actor(actor, cache_state.actor_slugs())
    zoom = snap_zoom(parse_zoom(single(query, "zoom"))) if single(query, "zoom") else None
    # Days with the same epoch show the same map: key the cache by epoch, not by day. The epoch
    # and the data version come from the shared cache, so a cached answer makes no query.
    epoch = cache_state.epoch_for(day)
    return cached_body(
        request,
        ["control", epoch, bbox, actor, zoom],
        lambda: geojson.control_collection(day, bbox, actor, zoom),
        GEOJSON,
    )


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


@api_view
def events(request):
    reject_unknown(request.GET, ("from", "to"))
    start, end = parse_period(request.GET)
    return cached_body(
        request, ["events", start, end], lambda: geojson.events_collection(start, end), GEOJSON
    )


@api_view
def schema(request):
    return JsonResponse(openapi.document(request.build_absolute_uri("/")))


def not_found(request, path=""):
    return error(404, f"no API endpoint at {request.path}; see /api/v1/schema")
