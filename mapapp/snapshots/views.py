"""Snapshot pages for readers: /s/<id>, /embed/<id>, the live embed, images, publishing."""

import json

from django.conf import settings
from django.db import IntegrityError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_exempt

from mapapp import geoqueries
from mapapp.api.params import BadParameter, parse_date, reject_unknown, single
from mapapp.http import BRIEF, api_view, error, immutable_response, public_read
from mapapp.models import Actor
from mapapp.snapshots import oembed, renderer, view
from mapapp.snapshots.freeze import freeze
from mapapp.snapshots.models import Snapshot
from mapapp.snapshots.params import idempotency_key, snapshot_request
from mapapp.snapshots.withdrawal import withdrawn_file, withdrawn_page

EMBED_BASEMAP = ("embed-countries", "lakes", "rivers")
# Part of the cached pages' keys: raise it when the pages change (2: labels, scale bar, sources
# of the view only; 3: the embed's areas carry only what it shows), so a shared cache does not serve
# the old ones.
PAGE_VERSION = 3
# What the embed reads of an area (its style, its popup, the legend, the selected area); sources,
# notes and figures are read on the snapshot's own page and in its data.geojson, so the iframe
# does not carry them (its weight).
EMBED_PROPERTIES = (
    "id", "territory", "actor", "actor_name", "color", "status", "confidence", "state",
    "valid_from", "valid_to",
)  # fmt: skip


def for_embed(collection):
    """The frozen features with only what the embed shows."""
    features = [
        {**f, "properties": {k: v for k, v in f["properties"].items() if k in EMBED_PROPERTIES}}
        for f in collection.get("features", [])
    ]
    return {**collection, "features": features}


def basemap_urls():
    urls = {name: static(f"basemap/{name}.geojson") for name in EMBED_BASEMAP}
    # The gazetteer ranked by the map's label rule (tools/export_label_ranking.mjs).
    urls["labels"] = static("basemap/labels.json")
    return urls


def page_context(request, snapshot):
    return {
        "snapshot": snapshot,
        "embed_code": oembed.embed_code(request, snapshot),
        "links": oembed.links(request, snapshot),
        "live_url": reverse("map") + "?" + snapshot.live_query(),
        "sources": view.sources_in_view(snapshot),
    }


def snapshot_page(request, snapshot_id):
    snapshot = get_object_or_404(Snapshot, pk=snapshot_id)
    if snapshot.withdrawn:
        return withdrawn_page(request, snapshot, embedded=False)
    return immutable_response(
        request,
        f"snapshot-page:{PAGE_VERSION}:{request.get_host()}:{snapshot.id}",
        lambda: render_to_string(
            "snapshots/snapshot.html", page_context(request, snapshot), request
        ).encode(),
        "text/html; charset=utf-8",
        cache_control=BRIEF,
    )


@xframe_options_exempt
def embed(request, snapshot_id):
    snapshot = get_object_or_404(Snapshot, pk=snapshot_id)
    if snapshot.withdrawn:
        return withdrawn_page(request, snapshot, embedded=True)
    # Everything the map draws arrives inline: no API request, nothing that could change later.
    config = {
        "live": False,
        "id": snapshot.id,
        "date": snapshot.date.isoformat(),
        "features": for_embed(snapshot.features),
        "diff": snapshot.diff,
        "events": snapshot.events,
        "legend": snapshot.legend,
        "view": [snapshot.zoom, snapshot.lat, snapshot.lon] if snapshot.has_view else None,
        "bbox": snapshot.bbox,
        "area": snapshot.area,
        "basemap": basemap_urls(),
    }
    context = {**page_context(request, snapshot), "config": config}
    return immutable_response(
        request,
        f"snapshot-embed:{PAGE_VERSION}:{request.get_host()}:{snapshot.id}",
        lambda: render_to_string("snapshots/embed.html", context, request).encode(),
        "text/html; charset=utf-8",
        cache_control=BRIEF,
    )


@xframe_options_exempt
@api_view
def live_embed(request):
    """The current published map at a date: it follows every correction, and says so."""
    reject_unknown(request.GET, ("date",))
    value = single(request.GET, "date")
    if value:
        day = parse_date("date", value)
    else:
        dates = geoqueries.change_dates()
        day = dates[-1] if dates else None
    iso = day.isoformat() if day else None
    config = {
        "live": True,
        "date": iso,
        "api": {"control": reverse("api-control"), "events": reverse("api-events")},
        "actors": [{"slug": a.slug, "name": a.name, "color": a.color} for a in Actor.objects.all()],
        "basemap": basemap_urls(),
        "event_window_days": geoqueries.EVENT_WINDOW_DAYS,
    }
    context = {"config": config, "date": day, "live_url": reverse("map") + f"?date={iso or ''}"}
    response = HttpResponse(render_to_string("snapshots/embed_live.html", context, request))
    response["Cache-Control"] = f"public, max-age={settings.API_MAX_AGE}"
    return response


def image(request, snapshot_id, size):
    if size not in renderer.SIZES:
        raise Http404(f"no image size {size!r}; sizes: {', '.join(renderer.SIZES)}")
    snapshot = get_object_or_404(Snapshot, pk=snapshot_id)
    if snapshot.withdrawn:
        return withdrawn_file(snapshot)
    return immutable_response(
        request,
        f"snapshot-image:{renderer.RENDERER_VERSION}:{snapshot.id}:{size}",
        lambda: renderer.render_png(snapshot, size),
        "image/png",
    )


@public_read
@api_view
def data(request, snapshot_id):
    """The frozen FeatureCollection itself, for readers who check or reuse the data."""
    snapshot = get_object_or_404(Snapshot, pk=snapshot_id)
    if snapshot.withdrawn:
        return withdrawn_file(snapshot)
    return immutable_response(
        request,
        f"snapshot-data:{snapshot.id}",
        lambda: json.dumps(snapshot.features, ensure_ascii=False).encode(),
        "application/geo+json",
    )


def publish(request):
    """POST JSON {title, date, view, bbox, area, compare, caption}: freeze it, answer its links.

    With an Idempotency-Key header, a repeat of the same key answers the snapshot the first
    request made (200) instead of making another (201).
    """
    if request.method != "POST":
        response = error(405, f"{request.method} is not allowed here; POST a JSON snapshot")
        response["Allow"] = "POST"
        return response
    if not request.user.is_authenticated:
        return error(401, "sign in as a reviewer to publish a snapshot")
    if not request.user.has_perm("snapshots.add_snapshot"):
        return error(
            403,
            "publishing snapshots needs the permission snapshots.add_snapshot (the Reviewers "
            "group); ask a reviewer",
        )
    try:
        key = idempotency_key(request.headers.get("Idempotency-Key"))
        data = json.loads(request.body or b"null")
        if not isinstance(data, dict):
            raise BadParameter('the body must be a JSON object like {"title": …, "date": …}')
        arguments = snapshot_request(data)
    except ValueError as exc:  # BadParameter, and JSON that does not parse
        message = str(exc) if isinstance(exc, BadParameter) else f"the body is not JSON: {exc}"
        return error(400, message)
    return publish_once(request, key, arguments)


def publish_once(request, key, arguments):
    earlier = key and Snapshot.objects.filter(idempotency_key=key).first()
    if earlier:
        return JsonResponse(oembed.links(request, earlier), status=200)
    try:
        snapshot = freeze(**arguments, user=request.user, idempotency_key=key)
    except IntegrityError:
        # A concurrent request with the same key inserted first; the unique index made this
        # one wait for it and refused the twin.
        earlier = key and Snapshot.objects.filter(idempotency_key=key).first()
        if not earlier:
            raise
        return JsonResponse(oembed.links(request, earlier), status=200)
    return JsonResponse(oembed.links(request, snapshot), status=201)
