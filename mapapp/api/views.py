"""Read endpoints of the public API, /api/v1/ (contract in docs/architecture.md).

Each view parses its query with the endpoint's model (mapapp.api.params), the same models that
generate /api/v1/schema (mapapp.api.schema).
"""

import json

from django.http import JsonResponse

from mapapp import cache_state, geojson, stats
from mapapp.api import schema as openapi
from mapapp.api.params import AreaQuery, ControlQuery, DiffQuery, NoQuery, PeriodQuery
from mapapp.http import GEOJSON, api_view, cached_body, error, public_read
from mapapp.key_bounds import snap_bbox, snap_zoom
from mapapp.models import HELD_STATUSES


@public_read
@api_view
def control(request):
    q = ControlQuery.parse(request.GET)
    # bbox and zoom snap to a fixed set of values, so that no client can mint cache keys at will.
    bbox, zoom = snap_bbox(q.bbox) if q.bbox else None, snap_zoom(q.zoom)
    # Days with the same epoch show the same map: key the cache by epoch, not by day. The epoch
    # and the data version come from the shared cache, so a cached answer makes no query.
    epoch = cache_state.epoch_for(q.day)
    return cached_body(
        request,
        ["control", epoch, bbox, q.actor, geojson.is_coarse(zoom)],
        lambda: geojson.control_collection(q.day, bbox, q.actor, zoom),
        GEOJSON,
    )


@public_read
@api_view
def timeline(request):
    NoQuery.parse(request.GET)

    def build():
        dates = [d.isoformat() for d in cache_state.change_dates()]
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
    q = PeriodQuery.parse(request.GET)
    return cached_body(
        request,
        ["events", q.start, q.end],
        lambda: geojson.events_collection(q.start, q.end),
        GEOJSON,
    )


@public_read
@api_view
def area(request):
    """One row per change date: the actor's held ground (or the statuses asked for) in km²."""
    q = AreaQuery.parse(request.GET)
    # Held ground unless other statuses are asked for: presence is never added to holdings.
    status = q.status or HELD_STATUSES
    return cached_body(
        request,
        ["stats-area", q.actor, status, q.country],
        lambda: stats.area_series(q.actor, status, q.country),
    )


@public_read
@api_view
def diff(request):
    """Ground gained and lost between two dates, per actor; `actor` narrows it to one."""
    q = DiffQuery.parse(request.GET)
    # Two days in the same epochs give the same answer: key the cache by the epochs.
    epochs = (cache_state.epoch_for(q.start), cache_state.epoch_for(q.end))
    exact = stats.diff_is_exact(q.exact)
    return cached_body(
        request,
        ["diff", *epochs, q.actor, q.status, exact],
        lambda: stats.diff_collection(q.start, q.end, q.actor, q.status, exact=exact),
        GEOJSON,
    )


@public_read
@api_view
def schema(request):
    NoQuery.parse(request.GET)
    return JsonResponse(openapi.document(request.build_absolute_uri("/")))


@public_read
def not_found(request, path=""):
    return error(404, f"no API endpoint at {request.path}; see /api/v1/schema")
